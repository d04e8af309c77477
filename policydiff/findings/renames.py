"""Renames: one term replaced by another all through the document, said once.

A revision that renames a body or an instrument (股东大会 → 股东会,
道路运输管理机构 → 交通运输主管部门, 工商行政管理机关 → 市场监督管理部门) makes the same
edit in dozens of provisions. Read one provision at a time, that is dozens of
"表述修改" notes; read across the document it is one fact. This pass runs
after the per-pair findings (``pipeline.compare_documents``):

1. every edit of every pair is widened by the equal text around it into
   candidate terms: the edit "大" deleted in "股东大会会议" gives 大会 → 会,
   东大会 → 东会, 股东大会 → 股东会, 股东大会会 → 股东会会…;
2. a candidate is a rename when the same substitution is made in at least
   ``MIN_PAIRS`` provisions, both terms hold two or more Chinese characters,
   and the old term has (nearly) left the new version;
3. candidates are taken most provisions first, then longest (the widest
   context that every edit shares: 股东大会 → 股东会, not 大会 → 会), each
   edit counted for one rename only; substitutions of one old term by several
   longer names (人民政府交通运输主管部门, 地方人民政府交通运输主管部门) are one
   rename to what those names end with;
4. each pair it covers gets a ``term_renamed`` finding, and its findings are
   made again with that note in hand, so no ``wording_changed`` is left for
   the renamed words.

Nothing here knows about Chinese law: 必须 → 应当 made all through a
document is found the same way.
"""
from __future__ import annotations

import re
import sys
from bisect import bisect_right
from collections import defaultdict
from dataclasses import replace
from functools import lru_cache
from typing import Dict, List, Optional, Sequence, Set, Tuple

from .. import recache
from ..models import Comparison, Finding, FindingKind, Op, Pair, Rename, Status
from ..normalize import HAN
from ..records import dataclass
from ..textratio import common_prefix
from .changes import Note
from .qualifiers import share_meaning
from .slight import slight, written_alike

#: A rename is a substitution made in at least this many provisions.
MIN_PAIRS = 3
#: ... or in two, made at least this many times, of a term the new version no longer holds at all
#: and the old one did not hold in its new form, said this many times or more in the old version
#: (创立大会 → 成立大会, 公司法 2018 → 2023: nine in the old text, none left, four clean edits in
#: two provisions, the others inside reworded sentences).
FEW_PAIRS_EDITS = 4
#: A word put in at most this many characters after an edit that took it out moved there.
MOVED_ACROSS = 8
#: How far an edit is widened into the equal text on each side.
WIDEN = 4
#: The old term may survive in the new version at most this share of its old count.
SURVIVING = 0.2

# Characters a term is not widened into: particles and prepositions around it.
_STOP = set("在的由对向于和或及与将把被是了并其该等之自起内日以零〇一二三四五六七八九十百千两")
#: A term neither opens nor ends with a joiner: "文物商店或者经营" → "文物销售单位或者" (文物保护法, "文物商店或者经营文物拍卖的
#: 拍卖企业" → "文物销售单位或者文物拍卖企业") is two renames cut across, useless in reading 300's sample.
_JOINERS = ("或者", "或", "和", "及", "与", "、")
#: Numerals only: an edit of a figure.
_FIGURE = recache.compile(r"[零〇一二三四五六七八九十百千万亿两\d.]+")
_CITATION = recache.compile(r"第[零〇一二三四五六七八九十百千两]|[零〇一二三四五六七八九十百千两][条款项章节编]")
_NOT_IN_TERM = recache.compile(r"[\s，。；：、！？（）()《》“”\"'\d]")


@dataclass(frozen=True)
class _Edit:
    """One edit of a pair, with the equal text around it."""

    pair: int
    old: str      # the deleted text
    new: str      # the inserted text
    before: str   # equal text just before (at most WIDEN characters)
    after: str    # equal text just after
    moved: bool = False  # a word only put in that the edit just before took out: moved, no rename


def _edits(pairs: Sequence[Pair]) -> List[_Edit]:
    out: List[_Edit] = []
    for index, pair in enumerate(pairs):
        if pair.status in (Status.ADDED, Status.DELETED, Status.UNCHANGED) or not pair.diff:
            continue
        blocks: List[list] = []  # [equal text] or [deleted, inserted]
        for op, text in pair.diff:
            if op is Op.EQUAL:
                blocks.append([text])
            else:
                if not blocks or len(blocks[-1]) == 1:
                    blocks.append(["", ""])
                blocks[-1][op is Op.INSERT] += text
        for k, block in enumerate(blocks):
            if len(block) == 2:
                before = blocks[k - 1][0] if k and len(blocks[k - 1]) == 1 else ""
                after = blocks[k + 1][0] if k + 1 < len(blocks) and len(blocks[k + 1]) == 1 else ""
                # "及时支付中小企业款项工作" → "保障中小企业款项支付工作": 支付 moved past the words between, it
                # was not put into a renamed "中小企业款项工作" (保障中小企业款项支付条例, the fifteenth reading)
                moved = (not block[0] and k >= 2 and len(blocks[k - 2]) == 2 and len(before) <= MOVED_ACROSS
                         and len(block[1]) >= 2 and block[1] in blocks[k - 2][0])
                out.append(_Edit(index, block[0], block[1], before[-WIDEN:], after[:WIDEN], moved))
    return out


def no_term_edit(deleted: str, inserted: str) -> bool:
    """An edit no rename is made of: a particle put in or taken out ("从事文物的商业经营活动" → "从事文物商业经营活动",
    文物保护法), a figure changed in several provisions ("违法经营额五万元" → "三万元": the figures' notes say it, useless in
    reading 300)."""
    return not (deleted and inserted) and (deleted or inserted) == "的" or bool(_FIGURE.fullmatch(deleted + inserted))


def cut_across(old: str, new: str) -> bool:
    """A candidate that opens or ends with a joiner is two names cut across."""
    return old.endswith(_JOINERS) or new.endswith(_JOINERS) or old.startswith(_JOINERS) or new.startswith(_JOINERS)


@lru_cache(maxsize=65536)
def _termlike(term: str) -> bool:
    """Two Chinese characters or more, no punctuation, digits or citation (第十六条 → 第十五条 is renumbering)."""
    return len(HAN.findall(term)) >= 2 and not _NOT_IN_TERM.search(term) and not _CITATION.search(term)


def _candidates(edit: _Edit) -> List[Tuple[str, str]]:
    """The substitutions an edit could be part of, widened into the equal text around it.

    Each widening holds no character a term cannot hold (the edit has none, and it stops at the
    first on either side), so of ``_termlike`` only two tests are left: two Chinese characters
    (counted as it widens) and no citation; a citation once there is there in every wider one."""
    out: List[Tuple[str, str]] = []
    deleted, inserted, before, after = edit.old, edit.new, edit.before, edit.after
    member = _member_alone(deleted, inserted, before)
    if member:
        return member
    if edit.moved or deleted == inserted or _NOT_IN_TERM.search(deleted) or _NOT_IN_TERM.search(inserted):
        return out  # no widening makes a term of it
    if no_term_edit(deleted, inserted):
        return out
    widest = 0  # how far right it may be widened: up to the first character no term holds
    while widest < len(after) and not _NOT_IN_TERM.match(after[widest]):
        widest += 1
    han_after = [0]  # Chinese characters in after[:b]
    for ch in after[:widest]:
        han_after.append(han_after[-1] + ("\u4e00" <= ch <= "\u9fff"))
    han_old = sum(1 for ch in deleted if "\u4e00" <= ch <= "\u9fff")
    han_new = sum(1 for ch in inserted if "\u4e00" <= ch <= "\u9fff")
    for a in range(len(before) + 1):
        if a:
            ch = before[len(before) - a]
            if _NOT_IN_TERM.match(ch):
                break  # nor of it widened further left
            if "\u4e00" <= ch <= "\u9fff":
                han_old, han_new = han_old + 1, han_new + 1
        left = before[len(before) - a:]
        old, new = left + deleted, left + inserted
        for b in range(widest + 1):
            o, n = old + after[:b], new + after[:b]
            if _CITATION.search(o) or _CITATION.search(n):
                if b == 0:
                    return out  # in every wider one too
                break
            if han_old + han_after[b] >= 2 and han_new + han_after[b] >= 2 and not cut_across(o, n):
                out.append((o, n))
    return out


def _member_alone(deleted: str, inserted: str, before: str) -> List[Tuple[str, str]]:
    """A member of a list taken out ("、机构") or put in, after a word of two characters: the list and the word it is left
    (or made) of (the counts of the rename's fit say whether it is one), "部门、机构" → "部门" (反洗钱法 2006 → 2024, seven uses: "删除
    “机构”" in three provisions, useless in reading 1534)."""
    if bool(deleted) == bool(inserted):
        return []
    words = deleted or inserted
    if not words.startswith("、") or not _termlike(words[1:]) or len(before) < 2 or not _termlike(before[-2:]):
        return []
    word = before[-2:]
    if set(word) & set(words):
        return []  # (two forms of one name, "股东会、股东大会": the rename of the one, "股东大会" → "股东会", says it)
    return [(word + deleted, word)] if deleted else [(word, word + inserted)]


def _narrower(old: str, new: str, count: int, where) -> bool:
    """True when the same edits read with one character less of context are a term already."""
    for o, n in ((old[1:], new[1:]), (old[:-1], new[:-1])):
        if (o, n) != (old, new) and len(where.get((o, n), ())) >= count and (
                (old[0] == new[0] and o == old[1:]) or (old[-1] == new[-1] and o == old[:-1])):
            return True
    return False


class _Counts(dict):
    """How often each term occurs in a version's text, its clauses joined by newlines (as
    ``text.count(term)`` says), counted once per term. Once many terms are asked about, a
    term without a newline is counted only in the clauses that hold its rarest pair of
    characters: no use of it crosses from one clause into the next."""

    #: Terms counted in the whole text before the clauses are indexed by character pairs (the
    #: index costs about as much as 700 to 1,000 counts of the whole text, at any length).
    PLAIN = 1024

    def __init__(self, clauses: Sequence[str], plain: Optional[int] = None):
        super().__init__()
        if plain is not None:  # terms counted in the whole text before the index (PLAIN unless told)
            self.PLAIN = plain
        self.clauses = list(clauses)
        self.text = "\n".join(self.clauses)
        self._holders = None  # the clauses by character pair (_PairLists or _PairArrays)
        self._offsets: List[int] = []

    def __missing__(self, term: str) -> int:
        holders = self._holding(term)
        n = self.text.count(term) if holders is None else sum(self.clauses[i].count(term) for i in holders)
        self[term] = n
        return n

    def _holding(self, term: str, probe: bool = False) -> Optional[List[int]]:
        """The clauses that may hold the term, or None: read the whole text (``probe``: only
        whether they are read in the index, [] if so)."""
        if len(term) < 2 or "\n" in term or len(self) < self.PLAIN:
            return None
        if self._holders is None:
            at = 0
            for clause in self.clauses:
                self._offsets.append(at)
                at += len(clause) + 1
            self._holders = _PairArrays(self.text, self.clauses) if _in_arrays(len(self.text)) \
                else _PairLists(self.clauses)
        return [] if probe else self._holders.of(term)

    def count_all(self, terms: Sequence[str]) -> None:
        """Count many terms at once: those read in the indexed clauses have their clauses
        looked up together (``_PairArrays.of_many``), the same counts as one by one."""
        todo = [t for t in dict.fromkeys(terms) if t not in self]
        indexed = [t for t in todo if self._holding(t, probe=True) is not None]
        if len(indexed) < 2 or not isinstance(self._holders, _PairArrays):
            return
        clauses = self.clauses
        for term, holders in zip(indexed, self._holders.of_many(indexed)):
            self[term] = sum(clauses[i].count(term) for i in holders)

    def uses(self, term: str) -> List[int]:
        """Where ``term`` starts in the text (its uses that do not overlap, as ``re.finditer`` finds them)."""
        holders = self._holding(term)
        if holders is None:
            return _uses(term, self.text)
        out = []
        for i in holders:  # non-overlapping, leftmost first: re.finditer's uses of a plain string
            clause, at = self.clauses[i], self._offsets[i]
            k = clause.find(term)
            while k >= 0:
                out.append(at + k)
                k = clause.find(term, k + len(term))
        return out


#: The clauses are indexed by character pair in numpy arrays (sorted in C) from this many
#: characters on, or when numpy is loaded already (its import costs about 0.1 s); beyond
#: _ARRAYS_UP_TO characters (24 bytes a character), as lists.
_ARRAYS_FROM = 300_000
_ARRAYS_UP_TO = 8_000_000


def _in_arrays(length: int) -> bool:
    """Index a text of ``length`` characters in numpy arrays (else in lists)."""
    return ("numpy" in sys.modules or length >= _ARRAYS_FROM) and length <= _ARRAYS_UP_TO


class _PairLists(dict):
    """For each pair of characters, the clauses that hold it, in order."""

    def __init__(self, clauses: Sequence[str]):
        super().__init__()
        for i, clause in enumerate(clauses):
            for pair in {clause[k:k + 2] for k in range(len(clause) - 1)}:
                self.setdefault(pair, []).append(i)

    def of(self, term: str) -> List[int]:
        """The clauses that hold the term's rarest pair (so every clause that holds the term)."""
        return min((self.get(term[k:k + 2], []) for k in range(len(term) - 1)), key=len)


_CLAUSE_MASK = (1 << 21) - 1


class _PairArrays:
    """``_PairLists`` as two arrays: each pair of characters of the clauses joined by newlines
    (as a number), sorted with the clause it lies in. A term's pairs are looked up together;
    the clauses holding the one with fewest uses, each once and in order, hold every use of
    the term (a term without a newline lies in one clause)."""

    def __init__(self, text: str, clauses: Sequence[str]):
        import numpy as np

        chars = np.frombuffer(text.encode("utf-32-le"), dtype=np.uint32).astype(np.int64)
        codes = (chars[:-1] << 21) | chars[1:]  # code points are below 2**21
        lengths = np.fromiter(map(len, clauses), dtype=np.int64, count=len(clauses)) + 1
        clause_of = np.repeat(np.arange(len(clauses), dtype=np.int64), lengths)[:len(codes)]
        if len(clauses) <= _CLAUSE_MASK:  # (code, clause) as one number (42 + 21 bits): one plain sort
            both = np.sort((codes << 21) | clause_of)
            self._codes, self._clauses = both >> 21, both & _CLAUSE_MASK
        else:
            order = np.lexsort((clause_of, codes))
            self._codes, self._clauses = codes[order], clause_of[order]

    def of(self, term: str) -> List[int]:
        import numpy as np

        chars = np.frombuffer(term.encode("utf-32-le"), dtype=np.uint32).astype(np.int64)
        codes = (chars[:-1] << 21) | chars[1:]
        lo = np.searchsorted(self._codes, codes, "left")
        hi = np.searchsorted(self._codes, codes, "right")
        k = int(np.argmin(hi - lo))
        found = self._clauses[lo[k]:hi[k]]
        if len(found) > 1:
            found = found[np.concatenate(([True], found[1:] != found[:-1]))]
        return found.tolist()

    def of_many(self, terms: Sequence[str]) -> List[List[int]]:
        """``of`` of each term (two characters or more, no newline), the terms' pairs looked up
        together: for each term, its pair with fewest uses (the first of equals, as argmin takes
        it), and that pair's clauses, each once and in order."""
        import numpy as np

        chars = np.frombuffer("\n".join(terms).encode("utf-32-le"), dtype=np.uint32).astype(np.int64)
        lengths = np.fromiter(map(len, terms), dtype=np.int64, count=len(terms))
        term_of = np.repeat(np.arange(len(terms), dtype=np.int64), lengths + 1)[:len(chars) - 1]
        inside = (chars[:-1] != 10) & (chars[1:] != 10)  # a pair within one term
        codes, term_of = ((chars[:-1] << 21) | chars[1:])[inside], term_of[inside]
        lo = np.searchsorted(self._codes, codes, "left")
        hi = np.searchsorted(self._codes, codes, "right")
        order = np.lexsort((np.arange(len(codes)), hi - lo, term_of))  # by term, uses, place
        first = order[np.concatenate(([True], term_of[order][1:] != term_of[order][:-1]))]
        lo, hi = lo[first], hi[first]
        sizes = hi - lo
        found = self._clauses[np.repeat(lo - (np.cumsum(sizes) - sizes), sizes) + np.arange(int(sizes.sum()))]
        owner = np.repeat(np.arange(len(terms), dtype=np.int64), sizes)
        fresh = np.concatenate(([True], (found[1:] != found[:-1]) | (owner[1:] != owner[:-1])))
        found, owner = found[fresh].tolist(), owner[fresh]
        bounds = np.searchsorted(owner, np.arange(len(terms) + 1)).tolist()
        return [found[bounds[k]:bounds[k + 1]] for k in range(len(terms))]


def _uses(term: str, text: str) -> List[int]:
    """Where ``term`` starts in ``text`` (its uses that do not overlap, as ``re.finditer`` finds them)."""
    return [m.start() for m in re.finditer(re.escape(term), text)]


def _neighbour(term: str, text: str, side: int, at: Optional[List[int]] = None) -> Optional[str]:
    """The one character that stands beside every use of ``term`` in ``text``, if there is one
    (``at``: the term's ``_uses``, when already found)."""
    if at is None:
        at = _uses(term, text)
    if not at:
        return None
    if side < 0:
        chars = {text[i - 1] if i else "" for i in at}
    else:
        chars = {text[i + len(term)] if i + len(term) < len(text) else "" for i in at}
    c = chars.pop() if len(chars) == 1 else ""
    if side < 0 and c and term[:1] in _WORD_ENDS.get(c, ""):
        return c  # the particle that begins the word the term starts inside (以 of 以上)
    return c if c and HAN.match(c) and c not in _STOP else None


def _whole_words(old: str, new: str, old_text: str, new_text: str, count: int,
                 old_counts: Optional[_Counts] = None, new_counts: Optional[_Counts] = None) -> Tuple[str, str]:
    """Widen a substitution to the whole term: while every use of the old term in the old
    version has the same character beside it, and the new term with that character is
    in the new version as often as the edits made it, the character belongs to the term
    (东大会 → 东会 becomes 股东大会 → 股东会; 记名公司 → 公司, 记名公司债券 → 公司债券).
    ``old_counts``/``new_counts``: the ``_Counts`` of the two texts, when there are some."""
    olds = old_counts if old_counts is not None else _Counts([old_text])
    counts = new_counts if new_counts is not None else _Counts([new_text])
    uses: Dict[str, List[int]] = {}
    for _ in range(12):
        grown = False
        for side in (-1, 1):
            if old not in uses:
                uses[old] = olds.uses(old)
            c = _neighbour(old, old_text, side, uses[old])
            if c is None or counts[new + c if side > 0 else c + new] < count:
                continue
            old, new = (old + c, new + c) if side > 0 else (c + old, c + new)
            grown = True
        if not grown:
            break
    return old, new


def _shared_context(old: str, new: str, edits: Sequence[_Edit]) -> Tuple[str, str]:
    """An edit taken as the diff cut it ("行政主管部门" → "管理机构"), read with the characters every one
    of its edits has before it ("海事行政主管部门" → "海事管理机构": the 渔业 and 环境保护 行政主管部门 were
    renamed otherwise), up to a particle or a mark, and not from inside 以上 ("上道路运输管理机构"); after
    it only to finish a name the diff cut short ("国家工作" → "国家工作人员"), not into the sentence going
    on ("工商行政管理机关办理有关")."""
    exact = [e for e in edits if e.old == old and e.new == new]
    if len(exact) != len(edits):
        return old, new
    left = 0
    while all(len(e.before) > left for e in exact) and len({e.before[-1 - left] for e in exact}) == 1:
        ch = exact[0].before[-1 - left]
        if not HAN.match(ch) or ch in _STOP:
            break
        left += 1
    head = exact[0].before[len(exact[0].before) - left:] if left else ""
    particle = {e.before[-1 - left] if len(e.before) > left else "" for e in exact}
    if head and len(particle) == 1 and head[0] in _WORD_ENDS.get(particle.pop(), ""):
        head = ""  # (it would start inside 以上, 之间…)
    tail = ""  # a name cut before its end ("国家工作" of 国家工作人员, "环境保护行政" of …主管部门)
    while not _NAME_END.search(old + tail) and all(len(e.after) > len(tail) for e in exact) \
            and len({e.after[len(tail)] for e in exact}) == 1:
        ch = exact[0].after[len(tail)]
        if not HAN.match(ch) or ch in _STOP or len(tail) >= WIDEN:
            break
        tail += ch
    if tail and not _NAME_END.search(old + tail):
        tail = ""  # (the same words follow, but no name ends in them: "…机关办理有关")
    return head + old + tail, head + new + tail


def _across_words(old: str, new: str) -> bool:
    """The text the two terms share around the edit holds a particle or conjunction: the reading
    runs over into the next word ("记大过的行政处分" → "记大过的处分" is 行政处分 → 处分 read with the
    word before it, which is in four provisions, so 开除的行政处分 becomes another "rename";
    "人员和其他直接责任人员" → "人员和直接责任人员" is "其他" dropped, no rename at all)."""
    head = 0
    while head < len(old) and head < len(new) and old[head] == new[head]:
        head += 1
    tail = 0
    while tail < len(old) - head and tail < len(new) - head and old[-1 - tail] == new[-1 - tail]:
        tail += 1
    return any(ch in _STOP for ch in old[:head]) or any(ch in _STOP for ch in old[len(old) - tail:])


#: How a name of a body, an office, a person or an instrument ends.
_NAME_END = recache.compile(r"(?:会|部门|机关|机构|委员会|局|厅|院|人员|单位|组织|证|证书|执照|许可|债券|股票|合同)$")

#: Second characters of words whose first is a particle (以上, 以下, 以内, 之间, 之后…): a term
#: that starts with one is read on over the particle ("上地方各级人民政府" is inside "县级以上").
_WORD_ENDS = {"以": "上下内外前后来", "之": "间内外前后中"}


def _common_suffix(words: Sequence[str]) -> str:
    first = words[0]
    n = 0
    while n < len(first) and all(len(w) > n and w[-1 - n] == first[-1 - n] for w in words):
        n += 1
    return first[len(first) - n:] if n else ""


def _qualifier_dropped(old: str, new: str, lexicon) -> bool:
    """"按照不超过" → "按照" four times over is a ceiling dropped (qualifiers.py's), not a rename."""
    if lexicon is None:
        return False
    if new in old:
        return old.replace(new, "", 1) in lexicon.qualifiers
    if old in new:
        return new.replace(old, "", 1) in lexicon.qualifiers
    return False


def _drafting_norm(old: str, new: str) -> bool:
    """必须 → 应当, 依照 → 按照, 制定 → 制订 (立法技术规范) are how current drafting spells a
    word, not a renamed body or instrument: said once as 规范用语 (moved.py), never a rename,
    also when the edit is read as a longer phrase ("依照公司章程" → "按照公司章程")."""
    from .wording import NORM_CHARACTERS, NORM_WORDS

    for a, b in NORM_WORDS | NORM_CHARACTERS:
        if a in old and old.replace(a, b) == new:
            return True
    return False


def find_renames(comparison: Comparison, lexicon=None) -> Tuple[Tuple[Rename, ...], Dict[int, List[Tuple[str, str]]]]:
    """The document's renames, and for each pair the substitutions it makes of them."""
    edits = _edits(comparison.pairs)
    where: Dict[Tuple[str, str], List[int]] = defaultdict(list)  # candidate → edit indexes
    made: Dict[tuple, List[Tuple[str, str]]] = {}  # an edit made with the same text around it: widened once
    for i, edit in enumerate(edits):
        key = (edit.old, edit.new, edit.before, edit.after)
        candidates = made.get(key)
        if candidates is None:
            candidates = made[key] = _candidates(edit)
        for candidate in candidates:
            where[candidate].append(i)
    # Each candidate made in enough provisions is counted in both versions: when they are more
    # than PLAIN, the clauses are indexed before the first count, not after PLAIN of them.
    many = sum(1 for ix in where.values() if len(ix) >= MIN_PAIRS) >= _Counts.PLAIN
    old_counts = _Counts([c.text for c in comparison.old.clauses], 0 if many else None)
    new_counts = _Counts([c.text for c in comparison.new.clauses], 0 if many else None)
    old_text, new_text = old_counts.text, new_counts.text
    plausible = [((old, new), ix) for (old, new), ix in where.items()  # fits' first two tests
                 if _enough(edits, ix) and not {old[0], old[-1], new[0], new[-1]} & _STOP
                 and not _across_words(old, new)]
    if many:  # every count fits may ask, in one look-up of their clauses
        new_counts.count_all([c[0] for c, _ in plausible] + [c[1] for c, _ in plausible])
        old_counts.count_all([c[0] for c, _ in plausible])

    def fits(old: str, new: str, indexes: List[int]) -> bool:
        # (uses of the old name inside the new one are no survivors: "法律委员会" → "宪法和法律委员会", 立法法)
        survivors = new_counts[old] - (new_counts[new] * new.count(old) if old in new else 0)
        if len({edits[i].pair for i in indexes}) < MIN_PAIRS and (  # (two provisions: see FEW_PAIRS_EDITS)
                survivors or old in new or new in old or old_counts[new] or old_counts[old] < FEW_PAIRS_EDITS):
            return False
        return (survivors <= SURVIVING * old_counts[old]
                and new_counts[new] >= len(indexes)
                and not _qualifier_dropped(old, new, lexicon)
                and not _drafting_norm(old, new))

    fitting = {c: ix for c, ix in plausible if fits(c[0], c[1], ix)}
    viable = []  # (pairs, widened length, old, new, edit indexes)
    for (old, new), indexes in fitting.items():
        n_pairs = len({edits[i].pair for i in indexes})
        if _narrower(old, new, len(indexes), fitting):
            continue
        raw = any(edits[i].old == old and edits[i].new == new for i in indexes)
        whole_old, whole_new = _shared_context(old, new, [edits[i] for i in indexes]) if raw else _whole_words(
            old, new, old_text, new_text, len(indexes), old_counts, new_counts)
        if _drafting_norm(whole_old, whole_new):
            continue  # (widened to the words beside it: "会同相关" → "会同有关", 上海市优化营商环境条例)
        if n_pairs < MIN_PAIRS and slight(whole_old, whole_new):
            continue  # (two provisions of the same words: "未按规定" → "未按照规定", 突发事件应对法)
        viable.append((n_pairs, not raw, len(whole_old) + len(whole_new), whole_old, whole_new, indexes))
    # Most provisions first; of the readings of the same edits, the edit as the diff cut it,
    # else the one that widens to the longest term.
    viable.sort(key=lambda v: (-v[0], v[1], -v[2], v[3], v[4]))
    taken: Set[int] = set()
    chosen: Dict[str, List[Tuple[str, List[int]]]] = defaultdict(list)  # old term → (new term, edits)
    for _n, _raw, _len, old, new, indexes in viable:
        free = [i for i in indexes if i not in taken]
        if not (_enough(edits, free) if len({edits[i].pair for i in indexes}) < MIN_PAIRS  # (as fits took it)
                else len({edits[i].pair for i in free}) >= MIN_PAIRS):
            continue
        taken.update(free)
        chosen[old].append((new, free))
    # "未接到通知书的自公告" → "未接到通知的自公告" is "接到通知书" → "接到通知" said in more words.
    for longer in sorted(chosen, key=len, reverse=True):
        for shorter in chosen:
            if shorter != longer and shorter in longer and longer in chosen and all(
                    longer.replace(shorter, n_short) == n_long
                    for n_long, _ in chosen[longer] for n_short, _ in chosen[shorter][:1]):
                chosen[shorter].extend((chosen[shorter][0][0], ix) for _, ix in chosen.pop(longer))
                break
    rewritten = _bodies_renamed_in_rewrites(comparison.pairs, edits, old_counts, new_counts, chosen, lexicon)
    for old, new in rewritten.items():
        chosen[old].append((new, []))
    renames: List[Rename] = []
    per_pair: Dict[int, List[Tuple[str, str]]] = defaultdict(list)
    texts = _rewritten_texts(comparison.pairs) if chosen else []
    for old, variants in chosen.items():
        news = [n for n, _ in variants]
        common = _common_suffix(news) if len(news) > 1 else news[0]
        new = common if _termlike(common) else max(variants, key=lambda v: len(v[1]))[0]
        old = _with_its_dropped_word(old, news, old_text, new_text)
        indexes = sorted(i for _, ix in variants for i in ix)
        for n, ix in variants:
            for i in ix:
                per_pair[edits[i].pair].append((old, n))
        others = [(o, vs[0][0]) for o, vs in chosen.items() if o != old]
        occurrences = len(indexes) + _inside_rewrites(comparison.pairs, old, new, per_pair, tuple(chosen), texts, others)
        pairs = tuple(sorted(i for i, subs in per_pair.items() if any(o == old for o, _ in subs)))
        if old in rewritten and len(pairs) < REWRITTEN_PAIRS:  # (too few of its uses renamed where they stood)
            for i in pairs:
                per_pair[i] = [sub for sub in per_pair[i] if sub[0] != old]
            continue
        renames.append(Rename(old, new, occurrences, pairs))
    renames = [replace(r, provisions=_provisions(r, comparison.pairs)) for r in _with_longer_forms(renames)]
    # (a body renamed all through rewrites, its old name nowhere in the new version: every paired provision whose old
    # text names it and whose new text names the new body is one it is renamed in, whether or not the new name stands
    # where the old one stood there; 国境卫生检疫法's "共7条" of 9 such provisions, wrong six times in readings 1776, 1804)
    renames = [replace(r, provisions=max(r.provisions, _naming(r.old, r.new, comparison.pairs)[1]))
               if r.old in rewritten else r for r in renames]
    renames.sort(key=lambda r: (-len(r.pairs), r.old))
    return tuple(renames), per_pair


#: The end of a body's name: who acts. A body renamed only inside rewritten sentences is sought among these.
_BODY_END = recache.compile(r"部门|机关|机构|委员会|海关|办公室")
#: Provisions, at least, whose rewritten text puts the new name where the old one stood, for a body renamed inside
#: rewrites; as many must hold the rename once the whole document is read (``_inside_rewrites``).
REWRITTEN_PAIRS = 3
#: Of the provisions whose old text names the old body, the share, at least, whose new text names the new one.
REWRITTEN_HELD = 0.6
#: The longest name read.
NAME_AT_MOST = 16


def _bodies_renamed_in_rewrites(pairs: Sequence[Pair], edits: Sequence[_Edit], old_counts: "_Counts",
                                new_counts: "_Counts", chosen, lexicon=None) -> Dict[str, str]:
    """Bodies renamed all through a revision that rewrites the sentences naming them, so that no edit of the diff is the
    rename alone: 国境卫生检疫法 2018 → 2024 puts 海关 for 国境卫生检疫机关 (25 uses, none left) in sentences rewritten
    around it ("应当立即向国境卫生检疫机关报告，并申请临时检疫" → "应当立即向海关报告，海关应当…"), one clean edit in all, and
    the notes never said who now acts. An old name the new version no longer holds and a new one the old never held,
    both ending as a body's name does, are one renamed when, inside the rewritten text of REWRITTEN_PAIRS provisions or
    more, the new one stands where the old one stood (the same character on both sides of it, or the same two on one
    side), most provisions naming the old body name the new one, and no other new name is put in its place twice (the
    old body's work shared among several: no rename). Returns old name → new name."""
    found: Dict[Tuple[str, str], Set[int]] = defaultdict(set)
    for edit in edits:
        if not edit.old or not edit.new or edit.moved:
            continue
        old_side = edit.before + edit.old + edit.after
        new_side = edit.before + edit.new + edit.after
        start = len(edit.before)
        olds = _names_in(old_side, start, start + len(edit.old), old_counts, new_counts)
        news = _names_in(new_side, start, start + len(edit.new), new_counts, old_counts)
        for at_old, old in olds:
            for at_new, new in news:
                if _stands_where(old_side, at_old, len(old), new_side, at_new, len(new)):
                    found[old, new].add(edit.pair)
    taken = {o for o in chosen} | {n for vs in chosen.values() for n, _ in vs}
    by_old: Dict[str, List[Tuple[int, str]]] = defaultdict(list)
    for (old, new), where in found.items():
        by_old[old].append((len(where), new))
    out: Dict[str, str] = {}
    claimed: Dict[str, Tuple[int, str]] = {}
    for old, news in by_old.items():
        news.sort(key=lambda v: (-v[0], v[1]))
        count, new = news[0]
        if count < REWRITTEN_PAIRS or (len(news) > 1 and news[1][0] >= 2):
            continue
        if any(old in t or t in old or new in t or t in new for t in taken) or _drafting_norm(old, new) \
                or _qualifier_dropped(old, new, lexicon) or not (_termlike(old) and _termlike(new)):
            continue
        naming, both = _naming(old, new, pairs)
        if both < REWRITTEN_HELD * naming:
            continue
        if new in claimed and claimed[new][0] >= count:
            continue
        if new in claimed:
            out.pop(claimed[new][1], None)
        claimed[new] = (count, old)
        out[old] = new
    return out


def _names_in(text: str, start: int, end: int, counts: "_Counts", other: "_Counts") -> List[Tuple[int, str]]:
    """The names of bodies in ``text`` that reach into ``start``–``end`` (an edit) and that the other version never
    says: each the shortest ending there that the other version lacks, read on leftwards while its uses stay as many
    (国境卫生检疫机关, not 疫机关), two uses at least."""
    out = []
    for m in _BODY_END.finditer(text):
        if m.end() <= start:
            continue
        at = m.end() - 2
        name = ""
        while at >= 0 and m.end() - at <= NAME_AT_MOST:
            ch = text[at]
            if not HAN.match(ch) or ch in _STOP:
                break
            if not other[text[at:m.end()]]:
                uses = counts[text[at:m.end()]]
                while at > 0 and m.end() - at < NAME_AT_MOST and HAN.match(text[at - 1]) and text[at - 1] not in _STOP \
                        and counts[text[at - 1:m.end()]] == uses:
                    at -= 1
                name = text[at:m.end()]
                break
            at -= 1
        if name and at < end and counts[name] >= 2:
            out.append((at, name))
    return out


def _stands_where(old_side: str, at_old: int, old_len: int, new_side: str, at_new: int, new_len: int) -> bool:
    """The new name stands where the old one stood: the same character before and after both, or the same two on one
    side (an end of the text counts as two)."""
    def same(i: int, j: int, step: int) -> int:
        n = 0
        while 0 <= i < len(old_side) and 0 <= j < len(new_side) and old_side[i] == new_side[j] and n < 2:
            n, i, j = n + 1, i + step, j + step
        ended = (i < 0 and j < 0) or (i >= len(old_side) and j >= len(new_side))
        return 2 if ended else n

    before = same(at_old - 1, at_new - 1, -1)
    after = same(at_old + old_len, at_new + new_len, 1)
    return (before >= 1 and after >= 1) or before >= 2 or after >= 2


#: Characters of the word every use of an old term opens on that the rename drops.
DROPPED_WORD = 2


def _with_its_dropped_word(old: str, news: Sequence[str], old_text: str, new_text: str) -> str:
    """The old term with the word before it when every use of it in the old version has that word and no new name of it
    in the new version does: the word went with the rename. "经营文物拍卖的拍卖企业" → "文物拍卖企业" (文物保护法: "“文物拍卖的
    拍卖企业”改为“文物拍卖企业”" beside "删除“经营”", useless in reading 528)."""
    at = old_text.find(old)
    if at < DROPPED_WORD:
        return old
    word = old_text[at - DROPPED_WORD:at]
    if not dropped_word(word) or old_text.count(word + old) != old_text.count(old) \
            or any(word + n in new_text for n in news):
        return old
    return word + old


def _naming(old: str, new: str, pairs: Sequence[Pair]) -> Tuple[int, int]:
    """The paired provisions whose old text names ``old``, and of them those whose new text names ``new``."""
    naming = [p for p in pairs if p.old and p.new and old in p.old_text]
    return len(naming), sum(1 for p in naming if new in p.new_text)


def _provisions(rename: Rename, pairs: Sequence[Pair]) -> int:
    """The new provisions of the rename's pairs that write the new term, each pair one at least: 公司法's 创立大会 →
    成立大会 is made in three pairs, one of them 第九十条 split into 第一百零三条 and 第一百零四条, both of which write
    成立大会: "共4条" (readers counted four articles where the note said three)."""
    count = 0
    for i in rename.pairs:
        new = pairs[i].new if 0 <= i < len(pairs) else ()
        writing = {c.label for c in new if rename.new in c.text}
        if len(writing) > 1:
            writing = _receiving(rename, pairs[i]) or writing
        count += max(1, len(writing))
    return count


def _receiving(rename: Rename, pair: Pair) -> set:
    """The labels of the pair's new provisions that write the new term where the old text wrote the old one: beside the
    words the old term stood beside (RENAME_CONTEXT characters before or after it). 军人抚恤优待条例 第十三条 split into
    第十五条 and 第十六条 renames 现役军人 in "现役军人死亡" → "军人死亡" (第十五条) alone, 第十六条's "获得功勋荣誉表彰的军人"
    being no 现役军人 of the old article: "共13条" counted it, wrong six times in reading 760."""
    old_text, old, new, k = pair.old_text, rename.old, rename.new, RENAME_CONTEXT
    labels, claimed = set(), set()  # (each place of the old term placed once: the first provision's "军人死亡" takes it)

    def place(words: str, offset: int) -> bool:
        at = old_text.find(words)
        while at >= 0 and at + offset in claimed:
            at = old_text.find(words, at + 1)
        if at >= 0:
            claimed.add(at + offset)
        return at >= 0

    for c in pair.new:
        at = c.text.find(new)
        while at >= 0:
            before, after = c.text[max(0, at - k):at], c.text[at + len(new):at + len(new) + k]
            if (len(before) == k and place(before + old, k)) or (len(after) == k and place(old + after, 0)):
                labels.add(c.label)
            at = c.text.find(new, at + 1)
    return labels


#: Characters beside a term that place it: the new term written beside the words the old one stood beside.
RENAME_CONTEXT = 2


def _enough(edits: Sequence[_Edit], indexes: Sequence[int]) -> bool:
    """The edits are made in ``MIN_PAIRS`` provisions, or ``FEW_PAIRS_EDITS`` times in two
    (``fits`` then asks that the old term be gone)."""
    pairs = len({edits[i].pair for i in indexes})
    return pairs >= MIN_PAIRS or (pairs == 2 and len(indexes) >= FEW_PAIRS_EDITS)


def _with_longer_forms(renames: List[Rename]) -> List[Rename]:
    """A rename's provisions include those of a longer form of its old term renamed to the same new
    one: "股东会或者股东大会" → "股东会" is also "股东大会" → "股东会", so "“股东大会”统一改为“股东会”" counts
    those articles too (公司法: 26 before, the readings counted more)."""
    out = []
    for r in renames:
        more = {p for other in renames if other is not r and r.old in other.old and other.new == r.new
                and any(j in other.old.replace(r.old, "") for j in _LIST_JOINERS)
                for p in other.pairs}
        out.append(r if more <= set(r.pairs) else replace(r, pairs=tuple(sorted(set(r.pairs) | more))))
    return out


def _rewritten_texts(pairs: Sequence[Pair]) -> "_Texts":
    """Each pair's old and new text when it is changed and has both sides, else None."""
    return _Texts((pair.old_text, pair.new_text)
                  if pair.status not in (Status.ADDED, Status.DELETED, Status.UNCHANGED) and pair.old and pair.new
                  else None for pair in pairs)


class _Texts(list):
    """``_rewritten_texts``, and which of them hold a term in their old text: found in one
    scan of the old texts joined (apart by NUL, which no term holds), not one per pair."""

    def holding(self, term: str) -> List[int]:
        """The indexes, in order, of the entries whose old text holds ``term``."""
        if not term or "\0" in term:
            return [i for i, both in enumerate(self) if both is not None and term in both[0]]
        if not hasattr(self, "_joined"):
            olds = [both[0] if both is not None else "" for both in self]
            self._joined = "\0".join(olds)
            self._starts = [0]
            for text in olds:
                self._starts.append(self._starts[-1] + len(text) + 1)
        out: List[int] = []
        at = self._joined.find(term)
        while at >= 0:  # a use lies inside one text: the next is looked for from the next text on
            i = bisect_right(self._starts, at) - 1
            out.append(i)
            at = self._joined.find(term, self._starts[i + 1])
        return out


#: The government a body's new name may open on ("人民政府交通运输主管部门").
_GOVERNMENT = "人民政府"


def _inside_rewrites(pairs: Sequence[Pair], old: str, new: str, per_pair: Dict[int, list],
                     longer: Sequence[str] = (), texts: Optional[list] = None,
                     others: Sequence[Tuple[str, str]] = ()) -> int:
    """Provisions rewritten more widely that also make the rename: the old term gone from
    the provision and the new one there at least as often. Returns the occurrences added.
    ``texts``: the pairs' ``_rewritten_texts``, when already read. ``others``: the document's other renames
    (old, new); a use of the new term one of them makes is theirs (道路运输条例 第七条: "县级以上地方人民政府交通主管部门"
    → "…交通运输主管部门" is 交通主管部门's rename, the paragraph naming 道路运输管理机构 merged into it, no rename: wrong
    in the thirty-eighth reading)."""
    from .moved import _with_renames

    added = 0
    holding = {index for index, subs in per_pair.items() if any(o == old for o, _ in subs)}
    inner = [o for o in longer if o != old and old in o]
    texts = texts if isinstance(texts, _Texts) else _rewritten_texts(pairs)
    for index in texts.holding(old):
        both = texts[index]
        if both is None or index in holding:
            continue
        pair, (old_text, new_text) = pairs[index], both
        # Occurrences inside a longer renamed term ("股东会或者股东大会") are that rename's.
        times = old_text.count(old) - sum(old_text.count(o) * o.count(old) for o in inner)
        # (the old term gone, but for its uses inside the new one: "拍卖企业" → "文物拍卖企业", 文物保护法 第五十七条, "共6条"
        # short of 第五十七条 and 第七十一条 in reading 362)
        if times <= 0 or old in (new_text.replace(new, "\0") if old in new else new_text):
            continue
        # Most of its uses (the new name beside what stood beside the old one) are the rename's; a
        # use rewritten otherwise is not ("保障各类市场主体依法平等参与" → "保障各类主体依法平等参与", 上海 第十三条).
        # (the old text read with its phrases written alike too: "股东大会会议认为" → "股东会认为", 公司法 第八十一条（十二）→
        # 第九十五条（十三）, is the rename, "会议" a word the drafting drops; counted short in the thirty-seventh to
        # thirty-ninth readings)
        renamed = max(_same_surroundings(old_text, old, new_text, new),
                      _same_surroundings(written_alike(old_text), old, new_text, new))
        # (the other renames read where this one's old term is not: "拍卖企业" → "文物拍卖企业" makes no use of the new name
        # inside "经营文物拍卖的拍卖企业", this rename's; 文物保护法 第五十三条's was taken from it, "共4条" one short in
        # reading 362)
        others_read = old_text.replace(old, "\0") if others else old_text
        theirs = _with_renames(others_read, others).count(new) - others_read.count(new) if others else 0
        uses = new_text.count(new) - theirs
        # (the new name without the government it is of, as a provision may write it where "上级" or "下级" says whose:
        # "上级道路运输管理机构应当对下级道路运输管理机构…" → "上级交通运输主管部门应当对下级交通运输主管部门…", 道路运输条例
        # 第五十五条; "共32条" one short in the fifty-first reading)
        tail = new[len(_GOVERNMENT):] if new.startswith(_GOVERNMENT) and len(new) - len(_GOVERNMENT) >= 4 else ""
        whole = uses  # (uses of the new name with its government)
        if tail:
            renamed = max(renamed, _same_surroundings(old_text, old, new_text, tail))
            tail_uses = new_text.count(tail) - new_text.count(new)
            tail_theirs = _with_renames(others_read, others).count(tail) - others_read.count(tail) if others else 0
            uses += max(0, tail_uses - max(0, tail_theirs - theirs))
        # (each use of the new name is one rename's at most, and a use the rename made is where the old one stood)
        times = min(times, renamed, uses, _in_place(pair, old, tail or new))
        # (one use renamed in place is enough: 行政复议法 第二十八条 renames 2 of its 13, the rest in sentences rewritten into
        # other articles; "共14条" without it was wrong to the readers of readings 65 and 67, who count 16 or 17)
        if times > 0:
            # As this provision words it: "县级以上地方人民政府交通运输主管部门" inserted whole; else the longest form
            # other provisions gave it that this one writes ("地方人民政府交通运输主管部门", not the forms' shared
            # "人民政府交通运输主管部门": 道路运输条例 2022 第七十四条, whose insert ran on into the new sanction; the
            # note dropped 地方, wrong in the thirty-sixth reading)
            # (a body's name: what a level put in before a name names is another body, "持有人户籍" no name, 烈士褒扬条例
            # 第十四条 → 第十五条)
            said = next((t for op, t in pair.diff if op is Op.INSERT and t.endswith(new) and _termlike(t)
                         and len(t) <= len(new) + 8 and not t.startswith(_NAME_NEVER_OPENS)), None) \
                if _NAME_END.search(new) else None
            if said is None:
                forms = {s for subs in per_pair.values() for o, s in subs if o == old and s.endswith(new)}
                said = max((f for f in forms if f in new_text), key=len, default=new)
            # (a use without the government is said so: 第五十五条's "上级交通运输主管部门" twice beside one "县级以上人民政府交通
            # 运输主管部门" was "“道路运输管理机构”改为“县级以上人民政府交通运输主管部门”（…本条3处）", one place of three so
            # worded: wrong in the sixty-third reading; its forms differ now, so the note gives the rename's name)
            bare = max(0, times - max(0, whole)) if tail else 0
            per_pair[index].extend([(old, said)] * (times - bare) + [(old, tail)] * bare)
            added += times
    return added


#: Characters, at most, between where the diff puts an old term's use in the new text and a use of the new term, for the
#: use to be renamed in place.
IN_PLACE = 40
#: Or the same characters, this many, on one side of both uses (a paragraph moved within the provision).
IN_CONTEXT = 3


def _in_place(pair: Pair, old: str, new: str) -> int:
    """How many uses of the old term have a use of the new one near where the diff puts them in the new text: a use in a
    sentence taken out is not renamed by the new term in a sentence put in elsewhere (农产品质量安全法 第四十条 → 第五十九条:
    "农业行政主管部门应当及时通报…" rewritten away, "国务院农业农村主管部门应当会同…" a new first paragraph; the rename said of
    it was wrong in reading 449)."""
    old_text, new_text = pair.old_text, pair.new_text
    pieces, at_old, at_new = [], 0, 0  # (old start, new start, equal?) of each piece the old text reads through
    for op, text in pair.diff:
        if op is not Op.INSERT:
            pieces.append((at_old, at_new, op is Op.EQUAL))
            at_old += len(text)
        if op is not Op.DELETE:
            at_new += len(text)
    if at_old != len(old_text) or at_new != len(new_text):
        return sys.maxsize  # (a diff of other texts: not asked)
    news = [m.start() for m in re.finditer(re.escape(new), new_text)]
    contexts = {c for j in news for c in (new_text[max(0, j - IN_CONTEXT):j], new_text[j + len(new):j + len(new) + IN_CONTEXT])
                if len(c) == IN_CONTEXT}
    firsts = [o for o, _n, _e in pieces]
    openings = {_clause_opening(new_text, j) for j in news}
    count = 0
    for m in re.finditer(re.escape(old), old_text):
        o, n, equal = pieces[bisect_right(firsts, m.start()) - 1] if pieces else (0, 0, True)
        mapped = n + (m.start() - o if equal else 0)
        opening = _clause_opening(old_text, m.start())
        if any(abs(j - mapped) <= IN_PLACE + len(old) for j in news) \
                or old_text[max(0, m.start() - IN_CONTEXT):m.start()] in contexts \
                or old_text[m.end():m.end() + IN_CONTEXT] in contexts \
                or any(common_prefix(opening, x) >= SAME_OPENING for x in openings):
            # (near where the diff puts it, or a paragraph moved: the same words on one side of it; or the clause it stands
            # in opening as the new use's does: "销售的种畜禽未附具种畜禽合格证明、检疫合格证明…" → a paragraph of its own
            # "销售的种畜禽未附具检疫证明，…", 畜牧法 第六十八条 → 第八十八条, "共4条" one short in readings 684 and 735)
            count += 1
    return count


#: Characters, at least, that the clauses of an old use and a new use open alike for the use to be renamed in place.
SAME_OPENING = 8


def _clause_opening(text: str, at: int) -> str:
    """The clause that stands at ``at`` up to there: from the mark before it (，；。 or a line)."""
    start = max(text.rfind(c, 0, at) for c in "，；。\n：") + 1
    return text[start:at]


def _same_surroundings(old_text: str, old: str, new_text: str, new: str) -> int:
    """How many uses of the old term have a use of the new one with the same character before or
    after it: the name changed in place, not a national body replaced by a local one
    ("国务院交通主管部门决定" → "市级人民政府交通运输主管部门协商")."""
    def uses(text: str, term: str) -> List[int]:
        return [m.start() for m in re.finditer(re.escape(term), text)]

    def sides(text: str, term: str, i: int) -> Tuple[str, str]:
        return text[i - 1] if i else "", text[i + len(term):i + len(term) + 1]

    new_at = uses(new_text, new)
    new_sides = [sides(new_text, new, j) for j in new_at]

    def kept_before(i: int) -> bool:
        # A level put in between keeps the word before ("县级以上道路运输管理机构" → "县级以上地方人民政府交通
        # 运输主管部门", 道路运输条例 第七十四条): its two characters within BETWEEN of a use of the new term.
        two = old_text[max(0, i - 2):i]
        if two[-1:] == "由" and any(_LEVEL_PUT_IN.search(new_text, max(0, j - LEVEL_AT_MOST), j) for j in new_at):
            # (a level put in after 由, the body that acts the same: "由退役军人事务部门责令退回" → "由县级以上地方人民政府退役
            # 军人工作主管部门取消…", 烈士褒扬条例 第三十九条 → 第六十一条; "共15条" was one short in reading 324)
            return True
        return len(two) == 2 and bool(HAN.match(two[0])) and any(two in new_text[max(0, j - BETWEEN - 2):j] for j in new_at)

    def alike(b: str, a: str) -> bool:
        return any((b == nb) if HAN.match(b or "-") else (a == na) for nb, na in new_sides)

    def absorbed(i: int) -> bool:
        # The new name took in words before the old one: a class word it drops ("平等对待各类市场主体" →
        # "平等对待企业等经营主体"), or words it begins with ("企业等市场主体" → "企业等经营主体", 上海市优化营商环境条例).
        k = next((k for k in range(len(new) - 1, 0, -1) if old_text[max(0, i - k):i] == new[:k]), 0)
        if k:
            return alike(sides(old_text, old, i - k)[0], sides(old_text, old, i)[1])
        if old_text[max(0, i - 2):i] in _CLASS_WORDS:
            return alike(sides(old_text, old, i - 2)[0], sides(old_text, old, i)[1])
        return False

    def kept_after(i: int) -> bool:
        # Words put in before the new name ("认为具体行政行为侵犯" → "认为行政机关的行政行为侵犯", 行政复议法 第二条):
        # the two words after it kept, and the two before it within PUT_BEFORE of it.
        # (or the four words after it kept and the character before it within PUT_BEFORE of it: "董事会应于创立大会结束后
        # 三十日内" → "董事会应当授权代表，于公司成立大会结束后三十日内", 公司法 第九十二条 → 第一百零六条, counted short in the
        # fiftieth reading)
        end = i + len(old)
        two_after, two_before = old_text[end:end + 2], old_text[max(0, i - 2):i]
        four_after, one_before = old_text[end:end + 4], old_text[i - 1:i] if i else ""
        return len(two_after) == 2 and bool(HAN.match(two_after[0])) and any(
            len(two_before) == 2 and new_text[j + len(new):j + len(new) + 2] == two_after
            and two_before in new_text[max(0, j - PUT_BEFORE - 2):j]
            or len(four_after) == 4 and bool(one_before) and new_text[j + len(new):j + len(new) + 4] == four_after
            and one_before in new_text[max(0, j - PUT_BEFORE):j]
            for j in new_at)

    def taken_out_between(i: int) -> bool:
        # Words taken out between it and the words before it, kept: the four characters after it kept after the new term,
        # and the four before the new term within PUT_BEFORE before the old one ("审查同意，做出摘取人体器官的决定" →
        # "审查同意获取人体器官", 人体器官捐献和移植条例 第二十九条 → 第四十二条; "共9条" one short in readings 902, 913 and 933).
        end = i + len(old)
        four_after = old_text[end:end + 4]
        if len(four_after) < 4 or not HAN.fullmatch(four_after[0]):
            return False
        before = old_text[max(0, i - PUT_BEFORE - 4):i]
        return any(new_text[j + len(new):j + len(new) + 4] == four_after and j >= 4
                   and all(HAN.match(ch) for ch in new_text[j - 4:j]) and new_text[j - 4:j] in before
                   for j in new_at)

    def folded_in(i: int) -> bool:
        # Listed beside the new name, the list now naming the new one alone ("由股东会、股东大会或者董事会决定" →
        # "由股东会、董事会或者监事会决定", 公司法 第一百六十九条 → 第二百一十五条): the two names made one, the character
        # before the pair kept before the new name (counted short, 31 for 32, in the fortieth and forty-first readings).
        for joiner in _LIST_JOINERS:
            head = new + joiner
            if old_text[max(0, i - len(head)):i] == head:
                before = sides(old_text, new, i - len(head))[0]
                return bool(before) and any(nb == before for nb, _na in new_sides)
        return False

    def modifier_dropped(i: int) -> bool:
        # A word of at most DROPPED_BEFORE characters taken out just before it, the character before that word and the
        # one after the name the same around the new name ("举办的重大体育竞赛，" → "举办的体育赛事，", 体育法 第三十四条 →
        # 第五十二条; "共3条" counted short in the sixtieth reading).
        after = sides(old_text, old, i)[1]
        return any(i - k >= 1 and dropped_word(old_text[i - k:i]) and (old_text[i - k - 1], after) in new_sides
                   for k in range(1, DROPPED_BEFORE + 1))

    def holder_rewritten(i: int) -> bool:
        # No body's name (one whose level the word before tells), and the four characters after it kept after the new
        # term, the words before it rewritten ("烈士遗属户口所在地县级" → "烈士证书持有人户籍所在地县级", 烈士褒扬条例 第十四条 →
        # 第十五条; "共5条" one short in reading 360).
        # The words after it are its own: no other use of the old term has them after it, nor of the new one ("保障各类市场主体
        # 依法平等参与" → "保障各类主体依法平等参与" is no rename beside "企业等经营主体依法平等适用", 上海 第十三条).
        after = old_text[i + len(old):i + len(old) + HELD_AFTER]
        if _NAME_END.search(old) or len(after) < HELD_AFTER or not HAN.fullmatch(after[0]):
            return False
        return sum(1 for k in uses(old_text, old) if old_text[k + len(old):k + len(old) + HELD_AFTER] == after) == 1 \
            and sum(1 for j in new_at if new_text[j + len(new):j + len(new) + HELD_AFTER] == after) == 1

    def one_each(i: int) -> bool:
        # Opening the provision or a clause, no word before it to tell whose it is, and the one use of each name in the
        # two texts: the body named anew, whatever was put in around it ("畜牧兽医行政主管部门的工作人员利用职务…" →
        # "违反本法规定，县级以上人民政府农业农村主管部门及其工作人员有下列行为之一的", 畜牧法 第七十条 → 第七十七条; "共38条"
        # one short in reading 684).
        return not HAN.match(sides(old_text, old, i)[0] or "-") and len(new_at) == 1 and old_text.count(old) == 1

    # The word before decides when there is one (国务院交通主管部门 is not 市级人民政府交通运输主管部门);
    # after a punctuation mark, the word after ("、股东大会或者" → "股东会或者").
    return sum(1 for i in uses(old_text, old)
               if alike(*sides(old_text, old, i)) or kept_before(i) or absorbed(i) or kept_after(i)
               or taken_out_between(i) or folded_in(i)
               or modifier_dropped(i) or holder_rewritten(i) or one_each(i))


#: Characters after a term, at least, kept after its new name for the words before it to be rewritten around the rename.
HELD_AFTER = 4


#: Characters, at most, of a word taken out just before a renamed name ("重大"): the rename made there (counted), the word
#: said apart (wording._modifier_apart).
DROPPED_BEFORE = 4


def dropped_word(word: str) -> bool:
    """A word of its own taken out (or put in) just before a renamed name: Han characters, DROPPED_BEFORE at most, no
    list joiner at its end (a joiner before the name is a list made one name: "股东会或者股东大会", ``folded_in``)."""
    return 1 <= len(word) <= DROPPED_BEFORE and all(HAN.match(ch) for ch in word) \
        and not word.endswith((*_LIST_JOINERS, "与"))


#: What joins two names of a list ("股东会、股东大会", "股东会或者股东大会").
_LIST_JOINERS = ("、", "或者", "和", "及")


#: Characters put in before a renamed name, the words on both sides of it kept ("行政机关的").
PUT_BEFORE = 8


#: Words of class put before a name that a rename may drop with it ("各类市场主体" → "企业等经营主体").
_CLASS_WORDS = ("各类", "各种", "一切", "所有")


def only_renamed(old: str, new: str, renames: Sequence[Tuple[str, str]]) -> bool:
    """``old`` made ``new`` by document-wide renames (old term, new term) alone, with at most a level put
    in (two characters: "县级以上[地方]人民政府…") or a class word dropped (各类): a note quoting the two says
    no more than the renames' notes. A qualifier dropped ("重大体育竞赛" → "体育赛事") is more."""
    # (or the new name without the government it is of, as a provision may write it where "上级" or "下级" says whose:
    # "上级道路运输管理机构应当对下级道路运输管理机构…" → "上级交通运输主管部门应当对下级交通运输主管部门…", 道路运输条例
    # 第五十五条, a rewrite note repeating the rename's in the fifty-eighth reading)
    short = [(a, b.partition(_GOVERNMENT)[2] if len(b.partition(_GOVERNMENT)[2]) >= 4 else b) for a, b in renames]
    return _renamed_alone(old, new, renames) or (short != list(renames) and _renamed_alone(old, new, short, renames))


def _renamed_alone(old: str, new: str, renames: Sequence[Tuple[str, str]],
                   named: Sequence[Tuple[str, str]] = ()) -> bool:
    """only_renamed with the renames' new terms as given (``named``: the document's, when these are shorter forms)."""
    from rapidfuzz.distance import Indel

    renamed = old
    for a, b in renames:
        renamed = renamed.replace(a, b)
    if renamed == old:
        return False  # (no rename in it)
    renames = named or renames
    renamed = written_alike(renamed)  # ("股东大会会议" → "股东会": the rename, 会议 dropped as the drafting does)
    put, taken = "", ""
    for op in Indel.opcodes(renamed, new):
        taken += renamed[op.src_start:op.src_end] if op.tag == "delete" else ""
        put += new[op.dest_start:op.dest_end] if op.tag == "insert" else ""
    # (two bodies renamed to names of one body, listed, said once: "交通主管部门、道路运输管理机构" → "县级以上人民政府交通运输
    # 主管部门", 道路运输条例 第五十七条, a note repeating the renames' in the fiftieth reading)
    body = taken.strip("、")
    merged = body in {b for _a, b in renames} and any(body in b and b in new for _a, b in renames if b != body)
    return (len(put) <= 2 or put in _LEVELS) and (not taken or taken in _CLASS_WORDS or merged)


#: Levels put before a body's new name ("县级以上" + "人民政府交通运输主管部门").
_LEVELS = ("县级以上地方", "县级以上", "省级以上", "地方各级", "地方", "本级", "上级")


#: Characters a level ("地方") may put between the word before a renamed body and its new name.
BETWEEN = 4
#: What a name never opens with: a word joining it to the word before (_JOINERS), a comma or 的 ("和军士" is 军士:
#: 军人抚恤优待条例 第四十五条's "“士官”改为“和军士”", wrong in reading 324).
_NAME_NEVER_OPENS = _JOINERS + ("，", "的")
#: A level of government put in after 由 before a body's new name ("由县级以上地方人民政府…"), at most this long.
LEVEL_AT_MOST = 16
_LEVEL_PUT_IN = recache.compile(r"由(?:县级以上|设区的市级以上|省级|市级|县级)?(?:地方)?(?:各级)?人民政府$")


def still_used(rename: Rename, texts: Sequence[str]) -> bool:
    """The old term is still written in the new version (``texts``: its provisions), beside the
    renamed uses, outside the new term: the rename is not made throughout (上海市优化营商环境条例:
    "市场主体" → "企业等经营主体" in 15 articles, "维护市场主体合法权益" still in 第一条)."""
    old, new = rename.old, rename.new
    inside = new.count(old) if old in new else 0
    return any(text.count(old) > inside * text.count(new) for text in texts if old in text)


def rename_notes(substitutions: Sequence[Tuple[str, str]], renames: Sequence[Rename],
                 old_text: str = "", new_text: str = "", partial: frozenset = frozenset()) -> List[Note]:
    """One ``term_renamed`` note per renamed term a pair holds, with how often it is made there.

    The note quotes the new name as this provision writes it ("县级以上地方人民政府交通运输主管部门");
    when the provision writes it more than one way, the name the rename gives. How often: the uses
    of the old name that are gone from the provision (the diff may join two renames into one edit
    with the words between them: 专利法实施细则 第六十六条 holds 专利复审委员会 five times, three
    edits), at least the substitutions read."""
    whole = {r.old: r for r in renames}
    by_term: Dict[str, List[str]] = defaultdict(list)
    for old, new in substitutions:
        by_term[old].append(new)
    # A longer form of a rename the provision also makes ("股东会或者股东大会" → "股东会" beside "股东大会" → "股东会"): the
    # shorter one's note says it, its count holding the longer form's provisions (公司法 第十六条 → 第十五条 had both,
    # useless in the fortieth reading).
    for longer in [o for o in by_term if any(s != o and s in o and whole[s].new == whole[o].new for s in by_term)]:
        del by_term[longer]
    # (a rename spliced of others said here: theirs say it, its words theirs, as evidence of the edits it made)
    joined = {o: by_term.pop(o) for o in [o for o in by_term if spliced(whole[o], [whole[t] for t in by_term if t != o])]}
    notes = []
    for old, news in by_term.items():
        rename = whole[old]
        new = news[0] if len(set(news)) == 1 else rename.new
        times = max(len(news), _renamed_uses(old, new, _others_renamed(old, old_text, by_term, whole), new_text))
        here, here_en = (f"，本条{times}处", f", {times} times here") if times > 1 else ("", "")
        # (the old term still written elsewhere, ``partial``: no "全文统一")
        throughout, throughout_en = ("", "") if old in partial else ("全文统一修改，", "throughout the document, ")
        said = _with_its_prefix(old, new, old_text)
        # (the provision writing the new name several ways, none the rename's: each way it writes it, "“道路运输管理机构”改为
        # “县级以上人民政府交通运输主管部门”、“交通运输主管部门”" where "改为“人民政府交通运输主管部门”" named a body of government
        # the provision names twice without it and hid the level it put in once, 道路运输条例 第五十五条, partly said in recall
        # 1522)
        ways = list(dict.fromkeys(news)) if len(set(news)) > 1 and rename.new not in news else [new]
        shown, shown_en = "”、“".join(ways), "” and “".join(ways)
        if new != rename.new and not new.endswith(rename.new) or said != old:
            # here with words after the name: the count is of the rename (公司法 第一百五十九条's "股东会会议召开前二十日内":
            # "“股东大会”改为“股东会会议”（全文统一修改，共30条）" said 股东会会议 thirty times, the twenty-second reading;
            # a level put in before it, "县级以上人民政府交通运输主管部门", is the name as the provision writes it)
            throughout = f"全文“{old}”统一改为“{rename.new}”，" if throughout else f"“{old}”改为“{rename.new}”，"
            # (and a quote with the words the provision already wrote before the old term: the count is of the rename,
            # not of "企业等市场主体", which 上海市优化营商环境条例 writes in 第二条 only: wrong in the eighty-ninth reading)
            throughout_en = f"{throughout_en}“{old}” changed to “{rename.new}” in "
        # (what it means when it moves a bar: "，不再包含本数（半数）", said in the note, not by a qualifier note beside it,
        # 公司法 "半数以上董事共同推举" → "过半数的董事共同推举", a note repeated in the forty-second reading)
        means, means_en = share_meaning(said, new)
        means, means_en = (f"，{means}", f", {means_en}") if means else ("", "")
        zh = f"“{said}”改为“{shown}”{means}（{throughout}共{rename.provision_count}条{here}）"
        en = f"“{said}” changed to “{shown_en}”{means_en} ({throughout_en}{rename.provision_count} provisions{here_en})"
        joins = [(o, *dict.fromkeys(ns)) for o, ns in joined.items() if _member_of_any(whole[o], old, rename.new)]
        notes.append(Note(Finding(FindingKind.TERM_RENAMED, old, new, zh, en, subject=rename.old),
                          (old, *dict.fromkeys(news), *(w for words in joins for w in words))))
        joined = {o: ns for o, ns in joined.items() if not _member_of_any(whole[o], old, rename.new)}
    return notes


def spliced(rename: Rename, others: Sequence[Rename]) -> bool:
    """A rename of two members of a list each of which another rename makes, or begins: "“文物商店或者经营文物拍卖”改为“文物
    销售单位或者文物拍卖”" is "文物商店" → "文物销售单位" beside "（经营）文物拍卖的拍卖企业" → "文物拍卖企业" cut after its first
    words (文物保护法 第五十五条 → 第七十二条, 第七十六条 → 第九十四条: two renames spliced, the quote cut mid-term, useless
    in reading 404). A member kept as it was is no rename's. (Its edits stay the rename's: the provision's wording notes
    are read around it.)"""
    changed = _members_changed(rename)
    return bool(changed) and all(any(r is not rename and _member_of(a, b, r.old, r.new) for r in others)
                                 for a, b in changed)


def _members_changed(rename: Rename) -> List[Tuple[str, str]]:
    """The members (old, new) a rename of a list changes, split at the first joiner both its terms hold as often."""
    for joiner in _LIST_JOINERS:
        olds, news = rename.old.split(joiner), rename.new.split(joiner)
        if len(olds) > 1 and len(olds) == len(news):
            return [(a, b) for a, b in zip(olds, news) if a != b]
    return []


def _member_of_any(rename: Rename, old: str, new: str) -> bool:
    """``old`` → ``new`` makes a member of the spliced ``rename``."""
    return any(_member_of(a, b, old, new) for a, b in _members_changed(rename))


def _member_of(a: str, b: str, old: str, new: str) -> bool:
    """The member ``a`` → ``b`` is the rename ``old`` → ``new`` said in it, or the rename's first words (two at least), cut,
    the word the rename drops before them (``_with_its_dropped_word``) taken out with them: "经营文物拍卖" → "文物拍卖" of
    "经营文物拍卖的拍卖企业" → "文物拍卖企业"."""
    if old in a and a.replace(old, new) == b:
        return True
    return any(a.endswith(old[:k]) and b.endswith(new[:k - d]) and old[d:k] == new[:k - d]
               for d in range(DROPPED_WORD + 1) for k in range(2 + d, min(len(old), len(new) + d) + 1))


def _others_renamed(old: str, old_text: str, terms: Sequence[str], whole: Dict[str, Rename]) -> str:
    """The old text with the provision's other renames made (none overlapping ``old``): a use whose neighbour is
    another renamed term still has it beside it ("文物商店、经营文物拍卖的拍卖企业" → "文物销售单位、文物拍卖企业": 文物保护法
    第五十五条 → 第七十二条, "本条3处" of 4 in reading 705)."""
    for other in terms:
        if other != old and other not in old and old not in other and old not in whole[other].new:
            old_text = old_text.replace(other, whole[other].new)
    return old_text


def _with_its_prefix(old: str, new: str, old_text: str) -> str:
    """The old term with the words the new name opens with, when the provision already wrote them before every use of it:
    "企业等市场主体" → "企业等经营主体" is quoted so, not "“市场主体”改为“企业等经营主体”", which reads as 企业等 put in
    (上海市优化营商环境条例 第二条, the definition: wrong in the fortieth reading)."""
    uses = old_text.count(old)
    for k in range(len(new) - 1, 0, -1):
        head = new[:k]
        if uses and old_text.count(head + old) == uses and not old.startswith(head):
            return head + old
    return old


def _renamed_uses(old: str, new: str, old_text: str, new_text: str) -> int:
    """Uses of the old name gone from a provision that the new name took: gone, with the new
    name now beside a word that stood beside the old one (two characters on either side). A use
    taken out with its words ("应当为市场主体留出…" → "应当留出…") is no rename, nor a use of the new
    name in a new sentence; at most as many as the new name's uses that came. Paragraph breaks are no neighbours: "原则。
    体育竞赛的组织者" → "原则。" and a new paragraph "体育赛事活动组织者" is a use renamed (体育法 第三十三条 → 第五十一条: "本条2处" of 3, wrong in the
    sixty-ninth reading)."""
    old_text, new_text = old_text.replace("\n", ""), new_text.replace("\n", "")
    gone = old_text.count(old) - new_text.count(old)
    if gone <= 0:
        return 0
    taken = 0
    free = set()  # the new name's uses, each taken by one old use at most
    at = new_text.find(new)
    while at >= 0:
        free.add(at)
        at = new_text.find(new, at + len(new))
    at = old_text.find(old)
    while at >= 0:
        before, after = old_text[max(0, at - 2):at], old_text[at + len(old):at + len(old) + 2]
        j = next((j for j in sorted(free) if (before and new_text[max(0, j - len(before)):j] == before)
                  or (after and new_text[j + len(new):j + len(new) + len(after)] == after)), None)
        if j is None and after[:1].isalnum():
            # one word after it kept where the next changed ("摘取其尸体器官" → "获取其遗体器官": 人体器官捐献和移植条例
            # 第二十五条 → 第三十六条, "本条2处" of 3 in reading 641)
            j = next((j for j in sorted(free) if new_text[j + len(new):j + len(new) + 1] == after[:1]), None)
        if j is not None:
            free.discard(j)
            taken += 1
        at = old_text.find(old, at + len(old))
    came = new_text.count(new) - old_text.replace(old, "\0").count(new)  # (more than the new name's uses: no)
    return min(taken, gone, came)


def analyzed_with_renames(comparison: Comparison, lexicon: Optional[object] = None) -> Comparison:
    """The comparison with its renames and every pair's findings, each covered pair's made around its renames. The renames
    are read off the diffs alone, so each pair is analysed once, with its rename notes in hand."""
    from . import analyze

    renames, per_pair = find_renames(comparison, lexicon)
    if not renames:
        return replace(comparison, pairs=tuple(analyze(p, lexicon) for p in comparison.pairs))
    texts = [c.text for c in comparison.new.clauses]
    partial = frozenset(r.old for r in renames if still_used(r, texts))
    pairs = tuple(analyze(p, lexicon, rename_notes(per_pair[k], renames, p.old_text, p.new_text, partial))
                  if k in per_pair else analyze(p, lexicon) for k, p in enumerate(comparison.pairs))
    # (a rename spliced of others is no rename of its own: their notes and headlines say it)
    return replace(comparison, pairs=pairs, renames=tuple(r for r in renames if not spliced(r, renames)))
