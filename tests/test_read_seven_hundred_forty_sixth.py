"""What readings 746 and on (2026-12-05, the thirty-first session) found wrong or useless, fixed, pinned on the real
text (tests/fixtures/laws)."""

from conftest import held_out_fixture as _law
from conftest import old_pair, pair_messages

charity = _law("慈善法", "2016-03-16", "2023-12-29")


def test_a_sanction_moved_after_the_order_is_no_sanction_put_in(charity):
    """慈善法 第一百零一条 → 第一百一十四条: "由其主管部门予以警告，责令限期改正" → "由其主管部门责令限期改正，予以警告" only puts
    the warning after the order; the rewrite of item （一） quoting "予以警告" said the half taken out and left "新增“予以警告”"
    (wrong in reading 749: the old text warned already)."""
    notes = pair_messages(old_pair(charity, "第一百零一条"))
    assert not [n for n in notes if "新增“予以警告”" in n], notes
    assert "表述修改：“履行本法第二十七条规定的验证义务的”改为“依法履行验证义务的”" in notes, notes
