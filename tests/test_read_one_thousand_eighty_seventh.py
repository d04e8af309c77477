"""What readings 1087 and on (2026-12-06, the thirty-eighth session) found wrong or useless, fixed, pinned on the real
text (tests/fixtures/laws)."""

from conftest import held_out_fixture as _law
from conftest import old_pair, pair_messages

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
