"""What readings 1045 and on (2026-12-06, the thirty-seventh session) found wrong or useless, fixed, pinned on the real
text (tests/fixtures/laws)."""

from conftest import held_out_fixture as _law
from conftest import law_fixture
from conftest import old_pair, pair_messages

secrets = _law("保守国家秘密法", "2010-04-29", "2024-02-27")


def test_a_list_joiner_at_the_edge_of_an_edit_is_no_change_of_wording(secrets):
    """2010 第四十六条 "…是否属于国家秘密以及属于何种密级进行鉴定的" → 2024 第五十三条 "…是否属于国家秘密、属于何种密级…":
    以及 put as 、 between the two questions, nothing else; "表述修改：“属于国家秘密以及属于何种”改为“属于国家秘密、属于何种”" was
    useless in reading 1052 (item 29). The pair now reads as the same provision."""
    pair = old_pair(secrets, "第四十六条")
    assert [c.label for c in pair.new] == ["第五十三条"], pair
    assert not [n for n in pair_messages(pair) if "以及属于何种" in n], pair_messages(pair)


pensions = _law("军人抚恤优待条例", "2019-03-02", "2024-08-05")


def test_a_list_joiner_swapped_is_not_quoted_beside_the_real_edit(pensions):
    """2019 第五十二条 → 2024 第六十一条: "民工以及其他人员" → "民工、其他人员" is a joiner alone; the rewrite of who is covered
    (参加军事演习 → 参加非战争军事行动) stays."""
    notes = pair_messages(old_pair(pensions, "第五十二条"))
    assert not [n for n in notes if "民工以及其他人员" in n], notes
    assert [n for n in notes if "参加非战争军事行动" in n], notes


vocational = _law("职业教育法", "1996-05-15", "2022-04-20")


def test_a_character_spelled_anew_beside_a_filler_put_in_is_no_edit(vocational):
    """1996 第十条 "国家对在职业教育中作出显著成绩的单位和个人给予奖励" → 2022 第十二条 "…在职业教育工作中做出显著成绩的…按照有关
    规定给予表彰、奖励": 工作 put in and 作 written 做 are no change; "“中作出”改为“工作中做出”" was a fragment, useless in
    reading 1049 (item 29). The reward's new form is still said, and so are the two paragraphs put in."""
    notes = pair_messages(old_pair(vocational, "第十条"))
    assert not [n for n in notes if "作出" in n], notes
    assert [n for n in notes if "“给予奖励”改为“按照有关规定给予表彰、奖励”" in n], notes
    assert "新增规定：“每年5月的第二周为职业教育活动周”" in notes, notes


civilians = _law("中国人民解放军文职人员条例", "2017-09-27", "2022-12-10")


def test_a_lead_in_of_a_few_words_is_not_said_taken_out_while_its_items_are_rewritten(civilians):
    """2017 第十五条 "文职人员的岗位等级设置：" opened (一) the management grades and (二) the technical grades; 2022 第十四条
    rewrites (一) into 岗位职务层级 and 文员等级 and (二) went: "不再规定：“文职人员的岗位等级设置：”" was wrong in reading 1047
    (item 26), grades are still set. The items' own notes stay; a consequence ending on a colon, 保守国家秘密法 第四十八条's
    "构成犯罪的，依法追究刑事责任：", is no such lead-in and is still said moved."""
    notes = pair_messages(old_pair(civilians, "第十五条"))
    assert not [n for n in notes if "岗位等级设置" in n], notes
    assert [n for n in notes if n.startswith("改写：“（一）管理岗位由高到低分为九个等级")], notes
    assert [n for n in notes if n.startswith("删除或改写：“（二）专业技术岗位")], notes


def test_a_consequence_ending_on_a_colon_is_still_said_moved(secrets):
    notes = pair_messages(old_pair(secrets, "第四十八条"))
    assert "“构成犯罪的，依法追究刑事责任”不再在此规定，现由第六十二条统一规定" in notes, notes


antitrust = _law("反垄断法", "2007-08-30", "2022-06-24")
legislation = law_fixture("立法法", "2015-03-15", "2023-03-13")


def test_by_put_before_the_body_that_acts_is_no_change_of_wording(antitrust, legislation):
    """2007 第四十六条 → 2022 第五十六条, the trade association's paragraph: "…的，反垄断执法机构可以处…" → "…的，由反垄断执法机构
    责令改正，可以处…": 由 put before the same body is no edit; "表述修改：“反垄断”改为“由反垄断”；新增“责令改正”" was useless in
    reading 1060 (item 39). The order to correct put in is still said. 立法法 第四十二条 → 第四十五条's 由 taken out where the
    sentence is recast stays in its one quote (reading 160)."""
    notes = pair_messages(old_pair(antitrust, "第四十六条"))
    assert "表述修改：新增“责令改正”" in notes, notes
    notes = pair_messages(old_pair(legislation, "第四十二条"))
    assert "表述修改：“由委员长会议向常务委员会报告，该法律案终止”改为“委员长会议可以决定终止审议，并向常务委员会报告”" in notes, notes


defence = _law("国防教育法", "2018-04-27", "2024-09-13")


def test_a_clause_said_elsewhere_with_a_de_put_in_is_said_moved_there(defence):
    """2018 第八条 "教育、退役军人事务、文化宣传等部门，在各自职责范围内负责国防教育工作" is 2024 第五条's "中央国家机关各部门在
    各自的职责范围内负责国防教育工作" (的 put in, the bodies named anew): "不再规定" of it and "新增规定" of 第五条's sentence were
    wrong in reading 1046 (items 38, 48); said moved, the bodies with it, not a "不再规定" of the names alone."""
    notes = pair_messages(old_pair(defence, "第八条"))
    assert "“教育、退役军人事务、文化宣传等部门，在各自职责范围内负责国防教育工作”不再在此规定，现见第五条（文字有改动）" in notes, notes
    assert not [n for n in notes if n.startswith(("不再规定：“教育", "删除或改写：“教育"))], notes
    notes = pair_messages(old_pair(defence, "第六条"))
    assert "“中央国家机关各部门在各自的职责范围内负责国防教育工作”由原第八条移入，文字有改动" in notes, notes
    assert not [n for n in notes if n.startswith("新增规定：“中央国家机关各部门")], notes


livestock = _law("畜牧法", "2015-04-24", "2022-10-30")


def test_a_penalty_on_those_who_use_a_thing_is_not_the_ban_on_using_it(livestock):
    """2015 第六十八条 "违反本法有关规定，使用伪造、变造的畜禽标识的，由…没收伪造、变造的畜禽标识和违法所得…" is a penalty; 2022
    第四十五条's "禁止持有、使用伪造、变造的畜禽标识" a ban: the clause's last 的 (those who use) is read, the penalty still said
    taken out (true in reading 1059)."""
    notes = pair_messages(old_pair(livestock, "第六十八条"))
    assert [n for n in notes if n.startswith("删除或改写：“违反本法有关规定，使用伪造、变造的畜禽标识的")], notes


food = _law("最高人民法院、最高人民检察院关于办理危害食品安全刑事案件适用法律若干问题的解释", "2013-05-02", "2021-12-30")


def test_a_word_taken_out_of_a_member_of_a_list_is_quoted_with_that_member(food, defence):
    """2013 第十四条（二） "提供生产、经营场所或者运输、贮存、保管、邮寄、网络销售渠道等便利条件的" → 2021 "…邮寄、销售渠道等…":
    the member quoted, "“网络销售渠道”改为“销售渠道”", not the whole item for one word. 国防教育法 第十四条's "共产主义青年团组织" →
    "共产主义青年团" was the whole sentence for one word (a headline, useless in reading 1069, item 10), then the member alone
    (useless in reading 1079, item 37: the same body): now no note, the article's real change its first."""
    notes = pair_messages(old_pair(food, "第十四条"))
    assert "表述修改：“网络销售渠道”改为“销售渠道”" in notes, notes
    notes = pair_messages(old_pair(defence, "第十四条"))
    assert not [n for n in notes if "共产主义青年团" in n], notes
    assert [n for n in notes if "使小学生具备一定的国防意识" in n and "删除“有条件的”" in n], notes


pollution = _law("最高人民法院、最高人民检察院关于办理环境污染刑事案件适用法律若干问题的解释", "2016-12-23", "2023-08-08")


def test_a_phrase_put_for_a_duty_word_is_quoted_with_the_verb_after_it(pollution):
    """2016 第十三条 → 2023 第十五条: "对于危险废物的数量，可以综合被告人供述…" → "…，依据案件事实，综合被告人供述…": "“可以”改为
    “依据案件事实”" was a fragment, useless in reading 1077 (item 39); quoted with the verb both go on with. The 排污许可证 put
    in the first paragraph is still said."""
    notes = pair_messages(old_pair(pollution, "第十三条"))
    assert "表述修改：“可以综合被告人供述”改为“依据案件事实，综合被告人供述”" in notes, notes
    assert "表述修改：新增“排污许可证、排污登记表”" in notes, notes


def test_the_items_of_a_list_whose_lead_in_went_to_another_article_are_looked_for_there(vocational):
    """1996 第二十四条 held two lists: the schools' (now 2022 第三十三条, its lead-in said moved there) and the training
    bodies' (now 第三十四条, the pair's own). The schools' "（二）有合格的教师" and "（三）有符合规定标准的教学场所、与职业教育相适应
    的设施、设备" are 第三十三条's (二) and (三), reworded: "不再规定" of them was false (found beside reading 1082's item 23, a
    note of the same list); said there now, from the item of the same label holding its words."""
    notes = pair_messages(old_pair(vocational, "第二十四条"))
    assert "“（二）有合格的教师”不再在此规定，现见第三十三条（文字有改动）" in notes, notes
    assert "“（三）有符合规定标准的教学场所、与职业教育相适应的设施、设备”不再在此规定，现见第三十三条（文字有改动）" in notes, notes
    assert not [n for n in notes if n.startswith(("不再规定：“（二）有合格的教师", "删除或改写：“（二）有合格的教师"))], notes
