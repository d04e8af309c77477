"""Two texts that are not versions of one document are said to be so, once (unrelated.py).

Compared with each other, two different statutes used to give hundreds of headlines, each
pairing an article of the one with the nearest of the other as if it had been amended into it
(公司法 against 会计法: "第二百五十二条（现第四十一条）：新增罚款档次…", 336 of them).
"""
import itertools
import json
import random

import pytest
from click.testing import CliRunner

from conftest import DRAFT, FINAL_WEB, HAVE_CORPUS, LAWS, law_pairs
from policydiff import pipeline, unrelated
from policydiff.cli import cli
from policydiff.render.ranking import ranked_headlines

COMPANY = LAWS / "公司法" / "2023-12-29.md"
ACCOUNTING = LAWS / "会计法" / "2024-06-28.md"

#: Drawn once for this test (random.Random(SEED)); printed by the test that reads them.
SEED = 20261201


def _statutes():
    """The latest version of each statute folder."""
    return [sorted(folder.glob("*.md"))[-1] for folder in sorted(LAWS.iterdir()) if folder.is_dir()]


def _notices(comparison):
    return [n for n in comparison.notices if n.code == unrelated.CODE]


@pytest.mark.parametrize("name,old,new", list(law_pairs()), ids=lambda v: getattr(v, "name", str(v)))
def test_no_revision_of_the_corpus_is_called_unrelated(name, old, new):
    """Versions of one statute keep 39% of the old text or more (体育法 2016 → 2022, rewritten and
    three times longer, is the least)."""
    comparison = pipeline.compare(str(old), str(new))
    assert not _notices(comparison)
    assert max(unrelated.kept_shares(comparison.pairs)[:2]) >= 0.35


def test_the_shijingshan_draft_and_final_are_one_document():
    comparison = pipeline.compare(str(DRAFT), str(FINAL_WEB))
    assert not _notices(comparison)
    assert ranked_headlines(comparison)[0].kind != "unrelated"


def test_different_statutes_are_said_to_share_almost_nothing(capsys):
    """A seeded sample of two different statutes (of at least MIN_CHARACTERS each): each pair
    gets the notice, and the headlines are that one sentence, over every pair."""
    if not HAVE_CORPUS:
        pytest.skip("no corpus")
    statutes = [p for p in _statutes() if len(p.read_text(encoding="utf-8")) >= 1000]
    rng = random.Random(SEED)
    sample = rng.sample(list(itertools.permutations(statutes, 2)), 6)
    with capsys.disabled():
        print(f"\nunrelated sample, seed {SEED}: " + "; ".join(f"{a.parent.name} → {b.parent.name}" for a, b in sample))
    for old, new in sample:
        comparison = pipeline.compare(str(old), str(new))
        [said] = _notices(comparison)
        assert said.side is None
        assert max(unrelated.kept_shares(comparison.pairs)[:2]) < 0.05
        [line] = ranked_headlines(comparison)
        assert line.kind == "unrelated" and line.text == said.message
        assert line.pairs == list(range(len(comparison.pairs)))
        assert f"《{comparison.old.title}》" in said.message and f"《{comparison.new.title}》" in said.message


def test_company_law_against_accounting_law_in_json_and_on_stderr():
    result = CliRunner().invoke(cli, ["compare", str(COMPANY), str(ACCOUNTING), "--format", "json"])
    assert result.exit_code == 1, result.stderr
    data = json.loads(result.stdout)
    [warning] = [w for w in data["warnings"] if w["code"] == "unrelated"]
    assert warning["side"] is None
    assert warning["message"].startswith("两个版本几乎没有相同的文字（旧版是《中华人民共和国公司法》，新版是《中华人民共和国会计法》）")
    [headline] = data["headlines"]
    assert headline == {"text": warning["message"], "kind": "unrelated", "rank": 1,
                        "pairs": list(range(len(data["pairs"])))}
    # the pairs are still there for whoever reads on
    assert data["summary"]["pairs"]["deleted"] > 200
    assert "share almost no text" in result.stderr and "《中华人民共和国会计法》" in result.stderr


def test_the_english_report_says_it_in_english(tmp_path):
    out = tmp_path / "r.md"
    result = CliRunner().invoke(cli, ["compare", str(COMPANY), str(ACCOUNTING), "--lang", "en", "-o", str(out)])
    assert result.exit_code == 1, result.stderr
    text = out.read_text(encoding="utf-8")
    assert "the two versions share almost no text" in text
    assert "新增罚款档次" not in text and "new fine" not in text.lower()


def test_a_short_text_is_read_pair_by_pair():
    """A 355-character decision keeps 18% of its characters in 发票管理办法's equal runs (dates,
    "国务院"): under MIN_CHARACTERS the pairs speak for themselves."""
    short = LAWS / "进出口商品检验法实施条例" / "2022-03-29.md"
    comparison = pipeline.compare(str(short), str(LAWS / "发票管理办法" / "2023-07-20.md"))
    assert min(unrelated.kept_shares(comparison.pairs)[2:]) < unrelated.MIN_CHARACTERS
    assert not _notices(comparison)


def test_a_policy_replaced_under_the_same_title_names_no_titles(tmp_path):
    """The same title, wholly different text (a policy replaced by a new one of the same name): no two titles named, the
    text said written anew under its title (since the sixteenth session: 商用密码管理条例 1999 → 2023)."""
    body_old = COMPANY.read_text(encoding="utf-8").split("\n", 1)[1]
    body_new = ACCOUNTING.read_text(encoding="utf-8").split("\n", 1)[1]
    old, new = tmp_path / "old.md", tmp_path / "new.md"
    old.write_text("# 某市产业扶持办法\n" + body_old, encoding="utf-8")
    new.write_text("# 某市产业扶持办法\n" + body_new, encoding="utf-8")
    comparison = pipeline.compare(str(old), str(new))
    [said] = _notices(comparison)
    assert said.message.startswith("两个版本几乎没有相同的文字：") and "旧版是《" not in said.message
    assert "是《某市产业扶持办法》的全文重写" in said.message


@pytest.mark.parametrize("fmt", ["html", "md", "docx"])
def test_every_report_says_it_once(fmt, tmp_path):
    """The HTML page, the Markdown and the Word report each lead with the one sentence."""
    out = tmp_path / f"r.{fmt}"
    result = CliRunner().invoke(cli, ["compare", str(COMPANY), str(ACCOUNTING), "-o", str(out)])
    assert result.exit_code == 1, result.output
    if fmt == "docx":
        import docx

        text = "\n".join(p.text for p in docx.Document(str(out)).paragraphs)
    else:
        text = out.read_text(encoding="utf-8")
    assert "两个版本几乎没有相同的文字" in text
    # no headline claims 公司法's penalty article became 会计法's (the pairs' own notes stay in the table)
    assert "现第四十一条" not in text
    if fmt == "html":
        from html.parser import HTMLParser

        kinds = []

        class Summary(HTMLParser):
            def handle_starttag(self, tag, attrs):
                if tag == "li" and dict(attrs).get("data-kind"):
                    kinds.append(dict(attrs)["data-kind"])

        Summary().feed(text)
        assert kinds == ["unrelated"]


def test_traditional_against_simplified_is_said_by_the_script_notice_alone(tmp_path):
    """The Hong Kong repost of the final shares few characters with the Simplified draft: the
    script notice says why and suggests --convert; the texts are not called unrelated."""
    import opencc

    traditional = tmp_path / "final-hk.txt"
    traditional.write_text(opencc.OpenCC("s2hk").convert(FINAL_WEB.read_text(encoding="utf-8")), encoding="utf-8")
    comparison = pipeline.compare(str(DRAFT), str(traditional))
    assert [n.code for n in comparison.notices] == ["script"]
    assert max(unrelated.kept_shares(comparison.pairs)[:2]) < unrelated.KEPT_AT_MOST  # (it would be, else)
