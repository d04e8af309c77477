"""What the sixty-ninth reading (2026-12-02: seeds 69101–69105, on 2d33b29's JSON) found wrong, useless or less than
clear, fixed after it, pinned on the real text."""

from conftest import law_fixture as _law
from conftest import old_pair as _old
from conftest import pair_messages as _messages

legislation = _law("立法法", "2015-03-15", "2023-03-13")


def test_the_fourth_place_of_an_edit_beside_a_joiner_is_counted_not_cut(legislation):
    """立法法 第五十二条 → 第五十六条: 年度 goes in four places; at the fourth the diff took in the 和 → 、 before it, and the
    note "“编制立法规划和拟订年度”改为“编制立法规划、拟订”" (a quote cut at 年度, its joiner no change) stood beside "（共3处）"
    (useless). The fourth place is counted; nothing of the joiner is said."""
    notes = _messages(_old(legislation, "第五十二条"))
    assert "表述修改：“年度立法计划”改为“立法计划”（共4处）" in notes
    assert not [n for n in notes if "拟订" in n], notes
