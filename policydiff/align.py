"""Align: which old provision became which new one, by content, never by number.

1. Anchors: clauses whose text (punctuation and spacing aside) occurs once on
   each side are paired outright; the longest chain of them that keeps the
   order of both documents is kept (patience diff). Unique exact matches off
   that chain are moves.
2. Gaps between anchors: a monotone dynamic programme over clause similarity
   with 1-1, 1-0, 0-1, 1-2 (split) and 2-1 (merge) steps. A gap too large for
   the full table is first cut by the heaviest order-keeping chain of
   candidate pairs found through a trigram index, then each piece is solved.
3. Moves: a deleted and an added clause that are each other's best match are
   one clause that moved.

Similarity of two clauses is the normalised Indel similarity of their texts
(rapidfuzz) plus trigram containment: the share of one clause's three-character
phrases found in the other. A pair is admitted only with real evidence: enough
shared phrasing, or the same short heading (支持人才引育 → 支持人才引育).
"""
from __future__ import annotations

import bisect
from itertools import product
from typing import Dict, FrozenSet, List, Optional, Sequence, Tuple

from .similarity import ratio  # rapidfuzz fuzz.ratio, also for texts too long for one table

from . import realign
from . import similarity
from .models import Clause, Document, Pair, Status
from .records import named_tuple
from .normalize import loose_key

#: Share of phrasing (trigram containment) that admits a 1-1 pair.
MIN_EVIDENCE = 0.25
#: Plain similarity that admits a 1-1 pair without shared phrasing (short clauses: 放假3天 → 放假4天).
MIN_RATIO = 0.5
#: Share of a second clause's phrasing that must come from the other side for a split or
#: merge. Each trigram weighs 1/(number of clauses of one version that hold it), so
#: boilerplate ("由县级以上地方人民政府…责令改正") is next to no evidence. 0.30: a principle
#: article cut in two and reworded (立法法 第三条 → 第三、四条, the new half 31 % the old
#: article's) is a split, not a kept article and a new one (tests/test_read_held_out.py).
MIN_PART = 0.30
#: Similarity (0..1) for a deleted and an added clause to be taken as one that moved.
MIN_MOVE = 0.5
#: Or: share of one clause's distinctive phrasing (trigrams weighted as for splits) found in the
#: other, for a deleted and an added clause to be one that moved while rewritten: "股东不得抽逃出资"
#: kept whole inside a longer new article. Set on the five full revisions of the corpus.
MIN_MOVE_PART = 0.45
#: Bonus when two clauses carry the same short heading.
HEADING_BONUS = 0.3
#: Largest gap (old × new clauses) solved by the full table.
MAX_TABLE = 60_000
#: Phrases counted in the texts (``_Scorer._below``) before the phrase weights are built instead.
PROBES = 2_000
#: Characters (both versions) up to which the phrase index is made from the keys by numpy
#: (similarity.PhraseIndex.of_keys, about 40 bytes a character at its peak) unless a version
#: repeats its clauses four times over or more; beyond, or for a text repeated so (a statute
#: pasted many times), from each distinct clause's phrases, cut once.
KEY_INDEX_CHARS = 2_000_000

class _Side:
    """One document's clauses, prepared for matching (trigrams only for the clauses that need them)."""

    def __init__(self, doc: Document, keys: Optional[Dict[str, str]] = None):
        self.clauses: Tuple[Clause, ...] = doc.clauses
        keys = {} if keys is None else keys  # text → key: a text said many times is keyed once
        self.keys: Tuple[str, ...] = tuple(
            keys.get(c.text) or keys.setdefault(c.text, loose_key(c.text)) for c in doc.clauses)
        self._grams: List[Optional[FrozenSet[str]]] = [None] * len(self.keys)
        self.headings: Tuple[Optional[str], ...] = tuple(c.heading for c in doc.clauses)
        self.longest = max(map(len, self.keys), default=0)
        self._joined: Optional[str] = None
        self._counts: Dict[str, int] = {}
        self._first: Optional[List[int]] = None

    def first_alike(self) -> List[int]:
        """For each clause, the first clause with the same key and heading (itself when none
        before): what the scorer says of a pair depends on nothing else of the clause."""
        if self._first is None:
            seen: Dict[Tuple[str, Optional[str]], int] = {}
            self._first = [seen.setdefault(k, i) for i, k in enumerate(zip(self.keys, self.headings))]
        return self._first

    def grams(self, i: int) -> FrozenSet[str]:
        got = self._grams[i]
        if got is None:
            got = self._grams[i] = similarity.trigrams(self.keys[i])
        return got

    def all_grams(self) -> List[FrozenSet[str]]:
        return [self.grams(i) for i in range(len(self.keys))]

    def occurrences(self, phrase: str) -> int:
        """Times the phrase occurs in the clauses' keys, not overlapping: at least the number of
        clauses holding it (a bound, found without cutting every clause into phrases)."""
        got = self._counts.get(phrase)
        if got is None:
            if self._joined is None:
                self._joined = "\n".join(self.keys)  # (keys hold no spacing: no phrase crosses a "\n")
            got = self._counts[phrase] = self._joined.count(phrase)
        return got


class _Scorer:
    """Similarity between clauses of the two sides, memoised."""

    def __init__(self, old: _Side, new: _Side):
        self.old, self.new = old, new
        self._weights: Optional[Dict[str, float]] = None
        self._parts: Dict[Tuple[int, int], Tuple[float, float]] = {}
        self._contain: Dict[Tuple[int, int], Tuple[float, float]] = {}
        self._ratio: Dict[Tuple[int, int], float] = {}
        self._shared: Optional[similarity.SharedPhrases] = None
        self._index: Optional[similarity.PhraseIndex] = None
        self._total_old: Dict[int, float] = {}
        self._total_new: Dict[int, float] = {}
        self._probes = 0
        self.last_candidates = None  # (olds, news), their candidate pairs and scores (_scored_candidates)

    def prepare(self, news: Sequence[int]) -> None:
        """Before a table over ``news``: shared-phrase counts for it in bulk (similarity.py),
        and the memo emptied once it holds CACHE_LIMIT scores, so memory stays bounded."""
        # (a narrow table is cheaper with one set intersection per cell than with an index)
        self._shared = similarity.SharedPhrases(self.old.grams, self.new.grams, news) if len(news) >= 8 else None
        for memo in (self._parts, self._contain, self._ratio):
            if len(memo) > similarity.CACHE_LIMIT:
                memo.clear()

    @property
    def index(self) -> similarity.PhraseIndex:
        """Both sides' phrases as numbers (similarity.PhraseIndex), built on first use."""
        if self._index is None:
            old, new = self.old.keys, self.new.keys
            if (sum(map(len, old)) + sum(map(len, new)) <= KEY_INDEX_CHARS
                    and len(set(old)) * 4 > len(old) and len(set(new)) * 4 > len(new)):
                self._index = similarity.PhraseIndex.of_keys(old, new)  # (no phrase made a string)
            else:  # (large, or a text repeated: each distinct clause's phrases once)
                self._index = similarity.PhraseIndex(self.old.all_grams(), self.new.all_grams())
        return self._index

    def counted_candidates(self, olds: Sequence[int], news: Sequence[int]) -> List[Tuple[int, int]]:
        """similarity.candidates, with the phrases each pair shares (counted by numpy) put in the
        containment memo: the values ``contain`` gives, without cutting the clauses into phrases."""
        index = self.index
        pairs, shared = similarity.counted_candidates(index, olds, news)
        old_sizes = (index.old_offsets[1:] - index.old_offsets[:-1]).tolist()
        new_sizes = (index.new_offsets[1:] - index.new_offsets[:-1]).tolist()
        memo = self._contain
        for (i, j), common in zip(pairs, shared):  # (a clause holds one phrase at least)
            memo[i, j] = (common / old_sizes[i], common / new_sizes[j])
        return pairs

    @property
    def weight(self) -> Dict[str, float]:
        """1 / (clauses of one version holding the trigram, the larger count), built on first use."""
        if self._weights is None:  # counted in C (or read from the phrase index when there is one);
            # each weight computed when first asked for
            if self._index is not None:
                self._weights = similarity.IndexWeights(self._index)
            else:
                self._weights = similarity.PhraseWeights(self.old.all_grams(), self.new.all_grams())
        return self._weights

    def contain(self, i: int, j: int) -> Tuple[float, float]:
        """(share of old i's trigrams in new j, share of new j's trigrams in old i)."""
        got = self._contain.get((i, j))
        if got is None:
            a, b = self.old.grams(i), self.new.grams(j)
            shared = self._shared.count(i, j) if self._shared else None
            if shared is None:
                shared = len(a & b) if a and b else 0
            got = (shared / len(a) if a else 0.0, shared / len(b) if b else 0.0)
            self._contain[(i, j)] = got
        return got

    def total_old(self, i: int) -> float:
        """The summed weight of old i's phrases (once per clause)."""
        return self._total(self._total_old, self.old.grams, i)

    def total_new(self, j: int) -> float:
        return self._total(self._total_new, self.new.grams, j)

    def _total(self, memo: Dict[int, float], grams, k: int) -> float:
        got = memo.get(k)
        if got is None:
            weight = self.weight
            got = memo[k] = sum(map(weight.__getitem__, grams(k)))
        return got

    def _weighted_shares(self, i: int, j: int) -> Tuple[float, float]:
        """(weighted share of old i's phrasing in new j, of new j's phrasing in old i)."""
        got = self._parts.get((i, j))
        if got is None:
            weight = self.weight
            shared = sum(map(weight.__getitem__, self.old.grams(i) & self.new.grams(j)))
            total_a, total_b = self.total_old(i), self.total_new(j)
            got = self._parts[(i, j)] = (shared / total_a if total_a else 0.0,
                                         shared / total_b if total_b else 0.0)
        return got

    def _below(self, i: int, j: int, of_new: bool, least: float) -> bool:
        """True when the weighted share of new j's phrasing in old i (of old i's in new j when
        ``of_new``) is certainly under ``least``, found without the phrase weights while they are
        not built (building them cuts every clause of both versions into phrases).

        A weight is 1 / (clauses of one version holding the phrase) ≤ 1, so the shared phrases
        weigh at most their number; a phrase's occurrences in a version bound the clauses
        holding it, so the others weigh at least 1 / (its most occurrences). At most
        PROBES phrases are counted in all; then the weights are built, and the shared phrases,
        weighing at most their number, are held against the clause's total weight."""
        a, b = self.old.grams(i), self.new.grams(j)
        shared = a & b
        if not shared:
            return True
        if self._weights is not None or self._probes > PROBES:  # the total weight is at hand
            total = self.total_old(i) if of_new else self.total_new(j)
            return len(shared) < least * total * (1 - 1e-9)
        whole = a if of_new else b
        # share = S / (S + rest) < least  ⇐  rest > S·(1 − least)/least, with room for rounding
        need = len(shared) * (1.0 - least) / least * (1 + 1e-9) + 1e-9
        old_count, new_count = self.old.occurrences, self.new.occurrences
        rest = 0.0
        for g in whole - shared:
            self._probes += 1
            rest += 1.0 / max(old_count(g), new_count(g), 1)
            if rest > need:
                return True
        return False

    def _part(self, i: int, j: int, of_new: bool) -> float:
        """part_of_new(i, j) (``of_new``) or part_of_old(i, j), or 0.0 when it is certainly under
        MIN_PART: all a split or merge needs to know of it."""
        if self._below(i, j, of_new, MIN_PART):
            return 0.0
        return self._weighted_shares(i, j)[0 if of_new else 1]

    def part_of_old(self, i: int, j: int) -> float:
        """Weighted share of new j's phrasing found in old i (split evidence)."""
        return self._weighted_shares(i, j)[1]

    def part_of_new(self, i: int, j: int) -> float:
        """Weighted share of old i's phrasing found in new j (merge evidence)."""
        return self._weighted_shares(i, j)[0]

    def ratio(self, i: int, j: int) -> float:
        got = self._ratio.get((i, j))
        if got is None:
            got = ratio(self.old.keys[i], self.new.keys[j]) / 100.0
            self._ratio[(i, j)] = got
        return got

    def prefill_ratios(self, pairs: Sequence[Tuple[int, int]]) -> None:
        """The similarity of many pairs at once (rapidfuzz's cpdist, in C), into the memo; the
        same values ``ratio`` gives one by one (pairs too long for one table are left to it)."""
        old_keys, new_keys, memo = self.old.keys, self.new.keys, self._ratio
        # (a short text against a far longer one is left to ``ratio``: rapidfuzz is slow there)
        if self._plain():
            todo = [pair for pair in pairs if pair not in memo]
        else:
            todo = [(i, j) for i, j in pairs
                    if (i, j) not in memo and not similarity.lopsided(old_keys[i], new_keys[j])]
        if len(todo) < 64:
            return
        import numpy as np
        from rapidfuzz.fuzz import ratio as indel_ratio
        from rapidfuzz.process import cpdist

        olds = [self.old.keys[i] for i, _ in todo]
        news = [self.new.keys[j] for _, j in todo]
        values = cpdist(olds, news, scorer=indel_ratio, dtype=np.float64)
        for pair, a, b, value in zip(todo, olds, news, values.tolist()):
            if len(a) * len(b) <= similarity.MAX_CELLS:
                self._ratio[pair] = value / 100.0

    def _plain(self) -> bool:
        """No pair of the two versions is lopsided or too long for one table: rapidfuzz's own
        fuzz.ratio is ``ratio``'s answer for every pair."""
        old, new = self.old.longest, self.new.longest
        return old * new <= similarity.MAX_CELLS and max(old, new) < similarity.LOPSIDED_MIN

    def same_heading(self, i: int, j: int) -> bool:
        a, b = self.old.clauses[i].heading, self.new.clauses[j].heading
        return bool(a) and a == b

    def one_to_one(self, i: int, j: int) -> Optional[float]:
        """Score of pairing old i with new j, or None when nothing supports it."""
        evidence = max(self.contain(i, j))
        heading = self.same_heading(i, j)
        if evidence < MIN_EVIDENCE and not heading and self.ratio(i, j) < MIN_RATIO:
            return None
        return self.ratio(i, j) + evidence + (HEADING_BONUS if heading else 0.0)

    def one_to_one_many(self, pairs: Sequence[Tuple[int, int]]) -> List[Optional[float]]:
        """``one_to_one`` of each pair, the same values and memos, with the per-call lookups
        made once (a large gap scores about ten pairs per old clause)."""
        contain_memo, ratio_memo, ratio = self._contain, self._ratio, self.ratio
        old_headings, new_headings = self.old.headings, self.new.headings
        old_grams, new_grams = self.old.grams, self.new.grams
        out: List[Optional[float]] = []
        for pair in pairs:
            shares = contain_memo.get(pair)
            if shares is None:  # (contain's value: the shared phrases, here by one set intersection)
                a, b = old_grams(pair[0]), new_grams(pair[1])
                common = len(a & b) if a and b else 0
                shares = contain_memo[pair] = (common / len(a) if a else 0.0, common / len(b) if b else 0.0)
            evidence = shares[0] if shares[0] >= shares[1] else shares[1]
            heading = old_headings[pair[0]]
            heading = bool(heading) and heading == new_headings[pair[1]]
            similar = ratio_memo.get(pair)
            if similar is None:
                similar = ratio(*pair)
            if evidence < MIN_EVIDENCE and not heading and similar < MIN_RATIO:
                out.append(None)
            else:
                out.append(similar + evidence + (HEADING_BONUS if heading else 0.0))
        return out

    def table(self, olds: Sequence[int], news: Sequence[int]) -> List[List[Optional[float]]]:
        """``one_to_one`` of every cell of a gap (olds × news), row by row: the same
        values and memos, with each row's similarities from one rapidfuzz call (``extract_iter``,
        the query prepared once) and the per-cell lookups made once."""
        old, new = self.old, self.new
        contain_memo, ratio_memo, shared = self._contain, self._ratio, self._shared
        if shared is None or shared.stretch != tuple(news):  # (none needed when every cell is known)
            known = all(pair in contain_memo for pair in product(olds, news))
            shared = similarity.SharedPhrases(old.grams, new.grams, news) if len(news) >= 8 and not known else None
        new_keys = [new.keys[j] for j in news]
        new_grams = [new.grams(j) for j in news]
        new_headings = [new.headings[j] for j in news]
        bulk = self._plain() and len(news) >= 4
        if bulk:
            from rapidfuzz.fuzz import ratio as indel_ratio
            from rapidfuzz.process import extract_iter
        rows: List[List[Optional[float]]] = []
        for i in olds:
            a, key, heading_i = old.grams(i), old.keys[i], old.headings[i]
            counts = shared.row(i) if shared is not None else None
            if bulk:  # the row's similarities not yet known, in one call
                missing = [q for q, j in enumerate(news) if (i, j) not in ratio_memo]
                if len(missing) >= 4:
                    choices = [new_keys[q] for q in missing]
                    for _choice, value, k in extract_iter(key, choices, scorer=indel_ratio):
                        ratio_memo[i, news[missing[k]]] = value / 100.0
            row: List[Optional[float]] = []
            for q, j in enumerate(news):
                pair = (i, j)
                shares = contain_memo.get(pair)
                if shares is None:
                    b = new_grams[q]
                    if counts is not None:
                        common = counts.get(q, 0)
                    else:
                        common = len(a & b) if a and b else 0
                    shares = contain_memo[pair] = (common / len(a) if a else 0.0, common / len(b) if b else 0.0)
                evidence = shares[0] if shares[0] >= shares[1] else shares[1]
                heading = bool(heading_i) and heading_i == new_headings[q]
                similar = ratio_memo.get(pair)
                if similar is None:
                    similar = self.ratio(i, j)
                if evidence < MIN_EVIDENCE and not heading and similar < MIN_RATIO:
                    row.append(None)
                else:
                    row.append(similar + evidence + (HEADING_BONUS if heading else 0.0))
            rows.append(row)
        return rows

    def _best_with_part(self, options) -> Optional[float]:
        """The best (core pairing + credit for the second clause's share) over the options:
        (core score or None, (i, j, of_new) of the share to credit)."""
        best = None
        for core, (i, j, of_new) in options:
            if core is None:
                continue
            part = self._part(i, j, of_new)
            if part >= MIN_PART:
                score = core + part - MIN_PART
                best = score if best is None else max(best, score)
        return best

    def split(self, i: int, j: int, cores: Optional[Tuple[Optional[float], Optional[float]]] = None) -> Optional[float]:
        """Old i became new j and j+1: pair it with the closer one, credit the other.
        ``cores``: one_to_one(i, j) and one_to_one(i, j + 1) when the caller has them."""
        first, second = cores or (self.one_to_one(i, j), self.one_to_one(i, j + 1))
        return self._best_with_part(((first, (i, j + 1, False)), (second, (i, j, False))))

    def merge(self, i: int, j: int, cores: Optional[Tuple[Optional[float], Optional[float]]] = None) -> Optional[float]:
        """Old i and i+1 became new j (``cores``: one_to_one(i, j) and one_to_one(i + 1, j))."""
        first, second = cores or (self.one_to_one(i, j), self.one_to_one(i + 1, j))
        return self._best_with_part(((first, (i + 1, j, True)), (second, (i, j, True))))


class _Step(named_tuple("_Step", ["olds", "news", "moved", "user"], defaults=(False, False), module=__name__)):
    """One decision of the alignment, as indices into the two clause lists."""

    __slots__ = ()
    olds: Tuple[int, ...]
    news: Tuple[int, ...]
    moved: bool  # (False unless given; the defaults are named_tuple's: a value here would hide the field)
    user: bool  # (False) fixed by the user (a pairs file) and not what the aligner found alone


def _anchors(old: _Side, new: _Side, taken_old: FrozenSet[int] = frozenset(),
             taken_new: FrozenSet[int] = frozenset()) -> Tuple[List[Tuple[int, int]], List[Tuple[int, int]]]:
    """Unique exact matches among the clauses not taken: (the order-keeping chain, the rest, which moved)."""
    where_old: Dict[str, List[int]] = {}
    where_new: Dict[str, List[int]] = {}
    for i, k in enumerate(old.keys):
        if i not in taken_old:
            where_old.setdefault(k, []).append(i)
    for j, k in enumerate(new.keys):
        if j not in taken_new:
            where_new.setdefault(k, []).append(j)
    unique = sorted(
        (where_old[k][0], js[0]) for k, js in where_new.items()
        if len(js) == 1 and len(where_old.get(k, ())) == 1 and k)
    # A text repeated the same number of times on both sides (boilerplate articles, a document
    # repeated) pairs its occurrences in order: position breaks the tie content cannot (issue 18).
    repeated = sorted(
        pair for k, js in where_new.items()
        if len(js) > 1 and len(where_old.get(k, ())) == len(js) and k
        for pair in zip(where_old[k], js))
    chain = _longest_chain(sorted(unique + repeated))
    kept = set(chain)
    return chain, [p for p in unique if p not in kept]


def _longest_chain(pairs: Sequence[Tuple[int, int]]) -> List[Tuple[int, int]]:
    """Longest subsequence increasing in both coordinates (pairs sorted by the first)."""
    tails: List[int] = []  # new index at the end of the best chain of each length
    tail_at: List[int] = []  # index into pairs of that end
    back: List[int] = []
    for n, (_, j) in enumerate(pairs):
        k = bisect.bisect_left(tails, j)
        if k == len(tails):
            tails.append(j)
            tail_at.append(n)
        else:
            tails[k] = j
            tail_at[k] = n
        back.append(tail_at[k - 1] if k else -1)
    chain: List[Tuple[int, int]] = []
    n = tail_at[-1] if tail_at else -1
    while n >= 0:
        chain.append(pairs[n])
        n = back[n]
    return chain[::-1]


def _heaviest_chain(edges: Sequence[Tuple[int, int, float]]) -> List[Tuple[int, int]]:
    """The order-keeping set of candidate pairs with the largest total score.

    O(E·log E)-ish with a sorted frontier; used to cut gaps too big for the table.
    """
    edges = sorted(edges, key=lambda e: (e[0], -e[1]))
    best: List[Tuple[int, float, int]] = []  # frontier: (new index, total, edge) with increasing totals
    prev: List[int] = []
    lowest = float("-inf")
    for n, (_, j, w) in enumerate(edges):
        pos = bisect.bisect_left(best, (j, lowest, -1))  # best[pos - 1]: the last before new j
        base, link = (best[pos - 1][1], best[pos - 1][2]) if pos else (0.0, -1)
        total = base + w
        prev.append(link)
        if pos < len(best) and best[pos][0] == j and best[pos][1] >= total:
            continue
        if pos > 0 and best[pos - 1][1] >= total:
            continue
        end = pos
        while end < len(best) and best[end][1] <= total:
            end += 1
        best[pos:end] = [(j, total, n)]
    chain: List[Tuple[int, int]] = []
    n = best[-1][2] if best else -1
    while n >= 0:
        chain.append((edges[n][0], edges[n][1]))
        n = prev[n]
    return chain[::-1]


def _candidates(scorer: _Scorer, olds: Sequence[int], news: Sequence[int]) -> List[Tuple[int, int, float]]:
    """Pairs worth a look (similarity.candidates: shared rare phrasing, position on ties), scored."""
    edges = []
    pairs, scores = _scored_candidates(scorer, olds, news)
    for (i, j), score in zip(pairs, scores):
        if score is not None:
            edges.append((i, j, score))
    return edges


def _hopeless(cores: Tuple[Optional[float], Optional[float]], need: float) -> bool:
    """A split or merge scores its better core plus at most 1 - MIN_PART: one that cannot beat the
    best step found so far at its cell by ``need`` is not scored (None, as for no evidence; the
    1e-9 keeps the sums' rounding on the safe side)."""
    known = [core for core in cores if core is not None]
    return not known or max(known) + (1.0 - MIN_PART + 1e-9) <= need


def _scored_candidates(scorer: _Scorer, olds: Sequence[int], news: Sequence[int]):
    """(the candidate pairs of olds × news, their one_to_one scores), the last answer kept: the
    moves are looked for twice, and a gap that is the whole text has the same candidates
    (a long text against a short one: all its clauses deleted, three times the same question)."""
    key = (tuple(olds), tuple(news))
    last = scorer.last_candidates
    if last is None or last[0] != key:
        pairs = scorer.counted_candidates(olds, news)
        last = scorer.last_candidates = (key, pairs, _scored(scorer, pairs))
    return last[1], last[2]


def _scored(scorer: _Scorer, pairs: Sequence[Tuple[int, int]]) -> List[Optional[float]]:
    """``one_to_one_many`` of the pairs, each old clause said again (the same key and heading: a
    repeated text) scored through its first: the same values, and the memos filled for every pair."""
    first = scorer.old.first_alike()
    firsts = [(first[i], j) for i, j in pairs]
    if firsts == pairs:
        scorer.prefill_ratios(pairs)
        return scorer.one_to_one_many(pairs)
    distinct = list(dict.fromkeys(firsts))
    contain = scorer._contain
    # A first's pair that was not a candidate itself takes the phrases counted for a clause said
    # like it (the same key: the same phrases), not one set intersection of the two clauses' phrases.
    contain.update((f, contain[p]) for f, p in zip(firsts, pairs) if f not in contain and p in contain)
    scorer.prefill_ratios(distinct)
    score = dict(zip(distinct, scorer.one_to_one_many(distinct)))
    for memo in (scorer._contain, scorer._ratio):  # (in C: a pair's first's value for each pair)
        memo.update(zip(pairs, map(memo.__getitem__, firsts)))
    return list(map(score.__getitem__, firsts))


def _solve_table(scorer: _Scorer, olds: Sequence[int], news: Sequence[int]) -> List[_Step]:
    """Monotone DP over the gap with 1-1, 1-0, 0-1, 1-2, 2-1 steps."""
    n, m = len(olds), len(news)
    scorer.prepare(news)
    ones = scorer.table(olds, news)  # ones[r][c]: one_to_one(olds[r], news[c])

    def split(r: int, c: int, need: float) -> Optional[float]:  # scorer.split(olds[r], news[c])
        i, j = olds[r], news[c]
        after = ones[r][c + 1] if c + 1 < m and news[c + 1] == j + 1 else scorer.one_to_one(i, j + 1)
        cores = (ones[r][c], after)
        if _hopeless(cores, need):
            return None
        return scorer.split(i, j, cores)

    def merge(r: int, c: int, need: float) -> Optional[float]:  # scorer.merge(olds[r], news[c])
        i, j = olds[r], news[c]
        after = ones[r + 1][c] if r + 1 < n and olds[r + 1] == i + 1 else scorer.one_to_one(i + 1, j)
        cores = (ones[r][c], after)
        if _hopeless(cores, need):
            return None
        return scorer.merge(i, j, cores)

    NEG = float("-inf")
    score = [[NEG] * (m + 1) for _ in range(n + 1)]
    move: List[List[Optional[Tuple[int, int]]]] = [[None] * (m + 1) for _ in range(n + 1)]
    score[0][0] = 0.0
    for i in range(n + 1):
        row = score[i]
        for j in range(m + 1):
            if i == 0 and j == 0:
                continue
            # Additions are tried first, so that on a tie a deletion is the later step of the
            # path and reads before the addition that follows it.
            best, how = NEG, None
            if j and row[j - 1] > best:
                best, how = row[j - 1], (0, 1)
            if i and score[i - 1][j] > best:
                best, how = score[i - 1][j], (1, 0)
            if i and j:
                s = ones[i - 1][j - 1]
                if s is not None and score[i - 1][j - 1] + s > best:
                    best, how = score[i - 1][j - 1] + s, (1, 1)
            if i and j >= 2:
                s = split(i - 1, j - 2, best - score[i - 1][j - 2])
                if s is not None and score[i - 1][j - 2] + s > best:
                    best, how = score[i - 1][j - 2] + s, (1, 2)
            if i >= 2 and j:
                s = merge(i - 2, j - 1, best - score[i - 2][j - 1])
                if s is not None and score[i - 2][j - 1] + s > best:
                    best, how = score[i - 2][j - 1] + s, (2, 1)
            row[j] = best
            move[i][j] = how
    steps: List[_Step] = []
    i, j = n, m
    while i or j:
        di, dj = move[i][j]
        steps.append(_Step(tuple(olds[i - di:i]), tuple(news[j - dj:j])))
        i, j = i - di, j - dj
    return steps[::-1]


def _unpaired(olds: Sequence[int], news: Sequence[int]) -> List[_Step]:
    return [_Step((i,), ()) for i in olds] + [_Step((), (j,)) for j in news]


def _solve_gap(scorer: _Scorer, olds: Sequence[int], news: Sequence[int]) -> List[_Step]:
    if not olds or not news:
        return _unpaired(olds, news)
    if _one_by_one(scorer, olds, news):
        return [_Step(tuple(olds), tuple(news))]
    if len(olds) * len(news) <= MAX_TABLE:
        return _solve_table(scorer, olds, news)
    chain = _heaviest_chain(_candidates(scorer, olds, news))
    if not chain:
        return _unpaired(olds, news)
    on_chain_old = {i for i, _ in chain}
    on_chain_new = {j for _, j in chain}
    return _repair_splits(scorer, _join_gaps(
        scorer, [i for i in olds if i not in on_chain_old], [j for j in news if j not in on_chain_new],
        [_Step((i,), (j,)) for i, j in chain]))


def _one_by_one(scorer: _Scorer, olds: Sequence[int], news: Sequence[int]) -> bool:
    """True when a gap of one clause each side is the two paired, as its table would say, known
    without the phrase shares: with the same heading or half alike, one_to_one is at least
    0.3 > 0, and a 1-1 step scoring above 0 beats a deletion and an addition (no split or merge
    fits). A book-long clause edited is not cut into phrases for it."""
    return len(olds) == len(news) == 1 and (scorer.same_heading(olds[0], news[0])
                                            or scorer.ratio(olds[0], news[0]) >= MIN_RATIO)


def _repair_splits(scorer: _Scorer, steps: List[_Step]) -> List[_Step]:
    """Join a 1-1 step and an unpaired neighbour into a split or merge where that scores higher.

    The chain that cuts a large gap fixes its pairs as 1-1, so a clause split in two
    beside one of them would otherwise show as modified + added. Each unpaired clause
    joins the neighbour it gains most with.
    """
    options = []  # (gain, index of the 1-1 step, index of the unpaired step, joined step)
    for k, step in enumerate(steps):
        if step.moved or (step.olds and step.news):
            continue
        for n in (k - 1, k + 1):
            if not 0 <= n < len(steps) or steps[n].moved or len(steps[n].olds) != 1 or len(steps[n].news) != 1:
                continue
            i, j = steps[n].olds[0], steps[n].news[0]
            base = scorer.one_to_one(i, j) or 0.0
            if step.news and abs(step.news[0] - j) == 1:
                first = min(j, step.news[0])
                score, joined = scorer.split(i, first), _Step((i,), (first, first + 1))
            elif step.olds and abs(step.olds[0] - i) == 1:
                first = min(i, step.olds[0])
                score, joined = scorer.merge(first, j), _Step((first, first + 1), (j,))
            else:
                continue
            if score is not None and score > base:
                options.append((score - base, n, k, joined))
    used: set = set()
    replaced = {}
    for _gain, n, k, joined in sorted(options, key=lambda o: -o[0]):
        if n in used or k in used:
            continue
        used.update((n, k))
        replaced[min(n, k)] = joined
    return [replaced.get(k, step) for k, step in enumerate(steps) if k in replaced or k not in used]


def _join_gaps(scorer: _Scorer, olds: Sequence[int], news: Sequence[int],
               anchors: Sequence[_Step]) -> List[_Step]:
    """Solve the stretches between anchors; the anchors (in order on both sides) are kept as they are.

    ``olds`` and ``news``: the clauses to align, in order, without the anchors' own.
    """
    steps: List[_Step] = []
    oi = ni = 0
    for anchor in anchors:
        oa = bisect.bisect_left(olds, min(anchor.olds), oi)
        nb = bisect.bisect_left(news, min(anchor.news), ni)
        steps.extend(_solve_gap(scorer, olds[oi:oa], news[ni:nb]))
        steps.append(anchor)
        oi, ni = oa, nb
    steps.extend(_solve_gap(scorer, olds[oi:], news[ni:]))
    return steps


def _find_moves(scorer: _Scorer, steps: List[_Step], shares=None) -> List[Tuple[int, int]]:
    """Deleted and added clauses that are each other's best match (similarity ≥ MIN_MOVE,
    or a distinctive share ≥ MIN_MOVE_PART)."""
    deleted = [s.olds[0] for s in steps if not s.news and not s.user]
    added = [s.news[0] for s in steps if not s.olds and not s.user]
    if not deleted or not added:
        return []
    shares = shares or realign.Shares(scorer)
    best_for_old = {}
    looks_for: Dict[int, List[Tuple[float, int]]] = {}  # deleted clause → (score, added clause) admitted
    if len(deleted) * len(added) <= MAX_TABLE:  # every pair
        for i, row in zip(deleted, scorer.table(deleted, added)):
            for j, score in zip(added, row):
                if score is not None:
                    looks_for.setdefault(i, []).append((score, j))
    else:  # too many to try every pair: the candidates of similarity.py (linear, not quadratic)
        looks, scores = _scored_candidates(scorer, deleted, added)
        for (i, j), score in zip(looks, scores):
            if score is not None:
                looks_for.setdefault(i, []).append((score, j))
    for i in deleted:
        scored = looks_for.get(i, ())
        # The best admitted one: tried from the top, so the share is computed only where needed.
        for _s, j in sorted(scored, reverse=True):
            if scorer.ratio(i, j) >= MIN_MOVE or shares(i, j) >= MIN_MOVE_PART:
                best_for_old[i] = j
                break
    rivals_of: Dict[int, List[int]] = {}  # new clause → the deleted ones whose best it is, in order
    for i, j in best_for_old.items():
        rivals_of.setdefault(j, []).append(i)
    moves = []
    for i, j in best_for_old.items():
        if max(rivals_of[j], key=lambda k: scorer.one_to_one(k, j) or 0.0) == i:
            moves.append((i, j))
    return moves


Fixed = Tuple[Tuple[int, ...], Tuple[int, ...]]


def align(old: Document, new: Document, fixed: Sequence[Fixed] = ()) -> Tuple[Pair, ...]:
    """Pair the clauses of two versions; pairs in the reading order of the new one.

    ``fixed``: pairings the user made, as (old indexes, new indexes) into the
    documents' clauses (either side empty for a deletion or an addition). They
    are kept as given and the rest is aligned around them; those that differ
    from what the aligner finds on its own come out with ``set_by = "user"``.
    """
    keys: Dict[str, str] = {}
    o, n = _Side(old, keys), _Side(new, keys)
    scorer = _Scorer(o, n)
    steps = _align_steps(scorer)
    if fixed:
        found = {(s.olds, s.news): s for s in steps}
        if not all(tuple(f) in found for f in fixed):
            steps = _align_steps(scorer, [
                found.get(tuple(f)) or _Step(tuple(f[0]), tuple(f[1]), user=True) for f in fixed])
    return tuple(_pair(scorer, step) for step in steps)


def _align_steps(scorer: _Scorer, fixed: Sequence[_Step] = ()) -> List[_Step]:
    """Anchors (the fixed pairings that keep the order, then unique exact matches), gaps, moves."""
    o, n = scorer.old, scorer.new
    fixed_old = frozenset(i for f in fixed for i in f.olds)
    fixed_new = frozenset(j for f in fixed for j in f.news)
    both = sorted((f for f in fixed if f.olds and f.news and not f.moved), key=lambda f: (min(f.olds), min(f.news)))
    kept = set(_longest_chain([(min(f.olds), min(f.news)) for f in both]))
    fixed_anchors = [f for f in both if (min(f.olds), min(f.news)) in kept]
    fixed_moves = [f._replace(moved=True) for f in fixed if f.olds and f.news and f not in fixed_anchors]

    chain, exact_moves = _anchors(o, n, fixed_old, fixed_new)
    if fixed_anchors:
        def fits(i: int, j: int) -> bool:
            return all((i < min(f.olds)) == (j < min(f.news)) for f in fixed_anchors)
        exact_moves += [a for a in chain if not fits(*a)]
        chain = [a for a in chain if fits(*a)]
    anchors = sorted([_Step((i,), (j,)) for i, j in chain] + fixed_anchors, key=lambda s: min(s.olds))
    placed_old = {i for i, _ in exact_moves} | fixed_old | {i for i, _ in chain}
    placed_new = {j for _, j in exact_moves} | fixed_new | {j for _, j in chain}
    olds = [i for i in range(len(o.clauses)) if i not in placed_old]
    news = [j for j in range(len(n.clauses)) if j not in placed_new]
    steps = _join_gaps(scorer, olds, news, anchors)

    shares = realign.Shares(scorer)
    steps = _with_moves(steps, exact_moves + _find_moves(scorer, steps, shares), fixed_moves)
    for step in fixed:
        if not step.news:  # a deletion: where it stood in the old version
            at = next((k for k, s in enumerate(steps) if s.olds and not s.moved and min(s.olds) > step.olds[0]),
                      len(steps))
            steps.insert(at, step)
        elif not step.olds:  # an addition: where it stands in the new version
            at = next((k for k, s in enumerate(steps) if s.news and min(s.news) > step.news[0]), len(steps))
            steps.insert(at, step)
    steps = realign.refine(scorer, steps, _Step, shares)
    steps = _with_moves(steps, realign.moves_of_one_conduct(scorer, _find_moves(scorer, steps, shares)))
    return realign.joined_neighbours(scorer, steps, _Step, shares)


def _with_moves(steps: List[_Step], moves: Sequence[Tuple[int, int]], more: Sequence[_Step] = ()) -> List[_Step]:
    """The steps with the moved clauses taken out of their deleted/added steps and put
    where they now stand in the new version."""
    gone_old = {i for i, _ in moves}
    gone_new = {j for _, j in moves}
    steps = [s for s in steps if not (
        (not s.news and s.olds[0] in gone_old) or (not s.olds and s.news[0] in gone_new))]
    for step in sorted([_Step((i,), (j,), moved=True) for i, j in moves] + list(more), key=lambda s: min(s.news)):
        at = next((k for k, s in enumerate(steps) if s.news and min(s.news) > min(step.news)), len(steps))
        steps.insert(at, step)
    return steps


def _pair(scorer: _Scorer, step: _Step) -> Pair:
    olds, news = step.olds, step.news
    if len(olds) == 1 and not step.user:  # (most pairs of a long text: deleted, or unchanged and in place)
        if not news:
            return Pair(Status.DELETED, (scorer.old.clauses[olds[0]],), (), 0.0)
        if len(news) == 1 and not step.moved and scorer.old.keys[olds[0]] == scorer.new.keys[news[0]]:
            a, b = scorer.old.clauses[olds[0]], scorer.new.clauses[news[0]]
            unchanged = a.text == b.text or a.key == b.key
            return Pair(Status.UNCHANGED if unchanged else Status.MODIFIED, (a,), (b,), 1.0)
    old = tuple(scorer.old.clauses[i] for i in olds)
    new = tuple(scorer.new.clauses[j] for j in news)
    set_by = "user" if step.user else None
    if not new:
        return Pair(Status.DELETED, old, new, 0.0, set_by=set_by)
    if not old:
        return Pair(Status.ADDED, old, new, 0.0, set_by=set_by)
    old_key = "".join(scorer.old.keys[i] for i in olds)
    new_key = "".join(scorer.new.keys[j] for j in news)
    # (equal texts are 100 % alike: no need to ask; most pairs of a long unchanged text)
    if old_key == new_key:
        similarity = 1.0
    else:  # (a pairing of one clause with one: the aligner's own score of it, when it has one)
        known = scorer._ratio.get((olds[0], news[0])) if len(olds) == len(news) == 1 else None
        similarity = round((ratio(old_key, new_key) / 100.0) if known is None else known, 3)
    if step.moved:
        status = Status.MOVED
    elif len(old) > 1:
        status = Status.MERGED
    elif len(new) > 1:
        status = Status.SPLIT
    elif old[0].text == new[0].text or old[0].key == new[0].key:
        status = Status.UNCHANGED
    else:
        status = Status.MODIFIED
    return Pair(status, old, new, similarity, set_by=set_by)
