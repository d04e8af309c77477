"""Match: which document on one side is a version of which on the other.

Each side is a file, a folder (searched recursively) or a multi-policy dump;
every policy in it becomes an entry. An entry's text is reduced to the set
of its 5-character sequences (spacing and punctuation removed). MinHash
signatures of those sets go into an LSH index (datasketch), so an entry is
scored only against the few entries whose signatures collide with its own
and those with the same title, never against all of them. Candidates are
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
import re
from collections import defaultdict
from dataclasses import dataclass, field
from typing import Callable, Dict, Iterable, Iterator, List, Optional, Sequence, Tuple

import numpy as np

from . import ingest, normalize, structure
from .errors import PolicydiffError
from .i18n import _
from .ingest.dump import split as split_dump

SHINGLE = 5  # characters per sequence
NUM_PERM = 128
#: LSH bands × rows: a pair sharing 0.44 of its sequences becomes a candidate
#: with probability 0.98, one sharing 0.05 with probability 0.005.
LSH_PARAMS = (42, 3)
TEXT_WEIGHT = 0.8  # the rest is the title's
DEFAULT_MIN_SCORE = 0.3

_MARKERS = re.compile(r"[（(](?:试行|暂行|修订|修正|草案|征求意见稿|送审稿|公开征求意见稿|\d{4}年(?:修订|修正)?)[）)]"
                      r"|征求意见稿|草案|送审稿")


@dataclass(frozen=True)
class Entry:
    """One document (or one policy of a dump) on one side."""

    source: str  # the path, or "path#N" for the Nth policy of a dump
    title: str
    shingles: np.ndarray = field(repr=False, compare=False)  # sorted, unique sequence hashes


@dataclass(frozen=True)
class Match:
    a: Entry
    b: Entry
    score: float
    text: float
    title: float
    rank: int  # 1 for a's best match


def shingles(text: str) -> np.ndarray:
    """The hashes (32-bit) of the text's 5-character sequences, sorted and unique."""
    key = normalize.loose_key(text)
    points = np.frombuffer(key.encode("utf-32-le"), dtype=np.uint32).astype(np.uint64)
    if len(points) < SHINGLE:
        return np.unique(points).astype(np.uint32)
    count = len(points) - SHINGLE + 1
    hashes = np.zeros(count, dtype=np.uint64)
    for offset in range(SHINGLE):  # a polynomial rolling hash, modulo 2**32
        hashes = (hashes * np.uint64(1000003) + points[offset:offset + count]) & np.uint64(0xFFFFFFFF)
    return np.unique(hashes).astype(np.uint32)  # 32-bit hashes: half the memory at 20,000 documents


def title_key(title: str) -> str:
    """A title without its status markers and punctuation: drafts and finals share it."""
    return normalize.loose_key(_MARKERS.sub("", structure.own_title(normalize.canonical(title))))


def text_similarity(a: Entry, b: Entry) -> float:
    """The mean of the two texts' Jaccard similarity and of the share of the shorter one's
    sequences found in the longer (containment): a full revision that doubles a statute
    (体育法 2016 → 2022: Jaccard 0.10, containment 0.34) stays a version of it."""
    if not len(a.shingles) or not len(b.shingles):
        return 0.0
    common = len(np.intersect1d(a.shingles, b.shingles, assume_unique=True))
    jaccard = common / (len(a.shingles) + len(b.shingles) - common)
    return (jaccard + common / min(len(a.shingles), len(b.shingles))) / 2


def title_similarity(a: Entry, b: Entry) -> float:
    from rapidfuzz import fuzz

    ka, kb = title_key(a.title), title_key(b.title)
    return fuzz.ratio(ka, kb) / 100 if ka and kb else 0.0


def score(a: Entry, b: Entry) -> Tuple[float, float, float]:
    """(score, text, title): how likely b is a version of a."""
    text, title = text_similarity(a, b), title_similarity(a, b)
    return TEXT_WEIGHT * text + (1 - TEXT_WEIGHT) * title, text, title


# ------------------------------------------------------------------ reading

OnSkip = Callable[[str, str], None]


def _entries_of(path: str, size_limit: int) -> Iterator[Entry]:
    raw = ingest.read(path, size_limit=size_limit)
    policies = split_dump(raw)
    if len(policies) > 1:
        for policy in policies:
            yield Entry(f"{path}#{policy.number}", policy.title, shingles(policy.text))
        return
    document = structure.parse(normalize.normalize(raw))
    body = "".join(c.text for c in document.clauses)
    yield Entry(path, structure.own_title(document.title), shingles(body))


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
    sequence); the maps are seeded, so a document has the same signature on every machine."""
    global _PERMUTATIONS
    if _PERMUTATIONS is None:
        rng = np.random.RandomState(1)
        a = rng.randint(0, 1 << 63, size=NUM_PERM, dtype=np.uint64) * np.uint64(2) + np.uint64(1)
        b = rng.randint(0, 1 << 63, size=NUM_PERM, dtype=np.uint64)
        _PERMUTATIONS = (a, b)
    a, b = _PERMUTATIONS
    out = np.full(NUM_PERM, 0xFFFFFFFF, dtype=np.uint64)
    values = hashes.astype(np.uint64)
    with np.errstate(over="ignore"):
        for start in range(0, len(values), 4096):  # bounded temporary: 4096 × NUM_PERM
            images = (values[start:start + 4096, None] * a + b) >> np.uint64(32)
            np.minimum(out, images.min(axis=0), out=out)
    return out


def _signatures(entries: Sequence[Entry]) -> list:
    from datasketch import MinHash

    template = MinHash(num_perm=NUM_PERM)  # copies of it carry our values into the LSH index
    signatures = []
    for entry in entries:
        m = template.copy()
        m.hashvalues = signature(entry.shingles).astype(template.hashvalues.dtype)
        signatures.append(m)
    return signatures


def _same(a: Entry, b: Entry) -> bool:
    return os.path.abspath(a.source) == os.path.abspath(b.source)


def lsh_index(storage: Optional[dict] = None, name: Optional[str] = None):
    """An empty LSH index of MinHash signatures (datasketch MinHashLSH), keyed by entry source.

    In memory by default. With ``storage`` a datasketch storage configuration
    ({"type": "redis", "redis": {"host": ..., "port": ...}} or Cassandra) and a
    ``name`` shared by the workers, the index lives in that store: several
    processes, on several machines, each add their share of a corpus with
    :func:`add_to_index`, and any of them queries the whole (docs/performance.md).
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
    hold more: entries that are not in ``b`` are left out); built here when None."""
    signatures_b = None if index is not None else _signatures(b)
    signatures_a = signatures_b if (a is b and signatures_b is not None) else _signatures(a)
    if index is None:
        index = lsh_index()
        add_to_index(index, b, signatures_b)
    at_b = {entry.source: j for j, entry in enumerate(b)}
    by_title: Dict[str, List[int]] = defaultdict(list)
    for j, entry in enumerate(b):
        by_title[title_key(entry.title)].append(j)

    found: List[Match] = []
    for i, entry in enumerate(a):
        candidates = set(by_title.get(title_key(entry.title), ()))
        if len(entry.shingles):
            candidates.update(at_b[key] for key in index.query(signatures_a[i]) if key in at_b)
        scored = []
        for j in candidates:
            if _same(entry, b[j]) or (a is b and j < i):
                continue
            total, text, title = score(entry, b[j])
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
