"""Sentences, words, conditions and steps said taken out that the new version states in another provision (run by
moved.document_findings, once the moves are known).

A sentence taken out here whose rule another provision states now, word for word or reworded, did not leave the
law: "“…”不再在此规定，现见第X条" instead of "不再规定", and on the provision it went to "由原第X条移入" instead of
"新增规定". So for words taken out that another provision says (as they were, or shorter), for a sentence whose
paragraph went to one provision, and for conditions and procedural steps.
"""
from __future__ import annotations

import math
import re
from bisect import bisect_right
from dataclasses import replace
from typing import Dict, List, Optional, Sequence, Tuple

from .. import recache
from ..models import Finding, FindingKind, Pair, Rename, Status
from ..numerals import article_en
from ..records import named_tuple
from .citations import OWN_INSTRUMENT
from .counterparts import ITEM_LABEL
from .lexicon import Lexicon
from .moved import (_CONDITION_KINDS, MIN_MOVED, NOW_AT, SAME_WORDS, _about_another, _content_words, _deleted_long,
                    _flipped, _labels, _prohibition_lost, _quotes_whole, _tokenizer, _whole_sentences, _with_renames,
                    moved_from, moved_to)
from .reworded import REWORDED, REWORDED_THERE, REWRITTEN, REWRITTEN_THERE, reworded_as, rewritten
from .rewrites import BREACH, quote
from .sentences import Sentence, _sentence, nearest, sentences


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


def _now_elsewhere(pairs: List[Pair], lexicon: Lexicon, renames: Sequence[Rename] = ()) -> List[Pair]:
    """A sentence taken out here whose rule the new version states in another sentence (near word for
    word, or with the same words: "董事每届任期不得超过三年" in 第七十条 "董事任期由公司章程规定，
    但每届任期不得超过三年") did not leave the law: "“…”不再在此规定，现见第X条" instead of
    "不再规定", and for a deleted provision the same note beside "删除原第X条"."""
    from rapidfuzz.fuzz import ratio

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
                    long = [s for s in sentences(c.text) if len(s.key) >= MIN_MOVED or ANY_ITEM_LABEL.match(s.text)]
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

    def found(s: Sentence, k: int):
        return _found(s, k) or within(s, k) or listed(s, k)

    def _found(s: Sentence, k: int):
        key = canonical(cite(s.text))
        if key not in near_of:
            look_up([s.text])
        # The ten nearest, best first and the first of equals first, so the first of them is
        # extractOne's when it scores NOW_ELSEWHERE.
        closest = near_of[key]
        hit = closest[0] if closest and closest[0][1] >= NOW_ELSEWHERE else None
        if hit and where[hit[2]][0] != k and not _about_another(key, keys[hit[2]]):
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
        mine = _content_words(text) - frame
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
        words_best = _content_words(around[best] if frame else texts[best])
        # who or what the rule is about (after "违反本条例的规定，", which says it of every penalty: 道路运输条例 2022 第六十八条's
        # 携带车辆营运证 is not 第六十九条's 维护和检测运输车辆)
        opening = _content_words(re.split(r"[，：]", BREACH.sub("", text), 1)[0]) - frame
        lost = _prohibition_lost(s.text, texts[best])
        liable = lost and bool(_LIABILITY.search(texts[best]))
        if len(opening - words_best) <= max(1, len(opening) // 5) \
                and ratio(canonical(text), keys[best]) >= REWORDED_AT_LEAST \
                and not _about_another(key, keys[best], len(key) >= REWORDED_LONG) \
                and (liable or not lost and not _flipped(text, texts[best])):
            # (a rule said the other way is no rule moved: "…决定撤销、变更或者确认该具体行政行为违法" is not "…不撤销该
            # 行政行为，但是确认该行政行为违法", 行政复议法 第二十八条 → 第六十五条; a prohibition whose conduct now bears a
            # liability there: LIABILITY_NOW)
            return _Found(best, True, how=LIABILITY_NOW if liable else "")
        who = _given_to_another(text, texts[best])
        if who and ratio(canonical(text), keys[best]) >= REWORDED_AT_LEAST and not _prohibition_lost(s.text, texts[best]) \
                and not _flipped(text, texts[best]):
            return _Found(best, True, who)
        return None

    provisions: List[_Provisions] = []  # the new version's and the old version's, made when first asked

    def otherwise(s: Sentence, k: int):
        """Where ``s`` is when no sentence of the new version is near it as a whole."""
        return anchored(s, k) or apart(s, k) or pieces(s, k) or framed(s, k) or punished(s, k)

    lists_went: Dict[Tuple[int, bool], Optional[int]] = {}  # (pair, numbered in digits?) → where its list went

    def list_went(k: int, digits: bool) -> Optional[int]:
        """The one provision of the new version whose items say (LISTED_SIBLING alike) most of pair ``k``'s old items of
        one numbering, two and half of them at least: where that list went."""
        key = (k, digits)
        if key not in lists_went:
            mine = [_item_words(t.text) for t in sentences(pairs[k].old_text)
                    if (m := ANY_ITEM_LABEL.match(t.text)) and m.group().startswith(("（", "(")) != digits]
            held: Dict[int, int] = {}
            for words in mine:
                for j in {where[i][0] for i in items_near(words, LISTED_SIBLING) if where[i][0] != k}:
                    held[j] = held.get(j, 0) + 1
            ranked = sorted(held.items(), key=lambda jn: -jn[1])
            lists_went[key] = ranked[0][0] if ranked and ranked[0][1] >= max(2, len(mine) / 2) and (
                len(ranked) == 1 or ranked[1][1] < ranked[0][1]) else None
        return lists_went[key]

    items_at: List[int] = []  # the entries of the new version that are items of a list
    item_words: List[str] = []  # ... and their words (_item_words)

    def items_near(words: str, cutoff: float) -> List[int]:
        """The entries of the new version's items whose words are at least ``cutoff`` alike ``words``, in order."""
        from rapidfuzz.fuzz import ratio
        from rapidfuzz.process import extract

        if not where:
            index()
        if not items_at:
            items_at.extend(i for i in range(len(where)) if ANY_ITEM_LABEL.match(shown[i]))
            item_words.extend(_item_words(shown[i]) for i in items_at)
            items_at.append(-1)  # (looked for)
        found = extract(words, item_words, scorer=ratio, score_cutoff=cutoff, limit=None)
        return sorted(items_at[q] for _words, _score, q in found)

    def lead_in_of_a_list(s: Sentence, k: int):
        """The lead-in of a list (the sentence before its first item, ending on "：") whose list went to another provision
        (list_went): that provision's own lead-in, the one sentence of it ending on "：", rewritten. 行政复议法 第二十八条's
        "决定撤销或者确认该具体行政行为违法的，可以责令被申请人在一定期限内重新作出具体行政行为：" is 第六十四条's "行政行为有下列
        情形之一的，行政复议机关决定撤销或者部分撤销该行政行为，并可以责令被申请人在一定期限内重新作出行政行为："."""
        if not s.text.rstrip().endswith(("：", ":")):
            return None
        olds = sentences(pairs[k].old_text)
        after = [t for t in olds if t.start >= s.end]
        label = ANY_ITEM_LABEL.match(after[0].text) if after else None
        if label is None:
            return None
        j = list_went(k, not label.group().startswith(("（", "(")))
        if j is None:
            return None
        if not where:
            index()
        leads = [i for i, (n, _label) in enumerate(where) if n == j and texts[i] is shown[i]
                 and shown[i].rstrip().endswith(("：", ":"))]
        return _Found(leads[0], True) if len(leads) == 1 else None

    def listed(s: Sentence, k: int):
        """An item of a list taken out ("1.主要事实不清、证据不足的") whose list went to another provision of the new
        version (list_went), said there in an item of the same words, its label and closing 的 off (LISTED_SIBLING alike);
        or, alone, near word for word (LISTED_NEAR) an item of the one other provision that lists it. Not when another
        provision of the old version says it. 行政复议法 第二十八条（三）'s grounds for annulment, now 第六十四条's
        "（一）主要事实不清、证据不足" …, were "不再规定" (wrong in reading 209)."""
        label = ANY_ITEM_LABEL.match(s.text)
        if label is None:
            return lead_in_of_a_list(s, k)
        mine = _item_words(s.text)
        if len(mine) < LISTED_AT_LEAST:
            return None
        from rapidfuzz.fuzz import ratio

        j = list_went(k, not label.group().startswith(("（", "(")))
        if j is not None:
            hits = [i for i in items_near(mine, LISTED_SIBLING) if where[i][0] == j]
        else:
            hits = [i for i in items_near(mine, LISTED_NEAR) if where[i][0] != k]
            if len({where[i][0] for i in hits}) != 1:
                return None
        if not hits or both_versions()[1].all_saying(mine, k):
            return None
        at = max(hits, key=lambda i: (ratio(mine, _item_words(shown[i])), -i))
        return _Found(at, mine != _item_words(shown[at]))

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
        clauses = [c for c in _CLAUSE.split(s.text) if len(canonical(c)) >= ANCHOR_AT_LEAST]
        if not clauses:
            return None
        new, old = both_versions()
        for clause in clauses:
            said = new.all_saying(canonical(clause), k)
            if len(said) != 1 or old.all_saying(canonical(clause), k):
                continue
            j = said[0][0]
            if _LIABILITY.search(" ".join(c.text for c in pairs[j].new)) and not _LIABILITY.search(s.text):
                continue  # (what a penalty names is no rule that moved there: "载运具有污染危害性货物的船舶" of 海洋环境保护法
                # 第六十四条 is one of 第一百一十二条's offences)
            at = [i for i, (n, _label) in enumerate(where) if n == j and clause in texts[i] and texts[i] is shown[i]]
            if len(at) == 1 and not _flipped(with_lead_in(s, k), texts[at[0]]):
                return _Found(at[0], True, also=rest_elsewhere(s, k, j))
        return None

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

    def both_versions() -> List[_Provisions]:
        """The new version's provisions and the old version's, made when first asked."""
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
                if j in with_new and (j, quote(texts[i], lexicon)) in said:
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
    came: List[Tuple[int, int, Tuple[str, str], str, str]] = []

    def said_elsewhere(q: str, s: Sentence, hit: "_Found", k: int) -> Finding:
        """The note on sentence ``s`` of pair ``k`` (quoted ``q``) found elsewhere; what came there is kept for
        the provision it went to (a rule it already stated, or a prohibition now a liability, came from nowhere)."""
        before = already(hit.at)
        # (less than half of it standing there, and less than half of what stands there its: "并作较大修改", on both sides:
        # 公司法 第一百四十八条's item (四), "…违反公司章程的规定或者未经股东会、股东大会同意，与本公司订立合同或者进行交易",
        # now 第一百八十二条's report to and vote of the board or the meeting, was "文字有改动", a new rule hidden, wrong in
        # reading 169; a sentence cut down to the part found there, "坚持预防为主、预防与应急相结合", is reworded only)
        redone = hit.reworded and not hit.how and not hit.also and rewritten(
            canonical(ITEM_LABEL.sub("", text_of(s), count=1)), canonical(shown[hit.at]), both=True)
        if not before and hit.how != LIABILITY_NOW:
            came.append((hit.at, k, REWRITTEN if redone else REWORDED if hit.reworded else ("", ""),
                         s.text if hit.how == WITHIN else "", hit.who))
            came.extend((i, k, REWORDED, "", "") for i in hit.also)
        label = "、".join([where[hit.at][1], *(where[i][1] for i in hit.also)]) if not before else where[hit.at][1]
        return _elsewhere(q, label, hit.reworded, before, hit.who, hit.how, shown[hit.at].rstrip("。；，"),
                          redone and not before and not hit.who)
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
            if (not near or near == {k}) and not any(_Frame.of(t) for t in _deleted_long(job[0])[0]):
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
                f = said_elsewhere(f.old, s, hit, k)
                elsewhere.append(s.text)
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


#: A list's lead-in that ends on what the items are ("董事、监事、高级管理人员不得有下列行为："): its words before it.
_LEAD_IN = recache.compile(r"^(.{4,}?)(?:有|具有|存在)?(?:下列|以下)[^，。；：]{0,8}[：:]$")


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
    by_pair: Dict[int, Dict[str, Tuple[int, Tuple[str, str], str, str, str]]] = {}
    for i, k, reworded, part, who in came:
        by_pair.setdefault(where[i][0], {})[quote(texts[i], lexicon)] = (k, reworded, part, texts[i], who)
    out = list(pairs)
    for j, quoted in by_pair.items():
        pair, changed = out[j], False
        findings = []
        for f in pair.findings:
            hit = quoted.get(f.new or "") if f.message.startswith("新增规定：") else None
            if hit:
                k, reworded, part, whole, _who = hit
                came_from = _labels(pairs[k].old)
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
            for q, (k, reworded, part, _whole, who) in quoted.items():
                if not part and q not in said:
                    zh, en = reworded if reworded[0] else REWORDED if who else ("", "")
                    if who:  # (now the duty of another body: said, as the provision it left says it)
                        now_zh, now_en = _now_of(who)
                        zh, en = zh + now_zh, en + now_en
                    findings.append(moved_from(q, _labels(pairs[k].old), None, zh, en))
                    changed = True
        if changed:
            out[j] = replace(pair, findings=tuple(findings))
    return out


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


class _Frame(named_tuple("_Frame", ["who", "modal", "acts", "what"], module=__name__)):
    """A duty's frame: the last word of who bears it (the words before its modal word, after the last "，"), the modal
    word, the kinds of act it names (_SAME_ACT, by index), and the last word of what the act is done to (the last phrase's
    last word). Two duties of one frame are one duty said in other words when who bears the new one includes the old
    one's bearer."""
    __slots__ = ()

    @classmethod
    def of(cls, sentence: str) -> Optional["_Frame"]:
        m = _MODAL.search(sentence)
        if m is None:
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


class _Found(named_tuple("_Found", ["at", "reworded", "who", "how", "also"], defaults=("", "", ()), module=__name__)):
    """Where ``_now_elsewhere`` found a sentence taken out: the new version's sentence (its index), whether it is
    reworded there, the body that bears its duty there when another does (``who``), how it is there when not as a
    sentence of its own (``how``: WITHIN, LIABILITY_NOW), and the sentences of other provisions that say the rest of it
    (``also``: an item cut in two, each part a provision of its own)."""
    __slots__ = ()


#: A list item's label, in either numbering ("（一）", "1."), at the start of its text.
ANY_ITEM_LABEL = recache.compile(r"^(?:[（(][一二三四五六七八九十\d]+[)）]|\d+[.．、])")
#: An item looked for in another provision's list: at least this many characters of its words, and this alike there (0–100).
LISTED_AT_LEAST, LISTED_NEAR = 4, 90
#: ... and this alike in the provision most of its list went to (list_went).
LISTED_SIBLING = 80


def _item_words(text: str) -> str:
    """An item's words: its label, closing punctuation and closing 的 off, in canonical form."""
    from .rewrites import canonical

    return canonical(ANY_ITEM_LABEL.sub("", text.strip(), count=1).rstrip("；。，：").removesuffix("的"))


#: An offence of a penalty's list taken out (characters, punctuation left out) looked for in another liability: at least this
#: long, and its last this many characters said there word for word (punished).
OFFENCE_AT_LEAST, OFFENCE_TAIL = 8, 6
#: ... and each of its two alternatives ("…，或者…"), this many of its last characters.
ALTERNATIVE_TAIL = 4

#: ``_Found.how`` of a duty that went into a longer sentence another provision puts in (``within``).
WITHIN = "within"
#: Content words, at least, of a duty looked for within a longer sentence, and the share of them that sentence holds.
WITHIN_AT_LEAST = 6
WITHIN_WORDS = 0.85


#: A sentence reworded elsewhere keeps at least this much of its text (0–100).
REWORDED_AT_LEAST = 60


#: A sentence this long (characters of its key) or longer that holds another's words may swap a word among
#: other edits and still be that sentence reworded; shorter ones ("决定公司的经营方针和投资计划" / "决定公司的经营
#: 计划和投资方案") are other rules.
REWORDED_LONG = 20


#: ``_Found.how`` of a prohibition whose conduct another provision now gives a liability, not a prohibition:
#: "不得滥用公司法人独立地位和股东有限责任损害公司债权人的利益" (公司法 第二十条) is in 第二十三条 "公司股东滥用公司法人独立地位和
#: 股东有限责任，逃避债务，严重损害公司债权人利益的，应当对公司债务承担连带责任". Neither moved (the forty-ninth reading) nor
#: gone (the sixty-ninth: the creditors' protection stands): "不再作为禁止性规定；该行为的责任现见第二十三条".
LIABILITY_NOW = "liability"


#: Characters, at most, of the rule another provision already stated in other words that a note quotes for them.
ALREADY_QUOTED = 48


def _elsewhere(q: str, label: str, reworded: bool, already: bool = False, who: str = "", how: str = "",
               there: str = "", redone: bool = False) -> Finding:
    """The note on a sentence ``q`` taken out whose rule the new version states in ``label`` (``there``: its words there;
    ``redone``: less than half of it stands there, reworded.rewritten)."""
    if how == LIABILITY_NOW:
        return Finding(FindingKind.TEXT_MOVED, q, None, f"“{q}”不再作为禁止性规定；该行为的责任现见{label}",
                       f"“{q}” is no longer a prohibition; {article_en(label)} of the new version gives the conduct's "
                       "liability")
    if already:  # a rule another provision already stated, the same in the old version
        zh, en = ("，文字有不同", ", in other words") if reworded else ("", "")
        if reworded and there and len(there) <= ALREADY_QUOTED and not who:
            # (its words, for what differs may be the point: "董事每届任期不得超过三年" is "董事任期由公司章程规定，但每届任期
            # 不得超过三年", 公司法 第六十七条 → 第七十条)
            if not any(q[k:] in there for k in range(len(q) // 2 + 1)):
                # (a special rule dropped beside the general one, whose words are not its own: the one-person company's
                # audit "并经会计师事务所审计" against every company's "并依法经会计师事务所审计", an audit only where the law asks
                # one, 公司法 第六十二条: "已有规定，文字有不同" hid that, wrong in reading 169, and "已有规定：“……”" in 181;
                # quoted whole, its subject the point)
                return Finding(FindingKind.TEXT_MOVED, q, None, f"“{q}”不再规定（现{label}为一般规定：“{there}”）",
                               f"“{q}” no longer provided (the general rule is {article_en(label)} of the new version: "
                               f"“{there}”)")
            zh, en = f"：“{there}”", f": “{there}”"
        if who:
            zh, en = f"{zh}，主体为“{who}”", f"{en}, of “{who}”"
        # (现: the new version's article, as "现见" says; "（第六十八条已有规定）" read as the old 第六十八条, wrong in the
        # sixty-first reading)
        return Finding(FindingKind.TEXT_MOVED, q, None, f"“{q}”不再在此规定（现{label}已有规定{zh}）",
                       f"“{q}” no longer here ({article_en(label)} of the new version already provided it{en})")
    zh, en = REWRITTEN_THERE if redone else REWORDED_THERE if reworded else ("", "")
    if who:  # (now the duty of another body: said, it is the news)
        zh, en = _now_of(who)
    return Finding(FindingKind.TEXT_MOVED, q, None, f"“{q}”不再在此规定，现见{label}{zh}",
                   f"“{q}” no longer here; now in {article_en(label)} of the new version{en}")


def _now_of(who: str) -> Tuple[str, str]:
    """What a moved sentence's note says of the body whose duty it now is, in Chinese and English."""
    return f"（主体改为“{who}”）", f" (now of “{who}”)"


#: Who a duty is of: the words before its modal verb ("上级人民政府主管部门应当…").
_SUBJECT = recache.compile(r"^([^，。；：]{2,30}?)(应当|可以|必须|负责)")
#: Characters, at least, of what a duty given to another body says besides who bears it.
DUTY_AT_LEAST = 16
#: Characters, at least, of a duty said word for word of another subject for the sentence to be that duty moved.
SAME_DUTY_AT_LEAST = 8
#: What every provision says of someone: a liability or sanction is no duty that moved.
_LIABILITY = recache.compile(r"责任|处分|处罚|罚款|赔偿")


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


_DELETED_WORDS = recache.compile(r"^表述修改：删除“([^”]{6,})”$")


#: Words taken out this long or longer (characters, punctuation left out) said elsewhere moved there.
DELETED_AT_LEAST = 8
#: Shorter words taken out, this long at least, moved when no other provision of the old version said them and one
#: provision of the new version alone says them.
DISTINCT_AT_LEAST = 6


def _deleted_words_elsewhere(pairs: List[Pair]) -> List[Pair]:
    """"删除“对公司负有忠实义务和勤勉义务”" when another provision of the new version says those very
    words: they moved there."""
    from .rewrites import canonical

    texts = olds = None  # the two versions' provisions, read when a deletion is first met
    out = []
    left = []  # (pair, finding) of words taken out that no provision says as they were
    for k, pair in enumerate(pairs):
        findings, changed = [], False
        for f in pair.findings:
            m = _DELETED_WORDS.match(f.message) if f.kind is FindingKind.WORDING_CHANGED else None
            if m and texts is None:
                texts = _Provisions([(j, c.display_label, canonical(c.text))
                                     for j, p in enumerate(pairs) for c in p.new])
            words = canonical(m.group(1)) if m else ""  # (eight characters besides punctuation: "董事长、
            # 副董事长" taken out of a list of officers is no rule that moved, 公司法 第六十九条)
            where = texts.first_saying(words, k) if len(words) >= DELETED_AT_LEAST else None
            if m and DISTINCT_AT_LEAST <= len(words) < DELETED_AT_LEAST:
                # ("公告公司终止" out of 公司法 第一百八十八条, the old version's only words of it, in the new version's 第三十七条
                # alone: "删除", wrong in the fifty-fifth reading)
                if olds is None:
                    olds = _Provisions([(j, c.display_label, canonical(c.text)) for j, p in enumerate(pairs) for c in p.old])
                saying = texts.all_saying(words, k)
                if len(saying) == 1 and not olds.all_saying(words, k):
                    where = saying[0][1]
            apart = None if where or len(words) < DELETED_AT_LEAST else texts.saying_each(_conjuncts(words), k)
            if where or apart:
                f, changed = _elsewhere(m.group(1), where or apart, bool(apart)), True
            elif m and len(m.group(1)) >= DELETED_AT_LEAST:
                left.append((k, f))
            findings.append(f)
        out.append(replace(pair, findings=tuple(findings)) if changed else pair)
    return _put_in_elsewhere_shorter(out, left) if left else out


#: Of the words of a sentence or words taken out, at least this share (and WRITTEN_OUT_WORDS of them) said where a citation
#: of their provision was written out in words.
WRITTEN_OUT_SHARE, WRITTEN_OUT_WORDS = 0.6, 3


def _written_out_where_cited(pairs: List[Pair]) -> List[Pair]:
    """Words taken out of a provision ("不再规定：“…”", "表述修改：删除“…”") that the new version writes out where another
    provision cited it: "股东按照实缴的出资比例分取红利" and "分取红利或者不按照出资比例" (公司法 第三十四条) are the words that
    第一百六十六条's "有限责任公司依照本法第三十四条的规定分配" became in 第二百一十条, "有限责任公司按照股东实缴的出资比例分配利润，
    全体股东约定不按照出资比例分配利润的除外" ("删除", wrong in reading 135). Said there, reworded; a citation replaced by
    words is the ground, so WRITTEN_OUT_SHARE of their words suffice."""
    written: Dict[str, List[Tuple[str, str]]] = {}  # an old label cited → (the words it became, the new label there)
    for pair in pairs:
        for f in pair.findings:
            if f.kind is FindingKind.WORDING_CHANGED and f.old and f.new and "本" in f.old:
                for m in re.finditer(OWN_INSTRUMENT + r"(第[一二三四五六七八九十百零〇]+条)(?![一二三四五六七八九十百零〇])",
                                     f.old):
                    if m.group(1) not in f.new:
                        at = next((c.display_label for c in pair.new if f.new in c.text), pair.new[0].display_label)
                        written.setdefault(m.group(1), []).append((f.new, at))
    if not written:
        return pairs
    out = []
    for pair in pairs:
        cited = [w for c in pair.old for w in written.get(c.label, ())]
        if not cited or pair.status is Status.UNCHANGED:
            out.append(pair)
            continue
        findings: List[Optional[Finding]] = []
        sentences_to, words_to = set(), []  # (where its sentences went; its words taken out, by their place in findings)
        for f in pair.findings:
            m = _DELETED_WORDS.match(f.message) if f.kind is FindingKind.WORDING_CHANGED else None
            q = m.group(1) if m else (f.old if f.message.startswith("不再规定：") else None)
            words = _content_words(q) if q else frozenset()
            for text, label in cited if len(words) >= WRITTEN_OUT_WORDS else ():
                held = sum(1 for w in words if w in text)
                if held >= WRITTEN_OUT_WORDS and held >= WRITTEN_OUT_SHARE * len(words):
                    f = _elsewhere(q, label, True)
                    if m:
                        words_to.append((len(findings), label))
                    else:
                        sentences_to.add(label)
                    break
            findings.append(f)
        if not sentences_to and not words_to:
            out.append(pair)
            continue
        # (words taken out where a sentence of the provision went too are said by that sentence's note: "“分取红利或者不按照
        # 出资比例”不再在此规定，现见第二百一十条" beside "“股东按照实缴的出资比例分取红利”不再在此规定，现见第二百一十条" was a
        # fragment saying it again, useless in reading 148)
        for at, label in words_to:
            if label in sentences_to:
                findings[at] = None
        out.append(replace(pair, findings=tuple(f for f in findings if f is not None)))
    return out


def _conjuncts(words: str) -> List[str]:
    """"对公司负有忠实义务和勤勉义务" said as its two phrases, "对公司负有忠实义务" and "对公司负有勤勉义务" (the words before
    the first conjunct's noun given to the second): a provision that says each apart says them (公司法 第一百四十七条's
    duties are 第一百八十条's two sentences, "删除" wrong in the fifty-second reading). None for words not so joined."""
    head, joiner, tail = words.partition("和")
    if not joiner or "和" in tail or not 2 <= len(tail) < len(head) - 1:
        return []
    return [head, head[:len(head) - len(tail)] + tail]


_PUT_IN_WORDS = recache.compile(r"^表述修改：新增“([^”]{8,})”$")


#: Words taken out here and words put in another provision this alike (fuzz.ratio), opening (or closing) with
#: as many characters the same, are the words moved and cut short.
MOVED_SHORTER, MOVED_SAME_END = 70, 8


def _put_in_elsewhere_shorter(pairs: List[Pair], left: List[Tuple[int, Finding]]) -> List[Pair]:
    """Words taken out of one provision and their shorter form put into another ("组织受影响地区尽快恢复生产、生活、工作和
    社会秩序" out of 突发事件应对法 第五十九条, "组织受影响地区尽快恢复社会秩序" into 第八十六条: "删除" beside "新增", wrong in the
    forty-first reading): moved, reworded, on both pairs. The one insertion that opens or closes as the words did."""
    from rapidfuzz.fuzz import ratio

    from ..textratio import common_prefix

    put = [(j, f, m.group(1)) for j, p in enumerate(pairs) for f in p.findings
           if f.kind is FindingKind.WORDING_CHANGED and (m := _PUT_IN_WORDS.match(f.message))]
    changed: Dict[int, Finding] = {}
    for k, f in left:
        words = _DELETED_WORDS.match(f.message).group(1)
        near = [(j, g, x) for j, g, x in put if j != k and id(g) not in changed and len(x) < len(words)
                and ratio(words, x) >= MOVED_SHORTER
                and max(common_prefix(words, x), common_prefix(words[::-1], x[::-1])) >= MOVED_SAME_END]
        if len(near) != 1:
            continue
        j, g, x = near[0]
        changed[id(f)] = moved_to(words, _labels(pairs[j].new), x, *REWORDED)
        changed[id(g)] = moved_from(x, _labels(pairs[k].old), words, *REWORDED)
    if not changed:
        return pairs
    return [replace(p, findings=tuple(changed.get(id(f), f) for f in p.findings))
            if any(id(f) in changed for f in p.findings) else p for p in pairs]


class _Provisions:
    """The new version's provisions (pair index, label, canonical text), joined so that one search
    finds the first that says some words. The joint is "”", which canonical texts never hold (it
    takes quotation marks out), so no match runs across two provisions."""

    def __init__(self, provisions: Sequence[Tuple[int, str, str]]):
        self.provisions = provisions
        self.starts, at = [], 0
        for _, _, text in provisions:
            self.starts.append(at)
            at += len(text) + 1
        self.joined = "”".join(text for _, _, text in provisions)

    def saying_each(self, phrases: Sequence[str], k: int) -> Optional[str]:
        """The label of the one provision not of pair ``k`` that holds every one of ``phrases`` (two or more)."""
        said = self.one_saying_each(phrases, k)
        return None if said is None else said[1]

    def one_saying_each(self, phrases: Sequence[str], k: int) -> Optional[Tuple[int, str]]:
        """(pair index, label) of the one provision not of pair ``k`` that holds every one of ``phrases`` (two or more)."""
        if len(phrases) < 2:
            return None
        found = {j_label for phrase in phrases[:1] for j_label in self.all_saying(phrase, k)}
        for phrase in phrases[1:]:
            found &= set(self.all_saying(phrase, k))
        return next(iter(found)) if len(found) == 1 else None

    def all_near(self, words: str, k: int, cutoff: float) -> List[Tuple[int, str]]:
        """(pair index, label) of the provisions not of pair ``k`` that hold ``words`` near word for word (``near``)."""
        from rapidfuzz import fuzz, process

        return [self.provisions[n][:2] for _text, _score, n in process.extract(
            words, [text for _, _, text in self.provisions], scorer=fuzz.partial_ratio, score_cutoff=cutoff, limit=None)
            if self.provisions[n][0] != k]

    @staticmethod
    def near(words: str, text: str) -> float:
        """How near word for word ``text`` holds ``words`` (0–100, rapidfuzz's partial_ratio)."""
        from rapidfuzz.fuzz import partial_ratio

        return partial_ratio(words, text)

    def all_saying(self, words: str, k: int) -> List[Tuple[int, str]]:
        out, at = [], self.joined.find(words)
        while at != -1:
            n = bisect_right(self.starts, at) - 1
            j, label, _ = self.provisions[n]
            if j != k:
                out.append((j, label))
            at = self.joined.find(words, self.starts[n + 1]) if n + 1 < len(self.starts) else -1
        return out

    def first_saying(self, words: str, k: int) -> Optional[str]:
        """The label of the first provision not of pair ``k`` whose text holds ``words``."""
        at = self.joined.find(words) if "”" not in words else -1
        while at != -1:
            n = bisect_right(self.starts, at) - 1
            j, label, _ = self.provisions[n]
            if j != k:
                return label
            at = self.joined.find(words, self.starts[n + 1]) if n + 1 < len(self.starts) else -1
        return None


#: A condition said (best match of its length, 0–100) in another provision of the other version is there now.
CONDITION_ELSEWHERE = 85


#: Shorter conditions ("情节严重的") are said in many provisions: not looked for.
CONDITION_AT_LEAST = 12


_CONDITION_NOTE = recache.compile(r"^(?:排除)?条件被删除：“(.+)”$|^新增(?:排除)?条件：“(.+)”$")


def _conditions_elsewhere(pairs: List[Pair]) -> List[Pair]:
    """A condition said removed here that another provision of the new version states ("对法律、法规授权的组织
    的具体行政行为不服的" → 第二十四条（四）, when a law regroups its rules), or said added here that another
    provision of the old version stated: moved, said with where it is (or was), not removed or added."""
    from rapidfuzz.fuzz import partial_ratio
    from rapidfuzz.process import extractOne

    from .formatting import substance

    olds = news = None  # (label, pair index, substance) of every provision, read when first needed
    out = []
    for k, pair in enumerate(pairs):
        findings, changed = [], False
        for f in pair.findings:
            m = _CONDITION_NOTE.match(f.message) if f.kind in _CONDITION_KINDS else None
            quoted = (m.group(1) or m.group(2)) if m else ""
            key = substance((f.old if m.group(1) else f.new) or "").rstrip("…") if m else ""
            if len(key) < CONDITION_AT_LEAST:
                findings.append(f)
                continue
            if olds is None:
                olds = [(c.display_label, j, substance(c.text)) for j, p in enumerate(pairs) for c in p.old]
                news = [(c.display_label, j, substance(c.text)) for j, p in enumerate(pairs) for c in p.new]
            provisions = [x for x in (news if m.group(1) else olds) if x[1] != k]
            hit = extractOne(key, [x[2] for x in provisions], scorer=partial_ratio,
                             score_cutoff=CONDITION_ELSEWHERE) if provisions else None
            if hit is None or _said_there_before(key, pairs[provisions[hit[2]][1]], bool(m.group(1))):
                findings.append(f)  # (a condition the provision found said in the other version too: no move)
                continue
            label, reworded = provisions[hit[2]][0], hit[1] < 100
            zh, en = REWORDED_THERE if reworded else ("", "")
            if m.group(1):
                f = _elsewhere(quoted, label, reworded)
            else:
                f = moved_from(quoted, label, None, zh, en)
            findings.append(f)
            changed = True
        out.append(replace(pair, findings=tuple(findings)) if changed else pair)
    return out


def _said_there_before(key: str, pair: Pair, removed: bool) -> bool:
    """The provision a condition was found in said it already in the other version (its old text, for a
    condition said removed): "对行政复议决定不服再向人民法院提起行政诉讼的" in 行政复议法 第三十四条 was old
    第十九条's too, another rule's condition; not where 第十六条's went."""
    from rapidfuzz.fuzz import partial_ratio

    from .formatting import substance

    other = pair.old_text if removed else pair.new_text
    return bool(other) and partial_ratio(key, substance(other)) >= CONDITION_ELSEWHERE


#: Fewest words two sentences share for the words to say they are one sentence reworded.
SHARED_WORDS_AT_LEAST = 6


def _words_share(a: str, b: str) -> float:
    """Share (0–100) of the words of the sentence with fewer words that the other holds too, when
    they share SHARED_WORDS_AT_LEAST words or more (else 0): "情节严重的，受理投诉部门可以…将其失信信息
    纳入全国信用信息共享平台…通过企业信用信息公示系统向社会公示" and "情节严重或者造成严重不良社会影响的，将相关
    信息纳入全国信用信息共享平台和国家企业信用信息公示系统，向社会公示" share 12 of 18 (ratio 47)."""
    x, y = _content_words(a), _content_words(b)
    shared = len(x & y)
    return 100.0 * shared / min(len(x), len(y)) if shared >= SHARED_WORDS_AT_LEAST else 0.0


_STEP_NOTE = recache.compile(r"^程序“(.+)”被删除$|^新增程序“(.+)”$")


_SENTENCE_END = recache.compile(r"[。；\n]")


def _steps_elsewhere(pairs: List[Pair], lexicon: Lexicon) -> List[Pair]:
    """A procedural step said removed from one provision and added to another, in a sentence the other
    says again in other words (保障中小企业款项支付条例 第十七条 "…情节严重的，…纳入全国信用信息共享平台…
    向社会公示" → 第二十六条 "情节严重或者造成严重不良社会影响的，将相关信息纳入…，向社会公示"): the
    step moved with it, said with where it went and where it came from, not removed here and added
    there. Each removed step goes with the added one whose sentence is nearest (ratio ≥
    REWORDED_AT_LEAST), each at most once."""
    from rapidfuzz.fuzz import ratio

    gone, came = [], []  # (pair index, finding index, step)
    for k, pair in enumerate(pairs):
        for n, f in enumerate(pair.findings):
            m = _STEP_NOTE.match(f.message) if f.kind in _CONDITION_KINDS else None
            if m:
                (gone if m.group(1) else came).append((k, n, m.group(1) or m.group(2)))
    if not gone or not came:
        return pairs

    def said(clauses, step: str) -> List[Tuple[str, str]]:
        """(sentence, the label of its provision) of each sentence holding the step."""
        return [(x, c.display_label) for c in clauses for x in _SENTENCE_END.split(c.text) if step in x]

    gone_said = [said(pairs[k].old, step) for k, _n, step in gone]
    came_said = [said(pairs[j].new, step) for j, _m, step in came]
    scored = []
    for a, (k, n, step) in enumerate(gone):
        for b, (j, m, other) in enumerate(came):
            if other != step or j == k:
                continue
            for x, label_x in gone_said[a]:
                for y, label_y in came_said[b]:
                    score = max(ratio(x, y), _words_share(x, y))
                    if score >= REWORDED_AT_LEAST:
                        scored.append((-score, a, b, label_x, label_y, x != y, x, y))
    new_findings: Dict[Tuple[int, int], Optional[Finding]] = {}
    used_a, used_b = set(), set()
    for _minus, a, b, label_x, label_y, reworded, x, y in sorted(scored):
        if a in used_a or b in used_b:
            continue
        used_a.add(a)
        used_b.add(b)
        (k, n, step), (j, m, _) = gone[a], came[b]
        # The sentence said taken out there and the one said put in here: the sentence moved, reworded, said so on both
        # (保障中小企业款项支付条例 第十七条 → 第二十六条: "新增规定：“情节严重或者造成严重不良社会影响的…向社会公示”" beside
        # "程序“公示”由原第十七条移入", wrong in the fifty-third reading)
        taken = next((i for i, h in enumerate(pairs[k].findings) if h.message.startswith("不再规定：") and _quotes_whole(h.old or "", x)), None)
        put = next((i for i, h in enumerate(pairs[j].findings) if h.message.startswith("新增规定：") and _quotes_whole(h.new or "", y)), None)
        if taken is not None and put is not None:
            q_old, q_new = pairs[k].findings[taken].old, pairs[j].findings[put].new
            zh, en = reworded_as(x, y, lexicon) if reworded else ("", "")
            new_findings[(k, n)] = moved_to(q_old, label_y, q_new if reworded else None, zh, en)
            new_findings[(j, m)] = moved_from(q_new, label_x, q_old if reworded else None, zh, en)
            new_findings[(k, taken)] = new_findings[(j, put)] = None
            continue
        zh, en = REWORDED_THERE if reworded else ("", "")
        f, g = pairs[k].findings[n], pairs[j].findings[m]
        new_findings[(k, n)] = Finding(FindingKind.TEXT_MOVED, f.old, None, f"程序“{step}”不再在此规定，现见{label_y}{zh}",
                                       f"procedural step “{step}” no longer here; now in {article_en(label_y)} of the new version{en}")
        new_findings[(j, m)] = Finding(FindingKind.TEXT_MOVED, None, g.new, f"程序“{step}”由原{label_x}移入{zh}",
                                       f"procedural step “{step}” moved here from former {article_en(label_x)}{en}")
    if not new_findings:
        return pairs
    return [replace(p, findings=tuple(g for n, f in enumerate(p.findings) for g in [new_findings.get((k, n), f)] if g))
            if any(key[0] == k for key in new_findings) else p for k, p in enumerate(pairs)]


#: Sentences of a paragraph, at least, said moved to one provision for the rest of it to be looked for there; and how
#: alike (fuzz.ratio) the sentence of that provision nearest one of the rest must be.
WITH_PARAGRAPH, PARAGRAPH_SENTENCE = 2, 45


def _with_its_paragraph(pairs: List[Pair]) -> List[Pair]:
    """A sentence said taken out of a paragraph whose other sentences, WITH_PARAGRAPH or more, all moved to one provision,
    where words of its own (two at least, none of the paragraph's moved sentences') stand: it went there with them,
    reworded ("失信信息提供单位应当将处理情况告知申请人" of 上海 第五十六条's credit-repair paragraph, now 第六十七条's "信用信息修复结果
    应当及时告知申请人": "不再规定" wrong in the forty-second reading)."""
    from rapidfuzz.fuzz import ratio

    from .counterparts import _telling_words

    news = {c.display_label: c.text for p in pairs for c in p.new}
    out = []
    for pair in pairs:
        gone = [f for f in pair.findings if f.kind is FindingKind.WORDING_CHANGED and f.message.startswith("不再规定：")
                and f.old]
        moves = [(m.group(1).rstrip("…"), m.group(2)) for f in pair.findings if f.kind is FindingKind.TEXT_MOVED
                 for m in [NOW_AT.match(f.message)] if m]
        if not gone or len(moves) < WITH_PARAGRAPH:
            out.append(pair)
            continue
        changed = {}
        for paragraph in pair.old_text.split("\n"):
            here = [to for q, to in moves if q and q.split("……")[0] in paragraph]  # (where its moved sentences went)
            went = set(here)
            mine = [f for f in gone if f.old.split("……")[0] in paragraph]
            if len(went) != 1 or len(here) < WITH_PARAGRAPH or not mine:
                continue
            to = went.pop()
            there = news.get(to, "")
            theirs = set().union(*(_telling_words(q) for q, t in moves if t == to))
            for f in mine:
                # (in one sentence there, as like as a sentence reworded in few words: "对于符合条件的修复申请，失信信息提供单位…
                # 书面反馈意见…" shares only words spread over 第六十七条's sentences, a duty replaced, not moved: wrong in the
                # forty-fourth reading)
                near = max(sentences(there), key=lambda n: ratio(f.old, n.text), default=None)
                own = [w for w in _telling_words(f.old) - theirs if near and w in near.text]
                if len(own) >= 2 and ratio(f.old, near.text) >= PARAGRAPH_SENTENCE:
                    changed[id(f)] = _elsewhere(f.old, to, True)
        out.append(replace(pair, findings=tuple(changed.get(id(f), f) for f in pair.findings)) if changed else pair)
    return out


#: A paragraph said taken out sentence by sentence (WHOLE_PARAGRAPH sentences or more) whose every sentence is nearest one
#: sentence of one other provision, each of its own, all at least PARAGRAPH_NEAR alike (0–100) and one at least
#: PARAGRAPH_SENTENCE, went there reworded.
WHOLE_PARAGRAPH, PARAGRAPH_NEAR = 3, 33


def _paragraph_went_whole(pairs: List[Pair]) -> List[Pair]:
    """A paragraph every sentence of which is said taken out, each of them nearest a sentence of its own in one other
    provision of the new version, went there in other words: 体育法 第四十五条's second paragraph (侵占, 临时占用, 改变用途 →
    先行择地新建偿还) is 第八十七条's three paragraphs (侵占, 临时占用…超过十日, 改变其功能、用途 → 先行择地重建); three
    "不再规定" beside it, one wrong in the sixty-ninth reading. Each is "不再在此规定，现见第八十七条（文字有改动）"."""
    from rapidfuzz.fuzz import ratio
    from rapidfuzz.process import extract

    from .rewrites import canonical

    index = keys = None  # the new version's sentences, read once a paragraph is looked for
    came: Dict[int, List[Finding]] = {}  # a pair of the new version → what came to it
    out = []
    for k, pair in enumerate(pairs):
        gone = {f.old: f for f in pair.findings if f.kind is FindingKind.WORDING_CHANGED
                and f.message.startswith("不再规定：") and f.old and "…" not in f.old}
        if len(gone) < WHOLE_PARAGRAPH:
            out.append(pair)
            continue
        changed = {}
        for paragraph in pair.old_text.split("\n"):
            said = [s for s in sentences(paragraph) if s.key]
            if len(said) < WHOLE_PARAGRAPH or not all(s.text in gone for s in said):
                continue
            if index is None:  # every sentence of the new version: (its text, its provision, the pair it stands in)
                index = [(n.text, c.display_label, j) for j, p in enumerate(pairs) for c in p.new for n in sentences(c.text)]
                keys = [canonical(text) for text, _label, _j in index]
            nearest = []  # (the provision of its nearest sentence, and each provision's nearest: score, its place in index)
            for s in said:
                best: Dict[str, Tuple[float, int]] = {}
                # (all those alike enough in one scan, best first and the first of equals first: a provision's first is its best)
                for _key, score, n in extract(canonical(s.text), keys, scorer=ratio, score_cutoff=PARAGRAPH_NEAR, limit=None):
                    if index[n][2] != k:
                        best.setdefault(index[n][1], (score, n))
                nearest.append((next(iter(best), None), best))
            to = max([label for label, _best in nearest], key=lambda x: sum(label == x for label, _b in nearest))  # (the first
            # of equals: no set's order)
            there = [best.get(to, (0, None)) for _label, best in nearest]
            if 2 * sum(label == to for label, _b in nearest) <= len(nearest) \
                    or len({n for _score, n in there}) != len(there) \
                    or min(score for score, _n in there) < PARAGRAPH_NEAR \
                    or max(score for score, _n in there) < PARAGRAPH_SENTENCE:
                continue
            for s in said:
                changed[id(gone[s.text])] = _elsewhere(s.text, to, True)
            came.setdefault(index[there[0][1]][2], []).extend(
                moved_from(index[n][0], _labels(pair.old), None, *REWORDED) for _score, n in there)
        out.append(replace(pair, findings=tuple(changed.get(id(f), f) for f in pair.findings)) if changed else pair)
    # (and where they went, what came: "“…”由原第四十五条移入，文字有改动", not a provision all new)
    for j, found in came.items():
        said = {f.new for f in out[j].findings if f.kind is FindingKind.TEXT_MOVED}
        out[j] = replace(out[j], findings=out[j].findings + tuple(f for f in found if f.new not in said))
    return out
