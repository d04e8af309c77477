"""Sentences said taken out that the new version states in another provision (run by moved.document_findings, once
the moves are known; the words, conditions, steps and paragraphs taken out are notes_elsewhere.py's).

A sentence taken out here whose rule another provision states now, word for word or reworded, did not leave the
law: "“…”不再在此规定，现见第X条" instead of "不再规定", and on the provision it went to "由原第X条移入" instead of
"新增规定". So for words taken out that another provision says (as they were, or shorter), for a sentence whose
paragraph went to one provision, and for conditions and procedural steps.
"""
from __future__ import annotations

import math
import re
from bisect import bisect_left
from dataclasses import replace
from typing import Dict, List, Optional, Sequence, Tuple

from .. import recache
from ..models import Finding, FindingKind, Pair, Rename, Status
from ..numerals import article_en, value
from ..records import named_tuple
from .counterparts import ITEM_LABEL
from .edits import NAME_ENDS
from .lexicon import Lexicon
from .moved import (MIN_MOVED, STOCK_WORDS, _about_another, _another_thing_strengthened, _deleted_long,
                    _figure_changed_at_home, _flipped, _holding, _labels, _movable, _part_moved, _prohibition_lost,
                    _whole_sentences, _with_renames, moved_from, stock_off)
from .notes_elsewhere import LIABILITY_NOW, REWORDED_AT_LEAST, _elsewhere, _now_of, _Provisions
from .reworded import REWORDED, REWRITTEN, _sanctions_set_here, rewritten
from .rewrites import BREACH, canonical, put_in_quote, quote
from .sentences import Sentence, _sentence, nearest, sentences
from .words import SAME_WORDS, _content_words, _tokenizer


#: A clause of a sentence taken out (characters, punctuation left out) said word for word by one provision alone of the new
#: version, and by no other of the old, is that sentence's rule moved there.
ANCHOR_AT_LEAST = 12
#: How near word for word (0–100) another provision says a clause of a sentence anchored elsewhere for the clause to be
#: said there (an item cut in two: rest_elsewhere).
REST_NEAR = 90
_CLAUSE = recache.compile(r"[，；：]")

#: A principle stated in its frame ("突发事件应对工作实行预防为主、预防与应急相结合的原则"), and the frame's words, which the
#: same principle said otherwise ("坚持预防为主、预防与应急相结合") need not hold.
_PRINCIPLE_FRAME = recache.compile(r"(?:实行|坚持|遵循)[^，。；]*(?:原则|方针)")
_FRAME_WORDS = frozenset(("实行", "坚持", "遵循", "原则", "方针"))


def _without_de(text: str) -> str:
    """The text without the 的 inside a phrase, which a clause restated elsewhere may put in or take out ("在各自的职责范围内"
    is "在各自职责范围内"); not the 的 that ends a clause on who or what it is about ("使用伪造、变造的畜禽标识的，由…没收…", a
    penalty, is no "禁止持有、使用伪造、变造的畜禽标识")."""
    return _DE_INSIDE.sub("", text)


_DE_INSIDE = recache.compile(r"的(?=[\u4e00-\u9fff])")


#: A note of words moved to another provision: group 1 that provision's label.
_MOVED_TO = recache.compile(r"^“[^”]*”移至现(第[零〇一二三四五六七八九十百千]+条)")


def _whole_sentence(text: str, s: Sentence) -> str:
    """The sentence of ``text`` up to "。" (or the text's ends) that holds ``s``: ``s`` itself unless it is a clause after "；"."""
    start = max(text.rfind("。", 0, s.start), text.rfind("\n", 0, s.start)) + 1
    ends = [at for at in (text.find("。", s.end), text.find("\n", s.end)) if at >= 0]
    return text[start:min(ends) if ends else len(text)]


#: A sentence taken out here each clause of which one provision of the new version says, all but its opening words: at
#: least this share of each clause, and this many characters.
PIECE_KEPT, PIECE_AT_LEAST = 0.6, 6

#: A sentence taken out here that is this similar (0–100, bounds read alike) to a sentence of another
#: provision of the new version is said to be there now.
NOW_ELSEWHERE = 90


def _alike(key: str, other: str, stocked: bool) -> float:
    """fuzz.ratio of two keys, without their stock ends when ``key`` has one (moved.stock_off)."""
    from rapidfuzz.fuzz import ratio

    return ratio(stock_off(key), stock_off(other)) if stocked else ratio(key, other)


def _now_elsewhere(pairs: List[Pair], lexicon: Lexicon, renames: Sequence[Rename] = ()) -> List[Pair]:
    """A sentence taken out here whose rule the new version states in another sentence (near word for
    word, or with the same words: "董事每届任期不得超过三年" in 第七十条 "董事任期由公司章程规定，
    但每届任期不得超过三年") did not leave the law: "“…”不再在此规定，现见第X条" instead of
    "不再规定", and for a deleted provision the same note beside "删除原第X条"."""
    from .rewrites import canonical

    from .citations import renumbered

    keys, texts, where = [], [], []
    around: List[str] = []  # each sentence's whole sentence up to "。" (a clause after "；" is one of it)
    # the sentence of the provision each entry is (an item read with its list's lead-in is the item: _with_lead_in)
    shown: List[str] = []
    near_of: Dict[str, list] = {}  # a sentence's key → its nearest sentences of the new version
    renamed = [(r.old, r.new) for r in renames]
    cite = renumbered(pairs)  # (its own citations as the new version numbers them)

    def index() -> None:  # every sentence of the new version, read when a sentence is first looked for
        read: Dict[str, tuple] = {}  # a provision's text repeated (boilerplate, a code repeated) is read once
        for k, p in enumerate(pairs):
            for c in p.new:
                said = read.get(c.text)
                if said is None:  # without 不 or 为 (and 。；, never in a sentence) the key is canonical
                    # (a delegation every law says, "具体认定标准由…制定", tells no rule it holds: moved._DELEGATION)
                    long = [s for s in sentences(c.text) if _movable(s.key) or ANY_ITEM_LABEL.match(s.text)]
                    led = _with_lead_in(c.text)
                    said = read[c.text] = (
                        [s.key if "不" not in s.text and "为" not in s.text else canonical(s.text) for s in long]
                        + [canonical(t) for t, _item in led],
                        [s.text for s in long] + [t for t, _item in led],
                        [s.text for s in long] + [item for _t, item in led],
                        [_whole_sentence(c.text, s) for s in long] + [t for t, _item in led])
                if said[0]:
                    keys.extend(said[0])
                    texts.extend(said[1])
                    shown.extend(said[2])
                    around.extend(said[3])
                    where.extend([(k, c.display_label)] * len(said[0]))

    def look_up(looked_for: List[str]) -> None:
        """The nearest of the sentences looked for (their texts), all in one scan of the new version's."""
        if not where:
            index()
        wanted = list(dict.fromkeys(canonical(cite(t)) for t in dict.fromkeys(looked_for)))
        near_of.update(zip(wanted, nearest(wanted, keys, REWORDED_AT_LEAST, 10)))

    old_kept: Dict[str, None] = {}  # the old version's sentences, label off, read when first asked

    def anothers(s: Sentence, at: int) -> bool:
        """The new sentence is another old sentence word for word (its label aside): that one's, kept, not ``s`` said
        otherwise ("（七）致使森林或者其他林木死亡五十立方米以上…" is 环境污染刑事案件解释 2016 第一条（十三）, not 第三条（四）'s
        "一百五十立方米" rewritten: "现见第二条（文字有改动）" hid a threshold that went, wrong in reading 363)."""
        if not old_kept:
            old_kept.update(dict.fromkeys(ITEM_LABEL.sub("", t.text, count=1) for p in pairs if p.old
                                          for t in sentences(p.old_text)))
        theirs, mine = ITEM_LABEL.sub("", shown[at], count=1), ITEM_LABEL.sub("", s.text, count=1)
        # (and of other figures: a rule said already elsewhere, "董事每届任期不得超过三年" in 公司法 第七十条, is found there)
        return theirs in old_kept and theirs != mine and _FIGURES.findall(theirs) != _FIGURES.findall(mine)

    def found(s: Sentence, k: int):
        hit = _found(s, k) or within(s, k) or listed(s, k)
        return hit if hit is None or _measures_alike(s.text, texts[hit.at]) and not anothers(s, hit.at) \
            and not its_own(hit.at) and not _another_thing_strengthened(s.text, texts[hit.at]) else None

    def its_own(i: int) -> bool:
        """The new sentence is one its own provision said before with another figure: the bar changed there
        (_figure_changed_at_home), no sentence come from elsewhere."""
        return _figure_changed_at_home(shown[i], pairs[where[i][0]].old_text)

    def _found(s: Sentence, k: int):
        key = canonical(cite(s.text))
        if key not in near_of:
            look_up([s.text])
        # The ten nearest, best first and the first of equals first, so the first of them is
        # extractOne's when it scores NOW_ELSEWHERE.
        closest = near_of[key]
        hit = closest[0] if closest and closest[0][1] >= NOW_ELSEWHERE else None
        if hit and where[hit[2]][0] != k and not _about_another(key, keys[hit[2]]) \
                and _remit_held(s.text, texts[hit[2]]):
            return _Found(hit[2], key != keys[hit[2]])
        near = [i for _key, _score, i in closest if where[i][0] != k]
        if not near:
            # (nothing near: its words need not be cut)
            return otherwise(s, k)
        # (its words as the new version names things: "创立大会" is "成立大会" there, 公司法 第八十九条 → 第一百零三条, "不再规定"
        # in the forty-second reading)
        text = text_of(s)
        # (a principle's frame, "实行…的原则", is "坚持…" in other words: its words are not the rule's)
        frame = _FRAME_WORDS if _PRINCIPLE_FRAME.search(text) else frozenset()
        # (nor the words of a stock end, "…，按照军队有关规定执行", whose rule is what comes before it: stock_off)
        stocked = stock_off(text) != text
        mine = _content_words(text) - frame - (STOCK_WORDS if stocked else frozenset())
        if len(mine) < 4:
            return None
        best, most = None, -1  # the first of the near sentences that holds most of its words
        for i in near:
            # (its words found in the other's text, not among the other's words: "登记" of "变更登记" and "登记事项" is held,
            # 公司法 第十三条's "公司法定代表人变更，应当办理变更登记" in 第三十四条's "公司登记事项发生变更的，应当依法办理变更登记":
            # "不再规定", wrong in the hundred-and-fourth reading)
            # (a principle's words in the whole sentence of a clause after "；", whose subject is the sentence's: "突发事件应对
            # 工作应当坚持总体国家安全观…；坚持预防为主、预防与应急相结合", 突发事件应对法 第五条)
            held = sum(1 for w in mine if w in (around[i] if frame else texts[i]))
            if held > most:
                best, most = i, held
        if best is None or most < SAME_WORDS * len(mine):
            # (a duty said word for word of another subject: "相关排污单位应当依法公开排污信息" → 第九条's "排污者应当依法公开
            # 排污信息", 海洋环境保护法 第六条: "不再规定", wrong in the fifty-fifth reading; its words, 相关 单位, not held)
            for i in near:
                who = _given_to_another(text, texts[i], word_for_word=True)
                if who:
                    return _Found(i, True, who)
            return otherwise(s, k)
        if not _remit_held(text, texts[best]):
            return otherwise(s, k)
        words_best = _content_words(around[best] if frame else texts[best])
        # who or what the rule is about (after "违反本条例的规定，", which says it of every penalty: 道路运输条例 2022 第六十八条's
        # 携带车辆营运证 is not 第六十九条's 维护和检测运输车辆)
        opening = _content_words(re.split(r"[，：]", BREACH.sub("", text), 1)[0]) - frame
        lost = _prohibition_lost(s.text, texts[best])
        liable = lost and bool(_LIABILITY.search(texts[best]))
        if len(opening - words_best) <= max(1, len(opening) // 5) \
                and _alike(canonical(text), keys[best], stocked) >= REWORDED_AT_LEAST \
                and not _about_another(key, keys[best], len(key) >= REWORDED_LONG) \
                and (liable or not lost and not _flipped(text, texts[best])):
            # (a rule said the other way is no rule moved: "…决定撤销、变更或者确认该具体行政行为违法" is not "…不撤销该
            # 行政行为，但是确认该行政行为违法", 行政复议法 第二十八条 → 第六十五条; a prohibition whose conduct now bears a
            # liability there: LIABILITY_NOW)
            return _Found(best, True, how=LIABILITY_NOW if liable else "")
        who = _given_to_another(text, texts[best])
        if who and _alike(canonical(text), keys[best], stocked) >= REWORDED_AT_LEAST \
                and not _prohibition_lost(s.text, texts[best]) \
                and not _flipped(text, texts[best]):
            return _Found(best, True, who)
        return None

    provisions: List[_Provisions] = []  # the new version's and the old version's, made when first asked
    provisions_read: List[_Provisions] = []  # the same, 的 taken out (_without_de)

    def otherwise(s: Sentence, k: int):
        """Where ``s`` is when no sentence of the new version is near it as a whole."""
        return anchored(s, k) or apart(s, k) or pieces(s, k) or framed(s, k) or punished(s, k) or registered(s, k) \
            or banned(s, k)

    def banned(s: Sentence, k: int):
        """A ban of three conducts or more listed ("禁止歧视、虐待、遗弃、残害妇女") that one sentence of another provision
        still bans (each after a "禁止" of its clause), all of them or all but one, which this provision's new text still
        names: said there. 妇女权益保障法 2018 第二条 → 2022 第二十一条 "禁止虐待、遗弃、残害、买卖以及其他侵害女性生命健康
        权益的行为" (歧视 in 第二条's "消除对妇女一切形式的歧视"): "不再规定", a headline wrong in readings 842, 855 and 865."""
        m = _BAN_LIST.match(s.text)
        if m is None:
            return None
        conducts = m.group(1).split("、")[:-1] + [m.group(2)]
        if not where:
            index()
        best: Dict[int, List[int]] = {}  # a provision → its sentences banning most of the conducts
        most = len(conducts) - 1
        for i, (n, _label) in enumerate(where):
            if n == k or texts[i] is not shown[i] or "禁止" not in shown[i]:
                continue
            bans = [c for c in _CLAUSE_END.split(shown[i]) if "禁止" in c]
            held = sum(1 for word in conducts if any(word in c[c.index("禁止"):] for c in bans))
            if held > most:
                best, most = {}, held
            if held == most:
                best.setdefault(n, []).append(i)
        if len(best) != 1:
            return None
        (n, at), = best.items()
        left = [word for word in conducts if not any(word in shown[i] for i in at)]
        if len(at) != 1 or any(word not in pairs[k].new_text for word in left):
            return None
        return _Found(at[0], True)

    def registered(s: Sentence, k: int):
        """A duty to register a thing with the registry ("公司应当将股东的姓名或者名称向公司登记机关登记") that the one item of
        another provision's list of matters registered names, its owner and the thing ("公司登记事项包括：…（六）有限责任公司
        股东、股份有限公司发起人的姓名或者名称"): said there (公司法 第三十二条 → 第三十二条（六）, "不再规定" wrong in reading
        241)."""
        m = _TO_REGISTER.search(s.text)
        owner, _of, thing = m.group(1).rpartition("的") if m else ("", "", "")
        if not owner or len(thing) < 2:
            return None
        if not where:
            index()
        hits = [i for i, (j, _label) in enumerate(where) if j != k and ANY_ITEM_LABEL.match(shown[i])
                and owner in shown[i] and shown[i].rstrip("；;。").endswith(thing)
                and _REGISTERED_LIST.search(pairs[j].new_text)]
        return _Found(hits[0], True) if len(hits) == 1 else None

    lists_went: Dict[Tuple[int, bool], Optional[int]] = {}  # (pair, numbered in digits?) → where its list went
    old_lists: Dict[Tuple[int, bool], List[Tuple[str, List[int]]]] = {}

    def old_items(k: int, digits: bool) -> List[Tuple[str, List[int]]]:
        """Pair ``k``'s old items of one numbering: each item's words, and the new version's items LISTED_SIBLING alike."""
        key = (k, digits)
        if key not in old_lists:
            texts_of = [t.text for t in sentences(pairs[k].old_text)
                        if (m := ANY_ITEM_LABEL.match(t.text)) and _in_digits(m.group()) == digits]
            old_lists[key] = [(words, items_near(words, LISTED_SIBLING)) for words in map(_item_words, texts_of)]
        return old_lists[key]

    def list_went(k: int, digits: bool) -> Optional[int]:
        """The one provision of the new version whose items say (LISTED_SIBLING alike) most of pair ``k``'s old items of
        one numbering, two and half of them at least: where that list went."""
        key = (k, digits)
        if key not in lists_went:
            mine = old_items(k, digits)
            held: Dict[int, int] = {}
            for _words, near in mine:
                for j in {where[i][0] for i in near if where[i][0] != k}:
                    held[j] = held.get(j, 0) + 1
            ranked = sorted(held.items(), key=lambda jn: -jn[1])
            lists_went[key] = ranked[0][0] if ranked and ranked[0][1] >= max(2, len(mine) / 2) and (
                len(ranked) == 1 or ranked[1][1] < ranked[0][1]) else None
        return lists_went[key]

    items_at: List[int] = []  # the entries of the new version that are items of a list
    item_words: List[str] = []  # ... and their words (_item_words)
    item_words_at: Dict[int, str] = {}  # an item's entry → its words

    def read_items() -> None:
        if not where:
            index()
        if not items_at:
            items_at.extend(i for i in range(len(where)) if ANY_ITEM_LABEL.match(shown[i]))
            item_words.extend(_item_words(shown[i]) for i in items_at)
            item_words_at.update(zip(items_at, item_words))
            items_at.append(-1)  # (looked for)

    def items_near(words: str, cutoff: float) -> List[int]:
        """The entries of the new version's items whose words are at least ``cutoff`` alike ``words``, in order."""
        from rapidfuzz.fuzz import ratio
        from rapidfuzz.process import extract

        read_items()
        found = extract(words, item_words, scorer=ratio, score_cutoff=cutoff, limit=None)
        return sorted(items_at[q] for _words, _score, q in found)

    old_starts: Dict[int, List[int]] = {}  # a pair → where its old text's sentences start

    def lead_in_of_a_list(s: Sentence, k: int):
        """The lead-in of a list (the sentence before its first item, ending on "：") whose list went to another provision
        (list_went): that provision's own lead-in, the one sentence of it ending on "：", rewritten. 行政复议法 第二十八条's
        "决定撤销或者确认该具体行政行为违法的，可以责令被申请人在一定期限内重新作出具体行政行为：" is 第六十四条's "行政行为有下列
        情形之一的，行政复议机关决定撤销或者部分撤销该行政行为，并可以责令被申请人在一定期限内重新作出行政行为："."""
        if not s.text.rstrip().endswith(("：", ":")):
            return None
        olds = sentences(pairs[k].old_text)
        if k not in old_starts:
            old_starts[k] = [t.start for t in olds]
        at = bisect_left(old_starts[k], s.end)
        label = ANY_ITEM_LABEL.match(olds[at].text) if at < len(olds) else None
        if label is None:
            return None
        j = list_went(k, _in_digits(label.group()))
        if j is None:
            return None
        if not where:
            index()
        leads = [i for i, (n, _label) in enumerate(where) if n == j and texts[i] is shown[i]
                 and shown[i].rstrip().endswith(("：", ":"))]
        return _Found(leads[0], True) if len(leads) == 1 else None

    def decisions_apart(s: Sentence, k: int):
        """An item that is itself the lead-in of a list ("（三）具体行政行为有下列情形之一的，决定撤销、变更或者确认该具体行政行为
        违法"), whose items went to another provision (list_went), each of whose decisions opens the lead-in of that provision
        or of one next to it: said there, in all of them. 行政复议法 第二十八条（三） is now 第六十三条's 变更, 第六十四条's 撤销,
        第六十五条's 确认违法 ("不再规定", wrong in readings 211, 221 and 242)."""
        m = _DECISIONS.search(s.text)
        if "下列" not in s.text or m is None:
            return None
        labels = (ANY_ITEM_LABEL.match(t.text) for t in sentences(pairs[k].old_text) if t.start >= s.end)
        label = next((found for found in labels if found), None)  # (the first item after it: its own list's)
        j = list_went(k, True) if label and _in_digits(label.group()) else None
        if j is None:
            return None
        if not where:
            index()
        leads = [i for i, (n, _label) in enumerate(where) if abs(n - j) <= DECISIONS_NEAR and n != k
                 and "下列" in shown[i] and shown[i] is texts[i]]
        at: List[int] = []
        for decision in filter(None, _JOINED.split(m.group(1))):
            hit = next((i for i in leads if f"{decision}该" in shown[i] or f"决定{decision}" in shown[i]), None)
            if hit is None:
                return None
            if hit not in at:
                at.append(hit)
        if len({where[i][0] for i in at}) < 2:
            return None
        at.sort(key=lambda i: where[i][0])
        return _Found(at[0], True, also=tuple(at[1:]), apart=True)

    def the_one_left(s: Sentence, k: int, j: int, digits: bool) -> List[int]:
        """The item of provision ``j`` (where ``s``'s list went) that no item of that old list says, when it is the one
        such item sharing LEFT_WORDS content words with ``s`` and ``s`` the one such old item sharing them with it: the
        item reworded ("2.适用依据错误的" → 第六十四条 "（三）适用的依据不合法", 行政复议法, the margin of reading 215)."""
        olds = old_items(k, digits)
        said = {i for _words, near in olds for i in near if where[i][0] == j}
        left = [i for i in item_entries_of(j) if i not in said]
        unsaid = [w for w, near in olds if not any(where[i][0] == j for i in near)]

        def shared(a: str, b: str) -> int:
            return len(_content_words(a) & _content_words(b))

        mine = _item_words(s.text)
        near = [i for i in left if shared(mine, item_words_at[i]) >= LEFT_WORDS]
        if len(near) != 1 or sum(1 for w in unsaid if shared(w, item_words_at[near[0]]) >= LEFT_WORDS) != 1:
            return []
        return near

    def item_entries_of(j: int) -> List[int]:
        read_items()
        return [i for i in items_at[:-1] if where[i][0] == j]

    def lead_went(s: Sentence, k: int) -> Optional[int]:
        """The provision of the new version the lead-in of item ``s``'s list went to (found there whole or reworded), when
        that lead-in ends on "：" right before the list's first item."""
        olds = sentences(pairs[k].old_text)
        at = next((n for n, t in enumerate(olds) if t.start == s.start), None)
        while at and ANY_ITEM_LABEL.match(olds[at - 1].text):
            at -= 1
        if not at or not olds[at - 1].text.rstrip().endswith(("：", ":")) or len(olds[at - 1].key) < MIN_MOVED:
            return None
        lead = olds[at - 1].text.rstrip("：:")
        # (said moved there by moved.py, "“职业学校的设立，必须符合下列基本条件：”移至现第三十三条，文字有改动": a lead-in is no
        # sentence this pass looks for)
        to = next((m.group(1) for f in pairs[k].findings if f.kind is FindingKind.TEXT_MOVED and f.old
                   and f.old.rstrip("：:…") == lead and (m := _MOVED_TO.match(f.message))), None)
        if to is None:
            return None
        went = [j for j, p in enumerate(pairs) if j != k and any(c.display_label == to for c in p.new)]
        return went[0] if len(went) == 1 else None

    def listed(s: Sentence, k: int):
        """An item of a list taken out ("1.主要事实不清、证据不足的") whose list went to another provision of the new
        version (list_went), said there in an item of the same words, its label and closing 的 off (LISTED_SIBLING alike);
        or, alone, near word for word (LISTED_NEAR) an item of the one other provision that lists it. Not when another
        provision of the old version says it. 行政复议法 第二十八条（三）'s grounds for annulment, now 第六十四条's
        "（一）主要事实不清、证据不足" …, were "不再规定" (wrong in reading 209)."""
        label = ANY_ITEM_LABEL.match(s.text)
        if label is None:
            return lead_in_of_a_list(s, k)
        apart = decisions_apart(s, k)
        if apart is not None:
            return apart
        mine = _item_words(s.text)
        if len(mine) < LISTED_AT_LEAST:
            return None
        from rapidfuzz.fuzz import ratio

        digits = _in_digits(label.group())
        j = list_went(k, digits)
        # (or where the list's own lead-in went, the pair holding another list too: 职业教育法 第二十四条's schools, now
        # 第三十三条, beside its training bodies, now 第三十四条; "（二）有合格的教师" is 第三十三条's "（二）有合格的教师和
        # 管理人员", "不再规定" of it false, found beside reading 1082's item 23: the item of its label there, holding its
        # words or all of its content words, "（三）有符合规定标准的教学场所…" in "（三）有与所实施职业教育相适应、符合规定标准…")
        by_lead = j is None and (j := lead_went(s, k)) is not None
        if j is not None:
            hits = [i for i in items_near(mine, LISTED_SIBLING) if where[i][0] == j] or ([
                i for i in item_entries_of(j) if shown[i].startswith(label.group()) and _item_held(mine, item_words_at[i])
            ] if by_lead else the_one_left(s, k, j, digits))
        else:
            hits = [i for i in items_near(mine, LISTED_NEAR) if where[i][0] != k]
            if len({where[i][0] for i in hits}) != 1:
                return None
        if not hits or both_versions()[1].all_saying(mine, k):
            return None
        at = max(hits, key=lambda i: (ratio(mine, item_words_at[i]), -i))
        return _Found(at, mine != item_words_at[at])

    def punished(s: Sentence, k: int):
        """The one provision of the new version, a liability, that names an offence of this provision's list taken out:
        the item's last OFFENCE_TAIL characters word for word and SAME_WORDS of its words there, no liability of the old
        version but this one naming it. "（八）对投诉人进行恐吓、打击报复" (保障中小企业款项支付条例 第二十五条's list of
        breaches punished by 处分) is punished by 第三十五条 "…对提出付款请求或者投诉的中小企业及其工作人员进行恐吓、打击
        报复，或者有其他滥用职权…的，…依法给予处分或者处罚" ("no longer provides", wrong in reading 138): said there, as a
        part of that provision's sentence (WITHIN)."""
        if not ITEM_LABEL.match(s.text) or not _LIABILITY.search(pairs[k].old_text):
            return None
        act = canonical(ITEM_LABEL.sub("", text_of(s), count=1))
        words = _content_words(act)
        if len(act) < OFFENCE_AT_LEAST or len(words) < 3:
            return None
        new, old = both_versions()

        def liable_for(tail: str, words) -> List[int]:
            """The liabilities of the new version that say ``tail`` and SAME_WORDS of ``words``, unless one of the old
            version but this one said it."""
            found = [j for j, _label in new.all_saying(tail, k) if _LIABILITY.search(pairs[j].new_text)
                     and sum(1 for w in words if w in pairs[j].new_text) >= SAME_WORDS * len(words)]
            return [] if any(_LIABILITY.search(pairs[j].old_text) for j, _label in old.all_saying(tail, k)) else found

        tail = act[-OFFENCE_TAIL:]
        liable = liable_for(tail, words)
        if len(set(liable)) != 1:
            # (an offence of two alternatives, each looked for by its own last ALTERNATIVE_TAIL characters: "不按照规定记录
            # 倾倒情况，或者不按照规定提交倾倒报告的" (海洋环境保护法 第七十四条（三）) is 第一百零七条（一）"未按照国家规定报告
            # 倾倒情况的": "不再规定" there and "新增规定" here, wrong in readings 170 and 189)
            alternatives = [a.strip("，的") for a in act.split("或者")]
            if len(alternatives) != 2 or min(map(len, alternatives)) < OFFENCE_AT_LEAST:
                return None
            found = {}  # the one liability each alternative is found in → its tail
            for a in alternatives:
                each = set(liable_for(a[-ALTERNATIVE_TAIL:], _content_words(a)))
                if len(each) == 1:
                    found.setdefault(each.pop(), a[-ALTERNATIVE_TAIL:])
            if len(found) != 1:
                return None
            (j, tail), = found.items()
            liable = [j]
        if not where:
            index()
        at = [i for i, (n, _label) in enumerate(where) if n == liable[0] and texts[i] is shown[i]
              and tail in canonical(texts[i])]
        if len(at) != 1 or _flipped(with_lead_in(s, k), texts[at[0]]):
            return None
        return _Found(at[0], True, how=WITHIN)

    def anchored(s: Sentence, k: int):
        """The sentence of another provision that says a clause of ``s`` (ANCHOR_AT_LEAST characters) word for word, when
        that provision alone says it in the new version and no provision but this one said it in the old ("与本公司订立合同
        或者进行交易", 公司法 第一百四十八条's item (四), now 第一百八十二条's rule of related dealings: "不再规定", wrong in
        the fifty-fifth reading): the rule moved there, reworded."""
        said_of = clauses_said.get(s.text)
        if said_of is None:  # (what does not hang on the provision, read once for a sentence said again)
            said_of = clauses_said[s.text] = _anchor_clauses(s.text)
        if not said_of:
            return None
        new, old = both_versions()
        for clause, key, said_anywhere in said_of:
            read = str
            said = [(j, label) for j, label in said_anywhere if j != k]
            if not said:
                # (or with 的 put in or taken out: "在各自职责范围内负责国防教育工作" of 国防教育法 2018 第八条 is 2024 第五条's
                # "中央国家机关各部门在各自的职责范围内负责国防教育工作", "不再规定" wrong in reading 1046; the old version, a
                # book's length, read only for a clause the new one says: issue 18, 19 s a 4.9 MB text before)
                read = _without_de
                if clause not in read_said:  # (its key so read, and the new provisions saying that, found once)
                    read_key = canonical(read(clause))
                    read_said[clause] = read_key, both_versions(read)[0].all_saying(read_key, -1)
                read_key, said_anywhere = read_said[clause]
                said = [(j, label) for j, label in said_anywhere if j != k]
                if len(said) == 1 and both_versions(read)[1].all_saying(read_key, k):
                    continue
            if len(said) != 1 or old.all_saying(key, k):
                continue
            j = said[0][0]
            if _LIABILITY.search(" ".join(c.text for c in pairs[j].new)) and not _LIABILITY.search(s.text):
                continue  # (what a penalty names is no rule that moved there: "载运具有污染危害性货物的船舶" of 海洋环境保护法
                # 第六十四条 is one of 第一百一十二条's offences)
            at = [i for i, (n, _label) in enumerate(where) if n == j and texts[i] is shown[i]
                  and read(clause) in read(texts[i])]
            if len(at) == 1 and not _flipped(with_lead_in(s, k), texts[at[0]]):
                return _Found(at[0], True, also=rest_elsewhere(s, k, j))
        return None

    clauses_said: Dict[str, list] = {}  # a sentence's text → its clauses, their keys, the new provisions saying each
    read_said: Dict[str, tuple] = {}  # a clause → its key with 的 taken out, the new provisions saying that

    def _anchor_clauses(text: str) -> list:
        """The clauses of ``text`` that anchored looks for (ANCHOR_AT_LEAST characters): each clause, its key, the new
        provisions that say it (any pair's)."""
        clauses = [c for c in _CLAUSE.split(text) if len(canonical(c)) >= ANCHOR_AT_LEAST]
        # (and a clause's act without the "工作" it ends on: "开展反洗钱培训和宣传工作" of 反洗钱法 2006 第二十二条 is 2024
        # 第二十七条's "按照要求开展反洗钱培训和宣传", "整条删除" wrong in reading 809)
        clauses = [c[:-len(_WORK)] if c.endswith(_WORK) and len(canonical(c[:-len(_WORK)])) >= WORK_OFF_AT_LEAST else c
                   for c in clauses]
        # (and a clause's act without the duty word it opens on: "都应当提供真实有效的身份证件或者其他身份证明文件" of 反洗钱法 2006
        # 第十六条 is 2024 第三十八条's "…应当配合…，提供真实有效的身份证件或者其他身份证明文件", "不再规定" wrong in reading 853;
        # "禁止以任何方式破坏、污损烈士纪念设施" of 烈士褒扬条例 2019 第三十二条 is 2024 第四十一条's "…不得以任何方式破坏、污损烈士纪念
        # 设施", reading 858)
        clauses = [c[m.end():] if (m := _DUTY_OPENING.match(c)) and len(canonical(c[m.end():])) >= DUTY_OFF_AT_LEAST else c
                   for c in clauses]
        if not clauses:
            return []
        new, _old = both_versions()
        return [(clause, key, new.all_saying(key, -1)) for clause in clauses for key in (canonical(clause),)]

    def rest_elsewhere(s: Sentence, k: int, j: int) -> Tuple[int, ...]:
        """The sentences of other provisions, one each, that say the clauses of ``s`` provision ``j`` does not (near word
        for word: REST_NEAR), when one provision of the new version alone says each and no other of the old: "（五）…，利用
        职务便利为自己或者他人谋取属于公司的商业机会，自营或者为他人经营与所任职公司同类的业务" (公司法 第一百四十八条) is
        第一百八十三条's rule and 第一百八十四条's "…不得自营或者为他人经营与其任职公司同类的业务" (reading 122)."""
        new, old = both_versions()
        mine = canonical(pairs[j].new_text)
        found: List[int] = []
        for clause in _CLAUSE.split(text_of(s)):
            clause = canonical(ITEM_LABEL.sub("", clause, count=1))
            if len(clause) < ANCHOR_AT_LEAST or new.near(clause, mine) >= REST_NEAR:
                continue
            said = new.all_near(clause, k, REST_NEAR)
            if len(said) != 1 or said[0][0] == j or old.all_near(clause, k, REST_NEAR):
                continue
            at = [i for i, (n, _label) in enumerate(where) if n == said[0][0] and texts[i] is shown[i]
                  and new.near(clause, canonical(texts[i])) >= REST_NEAR]
            if at and where[at[0]][0] not in (where[i][0] for i in found):
                found.append(at[0])
        return tuple(found)

    frames: Dict[int, Optional[_Frame]] = {}  # a sentence of the new version (its index) → its duty's frame
    entries_of: Dict[int, List[int]] = {}  # a pair → the indexes of its new sentences

    def framed(s: Sentence, k: int):
        """The one sentence of another provision that states the same duty in other words (_Frame: who, the modal word,
        the act, what it is done to), when no other provision of the old version stated it: "履行统一领导职责或者组织处置
        突发事件的人民政府，应当按照有关规定统一、准确、及时发布有关突发事件事态发展和应急处置工作的信息" (突发事件应对法
        第五十三条) is 第七条's "有关人民政府和部门应当及时向社会公布突发事件相关信息…" ("整条删除", wrong in readings 119, 121
        and 130)."""
        mine = _Frame.of(text_of(s))
        if mine is None:
            return None
        if not where:
            index()
        if not entries_of:
            for i, (j, _label) in enumerate(where):
                entries_of.setdefault(j, []).append(i)
        new, old = both_versions()
        hits = []
        for j in mine.holders(new, k):  # (the provisions holding its words, found in the joined text)
            for i in entries_of.get(j, ()):
                if texts[i] is not shown[i] or not mine.may_be_in(texts[i]):
                    continue
                if i not in frames:
                    frames[i] = _Frame.of(texts[i])
                if mine.same_duty(frames[i]):
                    hits.append(i)
        if len({where[i][0] for i in hits}) != 1:
            return None
        for j in mine.holders(old, k):  # (a duty another old provision stated too is no duty that moved from here)
            if any(mine.same_duty(_Frame.of(t.text)) for c in pairs[j].old for t in sentences(c.text)
                   if mine.may_be_in(t.text)):
                return None
        at = hits[0]
        if _flipped(with_lead_in(s, k), texts[at]) or _prohibition_lost(s.text, texts[at]):
            return None
        return _Found(at, True)

    def both_versions(read=None) -> List[_Provisions]:
        """The new version's provisions and the old version's, made when first asked (each text as ``read`` reads it, when
        given)."""
        if read is not None:
            if not provisions_read:
                provisions_read.extend(_Provisions([(j, c.display_label, canonical(read(c.text))) for j, p in enumerate(pairs)
                                                    for c in getattr(p, side)]) for side in ("new", "old"))
            return provisions_read
        if not provisions:
            provisions.extend(_Provisions([(j, c.display_label, canonical(c.text)) for j, p in enumerate(pairs)
                                           for c in getattr(p, side)]) for side in ("new", "old"))
        return provisions

    def pieces(s: Sentence, k: int):
        """The one provision of the new version that says each clause of ``s`` (two or more), word for word or all but its
        opening words (PIECE_KEPT of it, PIECE_AT_LEAST characters at least), in sentences of its own, when no other provision
        of either version says them: "股份有限公司的资本划分为股份，每一股的金额相等" (公司法 第一百二十五条) is 第一百四十二条's
        "公司的资本划分为股份" and "采用面额股的，每一股的金额相等" ("不再规定", wrong in reading 111)."""
        clauses = [canonical(c) for c in _CLAUSE.split(s.text)]
        if len(clauses) < 2 or any(len(c) < PIECE_AT_LEAST for c in clauses):
            return None
        new, old = both_versions()
        phrases = []
        for clause in clauses:
            for cut in range(0, len(clause) - max(PIECE_AT_LEAST, math.ceil(PIECE_KEPT * len(clause))) + 1):
                if new.all_saying(clause[cut:], k):
                    phrases.append(clause[cut:])
                    break
            else:
                return None
        said = new.one_saying_each(phrases, k)
        if said is None or any(old.all_saying(p, k) for p in phrases):
            return None
        at = [i for i, (n, _label) in enumerate(where) if n == said[0] and phrases[0] in canonical(texts[i])]
        return _Found(at[0], True) if at and not _flipped(with_lead_in(s, k), texts[at[0]]) else None

    def apart(s: Sentence, k: int):
        """The provision that states each duty of ``s`` apart, each read with the subject ("董事、监事、高级管理人员不得
        利用职权收受贿赂或者其他非法收入，不得侵占公司的财产", 公司法 第一百四十七条, is 第一百八十一条's items (三) and (一)
        under "董事、监事、高级管理人员不得有下列行为": "不再规定", wrong in the fifty-fifth reading): its first duty's
        sentence there."""
        parts = _duties_apart(s.text)
        if len(parts) < 2:
            return None
        hits = []
        for part in parts:
            hit = found(_sentence(part, s.start), k)
            if not hit or hit.who or hit.how or (hits and where[hit.at][0] != where[hits[0].at][0]):
                return None
            hits.append(hit)
        return _Found(hits[0].at, True)

    def text_of(s: Sentence) -> str:
        return _with_renames(cite(s.text), renamed)

    leads: Dict[int, Dict[str, str]] = {}  # pair → its old items → each read with its list's lead-in

    def with_lead_in(s: Sentence, k: int) -> str:
        """``text_of(s)``, an item read with its list's lead-in ("董事、高级管理人员不得" of "…不得有下列行为："), as the
        new version's items are (_with_lead_in): what it forbids is forbidden."""
        got = leads.get(k)
        if got is None:
            got = leads[k] = {item: whole for whole, item in _with_lead_in(pairs[k].old_text)}
        return _with_renames(cite(got.get(s.text, s.text)), renamed)

    put_in: Dict[str, List[int]] = {}  # the sentences of the new version said put in whole ("新增规定") by their pairs, by
    # the subject and modal word they open on
    words_of: Dict[int, frozenset] = {}

    def within(s: Sentence, k: int):
        """The longer sentence another provision puts in ("新增规定") that opens on this duty's subject and modal word and
        holds its words, all but a few (WITHIN_WORDS): the duty went into it ("应急预案制定机关应当根据实际需要和情势变化，
        适时修订应急预案", 突发事件应对法 第十七条, is the last clause of 第二十八条's "应急预案制定机关应当广泛听取…意见，
        增强…，并根据实际需要、情势变化、应急演练中发现的问题等及时对应急预案作出修订": "不再规定", wrong in the seventieth
        reading)."""
        subject = _SUBJECT.match(s.text)
        if subject is None or subject.group(1).endswith("的") or len(s.key) < MIN_MOVED:
            return None
        if not where:
            index()
        if not put_in:
            said = {(j, f.new) for j, p in enumerate(pairs) for f in p.findings if f.message.startswith("新增规定：")}
            with_new = {j for j, _q in said}
            for i, (j, _label) in enumerate(where):
                if j in with_new and (j, put_in_quote(texts[i], lexicon)) in said:
                    opening = _SUBJECT.match(texts[i])  # (the same as the sentence's it opens like: the first modal word)
                    if opening:
                        put_in.setdefault(opening.group(0), []).append(i)
            put_in.setdefault("", [])  # (looked for)
        if subject.group(0) not in put_in:
            return None
        text = text_of(s)
        mine = _content_words(text)
        if len(mine) < WITHIN_AT_LEAST:
            return None
        for i in put_in[subject.group(0)]:
            if where[i][0] == k or len(texts[i]) <= len(s.text):
                continue
            theirs = words_of.get(i)
            if theirs is None:
                theirs = words_of[i] = frozenset(_content_words(texts[i]))
            if len(mine - theirs) <= len(mine) * (1 - WITHIN_WORDS) and not _prohibition_lost(s.text, texts[i]) \
                    and not _flipped(text, texts[i]):
                return _Found(i, True, how=WITHIN)
        return None

    def already(i: int) -> bool:
        """The sentence found stood in its own provision's old text: a rule the old version also
        stated there (公司法 第六十二条's audit of a one-person company is 第二百零八条's general rule, old
        第一百六十四条 word for word), not one that moved."""
        from .sentences import text_key

        return canonical(shown[i]) in canonical(text_key(pairs[where[i][0]].old_text))

    # (the sentence found, the pair it left, how reworded (reworded.REWORDED or REWRITTEN), the sentence that went into it,
    # WITHIN: "", whose duty it now is when another's)
    came: List[Tuple[int, int, Tuple[str, str], str, str, str, str]] = []  # (…, the old provision that held it, the
    # sentence that went)

    def said_elsewhere(q: str, s: Sentence, hit: "_Found", k: int) -> Finding:
        """The note on sentence ``s`` of pair ``k`` (quoted ``q``) found elsewhere; what came there is kept for
        the provision it went to (a rule it already stated, or a prohibition now a liability, came from nowhere)."""
        before = already(hit.at)
        # (less than half of it standing there, and less than half of what stands there its: "并作较大修改", on both sides:
        # 公司法 第一百四十八条's item (四), "…违反公司章程的规定或者未经股东会、股东大会同意，与本公司订立合同或者进行交易",
        # now 第一百八十二条's report to and vote of the board or the meeting, was "文字有改动", a new rule hidden, wrong in
        # reading 169; a sentence cut down to the part found there, "坚持预防为主、预防与应急相结合", is reworded only)
        # (a lead-in whose decisions each open a list of their own now: each is one of them, with grounds of its own,
        # "并作较大修改": 行政复议法 第六十五条's "不撤销该行政行为，但是确认该行政行为违法" was "文字有改动", wrong in reading 255)
        redone = hit.apart or hit.reworded and not hit.how and not hit.also and (rewritten(
            canonical(ITEM_LABEL.sub("", text_of(s), count=1)), canonical(shown[hit.at]), both=True)
            # (or its sanction, left to another regulation, now set by the provision: 人体器官捐献和移植条例 第二十七条 →
            # 第三十八条, a fine of 10 to 20 times the gains said "文字有改动", wrong in readings 723 and 736)
            or bool(_sanctions_set_here(text_of(s), shown[hit.at])))
        if not before and hit.how != LIABILITY_NOW:
            # (the old provision that held it, of a merged pair's: "由原第六条、第七条移入" of 文职人员条例 第七条's first
            # sentence, only 第七条's, was wrong in reading 351)
            held = _labels(_holding(pairs[k].old, s))
            came.append((hit.at, k, REWRITTEN if redone else REWORDED if hit.reworded else ("", ""),
                         s.text if hit.how == WITHIN else "", hit.who, held, s.text))
            came.extend((i, k, REWRITTEN if hit.apart else REWORDED, "", "", held, s.text) for i in hit.also)
        label = "、".join([where[hit.at][1], *(where[i][1] for i in hit.also)]) if not before else where[hit.at][1]
        return _elsewhere(q, label, hit.reworded, before, hit.who, hit.how, shown[hit.at].rstrip("。；，"),
                          redone and not before and not hit.who)

    def _phrase_left(s: Sentence, hit: "_Found") -> str:
        """The sentence's opening phrases that did not go where the rest went (moved._part_moved), when the rest went
        reworded to another provision: "育龄夫妻双方按照国家有关规定计划生育" of 妇女权益保障法 第五十一条's sentence,
        whose contraceptives and health went to 第三十三条 ("“育龄夫妻…计划生育，有关部门应当提供…”不再在此规定，现见第三十三条
        （文字有改动）" hid the family-planning duty's end, wrong in reading 489). Empty otherwise."""
        if not hit.reworded or hit.how or hit.who or hit.also or already(hit.at):
            return ""
        part = _part_moved(s.text, shown[hit.at])
        if part == s.text or "……" in part or not s.text.endswith(part) or not s.text[:len(s.text) - len(part)].endswith("，"):
            return ""
        left = s.text[:len(s.text) - len(part)].rstrip("，")
        # (not the bodies alone that did what went there: "教育、退役军人事务、文化宣传等部门" of 国防教育法 2018 第八条, whose
        # "在各自职责范围内负责国防教育工作" is 2024 第五条's, said of 中央国家机关各部门: "不再规定" of the names is no rule)
        return "" if left.endswith(NAME_ENDS) and "，" not in left else left

    jobs = []  # per pair: (its sentences taken out, by their quotes; the notes that say one is gone)
    for pair in pairs:
        gone = [f for f in pair.findings if f.message.startswith("不再规定：")]
        if not (gone or pair.status is Status.DELETED) or pair.status is Status.UNCHANGED:
            jobs.append(None)
        elif pair.status is Status.DELETED:  # every sentence is looked for: quoted once one is near
            jobs.append((pair.old_text, gone))  # (its long sentences' texts: _deleted_long)
        else:
            jobs.append(({quote(s.text, lexicon): s for s in _whole_sentences(pair)[0]}, gone))
    looked_for: List[str] = []  # the texts of the sentences the loop below looks for, in one scan
    for pair, job in zip(pairs, jobs):
        if job and pair.status is Status.DELETED:
            looked_for.extend(_deleted_long(job[0])[0])
        elif job:
            looked_for.extend(s.text for s in (job[0].get(f.old or "") for f in job[1])
                              if s and len(s.key) >= MIN_MOVED)
    if looked_for:
        look_up(looked_for)
    owners: Dict[str, set] = {}  # a deleted text → the pairs its sentences' nearest stand in

    def owners_of(text: str) -> set:
        got = owners.get(text)
        if got is None:
            got = owners[text] = {where[i][0] for said in _deleted_long(text)[0]
                                  for _key, _score, i in near_of[canonical(cite(said))]}
        return got

    out = []
    for k, (pair, job) in enumerate(zip(pairs, jobs)):
        deleted = pair.status is Status.DELETED
        if job is not None and deleted:
            near = owners_of(job[0])
            if (not near or near == {k}) and not any(_Frame.of(t) for t in _deleted_long(job[0])[0]) \
                    and not any(anchored(s, k) for s in sentences(job[0]) if len(s.key) >= MIN_MOVED):
                job = None  # none of its sentences is near one of another provision, nor a duty: nothing said
            else:
                job = ({quote(s.text, lexicon): s for s in sentences(job[0])}, job[1])
        if job is None:
            out.append(pair)
            continue
        removed, gone = job
        findings, elsewhere = [], []  # (the texts of the sentences found in another provision)
        for f in pair.findings:
            s = removed.get(f.old or "") if f in gone else None
            hit = s is not None and (found(s, k) if len(s.key) >= MIN_MOVED else listed(s, k))
            if hit:
                rest = _phrase_left(s, hit)
                f = said_elsewhere(quote(s.text[len(rest):].lstrip("，"), lexicon) if rest else f.old, s, hit, k)
                elsewhere.append(s.text)
                if rest:
                    findings.append(Finding(FindingKind.WORDING_CHANGED, rest, None, f"不再规定：“{rest}”",
                                            f"no longer provides: “{rest}”"))
            findings.append(f)
        if deleted:
            said = {f.old for f in findings if f.kind is FindingKind.TEXT_MOVED}  # (moved by _moved already)
            moved = [(q, found(s, k)) for q, s in removed.items() if len(s.key) >= MIN_MOVED and q not in said
                     and not any(_part_quoted(x, s.text) for x in said)]
            findings += [said_elsewhere(q, removed[q], hit, k) for q, hit in moved if hit]
        if elsewhere:  # a condition of a sentence now in another provision did not leave the law
            findings = [f for f in findings if not (f.kind is FindingKind.CONDITION_REMOVED and f.old and any(
                f.old.rstrip("…") in text for text in elsewhere))]
        out.append(replace(pair, findings=tuple(findings)))
    return _said_where_it_came_from(out, came, shown, where, lexicon)


#: A duty to register a thing with the registry ("应当将股东的姓名或者名称向公司登记机关登记": group 1 the thing), and the
#: lead-in of a list of the matters registered ("公司登记事项包括：").
_TO_REGISTER = recache.compile(r"应当将([^，。；]{2,20}?)向[^，。；]{0,12}登记机关(?:申请)?登记$")
_REGISTERED_LIST = recache.compile(r"登记事项(?:包括|如下)[：:]|应当登记下列事项")
#: The decisions a lead-in names ("决定撤销、变更或者确认该具体行政行为违法": 撤销, 变更, 确认), and what joins them.
_DECISIONS = recache.compile(r"决定((?:[^，。；、]{1,4}(?:、|或者|和))+[^，。；、]{1,4}?)该")
_JOINED = recache.compile(r"、|或者|和")
#: Provisions, at most, between where a list went and another that says one of its lead-in's decisions.
DECISIONS_NEAR = 2


#: A list's lead-in that ends on what the items are ("董事、监事、高级管理人员不得有下列行为："): its words before it.
_LEAD_IN = recache.compile(r"^(.{4,}?)(?:有|具有|存在)?(?:下列|以下)[^，。；：]{0,8}[：:]$")


#: A stock opening that says only that measures are taken: "各级人民政府应当采取措施，".
_MEASURES_FRAME = recache.compile(r"^[^，。；]{0,14}?(?:应当)?采取(?:有效|必要|相应)?措施，")
def _measures_alike(text: str, other: str) -> bool:
    """Two sentences that open alike on the stock words of measures taken ("各级人民政府应当采取措施，") say the same rule only
    when what follows shares half its words: "…保障妇女享有计划生育技术服务，提高妇女的生殖健康水平" is not 妇女权益保障法
    第三十七条's "…保障女性平等享有接受中高等教育的权利和机会" ("现见第三十七条", wrong in reading 312)."""
    m, n = _MEASURES_FRAME.match(text), _MEASURES_FRAME.match(other)
    if m is None or n is None:
        return True
    words = _content_words(text[m.end():])
    return not words or sum(1 for w in words if w in other[n.end():]) * 2 >= len(words)


#: The figures of a sentence, in digits or numerals ("一百五十立方米" → "一百五十").
#: (two numerals at least: "一人有限责任公司", "每一会计年度" hold no figure)
_FIGURES = recache.compile(r"[0-9０-９.]+|[零〇一二两三四五六七八九十百千万亿]{2,}")


#: A body's remit: "…负责X" (group 1: X, what it is responsible for).
_REMIT = recache.compile(r"负责([^，。；]{4,})$")
#: Words of a remit that say nothing of which: every remit is 工作.
_REMIT_STOCK = frozenset(("工作", "有关", "相关"))


def _remit_held(text: str, other: str) -> bool:
    """A sentence that gives a body a remit ("县级以上人民政府农业行政主管部门负责农产品质量安全的监督管理工作") went only to one
    that holds most of what the body is responsible for, not one that names the same body for another task (农产品质量安全法
    第十三条's "…农业农村主管部门负责组织实施本行政区域的农产品质量安全风险监测": "现见第十三条" was wrong in reading 308)."""
    m = _REMIT.search(text.rstrip("。；"))
    if not m:
        return True
    # (its last word, the task: 监督管理 of "农产品质量安全的监督管理工作")
    words = [w for w in _tokenizer().cut(m.group(1), HMM=False) if len(w) >= 2 and w not in _REMIT_STOCK]
    return not words or words[-1] in other


def _with_lead_in(text: str) -> List[Tuple[str, str]]:
    """(the item read as a sentence with its lead-in's words, the item) for each item of each list of ``text`` whose
    lead-in says what its items are: "（三）利用职权贿赂或者收受其他非法收入" under "董事、监事、高级管理人员不得有下列行为："
    is "董事、监事、高级管理人员不得利用职权贿赂或者收受其他非法收入"."""
    out: List[Tuple[str, str]] = []
    lead = None
    for s in sentences(text):
        if ITEM_LABEL.match(s.text):
            if lead and len(s.key) >= MIN_MOVED:
                out.append((lead + ITEM_LABEL.sub("", s.text, count=1), s.text))
            continue
        m = _LEAD_IN.match(text[s.start:s.end + 1])
        lead = m.group(1) if m else None
    return out


#: Duty words a sentence may say again, each with its own act, of one subject.
_DUTY_AGAIN = recache.compile(r"，(?=(?:不得|应当|必须|禁止)[^，]{4,})")
_FIRST_DUTY = recache.compile(r"^(.{2,}?)(?=不得|应当|必须|禁止)")


def _duties_apart(text: str) -> List[str]:
    """A sentence of duties of one subject, "X不得A，不得B", as its duties each with the subject: "X不得A", "X不得B". [] when
    it is not so made."""
    parts = _DUTY_AGAIN.split(text)
    subject = _FIRST_DUTY.match(parts[0]) if len(parts) >= 2 else None
    if subject is None or "，" in subject.group(1):
        return []
    return [parts[0]] + [subject.group(1) + p for p in parts[1:]]


def _part_quoted(q: Optional[str], sentence: str) -> bool:
    """``q`` quotes the opening of ``sentence`` and phrases of it (apart by "……"): the part of it that moved
    (moved._part_moved), so the sentence was said (公司法 第八十三条's "…书面认足公司章程规定其认购的股份" → 第九十七条, its
    "并按照公司章程规定缴纳出资" left out)."""
    pieces = [p for p in re.split("…+", q or "") if p]
    return bool(pieces) and sentence.startswith(pieces[0]) and all(p in sentence for p in pieces)


def _said_where_it_came_from(pairs: List[Pair], came, texts, where, lexicon: Lexicon) -> List[Pair]:
    """The other side of "“…”不再在此规定，现见第X条": the sentence found there, said put in whole, is said
    moved in ("新增规定：“应急预案的制定、修订、备案等工作程序和管理办法由国务院规定”" in 突发事件应对法 第二十八条,
    old 第十七条's rule with 备案 added: the twenty-first reading)."""
    if not came:
        return pairs
    by_pair: Dict[int, Dict[str, Tuple[str, Tuple[str, str], str, str, str, str]]] = {}
    for i, k, reworded, part, who, held, went in sorted(came, key=lambda c: _article_order(c[5])):  # (the old text's order)
        at, q = by_pair.setdefault(where[i][0], {}), put_in_quote(texts[i], lexicon)
        if q in at and at[q][0] != held and not part and not at[q][2]:
            # (two old sentences gone into this one: both said where it came from, "由原第五条、第二十七条移入" of 烈士褒扬条例
            # 第三十四条, its planning from old 第五条 and its protected units and areas from old 第二十七条: "由原第五条移入"
            # alone was wrong in reading 810)
            held = f"{at[q][0]}、{held}"
            reworded = REWORDED
            went = f"{at[q][5]}。{went}"
        at[q] = (held, reworded, part, texts[i], who, went)
    out = list(pairs)
    for j, quoted in by_pair.items():
        pair, changed = out[j], False
        findings = []
        for f in pair.findings:
            hit = quoted.get(f.new or "") if f.message.startswith("新增规定：") else None
            if hit:
                came_from, reworded, part, whole, _who, _went = hit
                clause = _clause_holding(whole, part) if part else ""
                if clause and clause.rstrip("。；") != whole.rstrip("。；"):  # (the sentence is new; the clause that says
                    # the old one's duty came. The whole sentence, an item: moved in, "（一）未按照国家规定报告倾倒情况的")
                    f = replace(f, message=f"{f.message}（其中“{clause}”由原{came_from}移入，文字有改动）",
                                message_en=f"{f.message_en} (“{clause}” moved here from former {article_en(came_from)}, "
                                           "reworded)")
                else:
                    f = moved_from(f.new, came_from, None, *reworded)
                changed = True
            findings.append(f)
        if pair.status is Status.ADDED:
            # (a provision put in has no "新增规定" of its own: the move is said on it, as its headline reads it, "…部分内容由原
            # 第八十二条移入" (海洋环境保护法 第一百零一条, whose second paragraph is old 第八十二条's first: "新增第一百零一条" alone
            # was wrong in reading 116)
            said = {f.new for f in findings if f.kind is FindingKind.TEXT_MOVED}
            for q, (held, reworded, part, whole, who, went) in quoted.items():
                if not part and q not in said:
                    zh, en = reworded if reworded[0] else REWORDED if who else ("", "")
                    if who:  # (now the duty of another body: said, as the provision it left says it)
                        now_zh, now_en = _now_of(who)
                        zh, en = zh + now_zh, en + now_en
                    findings.append(moved_from((reworded[0] and _phrases_that_came(whole, went)) or q, held, None, zh, en))
                    changed = True
        if changed:
            out[j] = replace(pair, findings=tuple(findings))
    return out


#: Share, at least, of a phrase's words (two characters or more) the sentence that went says, for the phrase to be part of
#: what came (_phrases_that_came).
CAME_WORDS = 0.6
#: Share of the sentence's characters, at most, those phrases make for them alone to be quoted (海洋环境保护法 2023 第四十五条's
#: "…科学确定养殖规模和养殖密度，合理投饵、投肥，正确使用药物…", a third of it, is old 第二十八条's duty reworded: quoted whole).
CAME_AT_MOST = 0.3


def _phrases_that_came(whole: str, went: str) -> str:
    """The phrases of ``whole``, a sentence of a provision put in that an old sentence (``went``) went into reworded, that
    say CAME_WORDS of their words as ``went`` does, "……" where others stand, when they are two or more, not its opening, and
    less than CAME_AT_MOST of it: the rest is new (代表法 2025 第三条 "…代表应当坚持中国共产党的领导，坚持以…为指导，…依照
    宪法和法律赋予本级人民代表大会的各项职权，遵循民主集中制原则，参加行使国家权力", of which 2015 第二条 said "依照宪法和
    法律赋予…各项职权，参加行使国家权力"). Empty otherwise: the whole sentence came."""
    phrases = [p for p in recache.compile(r"(?<=[，；])").split(whole.rstrip("。；")) if p.strip("，；")]
    mine = _content_words(went)
    held = [k for k, p in enumerate(phrases)
            if (words := _content_words(p)) and len(words & mine) >= CAME_WORDS * len(words)]
    if len(held) < 2 or not held[0] or sum(len(phrases[k]) for k in held) >= CAME_AT_MOST * len(whole):
        return ""  # (its opening came too, or one phrase alone: the sentence is quoted, not a phrase torn from it)
    out = "……"  # (its opening is not among them)
    for n, k in enumerate(held):
        if n and k != held[n - 1] + 1:
            out = out.rstrip("，；") + "……"
        out += phrases[k]
    return out.rstrip("，；")


#: The first article a label names ("第二十七条、…": group 1 its numeral).
_FIRST_ARTICLE = recache.compile(r"第([零〇一二三四五六七八九十百千]+)条")


def _article_order(labels: str) -> float:
    """Where the first article ``labels`` names ("第二十七条、…") stands: its number (unknown ones last)."""
    m = _FIRST_ARTICLE.match(labels)
    return (value(m.group(1)) if m else None) or float("inf")


def _clause_holding(sentence: str, part: str) -> str:
    """The clause of ``sentence`` that holds most of the words ``part`` says besides its subject (the first of equals),
    without the conjunction it opens on."""
    subject = _SUBJECT.match(part)
    words = _content_words(part[subject.end():] if subject else part)
    clauses = [c for c in re.split(r"[，；]", sentence.rstrip("。；")) if c]
    best = max(clauses, key=lambda c: sum(1 for w in words if w in c))
    return re.sub(r"^(?:并|且|并且|同时)", "", best)


#: Acts said with words of one meaning in a duty: a duty restated in other words uses one of them for another.
_SAME_ACT = (frozenset(("发布", "公布", "公开", "披露")), frozenset(("制定", "制订")), frozenset(("报告", "报送", "上报")),
             frozenset(("监督", "监管")), frozenset(("建立", "设立", "组建")), frozenset(("加强", "强化")),
             frozenset(("保障", "保证")), frozenset(("支持", "扶持")), frozenset(("鼓励", "引导")))
_MODAL = recache.compile(r"应当|必须|可以|不得")
#: Any word of _SAME_ACT: a sentence after whose modal word none stands names no act of a frame (asked before it is cut).
_ANY_ACT = recache.compile("|".join(sorted(w for same in _SAME_ACT for w in same)))


class _Frame(named_tuple("_Frame", ["who", "modal", "acts", "what"], module=__name__)):
    """A duty's frame: the last word of who bears it (the words before its modal word, after the last "，"), the modal
    word, the kinds of act it names (_SAME_ACT, by index), and the last word of what the act is done to (the last phrase's
    last word). Two duties of one frame are one duty said in other words when who bears the new one includes the old
    one's bearer."""
    __slots__ = ()

    @classmethod
    def of(cls, sentence: str) -> Optional["_Frame"]:
        m = _MODAL.search(sentence)
        if m is None or not _ANY_ACT.search(sentence, m.end()):
            return None
        cut = _tokenizer().cut
        who = [w for w in cut(sentence[:m.start()].rstrip("，").split("，")[-1], HMM=False) if len(w) >= 2]
        rest = sentence[m.end():]
        acts = frozenset(k for w in cut(rest, HMM=False) for k, same in enumerate(_SAME_ACT) if w in same)
        what = [w for w in cut(re.split(r"[，、]", rest)[-1], HMM=False) if len(w) >= 2]
        if not who or not acts or not what:
            return None
        return cls(who[-1], m.group(), acts, what[-1])

    def may_be_in(self, text: str) -> bool:
        """``text`` holds the words a sentence of the same duty says (a test before its frame is made)."""
        return self.who in text and self.modal in text and self.what in text

    def holders(self, provisions: "_Provisions", k: int) -> set:
        """The pairs (not ``k``) of those provisions that hold the words its bearer and object are said in."""
        return {j for j, _label in provisions.all_saying(self.what, k)} & {
            j for j, _label in provisions.all_saying(self.who, k)}

    def same_duty(self, other: Optional["_Frame"]) -> bool:
        return other is not None and other.modal == self.modal and other.what == self.what \
            and bool(other.acts & self.acts)


class _Found(named_tuple("_Found", ["at", "reworded", "who", "how", "also", "apart"], defaults=("", "", (), False),
                         module=__name__)):
    """Where ``_now_elsewhere`` found a sentence taken out: the new version's sentence (its index), whether it is
    reworded there, the body that bears its duty there when another does (``who``), how it is there when not as a
    sentence of its own (``how``: WITHIN, LIABILITY_NOW), the sentences of other provisions that say the rest of it
    (``also``: an item cut in two, each part a provision of its own), and whether those are its decisions set apart,
    each the lead-in of a list of its own (``apart``: decisions_apart)."""
    __slots__ = ()


#: A list item's label, in either numbering ("（一）", "1."), at the start of its text.
ANY_ITEM_LABEL = recache.compile(r"^(?:[（(][一二三四五六七八九十\d]+[)）]|\d+[.．、])")
#: An item looked for in another provision's list: at least this many characters of its words, and this alike there (0–100).
LISTED_AT_LEAST, LISTED_NEAR = 4, 90
#: ... and this alike in the provision most of its list went to (list_went).
LISTED_SIBLING = 80
#: Content words, at least, an old item and the one new item of its list's new place left unsaid share (the_one_left).
LEFT_WORDS = 2


def _in_digits(label: str) -> bool:
    """An item label of the numbering in digits ("1."), not in brackets ("（一）")."""
    return not label.startswith(("（", "("))


def _item_held(mine: str, theirs: str) -> bool:
    """An item's words said by another item: all of them, or all of its content words (LEFT_WORDS at least)."""
    words = _content_words(mine)
    return mine in theirs or len(words) >= LEFT_WORDS and words <= _content_words(theirs)


def _item_words(text: str) -> str:
    """An item's words: its label, closing punctuation and closing 的 off, in canonical form."""
    return canonical(ANY_ITEM_LABEL.sub("", text.strip(), count=1).rstrip("；。，：").removesuffix("的"))


#: An offence of a penalty's list taken out (characters, punctuation left out) looked for in another liability: at least this
#: long, and its last this many characters said there word for word (punished).
OFFENCE_AT_LEAST, OFFENCE_TAIL = 8, 6
#: ... and each of its two alternatives ("…，或者…"), this many of its last characters.
ALTERNATIVE_TAIL = 4

#: The stock word an act may end on ("开展…宣传工作"), and the characters, at least, of the act without it that are looked for
#: word for word in another provision (``anchored``).
_WORK, WORK_OFF_AT_LEAST = "工作", 10
#: A clause's opening duty word ("都应当", "必须"), and the characters, at least, of the act left once it is off.
_DUTY_OPENING = recache.compile(r"^(?:都|均|也)?(?:应当|必须|应|禁止|严禁|不得)")
DUTY_OFF_AT_LEAST = 14

#: ``_Found.how`` of a duty that went into a longer sentence another provision puts in (``within``).
WITHIN = "within"
#: Content words, at least, of a duty looked for within a longer sentence, and the share of them that sentence holds.
WITHIN_AT_LEAST = 6
WITHIN_WORDS = 0.85


#: A sentence this long (characters of its key) or longer that holds another's words may swap a word among
#: other edits and still be that sentence reworded; shorter ones ("决定公司的经营方针和投资计划" / "决定公司的经营
#: 计划和投资方案") are other rules.
REWORDED_LONG = 20


#: Who a duty is of: the words before its modal verb ("上级人民政府主管部门应当…").
_SUBJECT = recache.compile(r"^([^，。；：]{2,30}?)(应当|可以|必须|负责)")
#: Characters, at least, of what a duty given to another body says besides who bears it.
DUTY_AT_LEAST = 16
#: Characters, at least, of a duty said word for word of another subject for the sentence to be that duty moved.
SAME_DUTY_AT_LEAST = 8
#: What every provision says of someone: a liability or sanction is no duty that moved.
_LIABILITY = recache.compile(r"责任|处分|处罚|罚款|赔偿")
# a ban of conducts listed, two characters each, the last one with what it is done to ("禁止歧视、虐待、遗弃、残害妇女")
_BAN_LIST = recache.compile(r"禁止((?:[\u4e00-\u9fff]{2}、){2,})([\u4e00-\u9fff]{2})[\u4e00-\u9fff]{0,6}[。；]?$")
_CLAUSE_END = recache.compile(r"[，；。]")


def _given_to_another(text: str, other: str, word_for_word: bool = False) -> str:
    """The new subject of a duty now said of another body, its words otherwise the same (SAME_WORDS of them, and at
    least DUTY_AT_LEAST characters): "上级人民政府主管部门应当在各自职责范围内，指导、协助下级人民政府及其相应部门做好有关
    突发事件的应对工作" in "县级以上人民政府应急管理部门和卫生健康、公安等有关部门应当在各自职责范围内做好…，并指导、协助下级
    人民政府及其相应部门做好有关突发事件的应对管理工作" (突发事件应对法 第八条 → 第二十一条: "不再规定" wrong in the forty-seventh
    and forty-ninth readings). ``word_for_word``: the duty said word for word instead (SAME_DUTY_AT_LEAST characters at
    least, no liability). "" when not: a conduct ("…的，") is not a body, and a duty of one body is not another's."""
    mine, theirs = _SUBJECT.match(text), _SUBJECT.match(other)
    if mine is None or theirs is None or mine.group(2) != theirs.group(2) or mine.group(1) == theirs.group(1):
        return ""
    if mine.group(1).endswith("的") or theirs.group(1).endswith("的"):
        return ""
    duty = text[mine.end():]
    if word_for_word:
        return theirs.group(1) if len(duty) >= SAME_DUTY_AT_LEAST and duty == other[theirs.end():] \
            and not _LIABILITY.search(duty) else ""
    words = _content_words(duty)
    if len(duty) < DUTY_AT_LEAST or len(words) < 4:
        return ""
    held = len(words & _content_words(other[theirs.end():]))
    return theirs.group(1) if held >= SAME_WORDS * len(words) else ""
