"""What readings 1250 and on (2026-12-06, the forty-second session) and the earlier ones' open cases found wrong or
useless, fixed, pinned on the real text (tests/fixtures/laws and the corpus)."""

from conftest import held_out_fixture as _held_out
from conftest import old_pair, pair_messages

science = _held_out("科学技术普及法", "2002-06-29", "2024-12-25")


def test_words_put_before_who_must_are_said_though_a_quote_elsewhere_holds_them(science):
    """2002 第十九条 "企业应当结合技术创新…" → 2024 第二十三条 "科技企业应当把科普作为…": the duty now binds technology
    enterprises, not every enterprise. "科技" was taken as said by the note on the new paragraph, "新增“鼓励企业将自身科技资源
    转化为科普资源…”", which holds the two characters at another place (left undone since reading 1222)."""
    notes = pair_messages(old_pair(science, "第十九条"))
    assert [n for n in notes if "改为“科技企业应当" in n and "“企业应当" in n], notes




minerals = _held_out("矿产资源法", "2009-08-27", "2024-11-08")


def test_a_referral_to_the_paragraph_before_pairs_no_two_sentences(minerals):
    """2009 第三十九条's second paragraph, "单位和个人进入他人依法设立的…矿区范围内采矿的，依照前款规定处罚", and 2024 第六十七条's,
    "违反本法规定，从事石油、天然气等矿产资源勘查活动，…取得采矿许可证进行开采的，依照前款规定处罚", share only the referral that
    closes them: "改写" of one into the other said two unrelated rules were one (wrong in reading 1253, item 32)."""
    notes = pair_messages(old_pair(minerals, "第三十九条"))
    assert not [n for n in notes if n.startswith("改写：“单位和个人进入他人")], notes
    assert [n for n in notes if n.startswith("删除或改写：“单位和个人进入他人")], notes
    assert [n for n in notes if n.startswith("新增规定：“违反本法规定，从事石油、天然气")], notes
