"""Match: which document on one side is a version of which on the other.

Each side is a file, a folder (searched recursively) or a multi-policy dump;
every policy in it becomes an entry. An entry's text is reduced to the set
of its 5-character sequences (spacing and punctuation removed). MinHash
signatures of those sets go into an LSH index (our own in memory, datasketch's
in a shared store: the same candidates), so an entry is scored only against
the few entries whose signatures collide with its own and those with the same
title, never against all of them. Candidates are
then scored exactly: the mean of the share of 5-character sequences the two
texts have in common (Jaccard) and of the share of the shorter text's sequences
found in the longer (containment, so that a revision that grows the text is
not punished for its length), blended with the similarity of their titles.

On laws/ (19 statutes, 2–3 versions each) the least alike versions of one
statute (体育法 2016 → 2022, a full revision that nearly tripled it) score 0.22
on text (Jaccard 0.10, containment 0.34) and the most alike different statutes
0.18 (进出口商品检验法实施条例 against 道路运输条例: Jaccard 0.02, containment
0.34); their titles then set them apart.
"""
from __future__ import annotations

import os
from collections import defaultdict
from dataclasses import field
from typing import Callable, Dict, Iterable, Iterator, List, Optional, Sequence, Tuple

import numpy as np

from . import ingest, normalize, structure
from . import recache
from .errors import PolicydiffError
from .i18n import _
from .ingest.dump import may_hold_several, split as split_dump
from .records import dataclass

SHINGLE = 5  # characters per sequence
_MULTIPLIER = np.uint32(1000003)  # of the sequences' polynomial hash
NUM_PERM = 128
#: LSH bands × rows: a pair sharing 0.44 of its sequences becomes a candidate
#: with probability 0.98, one sharing 0.05 with probability 0.005.
LSH_PARAMS = (42, 3)
TEXT_WEIGHT = 0.8  # the rest is the title's
DEFAULT_MIN_SCORE = 0.3

_MARKERS = recache.compile(r"[（(](?:试行|暂行|修订|修正|草案|征求意见稿|送审稿|公开征求意见稿|\d{4}年(?:修订|修正)?)[）)]"
                      r"|征求意见稿|草案|送审稿")


@dataclass(frozen=True)
class Entry:
    """One document (or one policy of a dump) on one side."""

    source: str  # the path, or "path#N" for the Nth policy of a dump
    title: str
    shingles: np.ndarray = field(repr=False, compare=False)  # sorted, unique sequence hashes
    #: its MinHash signature (NUM_PERM values below 2^32), computed with the shingles when read
    #: (in the worker processes for a large folder); None: computed when needed
    minhash: Optional[np.ndarray] = field(default=None, repr=False, compare=False)


@dataclass(frozen=True)
class Match:
    """A document of A and one of B that may be versions of each other, with their scores."""

    a: Entry
    b: Entry
    score: float
    text: float
    title: float
    rank: int  # 1 for a's best match


def shingles(text: str) -> np.ndarray:
    """The hashes (32-bit) of the text's 5-character sequences, sorted and unique.

    A polynomial hash, p0·M⁴ + p1·M³ + … + p4 modulo 2^32 (M = 1000003), computed in
    uint32 arithmetic (which wraps modulo 2^32); made unique by sorting and dropping
    repeats, faster here than np.unique's hash table."""
    key = normalize.loose_key(text)
    points = np.frombuffer(key.encode("utf-32-le"), dtype=np.uint32)
    if len(points) < SHINGLE:
        return np.unique(points)
    count = len(points) - SHINGLE + 1
    hashes = points[:count].copy()
    for offset in range(1, SHINGLE):
        hashes *= _MULTIPLIER
        hashes += points[offset:offset + count]
    hashes.sort()
    keep = np.empty(count, dtype=bool)
    keep[0] = True
    np.not_equal(hashes[1:], hashes[:-1], out=keep[1:])
    return hashes[keep]  # 32-bit hashes: half the memory at 20,000 documents


def title_key(title: str) -> str:
    """A title without its status markers and punctuation: drafts and finals share it."""
    return normalize.loose_key(_MARKERS.sub("", structure.own_title(normalize.canonical(title))))


def text_similarity(a: Entry, b: Entry) -> float:
    """The mean of the two texts' Jaccard similarity and of the share of the shorter one's
    sequences found in the longer (containment): a full revision that doubles a statute
    (体育法 2016 → 2022: Jaccard 0.10, containment 0.34) stays a version of it."""
    return _text_similarity(a.shingles, b.shingles)


def _text_similarity(x: np.ndarray, y: np.ndarray) -> float:
    if not len(x) or not len(y):
        return 0.0
    short, long = (x, y) if len(x) <= len(y) else (y, x)
    at = np.searchsorted(long, short)  # both sorted and unique: where each short hash would be
    np.minimum(at, len(long) - 1, out=at)
    common = int(np.count_nonzero(long[at] == short))
    jaccard = common / (len(x) + len(y) - common)
    return (jaccard + common / len(short)) / 2


def title_similarity(a: Entry, b: Entry) -> float:
    return _title_similarity(title_key(a.title), title_key(b.title))


def _title_similarity(ka: str, kb: str) -> float:
    from rapidfuzz import fuzz

    return fuzz.ratio(ka, kb) / 100 if ka and kb else 0.0


def score(a: Entry, b: Entry) -> Tuple[float, float, float]:
    """(score, text, title): how likely b is a version of a."""
    text, title = text_similarity(a, b), title_similarity(a, b)
    return TEXT_WEIGHT * text + (1 - TEXT_WEIGHT) * title, text, title


# ------------------------------------------------------------------ reading

OnSkip = Callable[[str, str], None]


def _entries_of(path: str, size_limit: int) -> Iterator[Entry]:
    raw = ingest.read(path, size_limit=size_limit)
    policies = split_dump(raw) if may_hold_several(raw.text) else ()
    if len(policies) > 1:
        for policy in policies:
            yield _entry(f"{path}#{policy.number}", policy.title, policy.text)
        return
    document = structure.parse(normalize.normalize(raw))
    yield _entry(path, structure.own_title(document.title), "".join(c.text for c in document.clauses))


def _entry(source: str, title: str, text: str) -> Entry:
    hashes = shingles(text)
    return Entry(source, title, hashes, signature(hashes).astype(np.uint32))


#: A folder of at least this many files is read by one worker process per core.
PARALLEL_FROM = 400


def _read_file(job: Tuple[str, int]) -> Tuple[str, List[Entry], Optional[str]]:
    """(path, its entries, None), or (path, [], why) when it cannot be read (in a worker)."""
    path, size_limit = job
    try:
        return path, list(_entries_of(path, size_limit)), None
    except PolicydiffError as exc:
        return path, [], str(exc)


def _read_files(files: Sequence[str], size_limit: int, workers: Optional[int]) -> Iterable:
    """_read_file over the files, in their order; in worker processes when there are many.
    Reading, normalising and hashing a document does not depend on the others, so the
    result is the same as read one by one."""
    jobs = [(path, size_limit) for path in files]
    workers = (os.cpu_count() or 1) if workers is None else workers
    if workers <= 1 or len(jobs) < PARALLEL_FROM:
        return map(_read_file, jobs)
    import multiprocessing
    from concurrent.futures import ProcessPoolExecutor

    methods = multiprocessing.get_all_start_methods()
    context = multiprocessing.get_context("fork" if "fork" in methods else None)
    with ProcessPoolExecutor(max_workers=workers, mp_context=context) as pool:
        return list(pool.map(_read_file, jobs, chunksize=max(1, min(256, len(jobs) // (8 * workers)))))


def read_side(side: str, size_limit: int = ingest.DEFAULT_SIZE_LIMIT,
              on_skip: Optional[OnSkip] = None, follow_symlinks: bool = False,
              workers: Optional[int] = None) -> List[Entry]:
    """Every policy a side holds. In a folder, a file that cannot be read is
    reported to ``on_skip(path, reason)`` and left out; a file given by name
    that cannot be read is an error. A large folder is read by ``workers``
    processes (default: one per core; 1 reads in this process)."""
    is_folder = os.path.isdir(side)
    if not is_folder:
        entries = list(_entries_of(side, size_limit))
    else:
        entries = []
        for path, found, error in _read_files(ingest.documents_in(
            side, recursive=True, follow_symlinks=follow_symlinks, on_skip=on_skip), size_limit, workers):
            entries.extend(found)
            if error is not None and on_skip:
                on_skip(path, error)
    if not entries:
        raise PolicydiffError(side, _("holds no document policydiff reads"),
                              _("give a file, a folder of .txt/.md/.html/.docx/.pdf files, or a dump"))
    return entries


# ------------------------------------------------------------------ matching

_PERMUTATIONS = None


def signature(hashes: np.ndarray) -> np.ndarray:
    """The MinHash values of a set of 32-bit sequence hashes: for each of NUM_PERM random
    multiply-shift maps h → ((a·h + b) mod 2^64) >> 32 (a odd), the smallest image. One numpy
    expression per document, no division (datasketch's update_batch calls a Python function per
    sequence); the maps are seeded, so a document has the same signature on every machine.
    The shift keeps the order of the images, so it is applied to the NUM_PERM minima only."""
    global _PERMUTATIONS
    if _PERMUTATIONS is None:
        rng = np.random.RandomState(1)
        a = rng.randint(0, 1 << 63, size=NUM_PERM, dtype=np.uint64) * np.uint64(2) + np.uint64(1)
        b = rng.randint(0, 1 << 63, size=NUM_PERM, dtype=np.uint64)
        _PERMUTATIONS = (a, b)
    a, b = _PERMUTATIONS
    if not len(hashes):
        return np.full(NUM_PERM, 0xFFFFFFFF, dtype=np.uint64)
    values = hashes.astype(np.uint64)
    lowest = None
    for start in range(0, len(values), 4096):  # bounded temporary: 4096 × NUM_PERM
        images = np.multiply(values[start:start + 4096, None], a)  # modulo 2^64: uint64 wraps
        images += b
        least = images.min(axis=0)
        lowest = least if lowest is None else np.minimum(lowest, least, out=lowest)
    return lowest >> np.uint64(32)


def _signatures(entries: Sequence[Entry]) -> list:
    """The entries' signatures as datasketch LeanMinHash objects, which carry our values into
    the LSH index in the dtype and scheme of datasketch's own MinHash (so an index in a shared
    store holds the same keys whichever version of this module filled it)."""
    from datasketch import LeanMinHash, MinHash

    template = MinHash(num_perm=NUM_PERM)
    dtype, seed, scheme = template.hashvalues.dtype, template.seed, template.scheme
    return [LeanMinHash(seed=seed, scheme=scheme, hashvalues=np.asarray(
        signature(entry.shingles) if entry.minhash is None else entry.minhash, dtype=dtype))
        for entry in entries]


def _minhash(entry: Entry) -> np.ndarray:
    """The entry's signature, as NUM_PERM uint32 values."""
    return entry.minhash if entry.minhash is not None else signature(entry.shingles).astype(np.uint32)


class _Bands:
    """The in-memory LSH index match builds for itself: the candidates of a signature are the
    entries that agree with it on all the values of at least one band (LSH_PARAMS: 42 bands of
    3 values), exactly as datasketch's MinHashLSH with those params finds them (tested), without
    datasketch's import (scipy, about 1 s of CPU) or its per-band numpy calls. One dict per
    band, keyed by the band's 12 bytes."""

    def __init__(self, entries: Sequence[Entry]):
        bands, rows = LSH_PARAMS
        self._cuts = [(band * rows * 4, (band + 1) * rows * 4) for band in range(bands)]  # bytes of uint32
        self._tables: List[Dict[bytes, List[int]]] = [{} for _ in range(bands)]
        at = {entry.source: j for j, entry in enumerate(entries)}  # a source met twice: its last place
        inserted = set()
        for entry in entries:
            if not len(entry.shingles) or entry.source in inserted:
                continue  # as add_to_index: empty texts and repeated sources are not indexed
            inserted.add(entry.source)
            j, values = at[entry.source], _minhash(entry).tobytes()
            for (start, end), table in zip(self._cuts, self._tables):
                table.setdefault(values[start:end], []).append(j)

    def query(self, entry: Entry) -> set:
        values, found = _minhash(entry).tobytes(), set()
        for (start, end), table in zip(self._cuts, self._tables):
            same = table.get(values[start:end])
            if same:
                found.update(same)
        return found


def lsh_index(storage: Optional[dict] = None, name: Optional[str] = None):
    """An empty LSH index of MinHash signatures (datasketch MinHashLSH), keyed by entry source.

    In memory by default. With ``storage`` a datasketch storage configuration
    ({"type": "redis", "redis": {"host": ..., "port": ...}} or Cassandra) and a
    ``name`` shared by the workers, the index lives in that store: several
    processes, on several machines, each add their share of a corpus with
    :func:`add_to_index`, and any of them queries the whole (docs/performance/match.md).
    """
    from datasketch import MinHashLSH

    if storage is None:
        return MinHashLSH(num_perm=NUM_PERM, params=LSH_PARAMS)
    return MinHashLSH(num_perm=NUM_PERM, params=LSH_PARAMS, storage_config=dict(
        storage, basename=(name or "policydiff").encode("utf-8")))


def add_to_index(index, entries: Sequence[Entry], signatures: Optional[list] = None) -> None:
    """Add the entries' signatures to the index, each under its source."""
    signatures = _signatures(entries) if signatures is None else signatures
    with index.insertion_session() as session:
        for entry, signature in zip(entries, signatures):
            if len(entry.shingles) and entry.source not in index:
                session.insert(entry.source, signature)


def match(a: Sequence[Entry], b: Sequence[Entry], min_score: float = DEFAULT_MIN_SCORE,
          top: Optional[int] = None, index=None) -> List[Match]:
    """For each entry of ``a`` (in order), the entries of ``b`` that are versions
    of it, best first: those scoring at least ``min_score``, at most ``top``.
    An entry is never matched with itself, and a side compared with itself
    (``a is b``) lists each pair once, under its earlier entry.

    ``index``: an LSH index that already holds ``b`` (see :func:`lsh_index`; it may
    hold more: entries that are not in ``b`` are left out); when None, b's candidates
    come from an index in memory built here (:class:`_Bands`), the same ones."""
    at_b = {entry.source: j for j, entry in enumerate(b)}
    if index is None:  # b's own index, in memory
        bands = _Bands(b)

        def query(i: int) -> Iterable[int]:
            return bands.query(a[i])
    else:
        signatures_a = _signatures(a)

        def query(i: int) -> Iterable[int]:
            return (at_b[key] for key in index.query(signatures_a[i]) if key in at_b)
    keys_b = [title_key(entry.title) for entry in b]  # each title's key once, not once per candidate
    keys_a = keys_b if a is b else [title_key(entry.title) for entry in a]
    places_b = [os.path.abspath(entry.source) for entry in b]
    places_a = places_b if a is b else [os.path.abspath(entry.source) for entry in a]
    by_title: Dict[str, List[int]] = defaultdict(list)
    for j, key in enumerate(keys_b):
        by_title[key].append(j)

    found: List[Match] = []
    for i, entry in enumerate(a):
        candidates = set(by_title.get(keys_a[i], ()))
        if len(entry.shingles):
            candidates.update(query(i))
        scored = []
        for j in candidates:
            if places_a[i] == places_b[j] or (a is b and j < i):
                continue  # never an entry with itself
            text = _text_similarity(entry.shingles, b[j].shingles)
            title = _title_similarity(keys_a[i], keys_b[j])
            total = TEXT_WEIGHT * text + (1 - TEXT_WEIGHT) * title  # as score() does
            if total >= min_score:
                scored.append((total, text, title, j))
        scored.sort(key=lambda s: (-s[0], s[3]))
        for rank, (total, text, title, j) in enumerate(scored[:top] if top else scored, start=1):
            found.append(Match(entry, b[j], round(total, 4), round(text, 4), round(title, 4), rank))
    return found


def match_sides(a: str, b: str, min_score: float = DEFAULT_MIN_SCORE, top: Optional[int] = None,
                size_limit: int = ingest.DEFAULT_SIZE_LIMIT,
                on_skip: Optional[OnSkip] = None,
                follow_symlinks: bool = False) -> Tuple[List[Entry], List[Entry], List[Match]]:
    """Read both sides and match them: (entries of a, entries of b, matches)."""
    entries_a = read_side(a, size_limit, on_skip, follow_symlinks)
    same_side = os.path.abspath(a) == os.path.abspath(b)
    entries_b = entries_a if same_side else read_side(b, size_limit, on_skip, follow_symlinks)
    return entries_a, entries_b, match(entries_a, entries_b, min_score, top)


def unmatched(entries: Iterable[Entry], matched: Iterable[Entry]) -> List[Entry]:
    seen = {e.source for e in matched}
    return [e for e in entries if e.source not in seen]


def match_dict(a: Sequence[Entry], b: Sequence[Entry], found: Sequence[Match],
               min_score: float) -> dict:
    """The JSON of `policydiff match --format json` ("policydiff/match@1")."""
    def entry(e: Entry) -> dict:
        return {"source": e.source, "title": e.title}

    return {
        "format": "policydiff/match@1",
        "a": len(a), "b": len(b), "min_score": min_score,
        "matches": [{"a": entry(m.a), "b": entry(m.b), "rank": m.rank, "score": m.score,
                     "text": m.text, "title": m.title} for m in found],
        "unmatched": {"a": [entry(e) for e in unmatched(a, (m.a for m in found))],
                      "b": [entry(e) for e in unmatched(b, (m.b for m in found))]},
    }
