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
  :func:`counted_candidates` adds each pair's count of every phrase shared
  (the common phrases by bit rows), so that the pairs are scored without
  set intersections.
- :class:`PhraseIndex`: every clause's phrases as numbers (both versions
  numbered alike, a repeated text's clauses once; or, ``PhraseIndex.of_keys``,
  made from the keys by numpy without a phrase made a string), so that the bulk counts
  (candidates, :func:`weighted_shared`: the weighted phrasing every deleted
  clause shares with every added one, for realign's rule 4) are numpy over
  arrays, not Python over strings.
- :class:`SharedPhrases`: the number of phrases two clauses share, for every
  pair of a stretch at once (one pass over an inverted index of the new side,
  counted in C by ``collections.Counter``) rather than one set intersection
  per pair.
- :data:`CACHE_LIMIT`: memoised scores are dropped past this many entries, so
  memory stays linear in the document, not in the pairs ever scored.

Everything here is deterministic: no time budget, ties broken by position.
"""
from __future__ import annotations

from bisect import bisect_left
from collections import Counter
from functools import lru_cache
from itertools import chain, count
from typing import Callable, Dict, FrozenSet, Iterable, List, Optional, Sequence, Tuple

# (the similarity of two texts lives in textratio.py; align asks it here)
from .textratio import LOPSIDED_MIN, MAX_CELLS, lopsided, prepared, ratio, ratio_table  # noqa: F401

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
    if len(key) >= _LONG_KEY:
        try:
            return _long_trigrams(key)
        except UnicodeEncodeError:  # a lone surrogate: cut as any other key
            pass
    return frozenset([key[i:i + 3] for i in range(len(key) - 2)])  # (slices: a third faster than joins)


#: Keys this long (a whole book in one clause, issue 19) have their phrases found in numpy.
_LONG_KEY = 100_000


def _long_trigrams(key: str) -> FrozenSet[str]:
    """``trigrams`` of a very long key: each three characters as one 63-bit number (21 bits a
    character), the distinct numbers found by a sort, and only those made into strings."""
    import numpy as np

    codes = np.frombuffer(key.encode("utf-32-le"), dtype=np.uint32).astype(np.uint64)
    found = np.sort((codes[:-2] << np.uint64(42)) | (codes[1:-1] << np.uint64(21)) | codes[2:])
    found = found[np.concatenate(([True], found[1:] != found[:-1]))]  # (np.unique hashes: slower here)
    low = np.uint64((1 << 21) - 1)
    chars = np.stack([found >> np.uint64(42), (found >> np.uint64(21)) & low, found & low], axis=1)
    text = chars.astype(np.uint32).tobytes().decode("utf-32-le")
    return frozenset(text[i:i + 3] for i in range(0, len(text), 3))


def _distinct(sets: Sequence[FrozenSet[str]]) -> List[FrozenSet[str]]:
    """The set objects, each once (a repeated text's clauses share theirs through ``trigrams``' cache)."""
    return list({id(s): s for s in sets}.values())


def holders(sets: Iterable[FrozenSet[str]]) -> Counter:
    """phrase → how many of the sets hold it, counted in C; when the sets repeat (the same set
    object many times: a document pasted over and over, its clauses' phrases cut once by
    ``trigrams``' cache), each distinct set is counted once and weighted by its repeats."""
    sets = list(sets)
    repeats = Counter(map(id, sets))
    if len(repeats) * 4 > len(sets):
        return Counter(chain.from_iterable(sets))
    counts: Counter = Counter()
    for phrases in _distinct(sets):
        times = repeats[id(phrases)]
        for phrase in phrases:
            counts[phrase] += times
    return counts


class _Weights(dict):
    """phrase → 1 / (clauses of one version holding it, the larger count), worked out when a phrase
    is first asked for from its two counts (``_held``)."""

    def _held(self, phrase: str) -> Tuple[int, int]:
        raise NotImplementedError

    def __missing__(self, phrase: str) -> float:
        old, new = self._held(phrase)
        weight = self[phrase] = 1.0 / (old if old >= new else new)
        return weight


class PhraseWeights(_Weights):
    """phrase → 1 / (clauses of one version holding it, the larger count): boilerplate held by
    many clauses weighs next to nothing. Counts are made in C up front; a phrase's weight when it
    is first asked for, from the two counts (Counter's union of them, which this replaced, walks
    every phrase in Python: 公司法's merges ask for nine tenths of its phrases, and the weights cost
    21 M instructions less so)."""

    def __init__(self, old_sets: Iterable[FrozenSet[str]], new_sets: Iterable[FrozenSet[str]]):
        super().__init__()
        self._old, self._new = holders(old_sets), holders(new_sets)

    def _held(self, phrase: str) -> Tuple[int, int]:
        return self._old[phrase], self._new[phrase]


class IndexWeights(_Weights):
    """PhraseWeights' values read from a PhraseIndex's holder counts (the same integers: each
    clause holds a phrase once), so the clauses' phrases are not counted a second time."""

    def __init__(self, index: "PhraseIndex"):
        super().__init__()
        self._number = index.number
        self._old = index.old_holders
        self._new = index.new_holders

    def _held(self, phrase: str) -> Tuple[int, int]:
        k = self._number[phrase]
        return int(self._old[k]), int(self._new[k])


def _postings(grams: Grams, clauses: Sequence[int]) -> Dict[str, List[int]]:
    """Phrase → positions (in ``clauses``) of the clauses holding it."""
    postings: Dict[str, List[int]] = {}
    for position, j in enumerate(clauses):
        for g in grams(j):
            postings.setdefault(g, []).append(position)
    return postings


class PhraseIndex:
    """Every clause's phrases as numbers, both versions numbered alike: for each side a flat
    array of phrase numbers and each clause's offset into it (a clause holds each phrase once),
    and how many clauses of each side hold each phrase. Built once per comparison, in C (each
    phrase looked up once); the bulk counts below are then numpy over these arrays."""

    def __init__(self, old_sets: Sequence[FrozenSet[str]], new_sets: Sequence[FrozenSet[str]]):
        import numpy as np

        old_sets, new_sets = list(old_sets), list(new_sets)
        distinct = chain(_distinct(old_sets), _distinct(new_sets))  # (a text repeated: its phrases once)
        number = self.number = dict(zip(dict.fromkeys(chain.from_iterable(distinct)), count()))
        self.size = len(number)
        self.old_flat, self.old_offsets = self._numbered(number, old_sets)
        self.new_flat, self.new_offsets = self._numbered(number, new_sets)
        self.old_holders = np.bincount(self.old_flat, minlength=self.size)
        self.new_holders = np.bincount(self.new_flat, minlength=self.size)

    @classmethod
    def of_keys(cls, old_keys: Sequence[str], new_keys: Sequence[str]) -> "PhraseIndex":
        """The same index made from the clauses' keys by numpy, no phrase made a string: each
        phrase is its three characters as one 63-bit number (``_code``), numbered in the order of
        those numbers (not of first use: the counts are the same). The number of a phrase given
        as a string (IndexWeights) is found by bisection. Memory: about 40 bytes a character."""
        import numpy as np

        index = cls.__new__(cls)
        old_codes, old_sizes = _key_phrases(old_keys)
        new_codes, new_sizes = _key_phrases(new_keys)
        codes, numbers = np.unique(np.concatenate((old_codes, new_codes)), return_inverse=True)
        numbers = numbers.reshape(-1).astype(np.int32)
        index.number = _CodeNumbers(codes.tolist())
        index.size = len(codes)
        index.old_flat, index.new_flat = numbers[:len(old_codes)], numbers[len(old_codes):]
        for name, sizes in (("old_offsets", old_sizes), ("new_offsets", new_sizes)):
            offsets = np.zeros(len(sizes) + 1, dtype=np.int64)
            np.cumsum(sizes, out=offsets[1:])
            setattr(index, name, offsets)
        index.old_holders = np.bincount(index.old_flat, minlength=index.size)
        index.new_holders = np.bincount(index.new_flat, minlength=index.size)
        return index

    @staticmethod
    def _numbered(number: Dict[str, int], sets: Sequence[FrozenSet[str]]):
        import numpy as np

        distinct = _distinct(sets)
        if len(distinct) * 4 > len(sets):
            flat = np.fromiter(map(number.__getitem__, chain.from_iterable(sets)), dtype=np.int32,
                               count=sum(map(len, sets)))
        else:  # each distinct set numbered once, then copied where it repeats
            numbered = {id(s): np.fromiter(map(number.__getitem__, s), dtype=np.int32, count=len(s))
                        for s in distinct}
            flat = np.concatenate([numbered[id(s)] for s in sets]) if sets else np.zeros(0, dtype=np.int32)
        offsets = np.zeros(len(sets) + 1, dtype=np.int64)
        np.cumsum(np.fromiter(map(len, sets), dtype=np.int64, count=len(sets)), out=offsets[1:])
        return flat, offsets

    def weights(self):
        """1 / (clauses of one version holding the phrase, the larger count): PhraseWeights' values."""
        import numpy as np

        return 1.0 / np.maximum(self.old_holders, self.new_holders)

    def old_phrases(self, clauses: Sequence[int]):
        """(phrase numbers, row of each) of the old clauses given, rows being positions in ``clauses``."""
        return _gather(self.old_flat, self.old_offsets, clauses)

    def new_phrases(self, clauses: Sequence[int]):
        return _gather(self.new_flat, self.new_offsets, clauses)


#: Fills a phrase shorter than three characters (a key that short is one phrase): above every character.
_PAD = (1 << 21) - 1


def _code(phrase: str) -> int:
    """A phrase (three characters, or a whole key of fewer) as one number, 21 bits a character."""
    first, second, third = (list(map(ord, phrase)) + [_PAD, _PAD, _PAD])[:3]
    return (first << 42) | (second << 21) | third


class _CodeNumbers:
    """phrase → its number in PhraseIndex.of_keys: the rank of its code among the sorted codes."""

    def __init__(self, codes: List[int]):
        self._codes = codes

    def __getitem__(self, phrase: str) -> int:
        code = _code(phrase)
        k = bisect_left(self._codes, code)
        if k == len(self._codes) or self._codes[k] != code:
            raise KeyError(phrase)
        return k


def _key_phrases(keys: Sequence[str]):
    """(codes, sizes): each key's distinct phrases (``trigrams``) as ``_code`` numbers, key after
    key, each key's in increasing order, and how many each key holds."""
    import numpy as np

    n = len(keys)
    lengths = np.fromiter(map(len, keys), dtype=np.int64, count=n)
    ends = np.cumsum(lengths)
    starts = ends - lengths
    chars = np.frombuffer("".join(keys).encode("utf-32-le", "surrogatepass"), dtype=np.uint32)
    chars = np.concatenate((chars, np.full(2, _PAD, dtype=np.uint32))).astype(np.uint64)
    total = int(ends[-1]) if n else 0
    owner = np.repeat(np.arange(n, dtype=np.int64), lengths)
    at = np.flatnonzero(np.arange(total, dtype=np.int64) + 2 < ends[owner])  # a phrase starts here
    codes = (chars[at] << np.uint64(42)) | (chars[at + 1] << np.uint64(21)) | chars[at + 2]
    owner = owner[at]
    short = np.flatnonzero(lengths < 3)
    if len(short):  # the whole key, padded
        pad = np.uint64(_PAD)
        first = np.where(lengths[short] >= 1, chars[starts[short]], pad)
        second = np.where(lengths[short] >= 2, chars[starts[short] + 1], pad)
        codes = np.concatenate((codes, (first << np.uint64(42)) | (second << np.uint64(21)) | pad))
        owner = np.concatenate((owner, short))
    order = np.lexsort((codes, owner))
    codes, owner = codes[order], owner[order]
    if len(codes):
        fresh = np.concatenate(([True], (codes[1:] != codes[:-1]) | (owner[1:] != owner[:-1])))
        codes, owner = codes[fresh], owner[fresh]
    return codes, np.bincount(owner, minlength=n)


def _gather(flat, offsets, clauses: Sequence[int]):
    """The concatenated phrase numbers of the clauses, and the position in ``clauses`` of each."""
    import numpy as np

    at = np.asarray(clauses, dtype=np.int64)
    starts = offsets[at]
    sizes = offsets[at + 1] - starts
    total = int(sizes.sum())
    shift = np.repeat(starts - (np.cumsum(sizes) - sizes), sizes)
    return flat[np.arange(total, dtype=np.int64) + shift], np.repeat(np.arange(len(at), dtype=np.int64), sizes)


def _inverted(phrases, rows, size: int, keep=None):
    """(positions by phrase, begin of each phrase's run, its length): an inverted index of the
    rows holding each phrase number (only the phrases ``keep`` marks, when given)."""
    import numpy as np

    if keep is not None:
        mask = keep[phrases]
        phrases, rows = phrases[mask], rows[mask]
    order = np.argsort(phrases, kind="stable")
    length = np.bincount(phrases, minlength=size)
    begin = np.cumsum(length) - length
    return rows[order], begin, length


#: Cells (old clauses × new clauses) of one block of shared-phrase counts (candidates, weighted_shared).
BLOCK_CELLS = 2_000_000


def candidates(index: PhraseIndex, olds: Sequence[int], news: Sequence[int]) -> List[Tuple[int, int]]:
    """(old, new) clause pairs worth scoring in a stretch, in order of old then new.

    The shared rare phrases of every (old, new) pair are counted in bulk by numpy, a block of
    old clauses at a time (one bincount over the postings of their phrases)."""
    return counted_candidates(index, olds, news, False)[0]


#: Number of set bits of each byte.
_BITS = None


def counted_candidates(index: PhraseIndex, olds: Sequence[int], news: Sequence[int], counted: bool = True):
    """(``candidates``, the number of phrases each pair shares, all of them: the rare ones as
    counted to pick the pairs, plus the others, few and held by many clauses, from bit rows of
    them: one AND and a population count per pair). None for the counts unless ``counted``."""
    if not olds or not news:
        return [], ([] if counted else None)
    import numpy as np

    n, m = len(olds), len(news)
    phrases, rows = index.new_phrases(news)
    holders = np.bincount(phrases, minlength=index.size)
    rare = (holders > 0) & (holders <= max(8, m // 10))
    flat_q, begin, length = _inverted(phrases, rows, index.size, rare)
    block = max(1, BLOCK_CELLS // m)
    found: List[Tuple[int, int]] = []
    shared: Optional[List[int]] = [] if counted else None
    if counted:  # the common phrases: a bit row for each new clause
        common = holders > max(8, m // 10)
        column = np.cumsum(common) - 1
        new_bits = _bit_rows(column[phrases[common[phrases]]], rows[common[phrases]], m, int(common.sum()))
    old_at, new_at = np.asarray(olds, dtype=np.int64), np.asarray(news, dtype=np.int64)
    for first in range(0, n, block):
        gram, row = index.old_phrases(olds[first:first + block])
        keep = rare[gram]
        size = min(block, n - first)
        counts = _shared_counts(gram[keep], row[keep], size, flat_q, begin, length, m)
        picked_rows, picked = _block_picks(counts, first, n, m)
        found.extend(zip(old_at[picked_rows].tolist(), new_at[picked].tolist()))
        if counted:
            mine = common[gram]
            old_bits = _bit_rows(column[gram[mine]], row[mine], size, new_bits.shape[1] * 8)
            both = _popcount(old_bits[picked_rows - first] & new_bits[picked])
            shared.extend((counts[picked_rows - first, picked] + both).tolist())
    return found, shared


def _bit_rows(columns, rows, height: int, width: int):
    """A bit matrix (``height`` rows of ``width`` bits, packed in bytes) with the given bits set."""
    import numpy as np

    bits = np.zeros((height, max(width, 1)), dtype=bool)
    bits[rows, columns] = True
    return np.packbits(bits, axis=1)


def _popcount(packed):
    """Set bits of each row of a packed bit matrix."""
    import numpy as np

    global _BITS
    if _BITS is None:
        _BITS = np.array([bin(k).count("1") for k in range(256)], dtype=np.int64)
    return _BITS[packed].sum(axis=1)


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
        # (each row's PER_CLAUSE-th highest count, its equals counted, as np.partition(…, m - PER_CLAUSE) gives it: the
        # row's highest taken out PER_CLAUSE - 1 times, then its highest; in 16 bits when the counts fit. Five passes
        # of a vectorised argmax, 40× faster than the partition on a block of the rewritten 民法典's 2,520 columns)
        small = counts.astype(np.int16) if counts.max(initial=0) < (1 << 15) else counts.copy()
        rows = np.arange(size)
        for _ in range(PER_CLAUSE - 1):
            small[rows, small.argmax(axis=1)] = -1
        least = small.max(axis=1)
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
    cells = np.sort(np.concatenate([row[keep] * m + q[keep], band_row[inside] * m + band_q[inside]]))
    if len(cells):  # unique (np.unique hashes: slower)
        cells = cells[np.concatenate(([True], cells[1:] != cells[:-1]))]
    return cells // m + first, cells % m


def _shared_counts(gram, row, rows: int, flat_q, begin, length, m: int, weights=None):
    """counts[r, q]: phrases (numbers ``gram``, of block row ``row``) old clause r shares with new
    clause q, through the postings (flat_q, begin, length); with ``weights`` (each phrase's
    weight), the sum of their weights."""
    import numpy as np

    sizes = length[gram]
    total = int(sizes.sum())
    # positions in flat_q of every posting of every phrase: begin of its phrase + offset within it
    offsets = np.arange(total, dtype=np.int64) - np.repeat(np.cumsum(sizes) - sizes, sizes)
    cells = np.repeat(row, sizes) * m + flat_q[np.repeat(begin[gram], sizes) + offsets]
    per_cell = None if weights is None else np.repeat(weights[gram], sizes)
    return np.bincount(cells, weights=per_cell, minlength=rows * m).reshape(rows, m)


def weighted_shared(index: PhraseIndex, olds: Sequence[int], news: Sequence[int]):
    """Blocks (first old position, table, old totals) where table[r, q] is the summed weight of
    the phrases old clause olds[first + r] shares with new clause news[q] and totals[r] the summed
    weight of all its phrases, every pair of the two stretches counted by numpy (BLOCK_CELLS cells
    a block). Sums made in another order than one by one: equal to the last bits only, so a
    caller recomputes exactly the values it must compare."""
    import numpy as np

    weights = index.weights()
    phrases, rows = index.new_phrases(news)
    flat_q, begin, length = _inverted(phrases, rows, index.size)
    n, m = len(olds), len(news)
    block = max(1, BLOCK_CELLS // max(1, m))
    for first in range(0, n, block):
        size = min(block, n - first)
        gram, row = index.old_phrases(olds[first:first + block])
        totals = np.bincount(row, weights=weights[gram], minlength=size)
        yield first, _shared_counts(gram, row, size, flat_q, begin, length, m, weights), totals


class SharedPhrases:
    """Counts of shared phrases between the old clauses and a stretch of new ones.

    ``count(i, j)`` is ``len(old_grams(i) & new_grams(j))``; None when new j is
    outside the stretch (the caller then intersects the sets itself).
    """

    def __init__(self, old_grams: Grams, new_grams: Grams, news: Iterable[int]):
        self._old_grams = old_grams
        news = self.stretch = tuple(news)
        self._at = {j: q for q, j in enumerate(news)}  # clause index → position in the stretch
        self._postings = _postings(new_grams, news)
        self._rows: Dict[int, Counter] = {}

    def count(self, i: int, j: int) -> Optional[int]:
        at = self._at.get(j)
        if at is None:
            return None
        return self.row(i).get(at, 0)

    def row(self, i: int) -> Counter:
        """position in the stretch → phrases old i shares with that new clause (absent: none)."""
        row = self._rows.get(i)
        if row is None:
            postings = self._postings
            row = self._rows[i] = Counter(chain.from_iterable(
                postings[g] for g in self._old_grams(i) if g in postings))
        return row
