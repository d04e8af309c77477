"""What readings 198 and 200–203 (2026-12-03, eleventh session) found wrong, useless or less than clear, fixed, pinned on
the real text."""

from conftest import law_fixture as _law

roads = _law("道路运输条例", "2019-03-02", "2022-03-29")


def test_provisions_edited_alike_are_one_line(roads):
    """道路运输条例 2022: 第三十六条, 第三十八条 and 第四十八条 each drop 申请 from "申请从事…的" (what they list are now the
    conditions of doing the business, not of applying for it). Three lines of its fifteen headlines, each useless in
    reading 198; one line names the three, in both languages, and each provision keeps its own note."""
    from policydiff.render.ranking import ranked_headlines

    lines = [h.text for h in ranked_headlines(roads)]
    assert "第三十六条、第三十八条、第四十八条：表述修改：“申请从事”改为“从事”" in lines, lines
    assert not [line for line in lines if line.startswith(("第三十六条：", "第三十八条：", "第四十八条："))], lines
    english = [h.text for h in ranked_headlines(roads, "en")]
    assert "Article 36, Article 38, Article 48: wording changed: “申请从事” → “从事”" in english, english
    notes = [f.message for p in roads.pairs for f in p.findings if "申请从事机动车驾驶员培训的" in f.message]
    assert notes == ["表述修改：“申请从事机动车驾驶员培训的”改为“从事机动车驾驶员培训的”"], notes
