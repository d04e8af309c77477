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

from collections import Counter
from itertools import chain
from typing import Callable, Dict, FrozenSet, Iterable, List, Optional, Sequence, Tuple

Grams = Callable[[int], FrozenSet[str]]

#: New clauses scored per old clause in a large stretch, found by shared phrasing.
PER_CLAUSE = 5
#: New clauses on each side of an old clause's expected place that are always scored.
BAND = 2
#: Memoised pair scores kept before the memo is emptied (then rebuilt as needed).
CACHE_LIMIT = 400_000


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
