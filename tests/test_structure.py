import re

import pytest

from policydiff import PolicydiffError, load
from policydiff.ingest import RawText
from policydiff.normalize import normalize
from policydiff.structure import chinese_number, parse

from conftest import CORPUS, DRAFT, FINAL_WEB, FINAL_WECHAT

ARTICLE_AT_LINE_START = re.compile(r"(?m)^第[零〇一二三四五六七八九十百千0-9]+条(?:之[一二三四五六七八九十]+)? ")
STATUTES = sorted(CORPUS.glob("laws/*/*.md")) + sorted(CORPUS.glob("large/*.md"))


def parse_text(text: str, source: str = "test.txt"):
    return parse(normalize(RawText(source, text)))


@pytest.mark.parametrize("path", STATUTES, ids=lambda p: f"{p.parent.name}/{p.name}")
def test_every_statute_yields_each_article_once_in_order(path):
    doc = load(path)
    source = path.read_text(encoding="utf-8")
    articles = [c for c in doc.clauses if c.label]
    assert len(articles) == len(ARTICLE_AT_LINE_START.findall(source))
    assert [c.number for c in articles] == list(range(1, len(articles) + 1))
    assert len({c.id for c in doc.clauses}) == len(doc.clauses)
    assert not doc.title.startswith("#")


@pytest.mark.parametrize("path", [DRAFT, FINAL_WECHAT, FINAL_WEB], ids=lambda p: p.name)
def test_shijingshan_has_fifteen_articles_in_every_form(path):
    doc = load(path)
    assert [c.label for c in doc.clauses] == [f"第{n}条" for n in
                                              "一 二 三 四 五 六 七 八 九 十 十一 十二 十三 十四 十五".split()]
    assert "石景山区推动工业互联网产业高质量发展支持办法" in doc.title
    # Items and paragraphs stay inside their article.
    assert "超过规定期限的" in doc.clauses[13].text
    # Page furniture after the last article is not part of it.
    assert doc.clauses[-1].text.endswith(("自印发之日起施行。", "自发布之日起生效。"))


def test_article_headings():
    doc = load(DRAFT)
    assert doc.clauses[6].heading == "支持工业互联网应用场景建设"
    assert doc.clauses[0].heading is None  # a long first sentence is no heading


def test_songjiang_items_without_articles():
    doc = load(CORPUS / "songjiang" / "2022-draft.txt")
    labels = [c.label for c in doc.clauses]
    # The draft prints "10." twice: both measures are kept, ids stay unique.
    assert labels.count("10.") == 2
    assert len({c.id for c in doc.clauses}) == len(doc.clauses)
    first_measure = next(c for c in doc.clauses if c.label == "1.")
    assert first_measure.path == ("三、支持政策", "（一）支持工业互联网平台做大做强")
    assert first_measure.heading == "支持引进重点工业互联网平台及解决方案服务商"
    assert doc.clauses[0].label == "" and doc.clauses[0].text.startswith("为全面贯彻落实")
    guarantee = [c for c in doc.clauses if c.path == ("四、保障措施",)]
    assert [c.label for c in guarantee] == ["（一）", "（二）"]
    assert "2022年8月22日" not in doc.clauses[-1].text  # the signature date is not a clause's text


def test_markdown_chapters_become_the_path():
    doc = load(CORPUS / "laws" / "道路运输条例" / "2019-03-02.md")
    assert doc.title == "中华人民共和国道路运输条例"
    eighth = next(c for c in doc.clauses if c.label == "第八条")
    assert eighth.path == ("第二章 道路运输经营", "第一节 客运")


def test_article_of_the_form_zhi_yi():
    doc = parse_text("第十条 甲。\n第十条之一 乙。\n第十一条 丙。")
    assert [(c.label, c.number) for c in doc.clauses] == [("第十条", 10), ("第十条之一", 10), ("第十一条", 11)]


def test_a_cross_reference_is_not_an_article():
    doc = parse_text("第一条 依照本法第二条 规定办理。第三条 不是新条。\n第二条 乙。")
    assert [c.label for c in doc.clauses] == ["第一条", "第二条"]


def test_chinese_numbers():
    assert [chinese_number(n) for n in ("七", "十四", "一百二十三", "1260", "②")] == [7, 14, 123, 1260, 2]


def test_no_provisions_is_an_error():
    with pytest.raises(PolicydiffError, match="no provisions"):
        parse_text("hello")


def test_a_text_without_article_headings_is_known_without_cutting_every_paragraph(tmp_path):
    """structure._holds_articles (read in the paragraphs holding a 第, up to the first heading) says
    what _article_pieces' labels say: on every corpus text, the 民法典 with its headings taken out
    (citations of 第X条 left), and paragraphs that only cite, open with a heading mid-line after a
    sentence, sit under a Markdown or 编/章/节 heading, or print a heading later again."""
    from policydiff import structure as S
    from policydiff.ingest import read
    from policydiff.normalize import normalize

    from conftest import CORPUS
    import hostile_files as hf

    bodies = []
    for path in sorted(p for p in CORPUS.rglob("*") if p.suffix in (".txt", ".md")):
        bodies.append(list(normalize(read(str(path))).paragraphs))
    bodies.append(list(normalize(read(str(hf.plain_text(tmp_path, 1.5)))).paragraphs))  # (the whole code once)
    bodies += [["依照本法第二条规定办理。", "违反第三条的，处罚款。"],
               ["总则。 第一条 为了规范管理，制定本办法。", "第二条 本办法适用于全市。"],
               ["# 第一条 标题", "第二章 总则", "本章依照第五条执行。"],
               ["第三条 先印一次。", "说明。", "第三条 再印一次。"],
               ["没有条文。", "也没有第几条的引用之外的东西第"], []]
    answers = set()
    for body in bodies:
        expected = any(S._article_pieces(body)[1])
        assert S._holds_articles(body) == expected, body[:3]
        answers.add(expected)
    assert answers == {True, False}
