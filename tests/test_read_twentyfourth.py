"""Errors left by the twenty-fourth reading (2026-12-01, seeds 24101–24105, commit 2e80869), fixed in
the session after it, each pinned on the real text."""

from conftest import law_fixture as _law
from conftest import old_pair as _old
from conftest import pair_messages as _messages

accounting = _law("会计法", "2017-11-04", "2024-06-28")
company = _law("公司法", "2018-10-26", "2023-12-29")
patents = _law("专利法实施细则", "2010-01-09", "2023-12-11")
emergencies = _law("突发事件应对法", "2007-08-30", "2024-06-28")


def test_a_sentence_whose_citation_was_renumbered_is_rewritten_and_quoted_by_what_changed(patents):
    """专利法实施细则 第七十八条 → 第九十四条: "…专利法第十六条规定的报酬的方式和数额的，在专利权有效期限内…提取不低于2%…" →
    "…专利法第十五条规定的…数额的，应当依照《中华人民共和国促进科技成果转化法》的规定，给予…合理的报酬" was "不再规定" (十六 →
    十五 read as another word): the condition stays, the consequence changed (the twenty-fourth reading)."""
    notes = _messages(_old(patents, "第七十八条"))
    assert any(m.startswith("改写：“被授予专利权的单位未与发明人") and m.endswith(
        "改为“……应当依照《中华人民共和国促进科技成果转化法》的规定，给予发明人或者设计人合理的报酬”") for m in notes)
    assert not [m for m in notes if m.startswith(("不再规定：“被授予专利权的单位未与发明人", "删除或改写：“被授予专利权的单位未与发明人"))]
    assert "新增引用文件：《中华人民共和国促进科技成果转化法》" not in notes  # (the rewrite quotes it)


def test_every_use_of_a_character_spelled_anew_is_counted(accounting):
    """会计法 has 50 帐, all 账 in 2024; two are in sentences of the merged 第四十三、四十四条 that a rewrite quotes
    whole, with no note of their own: the count said 48 (the twenty-fourth reading)."""
    every = [m for p in accounting.pairs for m in _messages(p) if m.startswith("规范用语：")]
    assert every == ["规范用语：全文“帐”改为“账”（共50处，本条1处，含义未变）"]


def test_a_law_cited_by_a_penalty_now_given_by_reference_is_said_by_that_note(company):
    """公司法 第二百零七条 → 第二百五十七条: "新增引用文件：《中华人民共和国资产评估法》" beside "改为依照《中华人民共和国资产评估法》、
    《中华人民共和国注册会计师法》等法律、行政法规的规定处罚" said it again (the twenty-fourth reading)."""
    notes = _messages(_old(company, "第二百零七条"))
    assert any(m.startswith("改为依照《中华人民共和国资产评估法》") for m in notes)
    assert not [m for m in notes if m.startswith("新增引用文件：")]


def test_an_shortened_to_an_zhao_is_no_change(emergencies):
    """突发事件应对法 第六十三条 → 第九十五条: "“按规定”改为“按照规定”（共4处）" (useless: the twenty-fourth reading)."""
    assert not [m for m in _messages(_old(emergencies, "第六十三条")) if "按照规定" in m]


def test_a_bracket_taken_out_is_quoted_closed(patents):
    """专利法实施细则 第十六条 → 第十九条 "申请人第一次提出专利申请（以下简称在先申请）的申请日" → "在先申请的申请日": it was
    "删除“申请人第一次提出专利申请（以下简称”", a bracket opened and never closed (the twenty-fourth reading)."""
    notes = _messages(_old(patents, "第十六条"))
    assert not [m for m in notes if "（以下简称”" in m]
    # (it was then "“申请人第一次提出专利申请（以下简称在先申请）”改为“在先申请”", closed; since the fifty-seventh reading, which
    # read it as the definition gone when 第十八条 gives the name now, no note: tests/test_read_fiftyseventh.py)
    assert not [m for m in notes if "以下简称在先申请" in m]


def test_a_rename_the_diff_cut_inside_the_name_is_said_by_the_rename(company):
    """公司法 第六十八条 → 第一百七十四条 "经国有资产监督管理机构同意" → "经履行出资人职责的机构同意": "表述修改：“经国有资产监督
    管理”改为“经履行出资人职责的”" repeated the rename, cut before the 机构 both names end with (the twenty-fourth reading).
    "半数以上监事…" → "过半数的监事…" is no use of "半数以上董事共同推举" → "过半数的董事共同推举": its note stays."""
    assert not [m for m in _messages(_old(company, "第六十八条")) if m.startswith("表述修改：“经国有资产监督管理")]
    assert "“半数以上”改为“过半数”：不再包含本数（半数）" in _messages(_old(company, "第五十一条"))  # (its note, what it means,
    # since the forty-first reading)


def test_words_put_in_that_a_sentence_said_put_in_holds_are_not_said_twice(accounting):
    """会计法 第十条: "表述修改：新增“（二）负债的增减”" beside "新增规定：“（二）负债的增减”" (the twenty-fourth reading)."""
    notes = _messages(_old(accounting, "第十条"))
    # (since the thirty-eighth reading the item is "（三）债权债务的发生和结算" rewritten, said once)
    assert [m for m in notes if "（二）负债的增减" in m] == ["改写：“（三）债权债务的发生和结算”改为“（二）负债的增减”"]
