"""The similarity of two texts at any length: rapidfuzz's ``fuzz.ratio`` (0..100, the normalised
Indel similarity), the same value where rapidfuzz alone would be slow or too large.

- :func:`ratio`: exact up to MAX_CELLS character pairs; beyond, through content-defined pieces
  (equal pieces cost nothing). A short text against a far longer one (a clause against a
  900,000-character preamble) is compared through the short text's characters only: exact, in
  milliseconds instead of 150 ms a pair.
- :func:`ratio_table`: rapidfuzz's cdist with a cutoff, without the rows and columns whose
  lengths alone keep them under it, the texts rewritten in one-byte alphabets (``_Narrow``:
  the same values, rapidfuzz about six times faster on Chinese text).
"""
from __future__ import annotations

from functools import lru_cache
from typing import Dict, Iterator, List, Optional, Sequence, Tuple

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
    x, y = _unshared(a, b)
    pieces_x, pieces_y = _chunks(x), _chunks(y)
    shorter = min(len(pieces_x), len(pieces_y))
    if pieces_x[:shorter] == pieces_y[:shorter]:  # (one's pieces begin the other's: alike past the cut)
        pieces_x, pieces_y = _chunks(a), _chunks(b)
    return _pieces_distance(pieces_x, pieces_y)


#: Characters after which a piece always ends (see _chunks).
_CUTS = "的和或是在"


def _unshared(a: str, b: str) -> Tuple[str, str]:
    """The two texts without the pieces they begin and end with alike: cut after the last cut
    character of their common beginning and after the first of their common end, where a piece
    ends whatever stands before (so the pieces of what is left are the pieces of the whole there).
    The pieces left out are equal and first and last on both sides, and Indel.opcodes takes the
    common beginning, then the common end, off first: when what is left differs in a piece before
    either side's end, the same as it takes off there, so the distance is that of what is left."""
    start = common_prefix(a, b)
    cut = max(a.rfind(c, 0, start) for c in _CUTS) + 1  # (0 when none: nothing left out)
    end = common_prefix(a[::-1], b[::-1]) if a[-1:] == b[-1:] else 0
    end = min(end, len(a) - cut, len(b) - cut)
    found = [at for at in (a.find(c, len(a) - end) for c in _CUTS) if at >= 0]
    keep_a = min(found) + 1 if found else len(a)  # (after the first cut character of the common end)
    return a[cut:keep_a], b[cut:len(b) - (len(a) - keep_a)]


def in_order(short: str, long: str) -> bool:
    """Every character of ``short`` stands in ``long``, in order (``short`` a subsequence of ``long``)."""
    rest = iter(long)
    return all(ch in rest for ch in short)


def all_at(text: str, word: str) -> Iterator[int]:
    """Every place ``word`` starts in ``text``, overlapping places too, in order."""
    at = text.find(word)
    while at >= 0:
        yield at
        at = text.find(word, at + 1)


def common_prefix(a: str, b: str, step: int = 1 << 16) -> int:
    """The length of the longest common beginning of a and b (compared a block at a time)."""
    size = min(len(a), len(b))
    at = 0
    while at < size and a[at:at + step] == b[at:at + step]:
        at += step
    if at >= size:
        return size
    low, high = at, min(at + step, size)  # (a[:low] == b[:low]; a[:high] != b[:high])
    while high - low > 1:
        middle = (low + high) // 2
        if a[low:middle] == b[low:middle]:
            low = middle
        else:
            high = middle
    return low if a[low:low + 1] != b[low:low + 1] else low + 1


def common_suffix(a: str, b: str) -> int:
    """The length of the longest common ending of a and b."""
    size = min(len(a), len(b))
    k = 0
    while k < size and a[-1 - k] == b[-1 - k]:
        k += 1
    return k


def edit_in_its_words(a: str, b: str) -> Tuple[str, str, str, str]:
    """(the words before, the old words, the new words, the words after) of one edit: the characters ``a`` and ``b``
    open and end with alike, and what is left of each between them."""
    head = common_prefix(a, b)
    tail = common_suffix(a[head:], b[head:])
    return a[:head], a[head:len(a) - tail], b[head:len(b) - tail], a[len(a) - tail:]


def _pieces_distance(pieces_a: List[str], pieces_b: List[str]) -> int:
    from rapidfuzz.distance import Indel

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
    from rapidfuzz.process import extractOne

    alphabet = sorted(set(short))
    if len(alphabet) >= 50_000:  # (numbers stay below the surrogates of UTF-16)
        return None
    narrow = len(alphabet) <= 255
    kind, encoding = (np.uint8, "latin-1") if narrow else (np.uint16, "utf-16-le")
    codes, top = _codes(long)
    known = np.array([ord(c) for c in alphabet], dtype=np.uint32)
    lookup = np.zeros(max(top, int(known.max())) + 1, dtype=kind)
    lookup[known] = np.arange(1, len(alphabet) + 1, dtype=kind)
    kept = lookup[codes]
    kept = kept[kept > 0]
    number = {c: chr(k) for k, c in enumerate(alphabet, 1)}
    # (the short text as extractOne's query: its bit table is the one built, the long text read once
    # against it; LCSseq.similarity of the two builds the long one's: ten times slower, the same value)
    found = extractOne("".join(number[c] for c in short), [kept.tobytes().decode(encoding)],
                       scorer=LCSseq.similarity)
    common = found[1] if found else 0
    total = len(short) + len(long)
    return 100.0 * (1.0 - (total - 2 * common) / total)


@lru_cache(maxsize=2)  # (a book-long clause is scored against each short one that may pair with it)
def _codes(long: str):
    """The long text's characters as numbers (numpy uint32), and the largest."""
    import numpy as np

    codes = np.frombuffer(long.encode("utf-32-le"), dtype=np.uint32)
    return codes, int(codes.max())


#: Rows of ratio_table whose lengths are within this factor are scored together.
BAND = 1.25


def prepared(choices: Sequence[str]):
    """The choices made ready for ``ratio_table`` (rewritten in narrow alphabets when not too
    long), to be given to it when several tables share them."""
    return _Narrow(choices) if sum(map(len, choices)) <= NARROW_CHARS else _Wide(choices)


def ratio_table(queries: Sequence[str], choices: Sequence[str], cutoff: float, ready=None):
    """rapidfuzz's cdist of fuzz.ratio with ``score_cutoff=cutoff`` (a float64 table, 0 below the
    cutoff), without the cells whose lengths alone keep them below it: fuzz.ratio is at most
    200·shorter/(sum of lengths), and rapidfuzz spends its full time on a text of 900,000
    characters it then scores 0. Rows are taken in bands of similar length (within BAND), each
    against the columns some length of the band could reach the cutoff with."""
    import numpy as np

    table = np.zeros((len(queries), len(choices)), dtype=np.float64)
    if not len(queries) or not len(choices):
        return table
    narrow = ready or prepared(choices)  # (``ready``: prepared(choices) made once by the caller)
    if cutoff <= 1.0:
        table[:] = narrow.cdist(queries, range(len(choices)), cutoff)
        return table
    lengths = np.array([len(q) for q in queries], dtype=np.float64)
    widths = np.array([len(c) for c in choices], dtype=np.float64)
    spread = (200.0 - cutoff) / cutoff * (1 + 1e-6)
    order = np.argsort(lengths, kind="stable")
    start = 0
    while start < len(order):
        low = lengths[order[start]]
        end = int(np.searchsorted(lengths[order], max(low, 1.0) * BAND, side="right"))
        end = max(end, start + 1)
        high = lengths[order[end - 1]]
        rows = np.sort(order[start:end])
        columns = np.flatnonzero((widths >= low / spread) & (widths <= high * spread)
                                 | ((widths == 0) & (low == 0)))
        if len(columns):
            table[np.ix_(rows, columns)] = narrow.cdist([queries[r] for r in rows], columns, cutoff)
        start = end
    return table


#: Distinct characters a block of rows may hold to be read as one byte each (``_Narrow``).
NARROW = 255
#: Characters of the choices up to which ``_Narrow`` rewrites them (about 20 bytes a character);
#: a query longer than this is scored as it is.
NARROW_CHARS = 2_000_000


class _Wide:
    """rapidfuzz's cdist of fuzz.ratio against fixed choices, the texts as they are."""

    def __init__(self, choices: Sequence[str]):
        self.choices = choices

    def cdist(self, queries: Sequence[str], columns: Sequence[int], cutoff: float):
        import numpy as np
        from rapidfuzz.fuzz import ratio as indel_ratio
        from rapidfuzz.process import cdist

        return cdist(queries, [self.choices[c] for c in columns], scorer=indel_ratio, score_cutoff=cutoff,
                     dtype=np.float64)


class _Narrow(_Wide):
    """rapidfuzz's cdist of fuzz.ratio against fixed choices, the same table about six times
    faster on Chinese text. rapidfuzz reads a text whose characters are all under 256 through a
    plain array, any other through a hash table. So the rows are taken in blocks whose characters
    number at most NARROW together; in a block those characters are numbered 1..NARROW and every
    other character of the choices becomes 0, which no row holds. Equal characters stay equal
    and different ones different wherever a row's character meets a choice's, and the lengths
    are kept: the longest common subsequence, hence fuzz.ratio, is the same (a row with more
    characters than that is scored as it is)."""

    def __init__(self, choices: Sequence[str]):
        import numpy as np

        super().__init__(choices)
        lengths = np.fromiter(map(len, choices), dtype=np.int64, count=len(choices))
        self.ends = np.cumsum(lengths)
        self.starts = self.ends - lengths
        codes = np.frombuffer("".join(choices).encode("utf-32-le"), dtype=np.uint32)
        self.alphabet, self.dense = np.unique(codes, return_inverse=True)  # each character its rank

    def cdist(self, queries: Sequence[str], columns: Sequence[int], cutoff: float):
        """cdist(queries, the choices at ``columns``, fuzz.ratio, score_cutoff=cutoff), float64."""
        import numpy as np
        from rapidfuzz.fuzz import ratio as indel_ratio
        from rapidfuzz.process import cdist

        if not len(self.alphabet):  # (every choice empty)
            return super().cdist(queries, columns, cutoff)
        table = np.zeros((len(queries), len(columns)), dtype=np.float64)
        columns = np.asarray(columns, dtype=np.int64)
        starts, ends = self.starts[columns].tolist(), self.ends[columns].tolist()
        wide: List[int] = []
        for rows, chars in _alphabet_blocks(queries):
            if len(chars) > NARROW:
                wide.extend(rows)
                continue
            known = np.array([ord(c) for c in chars], dtype=np.uint32)
            at = np.minimum(np.searchsorted(self.alphabet, known), len(self.alphabet) - 1)
            held = self.alphabet[at] == known
            lookup = np.zeros(len(self.alphabet), dtype=np.uint8)
            lookup[at[held]] = np.arange(1, len(chars) + 1, dtype=np.uint8)[held]
            text = lookup[self.dense].tobytes().decode("latin-1")
            number = {ord(c): k for k, c in enumerate(chars, 1)}
            table[rows] = cdist([queries[r].translate(number) for r in rows],
                                [text[s:e] for s, e in zip(starts, ends)],
                                scorer=indel_ratio, score_cutoff=cutoff, dtype=np.float64)
        if wide:
            table[wide] = super().cdist([queries[r] for r in wide], columns, cutoff)
        return table


def _alphabet_blocks(queries: Sequence[str]) -> List[Tuple[List[int], List[str]]]:
    """(rows, their characters in order of first use) of consecutive queries holding at most
    NARROW distinct characters together (a query holding more is a block alone; so is one longer
    than NARROW_CHARS, its characters not gathered: more than NARROW of None stand for them)."""
    blocks: List[Tuple[List[int], List[str]]] = []
    rows: List[int] = []
    chars: Dict[str, None] = {}
    for r, query in enumerate(queries):
        if len(query) > NARROW_CHARS:
            blocks.append(([r], [None] * (NARROW + 1)))
            continue
        more = dict.fromkeys(query)
        if rows and len(chars.keys() | more.keys()) > NARROW:
            blocks.append((rows, list(chars)))
            rows, chars = [], {}
        rows.append(r)
        chars.update(more)
    if rows:
        blocks.append((rows, list(chars)))
    return blocks


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
    return _long_ratio(a, b)


@lru_cache(maxsize=8)  # a long pair is asked again (the aligner's score, then the pair's similarity)
def _long_ratio(a: str, b: str) -> float:
    return 100.0 * (1.0 - _indel_distance(a, b) / (len(a) + len(b)))
