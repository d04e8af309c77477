"""Which new sentence says an old one that the character diff took out whole: the passes ``rewrites.rewrite_notes``
runs after its first (the nearest sentence, alike enough), each of a kind of rewrite the readings found said as
"不再规定" beside "新增规定":

- an item rewritten under its label (``_same_item``) or between the same two items kept (``_item_in_its_gap``), narrowed
  (``_narrowed``) or still said (``_item_still_said``);
- a sentence whose words a new one holds (``_most_words_held``), in the same paragraph (``_in_the_same_paragraph``),
  split in two (``_split_in_two``), or taken into a rewrite made already (``_run_into``, ``_joined_with``);
- a new sentence holding an old one in part (``_near_in_part``), its last phrase (``_phrase_taken_into``) or its
  first (``_same_first_phrase``, ``_only_put_in``);
- several "本法第X条…的规定，适用于" as one (``_applications_merged``); a 处分 short of a crime now said first
  (``_sanction_put_first``).
"""
from __future__ import annotations

import math
from typing import Dict, List, Optional, Sequence, Tuple

from .. import recache
from ..models import Finding, FindingKind
from ..structure import chinese_number
from .changes import Note
from .penalties import _IMPOSES, _conduct_of, item_for_conduct
from .sentences import Sentence, held_in_order, sentences, text_key
from .still_there import still_there
from .words import SAME_WORDS, _content_words, _longest_run, _longest_run_text


#: An item's label ("（三）"); ``match`` finds it at the start of a sentence.
ITEM_LABEL = recache.compile(r"[（(][一二三四五六七八九十\d]+[)）]")
#: Characters a sentence cut down keeps, at least, when it is no item of the same label.
NARROWED_AT_LEAST = 8


#: Words (two characters or more, none of _COMMON_WORDS) two sentences share, at least, and the share of the
#: fewer's words, to be one sentence rewritten in its paragraph.
SAME_PARAGRAPH_WORDS, SAME_PARAGRAPH_SHARE = 5, 0.45
#: Words every provision holds, no evidence of what a sentence is about.
_COMMON_WORDS = frozenset(("应当", "依法", "可以", "有关", "规定", "国家", "本市", "本法", "公司", "按照", "依照",
                           "部门", "人民政府", "不得", "或者", "以及", "进行", "相关", "工作", "另有", "从其"))


def _telling_words(text: str) -> frozenset:
    """A text's words (two characters or more) that tell what it is about: none of _COMMON_WORDS."""
    return _content_words(text) - _COMMON_WORDS


def _found_in(words, text: str) -> int:
    """How many of the words occur in the text: at least as many as its own words share with them."""
    return sum(1 for w in words if w in text)


def _in_the_same_paragraph(removed: Sequence[Sentence], added: Sequence[Sentence], old_text: str, new_text: str,
                           several: bool = False):
    """(taken out, put in) for each paragraph of a provision of as many paragraphs in both versions whose only
    sentence taken out and only sentence put in stand in the paragraph of the same number and share words
    (SAME_PARAGRAPH_WORDS and SAME_PARAGRAPH_SHARE of the fewer): "本市支持仲裁和调解机构加入“一站式”国际商事
    纠纷多元化解决平台…" → "本市建立涉外商事纠纷调解、仲裁、诉讼多元化解决一站式工作机制…" (上海市优化营商环境条例
    第六十六条 → 第八十一条, "不再规定" and "新增规定" in the twenty-fifth reading). A provision of one paragraph in both
    versions too (保守国家秘密法 第二十八条 → 第三十四条, reading 302). ``several``: instead, the paragraphs with several
    sentences taken out, the one that shares words with a sentence put in (asked last, when the other rules have said what
    they could: a sentence merged with another into the one put in is that rewrite's)."""
    # (a provision of one paragraph that gained some reads its paragraph against the first, when the two are alike: 两高
    # 危害食品安全刑事案件解释 第十八条 → 第二十二条's "…可以适用缓刑，但是应当同时宣告禁止令…" → "对于依法适用缓刑的，可以根据犯罪情况，
    # 同时宣告禁止令", a paragraph put in after it, was "不再规定" beside "新增规定", wrong in readings 333 and 334)
    gained = "\n" not in old_text and "\n" in new_text
    if not removed or not added or not old_text or (("\n" in old_text) != ("\n" in new_text) and not gained):
        return []
    same = old_text.count("\n") == new_text.count("\n")
    first_alike = not same and _first_paragraphs_alike(old_text.split("\n", 1)[0], new_text.split("\n", 1)[0])

    def by_paragraph(sentences_, text):
        out: Dict[int, list] = {}
        for s in sentences_:
            out.setdefault(text.count("\n", 0, s.start), []).append(s)
        return out

    olds, news = by_paragraph(removed, old_text), by_paragraph(added, new_text)
    between = {} if same else _between_anchors(old_text, new_text)
    pairs = []
    for k, rs in olds.items():
        j = k if same else (0 if k == 0 and first_alike else between.get(k))
        if j is None or not news.get(j) or (len(rs) > 1) != several:
            continue
        if several:
            # (of several taken out, the one that shares words with one put in when no other shares as many as a pair
            # needs: "…进行体格抽查，抽查人数一般不少于征兵人数的三分之一" → "…根据需要组织对体格检查合格的应征公民进行抽查" beside the
            # submariners' full re-examination taken out, 征兵工作条例 第十九条 → 第二十二条: "不再规定" and "新增规定" wrong in
            # reading 327)
            rs = _the_one_sharing(rs, news[j])
            if rs is None:
                continue
        r = rs[0]
        mine = _telling_words(r.text)
        # (of several put in, the one that shares more words with it than any other: "国家根据海洋功能区划制定全国海洋环境保护
        # 规划…" → "国务院生态环境主管部门会同…制定全国海洋生态环境保护规划，报国务院批准后实施", not the sentence after it on
        # the plan's fit with 国土空间规划, 海洋环境保护法 第八条 → 第十四条: "不再规定" wrong in reading 273; not when another
        # shares as many words as a pair needs: the sentence split in two, _split_in_two's, 上海 第四十八条)
        shares = sorted(((len(mine & theirs), theirs, a) for a in news[j] for theirs in [_telling_words(a.text)]),
                        key=lambda x: -x[0])
        if len(shares) > 1 and shares[1][0] >= SAME_PARAGRAPH_WORDS:
            continue
        shared, theirs, a = shares[0]
        if shared >= SAME_PARAGRAPH_WORDS and shared >= SAME_PARAGRAPH_SHARE * min(len(mine), len(theirs)):
            pairs.append((r, a))
    return pairs


#: Paragraphs this alike (0–100), at least, stand in one another's place: a provision's paragraphs kept, about those rewritten.
ANCHOR_PARAGRAPH = 60


def _between_anchors(old_text: str, new_text: str) -> Dict[int, int]:
    """Old paragraph → new paragraph, for each paragraph alone between two kept ones (ANCHOR_PARAGRAPH alike, in order; or
    the provision's start or end) whose new counterparts have one paragraph alone between them: a provision that gained or
    lost a paragraph elsewhere (征兵工作条例 2001 第十四条 → 2023 第十七条, a first paragraph moved in from 第十三条: the second,
    "…离开常住户口所在县、市1个月以上的，应当向所在基层人民武装部报告去向和联系办法…", is the new third's "…应当保持与所在地基层
    人民武装部…的联系…", "不再规定" beside "新增规定" wrong in reading 1128)."""
    from rapidfuzz.fuzz import ratio

    olds, news = old_text.split("\n"), new_text.split("\n")
    anchors, last = [(-1, -1)], -1
    for k, o in enumerate(olds):
        alike = [(ratio(o, news[j]), j) for j in range(last + 1, len(news))]
        best = max(alike, key=lambda x: (x[0], -x[1]), default=None)
        if best is not None and best[0] >= ANCHOR_PARAGRAPH:
            anchors.append((k, best[1]))
            last = best[1]
    anchors.append((len(olds), len(news)))
    return {k0 + 1: j0 + 1 for (k0, j0), (k1, j1) in zip(anchors, anchors[1:]) if k1 - k0 == 2 and j1 - j0 == 2}


def _the_one_sharing(rs: Sequence[Sentence], news: Sequence[Sentence]) -> Optional[List[Sentence]]:
    """[the one of ``rs`` that shares SAME_PARAGRAPH_WORDS or more with a sentence of ``news``], when it is the only one; else
    None."""
    theirs = [_telling_words(a.text) for a in news]
    sharing = [r for r in rs if max(len(_telling_words(r.text) & t) for t in theirs) >= SAME_PARAGRAPH_WORDS]
    return sharing if len(sharing) == 1 else None


#: Words, at least, and share of the fewer, that a paragraph replaced whole in its place shares with its replacement.
REPLACED_PARAGRAPH_WORDS, REPLACED_PARAGRAPH_SHARE = 3, 0.25


def _paragraph_replaced(removed: Sequence[Sentence], added: Sequence[Sentence], old_text: str, new_text: str):
    """(the sentences taken out, the one put in) of a paragraph every sentence of which was taken out, and the paragraph of
    one sentence put in in its place: the paragraphs after it (and before, if any) alike (PARAGRAPH_ALIKE), the two sharing
    REPLACED_PARAGRAPH_WORDS telling words and REPLACED_PARAGRAPH_SHARE of the fewer. "造成海洋环境污染损害的责任者，应当
    排除危害，并赔偿损失；完全由于第三者…" → "对污染海洋环境、破坏海洋生态，造成他人损害的，依照《中华人民共和国民法典》等法律
    的规定承担民事责任" (海洋环境保护法 第八十九条 → 第一百一十四条: the liability now by reference to the Civil Code, said
    "不再规定" twice and "新增规定" once, wrong in reading 221). Not when the new paragraph holds words a paragraph beside it
    lost: they went into it (第三十三条's "高、中水平放射性废水", banned in the first paragraph, now in the second's ban of all
    radioactive waste water, one rewrite since the ninety-third reading)."""
    from rapidfuzz.fuzz import ratio

    if not removed or not added or "\n" not in old_text or "\n" not in new_text:
        return []
    olds, news = old_text.split("\n"), new_text.split("\n")
    pairs = []
    o_at = n_at = 0
    for k in range(min(len(olds), len(news)) - 1):
        rs = [r for r in removed if o_at <= r.start < o_at + len(olds[k]) + 1]
        a_s = [a for a in added if n_at <= a.start < n_at + len(news[k]) + 1]
        o_at, n_at = o_at + len(olds[k]) + 1, n_at + len(news[k]) + 1
        if not rs or len(a_s) != 1 or len(rs) != len(sentences(olds[k])) or len(sentences(news[k])) != 1:
            continue
        if k and ratio(olds[k - 1], news[k - 1]) < PARAGRAPH_ALIKE or ratio(olds[k + 1], news[k + 1]) < PARAGRAPH_ALIKE:
            continue
        mine, theirs = _telling_words("".join(r.text for r in rs)), _telling_words(a_s[0].text)
        shared = len(mine & theirs)
        if shared >= REPLACED_PARAGRAPH_WORDS and shared >= REPLACED_PARAGRAPH_SHARE * min(len(mine), len(theirs)) \
                and not any(w in olds[j] and w not in news[j] for w in theirs
                            for j in (k - 1, k + 1) if 0 <= j):
            pairs.append((rs, a_s[0]))
    return pairs


#: How alike (0–100), at least, the first paragraphs of a provision that gained or lost paragraphs are for them to be
#: read as one.
PARAGRAPH_ALIKE = 40


def _first_paragraphs_alike(old: str, new: str) -> bool:
    """The first paragraphs of a provision that gained or lost paragraphs are one paragraph: alike (PARAGRAPH_ALIKE) and
    no list item (上海市优化营商环境条例 第二十三条 → 第二十四条: a paragraph put in third, the first
    rewritten, "不再规定" beside "新增规定" in the fifty-fifth reading). Others are not read alike: which paragraph went
    where is not told by their order (an alignment of all of them paired 海洋环境保护法 第五十七条's sentences wrongly)."""
    from rapidfuzz.fuzz import ratio

    return not ITEM_LABEL.match(old.lstrip()) and ratio(old, new) >= PARAGRAPH_ALIKE


#: A sanction for what is short of a crime ("尚不构成犯罪的，由其所在单位或者有关单位依法给予行政处分"), and one said
#: for the conduct itself, before "构成犯罪的，依法追究刑事责任".
_SHORT_OF_A_CRIME = recache.compile(r"^(?:尚)?不构成犯罪的，.*处分$")
_SANCTION_FIRST = recache.compile(
    r"的，[^，；。]*?给予(?:[^，；。]{0,6})?处分(?:；|。\n(?:违反本[^，；。\n]{1,3}规定，)?)构成犯罪的，依法追究刑事责任")


def _sanction_put_first(r: Sentence, old_text: str, new_text: str):
    """The note for a 处分 "尚不构成犯罪的" taken out, now said for the conduct itself before "构成犯罪的，依法追究刑事
    责任": "…实行打击报复，构成犯罪的，依法追究刑事责任；尚不构成犯罪的，由其所在单位或者有关单位依法给予行政处分" →
    "…实行打击报复的，依法给予处分；构成犯罪的，依法追究刑事责任" (会计法 第四十六条 → 第四十三条, 第四十七条 → 第四十四条:
    "不再规定" beside "新增“的，依法给予处分”", the twenty-seventh reading): the 处分 no longer waits for the conduct to
    fall short of a crime. Both sentences are quoted from the item (、) where they part, and account for the edits
    in them. The crime may now be said in a provision of its own, split off: "…的，依法给予处分。" and "违反本法规定，构成
    犯罪的，依法追究刑事责任。" (反垄断法 第五十四条 → 第六十六条、第六十七条: "不再规定：“尚不构成犯罪的，依法给予处分”"
    wrong in reading 707), each quoted. None when the new text says no such sanction."""
    if _SHORT_OF_A_CRIME.match(r.text) is None:
        return None
    put = _SANCTION_FIRST.search(new_text)
    if put is None:
        return None
    old_span = old_text[max(old_text.rfind(c, 0, r.start) for c in "。\n") + 1:r.end]
    new_span = new_text[max(new_text.rfind(c, 0, put.start()) for c in "。；\n") + 1:put.end()]
    same = 0
    while same < min(len(old_span), len(new_span)) and old_span[same] == new_span[same]:
        same += 1
    cut = max(old_span.rfind(c, 0, same) for c in "、，") + 1
    dots = "…" if cut else ""
    old_q, new_q = dots + old_span[cut:], dots + new_span[cut:]
    said, said_en = "”和“".join(p.rstrip("。") for p in new_q.split("\n")), "” and “".join(
        p.rstrip("。") for p in new_q.split("\n"))
    return Note(Finding(FindingKind.WORDING_CHANGED, old_q, new_q,
                        f"改写：“{old_q}”改为“{said}”（处分不再以尚不构成犯罪为前提）",
                        f"rewritten: “{old_q}” → “{said_en}” (the sanction no longer applies only short of a crime)"),
                (old_span, new_span))


SAME_ITEM_WORDS, SAME_ITEM_SHARE = 2, 0.3


def _same_item(removed: Sequence[Sentence], added: Sequence[Sentence], old_text: str, new_text: str):
    """(taken out, put in) for an item taken out and one put in under the same label, the provision's only
    item of that label in both versions, that share words (two characters or more, none of _COMMON_WORDS:
    SAME_ITEM_WORDS at least, and SAME_ITEM_SHARE of the fewer's; not "行政机关" alone, 行政复议法 第六条's (六)):
    the item rewritten where it stands ("（三）各股东所持股票的编号" → "（三）发行纸面形式的股票的，股票的编号", 公司法
    第一百三十条 → 第一百零二条; "（三）不符合本细则第一百二十一条第一款规定的" → "（三）申请文件的格式不符合规定的",
    专利法实施细则 第三十九条 → 第四十四条: each "不再规定" beside "新增规定" in the twenty-seventh reading)."""
    if not removed or not added:
        return []

    news: Dict[str, list] = {}
    for a in added:
        label = _labelled(a.text)[0]
        if label and new_text.count(label) == 1:
            news.setdefault(label, []).append(a)
    pairs = []
    as_many = len(ITEM_LABEL.findall(old_text)) == len(ITEM_LABEL.findall(new_text))  # (items in both lists)
    shift = _shift(old_text, new_text) if not as_many else 0
    # Words every item of both lists says ("不服", "行政行为" in each item of 行政复议法 第十五条 and 第二十五条) tell no
    # item from another: "（一）对…派出机关的具体行政行为不服的…" and "（一）对本部门作出的行政行为不服的" are other acts (a
    # rewrite wrong in the forty-first reading).
    every = _said_by_every_item(old_text) & _said_by_every_item(new_text)
    for r in removed:
        label, body = _labelled(r.text)
        if not label or old_text.count(label) != 1:
            continue
        if shift:  # (the list's items kept word for word all moved up or down: its place is there)
            label = _shifted(label, shift)
        if len(news.get(label, ())) != 1:
            continue
        a = news[label][0]
        its = _labelled(a.text)[1]
        mine, theirs = _telling_words(body) - every, _telling_words(its) - every
        shared = _found_in(mine, its)  # (found in its text: 符合 in "…不符合规定的", one word to jieba)
        better = _better_elsewhere(mine, shared, a, added) if as_many and not shift else None
        if better is not None:
            # (an item another put-in item says more of is rewritten there, not in place: "（四）监督和检查垃圾、废物、污水、
            # 粪便、压舱水的处理" is not "（四）法律、行政法规规定的其他卫生监督职责" for one 监督 shared, but "（三）监督固体、液体
            # 废弃物和船舶压舱水的处理", 国境卫生检疫法 第十八条 → 第三十条, wrong in reading 301)
            if all(b is not better for _, b in pairs):
                pairs.append((r, better))
            continue
        # (a list of as many items in both versions: its item rewritten in place, one word shared will do:
        # "（三）不符合本细则第一百二十一条第一款规定的" → "（三）申请文件的格式不符合规定的", 专利法实施细则 第三十九条;
        # so in a list whose kept items all moved by one shift, under its label shifted: "（四）资本、基金的增减" →
        # "（三）净资产（所有者权益）的增减", 会计法 第十条, the thirty-seventh reading)
        if as_many or shift:
            # (under its label shifted, the one item at its place on both sides: a character of substance shared will do,
            # "（三）债权债务的发生和结算" → "（二）负债的增减", 会计法 第十条, "不再规定" wrong in the thirty-eighth reading;
            # and words shared one fewer than SAME_ITEM_SHARE of the fewer's at least: 军队 alone is no rewrite of "（四）正在承担
            # 国家和军队重大任务…" as "（五）在涉及核心、重要军事秘密等特殊岗位任职…", 文职人员条例 第五十六条 → 第六十四条, wrong in
            # reading 990)
            if shared >= SAME_ITEM_SHARE * min(len(mine), len(theirs)) - 1 and (
                    shared or (shift and set(body) & set(its) - _NO_SUBSTANCE)):
                pairs.append((r, a))
        elif shared >= SAME_ITEM_WORDS and shared >= SAME_ITEM_SHARE * min(len(mine), len(theirs)):
            pairs.append((r, a))
    return pairs


def _catch_all_of_another(r: Sentence, a: Sentence, old_text: str) -> bool:
    """Whether the item put in, ``a``, is a list's catch-all ("其他…") and the old item ``r`` is not, while the old list
    has one under another label: the new catch-all is that one's new form ("（四）其他危害人体健康的物质" → "（三）其他有毒、
    有害的物质"), not ``r``'s ("（三）国务院有关部门公告禁止使用的农药、兽药以及其他有毒、有害物质", which went into the new
    （二）: 两高 危害食品安全刑事案件解释 2013 第二十条 → 2021 第九条, a false "改写" in recall 1433)."""
    (its_label, its), (label, body) = _labelled(a.text), _labelled(r.text)
    if not its_label or not label or not its.startswith("其他") or body.startswith("其他"):
        return False
    return any(m.group() != label and old_text.startswith("其他", m.end()) for m in ITEM_LABEL.finditer(old_text))


def _better_elsewhere(mine, shared: int, a, added: Sequence[Sentence]):
    """The item put in that holds most of ``mine`` (an old item's telling words), when it holds more than ``a``, the one
    under its label; else None."""
    best, most = None, shared
    for b in added:
        found = _found_in(mine, _labelled(b.text)[1]) if b is not a and _labelled(b.text)[0] else 0
        if found > most:
            best, most = b, found
    return best


def _item_widened(a: Sentence, olds: Sequence[Sentence], old_text: str, new_text: str):
    """The old item under ``a``'s label, the only one of that label in both versions, whose words (two at least) ``a``
    all holds: the item said more fully ("（二）股东的出资额" → "（二）股东认缴和实缴的出资额、出资方式和出资日期", 公司法
    第三十二条 → 第五十六条: "删除" beside "新增规定", wrong in the forty-second reading)."""
    label, body = _labelled(a.text)
    if not label or new_text.count(label) != 1 or old_text.count(label) != 1:
        return None
    for o in olds:
        mine_label, mine = _labelled(o.text)
        if mine_label == label:
            words = _telling_words(mine)
            return o if len(words) >= 2 and _found_in(words, body) == len(words) and mine not in body else None
    return None


def _conduct_now_an_item(removed: Sequence[Sentence], added: Sequence[Sentence], new_text: str):
    """(taken out, put in) for a sentence that punished a conduct ("违反本法规定，不按照许可证的规定倾倒，或者…的，由…
    处…罚款") and an item put into the provision's new list of conduct that states it ("（四）未按照倾倒许可证的规定倾倒
    废弃物的"): the conduct is now one of the list's, its fine tied to the item (海洋环境保护法 第八十五条 → 第一百零七条:
    "不再规定" beside "新增规定", wrong in the forty-first reading)."""
    items = {}
    for a in added:
        label = _labelled(a.text)[0]
        if label and new_text.count(label) == 1:
            items[label] = a
    if not items or not removed:
        return []
    acts = {label: body for s in sentences(new_text) for label, body in [_labelled(s.text)]
            if label and new_text.count(label) == 1}
    headers = [a for a in added if "下列" in a.text and not _labelled(a.text)[0]]
    pairs = []
    for r in removed:
        conduct = _conduct_of(r.text)
        if conduct == r.text or _labelled(r.text)[0] or not _IMPOSES.search(r.text[len(conduct):]):
            continue
        label = item_for_conduct(conduct, acts)
        if label in items:
            pairs.append((r, items.pop(label)))
        elif label is not None:
            # the item kept in the old words: the sentence is the new list's header, its sanctions now for every
            # item ("违反本法第四十九条的规定，使用含超标准放射性物质…的，由…处五万元以下的罚款" → "违反本法规定，工程建设项目有下列
            # 行为之一，由…处二十万元以上一百万元以下的罚款", 海洋环境保护法 第八十三条 → 第一百零四条)
            at = new_text.find(label)
            header = max((a for a in headers if a.end <= at), key=lambda a: a.start, default=None)
            if header is not None:
                headers.remove(header)
                pairs.append((r, header))
    return pairs


#: Characters (of the sentences' keys), at least, of a run two sentences share to be one rewritten; or of the runs of
#: SHARED_PIECE or more they share, together.
SHARED_RUN, SHARED_PIECE, SHARED_RUNS = 12, 6, 24
#: An item shares one run this long with the sentence it was (its conduct words stand in many sentences: one run is too
#: little below it).
SHARED_ITEM_RUN = 14


def _long_run_shared(removed: Sequence[Sentence], added: Sequence[Sentence], kept: Sequence[str] = ()):
    """(taken out, put in) for a sentence taken out and the one sentence put in that shares a run of SHARED_RUN characters
    or more with it, no other sentence taken out or put in sharing one: "…向公司登记机关报送公司登记申请书、公司章程等文件，
    申请设立登记" → "申请设立公司，应当提交设立登记申请书、公司章程等文件，提交的相关材料应当真实、合法和有效" (公司法 第二十九条
    → 第三十条: "不再规定" beside "新增规定", wrong in the forty-second reading). Not a run both open on that a sentence the
    provision keeps (``kept``, their keys) opens on too: the provision's subject ("全国人民代表大会和地方各级人民代表大会代表",
    代表法 第二条, whose 2025 text put the term of office where the deputies' powers were, now 第三条's: "改写" was wrong in
    readings 936 and 1091)."""
    if not removed or not added:
        return []

    from rapidfuzz.distance import Indel

    # (bodies' names taken out: "沿海省、自治区、直辖市人民政府" is who, not what is done; items are not looked at: a conduct's
    # words, "被申请人不履行法定职责的", stand in many sentences about other things)
    olds = ["|".join(_BODY.split(r.key)) for r in removed]
    news = ["|".join(_BODY.split(a.key)) for a in added]
    listed = [bool(_labelled(r.text)[0]) for r in removed], [bool(_labelled(a.text)[0]) for a in added]

    def shared(i: int, j: int) -> int:
        """One run of SHARED_RUN characters, or runs of SHARED_PIECE or more making SHARED_RUNS together ("水污染防治有关法律",
        "的规定加强入海河流管理", "使入海河口的水质": 海洋环境保护法 第三十一条 → 第五十条, the bodies bound changed, the forty-fourth
        reading). An item, one run of SHARED_ITEM_RUN: "…侵犯其已经依法取得的土地、矿藏…等自然资源的所有权或者使用权的，应当先
        申请行政复议" is "（二）对行政机关作出的侵犯其已经依法取得的自然资源的所有权或者使用权的决定不服" (行政复议法 第三十条 →
        第二十三条: "不再规定" beside "新增规定", wrong in the forty-ninth reading). The characters of the runs, 0 when
        too few."""
        a, b = olds[i], news[j]
        if not a or not b:
            return 0
        runs = [op.src_end - op.src_start for op in Indel.opcodes(a, b) if op.tag == "equal"
                and op.src_end - op.src_start >= SHARED_PIECE and "|" not in a[op.src_start:op.src_end]
                and not (op.src_start == op.dest_start == 0 and any(k.startswith(a[:op.src_end]) for k in kept))]
        if listed[0][i] or listed[1][j]:
            return sum(runs) if runs and max(runs) >= SHARED_ITEM_RUN else 0
        return sum(runs) if runs and (max(runs) >= SHARED_RUN or len(runs) >= 2 and sum(runs) >= SHARED_RUNS) else 0

    near = [{j: k for j in range(len(news)) if (k := shared(i, j))} for i in range(len(olds))]
    pairs = []
    for i, r in enumerate(removed):
        if len(near[i]) != 1:
            continue
        [(j, most)] = near[i].items()
        # (another sentence taken out sharing runs with it too: the one that shares SHARED_PIECE more is its old form)
        others = [hits[j] for k, hits in enumerate(near) if k != i and j in hits]
        if all(most >= k + SHARED_PIECE for k in others):
            pairs.append((r, added[j]))
    return pairs


#: A body's name, up to its kind ("国家海洋行政主管部门", "市公共信用信息服务平台").
_BODY = recache.compile(r"[^，。；、]{0,12}?(?:人民政府|主管部门|行政部门|机关|机构|服务中心|服务平台|委员会|人民法院)")


#: A sentence that leaves the rules to another body: "具体办法由国务院规定" (what, by whom); or, the body first, "省级人民政府
#: 根据…制定畜禽养殖场、养殖小区的规模标准和备案程序" (_BODY_DELEGATES: who, what).
_DELEGATION = recache.compile(r"^([^，。；]{0,24}?(?:办法|细则|规定|标准|目录|程序))，?由([^，。；]{2,60}?)(?:另行|依照本\w{1,3})?"
                              r"(?:规定|制定|制订)$")
_BODY_DELEGATES = recache.compile(r"^([^，。；]{2,30}?(?:人民政府|部门|机关|机构|委员会))[^，。；]{0,30}?(?:制定|制订)"
                                  r"([^，。；]{2,40}?(?:办法|细则|规定|标准|目录|程序))$")
#: Characters, at least, of a run the objects of two delegations share for them to leave the same rules.
DELEGATED_RUN = 4


def _delegated(text: str) -> Optional[str]:
    """What a sentence leaves to a body to lay down ("具体办法", "畜禽养殖场、养殖小区的规模标准和备案程序"), or None."""
    m = _DELEGATION.match(text)
    if m:
        return m.group(1)
    m = _BODY_DELEGATES.match(text)
    return m.group(2) if m else None


def _same_delegation(removed: Sequence[Sentence], added: Sequence[Sentence]):
    """(taken out, put in) for the one sentence of each that leaves the same rules to a body, the body changed: "具体办法
    由国务院规定" → "具体办法由国务院发展改革部门、国务院财政主管部门会同国务院生态环境主管部门制定" (海洋环境保护法 第十二条 →
    第二十一条: "不再规定" beside "新增规定", wrong in the forty-first reading); "省级人民政府…制定畜禽养殖场、养殖小区的规模标准
    和备案程序" → "畜禽养殖场的规模标准和备案管理办法，由国务院农业农村主管部门制定" (畜牧法 第三十九条: the power moved to the
    State Council's department, "新增规定" wrong in reading 464): the same object, or objects sharing a run of DELEGATED_RUN
    characters, one of each."""
    olds = [(r, o) for r in removed for o in [_delegated(r.text)] if o]
    news = [(a, o) for a in added for o in [_delegated(a.text)] if o]
    if len(olds) != 1 or len(news) != 1:
        return []
    (r, mine), (a, theirs) = olds[0], news[0]
    if mine != theirs and _longest_run(mine, theirs) < DELEGATED_RUN:
        return []
    return [(r, a)]


#: A sentence that puts bodies in charge of work: "国务院有关部门在各自职责范围内，负责相关管理工作" (the bodies, then what).
_CHARGE = recache.compile(r"^([^，。；]{2,80}?(?:部门|机关|机构|人民政府))[^。；]{0,30}?负责[^。；]{0,40}工作$")


def _same_charge(removed: Sequence[Sentence], added: Sequence[Sentence]):
    """(taken out, put in) for a sentence putting bodies in charge of work and the one sentence put in that puts bodies of
    the same government, of the same kind, in charge: "国务院有关部门在各自职责范围内，负责相关管理工作" → "国务院发展改革、财政…
    等有关部门应当按照职责分工，负责保障中小企业款项支付相关工作" (保障中小企业款项支付条例 第四条 → 第五条: "不再规定" beside
    "新增规定", wrong in the fifty-third reading)."""
    news = [(a, m.group(1)) for a in added for m in [_CHARGE.match(a.text)] if m]
    pairs = []
    for r in removed:
        m = _CHARGE.match(r.text)
        if m is None:
            continue
        body = m.group(1)
        alike = [a for a, theirs in news if theirs[:3] == body[:3] and theirs[-2:] == body[-2:]]
        if len(alike) == 1 and all(a is not alike[0] for _, a in pairs):
            pairs.append((r, alike[0]))
    return pairs


#: Share of each new item's telling words, at least, the old items taken out say; and words, at least, of each old item
#: the new items put in say: the items were regrouped.
REGROUPED_SHARE, REGROUPED_WORDS = 0.6, 3


def _items_regrouped(removed: Sequence[Sentence], added: Sequence[Sentence]):
    """(items taken out, items put in) when items of a list were cut up and grouped anew: every item put in (two at
    least) says REGROUPED_SHARE of its words from the items taken out, and every item taken out says REGROUPED_WORDS in
    them. 知识产权法庭规定 第二条: "（一）不服…作出的发明专利、实用新型专利…垄断第一审民事案件…" and "（三）…第一审行政案件…"
    became "（二）发明专利、植物新品种、集成电路布图设计权属、侵权民事和行政上诉案件", "（三）重大、复杂的实用新型专利…", "（四）
    垄断民事和行政上诉案件": two "不再规定" and three "新增规定", wrong in the fifty-third and fifty-fourth readings."""
    olds = [r for r in removed if ITEM_LABEL.match(r.text)]
    news = [a for a in added if ITEM_LABEL.match(a.text)]
    if not olds or len(news) < 2:
        return None
    said_old, said_new = "".join(r.text for r in olds), "".join(a.text for a in news)
    for a in news:
        words = _telling_words(ITEM_LABEL.sub("", a.text, count=1))
        if len(words) < 2 or _found_in(words, said_old) < REGROUPED_SHARE * len(words):
            return None
    if any(_found_in(_telling_words(ITEM_LABEL.sub("", r.text, count=1)), said_new) < REGROUPED_WORDS for r in olds):
        return None
    return olds, news


#: Characters, at least, and share of the old sentence's, of a run of words a new sentence takes from it.
TAKEN_RUN, TAKEN_SHARE = 20, 0.5


#: Characters, at least, of the end of an old sentence (and this share of it) that another new sentence says word for word.
ENDS_ANOTHER, ENDS_ANOTHER_SHARE = 6, 0.4


def _act_end(o: Sentence) -> str:
    """What the sentence ends on, its act: its key's last ENDS_ANOTHER characters and ENDS_ANOTHER_SHARE of it, or more
    ("" when the sentence is shorter)."""
    least = max(ENDS_ANOTHER, math.ceil(ENDS_ANOTHER_SHARE * len(o.key)))
    return o.key[-least:] if len(o.key) >= least else ""


def _said_by_another(end: str, a: Sentence, new_text: str) -> bool:
    """A sentence of the new text other than ``a`` says ``end`` word for word."""
    return any(s.start != a.start and end in s.key for s in sentences(new_text))


def _ends_another(o: Sentence, a: Sentence, new_text: str) -> bool:
    """What the old sentence ends on, its act (_act_end), another sentence of the new text says word for word and ``a``
    does not: the old one went there, not into ``a`` ("涉密人员离岗离职实行脱密期管理" is 保守国家秘密法 2024 第四十六条's "机关、
    单位应当…，实行脱密期管理", not its "涉密人员严重违反离岗离职及脱密期国家保密规定的，机关、单位应当及时报告…": "改写" into
    that one was wrong in reading 1129)."""
    end = _act_end(o) if new_text else ""
    return bool(end) and end not in a.key and _said_by_another(end, a, new_text)


def _end_taken_into(a: Sentence, olds: Sequence[Sentence], new_text: str):
    """The one old sentence whose end, its act (_act_end), a new sentence said put in ends on word for word, when no other
    sentence of the new text says it: its new form (保守国家秘密法 第三十八条 → 第四十六条, "涉密人员离岗离职实行脱密期管理" →
    "机关、单位应当开展保密教育提醒，清退国家秘密载体，实行脱密期管理")."""
    ends = [(o, end) for o in olds for end in [_act_end(o)] if end and a.key.endswith(end)]
    if len(ends) != 1:
        return None
    o, end = ends[0]
    return None if _said_by_another(end, a, new_text) else o


def _run_taken_into(a: Sentence, olds: Sequence[Sentence], old_text: str, new_text: str):
    """The old sentence a new sentence said put in whole takes a long run of words from (TAKEN_RUN characters and
    TAKEN_SHARE of the old one's), the run said once in each text: its new form. 保障中小企业款项支付条例 第十九条 → 第二十六条:
    "对拒绝或者迟延支付中小企业款项的机关、事业单位，应当在公务消费、办公用房、经费安排等方面采取必要的限制措施" is "…；对机关、
    事业单位在公务消费、办公用房、经费安排等方面采取必要的限制措施，对大型企业在…予以限制" (its condition now the sentence's
    before): "新增规定" beside an edit note of the same words was wrong in the fifty-fourth reading."""
    best, size = None, 0
    for o in olds:
        run = _common_run(o.text, a.text, max(TAKEN_RUN, int(TAKEN_SHARE * len(o.text) + 0.999)))
        if len(run) > size and old_text.count(run) == 1 and new_text.count(run) == 1:
            best, size = o, len(run)
    return best


def _common_run(text: str, other: str, at_least: int) -> str:
    """The longest run of ``text``, ``at_least`` characters or more, that ``other`` says word for word ("" when none):
    each window of that length looked for (in C), a window found widened while the other holds it. (Not
    words._longest_run_text, the longest run the two texts' alignment keeps: a run the new sentence took out of order
    with the rest is no run of the alignment.)"""
    best = ""
    for i in range(len(text) - at_least + 1):
        if text[i:i + at_least] not in other:
            continue
        j = i + at_least
        while j < len(text) and text[i:j + 1] in other:
            j += 1
        if j - i > len(best):
            best = text[i:j]
    return best


#: A definition: "本法所称国有独资公司，是指…".
_DEFINITION = recache.compile(r"^本(?:法|条例|办法|细则|规定|决定)所称([^，。；]{1,30}?)，?是指")


def _definition_replaced(removed: Sequence[Sentence], added: Sequence[Sentence]):
    """(taken out, put in, (old term, new term) or ()) for the one definition taken out and the one put in: the definition
    the provision gives replaced ("本法所称国有独资公司，是指…" → "本法所称国家出资公司，是指…", 公司法 第六十四条 → 第一百六十八条:
    "不再规定" beside "新增规定", wrong in the fifty-first reading; the terms, when they differ, said: another term is
    defined, not the same one reworded, the eighteenth reading's point)."""
    olds = [(r, m) for r in removed for m in [_DEFINITION.match(r.text)] if m]
    news = [(a, m) for a in added for m in [_DEFINITION.match(a.text)] if m]
    if len(olds) != 1 or len(news) != 1:
        return []
    (r, mr), (a, ma) = olds[0], news[0]
    return [(r, a, (mr.group(1), ma.group(1)) if mr.group(1) != ma.group(1) else ())]


def _said_by_every_item(text: str) -> frozenset:
    """The telling words each item of the text's lists says (none when it has fewer than three items)."""
    bodies = [body for label, body in (_labelled(s.text) for s in sentences(text)) if label and body]
    if len(bodies) < 3:
        return frozenset()
    words = _telling_words(bodies[0])
    return frozenset(w for w in words if all(w in b for b in bodies[1:]))


#: Characters that say nothing of what an item is about.
_NO_SUBSTANCE = frozenset("的和及与或、，；。（）()的之其等")
#: Items, at least, a list keeps word for word under other labels, all moved by one shift, for ``_shift``.
SHIFTED_KEPT = 2


def _item_numbers(text: str) -> Dict[str, int]:
    """Each item's body (its label taken off) → its number, for the items of one list whose label stands once."""
    return {text_key(body): number for _s, number, body in _numbered(sentences(text), text)}


def _numbered(said: Sequence[Sentence], text: str) -> List[Tuple[Sentence, int, str]]:
    """(sentence, its item number, its body) of the sentences that are items of ``text``'s one list whose label stands
    there once."""
    out = []
    for s in said:
        label, body = _labelled(s.text)
        number = _number(label) if label and text.count(label) == 1 else None
        if number is not None and body:
            out.append((s, number, body))
    return out


def _shift(old_text: str, new_text: str) -> int:
    """How far (new number - old number) every item kept word for word moved, when all of them, SHIFTED_KEPT or more,
    moved alike; else 0."""
    olds, news = _item_numbers(old_text), _item_numbers(new_text)
    moves = {news[body] - number for body, number in olds.items() if body in news}
    kept = sum(1 for body in olds if body in news)
    return moves.pop() if len(moves) == 1 and kept >= SHIFTED_KEPT else 0


def _number(label: str):
    """An item label's number ("（三）" → 3, "(12)" → 12), or None."""
    return chinese_number(label[1:-1])


def _shifted(label: str, shift: int) -> str:
    """The label of the item ``shift`` places on, written as ``label`` is ("（四）", -1 → "（三）"), or ""."""
    number = _number(label)
    if number is None or number + shift < 1:
        return ""
    if label[1:-1].isdigit():
        return f"{label[0]}{number + shift}{label[-1]}"
    import cn2an

    return f"{label[0]}{cn2an.an2cn(number + shift)}{label[-1]}"


#: Characters, at least, of a first phrase two sentences share to be one sentence rewritten.
FIRST_PHRASE = 8


def _same_first_phrase(a: Sentence, olds: Sequence[Sentence]):
    """The old sentence, changed in part, that opens with ``a``'s first phrase (FIRST_PHRASE characters or more, up to
    its first comma), the only one: "股份有限公司设监事会，其成员不得少于三人" → "股份有限公司设监事会，本法第一百二十一条第一款、
    第一百三十三条另有规定的除外" (公司法 第一百一十七条 → 第一百三十条, the number of members now a sentence of its own: the
    duty was said "新增规定" whole, wrong in the thirtieth reading)."""
    head = a.text.split("，", 1)[0]
    if len(head) < FIRST_PHRASE or head == a.text:
        return None
    found = [o for o in olds if o.text.startswith(head + "，") and o.text != a.text]
    return found[0] if len(found) == 1 else None


def _only_put_in(old: Sentence, new: Sentence, new_text: str):
    """The note for a sentence that keeps an old one's first phrase and puts in what follows it, the old rest still
    said in the provision (its words, in another sentence: "其成员不得少于三人" in "监事会成员为三人以上"): what was put
    in, "表述修改：新增“本法第一百二十一条第一款、第一百三十三条另有规定的除外”". None when the old rest is not said."""
    from .words import SAME_WORDS
    from .rewrites import canonical
    head = new.text.split("，", 1)[0]
    rest_old, rest_new = old.text[len(head) + 1:], new.text[len(head) + 1:]
    elsewhere = new_text[:new.start] + "。" + new_text[new.end:]
    words = _telling_words(canonical(rest_old))
    if not rest_new or not (still_there(rest_old, elsewhere) or (
            words and _found_in(words, canonical(elsewhere)) >= SAME_WORDS * len(words))):
        return None
    return Note(Finding(FindingKind.WORDING_CHANGED, None, rest_new, f"表述修改：新增“{rest_new}”",
                        f"wording changed: added “{rest_new}”"), (rest_new,))


#: A sentence taken out whose words (beyond the common ones) two sentences put in, one after the other in one
#: paragraph, hold together, at least this share of them (and SPLIT_EACH each), was split in two.
SPLIT_SHARE, SPLIT_EACH = 0.6, 2


#: A list's lead-in: it names the items that follow ("…应当做好下列工作：").
_LEADS_A_LIST = recache.compile(r"(?:下列|以下)[^。；]{0,12}[：:]\s*$")


def _split_in_two(removed: Sequence[Sentence], added: Sequence[Sentence], new_text: str, provisions=frozenset()):
    """(taken out, (first, second put in)) for a sentence rewritten as two: "本市实行统一的动产担保登记制度，推动市场主体
    通过人民银行动产融资登记系统办理动产担保登记，为市场主体提供融资便利" → "本市全面落实动产和权利担保统一登记制度。当事人
    通过中国人民银行征信中心动产融资统一登记公示系统，对纳入统一登记范围的动产和权利担保自主办理登记" (上海市优化营商环境条例
    第四十八条 → 第五十三条: "不再规定" beside two "新增规定" in the twenty-eighth and twenty-ninth readings). Two sentences
    stand one after the other in one paragraph when only their closing mark stands between them (no line: items
    and paragraphs are not one sentence split), or the first ends one provision and the second opens the next
    (``provisions``: where they start; 立法法 第三条 → 第三条、第四条, "不再规定" beside two "新增规定" in the thirty-ninth
    reading). Not a list's lead-in ("办理新兵交接手续时，应当做好下列工作：", 征兵工作条例 第三十二条 → 第四十二条: its items say
    what it asks, and "改写" of it into a new rule on discrepancies found at the handover was wrong in reading 1144)."""
    if not removed or len(added) < 2:
        return []

    words = [_telling_words(a.text) for a in added]
    out, used = [], set()
    for r in removed:
        mine = _telling_words(r.text)
        if len(mine) < HELD_WORDS or _LEADS_A_LIST.search(r.text):
            continue
        for k in range(len(added) - 1):
            a1, a2 = added[k], added[k + 1]
            between = new_text[a1.end:a2.start].strip(" ")
            if k in used or k + 1 in used or between not in ("。", "；") and not (
                    between in ("。\n", "\n") and a2.start in provisions):
                continue
            one, two = len(mine & words[k]), len(mine & words[k + 1])
            if one >= SPLIT_EACH and two >= SPLIT_EACH and len(mine & (words[k] | words[k + 1])) >= SPLIT_SHARE * len(mine) \
                    and not any(o is not r and len(_telling_words(o.text) & words[k]) > one for o in removed):
                out.append((r, (a1, a2)))
                used.update((k, k + 1))
                break
    return out


#: Characters, at least, of a phrase of an old sentence that a sentence put in takes with it.
PHRASE_TAKEN = 8


def _first_phrase_rewritten(a: Sentence, olds: Sequence[Sentence], new_text: str):
    """The old sentence whose first phrase ``a`` rewrites, when the new sentence right after ``a`` is the
    rest of the old one, word for word but a subject of SUBJECT_AT_MOST characters put before it: the old sentence cut in
    two, its first phrase said anew. "公民捐献其人体器官应当有书面形式的捐献意愿，对已经表示…有权予以撤销" → "公民表示捐献其
    人体器官的意愿，应当采用书面形式，也可以订立遗嘱。公民对已经表示…有权予以撤销" (人体器官捐献和移植条例 第八条 → 第九条:
    "新增规定" of the first and "“应当有书面形式的捐献意愿”改为“公民”", wrong in reading 1631): (the old sentence, its first
    phrase, the subject put before the rest or None), each a Sentence; (None, None, None) else."""
    from .formatting import substance

    after = next((s for s in sentences(new_text) if s.start > a.end), None)
    if after is None or new_text[a.end:after.start].strip() not in ("。", "；"):
        return None, None, None
    for o in olds:
        cut = o.text.find("，")
        if cut < FIRST_PHRASE:
            continue
        head, rest = o.text[:cut], substance(o.text[cut + 1:])
        told = substance(after.text)
        if rest and told.endswith(rest) and len(told) - len(rest) <= SUBJECT_AT_MOST and told[:len(told) - len(rest)] \
                in head and len(_telling_words(head) & _telling_words(a.text)) >= FIRST_PHRASE_WORDS:
            subject = told[:len(told) - len(rest)]
            return o, Sentence(head, o.start, o.start + cut, text_key(head)), \
                Sentence(subject, after.start, after.start + len(subject), text_key(subject)) if subject else None
    return None, None, None


#: Characters, at most, of the subject ``_first_phrase_rewritten`` lets the rest of the old sentence open with, and
#: telling words, at least, the old first phrase and its rewrite share.
SUBJECT_AT_MOST, FIRST_PHRASE_WORDS = 4, 3


def _first_phrase_restated(a: Sentence, olds: Sequence[Sentence], old_text: str, new_text: str):
    """The old sentence whose first phrase, taken out where it stood while the rest of the sentence is still there, two
    new phrases say in two places: ``a`` (put in whole), sharing with it a run of RESTATED_RUN characters or more that
    each text says only there, and the first phrase of another new sentence, put before an old sentence's words still
    there; each says telling words of the old phrase the other does not (FIRST_PHRASE_WORDS for ``a``, RESTATED_PART for
    the other), that rest being another old sentence's. 石景山 第十四条 → 第十三条、第十四条: "本办法中所称补贴、奖励等资金按照“从优不重复”原则支持，享受本办法支持的
    单位，…" → "享受本措施支持的申报单位，…。同一项目符合本措施多个条款规定的，按照从优不重复的原则予以支持。" and "本措施中
    所称补助、奖励等资金支持，由…发布申报通知" ("新增规定" of the principle the draft gave and "新增“本措施中所称补助、奖励等
    资金支持”", wrong in reading 1668). Not a new rule about a thing the old phrase names, beside its rewrite (突发事件应对法
    第二十七条 → 第四十条's rescuers' qualifications). (the old sentence, its first phrase, the other half), each a
    Sentence; (None, None, None) else."""
    for o in olds:
        cut = o.text.find("，")
        if cut < FIRST_PHRASE:
            continue
        head, rest = o.text[:cut], o.text[cut + 1:]
        if still_there(head, new_text) or not (still_there(rest, new_text) or _held_by_one(rest, new_text)):
            continue
        run = _common_run(head, a.text, RESTATED_RUN)
        if not run or old_text.count(run) != 1 or new_text.count(run) != 1:
            continue
        mine, theirs = _telling_words(head), _telling_words(a.text)
        others = old_text[:o.start] + "。" + old_text[o.end:]
        for s in sentences(new_text):
            at = s.text.find("，")
            # (the rest an old sentence of its own, not the old sentence's rest: the phrase rewritten where it stood and
            # a new rule beside it is no phrase said in two places, 突发事件应对法 第二十七条 → 第四十条)
            if s is a or at < FIRST_PHRASE or still_there(s.text[:at], old_text) \
                    or not still_there(s.text[at + 1:], others):
                continue
            half = _telling_words(s.text[:at])
            if len((mine & theirs) - half) >= FIRST_PHRASE_WORDS and len((mine & half) - theirs) >= RESTATED_PART:
                return o, Sentence(head, o.start, o.start + cut, text_key(head)), \
                    Sentence(s.text[:at], s.start, s.start + at, text_key(s.text[:at]))
    return None, None, None


#: Characters, at least, of the run an old first phrase and the sentence restating it share (_first_phrase_restated),
#: and telling words of the old phrase, at least, that its other half says.
RESTATED_RUN, RESTATED_PART = 4, 2


def _phrase_taken_into(a: Sentence, olds: Sequence[Sentence], new_text: str):
    """The last phrase (after a comma) of an old sentence still there in part, a phrase of PHRASE_TAKEN
    characters or more that the new text says only in ``a``, as a sentence of its own: "…建立统计资料的保存、
    管理制度，建立健全统计信息共享机制" → "县级以上人民政府统计机构和有关部门建立健全统计信息共享机制，明确统计信息的
    共享范围、标准和程序" (统计法 第二十条 → 第二十三条, the phrase now a paragraph of its own: "新增规定" in the
    twenty-seventh reading). (The old sentence, the phrase), the phrase being what ``a`` rewrites; (None, None)."""
    rest = new_text[:a.start] + "。" + new_text[a.end:]
    for o in olds:
        cut = o.text.rfind("，")
        phrase = o.text[cut + 1:] if cut > 0 else ""
        # (without the joiner it opened on: "并免费提供慈善信息发布服务" is "…，免费提供慈善信息发布服务" of 慈善法 第六十九条 →
        # 第七十五条's new platform, "新增规定" of a service the old text gave, wrong in reading 732)
        bare = _JOINER_OPENING.sub("", phrase)
        if bare != phrase and len(bare) >= PHRASE_TAKEN and bare in a.text and bare not in rest:
            phrase = bare
        if len(phrase) >= PHRASE_TAKEN and phrase in a.text and phrase not in rest:
            if a.text.endswith(phrase) and new_text[:a.start].rstrip("；，。 \n").endswith(o.text[:cut]):
                continue  # (words put in before its last phrase, the sentence going on: "…统一开放市场；推进政务服务…，提升
                # 长江三角洲区域整体营商环境水平", 上海市优化营商环境条例 第六条: new words, not the phrase rewritten)
            if not still_there(o.text[:cut], rest) and not _held_by_one(o.text[:cut], rest):
                return o, o  # (the rest of the old sentence nowhere else: ``a`` is the old sentence rewritten, its phrase kept
                # word for word, "全国性的单项体育协会管理该项运动的普及与提高工作，代表中国参加相应的国际单项体育组织" → "全国性
                # 单项体育协会是依法登记的体育社会组织，代表中国参加…", 体育法 第三十九条 → 第六十五条: "改写：“代表中国参加相应的国际
                # 单项体育组织”改为“…”", the phrase hidden by the quote's "……", wrong in the forty-ninth reading): the sentence is
                # what ``a`` rewrites, whole)
            at = o.start + cut + 1
            return o, Sentence(phrase, at, at + len(phrase), text_key(phrase))
    return None, None


#: Share, at least, of an old sentence's words before its last phrase that one new sentence (at most HEAD_LONGER times as
#: long) holds in order for them to be still there, with words put in among them (_held_by_one).
HEAD_HELD, HEAD_LONGER = 0.8, 3


def _held_by_one(words: str, text: str) -> bool:
    """Whether one sentence of ``text`` holds HEAD_HELD of ``words``' characters in order: "企业应当结合技术创新和职工技能
    培训开展科普活动" is still there in "科技企业应当把科普作为履行社会责任的重要内容，结合科技创新和职工技能培训面向公众开展科普
    活动" (科学技术普及法 第十九条 → 第二十三条), so the sentence whose last phrase a new one took is not that one's whole
    source: "改写：“企业应当结合技术创新…”改为“鼓励企业…”" quoted the old sentence whole and hid the edits of the first
    (wrong in reading 1222)."""
    from .sentences import held_in_order

    n = len(words)
    return any(len(s.text) <= HEAD_LONGER * n and held_in_order(words, s.text)[0] >= HEAD_HELD * n
               for s in sentences(text))


def _last_phrase_said_alone(r: Sentence, new_text: str, old_text: str, taken, similarity):
    """The new sentence that says the last phrase (after a comma, PHRASE_TAKEN characters or more) of a sentence taken
    out, as like as a sentence moved, and is no old sentence kept: "环境保护行政主管部门、海洋行政主管部门和其他…部门，
    根据职责分工依法公开海洋环境相关信息" → "…；按照职责分工依法公开海洋环境相关信息" (海洋环境保护法 第六条 → 第八条, its
    duty now that of 各级人民政府及其有关部门: "不再规定" in the thirty-seventh reading); else None. ``taken``: new sentences
    other notes say already."""
    from .rewrites import REORDERED

    cut = r.text.rfind("，")
    phrase = text_key(r.text[cut + 1:]) if cut > 0 else ""
    if len(phrase) < PHRASE_TAKEN:
        return None
    kept = {o.key for o in sentences(old_text)}
    # (or with the old sentence's subject and its duty word before it: "学校应当组织…课外体育活动，…，并根据条件每学年举行一次
    # 全校性的体育运动会" → "学校应当每学年至少举办一次全校性的体育运动会", 体育法 第二十条 → 第二十八条, "不再规定" wrong in the
    # eighty-seventh reading)
    duty = _DUTY_OPENING.match(r.text)
    with_subject = text_key(duty.group(0) + _JOINER_OPENING.sub("", r.text[cut + 1:])) if duty and cut > duty.end() else ""
    for s in sentences(new_text):
        if s.key not in kept and all(s.start != t.start for t in taken) and (
                similarity(phrase, s.key) >= REORDERED and abs(len(s.key) - len(phrase)) <= len(phrase) // 4
                or s.key.endswith(phrase) and len(s.key) - len(phrase) <= SUBJECT_PUT
                or with_subject and similarity(with_subject, s.key) >= WITH_SUBJECT
                and abs(len(s.key) - len(with_subject)) <= len(with_subject) // 4):
            # (or the phrase with a subject put before it: "…，应当符合规定的要求" → "申请文件应当符合规定的要求", 专利法实施细则
            # 第十五条 → 第十七条, the duty now of every application: "不再规定" wrong in the forty-third reading)
            return s
    return None


#: Characters, at most, of a subject put before an old sentence's last phrase now said alone.
SUBJECT_PUT = 6
#: Similarity (0–100), at least, of a new sentence to an old one's subject and duty word before its last phrase.
WITH_SUBJECT = 80
#: A sentence's subject and duty word, in its first phrase ("学校应当"); a joiner opening a phrase ("并", "并且", "同时").
_DUTY_OPENING = recache.compile(r"^[^，。；：]{1,12}?(?:应当|必须|不得|可以)")
_JOINER_OPENING = recache.compile(r"^(?:并且|并|同时|且)")


#: A sentence taken out whose words (two characters or more, none of _COMMON_WORDS) a sentence put in holds, at
#: least this many and this share of them, is said by it, wherever it stands.
HELD_WORDS, HELD_SHARE = 5, 0.75


def _most_words_held(removed: Sequence[Sentence], added: Sequence[Sentence]):
    """(taken out, put in) for each sentence taken out whose words the sentence put in that holds most of them
    holds HELD_WORDS and HELD_SHARE of: "有关人民政府及其部门作出的应对突发事件的决定、命令，应当及时公布" →
    "有关人民政府和部门应当及时向社会公布突发事件相关信息和有关突发事件应对的决定、命令、措施等信息" (突发事件应对法 第十条 →
    第七条, now in the first of two paragraphs: "不再规定" beside "新增规定" in the twenty-seventh reading). Each sentence
    put in is taken once, by the sentence of which it holds most."""
    if not removed or not added:
        return []

    theirs = [_telling_words(a.text) for a in added]
    scored = []
    for i, r in enumerate(removed):
        mine = _telling_words(r.text)
        for k, words in enumerate(theirs):
            held = len(mine & words)
            if held >= HELD_WORDS and held >= HELD_SHARE * len(mine):
                scored.append((-held / len(mine), -held, i, k))
    pairs, used_r, used_a = [], set(), set()
    for _share, _held, i, k in sorted(scored):
        if i not in used_r and k not in used_a:
            used_r.add(i)
            used_a.add(k)
            pairs.append((removed[i], added[k]))
    return pairs


#: Characters, at least, of an item's words that the new text says word for word elsewhere in the provision.
ITEM_STILL_SAID = 4


def _item_still_said(text: str, new_text: str) -> bool:
    """A list item whose words (without its label) the new text still says, word for word, in a sentence
    of its own: "（四）股票的编号" in "股票采用纸面形式的，还应当载明股票的编号" (公司法 第一百二十八条 → 第一百四十九条: it was
    "不再规定", the twenty-fifth reading)."""
    label, body = _labelled(text)
    # (its closing "的" aside: "（一）患职业病的" is in "（一）因公（工）负伤或者患职业病，经…鉴定为一级至六级伤残的", 文职人员条例
    # 第五十五条 → 第六十三条, the two items joined, "不再规定" wrong in reading 407; the wording note of the item says the rest)
    body = body.rstrip("；;。")
    return bool(label) and len(body) >= ITEM_STILL_SAID and (body in new_text or (
        body.endswith("的") and len(body) > ITEM_STILL_SAID and body[:-1] in new_text))


def _labelled(text: str) -> Tuple[str, str]:
    """(the item label a sentence opens with, or "", and the rest of it)."""
    m = ITEM_LABEL.match(text)
    return (m.group(), text[m.end():]) if m else ("", text)


def _narrowed(r: Sentence, new_text: str, covered: Sequence[Sentence]):
    """The new sentence, none of ``covered``, that is a part of ``r``'s words, word for word, as its item of the same label
    ("（三）专利登记费、公告印刷费、年费" → "（三）年费": 专利法实施细则 第九十三条 → 第一百一十条, "不再规定" although the
    年费 is still charged) or NARROWED_AT_LEAST characters or more ("不服行政机关对民事纠纷作出的调解或者其他处理…" →
    "（四）行政机关对民事纠纷作出的调解", 行政复议法 第八条 → 第十二条: the twenty-second reading)."""
    if not new_text:
        return None
    label, body = _labelled(r.text)
    for s in sentences(new_text):
        theirs, part = _labelled(s.text)
        same_label = bool(label) and label == theirs
        if not part or part == body or any(s.start < c.end and c.start < s.end for c in covered):
            continue
        if part in body and (same_label or len(part) >= NARROWED_AT_LEAST):
            return s
        # (or, under the provision's only item of its label, every word of it the old item's: "（一）对行政机关作出的警告、罚款…
        # 行政拘留等行政处罚决定不服的" → "（一）对行政机关作出的行政处罚决定不服", 行政复议法 第六条 → 第十一条, "不再规定" wrong in
        # the forty-fourth reading)
        words = _telling_words(part)
        if same_label and len(words) >= 3 and _found_in(words, body) == len(words) \
                and new_text.count(label) == 1 and part not in new_text.replace(s.text, ""):
            return s
    return None


def _near_in_part(a: Sentence, olds: Sequence[Sentence], new_text: str, similarity):
    """The old sentence, changed in part, that a new sentence said put in whole is nearest to (REWRITTEN
    or more alike), when no other new sentence is nearer to it: its new form, not a new rule ("情节严重的，
    由县级以上道路运输管理机构责令停业整顿" → "…由县级以上地方人民政府交通运输主管部门责令停业整顿", 道路运输条例
    第六十五条: the inserted name is most of the new sentence, the deleted one less than most of the old)."""
    from .rewrites import REWRITTEN, _place

    if not olds or not new_text:
        return None
    best = max(olds, key=lambda o: similarity(o.key, a.key))
    score = similarity(best.key, a.key)
    if score < REWRITTEN and not _same_subject_most_words(best, a) or still_there(best.text, new_text,
                                                                                     _place(best, new_text)):
        return None
    if any(s.start != a.start and similarity(best.key, s.key) > score for s in sentences(new_text)):
        return None
    return best


#: Characters, at least, two sentences open with alike for the one to be the other longer; and the share of the old one's
#: telling words the new one holds.
SAME_SUBJECT, SUBJECT_WORDS = 6, 0.5


def _same_subject_most_words(o: Sentence, a: Sentence) -> bool:
    """``a`` opens with ``o``'s first SAME_SUBJECT characters and holds SUBJECT_WORDS of its telling words: ``o``
    rewritten at greater length, however little alike the two are as wholes ("体育工作坚持以开展全民健身活动为基础，实行
    普及与提高相结合，促进各类体育协调发展" → "体育工作坚持中国共产党的领导，坚持以人民为中心，以全民健身为基础，普及与提高相结合，
    推动体育事业均衡、充分发展，…", 体育法 第二条: "新增规定" of it beside "删除“促进各类体育协调发展”" was wrong in reading 259)."""
    if len(o.key) < SAME_SUBJECT or a.key[:SAME_SUBJECT] != o.key[:SAME_SUBJECT]:
        return False
    mine = _telling_words(o.text)
    return len(mine) >= 4 and len(mine & _telling_words(a.text)) >= SUBJECT_WORDS * len(mine)


def _joined_with(r: Sentence, made, old_text: str):
    """The rewrite (old, new, note index) whose old sentence ``r`` directly follows (after "；" alone)
    and whose new sentence holds ``r``'s words (≥ SAME_WORDS of them): two old sentences said as one
    ("…协商；协商不成的，应当报国务院交通主管部门决定" → "…协商，协商不成的，应当按程序报省…协商决定",
    道路运输条例 第十条: the second was "不再规定")."""
    mine = None
    for r0, b, at in made:
        if r0.end <= r.start and not old_text[r0.end:r.start].strip("；; ") and "；" in old_text[r0.end:r.start]:
            if mine is None:
                mine = _content_words(r.text)  # (found in its text: 交通 inside 交通运输 is held)
            if len(mine) >= 4 and _found_in(mine, b.text) >= SAME_WORDS * len(mine):
                return r0, b, at
    return None


def _subjects_joined(r: Sentence, made, old_text: str):
    """The rewrite (old, new, note index) whose old sentence ``r`` directly follows (after "；" alone) and whose new
    sentence's subject (what comes before its "应当") is the two old ones' subjects listed one after the other: their duties
    said as one ("综合类报纸、期刊应当开设科普专栏、专版；广播电台、电视台应当开设科普栏目或者转播科普节目" → "综合类报纸、期刊、
    广播电台、电视台应当开展公益科普宣传", 科学技术普及法 第十六条 → 第二十五条: "不再规定" of the second wrong in reading 1142)."""
    def subject(text: str) -> str:
        return text.split("应当", 1)[0] if "应当" in text else ""

    mine = subject(r.text)
    if len(mine) < 2 or "，" in mine:
        return None
    for r0, b, at in made:
        if r0.end <= r.start and not old_text[r0.end:r.start].strip("；; ") and "；" in old_text[r0.end:r.start] \
                and len(subject(r0.text)) >= 2 and subject(b.text) == f"{subject(r0.text)}、{mine}":
            return r0, b, at
    return None


#: Characters, at least, of a run of an old sentence's words that a rewrite's new sentence holds, to say the old one
#: was taken into it.
RUN_INTO = 15


def _run_into(r: Sentence, made, old_text: str):
    """The rewrite (old, new, note index) whose new sentence holds a run of RUN_INTO characters or more of ``r``'s
    words that the provision's old text says only in ``r``: "股份有限公司成立后，发现作为设立公司出资的非货币财产的实际价额
    显著低于公司章程所定价额的，应当由交付该出资的发起人补足其差额" was taken, with "其他发起人承担连带责任", into "发起人
    不按照其认购的股份缴纳股款，或者作为出资的非货币财产的实际价额显著低于所认购的股份的，其他发起人与该发起人在出资不足的
    范围内承担连带责任" (公司法 第九十三条 → 第九十九条, 第三十条 → 第五十条: "不再规定" in the twenty-seventh and
    twenty-eighth readings)."""
    for r0, b, at in made:
        run = _longest_run_text(r.key, b.key)
        if len(run) >= RUN_INTO and text_key(old_text).count(run) == 1:
            return r0, b, at
    # ... or whose words (three or more beyond the common ones, WORDS_INTO of them) it holds: "公司章程对经理职权另有
    # 规定的，从其规定" in "经理对董事会负责，根据公司章程的规定或者董事会的授权行使职权" (公司法 第四十九条 → 第七十四条:
    # "不再规定" in the twenty-ninth reading, the charter now defining the powers outright)
    mine = _telling_words(r.text)
    if len(mine) >= 3:
        from ..textratio import common_prefix

        for r0, b, at in made:
            # (not the words of an opening both say: "军队医疗机构配制的制剂应当依照规定进行质量检验" shares only its subject with
            # "军队医疗机构配制的制剂，应当是本单位临床需要…的品种…", 中国人民解放军实施《药品管理法》办法 第十二条 → 第十八条: "…合并为…"
            # was wrong in reading 341)
            opening = r.text[:common_prefix(r.text, b.text)]
            rest = mine - _telling_words(opening) if len(opening) >= 4 else mine
            if len(rest) >= 3 and _found_in(rest, b.text) >= WORDS_INTO * len(rest):
                return r0, b, at
    return None


WORDS_INTO = 0.75

#: The marks a rewrite's new sentence is cut into clauses at (_clause_taken_in).
_CLAUSES = recache.compile(r"[，；]")
#: Of a clause of a rewrite's new sentence, the share of characters (in order) an old sentence not in that rewrite holds
#: for the clause to be its new form, ending on the same words (CLAUSE_END characters).
CLAUSE_INTO = 0.6
CLAUSE_END = 4
#: ... a clause of CLAUSE_AT_LEAST characters or more, of which the rewrite's old sentence holds less than CLAUSE_NOT_MINE.
CLAUSE_AT_LEAST = 8
CLAUSE_NOT_MINE = 0.5


def _clause_taken_in(r: Sentence, made):
    """The rewrite (old, new, note index) one of whose new sentence's clauses is ``r`` in fewer words, ending as it does,
    a clause the rewrite's old sentence does not say: "国家鼓励企业事业组织、社会团体和公民依法举办体育专业教育" is "鼓励社会力量
    依法开展体育专业教育", the last clause of the sentence "国家发展体育专业教育，建立各类体育专业院校…" became (体育法 第四十六条
    → 第八十九条: "删除或改写" of it, useless in reading 1529, the rule still there)."""
    for r0, b, at in made:
        for clause in _CLAUSES.split(b.text):
            if len(clause) < CLAUSE_AT_LEAST or clause[-CLAUSE_END:] != r.text[-CLAUSE_END:] or _IMPOSES.search(clause):
                continue  # (a sanction's clause ends as many do: "…依法给予处分", "…执业活动")
            if held_in_order(clause, r.text)[0] >= CLAUSE_INTO * len(clause) \
                    and held_in_order(clause, r0.text)[0] < CLAUSE_NOT_MINE * len(clause):
                return r0, b, at
    return None


#: A provision applied to another subject ("本法第四十五条关于有限责任公司董事任期的规定，适用于股份有限公司
#: 董事"): group 1, the subject it is applied to.
_APPLIES = recache.compile(r"^本法第[^。；]*?规定[，,]?(?:参照)?适用于([^，。；]+)$")


def _applications_merged(removed: Sequence[Sentence], added: Sequence[Sentence]):
    """(new sentence, the old ones it replaces) for a new "本法…的规定，适用于X" that says what old ones of
    the same form said for X or a part of it: 公司法 第一百零八条's "本法第四十五条…董事任期的规定，适用于股份
    有限公司董事" and "本法第四十六条…董事会职权的规定，适用于股份有限公司董事会" are 第一百二十条's "本法第六十七条、
    第六十八条第一款、第七十条、第七十一条的规定，适用于股份有限公司" (they were "不再规定", and it "新增规定")."""
    out, used = [], set()
    for a in added:
        m = _APPLIES.match(a.text)
        if not m:
            continue
        rs = [r for r in removed if id(r) not in used and (n := _APPLIES.match(r.text)) and n.group(1).startswith(m.group(1))]
        if rs:
            used.update(map(id, rs))
            out.append((a, rs))
    return out


def _item_in_its_gap(removed: Sequence[Sentence], added: Sequence[Sentence], old_text: str, new_text: str):
    """(taken out, put in) for an item taken out and one put in between the same two items kept word for word (or the
    list's start or end), the one of that stretch sharing most of its words with it (SAME_ITEM_SHARE of the fewer's, one
    at least), taken in order: a list that gained an item keeps the rest of its items' places only in part, so a label
    says nothing there ("（五）身体和心理健康" → "（六）具有正常履行职责的身体条件和心理素质", 中国人民解放军文职人员条例
    第九条, where "（四）志愿服务国防和军队建设" was put in: "不再规定" wrong in reading 359)."""
    if not removed or not added:
        return []
    olds, news = _item_numbers(old_text), _item_numbers(new_text)
    kept = sorted((number, news[body]) for body, number in olds.items() if body in news)
    if not kept or any(b[1] <= a[1] for a, b in zip(kept, kept[1:])):
        return []  # (no item kept, or the kept ones reordered: no stretch to read)

    def stretch(number: int, side: int) -> int:
        return sum(1 for k in kept if k[side] < number)

    every = _said_by_every_item(old_text) & _said_by_every_item(new_text)
    taken_in = _numbered(added, new_text)
    pairs, last = [], -1
    for r, number, body in _numbered(removed, old_text):
        gap = stretch(number, 0)
        mine = _telling_words(body) - every
        best, most = None, 0
        for a, its_number, its in taken_in:
            if its_number <= last or stretch(its_number, 1) != gap:
                continue
            theirs = _telling_words(its) - every
            shared = _found_in(mine, its)
            if shared > most and shared >= SAME_ITEM_SHARE * min(len(mine), len(theirs)):
                best, most = (a, its_number), shared
        if best is not None:
            pairs.append((r, best[0]))
            last = best[1]
    return pairs


#: A clause of liability for damage: "造成损害的，依法承担赔偿责任", "…受到损害的，…应当与…承担连带责任".
_DAMAGES = recache.compile(r"(?:损害|损失)的，[^。；]{0,40}?承担(?:民事)?(?:赔偿|连带(?:赔偿)?)?责任$")


def _damages_restated(removed: Sequence[Sentence], added: Sequence[Sentence]):
    """(the clauses of liability for damage taken out, the one put in) when a provision took out its clauses of damages
    and put in one: the liability said anew, not dropped beside a new one ("造成损害的，依法承担赔偿责任" → "使消费者的合法
    权益受到损害的，农产品质量安全检测机构应当与农产品生产经营者承担连带责任", 农产品质量安全法 第四十四条 → 第六十五条:
    "不再规定" wrong in reading 373)."""
    news = [a for a in added if _DAMAGES.search(a.text.rstrip("。；"))]
    olds = [r for r in removed if _DAMAGES.search(r.text.rstrip("。；"))]
    return [(olds, news[0])] if olds and len(news) == 1 else []
