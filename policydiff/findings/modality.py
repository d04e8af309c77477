"""Modality: the force of a duty or permission (必须 > 应当 > 予以 > 可以 > 鼓励)."""
from __future__ import annotations

from collections import Counter
from typing import List, Optional

from ..models import Finding, FindingKind
from .changes import Note, clip
from .lexicon import Lexicon

#: Modal words at least this strong are reported when added or removed alone.
STRONG = 4


def modal_words(phrase: str, lexicon: Lexicon) -> List[str]:
    """Modal words in a phrase, leaving out nouns ("予以支持") and relative clauses ("法律禁止的")."""
    found = []
    for m in lexicon.modal_pattern.finditer(phrase):
        before, after = phrase[:m.start()], phrase[m.end():]
        if any(before.endswith(w) for w in lexicon.modal_not_after) or after.startswith(lexicon.modal_not_before):
            continue
        found.append(m.group())
    return found


#: Longest edit (characters, each side) in which one modal word replacing another is read as such.
LOCAL = 40


def _swapped_in_place(change, lexicon: Lexicon) -> bool:
    """One modal word gave way to another inside one short edit ("应当依法进行调查" → "可以要求申报")."""
    return any(len(h.deleted) <= LOCAL and len(h.inserted) <= LOCAL
               and modal_words(h.deleted, lexicon) and modal_words(h.inserted, lexicon)
               for h in change.hunks)


def _replacement(lost: List[str], gained: List[str], change, lexicon: Lexicon) -> Optional[Note]:
    a = max(lost, key=lexicon.modals.get)
    b = max(gained, key=lexicon.modals.get)
    fa, fb = lexicon.modals[a], lexicon.modals[b]
    if (a in lexicon.prohibitions) != (b in lexicon.prohibitions):
        zh, en = "禁止与许可互换", "prohibition and permission swapped"
    elif fb < fa:
        zh, en = "义务减弱", "duty weakened"
    elif fb > fa:
        zh, en = "义务加强", "duty strengthened"
    else:
        return None  # same force (鼓励 → 支持): wording, not modality
    return Note(Finding(FindingKind.MODALITY_CHANGED, clip(change.old), clip(change.new),
                        f"“{a}”改为“{b}”：{zh}", f"“{a}” → “{b}”: {en}"), (a, b))


def find_modality_changes(pair, changes, lexicon: Lexicon) -> List[Note]:
    notes: List[Note] = []
    for change in changes:
        old, new = Counter(modal_words(change.old, lexicon)), Counter(modal_words(change.new, lexicon))
        lost, gained = list((old - new).elements()), list((new - old).elements())
        if lost and gained and _swapped_in_place(change, lexicon):
            note = _replacement(lost, gained, change, lexicon)
            notes.extend([note] if note else [])
            continue
        lost = [w for w in lost if lexicon.modals[w] >= STRONG]
        gained = [w for w in gained if lexicon.modals[w] >= STRONG]
        if lost and gained:
            continue  # a rewrite that moves duties around: the wording note tells it
        for word in lost:
            notes.append(Note(Finding(FindingKind.MODALITY_CHANGED, clip(change.old), clip(change.new) or None,
                                      f"“{word}”被删除：不再是强制要求", f"“{word}” removed: no longer mandatory"),
                              (word,)))
        for word in gained:
            notes.append(Note(Finding(FindingKind.MODALITY_CHANGED, clip(change.old) or None, clip(change.new),
                                      f"新增“{word}”：成为强制要求", f"“{word}” added: now mandatory"), (word,)))
    return notes
