"""What readings 221–226 (2026-12-03, twelfth session) found wrong, useless or less than clear, fixed, pinned on the real
text."""

from conftest import law_fixture as _law
from conftest import new_pair, old_pair, pair_messages

review = _law("行政复议法", "2017-09-01", "2023-09-01")
marine = _law("海洋环境保护法", "2017-11-04", "2023-10-24")
accounting = _law("会计法", "2017-11-04", "2024-06-28")
shanghai = _law("上海市优化营商环境条例", "2020-04-10", "2024-09-27")


def test_a_moves_brackets_do_not_show_one_short_edit_beside_a_long_one(review):
    """行政复议法 第二十八条（四） → 第七十条: the sentence moved, and beside the citation (第二十三条 → 第四十八条、第五十四条) it
    now gives the review body three more decisions and an exception for a third party's evidence. "文字有改动（“第二十三条”
    改为“第四十八条、第五十四条”）" read as the citation all that changed (wrong in reading 221): a move whose other edit is too
    long to say in brackets says none; the new sentence, less than half of it the old one's, came in largely rewritten."""
    notes = pair_messages(new_pair(review, "第七十条"))
    moved_in = [n for n in notes if "由原第二十八条移入" in n]
    assert moved_in and all(n.endswith("由原第二十八条移入，并作较大修改") for n in moved_in), notes


def test_a_deleted_provisions_note_does_not_quote_the_sentence_whose_move_is_said(marine):
    """海洋环境保护法 第四十八条 (deleted): "删除原第四十八条（关于“海洋工程建设项目的环境保护设施，必须与主体工程同时设计…”的
    规定），部分内容现见第六十二条" beside "“海洋工程建设项目的环境保护设施…”移至现第六十二条，文字有改动" said the sentence twice
    (useless in reading 225). Each sentence's move stays; the deletion says where the rest went, and the headline keeps
    "大部分内容现见第六十二条". Since reading 1350 the deletion is named by the sentence no move says, "拆除或者闲置环境保护设施，
    必须事先征得海洋行政主管部门的同意"."""
    from policydiff.render.ranking import ranked_headlines

    notes = pair_messages(old_pair(marine, "第四十八条"))
    assert "原第四十八条（关于“拆除或者闲置环境保护设施，必须事先征得海洋行政主管部门的同意”的规定）已删除或改写，另有部分内容现见第六十二条" \
        in notes, notes
    assert sum(n.startswith("“海洋工程建设项目的环境保护设施，必须与主体工程同时设计") and "移至现第六十二条" in n
               for n in notes) == 1, notes
    assert sum("移至现第六十二条" in n for n in notes) == 2, notes
    english = [f.message_en for f in old_pair(marine, "第四十八条").findings]
    assert "former Article 48 (it governed “拆除或者闲置环境保护设施，必须事先征得海洋行政主管部门的同意”) deleted or rewritten; another " \
        "part of it is now in Article 62" in english, english
    lines = [h.text for h in ranked_headlines(marine)]
    assert "第四十八条（海洋工程建设项目的环境保护设施…）删除，大部分内容现见第六十二条" in lines


def test_a_clause_after_a_semicolon_is_quoted_with_the_body_it_shares(marine):
    """海洋环境保护法 第六条 → 第八条: the duty to publish marine information moved from the environmental and marine
    departments to "各级人民政府及其有关部门", the subject of the new sentence's first clause; the new quote "按照职责分工依法
    公开海洋环境相关信息" hid who (useless in reading 221)."""
    notes = pair_messages(old_pair(marine, "第六条"))
    assert ("改写：“环境保护行政主管部门、海洋行政主管部门和其他行使海洋环境监督管理权的部门，根据职责分工依法公开海洋环境相关信息”"
            "改为“各级人民政府及其有关部门……按照职责分工依法公开海洋环境相关信息”") in notes, notes


def test_words_taken_out_of_the_next_sentences_opening_are_not_part_of_the_rewrite_before(marine):
    """海洋环境保护法 第四十六条 → 第六十四条: one diff hunk ran from the end of the wildlife sentence over the removed
    "严格限制在海岸采挖砂石" into "露天开采海滨砂矿和", the opening of the drilling sentence, which stands as the new third
    paragraph. The note quoted "…海洋水产资源……露天开采海滨砂矿和从岸上打井开采海底矿产资源……" against the new wildlife sentence,
    reading as the drilling rule replaced (wrong in reading 221). The opening taken out is its own edit."""
    notes = pair_messages(old_pair(marine, "第四十六条"))
    edited = [n for n in notes if n.startswith("表述修改：“兴建海岸工程建设项目")]
    assert len(edited) == 1 and edited[0].endswith("；删除“露天开采海滨砂矿和”"), notes
    assert "打井" not in edited[0], notes


def test_a_word_changed_once_that_the_provision_still_says_elsewhere_is_quoted_with_its_phrase(accounting, shanghai):
    """会计法 第十条（五） → （四）: "收入、支出、费用、成本的计算" → "…的增减", while （六） still says "财务成果的计算". "“计算”改为
    “增减”" did not say which (useless in reading 223), because the new items say 增减 four times; a replacement made once
    is widened all the same. An edit the provision makes twice keeps its count (上海 第三十条: "“企业”改为“经营主体”（共2处）")."""
    notes = pair_messages(old_pair(accounting, "第十条"))
    # (with the whole list the words after 的 are of since reading 1851)
    assert "表述修改：“（五）收入、支出、费用、成本的计算”改为“（四）收入、支出、费用、成本的增减”" in notes, notes
    assert "表述修改：“计算”改为“增减”" not in notes, notes
    assert "表述修改：“企业”改为“经营主体”（共2处）；“告知”改为“申报”" in pair_messages(old_pair(shanghai, "第三十条"))


sports = _law("体育法", "2016-11-07", "2022-06-24")


def test_a_paragraph_replaced_in_its_place_is_said_rewritten(marine, sports):
    """海洋环境保护法 第八十九条 → 第一百一十四条: the first paragraph, the polluter's and the third party's liability, is now
    liability "依照《中华人民共和国民法典》等法律的规定", the paragraph after it the same claim for the state. Two "不再规定" and a
    "新增规定" read as the liability dropped (wrong in reading 221); the paragraph is one rewrite. (第三十三条's second
    paragraph is not: its new ban holds the words the first paragraph lost, and stays the first's rewrite, as the
    ninety-third reading asked, tests/test_read_ninetythird.py.) A step word that names a class ("列为考核学生学业成绩的科目") is no step once such a sentence is read as rewritten (体育法 第十八条)."""
    notes = pair_messages(old_pair(marine, "第八十九条"))
    assert not [n for n in notes if n.startswith(("不再规定", "删除或改写"))], notes
    assert ("改写：“造成海洋环境污染损害的责任者，应当排除危害，并赔偿损失”“完全由于第三者的故意或者过失，造成海洋环境污染损害的，"
            "由第三者排除危害，并承担赔偿责任”合并为“对污染海洋环境、破坏海洋生态，造成他人损害的，依照《中华人民共和国民法典》等法律的"
            "规定承担民事责任”") in notes, notes
    school = pair_messages(old_pair(sports, "第十八条"))
    assert ("改写：“学校必须开设体育课，并将体育课列为考核学生学业成绩的科目”改为“学校必须按照国家有关规定开齐开足体育课，确保体育课时"
            "不被占用”") in school, school
    assert not [n for n in school if "考核" in n and not n.startswith("改写")], school


payments = _law("保障中小企业款项支付条例", "2020-07-05", "2025-03-17")


def test_words_put_in_before_a_governing_word_are_quoted_with_what_it_governs(payments):
    """保障中小企业款项支付条例 第十二条 → 第十三条: deposits are settled "依法或者按照合同约定", not only "按照合同约定". "“按照”改为
    “依法或者按照”" stopped before what 按照 governs (useless in the English reading 238)."""
    notes = pair_messages(old_pair(payments, "第十二条"))
    assert "表述修改：“按照合同约定”改为“依法或者按照合同约定”" in notes, notes
    assert "表述修改：“按照”改为“依法或者按照”" not in notes, notes


def test_a_graver_case_is_said_with_the_sentence_it_follows(marine):
    """海洋环境保护法 第八十一条 → 第一百零二条: "新增规定：“情节严重的，报经有批准权的人民政府批准，责令关闭”" said alone a closure
    the old article already ordered, without the breach it is the graver case of (useless in reading 234); it is quoted
    after that sentence. 第七十七条 → 第九十九条's "拒不改正的，可以责令停产整治" likewise."""
    notes = pair_messages(old_pair(marine, "第八十一条"))
    assert not [n for n in notes if n.startswith("新增规定：“情节严重的")], notes
    assert [n for n in notes if n.startswith("新增规定：“违反生态环境准入清单进行生产建设活动的")
            and n.endswith("；情节严重的，报经有批准权的人民政府批准，责令关闭”")], notes
    outlets = pair_messages(old_pair(marine, "第七十七条"))
    assert "新增规定：“拒不改正的，可以责令停产整治”" not in outlets, outlets
    assert [n for n in outlets if n.endswith("处二万元以上十万元以下的罚款；拒不改正的，可以责令停产整治”")], outlets


def test_a_lead_in_whose_decisions_went_to_provisions_of_their_own_is_said_there(review):
    """行政复议法 第二十八条（三）, "具体行政行为有下列情形之一的，决定撤销、变更或者确认该具体行政行为违法", its grounds now
    第六十四条's: the new law gives each decision a provision, 变更 第六十三条, 撤销 第六十四条, 确认违法 第六十五条. "不再规定" was
    wrong in readings 211, 221 and 242; the two provisions beside the list's say they came from 第二十八条. Each took one
    decision, with grounds of its own: "并作较大修改", both sides (第六十五条's "…不撤销该行政行为，但是确认该行政行为违法"
    "文字有改动" was wrong in reading 255)."""
    notes = pair_messages(old_pair(review, "第二十八条"))
    assert ("“（三）具体行政行为有下列情形之一的，决定撤销、变更或者确认该具体行政行为违法”不再在此规定，现见第六十三条、第六十四条、"
            "第六十五条（有较大修改）") in notes, notes
    assert not [n for n in notes if n.startswith(("不再规定：“（三）", "删除或改写：“（三）"))], notes
    for label in ("第六十三条", "第六十五条"):
        assert [n for n in pair_messages(new_pair(review, label)) if n.endswith("由原第二十八条移入，并作较大修改")], label


company = _law("公司法", "2018-10-26", "2023-12-29")


def test_a_duty_to_register_a_thing_is_found_in_the_list_of_matters_registered(company):
    """公司法 第三十二条 → 第五十六条: "公司应当将股东的姓名或者名称向公司登记机关登记" is the new 第三十二条's registered item "（六）
    有限责任公司股东、股份有限公司发起人的姓名或者名称" ("公司登记事项包括："). "不再规定" was wrong in reading 241."""
    notes = pair_messages(old_pair(company, "第三十二条"))
    assert "“公司应当将股东的姓名或者名称向公司登记机关登记”不再在此规定，现见第三十二条（有较大修改）" in notes, notes
    assert not [n for n in notes if n.startswith(("不再规定：“公司应当将股东的姓名", "删除或改写：“公司应当将股东的姓名"))], notes


def test_an_opening_reworded_among_other_edits_is_the_same_opening(marine):
    """海洋环境保护法 第十八条 → 第二十八条: "沿海可能发生重大海洋环境污染事故的单位，应当依照国家的规定，制定污染事故应急计划…"
    is the new last paragraph's "可能发生海洋突发环境事件的单位，应当按照有关规定，制定本单位的应急预案…". 事故 → 事件 among other
    edits of the opening read as another subject, and the plan was "不再规定" beside "新增规定" (wrong in reading 242)."""
    notes = pair_messages(old_pair(marine, "第十八条"))
    assert [n for n in notes if n.startswith("改写：“沿海可能发生重大海洋环境污染事故的单位")
            and "改为“可能发生海洋突发环境事件的单位，应当按照有关规定，制定本单位的应急预案" in n], notes
    assert not [n for n in notes if n.startswith(("不再规定：“沿海可能发生", "新增规定：“可能发生海洋突发环境事件的单位",
                                                  "删除或改写：“沿海可能发生"))], notes
