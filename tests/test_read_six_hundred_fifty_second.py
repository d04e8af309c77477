"""What readings 652 and on (2026-12-05, the twenty-eighth session) found wrong or useless, fixed, pinned on the real
text (tests/fixtures/laws)."""

from conftest import held_out_fixture as _law
from conftest import old_pair, pair_messages

organs = _law("人体器官捐献和移植条例", "2007-03-31", "2023-12-04")
veterans = _law("军人抚恤优待条例", "2019-03-02", "2024-08-05")


def test_a_rename_counts_a_use_whose_next_word_changed_too(organs, veterans):
    """第二十五条 → 第三十六条: "摘取其活体器官", "而摘取其尸体器官", "摘取未满18周岁" all became 获取, the second beside
    遗体 where 尸体 stood: "本条2处" of 3 was wrong in reading 641."""
    notes = pair_messages(old_pair(organs, "第二十五条"))
    assert "“摘取”改为“获取”（全文统一修改，共9条，本条3处）" in notes, notes
    # and a provision whose two uses both went over is counted so (第三十六条 → 第五十二条: "现役军人凭有效证件" twice)
    assert "“现役军人”改为“军人”（共12条，本条2处）" in pair_messages(old_pair(veterans, "第三十六条"))
