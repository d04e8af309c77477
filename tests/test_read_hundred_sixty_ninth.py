"""What readings 169–176 (2026-12-03, tenth session: all eight groups on 2cd392a's JSON, new seeds) found wrong, useless
or less than clear, fixed, pinned on the real text."""

from conftest import law_fixture as _law
from conftest import old_pair as _old
from conftest import pair_messages as _messages

shanghai = _law("上海市优化营商环境条例", "2020-04-10", "2024-09-27")
review = _law("行政复议法", "2017-09-01", "2023-09-01")
marine = _law("海洋环境保护法", "2017-11-04", "2023-10-24")


def test_words_closing_a_list_are_quoted_with_the_member_before_them(shanghai, review, marine):
    """"新增“等经营主体”" (上海 第三十条 → 第三十一条) cannot be read alone: 等 closes the list before it, here the one
    member 企业 ("申请企业设立" → "申请企业等经营主体设立"), useless in reading 172. So too "等合法权益" put in after
    受教育权利 (行政复议法 第六条（十）) and "等污染危害性货物" after 装卸油类 (海洋环境保护法), which the diff had narrowed
    back to the words put in."""
    notes = _messages(_old(shanghai, "第三十条"))
    assert "表述修改：“申请企业设立”改为“申请企业等经营主体设立”" in notes, notes
    assert not [n for n in notes if "新增“等" in n], notes
    notes = [n for label in ("第六条",) for n in _messages(_old(review, label))]
    assert "表述修改：“受教育权利的法定职责”改为“受教育权利等合法权益的法定职责”" in notes, notes
    found = [n for p in marine.pairs for f in p.findings if "装卸油类" in (n := f.message)]
    assert "表述修改：“装卸油类的港口”改为“装卸油类等污染危害性货物的港口”；“计划”改为“预案”" in found, found


emergencies = _law("突发事件应对法", "2007-08-30", "2024-06-28")


def test_a_system_set_up_and_kept_up_is_no_change_of_its_own(emergencies):
    """突发事件应对法 第五条 → 第三十二条: "国家建立重大突发事件风险评估体系" → "国家建立健全突发事件风险评估体系". 重大 taken
    out (three places: the assessment now covers every emergency) is the change; "“建立”改为“建立健全”" left beside it, the
    stock wording of a revision for a system that stays, was useless in reading 171."""
    notes = _messages(_old(emergencies, "第五条"))
    assert "表述修改：删除“重大”（共3处）" in notes, notes
    assert "表述修改：新增“有针对性地采取有效防范措施”" in notes, notes
    assert not [n for n in notes if "建立健全" in n], notes


company = _law("公司法", "2018-10-26", "2023-12-29")


def test_a_special_rule_dropped_beside_the_general_one_says_the_general_rule(company):
    """公司法 第六十二条 (deleted): the one-person company's "…并经会计师事务所审计" is not 第二百零八条's general rule (old
    第一百六十四条, there beside it), which asks for an audit "依法", only where the law does. "（现第二百零八条已有规定，文字有
    不同）" hid that (wrong in reading 169), and so did "已有规定：“……并依法经会计师事务所审计”" (wrong in reading 181): the
    special rule is gone, and the note quotes the general one whole. A rule the other provision says word for word, in a
    longer sentence, is there already, quoted (第六十七条's term of office)."""
    notes = _messages(_old(company, "第六十二条"))
    assert "“一人有限责任公司应当在每一会计年度终了时编制财务会计报告，并经会计师事务所审计”不再规定（现第二百零八条为一般规定：" \
        "“公司应当在每一会计年度终了时编制财务会计报告，并依法经会计师事务所审计”）" in notes, notes
    notes = _messages(_old(company, "第六十七条"))
    assert "“董事每届任期不得超过三年”不再在此规定（现第七十条已有规定：“董事任期由公司章程规定，但每届任期不得超过三年”）" in notes, notes


payments = _law("保障中小企业款项支付条例", "2020-07-05", "2025-03-17")


def test_a_sentence_moved_and_rewritten_is_not_said_by_one_of_its_changes(payments):
    """保障中小企业款项支付条例 第十七条's "…情节严重的，受理投诉部门可以依法依规将其失信信息纳入全国信用信息共享平台…" is
    第二十六条's second sentence, rewritten: the listing now follows a finding of bad faith ("依法依规被认定为失信的"), and
    only "情节严重或者造成严重不良社会影响的". "移至现第二十六条，文字有改动（删除“可以”）" read as if 可以 were all that
    changed (wrong in reading 178): less than half the old sentence stands in the new one, "，并作较大修改". A sentence that
    kept most of its words keeps its brackets (第十七条's second paragraph, "（新增期限：10个工作日）")."""
    notes = _messages(_old(payments, "第十七条"))
    assert [m for m in notes if "移至现第二十六条，并作较大修改" in m], notes
    assert [m for m in notes if m.endswith("移至现第二十五条，文字有改动（新增期限：10个工作日）")], notes
    assert not [m for m in notes if "删除“可以”" in m], notes


def test_a_rule_found_in_a_sentence_it_is_less_than_half_of_was_largely_rewritten(company, emergencies):
    """公司法 第一百四十八条（四） ("违反公司章程的规定或者未经股东会、股东大会同意，与本公司订立合同或者进行交易") is found in
    第一百八十二条 by its words "与本公司订立合同或者进行交易"; the rule there is another: report the dealing to the board or
    the meeting and have it voted, for supervisors too, and dealings "直接或者间接", relatives and affiliates. "由原第一百四
    十八条移入，文字有改动" hid the new rule (wrong in reading 169): less than half of the old item stands there, and less
    than half of the sentence there is the item's, "并作较大修改" on both sides. A sentence cut down to the part found there
    stays "文字有改动" (突发事件应对法 第五条's principle, now 第五条's "坚持预防为主、预防与应急相结合")."""
    from conftest import new_pair as _new
    from policydiff.render.ranking import ranked_headlines

    assert "“（四）违反公司章程的规定或者未经股东会、股东大会同意，与本公司订立合同或者进行交易”不再在此规定，现见第一百八十二条" \
        "（有较大修改）" in _messages(_old(company, "第一百四十八条"))
    notes = _messages(_new(company, "第一百八十二条"))
    assert [n for n in notes if n.endswith("由原第一百四十八条移入，并作较大修改")], notes
    notes = _messages(_old(emergencies, "第五条"))
    assert "“突发事件应对工作实行预防为主、预防与应急相结合的原则”不再在此规定，现见第五条（文字有改动）" in notes, notes
    lines = [h.text for h in ranked_headlines(emergencies)]
    assert "第五十三条（履行统一领导职责或者组织处置突发事件的人民政府…）并入现第七条，并作较大修改" in lines


def test_a_consent_taken_out_at_a_sentence_end_is_not_quoted_with_the_next_sentence(company):
    """公司法 第七十一条 → 第八十四条: the diff took "经其他股东过半数同意。股东应就其股权转让" out, running into the opening
    of the notice sentence that another note quotes rewritten ("“股东应就其股权转让事项书面通知其他股东征求同意，…视为同意
    转让”改为“…视为放弃优先购买权”"); both sentences were quoted deleted as one, the second then again as rewritten (reading
    182). The consent rule is said taken out alone, as a condition ("应当经…同意": its line 38th of 317, not 106th), and
    "征求同意", inside the rewritten sentence, is that note's; "主张行使" → "行使" (the pre-emption exercised either way) is no
    note (useless in reading 182)."""
    notes = _messages(_old(company, "第七十一条"))
    assert "条件被删除：“应当经其他股东过半数同意”" in notes, notes  # (a consent required: a condition, ranked as one)
    assert "表述修改：“股东应就其股权转让事项书面通知其他股东征求同意，其他股东自接到书面通知之日起满三十日未答复的，视为同意转让”" \
        "改为“股东自接到书面通知之日起三十日内未答复的，视为放弃优先购买权”" in notes, notes
    assert not [n for n in notes if "主张行使" in n or "删除“股东向股东以外的人转让股权" in n], notes
    from policydiff.render.ranking import ranked_headlines

    lines = [h.text for h in ranked_headlines(company)]
    at = lines.index("第七十一条（现第八十四条）：条件被删除：“应当经其他股东过半数同意”")
    assert at < 60, at


def test_a_name_made_one_with_a_siblings_comes_after_the_changes_of_substance(company):
    """"“股东大会”统一改为“股东会”（共33条）" gives the joint-stock company's meeting the name the limited company's always had
    (股东会 stands 52 times on its own in the 2018 text): trivial first among 公司法's headlines in readings 129 and 135, and
    second in 169 and 182. It is ranked with the renames after the changes of substance, before wording and moves; the other
    revisions' first renames (a body replaced, 专利复审委员会 → 国务院专利行政部门; one standard for town and country,
    人身损害赔偿解释) stay first."""
    from policydiff.render.ranking import ranked_headlines

    lines = [h.text for h in ranked_headlines(company)]
    at = lines.index("“股东大会”统一改为“股东会”（共33条）")
    assert 15 <= at < 60, at
    assert lines[0].startswith("第二十六条（现第四十七条）：新增期限：五年"), lines[:3]


def test_an_offence_of_two_alternatives_now_punished_elsewhere_is_said_moved(marine):
    """海洋环境保护法 第七十四条（三） "不按照规定记录倾倒情况，或者不按照规定提交倾倒报告的" (警告 or a fine) is 第一百零七条
    （一） "未按照国家规定报告倾倒情况的", now under the dumping regulator's fines: "不再规定" on the one and "新增规定" on the other
    were wrong in readings 170 and 189. Each alternative is looked for by its last four characters ("倾倒情况"); the item found
    whole is said moved in, not "新增规定：…（其中…由原…移入）"."""
    notes = _messages(_old(marine, "第七十四条"))
    assert "“（三）不按照规定记录倾倒情况，或者不按照规定提交倾倒报告的”不再在此规定，现见第一百零七条（文字有改动）" in notes, notes
    notes = _messages(_old(marine, "第八十五条"))
    assert "“（一）未按照国家规定报告倾倒情况的”由原第七十四条移入，文字有改动" in notes, notes
    assert not [n for n in notes if n.startswith("新增规定：“（一）未按照国家规定报告倾倒情况的")], notes
