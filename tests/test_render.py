import json
import re

from policydiff import compare, compare_documents
from policydiff.ingest import RawText
from policydiff.normalize import normalize
from policydiff.render import RENDERERS, render
from policydiff.structure import parse

from conftest import DRAFT, FINAL_WECHAT


def test_html_has_one_row_per_pair_and_marks_statuses():
    html = render(compare(DRAFT, FINAL_WECHAT), "html")
    assert html.count('<tr class="pair st-') == 15
    assert 'class="pair st-deleted' in html and 'class="pair st-split' in html
    assert "<del>不超过</del>" in html
    assert "第八条 → 第七条" in html
    assert "第十三条 + 第十四条" in html


def test_html_is_self_contained():
    html = render(compare(DRAFT, FINAL_WECHAT), "html")
    assert "Content-Security-Policy" in html and "default-src 'none'" in html
    assert not re.search(r"""(src|href)=["']?(https?:)?//""", html)


def test_document_text_is_escaped():
    evil = '第一条 <script>alert(1)</script>"><img src=x onerror=alert(2)>。\n第二条 乙。'
    old = parse(normalize(RawText("a.txt", "第一条 甲。\n第二条 乙。")), "o")
    new = parse(normalize(RawText("b.txt", evil)), "n")
    html = render(compare_documents(old, new), "html")
    assert "<script>alert" not in html and "<img" not in html
    assert "&lt;script&gt;" in html


def test_json_round_trips():
    data = json.loads(render(compare(DRAFT, FINAL_WECHAT), "json"))
    assert len(data["pairs"]) == 15


def test_renderers_are_looked_up_by_name():
    assert set(RENDERERS) >= {"html", "json"}


def test_a_moved_clause_is_marked_at_both_places():
    lines = [l for l in DRAFT.read_text(encoding="utf-8").split("\n") if l.startswith("第")]
    moved = lines[:2] + lines[3:12] + [lines[2]] + lines[12:]  # 第三条 moved after 第十二条
    old = parse(normalize(RawText("old.txt", "\n".join(lines))), "o")
    new = parse(normalize(RawText("new.txt", "\n".join(moved))), "n")
    html = render(compare_documents(old, new), "html")
    marker = html.index('<tr class="marker"')
    # The marker stands where 第三条 was: after the row of 第二条, before that of 第四条.
    assert html.index('id="o2"') < marker < html.index('id="o4"')
    assert "第三条原在此处，已移至新文本第十二条之后" in html[marker:marker + 300]
    row = html.index('class="pair st-moved')
    assert html.index('id="o12"') < row and "原位于第二条之后" in html[row:html.index("</tr>", row)]


def test_json_is_written_as_the_standard_library_writes_it():
    """render_json writes its own indentation; the text is json.dumps(…, ensure_ascii=False, indent=1)'s."""
    from policydiff.render.json import comparison_dict, dumps

    data = comparison_dict(compare(str(DRAFT), str(FINAL_WECHAT)))
    assert data["pairs"] and data["headlines"]
    assert dumps(data) == json.dumps(data, ensure_ascii=False, indent=1)
    odd = {"a": [1.5, float("nan"), float("inf"), -0.0, 10**20, True, None, (), {}, [[]], "引号\"\\\n\t\u2028"],
           "b": {1: "int key", "x": {"y": ["z", {"w": []}]}}}
    assert dumps(odd) == json.dumps(odd, ensure_ascii=False, indent=1)


def test_json_of_clauses_and_pairs_written_without_their_dicts_is_the_standard_librarys():
    """render_json and write_json write each clause and pair straight from the values (not through
    its dict): the text is json.dumps(comparison_dict(…), ensure_ascii=False, indent=1)'s, in both
    languages, on a real comparison and on one built with odd values (no label, a number, an
    empty path, a pair the user set, a finding with a subject, an empty diff, no headline); the headlines and findings too."""
    import io
    from dataclasses import replace

    from policydiff.models import Clause, Comparison, Document, Finding, FindingKind, Op, Pair, Status
    from policydiff.render.json import comparison_dict, render_json, write_json

    real = compare(str(DRAFT), str(FINAL_WECHAT))
    a = Clause("o1", "", None, (), None, "序言“引号”\\\n\t")
    b = Clause("n1", "第一条", 1, ("第一章 总则", "第一节"), "标题", "第一条　正文")
    finding = Finding(FindingKind.AMOUNT_CHANGED, "5万元", "10万元", "罚款由5万元改为10万元", "fine changed",
                      subject="罚款")
    odd = Comparison(Document("old.txt", "题", (a,)), Document("new.txt", None, (b,)), (
        Pair(Status.MODIFIED, (a,), (b,), 0.5, ((Op.DELETE, "序言"), (Op.INSERT, "第一条")), (finding,), "user"),
        Pair(Status.ADDED, (), (b,), 0.0),
        Pair(Status.UNCHANGED, (a,), (a,), 1)))
    unchanged = replace(odd, pairs=odd.pairs[2:])  # (no headline: an empty list)
    for comparison in (real, odd, replace(odd, old=Document("old.txt", "题", ())), unchanged):
        for lang in ("zh", "en"):
            expected = json.dumps(comparison_dict(comparison, lang), ensure_ascii=False, indent=1) + "\n"
            into = io.StringIO()
            write_json(comparison, into, lang)
            assert render_json(comparison, lang) == expected == into.getvalue()
