"""Similarity machinery for align: which clause pairs are worth scoring, and fast.

align.py decides (its rules: what admits a pair, splits, merges, moves); this
module only makes the questions cheap to ask at any size:

- :func:`candidates`: for a stretch of old clauses against a stretch of new
  ones too large to score every pair, the few new clauses worth scoring for
  each old one, found through an inverted index of the clauses' three-character
  phrases (each phrase held by more than a tenth of the stretch is left out:
  it is boilerplate, no evidence). Where phrasing ties (identical or
  near-identical articles: boilerplate penalty articles, the same 款 in every
  chapter, a document repeated), position breaks the tie: the new clause
  nearest the old one's expected place comes first, and the few new clauses
  around that place are always candidates. Linear in the size of the stretch
  times the (bounded) number of candidates per clause.
- :class:`SharedPhrases`: the number of phrases two clauses share, for every
  pair of a stretch at once (one pass over an inverted index of the new side,
  counted in C by ``collections.Counter``) rather than one set intersection
  per pair.
- :data:`CACHE_LIMIT`: memoised scores are dropped past this many entries, so
  memory stays linear in the document, not in the pairs ever scored.

Everything here is deterministic: no time budget, ties broken by position.
"""
from __future__ import annotations

import heapq
from collections import Counter
from functools import lru_cache
from itertools import chain
from typing import Callable, Dict, FrozenSet, Iterable, List, Optional, Sequence, Tuple

Grams = Callable[[int], FrozenSet[str]]

#: New clauses scored per old clause in a large stretch, found by shared phrasing.
PER_CLAUSE = 5
#: New clauses on each side of an old clause's expected place that are always scored.
BAND = 2
#: Memoised pair scores kept before the memo is emptied (then rebuilt as needed).
CACHE_LIMIT = 400_000


@lru_cache(maxsize=1 << 16)
def trigrams(key: str) -> FrozenSet[str]:
    """The clause's three-character phrases (the whole key when shorter than three); a text
    repeated (boilerplate, a document repeated) is cut once (bounded cache)."""
    if len(key) < 3:
        return frozenset((key,))
    return frozenset(map("".join, zip(key, key[1:], key[2:])))


class PhraseWeights(dict):
    """phrase → 1 / (clauses of one version holding it, the larger count): boilerplate held by
    many clauses weighs next to nothing. Counts are made in C up front; a weight is computed
    the first time it is looked up."""

    def __init__(self, old_sets: Iterable[FrozenSet[str]], new_sets: Iterable[FrozenSet[str]]):
        super().__init__()
        self._old = Counter(chain.from_iterable(old_sets))
        self._new = Counter(chain.from_iterable(new_sets))

    def __missing__(self, phrase: str) -> float:
        weight = self[phrase] = 1.0 / max(self._old.get(phrase, 0), self._new.get(phrase, 0))
        return weight


def _postings(grams: Grams, clauses: Sequence[int]) -> Dict[str, List[int]]:
    """Phrase → positions (in ``clauses``) of the clauses holding it."""
    postings: Dict[str, List[int]] = {}
    for position, j in enumerate(clauses):
        for g in grams(j):
            postings.setdefault(g, []).append(position)
    return postings


def candidates(old_grams: Grams, new_grams: Grams, olds: Sequence[int],
               news: Sequence[int]) -> List[Tuple[int, int]]:
    """(old, new) clause pairs worth scoring in a stretch, in order of old then new."""
    if not olds or not news:
        return []
    postings = _postings(new_grams, news)
    common = max(8, len(news) // 10)
    rare = {g: p for g, p in postings.items() if len(p) <= common}
    n, m = len(olds), len(news)
    found: List[Tuple[int, int]] = []
    for p, i in enumerate(olds):
        expected = (p + 0.5) * m / n - 0.5  # where old p would stand if the stretch kept its proportions
        hits = Counter(chain.from_iterable(rare[g] for g in old_grams(i) if g in rare))
        if len(hits) > PER_CLAUSE:  # only counts as high as the PER_CLAUSE-th need ordering
            least = heapq.nlargest(PER_CLAUSE, hits.values())[-1]
            hits = {q: c for q, c in hits.items() if c >= least}
        best = sorted(hits.items(), key=lambda kv: (-kv[1], abs(kv[0] - expected), kv[0]))[:PER_CLAUSE]
        picks = {q for q, _count in best}
        centre = int(round(expected))
        picks.update(range(max(0, centre - BAND), min(m, centre + BAND + 1)))
        found.extend((i, news[q]) for q in sorted(picks))
    return found


class SharedPhrases:
    """Counts of shared phrases between the old clauses and a stretch of new ones.

    ``count(i, j)`` is ``len(old_grams(i) & new_grams(j))``; None when new j is
    outside the stretch (the caller then intersects the sets itself).
    """

    def __init__(self, old_grams: Grams, new_grams: Grams, news: Iterable[int]):
        self._old_grams = old_grams
        news = tuple(news)
        self._at = {j: q for q, j in enumerate(news)}  # clause index → position in the stretch
        self._postings = _postings(new_grams, news)
        self._rows: Dict[int, Counter] = {}

    def count(self, i: int, j: int) -> Optional[int]:
        at = self._at.get(j)
        if at is None:
            return None
        row = self._rows.get(i)
        if row is None:
            postings = self._postings
            row = self._rows[i] = Counter(chain.from_iterable(
                postings[g] for g in self._old_grams(i) if g in postings))
        return row.get(at, 0)


#: Largest (length × length) compared character by character in one piece (as in diff.py).
MAX_CELLS = 100_000_000
_CHUNK = None


def _chunks(text: str) -> List[str]:
    """The text cut after each 的/和/或/是/在 (at most 200 characters a piece): cuts that depend
    only on the text around them, so an edit changes the pieces it touches and no others."""
    global _CHUNK
    if _CHUNK is None:
        import re

        _CHUNK = re.compile(r"[^的和或是在]{0,200}[的和或是在]|[^的和或是在]{1,200}")
    return _CHUNK.findall(text)


def _indel_distance(a: str, b: str) -> int:
    from rapidfuzz.distance import Indel

    if len(a) * len(b) <= MAX_CELLS:
        return Indel.distance(a, b)
    # Too large for one table: equal pieces cost nothing; each run of changed pieces is
    # compared alone (in blocks of about equal length when even the run is too large).
    pieces_a, pieces_b = _chunks(a), _chunks(b)
    numbers: Dict[str, int] = {}
    codes_a = [numbers.setdefault(p, len(numbers)) for p in pieces_a]
    codes_b = [numbers.setdefault(p, len(numbers)) for p in pieces_b]
    runs: List[Tuple[str, str]] = []  # (old text, new text) of each run of changed pieces
    pending: Optional[List[int]] = None
    for tag, a0, a1, b0, b1 in Indel.opcodes(codes_a, codes_b).as_list() + [("equal", 0, 0, 0, 0)]:
        if tag != "equal":  # Indel has no "replace": a deletion and an insertion side by side
            pending = [a0, a1, b0, b1] if pending is None else [pending[0], a1, pending[2], b1]
            continue
        if pending is not None:
            runs.append(("".join(pieces_a[pending[0]:pending[1]]), "".join(pieces_b[pending[2]:pending[3]])))
            pending = None
    total = 0
    for x, y in runs:
        if not x or not y:
            total += len(x) + len(y)
        elif len(x) * len(y) <= MAX_CELLS:
            total += Indel.distance(x, y)
        else:
            count = -(-len(x) * len(y) // MAX_CELLS)
            step_x, step_y = -(-len(x) // count), -(-len(y) // count)
            total += sum(Indel.distance(x[k * step_x:(k + 1) * step_x], y[k * step_y:(k + 1) * step_y])
                         for k in range(count))
    return total


def ratio(a: str, b: str) -> float:
    """rapidfuzz's ``fuzz.ratio`` (0..100, normalised Indel similarity) for texts of any length:
    exact up to MAX_CELLS, then through content-defined pieces (a 200,000-character article
    against its edited copy: milliseconds instead of tens of seconds, the same value whenever
    the edits stay inside pieces)."""
    if len(a) * len(b) <= MAX_CELLS:
        from rapidfuzz.fuzz import ratio as exact

        return exact(a, b)
    return 100.0 * (1.0 - _indel_distance(a, b) / (len(a) + len(b)))
