"""Errors the fifty-ninth and sixtieth readings (2026-12-02, seeds 59101–59105 at 6a2b161 and 60101–60104 at 15c3883)
found, fixed after them, each pinned on the real text."""

from conftest import law_fixture as _law
from conftest import old_pair as _old
from conftest import pair_messages as _messages

company = _law("公司法", "2018-10-26", "2023-12-29")


def test_a_list_said_in_another_order_with_one_member_replaced_is_that_member_replaced(company):
    """公司法 第二十五条 → 第四十六条: item (五) "股东的出资方式、出资额和出资时间" → "股东的出资额、出资方式和出资日期" was quoted
    whole, as if the item were rewritten (useless in the fifty-ninth reading): the order is form, the member replaced is
    the change."""
    notes = _messages(_old(company, "第二十五条"))
    assert "表述修改：“出资时间”改为“出资日期”" in notes
    assert not [m for m in notes if "出资方式、出资额" in m]


def test_a_list_replaced_in_the_same_order_is_no_reordering():
    """The reordering rule reads a list whose kept members changed places, nothing else: the same order with one member
    replaced, or the same members with another joiner (和 → 或者 can change the rule), are said as the diff made them."""
    from policydiff.findings.edits import _describe

    assert _describe("甲方、乙方和丙方", "甲方、乙方和丁方")[0] == "“甲方、乙方和丙方”改为“甲方、乙方和丁方”"
    assert _describe("出资方式、出资额和出资时间", "出资额、出资方式或者出资日期")[0].startswith("“出资方式")


sea = _law("海洋环境保护法", "2017-11-04", "2023-10-24")
sports = _law("体育法", "2016-11-07", "2022-06-24")


def test_criminal_liability_now_given_once_for_every_breach_is_no_rule_gone(sea, sports):
    """海洋环境保护法 第九十条 → 第一百一十五条: "对严重污染海洋环境、破坏海洋生态，构成犯罪的，依法追究刑事责任" was "不再规定" (wrong
    in the sixtieth reading): 第一百一十九条 now says "违反本法规定，…构成犯罪的，依法追究刑事责任" for the whole law. The same in
    体育法 第四十九条 → 第一百一十二条 (贿赂、诈骗、组织赌博 → 第一百一十九条)."""
    notes = _messages(_old(sea, "第九十条"))
    assert "“对严重污染海洋环境、破坏海洋生态，构成犯罪的，依法追究刑事责任”不再在此规定，现由第一百一十九条统一规定" in notes
    assert not [m for m in notes if m.startswith(("不再规定", "删除或改写")) and "刑事责任" in m]
    assert [m for m in _messages(_old(sports, "第四十九条")) if m.endswith("现由第一百一十九条统一规定")]


roads = _law("道路运输条例", "2019-03-02", "2022-03-29")


def test_the_name_another_body_goes_by_now_ranks_below_duties_rewritten(roads):
    """道路运输条例 2019 → 2022: "“交通主管部门”统一改为“交通运输主管部门”（共10条）" and "“工商行政管理机关”统一改为“市场监督管理部门”
    （共3条）" were the fifth and sixth headlines, above 第十条's new jurisdiction and 第四十九条's filing for international
    freight (useless in the sixtieth reading). The top rename (道路运输管理机构, 33 articles: who licenses) stays first."""
    from policydiff.render.ranking import ranked_headlines

    texts = [h.text for h in ranked_headlines(roads)]
    assert texts[0].startswith("“道路运输管理机构”改为")

    def at(opening):
        return next(k for k, t in enumerate(texts) if t.startswith(opening))

    # (第四十九条's line says the filing as a business moved from approval to filing since the sixty-sixth reading)
    assert at("第十条：改写：") < at("“交通主管部门”") and at("第四十九条：改为备案") < at("“工商行政管理机关”")


def test_a_rename_made_where_a_word_before_the_name_was_taken_out_counts_and_says_the_word(sports):
    """体育法 第三十四条 → 第五十二条: "在中国境内举办的重大体育竞赛" → "在中国境内举办的体育赛事" makes the rename of 体育竞赛 and takes
    out 重大 (all events protected now, not the major ones): "“体育竞赛”统一改为“体育赛事”（共3条）" counted short (the sixtieth
    reading counted more), and the pair said "“重大体育竞赛”改为“体育赛事”", the rename again with the word hidden in it."""
    notes = _messages(_old(sports, "第三十四条"))
    assert "表述修改：删除“重大”" in notes
    # (5 since: 第三十一条's "体育赛事活动" counts, one use renamed in place, as the sixty-seventh reading's reader counted)
    assert "“体育竞赛”改为“体育赛事”（全文统一修改，共5条）" in notes
    assert not [m for m in notes if "“重大体育竞赛”" in m]


review = _law("行政复议法", "2017-09-01", "2023-09-01")


def test_a_long_rule_is_quoted_with_what_it_does_not_its_condition(review):
    """行政复议法 第二十九条 → 第七十二条: "新增规定：“申请人在申请行政复议时一并提出行政赔偿请求，行政复议机关对依照…的有关规定应当
    不予赔偿的……”" stopped at the condition (its 应当 read as the duty), before "应当同时决定驳回行政赔偿请求", what the rule
    does (useless in the sixtieth reading)."""
    from conftest import new_pair

    notes = [f.message for f in new_pair(review, "第七十二条").findings if f.message.startswith("新增规定：“申请人在申请")]
    assert notes and notes[0].endswith("应当同时决定驳回行政赔偿请求”")


def test_words_before_an_edit_copied_at_the_end_of_a_sentence_put_in_are_no_words_put_in(company):
    """公司法 第四十三条 → 第六十六条: "股东会会议作出修改公司章程…的决议" → "股东会作出决议，应当经代表过半数表决权的股东通过。
    股东会作出修改公司章程…": the diff put the new sentence after "股东会", leaving "“会议”改为“股东会”" beside the sentence's
    own note (useless in the sixtieth reading). What is left is 股东会会议 written 股东会: no note."""
    notes = _messages(_old(company, "第四十三条"))
    assert "新增规定：“股东会作出决议，应当经代表过半数表决权的股东通过”" in notes
    assert not [m for m in notes if "会议" in m]


def test_a_rule_already_stated_names_the_new_versions_article_as_such(company):
    """公司法 第一百零八条 → 第一百二十条: "“董事会中的职工代表…民主选举产生”不再在此规定（第六十八条已有规定）" named the new
    第六十八条 as an article alone is named, the old version's numbering (the old 第六十八条 is about 国有独资公司's manager:
    wrong in the sixty-first reading). "现第六十八条", as "现见" says."""
    notes = [m for m in _messages(_old(company, "第一百零八条")) if m.startswith("“董事会中的职工代表")]
    assert notes and notes[0].endswith("不再在此规定（现第六十八条已有规定）")


def test_an_edit_quoted_wider_in_one_place_is_one_more_place_of_it(review):
    """行政复议法 第七条 → 第十三条: "“规定”改为“规范性文件”（共3处）" beside "“（三）乡、镇人民政府的规定”改为“（三）乡、镇人民政府的
    规范性文件”", the same edit quoted with its item (the count read as every place: wrong in the sixty-first reading)."""
    notes = _messages(_old(review, "第七条"))
    # (6 since reading 266: the two places other notes show counted too)
    assert "表述修改：“规定”改为“规范性文件”（共6处）" in notes
    assert not [m for m in notes if m.startswith("表述修改：“（三）")]


def test_a_sanction_named_more_closely_says_whether_it_still_waits_for_a_serious_breach(sea):
    """海洋环境保护法 第八十五条 → 第一百零七条: "对情节严重的，可以暂扣或者吊销许可证" → "…责令改正，处以罚款，暂扣或者吊销倾倒许可证":
    "处罚由“暂扣或者吊销许可证”改为“暂扣或者吊销倾倒许可证”" said the same permit changed and missed that it is no longer only
    for a serious breach (useless in the sixty-first reading)."""
    notes = _messages(_old(sea, "第八十五条"))
    assert "处罚“暂扣或者吊销倾倒许可证”不再限于情节严重的情形" in notes
    assert not [m for m in notes if m.startswith("处罚由“暂扣或者吊销许可证”")]


emergencies = _law("突发事件应对法", "2007-08-30", "2024-06-28")


def test_a_move_that_puts_in_a_fault_says_it_and_is_said_once(emergencies):
    """突发事件应对法 第五十四条 → 第七条: "不得编造、传播…的虚假信息" → "不得编造、故意传播…的虚假信息"; the move said only "文字有
    改动" (the headline useless in the sixty-first reading: intent now needed to be liable), and its own line said it again
    beside "第五十四条（…）并入现第七条"."""
    from policydiff.render.ranking import ranked_headlines

    moved = [m for m in _messages(_old(emergencies, "第五十四条")) if "移至现第七条" in m]
    assert moved and moved[0].endswith("文字有改动（新增“故意”；删除“事态发展或者应急处置工作”）")
    texts = [h.text for h in ranked_headlines(emergencies) if h.text.startswith("第五十四条")]
    assert len(texts) == 1 and texts[0].endswith("并入现第七条，文字有改动（新增“故意”；删除“事态发展或者应急处置工作”）")


accounting = _law("会计法", "2017-11-04", "2024-06-28")


def test_a_deleted_provision_that_only_pointed_to_other_rules_ranks_with_the_references(accounting):
    """会计法 第二十四条 "公司、企业进行会计核算，除应当遵守本法第二章的规定外，还应当遵守本章规定" went with its chapter; its
    deletion was the fourth headline, above the new fines' provisions (useless in the sixty-first reading): its 应当 is a
    duty to follow rules stated elsewhere, no rule of its own."""
    from policydiff.render.ranking import ranked_headlines

    texts = [h.text for h in ranked_headlines(accounting)]
    # (since the sixty-fourth reading its deletion is said by its chapter's line, "删除第三章“公司、企业会计核算的特别规定”…":
    # tests/test_chapters.py; the weight of the provision alone is still the references')
    assert not [t for t in texts if t.startswith("第二十四条（公司、企业进行会计核算")]
    from policydiff.render.headlines import Headline
    from policydiff.render.ranking import weight

    pair = next(k for k, p in enumerate(accounting.pairs) if p.old and p.old[0].label == "第二十四条" and not p.new)
    assert weight(Headline("", "", kind="deleted", pairs=[pair]), accounting) == 30


def test_a_word_taken_out_in_several_places_is_said_once_with_its_count(emergencies):
    """突发事件应对法 第五条 → 第三十二条 takes 重大 out three times (its scope now every emergency): "“建立重大”改为“建立健全”"
    (a fragment in the sixty-second reading) and "“减少重大”改为“有针对性地采取有效防范措施，减少”" hid two of them beside
    "删除“重大”"."""
    notes = _messages(_old(emergencies, "第五条"))
    assert "表述修改：删除“重大”（共3处）" in notes
    assert "表述修改：新增“有针对性地采取有效防范措施”" in notes
    # ("“建立”改为“建立健全”", what was left of the first, is said by nothing since reading 171 found it useless:
    # tests/test_read_hundred_sixty_ninth.py)
    assert not [m for m in notes if "建立重大" in m or "减少重大" in m or "建立健全" in m]


def test_a_duty_kept_under_a_rename_with_other_bodies_bound_is_one_rewrite(sea):
    """海洋环境保护法 第七十七条 → 第九十九条: "海洋、海事、渔业行政主管部门和军队环境保护部门发现…的，应当通报环境保护行政主管部门依照
    前款规定予以处罚" is "自然资源、渔业等部门和海事管理机构、海警机构、军队生态环境保护部门发现前三款违法行为之一的，应当通报生态环境
    主管部门" (环境保护行政主管部门 renamed): "不再规定" beside "新增规定" said the duty gone (wrong in the sixty-second reading)."""
    notes = _messages(_old(sea, "第七十七条"))
    assert [m for m in notes if m.startswith("改写：“海洋、海事、渔业行政主管部门") and "应当通报生态环境主管部门" in m]
    assert not [m for m in notes if m.startswith(("不再规定：“海洋、海事", "新增规定：“自然资源、渔业等部门", "删除或改写：“海洋、海事"))]


def test_a_rename_written_two_ways_in_a_provision_gives_the_renames_name(roads):
    """道路运输条例 第五十五条: "上级道路运输管理机构…下级道路运输管理机构" → "上级交通运输主管部门…下级交通运输主管部门" beside one
    "县级以上人民政府交通运输主管部门": "“道路运输管理机构”改为“县级以上人民政府交通运输主管部门”（共33条，本条3处）" worded one
    place of three (wrong in the sixty-third reading); the rename's name, "人民政府交通运输主管部门", named a government the
    two others do not and hid the level (partly said in recall 1522): each way the provision writes it."""
    notes = _messages(_old(roads, "第五十五条"))
    assert "“道路运输管理机构”改为“县级以上人民政府交通运输主管部门”、“交通运输主管部门”（共33条，本条3处）" in notes
