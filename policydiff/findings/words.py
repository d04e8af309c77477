"""Words: an edit widened to whole words, so a note never quotes half of one.

The character diff says 股东大会 → 股东会 is "大" deleted; a reviewer says
“股东大会”改为“股东会”. Each side of the pair is cut into words by jieba
(its dictionary ships with the package; :mod:`.segmenter` cuts as jieba
does over a copy of it that opens in milliseconds), and an edit
that starts or ends inside a word on either side takes in the rest of that
word from the equal text around it, which is the same on both sides.
"""
from __future__ import annotations

from bisect import bisect_left, bisect_right
from functools import lru_cache
from typing import List, Optional, Tuple

from rapidfuzz.distance import Indel

from .. import recache
from ..normalize import HAN
from ..textratio import all_at
from .segmenter import _HAN, is_han, segmenter

#: Punctuation an edit is never widened across.
_STOPS = set("，。；：、！？“”‘’《》（）()\n ")
_NO_STOPS = {ord(ch): None for ch in _STOPS}  # str.translate's table that takes them out
#: At most this many characters are taken in on each side.
MAX_WIDEN = 6
#: Words that determine the noun after them: a bare edit of that noun, the next word a function word, takes them in
#: ("“有关行政部门”改为“有关部门”").
_DETERMINING = ("有关", "其他", "相关")
#: Function words that say nothing alone: an edit of only these takes in a neighbouring word.
_LONE = set("的之和与及或并等其了是为在对由将被以于而且")


def _tokenizer():
    """jieba's cut (``.cut(text, HMM=...)``), over a dictionary opened in milliseconds."""
    return segmenter()


class Bounds:
    """Where words start or end in a text, as jieba's cut of the whole text says, cutting only
    the blocks asked about.

    jieba cuts each run of Han, Latin and digit characters (its ``re_han_default``), and each
    run of the rest, on its own, so the words of a block do not depend on the text around it;
    an edit is widened by at most MAX_WIDEN characters, so only the blocks it reaches into
    need cutting. The blocks' edges are found once per text, by the block pattern (in C)."""

    def __init__(self, text: str):
        self.text = text
        self._edges: Optional[List[int]] = None  # every block's start, and the text's end
        self._cuts: dict = {}  # a block's start → its start and word ends

    def _edges_of(self) -> List[int]:
        if self._edges is None:
            edges = {0, len(self.text)}
            for m in _HAN.finditer(self.text):
                edges.update(m.span())
            self._edges = sorted(edges)
        return self._edges

    def _block(self, at: int) -> Optional[Tuple[int, ...]]:
        """The bounds of the words of the block that holds ``at``, or None at a block's edge
        (a word boundary, whatever the block's words)."""
        edges = self._edges_of()
        k = bisect_right(edges, at) - 1
        start = edges[k]
        if start == at or at == len(self.text):
            return None
        cut = self._cuts.get(start)
        if cut is None:
            block = self.text[start:edges[k + 1]]
            ends = _word_ends(block)
            cut = self._cuts[start] = (start,) + tuple(start + e for e in ends)
        return cut

    def left(self, at: int) -> int:
        """The nearest word boundary at or before ``at`` (a block's edge is one: not cut)."""
        cut = self._block(at)
        return at if cut is None else cut[bisect_right(cut, at) - 1]

    def right(self, at: int) -> int:
        """The nearest word boundary at or after ``at``."""
        cut = self._block(at)
        return at if cut is None else cut[bisect_left(cut, at)]


#: A block's word ends, by the block's text: the two versions of a provision share most phrases.
_WORD_ENDS: dict = {}
#: At most this many blocks are kept (then the memo starts again).
_WORD_ENDS_KEPT = 100_000


def _word_ends(block: str) -> Tuple[int, ...]:
    """Where jieba's words of a block end, counted from the block's start (cut once per block text)."""
    ends = _WORD_ENDS.get(block)
    if ends is None:
        if len(_WORD_ENDS) >= _WORD_ENDS_KEPT:
            _WORD_ENDS.clear()
        if is_han(block[0]):
            ends = tuple(_tokenizer().word_ends(block))
            if any(term in block for term in WHOLE_TERMS):
                inside = {at + k for term in WHOLE_TERMS for at in all_at(block, term) for k in range(1, len(term))}
                ends = tuple(e for e in ends if e not in inside)
        else:  # each character a word, but runs of whitespace split as jieba's re_skip splits them
            at, out = 0, []
            for word in _tokenizer().cut(block, HMM=True):
                at += len(word)
                out.append(at)
            ends = tuple(out)
        _WORD_ENDS[block] = ends
    return ends


#: Terms of the law a word boundary never falls inside, where jieba's dictionary cuts them: it holds "物排放", so
#: "水污染物排放" is 水污染/物排放, and the edit "有关" put before it was quoted "“地方水污染”改为“有关地方水污染”"
#: (海洋环境保护法 第十一条 → 第十八条, a fragment in reading 200).
WHOLE_TERMS = ("污染物",)


@lru_cache(maxsize=512)
def bounds(text: str) -> Bounds:
    return Bounds(text)


def _room(text: str, at: int, step: int) -> int:
    """How many characters of equal text before (step -1) or after (+1) ``at`` may be taken in."""
    n = 0
    i = at - 1 if step < 0 else at
    while n < MAX_WIDEN and 0 <= i < len(text) and text[i] not in _STOPS:
        n += 1
        i += step
    return n


def widen(old: str, new: str, o: Tuple[int, int], n: Tuple[int, int],
          equal_before: int, equal_after: int) -> Tuple[Tuple[int, int], Tuple[int, int]]:
    """The spans ``o`` (in old) and ``n`` (in new) of one edit, widened to word boundaries.

    ``equal_before``/``equal_after``: how much equal text lies next to the edit
    (the widening takes the same characters on both sides, so never more).
    """
    ob, nb = bounds(old), bounds(new)
    left = right = 0
    limit_left = min(equal_before, _room(old, o[0], -1))
    limit_right = min(equal_after, _room(old, o[1], +1))
    member = _member_put_in(old, new, o, n, limit_left)
    if member is not None:
        return member
    for _ in range(3):  # a side with no room is not widened: its words need not be cut
        want_left = max(o[0] - left - ob.left(o[0] - left), n[0] - left - nb.left(n[0] - left)) \
            if left < limit_left else 0
        want_right = max(ob.right(o[1] + right) - o[1] - right, nb.right(n[1] + right) - n[1] - right) \
            if right < limit_right else 0
        if not want_left and not want_right:
            break
        left = min(limit_left, left + want_left)
        right = min(limit_right, right + want_right)
    # (a member of a list taken out or put in, "、研究", takes in the member before it: "“审查、研究情况”改为“审查情况”",
    # not "“研究情况向”改为“情况向”", 立法法 第一百一十三条, useless in the thirty-seventh reading)
    listed = (old[o[0]:o[1]] or new[n[0]:n[1]]).startswith("、") and not (old[o[0]:o[1]] and new[n[0]:n[1]])
    # (and "等" put in or taken out closes the words before it: "“金融机构”改为“金融机构等”", not "“共享市场监管”改为
    # “等共享市场监管”", 上海市优化营商环境条例 第四十九条 → 第五十五条, a fragment in the forty-first reading)
    listed = listed or (old[o[0]:o[1]] or new[n[0]:n[1]]) in _CLOSING and not (old[o[0]:o[1]] and new[n[0]:n[1]])
    # (words put in before a word, its widening the word after: "注册" before 资本, "有关" before 地方, read with
    # the word before, what governs them, "“增加资本”改为“增加注册资本”", not with the next phrase, "“资本公开”改为“注册资本
    # 公开”", 公司法 第九十五条 → 第一百零八条, a fragment in reading 262)
    edit = old[o[0]:o[1]] or new[n[0]:n[1]]
    prefix = not left and right > 0 and not old[o[0]:o[1]] and len(edit) <= PREFIX_AT_MOST \
        and o[0] >= 2 and not set(old[o[0] - 2:o[0]]) & (_LONE | _STOPS)  # (the word before a content word: not "的生态环境")
    # (words put in before a locative word, "中", are read with the noun before them, what the locative closes:
    # "“体育事业中”改为“体育事业发展中”", not "“中做出贡献”改为“发展中做出突出贡献”", 体育法 第八条 → 第十三条)
    locative = not left and not right and o[1] < len(old) and old[o[1]] in _LOCATIVES and ob.right(o[1] + 1) == o[1] + 1
    # (and words put in or taken out alone before "的" end the noun before it: "“有工作的”改为“有工作单位的”", not "“的由”改为
    # “单位的由”", 军人抚恤优待条例 第三十四条 → 第四十四条)
    # (not "之一", which is read with the list it counts: "“符合下列条件之一的烈士”改为“符合下列条件的烈士”")
    locative = locative or (not old[o[0]:o[1]] or not new[n[0]:n[1]]) and old[o[1]:o[1] + 1] == "的" \
        and (old[o[0]:o[1]] or new[n[0]:n[1]]) != "之一"
    for _ in range(2):  # an edit of a lone function word takes in the word after it (or before it)
        if not _bare(old[o[0] - left:o[1] + right], new[n[0] - left:n[1] + right]):
            break
        if (listed or prefix or locative or _joins_the_verb_before(old, new, o, n, left)) and left < limit_left:
            left = min(limit_left, o[0] - ob.left(o[0] - left - 1))
            break
        wider = min(limit_right, ob.right(o[1] + right + 1) - o[1]) if right < limit_right else right
        if right < limit_right and not (right and _lone(old[o[1] + right:o[1] + wider]) and left < limit_left
                                        and old[ob.left(o[0] - left - 1):o[0] - left] in _DETERMINING):
            right = wider
        elif left < limit_left:
            # (or the word before, when the next is a function word the phrase after opens with: "“有关行政部门”改为
            # “有关部门”", not "“行政部门在”改为“部门在”", 文物保护法 第八条 → 第九条, a fragment in reading 1424)
            left = min(limit_left, o[0] - ob.left(o[0] - left - 1))
        else:
            break
    gloss = old[o[0]:o[1]] or new[n[0]:n[1]]
    if not left and 0 < limit_left and not (old[o[0]:o[1]] and new[n[0]:n[1]]) and gloss.startswith("（") \
            and gloss.endswith("）") and gloss.count("（") == 1 and not gloss.startswith("（以下") \
            and o[0] and old[o[0] - 1] not in _LONE:
        # (a gloss in brackets put in or taken out, "（抚养人）", is read with the word it glosses: "“父母”改为“父母（抚养人）”",
        # not "新增“（抚养人）”" alone, 烈士褒扬条例 第十七条 → 第二十条, useless in reading 1796)
        left = min(limit_left, o[0] - ob.left(o[0] - 1))
    if old[o[0]:o[1]] and new[n[0]:n[1]] and not right and right < limit_right \
            and (old[o[0]:o[1]] in _DETERMINERS or new[n[0]:n[1]] in _DETERMINERS):
        # (a word put for a determiner, or one put in its place, is read with the noun it determines: "“审计工作报告”改为
        # “有关报告”", not "“审计工作”改为“有关”", 各级人民代表大会常务委员会监督法 第二十条 → 第二十九条, useless in reading 318)
        right = min(limit_right, ob.right(o[1] + 1) - o[1])
    right = _list_head(old, o, right, equal_after)
    left = _list_member_before(old, new, o, n, left, equal_before, ob)
    right = qualified(old, new, o, n, right, limit_right)
    right = max(right, _conjunct_before_a_shared_head(old, new, o, n, right, limit_right))
    if left and not right and right < limit_right and _qualifier_put_between(old[o[0]:o[1]], new[n[0]:n[1]]):
        right = min(limit_right, ob.right(o[1] + 1) - o[1])
    if not old[o[0]:o[1]] and new[n[0]:n[1]]:
        anchored = _anchor_of_words_put_in(old, o, left, right, limit_left)
        if anchored != left and new[n[0] - anchored:n[1] + right] in old:
            left = anchored  # (only where the words put in make a term the old text already uses)
    return (o[0] - left, o[1] + right), (n[0] - left, n[1] + right)


#: Characters, at most, of the compound's start an anchor word of words put in after it is widened by.
ANCHOR_START = 3


def _anchor_of_words_put_in(old: str, o: Tuple[int, int], left: int, right: int, limit_left: int) -> int:
    """How far left the words before words put in reach: the whole compound the word before them ends, when its start is
    ANCHOR_START characters or fewer before the word, up to a function character or mark ("“工业互联网”改为“工业互联网安全
    领域”", not "“互联网”改为“互联网安全领域”", 石景山 第九条 → 第八条, a fragment in reading 1684); none of a lone function
    word taken before the word after them ("“单位”改为“申报单位”", not "“的单位”改为“的申报单位”", 石景山 第十四条, the
    same reading). The caller takes it only where the new words are a term the old text says elsewhere (工业互联网安全领域,
    申报单位): measured on the 53 pairs, widening every such anchor split edits said once for several places ("“工作”改为
    “工作单位”（共2处）") and cut inside 或者 ("者抢险救灾")."""
    at = o[0] - left
    if left == 1 and right and old[at] in _LONE:
        return 0
    if left < 2 or right or at < 1 or not _in_a_compound(old[at - 1]):
        return left
    start = at
    while start > 0 and at - start < ANCHOR_START and _in_a_compound(old[start - 1]):
        start -= 1
    if start > 0 and _in_a_compound(old[start - 1]) or o[0] - start > limit_left:
        return left
    return o[0] - start


def _in_a_compound(ch: str) -> bool:
    """A Han character that is no lone function word: one a compound goes on with."""
    return bool(HAN.match(ch)) and ch not in _LONE


#: Characters, at most, of the head a list closing an edit on a member of one character ("县、市") goes on with, taken in whole.
LIST_HEAD = 8
_SHORT_LIST_END = recache.compile(r"、[^、，。；：]$")


def _list_head(old: str, o: Tuple[int, int], right: int, equal_after: int) -> int:
    """How far right an edit reaches whose old side ends on a list of short qualifiers ("由县、市"): to the end of the
    phrase they qualify, when it ends within LIST_HEAD characters ("“由县、市兵役征集费开支”改为“列入兵役征集费开支”", not
    "“…由县、市”改为“…列入”", 征兵工作条例 第四十九条 → 第六十条, cut mid-phrase in reading 1256)."""
    at = o[1] + right
    if not _SHORT_LIST_END.search(old[o[0]:at]) or at >= len(old) or old[at] in _STOPS:
        return right
    end = at
    while end < len(old) and old[end] not in _STOPS and end - at <= LIST_HEAD:
        end += 1
    if end - at > LIST_HEAD or end - o[1] > equal_after:
        return right
    return end - o[1]


def _list_member_before(old: str, new: str, o: Tuple[int, int], n: Tuple[int, int], left: int, equal_before: int,
                        ob) -> int:
    """How far left an edit reaches whose old side is a list's member of one or two characters after "、", replaced by
    a list: to the member before it, whose list it spells out ("“县、市的”改为“县、自治县、不设区的市、市辖区人民政府的”", not
    "“市的”改为“自治县、不设区的市、市辖区人民政府的”", 征兵工作条例 第七条 → 第四条, a fragment in reading 1335)."""
    start = o[0] - left
    size = o[1] - start
    if start < 2 or old[start - 1] != "、" or not 1 <= size <= 2 or "、" not in new[n[0]:n[1]] \
            or ob.left(o[1]) != o[1]:  # (a whole word: not "人" of "人民", "财产、人民" → "财产、集体财产、公民")
        return left
    # (the member before as long as the one replaced, "县" of "由县、市": jieba reads "由县" as one word)
    member = start - 1 - size
    if member < 0 or set(old[member:start - 1]) & _STOPS:
        return left
    return max(left, min(equal_before, o[0] - member))  # (across the "、" that stops other widening)


def _member_put_in(old: str, new: str, o: Tuple[int, int], n: Tuple[int, int], limit_left: int):
    """A member of a list put in ("、撤职案") or taken out, ending on the character the member before it ends on, where
    the text around it is one word by jieba's guess, the member before it and the words after cut as one ("任免案逐人"):
    the list's "、" says the member ends there, so the quote
    is the member before it, whole, and the member put in or taken out: "“任免案”改为“任免案、撤职案”", not "“案逐人”改为
    “案、撤职案逐人”" (全国人民代表大会常务委员会议事规则 第三十四条, a fragment in reading 383). None: not such an edit."""
    taken, put = old[o[0]:o[1]], new[n[0]:n[1]]
    edit, kept, at = (put, old, o[0]) if not taken else (taken, new, n[0]) if not put else ("", "", 0)
    if not edit.startswith("、") or len(edit) < 3 or at < 2 or edit[-1] != kept[at - 1] or bounds(kept).left(at) == at:
        return None  # (the member ends as the one before it does, "案": the diff could have put it a character sooner)
    words = bounds(kept[:at])  # (the text before the member, cut alone: its last word ends where the member starts)
    start = words.left(at - 1)
    if at - start < 2:  # (a word of one character: the one before it too, "任免" with "案")
        start = words.left(start - 1)
    left = min(limit_left, at - start)
    if left < 2:
        return None
    return (o[0] - left, o[1]), (n[0] - left, n[1])


#: Characters, at most, of words put in before a word that are read with the word before them.
PREFIX_AT_MOST = 4

#: Characters, at least, of a qualifier put in (or taken out) inside a phrase that is quoted with the word after it.
QUALIFIER_AT_LEAST = 8


_CONJOINED = recache.compile(r"(.+?)(?:和|及|与|或者)(.+)$")


def _conjunct_before_a_shared_head(old: str, new: str, o: Tuple[int, int], n: Tuple[int, int], right: int,
                                   limit_right: int) -> int:
    """How far right words put in alone reach when they are "X和Y" before the noun X ends on: "军人抚恤优待经费" → "军人抚恤
    优待所需经费和工作经费" put in "所需经费和工作" before 经费, the head both conjuncts share; the quote takes it in, "“经费”改为
    "“所需经费和工作经费”", not "新增“所需经费和工作”" (军人抚恤优待条例 第四十六条 → 第五十五条, a fragment in reading 462)."""
    if old[o[0]:o[1]] or right:
        return right
    m = _CONJOINED.match(new[n[0]:n[1]])
    if m is None:
        return right
    for size in range(min(4, limit_right, len(m.group(1))), 1, -1):
        head = old[o[1]:o[1] + size]
        if len(head) == size and m.group(1).endswith(head) and not m.group(2).endswith(head):
            return size
    return right


def _qualifier_put_between(taken: str, put: str) -> bool:
    """Words holding "的" put in (or taken out) alone inside a phrase, QUALIFIER_AT_LEAST characters or more, not ending on
    "的": a qualifier of the word after it, which the quote takes in ("“公司股份总数”改为“公司章程规定的公司设立时应发行股份
    总数”", not "“公司”改为“公司章程规定的公司设立时应发行”", 公司法 第八十四条 → 第九十七条, cut before what it qualifies in
    reading 135)."""
    words = put if not taken else taken if not put else ""
    return len(words) >= QUALIFIER_AT_LEAST and "的" in words[:-1] and not words.endswith("的") \
        and not any(ch in _STOPS for ch in words)


def qualified(old: str, new: str, o: Tuple[int, int], n: Tuple[int, int], right: int, limit_right: int) -> int:
    """How far right an edit widened by ``right`` reaches when its quote ends on "的": to the end of the phrase, what it
    qualifies, when both texts go on with it within ``limit_right`` ("“规定的”改为“规范性文件的附带”" is "“规定的审查申请”改为
    “规范性文件的附带审查申请”", 行政复议法 第七条 → 第十三条; "“本章第一节、第二节的规定”改为“本法其他规定”", 公司法 第六十四条).
    Farther it would be cut mid-phrase ("…有权接受送达的" goes on with 业务代办人送达: left as it is); a qualifier taken out or
    put in alone, however the diff cut it, is clear as it is ("删除“非由职工代表担任的”")."""
    if right >= limit_right or "的" not in (old[o[1] + right - 1:o[1] + right], new[n[1] + right - 1:n[1] + right]):
        return right  # (most edits: decided before the sides are cut out)
    cut_old, cut_new = old[o[0]:o[1]].strip(), new[n[0]:n[1]].strip()
    if not cut_old or not cut_new or cut_old in cut_new or cut_new in cut_old:
        return right
    to_stop = right + _room(old, o[1] + right, +1)
    if to_stop <= limit_right and (o[1] + to_stop == len(old) or old[o[1] + to_stop] in _STOPS):
        return to_stop
    # (a side that ends on a word qualifying a noun, the other on "的", takes in the noun both go on with: "“税务机关”改为
    # “国家有关”" was "“税务机关的规定”改为“国家有关规定”", 发票管理办法 第二十九条 → 第二十八条, useless in the readings)
    ends = old[o[0]:o[1] + right], new[n[0]:n[1] + right]
    if ends[0].endswith("的") != ends[1].endswith("的") and any(x.endswith(_ATTRIBUTIVE) for x in ends):
        return max(right, min(limit_right, bounds(old).right(o[1] + right + 1) - o[1]))
    return right


#: Words that qualify a noun and close no phrase ("国家有关" is read with its 规定).
_ATTRIBUTIVE = ("有关", "相关", "其他")

#: Locative words that close the noun phrase before them (体育事业中, 工作中).
_LOCATIVES = "中内外时"

#: Words that close the words before them.
_CLOSING = ("等", "等等")
#: Words that only point at what the noun after them names: an edit of one is quoted with that noun.
_DETERMINERS = ("有关", "相关", "其他", "上述", "前述", "本章规定的有关", "本章规定的")


#: Verbs of the drafting of policy that another verb put in or taken out right after joins ("建立" + "完善": 建立完善, as
#: 建立健全): the edit is read with the verb before it, "“建立”改为“建立完善”", not with the object after it ("“不予实施”改为
#: “完善不予实施”", 上海市优化营商环境条例 第六十条 → 第七十一条, useless in reading 119).
_JOINED_VERBS = frozenset(("建立", "健全", "完善", "制定", "修订", "加强", "推进", "推动", "规范", "优化", "落实", "研究",
                           "探索", "组织", "指导", "监督", "保障", "促进", "支持", "鼓励", "引导"))


def _joins_the_verb_before(old: str, new: str, o: Tuple[int, int], n: Tuple[int, int], left: int) -> bool:
    """A two-character verb of _JOINED_VERBS put in or taken out alone, right after another."""
    taken, put = old[o[0]:o[1]], new[n[0]:n[1]]
    word, text, at = (put, new, n[0]) if put and not taken else (taken, old, o[0]) if taken and not put else ("", "", 0)
    return not left and word in _JOINED_VERBS and text[max(0, at - 2):at] in _JOINED_VERBS


def _bare(old: str, new: str) -> bool:
    """Too little to read alone: function words only, or a short word added to or taken from
    another ("删除“申请”", "“交通”改为“交通运输”")."""
    a, b = old.translate(_NO_STOPS), new.translate(_NO_STOPS)
    if _lone(a) and _lone(b):
        return True
    short, long_ = sorted((a, b), key=len)
    if not short:  # a word added or taken out alone: only one of one or two characters needs a neighbour
        return len(long_) <= 2
    if len(short) == 1:  # one character for words: "“或者营业执照”改为“件”" is 许可证或者营业执照 → 许可证件
        return True
    return len(short) <= 2 and len(long_) <= 4 and short in long_


def _lone(text: str) -> bool:
    text = text.translate(_NO_STOPS)
    return len(text) <= 1 or all(ch in _LONE for ch in text)


def merge_spans(spans: List[Tuple[Tuple[int, int], Tuple[int, int]]]):
    """Widened edits that now touch or overlap are one edit."""
    out: List[list] = []
    for o, n in sorted(spans):
        if out and (o[0] <= out[-1][0][1] or n[0] <= out[-1][1][1]):
            last = out[-1]
            last[0] = (last[0][0], max(last[0][1], o[1]))
            last[1] = (last[1][0], max(last[1][1], n[1]))
        else:
            out.append([o, n])
    return [(o, n) for o, n in out]


#: Share of a sentence's words (two characters or more) that another sentence must hold to state its rule.
SAME_WORDS = 0.8


@lru_cache(maxsize=4096)
def _content_words(text: str) -> frozenset:
    return frozenset(w for w in _tokenizer().cut(text, HMM=False) if len(w) >= 2 and not w.isdigit())


def _longest_run(a: str, b: str) -> int:
    """The longest run of characters both texts hold, as their alignment (Indel) keeps it."""
    return len(_longest_run_text(a, b))


def _longest_run_text(a: str, b: str) -> str:
    """The longest run of characters both texts hold, as their alignment (Indel) keeps it (the first of equals)."""
    best = ""
    for op in Indel.opcodes(a, b):
        if op.tag == "equal" and op.src_end - op.src_start > len(best):
            best = a[op.src_start:op.src_end]
    return best
