"""Sentences: a provision cut at its full stops and semicolons, and matched across versions.

A full revision rewrites a clause sentence by sentence, reorders them and moves
a few to other articles. Findings that speak of duties, rewrites and moved
text compare sentences, not the whole clause: ``sentences(text)`` cuts a text
(with the offset of each sentence), ``match(old, new)`` pairs the old
sentences with the new ones by content, in any order.
"""
from __future__ import annotations

import sys
from functools import lru_cache
from typing import Iterable, List, Optional, Sequence, Tuple

from .. import recache
from ..records import dataclass

_SENTENCE = recache.compile(r"[^。；！？\n]+[。；！？]?")
#: Two sentences this similar (rapidfuzz ratio, 0–100) are one sentence revised.
SAME_SENTENCE = 60


_NOT_IN_KEY = recache.compile(r"[\s，、：“”《》（）()]")


@dataclass(frozen=True)
class Sentence:
    """A sentence of a provision, with where it stands in the provision's text."""

    text: str       # without its closing punctuation
    start: int      # offset in the provision's text
    end: int
    key: str = ""   # the text without spaces and inner punctuation, as compared


def _sentence(text: str, start: int) -> Sentence:
    return Sentence(text, start, start + len(text), _key(text))


#: A run of figures (and the numerals of the items a text cites): what two sentences both say or one of them is another.
FIGURE_RUN = recache.compile(r"[零〇一二三四五六七八九十百千万亿两\d.%]+")


def span_at(text: str, at: int, marks: str = "。；\n", size: int = 0) -> Tuple[int, int]:
    """Where the sentence (to its "。" or "；", or a line's end; ``marks``: the marks that end it, "，" among them for a
    phrase) holding the ``size`` characters at position ``at`` of ``text`` starts and ends, its mark left out."""
    start = max(text.rfind(ch, 0, at) for ch in marks) + 1
    end = min((e for e in (text.find(ch, at + size) for ch in marks) if e >= 0), default=len(text))
    return start, end


def held_in_order(a: str, b: str) -> Tuple[float, bool]:
    """How many characters of ``a`` stand in ``b`` in the same order (the two's longest common subsequence, read from
    their Indel distance), and whether every figure run of ``a`` is said in ``b``: (count, figures all there)."""
    from rapidfuzz.distance import Indel

    return (len(a) + len(b) - Indel.distance(a, b)) / 2, all(f in b for f in FIGURE_RUN.findall(a))


@lru_cache(maxsize=1 << 16)
def _key(text: str) -> str:
    """A sentence's key (a sentence said many times, as in a long text repeated, is keyed once)."""
    return text_key(text)


def text_key(text: str) -> str:
    """Any text as sentence keys read it, not kept (a whole provision, read once)."""
    return _NOT_IN_KEY.sub("", text)


#: A sentence's body: each run of _SENTENCE without its closing punctuation and the spaces
#: around it (from its first character that is neither to its last), found as such by the engine.
_BODY = recache.compile(r"[^。；！？\s](?:[^。；！？\n]*[^。；！？\s])?")


@lru_cache(maxsize=4096)
def sentences(text: str) -> Tuple[Sentence, ...]:
    """The sentences of a text: each run of _SENTENCE with its closing punctuation taken off and
    stripped, the empty ones left out (the bodies found directly, no run cut and stripped in Python:
    a book-long provision holds 250,000 of them)."""
    key = _key
    return tuple([Sentence(body, start, start + len(body), key(body))
                  for body, start in map(_body_at, _BODY.finditer(text))])


def _body_at(m) -> Tuple[str, int]:
    return m.group(), m.start()


def similarity(a: str, b: str) -> float:
    from rapidfuzz.fuzz import ratio

    return ratio(a, b)


def match(old: Sequence[Sentence], new: Sequence[Sentence],
          threshold: float = SAME_SENTENCE) -> List[Tuple[Optional[int], Optional[int]]]:
    """Pairs (old index, new index); None on one side for a sentence with no counterpart.

    Greedy on similarity, best first, so a sentence that moved within the
    clause still finds its counterpart.
    """
    if not old or not new:  # nothing to pair (the rewrites ask so for most provisions)
        return [(i, None) for i in range(len(old))] + [(None, j) for j in range(len(new))]
    pairs, rest_old, rest_new = _same_keys(old, new)
    pairs += best_first(_scored(old, new, rest_old, rest_new, threshold), threshold)
    used_old, used_new = {i for i, _ in pairs}, {j for _, j in pairs}
    pairs += [(i, None) for i in range(len(old)) if i not in used_old]
    pairs += [(None, j) for j in range(len(new)) if j not in used_new]
    return pairs


def _same_keys(old: Sequence[Sentence], new: Sequence[Sentence]):
    """The pairs of equal sentences, as best_first would take them, and the indices left.

    Only equal keys score 100, so best_first takes them all before anything else; for one
    key it goes down the old indices and gives each the highest new index still free, which
    is the two lists of that key paired from the end. Taking them first leaves best_first
    only the sentences that changed, so a long provision edited here and there costs what
    its edits cost, not its length squared."""
    by_key: dict = {}
    for j, b in enumerate(new):
        by_key.setdefault(b.key, []).append(j)
    pairs: List[Tuple[int, int]] = []
    rest_old: List[int] = []
    taken_new = set()
    for i in range(len(old) - 1, -1, -1):
        free = by_key.get(old[i].key)
        if free:
            j = free.pop()
            pairs.append((i, j))
            taken_new.add(j)
        else:
            rest_old.append(i)
    rest_old.reverse()
    return pairs, rest_old, [j for j in range(len(new)) if j not in taken_new]


#: Above this many sentence pairs left to score, they are scored in C (rapidfuzz's extract, one
#: call per old sentence against all the new ones left; without numpy, whose import costs more).
_BULK = 40_000


def _scored(old, new, rest_old: List[int], rest_new: List[int], threshold: float):
    """(score, i, j) of the sentences left, at or above ``threshold`` (the ones best_first reads)."""
    from rapidfuzz.fuzz import ratio

    if len(rest_old) * len(rest_new) <= _BULK:  # best_first reads none under the threshold: not kept
        scored = ((ratio(old[i].key, new[j].key, score_cutoff=threshold), i, j) for i in rest_old for j in rest_new)
        return [x for x in scored if x[0] >= threshold]
    from rapidfuzz.process import extract

    news = [new[j].key for j in rest_new]
    return [(score, i, rest_new[c]) for i in rest_old
            for _, score, c in extract(old[i].key, news, scorer=ratio, score_cutoff=threshold, limit=None)]


#: At most this many scores in one block of ``nearest`` (8 bytes each).
_NEAREST_BLOCK = 4_000_000
#: Fewer query × choice pairs than this are scored query by query (process.extract), unless
#: numpy is loaded already: cdist saves about 40 ns a pair, numpy's import costs about 0.1 s.
_NEAREST_BULK = 2_500_000


def nearest(queries: Sequence[str], choices: Sequence[str], cutoff: float,
            limit: int, spread: int = 0) -> List[List[Tuple[str, float, int]]]:
    """For each query, ``process.extract(query, choices, scorer=ratio, score_cutoff=cutoff,
    limit=limit)``: (choice, score, index) of the ``limit`` choices scoring at least ``cutoff``,
    best first and the first of equals first. Scored in bulk (rapidfuzz's cdist), so the choices
    are read once for all the queries instead of once per query; a query asked more than once
    (a sentence repeated) is scored once and its answer shared. ``spread``: only the choices whose
    length differs from the query's by at most ``len(query) // spread`` (none scored else)."""
    if not queries:
        return []
    if not choices:
        return [[] for _ in queries]
    distinct = list(dict.fromkeys(queries))
    if len(distinct) < len(queries):
        answers = dict(zip(distinct, nearest(distinct, choices, cutoff, limit, spread)))
        return [list(answers[q]) for q in queries]
    places: dict = {}  # a choice said more than once (boilerplate, a code repeated) is scored once
    for i, choice in enumerate(choices):
        places.setdefault(choice, []).append(i)
    if len(places) == len(choices):
        return _nearest(queries, choices, cutoff, limit, spread)
    # The places of the ``limit`` nearest distinct choices (ordered by their first place) are the
    # nearest places: a choice after those scores less, or as much with each place after theirs.
    out = []
    for near in _nearest(queries, list(places), cutoff, limit, spread):
        ranked = sorted((-score, i) for choice, score, _ in near for i in places[choice])[:limit]
        out.append([(choices[i], -minus, i) for minus, i in ranked])
    return out


def _nearest(queries: Sequence[str], choices: Sequence[str], cutoff: float,
             limit: int, spread: int = 0) -> List[List[Tuple[str, float, int]]]:
    from rapidfuzz.fuzz import ratio

    if not _in_bulk(len(queries) * len(choices)):
        return _nearest_by_length(queries, choices, cutoff, limit, spread)
    import numpy as np
    from rapidfuzz.process import cdist

    out: List[List[Tuple[str, float, int]]] = [[] for _ in queries]
    rows = max(1, _NEAREST_BLOCK // len(choices))
    for at in range(0, len(queries), rows):
        scores = cdist(queries[at:at + rows], choices, scorer=ratio, score_cutoff=cutoff, dtype=np.float64)
        # The hits of the whole block at once, row by row in order: a row without any (most
        # sentences near nothing) costs nothing in Python.
        hit_rows, hit_cols = np.nonzero(scores >= cutoff)
        if not len(hit_rows):
            continue
        values = scores[hit_rows, hit_cols].tolist()
        bounds = np.flatnonzero(np.diff(hit_rows)) + 1
        starts = [0, *bounds.tolist()]
        ends = [*bounds.tolist(), len(hit_rows)]
        cols = hit_cols.tolist()
        for row, a, b in zip(hit_rows[starts].tolist(), starts, ends):
            if spread:
                n = len(queries[at + row])
                keep = [k for k in range(a, b) if abs(len(choices[cols[k]]) - n) <= n // spread]
                ranked = sorted((-values[k], cols[k]) for k in keep)[:limit]
            else:
                ranked = sorted(zip([-v for v in values[a:b]], cols[a:b]))[:limit]  # best first, then first
            out[at + row] = [(choices[j], -minus, j) for minus, j in ranked]
    return out


def _nearest_by_length(queries: Sequence[str], choices: Sequence[str], cutoff: float,
                       limit: int, spread: int = 0) -> List[List[Tuple[str, float, int]]]:
    """``process.extract`` of each query, against only the choices whose length allows ``cutoff``.

    The Indel distance of two texts is at least the difference of their lengths, so ``ratio``
    is at most 200·shorter/(shorter + longer): a choice far shorter or longer than the query
    cannot reach the cutoff (at 85, lengths within 0.74–1.35 of the query's; 70% of the
    sentence pairs of 公司法's moved-sentence search are outside). The window is taken a character
    wider on each side (a float at the edge is left to rapidfuzz), its choices in their own
    order, so ties come out as extract over all of them gives them."""
    from bisect import bisect_left, bisect_right

    from rapidfuzz.fuzz import ratio
    from rapidfuzz.process import extract

    by_length = sorted(range(len(choices)), key=lambda c: len(choices[c]))
    lengths = [len(choices[c]) for c in by_length]
    in_order = [choices[c] for c in by_length]  # (a window of them is a slice: no list made per query)
    out: List[List[Tuple[str, float, int]]] = []
    for q in queries:
        every = not q or not 0 < cutoff < 200
        if spread:  # (exactly the lengths allowed, whatever the cutoff)
            low = bisect_left(lengths, len(q) - len(q) // spread)
            high = bisect_right(lengths, len(q) + len(q) // spread)
            every = False
        elif not every:
            low = bisect_left(lengths, len(q) * cutoff / (200 - cutoff) - 1)
            high = bisect_right(lengths, len(q) * (200 - cutoff) / cutoff + 1)
            every = high - low >= 0.9 * len(choices)  # (too few left out to pay for the list)
        if every:
            out.append([tuple(x) for x in extract(q, choices, scorer=ratio, score_cutoff=cutoff, limit=limit)])
            continue
        # Every choice of the window that reaches the cutoff (few do), then the best first and the first of
        # equals first, as extract over the window in the choices' own order ranks them.
        found = extract(q, in_order[low:high], scorer=ratio, score_cutoff=cutoff, limit=None)
        ranked = sorted((-score, by_length[low + k]) for _choice, score, k in found)[:limit]
        out.append([(choices[c], -minus, c) for minus, c in ranked])
    return out


def _in_bulk(pairs: int) -> bool:
    """Score ``pairs`` query × choice pairs in one cdist (same answers as one extract per query)."""
    return pairs >= _NEAREST_BULK or "numpy" in sys.modules


def best_first(scored: Iterable[Tuple[float, int, int]], threshold: float) -> List[Tuple[int, int]]:
    """One-to-one pairs (i, j) from scored candidates, the best first, each side used once,
    none scoring under ``threshold``."""
    used_a, used_b, pairs = set(), set(), []
    for score, i, j in sorted(scored, reverse=True):
        if score < threshold:
            break
        if i in used_a or j in used_b:
            continue
        used_a.add(i)
        used_b.add(j)
        pairs.append((i, j))
    return pairs
