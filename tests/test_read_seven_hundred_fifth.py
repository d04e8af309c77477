"""What readings 705 and on (2026-12-05, the thirtieth session) found wrong or useless, fixed, pinned on the real
text (tests/fixtures/laws)."""

from conftest import held_out_fixture as _law
from conftest import law_fixture, old_pair, pair_messages

relics = _law("文物保护法", "2017-11-04", "2024-11-08")


def test_a_use_beside_another_renamed_term_is_counted(relics):
    """文物保护法 第五十五条 → 第七十二条: "除经批准的文物商店、经营文物拍卖的拍卖企业外" → "除文物销售单位、文物拍卖企业外" renames
    文物商店 with 经批准的 taken out before it and the next term renamed after it: one of its four uses, "本条3处" wrong in
    reading 705."""
    notes = pair_messages(old_pair(relics, "第五十五条"))
    assert "“文物商店”改为“文物销售单位”（全文统一修改，共10条，本条4处）" in notes, notes


def test_items_put_in_another_order_are_said_as_items(relics):
    """文物保护法 第五十一条 → 第六十八条: items （二） and （三） of the one paragraph swapped places; "调整款的顺序：原第四款现为
    第三款" counted the lead-in and the items as paragraphs (wrong in reading 705)."""
    notes = pair_messages(old_pair(relics, "第五十一条"))
    assert "调整项的顺序：原第三项现为第二项；原第二项现为第三项" in notes, notes
    assert not [n for n in notes if "款的顺序" in n], notes


antimonopoly = _law("反垄断法", "2007-08-30", "2022-06-24")


def test_a_sanction_put_first_with_the_crime_split_off(antimonopoly):
    """反垄断法 第五十四条 → 第六十六条、第六十七条: "…商业秘密，构成犯罪的，依法追究刑事责任；尚不构成犯罪的，依法给予处分" →
    "…个人信息的，依法给予处分。" and "违反本法规定，构成犯罪的，依法追究刑事责任。" split off: the 处分 still said, no longer
    waiting for the conduct to fall short of a crime ("不再规定：“尚不构成犯罪的，依法给予处分”" wrong in reading 707)."""
    notes = pair_messages(old_pair(antimonopoly, "第五十四条"))
    assert not [n for n in notes if n.startswith(("不再规定", "删除或改写"))], notes
    assert [n for n in notes if n.endswith("个人隐私和个人信息的，依法给予处分”和“违反本法规定，构成犯罪的，依法追究刑事责任”"
                                          "（处分不再以尚不构成犯罪为前提）")], notes


oversight = _law("各级人民代表大会常务委员会监督法", "2006-08-27", "2024-11-08")


def test_a_phrase_moved_before_the_words_it_followed_is_one_edit(oversight):
    """监督法 第三十二条 → 第四十二条: "由常务委员会工作机构送有关专门委员会进行审查" → "由全国人民代表大会有关专门委员会和常务委员会工作
    机构进行审查" moves the committees before the working body, which now reviews with them: "新增“全国人民代表大会有关专门
    委员会和”" alone said the committees brought in (wrong in reading 709)."""
    notes = pair_messages(old_pair(oversight, "第三十二条"))
    assert "表述修改：“由常务委员会工作机构送有关专门委员会进行审查、提出意见”改为“由全国人民代表大会有关专门委员会和常务委员会工作机构" \
           "进行审查、提出意见”" in notes, notes
    assert "表述修改：新增“全国人民代表大会有关专门委员会和”" not in notes


civilians = _law("中国人民解放军文职人员条例", "2017-09-27", "2022-12-10")


def test_the_same_regimes_put_in_force_anew_are_one_rewrite(civilians):
    """中国人民解放军文职人员条例 第二十条 → 第三十三条: "对批准招录聘用的文职人员，根据军队有关规定实行委任制或者聘用制" →
    "文职人员实行委任制和聘用制相结合的任用方式": "不再规定" of the one beside "新增规定" of the other was wrong in reading
    706."""
    notes = pair_messages(old_pair(civilians, "第二十条"))
    assert "改写：“对批准招录聘用的文职人员，根据军队有关规定实行委任制或者聘用制”改为“文职人员实行委任制和聘用制相结合的任用方式”" \
        in notes, notes
    assert not [n for n in notes if n.startswith(("不再规定：“对批准招录聘用", "删除或改写：“对批准招录聘用"))], notes


procedure = _law("全国人民代表大会常务委员会议事规则", "2009-04-24", "2022-06-24")


def test_a_phrase_whose_members_an_item_lists_is_that_item(procedure):
    """议事规则 第二十二条 → 第三十三条: "听取决算报告和审计工作报告" is item "（二）决算报告、审计工作报告、审计查出问题整改情况的
    报告" under "定期听取下列报告：": "新增规定" of the item was wrong in reading 710."""
    notes = pair_messages(old_pair(procedure, "第二十二条"))
    assert "改写：“听取决算报告和审计工作报告”改为“（二）决算报告、审计工作报告、审计查出问题整改情况的报告”" in notes, notes
    assert not [n for n in notes if n.startswith("新增规定：“（二）")], notes

patents = law_fixture("专利法实施细则", "2010-01-09", "2023-12-11")


def test_drafting_words_for_one_rule_are_no_note(procedure, patents):
    """"才能举行" → "始得举行" (议事规则 第四条 → 第七条) and "也不能用来说明产品的性能" → "也不得说明产品的性能" (专利法实施细则
    第二十八条 → 第三十一条) say one rule: useless in readings 710 and 712."""
    assert not [n for n in pair_messages(old_pair(procedure, "第四条")) if "始得举行" in n]
    assert not [n for n in pair_messages(old_pair(patents, "第二十八条")) if "不得" in n]


def test_a_condition_of_a_sanction_left_to_other_law_is_no_front_headline(relics):
    """文物保护法 第六十七条 → 第八十四条: "条件被删除：“对已有的污染文物保护单位及其环境的设施未在规定的期限内完成治理的”" of an
    article that leaves the sanction to environmental law either way ("依照有关法律、法规的规定给予处罚" → "依法给予处罚") was the
    eighth headline above new duties: useless in reading 705."""
    from policydiff.render.headlines import ranked_headlines

    lines = ranked_headlines(relics)[:8]
    assert not [h for h in lines if "完成治理" in h.text], [h.text for h in lines]


secrets = _law("保守国家秘密法", "2010-04-29", "2024-02-27")


def test_criminal_liability_of_a_lead_in_given_for_every_breach(secrets):
    """保守国家秘密法 第四十八条 → 第五十七条: the lead-in's "构成犯罪的，依法追究刑事责任：" is given by 第六十二条 for every breach
    ("违反本法规定，构成犯罪的，依法追究刑事责任"): "不再规定" was wrong in reading 715."""
    notes = pair_messages(old_pair(secrets, "第四十八条"))
    assert "“构成犯罪的，依法追究刑事责任”不再在此规定，现由第六十二条统一规定" in notes, notes
    assert not [n for n in notes if n.startswith(("不再规定：“构成犯罪", "删除或改写：“构成犯罪"))], notes


organs = _law("人体器官捐献和移植条例", "2007-03-31", "2023-12-04")


def test_a_share_written_in_words_is_no_note(organs):
    """人体器官捐献和移植条例 第十八条 → 第二十八条: "经2/3以上委员同意" → "经三分之二以上委员同意", one share written in words:
    "表述修改：“2/3”改为“三分之二”" was useless in reading 720."""
    assert not [n for n in pair_messages(old_pair(organs, "第十八条")) if "三分之二" in n]


drugs = _law("中国人民解放军实施《药品管理法》办法", "2004-12-09", "2025-04-05")


def test_a_sentence_restated_at_its_place_opening_alike_is_one_rewrite(drugs):
    """药品管理法办法 第十六条 → 第三十二条 ("发现可能与用药有关的严重不良反应，应当依照…有关规定办理" → "发现疑似不良反应的，应当
    按照国家和军队有关规定报告并采取风险控制措施") and 第十七条 → 第三十三条 ("已经配制或者使用的，由…监督销毁或者处理" →
    "已经生产的，由批准部门组织回收并监督销毁"): each the same place of its paragraph, opening alike; "不再规定" beside "新增规定" was
    wrong in reading 713. A sanction put for another is no such rewrite (矿产资源法 第三十九条: criminal liability for not
    stopping is not a fine for not correcting)."""
    notes = pair_messages(old_pair(drugs, "第十六条"))
    assert [n for n in notes if n.startswith("改写：“发现可能与用药有关的严重不良反应")], notes
    assert not [n for n in notes if n.startswith(("不再规定", "删除或改写"))], notes
    notes = pair_messages(old_pair(drugs, "第十七条"))
    assert [n for n in notes if n.startswith("改写：“已经配制或者使用的")], notes


veterans = _law("军人抚恤优待条例", "2019-03-02", "2024-08-05")


def test_a_delegation_naming_what_its_rules_are_of_is_no_note(veterans):
    """军人抚恤优待条例 第三十九条 → 第四十三条: "具体办法由…规定" → "抚恤优待对象享受教育优待的具体办法由…规定" hands on the same
    rules: "新增“抚恤优待对象享受教育优待的”" was useless in reading 719."""
    assert not [n for n in pair_messages(old_pair(veterans, "第三十九条")) if "抚恤优待对象享受教育优待的”" in n]


def test_a_conduct_put_into_a_list_under_sanctions_of_its_own_is_a_merge(organs):
    """人体器官捐献和移植条例 第三十条 (a doctor in the death determination: suspension, revocation if serious) is new 第四十条
    （三）, punished by that article's sanctions: "整条删除，部分内容现见第四十条" was its fourth headline, wrong in reading
    720 (暂停…执业活动 is a sanction too)."""
    notes = pair_messages(old_pair(organs, "第三十条"))
    assert "“从事人体器官移植的医务人员参与尸体器官捐献人的死亡判定的”移至现第四十条，处罚改依该条规定，文字有改动" in notes, notes
    assert not [n for n in notes if n.startswith(("删除原第三十条", "原第三十条"))], notes


food = _law("最高人民法院、最高人民检察院关于办理危害食品安全刑事案件适用法律若干问题的解释", "2013-05-02", "2021-12-30")


def test_new_sentences_of_a_rewrite_dropped_for_a_move_are_said_put_in(food):
    """危害食品安全刑事案件解释 第十二条 → 第十七条: the old second paragraph moved to 第十八条, so its rewrite into the two new
    sentences ("在畜禽屠宰相关环节，…" and "对畜禽注水或者注入其他物质，…", one old sentence split in two) went, and neither new
    rule was said (found in reading 717): each is "新增规定"."""
    notes = pair_messages(old_pair(food, "第十二条"))
    assert [n for n in notes if n.startswith("新增规定：“在畜禽屠宰相关环节")], notes
    assert [n for n in notes if n.startswith("新增规定：“对畜禽注水或者注入其他物质")], notes


def test_a_sentence_far_longer_than_the_new_text_is_not_still_there(civilians):
    """文职人员条例 第二十七条 → 第三十条: "…由用人单位或者其上级单位组织实施，一般按照个人述职、民主测评…的程序进行" is not
    "still there" in the 36 characters of "…由用人单位或者其上级单位按照军队有关规定组织实施" (partial_ratio read the new text inside
    the old sentence): the procedure taken out was unsaid, "新增“按照军队有关规定组织实施”" alone wrong in reading 726. The
    rewrite quotes the old sentence where it loses the procedure."""
    notes = pair_messages(old_pair(civilians, "第二十七条"))
    # (since session 42 the quote leaves out "由用人单位或者其上级单位组织实施", which the new sentence holds but for "按照
    # 军队有关规定", and shows its subject: tests/test_read_one_thousand_two_hundred_fiftieth.py; since session 65 the
    # sentence, 80 characters or fewer, is quoted whole: tests/test_read_one_thousand_two_hundred_ninety_second.py)
    assert [n for n in notes if n.startswith("改写：“文职人员的考核工作") and "一般按照个人述职、民主测评" in n.split("”改为“")[0]], notes


minerals = _law("矿产资源法", "2009-08-27", "2024-11-08")


def test_criminal_liability_under_the_criminal_law_given_for_every_breach(minerals):
    """矿产资源法 第四十四条 → 第六十八条: "造成矿产资源严重破坏的，依照刑法有关规定对直接责任人员追究刑事责任" is given by 第七十五条
    for every breach ("…构成犯罪的，依法追究刑事责任"): "不再规定" was wrong in reading 725."""
    notes = pair_messages(old_pair(minerals, "第四十四条"))
    assert "“造成矿产资源严重破坏的，依照刑法有关规定对直接责任人员追究刑事责任”不再在此规定，现由第七十五条统一规定" in notes, notes


popular_science = _law("科学技术普及法", "2002-06-29", "2024-12-25")


def test_a_field_named_without_its_work_is_no_change(popular_science, procedure):
    """科学技术普及法 第九条 → 第十二条: "国家支持和促进科普工作对外合作与交流" → "…科普对外合作与交流" (useless in reading 727).
    A "工作报告" made "报告" (议事规则 第二十三条 → 第三十四条) is every report heard: still said."""
    assert not [n for n in pair_messages(old_pair(popular_science, "第九条")) if n.startswith("表述修改")]
    # (both places one note since reading 1981)
    assert [n for n in pair_messages(old_pair(procedure, "第二十三条")) if "“工作报告”改为“报告”（共2处）" in n]


def test_documents_cited_each_said_by_its_reference_note_are_no_wording(veterans):
    """军人抚恤优待条例 第一条: "新增“《中华人民共和国军人地位和权益保障法》、《中华人民共和国退役军人保障法》”" beside the two
    "新增引用文件" notes said them again (useless in reading 728)."""
    notes = pair_messages(old_pair(veterans, "第一条"))
    assert "新增引用文件：《中华人民共和国退役军人保障法》" in notes, notes
    assert not [n for n in notes if n.startswith("表述修改：新增“《")], notes


counterespionage = _law("反间谍法", "2014-11-01", "2023-04-26")
review = law_fixture("行政复议法", "2017-09-01", "2023-09-01")


def test_a_replacement_made_alike_at_each_place_is_quoted_with_its_noun(counterespionage):
    """反间谍法 第十条 → 第四十三条: "出示相应证件" → "出示工作证件" twice: "“相应”改为“工作”（共2处）" was a fragment in
    reading 729."""
    assert "表述修改：“相应证件”改为“工作证件”（共2处）" in pair_messages(old_pair(counterespionage, "第十条"))


def test_words_put_in_at_the_end_of_a_moved_sentence_are_said_in_its_brackets(review):
    """行政复议法 第三条 → 第六条: the move's brackets said "“行政机关”改为“行政复议机构”" alone, hiding the new duty "并参加
    统一职前培训" put in after the sentence's last comma (wrong twice in reading 730, once 工作 was no longer an edit)."""
    notes = pair_messages(old_pair(review, "第三条"))
    assert [n for n in notes if n.endswith("移至现第六条，文字有改动（“行政机关”改为“行政复议机构”；新增“并参加统一职前培训”）")], notes


livestock = _law("畜牧法", "2015-04-24", "2022-10-30")


def test_a_use_renamed_in_a_clause_that_opens_alike_is_counted(livestock):
    """畜牧法 第六十八条 → 第八十八条: "销售的种畜禽未附具种畜禽合格证明、检疫合格证明、家畜系谱的" → a paragraph of its own,
    "销售的种畜禽未附具检疫证明，…": the fifth provision that renames 检疫合格证明 ("共4条" one short in readings 684 and 735)."""
    notes = pair_messages(old_pair(livestock, "第六十八条"))
    assert "“检疫合格证明”改为“检疫证明”（全文统一修改，共5条）" in notes, notes


charity = _law("慈善法", "2016-03-16", "2023-12-29")


def test_a_last_phrase_taken_into_a_new_sentence_without_its_joiner(charity):
    """慈善法 第六十九条 → 第七十五条: "…，并免费提供慈善信息发布服务" of the county departments is now the State Council
    department's, "国务院民政部门建立健全统一的慈善信息平台，免费提供慈善信息发布服务": "新增规定" of a service the old text gave was
    wrong in reading 732."""
    notes = pair_messages(old_pair(charity, "第六十九条"))
    assert not [n for n in notes if n.startswith("新增规定：“国务院民政部门建立健全统一的慈善信息平台")], notes
    assert [n for n in notes if n.startswith("改写：“免费提供慈善信息发布服务”改为“国务院民政部门")], notes


def test_a_sanction_left_to_another_regulation_now_set_here_is_a_large_change(organs):
    """人体器官捐献和移植条例 第二十七条 → 第三十八条: "…擅自从事人体器官移植的，依照《医疗机构管理条例》的规定予以处罚" now confiscates
    and fines 10 to 20 times the gains itself: "文字有改动" was wrong in readings 723 and 736."""
    pair = old_pair(organs, "第二十七条")
    notes = pair_messages(pair)
    # (since realign rule 15 the two are one pair, the sanction's change said by its notes: readings 881–909)
    assert [c.label for c in pair.new] == ["第三十八条"]
    assert [n for n in notes if n.startswith("改写：“医疗机构未办理人体器官移植诊疗科目登记，擅自从事人体器官移植的，依照《医疗机构管理条例》"
                                             "的规定予以处罚”改为")], notes
    assert "新增罚款：处违法所得10–20倍、违法所得5–10倍" in notes, notes


def test_a_moved_sentence_whose_sanction_is_now_its_own_says_so(organs):
    """The brackets of a move (reworded.reworded_as) say the sanction that was another regulation's and is now set here,
    read on the two sentences of 人体器官捐献和移植条例 第二十七条 and 第三十八条."""
    from policydiff.findings.lexicon import load_lexicon
    from policydiff.findings.reworded import reworded_as

    old = old_pair(organs, "第二十七条").old_text.split("\n")[0].rstrip("。")
    new = next(c.text for p in organs.pairs for c in p.new if c.label == "第三十八条").split("。")[0]
    zh, _en = reworded_as(old, new, load_lexicon())
    assert "处罚由依照《医疗机构管理条例》改为没收违法所得、罚款" in zh, zh


def test_a_rule_deferred_to_either_way_is_no_change(minerals):
    """矿产资源法 第五十条 → 第七十七条: "…另有规定的，从其规定" → "…，依照其规定" (useless in reading 741)."""
    assert not [n for n in pair_messages(old_pair(minerals, "第五十条")) if "依照其规定" in n]


conscription = _law("征兵工作条例", "2001-09-05", "2023-04-01")


def test_the_same_subject_declared_the_same_important_work_is_one_rewrite(conscription):
    """征兵工作条例 第二条 → 第三条: "征集新兵，是加强部队建设、保卫社会主义祖国的一项重要工作，…" → "征兵是保障军队兵员补充、建设巩固
    国防和强大军队的一项重要工作": "不再规定" beside "新增规定" was wrong in reading 745."""
    notes = pair_messages(old_pair(conscription, "第二条"))
    assert [n for n in notes if n.startswith("改写：“征集新兵，是加强部队建设") and n.endswith("强大军队的一项重要工作”")], notes
    assert not [n for n in notes if n.startswith(("不再规定：“征集新兵", "删除或改写：“征集新兵"))], notes
