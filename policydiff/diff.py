"""Diff: the exact characters that changed inside each pair.

The same two texts always give the same edits, on any machine and under any
load: no step has a time budget. The edits come from rapidfuzz's Indel
opcodes (a compiled, bit-parallel longest common subsequence), then
diff-match-patch's merge and semantic cleanup (deterministic passes), then
two passes of our own for Chinese, whose words have no spaces between them:

- a short run left equal between two edits (one or two characters) is folded
  into them, so "法人机构 → 经营者" reads as one phrase replaced, not a
  scatter of single characters;
- an edit never cuts through a number or a Latin word: "30% → 20%" shows as
  30 → 20, not 3 → 2.

A long text (a 200,000-character article) is first diffed sentence by
sentence, then character by character inside the runs of changed sentences;
a run too large for one character diff is cut into blocks at sentence ends,
so the cost stays near linear in the length. A run whose character diff read
a sentence against a like sentence further on, past the one it plainly became
(an item moved a tier in a list split in two), is diffed again cut at the
sentence pairs plainly one sentence edited (``_anchors``).

This is the only module that imports diff_match_patch.
"""
from __future__ import annotations

from typing import Dict, List, Sequence, Tuple, Union

from diff_match_patch import diff_match_patch
from rapidfuzz.distance import Indel

from . import lazyre, recache
from .textratio import common_prefix
from .models import Op, Pair, Status

Edit = Tuple[Op, str]

#: Longest equal run folded into the edits around it.
MAX_FOLDED = 2
#: Largest (old length × new length) diffed character by character in one piece; the
#: bit-parallel table then takes at most ~12 MB and a few milliseconds.
MAX_CELLS = 100_000_000

#: Largest (length of both sequences × edit distance) of a sentence-level diff left to
#: diff-match-patch's own Myers bisection. Sentence sequences are short (one item per
#: sentence), so this costs microseconds; character diffs never use it (see _Differ).
MYERS_BUDGET = 300_000


class _Differ(diff_match_patch):
    """diff-match-patch's diff with its Myers bisection replaced by rapidfuzz's compiled Indel
    opcodes. Its shortcuts (common prefix and suffix, one text inside the other, half-match on
    a long shared run) still shape every result; no result depends on time.

    ``sentences``: the differ of sentence numbers (each sentence one character), whose
    sequences are short; there Myers's middle snake is kept under MYERS_BUDGET, as it picks,
    among equally short scripts, the one that keeps a changed paragraph next to its old
    self (保障中小企业款项支付条例 第二十七条 → 第三十三条: 主管部门 → 监管部门 stays visible)."""

    def __init__(self, sentences: bool = False):
        super().__init__()
        self.sentences = sentences
        # diff-match-patch takes its half-match shortcut (long shared runs first) only with a
        # positive time limit, and cuts a diff short only when the limit is reached, which its
        # bisection is then never asked to check: 30 years keeps the shortcut, never the cut.
        self.Diff_Timeout = 1e9

    def diff_bisect(self, text1, text2, deadline):
        if self.sentences and (len(text1) + len(text2)) * Indel.distance(text1, text2) <= MYERS_BUDGET:
            return super().diff_bisect(text1, text2, deadline)
        return [(_TAGS.get(tag, 0), text2[b0:b1] if tag == "insert" else text1[a0:a1])
                for tag, a0, a1, b0, b1 in Indel.opcodes(text1, text2).as_list()]


_dmp = _Differ()
_dmp_sentences = _Differ(sentences=True)

_OPS = {0: Op.EQUAL, -1: Op.DELETE, 1: Op.INSERT}
_TAGS = {"delete": -1, "insert": 1}


class _Change:
    """A deletion and an insertion at one place (either may be empty)."""

    __slots__ = ("old", "new")

    def __init__(self, old: str = "", new: str = ""):
        self.old, self.new = old, new


Segment = Union[str, _Change]  # a str is an equal run


_SENTENCE = None
#: Texts longer than this are first diffed sentence by sentence.
SENTENCE_MODE = 300


def _sentences(text: str) -> List[str]:
    global _SENTENCE
    if _SENTENCE is None:
        _SENTENCE = recache.compile(r"[^。；！？\n]*(?:[。；！？\n]|$)")
    return [s for s in _SENTENCE.findall(text) if s]


#: Longest pair (both texts) given to diff-match-patch's diff_main (its shortcuts in Python,
#: its bisection compiled, see _Differ); longer pairs go straight to rapidfuzz's opcodes.
MYERS_LENGTH = 20_000


def _opcodes(a: Sequence, b: Sequence, myers: bool = True) -> list:
    """(op, start in a, end in a, start in b, end in b) of a minimal edit script, in order.

    Up to MYERS_LENGTH through diff-match-patch's diff_main, whose shortcuts prefer long
    common runs (what the reports read best), with rapidfuzz's compiled Indel opcodes in place
    of its bisection; longer pairs straight from those opcodes. Which one is used depends
    only on the two texts, never on time or load."""
    if myers and a != b and len(a) + len(b) <= MYERS_LENGTH:
        differ = _dmp
        if not isinstance(a, str):  # a sequence of integers: as characters for diff-match-patch
            a, b = "".join(map(_as_char, a)), "".join(map(_as_char, b))
            differ = _dmp_sentences
        out, i, j = [], 0, 0
        for op, text in differ.diff_main(a, b, False):
            n = len(text)
            out.append((op, i, i + (0 if op > 0 else n), j, j + (0 if op < 0 else n)))
            i += 0 if op > 0 else n
            j += 0 if op < 0 else n
        return out
    return [(_TAGS.get(tag, 0), a0, a1, b0, b1) for tag, a0, a1, b0, b1 in Indel.opcodes(a, b).as_list()]


#: Characters of the two supplementary private-use planes (U+F0000 onwards), one per sentence.
_PRIVATE_USE = 0x1FFFE


def _as_char(code: int) -> str:
    """A sentence number as one character of the supplementary private-use planes."""
    return chr(0xF0000 + code)


#: Above this many edits, equalities are first folded in one linear pass (diff-match-patch's
#: semantic cleanup revisits earlier edits after each fold: quadratic on a rewritten text).
MANY_EDITS = 200


def _fold_small_equalities(diffs: list) -> list:
    """diff-match-patch's semantic rule in one pass: an equality no longer than the changes on
    both its sides is folded into them (repeatedly, so the folds cascade)."""
    out: list = []  # str for an equality, [deleted, inserted] for a change
    for op, text in diffs:
        if op == 0:
            out.append(text)
            continue
        if out and not isinstance(out[-1], str):
            out[-1][0 if op < 0 else 1] += text
            continue
        change = [text, ""] if op < 0 else ["", text]
        while (len(out) >= 2 and isinstance(out[-1], str) and not isinstance(out[-2], str)
               and len(out[-1]) <= max(map(len, out[-2])) and len(out[-1]) <= max(map(len, change))):
            equal, before = out.pop(), out.pop()
            change = [before[0] + equal + change[0], before[1] + equal + change[1]]
        out.append(change)
    folded: list = []
    for seg in out:
        if isinstance(seg, str):
            folded.append((0, seg))
        else:
            folded.extend((op, t) for op, t in ((-1, seg[0]), (1, seg[1])) if t)
    return folded


def _merged(a: str, b: str) -> bool:
    """``_opcodes(a, b)`` is diff-match-patch's ``diff_main``, which ends with its own
    ``diff_cleanupMerge``: merging that script again changes nothing."""
    return a != b and len(a) + len(b) <= MYERS_LENGTH


def _char_diffs(a: str, b: str) -> list:
    diffs = []
    for op, a0, a1, b0, b1 in _opcodes(a, b):
        diffs.append((op, b[b0:b1] if op > 0 else a[a0:a1]))
    if not _merged(a, b):
        _dmp.diff_cleanupMerge(diffs)
    if len(diffs) > MANY_EDITS:
        diffs = _fold_small_equalities(diffs)
    return _semantic(diffs)


#: An equal run this long (characters) is never folded into the edits around it by the semantic cleanup.
KEPT_RUN = 20


def _semantic(diffs: list) -> list:
    """diff-match-patch's semantic cleanup, except that an equal run of KEPT_RUN characters or more that it would fold
    into the edits around it is kept: the cleanup is then run apart on each side of it.

    Its rule folds an equality into the edits on both sides when it is no longer than either, and each fold makes the
    next edit longer: 上海市优化营商环境条例 第四十八条 → 第五十三条, whose first paragraph is rewritten and whose second
    keeps "鼓励金融机构为诚信经营的中小企业提供无抵押信用贷款，" and "支持为科技型企业…科技型企业" word for word, came out
    as one deletion and one insertion of everything, and its second paragraph "改写" whole (wrong in reading 206: the
    loans and the technology clauses stand, 在科创板 is what went). Only where the cleanup left almost nothing equal
    (_collapsed); elsewhere its own result, untouched: a long article rewritten in places reads better as it gives it
    (海洋环境保护法 第五条 → 第四条's sentences split and joined)."""
    whole = list(diffs)
    _dmp.diff_cleanupSemantic(whole)
    long = _long_equal_spans(diffs)
    if not long or not _collapsed(diffs, whole):
        return whole
    kept = _equal_spans(whole)
    folded = [k for k, span in long.items() if not any(a <= span[0] and span[1] <= b for a, b in kept)]
    if not folded:
        return whole
    out: list = []
    start = 0
    for k in folded + [len(diffs)]:
        part = diffs[start:k]
        if part:
            _dmp.diff_cleanupSemantic(part)
            out.extend(part)
        if k < len(diffs):
            out.append(diffs[k])
        start = k + 1
    _dmp.diff_cleanupMerge(out)
    _dmp.diff_cleanupSemanticLossless(out)  # (an edit beside a run kept slides to its word's edge, as the cleanup slides it)
    return out


#: The cleanup collapsed a diff when what it left equal is less than this share of the shorter text, where the diff
#: before it had COLLAPSED_FROM of it equal.
COLLAPSED, COLLAPSED_FROM = 0.1, 0.3


def _collapsed(raw: list, cleaned: list) -> bool:
    """The cleanup left less than COLLAPSED of the shorter text equal, where the raw diff had COLLAPSED_FROM of it."""
    def equal(diffs: list) -> int:
        return sum(len(text) for op, text in diffs if op == 0)

    shorter = min(sum(len(t) for op, t in raw if op <= 0), sum(len(t) for op, t in raw if op >= 0))
    return equal(cleaned) < COLLAPSED * shorter and equal(raw) >= COLLAPSED_FROM * shorter


def _equal_runs(diffs: list) -> List[Tuple[int, int, int]]:
    """Each equal run of a diff: its index, and where it starts and ends in the old text."""
    runs, at = [], 0
    for k, (op, text) in enumerate(diffs):
        if op == 0:
            runs.append((k, at, at + len(text)))
        if op <= 0:
            at += len(text)
    return runs


def _equal_spans(diffs: list) -> List[Tuple[int, int]]:
    """Where each equal run of a diff stands in the old text."""
    return [(start, end) for _k, start, end in _equal_runs(diffs)]


def _long_equal_spans(diffs: list) -> Dict[int, Tuple[int, int]]:
    """The equal runs of KEPT_RUN characters or more between two edits: their index → where they stand in the old text."""
    return {k: (start, end) for k, start, end in _equal_runs(diffs)
            if end - start >= KEPT_RUN and 0 < k < len(diffs) - 1}



def _blocks(sentences: List[str], count: int) -> List[str]:
    """The sentences joined into ``count`` blocks of about equal length (some may be empty)."""
    total = sum(map(len, sentences)) or 1
    blocks = [""] * count
    done = 0
    for sent in sentences:
        blocks[min(count - 1, done * count // total)] += sent
        done += len(sent)
    return blocks


#: A sentence pair is an anchor of its run when its texts (without their item numbers) are at least this similar.
ANCHOR_SIMILARITY = 0.75
#: Shortest sentence (characters, without its item number) that anchors a run.
ANCHOR_LENGTH = 8
#: Most (old × new) sentences of a run looked at for anchors, and most alike pairs among them.
ANCHOR_CELLS, ANCHOR_PAIRS = 40_000, 2_000

_ITEM_NUMBER = lazyre.compile(r"^\s*(?:[（(][一二三四五六七八九十百零〇]+[)）]|\d+[.．、])")


def _bare(sentence: str) -> str:
    """A sentence without its item number (（十一）, 1.) and its end."""
    return _ITEM_NUMBER.sub("", sentence).rstrip("。；！？\n")


def _anchors(olds: List[str], news: List[str], plain: bool = False
             ) -> Tuple[List[Tuple[int, int]], Dict[Tuple[int, int], float]]:
    """The sentence pairs of a changed run that are plainly one sentence edited: (old index, new index), in order, the
    most characters kept among pairs at least ANCHOR_SIMILARITY alike. A run diffed whole lends the characters of a
    sentence taken out to a like sentence further on (环境污染解释 第一条（十一）"致使乡镇以上集中式…" read against the
    new 第二条（五）"致使县级城区集中式…", past the new 第一条（十）"致使乡镇集中式…" it became)."""
    if (len(olds) + len(news) < 3 if plain else len(olds) < 2 or len(news) < 2) or len(olds) * len(news) > ANCHOR_CELLS:
        return [], {}
    from rapidfuzz import process

    bare_a, bare_b = [_bare(s) for s in olds], [_bare(s) for s in news]
    alike: Dict[Tuple[int, int], float] = {}
    for i, x in enumerate(bare_a):
        if len(x) >= ANCHOR_LENGTH:
            for _, sim, j in process.extract(x, bare_b, scorer=Indel.normalized_similarity,
                                             score_cutoff=ANCHOR_SIMILARITY, limit=None):
                if len(bare_b[j]) >= ANCHOR_LENGTH:
                    alike[i, j] = sim
    if not alike or len(alike) > ANCHOR_PAIRS:
        return [], alike
    # The chain of alike pairs, in order on both sides, that keeps the most characters (each pair's similarity × its
    # mean length): best[k] the most a chain ending with pairs[k] keeps.
    pairs = sorted(alike)
    weight = [alike[p] * (len(bare_a[p[0]]) + len(bare_b[p[1]])) / 2 for p in pairs]
    best, before = list(weight), [-1] * len(pairs)
    for k, (i, j) in enumerate(pairs):
        for q in range(k):
            if pairs[q][0] < i and pairs[q][1] < j and best[q] + weight[k] > best[k]:
                best[k], before[k] = best[q] + weight[k], q
    k = max(range(len(pairs)), key=best.__getitem__)
    out = []
    while k >= 0:
        out.append(pairs[k])
        k = before[k]
    out.reverse()
    # An anchor that is the only one crossed by another alike pair of two sentences left free is a sentence moved past
    # another: which of the two pairs is the edit, the diff of the whole run decides (环境污染解释 第一条（六） now its
    # （八）, past （七）). A free pair that crosses several anchors is a sentence moved far: the anchors stand.
    olds_taken, news_taken = {i for i, _ in out}, {j for _, j in out}
    swapped = set()
    for i2, j2 in alike:
        if i2 not in olds_taken and j2 not in news_taken:
            crossed = [k for k, (i, j) in enumerate(out) if (i2 - i) * (j2 - j) < 0]
            if len(crossed) == 1:
                swapped.add(crossed[0])
    return [anchor for k, anchor in enumerate(out) if k not in swapped], alike


def _changed_run_diffs(olds: List[str], news: List[str], plain: bool = False) -> list:
    """Character diff of a run of changed sentences: each pair of sentences plainly one edited (_anchors) apart, the
    sentences between them together. ``plain``: a short pair's sentences, one on a side enough, its anchors cut apart
    when the whole diff misread one all but the same as its anchor's (ANCHOR_PLAIN)."""
    whole = _unanchored_diffs(olds, news)
    anchors, alike = _anchors(olds, news, plain)
    if not _misread(olds, news, whole, anchors, alike, plain):
        return whole
    diffs: list = []
    i0 = j0 = 0
    for i, j in anchors + [(len(olds), len(news))]:
        diffs.extend(_unanchored_diffs(olds[i0:i], news[j0:j]))
        if i < len(olds):
            diffs.extend(_char_diffs(olds[i], news[j]))
        i0, j0 = i + 1, j + 1
    merged: list = []
    for op, text in diffs:
        if merged and merged[-1][0] == op:
            merged[-1] = (op, merged[-1][1] + text)
        else:
            merged.append((op, text))
    return merged


#: An anchor's old sentence is read against another like sentence when the run's whole diff keeps at least this share
#: of its characters there, and less in the anchor's new sentence.
ANCHOR_KEPT = 0.5
#: And, in a short pair, whatever the diff kept elsewhere when the anchor's two sentences are at least this alike.
ANCHOR_PLAIN = 0.9


def _misread(olds: List[str], news: List[str], diffs: list, anchors: List[Tuple[int, int]],
             alike: Dict[Tuple[int, int], float], plain: bool = False) -> bool:
    """The run's whole ``diffs`` read an anchor's old sentence against another new sentence like it, apart from the
    anchor's (it kept most of its characters there, not in the anchor's): the run is then cut at every anchor; else its
    whole diff stands."""
    if not anchors:
        return False
    old_starts, new_starts = [0], [0]
    for sent in olds:
        old_starts.append(old_starts[-1] + len(sent))
    for sent in news:
        new_starts.append(new_starts[-1] + len(sent))
    kept = dict.fromkeys(alike, 0)  # (old sentence, new sentence) → the characters the diff keeps of one in the other
    at_old = at_new = 0
    for op, text in diffs:
        if op == 0:
            shift = at_new - at_old  # (an equal run: old position + shift is its new position)
            for i, j in alike:
                lo = max(at_old, old_starts[i], new_starts[j] - shift)
                hi = min(at_old + len(text), old_starts[i + 1], new_starts[j + 1] - shift)
                if hi > lo:
                    kept[i, j] += hi - lo
        if op <= 0:
            at_old += len(text)
        if op >= 0:
            at_new += len(text)
    for i, j in anchors:
        least = ANCHOR_KEPT * len(_bare(olds[i]))
        if plain and kept[i, j] < least and alike[i, j] >= ANCHOR_PLAIN:
            return True  # (a sentence all but the same as its anchor's, read against the sentences before it: 议事规则
            # 第二十四条's one sentence, "常务委员会认为必要的时候，可以对工作报告作出决议", against 第三十五条's first,
            # "常务委员会组成人员对…", its "工作" → "有关" unsaid in recall 1619)
        if kept[i, j] < least and any(kept[i2, j2] >= least and _apart(news, j, j2) for i2, j2 in alike if i2 == i):
            return True
    return False


def _apart(news: List[str], j: int, j2: int) -> bool:
    """Another sentence of substance stands between the new sentences ``j`` and ``j2``: a sentence's words read against
    a like one further on, not the words two sentences side by side both say slid from one to the other (行政复议法
    第三十三条 → 第七十八条's "，由行政复议机关依法强制执行，或者申请人民法院强制执行" in its （二） and its new （三））."""
    lo, hi = sorted((j, j2))
    return any(len(_bare(s)) >= ANCHOR_LENGTH for s in news[lo + 1:hi])


def _unanchored_diffs(olds: List[str], news: List[str]) -> list:
    """Character diff of a run of changed sentences, in blocks when it is too large for one."""
    a, b = "".join(olds), "".join(news)
    if not a or not b:
        return [(op, text) for op, text in ((-1, a), (1, b)) if text]
    if len(a) * len(b) <= MAX_CELLS:
        return _char_diffs(a, b)
    count = -(-len(a) * len(b) // MAX_CELLS)
    diffs: list = []
    for x, y in zip(_blocks(olds, count), _blocks(news, count)):
        diffs.extend(_char_diffs(x, y) if x and y else [(op, t) for op, t in ((-1, x), (1, y)) if t])
    return diffs


def _sentence_diffs(a: str, b: str) -> list:
    """Diff sentence by sentence, then character by character inside changed runs.

    Like diff-match-patch's line mode, with Chinese sentence ends as the lines:
    linear in the length on long texts, and the result reads by sentence.
    """
    head, tail = _common_ends(a, b)
    sa, sb = _sentences(a[head:len(a) - tail]), _sentences(b[head:len(b) - tail])
    numbers: dict = {}  # each distinct sentence as a small integer: exact, and hashed the same in every run
    codes_a = [numbers.setdefault(s, len(numbers)) for s in sa]
    codes_b = [numbers.setdefault(s, len(numbers)) for s in sb]
    as_chars = len(numbers) <= _PRIVATE_USE and not (head or tail)  # else too many distinct sentences
    # for Myers's characters (or too many sentences in all: see _common_ends)
    runs: list = [(0, [a[:head]])] if head else []  # (op, the sentences it covers)
    for op, a0, a1, b0, b1 in _opcodes(codes_a, codes_b, myers=as_chars):
        sents = sb[b0:b1] if op > 0 else sa[a0:a1]
        if op == 0 and runs and runs[-1][0] == 0:  # (after the sentences both begin with)
            runs[-1][1].extend(sents)
        else:
            runs.append((op, sents))
    if tail:
        if runs and runs[-1][0] == 0:
            runs[-1][1].append(a[len(a) - tail:])
        else:
            runs.append((0, [a[len(a) - tail:]]))
    diffs: list = []
    pending: dict = {-1: [], 1: []}

    def flush() -> None:
        diffs.extend(_changed_run_diffs(pending[-1], pending[1]))
        pending[-1], pending[1] = [], []

    for op, sents in runs:
        text = "".join(sents)
        if op == 0 and len(text) <= MAX_FOLDED and (pending[-1] or pending[1]):
            # A bare line break between changed sentences: let the character diff see across it.
            pending[-1].append(text)
            pending[1].append(text)
        elif op == 0:
            flush()
            diffs.append((0, text))
        else:
            pending[op].extend(sents)
    flush()
    return diffs


_ENDS = "。；！？\n"  # (what ends a sentence: _sentences' pattern)


def _sentence_count(text: str) -> int:
    """How many sentences ``_sentences(text)`` finds, by counting their ends."""
    return sum(map(text.count, _ENDS)) + (1 if text and text[-1] not in _ENDS else 0)


def _common_ends(a: str, b: str) -> Tuple[int, int]:
    """The length of the whole sentences both texts begin with, and of those both end with (apart),
    when the two texts hold more sentences than Myers's characters take (MYERS_LENGTH), else (0, 0).
    Their sentence codes would go to rapidfuzz's opcodes whole, which set aside the codes both
    begin and end with before the rest: the same script, without splitting and numbering the
    sentences of a long text that barely changed (a book of 9 million characters: 0.6 s)."""
    if a == b or _sentence_count(a) + _sentence_count(b) <= MYERS_LENGTH:
        return 0, 0
    same = common_prefix(a, b)
    head = max(a.rfind(end, 0, same) for end in _ENDS) + 1  # (after the last end inside it)
    room = min(len(a), len(b)) - head
    same = common_prefix(a[len(a) - room:][::-1], b[len(b) - room:][::-1]) if room else 0
    starts = [i for i in (a.find(end, len(a) - same) for end in _ENDS) if i >= 0]
    tail = len(a) - min(starts) - 1 if starts else 0  # (from the first end inside it)
    return head, tail


def _segments(a: str, b: str) -> List[Segment]:
    diffs = _sentence_diffs(a, b) if len(a) + len(b) > SENTENCE_MODE else _changed_run_diffs(
        _sentences(a), _sentences(b), plain=True)
    segments: List[Segment] = []
    for op, text in diffs:
        if op == 0:
            segments.append(text)
            continue
        if not segments or isinstance(segments[-1], str):
            segments.append(_Change())
        change = segments[-1]
        assert isinstance(change, _Change)
        if op < 0:
            change.old += text
        else:
            change.new += text
    return segments


def _fold_short_equals(segments: List[Segment]) -> List[Segment]:
    out: List[Segment] = []
    k = 0
    while k < len(segments):
        seg = segments[k]
        if (isinstance(seg, str) and len(seg) <= MAX_FOLDED and out and isinstance(out[-1], _Change)
                and k + 1 < len(segments) and isinstance(segments[k + 1], _Change)
                and not _item_opened_after_lines(out[-1], seg)):
            prev, nxt = out[-1], segments[k + 1]
            assert isinstance(nxt, _Change)
            prev.old += seg + nxt.old
            prev.new += seg + nxt.new
            k += 2
            continue
        out.append(seg)
        k += 1
    return out


def _item_opened_after_lines(change: _Change, equal: str) -> bool:
    """``change`` takes out or puts in whole lines and ``equal`` opens the next line's item number ("（"): the edit after
    it is that item's own, not one with the lines (环境污染解释 第二条's new （一）–（五）, then its （六）, old （十二）)."""
    return equal.startswith("（") and (not change.old or not change.new) and (change.old or change.new).endswith("\n")


def _is_word_char(ch: str) -> bool:
    return ch.isascii() and (ch.isalnum() or ch == ".")


def _whole_words(segments: List[Segment]) -> List[Segment]:
    """Widen each change so it does not start or end inside a number or Latin word."""
    for k, seg in enumerate(segments):
        if not isinstance(seg, _Change):
            continue
        if k and isinstance(segments[k - 1], str):
            before = segments[k - 1]
            assert isinstance(before, str)
            edge = [s[:1] for s in (seg.old, seg.new) if s]
            if before and _is_word_char(before[-1]) and any(_is_word_char(c) for c in edge):
                cut = len(before)
                while cut and _is_word_char(before[cut - 1]):
                    cut -= 1
                moved = before[cut:]
                segments[k - 1] = before[:cut]
                seg.old, seg.new = moved + seg.old, moved + seg.new
        if k + 1 < len(segments) and isinstance(segments[k + 1], str):
            after = segments[k + 1]
            assert isinstance(after, str)
            edge = [s[-1:] for s in (seg.old, seg.new) if s]
            if after and _is_word_char(after[0]) and any(_is_word_char(c) for c in edge):
                cut = 0
                while cut < len(after) and _is_word_char(after[cut]):
                    cut += 1
                moved = after[:cut]
                segments[k + 1] = after[cut:]
                seg.old, seg.new = seg.old + moved, seg.new + moved
    return [s for s in segments if not (isinstance(s, str) and not s)]


def _sentence_cut_apart(segments: List[Segment]) -> List[Segment]:
    """A change whose old words end with what its new words open on, the new words then ending a sentence there ("在科创板
    上市" → "上市。鼓励金融机构…"): the words are kept, the sentence cut after them, and what stood before them taken out
    (在科创板). The diff shifts such edits to the sentence end; read whole, the note quoted the old sentence against the
    second half of its new form (上海市优化营商环境条例 第四十八条 → 第五十三条, wrong in reading 206)."""
    out: List[Segment] = []
    for seg in segments:
        if isinstance(seg, _Change) and seg.old and seg.new:
            n = _kept_before_a_cut(seg.old, seg.new)
            if n:
                out += [_Change(seg.old[:-n], ""), seg.old[-n:], _Change("", seg.new[n:])]
                continue
        out.append(seg)
    return out


#: Characters, at least, that a change's old words end with and its new words open on before a sentence end.
KEPT_BEFORE_CUT = 2


def _kept_before_a_cut(old: str, new: str) -> int:
    """How many characters ``old`` (words of one sentence) ends with that ``new`` opens on right before a sentence end
    ("。；"), 0 if none."""
    if any(ch in _ENDS for ch in old):
        return 0  # (old words of more than one sentence: the words kept may be another sentence's, 公司法 第一百七十九条 →
        # 第三十四条's "办理变更登记" read as its second paragraph's)
    for n in range(min(len(old) - 1, len(new) - 1), KEPT_BEFORE_CUT - 1, -1):
        if new[n] in "。；" and old.endswith(new[:n]) and not any(ch in _ENDS for ch in new[:n]):
            return n
    return 0


def char_diff(a: str, b: str) -> Tuple[Edit, ...]:
    """The edits that turn ``a`` into ``b``, at readable phrase boundaries."""
    if a == b:
        return ((Op.EQUAL, a),) if a else ()
    segments = _whole_words(_sentence_cut_apart(_fold_short_equals(_segments(a, b))))
    edits: List[Edit] = []
    for seg in segments:
        if isinstance(seg, str):
            pieces = [(Op.EQUAL, seg)]
        else:
            pieces = [(Op.DELETE, seg.old), (Op.INSERT, seg.new)]
        for op, text in pieces:
            if not text:
                continue
            if edits and edits[-1][0] is op:
                edits[-1] = (op, edits[-1][1] + text)
            else:
                edits.append((op, text))
    return tuple(edits)


def diff_pair(pair: Pair) -> Pair:
    """The pair with its character diff filled in."""
    if pair.status is Status.DELETED:
        edits: Tuple[Edit, ...] = ((Op.DELETE, pair.old_text),)
    elif pair.status is Status.ADDED:
        edits = ((Op.INSERT, pair.new_text),)
    elif len(pair.old) == len(pair.new) == 1:  # (old_text of one clause is its text, without the join)
        edits = char_diff(pair.old[0].text, pair.new[0].text)
    else:
        edits = char_diff(pair.old_text, pair.new_text)
    return pair.with_diff(edits)


def char_diff_apart(a: str, b: str, taken: Sequence[Tuple[int, int]],
                    put: Sequence[Tuple[int, int]]) -> Tuple[Edit, ...]:
    """The edits that turn ``a`` into ``b`` with the spans ``taken`` of ``a`` deleted whole and the
    spans ``put`` of ``b`` inserted whole: the rest of the two texts is diffed on its own. A sentence
    taken out whole otherwise lends its characters to the sentence beside it: "应当及时向申请人发出保密审查
    通知；申请人未在其请求递交日起4个月内收到…" → "应当在请求递交日起2个月内向申请人发出保密审查通知" read as "及时…发出
    …通知" → "在", "4" → "2" (专利法实施细则 第九条), not "及时" → "在请求递交日起2个月内" beside a sentence taken out.
    The spans are apart and in order."""
    def rest(text: str, spans: Sequence[Tuple[int, int]]) -> str:
        pieces, at = [], 0
        for start, end in spans:
            pieces.append(text[at:start])
            at = end
        pieces.append(text[at:])
        return "".join(pieces)

    out: List[Edit] = []
    deleted: List[str] = []
    inserted: List[str] = []

    def settle() -> None:  # the edits met since the last equal run, as one deletion and one insertion
        if deleted:
            out.append((Op.DELETE, "".join(deleted)))
            deleted.clear()
        if inserted:
            out.append((Op.INSERT, "".join(inserted)))
            inserted.clear()

    taken, put = list(taken), list(put)
    o = n = 0  # where the walk stands in a and in b
    i = j = 0  # the next span of each
    for op, text in char_diff(rest(a, taken), rest(b, put)) + ((Op.EQUAL, ""),):
        left = len(text)
        while True:
            while i < len(taken) and taken[i][0] == o:  # the spans that start here, whole
                deleted.append(a[o:taken[i][1]])
                o = taken[i][1]
                i += 1
            while j < len(put) and put[j][0] == n:
                inserted.append(b[n:put[j][1]])
                n = put[j][1]
                j += 1
            if not left:
                break
            step = left
            if op is not Op.INSERT and i < len(taken):
                step = min(step, taken[i][0] - o)
            if op is not Op.DELETE and j < len(put):
                step = min(step, put[j][0] - n)
            piece, text, left = text[:step], text[step:], left - step
            if op is Op.EQUAL:
                settle()
                if out and out[-1][0] is Op.EQUAL:
                    out[-1] = (Op.EQUAL, out[-1][1] + piece)
                else:
                    out.append((Op.EQUAL, piece))
                o, n = o + step, n + step
            elif op is Op.DELETE:
                deleted.append(piece)
                o += step
            else:
                inserted.append(piece)
                n += step
    settle()
    return tuple(out)
