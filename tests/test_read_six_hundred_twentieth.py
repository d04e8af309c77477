"""What readings 620 and on (2026-12-05, the twenty-seventh session) found wrong or useless, fixed, pinned on the real
text (tests/fixtures/laws)."""

from conftest import held_out_fixture as _law
from conftest import law_fixture as _corpus_law
from conftest import old_pair, pair_messages

from policydiff.render.headlines import ranked_headlines

council = _law("国务院组织法", "1982-12-10", "2024-03-11")


def test_a_sentence_cut_in_two_in_another_provision_is_moved_there_not_deleted(council):
    """1982 第六条 "国务委员受总理委托，负责某些方面的工作或者专项任务，并且可以代表国务院进行外事活动" is 2024 第五条's "受总理委托，
    负责其他方面的工作或者专项任务；根据统一安排，代表国务院进行外事活动", cut in two at its comma: "第六条…整条删除" and two
    "新增规定" of 第五条 were wrong in reading 623. Since f43dec3 the brackets say "等" after the force of its duty (根据统一安排
    and 其他方面 changed too, reading 1010)."""
    assert "“受总理委托，负责其他方面的工作或者专项任务；根据统一安排，代表国务院进行外事活动”由原第六条移入，文字有改动（删除“可以”等）" \
        in pair_messages(old_pair(council, "第二条"))
    assert not [m for m in pair_messages(old_pair(council, "第二条")) if m.startswith("新增规定")]
    assert "“国务委员受总理委托，负责某些方面的工作或者专项任务，并且可以代表国务院进行外事活动”移至现第五条，文字有改动（删除“可以”等）" \
        in pair_messages(old_pair(council, "第六条"))
    texts = [line.text for line in ranked_headlines(council)]
    assert not [t for t in texts if t.startswith("第六条（") and ("整条删除" in t or "已删除或改写" in t)], texts
    assert [t for t in texts if t.startswith("第六条（") and "并入现第五条" in t], texts


antimonopoly = _law("反垄断法", "2007-08-30", "2022-06-24")


def test_a_fine_after_its_own_condition_stays_in_the_quote(antimonopoly):
    """2022 第六十二条 "…上一年度没有销售额或者销售额难以计算的，处五百万元以下的罚款": the wording note's quote ended on the condition,
    its fine cut off (useless in reading 606)."""
    notes = pair_messages(old_pair(antimonopoly, "第五十二条"))
    # (since reading 942 no wording note quotes these fines at all: the penalty notes say them, the fine with its condition)
    assert not [m for m in notes if m.startswith("表述修改：") and "销售额难以计算的" in m], notes
    assert [m for m in notes if "上一年度没有销售额或者销售额难以计算的500万元以下" in m], notes


produce = _law("农产品质量安全法", "2018-10-26", "2022-09-02")


def test_a_body_renamed_is_quoted_with_its_field(produce):
    """第四十条 → 第五十九条: "县级人民政府农业行政主管部门报告" → "…农业农村等部门报告": "“行政主管部门”改为“农村等部门”" was a fragment
    (reading 621)."""
    notes = pair_messages(old_pair(produce, "第四十条"))
    assert "表述修改：“乡级”改为“乡镇”；“农业行政主管部门”改为“农业农村等部门”" in notes, notes


sports = _corpus_law("体育法", "2016-11-07", "2022-06-24")


def test_a_word_only_taken_out_before_a_body_is_not_widened_to_its_field(sports):
    """The same rule keeps "卫生行政部门" → "卫生健康行政部门" whole (体育法 第二十三条 → 第三十条)."""
    notes = pair_messages(old_pair(sports, "第二十三条"))
    assert [m for m in notes if "“卫生行政部门”改为“卫生健康行政部门”" in m], notes


conscription = _law("征兵工作条例", "2001-09-05", "2023-04-01")
deputies = _law("全国人民代表大会和地方各级人民代表大会代表法", "2015-08-29", "2025-03-11")
livestock = _law("畜牧法", "2015-04-24", "2022-10-30")


def test_wordings_of_the_same_meaning_are_no_change(conscription, deputies, livestock):
    """"并提供方便" → "并提供便利" (征兵工作条例 第十四条 → 第十七条, reading 626), "不断提高执行代表职务的能力" → "不断提高履职能力"
    (代表法 第四条 → 第八条, reading 622), "（六）具备法律、行政法规规定的其他条件" → "（六）法律、行政法规规定的其他条件" under "应当具备
    下列条件" (畜牧法 第二十二条 → 第二十四条, reading 621): useless."""
    assert not [m for m in pair_messages(old_pair(conscription, "第十四条")) if "便利" in m]
    notes = pair_messages(old_pair(deputies, "第四条"))
    assert not [m for m in notes if "履职能力" in m], notes
    assert "新增规定：“（三）带头宣传贯彻本级人民代表大会会议精神”" in notes, notes
    notes = pair_messages(old_pair(livestock, "第二十二条"))
    assert not [m for m in notes if "其他条件" in m], notes
    assert [m for m in notes if "“畜牧兽医行政主管部门”改为" in m], notes  # (the pair's other notes stay; its "必须是" → "是"
    # is no note since reading 1949)


pollution = _law("最高人民法院、最高人民检察院关于办理环境污染刑事案件适用法律若干问题的解释", "2016-12-23", "2023-08-08")


def test_a_duty_word_put_for_another_word_is_quoted_with_its_verb(pollution):
    """2016 第十条 → 2023 第十一条: "应当从重处罚" → "依法从重处罚", the provision's other 应当 ("应当依照刑法…") kept: "“应当”改为
    “依法”" did not say which (useless in reading 627)."""
    notes = pair_messages(old_pair(pollution, "第十条"))
    assert "表述修改：“应当从重处罚”改为“依法从重处罚”" in notes, notes
    assert "表述修改：“应当”改为“依法”" not in notes


pensions = _law("军人抚恤优待条例", "2019-03-02", "2024-08-05")


def test_words_of_level_put_in_a_body_s_name_are_quoted_with_the_name(pensions):
    """第四十八条 → 第五十七条: "由县级人民政府退役军人事务部门" → "由县级以上地方人民政府…": "新增“以上地方”" was a fragment (useless
    in reading 635)."""
    notes = pair_messages(old_pair(pensions, "第四十八条"))
    assert "表述修改：“县级人民政府”改为“县级以上地方人民政府”" in notes, notes


relics = _law("文物保护法", "2017-11-04", "2024-11-08")
emergencies = _corpus_law("突发事件应对法", "2007-08-30", "2024-06-28")


def test_more_wordings_of_the_same_meaning_are_no_change(pensions, relics, emergencies):
    """"作为丧葬补助费" → "作为丧葬补助" and "死难" → "牺牲" beside "死亡" → "牺牲" (军人抚恤优待条例, reading 635), "作其他用途" →
    "改作其他用途" (文物保护法 第二十三条 → 第三十四条, "“文物作”改为“文物改作”" in reading 633), "应对突发事件" → "突发事件应对工作"
    (突发事件应对法 第十九条 → 第三十条, reading 631): useless."""
    assert not [m for m in pair_messages(old_pair(pensions, "第二十八条")) if "丧葬补助" in m]
    notes = pair_messages(old_pair(pensions, "第八条"))
    assert "表述修改：“死难”改为“牺牲”" not in notes and [m for m in notes if "“死亡”改为“牺牲”" in m], notes
    assert not [m for m in pair_messages(old_pair(relics, "第二十三条")) if "改作" in m]
    assert not [m for m in pair_messages(old_pair(emergencies, "第十九条")) if "突发事件应对工作" in m]


secrets = _law("保守国家秘密法", "2010-04-29", "2024-02-27")


def test_a_sentence_cut_in_two_sentences_of_one_paragraph_is_rewritten_into_both(secrets):
    """第十一条's "…应当在有关范围内公布，并根据情况变化及时调整" is 2024 第十五条's "…科学论证评估，并根据情况变化及时调整。
    保密事项范围的规定应当在有关范围内公布": "改写" into the second sentence alone read as the duty to adjust dropped (wrong in
    reading 632), the first "新增规定" though its last phrase is old."""
    notes = pair_messages(old_pair(secrets, "第十一条"))
    # (said as the sentence split in two since rewrites._tail_apart, readings 881–909)
    assert "改写：“国家秘密及其密级的具体范围的规定，应当在有关范围内公布，并根据情况变化及时调整”分为“保密事项范围的确定应当遵循必要、" \
        "合理原则，科学论证评估，并根据情况变化及时调整”“保密事项范围的规定应当在有关范围内公布”" in notes, notes
    assert not [m for m in notes if m.startswith("新增规定：“保密事项范围的确定")], notes



women = _law("妇女权益保障法", "2018-10-26", "2022-10-30")


def test_er_put_in_before_a_verb_is_no_change_of_wording(women):
    """第二十八条 → 第五十条: "为…开展的" → "为…而开展的": "“开展的”改为“而开展的”" was useless in reading 642."""
    assert not [m for m in pair_messages(old_pair(women, "第二十八条")) if "“而开展的”" in m]


marine = _corpus_law("海洋环境保护法", "2017-11-04", "2023-10-24")
supervision = _law("各级人民代表大会常务委员会监督法", "2006-08-27", "2024-11-08")


def test_words_put_in_a_list_after_a_kept_word_are_quoted_with_it(marine, supervision):
    """海洋环境保护法 第十七条 → 第二十七条: "海洋环境污染事故的单位" → "海洋环境污染、生态破坏事件的单位": "“事故的单位”改为“生态破坏
    事件的单位”" was a fragment (useless in reading 637); 监督法 第二十九条 → 第四十条 the same, the government the list opens on."""
    assert "表述修改：“海洋环境污染事故的单位”改为“海洋环境污染、生态破坏事件的单位”" in pair_messages(old_pair(marine, "第十七条"))
    assert [m for m in pair_messages(old_pair(supervision, "第二十九条"))
            if "“本级人民政府发布的不适当的决定、命令”改为“本级人民政府、监察委员会、人民法院、人民检察院制定的" in m]


organs = _law("人体器官捐献和移植条例", "2007-03-31", "2023-12-04")


def test_a_renamed_term_with_its_joiner_is_not_said_taken_out(organs):
    """第二十一条 → 第三十二条: "（一）摘取和植入人体器官的手术费" → "（一）获取活体器官、…植入人体器官所发生的手术费…", 摘取 renamed
    获取 throughout: "删除“摘取和”" read as the fee for taking organs gone (wrong in reading 641)."""
    notes = pair_messages(old_pair(organs, "第二十一条"))
    assert "表述修改：删除“摘取和”" not in notes, notes
    assert [m for m in notes if m.startswith("改写：“（三）摘取、植入人体器官")], notes


money_laundering = _law("反洗钱法", "2006-10-31", "2024-11-08")


def test_the_clause_before_a_moved_clause_moved_with_it(money_laundering, secrets):
    """反洗钱法 2006 第三十六条 "对涉嫌恐怖活动资金的监控适用本法；其他法律另有规定的，适用其规定" is 2024 第二条's "预防恐怖主义融资活动
    适用本法；其他法律另有规定的，适用其规定": its stock clause alone said moved, the rest "新增规定" and "整条删除" (wrong in reading 648).
    The same moves 保守国家秘密法 第四十四条's "…存在泄密隐患的，应当要求其采取措施，限期整改" to 第五十二条."""
    notes = pair_messages(old_pair(money_laundering, "第二条"))
    # (with its stock clause, one note since reading 781)
    assert "“预防恐怖主义融资活动适用本法；其他法律另有规定的，适用其规定”由原第三十六条移入，文字有改动" in notes, notes
    assert not [m for m in notes if m.startswith("新增规定")], notes
    texts = [line.text for line in ranked_headlines(money_laundering)]
    assert "第三十六条（对涉嫌恐怖活动资金的监控适用本法）并入现第二条，文字有改动" in texts, texts
    assert [m for m in pair_messages(old_pair(secrets, "第四十四条")) if "限期整改；" in m and "移至现第五十二条" in m]


def test_a_penalty_whose_conduct_went_to_another_is_not_paired_by_its_place(organs):
    """2007 第三十条 (doctors taking part in the death determination) is 2023 第四十条（三）, not 第四十三条, whose four items
    punish other conducts: "第三十条（现第四十三条）：新增5万–20万元罚款" was a headline, wrong in readings 641 and 646."""
    # (its penalties that article's since reading 720: "处罚改依该条规定")
    assert "“从事人体器官移植的医务人员参与尸体器官捐献人的死亡判定的”移至现第四十条，处罚改依该条规定，文字有改动" in pair_messages(
        old_pair(organs, "第三十条"))
    texts = [line.text for line in ranked_headlines(organs)]
    assert not [t for t in texts if t.startswith("第三十条（现第四十三条）")], texts[:8]
