"""Versions given the wrong way round are said to be (swapped.py): the record of adoption and amendments."""
import json

import pytest
from click.testing import CliRunner

from conftest import DRAFT, FINAL_WEB, LAWS, law_pairs
from policydiff import pipeline, swapped
from policydiff.cli import cli
from policydiff.models import Comparison


def _document(path, prefix):
    return pipeline.parse(pipeline.read(str(path)), prefix)


def _notices(old, new):
    return swapped.notice(Comparison(_document(old, "o"), _document(new, "n"), ()))


@pytest.mark.parametrize("name,old,new", list(law_pairs()), ids=lambda v: getattr(v, "name", str(v)))
def test_each_revision_in_order_is_not_called_swapped_and_reversed_is(name, old, new):
    assert _notices(old, new) == ()
    before, after = swapped.latest_record(_document(old, "o")), swapped.latest_record(_document(new, "n"))
    if before is not None and after is not None and before < after:
        [said] = _notices(new, old)
        assert said.code == "swapped" and said.side is None
        assert f"{after[0]}年{after[1]}月{after[2]}日" in said.message


def test_the_company_law_given_newest_first_says_so_in_json_and_on_stderr():
    company = LAWS / "公司法"
    result = CliRunner().invoke(cli, ["compare", str(company / "2023-12-29.md"), str(company / "2018-10-26.md"),
                                      "--format", "json"])
    assert result.exit_code == 1, result.stderr
    [warning] = [w for w in json.loads(result.stdout)["warnings"] if w["code"] == "swapped"]
    assert warning["side"] is None
    assert warning["message"].startswith("旧版的制定和修改记录截至2023年12月29日，新版只到2018年10月26日：两个文件可能放反了")
    assert "runs to 2023-12-29, the new version's only to 2018-10-26" in result.stderr


def test_a_policy_without_a_record_gets_nothing():
    assert swapped.latest_record(_document(DRAFT, "o")) is None
    assert _notices(FINAL_WEB, DRAFT) == ()


def test_the_same_latest_date_gets_nothing():
    """The 2022-04-04 and 2022-04-24 texts of the 人身损害赔偿 interpretation both run to 2022年5月1日."""
    folder = LAWS / "最高人民法院关于审理人身损害赔偿案件适用法律若干问题的解释"
    a, b = folder / "2022-04-04.md", folder / "2022-04-24.md"
    assert swapped.latest_record(_document(a, "o")) == swapped.latest_record(_document(b, "n")) == (2022, 5, 1)
    assert _notices(b, a) == ()
