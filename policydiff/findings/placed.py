"""Words put in that the new version says in other places too, said with the words around the one place they went in.

"新增“管护”" of an article that says 管护 ten times, nine of them in other notes' quotes, tells a reviewer nothing of
where (监察法 第四十四条 → 第五十条, useless in reading 1846); the official way is the phrase it was put into, "将“留置一
日”修改为“管护、留置一日”". A note of words put in alone ("新增“X”", no count: words put in in several places are said
once with their count, ``repeats``) whose words the new text says more than once is said "“A”改为“AXB”" when exactly one
place of them is put in, the rest of the phrase as it was (the words beside it, without them, in the old text), and
the words around it, whole words within the phrase, make both quotes stand once in their texts.
"""
from __future__ import annotations

from typing import List, Optional, Sequence, Tuple

from .. import recache
from ..models import Finding
from ..textratio import all_at
from .edits import _to_the_compound_end
from .repeats import _english_parts, _with_parts, wording_parts
from .sentences import held_in_order
from .words import bounds

#: Characters, at least and at most, of the words put in that are placed.
PLACED_LEAST, PLACED_MOST = 2, 8
#: Characters of the text on each side of a place that, without the words put in, the old text must say as they are.
_WINDOW = 4
#: Characters, at most, of the new quote.
QUOTE_MOST = 24
#: The rest of a body's name the quote stops inside ("文物" of "文物行政部门").
_BODY_END = recache.compile(r"[\u4e00-\u9fff]{0,4}?(?:部门|机关|机构|委员会|单位|组织)")
#: What ends a phrase: the quote does not cross it.
_PHRASE_MARKS = "，。；：\n（）“”《》"


def put_in_placed(findings: Sequence[Finding], old_text: str, new_text: str) -> Tuple[Finding, ...]:
    """Each part "新增“X”" of a wording note whose words the new text says more than once, said with its place (see the
    module's docstring); the others as they are."""
    return _parts_placed(findings, lambda part: placed(part[3:-1], old_text, new_text) if part.startswith("新增“")
                         and part.endswith("”") and "”" not in part[3:-1] else None)


#: A part of a wording note replacing words, uncounted (groups: the old words, the new).
_REPLACED = recache.compile(r"“([^”“]+)”改为“([^”“]+)”")


def replaced_placed(findings: Sequence[Finding], old_text: str, new_text: str) -> Tuple[Finding, ...]:
    """Each part "“A”改为“B”" of a wording note whose old words the new text still says elsewhere, said with the words
    around that place, the same in both texts, until neither quote stands in the other text: "“其他危害人体健康的物质”
    改为“其他有毒、有害的物质”", not "“危害人体健康”改为“有毒、有害”", which read as the harm to health taken out where it
    was put in as a ground (危害食品安全刑事案件解释 第二十条 → 第九条, misleading in reading 2007). Words, whole, within
    the phrase; QUOTE_MOST characters at most; the others as they are."""
    def place(part: str) -> Optional[Tuple[str, str]]:
        m = _REPLACED.fullmatch(part)
        if m is None or m.group(1) not in new_text:
            return None
        return _around_the_replacement(m.group(1), m.group(2), old_text, new_text)

    return _parts_placed(findings, place)


def _parts_placed(findings: Sequence[Finding], place) -> Tuple[Finding, ...]:
    """The findings, each part of a wording note that ``place(part)`` gives (old quote, new quote) for said "“old”改为
    “new”"; a note whose English does not say its parts one by one as it is."""
    out: List[Finding] = []
    for f in findings:
        parts = wording_parts(f)
        parts_en = _english_parts(f, parts) if parts is not None else None
        if parts_en is None:
            out.append(f)
            continue
        changed = False
        for k, part in enumerate(parts):
            quotes = place(part)
            if quotes is not None:
                parts[k] = f"“{quotes[0]}”改为“{quotes[1]}”"
                parts_en[k] = f"“{quotes[0]}” → “{quotes[1]}”"
                changed = True
        out.append(_with_parts(f, parts, parts_en) if changed else f)
    return tuple(out)


#: What a quote does not open or end on, the words around it taken on further: a list's mark, a particle, a negation.
_LOOSE_EDGE = set("、的之和与及或并等其了是为在对由将被以于而且不")


def _loose(text: str, lo: int, hi: int) -> bool:
    """The word text[lo:hi] is one character of _LOOSE_EDGE."""
    return hi - lo == 1 and text[lo] in _LOOSE_EDGE


def _around_the_replacement(a: str, b: str, old_text: str, new_text: str) -> Optional[Tuple[str, str]]:
    """(old quote, new quote): ``a`` and ``b`` with the words around them both texts say alike, word by word on each
    side, until the old quote is not in the new text nor the new in the old, each standing once in its text, neither
    opening nor ending on a particle (_LOOSE_EDGE); None when the phrase ends first, or the place of ``b`` is not told
    by the words beside it. Not words put in around the old ones ("“负责人”改为“主要负责人”" says where)."""
    if a in b or b in a or old_text.count(a) != 1 or held_in_order(a, b)[0] == len(a):
        return None  # (nor a word made a list of its parts, "“生命健康权”改为“生命权、身体权、健康权”", which says where)
    o0 = old_text.index(a)
    o1 = o0 + len(a)
    places = [n for n in all_at(new_text, b) if new_text[max(0, n - 2):n] == old_text[max(0, o0 - 2):o0]
              or new_text[n + len(b):n + len(b) + 2] == old_text[o1:o1 + 2]]
    if len(places) != 1:
        return None
    n0 = places[0]
    n1 = n0 + len(b)
    old_cut = bounds(old_text)
    while True:
        old, new = old_text[o0:o1], new_text[n0:n1]
        if old not in new_text and new not in old_text and old_text.count(old) == 1 and new_text.count(new) == 1 \
                and not _loose(old_text, o0, old_cut.right(o0 + 1)) and not _loose(old_text, old_cut.left(o1 - 1), o1):
            return (old, new) if (old, new) != (a, b) else None
        grown = False
        left = old_cut.left(o0 - 1) if o0 and old_text[o0 - 1] not in _PHRASE_MARKS else o0
        if left < o0 and n0 >= o0 - left and new_text[n0 - (o0 - left):n0] == old_text[left:o0]:
            n0, o0, grown = n0 - (o0 - left), left, True
        right = old_cut.right(o1 + 1) if o1 < len(old_text) and old_text[o1] not in _PHRASE_MARKS else o1
        if right > o1 and new_text[n1:n1 + (right - o1)] == old_text[o1:right]:
            n1, o1, grown = n1 + (right - o1), right, True
        if not grown or n1 - n0 > QUOTE_MOST:
            return None


def placed(words: str, old_text: str, new_text: str) -> Optional[Tuple[str, str]]:
    """(old quote, new quote) of ``words`` put in at the one place of the new text that the old text, without them, says
    as it is; None when they stand once, or no such place (or more than one) is found."""
    if not PLACED_LEAST <= len(words) <= PLACED_MOST or new_text.count(words) < 2:
        return None
    places = [put for put in (_put_in_there((at, at + len(words)), old_text, new_text) for at in all_at(new_text, words))
              if put]
    if len(places) != 1:
        return None
    a, b = places[0]  # (the words, with the list's mark put in with them)
    cut = bounds(new_text)
    lo, hi = a, b
    while True:
        left = cut.left(lo - 1) if lo and new_text[lo - 1] not in _PHRASE_MARKS else lo
        right = cut.right(hi + 1) if hi < len(new_text) and new_text[hi] not in _PHRASE_MARKS else hi
        if (left, right) == (lo, hi):
            return None  # (the phrase's ends reached, the quotes still not standing once)
        lo, hi = left, right
        old = new_text[lo:a] + new_text[b:hi]
        if (lo < a or b < hi) and _whole_side(lo, a, new_text, -1) and _whole_side(hi, b, new_text, 1) \
                and old_text.count(old) == 1 and new_text.count(new_text[lo:hi]) == 1:
            break
    o0 = old_text.index(old)
    (o0, o1), (lo, hi) = _to_the_compound_end((o0, o0 + len(old)), (lo, hi), old_text, new_text)
    body = _BODY_END.match(new_text, hi)
    if body and old_text.startswith(body.group(), o1):  # (on to the body's name: "一级人民政府文物行政部门")
        hi, o1 = hi + len(body.group()), o1 + len(body.group())
    while new_text[hi - 1] == "、" or new_text[lo] == "、":  # (not a quote that ends on a list's mark)
        step_hi = cut.right(hi + 1) - hi if new_text[hi - 1] == "、" and hi < len(new_text) else 0
        step_lo = lo - cut.left(lo - 1) if new_text[lo] == "、" and lo else 0
        if not step_hi and not step_lo:
            return None
        lo, hi, o0, o1 = lo - step_lo, hi + step_hi, o0 - step_lo, o1 + step_hi
    old, new = old_text[o0:o1], new_text[lo:hi]
    if len(new) > QUOTE_MOST or any(mark in new for mark in _PHRASE_MARKS) or old != new[:a - lo] + new[b - lo:]:
        return None
    return old, new


def _whole_side(end: int, at: int, text: str, step: int) -> bool:
    """The quote takes words on this side of the words put in, or they stand at their phrase's end on it."""
    if end != at:
        return True
    return (at == 0 or text[at - 1] in _PHRASE_MARKS) if step < 0 else (at == len(text) or text[at] in _PHRASE_MARKS)


def _put_in_there(span: Tuple[int, int], old_text: str, new_text: str) -> Optional[Tuple[int, int]]:
    """The span put in, when the old text says the words around ``span`` (a list's mark next to it taken out with it)
    as they are; else None."""
    a, b = span
    for lo, hi in ((a, b), (a - 1, b), (a, b + 1)):
        if lo < 0 or hi > len(new_text) or (lo, hi) != (a, b) and "、" not in (new_text[lo:a], new_text[b:hi]):
            continue
        before, after = new_text[max(0, lo - _WINDOW):lo], new_text[hi:hi + _WINDOW]
        if len(before) + len(after) >= _WINDOW and before + after in old_text:
            return lo, hi
    return None
