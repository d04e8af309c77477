"""Chapters put in or taken out whole are one headline (render/chapters.py), on the real revisions."""

from conftest import law_fixture as _law

patents = _law("专利法实施细则", "2010-01-09", "2023-12-11")
sports = _law("体育法", "2016-11-07", "2022-06-24")
accounting = _law("会计法", "2017-11-04", "2024-06-28")


def _top(comparison, lang="zh", n=8):
    from policydiff.render.ranking import ranked_headlines

    return [h.text for h in ranked_headlines(comparison, lang)][:n]


def test_new_chapters_are_said_once_and_among_the_first(patents):
    """专利法实施细则 2010 → 2023: 第五章 专利权期限补偿 and 第十二章 关于外观设计国际申请的特别规定 are new; each of their
    seventeen provisions had a "新增第X条" line of its own and neither chapter was in the top eight (reading 64). Their lines
    are one line each, among the first; 第六章 (强制许可 → 特别许可, 4 of its 7 provisions new) is a chapter renamed and
    filled out, not a new one."""
    from policydiff.render.ranking import ranked_headlines

    top = _top(patents, n=4)
    assert "新增第五章“专利权期限补偿”（第七十七条至第八十四条，共8条）" in top
    assert "新增第十二章“关于外观设计国际申请的特别规定”（第一百三十六条至第一百四十四条，共9条）" in top
    every = [h.text for h in ranked_headlines(patents)]
    assert not [t for t in every if t.startswith(("新增第七十七条", "新增第一百三十六条", "新增第六章"))]
    line = next(h for h in ranked_headlines(patents) if h.text.startswith("新增第五章"))
    assert line.kind == "added" and len(line.pairs) == 8


def test_a_chapter_of_moved_or_renamed_provisions_is_not_new(sports):
    """体育法 2016 → 2022: 反兴奋剂, 体育产业, 体育仲裁 (9 of 10 new: said so), 监督管理 are new chapters; 第三章 "学校体育" →
    "青少年和学校体育" (8 of 15 new) is the old chapter filled out: no "新增第三章"."""
    every = _top(sports, n=100)
    assert "新增第五章“反兴奋剂”（第五十三条至第六十条，共8条）" in every
    assert "新增第九章“体育仲裁”（第九十一条至第一百条，共10条，部分条文由原条文移入或改写）" in every
    assert not [t for t in every if t.startswith("新增第三章")]
    assert "New: Chapter 5 “反兴奋剂” (Articles 53–60, 8 articles)" in _top(sports, "en", 100)


def test_a_chapter_taken_out_is_said_with_its_provisions(accounting):
    """会计法 2017 → 2024: 第三章 公司、企业会计核算的特别规定 is gone (第二十四、二十五条 deleted, 第二十六条 now 第二十四条 for every unit,
    "各单位"): one line, not "第二十五条…整条删除" (wrong in reading 64: its rule is 第九条's now, for every unit)."""
    every = _top(accounting, n=100)
    assert "删除第三章“公司、企业会计核算的特别规定”（原第二十四条至第二十六条，共3条，其中删除条文2条）" in every
    assert not [t for t in every if t.startswith(("第二十五条（", "第二十四条（"))]


company = _law("公司法", "2018-10-26", "2023-12-29")


def test_a_new_chapter_that_also_gathers_provisions_from_elsewhere_is_new(company):
    """公司法 2023: "第二章 公司登记" (3 of its 13 provisions new, the others from 总则; 第三十二条's list of matters registered
    holds old 第三十二条's registration of shareholders' names since reading 241, 第三十九条 old 第一百九十八条's revocation
    and 第三十七条 old 第一百八十八条's "公告公司终止" since reading 251) and "第七章 国家出资公司组织机构的特别规定"
    (4 of 10 new, the others from 第二章's section on 国有独资公司, a chapter still there) are new chapters; their lines say
    how many of their provisions are new, and the provisions moved in keep their own lines."""
    every = _top(company, n=400)
    assert "新增第二章“公司登记”（第二十九条至第四十一条，共13条，部分条文由原条文移入或改写）" in every
    assert "新增第七章“国家出资公司组织机构的特别规定”（第一百六十八条至第一百七十七条，共10条，部分条文由原条文移入或改写）" in every
    assert [t for t in every if t.startswith("第二十九条（设立公司，应当依法向公司登记机关申请设立登记）由原第六条移入")]
    assert not [t for t in every if t.startswith("新增第一百七十条")]


emergencies = _law("突发事件应对法", "2007-08-30", "2024-06-28")
payments = _law("保障中小企业款项支付条例", "2020-07-05", "2025-03-17")


def test_a_new_chapter_mostly_of_provisions_moved_in_is_new_and_a_text_first_divided_into_chapters_has_none(
        emergencies, payments):
    """突发事件应对法 2024's "第二章 管理与指挥体制" gathers 总则's provisions on who leads and two new ones: a new chapter
    (第二十一条 is old 第八条's third paragraph, the departments' duty to guide and assist, now of named departments: moved in,
    as its old side says, "…现见第二十一条（主体改为…）"; it was counted new until the session after reading 116).
    保障中小企业款项支付条例 2025 is divided into chapters for the first time: its chapters hold the 2020 articles, none is
    "新增"."""
    assert "新增第二章“管理与指挥体制”（第十六条至第二十五条，共10条，部分条文由原条文移入或改写）" in _top(emergencies, n=400)
    assert not [t for t in _top(payments, n=400) if "章“" in t]


def test_a_chapter_is_told_apart_by_the_part_it_is_in(corpus, tmp_path):
    """The 民法典 heads its parts "合同编", "物权编" (no 第X编) and has a "第二章" in most of them: a chapter is known by its
    part's title and its own. The 合同编's "第二章 合同的订立" taken out of the real text (its heading to the next chapter's)
    is one line; the other parts' 第二章 are still there. (Before, a path opening on "合同编" read as no chapter at all.)"""
    from policydiff import compare
    from policydiff.render.chapters import _chapter
    from policydiff.render.ranking import ranked_headlines

    code = corpus / "large" / "民法典-2020.md"
    lines = code.read_text(encoding="utf-8").split("\n")
    start = next(k for k, line in enumerate(lines) if line.startswith("### 第二章") and "合同的订立" in line)
    end = next(k for k in range(start + 1, len(lines)) if lines[k].startswith("### 第三章"))
    without = tmp_path / "民法典-without.md"
    without.write_text("\n".join(lines[:start] + lines[end:]), encoding="utf-8")
    result = compare(code, without)
    assert _chapter(next(c for c in result.old.clauses if c.label == "第四百六十九条")) == ("第二章", "合同编/合同的订立")
    top = [h.text for h in ranked_headlines(result)]
    assert top[0].startswith("删除第二章“合同的订立”（原第四百六十九条至第五百零一条，共33条")
    assert len([t for t in top if "章“" in t]) == 1
