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
