"""What readings 135–138 (2026-12-03, fifth session: groups A, C, E and the English of G on adb9b16's JSON) and the
session beside them found wrong, useless or less than clear, fixed, pinned on the real text."""

from conftest import law_fixture as _law
from conftest import old_pair as _old
from conftest import pair_messages as _messages

accounting = _law("会计法", "2017-11-04", "2024-06-28")


def test_a_condition_of_not_having_what_it_takes_is_a_condition(accounting):
    """会计法 第三十六条 → 第三十四条: "不具备设置条件的，应当委托…中介机构代理记帐" is now one of four ways a unit may choose
    ("依法采取下列一种方式…（三）委托…代理记账"). The condition under which it had to outsource its bookkeeping is gone; it
    was said only "表述修改：删除“不具备设置条件的，应当”" (left undone in the last session's note). "不具备…条件的" is a
    condition like "不符合…条件的"."""
    notes = _messages(_old(accounting, "第三十六条"))
    assert "条件被删除：“不具备设置条件的”" in notes, notes
    assert not [n for n in notes if "删除“不具备设置条件的" in n], notes


company = _law("公司法", "2018-10-26", "2023-12-29")


def test_the_five_years_to_pay_in_capital_come_before_the_shareholders_meeting_renamed(company):
    """公司法 2018 → 2023's first headline was "“股东大会”统一改为“股东会”（共33条）", the joint-stock company's meeting
    named as the limited company's: trivial beside the five years to pay in capital, in readings 129 (English) and 135.
    The deadline is the revision's story; the rename, 33 articles of noise explained, comes next."""
    from policydiff.render.ranking import ranked_headlines

    lines = [h.text for h in ranked_headlines(company)]
    assert lines[0].startswith("第二十六条（现第四十七条）：新增期限：五年"), lines[:3]
    assert lines[1] == "“股东大会”统一改为“股东会”（共33条）", lines[:3]
