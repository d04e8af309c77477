"""Errors the fifty-fifth reading (2026-12-02, seeds 55101–55105 at 6c0b09f, the five groups read forty times) found
that the fixes of its own session left, fixed in the session after it, each pinned on the real text: rules that left
one provision for another said "删除" or "不再规定", and one move said by two summary lines."""

from conftest import law_fixture as _law
from conftest import old_pair as _old
from conftest import pair_messages as _messages

company = _law("公司法", "2018-10-26", "2023-12-29")
review = _law("行政复议法", "2017-09-01", "2023-09-01")
sea = _law("海洋环境保护法", "2017-11-04", "2023-10-24")


def test_short_words_taken_out_that_one_other_provision_alone_says_now_moved_there(company):
    """公司法 第一百八十八条 → 第二百三十九条: "删除“公告公司终止”", but 第三十七条, new, says "由公司登记机关公告公司终止" (wrong
    in the fifty-fifth reading: too short, six characters, for the eight looked for). Words the old version said in this
    provision alone and the new version in one other alone moved there; the same of 第五条's "承担社会责任", now 第二十条's."""
    assert "“公告公司终止”不再在此规定，现见第三十七条" in _messages(_old(company, "第一百八十八条"))
    assert "“承担社会责任”不再在此规定，现见第二十条" in _messages(_old(company, "第五条"))
    # (words the old version said in another provision too are no move: "注册资本实缴" of 第八十条 was also 第二十六条's, the
    # new 第四十七条's)
    assert "表述修改：删除“注册资本实缴”" in _messages(_old(company, "第八十条"))


def test_a_sentence_whose_clause_one_provision_alone_says_word_for_word_went_there(company, review, sea):
    """公司法 第一百四十八条's item (四), "违反公司章程的规定或者未经股东会、股东大会同意，与本公司订立合同或者进行交易", is
    第一百八十二条's rule of related dealings now ("…直接或者间接与本公司订立合同或者进行交易，应当…报告，并…经董事会或者股东会
    决议通过"); it was "不再规定" (wrong in the fifty-fifth reading). A clause of twelve characters or more that one provision
    alone says in the new version, and no other said in the old, anchors the move; 行政复议法 第二十八条's procedure ("…经行政
    复议机关的负责人同意或者集体讨论通过后") is 第六十一条's the same way. An offence a penalty names is no rule moved:
    海洋环境保护法 第六十四条's "载运具有污染危害性货物的船舶…" is not in 第一百一十二条 now."""
    # ("（有较大修改）" since reading 169: tests/test_read_hundred_sixty_ninth.py)
    assert ("“（四）违反公司章程的规定或者未经股东会、股东大会同意，与本公司订立合同或者进行交易”不再在此规定，现见第一百八十二条"
            "（有较大修改）") in _messages(_old(company, "第一百四十八条"))
    assert [m for m in _messages(_old(review, "第二十八条"))
            if m.startswith("“行政复议机关负责法制工作的机构应当对被申请人作出的具体行政行为进行审查") and m.endswith("现见第六十一条（文字有改动）")]
    notes = _messages(_old(sea, "第六十四条"))
    assert not [m for m in notes if "第一百一十二条" in m]
    # (named since reading 1384 by what is left of it: its heading is its first sentence, the one now in 第八十条)
    assert [m for m in notes if m.startswith("原第六十四条（关于“载运具有污染危害性货物的船舶”的规定）已删除或改写")
            and m.endswith("部分内容现见第八十条")]


payments = _law("保障中小企业款项支付条例", "2020-07-05", "2025-03-17")


def test_words_taken_out_are_not_said_by_a_sentence_put_in(payments, company):
    """保障中小企业款项支付条例 第十四条 → 第十六条: "中小企业以应收账款担保融资的" is now "中小企业以应收账款融资的" (any
    financing on receivables, not only secured), said by no note: the new first paragraph's "为担保品的融资" held the
    words, so its "新增规定" read as saying them (missed in the fifty-third and fifty-fourth readings). A note that says a
    sentence put in says no words taken out; 公司法 第一百零二条's "对前两款通知" → "对通知" the same."""
    assert "表述修改：“担保融资的”改为“融资的”" in _messages(_old(payments, "第十四条"))
    # (with the ban before it since reading 1970: "对" is a word of its own after it)
    assert "表述修改：“不得对前两款通知”改为“不得对通知”" in _messages(_old(company, "第一百零二条"))


def test_what_the_law_provides_said_with_or_without_youguan_is_no_change(sea):
    """"违反本法有关规定" → "违反本法规定" (海洋环境保护法 第七十三条 → 第九十三条) says the same: no note."""
    assert not [m for m in _messages(_old(sea, "第七十三条")) if "“本法有关规定”改为“本法规定”" in m]


def test_a_moved_sentence_that_states_plainly_what_it_permitted_says_so(payments):
    """保障中小企业款项支付条例 第十七条 → 第二十六条: "情节严重的，受理投诉部门可以依法依规将其失信信息纳入全国信用信息共享
    平台…" is now "情节严重或者造成严重不良社会影响的，将相关信息纳入全国信用信息共享平台…": what the department might do is
    done. "移至现第二十六条，文字有改动" alone hid it (the fifty-third and fifty-fourth readings); the move says it, on both
    sides."""
    # (since reading 178, "，并作较大修改": the listing now needs a finding of bad faith and a serious case, and "（删除“可以”）"
    # alone read as all that changed; tests/test_read_hundred_sixty_ninth.py)
    moved = [m for m in _messages(_old(payments, "第十七条")) if "移至现第二十六条" in m]
    assert moved and moved[0].endswith("，并作较大修改")
    came = [m for m in _messages(_old(payments, "第十九条")) if "由原第十七条移入" in m]
    assert came and came[0].endswith("，并作较大修改")


def test_a_phrase_that_went_with_a_moved_sentence_by_words_the_sentence_says_anyway_did_not(company):
    """公司法 第八十三条 → 第九十七条: "…发起人应当书面认足公司章程规定其认购的股份，并按照公司章程规定缴纳出资" was quoted whole as
    moved, but 第九十七条 says nothing of paying (第九十八条 does, otherwise: quote wrong in the fifty-fifth reading). The
    phrase went along by 公司章程 and 规定, words its sentence's other phrase says; by its own words (按照, 缴纳, 出资) it did
    not. The sentence is said once, by its part that moved."""
    notes = _messages(_old(company, "第八十三条"))
    assert "“以发起设立方式设立股份有限公司的，发起人应当书面认足公司章程规定其认购的股份”移至现第九十七条，文字有改动" in notes
    assert not [m for m in notes if "并按照公司章程规定缴纳出资" in m and "第九十七条" in m]


def test_an_item_is_read_with_its_lists_lead_in_and_duties_of_one_subject_apart(company, review):
    """公司法 第一百四十七条's "董事、监事、高级管理人员不得利用职权收受贿赂或者其他非法收入，不得侵占公司的财产" is 第一百八十一条's
    items (三) "利用职权贿赂或者收受其他非法收入" and (一) "侵占公司财产…" under "董事、监事、高级管理人员不得有下列行为": it was
    "不再规定" there and "新增规定" here (wrong in the fifty-fifth reading). An item is read with its lead-in's words, and
    a sentence of duties of one subject as its duties apart; 行政复议法 第十五条's item (一) is 第二十四条's (三) the same
    way ("县级以上地方各级人民政府管辖…对本级人民政府依法设立的派出机关作出的行政行为不服的")."""
    assert ("“董事、监事、高级管理人员不得利用职权收受贿赂或者其他非法收入，不得侵占公司的财产”不再在此规定，现见第一百八十一条"
            "（文字有改动）") in _messages(_old(company, "第一百四十七条"))
    assert "“（三）利用职权贿赂或者收受其他非法收入”由原第一百四十七条移入，文字有改动" in _messages(_old(company, "第一百四十八条"))
    assert [m for m in _messages(_old(review, "第十五条"))
            if m.startswith("“（一）对县级以上地方人民政府依法设立的派出机关的具体行政行为不服的") and m.endswith("现见第二十四条（文字有改动）")]
