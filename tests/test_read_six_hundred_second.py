"""What readings 602 and on (2026-12-05, the twenty-sixth session) found wrong or useless, fixed, pinned on the real
text (tests/fixtures/laws)."""

from conftest import held_out_fixture as _law
from conftest import law_fixture as _corpus_law
from conftest import old_pair, pair_messages

from policydiff.render.headlines import ranked_headlines

conscription = _law("征兵工作条例", "2001-09-05", "2023-04-01")


def test_a_chapter_that_keeps_its_number_and_all_its_kept_provisions_is_renamed_not_new(conscription):
    """2001's "第二章 兵役登记" (第十一条至第十四条) is 2023's "第二章 征兵准备": the two of its provisions kept are both there and the
    other two (第十二条, 第十三条) restated in its new ones. "新增第二章“征兵准备”（…其中新增条文5条）" and "第十二条…整条删除" were
    wrong in reading 602; the chapter's line says it was rewritten under a new title."""
    texts = [line.text for line in ranked_headlines(conscription)]
    assert not [t for t in texts if t.startswith("新增第二章")], texts[:10]
    assert "“兵役登记”一章改为“征兵准备”并重新编写：原第二章第十一条至第十四条（共4条）由现第二章第十条至第十七条（共8条）取代" \
        in texts, texts[:10]
    assert not [t for t in texts if t.startswith(("第十二条（", "第十三条（")) and ("已删除或改写" in t or "已删除或改写" in t)], texts



def test_a_word_put_for_another_in_a_chapter_title_is_no_new_regime(conscription):
    """"考核" is 2023's word for 2001's 政治审查 ("第四章 政治审查" → "第四章 政治考核"), and 第二十四条 and 第二十五条 restate the old
    第二十一条 and 第二十二条: "新增第二十四条至第二十六条（“考核”，共3条）" was wrong in reading 602. The chapter, its one provision kept
    there and its title opening alike, is rewritten under a new title."""
    texts = [line.text for line in ranked_headlines(conscription)]
    assert not [t for t in texts if "“考核”" in t], texts[:10]
    assert "“政治审查”一章改为“政治考核”并重新编写：原第四章第二十条至第二十二条（共3条）由现第四章第二十三条至第二十五条（共3条）取代" \
        in texts, texts[:12]


def test_a_term_the_old_version_said_with_other_characters_between_names_no_new_regime(conscription):
    """"旅级以上单位" is 2001's "师(旅、武警总队)以上单位": 第四十九条 and 第五十条 restate the old rules on recruits sent back.
    "新增第四十九条至第五十一条（“旅级以上单位”，共3条）" was the fourth headline, wrong in readings 610 and 611."""
    texts = [line.text for line in ranked_headlines(conscription)]
    assert not [t for t in texts if "“旅级以上单位”" in t], texts[:10]

civilians = _law("中国人民解放军文职人员条例", "2017-09-27", "2022-12-10")


def test_a_chapter_of_posts_rewritten_with_grades_is_one_line(civilians):
    """2017's "第三章 岗位设置" (第十二条至第十五条) is 2022's "第三章 岗位设置与级别" (第十三条至第十七条), the same number: its
    provisions rewritten, not "第十二条…整条删除" and "第十四条…整条删除，部分内容现见第十三条" apart."""
    texts = [line.text for line in ranked_headlines(civilians)]
    assert "“岗位设置”一章改为“岗位设置与级别”并重新编写：原第三章第十二条至第十五条（共4条）由现第三章第十三条至第十七条（共5条）取代" \
        in texts, texts[:12]
    assert not [t for t in texts if t.startswith(("第十二条（", "第十四条（")) and ("已删除或改写" in t or "已删除或改写" in t)], texts


women = _law("妇女权益保障法", "2018-10-26", "2022-10-30")


def test_a_provision_deleted_but_for_its_first_sentence_is_named_by_what_is_gone(women):
    """第五十四条's first sentence (support for women's lawsuits) is 第七十三条's; its second (the federation's power to expose a
    wrong in the press) is gone. "第五十四条（妇女组织对于受害妇女进行诉讼需要帮助的，应当给予支持）整条删除，部分内容现见第七十三条" read
    as the support gone (wrong in reading 605)."""
    texts = [line.text for line in ranked_headlines(women)]
    line = next(t for t in texts if t.startswith("第五十四条（"))
    assert line == "第五十四条（妇女联合会或者相关妇女组织对侵害特定妇女群体利益的行为…）已删除或改写，另有部分内容现见第七十三条", line


company = _corpus_law("公司法", "2018-10-26", "2023-12-29")


def test_a_deleted_provision_is_named_by_its_rest_only_when_the_rest_opens_a_sentence(company):
    """公司法 第一百三十六条's first phrase moved, not a sentence: its rest, "必须向公司登记机关办理变更登记，并公告", names nothing
    alone; the provision keeps its own gist."""
    texts = [line.text for line in ranked_headlines(company)]
    line = next(t for t in texts if t.startswith("第一百三十六条（"))
    assert line.startswith("第一百三十六条（公司发行新股募足股款后，必须向公司登记机关办理变更登记，并公告）已删除或改写"), line


defence = _law("国防教育法", "2018-04-27", "2024-09-13")


def test_a_rule_of_one_phrase_that_ends_as_an_old_sentence_did_is_its_rewrite(defence):
    """第三十二条 → 第三十五条: "在国庆节、中国人民解放军建军节和全民国防教育日，经批准的军营可以向社会开放" is "经批准的军营应当按照军队
    有关规定向社会开放", the days dropped and the permission made a duty: "新增规定" of a rule the old law had was wrong in reading
    603."""
    notes = pair_messages(old_pair(defence, "第三十二条"))
    assert "新增规定：“经批准的军营应当按照军队有关规定向社会开放”" not in notes, notes
    assert "改写：“在国庆节、中国人民解放军建军节和全民国防教育日，经批准的军营可以向社会开放”改为“经批准的军营应当按照军队有关规定向社会开放”" \
        in notes, notes
    assert [m for m in notes if m.startswith("“可以”改为“应当”")], notes


laundering = _law("反洗钱法", "2006-10-31", "2024-11-08")


def test_an_item_of_a_list_is_no_rewrite_of_a_sentence_that_ended_alike(laundering):
    """第三十五条 → 第六十四条: "…的具体办法，由国务院反洗钱行政主管部门会同国务院有关部门制定" is not "（四）国务院反洗钱行政主管部门会同国务院
    有关部门根据洗钱风险状况确定的其他需要履行反洗钱义务的机构", the list's catch-all (the detailed rules are now 第十五条's): "改写" was
    wrong in reading 610."""
    notes = pair_messages(old_pair(laundering, "第三十五条"))
    assert not [m for m in notes if m.startswith("改写") and "（四）国务院反洗钱行政主管部门" in m], notes


def test_chapters_merged_do_not_say_how_many_of_their_provisions_are_new(conscription):
    """"原第六章“交接新兵”、第七章“运输新兵”合并为第六章“交接运输新兵”（…共13条，其中新增条文7条）": four are new, 第三十六条 to
    第三十八条 restating old ones too far to pair (wrong in reading 602)."""
    texts = [line.text for line in ranked_headlines(conscription)]
    assert "原第六章“交接新兵”、第七章“运输新兵”合并为第六章“交接运输新兵”（第三十五条至第四十七条，共13条）" in texts, texts[:10]


espionage = _law("反间谍法", "2014-11-01", "2023-04-26")


def test_a_long_sentence_restated_near_word_for_word_in_another_article_moved_there(espionage):
    """第十一条's "…可以优先乘坐公共交通工具，遇交通阻碍时，优先通行" is 第四十二条's "…享有优先乘坐公共交通工具、优先通行等通行便利"
    (70 alike, 13 of 17 words): "不再规定" and "新增第四章…（其中新增条文7条）" counting 第四十二条 were wrong in reading 614. The
    move says no "“可以”改为“优先”": 优先 was there."""
    notes = pair_messages(old_pair(espionage, "第十一条"))
    assert not [m for m in notes if m.startswith(("不再规定", "删除或改写")) and "优先乘坐公共交通工具" in m], notes
    assert [m for m in notes if m.startswith("“国家安全机关的工作人员在依法执行紧急任务的情况下") and "移至现第四十二条，文字有改动" in m], notes
    assert not [m for m in notes if "“可以”改为“优先”" in m], notes
    texts = [line.text for line in ranked_headlines(espionage)]
    assert "新增第四章“保障与监督”（第四十条至第五十二条，共13条，部分条文由原条文移入或改写）" in texts, texts[:10]


def test_a_training_rule_restated_in_the_next_article_moved_there(defence):
    """第十五条's "高等学校、高级中学和相当于高级中学的学校学生的军事训练，由学校负责军事训练的机构或者军事教员按照国家有关规定组织实施" is
    第十七条's "普通高等学校、高中阶段学校学生的军事训练，由…组织实施": moved, not "不再规定" beside "新增规定"."""
    notes = pair_messages(old_pair(defence, "第十五条"))
    assert not [m for m in notes if m.startswith(("不再规定", "删除或改写")) and "学生的军事训练" in m], notes
    assert [m for m in notes if "学生的军事训练" in m and "移至现第十七条" in m], notes
