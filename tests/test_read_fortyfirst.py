"""Errors the forty-first reading (2026-12-01, seeds 41101–41105, commit 0b5f8ce) found, fixed in the session
after it, each pinned on the real text."""

from conftest import law_fixture as _law
from conftest import old_pair as _old
from conftest import pair_messages as _messages

company = _law("公司法", "2018-10-26", "2023-12-29")


def test_a_name_listed_beside_the_new_one_and_dropped_is_the_rename(company):
    """公司法 第一百六十九条 → 第二百一十五条: "由股东会、股东大会或者董事会决定" → "由股东会、董事会或者监事会决定" (twice). The two
    names made one is the rename's, as 第一百八十六条's "报股东会、股东大会或者人民法院确认" → "报股东会或者人民法院确认" is: the
    headline counted 31 articles where a reader counts 32 (wrong in the fortieth and forty-first readings)."""
    [shareholders] = [r for r in company.renames if r.old == "股东大会"]
    labels = {company.pairs[i].old[0].label for i in shareholders.pairs}
    assert "第一百六十九条" in labels and len(shareholders.pairs) == 32
    notes = _messages(_old(company, "第一百六十九条"))
    assert "“股东大会”改为“股东会”（全文统一修改，共32条，本条2处）" in notes
