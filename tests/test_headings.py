"""Article and chapter headings in every form a published text prints them (issue 13).

The main acceptance: every document of the corpus, rewritten with the space
after each 第X条/第X章/第X节 removed (as older official texts, most web copies
and many PDFs print them), parses to the same clauses as the original.
"""
import json
import re

import pytest
from click.testing import CliRunner

from policydiff import compare_documents, load
from policydiff.cli import cli
from policydiff.ingest import RawText, read
from policydiff.normalize import normalize
from policydiff.render import render
from policydiff.structure import parse

from conftest import CORPUS, LAWS

DOCUMENTS = sorted(p for p in CORPUS.rglob("*") if p.suffix in (".md", ".txt") and p.name != "README.md")
LABEL = r"第[零〇一二三四五六七八九十百千0-9]+(?:[编章节]|条(?:之[一二三四五六七八九十]+)?)"
SPACE_AFTER_LABEL = re.compile(rf"({LABEL})[ \u3000]+")
# Clause texts are compared with the spacing around labels inside them taken out: a label
# cited in running text ("…第六章 附则 第二十条…" in a flattened listing) loses that
# space in the rewrite too, and normalize keeps spaces only around labels.
AROUND_LABEL = re.compile(rf"\s*({LABEL})\s*")


def parse_text(text: str, source: str = "test.txt"):
    return parse(normalize(RawText(source, text)))


def clauses_of(doc):
    return [(c.label, c.path, AROUND_LABEL.sub(r"\1", c.text)) for c in doc.clauses]


@pytest.mark.parametrize("path", DOCUMENTS, ids=lambda p: str(p.relative_to(CORPUS)))
def test_no_space_after_the_number_parses_to_the_same_clauses(path):
    raw = read(str(path))
    original = parse(normalize(raw))
    squeezed = parse(normalize(RawText(raw.source, SPACE_AFTER_LABEL.sub(r"\1", raw.text))))
    assert clauses_of(squeezed) == clauses_of(original)
    assert squeezed.title == original.title


def test_ideographic_space_after_the_number():
    text = (LAWS / "统计法/2024-09-13.md").read_text(encoding="utf-8")
    wide = SPACE_AFTER_LABEL.sub(lambda m: m.group(1) + "\u3000", text)
    assert clauses_of(parse_text(wide)) == clauses_of(load(LAWS / "统计法/2024-09-13.md"))


def _with_citing_paragraphs(text: str) -> str:
    """行政复议法 2023 with paragraphs added that open with a citation of an article."""
    additions = {
        # after 第十一条's first paragraph: cites the next article (in sequence!) and an earlier one
        "第十一条": ["第十二条规定的事项，不属于本条规定的范围。", "第二条规定的行政行为，依照本条办理。"],
        # cites itself with a paragraph (款)
        "第二十条": ["第二十条第一款规定的期限，因不可抗力耽误的，自障碍消除之日起继续计算。"],
        "第三十条": ["第三十一条、第三十二条的规定，适用于本条。", "第九十条所称的行政机关，包括法律、法规授权的组织。"],
    }
    lines = text.split("\n")
    out = []
    for line in lines:
        out.append(line)
        for label, paragraphs in additions.items():
            if line.startswith(label + " "):
                for p in paragraphs:
                    out += ["", p]
    return "\n".join(out)


@pytest.mark.parametrize("spaced", [False, True], ids=["no-space", "spaced-text"])
def test_a_citation_at_a_paragraph_start_is_no_heading(spaced):
    path = LAWS / "行政复议法/2023-09-01.md"
    text = _with_citing_paragraphs(path.read_text(encoding="utf-8"))
    if not spaced:
        text = SPACE_AFTER_LABEL.sub(r"\1", text)
    doc = parse_text(text)
    articles = [c for c in doc.clauses if c.label]
    assert [c.number for c in articles] == list(range(1, 91))
    by_label = {c.label: c for c in articles}
    assert "\n第二条规定的行政行为，依照本条办理。\n" in by_label["第十一条"].text
    assert "第十二条规定的事项" in by_label["第十一条"].text
    assert by_label["第十二条"].text.startswith("下列事项不属于行政复议范围：")
    assert "第二十条第一款规定的期限" in by_label["第二十条"].text
    assert "第九十条所称的行政机关" in by_label["第三十条"].text
    assert not doc.notices


def test_an_article_that_opens_with_the_word_guiding():
    # 立法法 2015 第七十六条 reads "规定本行政区域特别重大事项的地方性法规…": the next number in
    # sequence and not printed again later, so a heading though "规定" follows the number.
    path = LAWS / "立法法/2015-03-15.md"
    doc = parse_text(SPACE_AFTER_LABEL.sub(r"\1", path.read_text(encoding="utf-8")))
    art = next(c for c in doc.clauses if c.label == "第七十六条")
    assert art.text.startswith("规定本行政区域特别重大事项的地方性法规")


def test_a_flattened_page_without_spaces():
    # The web copy of the Shijingshan final is one line; without the spaces it still holds 15 articles.
    path = CORPUS / "shijingshan/2022-final-web.txt"
    flat = SPACE_AFTER_LABEL.sub(r"\1", path.read_text(encoding="utf-8")).replace(" 第", "第")
    doc = parse_text(flat)
    assert [c.number for c in doc.clauses] == list(range(1, 16))
    assert doc.clauses[0].text.startswith("为提升工业互联网产业科技创新能力")
    assert "依照" not in doc.clauses[0].label


def test_label_forms():
    doc = parse_text("\n".join([
        "# 某某办法",
        "第一章总则",
        "【第一条】为了规范管理，制定本办法。",
        "**第二条** 本办法适用于本市。",
        "第2条之一本办法所称单位，是指法人。",
        "第二节决定",
        "第3条依照第一条规定执行。",
        "第一百〇五条本条编号有缺。",
    ]))
    assert [(c.label, c.number) for c in doc.clauses] == [
        ("第一条", 1), ("第二条", 2), ("第2条之一", 2), ("第3条", 3), ("第一百〇五条", 105)]
    assert doc.clauses[0].text == "为了规范管理，制定本办法。"
    assert doc.clauses[1].text == "本办法适用于本市。"
    assert doc.clauses[3].path == ("第一章 总则", "第二节 决定")
    assert doc.clauses[3].text == "依照第一条规定执行。"


def test_numbering_problems_are_warned_not_dropped():
    doc = parse_text("第一条 甲应当办理。\n第二条 乙应当办理。\n第二条 丙应当办理。\n"
                     "第五条 丁应当办理。\n第四条 戊应当办理。")
    assert [c.text for c in doc.clauses] == ["甲应当办理。", "乙应当办理。", "丙应当办理。", "丁应当办理。", "戊应当办理。"]
    messages = [n.message_en for n in doc.notices]
    assert [n.code for n in doc.notices] == ["numbering"] * 3
    assert "第二条 is printed more than once" in messages[0]
    assert "第五条 follows 第二条" in messages[1] and "skips" in messages[1]
    assert "backwards" in messages[2] and "第四条 follows 第五条" in messages[2]


def test_numbering_warning_in_json_and_on_stderr(tmp_path):
    good = LAWS / "统计法/2009-06-27.md"
    text = good.read_text(encoding="utf-8")
    broken = tmp_path / "统计法-draft.md"
    broken.write_text(text.replace("第十二条 ", "第十四条 ", 1), encoding="utf-8")
    comparison = compare_documents(load(good), load(broken, "n"))
    warnings = json.loads(render(comparison, "json"))["warnings"]
    assert {"side": "new", "code": "numbering", "message": "条文编号不连续：第十一条之后是第十四条"} in warnings
    result = CliRunner().invoke(cli, ["compare", str(good), str(broken), "--format", "json", "--lang", "en"])
    assert result.exit_code == 0  # only a label changed: the same in substance
    assert "numbering skips: 第十四条 follows 第十一条" in result.stderr
    assert str(broken) in result.stderr
