"""Errors left after the thirty-sixth reading (2026-12-01, seeds 36101–36105, commit 8d3c8f0), and those
the thirty-seventh reading (seeds 37101–37105, commit e280353) found, fixed in the session after them,
each pinned on the real text."""

from conftest import law_fixture as _law
from conftest import old_pair as _old
from conftest import pair_messages as _messages

transport = _law("道路运输条例", "2022-03-29", "2023-07-20")


def test_a_rewrite_is_quoted_to_what_the_other_provision_does_not_say(transport):
    """道路运输条例 2022 第六十九条 → 2023 第六十八条: item (二) "强行招揽旅客、货物的" (with item (五)) left the 客运经营者、
    货运经营者 list for a paragraph of its own, "客运经营者强行招揽旅客，货运经营者强行招揽货物或者没有采取必要措施防止货物
    脱落、扬撒等的，由…责令改正，处1000元以上3000元以下的罚款；…". The rewrite's quote kept the sanction the old lead-in
    said word for word and cut the conduct: "客运经营者强行招揽旅客……由县级以上地方人民政府交通运输主管部门责令改正，处1000元
    以上3000元以下的罚款", hiding the 货运经营者 (a note left undone after the thirty-sixth reading)."""
    notes = _messages(_old(transport, "第六十九条"))
    rewrite = [m for m in notes if m.startswith("改写：“（二）强行招揽旅客、货物的”")]
    assert len(rewrite) == 1
    assert "货运经营者强行招揽货物或者没有采取必要措施防止货物脱落、扬撒等的" in rewrite[0]
    assert "交通运输主管部门责令改正" not in rewrite[0]
