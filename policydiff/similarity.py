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
  around that place are always candidates. The shared-phrase counts of a block
  of old clauses against the stretch are one numpy bincount over the postings
  of their phrases (blocks of BLOCK_CELLS cells, so memory stays bounded).
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


#: Cells (old clauses × new clauses) of one block of shared-phrase counts in candidates().
BLOCK_CELLS = 2_000_000


def candidates(old_grams: Grams, new_grams: Grams, olds: Sequence[int],
               news: Sequence[int]) -> List[Tuple[int, int]]:
    """(old, new) clause pairs worth scoring in a stretch, in order of old then new.

    The shared rare phrases of every (old, new) pair are counted in bulk by numpy, a block of
    old clauses at a time (one bincount over the postings of their phrases)."""
    if not olds or not news:
        return []
    import numpy as np

    postings = _postings(new_grams, news)
    common = max(8, len(news) // 10)
    rare: Dict[str, int] = {}  # phrase → its number among the rare ones
    flat: List[int] = []  # the rare phrases' postings, one after the other
    starts: List[int] = []
    for g, p in postings.items():
        if len(p) <= common:
            rare[g] = len(starts)
            starts.append(len(flat))
            flat.extend(p)
    starts.append(len(flat))
    flat_q = np.array(flat, dtype=np.int64)
    begin = np.array(starts[:-1], dtype=np.int64)
    length = np.diff(np.array(starts, dtype=np.int64))
    n, m = len(olds), len(news)
    block = max(1, BLOCK_CELLS // m)
    found: List[Tuple[int, int]] = []
    for first in range(0, n, block):
        rows = range(first, min(n, first + block))
        ids = [np.array([rare[g] for g in old_grams(olds[p]) if g in rare], dtype=np.int64) for p in rows]
        counts = _shared_counts(ids, flat_q, begin, length, m)
        for row, p in zip(counts, rows):
            found.extend((olds[p], news[q]) for q in _picks(row, p, n, m))
    return found


def _shared_counts(ids, flat_q, begin, length, m: int):
    """counts[r, q]: rare phrases old clause r (of the block) shares with new clause q."""
    import numpy as np

    gram = np.concatenate(ids) if ids else np.zeros(0, dtype=np.int64)
    row = np.repeat(np.arange(len(ids), dtype=np.int64), [len(x) for x in ids])
    sizes = length[gram]
    total = int(sizes.sum())
    # positions in flat_q of every posting of every phrase: begin of its phrase + offset within it
    offsets = np.arange(total, dtype=np.int64) - np.repeat(np.cumsum(sizes) - sizes, sizes)
    cells = np.repeat(row, sizes) * m + flat_q[np.repeat(begin[gram], sizes) + offsets]
    return np.bincount(cells, minlength=len(ids) * m).reshape(len(ids), m)


def _picks(row, p: int, n: int, m: int) -> List[int]:
    """The new positions picked for old position p: the PER_CLAUSE sharing most rare phrases
    (ties: nearest the expected place, then the earlier), and the BAND around that place."""
    import numpy as np

    expected = (p + 0.5) * m / n - 0.5  # where old p would stand if the stretch kept its proportions
    hit = np.flatnonzero(row)
    count = row[hit]
    if len(hit) > PER_CLAUSE:  # only counts as high as the PER_CLAUSE-th need ordering
        least = np.partition(count, len(count) - PER_CLAUSE)[len(count) - PER_CLAUSE]
        keep = count >= least
        hit, count = hit[keep], count[keep]
    order = np.lexsort((hit, np.abs(hit - expected), -count))[:PER_CLAUSE]
    picks = set(hit[order].tolist())
    centre = int(round(expected))
    picks.update(range(max(0, centre - BAND), min(m, centre + BAND + 1)))
    return sorted(picks)


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
        from . import recache

        _CHUNK = recache.compile(r"[^的和或是在]{0,200}[的和或是在]|[^的和或是在]{1,200}")
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
    return _long_ratio(a, b)


@lru_cache(maxsize=8)  # a long pair is asked again (the aligner's score, then the pair's similarity)
def _long_ratio(a: str, b: str) -> float:
    return 100.0 * (1.0 - _indel_distance(a, b) / (len(a) + len(b)))
