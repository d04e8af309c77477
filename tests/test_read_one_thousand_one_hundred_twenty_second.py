"""What readings 1122 and on (2026-12-06, the thirty-ninth session) found wrong or useless, fixed, pinned on the real
text (tests/fixtures/laws)."""

from conftest import held_out_fixture as _law
from conftest import old_pair, pair_messages

secrets = _law("保守国家秘密法", "2010-04-29", "2024-02-27")


def test_a_sentence_whose_act_another_sentence_ends_on_went_there(secrets):
    """2010 第三十八条 "涉密人员离岗离职实行脱密期管理": 2024 第四十六条 still says "…实行脱密期管理", now the duty of the 机关、单位
    ("机关、单位应当开展保密教育提醒，清退国家秘密载体，实行脱密期管理"). "改写" of it into the new reporting duty ("涉密人员严重违反
    离岗离职及脱密期国家保密规定的，机关、单位应当及时报告…") was wrong in reading 1129 (item 39): that one is new."""
    pair = old_pair(secrets, "第三十八条")
    assert [c.label for c in pair.new] == ["第四十六条"], pair
    notes = pair_messages(pair)
    assert "改写：“涉密人员离岗离职实行脱密期管理”改为“机关、单位应当开展保密教育提醒，清退国家秘密载体，实行脱密期管理”" in notes, notes
    assert not [n for n in notes if n.startswith("改写：") and "严重违反" in n], notes
    assert [n for n in notes if n.startswith("新增规定：“涉密人员严重违反离岗离职及脱密期国家保密规定的，机关、单位应当及时报告")], notes


pensions = _law("军人抚恤优待条例", "2019-03-02", "2024-08-05")


def test_an_item_whose_rate_another_item_keeps_is_not_rewritten_into_a_third(pensions):
    """2019 第十三条's raises: "（一）获得中央军事委员会授予荣誉称号的，增发35%" is 2024 第十六条's "（二）获得党中央、国务院、中央军事
    委员会单独或者联合授予荣誉称号的，增发35%", and "（二）获得军队军区级单位授予荣誉称号的，增发30%" its "（三）…获得中央军事委员会
    授权的单位授予荣誉称号的，增发30%": "改写" of the 35% item into the 30% one said the raise cut."""
    notes = pair_messages(old_pair(pensions, "第十三条"))
    assert not [n for n in notes if n.startswith("改写：“（一）获得中央军事委员会授予荣誉称号的，增发35%”")], notes
    assert "改写：“（二）获得军队军区级单位授予荣誉称号的，增发30%”改为“（三）立一等战功、获得一级表彰或者获得中央军事委员会授权的单位" \
           "授予荣誉称号的，增发30%”" in notes, notes


martyrs = _law("烈士褒扬条例", "2019-08-01", "2024-09-27")


def test_a_spent_repeal_left_out_is_no_rule_taken_out(martyrs):
    """2019 第四十三条 "本条例自2011年8月1日起施行。1980年6月4日国务院发布的《革命烈士褒扬条例》同时废止。" → 2024 第七十条: the repeal
    of 1980's regulation took effect in 2011; "不再规定" of it was useless in reading 1127 (item 36). The new date is said."""
    notes = pair_messages(old_pair(martyrs, "第四十三条"))
    assert not [n for n in notes if "同时废止" in n], notes
    assert [n for n in notes if n.startswith("施行日期条款修改：")], notes


organs = _law("人体器官捐献和移植条例", "2007-03-31", "2023-12-04")


def test_a_repeal_put_in_is_still_said(organs):
    """人体器官捐献和移植条例 2023 第五十条 repeals 2007's 《人体器官移植条例》: a change of the law, said."""
    notes = [f.message for p in organs.pairs for f in p.findings]
    assert "新增规定：“《人体器官移植条例》同时废止”" in notes, notes


science = _law("科学技术普及法", "2002-06-29", "2024-12-25")


def test_a_sentence_moved_in_that_rewrites_the_provisions_own_says_only_its_phrase_came(science):
    """2024 第五条 "国家加强农村的科普工作，扶持革命老区、民族地区、边疆地区、经济欠发达地区的科普工作，…": only its opening is 2002
    第二十条's "国家加强农村的科普工作"; the rest rewrites 2002 第四条's own "国家扶持少数民族地区、边远贫困地区的科普工作". "由原第二十条
    移入，并作较大修改" of the whole and "不再规定" of 第四条's sentence were wrong in reading 1126 (item 4)."""
    notes = pair_messages(old_pair(science, "第四条"))
    assert "“国家加强农村的科普工作”由原第二十条移入" in notes, notes
    assert not [n for n in notes if n.startswith(("不再规定：“国家扶持少数民族地区", "删除或改写：“国家扶持少数民族地区"))], notes
    assert [n for n in notes if n.startswith("改写：“国家扶持少数民族地区、边远贫困地区的科普工作”改为“国家加强农村的科普工作，扶持革命老区")], notes
    assert "“国家加强农村的科普工作”移至现第五条" in pair_messages(old_pair(science, "第二十条"))


meeting_rules = _law("全国人民代表大会常务委员会议事规则", "2009-04-24", "2022-06-24")


def test_a_member_moved_from_one_list_to_another_is_said_moved(meeting_rules):
    """2009 第三十一条 → 2022 第四十四条: "在全体会议上的发言，不超过十分钟；在联组会议和分组会议上，第一次发言不超过十五分钟" became
    "在全体会议和联组会议上的发言，不超过十分钟；在分组会议上，…十五分钟": 联组会议's speeches are held to ten minutes now.
    "新增“和联组会议”" beside "“在联组会议和分组会议上”改为“在分组会议上”" read as 联组会议 put in (wrong in reading 1135, item 31)."""
    notes = pair_messages(old_pair(meeting_rules, "第三十一条"))
    assert "表述修改：“联组会议”由“在联组会议和分组会议上，第一次发言不超过十五分钟”移至“在全体会议和联组会议上的发言，不超过十分钟”" \
        in notes, notes
    assert not [n for n in notes if "新增“和联组会议”" in n or "改为“在分组会议上”" in n], notes


livestock = _law("畜牧法", "2015-04-24", "2022-10-30")


def test_a_sentence_said_moved_is_not_quoted_in_a_rewrite_of_its_provision(livestock):
    """2015 第五十条's second sentence (产销信息) is 2022 第七十五条's, said moved there; "改写：“…市场建设”“…产销信息…”改为“国家加快
    建立…畜禽交易市场体系”" quoted it as rewritten into 第六十一条's market sentence too (wrong in reading 1131, item 38)."""
    notes = pair_messages(old_pair(livestock, "第五十条"))
    assert "改写：“县级以上人民政府应当促进开放统一、竞争有序的畜禽交易市场建设”改为“国家加快建立统一开放、竞争有序、安全便捷的畜禽交易" \
           "市场体系”" in notes, notes
    assert [n for n in notes if n.startswith("“县级以上人民政府畜牧兽医行政主管部门和其他有关主管部门应当组织搜集、整理、发布畜禽产销信息") and
            "移至现第七十五条" in n], notes


conscription = _law("征兵工作条例", "2001-09-05", "2023-04-01")


def test_a_paragraph_between_two_kept_ones_is_read_against_the_one_in_its_place(conscription):
    """2001 第十四条 → 2023 第十七条 gained a first paragraph (from 第十三条); its second paragraph, "预定征集的应征公民离开常住户口所在
    县、市1个月以上的，应当向所在基层人民武装部报告去向和联系办法，并按照兵役机关的通知及时返回应征", is the new third's "预定征集的
    应征公民应当保持与所在地基层人民武装部…的联系，并根据…兵役机关的通知按时应征", between the two paragraphs kept: "不再规定" beside
    "新增规定" was wrong in reading 1128 (item 36)."""
    notes = pair_messages(old_pair(conscription, "第十四条"))
    assert [n for n in notes if n.startswith("改写：“预定征集的应征公民离开常住户口所在县、市1个月以上的") and
            "改为“预定征集的应征公民应当保持与所在地基层人民武装部" in n], notes
    assert not [n for n in notes if n.startswith(("不再规定：“预定征集的应征公民离开", "新增规定：“预定征集的应征公民应当保持",
                                                  "删除或改写：“预定征集的应征公民离开"))], notes


def test_two_duties_whose_subjects_the_new_one_lists_are_merged_into_it(science):
    """2002 第十六条 "综合类报纸、期刊应当开设科普专栏、专版；广播电台、电视台应当开设科普栏目或者转播科普节目" → 2024 第二十五条
    "综合类报纸、期刊、广播电台、电视台应当开展公益科普宣传": the stations' duty said with the papers', not dropped ("不再规定" wrong
    in reading 1142, item 29)."""
    notes = pair_messages(old_pair(science, "第十六条"))
    assert "改写：“综合类报纸、期刊应当开设科普专栏、专版”“广播电台、电视台应当开设科普栏目或者转播科普节目”合并为“综合类报纸、期刊、" \
           "广播电台、电视台应当开展公益科普宣传”" in notes, notes
    assert not [n for n in notes if n.startswith(("不再规定：“广播电台", "删除或改写：“广播电台"))], notes


def test_a_lists_lead_in_is_not_said_split_into_two_new_rules(conscription):
    """2001 第三十二条's lead-in "办理新兵交接手续时，应当做好下列工作：" says what its items ask; "改写" of it into 2023 第四十二条's
    rule on discrepancies found at the handover ("交接双方在交接过程中，发现新兵人数、档案份数有问题的…") was wrong in reading
    1144 (item 36). The handover against the roster, item (二), is still said rewritten."""
    notes = pair_messages(old_pair(conscription, "第三十二条"))
    assert not [n for n in notes if n.startswith("改写：“办理新兵交接手续时")], notes
    assert [n for n in notes if n.startswith("改写：“（二）县、市征兵办公室派人送兵或者部队派人接兵的")], notes


drugs = _law("中国人民解放军实施《药品管理法》办法", "2004-12-09", "2025-04-05")


def test_words_put_in_that_a_figures_note_quotes_are_not_said_again(drugs):
    """2004 第二十二条 → 2025 第四十七条: "新增“10年内不受理其相应申请”" in the wording note repeated "新增期限：10年（10年内不受理其
    相应申请）" (useless in reading 1144, item 40); the licence's new name is still said."""
    notes = pair_messages(old_pair(drugs, "第二十二条"))
    assert "新增期限：10年（10年内不受理其相应申请）" in notes, notes
    assert "表述修改：“《医疗机构制剂许可证》”改为“军队医疗机构制剂许可证”" in notes, notes
    assert not [n for n in notes if "新增“10年内" in n], notes
