"""What readings 546 and on (2026-12-05, the twenty-fifth session) found wrong or useless, fixed, pinned on the real
text (tests/fixtures/laws)."""

from conftest import held_out_fixture as _law
from conftest import law_fixture as _corpus_law
from conftest import old_pair, pair_messages

from policydiff.render.headlines import ranked_headlines

oversight = _law("各级人民代表大会常务委员会监督法", "2006-08-27", "2024-11-08")


def test_a_chapter_heading_of_phrases_goes_on_with_more_of_them_on_the_next_line(oversight):
    """"## 第三章 审查和批准决算，听取和审议国民经济和" then "社会发展计划、预算的执行情况报告，听取和审议审计工作报告": the second line
    was read as the end of 第十四条, said "不再规定" (wrong in reading 551: the reports are still heard, new 第二十条 and 第二十七条)."""
    pair = old_pair(oversight, "第十四条")
    assert "社会发展计划" not in pair.old[0].text, pair.old[0].text
    assert not [m for m in pair_messages(pair) if "社会发展计划" in m], pair_messages(pair)
    following = old_pair(oversight, "第十五条").old[0]
    assert following.path[-1] == "第三章 审查和批准决算，听取和审议国民经济和社会发展计划、预算的执行情况报告，听取和审议审计工作报告", \
        following.path


relics = _law("文物保护法", "2017-11-04", "2024-11-08")


def test_a_threshold_of_fines_waits_while_its_penalty_line_is_held_back(relics):
    """第七十二条 → 第八十九条: "违法经营额由五万元降低到三万元" was the fifth headline, its article's fines raised (2–5 to 2–10 times,
    2万–10万 to 5万–25万元) held back as a fifth penalty line: read as the penalty made lighter (useless in reading 547)."""
    lines = ranked_headlines(relics)
    front = [line.text for line in lines[:8]]
    assert not [t for t in front if t.startswith("第七十二条（现第八十九条）：违法经营额")], front
    fines = next(n for n, line in enumerate(lines) if line.text.startswith("第七十二条（现第八十九条）：罚款"))
    threshold = next(n for n, line in enumerate(lines) if line.text.startswith("第七十二条（现第八十九条）：违法经营额"))
    assert fines < threshold, [line.text for line in lines[:20]]


livestock = _law("畜牧法", "2015-04-24", "2022-10-30")


def test_a_word_put_for_another_inside_a_body_name_is_quoted_from_the_field(livestock):
    """第三十四条 → 第三十五条: "国务院农业行政主管部门" → "国务院农业农村主管部门" was "“行政主管部门”改为“农村主管部门”", a cut name
    (useless in reading 549). The name starts at its field (农业), not at its level (国务院)."""
    notes = pair_messages(old_pair(livestock, "第三十四条"))
    assert "表述修改：“农业行政主管部门”改为“农业农村主管部门”" in notes, notes
    assert "表述修改：“行政主管部门”改为“农村主管部门”" not in notes, notes


secrets = _law("保守国家秘密法", "2010-04-29", "2024-02-27")


def test_zuo_chu_written_as_the_drafting_norms_write_it_is_no_change_of_wording(secrets):
    """第十七条 → 第二十二条: "应当做出国家秘密标志" → "应当作出国家秘密标志" was "表述修改：“应当做”改为“应当作”", a cut quote of a
    character written as the norms write it (useless in reading 546). The change of force beside it is still said."""
    notes = pair_messages(old_pair(secrets, "第十七条"))
    assert "表述修改：“应当做”改为“应当作”" not in notes, notes
    assert [m for m in notes if m.startswith("规范用语") and "“做”改为“作”" in m], notes
    assert "表述修改：“不应当做出”改为“不得作出”" in notes, notes


espionage = _law("反间谍法", "2014-11-01", "2023-04-26")


def test_a_conduct_moved_under_the_sanctions_of_a_list_is_folded_not_deleted(espionage):
    """第二十九条 ("明知他人有间谍犯罪行为，…拒绝提供的，由其所在单位…予以处分，或者由国家安全机关处十五日以下行政拘留；构成犯罪的，依法
    追究刑事责任") is 第六十条（二） under that article's sanctions: "整条删除，部分内容现见第六十条", the third headline, was wrong in
    reading 546 (a merge; the penalties changed are told by 第六十条's own line)."""
    from policydiff.models import Status

    pair = next(p for p in espionage.pairs if p.status is Status.DELETED and p.old[0].label == "第二十九条")
    assert [m for m in pair_messages(pair) if m.endswith("移至现第六十条，处罚改依该条规定，文字有改动")], pair_messages(pair)
    assert not [m for m in pair_messages(pair) if m.startswith(("删除原第二十九条", "原第二十九条"))], pair_messages(pair)
    lines = [line.text for line in ranked_headlines(espionage)]
    assert not [t for t in lines[:8] if t.startswith("第二十九条")], lines[:8]
    assert [t for t in lines if t.startswith("第二十九条") and t.endswith("并入现第六十条，处罚改依该条规定")], lines
    en = [line.text for line in ranked_headlines(espionage, "en") if line.text.startswith("Article 29 (")]
    assert en and en[0].endswith("folded into Article 60 of the new version, its penalties now that article's"), en


conscription = _law("征兵工作条例", "2001-09-05", "2023-04-01")


def test_a_provision_deleted_part_of_which_is_in_a_new_one_is_weighed_as_that_new_one(conscription):
    """第三十条 ("由县、市组织新兵自行到部队报到的，应当做好下列工作：…") is rewritten as new 第三十八条 ("由新兵自行报到的，应当做好
    下列工作：…"): "第三十条（…）整条删除，部分内容现见新增的第三十八条（…）" stood seventh, weighed as a duty taken out (useless in
    reading 561). Weighed as the provision put in, it follows the changes of substance; its opening sentence the new one's,
    it is said rewritten as that one. (Since reading 845 the aligner pairs the two, rule 14: the line is the pair's.)"""
    lines = [line.text for line in ranked_headlines(conscription)]
    at = next(n for n, t in enumerate(lines) if t.startswith("第三十条（"))
    assert at >= 15, lines[:at + 1]
    assert lines[at].startswith("第三十条（现第三十八条）：改写："), lines[at]
    # (one whose later sentence alone went there is never said deleted whole: 第三条 → 第十二条. Since reading 692 new 第十二条
    # also holds old 第十二条 restated, so 第三条's line is no longer said with it but folded into the 总则 chapter's line,
    # its move said by its own line)
    assert not [t for t in lines if t.startswith("第三条（") and ("整条删除" in t or "已删除或改写" in t) and "部分内容现见" not in t], lines
    assert [t for t in lines if t.startswith("第三条：“根据军队需要，可以按前款规定征集女性公民服现役”移至现第十二条")], lines


women = _law("妇女权益保障法", "2018-10-26", "2022-10-30")


def test_a_provision_whose_opening_opens_a_new_one_is_rewritten_as_it_not_deleted(women):
    """第三十八条 "妇女的生命健康权不受侵犯。禁止溺、弃、残害女婴；…" → new 第二十一条 "妇女的生命权、身体权、健康权不受侵犯。禁止虐待、
    遗弃、残害、买卖以及其他侵害女性生命健康权益的行为。…": "整条删除，部分内容现见新增的第二十一条" was wrong in reading 562. (Since
    reading 841 the two are paired by the aligner itself, rule 4 at 0.25: the rewrite is said by the pair's notes.)"""
    assert [c.label for c in old_pair(women, "第三十八条").new] == ["第二十一条"]
    lines = [line.text for line in ranked_headlines(women)]
    assert not [t for t in lines if t.startswith("第三十八条（") and "删除" in t], lines

review = _corpus_law("行政复议法", "2017-09-01", "2023-09-01")


def test_words_taken_out_before_a_document_name_are_quoted_with_it(review):
    """第十九条 → 第三十四条: "自收到不予受理决定书之日起" → "自收到决定书之日起" was "删除“不予受理”", read as the refusal no longer a
    cause to sue (useless in reading 555): the decision, refusal or dismissal, is now any 决定书."""
    notes = pair_messages(old_pair(review, "第十九条"))
    # ("期满" → "期限届满" is one wording since reading 947: the same day)
    assert "表述修改：“不予受理决定书”改为“决定书”" in notes, notes


company = _corpus_law("公司法", "2018-10-26", "2023-12-29")


def test_a_light_verb_put_for_the_verb_made_the_subject_is_no_second_note(company):
    """第一百三十九条 → 第一百五十九条: "记名股票，由股东以…方式转让" → "股票的转让，由股东以…方式进行": "“方式转让”改为“方式进行”" beside
    "“记名股票”改为“股票的转让”" was a change of form alone (useless in reading 554)."""
    notes = pair_messages(old_pair(company, "第一百三十九条"))
    assert "表述修改：“方式转让”改为“方式进行”" not in notes, notes
    assert "表述修改：“记名股票”改为“股票的转让”" in notes, notes


minerals = _law("矿产资源法", "2009-08-27", "2024-11-08")


def test_a_quote_of_a_subject_goes_on_with_what_it_does_not_the_grounds_it_acts_on(minerals):
    """第七条 → 第九条: the new "国务院自然资源主管部门会同…有关部门，依据国家发展规划、…地质调查成果等，编制全国矿产资源规划，…" was quoted
    "…有关部门，依据国家发展规划、全国国土空间规划、地质调查成果等……", stopping before its verb (useless in reading 564)."""
    notes = pair_messages(old_pair(minerals, "第七条"))
    said = [m for m in notes if m.startswith("新增规定：“国务院自然资源主管部门")]
    assert said and "编制全国矿产资源规划" in said[0], notes


pollution = _law("最高人民法院、最高人民检察院关于办理环境污染刑事案件适用法律若干问题的解释", "2016-12-23", "2023-08-08")


def test_a_sum_the_new_version_still_says_is_no_sum_a_deleted_provision_takes_out(pollution):
    """2016 第三条's "（五）致使公私财产损失一百万元以上的": "第三条（…）整条删除，含一百万元以上的金额…" was the first headline,
    weighed as a sum taken out, when 2023 第二条（四）and 第四条（一）still say it (wrong in readings 566 and 629). Nor is it
    moved to 第四条, whose "（一）致使公私财产损失一百万元以上的" is old 第二条's own bar raised from 三十万元, as its amount note says
    ("由原第三条移入" / "移至现第四条" wrong in reading 627)."""
    notes = pair_messages(old_pair(pollution, "第三条"))
    assert not [m for m in notes if "一百万元" in m and "第四条" in m], notes
    assert not [m for m in pair_messages(old_pair(pollution, "第二条")) if "由原第三条移入" in m]
    lines = [line.text for line in ranked_headlines(pollution)]
    line = next(t for t in lines if t.startswith("第三条（"))
    # (now "…现见第二条": its （一） is 第二条（五）, not 第三条's new graver tier, test_read_eight_hundred_ninth)
    assert "一百万元" not in line and line.endswith("整条删除，部分内容现见第二条"), line
    assert lines.index(line) >= 4, lines[:8]
    # (a provision folded whole into another is still weighed by what it held: 海洋环境保护法 第八十条's fines)


martyrs = _law("烈士褒扬条例", "2019-08-01", "2024-09-27")


def test_jiang_before_its_object_and_hai_before_a_right_are_no_change_of_wording(livestock, martyrs):
    """畜牧法 第九条 → 第十条: "经费列入财政预算" → "将…经费列入预算" was "“畜禽遗传”改为“将畜禽遗传”" (useless in reading 574);
    烈士褒扬条例 第十六条 → 第十七条: "享受定期抚恤金" → "还享受定期抚恤金" (useless in reading 577)."""
    assert not [m for m in pair_messages(old_pair(livestock, "第九条")) if "“将畜禽遗传”" in m]
    assert "表述修改：“享受定期抚恤金”改为“还享受定期抚恤金”" not in pair_messages(old_pair(martyrs, "第十六条"))


charity = _law("慈善法", "2016-03-16", "2023-12-29")


def test_a_thing_now_named_by_the_paragraph_before_that_describes_it_is_no_change_of_wording(charity):
    """第六十九条 → 第七十五条: "在统一的信息平台" → "在前款规定的平台", the paragraph before now saying "国务院民政部门建立健全统一的慈善信息
    平台": "“统一的信息平台”改为“前款规定的平台”" was useless in reading 575 (the change of who builds it is said)."""
    notes = pair_messages(old_pair(charity, "第六十九条"))
    assert "表述修改：“统一的信息平台”改为“前款规定的平台”" not in notes, notes
    # (the free publication service the old paragraph gave is the new one's, now the State Council department's: "新增规定"
    # of the sentence was wrong in reading 732)
    assert "改写：“免费提供慈善信息发布服务”改为“国务院民政部门建立健全统一的慈善信息平台，免费提供慈善信息发布服务”" in notes, notes


def test_a_short_sentence_that_opens_a_new_one_moved_there(relics):
    """第十条's "国家发展文物保护事业" opens new 第十条 ("国家发展文物保护事业，贯彻落实保护第一、…的工作要求"): "不再规定：“国家发展文物保护
    事业”" was wrong in reading 572, and new 第十条 was said new. The new sentence, three quarters new, came in largely rewritten."""
    notes = pair_messages(old_pair(relics, "第十条"))
    assert "不再规定：“国家发展文物保护事业”" not in notes, notes
    assert "“国家发展文物保护事业”移至现第十条，文字有改动" in notes, notes
    lines = [line.text for line in ranked_headlines(relics)]
    assert not [t for t in lines if t.startswith("新增第十条（")], [t for t in lines if "第十条（" in t]
    assert [t for t in lines if t.startswith("第十条（国家发展文物保护事业") and t.endswith("由原第十条移入，并作较大修改")], lines


supervision = _law("监察法", "2018-03-20", "2024-12-25")


def test_two_phrases_that_swapped_places_are_said_swapped(supervision):
    """第一条: "为了深化国家监察体制改革，…，深入开展反腐败工作" → "为了深入开展廉政建设和反腐败工作，…，持续深化国家监察体制改革" was two
    replacements, read as the reform no longer an aim (wrong in readings 551 and 579)."""
    notes = pair_messages(old_pair(supervision, "第一条"))
    assert notes == ["表述修改：“深化国家监察体制改革”与“深入开展反腐败工作”调换位置，现为“深入开展廉政建设和反腐败工作”“持续深化国家监察体制改革”"], \
        notes


drugs = _law("中国人民解放军实施《药品管理法》办法", "2004-12-09", "2025-04-05")
deputies = _law("全国人民代表大会和地方各级人民代表大会代表法", "2015-08-29", "2025-03-11")


def test_a_gist_cut_short_ends_between_words_not_on_a_joiner(drugs, deputies):
    """新增第四十三条 "军队医疗机构、药材供应保障机构、疾病预防控制机构从药品上市许可持有人…以外…购进药品" was cut "…从药品上市许可持…",
    in 持有人 (useless in reading 583); a gist cut in its phrase that would end on a joiner ends before it (代表法 新增第十一条:
    "…乡、民族乡、镇的…"; a gist cut at a comma may end "…的…", the case it states)."""
    lines = [line.text for line in ranked_headlines(drugs)]
    assert "新增第四十三条（军队医疗机构、药材供应保障机构、疾病预防控制机构从药品上市许可…）" in lines, \
        [t for t in lines if t.startswith("新增第四十三条")]
    said = [line.text for line in ranked_headlines(deputies)]
    assert [t for t in said if t.startswith("新增第十一条（") and t.endswith("乡、民族乡、镇…）")], said
    assert not [t for t in lines + said if "和…）" in t or "镇的…）" in t]


def test_an_old_sentence_a_new_provision_says_word_for_word_moved_there_not_rewritten(women):
    """第四十二条's "禁止用侮辱、诽谤等方式损害妇女的人格尊严" is new 第二十条's, word for word: it was "改写" into 第二十八条's "媒体报道涉及
    妇女事件应当客观、适度…" (the diff matched a few characters), and 第二十条 "新增" (wrong in readings 562 and 587). The media
    sentence is put in."""
    notes = pair_messages(old_pair(women, "第四十二条"))
    assert "“禁止用侮辱、诽谤等方式损害妇女的人格尊严”移至现第二十条" in notes, notes
    assert not [m for m in notes if m.startswith("改写：“禁止用侮辱")], notes
    assert [m for m in notes if m.startswith("新增规定：“媒体报道涉及妇女事件应当客观、适度")], notes
    lines = [line.text for line in ranked_headlines(women)]
    assert "新增第二十条（妇女的人格尊严不受侵犯），部分内容由原第四十二条移入；新增“妇女的人格尊严不受侵犯”" in lines, lines[:10]


def test_hui_tong_for_yu_and_cong_shi_before_an_activity_are_no_change_of_wording(relics):
    """文物保护法 第二十九条 → 第四十三条 "会同建设单位" → "与建设单位", 第七十五条 → 第九十三条 "考古发掘单位" → "从事考古发掘的单位": both
    useless in reading 591."""
    assert "表述修改：“会同建设”改为“与建设”" not in pair_messages(old_pair(relics, "第二十九条"))
    assert "表述修改：“考古发掘”改为“从事考古发掘”" not in pair_messages(old_pair(relics, "第七十五条"))


def test_a_deleted_list_of_crimes_whose_liability_is_given_for_every_breach_says_that_alone(relics):
    """第六十四条 "违反本法规定，有下列行为之一，构成犯罪的，依法追究刑事责任：（一）盗掘古文化遗址、古墓葬的；…", its liability now
    第九十六条's for every breach: "删除原第六十四条（关于“违反本法规定，有下列行为之一，构成犯罪的，依法追究刑事责任”的规定）" read as the
    liability taken out (wrong in reading 591), and named by its first act as that act no longer a crime (594, 595)."""
    from policydiff.models import Status

    pair = next(p for p in relics.pairs if p.status is Status.DELETED and p.old[0].label == "第六十四条")
    assert pair_messages(pair) == ["“构成犯罪的，依法追究刑事责任”不再在此规定，现由第九十六条统一规定"], pair_messages(pair)
    lines = [line.text for line in ranked_headlines(relics)]
    assert [t for t in lines if t.startswith("第六十四条（") and t.endswith("删除，刑事责任现由第九十六条统一规定")], lines[:10]


produce = _law("农产品质量安全法", "2018-10-26", "2022-09-02")


def test_a_rewrite_dropped_for_its_old_sentence_moved_puts_in_only_a_new_rule(produce):
    """A rewrite whose old sentence moved elsewhere says its new sentence put in only when the old provision does not say a
    third of its words: 农产品质量安全法 第六条's 风险评估专家委员会 and 烈士褒扬条例's 捐助 were "新增规定", wrong in reading 594;
    妇女权益保障法 第二十八条's media sentence is put in (see the test above)."""
    assert not [m for m in pair_messages(old_pair(produce, "第六条")) if m.startswith("新增规定：“国务院农业农村主管部门应当设立")]
