"""jieba's word cut, over a dictionary that opens in milliseconds.

``jieba.Tokenizer().cut`` unmarshals a 350,000-word dictionary (over a second)
before its first cut. This module cuts exactly as jieba 0.42 does (its
``Tokenizer.cut``, ``get_DAG``, ``calc``, ``__cut_DAG``/``__cut_DAG_NO_HMM``
and ``finalseg``'s Viterbi over the B/M/E/S states, restated below over the
same data), but the dictionary is a MARISA trie (marisa-trie) opened by mmap.
The trie, the word frequencies and jieba's HMM tables are built once from
jieba's own tokenizer and kept under the user's cache directory; nothing
is loaded until a text is cut. ``tests/test_segmenter.py`` checks that the
words are jieba's on the corpus.
"""
from __future__ import annotations

import os
import sys
from bisect import bisect_left
from functools import lru_cache
from math import log
from typing import Iterator, List, Tuple

from .. import lazyre

#: Bump when the cache's format changes.
FORMAT = 2
_MIN_FLOAT = -3.14e100
_PREV = {"B": "ES", "M": "MB", "S": "SE", "E": "BM"}
# jieba's re_han_default / re_skip_default / re_eng, and finalseg's re_han / re_skip.
_HAN = lazyre.compile("([\u4E00-\u9FD5a-zA-Z0-9+#&\\._%\\-]+)")
_SKIP = lazyre.compile("(\r\n|\\s)")
_ENG = lazyre.compile("[a-zA-Z0-9]")
_HMM_HAN = lazyre.compile("([\u4E00-\u9FD5]+)")
_HMM_SKIP = lazyre.compile("([a-zA-Z0-9]+(?:\\.\\d+)?%?)")
#: The characters of ``_HAN`` besides the Han ones (U+4E00–U+9FD5).
_HAN_OTHER = frozenset("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789+#&._%-")


def is_han(ch: str) -> bool:
    """``ch`` is one of ``_HAN``'s characters: jieba cuts each run of them into words on its own
    (a character test, for code that walks a text outwards from a position)."""
    return "\u4e00" <= ch <= "\u9fd5" or ch in _HAN_OTHER

#: At most this many blocks' routes are kept (then the memo starts again).
_ROUTES_KEPT = 100_000
#: Below any route's weight: no word starts at a position.
_NO_WORD = float("-inf")


class _Weights(dict):
    """word → log(freq) - log(total), as jieba computes it, made when a word is first met."""

    def __init__(self, trie, freq, logtotal: float):
        super().__init__()
        self._trie, self._freq, self._logtotal = trie, freq, logtotal

    def __missing__(self, word: str) -> float:
        weight = self[word] = log(self._freq[self._trie.key_id(word)]) - self._logtotal
        return weight


class Segmenter:
    """``cut(text, HMM=...)`` gives jieba's ``Tokenizer().cut(text, HMM=...)`` words."""

    def __init__(self, trie, freq, total: int, longest: int, hmm):
        self._trie, self._freq, self._longest, self._hmm = trie, freq, longest, hmm
        self._logtotal = log(total)
        self._weights = _Weights(trie, freq, self._logtotal)  # word → its weight, as jieba computes it
        self._routes: dict = {}  # block → its route: a revision's two texts share most phrases

    def cut(self, sentence: str, HMM: bool = True) -> Iterator[str]:  # noqa: N803 (jieba's name)
        cut_block = self._cut_dag if HMM else self._cut_dag_no_hmm
        for blk in _HAN.split(sentence):
            if not blk:
                continue
            if _HAN.match(blk):
                yield from cut_block(blk)
            else:
                for x in _SKIP.split(blk):
                    if _SKIP.match(x):
                        yield x
                    else:
                        yield from x

    def _route(self, sentence: str) -> List[int]:
        """jieba's get_DAG + calc: for each position, the end of the word of the most probable cut.

        Each word's weight is log(freq) - log(total), as jieba computes it (kept by word);
        ties go to the longer word, as jieba's max over (probability, end) does. A block's route
        is kept (read only by the callers), so a phrase both versions hold is routed once."""
        route = self._routes.get(sentence)
        if route is None:
            if len(self._routes) >= _ROUTES_KEPT:
                self._routes.clear()
            route = self._routes[sentence] = self._route_of(sentence)
        return route

    def _route_of(self, sentence: str) -> List[int]:
        n = len(sentence)
        prefixes, weights, longest = self._trie.prefixes, self._weights, self._longest
        single = log(1) - self._logtotal  # a character that is no word: jieba's FREQ.get(...) or 1
        best = [0.0] * (n + 1)
        route = list(range(n))
        for k in range(n - 1, -1, -1):
            top, end = _NO_WORD, k
            # The words starting at k come shortest first (one C call: a list, not a generator), so a
            # later word is longer: a tie goes to it, as jieba's max over (probability, end) gives it.
            for word in prefixes(sentence[k:k + longest]):
                j = k + len(word)
                here = weights[word] + best[j]
                if here >= top:
                    top, end = here, j - 1
            if top == _NO_WORD:  # no word starts here: the character alone
                top = single + best[k + 1]
            best[k], route[k] = top, end
        return route

    def word_ends(self, block: str) -> List[int]:
        """Where the words of ``cut(block, HMM=True)`` end, for a block of ``_HAN`` characters only
        (the walk of ``_cut_dag`` without its generators: the same words)."""
        route = self._route(block)
        x, n, run, out = 0, len(block), -1, []
        while x < n:
            y = route[x] + 1
            if y - x == 1:  # a single character: gathered into the run (_unknown's buffer)
                if run < 0:
                    run = x
            else:
                if run >= 0:
                    self._run_ends(block[run:x], run, out)
                    run = -1
                out.append(y)
            x = y
        if run >= 0:
            self._run_ends(block[run:], run, out)
        return out

    def _run_ends(self, buf: str, at: int, out: List[int]) -> None:
        if len(buf) == 1 or buf in self._trie:  # _unknown's letters one by one
            out.extend(range(at + 1, at + len(buf) + 1))
        else:
            for word in self._unknown(buf):
                at += len(word)
                out.append(at)

    def _cut_dag_no_hmm(self, sentence: str) -> Iterator[str]:
        """jieba's __cut_DAG_NO_HMM: the route's words, single Latin letters and digits joined."""
        return self._walk(sentence, lambda word: len(word) == 1 and _ENG.match(word), lambda buf: (buf,))

    def _cut_dag(self, sentence: str) -> Iterator[str]:
        """jieba's __cut_DAG: the route's words, runs of single characters cut again (_unknown)."""
        return self._walk(sentence, lambda word: len(word) == 1, self._unknown)

    def _walk(self, sentence: str, gathered, flush) -> Iterator[str]:
        """The words of the route; the ones ``gathered`` says are buffered and given out through
        ``flush`` when the run they make ends."""
        route = self._route(sentence)
        x, n, buf = 0, len(sentence), ""
        while x < n:
            y = route[x] + 1
            word = sentence[x:y]
            if gathered(word):
                buf += word
            else:
                if buf:
                    yield from flush(buf)
                    buf = ""
                yield word
            x = y
        if buf:
            yield from flush(buf)

    def _unknown(self, buf: str) -> Iterator[str]:
        """A run of single characters: a known word's letters one by one, else finalseg's HMM cut."""
        if len(buf) == 1:
            yield buf
        elif buf in self._trie:
            yield from buf
        else:
            for blk in _HMM_HAN.split(buf):
                if _HMM_HAN.match(blk):
                    yield from self._viterbi_cut(blk)
                else:
                    yield from (x for x in _HMM_SKIP.split(blk) if x)

    def _viterbi_cut(self, sentence: str) -> Iterator[str]:
        start_p, trans_p, chars, emit = self._hmm()
        # emit[y][i] is jieba's emit_P[y].get(ch, MIN_FLOAT) for the character at i of the sorted chars.
        known = [_index(chars, ch) for ch in sentence]
        v = {y: start_p[y] + (_MIN_FLOAT if known[0] is None else emit[y][known[0]]) for y in "BMES"}
        path = {y: [y] for y in "BMES"}
        for i in known[1:]:
            nv, newpath = {}, {}
            for y in "BMES":
                em_p = _MIN_FLOAT if i is None else emit[y][i]
                prob, state = max((v[y0] + trans_p[y0].get(y, _MIN_FLOAT) + em_p, y0) for y0 in _PREV[y])
                nv[y] = prob
                newpath[y] = path[state] + [y]
            v, path = nv, newpath
        _, state = max((v[y], y) for y in "ES")
        begin = nexti = 0
        for i, pos in enumerate(path[state]):
            if pos == "B":
                begin = i
            elif pos == "E":
                yield sentence[begin:i + 1]
                nexti = i + 1
            elif pos == "S":
                yield sentence[i]
                nexti = i + 1
        if nexti < len(sentence):
            yield sentence[nexti:]


def _jieba_dir() -> str:
    """Where jieba is installed, found without importing it: on sys.path as the import system's
    path finder finds it (``importlib.util``, which any other finder needs, is imported only then)."""
    from importlib.machinery import PathFinder

    spec = PathFinder.find_spec("jieba")
    if spec is None or not spec.submodule_search_locations:
        import importlib.util

        spec = importlib.util.find_spec("jieba")
    if spec is None or not spec.submodule_search_locations:
        raise ModuleNotFoundError("No module named 'jieba'", name="jieba")
    return list(spec.submodule_search_locations)[0]


def _cache_root() -> str:
    """platformdirs' user_cache_dir("policydiff"); on Linux and BSD read directly (XDG), as it does."""
    if os.environ.get("POLICYDIFF_SEGMENTER_CACHE"):
        return os.environ["POLICYDIFF_SEGMENTER_CACHE"]
    if os.name == "posix" and sys.platform != "darwin":
        root = os.environ.get("XDG_CACHE_HOME", "")
        return os.path.join(root if root.strip() else os.path.expanduser("~/.cache"), "policydiff")
    from platformdirs import user_cache_dir

    return user_cache_dir("policydiff", appauthor=False)


def _cache_dir(rebuild: bool = False) -> str:
    """The cache for this jieba dictionary: a folder named by the dictionary's content (every venv
    with the same jieba shares it), found by a small link file named by the dictionary's size and
    time, so a run reads no more than the link. With ``rebuild`` (the link or folder is missing or
    damaged) the content is hashed again and the link rewritten."""
    dictionary = os.path.join(_jieba_dir(), "dict.txt")
    st = os.stat(dictionary)
    root = os.path.join(_cache_root(), "segmenter")
    link = os.path.join(root, f"v{FORMAT}-{st.st_size}-{st.st_mtime_ns}.link")
    if not rebuild:
        try:
            name = _read(link).decode("ascii")
            if _content_name(name):
                return os.path.join(root, name)
        except (OSError, UnicodeDecodeError):
            pass
    import hashlib

    with open(dictionary, "rb") as f:
        name = f"v{FORMAT}-{hashlib.sha256(f.read()).hexdigest()[:20]}"
    try:
        _write_file(root, link, name.encode("ascii"))
    except OSError:
        pass  # a read-only cache: the folder is found again by hashing next time
    return os.path.join(root, name)


def _prune(root: str, keep: str) -> None:
    """Remove the folders an earlier policydiff named by a dictionary's size and time (one per venv
    and upgrade, 3 MB each, never read again by this version), when a new folder is built."""
    import shutil

    try:
        names = os.listdir(root)
    except OSError:
        return
    for name in names:
        if name != keep and _old_name(name):
            shutil.rmtree(os.path.join(root, name), ignore_errors=True)


def _content_name(name: str) -> bool:
    """A cache folder's name: the format and the first 20 hex digits of the dictionary's SHA-256."""
    head, _, digest = name.partition("-")
    return head == f"v{FORMAT}" and len(digest) == 20 and all(c in "0123456789abcdef" for c in digest)


def _old_name(name: str) -> bool:
    """The name of an earlier version's folder: a format, the dictionary's size and its time in ns."""
    parts = name.split("-")
    return len(parts) == 3 and parts[0][:1] == "v" and all(p.isascii() and p.isdigit()
                                                          for p in (parts[0][1:], parts[1], parts[2]))


def _build() -> Tuple[object, bytes, bytes, dict]:
    """The trie, the frequencies by key id, the HMM's log probabilities and the rest, from jieba's
    own tokenizer and finalseg (slow: once)."""
    import array
    import logging

    import jieba
    import jieba.finalseg as finalseg
    import marisa_trie

    jieba.setLogLevel(logging.WARNING)
    tk = jieba.Tokenizer()
    tk.check_initialized()
    words = [w for w, f in tk.FREQ.items() if f]
    trie = marisa_trie.Trie(words)
    freq = array.array("I", [0]) * len(trie)
    for w in words:
        freq[trie.key_id(w)] = tk.FREQ[w]
    chars = "".join(sorted(set().union(*finalseg.emit_P.values())))
    hmm = array.array("d", [finalseg.start_P[y] for y in "BMES"])
    hmm.extend(finalseg.trans_P[y0].get(y, _MIN_FLOAT) for y0 in "BMES" for y in "BMES")
    hmm.extend(finalseg.emit_P[y].get(ch, _MIN_FLOAT) for y in "BMES" for ch in chars)
    meta = {"total": tk.total, "longest": max(map(len, words)), "chars": chars}
    return trie, freq.tobytes(), hmm.tobytes(), meta


def _tables(data: bytes, chars: str):
    """jieba's start_P and trans_P, and its emit_P as rows by the index of a character in the
    sorted ``chars`` (a probability it lacks is its MIN_FLOAT)."""
    import array

    hmm = array.array("d")
    hmm.frombytes(data)
    n = len(chars)
    start = dict(zip("BMES", hmm[:4]))
    trans = {y0: dict(zip("BMES", hmm[4 + 4 * i:8 + 4 * i])) for i, y0 in enumerate("BMES")}
    emit = {y: hmm[20 + n * i:20 + n * (i + 1)] for i, y in enumerate("BMES")}
    return start, trans, chars, emit


def _index(chars: str, ch: str):
    """Where ``ch`` is in the sorted string ``chars``, or None."""
    i = bisect_left(chars, ch)
    return i if i < len(chars) and chars[i] == ch else None


def _write(folder: str, trie, freq: bytes, hmm: bytes, meta: dict) -> None:
    import marshal

    os.makedirs(folder, exist_ok=True)
    data = {"freq.bin": freq, "hmm.bin": hmm, "meta.marshal": marshal.dumps(meta)}
    for name in ("freq.bin", "hmm.bin", "meta.marshal"):
        _write_file(folder, os.path.join(folder, name), data[name])
    _write_file(folder, os.path.join(folder, "words.marisa"), trie)  # the trie last: it says "complete"


def _write_file(folder: str, path: str, data) -> None:
    """``data`` (bytes, or a trie saved by marisa) into ``path`` through a temporary file in
    ``folder``, renamed into place: a reader never sees half of it."""
    import tempfile

    os.makedirs(folder, exist_ok=True)
    fd, tmp = tempfile.mkstemp(dir=folder, prefix=os.path.basename(path))
    os.close(fd)
    try:
        if isinstance(data, bytes):
            with open(tmp, "wb") as f:
                f.write(data)
        else:
            data.save(tmp)
        os.chmod(tmp, 0o644)
        os.replace(tmp, path)
    finally:
        if os.path.exists(tmp):
            os.remove(tmp)


@lru_cache(maxsize=1)
def segmenter() -> Segmenter:
    """The segmenter, opened from the cache (built there first if need be)."""
    import marshal

    import marisa_trie

    folder = _cache_dir()
    for attempt in (1, 2):
        try:
            trie, freq_bytes, hmm_bytes, meta = _opened(folder, marisa_trie, marshal)
            break
        except (OSError, RuntimeError, ValueError, EOFError, TypeError, KeyError):
            if attempt == 1:  # the link may be stale (a folder removed): ask the content again
                folder = _cache_dir(rebuild=True)
    else:  # missing or damaged: build
        trie, freq_bytes, hmm_bytes, meta = _build()
        try:
            _write(folder, trie, freq_bytes, hmm_bytes, meta)
            _prune(os.path.dirname(folder), os.path.basename(folder))
        except OSError:
            pass  # a read-only cache: cut from memory this time
    freq = memoryview(freq_bytes).cast("I")  # the frequencies by key id, not copied
    hmm = lru_cache(maxsize=1)(lambda: _tables(hmm_bytes, meta["chars"]))
    return Segmenter(trie, freq, meta["total"], meta["longest"], hmm)


def _opened(folder: str, marisa_trie, marshal):
    """The cache in ``folder``: the trie, the frequencies and the HMM's bytes, the rest (raises
    when a file is missing or damaged)."""
    with open(os.path.join(folder, "words.marisa"), "rb"):  # marisa reports a missing file as a RuntimeError
        pass
    trie = marisa_trie.Trie()
    trie.mmap(os.path.join(folder, "words.marisa"))
    freq_bytes = _mapped(os.path.join(folder, "freq.bin"))  # 1.4 MB, of which a cut reads a few pages
    hmm_bytes, meta_bytes = (_read(os.path.join(folder, name)) for name in ("hmm.bin", "meta.marshal"))
    meta = marshal.loads(meta_bytes)
    if len(freq_bytes) != 4 * len(trie) or len(hmm_bytes) != 8 * (20 + 4 * len(meta["chars"])):
        raise ValueError("a damaged segmenter cache")
    return trie, freq_bytes, hmm_bytes, meta


def _read(path: str) -> bytes:
    with open(path, "rb") as f:
        return f.read()


def _mapped(path: str):
    """A file's bytes mapped read-only (pages read when touched), or read when it cannot be."""
    import mmap

    with open(path, "rb") as f:
        try:
            return mmap.mmap(f.fileno(), 0, access=mmap.ACCESS_READ)
        except (OSError, ValueError):  # an empty file, or no mapping here
            return f.read()
