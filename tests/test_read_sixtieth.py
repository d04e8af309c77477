"""Errors the fifty-ninth and sixtieth readings (2026-12-02, seeds 59101–59105 at 6a2b161 and 60101–60104 at 15c3883)
found, fixed after them, each pinned on the real text."""

from conftest import law_fixture as _law
from conftest import old_pair as _old
from conftest import pair_messages as _messages

company = _law("公司法", "2018-10-26", "2023-12-29")


def test_a_list_said_in_another_order_with_one_member_replaced_is_that_member_replaced(company):
    """公司法 第二十五条 → 第四十六条: item (五) "股东的出资方式、出资额和出资时间" → "股东的出资额、出资方式和出资日期" was quoted
    whole, as if the item were rewritten (useless in the fifty-ninth reading): the order is form, the member replaced is
    the change."""
    notes = _messages(_old(company, "第二十五条"))
    assert "表述修改：“出资时间”改为“出资日期”" in notes
    assert not [m for m in notes if "出资方式、出资额" in m]


def test_a_list_replaced_in_the_same_order_is_no_reordering():
    """The reordering rule reads a list whose kept members changed places, nothing else: the same order with one member
    replaced, or the same members with another joiner (和 → 或者 can change the rule), are said as the diff made them."""
    from policydiff.findings.edits import _describe

    assert _describe("甲方、乙方和丙方", "甲方、乙方和丁方")[0] == "“甲方、乙方和丙方”改为“甲方、乙方和丁方”"
    assert _describe("出资方式、出资额和出资时间", "出资额、出资方式或者出资日期")[0].startswith("“出资方式")
