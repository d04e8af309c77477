"""What the ninety-third reading (2026-12-02: groups A, B, C, D, E, G, seeds 93101–93105 and 93107, on 18fa974's JSON)
found wrong, useless or less than clear, fixed after it, pinned on the real text."""

from conftest import law_fixture as _law
from conftest import old_pair as _old
from conftest import pair_messages as _messages

company = _law("公司法", "2018-10-26", "2023-12-29")
marine = _law("海洋环境保护法", "2017-11-04", "2023-10-24")
review = _law("行政复议法", "2017-09-01", "2023-09-01")
sports = _law("体育法", "2016-11-07", "2022-06-24")
civil_procedure = _law("民事诉讼法", "2021-12-24", "2023-09-01")
patent_rules = _law("专利法实施细则", "2010-01-09", "2023-12-11")
payments = _law("保障中小企业款项支付条例", "2020-07-05", "2025-03-17")


def test_words_taken_out_into_the_sentence_put_in_beside_its_new_form_are_one_rewrite(company):
    """公司法 第一百三十条 → 第一百零二条: "新增规定：“股份有限公司应当制作股东名册并置备于公司”" was false (the register was kept
    before, by a company issuing registered shares) beside "删除“公司发行记名股票的，应当置备”"; 第一百八十九条 → 第二百三十八条:
    "“公司或者债权人”改为“债权人”" read as no liability to the company, which the sentence put in before it keeps under
    another standard (怠于履行). Both wrong in the ninety-third reading: each old sentence is rewritten into the two."""
    register = _messages(_old(company, "第一百三十条"))
    assert "改写：“公司发行记名股票的，应当置备股东名册，记载下列事项”改为“股份有限公司应当制作股东名册并置备于公司。股东名册应当" \
           "记载下列事项”" in register, register
    assert not [n for n in register if n.startswith("新增规定：“股份有限公司应当制作股东名册") or "删除“公司发行" in n], register
    liquidators = _messages(_old(company, "第一百八十九条"))
    assert "改写：“清算组成员因故意或者重大过失给公司或者债权人造成损失的，应当承担赔偿责任”改为“清算组成员怠于履行清算职责，" \
           "给公司造成损失的，应当承担赔偿责任；因故意或者重大过失给债权人造成损失的，应当承担赔偿责任”" in liquidators, liquidators
    assert "表述修改：“公司或者债权人”改为“债权人”" not in liquidators, liquidators


def test_the_rewrite_beside_says_the_words_its_quote_shows(marine):
    """海洋环境保护法 第六十八条 → 第八十四条: the shipper's new duty put in before the old sentence (which lost "交付船舶装运") is
    its rewrite; "“所装”改为“所交付”" (useless in the ninety-third reading: a fragment) is in its quote. 第三十条's radioactive
    waste water: the ban on high- and medium-level only, now on all that pollutes, one rewrite."""
    cargo = _messages(_old(marine, "第六十八条"))
    assert cargo == ["改写：“交付船舶装运污染危害性货物的单证、包装、标志、数量限制等，必须符合对所装货物的有关规定”改为“交付船舶"
                     "载运污染危害性货物的，托运人应当将货物的正式名称、污染危害性以及应当采取的防护措施如实告知承运人。污染危害性货物"
                     "的单证、包装、标志、数量限制等，应当符合对所交付货物的有关规定”"], cargo
    notes = [n for p in marine.pairs for n in _messages(p)]
    assert "改写：“禁止向海域排放油类、酸液、碱液、剧毒废液和高、中水平放射性废水”改为“禁止向海域排放油类、酸液、碱液、剧毒废液。" \
           "禁止向海域排放污染海洋环境、破坏海洋生态的放射性废水”" in notes


def test_an_edit_that_puts_words_in_beside_a_new_rule_stays_a_rewording(sports, marine, review):
    """Words replaced, not only taken out, beside a sentence put in that shares a word with them are a rewording beside a new
    rule: 体育法 "“社会体育活动”改为“全民健身活动”" beside "新增规定：“社会体育指导员管理办法由国务院体育行政部门规定”";
    海洋环境保护法 "“岸滩”改为“沿海陆域”" beside the new ban on beaches. Words taken out that the sentence put in holds whole keep
    their short note (行政复议法 第十一条, the forty-eighth reading's)."""
    notes = [n for p in sports.pairs for n in _messages(p)]
    assert "表述修改：“社会体育活动”改为“全民健身活动”" in notes
    assert "新增规定：“社会体育指导员管理办法由国务院体育行政部门规定”" in notes
    marine_notes = [n for p in marine.pairs for n in _messages(p)]
    assert "表述修改：“岸滩”改为“沿海陆域”" in marine_notes
    assert "改写：“也可以口头申请”改为“书面申请有困难的，也可以口头申请”" in _messages(_old(review, "第十一条"))


def test_a_rule_made_an_item_is_quoted_with_the_lists_lead_in(civil_procedure):
    """民事诉讼法 第二百七十三条 → 第二百七十九条（三）: the rule on joint-venture contracts, now an item of the list "下列民事案件，由
    人民法院专属管辖：", was quoted as the bare item, which read as the jurisdiction rule dropped (the ninety-third reading). The
    lead-in is quoted before it, "……" for the items between; the item is not clipped for it."""
    notes = _messages(_old(civil_procedure, "第二百七十三条"))
    assert notes[1] == ("表述修改：“因在中华人民共和国履行中外合资经营企业合同、中外合作经营企业合同、中外合作勘探开发自然资源合同发生"
                        "纠纷提起的诉讼，由中华人民共和国人民法院管辖”改为“下列民事案件，由人民法院专属管辖：……（三）因在中华人民共和国"
                        "领域内履行中外合资经营企业合同、中外合作经营企业合同、中外合作勘探开发自然资源合同发生纠纷提起的诉讼”"), notes


def test_a_quote_a_little_long_keeps_what_the_rule_allows(company, patent_rules):
    """公司法 第二百三十三条: "新增规定：“公司因本法第二百二十九条第一款第四项的规定而解散的，作出吊销营业执照、责令关闭或者撤销决定的部门
    或者公司登记机关……”" stopped before what those bodies may do (useless in the ninety-third reading): its phrase of
    吊销/责令/撤销 counted as a sanction, the permission left out. A sentence a little over the limit is quoted whole when the
    cut would leave out its every duty or permission; a longer one keeps its cut (a phrase swapped in ran over the limit)."""
    notes = [n for p in company.pairs for n in _messages(p)]
    assert "新增规定：“公司因本法第二百二十九条第一款第四项的规定而解散的，作出吊销营业执照、责令关闭或者撤销决定的部门或者公司登记" \
           "机关，可以申请人民法院指定有关人员组成清算组进行清算”" in notes
    patents = [n for p in patent_rules.pairs for n in _messages(p)]
    # (since session 65 the old quote takes in, within its 80 characters, the phrases the new sentence holds little of,
    # "在专利权有效期限内，实施发明创造专利后", whole: tests/test_read_one_thousand_two_hundred_ninety_second.py)
    # (and since reading 1506 a phrase the other sentence does not hold comes in up to 32 characters over the limit: "或者
    # 参照上述比例", the old rule's other measure, gone too)
    assert "改写：“被授予专利权的单位未与发明人、设计人约定也未在其依法制定的规章制度中规定专利法第十六条规定的报酬的方式和数额的，" \
           "在专利权有效期限内，实施发明创造专利后……或者参照上述比例……”改为“……应当依照《中华人民共和国促进科技成果转化法》的规定，" \
           "给予发明人或者设计人合理的报酬”" in patents



def test_a_sentence_the_same_but_for_one_phrase_says_the_phrase(payments, marine, review):
    """保障中小企业款项支付条例 第四条 → 第五条: "县级以上地方人民政府负责本行政区域内机关、事业单位和大型企业及时支付中小企业款项的管理
    工作" → "…保障中小企业款项支付的管理工作" was "改写" quoting both sentences whole (useless in the ninety-third reading): the
    phrase changed, in whole words. Also 海洋环境保护法's damages claim and 行政复议法's successor."""
    notes = _messages(_old(payments, "第四条"))
    assert "表述修改：“机关、事业单位和大型企业及时支付中小企业款项”改为“保障中小企业款项支付”" in notes, notes
    assert not [n for n in notes if n.startswith("改写：“县级以上地方人民政府")], notes
    # (with the 对 that opens both: since reading 206 the diff keeps the sentence that follows whole, the phrase is read
    # from its sentence's start)
    assert "表述修改：“对破坏海洋生态、海洋水产资源、海洋保护区”改为“对污染海洋环境、破坏海洋生态”" in [
        n for p in marine.pairs for n in _messages(p)]
    assert "表述修改：“承受其权利的法人或者其他组织”改为“其权利义务承受人”" in [n for p in review.pairs for n in _messages(p)]


def test_a_sentence_cut_down_with_one_word_of_its_own_is_its_rewrite(review):
    """行政复议法 第七条 → 第十三条: "前款所列规定不含国务院部、委员会规章和地方人民政府规章" → "前款所列规范性文件不含规章" (its 规定
    now 规范性文件, as everywhere in the article) was "不再规定" beside "新增规定" (wrong in the English reading 97): the new
    sentence is the old one cut down, one word of its own."""
    notes = _messages(_old(review, "第七条"))
    assert "改写：“前款所列规定不含国务院部、委员会规章和地方人民政府规章”改为“前款所列规范性文件不含规章”" in notes, notes
    assert not [n for n in notes if n.startswith(("不再规定：“前款所列", "新增规定：“前款所列", "删除或改写：“前款所列"))], notes
    # (the article's 规定 → 规范性文件 still said with its count: the rewrite says only the place in its own sentences)
    # (6 since reading 266: the two places other notes show counted too)
    assert "表述修改：“规定”改为“规范性文件”（共6处）" in notes, notes


def test_a_deleted_duty_only_to_guide_another_bodys_work_weighs_as_no_duty(patent_rules):
    """专利法实施细则 第八十条 "国务院专利行政部门应当对管理专利工作的部门处理专利侵权纠纷、查处假冒专利行为、调解专利纠纷进行业务指导",
    deleted, was the eighth headline: trivial beside the new 开放许可 articles to two readers (93 and 98). A duty only to guide
    weighs as a provision without a duty, as a duty to follow principles does."""
    from policydiff.render.ranking import ranked_headlines

    texts = [h.text for h in ranked_headlines(patent_rules)]
    assert not [t for t in texts[:8] if t.startswith("第八十条")], texts[:8]
    assert [t for t in texts if t.startswith("第八十条（") and t.endswith("已删除或改写")], texts


def test_new_provisions_bound_by_a_term_the_old_version_never_used_are_one_headline(company, patent_rules):
    """专利法实施细则 2023's 第八十五条至第八十八条 all use 开放许可, which the 2010 text never did: four "新增第X条" lines ranked
    seventeenth to twentieth, the open licence missed beside a deleted guidance duty in the eighth place (readings 93 and
    98). One line, ranked as a chapter put in; 公司法 2023's class shares likewise (ranked 59th to 61st). In English too."""
    from policydiff.render.ranking import ranked_headlines

    texts = [h.text for h in ranked_headlines(patent_rules)]
    assert "新增第八十五条至第八十八条（“开放许可”，共4条）" in texts[:8], texts[:8]
    assert not [t for t in texts if t.startswith(("新增第八十五条（", "新增第八十六条（", "新增第八十七条（", "新增第八十八条（"))]
    assert "New: Articles 85–88 (“开放许可”, 4 articles)" in [h.text for h in ranked_headlines(patent_rules, "en")][:8]
    company_texts = [h.text for h in ranked_headlines(company)]
    assert "新增第一百四十四条至第一百四十六条（“类别股”，共3条）" in company_texts[:15], company_texts[:15]


def test_a_sentence_put_in_that_holds_an_old_item_whole_is_its_rewrite(company):
    """公司法 第八十六条 → 第一百五十四条: "新增规定：“公司设立时发行股份的，还应当载明发起人认购的股份数”" (wrong in the English
    reading 100): old item "（一）发起人认购的股份数" stands word for word in it and nowhere else in the new text."""
    notes = _messages(_old(company, "第八十六条"))
    assert "改写：“（一）发起人认购的股份数”改为“公司设立时发行股份的，还应当载明发起人认购的股份数”" in notes, notes
    assert "新增规定：“公司设立时发行股份的，还应当载明发起人认购的股份数”" not in notes


def test_a_principle_over_a_comma_is_no_duty(sports):
    """体育法 第十条 (国家提倡公民参加社会体育活动…；社会体育活动应当坚持业余、自愿、小型多样，遵循因地制宜和科学文明的原则), deleted,
    was the seventh headline as a deleted duty (its rule restated in 第十六、十七条: wrong in readings 93 to 99). Its 应当 is a
    principle's, over a comma: it weighs as a provision without a duty, out of the top eight."""
    from policydiff.render.ranking import ranked_headlines

    texts = [h.text for h in ranked_headlines(sports)]
    assert not [t for t in texts[:8] if t.startswith("第十条（")], texts[:8]
