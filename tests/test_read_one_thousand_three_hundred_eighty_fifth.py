"""What readings 1385 and on (2026-12-06, the forty-sixth session) found wrong or useless, fixed, pinned on the real text
(tests/fixtures/laws and the corpus)."""

from conftest import held_out_fixture as _held_out
from conftest import new_pair, old_pair, pair_messages

laundering = _held_out("反洗钱法", "2006-10-31", "2024-11-08")
espionage = _held_out("反间谍法", "2014-11-01", "2023-04-26")


def test_a_word_replaced_that_the_provision_says_often_is_quoted_with_its_short_phrase(laundering, espionage):
    """2006 第十九条 says 客户身份资料 four times; only the one in "客户身份资料发生变更的" became 客户身份信息. Widened until
    the old words stood once, the note read "“资料发生”改为“信息发生”" (a fragment, left undone since reading 1357): a short
    phrase the word was widened into is quoted whole."""
    notes = pair_messages(old_pair(laundering, "第十九条"))
    assert "表述修改：“客户身份资料发生变更的”改为“客户身份信息发生变更的”" in notes, notes
    assert not [n for n in notes if "“资料发生”" in n], notes
    notes = pair_messages(old_pair(espionage, "第十六条"))
    assert "表述修改：“对存在隐患的部门”改为“对存在隐患的单位”" in notes, notes
