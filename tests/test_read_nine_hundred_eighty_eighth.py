"""What readings 988 and on (2026-12-06, the thirty-sixth session) found wrong or useless, fixed, pinned on the real
text (tests/fixtures/laws and the corpus)."""

from conftest import held_out_fixture as _law
from conftest import old_pair, pair_messages

civilians = _law("中国人民解放军文职人员条例", "2017-09-27", "2022-12-10")


def test_an_item_sharing_one_common_word_with_the_item_at_its_shifted_place_is_not_its_rewrite(civilians):
    """2017 第五十六条's "（四）正在承担国家和军队重大任务，且须由本人继续承担的" and 2022 第六十四条's "（五）在涉及核心、重要
    军事秘密等特殊岗位任职或者离开上述岗位不满军队规定的脱密期限的" (the list shifted by one, (一) put in) share 军队 alone, of seven
    and thirteen telling words: one ground dropped and another put in, not "改写：…改为…" (wrong in reading 990, item 13). The
    item rewritten where it stands still is: (三) → (四), 承担/支援保障任务/非战争军事行动 shared."""
    notes = pair_messages(old_pair(civilians, "第五十六条"))
    assert "不再规定：“（四）正在承担国家和军队重大任务，且须由本人继续承担的”" in notes, notes
    assert "新增规定：“（五）在涉及核心、重要军事秘密等特殊岗位任职或者离开上述岗位不满军队规定的脱密期限的”" in notes, notes
    assert [n for n in notes if n.startswith("改写：“（三）参加军事训练、非战争军事行动或者承担作战支援保障任务期间”改为“（四）")], notes
