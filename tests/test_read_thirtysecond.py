"""Errors left after the thirty-first reading (2026-12-01, seeds 31101–31105, commit 3a1f891) and
the readings after it, fixed in the sessions after them, each pinned on the real text."""

from conftest import law_fixture as _law
from conftest import old_pair as _old
from conftest import pair_messages as _messages

transport = _law("道路运输条例", "2022-03-29", "2023-07-20")


def test_another_party_fined_apart_for_the_conduct_before_it_is_its_fine_changed(transport):
    """道路运输条例 2022 第七十一条 → 2023 第七十条: the 道路运输站（场）经营者 fined 1万–3万元 are now the 道路旅客运输站
    (same fine) and, in a paragraph of their own, "道路货物运输站（场）经营者有前款违法情形的" fined 3000元–3万元. Their fine
    was lowered; it was "新增罚款档次：处3000元–3万元（低于原有的1万–3万元，原档次仍保留）" beside the new paragraph quoted
    whole (wrong: the thirty-first reading)."""
    notes = _messages(_old(transport, "第七十一条"))
    assert "道路货物运输站（场）经营者有前款违法情形的：罚款由1万–3万元降为3000元–3万元（单列一款）" in notes
    assert not [m for m in notes if m.startswith(("新增罚款档次", "新增规定：“道路货物运输站"))]
