"""Changes: the edits of a pair, grouped by the phrase they sit in.

A hunk is one run of deletions and insertions between equal text. Finders
look at the phrase around it (from the punctuation before to the punctuation
after), so "按照不超过项目支持资金30%予以补助" is seen whole when only
"不超过" was deleted. Hunks whose phrases overlap form one change.
"""
from __future__ import annotations

import re
from bisect import bisect_left
from typing import Dict, List, Sequence, Tuple

from .. import recache
from ..models import Finding, Op, Pair
from ..records import dataclass

BOUNDARIES = "，。；：！？\n"
#: Characters a hunk may hold beyond a note's evidence and still be explained by it.
SLACK = 4


@dataclass(frozen=True)
class Hunk:
    """One run of deleted and inserted text between two equal runs of a pair's diff."""

    deleted: str
    inserted: str
    old_at: int = -1   # where the hunk starts in the pair's old text
    new_at: int = -1   # and in its new text


@dataclass(frozen=True)
class Change:
    """A changed phrase: the hunks inside it, with the phrase around them on each side."""

    old: str                  # the phrase in the old text ("" when the hunk only adds)
    new: str                  # the phrase in the new text
    hunks: Tuple[Hunk, ...]


_BOUNDARY = recache.compile("[" + re.escape(BOUNDARIES) + "]")
#: One "“old”改为“new”" a note says (its two quotes): read back by the passes that weigh a note's edits.
CHANGED_QUOTES = recache.compile(r"“([^”]*)”改为“([^”]*)”")


def _phrase_bounds(text: str, start: int, end: int, stops: Sequence[int] = ()) -> Tuple[int, int]:
    """From after the last boundary before ``start`` to the first boundary at or after ``end``
    (``stops``: where the text's boundaries are, when already found)."""
    if not stops:
        stops = _stops(text)
    k = bisect_left(stops, start)  # stops[k - 1] is the last before start
    lo = stops[k - 1] + 1 if k else 0
    k = bisect_left(stops, end, k)
    hi = stops[k] if k < len(stops) else len(text)
    return lo, max(hi, end)


def _stops(text: str) -> List[int]:
    return [m.start() for m in _BOUNDARY.finditer(text)]


#: Changes already found, by the pair's texts and diff (the findings and the passes over the
#: whole document ask for them again).
_FOUND: Dict[tuple, Tuple[Change, ...]] = {}
_FOUND_MAX = 4096


def changes_of(pair: Pair) -> List[Change]:
    """The pair's edits as changes, in reading order."""
    key = (pair.old_text, pair.new_text, pair.diff)
    if key not in _FOUND:
        if len(_FOUND) >= _FOUND_MAX:
            del _FOUND[next(iter(_FOUND))]
        _FOUND[key] = tuple(_changes(*key))
    return list(_FOUND[key])


def hunks_of(diff) -> List[Hunk]:
    """A diff's runs of deletions and insertions between its equal runs, each a Hunk where it stands in both texts."""
    hunks = []
    o = n = 0
    deleted = inserted = ""
    start = None
    for op, text in list(diff) + [(Op.EQUAL, "")]:
        if op is Op.EQUAL:
            if start is not None:
                hunks.append(Hunk(deleted, inserted, start[0], start[1]))
                start, deleted, inserted = None, "", ""
            o += len(text)
            n += len(text)
            continue
        if start is None:
            start = (o, n)
        if op is Op.DELETE:
            deleted += text
            o += len(text)
        else:
            inserted += text
            n += len(text)
    return hunks


def _changes(old_text: str, new_text: str, diff) -> List[Change]:
    # (old_start, old_end, new_start, new_end, hunk)
    spans = [(h.old_at, h.old_at + len(h.deleted), h.new_at, h.new_at + len(h.inserted), h) for h in hunks_of(diff)]
    merged: List[list] = []
    old_stops, new_stops = (_stops(old_text), _stops(new_text)) if spans else ([], [])
    for os_, oe, ns, ne, hunk in spans:
        olo, ohi = _phrase_bounds(old_text, os_, oe, old_stops)
        nlo, nhi = _phrase_bounds(new_text, ns, ne, new_stops)
        if merged and (olo < merged[-1][1] or nlo < merged[-1][3]):
            last = merged[-1]
            last[1], last[3] = max(last[1], ohi), max(last[3], nhi)
            last[4].append(hunk)
        else:
            merged.append([olo, ohi, nlo, nhi, [hunk]])
    return [Change(old_text[a:b], new_text[c:d], tuple(h)) for a, b, c, d, h in merged]


@dataclass(frozen=True)
class Note:
    """A finding and the words that account for it (to tell which hunks it explains)."""

    finding: "Finding"
    evidence: Tuple[str, ...]

    def explains(self, hunk: Hunk) -> bool:
        """True when the evidence accounts for the hunk, not just for a word inside a longer rewrite."""
        return self.accounts_for(sides_of(hunk))

    def accounts_for(self, sides: Sequence[str]) -> bool:
        """``explains`` for a hunk's ``sides_of`` (found once for all the notes asked): every side
        inside a piece of evidence, or holding one and at most SLACK characters longer."""
        if not sides:
            return False
        evidence = self.evidence
        for s in sides:  # (loops, not generators: asked for every hunk against every note)
            for e in evidence:
                if e and (s in e or (e in s and len(s) <= len(e) + SLACK)):
                    break
            else:
                return False
        return True


def sides_of(hunk: Hunk) -> List[str]:
    """The hunk's deleted and inserted text, those not blank."""
    return [s for s in (hunk.deleted, hunk.inserted) if s.strip()]


def clip(text: str, limit: int = 60) -> str:
    """A snippet short enough for a margin note."""
    text = text.replace("\n", " ").strip()
    return text if len(text) <= limit else text[:limit - 1] + "…"
