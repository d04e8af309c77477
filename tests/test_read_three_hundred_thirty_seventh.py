"""What readings 337–340 (2026-12-04, the eighteenth session: 公司法, 文物保护法, 反垄断法 and 慈善法, 监察法 and 监督法) and the
notes left by the session before (危害食品安全刑事案件解释 2013 → 2021, group X) found wrong or useless, fixed, pinned on the
real text (tests/fixtures/laws and ../shared/corpus/laws)."""

from conftest import held_out_fixture as _law
from conftest import new_pair, old_pair, pair_messages

food = _law("最高人民法院、最高人民检察院关于办理危害食品安全刑事案件适用法律若干问题的解释", "2013-05-02", "2021-12-30")


def test_a_clause_kept_whole_as_the_first_paragraph_of_an_added_one_is_paired_there(food):
    """2013 第十条 (不符合食品安全标准的食品添加剂、包装材料…, 伪劣产品罪) is 2021 第十五条's first paragraph nearly word for word
    (0.93; the whole of 第十五条, with two paragraphs added, only 0.51). It was paired with 第十二条 (0.67), a new rule on
    packaging that pollutes food, and its notes said "表述修改" of another rule while 第十五条 was "新增" (realign rule 8)."""
    assert [c.label for c in old_pair(food, "第十条").new] == ["第十五条"]
    assert new_pair(food, "第十二条").status.value == "added"
    notes = pair_messages(old_pair(food, "第十条"))
    # (the article cited quoted with the words that govern it since reading 1400)
    assert "表述修改：“构成犯罪的，依照刑法第一百四十条的规定”改为“符合刑法第一百四十条规定的”" in notes, notes
    assert [n for n in notes if n.startswith("新增规定：“生产、销售用超过保质期的食品原料")], notes


def test_a_clause_of_concurrence_goes_where_its_offences_are_named(food):
    """"实施前款行为，同时又构成生产、销售不符合安全标准的食品罪，生产、销售有毒、有害食品罪等其他犯罪的，依照处罚较重的规定定罪处罚"
    (2013 第十二条, 私设生猪屠宰厂) and "…同时又构成生产、销售伪劣产品罪，生产、销售伪劣农药、兽药罪等其他犯罪的…" (第十一条) are both 2021
    第十八条第二款 ("实施本解释规定的非法经营行为，同时构成…伪劣产品罪，…不符合安全标准的食品罪，…有毒、有害食品罪，…伪劣农药、兽药罪
    等其他犯罪的"), which names every offence of both. They were said moved to 第十五条 and 第十九条, clauses of concurrence that name
    other offences (wrong in the session before's readings)."""
    for label in ("第十一条", "第十二条"):
        moved = [n for n in pair_messages(old_pair(food, label)) if "第十八条" in n]
        assert moved, (label, pair_messages(old_pair(food, label)))
        assert not [n for n in pair_messages(old_pair(food, label)) if "第十五条" in n or "第十九条" in n], label
    assert [n for n in pair_messages(new_pair(food, "第十八条")) if "由原第十二条移入" in n]
    assert not [n for n in pair_messages(new_pair(food, "第十九条")) if "移入" in n]

charity = _law("慈善法", "2016-03-16", "2023-12-29")


def test_a_list_header_moved_with_its_items_is_said_by_them(charity):
    """慈善法 第一百零一条's list ("开展募捐活动有下列情形之一的…（二）…（三）…（四）…") went to 第一百一十一条: the header's own note
    "“开展募捐活动有下列情形之一的”不再在此规定，现见第一百一十一条", beside the three items' "…移至现第一百一十一条", says nothing they do
    not (useless in reading 339, and a headline)."""
    notes = pair_messages(old_pair(charity, "第一百零一条"))
    assert not [n for n in notes if n.startswith("“开展募捐活动有下列情形之一的”")], notes
    assert len([n for n in notes if n.startswith("“（") and n.endswith("移至现第一百一十一条")]) == 3, notes

antitrust = _law("反垄断法", "2007-08-30", "2022-06-24")


def test_fines_taken_out_that_the_fines_notes_say_are_not_said_again(antitrust):
    """反垄断法 第五十二条 → 第六十二条: "不再规定：“情节严重的，对个人处二万元以上十万元以下的罚款，对单位处二十万元以上一百万元以下的
    罚款”" beside "对个人罚款由2万元以下，情节严重的2万–10万元改为50万元以下" and "对单位罚款由20万元以下，情节严重的20万–100万元改为
    500万元以下" said the same twice (useless in reading 339)."""
    notes = pair_messages(old_pair(antitrust, "第五十二条"))
    assert "对个人罚款由2万元以下，情节严重的2万–10万元改为50万元以下" in notes, notes
    assert not [n for n in notes if n.startswith(("不再规定：“情节严重的", "删除或改写：“情节严重的"))], notes


def test_a_warning_put_in_alone_is_not_the_first_headline(charity):
    """慈善法 2016 → 2023: "第九十八条（现第一百零九条）：新增警告" was the first headline, above the new chapter 应急慈善 (useless in
    reading 339): the mildest sanction put in, and nothing more of the article's sanctions, weighs as a condition put in."""
    from policydiff.render.headlines import ranked_headlines

    said = [h.text for h in ranked_headlines(charity, "zh")]
    assert said[0].startswith("新增第八章“应急慈善”"), said[:3]
    assert said.index("第九十八条（现第一百零九条）：新增警告；新增责令限期停止活动") > 2, said[:8]  # (the suspension since reading 1097)

pollution = _law("最高人民法院、最高人民检察院关于办理环境污染刑事案件适用法律若干问题的解释", "2016-12-23", "2023-08-08")


def test_the_title_printed_over_three_lines_without_its_comma_is_no_rule_put_in(pollution):
    """The 2023 text prints its title as "最高人民法院 最高人民检察院" / "关于办理环境污染刑事案件适用法律" / "若干问题的解释" (no 、
    between the two courts): "新增规定：“关于办理环境污染刑事案件适用法律”" and "新增规定：“最高人民法院最高人民检察院”" on the preamble
    (useless in reading 342, and a headline)."""
    preamble = next(p for p in pollution.pairs if p.new and p.new[0].label == "")
    notes = pair_messages(preamble)
    assert not [n for n in notes if "关于办理环境污染刑事案件适用法律”" in n or "最高人民法院最高人民检察院" in n], notes
    assert "若干问题的解释" not in preamble.new[0].text


def test_a_figure_put_in_where_vague_words_stood_is_said_once(food):
    """危害食品安全刑事案件解释 第六条 → 第七条 (and 第三条): "较长时间" → "六个月以上", said "新增期限：六个月以上" and "表述修改：“较长”改为
    “六个月以上”" (useless in reading 342): one note, "期限由“较长”改为六个月以上"."""
    for label in ("第三条", "第六条"):
        pair = old_pair(food, label)
        notes = pair_messages(pair)
        assert "期限由“较长”改为六个月以上" in notes, notes
        assert not [n for n in notes if "“较长”改为“六个月以上”" in n or n == "新增期限：六个月以上"], notes
        assert "period changed from “较长” to at least 6 months" in [f.message_en for f in pair.findings]


def test_figures_of_one_tier_of_cases_and_of_another_are_no_figures_raised(pollution):
    """环境污染刑事案件解释 2016 第一条 (“严重污染环境”) → 2023 第一条 and 第二条 (“情节严重”): the land item's 五亩、十亩、二十亩 is 第二条's
    十亩、二十亩、五十亩, said "数量由五亩提高到十亩" and two more, notes and headlines (wrong six times in reading 342: the 2016 tier
    of 3 to 7 years, 第三条, said 十五亩). One note says the item now stands in another tier."""
    pair = old_pair(pollution, "第一条")
    notes = pair_messages(pair)
    assert "数量：“严重污染环境”情形的五亩、十亩、二十亩，改为“情节严重”情形的十亩、二十亩、五十亩（现第二条）" in notes, notes
    assert not [n for n in notes if n.startswith("数量由") and "亩" in n], notes
    english = [f.message_en for f in pair.findings]
    assert "quantity: 5 mu, 10 mu, 20 mu for “严重污染环境”, now 10 mu, 20 mu, 50 mu for “情节严重” (Article 2)" in english

produce = _law("农产品质量安全法", "2018-10-26", "2022-09-02")


def test_a_confiscation_of_the_fees_collected_replaces_that_of_the_gains(produce):
    """农产品质量安全法 第四十四条 → 第六十五条: "没收违法所得" became "没收所收取的检测费用", a testing body's gains named; "不再规定处罚：
    没收违法所得" said confiscation gone (wrong in reading 344, and a headline)."""
    notes = pair_messages(old_pair(produce, "第四十四条"))
    assert "处罚由“没收违法所得”改为“没收所收取的检测费用”" in notes, notes
    assert "不再规定处罚：没收违法所得" not in notes, notes


def test_penalties_of_other_conducts_are_no_pair():
    """体育法 2016 第五十条 (侵占、破坏公共体育设施) was paired with 2022 第一百一十九条 (civil liability, public order and crimes for
    every breach: "不再规定：“侵占、破坏公共体育设施的…”" beside "新增规定") by the boilerplate of sanctions, while 第一百一十四条
    (侵占、破坏公共体育场地设施) was "新增"; 矿产资源法 2009 第四十七条 (officials' abuse of power) with 2024 第七十五条 (civil
    liability…), not 第六十二条 (officials' abuse). Penalties whose conducts share none of their rarer words are no pair
    (realign rule 9); rule 7 pairs each with its own."""
    from conftest import LAWS
    from policydiff import compare

    sport = compare(LAWS / "体育法" / "2016-11-07.md", LAWS / "体育法" / "2022-06-24.md")
    assert [c.label for c in old_pair(sport, "第五十条").new] == ["第一百一十四条"]
    notes = pair_messages(old_pair(sport, "第五十条"))
    assert "新增罚款：处实际损失5倍以下" in notes, notes
    # (its public-order sanction is 第一百一十九条's, given for every breach)
    assert "“有前款所列行为，违反治安管理的，由公安机关依照治安管理处罚法的有关规定给予处罚”不再在此规定，现由第一百一十九条统一规定" \
        in notes, notes
    # (and 第五十二条's conduct is still 第一百零九条's item, though its crime clause is said given by 第一百一十九条)
    assert [n for n in pair_messages(old_pair(sport, "第五十二条")) if n.endswith("部分内容现见第一百零九条")]


mining = _law("矿产资源法", "2009-08-27", "2024-11-08")


def test_officials_abuse_of_power_pairs_with_its_successor_not_the_civil_liability(mining):
    """矿产资源法 2009 第四十七条 (officials' 徇私舞弊、滥用职权或者玩忽职守) is 2024 第六十二条 (工作人员…滥用职权、玩忽职守、徇私舞弊的，依法
    给予处分), not 第七十五条 (civil liability, public order, crimes for every breach), which shares no word of its conduct."""
    assert [c.label for c in old_pair(mining, "第四十七条").new] == ["第六十二条"]

martyrs = _law("烈士褒扬条例", "2019-08-01", "2024-09-27")


def test_a_chapter_heading_printed_without_its_number_is_the_missing_chapter(martyrs):
    """烈士褒扬条例 2019 prints "烈士的评定" alone for 第二章 (its chapters run 第一章, 第三章): it was read as the last line of
    第七条 ("不再规定：“烈士的评定”") and 第八条 to 第十三条 as 第一章's, and 2024's 第二章 "烈士的评定" as "新增第二章" (wrong in
    reading 346)."""
    seventh = old_pair(martyrs, "第七条")
    assert "烈士的评定" not in seventh.old[0].text
    assert old_pair(martyrs, "第八条").old[0].path[-1] == "第二章 烈士的评定"
    from policydiff.render.headlines import ranked_headlines

    assert not [h.text for h in ranked_headlines(martyrs, "zh") if h.text.startswith("新增第二章")]

cipher = _law("商用密码管理条例", "1999-10-07", "2023-04-27")


def test_a_revoked_licence_no_longer_named_is_a_sanction_gone_not_a_cited_document(cipher):
    """商用密码管理条例 第二十二条 → 第五十三条: "吊销《商用密码产品销售许可证》" is gone with the licence itself; "删除引用文件：《商用密码
    产品销售许可证》" called the licence a document cited and hid the sanction's end (wrong in reading 348)."""
    pair = old_pair(cipher, "第二十二条")
    notes = pair_messages(pair)
    assert "不再规定处罚：吊销《商用密码产品销售许可证》" in notes, notes
    assert not [n for n in notes if n.startswith("删除引用文件")], notes
    assert "sanction removed: revocation of 《商用密码产品销售许可证》" in [f.message_en for f in pair.findings]

drugs = _law("中国人民解放军实施《药品管理法》办法", "2004-12-09", "2025-04-05")


def test_an_edit_of_marks_alone_beside_the_edit_that_says_them_is_words_put_in(drugs):
    """第二十二条 → 第四十七条: "吊销《医疗机构制剂许可证》；…" → "吊销军队医疗机构制剂许可证，10年内不受理其相应申请": "“》”改为“10年内不受理
    其相应申请”" was a fragment (useless in reading 341); the title's marks are said by "“《医疗机构制剂许可证》”改为“军队医疗机构制剂
    许可证”". (Since reading 1144 the ten-year bar is said by its period's note alone, "新增期限：10年（…）".)"""
    notes = pair_messages(old_pair(drugs, "第二十二条"))
    assert "表述修改：“《医疗机构制剂许可证》”改为“军队医疗机构制剂许可证”" in notes, notes
    assert "新增期限：10年（10年内不受理其相应申请）" in notes, notes
    assert not [n for n in notes if "“》”" in n], notes
    assert not [n for n in notes if "“》”" in n], notes


def test_a_sentence_sharing_only_its_subject_with_a_rewrite_was_not_merged_into_it(drugs):
    """第十二条 → 第十八条: "军队医疗机构配制的制剂应当依照规定进行质量检验" shares only its subject with "军队医疗机构配制的制剂，应当是
    本单位临床需要…的品种，并应当取得…制剂批准证明文件"; "改写：“…”“军队医疗机构配制的制剂应当依照规定进行质量检验”合并为“…”" was wrong
    (reading 341): the quality check is said no longer provided here."""
    notes = pair_messages(old_pair(drugs, "第十二条"))
    assert not [n for n in notes if "合并为" in n], notes
    assert "删除或改写：“军队医疗机构配制的制剂应当依照规定进行质量检验”" in notes, notes


def test_a_record_line_saying_the_text_took_effect_when_issued_is_no_rule_gone(cipher):
    """商用密码管理条例 1999's opening: "1999年10月7日 中华人民共和国国务院令第273号发布" / "发布之日施行", a line of its record;
    "不再规定：“发布之日施行”" (useless in reading 348: 2023 第六十七条's date is said on its own pair)."""
    opening = next(p for p in cipher.pairs if p.old and p.old[0].label == "")
    assert not [n for n in pair_messages(opening) if "发布之日施行" in n], pair_messages(opening)


def test_issuers_taken_into_a_cited_title_are_the_same_document(pollution):
    """环境污染刑事案件解释 第十八条 → 第二十条: "最高人民法院、最高人民检察院《关于办理环境污染刑事案件适用法律若干问题的解释》" →
    "《最高人民法院、最高人民检察院关于办理环境污染刑事案件适用法律若干问题的解释》" is the same document cited; "引用文件修改" of it was
    useless in reading 345. The number of the text repealed is the change, said by its own note."""
    notes = pair_messages(old_pair(pollution, "第十八条"))
    assert not [n for n in notes if n.startswith("引用文件修改")], notes
    assert "文号修改：“法释〔2013〕15号”改为“法释〔2016〕29号”" in notes, notes

pensions = _law("军人抚恤优待条例", "2019-03-02", "2024-08-05")


def test_a_long_sentence_cut_at_its_limit_keeps_what_it_does(pensions):
    """军人抚恤优待条例 2024 第六十二条: "新增规定：“国家按照规定为符合条件的参战退役军人、…1954年10月31日之前入伍后经批准退出…”" stopped
    before "发放定期生活补助", what the rule grants (useless in reading 346): the quote keeps the sentence's short last phrase."""
    notes = pair_messages(old_pair(pensions, "第五十三条"))
    # (since reading 1482 a sentence put in is quoted up to 128 characters: this one whole)
    assert [n for n in notes if n.startswith("新增规定：“国家按照规定为符合条件的参战退役军人、带病回乡退役军人、年满60周岁农村籍"
                                             "退役士兵、1954年10月31日之前入伍后经批准退出现役的人员") and n.endswith("发放定期生活补助”")], \
        notes


def test_an_approval_document_revoked_rather_than_cancelled_is_a_sanction_changed(drugs):
    """第二十二条 → 第四十七条: "撤销有关制剂批准证明文件" → "吊销相关制剂批准证明文件"; "表述修改：删除“撤销有关”" said the sanction gone
    (wrong in reading 349)."""
    notes = pair_messages(old_pair(drugs, "第二十二条"))
    assert "处罚由“撤销有关制剂批准证明文件”改为“吊销相关制剂批准证明文件”" in notes, notes
    assert not [n for n in notes if "删除“撤销有关”" in n], notes


def test_the_title_printed_once_after_the_record_is_the_title(drugs):
    """中国人民解放军实施《药品管理法》办法 2025 prints its title after its record: "新增：“中国人民解放军实施《中华人民共和国药品管理
    法》办法”" (wrong in reading 349's preamble; so 保守国家秘密法, 监督法, 国务院组织法, 慈善法 2023/2024: "新增：“中华人民共和国…法”").
    The record's own note is left to say the revision."""
    opening = next(p for p in drugs.pairs if p.new and p.new[0].label == "")
    assert "药品管理法》办法" not in opening.new[0].text
    assert not [n for n in pair_messages(opening) if n.startswith("新增：")], pair_messages(opening)

civilians = _law("中国人民解放军文职人员条例", "2017-09-27", "2022-12-10")


def test_a_sentence_moved_in_from_a_merged_pair_names_the_article_that_held_it(civilians):
    """文职人员条例 2022 第七条's first sentence came from 2017 第七条 alone, its old 第六条 and 第七条 merged into 第六条: "由原第六条、
    第七条移入" was wrong in reading 351."""
    notes = pair_messages(new_pair(civilians, "第七条"))
    assert [n for n in notes if n.endswith("由原第七条移入，文字有改动")], notes
    assert not [n for n in notes if "第六条、第七条" in n], notes

espionage = _law("反间谍法", "2014-11-01", "2023-04-26")


def test_a_last_phrase_split_off_into_a_sentence_of_its_own_is_its_rewrite(espionage):
    """反间谍法 2014 第七条 → 2023 第九条: "…给予保护，对有重大贡献的给予奖励" → "…给予保护。\\n对举报间谍行为或者在反间谍工作中做出
    重大贡献的个人和组织，按照国家有关规定给予表彰和奖励": "表述修改：“组织和个人给予保护，对有重大贡献的给予”改为“个人和组织给予保护”"
    said the reward taken out, beside "新增规定" of the new sentence (wrong in reading 352): one rewrite, the rest apart. (So
    保守国家秘密法 第四十四条, 议事规则 第十五条, 烈士褒扬条例 第九条.)"""
    notes = pair_messages(old_pair(espionage, "第七条"))
    assert "改写：“对有重大贡献的给予奖励”改为“对举报间谍行为或者在反间谍工作中做出重大贡献的个人和组织，按照国家有关规定给予表彰和奖励”" \
        in notes, notes
    # (the rest, "组织和个人" → "个人和组织", is the two members swapped: no note since reading 688)
    assert not [n for n in notes if "个人和组织给予保护" in n], notes


def test_a_conjunct_taken_out_of_a_moved_sentence_is_said_with_its_other_edits(civilians):
    """文职人员条例 2017 第二十九条 → 2022 第三十一条: "培训情况和考核结果，作为…职务任免、岗位等级调整…的主要依据" → "考核结果作为…任用…的
    主要依据": "文字有改动（“职务任免、岗位等级调整”改为“任用”）" hid that training records no longer count (wrong in reading 351)."""
    moved = [n for n in pair_messages(new_pair(civilians, "第三十一条")) if "由原第二十九条移入" in n]
    assert moved and moved[0].endswith("文字有改动（删除“培训情况”；“职务任免、岗位等级调整”改为“任用”）"), moved
