"""Rewrites: sentences a revision took out or put in whole, said as a reviewer would.

In a full revision most articles are rewritten end to end; a run of character
edits says nothing there. A sentence that is mostly deleted (or mostly
inserted) is one note instead, quoting the words that carry its substance:
the duty or permission (who 应当/可以/不得 do what), the procedure (经…批准), the
sanction (罚款, 吊销…), or the sentence itself when it is short:

    不再规定：“有限责任公司设经理，由董事会决定聘任或者解聘”
    新增规定：“股东应当在五年内缴足”

A deleted article says what it governed: "删除原第X条（关于……的规定）".
"""
from __future__ import annotations

import re
from typing import List, Sequence, Tuple

from ..models import Clause, Finding, FindingKind
from .changes import Hunk, Note
from .lexicon import Lexicon
from .modality import modal_words
from .sentences import Sentence, sentences

#: A sentence at least this much deleted (or inserted) is taken out (or put in) whole.
WHOLE = 0.6
#: Longest quote in a note; longer sentences are cut to the phrases that carry them.
QUOTE = 48
_SANCTIONS = re.compile(r"罚款|没收|吊销|撤销|责令|拘留|处分|追究|停业|关闭|取缔|赔偿责任|刑事责任")
_PROCEDURES = re.compile(r"经[^，。；]{0,16}(?:批准|同意|决议|审查|核准|登记|备案|认可|评估|验资)|报[^，。；]{0,12}(?:批准|备案|审批)")


def _covered(spans: Sequence[Tuple[int, int]], s: Sentence) -> float:
    hit = sum(max(0, min(b, s.end) - max(a, s.start)) for a, b in spans)
    return hit / max(1, s.end - s.start)


def rewritten(old_text: str, new_text: str, hunks: Sequence[Hunk]) -> Tuple[List[Sentence], List[Sentence]]:
    """Old sentences the revision took out whole, new sentences it put in whole."""
    deleted = [(h.old_at, h.old_at + len(h.deleted)) for h in hunks if h.deleted and h.old_at >= 0]
    inserted = [(h.new_at, h.new_at + len(h.inserted)) for h in hunks if h.inserted and h.new_at >= 0]
    removed = [s for s in sentences(old_text) if _covered(deleted, s) >= WHOLE]
    added = [s for s in sentences(new_text) if _covered(inserted, s) >= WHOLE]
    return removed, added


def quote(sentence: str, lexicon: Lexicon, limit: int = QUOTE) -> str:
    """The sentence, or when long its first phrase and the phrases that carry its substance."""
    if len(sentence) <= limit:
        return sentence
    phrases = [p for p in re.split(r"(?<=[，：])", sentence) if p]
    keep = [0] + [i for i, p in enumerate(phrases) if i and (
        modal_words(p, lexicon) or _SANCTIONS.search(p) or _PROCEDURES.search(p))]
    out, used = "", -1
    for i in keep:
        piece = phrases[i].rstrip("，：")
        if len(out) + len(piece) > limit and out:
            break
        out += ("" if used < 0 else ("，" if i == used + 1 else "……")) + piece
        used = i
    if len(out) > limit:
        out = out[:limit - 1].rstrip("，、") + "…"
    elif used < len(phrases) - 1:
        out += "……"
    return out


#: A sentence taken out and one put in this similar (0–100) are one sentence that moved within the provision.
REORDERED = 85


def rewrite_notes(removed: Sequence[Sentence], added: Sequence[Sentence], lexicon: Lexicon,
                  old_text: str = "", new_text: str = "") -> List[Note]:
    from .sentences import match

    removed = [s for s in removed if not (new_text and still_there(s.text, new_text))]
    added = [s for s in added if not (old_text and still_there(s.text, old_text))]

    moved = [(i, j) for i, j in match(removed, added, REORDERED) if i is not None and j is not None]
    removed = [s for i, s in enumerate(removed) if all(i != a for a, _ in moved)]
    added = [s for j, s in enumerate(added) if all(j != b for _, b in moved)]
    notes = []
    for s in removed:
        q = quote(s.text, lexicon)
        notes.append(Note(Finding(FindingKind.WORDING_CHANGED, q, None, f"不再规定：“{q}”", f"no longer provides: “{q}”"),
                          (s.text,)))
    for s in added:
        q = quote(s.text, lexicon)
        notes.append(Note(Finding(FindingKind.WORDING_CHANGED, None, q, f"新增规定：“{q}”", f"now provides: “{q}”"),
                          (s.text,)))
    return notes


def topic(clause: Clause) -> str:
    """What a provision governs, in its own words: its heading, else its opening phrases
    (at least ten characters, so "公司成立后" is not all it says)."""
    if clause.heading:
        return clause.heading
    first = re.split(r"[。；：\n]", clause.text.strip(), 1)[0]
    phrases = first.split("，")
    out = phrases[0]
    for p in phrases[1:]:
        if len(out) >= 10:
            break
        out += "，" + p
    return out if len(out) <= 30 else out[:29] + "…"


_BOUNDS = [(re.compile(r"(?:不得|不)(?:少于|低于)([^，。；、]{1,8}?[人名个家日年月元倍])"), r"\1以上"),
           (re.compile(r"(?:不得|不)(?:超过|多于|高于)([^，。；、]{1,8}?[人名个家日年月元倍])"), r"\1以下"),
           (re.compile(r"为(?=[零一二两三四五六七八九十百千\d])"), "")]


def canonical(text: str) -> str:
    """The text with bounds in one form: "不得少于三人" and "为三人以上" both read "三人以上"."""
    for pattern, repl in _BOUNDS:
        text = pattern.sub(repl, text)
    return re.sub(r"[\s，、：“”《》（）()。；]", "", text)


#: A sentence said whole whose words (bounds made canonical) are this present (0–100) in the other version
#: of the provision was restructured, not taken out or put in.
STILL_THERE = 85


def still_there(piece: str, other_text: str) -> bool:
    from rapidfuzz.fuzz import partial_ratio

    a = canonical(piece)
    return len(a) >= 6 and partial_ratio(a, canonical(other_text)) >= STILL_THERE


def deleted_note(clauses: Sequence[Clause]) -> Finding:
    label = "、".join(c.label or "序言" for c in clauses)
    what = topic(clauses[0])
    return Finding(FindingKind.WORDING_CHANGED, what, None, f"删除原{label}（关于“{what}”的规定）",
                   f"former {label} deleted (it governed “{what}”)")
