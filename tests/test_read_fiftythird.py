"""Errors the fifty-third reading (2026-12-02, seeds 53106–53108 at cf782bc, on the laws the readings had left alone
since the fourteenth: 发票管理办法, 收养登记办法, 进出口商品检验法实施条例, 民事诉讼法, 保障中小企业款项支付条例,
知识产权法庭规定, 人身损害赔偿解释) found, fixed after it, each pinned on the real text."""

from conftest import law_fixture as _law
from conftest import old_pair as _old
from conftest import pair_messages as _messages

payments = _law("保障中小企业款项支付条例", "2020-07-05", "2025-03-17")
company = _law("公司法", "2018-10-26", "2023-12-29")


def test_phrases_of_a_sentence_that_moved_apart_are_quoted_with_an_ellipsis_between(payments, company):
    """保障中小企业款项支付条例 第十七条 → 第二十五条: "…应当依法及时处理，并将处理结果告知投诉人，同时反馈受理投诉部门" moved
    without its middle phrase; the note quoted "…应当依法及时处理，同时反馈受理投诉部门", words the old text never held (wrong in
    the fifty-third reading). 公司法 第一百三十六条 the same ("公司发行新股募足股款后，并公告"): now "……" where the phrases
    left out stood, and the deleted provision is said deleted with its 公告 part elsewhere, not folded whole into
    第一百五十六条 (its 变更登记 did not go there)."""
    moved = [m for m in _messages(_old(payments, "第十七条")) if "移至现第二十五条" in m]
    assert moved and all("应当依法及时处理……同时反馈受理投诉部门" in m for m in moved)
    notes = _messages(_old(company, "第一百三十六条"))
    assert "“公司发行新股募足股款后……并公告”移至现第一百五十六条，文字有改动" in notes
    assert [m for m in notes if m.startswith("原第一百三十六条（关于“公司发行新股募足股款后，必须向公司登记机关办理变更登记，并公告”")]


def test_a_condition_inside_words_a_wording_note_says_put_in_is_said_by_that_note(payments):
    """保障中小企业款项支付条例 第九条 → 第十条 put in "，法律、行政法规或者国家有关规定对检验或者验收期限另有规定的，从其规定";
    "新增条件：“对检验或者验收期限另有规定的”" was a fragment and the regulation's fourth headline (useless in the
    fifty-third reading). The edit's own note says the clause whole, ranked as the condition (as 第八条's reservation, a
    sentence of its own, is: tests/test_read_revisions.py)."""
    from policydiff.render.ranking import ranked_headlines

    pair = _old(payments, "第九条")
    said = [f for f in pair.findings if f.message == "表述修改：新增“法律、行政法规或者国家有关规定对检验或者验收期限另有规定的，从其规定”"]
    assert said and said[0].kind.value == "condition_added"
    assert not [m for m in _messages(pair) if m.startswith("新增条件")]
    assert not [h.text for h in ranked_headlines(payments) if "新增条件：“对检验或者验收期限另有规定的”" in h.text]


adoption = _law("中国公民收养子女登记办法", "2019-03-02", "2023-07-20")


def test_a_rename_only_inside_a_citation_said_changed_is_not_said_again(adoption):
    """收养登记办法 第一条: "根据《中华人民共和国收养法》（以下简称收养法）" → "…《中华人民共和国民法典》（以下简称民法典）". The
    reference note says it; "“收养法”改为“民法典”（全文统一修改，共4条，本条2处）" beside it said it again (useless in the
    fifty-third reading). The provisions that use the short name keep the rename's note, with the count."""
    notes = _messages(_old(adoption, "第一条"))
    assert "引用文件修改：“《中华人民共和国收养法》”改为“《中华人民共和国民法典》”" in notes
    assert not [m for m in notes if m.startswith("“收养法”改为“民法典”")]
    assert "“收养法”改为“民法典”（全文统一修改，共4条）" in _messages(_old(adoption, "第六条"))


def test_one_provision_reworded_is_said_with_its_notes_and_also_is_slight(adoption):
    """收养登记办法 2019 → 2023: "另有1条文字表述修改：第五条（现第六条）" named no change, hiding "收养人无子女的证明" →
    "收养人生育情况证明" (useless in the fifty-third reading): one provision's line says its notes. "“还应当提交”改为“应当提交”"
    was no change of the duty (useless in the same reading)."""
    from policydiff.render.ranking import ranked_headlines

    top = [h.text for h in ranked_headlines(adoption)]
    # (the item quoted whole since its "无子女的" takes in the 证明 it qualifies: tests/test_read_sixtyfourth.py)
    assert "第五条（现第六条）：表述修改：“（一）收养人经常居住地计划生育部门出具的收养人无子女的证明”改为“（一）收养人经常居住地卫生" \
           "健康主管部门出具的收养人生育情况证明”（另有1处）" in top  # (its other note, 计划生育部门 → 卫生健康主管部门 elsewhere
    # in it, counted since reading 110)
    assert not [t for t in top if t.startswith("另有1条")]
    assert not [m for m in _messages(_old(adoption, "第五条")) if "还应当" in m]


injury = _law("最高人民法院关于审理人身损害赔偿案件适用法律若干问题的解释", "2020-12-29", "2022-04-04")


def test_a_conjunct_taken_out_across_its_joiner_is_quoted_as_the_coordination(injury):
    """人身损害赔偿解释 第十七条: "城镇居民人均消费性支出和农村居民人均年生活消费支出标准" → "城镇居民人均消费支出标准" (the rural
    standard gone) was "删除“消费性支出和农村居民人均年生活”", words cut across both conjuncts (useless in the fifty-third
    reading, and the law's fourth headline): the coordination and what it became."""
    notes = _messages(_old(injury, "第十七条"))
    # (with the standard they are, 标准, since reading 2027: a name's end after words taken out of it)
    assert "表述修改：“城镇居民人均消费性支出和农村居民人均年生活消费支出标准”改为“城镇居民人均消费支出标准”" in notes
    assert "表述修改：“城镇居民人均消费性支出额或者农村居民人均年生活消费支出额”改为“城镇居民人均消费支出额”" in notes


invoices = _law("发票管理办法", "2019-03-02", "2023-07-20")


def test_an_edit_opening_on_hou_on_one_side_is_quoted_with_the_word_it_closes(invoices):
    """发票管理办法 第十四条: "…税务机关同意，由印制地省、自治区、直辖市税务机关确定的企业印制" → "…税务机关同意后确定印制发票的企业"
    was "“由印制地…确定的企业印制”改为“后确定印制发票的企业”", the new words opening on 后 (useless in the fifty-third reading)."""
    notes = _messages(_old(invoices, "第十四条"))
    assert "表述修改：“同意，由印制地省、自治区、直辖市税务机关确定的企业印制”改为“同意后确定印制发票的企业”" in notes


civil = _law("民事诉讼法", "2021-12-24", "2023-09-01")


def test_a_duty_said_in_a_sentence_of_its_own_with_its_subject_first_is_compared(civil):
    """民事诉讼法 第二百九十条 → 第三百零四条: "…的，应当由当事人直接向…中级人民法院申请，人民法院应当依照…办理" became three
    sentences, "…的，当事人可以直接向…中级人民法院申请" the first: "表述修改：删除“应当由”" was useless in the fifty-third
    reading. (It was then said "“应当”改为“可以”：义务减弱", the law's top headline with 第二百八十七条's same change; both readers
    of the seventy-seventh and seventy-eighth readings found that useless too: whose application it is and the party's
    permission to make it are one route. test_read_seventyseventh pins that nothing is said of it.)"""
    notes = _messages(_old(civil, "第二百九十条"))
    assert "表述修改：删除“应当由”" not in notes
    assert not [n for n in notes if "应当由" in n], notes


def test_an_item_now_a_paragraph_of_its_own_is_not_quoted_into_its_neighbours_edit(civil):
    """民事诉讼法 第二百七十四条 → 第二百八十三条: (七) became (九), and (八) "不能用上述方式送达的，公告送达…" the article's last
    paragraph; the note quoted "（七）….（八）…即视为送达" as rewritten into (九) (wrong in the fifty-third reading). The
    last paragraph's own edits keep their notes."""
    notes = _messages(_old(civil, "第二百七十四条"))
    assert "表述修改：“（七）采用传真、电子邮件等能够确认受送达人收悉的方式送达”改为“（九）采用能够确认受送达人收悉的电子方式送达，" \
           "但是受送达人所在国法律禁止的除外”" in notes
    assert not [m for m in notes if "（八）不能用上述方式送达的" in m]
    assert "期限由三个月改为六十日（自发出公告之日起，经过六十日）" in notes  # (with what the period is for: sixty-fourth reading)


def test_bodies_of_the_same_government_put_in_charge_anew_are_one_rewrite(payments):
    """保障中小企业款项支付条例 第四条 → 第五条: "国务院有关部门在各自职责范围内，负责相关管理工作" → "国务院发展改革、财政…等
    有关部门应当按照职责分工，负责保障中小企业款项支付相关工作" was "不再规定" beside "新增规定" (wrong in the fifty-third
    reading): the departments named, the charge rewritten."""
    notes = _messages(_old(payments, "第四条"))
    assert [m for m in notes if m.startswith("改写：“国务院有关部门在各自职责范围内，负责相关管理工作”改为“国务院发展改革")]
    assert not [m for m in notes if m.startswith(("不再规定：“国务院有关部门", "删除或改写：“国务院有关部门"))]


def test_a_sentence_whose_procedural_step_moved_is_said_moved_on_both_provisions(payments):
    """保障中小企业款项支付条例 第十七条's "…情节严重的，受理投诉部门可以…纳入全国信用信息共享平台，…向社会公示…" is 第二十六条's
    "情节严重或者造成严重不良社会影响的，将相关信息纳入…，向社会公示": "新增规定" there beside "程序“公示”由原第十七条移入"
    contradicted each other (wrong in the fifty-third reading), and "不再规定" here. Now the sentence moved, reworded."""
    old = _messages(_old(payments, "第十七条"))
    assert [m for m in old if m.startswith("“机关、事业单位和大型企业不履行及时支付中小企业款项义务……") and "移至现第二十六条，并作较大修改" in m]
    assert not [m for m in old if m.startswith(("不再规定：“机关、事业单位和大型企业不履行", "程序“公示”", "删除或改写：“机关、事业单位和大型企业不履行"))]
    new = _messages(_old(payments, "第十九条"))
    assert "“情节严重或者造成严重不良社会影响的，将相关信息纳入全国信用信息共享平台和国家企业信用信息公示系统，向社会公示”由原第十七条移入，并作较大修改" in new  # (rewritten: reading 178)
    assert not [m for m in new if m.startswith(("新增规定：“情节严重", "程序“公示”"))]


def test_a_rewrites_quote_keeps_what_is_new_over_what_the_old_said_but_for_its_joiner(payments):
    """保障中小企业款项支付条例 第八条 → 第九条: the rewrite's new side quoted "合同另有约定的，从其约定，但应当按照行业规范…及时支付
    款项……", the old words again, and cut the new ban on paying when paid (missed in the fifty-third reading)."""
    notes = _messages(_old(payments, "第八条"))
    # (and since the fifty-sixth reading, the old duty kept word for word inside the new sentence, what was put in
    # around it: "改写…改为…" read as the duty replaced, wrong)
    assert "表述修改：新增“合同另有约定的，从其约定，但”；新增“不得约定以收到第三方付款作为向中小企业支付款项的条件或者按照第三方" \
           "付款进度比例支付中小企业款项”" in notes
    assert not [m for m in notes if m.startswith("改写：“应当按照行业规范")]


ip_court = _law("最高人民法院关于知识产权法庭若干问题的规定", "2018-12-28", "2023-10-21")


def test_items_of_a_list_cut_up_and_grouped_anew_are_one_rewrite(ip_court):
    """知识产权法庭规定 第二条: old (一) (civil appeals) and (三) (administrative appeals), each over 发明专利…垄断, became
    new (二) 发明专利…, (三) 重大、复杂的实用新型专利…, (四) 垄断…, each "民事和行政上诉案件": two "不再规定" and three "新增规定"
    were wrong in the fifty-third and fifty-fourth readings (the cases are still heard, now grouped by subject). One note
    quotes both lists; old (四) → new second paragraph's (一) keeps its own note."""
    notes = _messages(_old(ip_court, "第二条"))
    regrouped = [m for m in notes if "重新分项为" in m]
    assert len(regrouped) == 1 and regrouped[0].startswith("改写：“（一）不服高级人民法院") and "“（四）垄断民事和行政上诉案件”" in regrouped[0]
    assert not [m for m in notes if m.startswith(("不再规定：“（一）", "不再规定：“（三）", "删除或改写：“（一）",
                                                  "删除或改写：“（三）", "新增规定：“（二）", "新增规定：“（三）",
                                                  "新增规定：“（四）"))]
    assert [m for m in notes if "“（四）全国范围内重大、复杂的本条第一、二、三项所称第一审民事和行政案件”改为" in m]


emergencies = _law("突发事件应对法", "2007-08-30", "2024-06-28")
accounting = _law("会计法", "2017-11-04", "2024-06-28")


def test_an_edit_outside_the_sentences_said_whole_is_said_whatever_words_they_share(civil, emergencies, accounting):
    """民事诉讼法 第一百一十五条 put "国家利益、社会公共利益或者" into its first paragraph and a second paragraph that says them
    too: the edit was read as said by "新增规定：“当事人单方捏造…”" and the widened scope said by no note (missed in the
    fifty-fourth reading). So were 突发事件应对法 第五十二条 → 第七十六条's "及其有关部门" (the power to requisition, now of
    departments too) and 会计法 第二十条's "会计报告"."""
    # (said with what the interests put in are an alternative to since the eighty-sixth reading, to the end of the
    # term since readings 1773 and on)
    assert "表述修改：“他人合法权益”改为“国家利益、社会公共利益或者他人合法权益”" in _messages(_old(civil, "第一百一十五条"))
    # (counted in the article since reading 414: the third is in the sentence put in beside them, counted_in_the_texts)
    assert "表述修改：新增“及其有关部门”（共3处）" in _messages(_old(emergencies, "第五十二条"))
    # (the new words whole since the ninety-second reading: 财务会计报告, test_read_eightysixth)
    assert [m for m in _messages(_old(accounting, "第二十条")) if "“会计报表、会计报表附注和财务情况说明书”改为“财务会计报告”" in m]


def test_a_sentence_that_takes_a_long_run_of_an_old_one_is_its_rewrite_quoted_with_what_it_adds(payments):
    """保障中小企业款项支付条例 第十九条 → 第二十六条: "对拒绝或者迟延支付中小企业款项的机关、事业单位，应当在公务消费、办公用房、
    经费安排等方面采取必要的限制措施" is "…；对机关、事业单位在公务消费…采取必要的限制措施，对大型企业在…予以限制": "新增规定"
    beside an edit note of the same words was wrong in the fifty-fourth reading. One rewrite, its new side quoting what
    it adds (the large enterprises), not the opening the old sentence held."""
    notes = _messages(_old(payments, "第十九条"))
    rewrite = [m for m in notes if m.startswith("改写：“对拒绝或者迟延支付中小企业款项的机关、事业单位")]
    assert len(rewrite) == 1 and "对大型企业在财政资金支持" in rewrite[0]
    assert not [m for m in notes if m.startswith(("新增规定：“对机关、事业单位", "表述修改：删除“对拒绝或者迟延支付"))]


shanghai = _law("上海市优化营商环境条例", "2020-04-10", "2024-09-27")


def test_the_first_paragraph_rewritten_in_a_provision_that_gained_a_paragraph_is_one_rewrite(shanghai, company):
    """上海市优化营商环境条例 第二十三条 → 第二十四条: the first paragraph ("本市建设全流程一体化在线政务服务平台（以下简称“一网通办”
    平台）…" → "本市加快数字政府建设…深化全流程一体化政务服务平台…建设…") rewritten while a paragraph was put in third: "不再规定"
    beside "新增规定" (wrong in the fifty-fifth reading). 公司法 第一百八十九条's rewrite, found by two rules, is said once."""
    notes = _messages(_old(shanghai, "第二十三条"))
    assert [m for m in notes if m.startswith("改写：“本市建设全流程一体化在线政务服务平台")]
    assert not [m for m in notes if m.startswith(("不再规定：“本市建设全流程", "新增规定：“本市加快数字政府建设", "删除或改写：“本市建设全流程"))]
    assert "改写：“清算组成员应当忠于职守，依法履行清算义务”改为“清算组成员履行清算职责，负有忠实义务和勤勉义务”" in \
        _messages(_old(company, "第一百八十九条"))


def test_the_companys_duties_said_without_the_company_is_slight(company):
    """公司法 第五十三条 → 第七十八条: "执行公司职务的行为" → "执行职务的行为" was "表述修改：“公司职务的”改为“职务的”" (useless in the
    fifty-fifth reading)."""
    assert not [m for m in _messages(_old(company, "第五十三条")) if "职务的”" in m]


marine = _law("海洋环境保护法", "2017-11-04", "2023-10-24")


def test_a_duty_said_word_for_word_of_another_subject_elsewhere_moved_there(marine):
    """海洋环境保护法 第六条: "相关排污单位应当依法公开排污信息" is 第九条's "排污者应当依法公开排污信息": "不再规定" was wrong in the
    fifty-fifth reading (相关 and 单位 are no words the new sentence holds, so the words-held search left it)."""
    assert "“相关排污单位应当依法公开排污信息”不再在此规定，现见第九条（主体改为“排污者”）" in _messages(_old(marine, "第六条"))
    assert "“排污者应当依法公开排污信息”由原第六条移入，文字有改动" in _messages(_old(marine, "第四条"))


def test_a_short_name_given_alone_is_no_note(payments):
    """保障中小企业款项支付条例 第十七条 → 第二十四条: "…的部门（以下统称受理投诉部门）应当建立…" only names a body the provision
    already called 受理投诉部门: "表述修改：新增“（以下统称受理投诉部门）”" was useless in the fifty-sixth reading."""
    assert not [m for m in _messages(_old(payments, "第十七条")) if "以下统称受理投诉部门" in m]


def test_a_long_quote_of_two_sentences_keeps_the_short_second_one_whole(invoices):
    """发票管理办法 第十五条: the new side "需要领用发票的单位和个人，…向主管税务机关办理发票领用手续。领用纸质发票的，还应当提供…
    发票专用章的印模" was cut at 80 characters after "领用纸质发票的", hiding that the 印模 is now asked only for paper
    invoices (missed in the fifty-third and fifty-sixth readings): the first sentence is cut, the second kept whole."""
    notes = _messages(_old(invoices, "第十五条"))
    assert [m for m in notes if "……领用纸质发票的，还应当提供按照国务院税务主管部门规定式样制作的发票专用章的印模”" in m]
