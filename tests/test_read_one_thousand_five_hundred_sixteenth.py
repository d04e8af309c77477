"""What readings 1516 and on (2026-12-07, the forty-ninth session) found unsaid, wrong or useless, fixed, pinned on the
real text (tests/fixtures/laws and the corpus)."""

from conftest import held_out_fixture as _held_out
from conftest import law_fixture as _law
from conftest import old_pair, pair_messages

road = _law("道路运输条例", "2019-03-02", "2022-03-29")


def test_a_sanction_replaced_says_the_authority_that_no_longer_imposes_it(road):
    """2019 第七十四条: a training school that refuses to correct is sanctioned "由原许可机关吊销其经营许可"; 2022 has "责令
    停业整顿", the training no longer licensed and no licensing authority named. "处罚由“吊销其经营许可”改为“责令停业
    整顿”" left the authority out, partly said in recall 1514 and 1515."""
    pair = old_pair(road, "第七十四条")
    notes = pair_messages(pair)
    assert "处罚由“由原许可机关吊销其经营许可”改为“责令停业整顿”" in notes, notes
    en = [f.message_en for f in pair.findings]
    assert "sanction “由原许可机关吊销其经营许可” replaced by “责令停业整顿”" in en, en


accounting = _law("会计法", "2017-11-04", "2024-06-28")


def test_an_authority_the_new_text_still_names_is_not_said_with_the_sanction(accounting):
    """会计法 2017 第四十三条's "由县级以上人民政府财政部门予以通报" is 2024 第四十一条's "通报批评", the same 财政部门 named
    in the new provision: the authority did not change, the note says the sanction alone."""
    notes = pair_messages(old_pair(accounting, "第四十三条"))
    assert "处罚由“予以通报”改为“通报批评”" in notes, notes


women = _held_out("妇女权益保障法", "2018-10-26", "2022-10-30")


def test_an_infringement_answered_by_a_remedy_in_other_words_is_a_rewrite(women):
    """2018 第五十五条 opens "违反本法规定，以妇女未婚、结婚、离婚、丧偶等为由，侵害妇女在农村集体经济组织中的各项权益的，…，由
    乡镇人民政府依法调解"; 2022 第七十五条 opens "妇女在农村集体经济组织成员身份确认等方面权益受到侵害的，可以申请乡镇人民
    政府等进行协调，或者向人民法院起诉". The same infringement answered by a remedy: the remedy said "新增规定" beside the
    old sentence "删除或改写", wrong in readings 1511 and 1527."""
    notes = pair_messages(old_pair(women, "第五十五条"))
    assert [n for n in notes if n.startswith("改写：“违反本法规定，以妇女未婚") and "可以申请乡镇人民政府等进行协调" in n], notes
    assert not [n for n in notes if n.startswith("新增规定：“妇女在农村集体经济组织成员身份确认")], notes


def test_who_acts_moved_to_the_front_is_one_note_of_the_sentence(women):
    """2018 第八条 "对保障妇女合法权益成绩显著的组织和个人，各级人民政府和有关部门给予表彰和奖励" is 2022 第十一条 "国家对保障…，
    按照有关规定给予表彰和奖励": "表述修改：“对保障”改为“国家对保障”" was a fragment beside the body taken out, useless in
    reading 1527."""
    pair = old_pair(women, "第八条")
    notes = pair_messages(pair)
    assert notes == ["表述修改：“对保障妇女合法权益成绩显著的组织和个人，各级人民政府和有关部门给予表彰和奖励”改为“国家对保障妇女"
                     "合法权益成绩显著的组织和个人，按照有关规定给予表彰和奖励”"], notes


sport = _law("体育法", "2016-11-07", "2022-06-24")


def test_a_sentence_said_again_as_a_clause_of_a_rewrite_is_merged_into_it(sport):
    """2016 第四十六条's second sentence, "国家鼓励企业事业组织、社会团体和公民依法举办体育专业教育", is the last clause of 2022
    第八十九条, "…，鼓励社会力量依法开展体育专业教育", the sentence the first old one became: "删除或改写" of it was useless
    in reading 1529, the rule still there."""
    notes = pair_messages(old_pair(sport, "第四十六条"))
    assert not [n for n in notes if n.startswith("删除或改写")], notes
    assert [n for n in notes if "“国家鼓励企业事业组织、社会团体和公民依法举办体育专业教育”合并为" in n], notes


conscription = _held_out("征兵工作条例", "2001-09-05", "2023-04-01")


def test_a_deadline_put_before_a_body_named_the_same_way_is_the_deadline_note_alone(conscription):
    """2001 第三十六条's "省、自治区、直辖市征兵办公室" is 2023 第四十五条's "在征兵开始日后的5日内，省级人民政府征兵办公室": the
    deadline is "新增期限：5日（在征兵开始日后的5日内）", the office the province's either way. "“省、自治区、直辖市征兵办公室”改为
    “在征兵开始日后的5日内，省级人民政府征兵办公室”" beside it was useless in reading 1525."""
    notes = pair_messages(old_pair(conscription, "第三十六条"))
    assert "新增期限：5日（在征兵开始日后的5日内）" in notes, notes
    assert not [n for n in notes if "省级人民政府征兵办公室" in n], notes


def test_a_rename_written_several_ways_in_a_provision_quotes_each_way(road):
    """2019 第五十五条's three 道路运输管理机构 are 2022's "上级交通运输主管部门", "下级交通运输主管部门" and "县级以上人民政府交通
    运输主管部门": "改为“人民政府交通运输主管部门”（共33条，本条3处）", the rename's form, named a government twice where the
    provision does not and hid the level put in once (partly said in recall 1522)."""
    pair = old_pair(road, "第五十五条")
    notes = pair_messages(pair)
    assert "“道路运输管理机构”改为“县级以上人民政府交通运输主管部门”、“交通运输主管部门”（共33条，本条3处）" in notes, notes
    en = [f.message_en for f in pair.findings]
    assert "“道路运输管理机构” changed to “县级以上人民政府交通运输主管部门” and “交通运输主管部门” (33 provisions, 3 times here)" \
        in en, en


secrets = _held_out("保守国家秘密法", "2010-04-29", "2024-02-27")


def test_the_state_put_before_the_rules_a_matter_follows_is_said(secrets):
    """2010 第三十五条's "任用、聘用涉密人员应当按照有关规定进行审查" is 2024 第四十三条's "…按照国家有关规定进行审查": "国家" put
    in was read as said by a sentence put in ("…按照国家有关规定给予相应待遇或者补偿") and by one taken out ("…泄露国家秘密"),
    and unsaid in recall 1522."""
    notes = pair_messages(old_pair(secrets, "第三十五条"))
    assert "表述修改：“按照有关规定”改为“按照国家有关规定”" in notes, notes


science = _held_out("科学技术普及法", "2002-06-29", "2024-12-25")


def test_a_rewrites_quote_shows_a_phrase_a_list_member_went_out_of(science):
    """2002 第二十一条's "结合居民的生活、学习、健康娱乐等需要开展科普活动" is "结合居民的生活、学习等需要开展科普活动" in 2024
    第二十七条's longer sentence: the new quote's "……" stood for it, the phrase nearly held, and 健康娱乐 gone was hidden
    (partly said in recall 1523)."""
    notes = pair_messages(old_pair(science, "第二十一条"))
    assert [n for n in notes if n.startswith("改写：") and "”改为“" in n
            and "结合居民的生活、学习等需要开展科普活动" in n.split("”改为“")[1]], notes


quarantine = _held_out("国境卫生检疫法", "2018-04-27", "2024-06-28")


def test_a_deleted_provision_named_by_what_stayed_says_another_part_is_elsewhere(quarantine):
    """2018 第十二条, named by its isolation rule (restated in 2024 第十二条), its cremation sentence now in 第二十一条: "…（关于
    “…必须立即将其隔离…”的规定）已删除或改写，部分内容现见第二十一条" read as the isolation rule now there, wrong in reading 1526
    (so 第七条's ban, named, beside its first sentence now in 第十条, readings 1480 and 1526)."""
    for label, now in (("第十二条", "第二十一条"), ("第七条", "第十条")):
        pair = old_pair(quarantine, label)
        notes = pair_messages(pair)
        assert [n for n in notes if n.startswith(f"原{label}（关于") and n.endswith(f"已删除或改写，另有部分内容现见{now}")], notes
        en = [f.message_en for f in pair.findings]
        assert [n for n in en if "another part of it is now in" in n], en


laundering = _held_out("反洗钱法", "2006-10-31", "2024-11-08")


def test_a_member_dropped_from_a_list_throughout_is_a_rename(laundering):
    """"国务院有关部门、机构" is "国务院有关部门" in every provision of 2024 that keeps it: "表述修改：删除“机构”" in three
    provisions was useless in reading 1534, a drafting change said as one rename, ranked as a modifier dropped."""
    from policydiff.render.ranking import ranked_headlines

    notes = pair_messages(old_pair(laundering, "第四条"))
    assert "“部门、机构”改为“部门”（全文统一修改，共4条，本条2处）" in notes, notes
    assert "表述修改：删除“机构”" not in notes, notes
    lines = [h.text for h in ranked_headlines(laundering)]
    assert lines.index("“部门、机构”统一改为“部门”（共4条）") >= 8, lines[:12]


shanghai = _law("上海市优化营商环境条例", "2020-04-10", "2024-09-27")


def test_set_up_and_improved_is_set_up(shanghai):
    """2020 第六十条 "…建立…" → 2024 第七十一条 "…建立完善…": the stock wording of a revision for a system kept up, as
    "建立健全" is; "表述修改：“建立”改为“建立完善”" beside the article's "可以" → "应当" was useless in reading 1530."""
    notes = pair_messages(old_pair(shanghai, "第六十条"))
    assert "表述修改：“建立”改为“建立完善”" not in notes, notes
    assert notes, notes


drugs = _held_out("中国人民解放军实施《药品管理法》办法", "2004-12-09", "2025-04-05")


def test_a_body_put_for_another_outside_a_rewrites_sentences_is_said_with_its_owner(drugs):
    """2004 第四条's supply body serves "军队医疗机构", 2025 第十三条's "军队单位": the edit was read as said by the rewrite of the
    second paragraph, whose quotes name "医疗机构" and "单位" elsewhere, and the widening unsaid (recall 1536)."""
    notes = pair_messages(old_pair(drugs, "第四条"))
    assert "表述修改：“军队医疗机构”改为“军队单位”" in notes, notes


relics = _held_out("文物保护法", "2017-11-04", "2024-11-08")


def test_an_items_other_case_now_an_item_of_its_own_is_a_split(relics):
    """2017 第六十八条 (一) "转让或者抵押国有不可移动文物，或者将国有不可移动文物作为企业资产经营的" is 2024 第八十五条 (一) "转让
    或者抵押国有不可移动文物" and (二) "将建立博物馆、文物保管所或者辟为参观游览场所的国有不可移动文物改作企业资产经营，…": "新增
    规定" of (二) was wrong in reading 1533 (the case narrowed, not new), beside the fragment "删除“或者将”"."""
    notes = pair_messages(old_pair(relics, "第六十八条"))
    assert [n for n in notes if n.startswith("改写：“（一）转让或者抵押国有不可移动文物，或者将国有不可移动文物作为企业资产经营的”分为")], \
        notes
    assert not [n for n in notes if n.startswith("新增规定：“（二）将建立博物馆")], notes
    assert not [n for n in notes if "删除“或者将”" in n], notes
    assert "表述修改：“文物保护单位的用途”改为“文物保护单位中的纪念建筑物或者古建筑的用途”" in notes, notes


pollution = _held_out("最高人民法院、最高人民检察院关于办理环境污染刑事案件适用法律若干问题的解释", "2016-12-23", "2023-08-08")


def test_an_item_moved_as_it_was_to_a_heavier_tier_of_cases_is_said(pollution):
    """2016 第一条 lists the cases of "严重污染环境"; 2023 第一条 those and 第二条 those of "情节严重". Items (十三)–(十五) of the
    old list stand word for word among 第二条's: the pair's diff found no edit, and no note said they now carry the heavier
    penalty (unsaid three times in recall 1544). An item that stays in its tier is no such note."""
    pair = old_pair(pollution, "第一条")
    notes = pair_messages(pair)
    for words, item in (("致使疏散、转移群众五千人以上的", "（八）"), ("致使三十人以上中毒的", "（九）")):
        assert f"“{words}”由“严重污染环境”情形改为“情节严重”情形（现第二条{item}）" in notes, notes
    assert not [n for n in notes if "非法排放、倾倒、处置危险废物三吨以上的”由" in n], notes
    en = [f.message_en for f in pair.findings]
    assert "“致使三十人以上中毒的” moved from the cases of “严重污染环境” to those of “情节严重” (Article 2 (9))" in en, en


husbandry = _held_out("畜牧法", "2015-04-24", "2022-10-30")


def test_a_referral_to_another_law_names_the_conduct_it_now_covers(husbandry):
    """2015 第六十八条 fined selling breeding stock without "检疫合格证明" under its first paragraph; 2022 第八十八条 sends "销售的
    种畜禽未附具检疫证明，伪造、变造畜禽标识…的" to 《动物防疫法》. The referral's note named no conduct, and the certificate's
    move out of the fined list was partly said in recalls 1537 and 1544."""
    notes = pair_messages(old_pair(husbandry, "第六十八条"))
    assert any(n.startswith("改为依照《中华人民共和国动物防疫法》的有关规定追究法律责任（销售的种畜禽未附具检疫证明，伪造、变造畜禽"
                            "标识，或者持有、使用伪造、变造的畜禽标识的）") for n in notes), notes
