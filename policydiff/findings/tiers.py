"""Items of a list moved, word for word, from one tier of cases to another.

An interpretation sets tiers of cases in provisions of their own: "…具有下列情形之一的，应当认定为“严重污染环境”：" and
"…应当认定为“情节严重”：" (环境污染刑事案件解释 2016 第一条 → 2023 第一条、第二条). An item of the first tier that stands, as it
was, among the items of the second now carries the heavier penalty: the pair's diff reads the two new provisions as one
text and finds no edit, so no note said it ("致使森林或者其他林木死亡五十立方米以上…", "致使疏散、转移群众五千人以上的",
"致使三十人以上中毒的": unsaid in recall 1544). The figures of an item moved and changed are the figures' notes'
(figure_changes._tier_note).
"""
from __future__ import annotations

from typing import Dict, List, Tuple

from .changes import Note
from .counterparts import ITEM_LABEL
from .figure_changes import _TIER
from ..models import Finding, FindingKind
from ..numerals import article_en, value


def _number(item: str) -> str:
    """"（七）" → "7"."""
    n = value(item.strip("（）()"))
    return str(int(n)) if n is not None else item.strip("（）()")


def _items(text: str) -> List[Tuple[str, str]]:
    """(label, words) of each item of a provision's list: a line that opens on "（一）", its closing mark off."""
    out = []
    for line in text.split("\n"):
        m = ITEM_LABEL.match(line)
        if m:
            out.append((m.group(), line[m.end():].rstrip("；;。，")))
    return out


def find_tier_moves(pair, changes, lexicon) -> List[Note]:
    """The items of an old provision's tier that a new provision of another tier lists as they were, and no new provision
    of the old tier does: "“致使三十人以上中毒的”由“严重污染环境”情形改为“情节严重”情形（现第二条（九））"."""
    if len(pair.old) + len(pair.new) < 3:
        return []  # (a provision split or merged: one that stays one keeps its tier)
    tiers = {}
    for side, clauses in (("old", pair.old), ("new", pair.new)):
        for c in clauses:
            m = _TIER.match(c.text)
            if m:
                tiers[side, c.id] = m.group(1)
    if len(set(tiers.values())) < 2:
        return []
    now: Dict[str, List[Tuple[str, str, str]]] = {}  # item words → (tier, provision label, item label)
    for c in pair.new:
        if ("new", c.id) in tiers:
            for label, words in _items(c.text):
                now.setdefault(words, []).append((tiers["new", c.id], c.label, label))
    notes = []
    for c in pair.old:
        was = tiers.get(("old", c.id))
        if was is None:
            continue
        for _label, words in _items(c.text):
            homes = now.get(words, [])
            if len(words) < 6 or len(homes) != 1 or homes[0][0] == was:
                continue
            tier, provision, item = homes[0]
            notes.append(Note(Finding(FindingKind.WORDING_CHANGED, words, words,
                                      f"“{words}”由“{was}”情形改为“{tier}”情形（现{provision}{item}）",
                                      f"“{words}” moved from the cases of “{was}” to those of “{tier}” "
                                      f"({article_en(provision)} ({_number(item)}))",
                                      subject=words), (words,)))
    return notes
