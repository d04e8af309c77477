"""Moved text and drafting-norm wording: findings over the whole document (run by document.py).

- **Moved text**: a sentence taken out of one provision and put into another
  (old 第三条's second sentence now in 第四条) is ``text_moved`` on both pairs,
  saying where it went or came from, instead of "不再规定" here and "新增规定"
  there.
- **Drafting-norm wording**: 必须 → 应当 (立法技术规范) is said once for the
  document, on the first provision where it occurs, with the count.
"""
from __future__ import annotations

import re
from bisect import bisect_right
from collections import Counter
from dataclasses import replace
from functools import lru_cache
from itertools import compress, count
from typing import Dict, List, Optional, Sequence, Tuple

from .. import recache
from ..models import Finding, FindingKind, Pair, Rename, Status
from ..numerals import article_en
from ..textratio import all_at
from .changes import CHANGED_QUOTES, changes_of, clip
from .counterparts import ITEM_LABEL
from .lexicon import Lexicon
from .reworded import REWORDED, REWRITTEN, REWRITTEN_THERE, reworded_as, rewritten as largely_rewritten
from .rewrites import _SANCTIONS, QUOTE, _in_order, put_in_quote, quote, rewritten
from .sentences import FIGURE_RUN, Sentence, _BODY, _key, best_first, held_in_order, nearest, sentences
from .window import where_changed
from .words import SAME_WORDS, _content_words, _longest_run

#: A sentence taken out and one put in elsewhere this similar (0–100) are one sentence that moved.
SAME_TEXT = 85
#: Sentences shorter than this (characters) are too common to say where they went.
MIN_MOVED = 10
#: Sentences every regulation says of itself, whose words tell nothing of where they went: "具体办法由国务院卫生主管部门
#: 制订" (人体器官移植条例 第二十四条's reporting rules) is not "具体办法由国务院卫生健康部门制定" of the new 第二十三条's approval
#: procedure (a move said both ways, wrong twice in reading 304).
#: So is "具体认定标准由国务院反洗钱行政主管部门会同国务院有关部门制定" (反洗钱法 第十九条's beneficial owners), which is not old
#: 第三十五条's rules for non-financial institutions ("由原第三十五条移入", wrong in reading 307).
#: And "残疾等级的具体评定标准由国务院退役军人工作主管部门会同…规定" (军人抚恤优待条例 第二十六条) is not 第三十四条's
#: "具体办法由国务院退役军人事务部门会同…规定" of medical costs, which went with its rule to 第四十四条 (wrong in reading 685).
_DELEGATION = recache.compile(
    r"^(?:[^，。；由]{1,12}的)?(?:具体|实施)?(?:管理|实施|认定|评定)?(?:办法|标准|细则|范围)由[^。；]{1,48}?(?:制定|制订|规定)。?$")


#: The stock end of a rule that defers to other rules or names who approves ("…，按照军队有关规定执行", "…，由中央军事
#: 委员会审批"), and its words: two rules that share only it are not one rule (中国人民解放军文职人员条例 第三十六条's
#: demotion "现见第十七条", the 级别 system's rule, wrong in reading 305).
STOCK_TAIL = recache.compile(r"(?:按照|依照)[^，。；]{0,12}?有关规定(?:执行|办理)。?$|由[^，。；]{1,16}?(?:审批|批准)。?$")
STOCK_WORDS = frozenset(("按照", "依照", "有关", "规定", "执行", "办理", "审批", "批准"))


def stock_off(text: str) -> str:
    """``text`` without its stock end (STOCK_TAIL), when MIN_MOVED characters or more are left."""
    m = STOCK_TAIL.search(text)
    return text[:m.start()].rstrip("，") if m and m.start() >= MIN_MOVED else text


#: The stock clause of damages a penalty ends on, which every provision of liability may say: no rule of its own to find
#: elsewhere ("“造成损害的，依法承担赔偿责任”不再在此规定（现第六十六条已有规定）" of 农产品质量安全法 第四十四条, whose testing
#: body's liability is now its own 连带责任, pointed at the pollution rule's: wrong in reading 373).
_STOCK_DAMAGES = recache.compile(r"^(?:[^，。；]{0,12}造成(?:损害|损失)的)?[，]?依法承担(?:民事)?赔偿责任。?$")


#: The stock clause of a fine a penalty ends on when the order to correct is not obeyed ("逾期不改正的，可以处二千元以下罚款"),
#: no conduct of its own: 农产品质量安全法 2018 第四十八条's (packaging) said moved to 2022 第七十五条 (traceability), wrong.
_STOCK_FINE = recache.compile(r"^(?:逾期不改正的|逾期未改正的|拒不改正的)[，]?(?:可以)?(?:并)?处[^，。；]{1,30}罚款。?$")


def _movable(key: str) -> bool:
    """A sentence (its key) that may be said moved: MIN_MOVED long, no delegation every regulation says, nor the stock
    clause of damages or of a fine for an order not obeyed."""
    return len(key) >= MIN_MOVED and not _DELEGATION.match(key) and not _STOCK_DAMAGES.match(key) \
        and not _STOCK_FINE.match(key)


#: The sentences said whole of pairs already seen, by status, texts and diff (asked by several passes).
_WHOLE: Dict[tuple, Tuple[List[Sentence], List[Sentence]]] = {}
_WHOLE_MAX = 4096


def _whole_sentences(pair: Pair) -> Tuple[List[Sentence], List[Sentence]]:
    if pair.status is Status.UNCHANGED:
        return [], []
    if pair.status is Status.DELETED:  # (its text's sentences, kept by ``sentences`` itself)
        return list(sentences(pair.old_text)), []
    key = (pair.status, pair.old_text, pair.new_text, pair.diff)
    if key not in _WHOLE:
        if len(_WHOLE) >= _WHOLE_MAX:
            del _WHOLE[next(iter(_WHOLE))]
        _WHOLE[key] = _whole_sentences_of(pair)
    removed, added = _WHOLE[key]
    return list(removed), list(added)


def _whole_sentences_of(pair: Pair) -> Tuple[List[Sentence], List[Sentence]]:
    if pair.status is Status.DELETED:
        return list(sentences(pair.old_text)), []
    if pair.status is Status.ADDED:
        return [], list(sentences(pair.new_text))
    if pair.status is Status.UNCHANGED or not pair.diff:
        return [], []
    pair = where_changed(pair)  # a very long provision: its sentences beside the changes (window.py)
    return rewritten(pair.old_text, pair.new_text, [h for c in changes_of(pair) for h in c.hunks])


def _labels(clauses) -> str:
    return "、".join(c.display_label for c in clauses)




def moved_to(quoted: str, to: str, other: Optional[str] = None, zh: str = "", en: str = "") -> Finding:
    """"“…”移至现第X条" (``zh``/``en`` after it: "，文字有改动"), on the provision the sentence left."""
    return Finding(FindingKind.TEXT_MOVED, quoted, other, f"“{quoted}”移至现{to}{zh}",
                   f"“{quoted}” moved to {article_en(to)} of the new version{en}")


def moved_from(quoted: str, came: str, other: Optional[str] = None, zh: str = "", en: str = "") -> Finding:
    """"“…”由原第X条移入" (``zh``/``en`` after it), on the provision the sentence came to."""
    return Finding(FindingKind.TEXT_MOVED, other, quoted, f"“{quoted}”由原{came}移入{zh}",
                   f"“{quoted}” moved here from former {article_en(came)}{en}")


@lru_cache(maxsize=4096)
def _deleted_long(text: str) -> Tuple[Tuple[str, ...], Tuple[str, ...], Tuple[int, ...]]:
    """The sentences of a deleted text long enough to have moved (a key of MIN_MOVED or more): their
    texts, keys and places in ``sentences(text)``, read without making a Sentence of each (a
    book-long provision holds 250,000; one is made from its place when it is near another)."""
    bodies = _BODY.findall(text)  # (the texts of sentences(text), in order)
    keys = list(map(_key, bodies))
    long = list(map(_movable, keys))
    return tuple(compress(bodies, long)), tuple(compress(keys, long)), tuple(compress(count(), long))


def find_moves(pairs: Sequence[Pair], renames: Sequence[Rename] = ()) -> List[Tuple[int, Sentence, int, Sentence]]:
    """(from pair, old sentence, to pair, new sentence) for each sentence that changed provision. A
    sentence taken out is read with the document's ``renames`` made in it: "…发起人在三十日内未召开创立大会的，
    认股人可以…要求发起人返还" (公司法 第八十九条) is 84 near its new place (第一百零五条) as it stands, 86 with
    创立大会 → 成立大会 made."""
    from .wording import NORM_WORDS

    # (and both versions in the drafting norms' words: "船舶必须配置相应的防污设备和器材" is "船舶应当配备相应的防污设备和器材"
    # moved, 海洋环境保护法 第六十四条 → 第八十条, "删除原第六十四条" in the thirty-fourth reading; a norm the new version does
    # not follow, "相关网站", stays alike on both sides)
    norms = sorted(NORM_WORDS)
    renamed = [(r.old, r.new) for r in renames if r.old]
    # The sentences taken out (key MIN_MOVED or longer) numbered in order, pair by pair: (the number
    # of the pair's first, the pair, their keys, and the sentences or (the deleted text, their places)).
    taken: List[Tuple[int, int, Sequence[str], tuple]] = []
    in_ = []
    total = 0
    for i, p in enumerate(pairs):
        if p.status is Status.DELETED:
            _texts, keys, at = _deleted_long(p.old_text)
            said: tuple = (p.old_text, at)
        else:
            removed, added = _whole_sentences(p)
            said = tuple(s for s in removed if _movable(s.key))
            keys = [s.key for s in said]
            in_.extend((i, s) for s in added if _movable(s.key))
        if keys and renamed:
            keys = [_with_renames(key, renamed) for key in keys]
        if keys:
            taken.append((total, i, keys, said))
            total += len(keys)
    in_keys = [b.key for _, b in in_]
    total = _said_word_for_word_elsewhere(pairs, taken, in_, in_keys, renamed, total)
    if not in_keys or not taken:
        return []  # (nothing put in, or nothing taken out: nothing moved)
    normal = {key: _with_renames(key, norms) for _, _, keys, _ in taken for key in keys}
    distinct = list(dict.fromkeys(normal.values()))  # (each key once)
    near_of = dict(zip(distinct, nearest(distinct, [_with_renames(key, norms) for key in in_keys], RESTATED_AT_LEAST, 8,
                                         spread=2)))
    firsts = [first for first, _, _, _ in taken]

    def sentence(k: int) -> Tuple[int, Sentence]:
        first, i, _keys, said = taken[bisect_right(firsts, k) - 1]
        if said and isinstance(said[0], Sentence):
            return i, said[k - first]
        return i, sentences(said[0])[said[1][k - first]]

    scored = []
    if any(near_of.values()):
        for first, i, keys, _ in taken:
            for k, key in enumerate(keys, first):
                for _key, score, m in near_of[normal[key]]:
                    if in_[m][0] == i:
                        continue  # (the lengths within half of each other: nearest's spread)
                    if _other_items_fined(sentence(k)[1].text, in_[m][1].text) \
                            or _other_crimes(sentence(k)[1].text, in_[m][1].text) \
                            or _another_thing_strengthened(sentence(k)[1].text, in_[m][1].text) \
                            or _figure_changed_at_home(in_[m][1].text, pairs[in_[m][0]].old_text):
                        continue
                    if score >= SAME_TEXT and not _said_at_home(sentence(k)[1], score, pairs[i]) \
                            or score < SAME_TEXT and _restated(sentence(k)[1], in_[m][1], pairs[i]):
                        scored.append((score, k, m))
    scored += _extended_moves(pairs, taken, in_, in_keys, sentence)
    scored += _definitions_moved(taken, in_, sentence)
    found = best_first(scored, RESTATED_AT_LEAST)
    found += _with_the_clause_before(pairs, taken, in_, sentence, found)
    out = [(*sentence(k), in_[m][0], in_[m][1]) for k, m in found]
    if any(near_of.values()):
        near = {k: near_of[normal[key]] for first, _, keys, _ in taken for k, key in enumerate(keys, first)}
        out += _split_moves(pairs, in_, near, sentence, found)
    return out


#: A clause before a moved one, "；" between them in both texts, this near (ratio) the clause before its new place: moved with it.
CLAUSE_BEFORE_NEAR = 50


def _with_the_clause_before(pairs, taken, in_, sentence, found) -> List[Tuple[int, int]]:
    """(taken sentence, put-in sentence) for the clause before a moved clause ("；" between them) that went with it, to the
    clause before its new place: "对涉嫌恐怖活动资金的监控适用本法；其他法律另有规定的，适用其规定" (反洗钱法 2006 第三十六条) is 2024
    第二条's "预防恐怖主义融资活动适用本法；其他法律另有规定的，适用其规定", not its stock clause alone moved and the rest "新增规定"
    (wrong in reading 648). The two near (CLAUSE_BEFORE_NEAR), neither taken by another move, the same sort of rule."""
    from rapidfuzz.fuzz import ratio

    used_k, used_m = {k for k, _ in found}, {m for _, m in found}
    firsts = {first for first, _, _, _ in taken}
    out = []
    for k, m in found:
        if k in firsts or k - 1 in used_k or m - 1 < 0 or m - 1 in used_m:
            continue  # (the first sentence of its provision has none before it)
        (i, a), (i0, a0) = sentence(k), sentence(k - 1)
        j, b = in_[m]
        j0, b0 = in_[m - 1]
        if i0 != i or j0 != j or i == j:
            continue
        old_text, new_text = pairs[i].old_text, pairs[j].new_text
        if old_text[a0.end:a.start] != "；" or new_text[b0.end:b.start] != "；" \
                or ratio(a0.key, b0.key) < CLAUSE_BEFORE_NEAR or _negations(a0.text) != _negations(b0.text) \
                or _prohibition_lost(a0.text, b0.text):
            continue
        out.append((k - 1, m - 1))
        used_k.add(k - 1)
        used_m.add(m - 1)
    return out


#: A sentence cut in two where another provision says it (_split_moves): each half near its new sentence (ratio), at
#: least, and the two halves joined at least RESTATED_NEAR near the old sentence.
HALF_NEAR = 60
#: Characters, at least, of each half.
HALF_AT_LEAST = 8


def _split_moves(pairs, in_, near, sentence, found) -> List[Tuple[int, Sentence, int, Sentence]]:
    """(from pair, old sentence, to pair, new sentences) for an old sentence no move took that another provision says
    cut in two at a comma, the halves two sentences of one paragraph ("国务委员受总理委托，负责某些方面的工作或者专项任务，
    并且可以代表国务院进行外事活动" is 国务院组织法 2024 第五条's "受总理委托，负责其他方面的工作或者专项任务；根据统一安排，代表
    国务院进行外事活动": "删除原第六条" and two "新增规定" wrong in reading 623). The new sentence given is the two
    halves' span."""
    from rapidfuzz.fuzz import ratio

    used_k, used_m = {k for k, _ in found}, {m for _, m in found}
    out = []
    for k, candidates in near.items():
        if k in used_k or not candidates:
            continue
        i, a = sentence(k)
        halves = [(_key(a.text[:x]), _key(a.text[x + 1:])) for x, ch in enumerate(a.text) if ch == "，"]
        for _choice, _score, m in candidates:
            j = in_[m][0]
            if j == i or m in used_m:
                continue
            for m1, m2 in ((m, m + 1), (m - 1, m)):
                if min(m1, m2) < 0 or m2 >= len(in_) or in_[m1][0] != j or in_[m2][0] != j or {m1, m2} & used_m:
                    continue
                one, two = in_[m1][1], in_[m2][1]
                text = pairs[j].new_text
                if text[one.end:two.start] not in ("；", "，"):
                    continue  # (two sentences of one paragraph, one after the other)
                both = Sentence(text[one.start:two.end], one.start, two.end, one.key + two.key)
                if ratio(a.key, both.key) < RESTATED_NEAR or not any(
                        min(len(h), len(t)) >= HALF_AT_LEAST and ratio(h, one.key) >= HALF_NEAR
                        and ratio(t, two.key) >= HALF_NEAR for h, t in halves):
                    continue
                if _negations(a.text) != _negations(both.text) or _prohibition_lost(a.text, both.text) \
                        or _said_at_home(a, ratio(a.key, both.key), pairs[i]):
                    continue
                out.append((i, a, j, both))
                used_k.add(k)
                used_m.update((m1, m2))
                break
            if k in used_k:
                break
    return out


def _said_word_for_word_elsewhere(pairs, taken, in_, in_keys, renamed, total: int) -> int:
    """``taken`` with, for each changed pair, the old sentences its diff did not take out whole (a few characters matched
    to a sentence put in beside them) that a new provision says word for word, its only such sentence, and its own new
    text does not: "禁止用侮辱、诽谤等方式损害妇女的人格尊严" of 妇女权益保障法 第四十二条 is new 第二十条's (said "改写" into 第二十八条's
    "媒体报道涉及妇女事件应当客观、适度…", and 第二十条 "新增": wrong in readings 562 and 587). The new total."""
    added_at: Dict[str, List[int]] = {}
    for m, (j, _) in enumerate(in_):
        if pairs[j].status is Status.ADDED:
            added_at.setdefault(in_keys[m], []).append(m)
    if not added_at:
        return total
    for i, p in enumerate(pairs):
        if p.status in (Status.DELETED, Status.ADDED, Status.UNCHANGED):
            continue
        found = [s for s in sentences(p.old_text)
                 if _movable(s.key) and len(added_at.get(_with_renames(s.key, renamed), ())) == 1]
        if not found:  # (most pairs: no sentence a new provision says whole; nothing more to read)
            continue
        removed, new_key = {s.key for s in _whole_sentences(p)[0]}, _key(p.new_text)
        extra = tuple(s for s in found if s.key not in removed and s.key not in new_key)
        if extra:
            taken.append((total, i, [_with_renames(s.key, renamed) for s in extra], extra))
            total += len(extra)
    return total


def _with_renames(key: str, renamed: Sequence[Tuple[str, str]]) -> str:
    for old, new in renamed:
        if old in key:
            key = key.replace(old, new)
    return key


#: A fine for items of the list before it: "有前款第（一）、（三）项行为之一的" (group 1: the items).
_ITEMS_FINED = recache.compile(r"有前款第([^，。；]{1,30}?)项")


#: Characters, at least, of a new sentence's words beside its figure for ``_figure_changed_at_home``.
FIGURE_WORDS = 6


def _figure_changed_at_home(b: str, home_old: str) -> bool:
    """The new sentence's provision said it before with another figure: its old text holds the sentence's words, the
    figure aside, with another figure ("（一）致使公私财产损失一百万元以上的" of 环境污染刑事案件解释 2023 第四条, whose old 第二条 said
    "致使公私财产损失三十万元以上": the bar raised there, not "（五）致使公私财产损失一百万元以上的" of old 第三条's graver case
    moved in, wrong twice in reading 627)."""
    words = _unlabelled(b).rstrip("的")
    figures = FIGURE_RUN.findall(words)
    if len(figures) != 1 or len(words) - len(figures[0]) < FIGURE_WORDS or not home_old or words in home_old:
        return False
    head, _, tail = words.partition(figures[0])
    pattern = re.escape(head) + FIGURE_RUN.pattern + re.escape(tail)
    return any(m.group(0) != words for m in re.finditer(pattern, home_old))


def _other_items_fined(a: str, b: str) -> bool:
    """Both sentences fine the items of their list and not the same items: another conduct, however
    alike the words ("有前款第（一）、（三）项行为之一的，处三万元以上二十万元以下的罚款", 海洋环境保护法 第七十三条,
    was "移至现第一百一十条" for "有前款第三项行为的，处一万元以上十万元以下的罚款", a ship's energy efficiency: the
    twenty-second reading)."""
    ma, mb = _ITEMS_FINED.search(a), _ITEMS_FINED.search(b)
    if ma is None or mb is None:
        return False
    return _numbers(ma.group(1)) != _numbers(mb.group(1))


#: What a duty to strengthen is of: "加强对农产品生产的指导" (group 1: 指导).
_STRENGTHENED = recache.compile(r"加强对[^，。；]{1,24}?的([^，。；的]{2,12})(?:[，。；]|$)")


def _another_thing_strengthened(a: str, b: str) -> bool:
    """Both sentences strengthen something done to one object, not the same thing: "加强对农产品生产的指导" is no
    "加强对农产品生产的监督管理" (农产品质量安全法 第二十条 → 第五十二条, "移至现第五十二条" wrong in readings 819 and 832)."""
    mine, theirs = _STRENGTHENED.search(a), _STRENGTHENED.search(b)
    return bool(mine and theirs) and mine.group(1) not in theirs.group(1) and theirs.group(1) not in mine.group(1)


#: The other offences a clause of concurrence names ("同时又构成生产、销售伪劣产品罪，生产、销售伪劣农药、兽药罪等其他犯罪的",
#: group 1); each offence ends in 罪, they stand between commas, or 、 after 罪 (an offence's own name holds 、: "生产、销售
#: 伪劣农药、兽药罪").
_CONCURRENT = recache.compile(r"同时(?:又)?构成([^。；]{2,120}?)等其他(?:犯罪|渎职犯罪)")
_BETWEEN_OFFENCES = recache.compile(r"，|(?<=罪)、")


def _offences(text: str) -> frozenset:
    m = _CONCURRENT.search(text)
    return frozenset(o for o in _BETWEEN_OFFENCES.split(m.group(1)) if o.endswith("罪")) if m else frozenset()


def _other_crimes(a: str, b: str) -> bool:
    """Both sentences are clauses of concurrence ("…同时构成…罪等其他犯罪的，依照处罚较重的规定定罪处罚"), a stock sentence of
    criminal interpretations, and ``b`` does not name every offence ``a`` names: another rule's clause, however alike the
    words (危害食品安全刑事案件解释 2013 第十二条's "同时又构成生产、销售不符合安全标准的食品罪，生产、销售有毒、有害食品罪等其他
    犯罪的" went to 2021 第十八条第二款, which names both, not to 第十五条's "…不符合安全标准的食品罪，生产、销售不符合安全标准的
    产品罪…", "移至现第十五条" wrong)."""
    crimes_a = _offences(a)
    if not crimes_a:
        return False
    crimes_b = _offences(b)
    return bool(crimes_b) and not crimes_a <= crimes_b


def _numbers(items: str) -> set:
    from ..numerals import value
    from .penalties import ITEM_NUMBER

    return {int(n) if n.isdigit() else value(n) for n in ITEM_NUMBER.findall(items)}


#: A sentence taken out this near (partial_ratio, 0–100) a longer one of a new provision …
EXTENDED = 75
#: … of whose words (two characters or more, at least RESTATED_WORDS) that one holds this share, went there.
EXTENDED_WORDS = 0.9
#: (looked for among the new sentences that hold this share of its pairs of characters)
EXTENDED_PAIRS = 0.7


def _extended_moves(pairs, taken, in_, in_keys, sentence) -> List[Tuple[float, int, int]]:
    """(score, taken sentence, put-in sentence) for a sentence taken out said again, whole and with more,
    in a sentence of a new provision: "国家建立健全应急物资储备保障制度，完善重要应急物资的监管、生产、
    储备、调拨和紧急配送体系" in 突发事件应对法 第四十五条's "国家按照…的原则，建立健全应急物资储备保障制度，动态更新应急
    物资储备品种目录，完善重要应急物资的监管、生产、采购、储备、调拨和紧急配送体系…" (old 第三十二条 was "不再规定",
    第四十五条 new with no note: the nineteenth reading). Scored as the least of moves. The new sentences that
    hold most of a sentence's pairs of characters (EXTENDED_PAIRS) are found by an index of them, then read by
    words."""
    added = [m for m, (j, _) in enumerate(in_) if pairs[j].status is Status.ADDED]
    put_in = [m for m, (j, _) in enumerate(in_) if pairs[j].status is not Status.ADDED]
    if not added and not put_in:
        return []
    from collections import Counter

    from rapidfuzz.fuzz import partial_ratio

    holding: Dict[str, List[int]] = {}  # two characters → the new sentences (of new provisions) that hold them
    for m in added:
        key = in_keys[m]
        for pair_of in {key[x:x + 2] for x in range(len(key) - 1)}:
            holding.setdefault(pair_of, []).append(m)
    common = len(added) // 4  # (a pair of characters most new sentences hold, 公司 or 应当, tells none apart)
    holding = {two: ms for two, ms in holding.items() if len(ms) <= max(common, 8)}
    opening: Dict[str, List[int]] = {}  # the first MIN_MOVED characters of a new sentence → those sentences
    for m in added + put_in:  # (and a sentence put into a provision that stands: "国家加强农村的科普工作" opens 科学技术普及法
        # 第五条's new paragraph, "不再规定" of old 第二十条's first sentence wrong in reading 755's group)
        opening.setdefault(in_keys[m][:MIN_MOVED], []).append(m)
    nearest: Dict[str, List[int]] = {}  # a taken sentence's key → the new sentences that hold most of its pairs (at most 3)
    out = []
    for first, i, keys, _ in taken:
        for k, key in enumerate(keys, first):
            # (a sentence too short for its words to tell (RESTATED_WORDS) that opens a new one, whole: "国家发展文物保护事业" of
            # 文物保护法 第十条, now the opening of new 第十条 "国家发展文物保护事业，贯彻落实保护第一…", said "不再规定", wrong in
            # reading 572)
            opens = [m for m in opening.get(key[:MIN_MOVED], ()) if in_[m][0] != i
                     and len(key) >= MIN_MOVED and in_keys[m].startswith(key)
                     and len(in_keys[m]) > len(key) and not _prohibition_lost(sentence(k)[1].text, in_[m][1].text)]
            if len(opens) == 1:
                out.append((RESTATED_AT_LEAST, k, opens[0]))
                continue
            near = nearest.get(key)
            if near is None:  # (a sentence said again, boilerplate or a text repeated, is looked for once)
                twos = {key[x:x + 2] for x in range(len(key) - 1)} & holding.keys()
                hits = Counter(m for two in twos for m in holding[two])
                near = [m for m, n in hits.items() if n >= EXTENDED_PAIRS * len(twos) and len(in_keys[m]) > len(key)]
                # (cut into words only when near one)
                near = nearest[key] = sorted(near, key=lambda m: (-hits[m], m))[:3] \
                    if near and len(_content_words(key)) >= RESTATED_WORDS else []
            if not near:
                continue
            words = _content_words(key)
            for m in near:
                a, b = sentence(k)[1], in_[m][1]
                if sum(1 for w in words if w in b.text) >= EXTENDED_WORDS * len(words) \
                        and partial_ratio(key, in_keys[m]) >= EXTENDED and not _prohibition_lost(a.text, b.text) \
                        and not _another_thing_strengthened(a.text, b.text):
                    out.append((RESTATED_AT_LEAST, k, m))
    return out


#: A definition: "本条例所称战时，是指…" (the term: group 1).
_DEFINITION = recache.compile(r"^本(?:法|条例|办法|规定|细则|解释)所称([^，。；：“”]{1,20}?)(?:，|是指|包括|指)")


def _definitions_moved(taken, in_, sentence) -> List[Tuple[float, int, int]]:
    """(score, taken sentence, put-in sentence) for a definition taken out whose term another provision put in defines
    anew: 烈士褒扬条例 2019 第四十条's "本条例所称战时，是指国家宣布进入战争状态…" is 2024 第六十七条's "本条例所称战时，按照
    国家和军队有关规定执行" ("删除原第四十条" was wrong in reading 479). Scored as the least of moves; a term defined
    once in each version."""
    defining: Dict[str, List[int]] = {}
    for m, (_j, b) in enumerate(in_):
        d = _DEFINITION.match(b.text) if "所称" in b.text[:12] else None
        if d:
            defining.setdefault(d.group(1), []).append(m)
    if not defining:
        return []
    out = []
    for first, i, keys, _ in taken:
        for k in range(first, first + len(keys)):
            text = sentence(k)[1].text
            d = _DEFINITION.match(text) if "所称" in text[:12] else None
            ms = defining.get(d.group(1), []) if d else []
            if len(ms) == 1 and in_[ms[0]][0] != i:
                out.append((RESTATED_AT_LEAST, k, ms[0]))
    return out


#: A sentence restated in another provision is at least this near it (0–100; its words say the rest,
#: _restated): "股东人数较少或者规模较小的…可以设一至二名监事" / "规模较小或者股东人数较少的…设一名监事" is 59.7.
RESTATED_AT_LEAST = 55


#: A sentence restated elsewhere in fewer or more words: the shorter one's words (two characters
#: or more) that the other holds, at least this share of them, and at least RESTATED_OF_LONGER of
#: the longer one's, and at least RESTATED_WORDS of them. (0.8, not 0.85: 公司法 第八十三条's "以发起设立方式设立股份有限公司
#: 的，发起人应当书面认足公司章程规定其认购的股份…" is 第九十七条's "…发起人应当认足公司章程规定的公司设立时应发行的股份", 5 of
#: its 6 words; the only pairing the change makes on the corpus.)
RESTATED_OF_SHORTER = 0.8
RESTATED_OF_LONGER = 0.6
RESTATED_WORDS = 6
#: Characters alike (ratio), at least, for the shorter one's words to be held at NEAR_WORDS only: "国家安全机关的工作人员在依法执行
#: 紧急任务的情况下，经出示相应证件，可以优先乘坐公共交通工具，遇交通阻碍时，优先通行" is 反间谍法 2023 第四十二条's "…因执行紧急任务
#: 需要，经出示工作证件，享有优先乘坐公共交通工具、优先通行等通行便利" (70 alike, 13 of 17 words: "不再规定" wrong in reading 614).
RESTATED_NEAR, NEAR_WORDS = 70, 0.75
#: Characters, at least, of both for that, and for a word swapped among other edits to be their rewording (not
#: "以国务院专利行政部门规定的其他形式申请专利的" → "（三）国务院专利行政部门规定的其他事务", another thing).
NEAR_LONG = 30


def _said_at_home(a: Sentence, score: float, home: Pair) -> bool:
    """The sentence is said as near as that (or nearer) in its own provision's new text: it stayed
    ("执行董事可以兼任公司经理" is 公司法 第七十五条's "该董事可以兼任公司经理", not 第一百二十八条's, the new rule
    for 股份有限公司 worded alike: the twentieth reading)."""
    from rapidfuzz.fuzz import ratio

    return any(ratio(a.key, s.key) >= score for s in sentences(home.new_text)) if home.new_text else False


def _restated(a: Sentence, b: Sentence, home: Pair) -> bool:
    """``b`` states ``a``'s rule in fewer or more words ("任何单位和个人不得编造、传播有关突发事件事态
    发展或者应急处置工作的虚假信息" → "任何单位和个人不得编造、故意传播有关突发事件的虚假信息", 突发事件应对法
    第五十四条 → 第七条): near in characters (RESTATED_AT_LEAST), nearly all of the shorter one's words in
    the longer one, no short word swapped for another (another body, another act), no 不 put in or
    taken out ("内容适当的，决定维持" is not "但是内容不适当"), no prohibition turned into a rule of
    liability, and ``a`` not restated as near in its own provision's new text (行政复议法 第二十八条's
    维持 item is 第六十八条's rule, not 第六十三条's 变更 item)."""
    from rapidfuzz.fuzz import ratio

    if ("刑事责任" in a.text) != ("刑事责任" in b.text):
        return False  # (a criminal liability is no list of what is confiscated: 反间谍法 第三十二条's "非法持有属于国家秘密的
        # 文件、资料和其他物品，构成犯罪的，依法追究刑事责任" is not 第六十三条's "（二）非法获取、持有的属于国家秘密的文件、数据、
        # 资料、物品", "移至现第六十三条" wrong in reading 299)
    wa, wb = _content_words(a.text), _content_words(b.text)
    shorter, longer = sorted((len(wa), len(wb)))
    shared = len(wa & wb)
    # Most of the shorter one said word for word in one run: the same rule, its subject or its
    # procedure renamed at the ends (会计法 第八条's "中国人民解放军总后勤部可以依照本法和国家统一的会计制度制定军队
    # 实施国家统一的会计制度的具体办法，报国务院财政部门备案" → 第四十九条's "中央军事委员会有关部门…，抄送国务院财政部门").
    held = _longest_run(a.key, b.key) >= max(LONG_RUN, LONG_RUN_SHARE * min(len(a.key), len(b.key)))
    alike = ratio(a.key, b.key)
    near = min(len(a.key), len(b.key)) >= NEAR_LONG and alike >= RESTATED_NEAR
    words = NEAR_WORDS if near else SAME_WORDS if held else RESTATED_OF_SHORTER  # (of the shorter one's, held in the other)
    if not (shorter >= RESTATED_WORDS and shared >= words * shorter
            and shared >= RESTATED_OF_LONGER * longer and _negations(a.text) == _negations(b.text)
            and (held or not _about_another(a.key, b.key, near)) and not _prohibition_lost(a.text, b.text)) \
            and not _cut_down(a, b):
        # Its first phrase restated, what followed it left out ("国务院和县级以上地方各级人民政府是突发事件应对工作的
        # 行政领导机关，其办事机构及具体职责由国务院规定" → "县级以上人民政府是突发事件应对管理工作的行政领导机关",
        # 突发事件应对法 第九条 → 第十九条: "删除原第九条" in the twenty-eighth reading); the note quotes the part that went.
        head = a.text.split("，", 1)[0]
        if head == a.text or len(head) < HEAD_RESTATED or _POWER_AFTER.search(a.text, len(head)):
            return False  # (nor the object of a power alone: "对经检测不符合农产品质量安全标准的农产品，有权查封、扣押" is not
            # 农产品质量安全法 第七十一条's "（三）销售其他不符合农产品质量安全标准的农产品", "由原第三十九条移入" wrong in reading 310)
        return _restated(Sentence(head, a.start, a.start + len(head), _key(head)), b, home)
    return not _said_at_home(a, alike, home)


#: A sentence cut down to part of another: its characters, at least, and the share of them that stand in order in the
#: other; the characters both open on.
CUT_DOWN_AT_LEAST, CUT_DOWN_IN_ORDER, CUT_DOWN_OPENING = 12, 0.8, 4
#: Words of a choice, of a duty and of a ban: the same kinds in both, or another rule.
_MODALS = (("可以",), ("应当", "必须", "应予"), ("不得",))


def _cut_down(a: Sentence, b: Sentence) -> bool:
    """One sentence is the other cut down to one of its rules, both opening alike and CUT_DOWN_IN_ORDER of the shorter's
    characters standing in order in the longer: "公司发行新股募足股款后，必须向公司登记机关办理变更登记，并公告" → "公司发行
    股份募足股款后，应予公告" (公司法 第一百三十六条 → 第一百五十六条: "删除原第一百三十六条" beside "新增规定", wrong in the
    forty-ninth and fiftieth readings). Not across a 不 or a modal word put in or taken out."""
    short, long_ = sorted((a.key, b.key), key=len)
    if len(short) < CUT_DOWN_AT_LEAST or short[:CUT_DOWN_OPENING] != long_[:CUT_DOWN_OPENING]:
        return False
    if _negations(a.text) != _negations(b.text) or _prohibition_lost(a.text, b.text):
        return False
    if any(any(w in a.text for w in words) != any(w in b.text for w in words) for words in _MODALS):
        return False  # ("公司发行的股票，可以为记名股票，也可以为无记名股票" → "…应当为记名股票": a choice made a duty)
    in_order, figures = held_in_order(short, long_)
    # (its figures and the items it cites all said there: "有前款第三项行为的，处…" is not "第一项")
    return figures and in_order >= CUT_DOWN_IN_ORDER * len(short)


def _flipped(a: str, b: str) -> bool:
    """One text says not to do what the other says to do: "不撤销" in one, "撤销" and no "不撤销" in the other. A
    prohibition ("不得利用") is no flip of the same act forbidden further off, a condition between ("董事、高级管理人员不得
    未经股东会同意，利用职务便利…", an item read with its lead-in "…不得有下列行为")."""
    a, b = a.replace("未", "不"), b.replace("未", "不")  # ("不立即采取" is "未立即采取")
    for x, y in ((a, b), (b, a)):
        for m in _NEGATED.finditer(x):
            if m.group(1) in y and m.group() not in y and not (
                    m.group().startswith(("不得", "不应当")) and _forbidden(y, m.group(1))):
                return True
    return False


def _forbidden(text: str, act: str) -> bool:
    """Every time ``text`` says ``act``, a prohibition (不得, 禁止, 严禁) stands before it in its sentence."""
    for at in all_at(text, act):
        start = max(text.rfind(stop, 0, at) for stop in "。；\n") + 1
        if not any(w in text[start:at] for w in _PROHIBITS):
            return False
    return True


#: 不, a modal word it may govern, and the two characters of the act after them ("不需要撤销": 撤销).
_NEGATED = recache.compile(r"不(?:需要|需|得|予|必|应当|能)?([\u4e00-\u9fff]{2})")


def _negations(text: str) -> int:
    """How many times the text says 不 or 未 ("不立即采取处理措施" and "未立即采取有效措施" say one each: 海洋环境保护法
    第七十三条（四） → 第九十四条（四）, "不再规定" wrong in the thirty-ninth reading)."""
    return text.count("不") + text.count("未")


def _unlabelled(text: str) -> str:
    """The sentence's key without the item label it opens with."""
    return _key(ITEM_LABEL.sub("", text, count=1) if ITEM_LABEL.match(text) else text)


#: Characters, at least, of a sentence's first phrase restated alone.
HEAD_RESTATED = 16
#: What follows a first phrase that is only what a power or a sanction is used on.
_POWER_AFTER = recache.compile(r"有权|查封|扣押|没收|吊销|责令|罚款")


#: A run both sentences hold word for word this long (characters, and this share of the shorter) is
#: one rule, whatever words at its ends were swapped.
LONG_RUN, LONG_RUN_SHARE = 20, 0.6


_CONDITION_KINDS = (FindingKind.CONDITION_REMOVED, FindingKind.CONDITION_ADDED)


def _moved(pairs: List[Pair], lexicon: Lexicon, renames: Sequence[Rename] = ()) -> List[Pair]:
    extra: Dict[int, List[Finding]] = {}
    gone: Dict[int, set] = {}
    moved_sentences: Dict[int, List[str]] = {}
    moved_text_quotes: Dict[int, set] = {}
    moved_to_labels: Dict[int, set] = {}  # a pair → the provisions its sentences moved to
    renamed = [(r.old, r.new) for r in renames]
    rewritten_here: Dict[int, Dict[Finding, Finding]] = {}  # a pair → its "不再规定" said "改写" into a sentence moved in
    for i, old_s, j, new_s in find_moves(pairs, renames):
        to, came = _labels(_holding(pairs[j].new, new_s)), _labels(_holding(pairs[i].old, old_s))
        q_whole, q_new = quote(old_s.text, lexicon), quote(new_s.text, lexicon)
        # (a definition is quoted whole: its term alone, "“本条例所称战时”移至…", would not say what it defined)
        part = old_s.text if _DEFINITION.match(old_s.text) else _part_moved(old_s.text, new_s.text)
        q_old = q_whole if part == old_s.text else quote(part, lexicon)
        # (an item moved to another list under another number is not reworded: "（四）拒报或者谎报…" → "（一）拒报或者谎报…",
        # 海洋环境保护法 第七十四条 → 第一百一十一条, "文字有改动" wrong in the thirty-ninth reading)
        edited = _unlabelled(old_s.text) != _unlabelled(new_s.text)
        zh, en = reworded_as(old_s.text, new_s.text, lexicon, renamed, part=part) if edited else ("", "")
        there = SANCTIONS_THERE if _conduct_under_sanctions_there(pairs[i], old_s.text, part, pairs[j]) else ("", "")
        # (the new sentence, of which less than half was the old one's, came in largely rewritten: "“国家发展文物保护事业，贯彻落实
        # 保护第一…的工作要求”由原第十条移入" said "文字有改动" of a sentence three quarters new, 文物保护法 第十条)
        # (and less than half was the whole old sentence: its opening reworded went with the part said moved, "发现机关、
        # 单位存在泄密隐患的，应当要求其采取措施…" → "发现存在泄露国家秘密隐患的，应当要求采取措施…", 保守国家秘密法 第四十四条 →
        # 第五十二条, "并作较大修改" false in reading 1861)
        came_zh, came_en = REWRITTEN if edited and largely_rewritten(new_s.text, part) \
            and largely_rewritten(new_s.text, old_s.text) else (zh, en)
        own = _own_rewritten_into(pairs[j], new_s.text, part) if came_zh == REWRITTEN[0] else None
        if own is not None:  # (the rest of it is a sentence of its own provision rewritten: those phrases alone came)
            taken, phrases = own
            rewritten_here.setdefault(j, {})[taken] = _rewritten_note(taken.old, q_new)
            as_it_was = phrases == part
            extra.setdefault(i, []).append(moved_to(q_old, to, None if as_it_was else q_new, *(
                ("", "") if as_it_was else (there[0] + zh, there[1] + en))))
            extra.setdefault(j, []).append(moved_from(quote(phrases, lexicon), came, None if as_it_was else q_old, *(
                ("", "") if as_it_was else REWORDED)))
        else:
            extra.setdefault(i, []).append(moved_to(q_old, to, q_new if edited else None, there[0] + zh, there[1] + en))
            extra.setdefault(j, []).append(moved_from(q_new, came, q_old if edited else None, came_zh, came_en))
        moved_text_quotes.setdefault(i, set()).update((q_old, q_whole))
        moved_to_labels.setdefault(i, set()).update(to.split("、"))
        moved_text_quotes.setdefault(j, set()).add(q_new)
        moved_sentences.setdefault(i, []).append(old_s.text)
        moved_sentences.setdefault(j, []).append(new_s.text)
        gone.setdefault(i, set()).add(f"不再规定：“{q_whole}”")
        gone.setdefault(j, set()).add(f"新增规定：“{put_in_quote(new_s.text, lexicon)}”")
        if "；" in new_s.text:  # (a sentence said cut in two, _split_moves: each half was "新增规定" of its own)
            gone[j].update(f"新增规定：“{put_in_quote(s.text, lexicon)}”" for s in sentences(new_s.text))
    out = []
    for k, pair in enumerate(pairs):
        if k not in extra:
            out.append(pair)
            continue
        moved_text = [t for t in moved_sentences.get(k, ())]
        quotes = moved_text_quotes.get(k, ())
        # (a rewrite whose new sentence cites where the old one moved is what was left in its place, said beside the move:
        # "（三）有由医学、法学、伦理学等方面专家组成的…伦理委员会…" → "（三）有符合本条例第十八条第一款规定的人体器官移植伦理
        # 委员会", 人体器官捐献和移植条例 第十一条 → 第二十三条, the item moved to 第十八条: dropped once both quoted the old
        # item whole, worse in reading 1327)
        pointers = moved_to_labels.get(k, ())
        kept = tuple(f for f in pair.findings if f.message not in gone.get(k, ()) and not (
            _clauses_all_gone(f.message, gone.get(k, ()))) and not (
            f.message.startswith("改写：") and any(q and q in quotes for q in (f.old, f.new))
            and not any(label in (f.new or "") for label in pointers)) and not (
            _merged_from_moved(f, moved_text)) and not (
            f.kind in _CONDITION_KINDS and any(q and q.rstrip("…") and (q.rstrip("…") in t or t in q)
                                               for q in (f.old, f.new) for t in moved_text)))
        if k in rewritten_here:
            kept = tuple(rewritten_here[k].get(f, f) for f in kept)
        kept = tuple(_without_parts_moved(f, moved_text) for f in kept)
        out.append(replace(pair, findings=kept + _put_in_beside_a_move(pair, quotes, lexicon) + tuple(extra[k])))
    return out


#: Share of a sentence its provision took out (in order, of its characters: OWN_AT_LEAST or more), at least, that the rest
#: of a sentence moved into the provision says, and twice what the moved part says, for the one to be the other rewritten,
#: the moved sentence's phrases added to it (_own_rewritten_into).
OWN_REWRITTEN, OWN_AT_LEAST = 0.6, 12


def _own_rewritten_into(pair: Pair, new: str, part: str) -> Optional[Tuple[Finding, str]]:
    """The one "不再规定" note of ``pair`` whose sentence the rest of ``new`` (a sentence moved in, largely rewritten) says
    OWN_REWRITTEN of, beside the phrases of ``new`` that say the part of a sentence moved in (``part``: each of whose words
    the part says, the first of them its opening): ``new`` is the provision's own sentence rewritten, the moved phrases put
    into it. 科学技术普及法 2002 第四条 "国家扶持少数民族地区、边远贫困地区的科普工作" is 2024 第五条's "国家加强农村的科普
    工作，扶持革命老区、民族地区、边疆地区、经济欠发达地区的科普工作，…", "国家加强农村的科普工作" 第二十条's: "不再规定" of
    the one and "由原第二十条移入，并作较大修改" of the whole were wrong in reading 1126."""
    phrases = [p for p in new.split("，") if p]
    theirs = _content_words(part)
    came = [k for k, p in enumerate(phrases) if (words := _content_words(p)) and words <= theirs]
    if not came or came != list(range(len(came))) or len(came) == len(phrases):  # (its opening phrases, not all)
        return None
    rest, mine = _key("，".join(phrases[len(came):])), _key(part)
    found = []
    for f in pair.findings:
        if f.kind is FindingKind.WORDING_CHANGED and f.old and not f.new and f.message.startswith("不再规定：“") \
                and len(key := _key(f.old.rstrip("…"))) >= OWN_AT_LEAST \
                and held_in_order(key, rest)[0] >= max(OWN_REWRITTEN * len(key), 2 * held_in_order(key, mine)[0]):
            found.append(f)
    return (found[0], "，".join(phrases[:len(came)])) if len(found) == 1 else None


def _rewritten_note(old: str, new: str) -> Finding:
    """"改写：“old”改为“new”" (both quoted already)."""
    return Finding(FindingKind.WORDING_CHANGED, old, new, f"改写：“{old}”改为“{new}”", f"rewritten: “{old}” → “{new}”")


def _clauses_all_gone(message: str, gone) -> bool:
    """A note that a paragraph was put in (taken out) whose every clause ("；" between them) a move says came in (went):
    "新增规定：“预防恐怖主义融资活动适用本法；其他法律另有规定的，适用其规定”" beside both clauses "由原第三十六条移入" (反洗钱法 第二条,
    wrong in reading 648)."""
    for said in ("新增规定：“", "不再规定：“"):
        if message.startswith(said) and message.endswith("”") and "；" in message:
            parts = message[len(said):-1].split("；")
            return all(f"{said}{part}”" in gone for part in parts)
    return False


#: Share of a sentence's words, at least, an old text says for it to be no rule put in (``_put_in_beside_a_move``).
OLD_WORDS_SAID = 1 / 3


def _old_words(sentence: str, old_text: str) -> bool:
    """The old text says OLD_WORDS_SAID or more of the sentence's words: it held the rule, in other words or elsewhere."""
    words = _content_words(sentence)
    return bool(words) and sum(w in old_text for w in words) >= OLD_WORDS_SAID * len(words)


def _put_in_beside_a_move(pair: Pair, quotes, lexicon: Lexicon) -> Tuple[Finding, ...]:
    """The new sentence of a rewrite whose old sentence moved elsewhere (the rewrite dropped) and whose new one did not:
    put in ("新增规定：“媒体报道涉及妇女事件应当客观、适度…”", 妇女权益保障法 第二十八条, once its "改写" from "禁止用侮辱、诽谤等
    方式损害妇女的人格尊严", new 第二十条's, went). Not one whose words the old provision says a third of: the rule was there
    (农产品质量安全法 第六条's 风险评估专家委员会, 烈士褒扬条例's 捐助, both said "新增规定" wrongly in reading 594)."""
    out = []
    said = [g.new.split("…")[0] for g in pair.findings if g.new and not (g.message.startswith("改写：") and g.old in quotes)]
    # (the old text without the sentences that went elsewhere: their words are no sign the rule was here)
    rest = pair.old_text
    for f in pair.findings:
        if f.message.startswith("改写：") and f.old in quotes and f.old in rest:
            rest = rest.replace(f.old, "")
    for f in pair.findings:
        if f.message.startswith("改写：") and f.old in quotes and f.new and f.new not in quotes and "；" not in f.old:
            for s in _rewrite_new_sentences(f.new, pair.new_text, said):
                if not _old_words(s, rest):
                    q = put_in_quote(s, lexicon)
                    out.append(Finding(FindingKind.WORDING_CHANGED, None, q, f"新增规定：“{q}”", f"now provides: “{q}”"))
    return tuple(out)


def _rewrite_new_sentences(new: str, new_text: str, said: Sequence[str]) -> List[str]:
    """The new sentences a rewrite's new quote stands for: itself, when whole; when cut short ("…"), the sentence of the
    new text it opens, and the one after it when the quote runs past the first and no other note quotes that one (an old
    sentence split in two, _split_in_two: "在畜禽屠宰相关环节，…定罪处罚" and "对畜禽注水或者注入其他物质，…定罪处罚" of 危害食品安全
    刑事案件解释 第十二条 → 第十七条, the rewrite dropped when the old sentence moved to 第十八条: neither said, found in
    reading 717)."""
    if "…" not in new:
        return [new] if new in new_text else []
    head = re.split(r"[。；]", new.split("…")[0])[0]  # (a quote that runs past its first sentence's "；": that sentence)
    said_new = sentences(new_text)
    at = next((k for k, s in enumerate(said_new) if head and s.text.startswith(head)), None)
    if at is None:
        return []
    out = [said_new[at].text]
    following = said_new[at + 1] if at + 1 < len(said_new) else None
    if following is not None and new_text[said_new[at].end:following.start].strip() == "；" and not any(
            q and (following.text.startswith(q) or q.startswith(following.text[:len(q)])) for q in said):
        out.append(following.text)
    return out


#: What the note of a deleted provision's conduct moved says when the rest of its sentence was sanctions alone and the
#: provision it went to sets sanctions of its own (_conduct_under_sanctions_there).
SANCTIONS_THERE = ("，处罚改依该条规定", " (its penalties are now that article's)")
#: A clause that only sets when a sanction applies ("构成犯罪的", "情节严重的").
_SANCTION_CASE = recache.compile(r"^(?:尚不构成|构成|情节|造成|有违法所得|没有违法所得|违法所得)")


def sanctions_only(text: str) -> bool:
    """Every clause of the text sets a sanction or when one applies ("由其所在单位…予以处分，或者由国家安全机关处十五日以下行政
    拘留；构成犯罪的，依法追究刑事责任")."""
    clauses = [c for c in re.split(r"[，；。\n]", text) if c.strip()]
    return bool(clauses) and all(_SANCTIONS.search(c) or _SANCTION_CASE.match(c) for c in clauses)


def _conduct_under_sanctions_there(home: Pair, sentence: str, part: str, there: Pair) -> bool:
    """A deleted provision's conduct ("明知他人有间谍犯罪行为，…拒绝提供的") moved alone, the rest of its sentence sanctions
    ("由其所在单位…予以处分，或者由国家安全机关处十五日以下行政拘留"), into a provision that sets sanctions of its own (反间谍法
    第二十九条 → 第六十条（二）, its penalties the new article's lead-in: "整条删除，部分内容现见第六十条", the third headline,
    wrong in reading 546: a merge)."""
    return home.status is Status.DELETED and part != sentence and sentence.startswith(part) and part.endswith("的") \
        and sanctions_only(sentence[len(part):]) and bool(_SANCTIONS.search(there.new_text))


def _merged_from_moved(f: Finding, moved: Sequence[str]) -> bool:
    """A rewrite that says several old sentences merged into one ("改写：“A”“B”合并为“C”") each of which is said moved to
    another provision: they went there, not into C (科学技术普及法 第二十四条's two clauses, "合并为" 第四十六条's new first
    paragraph beside "…移至现第四十五条" of each: wrong in reading 376)."""
    if not moved or not f.old or not f.message.startswith("改写：") or "合并为" not in f.message:
        return False
    return all(any(part.strip("…") and part.strip("…") in t for t in moved) for part in f.old.split("；"))


def _without_parts_moved(f: Finding, moved: Sequence[str]) -> Finding:
    """A rewrite of several old sentences into one ("改写：“A”“B”改为“C”", "…合并为…") some of which (not all:
    _merged_from_moved) are said moved to another provision, said of the others alone: 畜牧法 2015 第五十条's 产销信息 sentence,
    now 2022 第七十五条's, was quoted as rewritten into 第六十一条's market sentence beside its move (wrong in reading 1131)."""
    if not moved or not f.old or not f.new or "；" not in f.old or not f.message.startswith("改写：“") \
            or "”“" not in f.message:
        return f
    parts = f.old.split("；")
    left = [part for part in parts if not (part.strip("…") and any(part.strip("…") in t for t in moved))]
    if not left or len(left) == len(parts):
        return f
    if len(left) == 1:
        return _rewritten_note(left[0], f.new)
    zh, en = "".join(f"“{q}”" for q in left), ", ".join(f"“{q}”" for q in left)
    return replace(f, old="；".join(left), message=f"改写：{zh}合并为“{f.new}”",
                   message_en=f"rewritten: {en} merged into “{f.new}”")


def _holding(clauses, s: Sentence):
    """Of a pair's clauses, the one whose text holds sentence ``s`` (the pair's text is theirs joined by a line): a move
    names that one, not every clause of a split ("移至现第一百一十三条、第一百一十四条" of a sentence only 第一百一十三条 says,
    慈善法 第一百零七条, wrong in reading 314); all of them when none holds it whole."""
    if len(clauses) < 2:
        return clauses
    held = [c for c in clauses if s.text.rstrip("。；") in c.text]
    return held[:1] if len(held) == 1 else clauses


#: A phrase of a moved sentence whose words (two characters or more, this many at least) its new form
#: holds less than PART_HELD of did not go with it.
PART_WORDS, PART_HELD = 3, 0.34


def _part_moved(old: str, new: str) -> str:
    """The phrases of ``old`` that went into ``new``, when some went elsewhere: "本市推行工程质量潜在缺陷保险制度，
    探索推行建筑师负责制" moved to 上海 第三十九条 is "本市推行工程质量潜在缺陷保险制度" (建筑师负责制 is 第三十八条's: the
    twenty-second reading). The whole sentence when every phrase went, or none can be told apart."""
    phrases = old.split("，")
    if len(phrases) < 2:
        return old
    kept = []
    said = [_content_words(phrase) for phrase in phrases]
    for i, words in enumerate(said):
        # (its own words, when it has PART_WORDS or more that no other phrase of the sentence says: "并按照公司章程规定缴纳出资"
        # went with "发起人应当书面认足公司章程规定其认购的股份" by 公司章程 and 规定 alone, 公司法 第八十三条 → 第九十七条, its
        # payment now 第九十八条's: quoted as moved in the fifty-fifth reading)
        own = words.difference(*(other for k, other in enumerate(said) if k != i))
        looked = own if len(own) >= PART_WORDS else words
        if len(words) >= PART_WORDS and sum(w in new for w in looked) < PART_HELD * len(looked):
            continue
        kept.append(i)
    if not kept or len(kept) == len(phrases):
        return old
    # phrases apart in the sentence are quoted with "……" between them: joined by "，" they read as words the
    # old text never held (保障中小企业款项支付条例 第十七条's "…应当依法及时处理，同时反馈受理投诉部门" without
    # "并将处理结果告知投诉人": wrong in the fifty-third reading)
    return "".join(("" if not n else "，" if i == kept[n - 1] + 1 else "……") + phrases[i] for n, i in enumerate(kept))


_NORM = recache.compile(r"^规范用语：“(.+?)”改为“(.+?)”")


_STEP = recache.compile(r"^新增程序“(.+)”$|^程序“(.+)”被删除$")
_PUT_OR_TAKEN = recache.compile(r"(新增|删除)“([^”]*)”")


def _steps_said_otherwise(pair: Pair) -> Pair:
    """A procedural step put in (taken out) with words a note of the pair quotes as put in (taken out): a
    sentence said whole ("新增规定：“应急预案的制定、修订、备案等工作程序和管理办法由国务院规定”") or words of a wording
    note ("表述修改：新增“并报国务院备案”"). "新增程序“备案”" beside them says it again, in less (突发事件应对法
    第二十六、二十八条, 海洋环境保护法 第七十三条: useless items of the eighteenth and nineteenth readings). Beside a
    rewrite ("改写：…改为…") the step is kept: it says what the rewrite changed. (After _steps_elsewhere: a step
    that moved is said so on both pairs first.)"""
    steps = [(f, m.group(1) or m.group(2), bool(m.group(1))) for f in pair.findings
             if f.kind in _CONDITION_KINDS and (m := _STEP.match(f.message))]
    if not steps:
        return pair
    put, taken, moved_in = [], [], []
    for f in pair.findings:
        if f.message.startswith("新增规定："):
            put.append(f.message)
        elif f.message.startswith("不再规定："):
            taken.append(f.message)
        elif f.message.startswith("表述修改："):
            for verb, words in _PUT_OR_TAKEN.findall(f.message):
                (put if verb == "新增" else taken).append(words)
        elif f.kind is FindingKind.TEXT_MOVED and (m := CAME_FROM.match(f.message)):
            moved_in.append((m.group(1), f.old or ""))
    said = {id(f) for f, step, added in steps if any(step in q for q in (put if added else taken)) or (
        # a sentence moved in that holds the step where its old form did not ("应急预案的制定、修订、备案等工作程序…"
        # 由原第十七条移入: its quote shows 备案; "新增程序“备案”" beside it read as a new filing duty, a headline of
        # the twenty-fifth and twenty-sixth readings)
        added and any(step in q and step not in old for q, old in moved_in))}
    return replace(pair, findings=tuple(f for f in pair.findings if id(f) not in said)) if said else pair


def _norm_spelling_once(pairs: List[Pair]) -> List[Pair]:
    """Each drafting-norm spelling (必须 → 应当, 应 → 应当) said once, on its first provision, with the count."""
    places: Dict[Tuple[str, str], List[Finding]] = {}
    for p in pairs:
        for f in p.findings:
            m = _NORM.match(f.message)
            if m:
                places.setdefault(m.groups(), []).append(f)
    if not places:
        return pairs
    first = {id(fs[0]): (words, max(sum(_places(f.message) for f in fs) + _inside_other_edits(pairs, *words),
                                    _in_place(pairs, *words)))
             for words, fs in places.items()}
    texts = [c.text for p in pairs for c in p.new]
    olds = [c.text for p in pairs for c in p.old]
    for key, ((a, b), count) in list(first.items()):
        if len(a) == len(b) == 1:  # a character spelled anew (帐 → 账): its uses in the texts, also those inside
            # sentences a rewrite quotes whole, which have no note of their own (会计法: 48 said of 50, the
            # twenty-fourth reading)
            gone = sum(t.count(a) for t in olds) - sum(t.count(a) for t in texts)
            came = sum(t.count(b) for t in texts) - sum(t.count(b) for t in olds)
            first[key] = ((a, b), max(count, min(gone, came)))

    def survives(a: str, b: str) -> bool:  # (a use of a inside b is none)
        if len(a) < 2:  # one character is inside many words (应 in 相应): a character spelled anew (帐 → 账) looked
            # for as it is, 须 outside 必须, no other said written nowhere ("全文“须”改为“应当”" was false of 公司法, whose
            # 第二百三十条 still says "须经", the fortieth reading)
            if len(b) == 1:
                return any(a in t for t in texts)
            return a != "须" or any(t.count("须") > t.count("必须") for t in texts)
        inside = b.count(a) if a in b else 0
        return any(t.count(a) > inside * t.count(b) for t in texts if a in t)

    out = []
    for pair in pairs:
        findings = []
        for f in pair.findings:
            if not _NORM.match(f.message):
                findings.append(f)
            elif id(f) in first:
                (a, b), count = first[id(f)]
                if count <= 1 and _norm_quoted_by_another(pair, f, a, b):
                    # (its one place inside another note's quotes, "“任何单位均应”改为“用人单位应当”": "规范用语：“应”改为
                    # “应当”（义务未变）" beside it read as the duty unchanged where its bearer changed, 妇女权益保障法
                    # 第二十六条 → 第四十七条, misleading in reading 1860)
                    continue
                duty = a in ("必须", "须", "应")
                # "全文" only when the old word is written nowhere in the new version (上海: 48 "相关" are
                # left beside the 20 made "有关"; 公司法 第二十九条 keeps "必须报经批准").
                whole, whole_en = ("", "") if survives(a, b) else ("全文", " throughout")
                # (the count is the document's: this provision's own said beside it, as a rename's note says "本条3处";
                # "（共4处）" on 公司法 第一百一十一条, which has one, read as false in the fiftieth reading)
                here = _places(f.message)
                own, own_en = (f"，本条{here}处", f", {here} here") if here != count else ("", "")
                # (one place: no count, "（共1处…）" / "(1 places…)" read as a slip in the English reading 100)
                places, places_en = (f"共{count}处{own}，", f"{count} places{own_en}; ") if count > 1 else ("", "")
                findings.append(replace(
                    f, message=f"规范用语：{whole}“{a}”改为“{b}”（{places}{'义务' if duty else '含义'}未变）",
                    message_en=f"drafting-norm wording: “{a}” now written “{b}”{whole_en} ({places_en}"
                               f"the {'duty' if duty else 'meaning'} is the same)"))
        out.append(pair if len(findings) == len(pair.findings) and all(
            x is y for x, y in zip(findings, pair.findings)) else replace(pair, findings=tuple(findings)))
    return out


def _norm_quoted_by_another(pair: Pair, note: Finding, a: str, b: str) -> bool:
    """Another wording note of the provision quotes ``a`` on its old side and ``b`` on its new, each ending its quote."""
    return any(m.group(1).endswith(a) and m.group(2).endswith(b) and not m.group(1).endswith(b)
               for f in pair.findings if f is not note and f.kind is FindingKind.WORDING_CHANGED
               for m in CHANGED_QUOTES.finditer(f.message))


#: Characters after a word that say it stands in the same place in both versions of a provision.
SAME_PLACE = 4


def _in_place(pairs: List[Pair], a: str, b: str) -> int:
    """How many times a provision's old text says a word of two characters or more (相关) where its new text says the
    other (有关), the SAME_PLACE characters after it the same: also places a note's edits do not show (上海市优化营商环境条例
    第五十六条 → 第六十六条's "相关行政管理部门应当…" → "有关行政管理部门应当…", in a sentence the diff matched across a sentence
    put in before it: "共22处" of 23, wrong in reading 123)."""
    if len(a) < 2:
        return 0
    n = 0
    for p in pairs:
        old, new = p.old_text, p.new_text
        if a not in old or b not in new:
            continue
        after = Counter(old[at + len(a):at + len(a) + SAME_PLACE] for at in all_at(old, a))
        for tail, times in after.items():
            if len(tail) == SAME_PLACE:
                n += max(0, min(times, new.count(b + tail)) - new.count(a + tail))
    return n


def _inside_other_edits(pairs: List[Pair], a: str, b: str) -> int:
    """How many times a wording note's edits make the spelling among their words ("表述修改：“移至中国”改为“转移至中华人民
    共和国”"): places of the norm the norm's own notes do not count (公司法 "中国" → "中华人民共和国": 11 said of 12, the
    fifty-first reading). Only a word of two characters or more, and an edit that says it as often on both sides."""
    if len(a) < 2:
        return 0
    n = 0
    for p in pairs:
        for f in p.findings:
            if f.message.startswith("表述修改：") and a in f.message:
                for x, y in CHANGED_QUOTES.findall(f.message):
                    if x.count(a) and x.count(a) == y.count(b) and a not in y:
                        n += x.count(a)
    return n


def _places(message: str) -> int:
    if message.endswith("处）") and "（共" in message:
        return int(message.rsplit("（共", 1)[1][:-2])
    return 1


_PROHIBITS = ("不得", "禁止", "严禁")


def _prohibition_lost(old: str, new: str) -> bool:
    """A prohibition whose words now stand in a sentence that prohibits nothing: a rule of liability
    for the same conduct ("股东…不得滥用公司法人独立地位…损害公司债权人的利益" → "公司股东滥用公司法人独立
    地位…应当对公司债务承担连带责任", 公司法 第二十条 → 第二十三条), not the prohibition moved."""
    return any(w in old for w in _PROHIBITS) and not any(w in new for w in _PROHIBITS)


_NUMERALS = set("零〇一二三四五六七八九十百千两0123456789")
#: Characters that name nothing (particles, prepositions, joiners): a run of these alone swapped for a word is no
#: other subject ("依法办理公司设立登记" → "依法向公司登记机关申请设立登记": 办理 for 向).
_NAMES_NOTHING = set("的之向对和及与或在由于将把被")


def _about_another(a: str, b: str, reworded: bool = False) -> bool:
    """Two near-identical sentences about different things: a word of one to three characters replaced
    by another ("董事会成员中的职工代表" / "监事会成员中的职工代表"); renumbered citations do not count. ``reworded``:
    sentences that hold each other's words, a word swapped among other edits is their rewording, only a word swapped
    alone tells another thing ("…造成海洋环境污染事故，不立即采取处理措施的" → "…造成或者可能造成海洋环境污染、生态破坏事件，
    未立即采取有效措施或者逃逸的", 海洋环境保护法 第七十三条（四） → 第九十四条（四）: "不再规定", left undone after the
    thirty-eighth reading). A particle or preposition swapped for a word is no other thing: "设立新公司的，应当依法办理公司设立
    登记" is 公司法 第二十九条's "设立公司，应当依法向公司登记机关申请设立登记" (第一百七十九条's "不再规定", wrong in the hundred-and-
    eighth reading)."""
    from rapidfuzz.distance import Indel

    runs, last = [], None
    for op in Indel.opcodes(a, b):
        if op.tag == "equal":
            last = None
            continue
        if last is None:
            last = [op.src_start, op.src_end, op.dest_start, op.dest_end]
            runs.append(last)
        else:
            last[1], last[3] = max(last[1], op.src_end), max(last[3], op.dest_end)
    for s0, s1, d0, d1 in runs:
        x, y = a[s0:s1], b[d0:d1]
        at = s0  # (the numerals before the run too: "第十六条" → "第十五条" changes 六 after 第十)
        while at and a[at - 1] in _NUMERALS:
            at -= 1
        citation = set(x + y) <= _NUMERALS and a[at - 1:at] == "第"
        if x and y and len(x) <= 3 and len(y) <= 3 and not citation \
                and not (set(x) <= _NAMES_NOTHING or set(y) <= _NAMES_NOTHING):
            return not reworded or len(runs) == 1
    return False


def document_findings(pairs: Sequence[Pair], lexicon: Lexicon, renames: Sequence[Rename] = ()) -> Tuple[Pair, ...]:
    """The pairs with the findings only the whole document can tell (its ``renames`` made in the sentences
    looked for elsewhere)."""
    from .gone import _now_elsewhere
    from .notes_elsewhere import (_conditions_elsewhere, _deleted_words_elsewhere, _paragraph_went_whole, _steps_elsewhere,
                                  _with_its_paragraph, _written_out_where_cited)

    pairs = _with_its_paragraph(_now_elsewhere(_moved(list(pairs), lexicon, renames), lexicon, renames))
    pairs = _paragraph_went_whole(pairs)
    pairs = _steps_elsewhere(_conditions_elsewhere(_written_out_where_cited(_deleted_words_elsewhere(pairs))), lexicon)
    return tuple(_norm_spelling_once([_header_with_its_items(_the_rest_put_in(_steps_said_otherwise(p), lexicon))
                                      for p in pairs]))


#: A list's header, quoted alone ("开展募捐活动有下列情形之一的"), and an item of a list ("（二）通过虚构事实…").
_LIST_HEADER = recache.compile(r"下列[^，。；“”]{0,10}?(?:之一)?的$")
_ITEM = recache.compile(r"^（[一二三四五六七八九十]+）")


def _header_with_its_items(pair: Pair) -> Pair:
    """A list's header said moved where its items are said moved too is said by them: "“开展募捐活动有下列情形之一的”不再在此规定，
    现见第一百一十一条" beside "“（二）通过虚构事实等方式欺骗、诱导募捐对象实施捐赠的”移至现第一百一十一条" and two more items (慈善法
    第一百零一条: the header's note, no rule of its own, useless in reading 339)."""
    moved = [(f, m) for f in pair.findings if f.kind is FindingKind.TEXT_MOVED
             for m in (NOW_AT.match(f.message) or CAME_FROM.match(f.message),) if m]
    if len(moved) < 2:
        return pair
    said = {id(f) for f, m in moved if _LIST_HEADER.search(m.group(1))
            and any(_ITEM.match(other.group(1)) and other.group(2) == m.group(2) for g, other in moved if g is not f)}
    return replace(pair, findings=tuple(f for f in pair.findings if id(f) not in said)) if said else pair


#: Sentences, at most, put into a new provision most of which came from another, said one by one.
REST_PUT_IN = 2


def _the_rest_put_in(pair: Pair, lexicon: Lexicon) -> Pair:
    """A new provision part of which came from another says the rest of it put in: "新增规定：“经全体股东一致同意，也可以
    不设监事”" beside "“规模较小或者股东人数较少的有限责任公司，可以不设监事会，设一名监事…”由原第五十一条移入" (公司法 第八十三条:
    a company may now have no supervisor at all, which no note said, the forty-third reading)."""
    if pair.status is not Status.ADDED or not any(f.kind is FindingKind.TEXT_MOVED for f in pair.findings):
        return pair
    came = [m.group(1) for f in pair.findings if f.kind is FindingKind.TEXT_MOVED and (m := CAME_FROM.match(f.message))]
    if not came:
        return pair
    said = [s for s in sentences(pair.new_text) if len(s.key) >= MIN_MOVED]
    rest = [s for s in said if not any(_quotes_whole(q, s.text) for q in came)]
    if len(rest) > REST_PUT_IN or sum(len(s.key) for s in rest) * 2 > sum(len(s.key) for s in said):
        return pair  # (mostly new: "新增第X条", its own headline, says it)
    put = tuple(Finding(FindingKind.WORDING_CHANGED, None, q, f"新增规定：“{q}”", f"now provides: “{q}”")
                for q in (put_in_quote(s.text, lexicon) for s in rest))
    return replace(pair, findings=pair.findings + put) if put else pair


__all__ = ["document_findings", "find_moves", "clip"]


#: Where a moved sentence is now, in a text_moved note: "…现见第二百零八条（文字有改动）", "…移至现第六十二条". The quote may
#: hold quotes of its own ("“受理投诉部门应当按照“属地管理、分级负责…”的原则…”": 保障中小企业款项支付条例 第二十五条, said
#: "新增第二十五条" without where its first sentence came from, reading 109).
NOW_AT = recache.compile(r"^“((?:[^“”]|“[^“”]*”)+)”(?:不再在此规定，现见|移至现)(第[^，（）“”]+?条)")
#: Where a moved sentence came from, in a text_moved note: "“…”由原第八条移入，文字有改动".
CAME_FROM = recache.compile(r"^“((?:[^“”]|“[^“”]*”)+)”由原(第[^，（）“”]+?条)移入")
#: A sentence this short moved elsewhere ("构成犯罪的，依法追究刑事责任", said in one closing article for
#: the whole law) is boilerplate, not part of the deleted article's own content.
MOVED_AT_LEAST = 16
#: ...a shorter one is its own when it says none of those stock words: "妇女的生命健康权不受侵犯" (妇女权益保障法 第三十八条 →
#: 第二十一条: the headline "整条删除" without "部分内容现见第二十一条" was wrong in reading 312).
_STOCK_MOVED = recache.compile(r"刑事责任|治安管理处罚|从其规定|依照其规定|另有规定|由[^，。；]{0,16}(?:制定|规定)$")


def now_in(findings) -> List[str]:
    """The provisions of the new version that now hold sentences of a deleted one (its text_moved notes)."""
    return named_by_moves(findings, NOW_AT, MOVED_AT_LEAST)


def named_by_moves(findings, said, at_least: int = 0) -> List[str]:
    """The provisions the text_moved notes among ``findings`` (read by ``said``: group 1 the sentence, group 2
    the provision) name, each once, in order; sentences shorter than ``at_least`` left out."""
    out: List[str] = []
    for f in findings:
        m = said.match(f.message) if f.kind is FindingKind.TEXT_MOVED else None
        if m and (len(m.group(1)) >= at_least or len(m.group(1)) >= MIN_MOVED and not _STOCK_MOVED.search(m.group(1))) \
                and m.group(2) not in out:
            out.append(m.group(2))
    return out


#: How a move's note says its sentence changed on the way: reworded, or largely rewritten (reworded.REWRITTEN), in either
#: of the forms its notes take.
REWORDED_SAID = (REWORDED[0].strip("，"),)
REWRITTEN_SAID = (REWRITTEN[0].strip("，"), REWRITTEN_THERE[0].strip("（）"))


def wholly_moved(pair: Pair, into: bool = False) -> Tuple[bool, str]:
    """(every sentence of a deleted provision long enough to have moved is in a text_moved note, how its sentences
    changed: "" none, "reworded" some, "rewritten" one of them largely, "sanctioned" its conduct now under the
    sanctions of the provision it went to): its rule was folded into another provision, not
    deleted. ``into``: the same of a new provision, every sentence of which came from another (a text_moved "移入" note)."""
    said = CAME_FROM if into else NOW_AT
    moved = [(m.group(1), f.message) for f in pair.findings
             if f.kind is FindingKind.TEXT_MOVED and (m := said.match(f.message))]
    # (a note quoting two halves of a sentence, "；" between, says each: document._moves_of_one_sentence)
    moved += [(half, m) for q, m in moved if "；" in q for half in q.split("；")]
    long = [s.text for s in sentences(pair.new_text if into else pair.old_text) if len(s.key) >= MIN_MOVED]
    # (a conduct moved under the sanctions of the provision it went to took its sanctions' sentences with it)
    sanctioned = not into and any(SANCTIONS_THERE[0] in m for _, m in moved)
    held = [any(_quotes_whole(q, s) or sanctioned and s.startswith(q) and SANCTIONS_THERE[0] in m for q, m in moved)
            or sanctioned and sanctions_only(s) for s in long]
    how = "sanctioned" if sanctioned else "rewritten" if any(w in m for _, m in moved for w in REWRITTEN_SAID) else \
        "reworded" if any(w in m for _, m in moved for w in REWORDED_SAID) else ""
    return bool(long) and all(held), how


def left_after_moves(pair: Pair, into: bool = False) -> str:
    """A deleted provision's text without the parts its text_moved notes quote as now elsewhere (each part between
    "…", four characters at least); ``into``: an added provision's text without the parts they quote as moved in."""
    text, said = (pair.new_text, CAME_FROM) if into else (pair.old_text, NOW_AT)
    for f in pair.findings:
        m = said.match(f.message) if f.kind is FindingKind.TEXT_MOVED else None
        for part in m.group(1).split("…") if m else ():
            if len(part) >= 4:
                text = text.replace(part, "", 1)
    return text


#: Characters, at least, of what is left of a deleted provision for it to be named by that (what_is_left).
LEFT_AT_LEAST = 8


def what_is_left(pair: Pair) -> Optional[str]:
    """What is left of a deleted provision part of which moved, from the sentence it opens: "妇女联合会或者相关妇女组织对侵害
    特定妇女群体利益的行为…", not the first sentence, the part 第七十三条 holds (妇女权益保障法 第五十四条). None when the
    provision has a heading (what it governs), nothing moved, or what is left opens no sentence or is an item of a list."""
    heading = pair.old[0].heading
    if heading and not pair.old_text.startswith(heading):
        return None  # (a heading of its own says what it governs; one that is its first sentence, moved, does not:
        # "第六十四条（船舶必须配置相应的防污设备和器材）已删除或改写" named 海洋环境保护法 2017 第六十四条 by the sentence now in 第八十条)
    rest = left_after_moves(pair)
    if rest == pair.old_text:
        return None
    rest = rest.lstrip("。；，、\n ")
    consequence = _CONSEQUENCE_LEFT.match(rest)
    if consequence and len(consequence.group(1)) >= LEFT_AT_LEAST:
        # (the consequence left of a sentence whose cases moved, "由国家安全机关追回" of 反间谍法 2014 第三十三条, its two cases
        # now in 2023 第六十条: "原第三十三条已删除或改写，部分内容现见第六十条" named nothing of what went, useless in the
        # English reading 1457)
        return consequence.group(1)
    at = pair.old_text.find(rest[:LEFT_AT_LEAST])
    opens = at == 0 or at > 0 and pair.old_text[at - 1] in "。；\n"
    first = _SENTENCE.match(rest).group()
    if opens and "，" not in first.rstrip("，、") and not _whole_in(first, pair.old_text):
        # (one phrase left of a sentence a move took the rest of, "入境的交通工具和人员，" of 国境卫生检疫法 第七条, says
        # nothing: the sentence after it, left whole, does; the phrases left of 矿产资源法 第三十五条's first sentence, its
        # last clause moved, still say its rule)
        nxt = _SENTENCE.match(rest).end()
        rest = rest[nxt:].lstrip("。；，、\n ")
        opens = _whole_in(_SENTENCE.match(rest).group(), pair.old_text) if rest else False
    if len(rest) < LEFT_AT_LEAST or not opens or rest.startswith(("（", "(")):
        return None
    return rest


_SENTENCE = recache.compile(r"[^。；\n]*")
#: What is left of a sentence whose cases moved: its joiner, and the consequence, "由…" to the sentence's end.
_CONSEQUENCE_LEFT = recache.compile(r"^(?:或者|并且|以及)?，?(由[^，。；\n]+)[。；]")


def _whole_in(sentence: str, text: str) -> bool:
    """The sentence is one of the text's, whole: found where one opens and ending where one does."""
    at = text.find(sentence)
    end = at + len(sentence)
    return bool(sentence) and at >= 0 and (at == 0 or text[at - 1] in "。；\n") and (end == len(text) or text[end] in
                                                                                    "。；\n")


def _quotes_whole(q: str, sentence: str) -> bool:
    """The quote is of the whole sentence: the sentence itself, or it cut short ("…") at its end or within ("违反本法
    第四十四条的规定……并处二万元以上十万元以下的罚款"). A quote not cut short is the part that went: "国务院和县级以上地方各级
    人民政府是突发事件应对工作的行政领导机关", of a sentence whose "其办事机构及具体职责由国务院规定" did not (突发事件应对法
    第九条). A sentence short enough to be quoted whole is quoted whole: "…" in its quote leaves out phrases that did not go
    (_part_moved: 公司法 第一百三十六条's "公司发行新股募足股款后……并公告", its 变更登记 not moved)."""
    if "…" not in q or len(sentence) <= QUOTE:
        return q == sentence
    head, tail = q.split("…", 1)[0], q.rsplit("…", 1)[1]
    if not head:
        return False  # (its opening left out: the phrases that went, the rest new, _phrases_that_came)
    # (and the phrases between, in order: "董事、监事、高级管理人员……应当就…报告……" quotes 公司法 第一百八十二条's first sentence,
    # not its second, "董事、监事、高级管理人员的近亲属…适用前款规定", new, which opens the same way)
    return sentence.startswith(head) and sentence.endswith(tail) and _in_order([p for p in re.split("…+", q) if p], sentence)
