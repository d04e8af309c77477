"""What readings 835 and on (2026-12-05, the thirty-third session) found wrong or useless, fixed, pinned on the real
text (tests/fixtures/laws)."""

from conftest import held_out_fixture as _law
from conftest import new_pair, old_pair, pair_messages

from policydiff.render.headlines import ranked_headlines

vocational = _law("职业教育法", "1996-05-15", "2022-04-20")
science = _law("科学技术普及法", "2002-06-29", "2024-12-25")
women = _law("妇女权益保障法", "2018-10-26", "2022-10-30")


def _labels(pair):
    return [c.label for c in pair.old], [c.label for c in pair.new]


def test_an_article_rewritten_on_the_same_opening_is_that_article(vocational):
    """1996 第二十三条 "职业学校、职业培训机构实施职业教育应当实行产教结合…" is 2022 第四十条 "职业学校、职业培训机构实施职业教育应当
    注重产教融合，实行校企合作": little else of the two is alike, but the same subject doing the same thing opens both and no
    other clause left over. "整条删除" was wrong in reading 841 (item 53)."""
    assert _labels(old_pair(vocational, "第二十三条")) == (["第二十三条"], ["第四十条"])
    notes = pair_messages(old_pair(vocational, "第二十三条"))
    assert ("改写：“职业学校、职业培训机构实施职业教育应当实行产教结合，为本地区经济建设服务，与企业密切联系，培养实用人才和熟练劳动者”"
            "改为“职业学校、职业培训机构实施职业教育应当注重产教融合，实行校企合作”") in notes, notes
    lines = [line.text for line in ranked_headlines(vocational)]
    assert not [t for t in lines if t.startswith("第二十三条（") and ("整条删除" in t or "已删除或改写" in t)], lines


def test_the_costs_of_training_are_the_article_of_the_training_fund(vocational):
    """1996 第二十八条 (企业应当承担对本单位的职工和准备录用的人员进行职业教育的费用) is 2022 第五十八条 (职工教育经费 … 对本单位的职工和准备
    招用人员进行职业教育): the two share that phrasing only, 0.29 of the old clause (rule 4 asked 0.3). "整条删除" was wrong in
    reading 841 (item 54)."""
    assert _labels(old_pair(vocational, "第二十八条")) == (["第二十八条"], ["第五十八条"])


def test_the_award_for_science_popularisers_is_one_article_rewritten(science):
    """2002 第二十九条 (… 对在科普工作中做出重要贡献的组织和个人，予以表彰和奖励) is 2024 第十三条, rewritten, not an article
    deleted whose part went there."""
    assert _labels(old_pair(science, "第二十九条")) == (["第二十九条"], ["第十三条"])


def test_the_right_to_life_and_health_is_one_article_rewritten(women):
    """2018 第三十八条 (妇女的生命健康权不受侵犯 …) is 2022 第二十一条 (妇女的生命权、身体权、健康权不受侵犯 …)."""
    assert _labels(old_pair(women, "第三十八条")) == (["第三十八条"], ["第二十一条"])
    assert "表述修改：“生命健康权”改为“生命权、身体权、健康权”" in pair_messages(new_pair(women, "第二十一条"))  # (whole since reading 1909)


def test_a_short_name_given_is_no_change(science):
    """"（以下称科普）" → "（以下简称科普）": the same short name (useless in reading 841, item 27); "易于接触" is the change."""
    assert pair_messages(old_pair(science, "第二条")) == ["表述修改：“易于理解”改为“易于接触、理解”"]


pollution = _law("最高人民法院、最高人民检察院关于办理环境污染刑事案件适用法律若干问题的解释", "2016-12-23", "2023-08-08")


def test_two_items_rewritten_as_one_are_one_note(pollution):
    """2016 第一条（十六）"致使三人以上轻伤…" and （十七）"致使一人以上重伤…" are 2023 第二条（十）"致使一人以上重伤、严重疾病或者
    三人以上轻伤的": "不再规定" of （十六） was wrong in reading 839 (item 36)."""
    notes = pair_messages(old_pair(pollution, "第一条"))
    assert ("改写：“（十六）致使三人以上轻伤、轻度残疾或者器官组织损伤导致一般功能障碍的；（十七）致使一人以上重伤、中度残疾或者器官组织损伤"
            "导致严重功能障碍的”改为“（十）致使一人以上重伤、严重疾病或者三人以上轻伤的”") in notes, notes
    assert not [n for n in notes if n.startswith(("不再规定：“（十六）", "删除或改写：“（十六）"))], notes


minerals = _law("矿产资源法", "2009-08-27", "2024-11-08")


def test_a_sentence_joined_into_its_neighbours_rewrite_is_one_note(minerals):
    """2009 第二十九条's "矿山企业的开采回采率、采矿贫化率和选矿回收率应当达到设计要求" is in 2024 第三十九条's "…并采取有效措施确保矿产资源
    开采回采率、选矿回收率和综合利用率达到有关国家标准的要求": "不再规定" was wrong in reading 835 (item 29)."""
    notes = pair_messages(old_pair(minerals, "第二十九条"))
    assert not [n for n in notes if n.startswith(("不再规定：“矿山企业", "删除或改写：“矿山企业"))], notes
    assert [n for n in notes if n.startswith("改写：“开采矿产资源，必须采取合理的开采顺序、开采方法和选矿工艺。矿山企业的开采回采率")], notes


food = _law("最高人民法院、最高人民检察院关于办理危害食品安全刑事案件适用法律若干问题的解释", "2013-05-02", "2021-12-30")


def test_a_clause_going_on_from_one_put_in_is_said_with_it(food):
    """2021 第十七条's "…对畜禽注水或者注入其他物质，足以造成…的，依照刑法第一百四十三条…定罪处罚；虽不足以造成严重食物中毒事故或者其他
    严重食源性疾病，但符合刑法第一百四十条规定的，以生产、销售伪劣产品罪定罪处罚": the "虽不足以…" clause said put in alone, its subject
    (注水) left out, read as a rule of its own for the pig slaughterhouses of 第一款 (wrong twice in reading 839, items 2 and 51)."""
    notes = pair_messages(old_pair(food, "第十二条"))
    assert not [n for n in notes if n.startswith("新增规定：“虽不足以")], notes
    # (since readings 1327–1328 the first clause is quoted whole, and the one going on from it after "；" with it: left out,
    # it was said by no note)
    assert "新增规定：“对畜禽注水或者注入其他物质，足以造成严重食物中毒事故或者其他严重食源性疾病的，依照刑法第一百四十三条的规定以生产、销售不符合安全标准的食品罪定罪处罚；虽不足以造成严重食物中毒事故或者其他严重食源性疾病，但符合刑法第一百四十条规定的，以生产、销售伪劣产品罪定罪处罚”" in notes, notes


drugs = _law("中国人民解放军实施《药品管理法》办法", "2004-12-09", "2025-04-05")
livestock = _law("畜牧法", "2015-04-24", "2022-10-30")


def test_a_sentence_is_not_split_in_two_whose_first_half_another_says_more(drugs, livestock):
    """2004 第十五条's "列入国家药品抽查检验计划的，抽查检验结果在国家药品质量公告上公布" is not split into 2025 第二十八条's plan
    ("…制定军队药品质量抽查检验计划，组织…进行抽查检验") and its results: the old first sentence, "…应当根据国家和军队药品抽查检验计划
    对军队使用的药品进行抽查检验", holds more of the plan's words, and "不再规定" of it beside "改写：“列入…公布”改为“…计划……”" paired the
    wrong sentences (reading 837, item 37). 畜牧法 第二十四条's "许可证样式由…制定，许可证有效期为三年" is "具体办法和许可证样式由…制定",
    the publication of approvals put in beside it."""
    notes = pair_messages(old_pair(drugs, "第十五条"))
    assert not [n for n in notes if n.startswith(("不再规定：“总后勤部卫生部", "删除或改写：“总后勤部卫生部"))], notes
    assert not [n for n in notes if n.startswith("改写：“列入国家药品抽查检验计划的")], notes
    notes = pair_messages(old_pair(livestock, "第二十四条"))
    assert "新增规定：“种畜禽生产经营许可证的审批和发放信息应当依法向社会公开”" in notes, notes


quarantine = _law("国境卫生检疫法", "2018-04-27", "2024-06-28")
conscription = _law("征兵工作条例", "2001-09-05", "2023-04-01")
counterespionage = _law("反间谍法", "2014-11-01", "2023-04-26")


def test_an_article_whose_paragraph_a_new_one_rewrites_is_that_article(quarantine, conscription, drugs):
    """国境卫生检疫法 2018 第四条 "入境、出境的人员、交通工具…都应当接受检疫，经国境卫生检疫机关许可，方准入境或者出境" is 2024 第九条
    "进境出境的人员、交通运输工具…应当依法接受检疫查验，经海关准许，方可进境出境", a paragraph on privileged persons put after it:
    "删除原第四条" was wrong in reading 845 (item 21). So 征兵工作条例 第三十条 (新兵自行报到) → 第三十八条 and 药品管理法办法 第四条
    (供应保障) → 第十三条."""
    assert _labels(old_pair(quarantine, "第四条")) == (["第四条"], ["第九条"])
    assert _labels(old_pair(conscription, "第三十条")) == (["第三十条"], ["第三十八条"])
    assert _labels(old_pair(drugs, "第四条")) == (["第四条"], ["第十三条"])


def test_the_old_tier_whose_cases_went_to_another_article_is_not_the_new_tier_above(pollution):
    """环境污染刑事案件解释 2016 第三条 (后果特别严重) is not 2023 第三条 (情节特别严重, 七年以上) however alike their lead-ins: more of its
    cases stand word for word in 第二条 (情节严重), where they went."""
    pair = old_pair(pollution, "第三条")
    assert pair.status.value == "deleted", _labels(pair)


def test_a_second_conduct_joined_by_or_went_to_the_item_beside_the_first(counterespionage):
    """反间谍法 2014 第三十三条 "隐藏、转移、变卖、损毁…冻结的财物的，或者明知是间谍活动的涉案财物而窝藏…隐瞒的，由国家安全机关追回" is 2023
    第六十条（四） and （五）: "新增规定" of （五） was wrong in reading 843 (items 27 and 48)."""
    notes = pair_messages(new_pair(counterespionage, "第六十条"))
    assert "“（五）明知是间谍行为的涉案财物而窝藏、转移、收购、代为销售或者以其他方法掩饰、隐瞒”由原第三十三条移入，文字有改动" in notes, notes
    assert not [n for n in notes if n.startswith("新增规定：“（五）")], notes
    lines = [line.text for line in ranked_headlines(counterespionage)]
    assert "第三十三条（隐藏、转移、变卖、损毁国家安全机关依法查封、扣押、冻结的财物的…）删除，大部分内容现见第六十条" in lines, lines


cryptography = _law("商用密码管理条例", "1999-10-07", "2023-04-27")


def test_criminal_liability_of_a_rewritten_sentence_is_given_where_the_new_version_gives_it_for_all(cryptography, drugs):
    """商用密码管理条例 1999 第二十五条 "商用密码管理机构的工作人员滥用职权、玩忽职守、徇私舞弊，构成犯罪的，依法追究刑事责任" is 2023
    第六十五条's "…依法给予处分"; criminal liability is 第六十六条's for every breach ("…构成犯罪的，依法追究刑事责任；给他人造成损害的，
    依法承担民事责任"). "改写：“…构成犯罪的，依法追究刑事责任”改为“…依法给予处分”" read as crimes now only disciplined (wrong in
    reading 849, item 33). So 药品管理法办法 第三十条's false test reports, 第五十五条 giving the liability."""
    notes = pair_messages(old_pair(cryptography, "第二十五条"))
    assert "“构成犯罪的，依法追究刑事责任”不再在此规定，现由第六十六条统一规定" in notes, notes
    assert [n for n in notes if n.startswith("改写：“商用密码管理机构的工作人员滥用职权、玩忽职守、徇私舞弊”改为")], notes
    notes = pair_messages(old_pair(drugs, "第三十条"))
    assert "改写：“军队药品检验机构出具虚假检验报告”改为“（二）出具虚假检验报告”" in notes, notes


def test_rules_listed_made_one_general_rule_are_one_rewrite(women):
    """妇女权益保障法 2018 第三十八条's four bans ("禁止溺、弃、残害女婴；禁止歧视、虐待生育女婴的妇女和不育的妇女；禁止用迷信、暴力等手段
    残害妇女；禁止虐待、遗弃病、残妇女和老年妇女") are 2022 第二十一条's one general ban ("禁止虐待、遗弃、残害、买卖以及其他侵害女性生命
    健康权益的行为"): three "不再规定" were wrong in reading 850 (items 35–37)."""
    notes = pair_messages(old_pair(women, "第三十八条"))
    assert not [n for n in notes if n.startswith(("不再规定：“禁止", "删除或改写：“禁止"))], notes
    assert "改写：“禁止溺、弃、残害女婴；禁止歧视、虐待生育女婴的妇女和不育的妇女；禁止用迷信、暴力等手段残害妇女；禁止虐待、遗弃病、残妇女和" \
           "老年妇女”改为“禁止虐待、遗弃、残害、买卖以及其他侵害女性生命健康权益的行为”" in notes, notes


def test_a_quote_cut_at_its_limit_is_cut_at_a_word():
    """"…质量评价、科学研…" cut 科学研究 (职业教育法 2022 第四十条, useless in reading 851): a quote cut at its limit ends at a
    list's or a phrase's end, else a word's."""
    from policydiff.findings.lexicon import load_lexicon
    from policydiff.findings.rewrites import quote

    said = quote("国家鼓励职业学校在招生就业、人才培养方案制定、师资队伍建设、专业规划、课程设置、教材开发、教学设计、教学实施、质量评价、"
                 "科学研究、技术服务、科技成果转化以及技术技能创新平台、专业化技术转移机构、实习实训基地建设等方面，与相关行业组织、企业、事业单位等"
                 "建立合作机制", load_lexicon())
    assert said.endswith("质量评价…"), said


money_laundering = _law("反洗钱法", "2006-10-31", "2024-11-08")


def test_a_clause_said_elsewhere_but_for_its_duty_word_went_there(money_laundering):
    """反洗钱法 2006 第十六条's "…都应当提供真实有效的身份证件或者其他身份证明文件" is 2024 第三十八条's "…应当配合金融机构的客户尽职调查，
    提供真实有效的身份证件或者其他身份证明文件…": "不再规定" was wrong in reading 853 (item 27)."""
    notes = pair_messages(old_pair(money_laundering, "第十六条"))
    assert [n for n in notes if n.startswith("“任何单位和个人在与金融机构建立业务关系") and "现见第三十八条" in n], notes
    assert not [n for n in notes if n.startswith(("不再规定：“任何单位和个人", "删除或改写：“任何单位和个人"))], notes


def test_an_item_the_new_version_keeps_word_for_word_is_no_wording_change(pollution):
    """环境污染刑事案件解释 2016 第一条（十八）"其他严重污染环境的情形" is 2023 第一条（十一）, word for word: "表述修改：“严重污染环境”改为
    “情节严重”", read against 第二条（十一）"其他情节严重的情形", was wrong in reading 859 (item 34)."""
    notes = pair_messages(old_pair(pollution, "第一条"))
    assert "表述修改：“严重污染环境”改为“情节严重”" not in notes, notes


def test_a_sentence_whose_sanctions_went_elsewhere_went_there(money_laundering):
    """反洗钱法 2006 第三十二条's "情节特别严重的，…可以建议有关金融监督管理机构责令停业整顿或者吊销其经营许可证": both sanctions are
    said gone to 2024 第五十五条, so the sentence is (reworded); "不再规定" beside them was wrong in reading 853 (item 33)."""
    notes = pair_messages(old_pair(money_laundering, "第三十二条"))
    assert "“情节特别严重的，反洗钱行政主管部门可以建议有关金融监督管理机构责令停业整顿或者吊销其经营许可证”不再在此规定，现见第五十五条" \
           "（文字有改动）" in notes, notes


martyrs = _law("烈士褒扬条例", "2019-08-01", "2024-09-27")


def test_a_ban_said_elsewhere_in_another_word_of_ban_went_there(martyrs):
    """烈士褒扬条例 2019 第三十二条's "禁止以任何方式破坏、污损烈士纪念设施" is 2024 第四十一条's "…不得以任何方式破坏、污损烈士纪念设施":
    "不再规定" was wrong in reading 858 (item 26)."""
    notes = pair_messages(old_pair(martyrs, "第三十二条"))
    assert "“禁止以任何方式破坏、污损烈士纪念设施”不再在此规定，现见第四十一条（文字有改动）" in notes, notes


def test_an_old_clause_made_a_sentence_of_its_own_is_one_rewrite(conscription):
    """征兵工作条例 2001 第四十四条's clause "原是高等学校学生的，原学校应当按照有关规定准予复学" is 2023 第五十五条's sentence
    "原是已被普通高等学校录取或者正在普通高等学校就学的学生的，原学校应当按照有关规定准予入学或者复学": "表述修改：删除“原是高等学校”"
    (a fragment) beside "新增规定" of the sentence were wrong in reading 863 (items 26 and 39)."""
    notes = pair_messages(old_pair(conscription, "第四十四条"))
    assert "改写：“原是高等学校学生的，原学校应当按照有关规定准予复学”改为“原是已被普通高等学校录取或者正在普通高等学校就学的学生的，原学校" \
           "应当按照有关规定准予入学或者复学”" in notes, notes
    assert "表述修改：删除“原是高等学校”" not in notes, notes


def test_an_item_of_conduct_reworded_without_its_closing_de_is_no_condition_removed(money_laundering):
    """反洗钱法 2006 第三十一条（三）"未按照规定对职工进行反洗钱培训的" → 2024 第五十二条（七）"未按照规定开展反洗钱培训": the same duty,
    reworded; as a condition removed it was the eighth headline (useless in readings 835, 853 and 862)."""
    pair = old_pair(money_laundering, "第三十一条")
    note = next(f for f in pair.findings if f.message.startswith("改写：“（三）未按照规定对职工进行反洗钱培训的”"))
    assert note.kind.value == "wording_changed", note


def test_a_quote_is_cut_near_its_limit_not_at_a_mark_far_back():
    """A mark more than six characters before the limit is not where a quote ends: "…向烈士遗属、因公牺牲军人遗属…" (军人抚恤
    优待条例 2024 第十四条) cut before whom the units notify, misleading in reading 870 (item 30); the cut ends at a word."""
    from policydiff.findings.lexicon import load_lexicon
    from policydiff.findings.rewrites import quote

    said = quote("军人牺牲被评定为烈士、确认为因公牺牲或者病故后，由军队有关部门或者单位向烈士遗属、因公牺牲军人遗属、病故军人遗属户籍所在地"
                 "县级人民政府退役军人工作主管部门发送《烈士评定通知书》", load_lexicon())
    assert "病故军人遗属" in said and not said.endswith("因公牺牲军人遗属…"), said


def test_a_short_phrase_said_elsewhere_in_a_sentence_of_another_rule_did_not_move(pollution):
    """"重污染天气预警期间" taken out of 环境污染解释 2016 第四条's aggravating cases (（三）在重污染天气预警期间、突发环境事件处置期间或者
    被责令限期整改期间，违反国家规定排放…的) is no move to 2023 第一条（六）'s record of two penalties ("二年内曾因在重污染天气预警期间，…
    受过二次以上行政处罚，又实施此类行为的"): "现见第一条" was wrong in readings 839 and 868."""
    notes = pair_messages(old_pair(pollution, "第四条"))
    assert "表述修改：删除“重污染天气预警期间”" in notes, notes
    assert not [n for n in notes if "现见第一条" in n], notes


def test_a_provision_that_only_made_a_conduct_a_crime_is_given_by_the_general_clause(quarantine):
    """国境卫生检疫法 2018 第二十二条 "违反本法规定，引起检疫传染病传播或者有引起检疫传染病传播严重危险的，依照刑法有关规定追究刑事责任"
    is given by 2024 第五十条 for every breach ("…构成犯罪的，依法追究刑事责任"): "删除原第二十二条" read as no longer a crime
    (wrong in reading 873, item 22)."""
    pair = old_pair(quarantine, "第二十二条")
    assert pair_messages(pair) == ["“违反本法规定，引起检疫传染病传播或者有引起检疫传染病传播严重危险的，依照刑法有关规定追究刑事责任”"
                                   "不再在此规定，现由第五十条统一规定"], pair_messages(pair)


organs = _law("人体器官捐献和移植条例", "2007-03-31", "2023-12-04")


def test_a_period_is_quoted_with_the_ban_it_lasts(organs):
    """"新增期限：3年（3年内从事人体器官获取或者申请从事人体器官…）" read as leave to do it (人体器官捐献和移植条例 2023 第四十条,
    useless in reading 877): the ban said before the period is quoted with it. Since recall 1376 the ban is a sanction of
    its own, its period said in it."""
    notes = pair_messages(old_pair(organs, "第二十八条"))
    assert "新增处罚：禁止其3年内从事人体器官获取或者申请从事人体器官移植" in notes, notes
