"""What readings 1739 and on (2026-12-07, the fifty-fifth session) found wrong or useless, fixed, pinned on the real
text (the corpus and tests/fixtures/laws)."""

import pytest
from conftest import DRAFT, FINAL_WEB, old_pair, pair_messages
from conftest import held_out_fixture as _held_out
from conftest import law_fixture as _law

from policydiff import compare
from policydiff.render.ranking import ranked_headlines


@pytest.fixture(scope="module")
def shijingshan_web():
    return compare(DRAFT, FINAL_WEB)


crypto = _held_out("商用密码管理条例", "1999-10-07", "2023-04-27")


def test_a_new_fine_left_to_the_authority_is_said_as_one_it_may_impose(crypto):
    """商用密码管理条例 第二十二条 → 第五十三条: "…违法所得10万元以上的，可以并处违法所得1倍以上3倍以下罚款；没有违法所得或者违法
    所得不足10万元的，可以并处3万元以上10万元以下罚款". "新增罚款：…处3万–10万元" read as a fine the authority must impose, wrong in
    reading 1743 (items 10 and 51)."""
    notes = pair_messages(old_pair(crypto, "第二十二条"))
    assert "新增罚款：违法所得10万元以上的，可以处违法所得1–3倍" in notes, notes
    assert "新增罚款：没有违法所得或者违法所得不足10万元的，可以处3万–10万元" in notes, notes
    english = [f.message_en for f in old_pair(crypto, "第二十二条").findings]
    assert any(n.startswith("discretionary fine added") for n in english), english


antitrust = _held_out("反垄断法", "2007-08-30", "2022-06-24")


def test_each_new_fine_says_whether_it_is_left_to_the_authority(antitrust):
    """反垄断法 第四十六条 → 第五十六条: "上一年度没有销售额的，处五百万元以下的罚款" must be imposed, "…负有个人责任的，可以处一百万元
    以下的罚款" may be: each new fine says its own verb."""
    notes = pair_messages(old_pair(antitrust, "第四十六条"))
    assert ("新增罚款：上一年度没有销售额的，处500万元以下；经营者的法定代表人、主要负责人和直接责任人员对达成垄断协议负有个人责任的，"
            "可以处100万元以下") in notes, notes


espionage = _held_out("反间谍法", "2014-11-01", "2023-04-26")


def test_words_taken_out_in_one_place_of_two_say_which_place(espionage):
    """反间谍法 第三十七条 → 第六十九条 "…徇私舞弊，构成犯罪的，或者有…等行为，构成犯罪的，依法追究刑事责任" → "…徇私舞弊，或者有…等
    行为，依法予以处分，构成犯罪的，依法追究刑事责任": the first 构成犯罪的 went, the second stays for both. "删除“构成犯罪的”" read as
    the crime no longer asked for, wrong in reading 1744 (item 20)."""
    notes = pair_messages(old_pair(espionage, "第三十七条"))
    assert any(n.startswith("表述修改：“徇私舞弊，构成犯罪的”改为“徇私舞弊”") for n in notes), notes
    assert not any("删除“构成犯罪的”" in n for n in notes), notes


defence = _held_out("国防教育法", "2018-04-27", "2024-09-13")


def test_a_word_taken_out_that_other_names_hold_is_said_with_its_member(defence):
    """国防教育法 第二十条 → 第二十三条 "军区、省军区（卫戍区、警备区）、军分区…" → "省军区…": "删除“军区”" did not say which,
    the list's 省军区 and 军分区 holding it still."""
    notes = pair_messages(old_pair(defence, "第二十条"))
    assert any("“军区、省军区”改为“省军区”" in n for n in notes), notes
    assert not any("删除“军区”" in n for n in notes), notes


emergencies = _law("突发事件应对法", "2007-08-30", "2024-06-28")


def test_a_name_said_twice_said_once_is_still_no_note(emergencies):
    """突发事件应对法 第二十二条 → 第三十五条 "向所在地人民政府或者人民政府有关部门报告" → "…或者有关部门报告": the same departments;
    widening the words taken out to say their place made "“人民政府有关部门”改为“有关部门”", a note of no change."""
    notes = pair_messages(old_pair(emergencies, "第二十二条"))
    assert not any("有关部门" in n for n in notes), notes


civilians = _held_out("中国人民解放军文职人员条例", "2017-09-27", "2022-12-10")


def test_words_put_before_a_term_said_often_say_which_place(civilians):
    """文职人员条例 第三十九条 → 第四十三条 "对涉密文职人员按照…" → "对涉密岗位文职人员，按照…": "“文职人员”改为“岗位文职人员”" in
    an article that says 文职人员 five times did not say which, useless in reading 1741 (item 40)."""
    notes = pair_messages(old_pair(civilians, "第三十九条"))
    assert any("对涉密文职人员按照国家和军队有关涉密人员管理规定进行管理”改为“对涉密岗位文职人员，按照国家和军队有关规定进行管理" in n
               for n in notes), notes
    assert not any("“文职人员”改为“岗位文职人员”" in n for n in notes), notes


drugs = _held_out("中国人民解放军实施《药品管理法》办法", "2004-12-09", "2025-04-05")


def test_a_deleted_provision_is_named_by_what_its_long_subject_may_do(drugs):
    """药品管理法办法 2004 第十九条 "总后勤部卫生部或者有关总部、军兵种、军区后勤(联勤)机关卫生部门根据需要可以在军队内部聘请药品
    监督员…": "（关于“总后勤部卫生部或者有关总部、军兵种、军区后勤（联勤）机关…”的规定）" named only who, useless in reading 1740
    (item 38); 第三十五条 "本办法规定的处罚，除本办法另有规定的外，由总后勤部卫生部…决定并执行" was named by its exception (item 37)."""
    notes = pair_messages(old_pair(drugs, "第十九条"))
    assert "原第十九条（关于“总后勤部卫生部或者有关总部…可以在军队内部聘请药品监督员”的规定）已删除或改写" in notes, notes
    notes = pair_messages(old_pair(drugs, "第三十五条"))
    assert "原第三十五条（关于“本办法规定的处罚，由总后勤部卫生部或者有关总部、军兵种…”的规定）已删除或改写" in notes, notes


def test_a_deleted_penalty_of_listed_conduct_is_named_by_its_first_item(crypto):
    """商用密码管理条例 1999 第二十一条 "有下列行为之一的，由国家密码管理机构根据不同情况分别会同公安、国家安全机关给予警告，责令立即
    改正：（一）在商用密码产品的科研、生产过程中违反安全、保密规定的；…": named "有下列行为之一的，由国家密码管理机构根据不同情况
    分别会同…", as 第二十条 was, useless in reading 1743 (item 8)."""
    notes = pair_messages(old_pair(crypto, "第二十一条"))
    assert "原第二十一条（关于“在商用密码产品的科研、生产过程中违反安全、保密规定的”的规定）已删除或改写" in notes, notes
    notes = pair_messages(old_pair(crypto, "第二十条"))
    assert not any("有下列行为之一的" in n for n in notes), notes


minerals = _held_out("矿产资源法", "2009-08-27", "2024-11-08")


def test_a_sum_set_for_a_case_of_its_own_says_the_case(minerals):
    """矿产资源法 第三十九条 → 第六十七条 "…拒不改正的，…处违法采出的矿产品市场价值一倍以上三倍以下罚款，没有采出矿产品或者违法采出的
    矿产品市场价值不足十万元的，处十万元以上五十万元以下罚款": "罚款定出数额：处10万–50万元（…拒不改正的）" read as the fine of
    every refusal, wrong in reading 1744 (item 35)."""
    notes = pair_messages(old_pair(minerals, "第三十九条"))
    assert any(n.startswith("罚款定出数额：没有采出矿产品或者违法采出的矿产品市场价值不足十万元的，处10万–50万元（") for n in notes), notes


shanghai = _law("上海市优化营商环境条例", "2020-04-10", "2024-09-27")


def test_a_duty_made_binding_where_the_article_says_its_word_again_says_which_duty(shanghai):
    """上海市优化营商环境条例 第四十三条 → 第四十八条 "企业可以通过国家企业信用信息公示系统进行公告" → "企业应当将承诺书及注销登记
    申请通过国家企业信用信息公示系统公示", beside three 可以 kept: "“可以”改为“应当”：义务加强" said no duty, useless three times in
    reading 1747 (items 1, 35, 45)."""
    notes = pair_messages(old_pair(shanghai, "第四十三条"))
    assert ("“可以”改为“应当”：义务加强（“企业可以通过国家企业信用信息公示系统进行公告”改为“企业应当将承诺书及注销登记申请通过国家企业"
            "信用信息公示系统公示”）") in notes, notes
    notes = pair_messages(old_pair(shanghai, "第三十条"))
    assert any(n.startswith("“可以”改为“应当”：义务加强（“市场监管部门可以对提交的材料进行形式审查”") for n in notes), notes


deputies = _held_out("全国人民代表大会和地方各级人民代表大会代表法", "2015-08-29", "2025-03-11")


def test_a_rewrites_new_sentence_is_quoted_whole_when_a_phrase_left_out_puts_in_words(deputies):
    """代表法 第二十三条 → 第三十条: "……围绕…社会普遍关注的重大问题、重大事项，以及本级人民代表大会常务委员会重点工作…": the quote
    "……以及…重点工作……" hid "、重大事项", unsaid in recall 1754. The new sentence (103 characters) is quoted whole."""
    notes = pair_messages(old_pair(deputies, "第二十三条"))
    assert any(n.endswith("改为“代表根据本级人民代表大会常务委员会或者乡、民族乡、镇的人民代表大会主席团的安排，围绕经济社会发展和关系人民"
                          "群众切身利益、社会普遍关注的重大问题、重大事项，以及本级人民代表大会常务委员会重点工作，开展专题调研”")
               for n in notes), notes


def test_words_cut_out_of_a_long_edits_middle_are_kept_when_new(deputies):
    """代表法 第二十六条 → 第三十三条: "……常务委员会办事机构……根据安排参加…" left out "、工作机构组织的有关会议", what deputies may
    now be invited to, wrong in reading 1752 (item 4) and partly said in recall 1754."""
    notes = pair_messages(old_pair(deputies, "第二十六条"))
    assert any("办事机构、工作机构组织的有关会议" in n for n in notes), notes


secrets_law = _held_out("保守国家秘密法", "2010-04-29", "2024-02-27")


def test_words_put_around_a_term_said_often_say_which_place(secrets_law):
    """保守国家秘密法 第十九条 → 第二十四条 "重新确定保密期限" → "重新确定密级、保密期限和知悉范围": "“保密期限”改为“密级、保密期限和
    知悉范围”" in an article that says 保密期限 six times read as every one changed, wrong in reading 1751 (item 49)."""
    notes = pair_messages(old_pair(secrets_law, "第十九条"))
    assert "表述修改：“确定保密期限”改为“确定密级、保密期限和知悉范围”" in notes, notes


sport = _law("体育法", "2016-11-07", "2022-06-24")


def test_a_new_fine_on_gains_says_so_and_its_conduct_is_cut_at_a_word(sport):
    """体育法 第四十九条 → 第一百一十二条 "…弄虚作假、营私舞弊等行为的，由体育组织…处理；…；有违法所得的，没收违法所得，并处一万元以上
    十万元以下的罚款": "新增罚款：处1万–10万元（…弄虚作假、营…）" cut a word and read as the fine of every cheat, wrong in reading
    1749 (item 22)."""
    notes = pair_messages(old_pair(sport, "第四十九条"))
    assert any(n.startswith("新增罚款：处1万–10万元（") and n.endswith("，有违法所得的）") for n in notes), notes
    assert not any("营…" in n for n in notes), notes


relics = _held_out("文物保护法", "2017-11-04", "2024-11-08")


def test_a_short_word_replaced_by_a_clause_is_quoted_in_its_sentence(relics):
    """文物保护法 第四十条 → 第五十六条 "借用文物的最长期限不得超过三年" → "借用文物的，应当签订借用协议，协议约定的期限不得超过三年":
    "“最长”改为“应当签订借用协议，协议约定的”" paired two fragments (reading 1752, item 26); 第二十条 → 第三十一条 "“必须”改为“省级
    或者设区的市级、县级文物保护单位需要”" the same (item 43)."""
    notes = pair_messages(old_pair(relics, "第四十条"))
    assert ("表述修改：“文物收藏单位之间借用文物的最长期限不得超过三年”改为“文物收藏单位之间借用文物的，应当签订借用协议，协议约定的期限"
            "不得超过三年”") in notes, notes
    notes = pair_messages(old_pair(relics, "第二十条"))
    assert any("“必须迁移异地保护或者拆除的”改为“省级或者设区的市级、县级文物保护单位需要迁移异地保护或者拆除的”" in n for n in notes), notes


def test_a_ceiling_taken_out_says_which_ratio(shijingshan_web):
    """石景山 draft 第八条 → final 第七条 "按照不超过项目投资额20%给予补助" → "按照项目投资额20%给予补助", beside three 不超过 kept
    (4000平方米, 500万元, 三年) and two other ratios: "上限表述“不超过”被删除：比例由上限变为固定值" did not say which ratio, useless
    in reading 1757 (item 1). The grouped headline of the five articles still says the bound taken out once."""
    notes = pair_messages(old_pair(shijingshan_web, "第八条"))
    assert "上限表述“不超过”被删除：比例由上限变为固定值（“不超过项目投资额20%”改为“项目投资额20%”）" in notes, notes
    lines = [h.text for h in ranked_headlines(shijingshan_web)]
    assert "第三条、第四条、第五条、第八条（现第七条）、第十条（现第九条）：上限表述“不超过”被删除" in lines, lines


def test_a_grouped_duty_headline_leaves_out_each_clauses_duty(shanghai):
    """上海市优化营商环境条例: three articles made a 可以 an 应当, each note saying its duty in brackets; their one headline says
    the change of force, not the first article's duty as if it were all three's."""
    lines = [h.text for h in ranked_headlines(shanghai)]
    assert "第三十条（现第三十一条）、第四十三条（现第四十八条）、第六十条（现第七十一条）：“可以”改为“应当”：义务加强" in lines, lines


conscription = _held_out("征兵工作条例", "2001-09-05", "2023-04-01")


def test_words_replaced_then_words_put_in_after_a_joiner_are_one_phrase(conscription):
    """征兵工作条例 第三十八、三十九条 → 第四十六条 "对新兵进行交通安全教育" → "对新兵进行编组，并进行安全教育和检查": "“交通安全”改为
    “编组，并进行安全”；新增“和检查”" were fragments, useless in readings 1742 (item 18) and 1771 (item 21)."""
    notes = pair_messages(old_pair(conscription, "第三十八条"))
    assert "表述修改：“交通安全教育”改为“编组，并进行安全教育和检查”" in notes, notes
