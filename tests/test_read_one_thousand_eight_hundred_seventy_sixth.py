"""What readings 1876 to 1883 (2026-12-07) found wrong or useless and the fifty-ninth session fixed, pinned on the real
text (the corpus and tests/fixtures/laws)."""

from conftest import held_out_fixture as _held_out
from conftest import old_pair, pair_messages

science = _held_out("科学技术普及法", "2002-06-29", "2024-12-25")


def test_a_duty_changed_in_a_clause_its_note_quotes_whole_is_not_said_again_as_wording(science):
    """科学技术普及法 第二十四条 → 第四十六条: "“应当”改为“可以”：义务减弱（“同级财政应当予以补贴”改为“政府可以根据需要予以补贴”）"
    shows the whole clause; "表述修改：“同级财政应当”改为“政府可以根据需要”" beside it was a second, poorer copy (reading 1882,
    item 31)."""
    notes = pair_messages(old_pair(science, "第二十四条"))
    assert "“应当”改为“可以”：义务减弱（“同级财政应当予以补贴”改为“政府可以根据需要予以补贴”）" in notes, notes
    assert not any(n.startswith("表述修改：“同级财政应当”") for n in notes), notes
