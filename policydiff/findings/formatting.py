"""Formatting: differences of punctuation, width, spacing and item labels alone."""
from __future__ import annotations

from functools import lru_cache

from .. import recache
from ..models import Finding, FindingKind
from ..normalize import loose_key

# Item labels anywhere in a clause: （一）, 一、, 1., （1）, ①.
_ITEM_LABELS = recache.compile(
    r"（[一二三四五六七八九十\d]{1,3}）|(?<![\d.])[一二三四五六七八九十]{1,3}、|(?<![\d.])\d{1,2}[.、](?!\d)|[①-⑳]")


#: A character every item label holds: a text without one has none (the labels' pattern, whose
#: lookbehinds keep re from skipping ahead, is not run over it).
_LABEL_KEYS = recache.compile(r"[（、.①-⑳]")


@lru_cache(maxsize=16384)
def substance(text: str) -> str:
    """What is left of a text once punctuation, spacing and item labels are gone."""
    return loose_key(_ITEM_LABELS.sub("", text) if _LABEL_KEYS.search(text) else text)


def formatting_only(old: str, new: str) -> bool:
    return old != new and substance(old) == substance(new)


FORMATTING = Finding(
    FindingKind.FORMATTING, None, None,
    "仅标点、全半角、空格或项目编号不同，内容未变",
    "punctuation, width, spacing or item labels only; the content is the same")


#: A changed provision none of whose edits is worth a note: numbers renumbered, a particle or a word
#: said the same way ("辞职" → "辞任", "为了公司的利益" → "为公司利益").
SLIGHT_ONLY = Finding(
    FindingKind.FORMATTING, None, None,
    "仅编号或个别虚词、同义用语不同，内容未变",
    "only numbering, a particle or a same-meaning word differs; the content is the same")
