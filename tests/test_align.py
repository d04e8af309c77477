"""Alignment by content. Expected pairs were read off the texts themselves."""
import pytest

from policydiff import Status, compare, compare_documents
from policydiff.ingest import RawText
from policydiff.normalize import normalize
from policydiff.structure import parse

from conftest import FINAL_SOURCES, DRAFT, FINAL_WEB, FINAL_WECHAT, LAWS, law_pairs

CN = "一 二 三 四 五 六 七 八 九 十 十一 十二 十三 十四 十五".split()


def art(n: int) -> str:
    return f"第{CN[n - 1]}条"


def outline(comparison):
    """Each pair as (status, old labels, new labels)."""
    return [(p.status.value, [c.label for c in p.old], [c.label for c in p.new]) for p in comparison.pairs]


@pytest.mark.parametrize("source", FINAL_SOURCES)
def test_shijingshan_draft_to_final(source, finals):
    final = finals[source]
    pairs = outline(compare(DRAFT, final))
    expected = (
        [([art(n)], [art(n)]) for n in range(1, 7)]
        + [([art(7)], [])]
        + [([art(n)], [art(n - 1)]) for n in range(8, 14)]
        + [([art(14)], [art(13), art(14)]), ([art(15)], [art(15)])]
    )
    assert [(old, new) for _, old, new in pairs] == expected
    statuses = [s for s, _, _ in pairs]
    assert statuses[6] == "deleted" and statuses[13] == "split"
    assert all(s in ("modified", "unchanged") for s in statuses[:6] + statuses[7:13] + statuses[14:])


def test_renumbered_is_set_where_labels_differ():
    pairs = compare(DRAFT, FINAL_WECHAT).pairs
    assert [p.renumbered for p in pairs] == [False] * 6 + [False] + [True] * 7 + [False]


def test_the_two_published_finals_pair_one_to_one():
    pairs = compare(FINAL_WECHAT, FINAL_WEB).pairs
    assert len(pairs) == 15
    assert all(p.status in (Status.UNCHANGED, Status.MODIFIED) for p in pairs)
    assert [p.old[0].label for p in pairs] == [p.new[0].label for p in pairs]


@pytest.mark.parametrize("name,old,new", list(law_pairs()), ids=lambda v: getattr(v, "name", str(v)))
def test_every_law_pair_compares(name, old, new):
    result = compare(old, new)
    old_ids = [i.id for p in result.pairs for i in p.old]
    new_ids = [i.id for p in result.pairs for i in p.new]
    # Every clause is accounted for exactly once on each side.
    assert sorted(old_ids) == sorted(c.id for c in result.old.clauses)
    assert sorted(new_ids) == sorted(c.id for c in result.new.clauses)


def _changes(old, new):
    return [o for o in outline(compare(LAWS / old, LAWS / new)) if o[0] not in ("unchanged", "modified")]


def test_road_transport_2023_deleted_the_permit_penalty():
    # 2023 dropped 第六十八条 (不按照规定携带车辆营运证); old 第六十九条 became 第六十八条.
    result = compare(LAWS / "道路运输条例/2022-03-29.md", LAWS / "道路运输条例/2023-07-20.md")
    assert [o for o in outline(result) if o[0] == "deleted"] == [("deleted", ["第六十八条"], [])]
    renumbered = {tuple(o[1]): o[2] for o in outline(result)}
    assert renumbered[("第六十九条",)] == ["第六十八条"]
    assert renumbered[("第八十二条",)] == ["第八十一条"]


def test_accounting_law_2024_merged_two_penalties_and_dropped_a_chapter():
    changes = _changes("会计法/2017-11-04.md", "会计法/2024-06-28.md")
    assert ("merged", ["第四十三条", "第四十四条"], ["第四十一条"]) in changes
    # 第三章 公司、企业会计核算的特别规定: its two articles are gone.
    assert ("deleted", ["第二十四条"], []) in changes and ("deleted", ["第二十五条"], []) in changes


def test_legislation_law_2023_split_local_regulations_in_two():
    changes = _changes("立法法/2015-03-15.md", "立法法/2023-03-13.md")
    assert ("split", ["第七十二条"], ["第八十条", "第八十一条"]) in changes


def test_ip_court_rules_2023():
    changes = _changes("最高人民法院关于知识产权法庭若干问题的规定/2018-12-28.md",
                       "最高人民法院关于知识产权法庭若干问题的规定/2023-10-21.md")
    # New 第四条 (披露关联案件) is new text, not a renumbered old 第四条 (电子送达).
    assert ("added", [], ["第四条"]) in changes
    assert sorted(o[1][0] for o in changes if o[0] == "deleted") == sorted(
        ["第四条", "第五条", "第十二条", "第十三条", "第十四条"])


def test_a_clause_that_moved_is_found():
    text = DRAFT.read_text(encoding="utf-8").split("\n")
    lines = [l for l in text if l.startswith("第")]
    moved = lines[:2] + lines[3:12] + [lines[2]] + lines[12:]  # 第三条 moved after 第十二条
    old = parse(normalize(RawText("old.txt", "\n".join(lines))), "o")
    new = parse(normalize(RawText("new.txt", "\n".join(moved))), "n")
    result = compare_documents(old, new)
    moves = [p for p in result.pairs if p.status is Status.MOVED]
    assert len(moves) == 1 and moves[0].old[0].label == "第三条"
    # Reported where it now stands in the new version.
    assert [p.new[0].id for p in result.pairs] == [c.id for c in new.clauses]


@pytest.mark.parametrize("old,new", [
    (DRAFT, FINAL_WECHAT),
    (LAWS / "立法法/2015-03-15.md", LAWS / "立法法/2023-03-13.md"),
    (LAWS / "会计法/2017-11-04.md", LAWS / "会计法/2024-06-28.md"),
    (LAWS / "保障中小企业款项支付条例/2020-07-05.md", LAWS / "保障中小企业款项支付条例/2025-03-17.md"),
], ids=["shijingshan", "立法法", "会计法", "保障中小企业"])
def test_large_gap_path_agrees_with_the_full_table(monkeypatch, old, new):
    # Gaps too large for the DP table are cut by a chain of candidate pairs first; forcing
    # every gap down that path must still find the same splits and merges.
    from policydiff import align

    full = outline(compare(old, new))
    monkeypatch.setattr(align, "MAX_TABLE", 4)
    assert outline(compare(old, new)) == full
