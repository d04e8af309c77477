"""What readings 1554 and on (2026-12-07, the fiftieth session) found unsaid, wrong or useless, fixed, pinned on the real
text (tests/fixtures/laws and the corpus)."""

from conftest import held_out_fixture as _held_out
from conftest import law_fixture as _law
from conftest import new_pair, old_pair, pair_messages

sea = _law("海洋环境保护法", "2017-11-04", "2023-10-24")


def test_a_character_replaced_is_not_said_by_a_sentence_put_in_elsewhere(sea):
    """2017 第三十条's last paragraph "应当将排污口深海设置" is 2023 第四十八条's "应当将排污口深水设置": the one character
    replaced was said by "新增规定：“沿海县级以上地方人民政府…入海排污口…近岸水体…”", a sentence of another paragraph
    that holds both characters, and by a rewrite of another paragraph; unsaid in recall 1561. (Since reading 1709 with
    its phrase: the article says 深海 in other places, kept there.)"""
    notes = pair_messages(old_pair(sea, "第三十条"))
    assert "表述修改：“应当将排污口深海设置”改为“应当将排污口深水设置”" in notes, notes


def test_a_waste_renamed_beside_a_phrase_put_in_is_said(sea):
    """2017 第六十一条 → 2023 第七十七条: "废弃物" became "废物" in a paragraph whose new sentence a note quotes whole."""
    notes = pair_messages(old_pair(sea, "第六十一条"))
    # (placed since readings 1773 and on: the article says 废弃物 in other places, "焚烧废弃物" kept)
    assert [n for n in notes if n.startswith("表述修改：") and "“放射性废弃物”改为“放射性废物”" in n], notes


rules = _held_out("全国人民代表大会常务委员会议事规则", "2009-04-24", "2022-06-24")


def test_a_committee_that_now_examines_instead_of_deliberating_is_said(rules):
    """2009 第十六条: the budget bill goes to the financial and economic committee "审议"; 2022 第二十四条: "审查", twice.
    The replacement was said by the new sentence "有关专门委员会的审查意见印发常务委员会会议", which holds both words."""
    notes = pair_messages(old_pair(rules, "第十六条"))
    assert "表述修改：“审议”改为“审查”（共2处）" in notes, notes


legislation = _law("立法法", "2015-03-15", "2023-03-13")


def test_an_old_sentence_cut_in_two_is_not_quoted_as_its_first_half(legislation):
    """2015 第四十六条 gives the central bodies "以及省、自治区、直辖市的人民代表大会常务委员会" the right to ask for an
    interpretation; 2023 第四十九条 gives the central bodies (国家监察委员会 added) that right "或者提出相关法律案", and the
    provincial committees theirs, as it was, in a second paragraph. The old sentence quoted against the first paragraph
    alone read as the provincial committees left out, wrong in reading 1554."""
    notes = pair_messages(old_pair(legislation, "第四十六条"))
    assert notes == ["表述修改：新增“国家监察委员会”；“各专门委员会以及”改为“各专门委员会，可以向全国人民代表大会常务委员会提出"
                     "法律解释要求或者提出相关法律案”"], notes


crypto = _held_out("商用密码管理条例", "1999-10-07", "2023-04-27")


def test_the_bar_of_a_crime_goes_with_the_criminal_liability_given_for_every_breach(crypto):
    """1999 第二十五条 "…构成犯罪的，依法追究刑事责任；尚不构成犯罪的，依法给予行政处分" → 2023 第六十五条 "…的，依法给予处分",
    第六十六条 giving criminal liability for every breach: "删除“尚不构成犯罪”" beside that note was useless in reading 1558."""
    notes = pair_messages(old_pair(crypto, "第二十五条"))
    assert "“构成犯罪的，依法追究刑事责任”不再在此规定，现由第六十六条统一规定" in notes, notes
    assert not [n for n in notes if "删除“尚不构成犯罪”" in n], notes
    assert "表述修改：“依法给予行政处分”改为“依法给予处分”" in notes, notes


food = _held_out("最高人民法院、最高人民检察院关于办理危害食品安全刑事案件适用法律若干问题的解释", "2013-05-02", "2021-12-30")


def test_the_issuers_of_judicial_interpretations_left_unnamed_are_no_edit(food):
    """2013 第二十二条 "最高人民法院、最高人民检察院此前发布的司法解释…" → 2021 第二十六条 "之前发布的司法解释…": only those two
    issue judicial interpretations; "“最高人民法院、最高人民检察院此前”改为“之前”" was useless in readings 1521 and 1559."""
    notes = pair_messages(old_pair(food, "第二十二条"))
    assert not [n for n in notes if n.startswith("表述修改：")], notes
    assert [n for n in notes if n.startswith("新增规定：“本解释公布实施后")], notes


def test_the_meeting_that_adopted_each_version_is_no_change(food):
    """The 2013 interpretation opens on "2013年4月28日最高人民法院审判委员会第1576次会议、…通过", the 2021 one, issued anew, on
    "2021年12月13日…第1856次会议、…通过": the two versions compared. "修订记录修改：…" was useless in reading 1559."""
    from policydiff.render.ranking import ranked_headlines

    texts = [f.message for p in food.pairs for f in p.findings] + [h.text for h in ranked_headlines(food)]
    assert not [t for t in texts if "第1576次会议" in t], texts


spying = _held_out("反间谍法", "2014-11-01", "2023-04-26")


def test_rules_followed_named_by_another_word_of_the_same_meaning_are_no_edit(spying):
    """2014 第十一条's second paragraph "按照国家有关规定，可以优先使用或者依法征用…" is 2023 第四十四条's "根据国家有关规定，…":
    "表述修改：“按照”改为“根据”" was useless in reading 1564; the bodies whose means may be used, widened, are still said."""
    notes = pair_messages(old_pair(spying, "第十一条"))
    assert not [n for n in notes if "“按照”改为“根据”" in n], notes
    assert [n for n in notes if "“团体”改为“人民团体”" in n], notes


laundering = _held_out("反洗钱法", "2006-10-31", "2024-11-08")


def test_a_member_put_in_is_not_said_by_a_rewrite_that_names_it_in_another_sentence(laundering):
    """2006 第二十三条 "…金融机构有权拒绝调查" → 2024 第四十三条 "…金融机构、特定非金融机构有权拒绝接受调查": the new right of
    refusal was said by the rewrite of the first paragraph, whose new sentence "金融机构、特定非金融机构应当配合反洗钱调查…"
    names both; unsaid in recall 1569."""
    notes = pair_messages(old_pair(laundering, "第二十三条"))
    assert "表述修改：“金融机构有权拒绝调查”改为“金融机构、特定非金融机构有权拒绝接受调查”" in notes, notes


emergencies = _law("突发事件应对法", "2007-08-30", "2024-06-28")


def test_a_body_made_its_department_is_said_though_a_rewrite_quotes_the_words_on_the_old_side(emergencies):
    """2007 第六十四条 "由所在地履行统一领导职责的人民政府责令停产停业…" → 2024 第九十六条 "…的人民政府有关部门责令停产停业…": who
    orders the stop and fines changed; "有关部门" was read as moved from, and said by the rewrite of, the old last sentence
    "…由人民政府有关部门依法决定处罚的，从其规定", which holds it only on its old side. Unsaid in recall 1577."""
    notes = pair_messages(old_pair(emergencies, "第六十四条"))
    assert "表述修改：“由所在地履行统一领导职责的人民政府责令停产停业”改为“由所在地履行统一领导职责的人民政府有关部门责令停产停业”" \
        in notes, notes


vocational = _held_out("职业教育法", "1996-05-15", "2022-04-20")


def test_a_phrase_taken_out_that_a_sentence_put_in_restates_is_rewritten_into_it(vocational):
    """1996 第七条 "国家采取措施，帮助妇女接受职业教育，组织失业人员接受各种形式的职业教育，…" → 2022 第十条, whose last paragraph
    is "国家保障妇女平等接受职业教育的权利": the edit of the sentence read as the women's clause dropped, and the new paragraph
    as new (wrong in reading 1575)."""
    notes = pair_messages(old_pair(vocational, "第七条"))
    assert "改写：“帮助妇女接受职业教育”改为“国家保障妇女平等接受职业教育的权利”" in notes, notes
    assert "表述修改：“组织失业人员接受各种形式的职业教育”改为“组织各类转岗、再就业、失业人员以及特殊人群等接受各种形式的职业教育”" \
        in notes, notes
    assert not [n for n in notes if n.startswith("新增规定：“国家保障妇女")], notes


deputies = _held_out("全国人民代表大会和地方各级人民代表大会代表法", "2015-08-29", "2025-03-11")
defence_education = _held_out("国防教育法", "2018-04-27", "2024-09-13")


def test_words_that_only_point_back_or_name_the_state_as_subject_are_no_edit(deputies, defence_education):
    """代表法 2015 第十一条 "…依法提出的上述人员的人选提出意见" → 2025 第十七条 "…依法提出的人选提出意见" (reading 1575), and
    国防教育法 2018 第十一条 "国家和社会对…给予表彰和奖励" → 2024 "对…按照国家有关规定给予表彰、奖励" (reading 1573): "删除“上述
    人员的”" and "删除“国家和社会”" were useless; the other edits of the two provisions are still said."""
    notes = pair_messages(old_pair(deputies, "第十一条"))
    assert not [n for n in notes if "上述人员的" in n], notes
    assert "表述修改：新增“监察委员会主任”" in notes, notes
    notes = pair_messages(old_pair(defence_education, "第十一条"))
    assert notes == ["表述修改：“采取各种形式”改为“按照国家有关规定”"], notes


women = _held_out("妇女权益保障法", "2018-10-26", "2022-10-30")


def test_an_object_made_explicit_as_the_sentence_said_it_just_before_is_no_edit(women):
    """2018 第五十一条 "妇女有按照国家有关规定生育子女的权利，也有不生育的自由" → 2022 第三十二条 "…也有不生育子女的自由": the
    sentence already said "生育子女"; "“也有不生育的自由”改为“也有不生育子女的自由”" was useless in reading 1583."""
    notes = pair_messages(old_pair(women, "第五十一条"))
    assert not [n for n in notes if "不生育子女的自由" in n], notes
    assert "表述修改：“妇女有按照国家有关规定生育子女的权利”改为“妇女依法享有生育子女的权利”" in notes, notes


def test_a_character_of_a_fund_replaced_after_the_clause_a_rewrite_quotes_is_said(vocational, laundering):
    """职业教育法 1996 第二十九条 "…；拒不改正的，可以收取企业应当承担的职业教育经费…" → 2022 第六十四条 "…；拒不改正的，由县级
    以上人民政府收取其应当承担的职工教育经费…": "业" → "工" was said by the rewrite of the clause before the "；" (unsaid in
    recall 1595); 反洗钱法 第二十三条's "合法证件" → "执法证件" likewise."""
    notes = pair_messages(old_pair(vocational, "第二十九条"))
    assert "表述修改：“拒不改正的，可以收取企业应当承担的职业教育经费”改为“拒不改正的，由县级以上人民政府收取其应当承担的职工教育" \
           "经费”" in notes, notes
    notes = pair_messages(old_pair(laundering, "第二十三条"))
    # (read with its noun since reading 1846, "合法证件" → "执法证件": the rewrite beside it quotes it)
    assert [n for n in notes if "合法证件" in n and "执法证件" in n], notes


drugs = _held_out("中国人民解放军实施《药品管理法》办法", "2004-12-09", "2025-04-05")


def test_a_moved_sentence_that_now_imposes_a_sanction_says_so(drugs):
    """2004 第三十三条 "军队单位或者军队人员违反本办法规定从事药品广告宣传的，责令改正" → 2025 第五十条 "…从事药品商业宣传的，
    责令改正，没收违法所得": "由原第三十三条移入，文字有改动" hid the confiscation (wrong in reading 1592)."""
    pair = new_pair(drugs, "第五十条")
    notes = pair_messages(pair)
    assert [n for n in notes if n.endswith("由原第三十三条移入，文字有改动（新增没收违法所得等）")], notes
    assert [f.message_en for f in pair.findings if f.message_en.endswith("(“没收违法所得” added, and more)")], pair.findings


review = _law("行政复议法", "2017-09-01", "2023-09-01")


def test_the_act_the_evidence_was_for_said_without_its_then_is_no_edit(review):
    """2017 第二十三条 "…提交当初作出具体行政行为的证据…" → 2023 第四十八条 "…提交作出行政行为的证据…": "删除“当初”" was useless
    in reading 1588."""
    notes = pair_messages(old_pair(review, "第二十三条"))
    assert not [n for n in notes if "当初" in n], notes


company = _law("公司法", "2018-10-26", "2023-12-29")


def test_a_citation_list_grown_beside_reworded_words_says_the_provision_it_now_cites(company):
    """2018 第一百一十八条 "本法第五十三条、第五十四条关于有限责任公司监事会职权的规定，适用于股份有限公司监事会" → 2023
    第一百三十一条 "本法第七十八条至第八十条的规定…": 第五十三、五十四条 are 第七十八、七十九条; 第八十条 (the board may ask
    directors for reports) is cited anew, read as the same powers renumbered (partly said in recall 1569)."""
    notes = pair_messages(old_pair(company, "第一百一十八条"))
    assert "表述修改：“本法第五十三条、第五十四条关于有限责任公司监事会职权的规定”改为“本法第七十八条至第八十条的规定”" \
           "（新增援引本法第八十条）" in notes, notes


relics = _held_out("文物保护法", "2017-11-04", "2024-11-08")


def test_a_provision_that_took_words_of_a_cited_one_is_no_citation_put_in(relics):
    """2017 第四十二条 "…不得依照本法第四十条、第四十一条的规定处置其馆藏文物" → 2024 第五十八条 "…依照本法第五十五条至第五十七条
    的规定借用、交换…": 第四十条 is 第五十六条 and, in part ("由原第四十条移入"), 第五十五条; "（新增援引本法第五十五条）" was false
    in recall 1603."""
    notes = pair_messages(old_pair(relics, "第四十二条"))
    assert not [n for n in notes if "新增援引" in n], notes


minerals = _held_out("矿产资源法", "2009-08-27", "2024-11-08")


def test_everyone_a_ban_binds_said_by_another_pair_of_words_is_no_edit(minerals):
    """2009 第三条 "禁止任何组织或者个人用任何手段侵占或者破坏矿产资源" → 2024 第四条 "禁止任何单位和个人以任何手段…":
    "“组织或者个人用”改为“单位和个人以”" was useless in reading 1597."""
    notes = pair_messages(old_pair(minerals, "第三条"))
    assert not [n for n in notes if "单位和个人以" in n], notes
