"""What readings 1604 and on (2026-12-07, the fifty-first session) found unsaid, wrong or useless, fixed, pinned on the
real text (tests/fixtures/laws and the corpus)."""

from conftest import held_out_fixture as _held_out
from conftest import law_fixture as _law
from conftest import new_pair, old_pair, pair_messages

sea = _law("海洋环境保护法", "2017-11-04", "2023-10-24")


def test_a_word_replaced_where_another_sentence_also_cuts_its_modifier_is_said(sea):
    """2017 第五十二条 → 2023 第六十八条: "含油的工业垃圾" → "含油的工业固体废物", and in the next sentence "处置其他工业垃圾"
    → "处置其他固体废物". The first replacement was read as said by the second, which also cuts "工业": unsaid in recall 1603."""
    notes = pair_messages(old_pair(sea, "第五十二条"))
    assert "表述修改：“垃圾”改为“固体废物”" in notes, notes
    assert "表述修改：“处置其他工业垃圾”改为“处置其他固体废物”" in notes, notes
