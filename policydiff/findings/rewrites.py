"""Rewrites: sentences a revision took out or put in whole, said as a reviewer would.

In a full revision most articles are rewritten end to end; a run of character
edits says nothing there. A sentence that is mostly deleted (or mostly
inserted) is one note instead, quoting the words that carry its substance:
the duty or permission (who 应当/可以/不得 do what), the procedure (经…批准), the
sanction (罚款, 吊销…), or the sentence itself when it is short:

    不再规定：“有限责任公司设经理，由董事会决定聘任或者解聘”
    新增规定：“股东应当在五年内缴足”

A deleted article says what it governed: "删除原第X条（关于……的规定）".
"""
from __future__ import annotations

import re
from bisect import bisect_right
from dataclasses import replace
from functools import lru_cache
from typing import Dict, List, Optional, Sequence, Tuple

from .. import conduct, recache
from ..models import Clause, Finding, FindingKind
from ..numerals import article_en
from ..records import named_tuple
from ..textratio import common_prefix, common_suffix, in_order
from .changes import Hunk, Note
from .counterparts import (_DEFINITION, ITEM_LABEL, SPLIT_EACH, SPLIT_SHARE, _applications_merged, _conduct_now_an_item,
                           _damages_restated, _definition_replaced, _end_taken_into, _ends_another,
                           _first_phrase_restated, _found_in,
                           _in_the_same_paragraph, _item_in_its_gap, _item_still_said, _item_widened, _items_regrouped,
                           _joined_with, _last_phrase_said_alone, _long_run_shared, _most_words_held, _narrowed,
                           _clause_taken_in, _first_phrase_rewritten, _near_in_part, _only_put_in, _paragraph_replaced,
                           _phrase_taken_into,
                           _run_into,
                           _run_taken_into, _same_charge, _same_delegation, _same_first_phrase, _same_item,
                           _catch_all_of_another, _sanction_put_first, _split_in_two, _subjects_joined,
                           _telling_words)
from .edits import _phrase_clip
from .formatting import substance
from .lexicon import Lexicon
from .modality import modal_words
from .references import document_number_only
from .sentences import Sentence, _key, held_in_order, match, sentences, similarity, text_key
from .still_there import still_there
from .words import SAME_WORDS, _content_words, _longest_run, _tokenizer, widen

#: An opening phrase that only says the instrument is broken: "违反本法规定".
_BARE_BREACH = recache.compile(r"^违反本(?:法|条例|办法|规定|细则|解释)(?:有关)?(?:的)?规定$")
#: A phrase that only says what an act is done on the grounds of ("依据国家发展规划…", "根据需要").
_GROUNDS = recache.compile(r"^(?:依据|根据|按照|依照|为了|通过|围绕|结合)")
#: A sentence at least this much deleted (or inserted) is taken out (or put in) whole.
WHOLE = 0.6
#: Longest quote in a note; longer sentences are cut to the phrases that carry them.
QUOTE = 64
_SANCTIONS = recache.compile(r"罚款|没收|吊销|撤销|责令|拘留|处分|追究|停业|关闭|取缔|赔偿责任|刑事责任|连带责任|暂停[^，。；]{0,16}执业")
#: A dispute settled by a body ("由乡镇人民政府依法调解"): what the rule does, as a duty word would say it (妇女权益保障法
#: 第五十五条 → 第七十五条: the quote of the old sentence stopped before it, the mediation made 协调, wrong in reading 1920).
_SETTLED_BY = recache.compile(r"^由[^，。；]{2,16}?(?:依法)?(?:调解|裁决|协调|处理)$")
_PROCEDURES = recache.compile(r"经[^，。；]{0,16}(?:批准|同意|决议|审查|核准|登记|备案|认可|评估|验资)|报[^，。；]{0,12}(?:批准|备案|审批)")


#: Share, at least, of a clause's telling words that the old sentence says, for the clause to be part of its rewrite.
OLD_CLAUSE_SHARE = 0.4


def _rewritten_with_the_clause_beside(made, added: Sequence[Sentence], new_text: str):
    """(the old sentence, its note's index, the two clauses as one sentence, the clause put in) for an old sentence said
    rewritten as one clause of a new sentence whose other clause, beside it after "；", is said put in and says enough of
    the old sentence's words: "各部部长、各委员会主任领导本部门的工作，召集和主持部务会议…，签署上报国务院的重要请示、报告和下达的命令、指示" is both of
    "部长（主任、行长、审计长）领导本部门的工作，召集和主持部务（…）会议，讨论决定本部门工作的重大问题；签署上报国务院的重要
    请示、报告和发布的命令、指示" (国务院组织法 第九条 → 第十二条: "改写" into the second alone read as the duty to lead the
    department made one to sign, wrong in reading 413, beside "新增规定" of the first)."""
    out, used = [], set()
    for r, b, at in made:
        mine = _telling_words(r.text)
        for a in added:
            if id(a) in used:
                continue
            first, second = (a, b) if a.end <= b.start else (b, a)
            gap = new_text[first.end:second.start].strip(" ")
            if gap == "。" and _phrase_carried(r.text, a.text, b.text):
                out.append((r, at, _spanning(first, second, new_text), a))
                used.add(id(a))
                break
            if gap != "；":
                continue
            theirs, its = _telling_words(a.text), _telling_words(b.text)
            # (words of the old sentence only the clause put in says, and its words mostly the old sentence's: not a new rule
            # beside the rewrite, "公司章程对股份转让有限制的，其转让按照公司章程的规定进行" of 公司法 第一百五十七条)
            if len((mine & theirs) - its) >= SPLIT_EACH and len(mine & theirs) >= OLD_CLAUSE_SHARE * len(theirs) \
                    and len(mine & (theirs | its)) >= SPLIT_SHARE * len(mine):
                out.append((r, at, _spanning(first, second, new_text), a))
                used.add(id(a))
                break
    return out


#: Characters, at least, of a phrase of an old sentence carried word for word into the sentence beside its rewrite.
PHRASE_CARRIED = 8


def _phrase_carried(old: str, put_in: str, rewritten: str) -> bool:
    """A phrase of the old sentence (PHRASE_CARRIED characters or more) that the sentence put in beside its rewrite says
    word for word and the rewrite does not: the old sentence cut in two, the two sentences of one paragraph ("…应当在有关范围内
    公布，并根据情况变化及时调整" is 保守国家秘密法 2024 第十五条's "…科学论证评估，并根据情况变化及时调整。保密事项范围的规定应当在
    有关范围内公布": the rewrite into the second alone read as the duty to adjust dropped, wrong in reading 632)."""
    return any(len(p) >= PHRASE_CARRIED and p in put_in and p not in rewritten
               for p in _PHRASE_MARKS.split(old))


def _definition_rewritten_in_place(removed: Sequence[Sentence], new_text: str, said: Sequence[Sentence]):
    """(taken out, its new form) for a definition said taken out whole whose term the new text defines in a sentence no
    note says yet, changed in part: "本条例所称文职人员，是指在军民通用、非直接参与作战…的非现役人员，是军队人员的组成部分" →
    "本条例所称文职人员，是指在军队编制岗位依法履行职责的非服兵役人员，是军队人员的组成部分，依法享有…" (中国人民解放军文职人员
    条例 第二条, the diff's one hunk across two sentences merged into one: "不再规定" of the definition was wrong in reading 407)."""
    olds = [(r, m.group(1)) for r in removed for m in [_DEFINITION.match(r.text)] if m]
    if len(olds) != 1 or not new_text:
        return []
    r, term = olds[0]
    news = [s for s in sentences(new_text) if (m := _DEFINITION.match(s.text)) and m.group(1) == term
            and s.text != r.text and not any(s.start < o.end and o.start < s.end for o in said)]
    return [(r, news[0])] if len(news) == 1 else []


def covered(spans: Sequence[Tuple[int, int]], span: Tuple[int, int]) -> float:
    """The share of ``span`` inside the spans (apart and in order)."""
    return _covered(spans, Sentence("", *span))


def _covered(spans: Sequence[Tuple[int, int]], s: Sentence, ends=None) -> float:
    """The share of the sentence inside the spans. ``ends``: the spans' ``_ends``, when already known."""
    return covered_chars(spans, s.start, s.end, ends) / max(1, s.end - s.start)


def covered_chars(spans: Sequence[Tuple[int, int]], start: int, end: int, ends=None) -> int:
    """How many characters of ``start``–``end`` the spans cover (a diff's hunks: apart and in order, so only
    those from the first ending after ``start`` are read, up to ``end``). ``ends``: the spans' ``_ends``."""
    if ends is None:
        ends = _ends(tuple(spans))
    hit = 0
    for k in range(bisect_right(ends, start) if ends else 0, len(spans)):  # not a slice: no copy of the rest
        a, b = spans[k]
        if a >= end and ends:
            break
        hit += max(0, min(b, end) - max(a, start))
    return hit


def hunk_spans(hunks: Sequence[Hunk]) -> Tuple[Tuple[Tuple[int, int], ...], Tuple[Tuple[int, int], ...]]:
    """Where the hunks' deletions stand in the old text and their insertions in the new one."""
    return (tuple((h.old_at, h.old_at + len(h.deleted)) for h in hunks if h.deleted and h.old_at >= 0),
            tuple((h.new_at, h.new_at + len(h.inserted)) for h in hunks if h.inserted and h.new_at >= 0))


@lru_cache(maxsize=64)
def _ends(spans: Tuple[Tuple[int, int], ...]) -> Tuple[int, ...]:
    """The spans' ends when the spans are apart and in order (each ends before the next starts);
    empty otherwise, and then every span is read."""
    if all(b <= spans[k + 1][0] for k, (_, b) in enumerate(spans[:-1])):
        return tuple(b for _, b in spans)
    return ()


def rewritten(old_text: str, new_text: str, hunks: Sequence[Hunk]) -> Tuple[List[Sentence], List[Sentence]]:
    """Old sentences the revision took out whole, new sentences it put in whole."""
    deleted, inserted = hunk_spans(hunks)
    removed, added = _whole_spans(old_text, new_text, deleted, inserted)
    return _with_definitions_undone(list(removed), old_text, deleted), list(added)


def _with_definitions_undone(removed: List[Sentence], old_text: str, deleted) -> List[Sentence]:
    """The sentences taken out whole, and each old definition (_DEFINITION) whose defining words (所称…是指) were taken out,
    whatever of its description stays: "本条例所称的复员军人，是指在1954年10月31日之前入伍、后经批准从部队复员的人员" is no
    definition in 军人抚恤优待条例 2024 第六十二条, which names those veterans among the groups a grant is for; its deleted
    words said "删除“本条例所称的复员军人，是指在”；删除“从部队复员的人员”" (useless in reading 1452). Rewritten, as a sentence
    taken out, only into a definition (_defines_alike), by whatever pass."""
    if "是指" not in old_text:
        return removed
    starts = {s.start for s in removed}
    undone = []
    for s in sentences(old_text):
        m = _DEFINITION.match(s.text)
        if m is None or s.start in starts:
            continue
        words = [s.start + m.group().index("所称"), s.start + m.end() - 2]  # (where 所称 and 是指 stand)
        if all(any(a <= w and w + 2 <= b for a, b in deleted) for w in words):
            undone.append(s)
    return sorted(removed + undone, key=lambda s: s.start) if undone else removed


#: Characters, at least, an old sentence taken out left kept for its words to have a home in a new sentence; and the
#: share of that new sentence, at least, put in.
HOME_KEPT, HOME_CHANGED = 6, 0.25


def homes(removed: Sequence[Sentence], added: Sequence[Sentence], old_text: str, new_text: str,
          hunks: Sequence[Hunk]) -> List[Tuple[Sentence, Sentence]]:
    """(old sentence, new sentence) rewritten one into the other, read from where their kept words stand:

    - an old sentence taken out whose every kept word (HOME_KEPT characters or more) stands in one new sentence not put
      in whole, itself changed (HOME_CHANGED of it put in), the home of no other sentence taken out and holding no more
      words of any other old sentence than of this one ("改写：“依照本法第二十八条的规定被命名为国防教育基地的，应当对有组织的
      中小学生免费开放”改为“国防教育基地应当对军队人员、退役军人和学生免费开放…”", 国防教育法 第二十三条 → 第二十七条, not
      "不再规定" beside "新增“军队人员、退役军人和”": wrong in readings 361 and 381; 烈士褒扬条例 第三十八条's 处分, reading
      382; 反洗钱法 第二十三条's two investigators, reading 385);
    - the same the other way: a new sentence put in whole whose every kept word stands in one old sentence not taken out
      that gave its kept words to it alone ("改写：“文化、新闻、出版、广播、电影、电视等部门和单位应当根据
      形势和任务的要求，采取多种形式开展国防教育”改为“文化和旅游、…创新宣传报道方式，通过…等形式和途径开展国防教育”",
      国防教育法 第二十二条 → 第二十五条, not "新增规定" beside "删除“采取多种形式”", wrong in reading 381).

    Said when no other rewrite says them. A sentence said twice in its text has none, and a definition none but a
    definition: "本条例所称的复员军人，是指在1954年10月31日之前入伍、后经批准从部队复员的人员", whose words now name one of the
    groups "国家按照规定为…发放定期生活补助" grants (军人抚恤优待条例 2024 第六十二条), is no rule that became the grant."""
    if not removed and not added or not hunks:
        return []
    deleted, inserted = hunk_spans(hunks)
    olds, news = sentences(old_text), sentences(new_text)
    forth = _Kept(sorted((h.old_at + len(h.deleted), h.new_at + len(h.inserted) - h.old_at - len(h.deleted))
                         for h in hunks if h.old_at >= 0 and h.new_at >= 0), sorted(deleted), news)
    back = _Kept(sorted((h.new_at + len(h.inserted), h.old_at + len(h.deleted) - h.new_at - len(h.inserted))
                        for h in hunks if h.old_at >= 0 and h.new_at >= 0), sorted(inserted), olds)
    out = [(s, news[t]) for s, t in _homes_of(removed, added, old_text, inserted, forth, olds, news)
           if _defines_alike(s, news[t])]
    # (not a sentence cut down with an exception put after it: "股份有限公司设监事会，其成员不得少于三人" → "股份有限公司设监事会，
    # 本法…另有规定的除外", whose members now stand in the next sentence, "监事会成员为三人以上", 公司法 第一百一十七条 →
    # 第一百三十条: the exception is the note)
    out += [(olds[t], s) for s, t in _homes_of(added, removed, new_text, deleted, back, news, olds, forth.spread)
            if not (s.text.endswith("除外") and not olds[t].text.endswith("除外")) and _defines_alike(olds[t], s)]
    return out


#: Characters, at least, a sentence and its new form open on alike ("一次性抚恤金发给…") for the one that does to be its new form
#: rather than a sentence more alike by the words that follow (_same_subject); the least likeness it must keep (0–100).
SAME_SUBJECT, SAME_SUBJECT_ALIKE = 8, 40
#: Characters, at least, of the opening a sentence shares with its new form in the paragraph of the same number.
SAME_SUBJECT_HERE = 5


def _same_subject(r: Sentence, key: str, candidates: Sequence[Sentence], similarity, old_text: str = "",
                  new_text: str = ""):
    """The one candidate that opens on the same SAME_SUBJECT characters as ``r`` and is SAME_SUBJECT_ALIKE like it: "一次性
    抚恤金发给烈士、因公牺牲军人、病故军人的父母…" became "一次性抚恤金发给烈士遗属、因公牺牲军人遗属、病故军人遗属…" (军人
    抚恤优待条例 第十五条 → 第十八条), not the new 烈士褒扬金's sentence that took its list of relatives: "改写" into that one was
    wrong in reading 784."""
    same = [c for c in candidates if common_prefix(r.key, c.key) >= SAME_SUBJECT and similarity(key, c.key) >= SAME_SUBJECT_ALIKE]
    if not same and old_text and new_text:
        # (or SAME_SUBJECT_HERE characters in the paragraph of the same number: "开采矿产资源，必须按照国家有关规定缴纳资源税和
        # 资源补偿费" is the second paragraph's "开采矿产资源应当依法缴纳资源税", not the first's "勘查、开采矿产资源应当按照国家
        # 有关规定缴纳费用", 矿产资源法 第五条 → 第六条: "新增规定" of the tax wrong in reading 790)
        here = old_text.count("\n", 0, r.start)
        same = [c for c in candidates if common_prefix(r.key, c.key) >= SAME_SUBJECT_HERE
                and new_text.count("\n", 0, c.start) == here and similarity(key, c.key) >= SAME_SUBJECT_ALIKE]
    return same[0] if len(same) == 1 else None


def _defines_alike(old: Sentence, new: Sentence) -> bool:
    """A definition is rewritten only into a definition (``homes``)."""
    return _DEFINITION.match(old.text) is None or _DEFINITION.match(new.text) is not None


class _Kept:
    """Where the kept characters of a sentence of one text stand among the sentences of the other (``spread``)."""

    def __init__(self, moves, cut, theirs):
        self.moves, self.ends, self.cut = moves, [end for end, _ in moves], cut
        self.cut_from = [a for a, _ in cut]
        self.theirs, self.starts = theirs, [t.start for t in theirs]

    def spread(self, s: Sentence) -> Dict[int, int]:
        """The other text's sentences (their indexes) the sentence's kept characters stand in → how many."""
        out: Dict[int, int] = {}
        for x in range(s.start, s.end):
            if self.is_cut(x):
                continue
            k = bisect_right(self.ends, x) - 1
            y = x + (self.moves[k][1] if k >= 0 else 0)
            t = bisect_right(self.starts, y) - 1
            if t >= 0 and self.theirs[t].start <= y < self.theirs[t].end:
                out[t] = out.get(t, 0) + 1
        return out

    def is_cut(self, x: int) -> bool:
        d = bisect_right(self.cut_from, x) - 1
        return d >= 0 and x < self.cut[d][1]

    def telling(self, s: Sentence, text: str) -> int:
        """How many of the sentence's kept characters tell something: its item label and stock words
        (_STOCK_KEPT) left out ("（三）未按照规定" kept is no sign "（三）未按照规定对职工进行反洗钱培训的" became "（三）未按照
        规定根据经营规模和洗钱风险状况配备相应人员", 反洗钱法 第三十一条 → 第五十二条)."""
        kept = "".join(text[x] if not self.is_cut(x) else " " for x in range(s.start, s.end))
        # (nor a phrase kept that the text says in another sentence too: "军队医疗机构配制的制剂" kept of "地方医疗机构需要使用
        # 军队医疗机构配制的制剂的，应当经…批准", which "军队医疗机构配制的制剂，不得在市场销售" says beside it, is no sign it became
        # "军队医疗机构配制的制剂应当在本单位使用", 药品管理法办法 第十三条 → 第十九条: "改写" wrong in the English reading 1441)
        kept = " ".join(run for run in kept.split(" ") if len(run) < SAID_AGAIN or text.count(run) == 1)
        return len(_STOCK_KEPT.sub("", ITEM_LABEL.sub("", kept, count=1)).replace(" ", ""))


#: Characters, at least, of a kept run the text says again elsewhere, no sign of what a sentence became (``_Kept.telling``).
SAID_AGAIN = 8
#: Kept words that tell nothing of what a sentence became (``_Kept.telling``).
_STOCK_KEPT = recache.compile(r"未?(?:按照|依照)(?:国家)?(?:有关)?规定|依法|应当|或者|[的，、]")


def _homes_of(mine: Sequence[Sentence], whole_there: Sequence[Sentence], text: str, changed_there, kept: _Kept,
              all_mine: Sequence[Sentence], theirs: Sequence[Sentence], back=None) -> List[Tuple[Sentence, int]]:
    """``homes`` one way: each of ``mine`` (said whole) → the index of its home among ``theirs``. ``back``: where the
    kept characters of one of ``theirs`` stand among ``mine``'s text, when the home must give them all to it alone; then
    the home need not have changed (HOME_CHANGED): a sentence put in whole that took all of one old sentence's kept words,
    however lightly that one was edited, is its rewrite."""
    whole = {(t.start, t.end) for t in whole_there}
    found: Dict[int, List[Tuple[Sentence, int]]] = {}
    for s in mine:
        there = kept.spread(s)
        if len(there) == 1 and text.count(s.text) == 1:
            (t, n), = there.items()
            if kept.telling(s, text) >= HOME_KEPT and (theirs[t].start, theirs[t].end) not in whole \
                    and (back is not None or _covered(changed_there, theirs[t]) >= HOME_CHANGED) \
                    and (back is None or len(back(theirs[t])) == 1):
                found.setdefault(t, []).append((s, n))
    if not found:
        return []
    said = {(s.start, s.end) for s in mine}
    others = [kept.spread(o) for o in all_mine if (o.start, o.end) not in said]
    return [(ss[0][0], t) for t, ss in found.items()
            if len(ss) == 1 and all(there.get(t, 0) <= ss[0][1] for there in others)]


@lru_cache(maxsize=4096)  # the findings of a pair and the moved-text passes ask for the same pair
def _whole_spans(old_text: str, new_text: str, deleted: Tuple[Tuple[int, int], ...],
                 inserted: Tuple[Tuple[int, int], ...]) -> Tuple[Tuple[Sentence, ...], Tuple[Sentence, ...]]:
    ends_deleted, ends_inserted = _ends(deleted), _ends(inserted)
    return (_with_the_last_item(sentences(old_text), deleted, ends_deleted),
            _with_the_last_item(sentences(new_text), inserted, ends_inserted))


#: Items, at least, of a list all taken out or put in whole but one, that one covered this much (less than WHOLE).
SIBLINGS, SIBLING_WHOLE = 3, 0.5


def _with_the_last_item(all_sentences: Sequence[Sentence], spans, ends) -> Tuple[Sentence, ...]:
    """The sentences the spans cover (WHOLE of each), and the one item of a list (SIBLINGS items or more) whose every
    other item they cover, when they cover SIBLING_WHOLE of it: the words it shares with a sentence of the other side
    ("申请人", "符合本法规定" of 行政复议法 第三十条（一） "有明确的申请人和符合本法规定的被申请人") are no sign it was kept
    (the list of conditions of 受理 is new: "表述修改：删除“对不符合本法”；“申请，决定不予受理，并书面告知申请人”改为“（一）有明确的
    申请人和”…" was fragments)."""
    shares = [_covered(spans, s, ends) for s in all_sentences]
    whole = [share >= WHOLE for share in shares]
    k = 0
    while k < len(all_sentences):
        if not ITEM_LABEL.match(all_sentences[k].text):
            k += 1
            continue
        end = k
        while end < len(all_sentences) and ITEM_LABEL.match(all_sentences[end].text):
            end += 1
        left = [i for i in range(k, end) if not whole[i]]
        if end - k >= SIBLINGS and len(left) == 1 and shares[left[0]] >= SIBLING_WHOLE:
            whole[left[0]] = True
        k = end
    return tuple(s for s, w in zip(all_sentences, whole) if w)


#: Characters, at most, of a sentence's last phrase that is the act its duty word is for ("制定规章"), after a phrase of
#: where it is done ("在本部门的权限范围内").
ACT_AT_THE_END = 8
_WHERE_IT_IS_DONE = recache.compile(r"^在[^，。；]{2,20}(?:内|中)$")


def quote(sentence: str, lexicon: Lexicon, limit: int = QUOTE, other: str = "", opening: bool = True,
          elsewhere: str = "", news: bool = False) -> str:
    """The sentence, or when long as many of its phrases as fit: the first, those that carry its
    substance (a duty, procedure or sanction), then the rest in order; "……" where phrases are left out.
    ``other``: the sentence it was rewritten from or into; its phrases found there word for word come
    after the others (the opening too, ``opening`` False: then "……" before the first quoted), so the
    quote shows what changed (道路运输条例 第十条: "……应当报国务院交通主管部门决定"
    → "……应当按程序报省…协商决定", not the opening both share). ``elsewhere``: the whole provision ``other``
    stands in; its phrases come after those it does not hold, before those ``other`` holds (道路运输条例 2023
    第六十八条: the conduct moved with the sentence, not the sanction the old list's lead-in said). ``news``: the
    sentence is a rewrite's new one (a phrase left out that puts in words has it quoted whole, below)."""
    if len(sentence) <= limit:
        return sentence
    # (a "；" ends a phrase too, and joins it on again: "…会议，讨论决定本部门工作的重大问题；签署…和发布的命令、指示" was one
    # phrase too long to quote, the duty put in hidden by "……", 国务院组织法 第九条 → 第十二条, wrong in reading 1715)
    split = [p for p in recache.compile(r"(?<=[，：；])").split(sentence) if p.strip("，：；")]
    phrases = [p.rstrip("，：；") for p in split]
    marks = [p[len(q):][:1] or "，" for p, q in zip(split, phrases)]
    # (a condition, "…的", is no substance for the duty word it quotes: "行政复议机关对依照…的有关规定应当不予赔偿的" came
    # before "应当同时决定驳回行政赔偿请求", the quote cut before what the rule does, 行政复议法 第七十二条, useless in the
    # sixtieth reading)
    substance = [i for i, p in enumerate(phrases) if i and (
        modal_words(p, lexicon) and not _condition(p) or _SANCTIONS.search(p) or _PROCEDURES.search(p)
        or _SETTLED_BY.match(p))]
    last = len(phrases) - 1
    if substance and last not in substance and last > 1 and len(phrases[last]) <= ACT_AT_THE_END \
            and _WHERE_IT_IS_DONE.match(phrases[last - 1]):
        # (the act the duty word is for, a short last phrase after what it is done under: "……可以根据法律和国务院的行政法规、
        # 决定、命令，在本部门的权限范围内……" was cut before "制定规章", 国务院组织法 第十四条, useless in reading 1010)
        substance.append(last)
    order = [0] + substance + [i for i in range(1, len(phrases)) if i not in substance]
    if len(phrases) > 2 and _BARE_BREACH.match(phrases[0]) and phrases[1].endswith("的") and 1 not in substance:
        # (a bare "违反本法规定" opens on the conduct it names: "违反本法规定……由…责令停止违法行为，没收农产品和违法所得…" left
        # out what is punished, 在特定农产品禁止生产区域种植… (农产品质量安全法 第六十六条, useless in reading 759))
        order = [0, 1] + [i for i in order[1:] if i != 1]
    if other:
        # (stable: the order above within each; a phrase the other holds but for the word joining it on, "但应当按照行业
        # 规范…及时支付款项", is held: 保障中小企业款项支付条例 第八条 → 第九条's quote kept it and cut the new ban "不得约定以收到
        # 第三方付款作为…的条件…", missed in the fifty-third reading)
        # (and one the other holds nearly, in order, after one it does not: "保障各类主体依法平等参与" for "保障各类市场主体依法平等
        # 参与" is no news beside "不得以特定行政区域或者特定行业的业绩、奖项作为加分条件", which the quote left out, 上海市优化营商
        # 环境条例 第十三条, partly said in recall reading 1281)
        order = [0] + sorted(order[1:], key=lambda i: (_joiner_off(phrases[i]) in other, _nearly_held(phrases[i], other),
                                                       phrases[i] in elsewhere))
        if not opening:  # (the opening too, when the other holds it, but for a citation renumbered, or its characters
            # in order: "对机关、事业单位在公务消费…" of "对拒绝…的机关、事业单位，应当在公务消费…", 保障条例 第十九条)
            masked = _CITED_NUMBER.sub("第#", other)
            order = sorted(order, key=lambda i: _CITED_NUMBER.sub("第#", phrases[i]) in masked or (
                i == 0 and held_in_order(phrases[0], other)[0] >= OPENING_HELD * len(phrases[0])))
    chosen, size, extended = set(), 0, False
    for i in order:
        if size + len(phrases[i]) + 1 > limit and chosen:
            continue
        chosen.add(i)
        size += len(phrases[i]) + 1
    if other:
        # (a phrase of the rule the other side does not hold at all, left out for the limit, comes in when the quote stays
        # within SUBSTANCE_SLACK over it, for a phrase it nearly holds: "不得以特定行政区域或者特定行业的业绩、奖项作为加分条件"
        # beside "不得要求潜在供应商或者投标人设立分支机构", both new bans of 上海市优化营商环境条例 第十三条, not "保障各类主体依法平等
        # 参与" for "…各类市场主体…", partly said in recall reading 1281; not one the other provision says elsewhere, "没收违法
        # 所得" after its "；", reading 1290 items 9 and 10)
        fresh = [i for i in substance if i not in chosen and _joiner_off(phrases[i]) not in other
                 and phrases[i] not in elsewhere and not _nearly_held(phrases[i], other)]
        # (then, in a sentence too long to quote whole, any phrase the other side holds little of, in order: "实施留验或者
        # 采取其他预防、控制措施" of 国境卫生检疫法 第十七条, the measure gone, hidden by "……" in recall 1298)
        # (not one the other provision says elsewhere, nearly: "听取决算报告和审计工作报告", now an item of its own, 议事规则
        # 第二十二条 → 第三十三条, worse in reading 1309; and it displaces only a phrase the other says word for word, not
        # "按照残疾性质和等级享受残疾抚恤金" for "按照残疾等级…", 军人抚恤优待条例 第二十六条 → 第三十条)
        substantial = len(fresh)
        if len(sentence) > limit + SUBSTANCE_SLACK:
            parts = [part for part in recache.compile(r"[。；\n]").split(elsewhere) if part]
            fresh += [i for i in range(1, len(phrases)) if i not in chosen and i not in fresh
                      and (held_in_order(phrases[i], other)[0] < FRESH_HELD * len(phrases[i])
                           and not _said_in_one(phrases[i], parts) or _fresh_member(phrases[i], other))]
        spare = [i for i in chosen if i and _nearly_held(phrases[i], other)]
        for n, i in enumerate(fresh):
            room = size + len(phrases[i]) + 1 <= limit + SUBSTANCE_SLACK  # (a phrase nearly held goes only for want of room)
            if not room and size + len(phrases[i]) + 1 <= limit + FRESH_SLACK \
                    and (held_in_order(phrases[i], elsewhere or other)[0] < FRESH_HELD * len(phrases[i])
                         or _fresh_member(phrases[i], other)):
                # (up to FRESH_SLACK over, when the other provision holds little of it anywhere: "实施留验或者采取其他预防、控制
                # 措施" and the like behind "……", recalls 1489–1498; not a phrase the other provision says in another sentence,
                # which the other quote would not show, "应当先申请行政复议", 行政复议法 第三十条, worse in reading 1507)
                chosen.add(i)
                size += len(phrases[i]) + 1
                extended = True
                continue
            freed = None if room else next((k for k in sorted(spare, key=lambda k: -len(phrases[k]))
                                            if size - len(phrases[k]) + len(phrases[i]) <= limit + SUBSTANCE_SLACK
                                            and (n < substantial or _joiner_off(phrases[k]) in other)), None)
            if freed is None and not room:
                continue
            if freed is not None:
                chosen.discard(freed)
                spare.remove(freed)
                size -= len(phrases[freed]) + 1
            chosen.add(i)
            size += len(phrases[i]) + 1
            extended = True
    if substance and not chosen.intersection(substance) and not other:
        # (what it does left out for the titles of the laws it acts under: "人民检察院可以依照《中华人民共和国民事诉讼法》、
        # 《中华人民共和国行政诉讼法》等法律的规定向人民法院提起诉讼" was cut off its conditions, "…损害社会公共利益的……",
        # 农产品质量安全法 第七十九条, useless in reading 819: the titles left out, the sentence whole)
        shortened = _LAWS_CITED.sub("……", sentence)
        if shortened != sentence and len(shortened) <= limit + SUBSTANCE_SLACK:
            return shortened
    if len(sentence) <= limit + SUBSTANCE_SLACK:
        # (nothing of what it binds or allows, the other sentence not saying it either: a quote of who and when, cut before
        # what they may do, "公司因…而解散的，作出吊销营业执照…的部门或者公司登记机关……" (公司法 第二百三十三条, useless in the
        # ninety-third reading): a sentence a little over the limit, whole. (A longer one is left as chosen: a phrase swapped
        # in for another ran the quote over its limit, cut in a word.)
        binding = [i for i in substance if modal_words(phrases[i], lexicon) and _joiner_off(phrases[i]) not in other]
        if binding and not chosen.intersection(binding):
            return sentence
        # (a sentence of SUBSTANCE_SLACK characters or fewer over the limit, whole, when a phrase left out is not the other
        # sentence's word for word: the "……" hid what changed, "由区财政局拨付" of the Shijingshan draft's 第十四条（二）, "实施
        # 留验…" and the like, better in 54 of 63 pairs read in reading 1300; not when the opening is the other's too, which
        # _rewritten leaves out of both when the quote holds nothing else, 代表法 第三十六条 → 第四十四条, worse there)
        left_out = [i for i in range(len(phrases)) if i not in chosen]
        opening_alone = chosen == {0} and len(phrases[0]) >= SHARED_OPENING and other.startswith(phrases[0])
        if other and not opening_alone and any(_joiner_off(phrases[i]) not in other for i in left_out):
            return sentence
        # (and a sentence put in or taken out whole, or moved, at most SUBSTANCE_SLACK over the limit, is quoted whole: the
        # "……" hid a condition, who acts, a sanction, better in 99 of the 106 changed pairs read in readings 1327 and 1328)
        if not other and left_out:
            return sentence
    elif not other and len(sentence) <= limit + FRESH_SLACK and len(phrases) > 2 and 1 not in chosen \
            and "违反" in phrases[0] and phrases[1].endswith("的"):
        # (a sentence taken out whole whose opening says who breaks what and whose next phrase is the conduct punished, up
        # to FRESH_SLACK over the limit, whole: "军队卫生部门违反药品管理法和本办法……由其上级主管机关责令改正" hid what the
        # sanction was for, 中国人民解放军实施《药品管理法》办法 第三十四条, wrong in reading 1876)
        return sentence
    elif news and len(sentence) <= 2 * limit:
        # (a rewrite's new sentence of up to twice the limit, whole, when a phrase left out puts in words the old
        # sentence does not say: "……以及本级人民代表大会常务委员会重点工作……" hid "、重大事项" put in the topics
        # deputies research, 代表法 第二十三条 → 第三十条, unsaid in recall 1754; better in 30 of the 34 pairs it
        # changed, worse in 3, read blind in A/B reading 1756. Not the old sentence: in A/B reading 1755 its longer
        # quote was better in 6 pairs and worse in 6, showing words the new one says otherwise. Also when a phrase was
        # taken in over the limit for what it says new and another phrase that puts in words is still left out: "……行政
        # 复议机构应当同意" hid "或者可能危及国家安全、公共安全、社会稳定的情形", 行政复议法 第二十三条 → 第四十七条, wrong in
        # reading 1775; better in 22 of the 23 pairs it changed, worse in 1, read blind in A/B reading 1782)
        if any(_puts_in_words(phrases[i], other) for i in range(len(phrases)) if i not in chosen):
            return sentence
    act_added = False
    if len(chosen) == 1 and len(phrases) > 1 and not other:  # (its subject alone says nothing: what it does, cut at the limit,
        # "履行统一领导职责…的人民政府及其有关部门，应当为受突发事件影响无人照料的…" (突发事件应对法 第七十六条, the
        # twenty-sixth reading), not "…的人民政府及其有关部门……")
        # (nor its subject and the grounds it acts on: "国务院自然资源主管部门会同…有关部门，依据国家发展规划、…地质调查成果等……"
        # stopped before "编制全国矿产资源规划", 矿产资源法 2024 第九条, useless in reading 564: the first phrase after it that
        # opens on no such ground)
        first = min(chosen)
        after = next((k for k in range(first + 1, len(phrases)) if not _GROUNDS.match(phrases[k])), first + 1)
        chosen.add(after if after < len(phrases) else first - 1)
        act_added = after < len(phrases)
    if other and chosen == {0} and len(phrases) == 2 and len(phrases[0]) <= limit // 2 \
            and (phrases[0].startswith(("对", "关于")) or phrases[0].endswith("的")) \
            and _joiner_off(phrases[1]) not in other and not _nearly_held(phrases[1], other):
        # (a rewrite's sentence of a short opening and one phrase too long to quote, which the other sentence does not
        # say: the phrase's opening after it, cut at the limit, not the opening alone, "对烈士遗属、因公牺牲军人遗属、病故
        # 军人遗属……" hid who issues which certificate, 军人抚恤优待条例 第十一条 → 第十四条, a quote cut before the change in reading 1997;
        # an opening that says whom or what, "对…" or "…的", not a clause of its own, "国家鼓励…培养应急管理专门人才", whose
        # long phrase after it read as gone, 突发事件应对法 第三十六条, worse in reading 2034)
        chosen.add(1)
    # (in a rewrite's quote, only when the long phrase was not taken in whole for what it says new)
    if len(phrases) == 2 and 1 not in (chosen if other else ()) and len(phrases[1]) > LONG_TAIL_KEPT \
            and len(phrases[0]) <= 2 * limit // 3 and len(sentence) > limit + SUBSTANCE_SLACK \
            and not modal_words(phrases[0], lexicon) and not _LONG_LIST.search(phrases[1]):
        # (a subject and one long phrase of what it does, the act at its end after a long list: "…根据保护海洋的需要，依法将
        # 重要的海洋生态系统、…集中分布区等区域纳入国家公园、自然保护区或者自然公园等自然保护地" was cut at "天然集中…", before
        # the areas' new status, 海洋环境保护法 第二十一条 → 第三十四条, wrong in reading 1686 and partly said in recall 1691:
        # the phrase's opening and its end, the middle of the list it names left out)
        from .words import bounds

        tail = phrases[1]
        start = bounds(tail).right(len(tail) - LONG_TAIL_KEPT)
        head = limit + MIDDLE_CUT_SLACK - len(phrases[0]) - 3 - (len(tail) - start)
        if 0 < start < len(tail) and head >= ITEM_OPENING // 2 and "、" in tail[:start] \
                and "等" in tail[start:start + LIST_CLOSED_WITHIN]:  # (a list's middle, closed by 等 after the cut)
            return phrases[0] + marks[0] + _cut_at_a_word(tail[:start], head) + "……" + tail[start:]
    out, last = "", -1
    for i in sorted(chosen):
        out += ("……" if i else "") if last < 0 else (marks[last] if i == last + 1 else "……")
        out += phrases[i]
        last = i
    if len(out) > limit and not extended and act_added and len(out) <= limit + FRESH_SLACK \
            and (last == len(phrases) - 1 or len(phrases[-1]) > TAIL_KEPT):  # (not a short last phrase, kept below)
        # (the subject and the act added to it above, up to FRESH_SLACK over the limit, not cut in the act: "国务院和…有关主管部门
        # 应当在本级人民代表大会常务委员会举行会议审查和批准预算调整方案的一个月前…" stopped before what they must do, 送交…初步
        # 审查, 各级人民代表大会常务委员会监督法 第十七条, useless in reading 1924)
        return out + ("……" if last < len(phrases) - 1 else "")
    if len(out) > limit and not extended:
        # (a sentence long for a document's title in it is quoted whole: "本解释公布实施后，《最高人民法院、最高人民检察院关于
        # 办理危害食品安全刑事案件适用法律若干问题的解释》（法释〔2013〕12号）同时废止", not cut before "同时废止", the quote
        # useless in reading 394)
        if out == sentence and len(_TITLE.sub("《》", out)) <= limit:
            return out
        listed = _LONG_LIST.search(out)
        if listed and len(out) - (listed.end(1) - listed.start(1)) + 2 <= limit + MIDDLE_CUT_SLACK:
            # (a long list of bodies cut in its middle, so the quote keeps what they must do: "…的部门和发展改革、财政……市场
            # 监督管理等有关部门应当按照职责分工，负责保障中小企业款项支付相关工作", 保障中小企业款项支付条例 第五条, cut before its
            # verb and useless in the eighty-eighth reading)
            out = out[:listed.start(1)] + "……" + out[listed.end(1):]
            if last < len(phrases) - 1:
                out += "……"
            return out
        tail = phrases[-1]
        if len(phrases) > 2 and len(tail) <= TAIL_KEPT and tail not in out[:limit - 1] or (
                len(phrases) == 2 and LONG_TAIL_AT_LEAST <= len(tail) <= LONG_TAIL_KEPT
                and len(phrases[0]) > limit - len(tail) - 2 and not modal_words(phrases[0], lexicon)
                and len(out[:limit - 1]) - len(phrases[0]) - 1 < len(tail) // 2):
            # (not a first phrase that binds or allows, "有关政府部门应当对…制定…合规指引，指导企业…": what it must do is there,
            # cut for the tail it was lost, reading 786; nor one the plain cut already shows half the tail after)
            # (and a sentence of two phrases whose first alone runs over the limit: its last phrase is what it adds, "（一）在…
            # 重点保护区域排放…有毒物质，造成相关区域的生态功能退化或者野生生物资源严重破坏的" cut before it read as the old item
            # 环境污染解释 第一条（一） still says, useless in reading 782)
            # (what the sentence does, after a long list of whom it is for: "国家按照规定为符合条件的参战退役军人、…的人员……发放
            # 定期生活补助", not cut before its verb: 军人抚恤优待条例 第六十二条, useless in reading 346)
            # (at a list's or a phrase's end past the head's half, else at a word's end: "…重点保护区域排……" cut 排放)
            room = limit - len(tail) - 2
            return _cut_at_a_word(out, room, near=room - room // 2) + "……" + tail
        if len(phrases) == 2 and ITEM_LABEL.match(sentence) and len(tail) > LONG_TAIL_KEPT \
                and not modal_words(sentence, lexicon):
            # (an item of conduct whose last phrase alone runs over the limit: its end says the act, "（四）间谍组织及其代理人
            # 实施……针对国家机关、涉密单位或者关键信息基础设施等的网络攻击、侵入、干扰、控制、破坏等活动", not cut at "关键信息…",
            # 反间谍法 2023 第四条, useless in reading 830)
            from .words import bounds

            first = phrases[0]
            opening = first if len(first) <= ITEM_OPENING \
                else first[:bounds(first).left(ITEM_OPENING)] or first[:ITEM_OPENING]
            room = limit - len(opening) - 2
            start = bounds(tail).right(len(tail) - room) if 0 < room < len(tail) else len(tail)
            if 0 < start < len(tail) and len(tail) - start >= LONG_TAIL_KEPT:
                opening = _JOINER_AT_THE_END.sub("", opening.rstrip("，、"))
                return opening + "……" + tail[start:]
        out = _cut_at_a_word(out, limit - 1) + "…"
    elif last < len(phrases) - 1:
        out += "……"
    return out


#: A sum, a multiple, a share or a term ("五千元", "十倍", "百分之二", "3年"): not "一次性", whose 一 is no figure.
_SUM_OR_TERM = recache.compile(r"[0-9０-９.]+|[零〇一二三四五六七八九十百千万亿两]+(?:元|倍|日|年|月|个工作日)|百分之[零〇一二三四五六七八九十百]+")
#: Share of a phrase's characters, at least, that the other side of a rewrite holds in order for the phrase to be nearly
#: held there (its news little beside a phrase the other side does not hold).
NEARLY_HELD = 0.8


#: Characters, at least, of a run of a phrase's words the other sentence does not say, for the phrase to put words in.
PUT_IN_RUN = 4


def _puts_in_words(phrase: str, other: str) -> bool:
    """A run of PUT_IN_RUN characters or more of the phrase (between its marks, "、重大事项") that the other sentence does
    not say."""
    # (a citation renumbered is no news: 专利法实施细则 第七十八条's "…专利法第十六条…" → "…第十五条…")
    phrase, other = _CITED_NUMBER.sub("第#", phrase), _CITED_NUMBER.sub("第#", other)
    return any(len(run) >= PUT_IN_RUN and run not in other for run in recache.compile(r"、|和|及|或者|与").split(phrase)) \
        and _joiner_off(phrase) not in other


def _said_in_one(phrase: str, parts: Sequence[str]) -> bool:
    """Whether one of ``parts`` (the sentences and items of a text, split once) holds SAID_ELSEWHERE of the phrase's
    characters in order."""
    return any(held_in_order(phrase, part)[0] >= SAID_ELSEWHERE * len(phrase) for part in parts)


def _nearly_held(phrase: str, other: str) -> bool:
    """Not a phrase whose figures the other side does not say, nor a sanction: their small changes are what changed
    ("并处五千元以上五万元以下罚款" for "并处二千元以上二万元以下罚款", "暂扣或者吊销倾倒许可证" for "暂扣或者吊销许可证", "对个人
    处五万元以上五十万元以下的罚款": worse left out in reading 1290, items 29, 42 and 38); nor one a list member went out of
    or came into (``_member_differs``)."""
    return held_in_order(phrase, other)[0] >= NEARLY_HELD * len(phrase) and not _SANCTIONS.search(phrase) \
        and all(figure in other for figure in _SUM_OR_TERM.findall(phrase)) and not _member_differs(phrase, other)


#: A list's member, with the mark that joins it on.
_MEMBER = recache.compile(r"^、[^、，。；：]{1,12}$|^[^、，。；：]{1,12}、$")
_PHRASE_MARKS = recache.compile(r"[，。；：\n]")


def _member_differs(phrase: str, other: str) -> bool:
    """A phrase of ``other`` is ``phrase`` but for one list member taken out or put in: "结合居民的生活、学习等需要开展
    科普活动" for "结合居民的生活、学习、健康娱乐等需要开展科普活动" (科学技术普及法 第二十一条 → 第二十七条: the quote's "……"
    hid 健康娱乐 gone, partly said in recall 1523)."""
    if "、" not in phrase and "、" not in other:
        return False
    for q in _PHRASE_MARKS.split(other):
        if q == phrase or abs(len(q) - len(phrase)) > 13 or not q:
            continue
        k = common_prefix(q, phrase)
        end = min(common_suffix(q, phrase), min(len(q), len(phrase)) - k)
        middle = (q[k:len(q) - end], phrase[k:len(phrase) - end])
        if k >= 4 and end >= 4 and "" in middle and any(_MEMBER.match(m) for m in middle):
            return True
    return False


def _fresh_member(phrase: str, other: str) -> bool:
    """``_member_differs`` of a phrase the other holds nearly (no figure or sanction changed): quoted as a fresh one."""
    return held_in_order(phrase, other)[0] >= NEARLY_HELD * len(phrase) and _member_differs(phrase, other)


#: Characters, at most, a quote cut at its limit goes back to end at a list's or a phrase's mark.
MARK_NEAR = 6


def _cut_at_a_word(text: str, at: int, near: int = MARK_NEAR) -> str:
    """``text`` cut to ``at`` characters at most, at a list's or a phrase's end ``near`` characters or fewer before it, else
    at a word's end, never in a word ("…质量评价、科学研…" cut 科学研究, 职业教育法 2022 第四十条, useless in reading 851); not
    before its half."""
    from .words import bounds

    head = text[:at]
    cut = max(head.rfind("、"), head.rfind("，"))
    if cut < at - near:  # (a mark far back would drop what the quote had room for: "…以实习实训为目的举办企业…" cut
        # "、开展经营活动取得的收入用于改善办学条件", reading 872)
        cut = bounds(text).left(at)
    return (head[:cut] if cut >= at // 2 else head).rstrip("，、")


#: The titles of the laws a sentence acts under, one or several ("《中华人民共和国民事诉讼法》、《中华人民共和国行政诉讼法》").
_LAWS_CITED = recache.compile(r"《[^》《]+》(?:[、和及]《[^》《]+》)*")


#: The middle members of a list of four or more ("、" between, each of twelve characters at most, the last closed by 等,
#: 和, 及 or 或者), the first two and the last kept.
_LONG_LIST = recache.compile(r"[^、，。；：]{1,12}、[^、，。；：]{1,12}(、(?:[^、，。；：]{1,12}、)+)[^、，。；：]{1,12}?(?:等|和|及|或者)")
#: A document's title (``quote``: a sentence long only for one is quoted whole).
_TITLE = recache.compile(r"《[^》《]+》")
#: Characters, at most, of a sentence's last phrase kept after a quote cut at its limit (what the sentence does); of the
#: second of two phrases, the first cut to make room for it.
TAIL_KEPT, LONG_TAIL_KEPT = 16, 30
#: Characters of an item's opening kept before the end of its long last phrase, and a joiner it may end on.
ITEM_OPENING = 16
_JOINER_AT_THE_END = recache.compile(r"(?:或者|以及|和|及|或)$")
#: Characters, at least, of a second phrase kept so (not "并通知本人", the first phrase's object cut for it).
LONG_TAIL_AT_LEAST = 10
#: Characters after the cut of a long phrase's middle within which the list it cut closes ("…分布区等区域纳入…").
LIST_CLOSED_WITHIN = 8
#: Characters a quote whose long list is cut may run over its limit by.
MIDDLE_CUT_SLACK = 12
#: Characters a sentence may run over the limit by to be quoted whole, when a cut would leave out every phrase of its duty
#: or permission.
SUBSTANCE_SLACK = 16
#: Characters a rewrite's quote may run over its limit by to take in a phrase new to the other sentence (a phrase of
#: substance it does not hold, or one it holds little of) when the other provision holds little of it anywhere either.
FRESH_SLACK = 32
#: Share, at most, of a phrase's characters the other sentence holds in order, for the phrase to be new to it: quoted
#: within SUBSTANCE_SLACK over the limit, after the phrases of substance (FRESH_SLACK when the other provision holds as
#: little of it).
FRESH_HELD = 0.5
#: Share, at least, of such a phrase's characters one sentence or item of the other provision holds in order, for the
#: phrase to be said there ("听取决算报告和审计工作报告" in "（二）决算报告、审计工作报告…", 10 of 13).
SAID_ELSEWHERE = 0.7


def _condition(phrase: str) -> bool:
    """A phrase that is a condition alone ("…应当不予赔偿的"), not a duty that goes on into one ("应当与…协商；协商不成的")."""
    return phrase.endswith("的") and "；" not in phrase


#: Share of an opening's characters the other sentence holds in order for a quote to leave it out (opening False).
OPENING_HELD = 0.9
#: Words that join a phrase on to the one before it.
_JOINING = recache.compile(r"^(?:但是|但|并且|并|且|同时)")


def _joiner_off(phrase: str) -> str:
    return _JOINING.sub("", phrase)


#: Words (two characters or more, of substance), at least, and the share of its words, each sentence merged into one
#: says there.
MERGED_WORDS, MERGED_SHARE = 2, 0.6


def _says_part(words, text: str) -> bool:
    found = _found_in(words, text)
    return found >= MERGED_WORDS and found >= MERGED_SHARE * len(words)


#: A sentence taken out and one put in this similar (0–100) are one sentence that moved within the provision.
REORDERED = 85


#: A sentence taken out and one of the new version this similar (0–100) are one sentence rewritten.
REWRITTEN = 55


#: A list's lead-in that binds: what it says applies to every item.
_BINDS = recache.compile(r"应当|不得|必须|由[^，。；：]{1,12}(?:管辖|负责|决定)")
#: Words of any lead-in, or of any duty: none of them is what a lead-in says anew.
_LEAD_IN_WORDS = frozenset(("下列", "以下", "情形", "之一", "予以", "应当", "可以", "依法", "规定"))


def _header_says_anew(header: str, old_text: str) -> bool:
    """A new lead-in that binds its items with words the old provision never wrote ("下列民事案件，由人民法院专属管辖：", 民事诉讼法
    第二百七十三条 → 第二百七十九条, its old rule "…由中华人民共和国人民法院管辖" now item (三): the jurisdiction made exclusive,
    missed in the seventy-eighth reading) is said; one that says what the old text said ("对符合下列规定的，行政复议机关应当予以
    受理：", 行政复议法 第三十条, useless beside its items in the thirty-second reading) is not."""
    from .words import _content_words

    return bool(_BINDS.search(header)) and any(w not in old_text for w in _content_words(header) - _LEAD_IN_WORDS)


def _header(s: Sentence) -> bool:
    """A list's lead-in: "…有下列情形之一的", or one that goes on past a comma to its colon ("对符合下列规定的，行政复议机关应当
    予以受理：", 行政复议法 第三十条: a "新增规定" of its own, useless in the thirty-fifth reading)."""
    return len(s.text) <= 24 and recache.compile(r"(?:下列|以下)(?:[^，。；]{0,12}[：:]?|[^。；]{0,20}[：:])$").search(
        s.text) is not None


#: The last phrase of a sentence that opens a list: "，履行下列职责：", "，行使下列职权：".
_LEAD_IN = recache.compile(r"，[^，。；]{0,8}(?:下列|以下)[^，。；]{0,8}[：:]$")


def _lead_in_off(s: Sentence) -> str:
    """The sentence's key without the phrase that opens its list, when it says something before it: the items are
    said on their own, and what the sentence says is who does what ("行政复议机关负责法制工作的机构具体办理行政复议事项，
    履行下列职责：" is "行政复议机关办理行政复议事项的机构是行政复议机构" rewritten, 行政复议法 第三条 → 第四条: "新增规定" of
    it was wrong in reading 259)."""
    m = _LEAD_IN.search(s.text)
    return text_key(s.text[:m.start()]) if m and m.start() >= 12 else s.key


def _still_there_edited(old: Sentence, new: Sentence, new_text: str, similarity, put_in=()) -> bool:
    """The old sentence still stands, edited, as another sentence of the new text: one as like as a sentence that moved
    (REORDERED), and liker than ``new``. 公司法 第一百五十一条's first paragraph is 第一百八十九条's, "本法第一百四十九条" →
    "前条" and the 监事 of a company without 监事会 dropped; the new fourth paragraph (the suit for a wholly-owned subsidiary)
    repeats most of its words but is new, not its rewrite (wrong in the thirty-seventh reading)."""
    mine = similarity(old.key, new.key)
    return any(s.start != new.start and similarity(old.key, s.key) >= max(REORDERED, mine) for s in sentences(new_text)) \
        or _in_order_elsewhere(old, new_text, new, put_in)


#: An old sentence whose words stand, in this share and in order, in a new sentence (or two of one paragraph: one
#: split in two) at most IN_ORDER_LONGER times as long, citations read alike, is still there with words put in.
IN_ORDER, IN_ORDER_LONGER = 0.9, 1.6
#: A sentence put in whose words (this share) an old sentence up to this many times its length holds in order is no new
#: rule: the old one cut down to it.
PUT_IN_HELD, PUT_IN_HELD_LONGER = 0.95, 8
#: Characters, at least, of a sentence so looked for (shorter ones are formulas many sentences share).
IN_ORDER_AT_LEAST = 16
#: A citation, read alike whatever it cites ("本法第一百八十条第（一）项、第（二）项" and "本法第二百二十九条第一款第一项、第二项").
_CITATION = recache.compile(r"(?:第[零〇一二三四五六七八九十百千两\d]+[条款项]、?)+")


def _grown_in_place(kept: Sequence[Sentence], put_in: Sequence[Sentence],
                    added: Sequence[Sentence]) -> List[Tuple[Sentence, Sentence]]:
    """(old sentence kept, new sentence) where the new one, no longer said put in (its words still there in the old
    text), holds the old one's words in order with words of its own put in: the one sentence with words added, which
    the wording notes say. Covered by neither, no note said them: "对上岗实习的，应当给予适当的劳动报酬" → "对上岗实习的，
    应当签订实习协议，给予适当的劳动报酬" (职业教育法 第三十七条 → 第五十条, the internship agreement unsaid in recall
    1482)."""
    out = []
    for a in put_in:
        if a in added:
            continue
        for k in kept:
            if len(k.key) < len(a.key) <= IN_ORDER_LONGER * len(k.key) and in_order(k.key, a.key) \
                    and all(k is not o for o, _ in out):
                out.append((k, a))
                break
    return out


def _edited_and_moved(kept: Sequence[Sentence], put_in: Sequence[Sentence], added: Sequence[Sentence], old_text: str,
                      new_text: str) -> List[Tuple[Sentence, Sentence]]:
    """(old sentence kept, new sentence) where both, each still there in the other text (words moved, a word or two
    edited), are not there word for word: one sentence moved within the provision and edited, whose edit no wording note
    says (the diff took it out and put it in whole). "机关、单位应当定期审核所确定的国家秘密" put first as "机关、单位应当每年
    审核所确定的国家秘密" (保守国家秘密法 第十九条 → 第二十四条, the yearly review unsaid in recall 1618)."""
    out = []
    old_words, new_words = substance(old_text), substance(new_text)
    for a in put_in:
        if a in added or substance(a.text) in old_words:
            continue
        for k in kept:
            if substance(k.text) not in new_words and similarity(k.key, a.key) >= EDITED_AND_MOVED \
                    and min(len(k.key), len(a.key)) >= EDITED_AND_MOVED * max(len(k.key), len(a.key)) \
                    and all(k is not o for o, _ in out):
                out.append((k, a))
                break
    return out


#: How alike (0–1), at least, an old sentence and a new one are for ``_edited_and_moved`` to read them one edited, and
#: the shorter's share, at least, of the longer's length (not an old sentence cut in two, 公司法 第一百八十三条's
#: "…应当在解散事由出现之日起十五日内成立清算组，开始清算" → 第二百三十二条's "…应当清算。…应当在…十五日内组成清算组进行清算").
EDITED_AND_MOVED = 0.8


def _in_order_elsewhere(old: Sentence, new_text: str, besides: Optional[Sentence] = None, put_in=(),
                        longer: float = IN_ORDER_LONGER, share: float = IN_ORDER) -> bool:
    """The old sentence's words stand in order, IN_ORDER of them, in a sentence of the new text other than ``besides``
    or in two sentences of one paragraph: "公司因本法第一百八十条…规定而解散的，应当在解散事由出现之日起十五日内成立清算组，
    开始清算" in "公司因本法第二百二十九条…规定而解散的，应当清算。董事为公司清算义务人，应当在…十五日内组成清算组进行清算"
    (公司法 第一百八十三条 → 第二百三十二条: "不再规定" wrong in the forty-eighth reading); "对直接涉及公共安全…依法实行
    全覆盖全过程重点监管" in "规范重点监管程序，对食品、药品…等直接涉及公共安全…" (上海 第五十五条 → 第六十一条, said rewritten
    as the new 合规指引 sentence, wrong in the same reading). Not in a sentence said put in whole (``put_in``): that one
    is its new form, "…严重统计违法行为失察的" → "…统计数据严重失实情况和严重统计违法行为失察的" a rewrite."""

    mine = _CITATION.sub("第", old.key)
    if len(mine) < IN_ORDER_AT_LEAST:
        return False
    longest = longer * len(mine)
    skipped = {s.start for s in put_in} | ({besides.start} if besides is not None else set())
    news = [s for s in sentences(new_text) if s.start not in skipped]
    windows = [s.key for s in news]
    windows += [a.key + b.key for a, b in zip(news, news[1:]) if "\n" not in new_text[a.end:b.start]]
    for key in windows:
        theirs = _CITATION.sub("第", key)
        if len(theirs) > longest:
            continue
        shared, figures = held_in_order(mine, theirs)  # (its figures each said: "处五万元以下" is not "处二十万元以上…")
        if figures and shared >= share * len(mine):
            return True
    return False


def _still_whole(o: Sentence, a: Sentence, new_text: str) -> bool:
    """The old sentence (12 characters or more) stands whole in the new text beside the new sentence ``a``."""
    return len(o.key) >= 12 and o.key in text_key(new_text[:a.start] + "。" + new_text[a.end:])


def _held_by(a: Sentence, olds: Sequence[Sentence], new_text: str = ""):
    """An old sentence whose words the new sentence holds (it was rewritten into it)."""
    if not olds:
        return None
    theirs = _content_words(a.text)
    for o in olds:
        # The words both hold are words of ``a`` found in ``o``: too few, and ``o`` is not cut into words.
        if _found_in(theirs, o.text) < SAME_WORDS * 5 or _ends_another(o, a, new_text):
            continue
        mine = _content_words(o.text)
        if len(mine) >= 5 and len(mine & theirs) >= SAME_WORDS * len(mine) and _its_own_held(mine, theirs, o, olds):
            return o
    return None


def _its_own_held(mine: frozenset, theirs: frozenset, o: Sentence, olds: Sequence[Sentence]) -> bool:
    """A word of ``o`` no other old sentence has is among ``theirs``, when it has such words: the words it shares with the
    sentences around it say no more than what the provision is about ("有限责任公司设董事会，其成员为三人至十三人" is not
    "职工人数三百人以上的有限责任公司，…其董事会成员中应当有公司职工代表", whose 有限责任公司, 董事会 and 成员 the old
    sentence beside it has too: 公司法 第四十四条 → 第六十八条, a merge wrong in reading 257)."""
    from .words import _content_words

    own = set(mine)
    for other in olds:
        if other is not o:
            own -= _content_words(other.text)
            if not own:
                return True
    return bool(own & theirs)


def _same_words(r: Sentence, candidates: Sequence[Sentence]):
    """The candidate that holds the sentence's words (and those of its opening phrase), reworded."""
    if not candidates:
        return None
    mine = _content_words(r.text)
    if len(mine) < 4:
        return None
    opening = None  # the words of its opening phrase, cut when a candidate holds enough of its words
    last = None  # the last word of the sentence, what it does or gives (分取红利): a candidate holds it
    for c in candidates:
        if _found_in(mine, c.text) < SAME_WORDS * len(mine):  # the words it could hold, without cutting it
            continue
        if last is None:
            last = _last_word(r.text)
        if last and last not in c.text:
            continue  # ("股东按照实缴的出资比例分取红利" is no "…股东…有权优先按照实缴的出资比例认缴出资", 公司法
            # 第三十四条 → 第二百二十七条: the twenty-sixth reading)
        theirs = _content_words(c.text)
        if len(mine & theirs) < SAME_WORDS * len(mine):
            continue
        if opening is None:
            opening = _content_words(recache.compile(r"[，：]").split(r.text, 1)[0])
        if len(opening - theirs) <= max(1, len(opening) // 5):
            return c
    return None


#: Of two penalty sentences' conducts, the share of their words (Dice) at least for one to be the other rewritten.
SAME_CONDUCT = 0.4
#: What the injured may seek, as a penalty's sanctions answer a conduct: a provision that opens on an infringement and gives
#: a remedy ("…侵害妇女在农村集体经济组织中的各项权益的，…由乡镇人民政府依法调解" → "妇女在农村集体经济组织成员身份确认等方面
#: 权益受到侵害的，可以申请乡镇人民政府等进行协调，或者向人民法院起诉", 妇女权益保障法 第五十五条 → 第七十五条: "不再规定" beside
#: "新增规定", wrong in readings 1511 and 1527).
_REMEDIES = recache.compile(r"调解|协调|仲裁|起诉|申诉|控告|复议|投诉")


def _same_conduct(r: Sentence, added: Sequence[Sentence], old_text: str, new_text: str):
    """The sentence put in that opens the new provision and punishes the conduct ``r``, opening the old one, punished, in
    other words (or answers it with a remedy, ``_REMEDIES``, as the old one did; ``conduct``: its opening up to the first
    "的，", their words shared): "军队单位明知或者应知属于假劣药品而为其
    提供运输、保管、仓储等便利条件的，没收运输、保管、仓储所得" → "军队单位和人员知道或者应当知道属于假药、劣药，而利用军队设施、运输工具为其
    提供储存、运输等便利条件的，扣押…，并没收全部储存、运输收入" (中国人民解放军实施《药品管理法》办法 第二十三条 → 第四十条: "不再规定"
    beside "新增规定", reading 326). Only the openings: an item or a later case shares a law's words with too much
    ("刻划、涂污或者损坏文物尚不严重的" is no "造成文物损坏或者其他严重后果的", 文物保护法 第六十六条 → 第八十三条)."""
    mine = conduct.conduct(r.text)
    answer = _SANCTIONS if _SANCTIONS.search(r.text) else _REMEDIES
    if not mine or not answer.search(r.text) or r.start != _opening_at(old_text):
        return None
    a = next((a for a in added if a.start == _opening_at(new_text)), None)
    theirs = conduct.conduct(a.text) if a is not None and answer.search(a.text) else None
    if not theirs:
        return None
    words, other = conduct.words(mine), conduct.words(theirs)
    return a if len(words) >= 3 and 2 * len(words & other) >= SAME_CONDUCT * (len(words) + len(other)) else None


def _opening_at(text: str) -> int:
    """Where a provision's first sentence starts."""
    said = sentences(text)
    return said[0].start if said else -1


#: A rule of who a body is made of: "清算组由董事组成" (group 1: the body, as the sentence names it).
_COMPOSED = recache.compile(r"(?:^|[，；])([^，；：。]{2,16}?)由[^，；：。]{1,30}?组成")


def _composed_anew(r: Sentence, added: Sequence[Sentence]):
    """The sentence put in whole that says anew who a body is made of, where ``r`` said it (of the same body, each of its
    kinds: "有限责任公司的清算组由股东组成，股份有限公司的清算组由董事或者股东大会确定的人员组成" → "清算组由董事组成，但是公司章程另有
    规定或者股东会决议另选他人的除外", 公司法 第一百八十三条 → 第二百三十二条: "不再规定" beside "新增规定", wrong in the
    seventy-third reading): its rewrite. Only when one sentence put in says it."""
    bodies = [m.group(1) for m in _COMPOSED.finditer(r.text)]
    if not bodies:
        return None
    found = [a for a in added for m in [_COMPOSED.search(a.text)] if m and all(b.endswith(m.group(1)) for b in bodies)]
    return found[0] if len(found) == 1 else None


#: Telling words, at least, that a sentence taken out and one put in at its place share, both opening alike.
SAME_PLACE_WORDS = 2


def _same_place_same_opening(removed: Sequence[Sentence], added: Sequence[Sentence], old_text: str, new_text: str):
    """(taken out, put in) where a paragraph has as many sentences (two or more) in both versions, one taken out and one
    put in standing at the same place in it, opening on the same two characters and sharing SAME_PLACE_WORDS telling
    words: "发现可能与用药有关的严重不良反应，应当依照…有关规定办理" → "发现疑似不良反应的，应当按照国家和军队有关规定报告并采取风险
    控制措施" and "已经配制或者使用的，由…监督销毁或者处理" → "已经生产的，由批准部门组织回收并监督销毁" (中国人民解放军实施《药品
    管理法》办法 第十六条 → 第三十二条, 第十七条 → 第三十三条: "不再规定" of a rule restated, wrong in reading 713)."""
    if not removed or not added or old_text.count("\n") != new_text.count("\n"):
        return []
    olds, news = old_text.split("\n"), new_text.split("\n")

    def place(s: Sentence, text: str, paragraphs: List[str]) -> Tuple[int, int, int]:
        """(paragraph, sentence of it, sentences it has)."""
        k = text.count("\n", 0, s.start)
        said = sentences(paragraphs[k])
        at = next((n for n, x in enumerate(said) if x.text == s.text), -1)
        return k, at, len(said)

    at_place = {place(a, new_text, news): a for a in added}
    pairs = []
    for r in removed:
        where = place(r, old_text, olds)
        a = at_place.get(where)
        if a is None or where[1] < 0 or where[2] < 2 or r.key[:2] != a.key[:2]:
            continue
        mine, theirs = set(_SANCTIONS.findall(r.text)), set(_SANCTIONS.findall(a.text))
        if mine != theirs and not mine & theirs:
            continue  # (a sanction for another: "拒不停止开采…追究刑事责任" is no "拒不改正的，没收…罚款", 矿产资源法 第三十九条)
        if len(_telling_words(r.text) & _telling_words(a.text)) >= SAME_PLACE_WORDS:
            pairs.append((r, a))
    return pairs


#: What a provision puts in force ("实行委任制或者聘用制"), up to the phrase's end; and a regime named in it.
_IN_FORCE = recache.compile(r"实行([^，。；：]{2,30})")
_REGIME = recache.compile(r"[\u4e00-\u9fa5]{2}制(?![度定作造止约])")


def _same_regime(r: Sentence, added: Sequence[Sentence]):
    """The one sentence put in that puts in force (实行) the same two regimes or more as ``r`` did: "对批准招录聘用的文职人员，
    根据军队有关规定实行委任制或者聘用制" → "文职人员实行委任制和聘用制相结合的任用方式" (中国人民解放军文职人员条例 第二十条 → 第三十三条:
    "不再规定" beside "新增规定", wrong in reading 706): its rewrite."""
    def regimes(text: str) -> frozenset:
        return frozenset(m.group() for span in _IN_FORCE.finditer(text) for m in _REGIME.finditer(span.group(1)))

    mine = regimes(r.text)
    if len(mine) < 2:
        return None
    found = [a for a in added if regimes(a.text) == mine]
    return found[0] if len(found) == 1 else None


#: A declaration of what something is for: "征集新兵，是加强部队建设、保卫社会主义祖国的一项重要工作" (group 1 the subject, 2 what
#: it is).
_IMPORTANCE = recache.compile(r"^([^，。；]{2,12}?)，?是[^。；]{4,60}?的(?:一项|一个)?重要(工作|任务|内容|职责|组成部分)")


def _same_importance(r: Sentence, added: Sequence[Sentence]):
    """The one sentence put in that declares the same subject (a character of it shared) to be the same kind of important
    work: "征集新兵，是加强部队建设、保卫社会主义祖国的一项重要工作，…" → "征兵是保障军队兵员补充、建设巩固国防和强大军队的一项重要
    工作" (征兵工作条例 第二条 → 第三条: "不再规定" beside "新增规定", wrong in reading 745): its rewrite."""
    m = _IMPORTANCE.match(r.text)
    if m is None:
        return None
    found = [a for a in added for n in [_IMPORTANCE.match(a.text)]
             if n and n.group(2) == m.group(2) and set(n.group(1)) & set(m.group(1)) - set("的和及与")]
    return found[0] if len(found) == 1 else None


def _last_word(text: str) -> str:
    """The sentence's last word of two characters or more (jieba's cut), or ""."""
    words = [w for w in _tokenizer().cut(text, HMM=False) if len(w) >= 2 and not w.isdigit()]
    return words[-1] if words else ""


#: Characters, at least, a sentence and the one put in that gives what it gave open on alike; the least likeness (0–100).
SAME_GRANT_OPENING, SAME_GRANT = 4, 45


def _same_grant(r: Sentence, added: Sequence[Sentence], similarity):
    """The one sentence put in that opens as ``r`` does and ends on the same last word, what is given or done, this alike:
    "对自行前来祭扫经济上确有困难的，给予适当补助" → "对自行前往异地祭扫的烈士遗属按照规定给予补助" (烈士褒扬条例 第三十四条 →
    第五十六条: "条件被删除：“对自行前来祭扫经济上确有困难的”" read as the allowance gone, beside "新增规定" of it, wrong in
    reading 1255)."""
    # (not an item of a list, whose members open and end alike: "（六）认为行政机关变更或者废止农业承包合同，侵犯其合法权益的" is
    # not "（十四）认为行政机关在政府信息公开工作中侵犯其合法权益", 行政复议法 第六条 → 第十一条)
    last = _last_word(r.text) if added and not ITEM_LABEL.match(r.text) else ""
    if not last:
        return None
    found = [a for a in added if not ITEM_LABEL.match(a.text) and common_prefix(r.text, a.text) >= SAME_GRANT_OPENING
             and _last_word(a.text) == last and similarity(r.key, a.key) >= SAME_GRANT]
    return found[0] if len(found) == 1 else None


#: A sentence put in whose words an old one taken out holds (≥ SAME_WORDS of them, at least
#: CONDENSED_WORDS), the two this alike (ratio) or more, is the old one said shorter.
CONDENSED, CONDENSED_WORDS = 45, 6


def _condensed(r: Sentence, added: Sequence[Sentence], similarity):
    """The new sentence the old one ``r`` was condensed into: "（二）不服北京知识产权法院对发明专利…授权确权
    作出的第一审行政案件判决、裁定而提起上诉的案件" → "（一）专利、植物新品种、集成电路布图设计授权确权行政上诉
    案件" (知识产权法庭规定 第二条: 9 of the new one's 10 words; it was 不再规定 + 新增规定)."""
    if not added:
        return None
    mine = _content_words(r.text)
    best, top = None, CONDENSED
    for a in added:
        theirs = _content_words(a.text)
        if len(theirs) < CONDENSED_WORDS or len(theirs & mine) < SAME_WORDS * len(theirs):
            continue
        score = similarity(r.key, a.key)
        if score >= top:
            best, top = a, score
    return best


#: Characters, at least, of the opening a sentence cut down shares with its old form, and of what is left of it.
CUT_OPENING, CUT_LEFT = 6, 8


def _changed(new_text: str, old_text: str, covered: Sequence[Sentence]) -> List[Sentence]:
    """The new text's sentences that no note covers and the old text does not say as they are (one cut down from an old
    sentence is "still there" in it, so no candidate of a rewrite)."""
    said = {o.key for o in sentences(old_text)}
    return [s for s in sentences(new_text) if s.key not in said
            and not any(s.start >= o.start and s.end <= o.end for o in covered)]


def _cut_down(r: Sentence, candidates: Sequence[Sentence]):
    """The changed new sentence that is ``r`` with words cut out of it, opening as it does: "本法适用于中华人民共和国内水、
    领海、毗连区、专属经济区、大陆架以及中华人民共和国管辖的其他海域" → "本法适用于中华人民共和国管辖海域" (海洋环境保护法 第二条:
    the scope said in one word, read "不再规定" in the sixty-ninth reading, wrong: the rule is there, shorter)."""
    for c in candidates:
        if CUT_LEFT <= len(c.key) < len(r.key) and c.key[:CUT_OPENING] == r.key[:CUT_OPENING]:
            if in_order(c.key, r.key):  # (its characters, in order, all the old one's)
                return c
    for c in candidates:  # (or all but one word put in for one of its own: "前款所列规定不含国务院部、委员会规章和地方人民政府
        # 规章" → "前款所列规范性文件不含规章", 行政复议法 第七条 → 第十三条, its 规定 now 规范性文件 in every place: "不再规定"
        # beside "新增规定", wrong in the English reading 97)
        if CUT_LEFT <= len(c.key) < len(r.key) and c.key[:CUT_REWORDED_OPENING] == r.key[:CUT_REWORDED_OPENING] \
                and _one_word_apart(c.key, r.key):
            return c
    return None


#: Characters, at least, of the opening a sentence cut down and one word reworded shares with its old form; characters,
#: at most, of the one word of its own.
CUT_REWORDED_OPENING, CUT_REWORDED_WORD = 4, 4


def _one_word_apart(short: str, long: str) -> bool:
    """Every character of ``short`` stands in ``long`` in order but one run of CUT_REWORDED_WORD characters at most."""
    from rapidfuzz.distance import Indel

    own = [op for op in Indel.opcodes(short, long) if op.tag in ("delete", "replace")]
    return len(own) == 1 and own[0].src_end - own[0].src_start <= CUT_REWORDED_WORD


#: A sentence taken out whose opening phrase (a key of OPENING_AT_LEAST characters or more) a changed
#: new sentence opens with, near word for word (ratio OPENING_ALIKE), the two at least OPENING_REST
#: alike whole, is that sentence rewritten.
OPENING_AT_LEAST, OPENING_ALIKE, OPENING_REST = 8, 70, 30
_OPENING = recache.compile(r"[，：]")


def _same_opening(r: Sentence, candidates: Sequence[Sentence], olds: Sequence[Sentence], similarity):
    """The changed new sentence that opens as ``r`` does, what follows rewritten: "上市公司必须依照法律、
    行政法规的规定，公开其财务状况、经营情况及重大诉讼，在每会计年度内半年公布一次财务会计报告" → "上市公司应当依照法律、
    行政法规的规定披露相关信息" (公司法 第一百四十五条 → 第一百六十六条: it was "不再规定" beside "新增“披露相关信息”").
    Not a sentence another old one (``olds``) is nearer to (its own new form: 收养登记办法 第六条's agreement with the
    family planning office is not the declaration of hardship, the next old sentence's), nor one whose opening names
    another thing ("本法所称国有独资公司" / "本法所称国家出资公司", a word swapped alone); the nearest opening first. A word
    swapped among other edits is the opening reworded: "沿海可能发生重大海洋环境污染事故的单位" is "可能发生海洋突发环境事件的
    单位" (海洋环境保护法 第十八条 → 第二十八条, its emergency plan "不再规定" beside "新增规定", wrong in reading 242)."""
    from .moved import _about_another

    opening = _key(_OPENING.split(r.text, 1)[0]).replace("必须", "应当")
    if len(opening) < OPENING_AT_LEAST or any(o.key.startswith(opening) for o in olds):
        return None  # (an opening a sentence the provision keeps opens on too is the provision's subject, not this sentence's:
        # 代表法 第二条's deputies, _long_run_shared)
    best, top = None, (OPENING_ALIKE, OPENING_REST)
    words = None  # the opening's words, cut when first asked
    for c in candidates:
        theirs = _key(_OPENING.split(c.text, 1)[0]).replace("必须", "应当")[:len(opening) + 8]
        alike = similarity(opening, theirs)
        if alike < OPENING_ALIKE and opening[:2] in theirs:
            words = _opening_words(opening) if words is None else words
        if alike < OPENING_ALIKE and words and _in_order(words, theirs):
            alike = OPENING_ALIKE  # (its words all there, in order, words put between: "加大人才引进力度" →
            # "加大工业互联网产业人才引进力度", 石景山 第十一条)
        if alike < OPENING_ALIKE:
            continue
        score = (alike, similarity(r.key, c.key))
        if score < top or _about_another(opening, theirs, True) or _another_nearer(r, c, olds, similarity):
            continue
        best, top = c, score
    return best


@lru_cache(maxsize=4096)
def _opening_words(opening: str) -> Tuple[str, ...]:
    """An opening's words of two characters or more, in order; none when fewer than three."""
    from .words import _content_words
    from .words import _tokenizer

    mine = _content_words(opening)
    words = tuple(w for w in _tokenizer().cut(opening, HMM=False) if w in mine)
    return words if len(words) >= 3 else ()


def _in_order(words: Sequence[str], theirs: str) -> bool:
    """Every word stands in the other text, in order."""
    at = 0
    for w in words:
        at = theirs.find(w, at)
        if at < 0:
            return False
        at += len(w)
    return True


#: A phrase of a sentence taken out (characters of its key, a closing 的 left out) that an item of a
#: new list holds word for word, this long or longer, makes the list its new form (_listed_under).
PHRASE_AT_LEAST = 10


_OPENING_OR_LATER = recache.compile(r"[，：；]")


#: Of a sentence "<condition>的，<consequence>", the consequence's words (two characters or more, at least
#: CONSEQUENCE_WORDS) another sentence's consequence holds, at least this share of them.
SAME_CONSEQUENCE, CONSEQUENCE_WORDS = 0.8, 4
_CONSEQUENCE = recache.compile(r"^(.{6,}?)的，(.+)$")
#: A consequence that only refers to the paragraph before, "依照前款规定处罚": it closes any conduct, so it tells no two
#: sentences apart ("单位和个人进入他人依法设立的…矿区范围内采矿的，依照前款规定处罚" did not become "违反本法规定，从事石油、
#: 天然气等矿产资源勘查活动，未在…期限内依法取得采矿许可证进行开采的，依照前款规定处罚", 矿产资源法 第三十九条 → 第六十七条:
#: "改写" wrong in reading 1253).
_REFERRAL = recache.compile(r"^(?:依照|按照|适用)(?:前款|前[两二三]款|本条第[一二三四五六七八九]款)(?:的)?规定(?:处罚|处理|执行|办理|予以处罚)?$")


def _same_consequence(r: Sentence, candidates: Sequence[Sentence], olds: Sequence[Sentence], similarity):
    """The changed new sentence with the same consequence under other conditions: "对领取营业执照后未开展经营
    活动、申请注销登记前未发生债权债务或者债权债务清算完结的，可以适用简易注销登记程序" → "对未发生债权债务或者已将债权
    债务清偿完结，…并由全体投资人书面承诺…的，可以按照简易程序办理注销登记" (上海市优化营商环境条例 第四十三条 →
    第四十八条: it was "条件被删除" and "新增规定", the simplified deregistration said gone and new). Not a
    sentence another old one is nearer to."""
    m = _CONSEQUENCE.match(r.text)
    if not m or _REFERRAL.match(m.group(2)):
        return None
    mine = _content_words(m.group(2))
    if len(mine) < CONSEQUENCE_WORDS:
        return None
    for c in candidates:
        n = _CONSEQUENCE.match(c.text)
        if not n:
            continue
        theirs = _content_words(n.group(2))  # (words found in the other's text: 简易 in 简易程序)
        if _found_in(mine, n.group(2)) >= SAME_CONSEQUENCE * len(mine) and len(theirs) >= CONSEQUENCE_WORDS \
                and not _another_nearer(r, c, olds, similarity):
            return c
    return None


#: A sentence's last phrase this long (characters) or longer may say what it is for.
LAST_PHRASE_AT_LEAST = 10
#: Characters a new sentence of one phrase opens on that the last phrase holds (_same_last_phrase).
OPENS_AS = 4


def _same_last_phrase(r: Sentence, candidates: Sequence[Sentence], olds: Sequence[Sentence], similarity):
    """The changed new sentence that ends as ``r`` does, by a long last phrase whose words it holds, no sanction and no
    figure in it: the same duty or service, now another's or done otherwise ("国家海洋行政主管部门…负责管理海洋综合信息系统，
    为海洋环境保护监督管理提供服务" → "国务院生态环境主管部门会同有关部门和机构通过智能化的综合信息系统，为海洋环境保护监督管理、
    信息共享提供服务", 海洋环境保护法 第十六条 → 第二十五条: "不再规定" beside "新增规定", wrong in the forty-first reading)."""
    if "，" not in r.text or _CONSEQUENCE.match(r.text):
        return None
    last = r.text.rsplit("，", 1)[1]
    if len(last) < LAST_PHRASE_AT_LEAST or _SANCTIONS.search(last) or _FIGURE.search(last):
        return None
    mine = _content_words(last)
    if len(mine) < CONSEQUENCE_WORDS:
        return None
    # (a new sentence of one phrase is its own last phrase when it opens as ``r``'s last phrase does, the same subject:
    # "在国庆节、…和全民国防教育日，经批准的军营可以向社会开放" → "经批准的军营应当按照军队有关规定向社会开放", 国防教育法 第三十二条
    # → 第三十五条, "新增规定" of a rule the old law had, wrong in reading 603; not "网信、商务…等有关部门…负责商用密码有关管理工作"
    # for "…，承担商用密码的有关管理工作", another body's; nor an item of a list, "（四）国务院反洗钱行政主管部门…确定的其他…机构" for
    # "…的具体办法，由国务院反洗钱行政主管部门会同国务院有关部门制定", 反洗钱法 第三十五条 → 第六十四条, wrong in reading 610)
    found = [c for c in candidates if not _CONSEQUENCE.match(c.text)
             and ("，" in c.text or not ITEM_LABEL.match(c.text) and c.text[:OPENS_AS] in last)
             and _found_in(mine, c.text.rsplit("，", 1)[-1]) >= SAME_CONSEQUENCE * len(mine)]
    if len(found) == 1 and not _another_nearer(r, found[0], olds, similarity):
        return found[0]
    return None


#: A sentence taken out and a changed one of the new version at least this alike (0–100), each the other's nearest, that
#: end on the same FRAME_END characters or share a run of FRAME_RUN characters each version says once, are one rule
#: rewritten (_same_frame).
FRAME_ALIKE, FRAME_RUN, FRAME_END = 35, 6, 4


def _same_frame(r: Sentence, candidates: Sequence[Sentence], olds: Sequence[Sentence], similarity, old_text: str,
                new_text: str):
    """Of the sentences put in that no other rule paired (``candidates``), the one nearest to ``r``, ``r`` the nearest
    to it of the old sentences, alike (FRAME_ALIKE) and holding its frame: the same last words, or a run of FRAME_RUN
    characters neither version says elsewhere ("对灾情比较严重的地区或者县，可以酌情减少或者免除征兵任务" → "对遭受严重灾害
    或者有其他特殊情况的地区，可以酌情调整征兵任务", 征兵工作条例 第五条 → 第五条; "除紧急情况外，未经…许可，任何人不准上下
    船舶、航空器，不准装卸…" → "除避险等紧急情况外，未经海关准许，该交通运输工具不得装卸…", 国境卫生检疫法 第九条 → 第十条:
    "不再规定" beside "新增规定" of one rule, wrong in readings 661 and 662). A name both say ("农产品质量安全检测机构", in
    several sentences) is no frame, nor a last word alone ("…刑事责任" is not "…民事责任"), nor a field of work both end on
    ("国务院领导全国的国防教育工作" is not "中央国家机关各部门…负责国防教育工作", 国防教育法 第六条 → 第五条, wrong in readings
    671 and 672); a sanction's tiers are the fines' notes' (反垄断法 第五十二条 → 第六十二条, "情节严重的，对个人处…" was no
    "对个人处五十万元以下的罚款" alone, wrong in reading 672)."""
    from .words import _longest_run_text

    if _DELEGATES.search(r.text) or _SANCTIONS.search(r.text):
        return None
    best = max(candidates, key=lambda c: similarity(r.key, c.key), default=None)
    if best is None or _DELEGATES.search(best.text) or _opens_as_the_one_before(best, new_text) \
            or best.text.rstrip("。").endswith(("：", ":")):  # (a list's lead-in is read with its items)
        return None
    # (or its first clause, clauses put on after it: "国家支持建设畜禽粪污收集、储存、粪污无害化处理和资源化利用设施，推行…，
    # 促进…" is "国家支持畜禽养殖场、养殖小区建设畜禽粪便…的综合利用设施" with two aims put on, 畜牧法 第四十六条: "不再规定" beside
    # "新增规定", wrong in reading 923)
    # (or as many of its last clauses as ``r`` has, clauses put before them: "…应当建立农产品质量安全投诉举报制度，公开投诉举报
    # 渠道，收到投诉举报后，应当及时处理" is "有关部门收到相关的检举、揭发和控告后，应当及时处理" with the duty to set up the
    # channel put first, 农产品质量安全法 第三十八条 → 第五十六条, wrong in reading 923)
    clauses = best.text.split("，")
    parts = [best.text] + ([clauses[0], "，".join(clauses[-len(r.text.split("，")):])] if len(clauses) > 1 else [])
    alike = [p for p in dict.fromkeys(parts) if similarity(r.key, text_key(p) if p != best.text else best.key) >= FRAME_ALIKE]
    if not alike or _another_nearer(r, best, olds, similarity):
        return None
    end = r.text.rstrip("。；，：…")
    for part in alike:
        other_end = part.rstrip("。；，：…")
        if len(end) > FRAME_END and end[-FRAME_END:] == other_end[-FRAME_END:] and not _A_NAME.search(end):
            return best
        run = _longest_run_text(r.text, part)
        if len(run) >= FRAME_RUN and old_text.count(run) == 1 and new_text.count(run) == 1 and not _A_NAME.search(run):
            return best
    return None


#: Characters a sentence opens on as the one before it does, at least, that make it that one's rule carried on.
OPENS_ALIKE = 6


def _opens_as_the_one_before(s: Sentence, text: str) -> bool:
    """The sentence before ``s`` in ``text`` opens as it does ("禁止向海域排放油类…。禁止向海域排放…放射性废水"): ``s`` carries
    that one's rule on, and is read with it (海洋环境保护法 第三十条 → 第五十一条: the ban on high- and medium-level radioactive
    waste water, now on all that pollutes, one rewrite, the ninety-third reading)."""
    before = [o for o in sentences(text) if o.end <= s.start]
    if not before:
        return False
    last = before[-1].text
    return len(last) >= OPENS_ALIKE and last[:OPENS_ALIKE] == s.text[:OPENS_ALIKE]


#: A sentence that ends delegating or referring ("具体办法由…规定", "依照有关法律、行政法规的规定执行"): where it went,
#: the moved sentences' notes say (农产品质量安全法 第十一条's "…依照有关法律、行政法规的规定执行" moved to 第十七条, not
#: rewritten as 第十六条's new "…依照其规定执行").
_DELEGATES = recache.compile(r"(?:由[^，。；]+(?:制定|制订|规定)|(?:依照|按照)[^，。；]*规定(?:执行|办理)?)。?$")
#: A run that ends a name (a body, or a field of work: "省、自治区、直辖市人民政府", "军人抚恤优待工作"): who or what, no frame.
_A_NAME = recache.compile(r"(?:政府|部门|机关|机构|委员会|组织|单位|工作)$")


#: A rule that deems a thing done from a day: "…收到之日起即为受理", "…届满之日起视为受理" (group 1: what is deemed).
_DEEMED = recache.compile(r"之日起(?:即为|即视为|视为|视同)([^，。；]{1,6})$")


def _same_deeming(r: Sentence, candidates: Sequence[Sentence], olds: Sequence[Sentence], similarity):
    """The one changed new sentence that deems the same thing done from another day: "除前款规定外，行政复议申请自…收到之日起
    即为受理" → "行政复议申请的审查期限届满，行政复议机关未作出不予受理决定的，审查期限届满之日起视为受理" (行政复议法 第十七条 →
    第三十条: "新增规定" of a deemed acceptance the old law had, wrong in reading 266)."""
    m = _DEEMED.search(r.text)
    if not m:
        return None
    found = [c for c in candidates if (n := _DEEMED.search(c.text)) and n.group(1) == m.group(1)]
    if len(found) == 1 and not _another_nearer(r, found[0], olds, similarity):
        return found[0]
    return None


#: A figure: a number, in digits or in words.
_FIGURE = recache.compile(r"[0-9０-９]|[一二三四五六七八九十百千万]+(?:日|个|年|月|元|人|次|倍|项|条|款)")


def _another_nearer(r: Sentence, c: Sentence, olds: Sequence[Sentence], similarity) -> bool:
    """Another old sentence is nearer to the new one ``c`` than ``r`` is: ``c`` is its new form."""
    near = similarity(r.key, c.key)
    return any(o.start != r.start and similarity(o.key, c.key) > near for o in olds)


class _Listed(named_tuple("_Listed", ["header", "item"], module=__name__)):
    """A list's header and the item under it that holds an old sentence's words."""

    __slots__ = ()


def _listed_under(r: Sentence, candidates: Sequence[Sentence], new_text: str):
    """A sentence taken out whose long phrase is an item of a new list, still there word for word,
    under a new header ("有下列行为之一的，由…依照《中华人民共和国会计法》…的规定处罚：（一）在法定的会计账簿以外另立
    会计账簿", 公司法 第二百零一条 → 第二百五十四条: it was "不再规定"): (header, item)."""
    phrases = [k for k in (_key(p).rstrip("的") for p in _OPENING_OR_LATER.split(r.text)) if len(k) >= PHRASE_AT_LEAST]
    if not phrases or not any(k in text_key(new_text) for k in phrases):
        return None
    said = sentences(new_text)
    for header, item in zip(said, said[1:]):
        if header in candidates and header.text.endswith(("：", ":")) and any(k in item.key for k in phrases) \
                and ITEM_LABEL.match(item.text):
            return _Listed(header, item)
    return None




def rewrite_notes(removed: Sequence[Sentence], added: Sequence[Sentence], lexicon: Lexicon,
                  old_text: str = "", new_text: str = "", provisions: frozenset = frozenset(),
                  homed: Sequence[Tuple[Sentence, Sentence]] = ()) -> Tuple[List[Note], List[Sentence], List[Sentence]]:
    """Notes for the sentences taken out or put in whole, and the sentences those notes cover
    (a rewritten sentence's new form included), so the wording notes leave them alone. ``provisions``: where each
    new provision after the first starts in ``new_text`` (a provision split in several). ``homed``: (old sentence, new
    sentence) one rewritten into the other, by where their kept words stand (``homes``)."""
    covered_old, covered_new = list(removed), list(added)
    texts = (old_text, new_text)  # (the quotes of a rewrite put first what the other provision does not say)
    said_new = tuple(added)  # (covered_new's first, taken out or put in; what follows it, said by a rewrite)
    # (and one whose words an old sentence not taken out holds in order: "因特殊情况需要进行的，必须保证文物保护单位的安全" in
    # "但是，因特殊情况需要在文物保护单位的保护范围内进行其他建设工程或者…作业的，必须保证文物保护单位的安全…", 文物保护法 第十七条
    # → 第二十八条, "新增规定" wrong in reading 303; an old sentence taken out is rewritten into it instead, 上海 第二十八条)
    added = [s for s in added if not (old_text and (still_there(s.text, old_text, _place(s, new_text))
                                                    or _in_order_elsewhere(s, old_text, put_in=removed,
                                                                           longer=PUT_IN_HELD_LONGER, share=PUT_IN_HELD)))]
    kept = [s for s in removed if new_text and (still_there(s.text, new_text, _place(s, old_text))
                                                 or _item_still_said(s.text, new_text)
                                                 or _in_order_elsewhere(s, new_text, put_in=added))]
    removed = [s for s in removed if s not in kept]
    for k, a in _grown_in_place(kept, said_new, added):
        covered_old.remove(k)  # (the wording notes say what was put in)
        covered_new.remove(a)
    # (a line that is only a document number, the text's own in its header: which document it is, no rule; "新增文号：
    # 法释〔2023〕7号" of 环境污染解释 2023 was useless in reading 814, its own number no note of either kind)
    added = [s for s in added if not document_number_only(s.text)]
    removed = [s for s in removed if not document_number_only(s.text)]
    # An old sentence "still there" only inside a sentence put in is that sentence's old form, not kept: "（三）对依法履行
    # 职责或者拒绝、抵制统计违法行为的统计人员打击报复的" is the new paragraph "对依法履行职责或者拒绝、抵制统计违法行为的单位和个人
    # 打击报复的，依照前款规定给予处分和予以通报" (统计法 第三十七条 → 第四十条: "新增规定" wrong in the forty-third reading).
    inside = [(k, [a for a in added if still_there(ITEM_LABEL.sub("", k.text, count=1), a.text)]) for k in kept] if added else []
    inside = [(k, found[0]) for k, found in inside if len(found) == 1
              and not still_there(ITEM_LABEL.sub("", k.text, count=1), new_text.replace(found[0].text, ""))]

    moved = [(i, j) for i, j in match(removed, added, REORDERED) if i is not None and j is not None]
    removed = [s for i, s in enumerate(removed) if all(i != a for a, _ in moved)]
    added = [s for j, s in enumerate(added) if all(j != b for _, b in moved)]
    notes = []
    made = []  # (old sentence, its new form, the index of its note)

    def cover(olds: Sequence[Sentence], news: Sequence[Sentence]) -> None:
        """The sentences said by a note of their own: covered, no longer said taken out or put in."""
        for r in olds:
            if r in removed:
                removed.remove(r)
        for a in news:
            if a in added:
                added.remove(a)
        covered_old.extend(olds)
        covered_new.extend(news)

    def rewrite(olds: Sequence[Sentence], new: Sentence) -> int:
        """The old sentences said rewritten as ``new`` (merged into it, several): covered, no longer said
        taken out or put in. The index of the note."""
        if len(olds) > 1 and "刑事责任" not in new.text:
            # (a criminal clause is merged into no sentence that does not give it: "…依法给予处分；构成犯罪的，依法追究刑事责任："
            # → "…对负有责任的领导人员和直接责任人员依法给予处分：", 烈士褒扬条例 第三十五条 → 第五十八条, the clause now in 第六十六条
            # for every breach; "合并为" read as the criminal liability kept, wrong in reading 1665)
            olds = [o for o in olds if not _CRIMINAL_ONLY.match(o.text)] or olds
        cover(olds, [new])
        notes.append(_rewritten(olds[0], new, lexicon, texts) if len(olds) == 1 else merged(olds, new, lexicon))
        if len(olds) == 1:
            made.append((olds[0], new, len(notes) - 1))
        return len(notes) - 1

    for k, a in inside:
        if a in added:
            removed.append(k)
            rewrite([k], a)
    for k, a in _edited_and_moved([k for k in kept if all(k is not o for o, _, _ in made)], said_new, added, old_text,
                                  new_text):
        if all(a is not n for _, n, _ in made):
            rewrite([k], a)
    # A sentence taken out whose new form is still recognisable ("情节严重的，撤销公司登记或者吊销营业执照"
    # → "情节严重的，吊销营业执照；…"): one note quoting both, not "no longer provides".
    candidates = [s for s in sentences(new_text) if s in added or not (
        any(s.start >= o.start and s.end <= o.end for o in covered_new)
        or still_there(s.text, old_text, _place(s, new_text)))] if removed else []  # read only for these
    # (a sentence edited where it stands is no other's new form: "公司登记事项发生变更的，应当依法办理变更登记" is "公司合并或者
    # 分立，登记事项发生变更的，应当依法向公司登记机关办理变更登记" edited, not "公司解散的，应当依法办理公司注销登记" rewritten, 公司法
    # 第一百七十九条 → 第三十四条, wrong in the forty-eighth reading)
    edited_in_place = [o for o in sentences(old_text) if not any(o.start == r.start for r in removed)] \
        if removed and candidates else []
    for r in list(removed):
        key = _lead_in_off(r)
        best = max(candidates, key=lambda c: similarity(key, c.key), default=None)
        if best is not None and common_prefix(r.key, best.key) < SAME_SUBJECT:
            subject = _same_subject(r, key, candidates, similarity, old_text, new_text)
            if subject is not None and best not in added and subject is not best:
                added.append(best)  # (the sentence more alike by its words, no other's new form now: put in whole, its
                # words said as a new rule, not "表述修改：新增“烈士褒扬金发给烈士”" cut before whom, reading 786)
                covered_new.append(best)
            best = subject or best
        if best is not None and best not in added and any(
                similarity(o.key, best.key) > max(REWRITTEN, similarity(key, best.key)) for o in edited_in_place):
            best = max((c for c in candidates if c is not best), key=lambda c: similarity(key, c.key), default=None)
        if best is None or similarity(key, best.key) < REWRITTEN:
            put_in = [a for a in added if a in candidates]  # (the sentences put in whole, not yet another's new form)
            best = _same_words(r, candidates) or _condensed(r, put_in, similarity) \
                or _cut_down(r, candidates or _changed(new_text, old_text, covered_new)) \
                or _composed_anew(r, put_in) or _same_regime(r, put_in) or _same_importance(r, put_in) \
                or _same_grant(r, put_in, similarity)
        if best is None or best.key == r.key:
            continue
        if best in candidates:  # (a sentence cut down is none: _changed)
            candidates.remove(best)
        removed.remove(r)
        if best in added:
            added.remove(best)
        covered_old.append(r)
        covered_new.append(best)
        notes.append(_rewritten(r, best, lexicon, texts))
        made.append((r, best, len(notes) - 1))
    # A sentence taken out that a new sentence not looked at (one of the old text's sentences holds it:
    # itself) is as like as a sentence that moved: its rewrite ("对破坏海洋生态、海洋水产资源、海洋保护区，给国家造成
    # 重大损失的，…" → "对污染海洋环境、破坏海洋生态，给国家造成重大损失的，…", 海洋环境保护法 第八十九条 → 第一百一十四条: the
    # twenty-third reading).
    if removed and new_text:
        said = covered_new[len(said_new):] + candidates  # (rewrites made, and those looked at)
        for r in list(removed):
            near = [s for s in sentences(new_text) if s not in said and similarity(r.key, s.key) >= REORDERED]
            if near:
                best = max(near, key=lambda s: similarity(r.key, s.key))
                said.append(best)
                rewrite([r], best)
    # The rest: a changed sentence that opens as one taken out (or as several) is its new form. Its
    # own new form is not looked for among the old sentences still taken out.
    left = {r.start for r in removed}
    olds = [o for o in sentences(old_text) if o.start not in left] if removed and candidates else ()
    opened: Dict[int, tuple] = {}  # where a new sentence (or list) starts → it, the old ones
    for r in list(removed):
        best = _same_opening(r, candidates, olds, similarity) or _listed_under(r, candidates, new_text) \
            or _same_consequence(r, candidates, olds, similarity) or _same_last_phrase(r, candidates, olds, similarity) \
            or _same_deeming(r, candidates, olds, similarity)
        if best is not None:
            at = best.header.start if isinstance(best, _Listed) else best.start
            opened.setdefault(at, (best, []))[1].append(r)
            removed.remove(r)
    for best, rs in opened.values():
        if isinstance(best, _Listed):  # a list's header with the item that holds the old words
            header, best = best
            candidates.remove(header)
            if header in added:
                added.remove(header)
            covered_old.extend(rs)
            covered_new.append(header)
            # (the header as much as leaves room for the item whole: the item holds the old words)
            said = quote(header.text, lexicon, limit=max(24, QUOTE - len(best.text))) + best.text
            whole = Sentence(said, header.start, best.end, header.key + best.key)
            notes.append(_rewritten(rs[0], whole, lexicon, texts) if len(rs) == 1 else merged(rs, whole, lexicon))
            continue
        if best in candidates:  # (a sentence cut down is none: _changed)
            candidates.remove(best)
        rewrite(rs, best)
    # A provision of one sentence rewritten as one sentence (突发事件应对法 第三十六条 → 第五十六条: "国家鼓励、扶持…
    # 培养应急管理专门人才，…新技术、新设备和新工具" → "国家加强…，鼓励、扶持有条件的教学科研机构、企业培养应急管理人才
    # 和科技人才，研发、推广新技术、新材料、新设备和新工具…", the twentieth reading): the one is the other rewritten.
    if len(removed) == 1 and len(added) == 1 and old_text and new_text and len(sentences(old_text)) == 1 \
            and len(sentences(new_text)) == 1 and similarity(removed[0].key, added[0].key) >= OPENING_REST:
        candidates.remove(added[0]) if added[0] in candidates else None
        rewrite(removed[:], added[0])
    # Paragraphs (or provisions) of one sentence each merged into one sentence, each saying most of its words (体育法
    # 第十三、十四条 → 第二十一条: "国家机关、企业事业组织应当开展…体育活动" and "工会等社会团体应当根据各自特点，组织体育活动"
    # → "国家机关、企业事业单位和工会…等群团组织应当根据各自特点，组织开展…全民健身活动"; two "不再规定" and a "新增规定" were
    # wrong in the thirty-eighth reading).
    if len(added) == 1 and len(removed) >= 2 and new_text and len(sentences(new_text)) == 1 \
            and len(sentences(old_text)) == len(removed) == len({old_text.count("\n", 0, r.start) for r in removed}) \
            and all(_says_part(_telling_words(r.text), added[0].text) for r in removed):  # (each its own paragraph)
        candidates.remove(added[0]) if added[0] in candidates else None
        rewrite(removed[:], added[0])
    for a, rs in _applications_merged(removed, added):  # several "本法第X条…的规定，适用于…" said as one
        rewrite(rs, a)
    for r in list(removed):  # the rest of an old sentence a rewrite now says in one with it
        joined = _joined_with(r, made, old_text)
        if joined is not None:
            r0, b, at = joined
            both = _spanning(r0, r, old_text)
            notes[at] = _rewritten(both, b, lexicon, texts)
            made[made.index(joined)] = (both, b, at)
            removed.remove(r)
            covered_old.append(r)
    for r in list(removed):  # the sentence after it (after "；"), edited where it stands, now says it too
        found = _said_with_the_next(r, old_text, new_text, covered_new)
        if found is not None:
            both, n = found
            removed.remove(r)
            covered_old.extend([r, both])
            covered_new.append(n)
            notes.append(_rewritten(both, n, lexicon, texts))
    # A new sentence that holds the words of an old one still there in part ("逾期不成立清算组进行清算的，
    # 债权人可以申请…" → "…逾期不成立清算组进行清算或者成立清算组后不清算的，利害关系人可以申请…").
    olds = [o for o in sentences(old_text) if not any(o.start == c.start for c in covered_old)] if old_text else []
    olds = [o for o in olds if o not in removed]  # (those said taken out whole were looked for above)
    for a in list(added):
        # (not an old sentence still there whole beside it, short ones whose words it holds: "（一）生产、销售金额二十万元以上的"
        # in "（五）生产、销售金额十万元以上不满二十万元，曾因…" was read first and the rewrite of old （四） not looked for,
        # 食品安全解释 第三条: "新增规定" beside "删除“一年内曾因…或者刑事”" wrong in reading 420)
        apart = [o for o in olds if not _still_whole(o, a, new_text)]
        base = owner = _held_by(a, apart, new_text) or _item_widened(a, olds, old_text, new_text) \
            or _near_in_part(a, olds, new_text, similarity)
        if base is None:
            owner, base = _phrase_taken_into(a, olds, new_text)
        subject = None  # (the subject the rest of an old sentence cut in two now opens with: said by the rewrite)
        if base is None:
            owner, base, subject = _first_phrase_rewritten(a, olds, new_text)
        other_half = None  # (the other new phrase an old first phrase restated went into: said with it, "分为")
        if base is None:
            owner, base, other_half = _first_phrase_restated(a, olds, old_text, new_text)
        first = False
        if base is None:
            base = owner = _same_first_phrase(a, olds)
            first = base is not None
        if base is None:
            base = owner = _run_taken_into(a, olds, old_text, new_text) or _end_taken_into(a, olds, new_text)
        if base is None:
            continue
        if any(b is not a and similarity(owner.key, b.key) > max(REWRITTEN, similarity(owner.key, a.key)) for b in added):
            continue  # another sentence put in is the old one's new form, more like it (道路运输条例 2019 → 2023 第六十五条: the
            # 机动车维修 sentence is the new fourth paragraph's, read with the renames, not the third's, about goods stations:
            # "改写" of the one and "新增规定" of the other were wrong in reading 115)
        if _still_whole(base, a, new_text):
            continue  # the old sentence is still there whole, beside the new one ("…六十日内作出行政复议决定" under 普通程序): the
            # new one beside it is new, not its rewrite ("…简易程序…三十日内…")
        if _still_there_edited(base, a, new_text, similarity, added):
            continue
        added.remove(a)
        olds.remove(owner)
        covered_old.append(base)
        covered_new.extend([subject] if subject else [])
        if other_half is not None:
            covered_new.append(other_half)
            notes.append(_split_note(base, a, other_half, lexicon))
            continue
        put_in = _only_put_in(base, a, new_text) if first else None
        notes.append(put_in or _rewritten(base, a, lexicon, texts))
        if put_in is None:
            made.append((base, a, len(notes) - 1))
    # The one sentence taken out of a paragraph and the one put into the paragraph of the same place,
    # about the same things: one rewritten (上海 第六十六条 → 第八十一条's 一站式 商事纠纷 mechanism).
    for r, a in _in_the_same_paragraph(removed, added, old_text, new_text) + _most_words_held(removed, added) \
            + _same_place_same_opening(removed, added, old_text, new_text):
        if r in removed and a in added:  # (the two may find the same pair: said once)
            rewrite([r], a)
    for rs, a in _paragraph_replaced(removed, added, old_text, new_text):
        if all(r in removed for r in rs) and a in added:
            rewrite(rs, a)
    for r, (a1, a2) in _split_in_two(removed, added, new_text, provisions):
        # (two provisions, when the sentence was split across them: said on one line)
        both = Sentence(new_text[a1.start:a2.end].replace("\n", ""), a1.start, a2.end, a1.key + a2.key)
        added.remove(a1)
        rewrite([r], a2)  # (a2 taken out of added by it; the note quotes both)
        notes[-1] = _rewritten(r, both, lexicon, texts)
        covered_new.append(a1)
    # A sentence rewritten into one new sentence whose rest the very next new sentence says, put in: the old one split in two.
    for r, a, at in list(made):
        nxt = _rest_said_next(r, a, added, removed, new_text)
        if nxt is not None and notes[at].evidence == (r.text, a.text):
            added.remove(nxt)
            covered_new.append(nxt)
            notes[at] = _split_note(r, a, nxt, lexicon)
    # An item (or a sentence) cut down to a part of its words where it stood: the part is its new form.
    for r in list(removed):
        s = _narrowed(r, new_text, covered_new[len(said_new):] + list(added))
        if s is not None and not _catch_all_of_another(r, s, old_text):
            rewrite([r], s)
    for r in list(removed):  # its last phrase now a sentence of its own, another's duty
        s = _last_phrase_said_alone(r, new_text, old_text, covered_new[len(said_new):], similarity)
        if s is not None:
            rewrite([r], s)
    for r, a in _same_item(removed, added, old_text, new_text) + _same_delegation(removed, added):
        rewrite([r], a)
    for r, a in _item_in_its_gap(removed, added, old_text, new_text):
        rewrite([r], a)
    for r, a in _same_charge(removed, added) + _applied_now_stated(removed, added) + _ban_restated(removed, added):
        rewrite([r], a)
    for r, a, terms in _definition_replaced(removed, added):
        at = rewrite([r], a)
        if terms:  # (another term defined: said, the definition is not the same one reworded)
            f = notes[at].finding
            notes[at] = Note(replace(f, message=f"{f.message}（所定义的概念由“{terms[0]}”改为“{terms[1]}”）",
                                     message_en=f"{f.message_en} (the term defined is now “{terms[1]}”, was “{terms[0]}”)"),
                             notes[at].evidence)
    for r, a in _definition_rewritten_in_place(removed, new_text, covered_new):
        rewrite([r], a)
    for r, a in _conduct_now_an_item(removed, added, new_text):
        at = rewrite([r], a)
        if a.text.startswith(("（", "(")):  # (now an item: the conduct against the item, its sanctions said by the
            # fines' notes; the acts it dropped shown, "…，或者向已经封闭的倾倒区倾倒废弃物的", 海洋 第八十五条, useless with
            # the whole sentence in the forty-third reading)
            conduct = BREACH.sub("", r.text[:r.text.find("的，") + 1])
            cut = r.text.find(conduct)
            notes[at] = _rewritten(Sentence(conduct, r.start + cut, r.start + cut + len(conduct), text_key(conduct)), a,
                                   lexicon, texts)
    kept = [o.key for o in sentences(old_text) if not any(o.start == r.start for r in removed)] if removed and added else ()
    for r, a in _long_run_shared(removed, added, kept):
        if _defines_alike(r, a):  # (a definition whose described people a grant now lists is no rule that became it)
            rewrite([r], a)
    for rs, a in _damages_restated(removed, added):
        rewrite(rs, a)
    for r in list(removed):  # a sentence a rewrite's new form takes in, by a long run of its words or with its subject
        into = _run_into(r, made, old_text) or _subjects_joined(r, made, old_text) or _clause_taken_in(r, made)
        if into is not None:
            r0, b, at = into
            notes[at] = merged([r0, r] if r0.start < r.start else [r, r0], b, lexicon)
            made[made.index(into)] = (r0, b, at)
            removed.remove(r)
            covered_old.append(r)
    for r in list(removed):  # a penalty's opening sentence, its conduct said in other words
        a = _same_conduct(r, added, old_text, new_text)
        if a is not None:
            rewrite([r], a)
    if not notes and not kept and not moved and _rewritten_whole(removed, added, old_text, new_text):
        # (every sentence of a short provision taken out and every one put in, about the same things: the provision
        # rewritten, said once, not its rule said gone beside a new one that states it: 体育法 第二十九条 → 第四十五条,
        # "新增规定：“运动员可以参加单项体育协会的注册…”" wrong in reading 111)
        # (an approval the new text no longer requires stays said on its own: "不再规定：“国家级海洋自然保护区的建立，须经国务院
        # 批准”", 海洋环境保护法 第二十一条)
        olds = [r for r in removed if not (_PROCEDURES.search(r.text) and not _PROCEDURES.search(new_text))]
        news = added[:]
        if olds:
            cover(olds, news)
            notes.append(_whole_rewrite(olds, news, lexicon))
    for r, a in _in_the_same_paragraph(removed, added, old_text, new_text, several=True):
        if r in removed and a in added:  # (one of several taken out from a paragraph, the one put in there its new form)
            rewrite([r], a)
    for phrase, a in _phrases_listed(added, old_text, new_text):  # an old sentence's powers now items of a list
        cover([], [a])
        notes.append(_rewritten(phrase, a, lexicon))
    regrouped = _items_regrouped(removed, added)
    if regrouped is not None:  # items of a list cut up and grouped anew: one note, both lists quoted
        cover(*regrouped)
        notes.append(_regrouped(*regrouped, lexicon))
    for r in list(removed):  # "尚不构成犯罪的，依法给予行政处分" → "…的，依法给予处分；构成犯罪的，…"
        note = _sanction_put_first(r, old_text, new_text)
        if note is not None:
            removed.remove(r)
            covered_old.append(r)
            notes.append(note)
    items_now = sentences(new_text) if new_text else ()
    for r, a1, a2, at in _alternative_apart(made, added, items_now):  # an item's other case now an item of its own
        if a2 in added:
            added.remove(a2)
        covered_new.append(a2)
        notes[at] = _split_note(r, a1, a2, lexicon)
    for r, a1, a2, at in _tail_apart(made, added):  # a rewritten sentence's last clauses now a sentence of their own
        added.remove(a2)
        covered_new.append(a2)
        notes[at] = _split_note(r, a1, a2, lexicon)
    for o, o_new, a in _tail_now_apart(added, old_text, new_text, covered_old):  # so a sentence kept but for its tail
        added.remove(a)
        covered_old.append(o)
        covered_new.extend((o_new, a))
        notes.append(_split_note(o, o_new, a, lexicon))
    # A sentence taken out whose every kept word stands in one changed sentence, or one put in whose every kept word came
    # from one (``homes``), that no other rewrite says: rewritten into it.
    for r, t in homed:
        if r in removed and not any(t.start < c.end and c.start < t.end for c in covered_new) \
                or t in added and not any(r.start < c.end and c.start < r.end for c in covered_old):
            rewrite([r], t)
    for r, at, both, a in _rewritten_with_the_clause_beside(made, added, new_text):
        added.remove(a)
        covered_new.append(a)
        notes[at] = _rewritten(r, both, lexicon, texts)
    if removed and added:  # the last look: a sentence put in that holds the frame of one taken out (_same_frame)
        every_old = sentences(old_text)
        for r in list(removed):
            a = _same_frame(r, added, every_old, similarity, old_text, new_text)
            if a is not None and _defines_alike(r, a):
                rewrite([r], a)
    # A list header alone ("但是，有下列情形之一的除外：") says nothing: its items are said.
    removed = _with_their_exceptions([s for s in removed if not _header(s)], old_text)
    added = _with_their_exceptions(_with_its_items(
        [s for s in added if not _header(s) or _header_says_anew(s.text, old_text)], new_text), new_text)
    for s in removed:
        q = _with_a_graver_case(s.text, lexicon, quote)
        notes.append(Note(Finding(FindingKind.WORDING_CHANGED, q, None, f"不再规定：“{q}”", f"no longer provides: “{q}”"),
                          (s.text,)))
    added = _catch_alls_off(added, new_text)
    for s in added:
        q = _with_a_graver_case(s.text, lexicon, _quote_list)
        notes.append(Note(Finding(FindingKind.WORDING_CHANGED, None, q, f"新增规定：“{q}”", f"now provides: “{q}”"),
                          (s.text,)))
    if "以下简称" in new_text:
        notes = [n for n in notes if not _short_name_only(n, new_text)]
    if "治安管理" in old_text:
        notes = [n for n in notes if not _police_sanction_restated(n)]
    return notes, covered_old, covered_new


#: The clause that leaves a breach of the public order to the police: "违反治安管理规定的，由公安机关依法给予治安管理处罚",
#: "构成违反治安管理行为的，依法给予治安管理处罚" (the conduct of the paragraph before named or not).
_POLICE_SANCTION = recache.compile(r"^(?:有前款所列行为，)?(?:构成)?违反治安管理(?:规定|行为)?的，(?:由公安机关)?(?:依法|依照治安管理处罚法的"
                                   r"规定)给予(?:治安管理)?处罚[。；]?$")


def _police_sanction_restated(note: Note) -> bool:
    """A sentence said rewritten whose two forms both leave a breach of the public order to the police's sanction:
    "有前款所列行为，违反治安管理规定的，由公安机关依法给予治安管理处罚" → "构成违反治安管理行为的，依法给予治安管理处罚" (国防教育法
    第三十五条 → 第三十八条, the conduct now in the same sentence: a change of form, useless in the English reading 1013)."""
    return len(note.evidence) == 2 and note.finding.message.startswith("改写：“") and all(
        _POLICE_SANCTION.match(side.strip()) for side in note.evidence)


#: A short name the new text gives (group 1: what stands before it; group 2: the short name).
_GIVEN_SHORT_NAME = recache.compile(r"([^，。；：、\n（）]{2,40})[（(]以下简称“?([^”）)]{2,20})”?[）)]")
#: Characters, at least, of the long name a short name stands for.
LONG_NAME_AT_LEAST = 4


def _short_name_only(note: Note, new_text: str) -> bool:
    """A sentence said rewritten that only calls a thing by the short name the new text gives it: "军事方面的国家秘密及其密级的
    具体范围，由中央军事委员会规定" → "军事方面的保密事项范围，由中央军事委员会规定", the paragraph before naming "国家秘密及其密级的
    具体范围（以下简称保密事项范围）" (保守国家秘密法 第十一条 → 第十五条: useless in reading 939, a change of form)."""
    if len(note.evidence) != 2 or not note.finding.message.startswith("改写：“") or "分为" in note.finding.message:
        return False
    old, new = note.evidence
    for m in _GIVEN_SHORT_NAME.finditer(new_text):
        before, short = m.group(1), m.group(2)
        long = next((before[k:] for k in range(len(before) - LONG_NAME_AT_LEAST + 1) if before[k:] in old), "")
        if long and short not in long and substance(old.replace(long, short)) == substance(new):
            return True
    return False


#: Telling words, at least, of an old phrase that an item put in says, the share of them it says, and the characters
#: of the longest run both say word for word (six: "未经批准迁移烈士纪念设施" is "（一）未经批准新建、迁建、改扩建烈士纪念设施的",
#: 烈士褒扬条例 第三十七条 → 第六十三条, an item said new whose conduct the old article punished, wrong in reading 660).
LISTED_WORDS, LISTED_SHARE, LISTED_RUN = 4, 0.8, 6
#: A phrase that only delegates: "由国务院反洗钱行政主管部门会同国务院有关部门制定".
_DELEGATED = recache.compile(r"^由[^，。；]+(?:制定|制订|规定)$")
_PHRASE_MARKS = recache.compile(r"[，；]")


def _phrases_listed(added: Sequence[Sentence], old_text: str, new_text: str):
    """(old phrase, item put in) for each item of a list put in whose words one phrase of an old sentence says (or two
    phrases on end): a sentence of powers or duties cut into a list ("…可以对生产、销售的农产品进行现场检查，调查了解…，查阅、复制与
    农产品质量安全有关的记录和其他资料；对经检测不符合农产品质量安全标准的农产品，有权查封、扣押" → "有权采取下列措施：（一）…
    （二）查阅、复制农产品生产记录、购销台账等与农产品质量安全有关的资料…（四）查封、扣押…经检测不符合农产品质量安全标准的
    农产品", 农产品质量安全法 第三十九条 → 第五十三条: "新增规定" of (二) and (四) was wrong in reading 308). Each phrase once,
    to the item that says most of it; not a phrase the new text says as it was (still there)."""
    items = [a for a in added if ITEM_LABEL.match(a.text)]
    if not items or not old_text or ITEM_LABEL.search(old_text):
        return []  # (an old list's items are its own: _same_item and the rest)
    phrases = []
    for o in sentences(old_text):
        parts = [p for p in _PHRASE_MARKS.split(o.text.rstrip("。；")) if p and not _DELEGATED.match(p)]
        phrases += parts + ["，".join(parts[k:k + 2]) for k in range(len(parts) - 1)]
    words = {p: _telling_words(p) for p in phrases}
    found, used = [], set()
    for a in items:
        theirs = _telling_words(a.text)
        best, top = None, 0
        for p in phrases:
            mine = words[p]
            held = len(mine & theirs)
            if p in used or len(mine) < LISTED_WORDS or held < LISTED_SHARE * len(mine) or held <= top \
                    or _longest_run(text_key(p), a.key) < LISTED_RUN:
                continue
            if still_there(p, new_text.replace(a.text, "")):
                continue
            best, top = p, held
        if best is None:
            best = _members_listed(a, [p for p in phrases if p not in used], new_text)
        if best is not None:
            used.add(best)
            at = old_text.find(best)
            found.append((Sentence(best, at, at + len(best), text_key(best)), a))
    return found


_MEMBER_JOINERS = recache.compile("以及|或者|和|、|及")
#: Characters, at least, of each member of an old phrase's list an item put in says word for word.
MEMBER_AT_LEAST = 4


def _members_listed(a: Sentence, phrases: Sequence[str], new_text: str):
    """The one phrase (no comma in it) whose verb the list's lead-in now says ("定期听取下列报告：") and whose every member
    (MEMBER_AT_LEAST characters or more) the item says word for word: "听取决算报告和审计工作报告" is "（二）决算报告、审计工作报告、
    审计查出问题整改情况的报告" (全国人民代表大会常务委员会议事规则 第二十二条 → 第三十三条: "新增规定" wrong in reading 710)."""
    colon = new_text.rfind("：", 0, a.start)
    if colon < 0:
        return None
    lead_in = new_text[max(new_text.rfind(c, 0, colon) for c in "。；\n，") + 1:colon]
    found = []
    for p in phrases:
        if "，" in p:
            continue
        verb = next((k for k in (3, 2) if len(p) > k and p[:k] in lead_in), 0)
        members = _MEMBER_JOINERS.split(p[verb:])
        if verb and len(members) >= 2 and all(len(m) >= MEMBER_AT_LEAST and m in a.text for m in members):
            found.append(p)
    return found[0] if len(found) == 1 else None


#: The graver case of what the sentence before says, which it needs to be read: "情节严重的，报经有批准权的人民政府批准，责令关闭"
#: after "违反生态环境准入清单进行生产建设活动的，由…处五十万元以上五百万元以下的罚款" (海洋环境保护法 第一百零二条: said alone,
#: "新增规定" of a closure the old article already ordered, useless in reading 234).
_GRAVER = r"(?:情节(?:特别|较为|较)?严重的|拒不改正的|逾期(?:不|未|仍不)改正的)，"
_AGGRAVATED = recache.compile("^" + _GRAVER)
#: An exception that says only that other law prevails: "法律、行政法规另有规定的，从其规定".
_EXCEPTION_TAIL = recache.compile(r"^(?:但是?，?)?[^，。；]{0,24}另有规定的(?:，(?:从其规定|依照其规定|适用其规定)|除外)$")


#: Content words, at least, of an item's case (after "，或者") that an item put in holds, and the share of them it holds.
CASE_WORDS, CASE_HELD = 4, 0.8


#: A list's catch-all item: "（三）其他情节严重的情形", "（六）其他违反…规定的行为".
_CATCH_ALL = recache.compile(r"^[（(][一二三四五六七八九十]+[)）]其他[^，。；：]{0,40}(?:情形|行为)$")


def _catch_alls_off(added: List[Sentence], new_text: str) -> List[Sentence]:
    """The sentences put in without a catch-all item of a list put in whole (its lead-in and every item): the new list is
    said by its lead-in and its items of substance ("新增规定：“（三）其他情节严重的情形”" beside the new lead-in of 环境污染解释 2023 第十条's
    list, useless in reading 814)."""
    leads = [s for s in added if s.text.endswith("：")]
    if not leads:
        return added
    put_in = {s.start for s in added}

    def new_list(lead: Sentence, item: Sentence) -> bool:  # (the lead-in's list, every item before the catch-all new)
        between = [o for o in sentences(new_text) if lead.end <= o.start < item.start]
        return bool(between) and not any(o.text.endswith("：") for o in between) \
            and all(o.start in put_in for o in between if ITEM_LABEL.match(o.text))

    return [s for s in added if not (_CATCH_ALL.match(s.text) and any(new_list(lead, s) for lead in leads))]


def _alternative_apart(made, added: Sequence[Sentence], items_now: Sequence[Sentence] = ()):
    """(old item, its new form, the item put in, the note's index) for an old item of two cases ("（二）不按照本法规定向海洋
    排放污染物，或者超过标准、总量控制指标排放污染物的") rewritten as one of them ("（三）超过标准、总量控制指标排放污染物的")
    whose other case an item put in holds ("（六）其他未依照本法规定向海洋排放污染物、废弃物的": 海洋环境保护法 第七十三条 →
    第九十三条, "新增规定" of it wrong in reading 282): the item split in two."""
    # (or an item of the new text the diff read as the old item edited, no note saying it: "（三）未按照规定报告大额交易" of
    # "（三）未按照规定报送大额交易报告或者可疑交易报告的", 反洗钱法 第三十二条 → 第五十三条, its rewrite into （四） alone read as the
    # large-transaction report dropped in reading 809)
    made_new = {a1.start for _r, a1, _at in made}
    items = [a for a in list(added) + [p for p in items_now if p not in added and p.start not in made_new]
             if ITEM_LABEL.match(a.text)]
    if not items:
        return []
    out, taken = [], set()
    for r, a1, at in made:
        joiner = "，或者" if "，或者" in r.text else "或者"
        if not ITEM_LABEL.match(r.text) or joiner not in r.text or not ITEM_LABEL.match(a1.text):
            continue
        for case in ITEM_LABEL.sub("", r.text, count=1).rstrip("的。；").split(joiner):
            words = _content_words(case)
            if len(words) < CASE_WORDS or _found_in(words, a1.text) >= CASE_HELD * len(words):
                continue  # (the case its new form says)
            held = [a for a in items if a.start not in taken and _found_in(words, a.text) >= CASE_HELD * len(words)]
            if len(held) == 1:
                out.append((r, a1, held[0], at))
                taken.add(held[0].start)
                break
    return out


#: The clauses a rewritten sentence ends on (TAIL_AT_LEAST characters), which its new form does not say (under TAIL_LEFT of
#: their characters in order), said apart: a sentence put in that holds TAIL_HELD of them in order.
TAIL_AT_LEAST, TAIL_LEFT, TAIL_HELD = 8, 0.5, 0.7
#: For a sentence's first clauses, said apart: share, at most, its new form holds of them in order, and share, at least,
#: the one sentence put in holds (the head's subject often stands in the new form too).
HEAD_LEFT, HEAD_HELD = 0.7, 0.9


def _tail_apart(made, added: Sequence[Sentence]):
    """(old sentence, its new form, the sentence put in, the note's index) for a sentence rewritten ("…可以向金融机构进行调查，
    金融机构应当予以配合，如实提供有关文件和资料" → "…可以向金融机构、特定非金融机构发出调查通知书，开展反洗钱调查") whose last
    clauses, which that new form does not say, one sentence put in says ("金融机构、特定非金融机构应当配合反洗钱调查，在规定时限内
    如实提供有关文件、资料"), the one such sentence: the old sentence split in two (反洗钱法 2006 第二十三条 → 2024 第四十三条,
    "新增规定" of the duty to cooperate wrong in reading 895)."""
    out: List[Tuple[Sentence, Sentence, Sentence, int]] = []
    taken = set()
    for r, a1, at in made:
        clauses = r.text.split("，")
        # (the longest tail its new form does not say first; then the longest head: "畜禽遗传资源保护以国家为主，鼓励和支持有关
        # 单位、个人依法发展畜禽遗传资源保护事业" is "国家鼓励和支持有关单位、个人…" and the sentence put in before it, "畜禽遗传资源
        # 保护以国家为主、多元参与，…", 畜牧法 第九条 → 第十条: the rewrite into the second alone read as 以国家为主 dropped, wrong
        # in reading 941)
        parts = [("，".join(clauses[cut:]), TAIL_LEFT, TAIL_HELD) for cut in range(1, len(clauses))] + \
                [("，".join(clauses[:cut]), HEAD_LEFT, HEAD_HELD) for cut in range(len(clauses) - 1, 0, -1)]
        for part, left, held_share in parts:
            if len(part) < TAIL_AT_LEAST or held_in_order(part, a1.text)[0] >= left * len(part):
                continue
            held = [a for a in added if a.start not in taken and held_in_order(part, a.text)[0] >= held_share * len(part)]
            if len(held) == 1:
                out.append((r, a1, held[0], at))
                taken.add(held[0].start)
                break
    return out


#: What opens another case of a sentence, after its first.
_OTHER_CASE = ("或者", "以及", "或")


def _tail_now_apart(added: Sequence[Sentence], old_text: str, new_text: str, said: Sequence[Sentence]):
    """(old sentence, its new form, the sentence put in) for an old sentence no note says whose first clauses are a new
    sentence as they were and whose last clauses (TAIL_AT_LEAST characters) one sentence put in holds (TAIL_HELD of them in
    order) and open another case (_OTHER_CASE): the old sentence split in two. "（一）转让或者抵押国有不可移动文物，或者将
    国有不可移动文物作为企业资产经营的" is "（一）转让或者抵押国有不可移动文物" and "（二）将建立博物馆、文物保管所或者辟为参观
    游览场所的国有不可移动文物改作企业资产经营，…"
    (文物保护法 第六十八条 → 第八十五条: "新增规定" of the second wrong in reading 1533, the case narrowed, not new)."""
    if not added or not old_text or not new_text:
        return []
    out = []
    news: Dict[str, Sentence] = {}  # a new sentence's text → the first sentence so written
    for n in sentences(new_text):
        news.setdefault(n.text, n)
    taken = set()
    for o in sentences(old_text):
        clauses = o.text.split("，")
        if len(clauses) < 2 or any(o.start < c.end and c.start < o.end for c in said):
            continue
        for cut in range(1, len(clauses)):
            head, tail = "，".join(clauses[:cut]), "，".join(clauses[cut:])
            if len(tail) < TAIL_AT_LEAST or not tail.startswith(_OTHER_CASE):
                continue  # (another case, "或者将…的": not a last clause a new one was put before, 上海 第六条)
            o_new = news.get(head)
            if o_new is None:
                continue
            held = [a for a in added if a.start not in taken
                    and held_in_order(tail, a.text)[0] >= TAIL_HELD * len(tail)]
            if len(held) == 1:
                out.append((o, o_new, held[0]))
                taken.add(held[0].start)
                break
    return out


def _split_note(old: Sentence, one: Sentence, two: Sentence, lexicon: Lexicon) -> Note:
    """改写：“old”分为“new”“new”: one sentence (an item of two cases) said in two, in the new text's order."""
    one, two = sorted((one, two), key=lambda s: s.start)
    qo, q1, q2 = (quote(s.text, lexicon) for s in (old, one, two))
    return Note(Finding(FindingKind.WORDING_CHANGED, qo, f"{q1}；{q2}", f"改写：“{qo}”分为“{q1}”“{q2}”",
                        f"rewritten: “{qo}” split into “{q1}” and “{q2}”"), (old.text, f"{one.text}；{two.text}"))


#: Words that only say a thing is done, not what ("予以没收" is 没收).
_DOING = frozenset(("予以", "给予", "依法", "进行", "应当", "可以"))
#: Share, at least, of a sentence's telling words (and of the next sentence's characters, in order) that one new sentence
#: holds for the two to be said rewritten into it (_said_with_the_next).
WITH_THE_NEXT_WORDS, WITH_THE_NEXT_HELD = 0.8, 0.7


def _said_with_the_next(r: Sentence, old_text: str, new_text: str, said: Sequence[Sentence]):
    """(``r`` and the sentence after it, one new sentence) when the sentence after ``r`` ("；" between) is edited where it
    stands into a new sentence (WITH_THE_NEXT_HELD of its characters in order) that also says ``r``'s words
    (WITH_THE_NEXT_WORDS of its telling words): "慈善组织有本法第九十八条、第九十九条规定的情形，有违法所得的，由民政部门予以
    没收；对直接负责的主管人员…处二万元以上二十万元以下罚款" → "慈善组织有本法第一百零九条…规定情形的，由…民政部门对直接负责
    的主管人员…罚款，并没收违法所得" (慈善法 第一百条 → 第一百一十二条: "不再规定" of the confiscation beside fragments, wrong
    and useless in reading 795)."""
    after = old_text[r.end:r.end + 1]
    if after not in ("；", ";"):
        return None
    nxt = next((o for o in sentences(old_text) if o.start == r.end + 1), None)
    words = {w for w in _telling_words(r.text) if not _CITATION.fullmatch(w)}  # (citations renumbered aside)
    last = _telling_words(r.text.rsplit("，", 1)[-1]) - _DOING  # (what it does, all of it: not "…分取红利" for "…认缴出资")
    if nxt is None or len(words) < 3 or not last:
        return None
    holding = [n for n in sentences(new_text) if n not in said
               and held_in_order(nxt.text, n.text)[0] >= WITH_THE_NEXT_HELD * len(nxt.text)
               and _found_in(words, n.text) >= WITH_THE_NEXT_WORDS * len(words) and _found_in(last, n.text) == len(last)]
    if len(holding) != 1:
        return None
    return _spanning(r, nxt, old_text), holding[0]


_THING_NOT_TO_BE = recache.compile(r"^([^，。；]{2,16}?)不得([^，。；]{2,16})$")


def _ban_restated(removed: Sequence[Sentence], added: Sequence[Sentence]) -> List[Tuple[Sentence, Sentence]]:
    """(taken out, put in) for a ban "A不得B" said again as "禁止…B…A", the one sentence put in that opens on 禁止 and holds
    both: "畜禽标识不得重复使用" → "禁止伪造、变造或者重复使用畜禽标识" (畜牧法 第四十五条: "不再规定" of a ban the new text
    widens, wrong in reading 801)."""
    out = []
    for r in removed:
        m = _THING_NOT_TO_BE.match(r.text.rstrip("。；"))
        if m is None:
            continue
        found = [a for a in added if a.text.startswith("禁止") and m.group(1) in a.text and m.group(2) in a.text]
        if len(found) == 1:
            out.append((r, found[0]))
    return out


def _spanning(first: Sentence, last: Sentence, text: str) -> Sentence:
    """One sentence of ``text`` from ``first``'s start to ``last``'s end, said as one."""
    return Sentence(text[first.start:last.end], first.start, last.end, first.key + last.key)


def _with_its_items(said: Sequence[Sentence], text: str) -> List[Sentence]:
    """Sentences said whole, each list header said anew joined to the new items said whole right after it: "新增规定：
    “下列民事案件，由人民法院专属管辖：”" alone says nothing of which cases (民事诉讼法 第二百七十三条 → 第二百七十九条, useless in
    the eighty-sixth reading); with its items (一) and (二) it says the new exclusive jurisdiction whole."""
    out: List[Sentence] = []
    header = False
    for s in sorted(said, key=lambda s: s.start):
        if out and header and ITEM_LABEL.match(s.text) and text[out[-1].end:s.start].strip() in ("", "；", ";"):
            out[-1] = _spanning(out[-1], s, text)
        else:
            out.append(s)
            # (or a longer lead-in of "下列"/"以下" ending on its colon: "军队文职局级以下岗位职务层级对应的最低文员等级是：" with its
            # six rows, not a row alone, "新增规定：“（二）军队文职局级副职：二级文员”", useless in reading 1014: 文职人员条例
            # 第十四条)
            header = _header(s) or len(s.text) <= LONG_LEAD_IN and _LEADS_A_LIST.search(s.text) is not None
    return out


#: Characters, at most, of a longer lead-in that opens a list on its colon, joined to its items put in after it.
LONG_LEAD_IN = 48
_LEADS_A_LIST = recache.compile(r"(?:下列|以下)[^。；]{0,30}[：:]$")


def put_in_quote(sentence: str, lexicon: Lexicon) -> str:
    """How a sentence put in is quoted ("新增规定：“…”", up to PUT_IN_QUOTE): the passes that find such a note by its
    quote make it so too."""
    return quote(sentence, lexicon, limit=PUT_IN_QUOTE)


def _quote_list(text: str, lexicon: Lexicon) -> str:
    """``quote`` of a sentence, or of a list header and its items (``_with_its_items``): the header whole, then each
    item quoted on its own, "；" between. A sentence put in is quoted up to PUT_IN_QUOTE: what is new is what the reader
    wants whole ("…协商实习单位安排与学生所学专业相匹配的岗位，明确实习实训内容和标准…" and the ban on placing students through
    labour-dispatch units were behind "……" of 职业教育法 2022 第五十条's new paragraph, partly said in recall 1482)."""
    header, *items = text.split("\n")
    if not items:
        return put_in_quote(text, lexicon)
    return header.strip() + "；".join(quote(item.strip().rstrip("；;。"), lexicon) for item in items if item.strip())


#: Characters, at most, of a sentence put in quoted whole or as its phrases.
PUT_IN_QUOTE = 2 * QUOTE
#: Characters, at most, of a graver case quoted whole after the sentence it follows.
GRAVER_CASE = 40
_GRAVER_AFTER = recache.compile(f"；(?={_GRAVER})")


def _with_a_graver_case(text: str, lexicon: Lexicon, quoted) -> str:
    """``quoted`` of a sentence said whole; one joined to its graver case (_with_their_exceptions) quotes the case whole
    after it when short (GRAVER_CASE): the sentence cut to its phrases would cut it ("…责令停止违法行为……责令关闭")."""
    parts = _GRAVER_AFTER.split(text)
    if len(parts) != 2 or len(parts[1]) > GRAVER_CASE:
        return quoted(text, lexicon)
    return f"{quoted(parts[0], lexicon)}；{parts[1]}"


def _with_their_exceptions(said: Sequence[Sentence], text: str) -> List[Sentence]:
    """Sentences said whole, each exception of the other law ("法律、行政法规另有规定的，从其规定") joined to the sentence said
    whole just before it ("；" between): "新增规定：“法律、行政法规另有规定的，从其规定”" alone qualifies nothing (上海市优化营商
    环境条例 第三十一条, useless in the thirty-fourth reading), and so is "法律、行政法规另有规定的除外" (海洋环境保护法
    第五十六条, useless in the forty-eighth); and so each graver case (_AGGRAVATED)."""
    out: List[Sentence] = []
    for s in sorted(said, key=lambda s: s.start):
        if out and (_EXCEPTION_TAIL.match(s.text) or _AGGRAVATED.match(s.text)) \
                and text[out[-1].end:s.start].strip() in ("；", ";"):
            out[-1] = _spanning(out[-1], s, text)
        else:
            out.append(s)
    return out


def _place(s: Sentence, text: str) -> float:
    """Where the sentence stands in its text, as a share of its length (still_there reads there first)."""
    return s.start / max(1, len(text))


def topic(clause: Clause) -> str:
    """What a provision governs, in its own words: its heading, else its opening phrases
    (at least ten characters, so "公司成立后" is not all it says)."""
    if clause.heading:
        return clause.heading
    return text_topic(clause.text)


@lru_cache(maxsize=4096)  # (a text said many times is read once)
def text_topic(text: str) -> str:
    first = re.split(r"[。；：\n]", text.strip(), 1)[0]
    if len(first) <= 40:  # "公司发行的股票，可以为记名股票，也可以为无记名股票" whole
        return first
    phrases = first.split("，")
    for k in range(len(phrases) - 1, 0, -1):
        if _CITED_ON.match(phrases[k]) and phrases[k - 1].endswith(("条", "款", "项")):
            # (a list of provisions cited, parted by marks, is one phrase: "本法第四十四条，第四十七条至第四十九条，第五十条
            # 第一款、第四款和第五十一条规定的处理、处罚", not "本法第四十四条，第四十七条至第四十九条" cut before what they
            # provide (农产品质量安全法 2018 第五十二条, useless in reading 1847))
            phrases[k - 1:k + 1] = [phrases[k - 1] + "，" + phrases[k]]
    while len(phrases) > 1 and _UNLESS.match(phrases[0]):
        # (an exception or a permission first says under what the rule is not: the rule is the topic, "任何人不准上下交通
        # 工具，不准装卸行李、货物、邮包等物品", not "除引航员外，未经国境卫生检疫机关许可" (国境卫生检疫法 第七条, useless
        # in reading 1480))
        phrases = phrases[1:]
    out = phrases[0]
    if len(out) > TOPIC_LONGEST and out.startswith("凡"):
        # (a condition on every case too long to quote whole, "凡具有特殊地理条件、生态系统、生物与非生物资源及海洋开发利用特殊
        # 需要的区域": the phrase that says what may or must be done in them, "可以建立海洋特别保护区", not the condition cut
        # mid-word; 海洋环境保护法 第二十三条, useless in the seventy-ninth reading. An opening that names who or what the rule is
        # about stays the topic: "专利复审委员会由…组成", "县级以上各级人民政府体育行政部门对…经营活动")
        ruling = next((p for p in phrases[1:] if len(p) <= TOPIC_LONGEST and _RULES.search(p)), None)
        if ruling:
            return ruling
    if len(out) > TOPIC_LONGEST and out.count("、") >= _LIST_OF_WHO and out.endswith(_BODIES) and len(phrases) > 1:
        # (an opening that is only a long list of who acts, "机关、团体、企业事业单位和乡、民族乡、镇的人民政府以及街道办事处": what
        # they do, after how they are told to, is what the provision governs, "对本单位和本地区的应征公民，进行体格目测…" (征兵工作
        # 条例 第十三条, "删除原第十三条（关于“机关、团体…以及街道…”的规定）" useless in reading 1018))
        # (the phrase of its duty, else its first that says neither how they are told nor about whom: "进行体格目测、病史调查
        # 和政治、文化初步审查", not "对本单位和本地区的应征公民")
        # (or the first of whom what is done to and what: "对体格检查合格的应征公民认真进行政治审查", not "重点查清他们的现实表现"
        # after it, 征兵工作条例 第二十一条, the list ending in "公安派出所": useless in the English reading 1441)
        rest = [p for p in phrases[1:] if not _MANNER.match(p)]
        out = next((p for p in rest if _RULES.search(p)), None) or next(
            (p for p in rest if "进行" in p), None) or next((p for p in rest if not p.startswith("对")), None) or phrases[1]
        return out if len(out) <= TOPIC_LONGEST else _topic_cut(out)
    if len(phrases) > 1 and _ANY_BREACH.search(out):
        # (an opening that names who breaks the law, no more, "军队医疗机构、药品供应保障机构违反药品管理法和本办法": what follows
        # it is what the provision governs, "给药品使用者造成损害的，依法承担赔偿责任" (药品管理法办法 第三十二条, "删除原第三十二条
        # （关于“…违反药品管理法和本办法”的规定）" useless in reading 541))
        rest = "，".join(phrases[1:])
        return rest if len(rest) <= TOPIC_LONGEST else _topic_cut(rest)
    if _CONDUCT_LISTED.match(out) and _ITEMS_AFTER.search(text):
        # (a penalty of conduct listed in items: the first of them, "在商用密码产品的科研、生产过程中违反安全、保密规定的…",
        # not the opening cut before the sanction, "有下列行为之一的，由国家密码管理机构根据不同情况分别会同…" (商用密码管理条例
        # 1999 第二十一条, useless in reading 1743))
        item = ITEM_LABEL.sub("", _ITEMS_AFTER.search(text).group(1)).rstrip("；;。")
        return item if len(item) <= TOPIC_LONGEST else _topic_cut(item)
    if len(out) > TOPIC_LONGEST and out.endswith("的") and not _RULES.search(out) and len(phrases) > 1 \
            and _RULES.match(phrases[1]):
        # (a long case the rule is for, what may or must then be done after it: the rule with the case's opening,
        # "税务机关对…可以要求其提供保证人或者…", not "税务机关对外省、自治区、直辖市来本辖区从事临时经营活动的…"
        # (发票管理办法 2019 第十八条, the case only, read as new 第十七条's rule in reading 1789))
        return _topic_cut(out + "，" + phrases[1])
    if len(phrases) > 1 and len(out) >= 10 and not _RULES.search(out) and not out.endswith("的"):
        # (a case ending in 的 is what a penalty is for: the topic itself, "公司不依照本法规定提取法定公积金的")
        ruled = _with_its_rule(out, phrases[1:])
        if ruled:
            return ruled
        joined = out + "，" + phrases[1]
        # (or what they must do once a time named first has come: "县、市征兵办公室对集中的新兵，在起运前应当进行全面观察", not
        # "…对集中的新兵" alone, 征兵工作条例 2001 第三十三条, useless in reading 1964)
        if (_RULES.match(phrases[1]) or _RULED_WHEN.match(phrases[1])) and not out.endswith("时") and (
                len(joined) <= TOPIC_RULED or "对" not in out and len(joined) <= TOPIC_RULED_CUT):
            # (who, and what they must or may do, after the mark that parts them: "县、市征兵办公室对准备批准服现役的应征
            # 公民，应当逐个进行政治复审", not the subject alone (征兵工作条例 2001 第二十二条, the quote stopping at the subject
            # in reading 1842); longer, cut in the subject, but not one of what it is done to ("…对侵害特定妇女群体利益的
            # 行为": what stays the topic))
            return joined if len(joined) <= TOPIC_RULED else _topic_cut(joined)
    if len(phrases) > 1 and _WITHOUT_LEAVE.search(out) and not _RULES.match(phrases[1]):
        # (who acts without leave, and what they then do: "境外组织或者个人未经批准，擅自使用密码产品或者含有密码技术的设备的",
        # not the condition alone, "境外组织或者个人未经批准" (商用密码管理条例 1999 第二十四条, the quote stopping before what the
        # provision punishes in the English reading 1833))
        joined = out + "，" + phrases[1]
        return joined if len(joined) <= TOPIC_LONGEST else _topic_cut(joined)
    if len(phrases) > 1 and out.endswith(_NO_OBJECT) and not _RULES.match(phrases[1]):
        # (what measures are taken is in the phrase after: "地方各级人民政府应当采取措施，维护…正常秩序", not "地方各级人民政府
        # 应当采取措施" alone (矿产资源法 2009 第十九条, the quote stopping before the rule in the English reading 1810))
        return out + "，" + _ends_of(phrases[1])
    for p in phrases[1:]:
        if len(out) >= 10:
            break
        if _UNLESS.match(p) or _EXCEPT_OWN.match(p):
            continue  # (an exception inside says nothing of what is ruled: "本办法规定的处罚，由总后勤部卫生部…", not "本办法
            # 规定的处罚，除本办法另有规定的外" (药品管理法办法 2004 第三十五条, useless in reading 1740))
        out += "，" + p
    if len(out) <= TOPIC_RULED_CUT and _A_FINE_SET.search(out):
        # (a sanction and the fine it sets, whole: "由有关主管部门对直接负责的主管人员和其他直接责任人员处以三万元以上三十万元以下的罚款",
        # not cut at "…处以…" before the sum, what the article set (公司法 2018 第二百零二条, what is left of it once its case
        # moved to 2023 第二百五十四条: wrong in reading 1940))
        return out
    return out if len(out) <= TOPIC_LONGEST else _topic_cut(out)


#: A fine of a sum set, at a phrase's end ("处以三万元以上三十万元以下的罚款").
_A_FINE_SET = recache.compile(r"处(?:以)?[^，。；]*?元[^，。；]*罚款$")
#: An opening phrase that says only when the rule does not bind: an exception, a permission that lifts it.
_UNLESS = recache.compile(r"^(?:除[^，]{1,20}外|未经[^，]{1,30}?(?:许可|批准|同意|准许))$")
#: An opening phrase that ends on a leave not obtained, what is done without it in the phrase after ("…未经批准").
_WITHOUT_LEAVE = recache.compile(r"未经[^，]{0,30}?(?:许可|批准|同意|准许|授权)$")
#: A phrase that goes on with a list of provisions cited ("第四十七条至第四十九条").
_CITED_ON = recache.compile(r"^第[零〇一二三四五六七八九十百千]+条")
#: An exception of the provision's own text ("除本办法另有规定的外").
_EXCEPT_OWN = recache.compile(r"^除[^，]{1,20}另有规定(?:的)?外$")
#: An opening that lists conduct in items after it ("有下列行为之一的"), and the first item after it.
_CONDUCT_LISTED = recache.compile(r"^有下列(?:行为|情形)之一的$")
_ITEMS_AFTER = recache.compile(r"[：:]\s*\n\s*([（(][一二三四五六七八九十]+[）)][^\n]+)")
#: Characters, at most, of a provision's topic quoted whole.
TOPIC_LONGEST = 30
#: Characters, at most, of a topic of who and what they must or may do quoted whole, and of one cut in its subject.
TOPIC_RULED, TOPIC_RULED_CUT = 40, 50
#: Characters, at least, of the opening a topic cut in its middle keeps, and of what precedes its rule word.
TOPIC_HEAD = 6


def _topic_cut(text: str) -> str:
    """A topic too long to quote whole, cut at a list's mark or a word's end (_cut_at_a_word: not "…冻结的财…", 反间谍法
    第三十三条, reading 1119) and before a bracket it would leave open (not "…、军分区（…", 征兵工作条例 第三十四条, reading
    1121), "…" after it. When what it must, may or must not do (_RULES) comes after a long subject, the subject is cut
    in its middle and the rule kept: "总后勤部卫生部或者有关总部…可以在军队内部聘请药品监督员", not "总后勤部卫生部或者有关
    总部、军兵种、军区后勤（联勤）机关…" (药品管理法办法 2004 第十九条, useless in reading 1740)."""
    rule = next((m for m in _RULES.finditer(text) if m.start() >= TOPIC_HEAD + 2), None)
    if rule is not None and TOPIC_LONGEST - (len(text) - rule.start()) - 1 >= TOPIC_HEAD:
        head = _cut_at_a_word(text[:rule.start()], TOPIC_LONGEST - (len(text) - rule.start()) - 1)
        if head.count("（") > head.count("）"):
            head = head[:head.rfind("（")].rstrip("，、")
        if len(head) >= TOPIC_HEAD // 2 + 1:
            return head + "…" + text[rule.start():]
    if rule is not None and text[rule.start() - 1] == "，" and text[:rule.start() - 1].endswith("的"):
        # (a rule too long to quote after a long case: who acts, before "对" when the case opens on whom it is about
        # ("税务机关", not "税务机关对外"), else the case's opening, and the rule's up to a word's end)
        whom = _BEFORE_WHOM.match(text)
        head = whom.group(1) if whom else _cut_at_a_word(text[:rule.start()], TOPIC_HEAD)
        if len(head) >= TOPIC_HEAD // 2 + 1:
            return head + "…" + _cut_at_a_word(text[rule.start():], TOPIC_LONGEST - len(head) - 2) + "…"
    cut = _cut_at_a_word(text, TOPIC_LONGEST - 1)
    if cut.count("（") > cut.count("）"):
        cut = cut[:cut.rfind("（")].rstrip("，、")
    return cut + "…"


def _with_its_rule(out: str, rest: Sequence[str]) -> str:
    """An opening that rules nothing said with what rules it (or ""): a thing and who decides it, "本法第三十九条、第四十条、
    第四十二条规定的行政处罚，由县级以上人民政府…决定" (矿产资源法 2009 第四十五条) and "金融机构建立客户身份识别制度…的具体
    办法，由国务院反洗钱行政主管部门…制定" (反洗钱法 2006 第二十一条), not the thing alone; a time and what must then be done,
    "国境卫生检疫机关发现检疫传染病…必须立即通知当地卫生行政部门" (国境卫生检疫法 2018 第五条), not "…时" alone (the quote
    stopping before the rule in readings 1807 and 1809, and in the English reading 1810)."""
    if rest[0].startswith("由") and len(rest[0]) > 2:
        by = _ASIDE.sub("", rest[0])  # (not "由中国人民解放军总后勤部（以下…负责")
        if len(by) > TOPIC_LONGEST * 2 // 3:  # who, and what they do with it: "由国务院反洗钱行政主管部门…制定"
            by = _cut_at_a_word(by, TOPIC_LONGEST // 2) + "…" + (by[-2:] if by.endswith(_DECIDES) else "")
        head = out if len(out) + len(by) < TOPIC_LONGEST + TOPIC_LONGEST // 2 else _ends_of(out)
        return head + "，" + by
    if out.endswith("时") and not out.endswith("同时"):
        for k, p in enumerate(rest):
            if _UNLESS.match(p) or _EXCEPT_OWN.match(p):
                continue
            room = TOPIC_LONGEST - len(p) - 1  # (for the time's opening: the rule quoted whole, else the time alone)
            if not _RULES.match(p) or room < TOPIC_HEAD:
                return ""
            joined = out + ("，" if k == 0 else "…") + p
            return joined if len(joined) <= TOPIC_LONGEST else _cut_at_a_word(out, room) + "…" + p
    return ""


def _ends_of(phrase: str) -> str:
    """A phrase too long to quote whole, said by its opening and its head noun (after its last 的): "金融机构建立客户身份识别
    制度…的具体办法", "维护…正常秩序"."""
    if len(phrase) <= TOPIC_LONGEST // 2 + 2:
        return phrase
    from .words import bounds

    last = phrase.rfind("的")
    if 0 < last and len(phrase) - last <= TOPIC_HEAD + 1:
        tail = phrase[last:]
    else:  # (its last word or two: "…依法划定后", not "…法划定后")
        tail = phrase[bounds(phrase).left(len(phrase) - TOPIC_HEAD // 2 - 1):]
    return _cut_at_a_word(phrase[:-len(tail)], TOPIC_LONGEST // 2) + "…" + tail


#: A bracketed aside ("（以下简称总后勤部）").
_ASIDE = recache.compile(r"（[^（）]*）")
#: What a "由…" phrase ends with when it says what its body does with the thing: kept after the body's name is cut.
_DECIDES = ("决定", "制定", "规定", "负责", "办理", "执行", "批准", "审批", "确定", "解决", "公告", "处理", "组织实施")
#: What a phrase ends with when what it does is said in the phrase after.
_NO_OBJECT = ("采取措施", "采取必要措施", "采取有效措施")

#: Who acts, before the "对" that opens whom a rule is about.
_BEFORE_WHOM = recache.compile(r"^([\u4e00-\u9fff]{2,8}?)对")
#: Marks "、", at least, of an opening phrase that lists who acts.
_LIST_OF_WHO = 3
#: What opens a phrase that says by what a thing is done, not what.
_MANNER = recache.compile(r"^(?:应当|可以)?(?:按照|根据|依照|依据)")
#: What the last of a list of who acts ends with.
_BODIES = ("机关", "团体", "单位", "部门", "政府", "办事处", "委员会", "组织", "企业", "机构", "派出所")
#: The words of a phrase that rules: what may, must or must not be done.
_RULES = recache.compile(r"应当|可以|不得|必须|禁止|负责")
#: A phrase that names when, then what must or may be done: "在起运前应当进行全面观察".
_RULED_WHEN = recache.compile(r"^在[^，]{1,12}?(?:前|后|时|中)(?:应当|可以|不得|必须)")
#: An opening phrase that only says the law is broken ("…违反药品管理法和本办法", "违反本法规定").
_ANY_BREACH = recache.compile(r"违反[^，]{0,12}?(?:本法|本条例|本办法|本规定|本细则)(?:[^，]{0,6}规定)?$")


#: (pattern, replacement, a character every match holds)
_BOUNDS = [(recache.compile(r"(?:不得|不)(?:少于|低于)([^，。；、]{1,8}?[人名个家日年月元倍])"), r"\1以上", "不"),
           (recache.compile(r"(?:不得|不)(?:超过|多于|高于)([^，。；、]{1,8}?[人名个家日年月元倍])"), r"\1以下", "不"),
           (recache.compile(r"为(?=[零一二两三四五六七八九十百千\d])"), "", "为")]


@lru_cache(maxsize=8192)
def canonical(text: str) -> str:
    """The text with bounds in one form: "不得少于三人" and "为三人以上" both read "三人以上"."""
    for pattern, repl, key in _BOUNDS:
        if key in text:
            text = pattern.sub(repl, text)
    return recache.compile(r"[\s，、：“”《》（）()。；]").sub("", text)


#: A sentence that only gives criminal liability.
_CRIMINAL_ONLY = recache.compile(r"^(?:构成犯罪的|涉嫌犯罪的)，依法追究刑事责任[：。；]?$")


#: Telling words, at least, of an old sentence that the sentence put in right after its new form says and that new form does
#: not, for the two new sentences to be the old one split.
SPLIT_REST = 4
#: ... and the share of the put-in sentence's own telling words they make, at least.
SPLIT_REST_SHARE = 0.4


def _rest_said_next(old: Sentence, new: Sentence, added: Sequence[Sentence], removed: Sequence[Sentence],
                    new_text: str):
    """The sentence put in right after ``new`` (only "。" or "；" between) that says the rest of ``old``, which is rewritten
    as ``new``: SPLIT_REST telling words or more of ``old`` that ``new`` does not hold, SPLIT_REST_SHARE of its own, no
    other sentence taken out sharing as many with it. "加大人才引进力度，…针对人才落户、住房、子女教育等给予服务保障，优先
    推荐评定“景贤人才”等重点人才项目" → "加大工业互联网产业人才引进力度，优先为…办理人才引进、工作居住证等事项。积极推荐评定景贤
    人才，为其在子女教育、医疗健康、住房保障等方面给予重点支持" (石景山 第十一条 → 第十条: "新增规定" of the second was wrong in
    reading 1668: the talent scheme and the housing and schooling support were there before). None else."""
    after = next((s for s in added if s.start >= new.end), None)
    if after is None or new_text[new.end:after.start].strip(" ") not in ("。", "；"):
        return None
    theirs = _telling_words(after.text)
    shared = (_telling_words(old.text) - _telling_words(new.text)) & theirs
    if len(shared) < SPLIT_REST or len(shared) < SPLIT_REST_SHARE * len(theirs):
        return None
    if any(o is not old and len(_telling_words(o.text) & theirs) >= len(shared) for o in removed):
        return None
    return after


def merged(olds: Sequence[Sentence], new: Sentence, lexicon: Lexicon) -> Note:
    """改写：“old”“old”合并为“new”: several sentences said in one. The same sentence twice (two articles
    merged, each with "有前款行为，尚不构成犯罪的…": 会计法 第四十三、四十四条 → 第四十一条) is quoted once, counted."""
    qs = list(dict.fromkeys(quote(o.text, lexicon, other=new.text) for o in olds))
    qn = quote(new.text, lexicon, limit=2 * QUOTE)  # (what several said, in one: 公司法 第九十九条 whole)
    if len(qs) == 1:
        n = len(olds)
        return Note(Finding(FindingKind.WORDING_CHANGED, qs[0], qn, f"改写：“{qs[0]}”改为“{qn}”（共{n}处）",
                            f"rewritten: “{qs[0]}” → “{qn}” ({n} places)"), (olds[0].text, new.text))
    zh, en = "".join(f"“{q}”" for q in qs), ", ".join(f"“{q}”" for q in qs)
    return Note(Finding(FindingKind.WORDING_CHANGED, "；".join(qs), qn, f"改写：{zh}合并为“{qn}”",
                        f"rewritten: {en} merged into “{qn}”"), ("；".join(o.text for o in olds), new.text))


def _regrouped(olds: Sequence[Sentence], news: Sequence[Sentence], lexicon: Lexicon) -> Note:
    """改写：“item”“item”重新分项为“item”“item”…: items of a list cut up and grouped anew (counterparts._items_regrouped)."""
    return _lists_rewritten(olds, news, lexicon, REGROUPED_QUOTE, REGROUPED, "items {} regrouped as {}")


def _lists_rewritten(olds: Sequence[Sentence], news: Sequence[Sentence], lexicon: Lexicon, limit: int, zh: str,
                     en: str) -> Note:
    """改写：“old”“old”<zh>“new”“new”: several sentences (or items) said as several others, each quoted (``limit``)."""
    qo = [quote(o.text, lexicon, limit=limit) for o in olds]
    qn = [quote(n.text, lexicon, limit=limit) for n in news]
    zh_o, zh_n = "".join(f"“{q}”" for q in qo), "".join(f"“{q}”" for q in qn)
    return Note(Finding(FindingKind.WORDING_CHANGED, "；".join(qo), "；".join(qn), f"改写：{zh_o}{zh}{zh_n}",
                        "rewritten: " + en.format(", ".join(f"“{q}”" for q in qo), ", ".join(f"“{q}”" for q in qn))),
                ("；".join(o.text for o in olds), "；".join(n.text for n in news)))


#: A rule applied by reference: "本法第四十九条关于有限责任公司经理职权的规定，适用于股份有限公司经理" (group 1 what, group 2 to
#: whom).
_APPLIED = recache.compile(r"^本法第[^，。；]{1,30}?条关于([^，。；]{2,40}?)的规定，适用于([^，。；]{2,40})$")


def _applied_now_stated(removed: Sequence[Sentence], added: Sequence[Sentence]) -> List[Tuple[Sentence, Sentence]]:
    """(taken out, put in) for a rule applied by reference (_APPLIED) taken out and a sentence put in that states it
    itself, of the same one: it names the last word of whom the rule was applied to and a word of what, beyond those
    ("…经理职权的规定，适用于股份有限公司经理" → "经理对董事会负责，根据公司章程的规定或者董事会的授权行使职权", 公司法
    第一百一十三条 → 第一百二十六条: "不再规定", wrong in reading 113)."""
    out = []
    for r in removed:
        m = _APPLIED.match(r.text)
        if m is None:
            continue
        whom = _telling_words(m.group(2))
        what = _telling_words(m.group(1)) - whom
        last = max((w for w in whom if m.group(2).endswith(w)), key=len, default=None)
        found = [a for a in added if last and last in a.text and any(w in a.text for w in what)]
        if len(found) == 1:
            out.append((r, found[0]))
    return out


#: A provision rewritten whole: at most this many sentences on either side, sharing at least WHOLE_SHARED telling words and
#: WHOLE_SHARE of the fewer side's.
WHOLE_SENTENCES, WHOLE_SHARED, WHOLE_SHARE = 3, 3, 0.5


def _rewritten_whole(removed: Sequence[Sentence], added: Sequence[Sentence], old_text: str, new_text: str) -> bool:
    """Every sentence of the old provision taken out and every one of the new put in, few on both sides, about the same
    things (their telling words shared)."""
    if not removed or not added or len(removed) > WHOLE_SENTENCES or len(added) > WHOLE_SENTENCES:
        return False
    if len(sentences(old_text)) != len(removed) or len(sentences(new_text)) != len(added):
        return False
    old_words = _telling_words("".join(r.text for r in removed))
    new_words = _telling_words("".join(a.text for a in added))
    shared = len(old_words & new_words)
    return shared >= WHOLE_SHARED and shared >= WHOLE_SHARE * min(len(old_words), len(new_words))


def _whole_rewrite(olds: Sequence[Sentence], news: Sequence[Sentence], lexicon: Lexicon) -> Note:
    """改写：“old”“old”改为“new”“new”: a provision rewritten whole."""
    return _lists_rewritten(olds, news, lexicon, QUOTE, "改为", "{} → {}")


#: Characters, at most, each item of a regrouped list is quoted to; the words between the old items and the new.
REGROUPED_QUOTE, REGROUPED = 48, "重新分项为"
_CITED_NUMBER = recache.compile(r"第[零〇一二三四五六七八九十百千两\d]+")
#: Quotes of a rewrite this alike (0–100) say nothing of it when the sentences are less alike than this.
QUOTES_ALIKE = 90


#: The boilerplate a penalty opens with: "违反本法规定，", "违反本条例的规定，", after an item's label.
BREACH = recache.compile(r"^(?:（[一二三四五六七八九十]+）)?违反本\w{1,3}(?:有关)?(?:的)?规定，")


def _rewritten(old: Sentence, new: Sentence, lexicon: Lexicon, whole: Tuple[str, str] = ("", "")) -> Note:
    """改写：“old”改为“new”, each quoted to the phrases that carry it; when the two quotes would read the same
    (the opening both share and what fits after it: 专利法实施细则 第五十七条 → 第六十三条, the twenty-third
    reading), the new one from the phrases it does not share. ``whole``: the old and new provisions' texts."""
    kept = _kept_within(old.text, new.text)
    if kept is None:
        kept = _one_phrase_replaced(old.text, new.text)
    if kept is not None:
        return kept
    qo = quote(old.text, lexicon, other=new.text, elsewhere=whole[1])
    qn = quote(new.text, lexicon, other=old.text, elsewhere=whole[0], news=True)
    opening = _opening(old.text)
    if len(opening) >= SHARED_OPENING and opening == _opening(new.text) and qo.startswith(opening) \
            and qn.startswith(opening) and opening + "……" in (qo, qn):
        # (one quote nothing but the opening both share, cut there: the quotes from what changed, "“……扩大代表对本级人民代表
        # 大会常务委员会活动的参与”改为“……建立健全…工作机制，扩大代表对立法、监督等各项工作的参与”", not the shared opening
        # twice and "……" where the words changed, 代表法 第三十六条 → 第四十四条, useless in reading 457)
        qo = quote(old.text, lexicon, other=new.text, opening=False, elsewhere=whole[1])
        qn = quote(new.text, lexicon, other=old.text, opening=False, elsewhere=whole[0], news=True)
    elif old.text != new.text and (qo.rstrip("…") == qn.rstrip("…") or (
            similarity(qo, qn) >= QUOTES_ALIKE > similarity(old.text, new.text)) or (
            len(opening) >= SHARED_OPENING and opening != _opening(new.text) and qo.startswith(opening)
            and qn.startswith(_opening(new.text)) and _CITED_NUMBER.sub("第#", opening) == _CITED_NUMBER.sub(
                "第#", _opening(new.text)))):
        # (alike but for a renumbered citation: 专利法实施细则 第七十八条 → 第九十四条's "…专利法第十六条…" → "…第十五条…",
        # its consequence, what changed, left out; and the two quotes opening on the same condition but for the number it
        # cites, when the old quote takes in more of what it loses: the new one from what changed)
        qn = quote(new.text, lexicon, other=old.text, opening=False, elsewhere=whole[0], news=True)
    elif "…" in qn:
        # (the new sentence cut short after an opening the old one said too, leaving out what it adds: "对机关、事业单位在
        # 公务消费…采取必要的限制措施……" without "对大型企业在…予以限制", 保障中小企业款项支付条例 第十九条 → 第二十六条)
        # (or one that shows a few words the old one said otherwise where the rest shows several times more: "开采矿产资源，
        # 应当采取合理的开采顺序、开采方法……" hid "并采取有效措施确保…达到有关国家标准的要求", 矿产资源法 第二十九条 → 第三十九条,
        # useless in reading 757)
        without = quote(new.text, lexicon, other=old.text, opening=False, elsewhere=whole[0], news=True)
        shown, shown_without = _new_shown(qn, old.text), _new_shown(without, old.text)
        if shown < NEW_SHOWN <= shown_without or shown_without >= SHOWN_MORE * max(shown, 1):
            qn = without
            # (and a new sentence of at most twice the limit whose opening left out is the old one's, nearly word for word,
            # is quoted whole: "……对大型企业在…予以限制" alone read as the restraints on 机关、事业单位 replaced, which the
            # new sentence keeps before it, 保障中小企业款项支付条例 第十九条 → 第二十六条, wrong in reading 1323)
            # (not a condition both say, "被授予专利权的单位未与发明人…的", 专利法实施细则 第七十八条 → 第九十四条: what changed is
            # what follows it)
            at = new.text.find(without.lstrip("…")[:8]) if without.startswith("…") else -1
            lead = new.text[:at].strip("，") if at > 0 else ""
            if lead and not lead.endswith("的") and len(new.text) <= 2 * QUOTE and _nearly_held(lead, old.text):
                qn = new.text
    elif "…" in qo:
        # (and the old one cut short before what it loses: "文职人员的考核工作，由用人单位或者其上级单位组织实施……" without
        # "一般按照个人述职、民主测评…的程序进行", 文职人员条例 第二十七条 → 第三十条, the procedure taken out hidden by the quote)
        without = quote(old.text, lexicon, other=new.text, opening=False, elsewhere=whole[1])
        if _new_shown(qo, new.text) < NEW_SHOWN <= _new_shown(without, new.text):
            qo = without
    subject = _shared_subject(new, whole[1], old, whole[0])
    if subject and subject not in qo and not qn.startswith(subject):
        qn = f"{subject}……{qn}"
    tail = _tail_kept_apart(old.text, new.text, whole[1])
    if tail and qo.endswith(tail) and len(qo) > len(tail):
        qo = qo[:-len(tail)].rstrip("，")
    return Note(Finding(FindingKind.WORDING_CHANGED, qo, qn, f"改写：“{qo}”改为“{qn}”", f"rewritten: “{qo}” → “{qn}”"),
                (old.text, new.text))


#: Characters, at least, of an old sentence's last clause that the new provision keeps word for word as a sentence of its
#: own, for a rewrite's old quote to leave it out.
KEPT_TAIL = 6


def _tail_kept_apart(old: str, new: str, new_whole: str) -> str:
    """The old sentence's last clause (after its last "，") when the new provision keeps it word for word as a sentence
    of its own, outside the new sentence the old one is rewritten into: "机关、单位应当加强对涉密信息系统的管理，任何组织和
    个人不得有下列行为：" → "机关、单位应当加强对信息系统、信息设备的保密管理，…风险隐患。任何组织和个人不得有下列行为："
    (保守国家秘密法 第二十四条 → 第三十一条) rewrites the duty only; quoted with the lead-in, the note read as the ban's
    lead-in replaced, wrong in reading 1664. Else ""."""
    cut = old.rfind("，")
    tail = old[cut + 1:] if cut > 0 else ""
    if len(tail.rstrip("：；。")) < KEPT_TAIL or tail in new:
        return ""
    at = new_whole.find(tail)
    return tail if at == 0 or (at > 0 and new_whole[at - 1] in "。；：\n") else ""


#: Characters, at least, of an opening phrase both sentences of a rewrite share for their quotes to leave it out.
SHARED_OPENING = 10


def _opening(text: str) -> str:
    """The sentence's first phrase (to its first "，" or "：")."""
    return _OPENING.split(text, 1)[0]


#: What opens a duty after the body it binds ("各级人民政府及其有关部门应当…"); the body, at most this many characters.
_DUTY_OPENS = recache.compile(r"应当|可以|必须|负责|不得")
SUBJECT_AT_MOST = 20


def _shared_subject(s: Sentence, text: str, other: Sentence, other_text: str) -> str:
    """The body a clause after "；" shares with the first clause of its sentence, when the sentence it replaces opened on its
    own: "各级人民政府及其有关部门" of "各级人民政府及其有关部门应当加强…；鼓励…；按照职责分工依法公开海洋环境相关信息", which replaced
    "环境保护行政主管部门、海洋行政主管部门和其他…部门，根据职责分工依法公开海洋环境相关信息" (海洋环境保护法 第六条 → 第八条:
    the new quote without it hid who now has the duty, useless in reading 221). "" otherwise."""
    if text[s.start:s.end] != s.text or other_text[other.start:other.end] != other.text:
        return ""
    end, other_end = _end_before(text, s.start), _end_before(other_text, other.start)
    if text[end - 1:end] != "；" or other_text[other_end - 1:other_end] not in ("", "。", "！", "？"):
        return ""
    opening = max(text.rfind("。", 0, end), text.rfind("\n", 0, end)) + 1
    m = _DUTY_OPENS.search(text, opening, s.start)
    subject = text[opening:m.start()].strip() if m else ""
    return subject if 0 < len(subject) <= SUBJECT_AT_MOST and not any(c in subject for c in "，；：") else ""


def _end_before(text: str, at: int) -> int:
    """Where the text before ``at`` ends, spaces and line ends after it left out: ``len(text[:at].rstrip())``, read back
    from ``at`` rather than on a copy of all before it (a long provision's sentences each ask)."""
    while at and text[at - 1].isspace():
        at -= 1
    return at


def _kept_within(old: str, new: str) -> Optional[Note]:
    """The old sentence said word for word inside the new one (KEPT_WITHIN characters at least), words put in before
    and after it: those words put in, not "改写" (保障中小企业款项支付条例 第八条 → 第九条: "应当按照行业规范…及时支付款项" kept
    whole inside "合同另有约定的，从其约定，但应当按照…及时支付款项，不得约定以收到第三方付款…": "改写…改为…" read as the duty
    replaced, wrong in the fifty-sixth reading). None otherwise."""
    at = new.find(old) if len(old) >= KEPT_WITHIN else -1
    if at < 0 or old == new:
        return None
    put = [p.strip("，；：、 ") for p in (new[:at], new[at + len(old):])]
    put = [_phrase_clip(p) for p in put if p]
    if not put:
        return None
    zh = "；".join(f"新增“{p}”" for p in put)
    en = "; ".join(f"added “{p}”" for p in put)
    return Note(Finding(FindingKind.WORDING_CHANGED, old, "；".join(put), f"表述修改：{zh}", f"wording changed: {en}"),
                (old, new))


def _one_phrase_replaced(old: str, new: str) -> Optional[Note]:
    """The two sentences the same before and after one phrase (KEPT_WITHIN characters at least, the phrase widened to whole
    words and holding no punctuation between phrases): that phrase replaced, not the sentence rewritten ("县级以上地方人民政府
    负责本行政区域内机关、事业单位和大型企业及时支付中小企业款项的管理工作" → "…保障中小企业款项支付的管理工作", 保障中小企业
    款项支付条例 第四条 → 第五条, quoted whole twice: useless in the ninety-third reading). None otherwise."""
    before = common_prefix(old, new)
    after = common_prefix(old[before:][::-1], new[before:][::-1])
    if before + after < KEPT_WITHIN or len(old) - after - before < 2 or len(new) - after - before < 2:
        return None
    o, n = widen(old, new, (before, len(old) - after), (before, len(new) - after), before, after)
    a, b = old[o[0]:o[1]], new[n[0]:n[1]]
    if any(ch in a + b for ch in "，；。：\n"):
        return None  # (one phrase: a list of words in it, "机关、事业单位和大型企业", is one)
    return Note(Finding(FindingKind.WORDING_CHANGED, a, b, f"表述修改：“{a}”改为“{b}”", f"wording changed: “{a}” → “{b}”"),
                (old, new))


#: Characters, at least, of an old sentence kept word for word inside its new form for the note to say what was put in
#: (a shorter one, "国家鼓励开展对外体育交往", reads best with its new form: "改写…改为…").
KEPT_WITHIN = 20
#: Characters, at least, of words the old sentence did not say that a rewrite's new quote shows; one that shows fewer
#: leaves out its opening when the quote without it shows as many.
NEW_SHOWN = 12


#: How many times more new words a quote without the opening both sentences share shows, for it to be the quote.
SHOWN_MORE = 3


def _new_shown(quoted: str, other: str) -> int:
    """Characters of the quote's phrases the other sentence does not say (OPENING_HELD of their characters in order)."""
    return sum(len(p) for p in recache.compile(r"[，：]|…+").split(quoted)
               if p and held_in_order(p, other)[0] < OPENING_HELD * len(p))


def deleted_note(clauses: Sequence[Clause]) -> Finding:
    label = (clauses[0].label or "序言") if len(clauses) == 1 else "、".join([c.label or "序言" for c in clauses])
    what = topic(clauses[0])
    if len(clauses) == 1 and not clauses[0].label and _RECORD.fullmatch(clauses[0].text.strip()):
        # (the record of adoption before the first article, no rule: "删除原序言（关于“2007年3月21日国务院第171次常务会议通过”
        # 的规定）", its English "former Preamble deleted (it governed …)", useless in reading 509)
        return Finding(FindingKind.WORDING_CHANGED, what, None, f"删除原文件记录（“{what}”等）",
                       f"the old version's record of adoption removed (“{what}”…)")
    return Finding(FindingKind.WORDING_CHANGED, what, None, f"删除原{label}（关于“{what}”的规定）",
                   f"former {article_en(label)} deleted (it governed “{what}”)")


#: A text of nothing but lines of a record of adoption, publication and entry into force.
_RECORD = recache.compile(r"(?:[（(]?\d{4}年\d{1,2}月\d{1,2}日[^\n。]*?(?:公布|通过|修订|修正|施行|发布|根据)[^\n。]*[）)]?\s*)+")
