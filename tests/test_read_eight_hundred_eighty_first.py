"""What readings 881 and on (2026-12-05, the thirty-fourth session) found wrong or useless, fixed, pinned on the real
text (tests/fixtures/laws and the corpus)."""

from conftest import held_out_fixture as _law
from conftest import old_pair, pair_messages

from policydiff.render.headlines import ranked_headlines

women = _law("妇女权益保障法", "2018-10-26", "2022-10-30")


def test_a_ban_of_conducts_listed_is_still_a_ban_elsewhere(women):
    """2018 第二条 "禁止歧视、虐待、遗弃、残害妇女": 2022 第二十一条 still bans 虐待、遗弃、残害 ("禁止虐待、遗弃、残害、买卖以及其他
    侵害女性生命健康权益的行为") and 第二条 itself says "消除对妇女一切形式的歧视". "不再规定", a headline, was wrong in readings
    842, 855 and 865."""
    notes = pair_messages(old_pair(women, "第二条"))
    assert "“禁止歧视、虐待、遗弃、残害妇女”不再在此规定，现见第二十一条（文字有改动）" in notes, notes
    assert not [n for n in notes if n.startswith("不再规定")], notes
    lines = [line.text for line in ranked_headlines(women)]
    assert not [t for t in lines if "不再规定：“禁止歧视" in t], lines
