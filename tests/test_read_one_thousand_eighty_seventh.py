"""What readings 1087 and on (2026-12-06, the thirty-eighth session) found wrong or useless, fixed, pinned on the real
text (tests/fixtures/laws)."""

from conftest import held_out_fixture as _law
from conftest import new_pair, old_pair, pair_messages

from policydiff.render.headlines import ranked_headlines

organs = _law("人体器官捐献和移植条例", "2007-03-31", "2023-12-04")


def test_an_item_cut_into_another_items_rewrite_is_said_merged_into_it(organs):
    """2007 第二十五条 "（一）未经公民本人同意摘取其活体器官的" and "（三）摘取未满18周岁公民的活体器官的" are both in 2023 第三十六条
    "（二）未经本人同意获取其活体器官，或者获取未满18周岁公民的活体器官…": "表述修改：删除“未经公民”" was wrong in reading 1088
    (item 35), 未经 is still there. The rewrite now quotes both old items; the new items put in are still said."""
    pair = old_pair(organs, "第二十五条")
    assert [c.label for c in pair.new] == ["第三十六条"], pair
    notes = pair_messages(pair)
    assert not [n for n in notes if "删除“未经公民”" in n], notes
    assert "改写：“（一）未经公民本人同意摘取其活体器官的；（三）摘取未满18周岁公民的活体器官的”改为“（二）未经本人同意获取其活体器官，" \
           "或者获取未满18周岁公民的活体器官，或者强迫、欺骗他人捐献活体器官”" in notes, notes
    assert "新增规定：“（一）组织他人出卖人体器官”" in notes, notes


deputies = _law("全国人民代表大会和地方各级人民代表大会代表法", "2015-08-29", "2025-03-11")


def test_a_sentence_sharing_only_the_provisions_subject_is_no_rewrite_of_it(deputies):
    """2015 第二条's third paragraph, "全国人民代表大会和地方各级人民代表大会代表，代表人民的利益和意志，依照宪法和法律赋予本级人民
    代表大会的各项职权，参加行使国家权力", shares only the deputies, the subject the article's first sentence opens on too, with
    2025 第二条's new term of office: "改写" into it was wrong in readings 936 (item 27) and 1091 (item 33). Its powers are 第三条's
    now, and 第三条, the party's leadership and the guiding thought put before them, is new but for that part."""
    notes = pair_messages(old_pair(deputies, "第二条"))
    assert not [n for n in notes if n.startswith("改写：")], notes
    assert "“全国人民代表大会和地方各级人民代表大会代表，代表人民的利益和意志，依照宪法和法律赋予本级人民代表大会的各项职权，" \
           "参加行使国家权力”不再在此规定，现见第三条（文字有改动）" in notes, notes
    assert [n for n in notes if n.startswith("新增期限：五年")], notes
    assert "“……依照宪法和法律赋予本级人民代表大会的各项职权……参加行使国家权力”由原第二条移入，文字有改动" \
        in pair_messages(new_pair(deputies, "第三条"))
    lines = [line.text for line in ranked_headlines(deputies)]
    assert "新增第三条（全国人民代表大会和地方各级人民代表大会代表应当坚持中国共产党的领导…），部分内容由原第二条移入" in lines, lines


charity = _law("慈善法", "2016-03-16", "2023-12-29")


def test_an_order_to_stop_activities_is_a_sanction(charity):
    """2016 第九十八条 → 2023 第一百零九条 put "予以警告或者责令限期停止活动" before the revocation: "新增处罚：警告" alone hid the
    suspension of a charity's activities, the sanction a social organisation's registration law lays down (its headline
    useless in reading 1097, item 52). 吊销登记证书, in both versions, is a sanction too: no note of it."""
    notes = pair_messages(old_pair(charity, "第九十八条"))
    assert "新增处罚：责令限期停止活动" in notes, notes
    assert not [n for n in notes if "吊销登记证书" in n and n.startswith(("新增处罚", "不再规定处罚"))], notes
    lines = [line.text for line in ranked_headlines(charity)]
    assert "第九十八条（现第一百零九条）：新增警告；新增责令限期停止活动" in lines, lines


def test_a_warning_put_in_weighs_the_same_in_english(charity):
    """The mildest sanctions put in, weighed below the new chapter in Chinese (reading 339), were 慈善法's first English
    headline, "Article 98 (now Article 109): sanction added: warning": the pattern for them read "added … warning", not
    "sanction added: warning" (found beside reading 1097). Both languages rank the lines alike."""
    zh = [line.text for line in ranked_headlines(charity, "zh")]
    en = [line.text for line in ranked_headlines(charity, "en")]
    assert en[0].startswith("New: Chapter 8 “应急慈善”"), en[:3]
    at = en.index("Article 98 (now Article 109): sanction added: warning; sanction added: order to stop activities "
                  "within a time limit")
    assert at == zh.index("第九十八条（现第一百零九条）：新增警告；新增责令限期停止活动") > 2, (at, en[:8])


spies = _law("反间谍法", "2014-11-01", "2023-04-26")


def test_a_deleted_provisions_topic_is_cut_at_a_word(spies):
    """2014 第三十三条, deleted, its two conducts now 2023 第六十条's items: "删除原第三十三条（关于“…依法查封、扣押、冻结的财…”
    的规定）" cut 财物 in two (reading 1119, item 37); the topic ends at a list's mark or a word's end, as a quote does. (Since
    reading 1171 the topic, which opens the sentence a move's note quotes whole, is not said at all: test_read_one_thousand_
    one_hundred_sixty_fourth.py; since reading 1457 it is named by the consequence left, "由国家安全机关追回".)"""
    notes = pair_messages(old_pair(spies, "第三十三条"))
    assert "原第三十三条（关于“由国家安全机关追回”的规定）已删除或改写，部分内容现见第六十条" in notes, notes
    assert not [n for n in notes if "的财…" in n], notes


def test_a_deleted_provisions_topic_cut_short_ends_at_a_lists_mark(conscription):
    """The same cut on a topic still said: 2001 第二十一条's list of who acts ends after a list's member, at its "、". (The
    provision is now named by what they do, "对体格检查合格的应征公民认真进行政治审查": test_read_one_thousand_four_hundred_
    thirty_fifth.py.)"""
    from policydiff.findings.rewrites import _topic_cut

    first = old_pair(conscription, "第二十一条").old[0].text.split("，")[0]
    assert _topic_cut(first) == "机关、团体、企业事业单位、村民（居民）委员会和乡、民族乡…"


conscription = _law("征兵工作条例", "2001-09-05", "2023-04-01")


def test_a_deleted_provisions_topic_leaves_no_bracket_open(conscription):
    """2001 第三十四条's topic cut at a word ended inside a bracket, "…、军分区（…" (reading 1121, item 22): cut before it."""
    notes = pair_messages(old_pair(conscription, "第三十四条"))
    # (what they must do kept since readings 1739 and on, the subject cut in its middle, before its bracket)
    assert "原第三十四条（关于“新兵的被服，由军区、省军区…负责制定计划并调拨到县、市”的规定）已删除或改写" in notes, notes
