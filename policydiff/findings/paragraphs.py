"""Paragraphs put in another order: a provision read paragraph by paragraph in the new order.

A character diff across paragraphs that swapped places pairs words of one with words of the other
("“子公司，子公司”改为“分公司”", 公司法 第十四条 → 第十三条). ``analyze`` asks ``reordered(pair)``; when
the new paragraphs are old ones in another order, it reads the pair with its old paragraphs put in that
order (``in_new_order``) and says the order changed (``reordered_note``).
"""
from __future__ import annotations

from dataclasses import replace
from typing import List, Optional, Tuple

from .. import numerals, recache
from ..models import Finding, FindingKind, Pair


#: Two paragraphs this alike (0–100) are one paragraph, for telling paragraphs reordered.
REORDERED_PARAGRAPH = 60
#: … and the paragraphs so paired this much more alike, on average, than in their places.
REORDER_GAIN = 20


def reordered(pair: Pair) -> Optional[Tuple[Optional[int], ...]]:
    """For each paragraph of the new text, the old paragraph it is (each once; None: a paragraph put in), when
    a provision's paragraphs were put in another order: each alike (REORDERED_PARAGRAPH) and, so paired, far
    more alike than in their places (公司法 第十四条 → 第十三条: the 子公司 paragraph now first, its char diff made
    "“子公司，子公司”改为“分公司”"; 专利法实施细则 第二十七条 → 第三十条: the 色彩 paragraph now last, a paragraph put in
    before it, "删除“提交有关”" though nothing was: the twenty-fifth and twenty-sixth readings). None otherwise."""
    if len(pair.old) != 1 or len(pair.new) != 1:
        return None
    olds, news = pair.old_text.split("\n"), pair.new_text.split("\n")
    if not 2 <= len(olds) <= len(_PARAGRAPH_NUMBERS) or not 2 <= len(news) <= len(_PARAGRAPH_NUMBERS):
        return None
    from rapidfuzz.fuzz import ratio

    order: List[Optional[int]] = []
    for n in news:
        best = max(range(len(olds)), key=lambda k: ratio(n, olds[k]))
        order.append(best if ratio(n, olds[best]) >= REORDERED_PARAGRAPH and best not in order else None)
    matched = [(j, k) for j, k in enumerate(order) if k is not None]
    if len(matched) < 2 or [k for _, k in matched] == sorted(k for _, k in matched):
        return None
    moved = sum(ratio(news[j], olds[k]) for j, k in matched) / len(matched)
    placed = sum(ratio(news[j], olds[j]) if j < len(olds) else 0.0 for j, _ in matched) / len(matched)
    return tuple(order) if moved - placed >= REORDER_GAIN else None


def in_new_order(pair: Pair, order: Tuple[Optional[int], ...]) -> Pair:
    """The pair with its old paragraphs put in the new order (those no new paragraph is, after them), and
    diffed again."""
    from ..diff import char_diff

    olds = pair.old_text.split("\n")
    kept = [k for k in order if k is not None]
    text = "\n".join([olds[k] for k in kept] + [p for k, p in enumerate(olds) if k not in kept])
    old = replace(pair.old[0], text=text)
    return replace(pair, old=(old,), diff=tuple(char_diff(text, pair.new[0].text)))


_PARAGRAPH_NUMBERS = ("一", "二", "三", "四", "五", "六", "七", "八", "九", "十", "十一", "十二")


#: An item's number where its line opens ("（三）").
_ITEM_NUMBER = recache.compile(r"^[（(]([一二三四五六七八九十]+)[)）]")


def reordered_note(order: Tuple[Optional[int], ...], old_text: str = "", new_text: str = "") -> Finding:
    """"调整款的顺序：原第二款现为第一款；原第一款现为第二款" (at most twelve paragraphs: _paragraphs_reordered). Lines that
    open with an item's number are items, said by their numbers ("调整项的顺序：原第三项现为第二项；…": 文物保护法 第五十一条 →
    第六十八条, two items swapped, "原第四款现为第三款" wrong in reading 705); a paragraph's number counts paragraphs only."""
    olds, news = old_text.split("\n"), new_text.split("\n")
    moved = [(_place(olds, k), _place(news, j)) for j, k in enumerate(order) if k is not None and k != j]
    zh = "；".join(f"原第{a[1]}{a[0]}现为第{b[1]}{b[0]}" for a, b in moved)
    en = "; ".join(f"{_EN[a[0]]} {a[2]} is now {_EN[b[0]]} {b[2]}" for a, b in moved)
    kinds = {place[0] for pair in moved for place in pair}
    what, what_en = ("项", "items") if kinds == {"项"} else ("款、项", "paragraphs and items") if "项" in kinds else (
        "款", "paragraphs")
    return Finding(FindingKind.WORDING_CHANGED, None, None, f"调整{what}的顺序：{zh}", f"{what_en} reordered: {en}")


_EN = {"款": "paragraph", "项": "item"}


def _place(lines: List[str], at: int) -> Tuple[str, str, str]:
    """("款" or "项", its number in Chinese, in English) of the line at ``at``: an item by the number it opens with, a
    paragraph by the lines before it that are no items."""
    item = _ITEM_NUMBER.match(lines[at]) if at < len(lines) else None
    if item:
        return "项", item.group(1), f"{numerals.value(item.group(1)):g}"
    count = sum(1 for line in lines[:at + 1] if not _ITEM_NUMBER.match(line)) if at < len(lines) else at + 1
    return "款", _PARAGRAPH_NUMBERS[count - 1], str(count)
