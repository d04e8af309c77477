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
from itertools import chain, repeat
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
    old_at, new_at = np.asarray(olds, dtype=np.int64), np.asarray(news, dtype=np.int64)
    for first in range(0, n, block):
        rows = range(first, min(n, first + block))
        counts = _shared_counts(_phrase_ids(old_grams, olds, rows, rare), flat_q, begin, length, m)
        picked_rows, picked = _block_picks(counts, first, n, m)
        found.extend(zip(old_at[picked_rows].tolist(), new_at[picked].tolist()))
    return found


def _phrase_ids(grams: Grams, clauses: Sequence[int], rows: range, number: Dict[str, int]):
    """For each row (a position in ``clauses``), the numbers of its phrases found in ``number``
    (one map over the phrases of the whole block, not one lookup loop per clause)."""
    import numpy as np

    sets = [grams(clauses[p]) for p in rows]
    ids = np.fromiter(map(number.get, chain.from_iterable(sets), repeat(-1)), dtype=np.int64)
    ends = np.cumsum([len(g) for g in sets])
    return [x[x >= 0] for x in np.split(ids, ends[:-1])]


def _block_picks(counts, first: int, n: int, m: int):
    """(rows, new positions) of the pairs picked in a block of shared-phrase counts, by row then
    new position: for each row: the PER_CLAUSE sharing most rare phrases (ties: nearest the expected
    place, then the earlier) and the BAND around that place, for the whole block at once. A row's PER_CLAUSE
    best are among the cells at least its PER_CLAUSE-th highest count; those are ordered by
    (row, count down, distance to the expected place, position) in one lexsort."""
    import numpy as np

    size = len(counts)
    position = np.arange(first, first + size, dtype=np.float64)
    expected = (position + 0.5) * m / n - 0.5
    if m > PER_CLAUSE:
        least = np.partition(counts, m - PER_CLAUSE, axis=1)[:, m - PER_CLAUSE]
    else:
        least = np.zeros(size, dtype=counts.dtype)
    row, q = np.nonzero((counts >= np.maximum(least, 1)[:, None]))
    count = counts[row, q]
    order = np.lexsort((q, np.abs(q - expected[row]), -count, row))
    row, q = row[order], q[order]
    starts = np.searchsorted(row, np.arange(size))
    rank = np.arange(len(row)) - starts[row]
    keep = rank < PER_CLAUSE
    centre = np.round(expected).astype(np.int64)
    band_row = np.repeat(np.arange(size), 2 * BAND + 1)
    band_q = (centre[:, None] + np.arange(-BAND, BAND + 1)[None, :]).ravel()
    inside = (band_q >= 0) & (band_q < m)
    cells = np.unique(np.concatenate([row[keep] * m + q[keep], band_row[inside] * m + band_q[inside]]))
    return cells // m + first, cells % m


def _shared_counts(ids, flat_q, begin, length, m: int, weights=None):
    """counts[r, q]: rare phrases old clause r (of the block) shares with new clause q (with
    ``weights``, an array of each phrase's weight: the sum of the weights of those phrases)."""
    import numpy as np

    gram = np.concatenate(ids) if ids else np.zeros(0, dtype=np.int64)
    row = np.repeat(np.arange(len(ids), dtype=np.int64), [len(x) for x in ids])
    sizes = length[gram]
    total = int(sizes.sum())
    # positions in flat_q of every posting of every phrase: begin of its phrase + offset within it
    offsets = np.arange(total, dtype=np.int64) - np.repeat(np.cumsum(sizes) - sizes, sizes)
    cells = np.repeat(row, sizes) * m + flat_q[np.repeat(begin[gram], sizes) + offsets]
    per_cell = None if weights is None else np.repeat(weights[gram], sizes)
    return np.bincount(cells, weights=per_cell, minlength=len(ids) * m).reshape(len(ids), m)


def weighted_shared(old_grams: Grams, new_grams: Grams, weight: Callable[[str], float],
                    olds: Sequence[int], news: Sequence[int]):
    """Blocks (first old position, table) where table[r, q] is the summed weight of the phrases
    old clause olds[first + r] shares with new clause news[q], every pair of the two stretches
    counted by numpy (BLOCK_CELLS cells a block). Sums made in another order than one by one:
    equal to the last bits only, so a caller recomputes exactly the values it must compare."""
    import numpy as np

    postings = _postings(new_grams, news)
    number: Dict[str, int] = {}
    flat: List[int] = []
    starts: List[int] = []
    for g, p in postings.items():
        number[g] = len(starts)
        starts.append(len(flat))
        flat.extend(p)
    starts.append(len(flat))
    flat_q = np.array(flat, dtype=np.int64)
    begin = np.array(starts[:-1], dtype=np.int64)
    length = np.diff(np.array(starts, dtype=np.int64))
    weights = np.array([weight(g) for g in number], dtype=np.float64)
    n, m = len(olds), len(news)
    block = max(1, BLOCK_CELLS // max(1, m))
    for first in range(0, n, block):
        rows = range(first, min(n, first + block))
        ids = [np.array([number[g] for g in old_grams(olds[p]) if g in number], dtype=np.int64) for p in rows]
        yield first, _shared_counts(ids, flat_q, begin, length, m, weights)


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


#: A text this many times longer than the other (and longer than LOPSIDED_MIN) is compared
#: through the other's characters alone (``_lopsided_ratio``).
LOPSIDED = 8
LOPSIDED_MIN = 20_000


def _lopsided_ratio(short: str, long: str) -> Optional[float]:
    """fuzz.ratio of a short text and a far longer one, exactly, in milliseconds.

    rapidfuzz reads the longer text into a bit table of its own (150 ms for a 900,000-character
    preamble against a 200-character clause, whatever the cutoff). The longest common subsequence
    only uses characters the short text holds, so the others are dropped from the long one and
    the rest numbered from 1 (numpy): below 256, where rapidfuzz's table is a plain array, when
    the short text holds at most 255 distinct characters. None past 50,000 distinct characters."""
    import numpy as np
    from rapidfuzz.distance import LCSseq

    alphabet = sorted(set(short))
    if len(alphabet) >= 50_000:  # (numbers stay below the surrogates of UTF-16)
        return None
    narrow = len(alphabet) <= 255
    kind, encoding = (np.uint8, "latin-1") if narrow else (np.uint16, "utf-16-le")
    codes = np.frombuffer(long.encode("utf-32-le"), dtype=np.uint32)
    known = np.array([ord(c) for c in alphabet], dtype=np.uint32)
    lookup = np.zeros(max(int(codes.max()), int(known.max())) + 1, dtype=kind)
    lookup[known] = np.arange(1, len(alphabet) + 1, dtype=kind)
    kept = lookup[codes]
    kept = kept[kept > 0]
    number = {c: chr(k) for k, c in enumerate(alphabet, 1)}
    common = LCSseq.similarity("".join(number[c] for c in short), kept.tobytes().decode(encoding))
    total = len(short) + len(long)
    return 100.0 * (1.0 - (total - 2 * common) / total)


def ratio_table(queries: Sequence[str], choices: Sequence[str], cutoff: float):
    """rapidfuzz's cdist of fuzz.ratio with ``score_cutoff=cutoff`` (a float64 table, 0 below the
    cutoff), without the rows and columns whose lengths alone keep them below it: fuzz.ratio is
    at most 200·shorter/(sum of lengths), and rapidfuzz spends its full time on a text of 900,000
    characters it then scores 0."""
    import numpy as np
    from rapidfuzz.fuzz import ratio as indel_ratio
    from rapidfuzz.process import cdist

    table = np.zeros((len(queries), len(choices)), dtype=np.float64)
    if not len(queries) or not len(choices):
        return table
    rows = _reachable([len(q) for q in queries], [len(c) for c in choices], cutoff)
    columns = _reachable([len(c) for c in choices], [len(q) for q in queries], cutoff)
    if len(rows) and len(columns):
        table[np.ix_(rows, columns)] = cdist([queries[r] for r in rows], [choices[c] for c in columns],
                                             scorer=indel_ratio, score_cutoff=cutoff, dtype=np.float64)
    return table


def _reachable(lengths: Sequence[int], others: Sequence[int], cutoff: float):
    """Positions of the lengths for which some length of ``others`` lets fuzz.ratio reach the
    cutoff (with a margin for rounding): a ≤ b·(200 − c)/c and b ≤ a·(200 − c)/c."""
    import numpy as np

    lengths = np.asarray(lengths, dtype=np.float64)
    if cutoff <= 1.0:
        return np.arange(len(lengths))
    spread = (200.0 - cutoff) / cutoff * (1 + 1e-6)
    others = np.sort(np.asarray(others, dtype=np.float64))
    low = np.searchsorted(others, lengths / spread, side="left")
    high = np.searchsorted(others, lengths * spread, side="right")
    return np.flatnonzero((high > low) | (lengths == 0))


def lopsided(a: str, b: str) -> bool:
    """One text is so much longer than the other that ``ratio`` takes the short way (rapidfuzz's
    own, in cdist or cpdist, is slow there)."""
    short, long = sorted((len(a), len(b)))
    return long >= LOPSIDED_MIN and long >= LOPSIDED * short


def ratio(a: str, b: str) -> float:
    """rapidfuzz's ``fuzz.ratio`` (0..100, normalised Indel similarity) for texts of any length:
    exact up to MAX_CELLS, then through content-defined pieces (a 200,000-character article
    against its edited copy: milliseconds instead of tens of seconds, the same value whenever
    the edits stay inside pieces). A short text against a far longer one: exact, through the
    short one's characters (``_lopsided_ratio``)."""
    if a and b and lopsided(a, b):
        got = _lopsided_ratio(*sorted((a, b), key=len))
        if got is not None:
            return got
    if len(a) * len(b) <= MAX_CELLS:
        from rapidfuzz.fuzz import ratio as exact

        return exact(a, b)
    return 100.0 * (1.0 - _indel_distance(a, b) / (len(a) + len(b)))
