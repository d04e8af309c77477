"""What readings 1739 and on (2026-12-07, the fifty-fifth session) found wrong or useless, fixed, pinned on the real
text (the corpus and tests/fixtures/laws)."""

from conftest import held_out_fixture as _held_out
from conftest import old_pair, pair_messages

crypto = _held_out("商用密码管理条例", "1999-10-07", "2023-04-27")


def test_a_new_fine_left_to_the_authority_is_said_as_one_it_may_impose(crypto):
    """商用密码管理条例 第二十二条 → 第五十三条: "…违法所得10万元以上的，可以并处违法所得1倍以上3倍以下罚款；没有违法所得或者违法
    所得不足10万元的，可以并处3万元以上10万元以下罚款". "新增罚款：…处3万–10万元" read as a fine the authority must impose, wrong in
    reading 1743 (items 10 and 51)."""
    notes = pair_messages(old_pair(crypto, "第二十二条"))
    assert "新增罚款：违法所得10万元以上的，可以处违法所得1–3倍" in notes, notes
    assert "新增罚款：没有违法所得或者违法所得不足10万元的，可以处3万–10万元" in notes, notes
    english = [f.message_en for f in old_pair(crypto, "第二十二条").findings]
    assert any(n.startswith("discretionary fine added") for n in english), english


antitrust = _held_out("反垄断法", "2007-08-30", "2022-06-24")


def test_each_new_fine_says_whether_it_is_left_to_the_authority(antitrust):
    """反垄断法 第四十六条 → 第五十六条: "上一年度没有销售额的，处五百万元以下的罚款" must be imposed, "…负有个人责任的，可以处一百万元
    以下的罚款" may be: each new fine says its own verb."""
    notes = pair_messages(old_pair(antitrust, "第四十六条"))
    assert ("新增罚款：上一年度没有销售额的，处500万元以下；经营者的法定代表人、主要负责人和直接责任人员对达成垄断协议负有个人责任的，"
            "可以处100万元以下") in notes, notes
