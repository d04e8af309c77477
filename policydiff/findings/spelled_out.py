"""A list spelled out where the old text referred to another provision's list (run by document.across_document: the
referred list is another provision's).

"因第八条第一款规定的情形之一导致残疾的，认定为因战致残" took 第八条第一款's cases (对敌作战…, 因执行任务遭敌人…, 执行外交任务…)
by reference; 军人抚恤优待条例 2024 第二十五条 lists them: "军人残疾，符合下列情形之一的，认定为因战致残：（一）对敌作战负伤致残的；
…（五）在执行外交任务或者国家派遣的对外援助、维持国际和平任务中致残的". Each item read as a rule put in ("新增条件：“对敌作战负伤致
残的”", ranked eighth) beside "不再规定" of the reference was wrong in readings 382, 403, 414, 415 and 417: the cases were
the law's already. One note says it: the reference rewritten as the list, "（原引用第八条第一款规定的情形，现逐项列明）"; an item
of the new list that none of the old cases is like keeps its own note.
"""
from __future__ import annotations

from dataclasses import replace
from typing import List, Optional, Sequence

from .. import recache
from ..models import Comparison, Finding, FindingKind
from ..numerals import article_en
from ..structure import chinese_number
from .counterparts import ITEM_LABEL

#: A sentence that takes another provision's list by reference (groups: the article, the paragraph or None).
_REFERENCE = recache.compile(r"第([一二三四五六七八九十百零]+)条(?:第([一二三四五六七八九十]+)款)?规定的情形")
#: A note of a sentence taken out, or of one (an item) put in.
_TAKEN_OUT = recache.compile(r"^不再规定：“([^”]+)”$")
_PUT_IN = recache.compile(r"^(?:新增规定|新增条件)：“([^”]+)”$")
#: How like (rapidfuzz ratio, 0–100, labels off) an item put in is to one of the cases referred to, to be that case listed.
CASE_ALIKE = 55
#: Or how like (partial ratio) a short item is to a part of one, and its characters at least.
CASE_PART_ALIKE, CASE_PART_AT_LEAST = 65, 6


def lists_spelled_out(comparison: Comparison) -> Comparison:
    """The comparison with each list spelled out in place of a reference said so (see the module)."""
    if not any(_TAKEN_OUT.match(f.message) and _REFERENCE.search(f.message) for p in comparison.pairs for f in p.findings):
        return comparison
    by_label = {c.display_label: c for c in comparison.old.clauses}
    pairs = list(comparison.pairs)
    for k, pair in enumerate(pairs):
        findings = list(pair.findings)
        for f in list(findings):
            m = _TAKEN_OUT.match(f.message)
            ref = _REFERENCE.search(m.group(1)) if m and f.kind is FindingKind.WORDING_CHANGED else None
            cases = _cases(by_label.get(f"第{ref.group(1)}条"), ref.group(2)) if ref else []
            if not cases:
                continue
            put = [(g, n.group(1)) for g in findings if g is not f and g.kind in (FindingKind.WORDING_CHANGED,
                                                                                   FindingKind.CONDITION_ADDED)
                   for n in [_PUT_IN.match(g.message)] if n and _alike_any(n.group(1), cases)]
            lead, listed = _list_of(pair.new_text, put)
            if len(listed) < 2:
                continue
            where = f"第{ref.group(1)}条" + (f"第{ref.group(2)}款" if ref.group(2) else "")
            where_en = article_en(f"第{ref.group(1)}条") + (f", paragraph {chinese_number(ref.group(2))}"
                                                            if ref.group(2) else "")
            note = Finding(FindingKind.WORDING_CHANGED, f.old, lead,
                           f"改写：“{m.group(1)}”改为“{lead}”（原引用{where}规定的情形，现逐项列明）",
                           f"rewritten: “{m.group(1)}” → “{lead}” (the cases of former {where_en}, referred to before, "
                           f"now listed item by item)")
            findings = [note if g is f else g for g in findings if g not in listed]
        if findings != list(pair.findings):
            pairs[k] = replace(pair, findings=tuple(findings))
    return replace(comparison, pairs=tuple(pairs))


def _cases(clause, paragraph: Optional[str]) -> List[str]:
    """The items (labels off) of the list of ``clause``'s paragraph (its first when none is named)."""
    if clause is None:
        return []
    lines = [line.strip() for line in clause.text.split("\n") if line.strip()]
    number = (chinese_number(paragraph) or 1) if paragraph else 1
    seen, out = 0, []
    for line in lines:
        if ITEM_LABEL.match(line):
            if seen == number:
                out.append(ITEM_LABEL.sub("", line, count=1).rstrip("；。"))
            continue
        seen += 1
        if seen > number:
            break
    return out


def _alike_any(item: str, cases: Sequence[str]) -> bool:
    """The item is like one of the cases, whole or (a short one, "对敌作战负伤致残的") as a part of it
    ("对敌作战死亡，或者对敌作战负伤在医疗终结前因伤死亡的")."""
    from rapidfuzz.fuzz import partial_ratio, ratio

    body = ITEM_LABEL.sub("", item, count=1).rstrip("；。")
    return any(ratio(body, case) >= CASE_ALIKE or len(body) >= CASE_PART_AT_LEAST
               and partial_ratio(body, case) >= CASE_PART_ALIKE for case in cases)


def _list_of(new_text: str, put: Sequence[tuple]) -> tuple:
    """(the lead-in, the notes) of the new list ("…符合下列情形之一的，认定为因战致残：") that holds the most of the items put
    in (each ``put``: (note, its quote)), or ("", [])."""
    lists: List[tuple] = []
    for line in (line.strip() for line in new_text.split("\n") if line.strip()):
        if not ITEM_LABEL.match(line):
            lists.append((line, []) if line.endswith(("：", ":")) else ("", []))
        elif lists and lists[-1][0]:
            lists[-1][1].append(line)
    best: tuple = ("", [])
    for lead, items in lists:
        bodies = [ITEM_LABEL.sub("", item, count=1) for item in items]
        held = [g for g, quote in put
                if any(body.startswith(ITEM_LABEL.sub("", quote, count=1).rstrip("…")[:12]) for body in bodies)]
        if len(held) > len(best[1]):
            best = (lead, held)
    return best
