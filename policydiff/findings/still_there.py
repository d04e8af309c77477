"""Is a sentence said whole still there, restructured, in the other version of a provision?

Yes when its words (bounds made canonical, see ``rewrites.canonical``) are at
least ``STILL_THERE`` present there: rapidfuzz's ``partial_ratio``, the best
``ratio`` of the sentence against any stretch of the other text.

Against a long text (one article of 200,000 characters) that search costs
milliseconds a sentence, and even the test for the sentence word for word
reads the text up to where it stands. Most sentences asked are still there, at
about the same place and near a run of six characters they share word for
word. So, in a long text, the sentence's own place (when the caller gives it)
is read first: the sentence itself, then the stretches around such runs; then
the whole text the same way. A stretch scoring at least the threshold there is
a stretch of the whole text too, so the answer is yes, the same as the whole
text's. Only then (or for a sentence of more than 64 characters, where
rapidfuzz does not read every stretch and its answer depends on the whole
text) is the whole text scored.
"""
from __future__ import annotations

from typing import Optional
from rapidfuzz.fuzz import partial_ratio

#: A sentence said whole whose words (bounds made canonical) are this present (0–100) in the other version
#: of the provision was restructured, not taken out or put in.
STILL_THERE = 85
#: A piece this many times longer than the whole other text is compared with it whole (partial_ratio would find the
#: other inside the piece).
LONGER_THAN_ALL = 1.5
#: Other texts at least this long are read near shared runs first, and at the piece's place first
#: (this many characters either side of it) when that place is known.
_LONG, _AROUND = 4096, 4096
#: rapidfuzz reads every stretch of the other text only for a sentence at most this long.
_SHORT_NEEDLE = 64
#: Length of a run looked for word for word; runs looked for per sentence; places tried per run.
_RUN, _RUNS, _PLACES = 6, 5, 3


#: Answers kept, by piece, other text and place (the rewrites and the wording notes of a pair, and
#: its findings made again for a rename, ask about the same sentences); at most this many.
_KEPT = 16384
_answers: dict = {}


def still_there(piece: str, other_text: str, at: Optional[float] = None) -> bool:
    """``at``: where the piece stands in its own version (a share of its length, 0–1), so the
    same place of the other version is read first."""
    key = (piece, other_text, at)
    found = _answers.get(key)
    if found is None:
        if len(_answers) >= _KEPT:
            del _answers[next(iter(_answers))]
        found = _answers[key] = _still_there(piece, other_text, at)
    return found


def _still_there(piece: str, other_text: str, at: Optional[float]) -> bool:
    from .rewrites import canonical

    a = canonical(piece)
    if len(a) < 6:
        return False
    other = canonical(other_text)
    n = len(other)
    if n >= _LONG and at is not None:
        lo = max(0, int(at * n) - _AROUND)
        hi = min(n, lo + 2 * _AROUND + len(a))
        if other.find(a, lo, hi) >= 0 or (len(a) <= _SHORT_NEEDLE and _near(a, other, lo, hi)):
            return True
    # A part of the other scores 100; below the cutoff rapidfuzz answers 0 without finishing.
    if a in other:
        return True
    if len(a) > LONGER_THAN_ALL * n:
        # (a piece far longer than the whole other text is not in it: partial_ratio would read the other inside the piece,
        # "…由用人单位或者其上级单位组织实施，一般按照个人述职、民主测评…的程序进行" "still there" in the 36 characters of
        # "…由用人单位或者其上级单位按照军队有关规定组织实施" (文职人员条例 第二十七条 → 第三十条: the procedure's deletion
        # unsaid, wrong in reading 726); the two whole are compared)
        from rapidfuzz.fuzz import ratio

        return ratio(a, other, score_cutoff=STILL_THERE) >= STILL_THERE
    if n >= _LONG and len(a) <= _SHORT_NEEDLE and _near(a, other):
        return True
    return partial_ratio(a, other, score_cutoff=STILL_THERE) >= STILL_THERE


def _near(a: str, other: str, lo: int = 0, hi: Optional[int] = None) -> bool:
    """True when a stretch of ``other`` near a run it shares with ``a`` (a run found between ``lo``
    and ``hi``) scores ``STILL_THERE``: then the whole text's ``partial_ratio`` does too.
    False says nothing."""
    from rapidfuzz.fuzz import partial_ratio_alignment

    m, n = len(a), len(other)
    hi = n if hi is None else hi
    last = m - _RUN
    for off in sorted({last * k // (_RUNS - 1) for k in range(_RUNS)}):
        run = a[off:off + _RUN]
        at = other.find(run, lo, hi)
        for _ in range(_PLACES):
            if at < 0:
                break
            start = max(0, at - off - m)
            found = partial_ratio_alignment(a, other[start:at - off + 2 * m], score_cutoff=STILL_THERE)
            # A stretch shorter than the sentence is one the whole text reads only at its two ends.
            if found is not None and (found.dest_end - found.dest_start == m or start + found.dest_start == 0
                                      or start + found.dest_end == n):
                return True
            at = other.find(run, at + 1, hi)
    return False
