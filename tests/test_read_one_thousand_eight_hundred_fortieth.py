"""What readings 1807 to 1838 (2026-12-07) found wrong or useless and the fifty-eighth session fixed, pinned on the real
text (the corpus and tests/fixtures/laws)."""

from conftest import held_out_fixture as _held_out
from conftest import old_pair, pair_messages

cryptography = _held_out("商用密码管理条例", "1999-10-07", "2023-04-27")


def test_a_deleted_provision_opening_on_a_leave_not_obtained_is_named_with_what_is_done_without_it(cryptography):
    """商用密码管理条例 1999 第二十四条 "境外组织或者个人未经批准，擅自使用密码产品或者含有密码技术的设备的，由…给予警告": named
    by "境外组织或者个人未经批准" alone, the quote stopping before what the provision punishes (the English reading 1833,
    item 8)."""
    notes = pair_messages(old_pair(cryptography, "第二十四条"))
    assert "原第二十四条（关于“境外组织或者个人未经批准，擅自使用密码产品或者含有密码技术…”的规定）已删除或改写" in notes, notes
