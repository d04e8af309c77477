"""history: several versions of one policy, each clause followed through them.

The lineages pinned here were read off the three texts of 道路运输条例 by hand
(grep the articles in laws/道路运输条例/*.md)."""
import json
import shutil

import pytest
from click.testing import CliRunner

from conftest import DRAFT, FINAL_WEB, FINAL_WECHAT, LAWS
from policydiff.cli import cli
from policydiff.history import date_in_name, history, order_versions
from policydiff.models import FindingKind, Status
from policydiff.render.history import render_history_html

ROAD = LAWS / "道路运输条例"
INJURY = LAWS / "最高人民法院关于审理人身损害赔偿案件适用法律若干问题的解释"


@pytest.fixture(scope="module")
def road():
    return history([str(ROAD)])


def labels(lineage):
    return ["、".join(c.label for c in cell) for cell in lineage.cells]


def starting_with(result, label):
    return next(l for l in result.lineages if l.cells[0] and l.cells[0][0].label == label)


def test_versions_are_ordered_by_the_dates_in_the_file_names(road):
    assert [v.label for v in road.versions] == ["2019-03-02", "2022-03-29", "2023-07-20"]
    given = [str(ROAD / "2023-07-20.md"), str(ROAD / "2019-03-02.md"), str(ROAD / "2022-03-29.md")]
    assert order_versions(given, "date") == sorted(given)
    assert order_versions(given) == given  # files: as given unless asked


def test_article_68_was_reworded_in_2022_and_deleted_in_2023(road):
    # 2019 and 2022 第六十八条: 不按照规定携带车辆营运证的 … 处警告或者20元以上200元以下的罚款;
    # 2022 replaced 道路运输管理机构 with 地方人民政府交通运输主管部门; 2023 has no such article.
    lineage = starting_with(road, "第六十八条")
    assert labels(lineage) == ["第六十八条", "第六十八条", ""]
    assert all("携带车辆营运证" in cell[0].text for cell in lineage.cells[:2])
    assert lineage.born == 0 and lineage.deleted == 2
    assert [p.status for p in lineage.steps[0]] == [Status.MODIFIED]
    assert "交通运输主管部门" in lineage.cells[1][0].text
    assert [p.status for p in lineage.steps[1]] == [Status.DELETED]
    assert lineage.event(2) == "整条删除"


def test_article_69_became_68_with_a_lower_fine_for_passenger_carriers_only(road):
    # 2019/2022 第六十九条: 客运经营者、货运经营者有下列情形之一的 … 处1000元以上3000元以下的罚款;
    # 2023 第六十八条: 客运经营者有下列情形之一的 … 处1000元以上2000元以下的罚款.
    lineage = starting_with(road, "第六十九条")
    assert labels(lineage) == ["第六十九条", "第六十九条", "第六十八条"]
    assert "1000元以上3000元以下" in lineage.cells[1][0].text
    assert "客运经营者有下列情形之一" in lineage.cells[2][0].text
    assert "1000元以上2000元以下" in lineage.cells[2][0].text
    (step,) = lineage.steps[1]
    assert step.status is Status.MODIFIED and step.renumbered
    changed = [(f.kind, f.old, f.new) for f in step.findings if f.kind is FindingKind.PENALTY_CHANGED]
    assert changed and "3000元" in changed[0][1] and "2000元" in changed[0][2]
    assert lineage.event(2) == "第六十九条改为第六十八条，内容修改"


def test_article_10_changed_authority_once_and_then_stayed(road):
    lineage = starting_with(road, "第十条")
    assert labels(lineage) == ["第十条"] * 3
    assert "工商行政管理机关" in lineage.cells[0][0].text
    assert "市场监督管理部门" in lineage.cells[1][0].text
    assert lineage.event(1) == "内容修改" and lineage.event(2) == "未修改"


def test_every_clause_of_every_version_is_in_exactly_one_lineage_in_reading_order(road):
    for k, version in enumerate(road.versions):
        ids = [c.id for lineage in road.lineages for c in lineage.cells[k]]
        assert ids == [c.id for c in version.document.clauses]  # all, once, in order
    # the deleted 第六十八条 stays between 第六十七条 and old 第六十九条
    names = [labels(l)[0] for l in road.lineages]
    at = names.index("第六十八条")
    assert names[at - 1:at + 2] == ["第六十七条", "第六十八条", "第六十九条"]


def test_the_split_and_the_deletion_of_shijingshan_across_three_versions():
    result = history([str(DRAFT), str(FINAL_WEB), str(FINAL_WECHAT)])
    deleted = starting_with(result, "第七条")
    assert labels(deleted) == ["第七条", "", ""] and deleted.deleted == 1
    split = starting_with(result, "第十四条")
    assert labels(split) == ["第十四条", "第十三条、第十四条", "第十三条、第十四条"]
    assert split.event(1).startswith("拆分为第十三条、第十四条")
    assert split.event(2) in ("未修改", "仅格式调整")
    renumbered = starting_with(result, "第八条")
    assert labels(renumbered) == ["第八条", "第七条", "第七条"]
    assert not result.steps[1].differs  # the two finals are the same in substance


def test_injury_interpretation_2022_dropped_the_rural_income_standard():
    result = history([str(INJURY)])
    assert [v.label for v in result.versions] == ["2020-12-29", "2022-04-04", "2022-04-24"]
    lineage = starting_with(result, "第十二条")
    assert "农村居民人均纯收入" in lineage.cells[0][0].text
    assert "农村居民人均纯收入" not in lineage.cells[1][0].text
    assert lineage.changed and lineage.event(1) == "内容修改" and lineage.event(2) == "未修改"
    changed = {labels(l)[0] for l in result.lineages if any(p.is_substantive for p in l.steps[0])}
    assert {"第十二条", "第十五条"} <= changed


def test_the_html_timeline_shows_each_version_and_escapes_text(tmp_path):
    old = tmp_path / "2021-01-01.txt"
    new = tmp_path / "2022-01-01.txt"
    old.write_text("第一条 本办法自<script>alert(1)</script>起施行。\n第二条 最高100万元。\n", encoding="utf-8")
    new.write_text("第一条 本办法自<script>alert(1)</script>起施行。\n第二条 最高200万元。\n", encoding="utf-8")
    page = render_history_html(history([str(tmp_path)]))
    assert "<script>alert" not in page and "&lt;script&gt;" in page
    assert "default-src 'none'" in page
    assert page.count('data-version="2022-01-01"') == 2
    assert "最高<del>100</del><ins>200</ins>万元" in page
    assert "<li>金额由100万元提高到200万元</li>" in page


def test_cli_writes_the_timeline_and_the_contract_json_of_each_step(tmp_path):
    out = tmp_path / "road"
    result = CliRunner().invoke(cli, ["history", str(ROAD), "-o", str(out), "--exit-zero"])
    assert result.exit_code == 0, result.output
    assert sorted(p.name for p in out.iterdir()) == [
        "history.html", "history.json",
        "step-1_2019-03-02__2022-03-29.json", "step-2_2022-03-29__2023-07-20.json"]
    step = json.loads((out / "step-2_2022-03-29__2023-07-20.json").read_text(encoding="utf-8"))
    assert step["format"] == "policydiff/comparison@2"
    assert step["summary"]["pairs"]["deleted"] == 1
    whole = json.loads((out / "history.json").read_text(encoding="utf-8"))
    assert whole["format"] == "policydiff/history@1"
    assert [s["comparison"]["summary"] for s in whole["steps"]][1] == step["summary"]
    by_name = {l["name"]: l for l in whole["lineages"]}
    assert by_name["第六十八条"]["deleted"] == "2023-07-20"
    assert by_name["第六十九条 → 第六十八条"]["events"][-1]["statuses"] == ["modified"]
    assert CliRunner().invoke(cli, ["history", str(ROAD), "-o", str(out)]).exit_code == 1


@pytest.mark.parametrize("args, words", [
    (["{tmp}/v1.txt", "{tmp}/v2.txt", "--order", "date"], "no date in its name"),
    (["{tmp}/v1.txt"], "fewer than two versions"),
    (["{tmp}/missing.txt", "{tmp}/v1.txt"], "missing.txt"),
])
def test_history_errors_are_one_line_exit_2(tmp_path, args, words):
    shutil.copy(DRAFT, tmp_path / "v1.txt")
    shutil.copy(FINAL_WEB, tmp_path / "v2.txt")
    out = tmp_path / "out"
    result = CliRunner().invoke(cli, ["history", *[a.format(tmp=tmp_path) for a in args], "-o", str(out)])
    assert result.exit_code == 2
    assert words in result.output and len(result.output.strip().splitlines()) == 1
    assert not out.exists()


def test_dates_in_file_names():
    assert date_in_name("条例20220329.pdf") == "2022-03-29"
    assert date_in_name("2022年3月9日修订.docx") == "2022-03-09"
    assert date_in_name("2020-12-29.md") == "2020-12-29"
    assert date_in_name("v2.txt") is None
