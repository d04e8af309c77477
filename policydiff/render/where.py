"""Where a provision stood and stands: what a moved row says of its old place."""
from __future__ import annotations

from typing import Dict, Tuple

from ..models import Clause, Comparison, Pair
from .phrases import name


def _orders(comparison: Comparison) -> Tuple[Dict[str, int], Dict[str, int]]:
    return ({c.id: i for i, c in enumerate(comparison.old.clauses)},
            {c.id: i for i, c in enumerate(comparison.new.clauses)})


def _after(clauses: Tuple[Clause, ...], at: int, lang: str) -> str:
    if at <= 0:
        return "the beginning" if lang == "en" else "篇首"
    before = clauses[at - 1]
    return f"after {name(before, lang)}" if lang == "en" else f"{before.display_label}之后"


def moved_from(comparison: Comparison, pair: Pair, lang: str = "zh") -> str:
    """Where a moved provision stood in the old text: "第十条之后（第一章 总则）"."""
    old_order, _ = _orders(comparison)
    first = pair.old[0]
    said = _after(comparison.old.clauses, old_order[first.id], lang)
    chapter = first.path[0] if first.path else ""
    new_chapter = pair.new[0].path[0] if pair.new and pair.new[0].path else ""
    if chapter and chapter != new_chapter:
        said += f" ({chapter})" if lang == "en" else f"（{chapter}）"
    return said


def moved_to(comparison: Comparison, pair: Pair, lang: str = "zh") -> str:
    """Where a moved provision stands in the new text: "新文本第四条之后"."""
    _, new_order = _orders(comparison)
    if not pair.new:
        return ""
    said = _after(comparison.new.clauses, new_order[pair.new[0].id], lang)
    return (f"{said} in the new text" if lang == "en" else f"新文本{said}")
