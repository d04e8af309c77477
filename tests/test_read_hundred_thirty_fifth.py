"""What readings 135–138 (2026-12-03, fifth session: groups A, C, E and the English of G on adb9b16's JSON) and the
session beside them found wrong, useless or less than clear, fixed, pinned on the real text."""

from conftest import law_fixture as _law
from conftest import old_pair as _old
from conftest import pair_messages as _messages

accounting = _law("会计法", "2017-11-04", "2024-06-28")


def test_a_condition_of_not_having_what_it_takes_is_a_condition(accounting):
    """会计法 第三十六条 → 第三十四条: "不具备设置条件的，应当委托…中介机构代理记帐" is now one of four ways a unit may choose
    ("依法采取下列一种方式…（三）委托…代理记账"). The condition under which it had to outsource its bookkeeping is gone; it
    was said only "表述修改：删除“不具备设置条件的，应当”" (left undone in the last session's note). "不具备…条件的" is a
    condition like "不符合…条件的"."""
    notes = _messages(_old(accounting, "第三十六条"))
    assert "条件被删除：“不具备设置条件的”" in notes, notes
    assert not [n for n in notes if "删除“不具备设置条件的" in n], notes


company = _law("公司法", "2018-10-26", "2023-12-29")


def test_the_five_years_to_pay_in_capital_come_before_the_shareholders_meeting_renamed(company):
    """公司法 2018 → 2023's first headline was "“股东大会”统一改为“股东会”（共33条）", the joint-stock company's meeting
    named as the limited company's: trivial beside the five years to pay in capital, in readings 129 (English) and 135.
    The deadline is the revision's story; the rename, 33 articles of noise explained, comes next."""
    from policydiff.render.ranking import ranked_headlines

    lines = [h.text for h in ranked_headlines(company)]
    assert lines[0].startswith("第二十六条（现第四十七条）：新增期限：五年"), lines[:3]
    # (the rename second until reading 182, now after the changes of substance: tests/test_read_hundred_sixty_ninth.py)
    assert "“股东大会”统一改为“股东会”（共33条）" not in lines[:15], lines[:15]


payments = _law("保障中小企业款项支付条例", "2020-07-05", "2025-03-17")


def test_an_offence_of_a_list_now_punished_by_a_provision_of_its_own_is_said_there(payments):
    """保障中小企业款项支付条例 第二十五条 → 第三十一条: item "（八）对投诉人进行恐吓、打击报复" of the breaches punished by 处分
    was said "no longer provides" (wrong in reading 138): new 第三十五条 punishes "…对提出付款请求或者投诉的中小企业及其工作人员
    进行恐吓、打击报复…" with 处分或者处罚. The prohibition of 第二十条 (old 第十八条) is no liability and does not count."""
    from conftest import new_pair as _new

    notes = _messages(_old(payments, "第二十五条"))
    assert "“（八）对投诉人进行恐吓、打击报复”不再在此规定，现见第三十五条（文字有改动）" in notes, notes
    assert not [n for n in notes if n.startswith(("不再规定", "删除或改写"))], notes
    assert _new(payments, "第三十五条").status.value == "added"


def test_words_written_out_where_their_provision_was_cited_are_said_there(company):
    """公司法 第三十四条 → 第二百二十七条: the dividend rule ("股东按照实缴的出资比例分取红利", "…不按照出资比例分取红利…的除外")
    was said taken out ("删除“分取红利或者不按照出资比例”", wrong in reading 135), but 第一百六十六条's citation of it, "有限责任
    公司依照本法第三十四条的规定分配", is written out in 第二百一十条: "有限责任公司按照股东实缴的出资比例分配利润，全体股东约定不按照
    出资比例分配利润的除外". The exception's words taken out went with the rule, and its note says them: "“分取红利或者
    不按照出资比例”不再在此规定，现见第二百一十条" beside it was a fragment saying it again (useless in reading 148)."""
    notes = _messages(_old(company, "第三十四条"))
    assert "“股东按照实缴的出资比例分取红利”不再在此规定，现见第二百一十条（文字有改动）" in notes, notes
    assert not [n for n in notes if "分取红利或者不按照出资比例" in n], notes
    assert not [n for n in notes if n.startswith(("不再规定", "删除或改写")) or n.startswith("表述修改：删除")], notes


def test_a_qualifier_put_inside_a_phrase_is_quoted_with_what_it_qualifies(company):
    """公司法 第八十四条 → 第九十七条: "不得少于公司股份总数的百分之三十五" → "不得少于公司章程规定的公司设立时应发行股份总数的
    百分之三十五" was "表述修改：“公司”改为“公司章程规定的公司设立时应发行”", cut before what the words put in qualify (useless
    in reading 135)."""
    from policydiff.findings.words import _qualifier_put_between

    notes = _messages(_old(company, "第八十四条"))
    assert "表述修改：“公司股份”改为“公司章程规定的公司设立时应发行股份”" in notes, notes
    assert not _qualifier_put_between("", "依法设立的")  # (ends on 的: qualified() takes it)
    assert not _qualifier_put_between("", "建立完善")


emergencies = _law("突发事件应对法", "2007-08-30", "2024-06-28")


def test_a_provision_folded_whole_into_another_ranks_as_a_move(emergencies):
    """突发事件应对法 第五十三条 "…并入现第七条，文字有改动" was the revision's fourth headline, trivial beside its new duties
    and fines (reading 136): a rule that went whole into another, nothing of it changed but words, is a move. 第五十四条's,
    which the move made narrower ("新增“故意”"), stays among the first."""
    from policydiff.render.ranking import ranked_headlines

    lines = [h.text for h in ranked_headlines(emergencies)]
    folded = next(i for i, t in enumerate(lines) if t.startswith("第五十三条（") and "并入现第七条" in t)
    assert folded >= 15, lines[:16]
    narrowed = next(i for i, t in enumerate(lines) if t.startswith("第五十四条（") and "（新增“故意”；" in t)
    assert narrowed < 8, lines[:8]


shanghai = _law("上海市优化营商环境条例", "2020-04-10", "2024-09-27")


def test_a_system_declared_before_the_sentence_that_works_it_is_rewritten_with_it(shanghai):
    """上海市优化营商环境条例 第六十八条 → 第八十四条: "不再规定：“本市推行企业法律文书送达地址先行确认及责任承诺制”" told a
    reviewer the system was given up (wrong in reading 140); the sentence after it, how it works, is rewritten (the address
    must now be given, the registered domicile standing in for it): one rewrite of both."""
    from policydiff.findings.repeats import _DECLARES

    notes = _messages(_old(shanghai, "第六十八条"))
    assert not [n for n in notes if n.startswith(("不再规定", "删除或改写"))], notes
    assert [n for n in notes if n.startswith("改写：“本市推行企业法律文书送达地址先行确认及责任承诺制”“企业在本市办理设立")
            and n.endswith("市场监管部门应当告知其填报法律文书送达地址”")], notes
    assert _DECLARES.match("国家建立健全突发事件应急预案体系制度")
    assert not _DECLARES.match("企业应当建立健全内部控制制度，保证其有效运行")


patents = _law("专利法实施细则", "2010-01-09", "2023-12-11")


def test_citations_of_the_document_itself_are_said_in_english(patents):
    """专利法实施细则 第四十四条 → 第五十条: "now also cites 第十一条 (3 places)" left the article in Chinese outside any quote
    and did not say whose article (useless in reading 144): Article 11 of these Rules. A former article taken out is said
    so too."""
    from policydiff.findings.citations import _said_again

    notes = [f.message_en for f in _old(patents, "第四十四条").findings]
    assert "wording changed: now also cites Article 11 of these Rules (3 places)" in notes, notes
    became, labels = {16: {19}, 26: {29}, 27: set()}, {11: "第十一条", 19: "第十九条", 29: "第二十九条"}
    zh, en = _said_again("依照本细则第十六条、第二十六条、第二十七条", "依照本细则第十一条、第十九条、第二十九条", became, labels)
    assert zh == "新增援引本细则第十一条；不再援引本细则原第二十七条", zh
    assert en == "now also cites Article 11 of these Rules; no longer cites former Article 27 of these Rules", en


ocean = _law("海洋环境保护法", "2017-11-04", "2023-10-24")


def test_a_member_taken_out_of_a_list_is_quoted_with_the_member_before_it(ocean):
    """海洋环境保护法 第六十二条 → 第七十九条: "船舶污染物、废弃物、船舶垃圾接收、船舶清舱" → "船舶污染物、废弃物接收和船舶清舱" was
    "表述修改：“船舶垃圾接收、船舶”改为“接收和船舶”", two fragments (useless in reading 139): 船舶垃圾 is no longer among the
    wastes whose receiving needs the capacity."""
    from policydiff.findings.edits import _member_taken_out

    notes = _messages(_old(ocean, "第六十二条"))
    assert "表述修改：“废弃物、船舶垃圾接收”改为“废弃物接收”" in notes, notes
    assert _member_taken_out("审查、研究", "审查", "经审查、研究后", "经审查后") == ("审查、研究", "审查")  # (no joiner changed)


sports = _law("体育法", "2016-11-07", "2022-06-24")


def test_a_sentence_of_a_confiscation_and_a_fine_is_said_by_their_notes(sports):
    """体育法 第四十九条 → 第一百一十二条: "新增规定：“有违法所得的，没收违法所得，并处一万元以上十万元以下的罚款”" beside "新增处罚：
    没收违法所得" and "新增罚款：处1万–10万元（…）" said them twice (useless in reading 150)."""
    notes = _messages(_old(sports, "第四十九条"))
    assert "新增处罚：没收违法所得" in notes and [n for n in notes if n.startswith("新增罚款：处1万–10万元")], notes
    assert not [n for n in notes if n.startswith("新增规定：“有违法所得的")], notes


def test_a_public_order_sanction_given_once_for_every_breach_is_said_there(emergencies):
    """突发事件应对法 第六十六条 → 第九十八条: "表述修改：“构成违反治安管理行为的，由公安机关”改为“责令改正”" read as the
    public-order sanction become an order to correct (wrong in reading 151): 第一百零二条 now gives it for every breach of the
    law, and 责令改正 is put in."""
    notes = _messages(_old(emergencies, "第六十六条"))
    assert "“构成违反治安管理行为的，由公安机关依法给予处罚”不再在此规定，现由第一百零二条统一规定" in notes, notes
    assert "表述修改：新增“责令改正”" in notes, notes
    assert not [n for n in notes if "改为“责令改正”" in n], notes


def test_a_citation_taken_out_is_quoted_with_its_phrase(ocean):
    """海洋环境保护法 第八十六条 → 第一百零八条: "违反本法第五十五条第三款的规定，…" → "违反本法规定，…" was "表述修改：删除
    “第五十五条第三款的”", a fragment (useless in reading 150): the rule is now cited as the whole law's."""
    notes = _messages(_old(ocean, "第八十六条"))
    # (the whole phrase quoted was useless still to reading 761, the conduct named after it: since then no note)
    assert not [n for n in notes if "第五十五条第三款" in n], notes
    assert not [n for n in notes if n.startswith("表述修改：删除“第")], notes


def test_an_edit_around_a_kept_word_is_quoted_with_the_verb_before_it(company):
    """公司法 第一百四十九条 → 第一百八十八条: "执行公司职务时" → "执行职务" was "表述修改：“公司职务时”改为“职务”", a fragment
    without its verb (useless in reading 149). Quoted with its verb, "“执行公司职务时”改为“执行职务”", it was useless still to
    reading 281 (one duty either way): since then no note, the pair said to differ only in wording."""
    from policydiff.findings.edits import kept_word_with_the_word_before

    old_text = "董事、监事、高级管理人员执行公司职务时违反法律、行政法规或者公司章程的规定，给公司造成损失的，应当承担赔偿责任。"
    new_text = "董事、监事、高级管理人员执行职务违反法律、行政法规或者公司章程的规定，给公司造成损失的，应当承担赔偿责任。"
    assert kept_word_with_the_word_before("公司职务时", "职务", old_text, new_text) == ("执行公司职务时", "执行职务")
    notes = _messages(_old(company, "第一百四十九条"))
    assert notes == ["仅编号或个别虚词、同义用语不同，内容未变"], notes


statistics = _law("统计法", "2009-06-27", "2024-09-13")


def test_a_line_of_sentence_notes_counts_every_wording_note_it_does_not_quote(statistics):
    """统计法 第三十七条 → 第四十条: the line of its two rewrites said "（另有1处）" (wrong in reading 154): beside the new item
    （三） it leaves three notes, the two edits of its opening ("县级以上人民政府统计机构", "任免机关、单位") among them.
    (Item （五）, a condition, is its own line.)"""
    from policydiff.render.ranking import ranked_headlines

    lines = [h.text for h in ranked_headlines(statistics) if h.text.startswith("第三十七条（现第四十条）：改写：")]
    assert len(lines) == 1 and lines[0].endswith("（另有3处）"), lines


roads = _law("道路运输条例", "2019-03-02", "2022-03-29")


def test_a_short_word_taken_out_and_widened_to_a_fragment_is_quoted_in_its_clause(roads, payments):
    """道路运输条例 第四十八条: "表述修改：“申请从事国际”改为“从事国际”" (a fragment among the first fifteen headlines, useless in
    reading 153) is the clause "申请从事国际道路运输经营的" without 申请; 保障中小企业款项支付条例's "违约拖欠" likewise."""
    notes = _messages(_old(roads, "第四十八条"))
    assert notes == ["表述修改：“申请从事国际道路运输经营的”改为“从事国际道路运输经营的”"], notes
    said = [n for p in payments.pairs for n in _messages(p) if "违约" in n]
    assert said == ["表述修改：“不得违约拖欠中小企业的货物、工程、服务款项”改为“不得拖欠中小企业的货物、工程、服务款项”"], said


def test_a_duty_no_longer_done_as_conditions_allow_loses_a_condition(sports):
    """体育法 第二十条 → 第二十八条: "并根据条件每学年举行一次全校性的体育运动会" → "学校应当每学年至少举办一次全校性的体育
    运动会": the headline said only "新增下限表述“至少”", missing that the games are no longer held as conditions allow
    (useless in reading 153)."""
    from policydiff.render.ranking import ranked_headlines

    assert "条件被删除：“根据条件”" in _messages(_old(sports, "第二十条"))
    lines = [h.text for h in ranked_headlines(sports)]
    assert "第二十条（现第二十八条）：条件被删除：“根据条件”" in lines[:15], lines[:15]


def test_a_rewording_made_throughout_is_no_provisions_news(payments):
    """保障中小企业款项支付条例 2020 → 2025: "及时支付中小企业款项" is "保障中小企业款项支付" in several provisions (the old words
    survive elsewhere, so no rename); 第二十四条's line quoted that rewording as a duty rewritten among the first sixteen
    headlines, its real changes ("公益法律服务", "拖欠") behind "另有2处" (useless in readings 138 and 154)."""
    from policydiff.render.ranking import _core, _repeated_rewordings, ranked_headlines

    assert _core("应当将及时支付中小企业款项工作情况纳入", "应当将保障中小企业款项支付工作情况纳入") == (
        "及时支付中小企业款项", "保障中小企业款项支付")
    assert ("及时支付中小企业款项", "保障中小企业款项支付") in _repeated_rewordings(payments.pairs)
    lines = [h.text for h in ranked_headlines(payments)]
    line = next(i for i, t in enumerate(lines) if t.startswith("第二十四条（现第三十条）："))
    assert line >= 15 and lines[line].startswith("第二十四条（现第三十条）：表述修改：“提供法律服务”改为“提供公益法律服务”"), lines[line]


invoices = _law("发票管理办法", "2019-03-02", "2023-07-20")


def test_conduct_put_into_a_penalty_is_quoted_on_its_line(invoices):
    """发票管理办法 第三十八条 → 第三十六条: "窃取、截留、篡改、出售、泄露发票数据" put into the conduct fined 1万–5万元 was only
    counted, "（另有1处）", behind a sanction taken out (a new offence the headlines left out, reading 161)."""
    from policydiff.render.ranking import ranked_headlines

    lines = [h.text for h in ranked_headlines(invoices) if h.text.startswith("第三十八条（现第三十六条）：")]
    assert lines == ["第三十八条（现第三十六条）：不再规定：“对印制发票的企业，可以并处吊销发票准印证”；表述修改：新增“窃取、截留、"
                     "篡改、出售、泄露发票数据”"], lines


def test_a_list_of_citations_taken_out_is_quoted_with_what_it_was_of(company):
    """公司法 第七十三条 → 第八十七条: "依照本法第七十一条、第七十二条转让股权后" → "依照本法转让股权后" was "deleted “第七十一条、
    第七十二条”" (useless in the English reading 164)."""
    notes = _messages(_old(company, "第七十三条"))
    assert "表述修改：“依照本法第七十一条、第七十二条转让股权”改为“依照本法转让股权”" in notes, notes


def test_two_edits_of_one_phrase_are_quoted_as_the_phrase(emergencies, company):
    """突发事件应对法 第二十六条 → 第三十九条: "表述修改：“加强”改为“推动”；“应急救援队伍的合作”改为“应急救援队伍”" (a fragment
    in the English reading 166) is the phrase from the first edit to the last; 公司法's "报国务院…核准" → "经国务院…注册" likewise.
    Not across a list's "、": a moved sentence's brackets keep "（“应当无偿开展突发事件”改为“应当开展突发事件应对法律法规”）" (with
    the duty word before it since reading 1945)."""
    notes = _messages(_old(emergencies, "第二十六条"))
    # (since reading 212, on to the words after the cooperation taken out: the new quote stopped before them)
    assert "表述修改：“加强专业应急救援队伍与非专业应急救援队伍的合作，联合培训”改为“推动专业应急救援队伍与非专业应急救援队伍联合培训”" \
        in notes, notes
    assert [n for n in _messages(_old(emergencies, "第二十九条")) if n.endswith(
        "（“应当无偿开展突发事件”改为“应当开展突发事件应对法律法规”）")]
    said = [n for p in company.pairs for n in _messages(p) if "证券监督管理机构注册" in n and n.startswith("表述修改：“报国务院")]
    assert said == ["表述修改：“报国务院证券监督管理机构核准”改为“经国务院证券监督管理机构注册”"], said


def test_a_duty_put_in_before_the_effective_date_is_said_apart_from_it():
    """石景山 第十五条: "…负责解释，自发布之日起生效" → "…负责解释并协调解决实施过程中出现的问题，自印发之日起施行" was "表述修改：
    “自发布”改为“并协调解决实施过程中出现的问题，自印发”" beside the effective-date note, which says the date: the duty put in
    is said on its own."""
    from conftest import SHIJINGSHAN
    from policydiff import compare

    pair = next(p for p in compare(SHIJINGSHAN / "2022-draft.txt", SHIJINGSHAN / "2022-final-web.txt").pairs
                if p.old and p.old[0].label == "第十五条")
    notes = _messages(pair)
    assert notes == ["施行日期条款修改：“自发布之日起生效”改为“自印发之日起施行”", "表述修改：新增“并协调解决实施过程中出现的问题”"], notes


review = _law("行政复议法", "2017-09-01", "2023-09-01")


def test_a_quote_opening_on_de_or_a_pronoun_takes_the_words_before(patents, review):
    """专利法实施细则 第五条: "“的第一日”改为“开始的当日”" is "“各种期限的第一日”改为“各种期限开始的当日”"; 行政复议法 第三十四条
    → 第四十条: "“其受理”改为“其纠正”" is "“责令其受理”改为“责令其纠正”" (fragments found by a sweep of the session's notes)."""
    said = [n for p in patents.pairs for n in _messages(p) if "开始的当日" in n]
    # (one phrase with the words put in after it since readings 1739 and on)
    assert said == ["表述修改：“各种期限的第一日不计算在期限内”改为“各种期限开始的当日不计算在期限内，自下一日开始计算”"], said
    said = [n for p in review.pairs for n in _messages(p) if "其纠正" in n]
    assert said == ["表述修改：“责令其受理”改为“责令其纠正”"], said


lawmaking = _law("立法法", "2015-03-15", "2023-03-13")


def test_two_edits_of_one_phrase_may_hold_a_comma(lawmaking):
    """立法法 第四十二条 → 第四十五条: "“由委员长”改为“委员长”；“向常务委员会报告，该法律案终止”改为“可以决定终止审议，并向常务委员会
    报告”" (a close call in reading 160: ending a bill's review was automatic, the council now decides) is one phrase."""
    notes = _messages(_old(lawmaking, "第四十二条"))
    assert "表述修改：“由委员长会议向常务委员会报告，该法律案终止”改为“委员长会议可以决定终止审议，并向常务委员会报告”" in notes, notes
