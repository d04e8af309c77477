"""What readings 1218 and on (2026-12-06, the forty-first session) found wrong or useless, fixed, pinned on the real
text (tests/fixtures/laws and the corpus)."""

from conftest import held_out_fixture as _held_out
from conftest import law_fixture as _law
from conftest import old_pair, pair_messages

organs = _held_out("人体器官捐献和移植条例", "2007-03-31", "2023-12-04")
patents = _law("专利法实施细则", "2010-01-09", "2023-12-11")


def test_a_modifier_taken_out_is_quoted_ending_with_its_de(organs):
    """2007 第十八条（一）"人体器官捐献人的捐献意愿是否真实" → 2023 第二十八条（一）"活体器官捐献意愿是否真实": the diff put the
    deletion at 捐献[人的捐献]意愿, and "表述修改：删除“人的捐献”" quoted no phrase (useless in reading 1219, item 28). The same
    characters taken out one word earlier are the modifier, 人体器官[捐献人的]捐献意愿."""
    notes = pair_messages(old_pair(organs, "第十八条"))
    # (and quoted with its noun since reading 1409, where "删除“捐献人的”" was a fragment; with the organs it now names since
    # the fix of recall 1561, which no longer reads "人" → "活" there as said by the sentences put in)
    assert "表述修改：“人体器官捐献人的捐献意愿”改为“活体器官捐献意愿”" in notes, notes
    assert not [n for n in notes if "“人的捐献”" in n], notes


def test_a_modifier_taken_out_opens_on_its_own_word(patents):
    """2010 第三十条 "提交有关国际展览会或者学术会议、技术会议的组织单位出具的有关发明创造已经展出…的证明文件" → 2023 第三十三条
    "提交有关发明创造已经展出…的证明文件": what went is "有关国际展览会…组织单位出具的", not "国际展览会…出具的有关"."""
    notes = pair_messages(old_pair(patents, "第三十条"))
    assert "表述修改：删除“有关国际展览会或者学术会议、技术会议的组织单位出具的”" in notes, notes
    assert not [n for n in notes if "出具的有关”" in n], notes


ocean = _law("海洋环境保护法", "2017-11-04", "2023-10-24")


def test_a_quote_a_little_over_the_limit_keeps_its_new_exception(ocean):
    """2017 第九十四条（三） "滨海湿地，是指…和沿海低地等" → 2023 第一百二十条（四） "…和沿海低地等，但是用于养殖的人工的水域和
    滩涂除外": the new side, 84 characters, was cut at the limit before the exception, the one change of substance (useless in
    reading 1227, item 30). A side at most TAIL_SLACK over the limit whose clipped tail says new words is quoted whole."""
    notes = pair_messages(old_pair(ocean, "第九十四条"))
    said = [n for n in notes if "滨海湿地" in n]
    assert said and said[0].endswith("和沿海低地等，但是用于养殖的人工的水域和滩涂除外”"), said


espionage = _held_out("反间谍法", "2014-11-01", "2023-04-26")


def test_a_new_power_at_the_end_of_a_rewritten_sentence_is_quoted(espionage):
    """2014 第九条 → 2023 第二十四条 adds "对身份不明、有间谍行为嫌疑的人员，可以查看其随带物品" after the questioning; the quote
    stopped at "对身份不明……", before the power."""
    notes = pair_messages(old_pair(espionage, "第九条"))
    assert [n for n in notes if n.endswith("对身份不明、有间谍行为嫌疑的人员，可以查看其随带物品”")], notes


science = _held_out("科学技术普及法", "2002-06-29", "2024-12-25")


def test_a_sentence_whose_last_phrase_a_new_one_took_is_not_that_ones_whole_source(science):
    """2002 第十九条 "企业应当结合技术创新和职工技能培训开展科普活动，有条件的可以设立…科普场馆和设施" → 2024 第二十三条: its words
    before the last phrase are the new first sentence, edited ("科技企业应当把科普作为履行社会责任的重要内容，结合科技创新…"); its last
    phrase closes the new second one, "鼓励企业将自身科技资源转化为科普资源…，有条件的可以设立…". "改写：“企业应当结合技术创新…设施”改为
    “鼓励企业…”" made the whole old sentence the second's source, and the first's edits fragments (wrong in reading 1222,
    item 30)."""
    notes = pair_messages(old_pair(science, "第十九条"))
    assert "表述修改：新增“鼓励企业将自身科技资源转化为科普资源，向公众开放实验室、生产线等科研、生产设施”" in notes, notes
    # (the first sentence's edits now open with its narrowed duty holder, 企业 → 科技企业: tests/test_read_one_thousand_two_hundred_fiftieth.py)
    assert "表述修改：“企业应当结合技术创新”改为“科技企业应当把科普作为履行社会责任的重要内容，结合科技创新”；新增“面向公众”" in notes, notes
    assert not [n for n in notes if n.startswith("改写：“企业应当")], notes


minerals = _held_out("矿产资源法", "2009-08-27", "2024-11-08")


def test_a_chapter_of_a_rewritten_law_counts_no_provision_new(minerals):
    """矿产资源法 2024's 第二章 "矿业权" and its 法律责任: "（…共14条，其中新增条文12条）" and "（共15条，其中新增条文12条）" counted
    provisions that restate old rules in other words (第二十二、二十三、二十七、二十八条; 第六十四、七十三、七十五条), wrong in reading
    1234. In a revision that rewrites much of the text, as of a chapter taken out (reading 1167), how many are new is not said;
    that some are old provisions carried over is (without it "新增第三章“调查处置”（…共17条）" of 反间谍法 2023 read as seventeen
    new powers, six of them the old chapter's, wrong in reading 1249)."""
    from policydiff.render.headlines import ranked_headlines

    texts = [h.text for h in ranked_headlines(minerals)]
    assert "新增第二章“矿业权”（第十六条至第二十九条，共14条，部分条文由原条文移入或改写）" in texts, texts[:8]
    assert "“法律责任”一章重新编写：原第六章第三十九条至第四十九条（共11条）由现第七章第六十二条至第七十六条（共15条）取代" in texts, texts[:8]
    assert not [t for t in texts if "其中新增条文" in t], texts
    english = [h.text for h in ranked_headlines(minerals, "en")]
    assert not [t for t in english if "of them new" in t], english[:8]


charity = _held_out("慈善法", "2016-03-16", "2023-12-29")


def test_a_chapter_of_a_light_revision_still_counts_its_new_provisions(charity):
    """慈善法 2016 → 2023 rewrites little (no tenth of its provisions taken out or put in): its new chapter "应急慈善" still says
    how many of its provisions are new, the fifth (第七十条) old 第三十条 moved."""
    from policydiff.render.headlines import ranked_headlines

    texts = [h.text for h in ranked_headlines(charity)]
    assert "新增第八章“应急慈善”（第七十条至第七十四条，共5条，其中新增条文4条）" in texts, texts[:8]


pensions = _held_out("军人抚恤优待条例", "2019-03-02", "2024-08-05")
review = _law("行政复议法", "2017-09-01", "2023-09-01")


def test_a_sentence_deleted_or_rewritten_ranks_with_the_moves(pensions, review):
    """"第二十一条（现第二十五条）：删除或改写：“现役军人残疾被认定为因战致残…依照本条例的规定享受抚恤”" ranked sixth of 军人抚恤优待条例
    (the entitlement is restated in 2024 第二十四条 and 第二十七条: wrong in reading 1223, useless in 1236), "第四十一条…：删除或改写：
    “对自谋职业的…减免有关费用”" seventh (useless in 1236), 行政复议法 "第十四条…：删除或改写：“对国务院部门或者…”" eighth (its
    rule stands in 2023 第二十四、二十五条: wrong in reading 1227). Such a line weighs as a move, as a provision said deleted or
    rewritten does (reading 1185)."""
    from policydiff.render.headlines import ranked_headlines

    for law, gone in ((pensions, ("第二十一条（现第二十五条）：删除或改写", "第四十一条（现第四十六条）：删除或改写")),
                      (review, ("第十四条（现第二十六条）：删除或改写",))):
        top = [h.text for h in ranked_headlines(law)][:8]
        assert not [t for t in top if t.startswith(gone)], top
    english = [h.text for h in ranked_headlines(pensions, "en")][:8]
    assert not [t for t in english if t.startswith("Article 21 (now Article 25): deleted or rewritten")], english


def test_a_new_chapter_of_a_rewritten_law_says_some_of_it_was_carried_over(espionage):
    """反间谍法 2023 第三章 "调查处置" takes the old 第二章's powers (第八、九、十、十二、十三、十五、二十二条) into most of its
    seventeen provisions: "新增第三章“调查处置”（第二十三条至第三十九条，共17条）" was wrong in reading 1249."""
    from policydiff.render.headlines import ranked_headlines

    texts = [h.text for h in ranked_headlines(espionage)]
    assert "新增第三章“调查处置”（第二十三条至第三十九条，共17条，部分条文由原条文移入或改写）" in texts, texts[:8]
    english = [h.text for h in ranked_headlines(espionage, "en")]
    assert "New: Chapter 3 “调查处置” (Articles 23–39, 17 articles, some carried over from former articles)" in english, \
        english[:8]


drugs = _held_out("中国人民解放军实施《药品管理法》办法", "2004-12-09", "2025-04-05")


def test_a_word_replaced_inside_a_rewrites_new_sentence_is_said_replaced(drugs):
    """2004 第三十三条's second sentence "对主要负责人、负有责任的主管人员和其他直接责任人员…给予处分" went, with its first, into 2025
    第五十四条 ("…对负有责任的领导人员和直接责任人员，依法依规给予处分"), whose sentence a rewrite of the first quotes: "删除“对主要
    负责人、负有责任的主管”" said 主管 taken out where it became 领导 (useless in reading 1248, item 31)."""
    notes = pair_messages(old_pair(drugs, "第三十三条"))
    assert "表述修改：删除“对主要负责人”；“主管人员”改为“领导人员”" in notes, notes
