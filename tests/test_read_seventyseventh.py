"""What the seventy-seventh reading (2026-12-02: groups F, G, H, seeds 77106–77108, on a244407's JSON) and the
seventy-eighth (the English notes of G and H, seeds 78107–78108) found wrong, useless or less than clear, fixed after
them, pinned on the real text."""

from conftest import law_fixture as _law
from conftest import old_pair as _old
from conftest import pair_messages as _messages

injury = _law("最高人民法院关于审理人身损害赔偿案件适用法律若干问题的解释", "2020-12-29", "2022-04-04")


def test_a_term_that_loses_an_alternative_is_changed_not_renamed_in_english(injury):
    """人身损害赔偿解释 第十二条、第十五条、第十八条: "城镇居民人均可支配收入或者农村居民人均纯收入" → "城镇居民人均可支配收入" drops
    the rural standard. "“…” renamed “…”" told an English reader it was a new name for one thing (wrong in the
    seventy-eighth reading, four times); "changed to" says what 改为 says, as the Chinese note does."""
    from policydiff.render.headlines import ranked_headlines

    [note] = [f for f in _old(injury, "第十二条").findings if f.kind.value == "term_renamed"]
    assert note.message == "“城镇居民人均可支配收入或者农村居民人均纯收入”改为“城镇居民人均可支配收入”（全文统一修改，共3条）"
    assert note.message_en == ("“城镇居民人均可支配收入或者农村居民人均纯收入” changed to “城镇居民人均可支配收入” "
                               "(throughout the document, 3 provisions)")
    [line] = [h for h in ranked_headlines(injury, "en") if h.kind == "renamed"]
    assert line.text == "“城镇居民人均可支配收入或者农村居民人均纯收入” changed to “城镇居民人均可支配收入” throughout (3 articles)"
    assert not [h for h in ranked_headlines(injury, "en") if " renamed " in h.text]


civil_procedure = _law("民事诉讼法", "2021-12-24", "2023-09-01")


def test_whose_application_it_is_said_as_the_partys_permission_is_no_duty_weakened(civil_procedure):
    """民事诉讼法 第二百八十七条 → 第二百九十七条: "应当由当事人直接向有管辖权的外国法院申请承认和执行" → "当事人可以直接向有管辖权
    的外国法院申请承认和执行" names the same route (the party applies, to the same court). "“应当”改为“可以”：义务减弱" was useless
    to both readers of the seventy-seventh and seventy-eighth readings, and as the revision's first headline trivial beside
    what the article did change (awards made in China, not by its foreign-related arbitration bodies)."""
    from policydiff.render.headlines import ranked_headlines

    notes = _messages(_old(civil_procedure, "第二百八十七条"))
    assert notes == ["表述修改：“中华人民共和国涉外仲裁机构作出的发生法律效力的仲裁裁决”改为“在中华人民共和国领域内依法作出的发生法律效力的仲裁裁决”"]
    # 第二百九十条 → 第三百零四条: the new courts are the new sentence; nothing said of "应当由" (useless in the fifty-third reading)
    notes = _messages(_old(civil_procedure, "第二百九十条"))
    assert any(n.startswith("新增规定：“被执行人住所地或者其财产不在中华人民共和国领域内的，当事人可以向申请人住所地") for n in notes)
    assert not [n for n in notes if "应当由" in n or "义务" in n], notes
    top = [h.text for h in ranked_headlines(civil_procedure)[:8]]
    assert not [t for t in top if "义务减弱" in t], top
    assert any(t.startswith("第二百八十七条（现第二百九十七条）：表述修改：“中华人民共和国涉外仲裁机构") for t in top), top


def test_same_route_needs_the_rest_of_the_phrase_unchanged():
    """Only the phrase read the other way: an application to another court, or a duty that is no application, stays a
    change of force."""
    from policydiff.findings.modality import same_route

    old = "应当由当事人直接向有管辖权的外国法院申请承认和执行"
    assert same_route(old, "当事人可以直接向有管辖权的外国法院申请承认和执行")
    assert not same_route(old, "当事人可以直接向人民法院申请承认和执行")
    assert not same_route("应当由当事人直接向有管辖权的外国法院缴纳费用", "当事人可以直接向有管辖权的外国法院缴纳费用")


payment = _law("保障中小企业款项支付条例", "2020-07-05", "2025-03-17")


def test_a_new_provision_that_only_declares_policy_ranks_below_new_rules(payment):
    """保障中小企业款项支付条例 new 第四条 ("保障中小企业款项支付工作，应当贯彻落实党和国家的路线方针政策、决策部署，坚持…的原则，
    依法防范和治理拖欠中小企业款项问题") binds no one to anything but policy: its seventh headline, above new 第十五条 and
    第十九条's duties, was trivial to both readers of the seventy-seventh and seventy-eighth readings."""
    from policydiff.render.headlines import ranked_headlines

    top = [h.text for h in ranked_headlines(payment)[:8]]
    assert not [t for t in top if t.startswith("新增第四条")], top
    assert any(t.startswith("新增第十五条") for t in top) and any(t.startswith("新增第十九条") for t in top), top


invoices = _law("发票管理办法", "2019-03-02", "2023-07-20")


def test_one_edit_quoted_in_two_contexts_is_one_note_of_two_places(invoices):
    """发票管理办法 第二十五条 → 第二十四条 puts 纸质 before 发票 twice: "“发票限于”改为“纸质发票限于”" and "“发票的”改为“纸质发票的”"
    were two notes of one edit, the second useless in the seventy-seventh reading."""
    notes = _messages(_old(invoices, "第二十五条"))
    assert "表述修改：“发票”改为“纸质发票”（共2处）" in notes
    assert not [n for n in notes if "发票限于" in n or "“发票的”" in n], notes


def test_a_new_lead_in_that_binds_its_items_anew_is_said(civil_procedure):
    """民事诉讼法 第二百七十三条 → 第二百七十九条: the old rule "…发生纠纷提起的诉讼，由中华人民共和国人民法院管辖" is item (三) of a
    list led in by "下列民事案件，由人民法院专属管辖：". The lead-in went unsaid (a list's lead-in is said by its items), and with it
    the point: the jurisdiction is now exclusive (the seventy-eighth reading). A lead-in that says what the old text said stays
    unsaid (行政复议法 第三十条, test_read_thirtysecond)."""
    notes = _messages(_old(civil_procedure, "第二百七十三条"))
    # (with its new items (一) and (二) since the eighty-sixth reading: test_read_eightysixth)
    assert notes[0].startswith("新增规定：“下列民事案件，由人民法院专属管辖：（一）")


sea = _law("海洋环境保护法", "2017-11-04", "2023-10-24")


def test_a_deleted_provision_opening_on_a_long_universal_condition_is_said_by_its_rule(sea):
    """海洋环境保护法 第二十三条 ("凡具有特殊地理条件、生态系统、生物与非生物资源及海洋开发利用特殊需要的区域，可以建立海洋特别保护区，
    …") was "删除原第二十三条（关于“凡具有特殊地理条件…海洋开发利…”的规定）": cut mid-word, never naming what it set up (useless in
    the seventy-ninth reading). An opening that names who or what the rule is about stays the topic (专利法实施细则 第五十九条)."""
    assert _messages(_old(sea, "第二十三条")) == ["原第二十三条（关于“可以建立海洋特别保护区”的规定）已删除或改写"]


emergency = _law("突发事件应对法", "2007-08-30", "2024-06-28")


def test_an_english_headline_of_a_provision_folded_in_says_what_its_move_changed(emergency):
    """突发事件应对法 第五十四条: "…并入现第七条，文字有改动（新增“故意”）" in Chinese; in English "folded into Article 7 of the new
    version and reworded" left out what the rewording was (the note's "(“故意” (intentionally) added)" holds a gloss in
    brackets, which the headline did not read): trivial without it in the eighty-first reading."""
    from policydiff.render.headlines import ranked_headlines

    [line] = [h.text for h in ranked_headlines(emergency, "en") if h.text.startswith("Article 54 (")]
    assert line.endswith("folded into Article 7 of the new version and reworded (“故意” (intentionally) added; deleted “事态发展或者应急处置工作”)"), line


company = _law("公司法", "2018-10-26", "2023-12-29")


def test_who_a_body_is_made_of_said_anew_is_a_rewrite(company):
    """公司法 第一百八十三条 → 第二百三十二条: "有限责任公司的清算组由股东组成，股份有限公司的清算组由董事或者股东大会确定的人员组成" is
    now "清算组由董事组成，但是公司章程另有规定或者股东会决议另选他人的除外": "不再规定" beside "新增规定" read as the rule gone
    (wrong in the seventy-third reading). One rule of the same body's composition, rewritten."""
    notes = _messages(_old(company, "第一百八十三条"))
    assert ("改写：“有限责任公司的清算组由股东组成，股份有限公司的清算组由董事或者股东大会确定的人员组成”改为“清算组由董事组成，"
            "但是公司章程另有规定或者股东会决议另选他人的除外”") in notes
    assert not [n for n in notes if n.startswith(("不再规定：“有限责任公司的清算组", "新增规定：“清算组由董事组成",
                                                  "删除或改写：“有限责任公司的清算组"))], notes


def test_a_fine_reckoned_as_a_multiple_is_said_with_the_sum_of_its_small_case(sea):
    """海洋环境保护法 new 第九十七条: "处货值金额二倍以上二十倍以下的罚款，货值金额不足十万元的，处二十万元以上二百万元以下的罚款". The
    headline listed "二十万元至二百万元" as one of three fines, the fine of the small case said as the fine (wrong in the
    eighty-second reading, in English); the multiple is the fine, the sum its small case's."""
    from policydiff.render.headlines import ranked_headlines

    [zh] = [h.text for h in ranked_headlines(sea) if h.text.startswith("新增第九十七条")]
    assert zh.endswith("，含每米五百元至一万元、货值金额二倍至二十倍（货值金额不足十万元的，二十万元至二百万元）、五万元至五十万元三项罚款"), zh
    [en] = [h.text for h in ranked_headlines(sea, "en") if h.text.startswith("New Article 97")]
    assert ("including three fines of 500 to 10,000 yuan per metre, 2–20 times the value of the goods (200,000 to 2 million "
            "yuan where that is under 100,000 yuan) and 50,000 to 500,000 yuan") in en, en


review = _law("行政复议法", "2017-09-01", "2023-09-01")


def test_a_lists_catch_all_item_goes_with_its_list(company, review):
    """A list whose lead-in and every item are said gone: its catch-all item said alone is useless (行政复议法 第三条's
    "（七）法律、法规规定的其他职责", the eighty-second reading) or wrong (公司法 第四十九条's "（八）董事会授予的其他职权": the
    manager's powers are now "根据公司章程的规定或者董事会的授权", as the lead-in's note says; the seventy-ninth). The other
    items are said (since the hundred-and-second reading's fixes, as the list no longer enumerated: its items but the
    catch-all)."""
    notes = _messages(_old(company, "第四十九条"))
    assert not [n for n in notes if "（八）董事会授予的其他职权" in n], notes
    assert [n for n in notes if n.startswith("不再列举“经理对董事会负责，行使下列职权”所列8项中的7项：“（一）主持公司的生产经营管理工作")]
    assert any("根据公司章程的规定或者董事会的授权行使职权" in n for n in notes)
    notes = _messages(_old(review, "第三条"))
    assert not [n for n in notes if "（七）法律、法规规定的其他职责" in n], notes
    assert [n for n in notes if n.startswith("不再列举") and "所列7项中的6项：“（一）受理行政复议申请；" in n], notes


def test_an_item_made_a_sentence_that_only_names_who_acts_is_no_rewrite(review):
    """行政复议法 第二十八条 (一) → 第六十八条: "具体行政行为认定事实清楚…内容适当的，决定维持" → "行政行为认定事实清楚…内容适当的，
    行政复议机关决定维持该行政行为": the rename, and who decides and what now named, words the old provision writes. "改写" was
    useless in the eighty-second reading; the rename's note says the change."""
    notes = _messages(_old(review, "第二十八条"))
    assert not [n for n in notes if n.startswith("改写：“（一）具体行政行为认定事实清楚")], notes
    assert any(n.startswith("“具体行政行为”改为“行政行为”") for n in notes)


def test_a_word_said_alike_with_words_put_in_after_it_is_those_words_put_in(company, emergency):
    """公司法 第八十五条 → 第一百条: "认股人按照所认购股数缴纳股款" → "…所认购股份足额缴纳股款" was "“股数”改为“股份足额”", two
    half-words glued (useless in the eighty-second reading): 股数 and 股份 say one thing here, 足额 is what was put in. And
    突发事件应对法 第二十条 → 第三十三条: "按照国家规定及时向社会公布" → "按照国家有关规定接入突发事件信息系统，并及时向社会公布"."""
    assert "表述修改：新增“足额”" in _messages(_old(company, "第八十五条"))
    assert not [n for n in _messages(_old(company, "第八十五条")) if "股份足额" in n]
    assert "表述修改：新增“接入突发事件信息系统”" in _messages(_old(emergency, "第二十条"))


shanghai = _law("上海市优化营商环境条例", "2020-04-10", "2024-09-27")


def test_words_put_in_around_old_words_are_said_put_in(shanghai, civil_procedure):
    """上海市优化营商环境条例 第五十五条 → 第六十一条: "对直接涉及公共安全…" → "规范重点监管程序，对食品、药品、建筑工程、交通、应急等直接
    涉及公共安全…" was "“对直接”改为“规范重点监管程序，对食品…等直接”", a quote of two half-phrases (useless in the eighty-fourth
    reading): two insertions. Words that run on into the old ones stay one edit (民事诉讼法's "书记员" list is set apart by
    its marks; 公司法's "“担保”改为“向他人提供担保”" is not)."""
    notes = _messages(_old(shanghai, "第五十五条"))
    assert "表述修改：新增“规范重点监管程序”；新增“食品、药品、建筑工程、交通、应急等”" in notes
    # (two members put in one list a member apart are the list's phrase whole since reading 2012: "新增“法官助理”；新增
    # “司法技术人员”" did not say into what)
    assert "表述修改：“适用于书记员、翻译人员、鉴定人、勘验人”改为“适用于法官助理、书记员、司法技术人员、翻译人员、鉴定人、勘验人”" \
        in _messages(_old(civil_procedure, "第四十七条"))


def test_words_that_run_on_into_the_old_ones_stay_one_edit(company):
    assert "表述修改：“担保”改为“向他人提供担保”" in _messages(_old(company, "第一百二十一条"))
