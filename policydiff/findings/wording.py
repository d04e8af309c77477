"""Wording: a change of substance that no more specific finder explains.

Each edit is quoted in whole words (``words.widen``): “股东大会”改为“股东会”,
never 删除“大”. Edits inside sentences the revision took out or put in whole
are said by ``rewrites`` instead; edits too slight to keep (particles, list joiners, words reordered,
two wordings of one thing) are left out by ``slight``. Renumbered items and citations ("（九）" →
"（七）", "第（一）项" → "第一项", "第一百五十一条" → "第一百八十九条") are
formatting, not wording.
"""
from __future__ import annotations

from collections import Counter
from dataclasses import replace
from functools import lru_cache
from typing import List, Optional, Sequence, Tuple

from .. import recache
from ..models import Finding, FindingKind
from ..normalize import HAN
from ..records import named_tuple
from ..textratio import all_at, common_prefix, common_suffix, edit_in_its_words, in_order, ratio
from .changes import Change, Hunk, Note, _phrase_bounds, _stops, clip, sides_of
from .counterparts import ITEM_LABEL
from .edits import (QUOTE_LIMIT, _CJK_WORD, _OPENING_JOINERS, _around_a_kept_word, _bracketed, _citation_taken_out,
                    _coordination_whole, _describe, _joined_to_its_word, _label_off, _member_taken_out, _particle_off,
                    _phrase_clip, _slid, _unambiguous, _with_its_owner, _with_the_members_modifier, _with_the_name_end,
                    _with_the_words_before, _with_what_it_governs, _word_carried_across, closing_a_list,
                    condition_with_its_phrase, gloss_alone, kept_word_with_the_word_before, modifier_with_its_noun,
                    on_to_the_word_after, parts_of_the_article_cited, put_in_again, stands_once, taken_out_short,
                    two_edits_of_one_phrase,
                    with_the_article_cited, with_the_body_of_its_level, with_the_document_it_names,
                    with_the_law_it_cites, with_the_nouns_after, with_the_act_after, with_the_body_after,
                    with_the_verb_after)
from .formatting import substance
from .lists import members_put_in
from .modality import same_route
from .renames import dropped_word  # (a word taken out, or put in, just before a renamed term: said apart from it)
from .rewrites import still_there
from .sentence_quotes import across_sentences
from .sentences import Sentence, held_in_order, span_at
from .slight import EDGE_PUNCTUATION as _EDGE_PUNCTUATION
from .slight import joiner_swapped as _joiner_swapped
from .slight import said_alike as _said_alike
from .slight import (alternatives_joined, but_made_a_semicolon, joiner_moved_on, locative_only, may_mean_the_same, repeated_word_dropped,
                     same_meaning, same_share, slight)
from .segmenter import is_han, segmenter
from .words import MAX_WIDEN, _room, merge_spans, widen

_NUMBER = r"[零〇一二三四五六七八九十百千\d]+"
# A citation or item number: 第一百五十一条, 第（一）项, 第二款, （九）, 前款第三项.
_NUMBERING = recache.compile(rf"本条第{_NUMBER}款|前[两三]?[条款项]|本[条款项]|第?[（(]{_NUMBER}[)）](?:项|目)?"
                        rf"|(?:本法)?第{_NUMBER}(?:条之{_NUMBER}|条|款|项|目|章|节)?|(?<=第){_NUMBER}")
#: Words the drafting norms (立法技术规范) write another way; said once for the document.
NORM_WORDS = {("依照", "按照"), ("必须", "应当"), ("制定", "制订"), ("相关", "有关"), ("中国", "中华人民共和国"),
              # (either way: "具体办法由国务院卫生主管部门制订" → "…制定", 人体器官捐献和移植条例 第二十二条 → 第二十条, "表述修改"
              # useless in reading 480; the medical term "适应症" → "适应证", 第十八条 → 第二十八条)
              ("制订", "制定"), ("适应症", "适应证")}
#: Characters current usage writes otherwise (通用规范汉字表: 账 for accounts): a word that changes only in
#: them ("会计帐簿" → "会计账簿", "查帐" → "查账") is spelled anew, said once as 规范用字, never a rename.
#: And "做出" written "作出", as the drafting norms write it (保守国家秘密法 第十七条 → 第二十二条: "表述修改：“应当做”改为“应当作”",
#: a cut quote useless in reading 546).
NORM_CHARACTERS = {("帐", "账"), ("做", "作")}


def norm_spelling(old: str, new: str) -> "tuple[str, str] | None":
    """(old, new) of the drafting norm that makes ``old`` into ``new`` (a word of NORM_WORDS, or
    NORM_CHARACTERS wherever they stand in it), else None."""
    old, new = old.strip(_EDGE_PUNCTUATION), new.strip(_EDGE_PUNCTUATION)
    if (old, new) in NORM_WORDS:
        return old, new
    for a, b in NORM_CHARACTERS:
        if a in old and old.replace(a, b) == new:
            return a, b
    return None


def _by_put_before(a: str, b: str) -> bool:
    """由 put before the same words, an edit alone as the pieces now read ("的，反垄断执法机构可以处" → "的，由反垄断执法机构
    责令改正，可以处", 反垄断法 第四十六条 → 第五十六条: "“反垄断”改为“由反垄断”" useless in reading 1060). Read once the edits of
    one phrase are joined: 由 taken out where the sentence is recast stays with the edit beside it (立法法 第四十二条 → 第四十五条,
    "“由委员长会议向常务委员会报告，该法律案终止”改为“委员长会议可以决定终止审议，并向常务委员会报告”")."""
    return bool(a) and b == "由" + a


def _spelled_anew_beside_slight(a: str, b: str) -> List[Tuple[str, str]]:
    """An edit that spells a character of NORM_CHARACTERS anew beside a change too slight for a note is that spelling
    alone, said as 规范用字 when the new text writes it as the norms do, and nothing the other way: "“中作出”改为“工作中
    做出”" is no edit (职业教育法 第十条 → 第十二条, "在职业教育中作出显著成绩" → "在职业教育工作中做出…", a fragment
    useless in reading 1049)."""
    for x, y in NORM_CHARACTERS:
        for p, q in ((x, y), (y, x)):
            if p in a and q in b and q not in a:
                spelled = a.replace(p, q)
                if spelled != b and _slight(spelled, b):
                    return [(p, q)] if (p, q) == (x, y) else []
    return [(a, b)]


def norm_spellings(old: str, new: str) -> "list[tuple[str, str]]":
    """The drafting norms that make ``old`` into ``new``: one (``norm_spelling``), or several words of NORM_WORDS
    in a row, the rest the same ("必须在中国" → "应当在中华人民共和国", 公司法 第一百九十三条: was "表述修改：…", useless in
    the thirtieth reading)."""
    one = norm_spelling(old, new)
    if one is not None:
        return [one]
    old, new = old.strip(_EDGE_PUNCTUATION), new.strip(_EDGE_PUNCTUATION)
    used = [(a, b) for a, b in sorted(NORM_WORDS, key=lambda w: (-len(w[0]), w)) if a in old]
    if not used:
        return []
    written = old
    for a, b in used:
        written = written.replace(a, b)
    # (or the rest a wording of one meaning: "财产移至中国" → "财产转移至中华人民共和国", 公司法 第一百九十七条 → 第二百四十九条,
    # 移至 → 转移至 beside the norm, "表述修改" useless to readings 271 and 272)
    return used if written == new and len(used) >= 2 or written != new and same_meaning(written, new) else []


#: What an edit's quote leaves off its ends.
_EDGES = "。；，、：\n "


#: A word taken out and put back this close by (characters of equal text between) moved within the phrase.
_NEAR = 12


def _sides_in_context(h: Hunk, old_text: str, new_text: str) -> List[str]:
    """``sides_of`` the hunk, a side of one character read with the characters beside it, for a note that says a sentence
    put in (taken out) whole: any such sentence that holds the character said it ("一" put into "其上级农业行政主管部门" →
    "其上一级农业农村主管部门" was said by "新增规定：“复检机构与初检机构不得为同一机构”", the next level up made the only one
    no note told: unsaid in recall 1346)."""
    sides = sides_of(h)
    if sum(len(side.strip()) for side in sides) != 1 or h.old_at < 0 or h.new_at < 0:
        return sides
    return [text[max(0, at - 1):at + len(side) + 1] for side, text, at in
            ((h.deleted, old_text, h.old_at), (h.inserted, new_text, h.new_at)) if side.strip()]


def _word_moved(spans, old_text: str, new_text: str):
    """A deletion and a nearby insertion of the same word are one edit, the phrase reordered
    ("持有公司全部股东表决权百分之十以上" → "持有公司百分之十以上表决权"), not 删除… and 新增…."""
    out = list(spans)
    k = 0
    while k + 1 < len(out):
        (o1, n1), (o2, n2) = out[k], out[k + 1]
        d1, i1 = old_text[o1[0]:o1[1]], new_text[n1[0]:n1[1]]
        d2, i2 = old_text[o2[0]:o2[1]], new_text[n2[0]:n2[1]]
        near = o2[0] - o1[1] <= _NEAR and not any(ch in old_text[o1[1]:o2[0]] for ch in "。；\n")
        # (each also read without the words both its sides share at its edges, which widening put there: "公告之日起" →
        # "之日起" is "公告" taken out, 专利法实施细则 第九十三条's "自专利权公告之日起" → "自公告授予专利权之日起", "新增“公告授予”；
        # “公告之日起”改为“之日起”" in the thirty-eighth reading; the word then at an end of the words put in)
        if near and (_moved_alone(d1, i1, d2, i2, lambda x, y: x in y) or _moved_alone(
                *_unshared(d1, i1), *_unshared(d2, i2), lambda x, y: y.startswith(x) or y.endswith(x))):
            out[k:k + 2] = [((o1[0], o2[1]), (n1[0], n2[1]))]
            continue
        if near and not any(ch in d1 + i1 + d2 + i2 for ch in "。；\n") and (
                _moved_alone(d1, i1, d2, i2, _core_held)
                or _carried(d1, i1, d2, i2) or _carried(i2, d2, i1, d1) or _phrase_moved(d1, i1, d2, i2)):
            out[k:k + 2] = [((o1[0], o2[1]), (n1[0], n2[1]))]
            continue
        k += 1
    return out


#: A phrase one edit only takes out and the other only puts in, both holding a run this long (characters) that is this
#: share of the shorter, is the one phrase moved with words changed around it.
CORE_MOVED, CORE_MOVED_SHARE = 5, 0.6


def _core_held(x: str, y: str) -> bool:
    """The shorter ``x`` and ``y`` hold one run (CORE_MOVED, CORE_MOVED_SHARE of ``x``): "由常务委员会工作机构送有关专门委员会进行
    审查" → "由全国人民代表大会有关专门委员会和常务委员会工作机构进行审查" moves 有关专门委员会 before the working body (监督法
    第三十二条 → 第四十二条: "新增“全国人民代表大会有关专门委员会和”" alone, the committees said brought in, wrong in
    reading 709)."""
    from .words import _longest_run

    run = _longest_run(x, y)
    return run >= CORE_MOVED and run >= CORE_MOVED_SHARE * len(x)


def _phrase_moved(d1: str, i1: str, d2: str, i2: str) -> bool:
    """A phrase only taken out (or only put in) at one edit, and put in (taken out) by the other among words it changes:
    the phrases of a list reordered ("忠于祖国，忠于中国共产党，努力为军队建设服务" → "忠于中国共产党，忠于社会主义，忠于祖国，
    忠于人民，努力为国防和军队建设服务": "删除“忠于祖国”" was false, 中国人民解放军文职人员条例 第十条 (一), reading 305)."""
    for taken, put, other_taken, other_put in ((d1, i1, d2, i2), (d2, i2, d1, i1)):
        for alone, empty, there, not_there in ((taken, put, other_put, other_taken), (put, taken, other_taken, other_put)):
            word = substance(alone)
            if len(word) >= _PHRASE_MOVED and not substance(empty) and word in substance(there) and \
                    word not in substance(not_there):
                return True
    return False


#: The least characters of a phrase ``_phrase_moved`` follows.
_PHRASE_MOVED = 3


def _phrases_reordered(changes: Sequence[Change], old_text: str, new_text: str) -> List[Change]:
    """Two changes of one sentence, one only taking a phrase out (or putting one in) that the other puts in among its
    words (takes out), are one change: the phrases reordered, which ``_phrase_moved`` then says as one edit."""
    out: List[Change] = []
    for change in changes:
        last = out[-1] if out else None
        if last is not None and _reordered_between(last, change, old_text, new_text):
            first, end = last.hunks[0], change.hunks[-1]
            olo = _phrase_bounds(old_text, first.old_at, first.old_at)[0]
            nlo = _phrase_bounds(new_text, first.new_at, first.new_at)[0]
            ohi = _phrase_bounds(old_text, end.old_at + len(end.deleted), end.old_at + len(end.deleted))[1]
            nhi = _phrase_bounds(new_text, end.new_at + len(end.inserted), end.new_at + len(end.inserted))[1]
            out[-1] = Change(old_text[olo:ohi], new_text[nlo:nhi], last.hunks + change.hunks)
            continue
        out.append(change)
    return out


def _reordered_between(a: Change, b: Change, old_text: str, new_text: str) -> bool:
    """Changes ``a`` and ``b`` stand in one sentence, _NEAR characters apart at most, and a phrase one takes out alone the
    other puts in (or the other way round)."""
    if not a.hunks or not b.hunks or any(h.old_at < 0 for h in a.hunks + b.hunks):
        return False
    gap_old = old_text[a.hunks[-1].old_at + len(a.hunks[-1].deleted):b.hunks[0].old_at]
    gap_new = new_text[a.hunks[-1].new_at + len(a.hunks[-1].inserted):b.hunks[0].new_at]
    if any(ch in gap_old + gap_new for ch in "。；\n") or len(gap_old) > _NEAR:
        return False
    taken = ["".join(h.deleted for h in c.hunks) for c in (a, b)]
    put = ["".join(h.inserted for h in c.hunks) for c in (a, b)]
    return _phrase_moved(taken[0], put[0], taken[1], put[1])


def _moved_alone(d1: str, i1: str, d2: str, i2: str, held) -> bool:
    """One edit only takes a word out, the other only puts it in (``held``(taken, put): the word is in what is put)."""
    one_way = [(x, y) for x, y in ((d1, i2), (d2, i1)) if x.strip(_EDGE_PUNCTUATION) and y.strip(_EDGE_PUNCTUATION)]
    lone = (not i1.strip(_EDGE_PUNCTUATION) and not d2.strip(_EDGE_PUNCTUATION)) or \
        (not d1.strip(_EDGE_PUNCTUATION) and not i2.strip(_EDGE_PUNCTUATION))
    if not (lone and one_way):
        return False
    x, y = sorted((substance(t) for t in one_way[0]), key=len)
    return len(x) >= 2 and held(x, y)


def _unshared(a: str, b: str) -> "tuple[str, str]":
    """The two without the characters they open and end with alike."""
    return edit_in_its_words(a, b)[1:3]


#: Characters, at most, of the opening words taken out of a phrase the old text goes on with, and of what it keeps.
PHRASE_CUT_AT_MOST, PHRASE_KEPT_AT_MOST = 8, 16


def _phrase_cut_after_clauses(a: str, b: str, old_text: str, new_text: str) -> "list[tuple[str, str]]":
    """Words taken out across a mark whose last part opens a phrase the old text goes on with (no mark between): the
    clauses before it taken out, and that phrase said with what it keeps: "删除“违法失职的，给予行政处分，情节严重”" is "删除
    “违法失职的，给予行政处分”" and "“情节严重构成犯罪的”改为“构成犯罪的”" (国境卫生检疫法 第二十三条 → 第五十条: a quote stopping
    mid-phrase in reading 1876)."""
    if b or old_text.count(a) != 1:
        return [(a, b)]
    head, mark, cut = a.rpartition("，")
    if not mark or not head.strip() or not 2 <= len(cut) <= PHRASE_CUT_AT_MOST or not all(map(is_han, cut)) \
            or cut.startswith(_OPENING_JOINERS + ("但", "而")):  # (a joiner opens the clause: "虽不是公司的股东，但")
        return [(a, b)]
    at = old_text.index(a) + len(a)
    end = min((k for k in (old_text.find(c, at) for c in "，。；：\n") if k != -1), default=len(old_text))
    kept = old_text[at:end]
    if not 2 <= len(kept) <= PHRASE_KEPT_AT_MOST or not is_han(kept[0]) or old_text.count(cut + kept) != 1 \
            or new_text.count(kept) != 1:
        return [(a, b)]
    return [(head, ""), (cut + kept, kept)]


#: Characters, at most, of a word or two replaced by words with a clause in them, for both sides to be quoted as their
#: phrases (CLAUSE_PHRASE characters at most each).
CLAUSE_FOR_A_WORD, CLAUSE_PHRASE = 3, 64


def _clause_for_a_word(pieces, old_text: str, new_text: str):
    """A word or two (CLAUSE_FOR_A_WORD characters at most) replaced by words that hold a clause mark, or the other way,
    is quoted as the phrase it stood in and the phrases that stand there now: "“中具有”改为“由文物行政部门监督实施，对具有”"
    was a fragment (文物保护法 第二十条 → 第三十一条, reading 1914), so was "“并将”改为“对实名举报的，应当将”". Only words said
    once in their text (国防教育法 第十八条's "“知识”改为“素养，发挥…”" stays: 知识 is said twice there); not words kept inside the
    new ones ("等行为" → "、个人信息等行为，依法予以处分": words put in around them), nor one the other opens or ends with (words
    put in beside a kept one, "国家" → "国家坚持市场化…，强化…"). The other pieces inside the two phrases go with it."""
    for a, b in pieces:
        old_short = len(a) <= len(b)
        short, other, short_text, other_text = (a, b, old_text, new_text) if old_short else (b, a, new_text, old_text)
        if not short or len(short) > CLAUSE_FOR_A_WORD or "，" not in other.strip("，") \
                or short in other or any(ch in other for ch in "；。：\n") \
                or short_text.count(short) != 1 or other_text.count(other) != 1:
            continue
        at, there = short_text.index(short), other_text.index(other)
        one = short_text[slice(*span_at(short_text, at, _PHRASE_MARKS_ALL, len(short)))]
        many = other_text[slice(*span_at(other_text, there, _PHRASE_MARKS_ALL, len(other.rstrip("，"))))]
        if short not in one or other.strip("，") not in many or len(one) > CLAUSE_PHRASE or len(many) > CLAUSE_PHRASE:
            continue
        old, new = (one, many) if old_short else (many, one)
        inside = [(x, y) for x, y in pieces if (x, y) == (a, b) or (x in old and y in new)]
        return [p for p in pieces if p not in inside] + [(old, new)]
    return pieces


#: Characters, at most, of each side of a sentence quoted whole for edits that move a word within it.
MOVED_SENTENCE = 60


def _one_sentence_each(pieces, old_text: str, new_text: str) -> "tuple[str, str] | None":
    """The one old sentence that holds every old side of the pieces and the one new sentence that holds every new side
    (each side standing once in its text), both MOVED_SENTENCE characters at most; None otherwise."""
    spans = []
    for text, sides in ((old_text, [a for a, _ in pieces]), (new_text, [b for _, b in pieces])):
        sides = [side.strip(_EDGE_PUNCTUATION + "\n") for side in sides]
        sides = [side for side in sides if side]
        if not sides or any(text.count(side) != 1 for side in sides):
            return None
        found = {span_at(text, text.index(side), size=len(side)) for side in sides}
        if len(found) != 1:
            return None
        (start, end), = found
        if any(text.index(side) < start or text.index(side) + len(side) > end for side in sides):
            return None
        spans.append(text[start:end])
    old, new = spans
    return (old, new) if 0 < len(old) <= MOVED_SENTENCE and 0 < len(new) <= MOVED_SENTENCE else None


def _compound_made_a_list(a: str, b: str, old_text: str, new_text: str) -> Tuple[str, str]:
    """A compound made a list of its parts, the edit stopping before the part both keep: "“生命”改为“生命权、身体权”" of "生命
    健康权" → "生命权、身体权、健康权" is the compound and the list whole, "“生命健康权”改为“生命权、身体权、健康权”" (妇女权益
    保障法 第三十八条 → 第二十一条, a piece of a word in readings 1880 and 1909)."""
    # (or the joiner before it changed too: "“饮食供应站、送兵”改为“饮食供应站和送兵、领兵”" of "…、送兵接兵人员" → "…和送兵、
    # 领兵、接兵人员", 征兵工作条例 第三十九条 → 第四十六条, a piece of a word in reading 1921)
    joined = a.startswith("、") and b.startswith(("和", "及", "、")) and b.lstrip("和及、").startswith(a[1:])
    if not a or "、" not in b or not (b.startswith(a) or joined) or old_text.count(a) != 1:
        return a, b
    at = old_text.index(a) + len(a)
    word = next(iter(segmenter().cut(old_text[at:at + 8])), "")
    listed = b + word if b.endswith("、") else b + "、" + word
    if len(word) < 2 or not all(map(is_han, word)) or old_text.count(a + word) != 1 or new_text.count(listed) != 1:
        return a, b
    return a + word, listed


def _word_moved_across(pieces) -> bool:
    """Three edits of a phrase or more, a word of two characters or more taken out by one and put in by another: the
    phrase reordered ("应当由省…文物行政部门在勘探" → "省…人民政府文物行政部门应当在勘探", 文物保护法 第三十条 → 第四十四条:
    "删除“建设工程”；“应当由省”改为“省”；新增“人民政府”；“在勘探”改为“应当在勘探”", useless in reading 1609)."""
    if len(pieces) < 3:
        return False
    cut = [_unshared(a, b) for a, b in pieces]
    return any(len(put) >= 2 and (put in out or _a_word_of(put, out)) for k, (out, _p) in enumerate(cut)
               for j, (_o, put) in enumerate(cut) if j != k)


def _a_word_of(put: str, out: str) -> bool:
    """Words put in that hold a word of two Han characters or more that other words taken out held."""
    return any(put[i:i + 2] in out and all(map(is_han, put[i:i + 2])) for i in range(len(put) - 1))


def _list_closed(a: str, b: str) -> "list[tuple[str, str]]":
    """Words taken out (or put in) that close a list with 等 and go on past it are two edits: "、金融机构等加强" (of
    "公用企事业单位、金融机构等加强协作" → "公用企事业单位协作") is "金融机构等" and "加强" taken out, not "删除“金融机构等加强”"
    (上海 第三十七条 → 第四十一条, useless in the thirty-ninth reading)."""
    words = a or b
    if (a and b) or not words.startswith("、"):
        return [(a, b)]
    end = words.find("等") + 1
    if end <= 1 or len(words) - end < 2 or words[end] in _EDGE_PUNCTUATION:
        return [(a, b)]
    first, rest = words[:end], words[end:]
    if rest[-2:] == first[:-1][-2:]:
        return [(a, b)]  # (what follows 等 names the kind the members are: "、反洗钱调查信息等反洗钱信息" put after "交易信息"
        # is one edit, 反洗钱法 第五条 → 第七条, "新增“反洗钱调查信息等”；新增“反洗钱信息”" in reading 1615)
    return [(first, ""), (rest, "")] if a else [("", first), ("", rest)]


def _carried(taken: str, put: str, kept: str, grown: str) -> bool:
    """A word taken out with others at one edit and put in at the next, which widening made a change of the words
    beside it ("人民政府应对" taken out, "工作提供" → "应对工作提供": 应对 moved past 突发事件, 突发事件应对法 第三十四条 →
    第五十二条 was "删除“人民政府应对”；“工作提供”改为“应对工作提供”", the twenty-ninth reading)."""
    if not kept or not (grown.endswith(kept) or grown.startswith(kept)):
        return False
    word = substance(grown.replace(kept, "", 1))
    return len(word) >= 2 and word in taken and word not in put


def _same_word_kept(a: str, b: str) -> Tuple[str, str]:
    """An edit that writes a word the same way said another way (``slight.same_meaning``) and puts words in after it or
    before it is those words put in: "“股数”改为“股份足额”" is "新增“足额”" (公司法 第八十五条 → 第一百条, "认股人按照所认购股数
    缴纳股款" → "…所认购股份足额缴纳股款": a quote of two half-words, useless in the eighty-second reading)."""
    if not a or len(b) <= len(a) or not may_mean_the_same(a, b):
        return a, b
    for k in range(1, len(b)):
        head, tail = b[:k], b[k:]
        put = tail if same_meaning(a, head) else head if same_meaning(a, tail) else ""
        put = _JOINED_ON.sub("", put)  # (the joiner it was put in with: "接入突发事件信息系统，并" → "接入突发事件信息系统")
        if len(put) >= 2:
            return "", put
    return a, b


#: Characters, at most, of the words two insertions were quoted around (the diff folds a short run between two edits).
AROUND_AT_MOST = 3


_EXCEPTION = recache.compile(r"除外[。；，]?$")


def _exception_apart(a: str, b: str) -> List[Tuple[str, str]]:
    """An exception ("…另有规定的除外") put in where words that are none were taken out, or the other way: two edits, not
    one word for the other ("“并办理登记”改为“本法另有规定的除外”", 矿产资源法 第三条 → 第五条, read as the registration
    become the exception: wrong in the English reading 1453; the registration went to 第二十二条)."""
    if not a or not b or bool(_EXCEPTION.search(a)) == bool(_EXCEPTION.search(b)):
        return [(a, b)]
    other = a if _EXCEPTION.search(b) else b
    # (one clause each: a sentence quoted whole with its exception put on stays one edit, "…所持每一股份有一表决权”改为
    # “…，类别股股东除外", 公司法 第一百零三条 → 第一百一十六条)
    if "除外" in other or any(mark in a.strip(_EDGE_PUNCTUATION) + b.strip(_EDGE_PUNCTUATION) for mark in "，；。：\n"):
        return [(a, b)]
    return [(a, ""), ("", b)]


def _put_in_around(a: str, b: str) -> List[Tuple[str, str]]:
    """An edit whose old words stand in the new ones, in order, in one or two runs, with words put in around them that a
    mark or a joiner sets apart from those runs, is those words put in: "“对直接”改为“规范重点监管程序，对食品、药品、建筑工程、
    交通、应急等直接”" is "新增“规范重点监管程序”；新增“食品、药品、建筑工程、交通、应急等”" (上海市优化营商环境条例 第五十五条 →
    第六十一条: two insertions around "对", quoted as one edit of two half-phrases, useless in the eighty-fourth reading);
    "“书记员”改为“法官助理、书记员、司法技术人员”" is "新增“法官助理”；新增“司法技术人员”". Words put in that run on into the old
    ones ("“军队”改为“中国人民解放军和中国人民武装警察部队”", "“担保”改为“向他人提供担保”") stay one edit, and so do members
    of two characters put in around a word they join ("“知识”改为“理论、知识和技能等”", not "新增“理论”；新增“和技能等”", which
    said nothing of what they were put beside: 国防教育法 第十七条 → 第二十一条, a fragment in reading 1777)."""
    if not a or len(a) > AROUND_AT_MOST or len(b) <= len(a) + 4:
        return [(a, b)]
    for cut in range(len(a) + 1):  # a = a[:cut] + a[cut:], each run found in b in order
        kept = [x for x in (a[:cut], a[cut:]) if x]
        at, spans = 0, []
        for run in kept:
            k = b.find(run, at)
            if k < 0:
                break
            spans.append((k, k + len(run)))
            at = k + len(run)
        if len(spans) != len(kept):
            continue
        edges = [0, *[x for span in spans for x in span], len(b)]
        put = []
        for n, (lo, hi) in enumerate(zip(edges[::2], edges[1::2])):
            if lo == hi:
                continue
            piece = b[lo:hi]
            before_run = n < len(spans)  # (a run follows it)
            after_run = n > 0  # (a run comes before it)
            if not (before_run and piece[-1] in _ENDS_APART or after_run and piece[0] in _OPENS_APART):
                break
            put.append(_JOINED_ON.sub("", piece.strip("，、")))
        else:
            if put and all(len(p) >= 2 for p in put) and not any(len(_member_core(p)) <= 2 for p in put):
                return [("", p) for p in put]
    return [(a, b)]


def _member_core(words: str) -> str:
    """Words put in without the joiner they open on and the 等 that closes them: "和技能等" is 技能."""
    return _JOINER_OPENING.sub("", words).removesuffix("等")


_JOINER_OPENING = recache.compile(r"^(?:和|及|与|或者|或|以及|、|，)")


#: The last character of words put in before old words, and the first of words put in after them, that set them apart.
_ENDS_APART, _OPENS_APART = "，、等和及与或", "，、和及与或"


#: A comma and a joiner an insertion ends on, before the words that follow it.
_JOINED_ON = recache.compile(r"，(?:并且|并|且)?$")


def _route_only(h: Hunk, old_text: str, new_text: str, stops) -> bool:
    """The hunk reads "应当由当事人…申请" as "当事人可以…申请" in the phrases around it (``modality.same_route``): no note.
    ``stops``: where the two texts' phrases end (``changes._stops``, found once per pair: a book-long provision has
    hundreds of hunks), None when neither text says "应当由"."""
    if stops is None or h.old_at < 0:
        return False
    o = _phrase_bounds(old_text, h.old_at, h.old_at + len(h.deleted), stops[0])
    n = _phrase_bounds(new_text, h.new_at, h.new_at + len(h.inserted), stops[1])
    old, new = old_text[o[0]:o[1]], new_text[n[0]:n[1]]
    return ("应当由" in old or "应当由" in new) and same_route(old, new)


@lru_cache(maxsize=4096)  # (the same edit in many provisions: "的" → "之" 1,198 times in rewritten 2×)
def _slight(old: str, new: str) -> bool:
    """Too slight for a note (``slight.slight``), or a citation the diff cut to its 第 (the provision's
    other notes say what it now cites); not one of a list taken out or put in whole, with its "、" before or after it
    ("本条例第三十六条、第三十八条" → "本条例第三十六条", 道路运输条例 2019 第三十九条: the thirty-seventh reading; "第二百二十九条、"
    put in before "第三十八条", 环境污染刑事案件解释 第十七条, unsaid in recall 1298)."""
    if slight(old, new):
        return True
    a, b = (x.strip(_EDGE_PUNCTUATION) for x in (old, new))
    if not a and (new.startswith("、") or new.endswith("、")) or not b and (old.startswith("、") or old.endswith("、")):
        return False
    return bool(b in ("", "第") and _NUMBERING.fullmatch(a) or a in ("", "第") and _NUMBERING.fullmatch(b))


#: A character every citation or item number holds (第, 本, 前 or an opening bracket).
_NUMBERING_KEYS = recache.compile(r"[本前第（(]")


def renumbering_only(old: str, new: str) -> bool:
    """The two pieces differ only in item or citation numbers; a citation taken out or put in whole
    ("违反本办法第二十二条第二款的规定" → "违反本办法的规定", 发票管理办法 第三十七条), or one of a list
    ("本条例第三十六条、第三十八条" → "本条例第三十六条", 道路运输条例 2019 第三十九条: the thirty-seventh reading), is not
    renumbering."""
    if _numbers_out(old) != _numbers_out(new):
        return False
    return bool(_cites(old)) == bool(_cites(new)) and _citations(old) == _citations(new)


#: The document naming itself before a citation of its own article ("除第九条" → "除本条例第十二条"): form, not substance.
_SELF_CITED = recache.compile(r"本(?:法|条例|办法|规定|细则|解释)(?=第)")


def _citations(text: str) -> int:
    """How many articles the piece cites ("第二十六条第三款、第四款" and "第二十六条第三款、第二十六条第四款" one, as
    "第八十六条" and "第一百五十四条第二款、第三款" are), or when it cites none, how many numbers it holds."""
    if not _NUMBERING_KEYS.search(text):
        return 0
    found = _NUMBERING.findall(_SELF_CITED.sub("", text) if "本" in text else text)
    return len({x for x in found if "条" in x}) or len(found)


def _cites(text: str) -> bool:
    return bool(_NUMBERING_KEYS.search(text)) and bool(_NUMBERING.search(text))


def _numbers_out(text: str) -> str:
    if _NUMBERING_KEYS.search(text):  # else no number to take out (nor any 第#)
        text = _NUMBERING.sub("#", _SELF_CITED.sub("", text) if "本" in text else text)
    return substance(text).replace("第#", "#")


def _with_rotations_split(change: Change, renames: Sequence[Note], apart: set, whole: set, old_text: str = "") -> Change:
    """The change with each hunk that reads as two edits around a character they share ("该具体" → "或者应当知道该" is
    "或者应当知道" put in before "该" and "具体" taken out after it) split in two, when a rename explains one of them
    (two characters or more): the other is said alone, its id put in ``apart`` (行政复议法 第九条 → 第二十条: 新增“或者应当
    知道”, the rename of 具体行政行为 said by its own note; "“该具体”改为“或者应当知道该”" was useless in the thirty-seventh
    reading). So too a word of its own taken out (put in) just before a renamed term (``_modifier_apart``), a whole word:
    its id in ``whole`` as well, not widened. And the tail of a renamed term the diff joined to the words after it
    (``_rename_tail_apart``)."""
    out, split = [], False
    for h in change.hunks:
        pieces = _rotation(h)
        modifier = not pieces and _modifier_apart(h, renames, old_text)
        tail = not pieces and not modifier and _rename_tail_apart(h, renames, old_text)
        pieces = pieces or modifier or tail or ()
        explained = [len(substance(p.deleted + p.inserted)) >= 2 and any(n.accounts_for(sides_of(p)) for n in renames)
                     for p in pieces]
        if any(explained) and not all(explained):
            out += pieces
            if not tail:  # (what follows a renamed term's tail is an edit as any other: said unless a note says it)
                apart.update(id(p) for p, said in zip(pieces, explained) if not said)
            if modifier:
                whole.update(id(p) for p, said in zip(pieces, explained) if not said)
            split = True
        else:
            out.append(h)
    return replace(change, hunks=tuple(out)) if split else change


#: Marks that close a clause: words taken out before one and words put in after it are two edits, not one replacement.
_CLAUSE_MARKS = "，；"


def _split_at_a_kept_mark(change: Change) -> Change:
    """The change with each hunk that takes words out of one clause and puts words into the next, around the clause mark
    both keep ("种畜禽的，" → "，或者伪造、变造、" is "种畜禽的" taken out before the comma and "或者伪造、变造、" put in after
    it), split in two, when neither piece says the other or crosses a sentence: the diff folded the one-character
    equality between them, and the note read "“种畜禽的”改为“或者伪造、变造”", a replacement that never happened (畜牧法
    第六十二条 → 第八十二条). Not the other way round ("，医疗终结后" → "经治疗伤情稳定后，" is one condition rewritten)."""
    out = []
    for h in change.hunks:
        a, b = h.deleted, h.inserted
        shared = a[-1:] in _CLAUSE_MARKS and b[:1] == a[-1:] and not any(
            ch in a[:-1] + b[1:] for ch in "。；\n") and a[:-1] not in b and b[1:].rstrip("、，") not in a
        pieces = shared and _rotation(h)
        if pieces and all(len(substance(p.deleted or p.inserted)) >= 2 for p in pieces) \
                and sum(len(p.deleted) + len(p.inserted) for p in pieces) == len(a) + len(b) - 2:
            out += pieces
        else:
            out.append(h)
    return replace(change, hunks=tuple(out)) if len(out) > len(change.hunks) else change


def _copied_before(o, n, o_full, n_full, old_text: str, new_text: str):
    """The new side's words left at the end of what was put in, outside a sentence said put in whole, when they are the
    words just before the edit (the diff put the new sentence after them, not before): no words put in. "股东会会议作出…"
    → "股东会作出决议，…通过。股东会作出…" left "股东会" of the insertion beside "会议" taken out, "“会议”改为“股东会”" (公司法
    第四十三条 → 第六十六条, useless in the sixtieth reading): 会议 taken out, "股东会会议" written "股东会" (slight)."""
    run = new_text[n[0]:n[1]]
    if o[0] < o[1] and run.strip() and n[1] == n_full[1] and n[0] > n_full[0] \
            and old_text[max(0, o_full[0] - len(run)):o_full[0]] == run:
        return n[1], n[1]  # (where the words taken out stood: after the words copied)
    return n


def _copied_after(o, n, o_full, n_full, old_text: str, new_text: str):
    """The new side's words left at the start of what was put in, outside a sentence said put in whole, when they end
    with the words just after the edit (the diff put the new sentence before them, not after): those are copied, not put
    in. "应当做出国家秘密标志。" → "应当作出国家秘密标志。涉及…作出国家秘密标志。" left "作出国家秘密标志" of the insertion
    beside "做" taken out: "“应当做”改为“应当作出国家秘密标志”" (保守国家秘密法 第十七条 → 第二十二条) is 做 → 作."""
    run = new_text[n[0]:n[1]].rstrip()
    if o[0] < o[1] and len(run) > 1 and n[0] == n_full[0] and n[1] < n_full[1]:
        after = old_text[o_full[1]:o_full[1] + len(run)]
        for k in range(len(run), 1, -1):
            if after.startswith(run[-k:]):
                return n[0], n[0] + len(run) - k
        # (or a unit, "%", before the mark that ends its sentence: "“职工月平均工资的30”改为“…月平均工资的30%”" was "职工" →
        # "上一年度城镇单位就业人员" with the "%" the old item goes on with, 军人抚恤优待条例 第三十条 → 第三十四条, useless in the
        # English reading 1017)
        cut = run.rstrip("；。")
        if len(cut) < len(run) and cut[-1:] in _UNITS and after.startswith(cut[-1]):
            return n[0], n[0] + len(cut) - 1
    return n


#: Units a figure ends with, that the diff may leave on either side of an edit before it.
_UNITS = "%％‰"


def _modifier_apart(h: Hunk, renames: Sequence[Note], old_text: str = ""):
    """(the word before, the renamed term) equal to a hunk that takes out (puts in) a word of its own just before a renamed
    term: "重大体育竞赛" → "体育赛事" is 删除“重大” beside the rename of 体育竞赛 (体育法 第三十四条 → 第五十二条, the sixtieth
    reading). A joiner before it is the rename's (a list of names made one: "或者股东大会")."""
    a, b = h.deleted, h.inserted
    if not a or not b or h.old_at < 0:
        return None
    for n in renames:
        term, forms = n.evidence[0], n.evidence[1:]
        if b in forms and a.endswith(term) and dropped_word(a[:-len(term)]):
            word = a[:-len(term)]
            return (Hunk(word, "", h.old_at, h.new_at), Hunk(term, b, h.old_at + len(word), h.new_at))
        if a == term:
            for f in forms:
                if b.endswith(f) and dropped_word(b[:-len(f)]):
                    word = b[:-len(f)]
                    return (Hunk("", word, h.old_at, h.new_at), Hunk(a, f, h.old_at, h.new_at + len(word)))
        # (a list member taken out just before a renamed term whose last characters the diff left equal: "公司债券存根、
        # 股东大" → "股东" of "…股东名册、公司债券存根、股东大会会议记录…" → "…股东名册、股东会会议记录…" is 删除“公司债券存根”
        # beside the rename of 股东大会, 公司法 第九十七条 → 第一百一十条: "“公司债券存根、股东大会”改为“股东会”" joined the two,
        # wrong in reading 1685)
        for f in forms:
            kept = common_suffix(term, f)
            if not kept or b != f[:-kept] or not a.endswith(term[:-kept]) or len(a) == len(term) - kept \
                    or not old_text.startswith(term[-kept:], h.old_at + len(a)):
                continue
            word = a[:-(len(term) - kept)]
            member = word[:-1] if word.endswith("、") else ""
            if member and len(member) <= MEMBER_BEFORE and all(HAN.match(ch) for ch in member) \
                    and not set(member) & set(term + f):  # (not a word of class the rename drops: "各类市场" → "经营")
                return (Hunk(word, "", h.old_at, h.new_at), Hunk(term[:-kept], b, h.old_at + len(word), h.new_at))
    return None


#: Characters, at most, of a list member taken out just before a renamed term (_modifier_apart).
MEMBER_BEFORE = 12


def _rename_tail_apart(h: Hunk, renames: Sequence[Note], old_text: str):
    """(the renamed term's tail, the rest) equal to a hunk that opens with what a rename changes of its term, after the
    words both forms open with, and goes on: "事务部门备案" → "工作主管部门复核" of "国务院退役军人事务部门备案" → "…退役军人工作主管
    部门复核" is the rename of 退役军人事务部门 and "备案" → "复核" (烈士褒扬条例 第十条, "“事务部门备案”改为“工作主管部门复核”"
    useless in reading 535, the procedure's note saying the rest)."""
    a, b = h.deleted, h.inserted
    if not a or not b or h.old_at < 0 or not old_text:
        return None
    for n in renames:
        term, forms = n.evidence[0], n.evidence[1:]
        for form in forms:
            head = common_prefix(term, form)
            old_tail, new_tail = term[head:], form[head:]
            # (or words only put in after it: "“事务部门”改为“工作主管部门依据其申请”" is the rename and 依据其申请 put in,
            # 烈士褒扬条例 第十七条 → 第二十条, reading 1973)
            if head >= 2 and old_tail and new_tail and len(a) >= len(old_tail) and len(b) >= len(new_tail) \
                    and len(a) + len(b) > len(old_tail) + len(new_tail) \
                    and a.startswith(old_tail) and b.startswith(new_tail) \
                    and old_text[max(0, h.old_at - head):h.old_at] == term[:head]:
                return (Hunk(old_tail, new_tail, h.old_at, h.new_at),
                        Hunk(a[len(old_tail):], b[len(new_tail):], h.old_at + len(old_tail), h.new_at + len(new_tail)))
    return None


def _rotation(h: Hunk):
    """(insertion, deletion) or (deletion, insertion) equal to the hunk, whose deleted text opens with what the
    inserted ends with (or ends with what it opens with); else None."""
    a, b = h.deleted, h.inserted
    if not a or not b or h.old_at < 0:
        return None
    for k in range(min(len(a), len(b)) - 1, 0, -1):
        if a[:k] == b[-k:]:
            return (Hunk("", b[:-k], h.old_at, h.new_at), Hunk(a[k:], "", h.old_at + k, h.new_at + len(b)))
        if b[:k] == a[-k:]:
            return (Hunk(a[:-k], "", h.old_at, h.new_at), Hunk("", b[k:], h.old_at + len(a), h.new_at + k))
    return None


def _inside_whole(old: str, new: str, removed: Sequence[Sentence], added: Sequence[Sentence], old_text: str = "",
                  new_text: str = "", renamed: Sequence[Tuple[str, str]] = ()) -> bool:
    """A deletion (insertion) that repeats a sentence said whole elsewhere in the provision. Not words only put in (taken
    out) that the text holds more often than the sentences said whole do: they stand outside them too ("、慈善信托的受托人"
    put into 慈善法 第一百零四条's lead-in and items, beside the new sentence "慈善组织、慈善信托的受托人涉嫌违反本法规定的…":
    the powers' wider reach was said by no note, recall 1345)."""
    words, text, whole = (new, new_text, added) if new and not old else (old, old_text, removed) if old and not new \
        else ("", "", ())
    words = words.strip(_EDGE_PUNCTUATION)
    if words and text and text.count(words) > sum(s.text.count(words) for s in whole):
        return False
    if old and new and old_text and new_text and not any(old in o or new in n for o, n in renamed) and all(
            w and _NAMES_A_BODY.match(text, text.find(w))
            and text.count(w) > sum(s.text.count(w) for s in {x.start: x for x in whole}.values())
            for w, text, whole in ((old.strip(_EDGE_PUNCTUATION), old_text, removed),
                                   (new.strip(_EDGE_PUNCTUATION), new_text, added))):
        return False  # (nor one body put for another that both texts name outside them too: "国家海洋行政主管部门" →
        # "国务院生态环境主管部门" opening 海洋环境保护法 第五十六条 → 第七十二条, its list of wastes rewritten, unsaid in recall 1361;
        # not part of a renamed body, "退役军人事务部门" → "退役军人工作主管部门")
    old, new = substance(old), substance(new)
    if bool(old) != bool(new) and any((old or new) == substance(s.text) for s in (removed if old else added)):
        return True  # (a sentence said whole, however short: "（二）负债的增减", rewritten from an item of 会计法 第十条)
    return len(old) + len(new) >= 8 and (not old or any(old in substance(s.text) for s in removed)) and \
        (not new or any(new in substance(s.text) for s in added))


#: Characters, at least, of words taken out (put in) that a sentence said whole on the other side holds.
MOVED_WITHIN = 4


def _moved_within(old: str, new: str, removed: Sequence[Sentence], added: Sequence[Sentence],
                  old_text: str, new_text: str) -> bool:
    """Words only taken out, from the one place the old text had them, that a sentence said put in (or
    rewritten into) holds, or words only put in, at the one place the new text has them, that a sentence said
    taken out holds: they moved within the provision, as that sentence's note says (道路运输条例 2022 第六十九条 →
    2023 第六十八条: "删除“货运经营者”" beside the new paragraph "…货运经营者强行招揽货物或者…的，…" its rewrite quotes;
    wrong in the thirty-fifth reading). Not words the text says in other places too: "县级以上" put in before
    "人民政府有关部门" is new there, whatever sentence taken out said it (突发事件应对法 第三十九条)."""
    old, new = substance(old), substance(new)
    if old and not new:
        return len(old) >= MOVED_WITHIN and old_text.count(old) == 1 and any(
            old in substance(s.text) or _shorter_form_in(old, substance(s.text)) for s in added)
    if new and not old:
        return len(new) >= MOVED_WITHIN and new_text.count(new) == 1 and any(new in substance(s.text) for s in removed) \
            and not _body_lengthened(new, new_text)
    return False


#: A body named after another, whose part it is ("人民政府" + "有关部门").
_PART_OF_A_BODY = recache.compile(r"^(?:有关|所属|工作|主管)?部门$")
_BODY_BEFORE = ("人民政府", "机关", "委员会")


def _body_lengthened(words: str, text: str) -> bool:
    """Words put in after a body's name that make it another body, its part: "所在地履行统一领导职责的人民政府责令停产停业" →
    "…的人民政府有关部门责令停产停业" (突发事件应对法 第六十四条 → 第九十六条: who orders it changed, unsaid in recall 1577 as
    moved from the old last sentence's "人民政府有关部门依法决定处罚")."""
    at = text.find(words)
    return bool(_PART_OF_A_BODY.match(words)) and at > 0 and text[:at].endswith(_BODY_BEFORE)


def _shorter_form_in(word: str, text: str) -> bool:
    """``text`` says ``word`` a character or two shorter, opening and ending alike: "检疫合格证明" as "检疫证明" (畜牧法
    第六十八条 → 第八十八条, the certificate now in the paragraph put in that refers its lack to 动物防疫法: "删除“检疫合格证明”"
    was wrong in reading 308)."""
    if len(word) < MOVED_WITHIN + 2:
        return False
    at = text.find(word[:2])
    while at >= 0:
        for cut in (1, 2):
            form = text[at:at + len(word) - cut]
            if form.endswith(word[-2:]) and in_order(form, word):
                return True
        at = text.find(word[:2], at + 1)
    return False


def _restructured(old: str, new: str, old_text: str, new_text: str) -> bool:
    """A deletion whose words are still in the new version (or an insertion already in the old one),
    bounds read alike ("其成员不得少于三人" → "监事会成员为三人以上"): moved within the provision."""
    if old.strip(_EDGE_PUNCTUATION) and new.strip(_EDGE_PUNCTUATION):
        return False
    words, other, own = (old, new_text, old_text) if old.strip(_EDGE_PUNCTUATION) else (new, old_text, new_text)
    bare = words.strip(_EDGE_PUNCTUATION)
    if words.strip().startswith("、") or words.strip().endswith("、"):
        if len(bare) <= LIST_MEMBER and bare in other and own.count(bare) > other.count(bare):
            return False  # (a list's member said once more than the other version says it: put in (taken out), not moved;
            # "维持国际和平、" put in the missing-in-action case of 军人抚恤优待条例 第八条 → 第十一条, its item (五) saying it
            # in both, unsaid in recall 1490)
    item = words.lstrip(_EDGE_PUNCTUATION)
    label = ITEM_LABEL.match(item)
    if label and label.group(0).strip() not in other and substance(item[label.end():]) not in substance(other):
        return False  # (an item of a number the other version's list never reached, its words not said there: put in,
        # however alike, "（三）行政复议调解书，由行政复议机关依法强制执行，或者申请人民法院强制执行", 行政复议法 第七十八条)
    return still_there(words, other) or _every_phrase_kept(words, other)


#: Characters, at most, of a list's member ``_restructured`` counts in both versions.
LIST_MEMBER = 12


def _every_phrase_kept(words: str, other_text: str) -> bool:
    """Words of two phrases or more, one of them long (PHRASE_KEPT), each still said word for word in the other version
    (帐 read 账): a sentence cut up and its phrases put in other places (会计法 第四十三条's "伪造、变造会计凭证、会计帐簿，
    编制虚假财务会计报告，构成犯罪的，依法追究刑事责任" in 第四十一条, the conduct opening it, the crime closing it: "删除" in the
    thirty-eighth reading)."""
    phrases = [p for p in recache.compile(r"[，；。\n]").split(words.strip(_EDGE_PUNCTUATION)) if p]
    if len(phrases) < 2 or max(map(len, phrases)) < PHRASE_KEPT or min(map(len, phrases)) < 4:
        return False
    spelled = {a: b for a, b in NORM_CHARACTERS}
    written = "".join(spelled.get(ch, ch) for ch in other_text)
    return all("".join(spelled.get(ch, ch) for ch in p) in written for p in phrases)


#: Characters, at least, of the longest phrase ``_every_phrase_kept`` reads.
PHRASE_KEPT = 8


def _around(text: str, span: Tuple[int, int], room: int = 8) -> str:
    """The span with a few characters either side, to tell a number inside "第…条" or "（…）" (eight: the "一" of
    "第二百五十一条" is five characters after its "第", 民事诉讼法 第二百六十五条)."""
    lo = max(0, span[0] - room)
    while lo < span[0] and text[lo] not in "第（(":
        lo += 1
    hi = min(len(text), span[1] + room)
    while hi > span[1] and text[hi - 1] not in "条款项目章节）)":
        hi -= 1
    return text[lo:hi]


def _outside(span: Tuple[int, int], whole: Sequence[Sentence], spans=None) -> List[Tuple[int, int]]:
    """The runs of an edit's span that lie outside the sentences said whole (``spans``: their
    ``_whole_spans``, when already made for the provision's other edits)."""
    runs: List[Tuple[int, int]] = []
    at, end = span
    for lo, hi in _whole_spans(whole) if spans is None else spans:
        if hi <= at:
            continue
        if lo >= end:
            break
        if lo > at:
            runs.append((at, lo))
        at = max(at, hi)
    if at < end:
        runs.append((at, end))
    return runs


#: What ends a sentence (or a clause of one said as a sentence).
_SENTENCE_END = recache.compile(r"[。；\n]")
#: Characters, at most, of an old sentence's tail taken into the edit before it (_with_the_tail_put_elsewhere).
TAIL_AT_MOST = 40


def _with_the_tail_put_elsewhere(o, o_full, n, n_full, old_text: str, new_text: str, removed_spans, added_spans):
    """Words put in whose new sentence ends inside them, the rest of them a sentence said whole, and words taken out
    whose old sentence goes on past them: the diff matched the rest of the old sentence inside that new sentence, and the
    edit takes it in, to its sentence's end: "“治疗或者集中供养孤老和生活不能自理的抚恤优待对象”改为“按照规定为抚恤优待对象提供
    优待服务”", not "“治疗”改为“…”" (军人抚恤优待条例 第四十五条 → 第四十一条: the collective care now the new sentence's, of
    退役军人; the old clause read as still standing, wrong in reading 1412). Only a tail of TAIL_AT_MOST characters that no
    sentence said whole holds, where the words put in are cut by a sentence said whole that goes on past them."""
    if o != o_full or o[0] == o[1] or n[1] >= n_full[1] or n[0] != n_full[0] or not new_text[n[0]:n[1]].rstrip():
        return o
    # (a sentence said whole opens where the words put in are cut, and one holds the equal words after them)
    if not any(n[1] <= lo <= n[1] + 1 for lo, _ in added_spans) or not any(lo <= n_full[1] < hi for lo, hi in added_spans):
        return o
    if not _SENTENCE_END.search(new_text, n[0], n_full[1]) or _SENTENCE_END.search(old_text, o[0], o[1]):
        return o
    end = _SENTENCE_END.search(old_text, o[1])
    end = end.start() if end else len(old_text)
    if end == o[1] or end - o[1] > TAIL_AT_MOST or any(lo < end and o[1] < hi for lo, hi in removed_spans):
        return o
    put = substance(new_text[n[0]:n[1]])
    if not put or substance(old_text[o[1]:end]) in put:
        return o  # (words put in that go on with the tail themselves: the diff slid, "做" → "作出国家秘密标志。…作")
    return o[0], end


def _matched_further_on(a: str, b: str, old_text: str) -> Tuple[str, str]:
    """Words taken out that the diff matched to the end of a paragraph put in after them: "“分取红利或者不按照出资比例优先认缴
    出资”改为“优先认缴出资的除外”" is "分取红利或者不按照出资比例" taken out, the rest of the old sentence ("优先认缴出资的除外") kept,
    its "的除外。" matched to the new paragraph's (公司法 第三十四条 → 第二百二十七条, a quote cut apart, useless in the
    hundred-and-fourth reading). The new side opens with words the old side ends with and goes on with what follows the
    old side in the old text, up to the end of its paragraph."""
    if not a or not b or not b.endswith("\n") or old_text.count(a) != 1:
        return a, b
    after = old_text[old_text.index(a) + len(a):].split("\n", 1)[0]
    for kept in range(min(len(a), len(b)) - 1, 1, -1):
        if a.endswith(b[:kept]) and b[kept:].rstrip("\n") == after and after:
            return a[:-kept], ""
    return a, b


def _renamed_part(a: str, b: str, renamed: Sequence[Tuple[str, str]], old_text: str) -> bool:
    """Words taken out that are what a rename takes out of its term, the term standing wherever they do: "删除“具体”" of
    "提交当初作出具体行政行为的证据" → "提交作出行政行为的证据" beside "“具体行政行为”改为“行政行为”（本条2处）" (行政复议法
    第二十三条, the diff having joined it to "当初": useless in the hundred-and-fourth reading)."""
    if b or not a:
        return False
    return any((old == a + new or old == new + a) and old_text.count(a) == old_text.count(old) * old.count(a)
               for old, new in renamed)


def _same_once_renamed(a: str, b: str, renamed: Sequence[Tuple[str, str]]) -> bool:
    """The edit says the same once the document's renames are made in its old words: "“省级人民政府畜牧兽医行政主管部门”改为
    “省、自治区、直辖市人民政府农业农村主管部门”" beside "“畜牧兽医行政主管部门”改为“农业农村主管部门”" (畜牧法 第六十条 →
    第八十条, useless in reading 819: the provincial level named by its three kinds)."""
    if not a or not b or not renamed:
        return False
    for old, new in renamed:
        # (and the heads of the two terms, an edit cut before their shared end: "畜牧兽医行政" → "农业农村" of "…主管部门")
        tail = common_prefix(old[::-1], new[::-1])
        for x, y in [(old, new)] + ([(old[:len(old) - tail], new[:len(new) - tail])] if tail else []):
            if len(x) >= 2 and y and x in a:
                a = a.replace(x, y)
    return a != b and same_meaning(a, b)


def _renamed_with_its_joiner(a: str, b: str, renamed: Sequence[Tuple[str, str]], new_text: str) -> bool:
    """Words taken out that are a renamed term with the joiner after (or before) it, the new term said in the provision:
    "删除“摘取和”" of "（一）摘取和植入人体器官的手术费" → "（一）获取活体器官、切除病损器官、植入人体器官所发生的手术费…" beside
    "“摘取”改为“获取”（全文统一修改）" (人体器官捐献和移植条例 第二十一条 → 第三十二条: read as the fee for taking organs gone,
    wrong in reading 641). The term went on under its new name, in words another note quotes."""
    if b or not a:
        return False
    term = a.strip("和、及与")
    return term != a and any(old == term and new in new_text for old, new in renamed)


#: Characters, at least, of an old phrase said elsewhere in the new provision that a long edit's quote leaves out.
MOVED_PHRASE = 4


def _moved_phrases_off(a: str, b: str, new_text: str, fines_said: bool = False) -> Tuple[str, str]:
    """A long edit (one side past the quote's limit) whose old side ends on phrases the new provision says elsewhere, not in
    the new side: those phrases moved, not replaced ("…财务会计报告，构成犯罪的，依法追究刑事责任" → "…财务会计报告的，由县级以上
    人民政府财政部门给予警告…", 会计法 第四十五条 → 第四十二条, whose new text still ends "构成犯罪的，依法追究刑事责任": the quote
    read as the criminal liability replaced, wrong in the hundred-and-fifth reading). They are left out of the quote, and so
    are the new side's closing phrases of nothing but a fine when a note compares the provision's fines (the fine quoted as
    put in read as new where the old text had one, wrong in the hundred-and-seventh), unless the phrase before it is the
    condition it is the fine of ("上一年度没有销售额或者销售额难以计算的，处五百万元以下的罚款", 反垄断法 第五十二条 → 第六十二条: the
    quote ended on the condition, its fine cut off, wrong in reading 606)."""
    if not a or not b or max(len(a), len(b)) <= QUOTE_LIMIT:
        return a, b
    phrases = a.split("，")
    while len(phrases) > 1 and len(phrases[-1]) >= MOVED_PHRASE and phrases[-1] in new_text and phrases[-1] not in b:
        phrases.pop()
    theirs = b.split("，")
    while (fines_said and len(theirs) > 1 and _FINE_WORDS.search(theirs[-1]) and not _FINE_WORDS.sub("", theirs[-1])
           and not (theirs[-2].endswith("的") and _FINE_WORDS.sub("", theirs[-2]))):
        theirs.pop()
    return "，".join(phrases), "，".join(theirs)


def _renamed_but_for_its_but(a: str, b: str, renamed: Sequence[Tuple[str, str]]) -> bool:
    """A renamed term that has lost the "但是，" opening its sentence, made a paragraph of its own: "“但是，股东大会”改为“股东会”"
    (公司法 第一百零三条 → 第一百一十六条's two-thirds majority, beside "“股东大会”改为“股东会”（全文统一修改…）": a fragment
    of form, useless in the hundred-and-fifth reading)."""
    b = b.strip()
    if not a.startswith("但是") or not b:
        return False
    rest = a[2:].lstrip("，,")
    return any(old in rest and rest.replace(old, new) == b for old, new in renamed)


def _quoted_by(removed: Sequence[Sentence], notes: Sequence[Note]) -> List[Sentence]:
    """The old sentences said whole that a note quotes (the rest are kept: their words stand in the new text)."""
    return [s for s in removed if any(s.text in e for n in notes for e in n.evidence)]


def _unshown(words: str, span: Tuple[int, int], notes: Sequence[Note]) -> List[Tuple[int, int]]:
    """``[span]`` when the notes that quote an old sentence said whole leave ``words`` (taken out of it, others put in
    their place) in the sentence's elided part, no quoted piece of it among them: their replacement is said here.
    "不再规定：“中华人民共和国边防机关……临时往来……没有协议的……”" leaves out "依照中国政府的", and "没有协议的，依照中国政府的有关规定
    办理" became "没有协议的，按照国家有关规定办理" (国境卫生检疫法 第二十五条 → 第五十三条: "新增“按照国家”" was a fragment)."""
    quotes = [n.finding.old for n in notes if n.finding.kind is FindingKind.WORDING_CHANGED and n.finding.old
              and n.finding.new is None and "……" in n.finding.old]
    shown = [piece for q in quotes for piece in q.split("……") if len(piece) > 1]
    return [span] if quotes and not any(piece in words or words in piece for piece in shown) else []


def _whole_spans(whole: Sequence[Sentence]) -> List[Tuple[int, int]]:
    """The sentences said whole as spans, in order (a sentence holds start..end, both ends)."""
    return sorted((s.start, s.end + 1) for s in whole)


#: Characters, at most, of one side of an edit whose other side lies in a sentence said whole: a residue.
RESIDUE = 1
#: Characters, at most, of each side of a word replaced whose new side stands in a sentence a rewrite quotes, its old side
#: in none: said as a replacement (not a duty word: the modality notes say those).
WORD_FOR_WORD = 4
_MODAL_WORD = recache.compile(r"可以|应当|必须|不得|禁止|须|应")


def _in_a_rewrites_new_sentence(span: Tuple[int, int], notes, new_text: str) -> bool:
    """Whether the span of the new text lies in the new sentence of a rewrite ("改写：“…”改为“…”"), that sentence standing
    once in the text (not one said put in whole, "新增规定")."""
    for n in notes:
        if len(n.evidence) == 2 and n.finding.message.startswith("改写：") and n.evidence[1] \
                and new_text.count(n.evidence[1]) == 1:
            at = new_text.find(n.evidence[1])
            if at <= span[0] and span[1] <= at + len(n.evidence[1]):
                return True
    return False


#: The longest phrase (characters) quoted whole for one edit that is most of it.
WHOLE_PHRASE = 40
#: Duty words: a phrase whose count of them changed is not quoted whole for its other edit.
_DUTY_WORDS = ("必须", "应当", "可以", "不得")


#: Characters, at least, of an old quote said twice against two parts of its new form before the two are said as one.
ONE_OLD_SENTENCE = 20
#: What a quote of several sentences is cut at: the gaps and ends it shows.
_QUOTE_PARTS = recache.compile("……|。")


def _shared_clause_off(a: str, b: str) -> Tuple[str, str]:
    """An edit both sides of which end on the same clause after a "，" (the diff run on to where one sentence ends): the
    clause left out, "“申请、作出行政复议决定，适用本法”改为“案件，适用本法。”" is "“申请、作出行政复议决定”改为“案件”", then
    one phrase with the edit before it (行政复议法 第二条, a fragment in reading 1972)."""
    x, y = a.rstrip("。；\n"), b.rstrip("。；\n")
    k = common_suffix(x, y)
    at = x.find("，", len(x) - k) if k else -1
    if at <= 0 or k - (at - (len(x) - k)) < 3 or len(y) - (len(x) - at) <= 0:
        return a, b
    return x[:at], y[:len(y) - (len(x) - at)]


#: Characters, at most, that an edit keeps of a clause it runs into across a "，" for the clauses to be quoted whole, and
#: of each side of those clauses.
CUT_CLAUSE, CLAUSES_WHOLE = 2, 60
_CLAUSE_STOPS = "。；：\n"


def _clauses_whole_for_a_cut_one(pieces, old_text: str, new_text: str):
    """An edit that runs across a "，" into a word or two of the next clause ("“污染的，也”改为“环境污染、生态破坏的”；新增
    “相关规定”", 海洋环境保护法 第二条, pieces of words in reading 1975): both sides from the start of the clause it opens in
    to the end of their sentence, when each is short (CLAUSES_WHOLE), the other edits inside them said by the quote:
    "“造成中华人民共和国管辖海域污染的，也适用本法”改为“造成中华人民共和国管辖海域环境污染、生态破坏的，适用本法相关规定”"."""
    for a, b in pieces:
        if not a or not b or "，" not in (a + b).strip("，") or any(ch in a + b for ch in _CLAUSE_STOPS) \
                or old_text.count(a) != 1 or new_text.count(b) != 1:
            continue
        # (a word or two of the clause after, or a clause of a word or two before: "但是，因", "其中，…"; not the last word
        # of a clause cut ("决定，主管部…" of "根据法律和国务院的决定，", 国务院组织法 第十条)
        # (and words the other side does not say: "减少" of "“减少重大”改为“有针对性地采取有效防范措施，减少”" is kept, the
        # clause put in before it and 重大 taken out, said apart, 突发事件应对法 第五条)
        if not any((len(side.rsplit("，", 1)[1]) <= CUT_CLAUSE and side.rsplit("，", 1)[1] not in other
                    or len(side.split("，", 1)[0]) <= CUT_CLAUSE and side.split("，", 1)[0] not in other
                    and _opens_a_clause(side, text))
                   for side, text, other in ((a, old_text, b), (b, new_text, a)) if "，" in side.strip("，")):
            continue
        spans = []
        for side, text in ((a, old_text), (b, new_text)):
            at = text.index(side)
            start = max(text.rfind(ch, 0, at) for ch in "，" + _CLAUSE_STOPS) + 1
            ends = [k for k in (text.find(ch, at + len(side)) for ch in _CLAUSE_STOPS) if k >= 0]
            spans.append((start, min(ends) if ends else len(text)))
        (o0, o1), (n0, n1) = spans
        whole = (old_text[o0:o1], new_text[n0:n1])
        if max(map(len, whole)) > CLAUSES_WHOLE or any(whole[0].count(m) != whole[1].count(m) for m in _DUTY_WORDS):
            continue  # (a duty word changed in them: the modality note quotes the clauses)
        # (the two quotes end on clauses alike, and neither opens on a clause the other left before it: not "“由工商行政管理
        # 部门没收…，并处…罚款”改为“由…文物行政部门责令改正，…没收…文物”", the fine said gone, 文物保护法 第七十三条; nor "“主管部、
        # 委员会可以…”改为“根据法律和国务院的行政法规、决定、命令，主管部门可以…”" beside "根据法律和国务院的决定", 国务院组织法 第十条)
        ends = (whole[0].rsplit("，", 1)[-1], whole[1].rsplit("，", 1)[-1])
        if ratio(*ends) < CLAUSES_ALIKE and common_suffix(*ends) < ENDS_ALIKE \
                or _opens_on_the_clause_before(whole[0], old_text[:o0], whole[1], new_text[:n0]):
            continue
        rest = [(c, d) for c, d in pieces if (c, d) != (a, b) and not (c in whole[0] and d in whole[1])]
        if any(c and old_text.count(c) == 1 and old_text.index(c) < o1 and old_text.index(c) + len(c) > o0
               for c, _ in rest):
            continue  # (another edit runs into the clauses: quoted apart, it would say them twice)
        return [whole] + rest
    return pieces


def _opens_a_clause(side: str, text: str) -> bool:
    at = text.index(side)
    return not at or text[at - 1] in "，" + _CLAUSE_STOPS


#: fuzz.ratio, at least, of the last clauses of two quotes that end alike (or the characters, at least, they end on
#: alike).
CLAUSES_ALIKE, ENDS_ALIKE = 50, 4


def _opens_on_the_clause_before(old: str, old_before: str, new: str, new_before: str) -> bool:
    """One quote's first clause is much like the clause the other text says just before the other quote."""
    def last_clause(text: str) -> str:
        if not text.endswith("，"):
            return ""
        text = text[:-1]
        return text[max(text.rfind(ch) for ch in "，" + _CLAUSE_STOPS) + 1:]
    before = (last_clause(old_before), last_clause(new_before))
    return before[0] != before[1] and any(clause and ratio(clause, quote.split("，", 1)[0]) >= CLAUSES_ALIKE
                                          for clause, quote in ((before[0], new), (before[1], old)))


def _one_old_sentence_once(pieces: List[Tuple[str, str]], new_text: str) -> List[Tuple[str, str]]:
    """Two quotes of one old sentence (ONE_OLD_SENTENCE characters or more), each against part of what it became (edits
    across sentences, quoted whole): one quote, against the parts of both in the new text's order ("。" between parts
    side by side, "……" across a gap). 环境污染解释 第二条
    → 第四条: its one sentence is the new lead-in and three items; "“实施刑法第三百三十九条…”改为“实施…：……（二）具有本解释第二条
    第五项至第十……”；“实施刑法第三百三十九条…”改为“（二）…（三）…”" quoted it twice (useless in reading 814)."""
    out: List[Tuple[str, str]] = []
    for a, b in pieces:
        first = next((k for k, (a0, b0) in enumerate(out) if len(a) >= ONE_OLD_SENTENCE and a0 == a and b0 and b), None)
        if first is not None:
            said = _QUOTE_PARTS.split(out[first][1] + "。" + b)
            parts = sorted({(new_text.find(part), part) for part in said if part})
            if all(at >= 0 for at, _ in parts):
                joined = parts[0][1]
                for (at0, part0), (at, part) in zip(parts, parts[1:]):
                    joined += ("。" if at <= at0 + len(part0) + 2 else "……") + part
                out[first] = (a, joined)
                continue
        out.append((a, b))
    return out


def wording_notes(changes: Sequence[Change], notes: Sequence[Note], old_text: str = "", new_text: str = "",
                  removed: Sequence[Sentence] = (), added: Sequence[Sentence] = ()) -> List[Note]:
    """One ``wording_changed`` per change whose substantive edits no other note explains."""
    apart: set = set()  # the hunks left of one split by _with_rotations_split: said, whatever other notes quote
    renames = [n for n in notes if n.finding.kind == FindingKind.TERM_RENAMED]
    whole: set = set()  # of those, the words put or taken before a renamed term: whole words, not widened
    changes = [_with_rotations_split(c, renames, apart, whole, old_text) for c in changes] if renames else changes
    changes = _phrases_reordered(changes, old_text, new_text) if len(changes) > 1 and old_text else changes
    changes = [_split_at_a_kept_mark(_item_put_in_whole(c, old_text, new_text)) for c in changes]
    hunks = [h for c in changes for h in c.hunks]
    equal = _equal_runs(hunks, old_text, new_text)
    out: List[Note] = []
    quoted: List[Tuple[int, List[Tuple[str, str]]]] = []  # (where in out, the edits a note quotes)
    seen_sentences: set = set()
    removed_spans, added_spans = _whole_spans(removed), _whole_spans(added)  # (once, not per hunk)
    quoted_spans = None  # (of the old sentences said whole, those a note quotes: asked for seldom)
    route_stops = (_stops(old_text), _stops(new_text)) if "应当由" in old_text or "应当由" in new_text else None
    renamed = [(n.finding.old, n.finding.new) for n in renames if n.finding.old and n.finding.new]
    fines_said = _fines_compared(notes)
    figures_quoted = _figures_quoted(notes)
    sanctions_said = _sanctions_said(notes)

    # (and words only taken out in several places, and nowhere in the new text: "、养殖小区" out of 畜牧法 第三十九条 five
    # times, one of them in the delegation rewritten, the others said by no note; words the new text says elsewhere are
    # moved, the rewrite's)
    made = Counter((h.deleted, h.inserted) for c in changes for h in c.hunks
                   if h.deleted and (h.inserted or len(substance(h.deleted)) >= 2 and h.deleted not in new_text))
    repeated = {edit for edit, times in made.items() if times > 1}
    swapped = _halves_of_a_swap(changes)
    words_only = {id(h) for c in changes if all(_a_word(k, old_text, new_text) for k in c.hunks) for h in c.hunks}
    taken_here = {h.deleted for h in hunks if _taken_out_inside(h, equal, old_text, new_text)}

    def said_by(n: Note, h: Hunk) -> bool:  # (the note says the hunk's words)
        return (n.accounts_for(_sides_in_context(h, old_text, new_text) if n.finding.message.startswith(_WHOLE)
                               else sides_of(h)) or _members_said(n, h) or _taken_into_a_sentence_put_in(n, h)) \
            and not _whole_elsewhere(n, h, removed, added, new_text) \
            and not _body_swapped_elsewhere(n, h, old_text, new_text) and not _on_the_other_side(n, h.deleted, h.inserted) \
            and not _holder_put_before(n, h, new_text) \
            and not _term_taken_out(n, h, new_text) and not _more_than_its_words(n, h, notes) \
            and not (((h.deleted, h.inserted) in repeated or id(h) in swapped or id(h) in words_only
                      or len(h.deleted + h.inserted) <= 1 or _put_in_elsewhere_too(h, old_text, new_text)
                      or _taken_out_elsewhere_too(h, old_text, new_text))
                     and _outside_the_rewrite(n, h, old_text, new_text)) \
            and not (n.finding.message.startswith(_WHOLE) and (
                _put_in_elsewhere_too(h, old_text, new_text)
                or h.deleted.strip(_EDGE_PUNCTUATION) and h.inserted.strip(_EDGE_PUNCTUATION))
                     and _outside_the_sentence_put_in(n, h, old_text, new_text)) \
            and not (len(h.deleted) <= 1 and len(h.inserted) <= 1 and (
                _outside_the_sentence_put_in(n, h, old_text, new_text)
                or _outside_the_rewrite(n, h, old_text, new_text, paragraph="sentence" if _one_character_for_another(h)
                                        else True)))

    for change in changes:
        spans = []
        for raw in change.hunks:
            h = _slid(raw, old_text, new_text, equal)
            sides = sides_of(h)
            if substance(h.deleted) == substance(h.inserted) or _route_only(h, old_text, new_text, route_stops) or (
                    sides and id(h) not in apart and any(said_by(n, h) and _one_way(n, h, raw, change.hunks, notes,
                                                                                    said_by) for n in notes)) \
                    or _documents_said(h, notes):
                continue
            if h.old_at < 0:  # built without positions: quote as is
                spans.append(((h.deleted, h.inserted), None))
                continue
            o_full, n_full = (h.old_at, h.old_at + len(h.deleted)), (h.new_at, h.new_at + len(h.inserted))
            o_runs, n_runs = _outside(o_full, removed, removed_spans), _outside(n_full, added, added_spans)
            if not o_runs and o_full[0] < o_full[1] and n_runs == [n_full] and n_full[0] < n_full[1]:
                # Words put in for words taken out of an old sentence that no note quotes (kept, its words in order
                # elsewhere): the replacement, not "新增" of its new half ("，开始清算" → "进行清算", 公司法
                # 第一百八十三条 → 第二百三十二条, "新增“进行清算”" wrong in the ninety-ninth reading)
                if quoted_spans is None:
                    quoted_spans = _whole_spans(_quoted_by(removed, notes))
                o_runs = _outside(o_full, removed, quoted_spans) or _unshown(old_text[o_full[0]:o_full[1]], o_full, notes)
            if not n_runs and o_runs == [o_full] and 0 < len(h.inserted) <= WORD_FOR_WORD and h.deleted.strip() \
                    and len(h.deleted) <= WORD_FOR_WORD and not _MODAL_WORD.search(h.deleted + h.inserted) \
                    and _in_a_rewrites_new_sentence(n_full, notes, new_text):
                # (a word replaced in an old sentence no note quotes, its new word inside a sentence a rewrite quotes
                # whole: the replacement, not "删除" of the old word: "负有责任的主管人员" → "负有责任的领导人员" of
                # 药品管理法办法 第三十三条's second sentence, merged with the first into 第五十四条, was "删除“…负有责任的
                # 主管”", useless in reading 1248)
                n_runs = [n_full]
            if len(o_runs) <= 1 and len(n_runs) <= 1:
                o = o_runs[0] if o_runs else (o_full[0], o_full[0])
                n = n_runs[0] if n_runs else (n_full[0], n_full[0])
                o = _with_the_tail_put_elsewhere(o, o_full, n, n_full, old_text, new_text, removed_spans, added_spans)
                n = _copied_after(o, _copied_before(o, n, o_full, n_full, old_text, new_text), o_full, n_full,
                                  old_text, new_text)
                if o[0] == o[1] and n[0] == n[1]:
                    continue  # all of it is in sentences said whole
                if (not n_runs and n_full[0] < n_full[1] and o[1] - o[0] <= RESIDUE) or (
                        not o_runs and o_full[0] < o_full[1] and n[1] - n[0] <= RESIDUE):
                    continue  # one side in a sentence said whole, a character left of the other: "罚" of
                    # "给予处罚" → "给予处分" was "“给予处罚”改为“给予处”" (突发事件应对法 第六十六条, the twenty-ninth reading)
                before, after = equal[id(h)]
                before = before if (o[0], n[0]) == (o_full[0], n_full[0]) else 0
                after = after if (o[1], n[1]) == (o_full[1], n_full[1]) else 0
                left, right = min(before, _room(old_text, o[0], -1)), min(after, _room(old_text, o[1], +1))
                if not left and not right or id(h) in whole:
                    spans.append(((o, n), h))  # no room to widen on either side: no word needs cutting
                else:
                    spans.append((_Widening(o, n, before, after, left, right), h))
                continue
            # Pieces between sentences said whole: each its own deletion or insertion.
            spans += [((o, (n_full[0], n_full[0])), h) for o in o_runs]
            spans += [(((o_full[1], o_full[1]), n), h) for n in n_runs]
        spans = _widened(spans, old_text, new_text)
        pieces = [s for s, h in spans if h is None]
        moved = _word_moved(merge_spans([s for s, h in spans if h is not None]), old_text, new_text)
        edits = _bracketed(moved, old_text, new_text)
        for o, n in edits:
            if renumbering_only(_around(old_text, o), _around(new_text, n)):
                continue
            joined = _joined_to_its_word(o, n, old_text, new_text)
            o, n = _unambiguous(*joined, old_text, new_text, edits, repeated)
            if joined[1][0] == joined[1][1] and o != joined[0]:
                gone = old_text[joined[0][0]:joined[0][1]]
                if _restructured(gone, "", old_text, new_text) and gone not in taken_here \
                        or repeated_word_dropped(gone, "", old_text, new_text):
                    o, n = joined  # (words moved within the provision, or a name said twice said once, which no note
                    # says: not widened into one, "“人民政府有关部门”改为“有关部门”" of 突发事件应对法 第二十二条's "人民政府或者
                    # 人民政府有关部门")
            o, n = with_the_body_after(*_with_the_members_modifier(o, n, old_text, new_text), old_text, new_text)
            a, b = old_text[o[0]:o[1]], new_text[n[0]:n[1]]
            if _joiner_swapped(old_text, new_text, o, n) or locative_only(old_text, new_text, o, n) \
                    or alternatives_joined(old_text, new_text, o, n) or _said_alike(
                    old_text[max(0, o[0] - 1):o[1]], new_text[max(0, n[0] - 1):n[1]]):
                continue
            quotes = across_sentences(o, n, old_text, new_text, removed, added, renamed, seen_sentences)
            if quotes is not None:
                pieces += quotes
                continue
            pieces.append((a, b))
        pieces = [_shared_clause_off(a, b) for a, b in _one_old_sentence_once(pieces, new_text)]
        pieces = [_norm_words_off(a, b, notes) for a, b in pieces]
        pieces = [q for a, b in pieces for q in _around_a_kept_word(*_label_off(*_matched_further_on(a, b, old_text)))]
        pieces = [kept_word_with_the_word_before(a, b, old_text, new_text) for a, b in pieces]
        pieces = [_kept_phrases_off(a, b, old_text, new_text) for a, b in pieces]
        pieces = [_a_references_part_off(a, b, notes) for a, b in pieces]
        pieces = [(a, b) for a, b in pieces if substance(a) != substance(b) and not renumbering_only(a, b)
                  and not _inside_whole(a, b, removed, added, old_text, new_text, renamed)
                  and not _moved_within(a, b, removed, added, old_text, new_text)
                  and not (_restructured(a, b, old_text, new_text) and not (a in taken_here and not b))
                  and not repeated_word_dropped(a, b, old_text, new_text)
                  and not but_made_a_semicolon(a, b, old_text, new_text) and not _short_name_only(a, b)
                  and not _said_by(a, b, notes) and not _fines_only(a, b, fines_said) and not _share_only(a, b, notes)
                  and not _inside_the_duties_quoted(a, b, notes) and not _breach_said_again(a, b, old_text)
                  and not _fines_and_kept_sanctions(a, b, fines_said, old_text, new_text)
                  and not _sanctions_only(a, b, sanctions_said, fines_said)
                  and not _opening_of_a_sentence_joined(a, b, old_text, notes)
                  and not _reference_rewritten_only(a, b, notes) and not _renamed_part(a, b, renamed, old_text)
                  and not _same_once_renamed(a, b, renamed)
                  and not _renamed_with_its_joiner(a, b, renamed, new_text)
                  and not _self_named(a, b, old_text, new_text) and not _interpreters_named_only(a, b, old_text)
                  and not _same_in_its_phrase(a, b, old_text, new_text) and not _referent_only(a, b)
                  and not _state_as_subject_off(a, b, old_text, new_text) and not _said_as_just_before(a, b, old_text)
                  and not _in_a_rewrite(a, b, notes)
                  and not _named_by_the_paragraph_before(a, b, new_text)]
        # Half of a character spelled anew, the diff having cut the word elsewhere ("会计帐" → "会计"): nothing.
        norm_characters = "".join(a + b for a, b in NORM_CHARACTERS)
        pieces = [(a, b) for a, b in pieces if not (
            a != b and (a.startswith(b) or a.endswith(b) or b.startswith(a) or b.endswith(a))
            and all(ch in norm_characters for ch in (a.replace(b, "", 1) if len(a) > len(b) else b.replace(a, "", 1))))]
        pieces = [q for p in pieces for q in _spelled_anew_beside_slight(*p)]
        for piece, norms in [(p, n) for p in pieces if (n := norm_spellings(*p))]:
            pieces.remove(piece)
            for a, b in norms:
                times = piece[0].count(a) if len(a) == 1 else 1
                counted, counted_en = (f"（共{times}处）", f" ({times} places)") if times > 1 else ("", "")
                out.append(Note(Finding(FindingKind.WORDING_CHANGED, clip(change.old) or None, clip(change.new) or None,
                                        f"规范用语：“{a}”改为“{b}”{counted}",
                                        f"drafting-norm wording: “{a}” now written “{b}”{counted_en}"), ()))
        pieces = [q for p in _shifted(pieces) for q in _list_closed(*p)]
        # (and once a particle at the edge is off: "股数" → "的股份数" is "股数" → "股份数", the same)
        pieces = [p for a, b in pieces if not _slight(a, b) for p in [_particle_off(*_same_word_kept(a, b))]
                  if p == (a, b) or not _slight(*p)]  # (asked again only of a piece that changed)
        pieces = [q for p in pieces for q in _put_in_around(*p)]
        pieces = [q for p in pieces for q in _exception_apart(*p)]
        pieces = [q for p in pieces for q in _phrase_cut_after_clauses(*p, old_text, new_text)]
        pieces = _clause_for_a_word(pieces, old_text, new_text)
        pieces = [_compound_made_a_list(*p, old_text, new_text) for p in pieces]
        if _joined_the_other_way(pieces):
            continue  # "股东人数较少或者规模较小" → "规模较小或者股东人数较少": the same two, reordered
        listed = members_put_in(change.old, change.new) if pieces and change.old and change.new else None
        if listed:  # (members put in a list or taken out, its shared head said once: those members, not the edits)
            quoted.append((len(out), listed))
            out.append(Note(Finding(FindingKind.WORDING_CHANGED, clip(change.old) or None, clip(change.new) or None,
                                    *_wording_said(listed)), ()))
            continue
        wrapped = _words_put_around(change, pieces, old_text, new_text)
        if wrapped:
            pieces = [wrapped]
        # Several edits that rewrite most of one phrase: quote the phrase before and after, whole.
        # (so when one edit puts in the words another takes out: "“统一领导、综合”改为“统一指挥、…上下联动的应急管理体制和综合”；
        # “应急管理体制”改为“工作体系”" is the phrase rewritten, 突发事件应对法 第四条 → 第十六条, useless in the forty-fourth reading)
        if len(pieces) >= 2 and change.old and change.new and not any(ch in change.old + change.new for ch in "。；\n") and (
                sum(len(a) for a, _ in pieces) >= 0.4 * len(change.old) or any(
                len(a2) >= 4 and a2 in b1 for k, (_a1, b1) in enumerate(pieces) for j, (a2, _b2) in enumerate(pieces) if j != k)
                or _word_moved_across(pieces)):
            pieces = [(change.old, change.new)]
        # One edit that opens on a joiner on both sides' words kept and cut ("“和仲裁制度”改为“制度和仲裁基本制度”", two words
        # put in, 诉讼制度 and 仲裁基本制度, widened into one another: 立法法 第八条 → 第十一条, useless in the forty-fifth
        # reading): the short phrase whole.
        # One edit that is most of its phrase: the phrase whole, so the quote reads alone ("“主张行使优先购买”改为“行使优先购买”"
        # is "“两个以上股东主张行使优先购买权的”改为“两个以上股东行使优先购买权的”", 公司法 第七十一条; "“依照法定程序发行、约定在一定
        # 期限”改为“发行的约定按期”" is the definition's phrase, 第一百五十三条: fragments in readings 59–66). Not a phrase whose
        # duty word changed too: that is the modality note's (必须 → 应当 said once for the law).
        elif len(pieces) == 1 and all(pieces[0]) and change.old and change.new and len(change.old) <= WHOLE_PHRASE \
                and not any(ch in change.old + change.new for ch in "。；\n") and (change.old, change.new) != pieces[0] \
                and len(pieces[0][0]) >= 0.5 * len(change.old) \
                and all(change.old.count(m) == change.new.count(m) for m in _DUTY_WORDS):
            pieces = [(change.old, change.new)]
        elif len(pieces) == 1 and all(pieces[0]) and pieces[0][0].startswith(_OPENING_JOINED) and change.old and change.new \
                and len(change.old) <= JOINED_PHRASE and not any(ch in change.old + change.new for ch in "。；\n") \
                and not pieces[0][1].startswith(pieces[0][0][:1]):
            pieces = [(change.old, change.new)]
        elif len(pieces) >= 3 and _word_moved_across(pieces) \
                and (one_sentence_rewritten := _one_sentence_each(pieces, old_text, new_text)):
            # (the same in a change that runs on over sentences taken out beside it: "新增“县级以上人民政府应当将”；“应当纳入
            # 国民经济”改为“纳入国民经济”；“计划”改为“规划”" is the sentence rewritten, 应当 moved, 体育法 第三条, pieces in the
            # English reading 1895)
            pieces = [one_sentence_rewritten]
        elif len(pieces) >= 2:
            pieces = two_edits_of_one_phrase(_word_carried_across(pieces, change.old, change.new), old_text, new_text)
        pieces = _clauses_whole_for_a_cut_one(pieces, old_text, new_text)
        # (an edit opening on a joiner on one side only, with the words before it: "“加大对破产管理人的培训力度”改为“和业务培训”")
        pieces = [with_the_article_cited(*with_the_verb_after(*_with_what_it_governs(*_with_its_owner(*_with_the_words_before(
            a, b, old_text, new_text), old_text, new_text), old_text, new_text), old_text, new_text), old_text, new_text)
            for a, b in pieces]
        pieces = [with_the_act_after(*parts_of_the_article_cited(a, b, old_text, new_text), old_text, new_text)
                  for a, b in pieces]
        pieces = [_member_taken_out(*with_the_body_of_its_level(*gloss_alone(a, b), old_text, new_text), old_text, new_text)
                  for a, b in with_the_nouns_after(
            [with_the_law_it_cites(*with_the_document_it_names(*_with_the_name_end(a, b, old_text, new_text), old_text,
                                                               new_text), old_text, new_text)
             for a, b in pieces], old_text, new_text)]
        pieces = [on_to_the_word_after(*modifier_with_its_noun(*_citation_taken_out(a, b, old_text, new_text), old_text,
                                                               new_text), old_text, new_text) for a, b in pieces]
        # (a conjunct taken out across its joiner, quoted as the coordination and what it became)
        pieces = [_coordination_whole(a, b, old_text, new_text) for a, b in pieces]
        pieces = [taken_out_short(*put_in_again(*closing_a_list(a, b, old_text, new_text), old_text, new_text), old_text,
                                  new_text) for a, b in pieces]
        pieces = [_body_with_its_owner(*_rules_named_whole(*condition_with_its_phrase(a, b, old_text, new_text), old_text,
                                                           new_text), old_text, new_text) for a, b in pieces]
        # A small edit inside sentences already quoted whole is said by that quote.
        # (its edges' punctuation aside: "“应急计划，报国务院…备案。”" is inside the sentence quoted without its "。")
        pieces = [(a, b) for a, b in pieces if not any(
            (a, b) != (c, d) and a.strip(_EDGES) in c and b.strip(_EDGES) in d and len(c) + len(d) > len(a) + len(b)
            for c, d in pieces)]
        pieces = [_moved_phrases_off(a, b, new_text, fines_said) for a, b in pieces
                  if not _renamed_but_for_its_but(a, b, renamed)]
        # (and a phrase quoted whole that differs only by wordings of the same meaning: "牵头建立统一的…系统" → "牵头建立和
        # 完善统一的…系统", the words put in "和完善" read alone before the phrase was, useless in the English reading 220)
        pieces = [(a, b) for a, b in pieces if not same_meaning(a, b) and not joiner_moved_on(a, b, old_text, new_text)
                  and not same_share(a, b) and not _by_put_before(a, b)]
        pieces = [_marks_only_off(a, b) for a, b in pieces] if len(pieces) > 1 else pieces
        # (members of a list only reordered, as the pieces now read, are no edit: "“不同地区、不同类别”改为“不同类别、不同地区”",
        # 国防教育法 第三十条 → 第三十三条)
        pieces = [(a, b) for a, b in pieces if not _members_reordered(a, b) and not _delegation_named(a, b, new_text)
                  and not (a and _breach_said_again(a, b, old_text)) and not _only_separately(a, b)
                  and not _alternative_bracketed(a, b) and not _must_said_by_only_then(a, b, old_text, new_text)]
        pieces = [_rearranged_whole(*_with_what_it_names(a, b, old_text, new_text), old_text, new_text) for a, b in pieces]
        pieces = [_closed_alike(*_dangling_joiner_closed(a, b, old_text, new_text), new_text) for a, b in pieces]
        pieces = [_with_the_phrase_it_restates(a, b, old_text) for a, b in pieces]
        pieces = [_short_word_for_long(a, b, old_text, new_text, pieces) for a, b in pieces]
        # (and what the passes above make of a piece: a fine's words only, "删除“对个人可以处二万元以下的罚款，对单位可以处…”"
        # cut from an edit of fines, 反垄断法 第五十二条 → 第六十二条, beside the fines' notes: useless in reading 942)
        pieces = [(a, b) for a, b in pieces if not _fines_only(*_unshared(a, b), fines_said)
                  and not _breach_put_before_a_rename(a, b, renamed) and not _subject_put_before(a, b)
                  and not _said_by_a_figure_note(a, b, figures_quoted)]
        if not pieces:
            continue
        quoted.append((len(out), pieces))
        out.append(Note(Finding(FindingKind.WORDING_CHANGED, clip(change.old) or None, clip(change.new) or None,
                                *_wording_said(pieces, (old_text, new_text))), ()))
    drop = _verbs_carried_to_the_front(quoted) | _body_replaced(out, quoted)
    out, drop = _phrases_swapped(out, quoted, drop)
    out, drop = _member_moved_across(out, quoted, drop, old_text, new_text)
    out, drop = _body_moved_to_the_front(out, quoted, drop, old_text, new_text)
    out, drop = _body_moved_after_its_condition(out, quoted, drop, old_text, new_text)
    if drop:
        kept = [k for k in range(len(out)) if k not in drop]
        where = {k: n for n, k in enumerate(kept)}
        out, quoted = [out[k] for k in kept], [(where[at], pieces) for at, pieces in quoted if at in where]
    return _unless_quoted_by_another(out, quoted, old_text, new_text)


#: What a phrase of purpose opens on, left aside when two phrases are compared ("为了深化…").
_PURPOSE = "为了"


def _body_replaced(out: List[Note], quoted) -> set:
    """One note that only takes a body's name out ("删除“各地医疗单位”") and one that only puts one in ("新增“医疗机构”"), the
    only such two of the provision: the body named anew where the sentence now names it, "“各地医疗单位”改为“医疗机构”"
    (国境卫生检疫法 第十七条 → 第十二条, "对持有就诊方便卡的人员，医疗机构应当优先诊治": wrong in readings 956 and 965). The first
    note says it (changed in place); the second's index is returned to drop."""
    gone = [(at, p[0][0]) for at, p in quoted if len(p) == 1 and p[0][0] and not p[0][1].strip()
            and _BODY_END.search(substance(p[0][0]))]
    put = [(at, p[0][1]) for at, p in quoted if len(p) == 1 and p[0][1] and not p[0][0].strip()
           and _BODY_END.search(substance(p[0][1]))]
    if len(gone) != 1 or len(put) != 1:
        return set()
    (at, old), (at2, new) = gone[0], put[0]
    note = out[at]
    zh, en = _wording_said([(old, new)])
    out[at] = replace(note, finding=replace(note.finding, message=zh, message_en=en))
    quoted[:] = [(k, [(old, new)] if k == at else pieces) for k, pieces in quoted]
    return {at2}


def _phrases_swapped(out: List[Note], quoted, drop: set):
    """Two notes of one edit each whose words went into the other's place: "“为了深化国家监察体制改革”改为“为了深入开展廉政建设和
    反腐败工作”" and "“深入开展反腐败工作”改为“持续深化国家监察体制改革”" are the two purposes swapped (监察法 第一条: read as the
    reform no longer an aim, wrong in readings 551 and 579). One note says it, with what they now read; the other goes."""
    # (each edit's words without the purpose's opening, old words of four characters or more)
    single = [(at, x, y) for at, pieces in quoted if len(pieces) == 1 and all(pieces[0]) and at not in drop
              for x, y in [(w.removeprefix(_PURPOSE) for w in pieces[0])] if len(x) >= 4]
    for n, (at, x1, y1) in enumerate(single):
        for at2, x2, y2 in single[n + 1:]:
            if x1 in x2 or x2 in x1 or not (in_order(x1, y2) and in_order(x2, y1)) or x1 in y1 or x2 in y2:
                continue
            zh = f"表述修改：“{x1}”与“{x2}”调换位置，现为“{y1}”“{y2}”"
            en = f"wording changed: “{x1}” and “{x2}” swapped places, now “{y1}” … “{y2}”"
            out = list(out)
            out[at] = replace(out[at], finding=replace(out[at].finding, message=zh, message_en=en))
            return out, drop | {at2}
    return out, drop


#: Who acts, put before a sentence whose later words named another ("国家对保障…" where "各级人民政府和有关部门给予…" was).
_ACTOR_PUT_FIRST = recache.compile(r"^(?:国家|国务院|[^，。；、]{0,12}(?:人民政府|机构|部门|机关))$")
#: The longest sentence (characters) quoted whole when who acts in it moved to its front.
FRONT_SENTENCE = 60


def _body_moved_to_the_front(out: List[Note], quoted, drop: set, old_text: str, new_text: str):
    """A note that only puts who acts before a sentence ("“对保障”改为“国家对保障”") beside one that takes the body that acted out
    of its later words ("“各级人民政府和有关部门给予表彰和奖励”改为“按照有关规定给予表彰和奖励”"): who acts moved, one note
    quoting the sentence before and after, whole (妇女权益保障法 第八条 → 第十一条: the first a fragment, useless in reading
    1527). Sentences of FRONT_SENTENCE characters at most."""
    put = [(at, a, b[:-len(a)]) for at, pieces in quoted if at not in drop and len(pieces) == 1 and all(pieces[0])
           for a, b in pieces if b.endswith(a) and _ACTOR_PUT_FIRST.match(b[:-len(a)])]
    for at, a, actor in put:
        for at2, pieces in quoted:
            if at2 == at or at2 in drop or len(pieces) != 1 or not all(pieces[0]):
                continue
            c, d = pieces[0]
            body = c[:len(c) - common_suffix(c, d)]  # (the old words the edit took out, up to the words both end on)
            if not any(_BODY_END.search(w) for w in body.split("和")):
                continue
            was, now = _sentence_of(old_text, c), _sentence_of(new_text, d)
            if not (was.startswith(a) and now.startswith(actor + a)) or max(len(was), len(now)) > FRONT_SENTENCE:
                continue
            return _sentence_said_whole(out, quoted, at, was, now), drop | {at2}
    return out, drop


#: Who acts, said before the condition that opens a sentence ("县级以上地方人民政府对依靠…的…": group 1).
_ACTOR_BEFORE_CONDITION = recache.compile(r"^((?:国家|国务院|[^，。；、对]{0,12}(?:人民政府|机构|部门|机关)))对")
#: The longest sentence (characters) quoted whole when who acts in it moved after the condition it opened on.
AFTER_CONDITION_SENTENCE = 100


def _body_moved_after_its_condition(out: List[Note], quoted, drop: set, old_text: str, new_text: str):
    """A note that takes who acts off the condition a sentence opens on ("“县级以上地方人民政府对依靠定期抚恤金生活仍有困难的…
    遗属”改为“对领取定期抚恤金后生活仍有特殊困难的…遗属”") beside one that puts it before the sentence's next phrase ("“可以增发
    抚恤金…予以补助，保障其生活不低于当地的平均生活水平”改为“县级以上地方人民政府可以增发抚恤金…予以困难补助”"): who acts moved
    after the condition, one note quoting the sentence before and after, whole (军人抚恤优待条例 第十八条 → 第二十一条 and 第二十七条
    → 第三十一条: the first read alone as the government taken out, wrong twice in reading 1923). Sentences of
    AFTER_CONDITION_SENTENCE characters at most."""
    ones = [(at, pieces[0]) for at, pieces in quoted if at not in drop and len(pieces) == 1 and all(pieces[0])]
    for at, (a, b) in ones:
        m = _ACTOR_BEFORE_CONDITION.match(a)
        if not m or not b.startswith("对"):
            continue
        actor = m.group(1)
        was, now = _sentence_of(old_text, a), _sentence_of(new_text, b)
        if not was or not now or max(len(was), len(now)) > AFTER_CONDITION_SENTENCE:
            continue
        for at2, (c, d) in ones:
            if at2 == at or not d.startswith(actor) or c.startswith(actor) \
                    or _sentence_of(old_text, c) != was or _sentence_of(new_text, d) != now:
                continue
            return _sentence_said_whole(out, quoted, at, was, now), drop | {at2}
    return out, drop


def _sentence_said_whole(out: List[Note], quoted, at: int, was: str, now: str) -> List[Note]:
    """The notes with note ``at`` quoting the sentence before and after, whole (``quoted`` made to say so too)."""
    zh, en = _wording_said([(was, now)])
    out = list(out)
    out[at] = replace(out[at], finding=replace(out[at].finding, old=was, new=now, message=zh, message_en=en))
    quoted[:] = [(k, [(was, now)] if k == at else p) for k, p in quoted]
    return out


def _sentence_of(text: str, words: str) -> str:
    """The sentence of ``text`` (to its "。" or "；", without it) that holds ``words``, said once in ``text``; else ""."""
    if text.count(words) != 1:
        return ""
    start, end = span_at(text, text.index(words))
    return text[start:end]


#: Joiners a member put into a list opens on ("和联组会议"), longest first.
_MEMBER_OPENINGS = ("以及", "或者", "和", "及", "与", "、")


def _member_moved_across(out: List[Note], quoted, drop: set, old_text: str, new_text: str):
    """A note that only puts a member in a list ("新增“和联组会议”") beside one that only takes it out of another list of the
    sentence ("“在联组会议和分组会议上”改为“在分组会议上”"): the member moved from one rule to the other (全国人民代表大会常务委员会
    议事规则 第三十一条 → 第四十四条: 联组会议's speeches now held to ten minutes, not fifteen; "新增" of it was wrong in reading
    1135). One note says it, with the clauses it left and joined; the other goes."""
    put_in = [(at, b) for at, pieces in quoted if at not in drop and len(pieces) == 1 and not pieces[0][0]
              for b in [pieces[0][1]]]
    for at, b in put_in:
        joiner = next((j for j in _MEMBER_OPENINGS if b.startswith(j)), None)
        member = b[len(joiner):] if joiner else ""
        if len(member) < 2 or old_text.count(member) != 1 or new_text.count(member) != 1:
            continue
        for at2, pieces in quoted:
            if at2 == at or at2 in drop or len(pieces) != 1 or member not in pieces[0][0] or member in pieces[0][1]:
                continue
            was, now = _clauses_around(old_text, member), _clauses_around(new_text, member)
            zh = f"表述修改：“{member}”由“{was}”移至“{now}”"
            en = f"wording changed: “{member}” moved from “{was}” to “{now}”"
            out = list(out)
            out[at] = replace(out[at], finding=replace(out[at].finding, old=was, new=now, message=zh, message_en=en))
            return out, drop | {at2}
    return out, drop


def _clauses_around(text: str, word: str) -> str:
    """The phrase of ``text`` that says ``word`` (once) and, after a "，", the phrase after it (_phrase_bounds)."""
    at = text.index(word)
    start, end = _phrase_bounds(text, at, at + len(word))
    if text[end:end + 1] == "，":
        end = _phrase_bounds(text, end + 1, end + 1)[1]
    return text[start:end]


#: Verbs that stand in for another made a noun earlier in the sentence ("…方式转让" → "股票的转让，…方式进行").
_LIGHT_VERBS = ("进行", "实施", "办理")


def _verbs_carried_to_the_front(quoted) -> set:
    """The notes (their indexes) whose one edit puts a light verb for a verb another note of the provision puts in, the act
    made the sentence's subject: "“方式转让”改为“方式进行”" beside "“记名股票”改为“股票的转让”" (公司法 第一百三十九条 →
    第一百五十九条, "记名股票，由股东以…方式转让" → "股票的转让，由股东以…方式进行": a change of form alone, useless in reading
    554). The other note says it."""
    drop = set()
    for at, pieces in quoted:
        if len(pieces) != 1 or not all(pieces[0]):
            continue
        a, b = pieces[0]
        shared = common_prefix(a, b)
        verb, light = a[shared:], b[shared:]
        if light in _LIGHT_VERBS and len(verb) >= 2 and any(
                other != at and any(verb in d and verb not in c for c, d in theirs) for other, theirs in quoted):
            drop.add(at)
    return drop


#: Book marks, quotation marks and brackets: a side of an edit that holds nothing else says no words.
_MARKS_ONLY = "《》“”‘’（）()【】〔〕"


#: Characters, at most, of a phrase at an end of words only taken out (put in) that ``_kept_phrases_off`` takes off, and
#: of a phrase the new words only put in another order.
KEPT_PHRASE, REORDERED_PHRASE = 4, 12


def _kept_phrases_off(a: str, b: str, old_text: str, new_text: str) -> Tuple[str, str]:
    """Words only taken out (or only put in) without a short phrase at either end (after or before a "，", KEPT_PHRASE
    characters at most) that the other text still says as often: "删除“如无特殊情况，应当在”" was "如无特殊情况" taken out, "应当在" put before "接到报告后" (文物保护法
    第三十二条 → 第四十六条: read as the duty to arrive in 24 hours gone, wrong in reading 416; the insertion was read as the
    modality note's)."""
    if a and b and "，" in a and "，" not in b:
        # (and phrases of the old words that the new ones only put in another order: "“接到报告后，如无特殊情况，应当在”改为
        # “应当在接到报告后”" is "如无特殊情况" taken out, the same provision's edit once its modality note is no longer said,
        # reading 1980)
        phrases, rest = [p for p in a.split("，") if p], b
        gone = []
        for p in phrases:
            if 2 <= len(p) <= REORDERED_PHRASE and p in rest:
                rest = rest.replace(p, "", 1)
            else:
                gone.append(p)
        return (("，".join(gone), "") if not rest and gone and len(gone) < len(phrases) else (a, b))
    if (a and b) or "，" not in (a or b):
        return a, b
    words, here, there = (a, old_text, new_text) if a else (b, new_text, old_text)
    phrases = [p for p in words.split("，") if p]
    kept = lambda p: 2 <= len(p) <= KEPT_PHRASE and there.count(p) >= here.count(p)  # noqa: E731
    if len(phrases) > 1 and kept(phrases[-1]):
        phrases.pop()
    if len(phrases) > 1 and kept(phrases[0]):
        phrases.pop(0)
    left = "，".join(phrases)
    if len(left) < 2 or left == words.strip("，"):
        return a, b
    return (left, "") if a else ("", left)


#: Characters, at least, of the rest of an old sentence a rewrite's new sentence says, for its opening taken out to be said.
JOINED_REST = 8


def _opening_of_a_sentence_joined(a: str, b: str, old_text: str, notes: Sequence[Note]) -> bool:
    """Words only taken out that open an old sentence whose rest a rewrite's new sentence says: the sentence was joined to
    the one rewritten, its opening with it ("删除“文职人员在军队和社会生活中”" beside "改写：“本条例所称文职人员，是指…”改为
    “…，是军队人员的组成部分，依法享有国家工作人员相应的权利、履行相应的义务”", 文职人员条例 第二条, useless in reading 414)."""
    if b or not a:
        return False
    words = a.strip("，。；")
    at = old_text.find(words)
    if at < 0 or (at > 0 and old_text[at - 1] not in "。；\n"):
        return False
    end = min((e for e in (old_text.find(mark, at + len(words)) for mark in "。；\n") if e >= 0), default=len(old_text))
    rest = old_text[at + len(words):end].strip("，")
    rest = substance(rest)  # (its punctuation aside: "权利，履行" is "权利、履行" there)
    return len(rest) >= JOINED_REST and any(
        n.finding.message.startswith("改写：") and len(n.evidence) == 2 and rest in substance(n.evidence[1]) for n in notes)


def _marks_only_off(a: str, b: str) -> Tuple[str, str]:
    """An edit one side of which is only marks, beside another edit that says them (the title's "》" of "“《医疗机构制剂许可证》”改为
    “军队医疗机构制剂许可证”"): the words of the other side put in or taken out. "“》”改为“10年内不受理其相应申请”" was a fragment
    (中国人民解放军实施《药品管理法》办法 第二十二条 → 第四十七条, useless in reading 341)."""
    if a and b and not a.strip(_MARKS_ONLY + _EDGES) and b.strip(_MARKS_ONLY + _EDGES):
        return "", b
    if a and b and not b.strip(_MARKS_ONLY + _EDGES) and a.strip(_MARKS_ONLY + _EDGES):
        return a, ""
    return a, b


#: Characters, at most, of the phrase kept between words put in before it and at the end of its clause.
WRAPPED_AT_MOST = 15
_CLAUSE_ENDS = "，；。：\n"


def _words_put_around(change: Change, pieces, old_text: str, new_text: str) -> "Tuple[str, str] | None":
    """Words a change puts in before a phrase it keeps and at the end of its clause, quoted as that phrase before and after:
    "“提交大额交易和可疑交易报告”改为“开展提交大额交易和可疑交易报告等工作”", not "“提交大额”改为“开展提交大额”；新增“等工作”"
    (反洗钱法 第六条 → 第八条, a fragment useless in reading 691). Two insertions, the first inside the clause, the second
    closing it, the phrase between them WRAPPED_AT_MOST characters at most."""
    hunks = change.hunks
    if len(pieces) < 2 or len(hunks) != 2 or any(h.old_at < 0 or h.deleted or not h.inserted for h in hunks):
        return None
    first, last = hunks
    end = last.new_at + len(last.inserted)
    if (end < len(new_text) and new_text[end] not in _CLAUSE_ENDS) or first.new_at == 0 \
            or new_text[first.new_at - 1] in _CLAUSE_ENDS:  # (words opening the clause are its new subject: said apart)
        return None
    old = old_text[first.old_at:last.old_at]
    new = new_text[first.new_at:end]
    if not 4 <= len(old) <= WRAPPED_AT_MOST or any(ch in new for ch in _CLAUSE_ENDS):
        return None
    return old, new


#: The document naming itself at the end of a quote ("依照本法"), what it names following ("规定").
_NAMES_ITSELF = recache.compile(r"本(?:法|条例|办法|规定|细则|解释)$")
_WHAT_IT_NAMES = ("规定", "的规定")


def _with_what_it_names(a: str, b: str, old_text: str, new_text: str) -> Tuple[str, str]:
    """An edit that ends on the document's name with what it names after it on both sides, quoted with it: "“按照”改为
    “依照本法”" is "“按照规定”改为“依照本法规定”" (反洗钱法 第三条 → 第六条, a fragment useless in reading 682)."""
    if not a or not b or not (_NAMES_ITSELF.search(b) or _NAMES_ITSELF.search(a)) \
            or old_text.count(a) != 1 or new_text.count(b) != 1:
        return a, b
    oa, nb = old_text.find(a) + len(a), new_text.find(b) + len(b)
    for word in _WHAT_IT_NAMES:
        if old_text.startswith(word, oa) and new_text.startswith(word, nb):
            return a + word, b + word
    return a, b


#: Where the words of a phrase end: a list's comma, a clause mark, or 的 after it.
_PHRASE_ENDS = "、，；。：（）\n"


def _rearranged_whole(a: str, b: str, old_text: str, new_text: str) -> Tuple[str, str]:
    """An edit that only rearranges words, the two sides of the same characters ("及其肉类、肉类" → "肉类及其"), quoted with
    the words around it up to the phrase's ends on both sides: "“水产动物及其肉类、肉类制品”改为“水产动物肉类及其制品”"
    (危害食品安全刑事案件解释 第一条（二）; the pieces alone were useless in reading 683)."""
    if not a or not b or a[-1] in _PHRASE_ENDS or b[-1] in _PHRASE_ENDS:
        return a, b
    few, many = (a, b) if len(a) <= len(b) else (b, a)
    if len(few) < 2 or few in many or set(few) - set("、") != set(many) - set("、") \
            or not stands_once(a, old_text) or not stands_once(b, new_text):
        return a, b

    def whole(text: str, at: int, end: int) -> str:
        start = at
        while start > 0 and start > at - QUOTE_LIMIT and text[start - 1] not in _PHRASE_ENDS:
            start -= 1
        while end < len(text) and end < at + QUOTE_LIMIT and text[end] not in _PHRASE_ENDS + "的":
            end += 1
        return text[start:end]

    oa, nb = old_text.find(a), new_text.find(b)
    wa, wb = whole(old_text, oa, oa + len(a)), whole(new_text, nb, nb + len(b))
    return (wa, wb) if wa != wb and len(wa) <= 2 * len(a) + 12 and len(wb) <= 2 * len(b) + 12 else (a, b)


def _wording_said(pieces, texts: Tuple[str, str] = ("", "")) -> Tuple[str, str]:
    """A wording note's message of its edits (old, new), in Chinese and English (``texts``: the two provisions)."""
    parts = [_describe(a, b, texts) for a, b in pieces]
    return "表述修改：" + "；".join(zh for zh, _ in parts), "wording changed: " + "; ".join(en for _, en in parts)


def _halves_of_a_swap(changes: Sequence[Change]) -> set:
    """The hunks (by id) of a change that only take a phrase out and only put it in again a few characters on: the phrase
    moved ("由其主管部门予以警告，责令限期改正" → "由其主管部门责令限期改正，予以警告", 慈善法 第一百零一条 → 第一百一十四条). A
    rewrite elsewhere that quotes the phrase says neither half: "新增“予以警告”" alone was false (reading 749)."""
    out = set()
    for change in changes:
        for a, b in zip(change.hunks, change.hunks[1:]):
            if a.old_at >= 0 and b.old_at - a.old_at - len(a.deleted) <= _NEAR and \
                    _moved_alone(a.deleted, a.inserted, b.deleted, b.inserted, lambda x, y: x == y):
                out.update((id(a), id(b)))
    return out


#: Characters, at most, of an edit's words that a rewrite of another sentence may hold by chance.
A_WORD = 4


def _a_word(h: Hunk, old_text: str, new_text: str) -> bool:
    """The hunk only takes out or only puts in a word or two (A_WORD characters at most) the other text does not say: in a
    change of no other edits, a rewrite of another sentence that says them says nothing of it ("应当评定残疾等级" → "应当
    及时评定残疾等级" beside the rewrite of the sentence after it, "…或者所在单位应当及时提出申请…", 军人抚恤优待条例 2019
    第二十三条 → 2024 第二十七条: unsaid in recall 1443)."""
    deleted, inserted = substance(h.deleted), substance(h.inserted)
    # (words the other text says too are the provision's own, made explicit or left implied: "新兵" put before "患传染病"
    # where the sentence before names the recruits, 征兵工作条例 第四十条 → 第四十八条)
    return not (deleted and inserted) and 0 < len(deleted + inserted) <= A_WORD \
        and (deleted or inserted) not in (new_text if deleted else old_text)


def _sides_quoted(n: Note) -> Optional[Tuple[str, str]]:
    """(old, new) a note of sentences quotes: a rewrite's two ("改写：“…”改为“…”"), or a sentence put in ("新增规定：“…”",
    "" for the old) or taken out ("不再规定：“…”", "删除或改写：“…”", "" for the new); None for any other note."""
    message = n.finding.message
    if len(n.evidence) == 2 and message.startswith("改写："):
        return n.evidence[0], n.evidence[1]
    if len(n.evidence) == 1 and message.startswith(("新增规定：", "不再规定：", "删除或改写：")):
        return ("", n.evidence[0]) if message.startswith("新增") else (n.evidence[0], "")
    return None


def _on_the_other_side(n: Note, deleted: str, inserted: str) -> bool:
    """Words only put in that a note of a sentence holds only in what it quotes of the old text (or only taken out, held
    only in its quote of the new): "有关部门" put after "所在地履行统一领导职责的人民政府" (who orders the stop and fines,
    突发事件应对法 第六十四条 → 第九十六条) was said by the rewrite of the old last sentence, "…规定由人民政府有关部门依法决定
    处罚的…": unsaid in recall 1577."""
    if not _NAMES_WHO.search((inserted or deleted).strip(_EDGE_PUNCTUATION)):
        return False  # (only who acts: other words a quote of the other side holds are most often drafting, "其他", "申请")
    sides = _sides_quoted(n)
    if sides is None:
        return False
    old, new = sides
    if inserted.strip() and not deleted.strip():
        return inserted not in new
    if deleted.strip() and not inserted.strip():
        return deleted not in old
    return False


#: Words that name who acts: a body or the people in it.
_NAMES_WHO = recache.compile(r"(?:部门|机关|机构|委员会|人员)$")


def _put_in_elsewhere_too(h: Hunk, old_text: str, new_text: str) -> bool:
    """Words only put in that the new text says in another place too: a rewrite's sentence that holds them there says
    nothing of this place ("金融机构有权拒绝调查" → "金融机构、特定非金融机构有权拒绝接受调查" of 反洗钱法 第二十三条 → 第四十三条
    was said by the rewrite of the first paragraph, whose new sentence names "金融机构、特定非金融机构": unsaid in recall 1569)."""
    # (not words the old text said too, made explicit here: "新兵" put before "患传染病" where the sentence before names the
    # recruits, 征兵工作条例 第四十条 → 第四十八条; "人民政府" of "设区的市、自治州人民政府和县级人民政府")
    words = h.inserted.strip("，、；。")
    return not h.deleted and len(words) >= 2 and new_text.count(h.inserted) > 1 and words not in old_text


def _taken_out_elsewhere_too(h: Hunk, old_text: str, new_text: str) -> bool:
    """Words only taken out that the old text says in another place too, the new text fewer times: a rewrite's sentence
    that holds them there says nothing of this place ("国有" out of 文物保护法 第七十条 (二), "国有文物收藏单位法定代表人" →
    "文物收藏单位法定代表人或者主要负责人", was said by the rewrite of (三), "将国有馆藏文物…" → "国有文物收藏单位将馆藏
    文物…"; found with reading 1605). Those taken out from inside a clause are no move either (``_taken_out_inside``)."""
    words = h.deleted.strip("，、；。")
    return not h.inserted and len(words) >= 2 and old_text.count(words) > max(1, new_text.count(words))


def _taken_out_inside(h: Hunk, equal, old_text: str, new_text: str) -> bool:
    """Words only taken out from inside a clause, kept words on both sides of them and no mark among them or just after,
    that the old text says in another place too, the new text fewer times: taken out here, not moved within the
    provision, so ``_restructured`` does not read them moved ("客户身份资料" out of "应当及时更新客户身份资料。" ends a
    sentence, 反洗钱法 第十九条: the replacement before it says it; "在同等条件下" out of 烈士褒扬条例 第二十二条's "…且符合
    征兵条件的，在同等条件下优先批准其服现役", kept in the sentences after it: unsaid in reading 1605)."""
    before, after = equal.get(id(h), (0, 0))
    end = h.old_at + len(h.deleted)
    return before >= KEPT_AROUND and after >= KEPT_AROUND and h.old_at > 0 and end < len(old_text) \
        and not _MARKS.search(old_text[h.old_at:end + 1]) and _STATE_NAME not in h.deleted \
        and _taken_out_elsewhere_too(h, old_text, new_text)


#: Characters kept, at least, on each side of words ``_taken_out_inside``; not the state's
#: name ("需要中华人民共和国人民法院承认" → "需要人民法院承认", 民事诉讼法 第二百八十八条: drafting).
KEPT_AROUND = 2
_STATE_NAME = "中华人民共和国"
_MARKS = recache.compile(r"[，、；。：\n（）]")


def _one_character_for_another(h: Hunk) -> bool:
    """A character of a word replaced by another ("职业教育经费" → "职工教育经费"), no mark on either side: a rewrite says it
    only inside the very sentences it quotes (职业教育法 第二十九条 → 第六十四条, after the "；" that ends the clause the
    rewrite quotes: unsaid in recall 1595)."""
    return len(h.deleted) == 1 == len(h.inserted) and _CJK_WORD.match(h.deleted) is not None \
        and _CJK_WORD.match(h.inserted) is not None


def _outside_the_rewrite(n: Note, h: Hunk, old_text: str, new_text: str, paragraph=False) -> bool:
    """The hunk lies outside both sentences of a rewrite ("改写：“…”改为“…”", the two its evidence), each standing once in
    its text. Asked of a replacement made in several places (``wording_notes``): a rewrite's sentences that hold one of
    them say that one, not the others ("定" → "范性文件" of 行政复议法 第七条's lead-in and items beside the rewrite of its
    last sentence: "“规定”改为“规范性文件”（共4处）" was item (三)'s alone, read as the one place, wrong in the sixty-first
    reading)."""
    if h.old_at < 0 or len(n.evidence) != 2 or not n.finding.message.startswith("改写："):
        return False
    return _outside_its_sentences(((old_text, h.old_at, len(h.deleted), n.evidence[0]),
                                   (new_text, h.new_at, len(h.inserted), n.evidence[1])), paragraph)


def _outside_the_sentence_put_in(n: Note, h: Hunk, old_text: str, new_text: str) -> bool:
    """The hunk lies outside the sentence a note says put in or taken out whole ("新增规定：“…”", "不再规定：“…”"), standing
    once in its text. Asked of a character replaced by one (``wording_notes``): the note's sentence holding both says
    neither ("深海" → "深水" of 海洋环境保护法 第三十条's last paragraph was said by "新增规定：“沿海县级以上地方人民政府…入海
    排污口…近岸水体…”", unsaid in recall 1561)."""
    sides = _sides_quoted(n) if len(n.evidence) == 1 else None
    if h.old_at < 0 or sides is None:
        return False
    if sides[1]:
        return _outside_its_sentences(((new_text, h.new_at, len(h.inserted), sides[1]),))
    return _outside_its_sentences(((old_text, h.old_at, len(h.deleted), sides[0]),))


def _outside_its_sentences(quoted, paragraph=False) -> bool:
    """Whether each (text, position, size, sentences quoted) has its span outside the sentences, each standing once in
    the text ("；" joins the sentences of a split or a merge); ``paragraph``: outside the paragraphs that hold them, or
    with "sentence", the whole sentences, to the "；", "。" or line's end round each."""
    for text, at, size, said in quoted:
        for sentence in said.split("；"):  # (the sentences of a split or a merge, joined by "；")
            start = text.find(sentence)
            if start < 0 or text.count(sentence) != 1:
                return False  # (not found once)
            end = start + len(sentence)
            if paragraph == "sentence":  # (its whole sentence, to the "；", "。" or line's end round it)
                start, end = span_at(text, start, size=end - start)
            elif paragraph:
                start, end = text.rfind("\n", 0, start) + 1, (text.find("\n", end) + 1 or len(text) + 1) - 1
            if start <= at + size and at <= end:
                return False  # (the hunk inside or at the edge of a sentence the note quotes)
    return True


def _unless_quoted_by_another(out: List[Note], quoted, old_text: str, new_text: str) -> List[Note]:
    """A note whose every edit another note of the provision quotes, both sides in a longer quote of
    that note's, is said by it: "“收费价格时”改为“收费价格”" beside "“…收费价格时，应当经专有部分…”改为“…收费价格，
    应当由业主依法共同决定…”" (北京市机动车停车条例 第二十九条, useless in the thirty-second reading). Only an edit
    whose words stand once in one of the texts, so that the quote holding them is the same place: "“应对工作”改为“应对
    管理工作”" in 突发事件应对法 第七条's last paragraph is another place than the first sentence quoted whole. And
    only where the quote shows them (a quote cut short at "航运……" does not show "知识产权", 上海 第八十一条)."""
    if len(quoted) < 2:
        return out
    dropped = set()
    kept = {}  # a note some of whose edits another quotes: the rest of them
    times = Counter(tuple(pieces) for _, pieces in quoted)
    # (each note's quotes clipped as shown and its message's quotes read once: a provision of many notes asks each of
    # them of every edit of every other)
    clipped = {other: [(_phrase_clip(c), _phrase_clip(d), len(c) + len(d)) for c, d in theirs] for other, theirs in quoted}
    sides = {other: _quote_sides(out[other].finding.message) for other, _ in quoted}
    for at, pieces in quoted:
        if times[tuple(pieces)] > 1:
            continue  # an edit made in several places ("“规定”改为“规范性文件”（共3处）"): said as such
        # (words only put in, or only taken out, that stand once: "新增“指定的破产管理人”" beside the sentence quoted whole
        # with them, 公司法 第一百八十七条 → 第二百三十七条)
        said = [(a, b) for a, b in pieces if (a and stands_once(a, old_text) or b and stands_once(b, new_text)) and any(
                other != at and other not in dropped and (any(
                    a in c and b in d and size > len(a) + len(b) for c, d, size in clipped[other])
                    or _shown_in(a, b, sides[other]))
                for other, _ in quoted)]
        if len(said) == len(pieces):
            dropped.add(at)
        elif said and all(not a or not b for a, b in said):
            # (words taken out of a sentence another note quotes rewritten are said by it: "删除“征求同意”" beside "“股东应就
            # 其股权转让事项书面通知其他股东征求同意，…视为同意转让”改为“…视为放弃优先购买权”", 公司法 第七十一条 → 第八十四条)
            kept[at] = [p for p in pieces if p not in said]
    for at, rest in kept.items():
        zh, en = _wording_said(rest)
        out[at] = replace(out[at], finding=replace(out[at].finding, message=zh, message_en=en))
    return [n for k, n in enumerate(out) if k not in dropped]


def _shown_in(a: str, b: str, sides: List[Tuple[str, str]]) -> bool:
    """A note's message shows ``a`` in one of its old quotes and ``b`` in the new quote it was changed to, both longer (the
    quote a sentence note shows around its edits is not the pieces it was made from: 上海 第六十六条 → 第八十一条's
    "“……支持金融等专业领域…”改为“……支持在金融、建设工程、航运、知识产权等专业领域…”" shows "“金融”改为“在金融、建设工程、
    航运、知识产权”", said again beside it, useless in the English reading 220). ``sides``: the message's quotes
    (_quote_sides)."""
    return bool(a and b) and any(a in before and b in after and len(before) + len(after) > len(a) + len(b) + 4
                                 for before, after in sides)


def _quote_sides(message: str) -> List[Tuple[str, str]]:
    """Each "“old”改为“new”" of a note's message: the old quotes before it (from the last "；" or "：") and the new quote."""
    out = []
    for m in _CHANGED_TO.finditer(message):
        start = max(message.rfind("；", 0, m.start()), message.rfind("：", 0, m.start())) + 1
        end = message.find("”；", m.end())
        out.append((message[start:m.start()], message[m.end():end + 1 if end >= 0 else len(message)]))
    return out


_CHANGED_TO = recache.compile(r"”改为“")


#: A short name given to what a provision names: "（以下统称受理投诉部门）".
_SHORT_NAME = recache.compile(r"^[（(]以下(?:简称|统称|称)[^）)]{1,20}[）)]$")


#: Words that only say a rule of the instrument is broken, put before a sanction ("违反本办法规定").
_BREACH_ONLY = recache.compile(r"^违反(?:本法|本条例|本办法|本规定|本细则|本解释)(?:有关)?(?:的)?(?:规定)?$")
#: A breach of an article of the instrument, cited: "违反本法第五十五条第三款的规定".
_CITED_BREACH = recache.compile(r"^违反本(?:法|条例|办法|规定|细则|解释)第[零〇一二三四五六七八九十百千\d]+条[^，。；]{0,16}?(?:的)?规定$")
#: The old text's own opening of a breach ("违反药品管理法和本办法", "违反本法第二十条规定").
_OLD_BREACH = recache.compile(r"违反[^，。；]{0,12}?(?:本法|本条例|本办法|本规定|本细则|本解释)")


def _must_said_by_only_then(a: str, b: str, old_text: str, new_text: str) -> bool:
    """"必须" taken out of a condition that "才能"/"方能" closed, now closed by "始得"/"方可": the same bar ("常务委员会会议必须有
    …过半数出席，才能举行" → "…有…过半数出席，始得举行", 议事规则 第四条 → 第七条: "表述修改" read as the quorum weakened,
    useless in reading 798)."""
    if not a or a.replace("必须", "", 1) != b:
        return False
    at, to = old_text.find(a), new_text.find(b)
    return at >= 0 and to >= 0 and bool(_ONLY_THEN_OLD.match(old_text, at + len(a))) \
        and bool(_ONLY_THEN_NEW.match(new_text, to + len(b)))


_ONLY_THEN_OLD = recache.compile(r"[，,]?(?:才能|方能|才可以|才)")
_ONLY_THEN_NEW = recache.compile(r"[，,]?(?:始得|方可|方能|才能)")


def _alternative_bracketed(a: str, b: str) -> bool:
    """The one phrase with an alternative written in brackets for "或者" (or back): "没有父母或者抚养人、配偶、子女的" → "没有父母
    （抚养人）、配偶、子女的" (烈士褒扬条例 第十四条 → 第十五条, useless in reading 789: the same relatives)."""
    for x, y in ((a, b), (b, a)):
        if "或者" in x and "（" in y and x.replace("或者", "", 1) == _BRACKETS.sub("", y):
            return True
    return False


_BRACKETS = recache.compile(r"[（）]")


def _only_separately(a: str, b: str) -> bool:
    """The one phrase with 分别 put in or taken out, nothing else: "…文物行政部门应当分别建立本行政区域内的馆藏文物档案" →
    "…应当建立…" (文物保护法 第三十六条 → 第五十一条, useless in reading 747: each body its own region's records either way).
    Not a phrase whose other words changed too (道路运输条例 第三十九条's "并分别附送符合…第三十六条、第三十八条…", its
    citations moved: reading 770)."""
    return bool(a) and bool(b) and (a.replace("分别", "", 1) == b or b.replace("分别", "", 1) == a)


def _breach_said_again(a: str, b: str, old_text: str) -> bool:
    """Only "违反本…规定" put in where the old text opened on a breach of the instrument already: the same condition said
    again, no rule put in (中国人民解放军实施《药品管理法》办法 第三十四条 → 第五十五条: "违反药品管理法和本办法，…构成犯罪的，
    依法追究刑事责任" → "违反本办法规定，构成犯罪的，依法追究刑事责任", "新增“违反本办法规定”" wrong in reading 754)."""
    if _CITED_BREACH.match(substance(a)) and _BREACH_ONLY.match(substance(b)):
        return True  # (the article broken no longer cited, the conduct named after it: "违反本法第五十五条第三款的规定，将…境外
        # 废弃物运进…管辖海域倾倒的" → "违反本法规定，将…", 海洋环境保护法 第八十六条 → 第一百零八条, useless in reading 761)
    return not substance(a) and bool(_BREACH_ONLY.match(substance(b))) and bool(_OLD_BREACH.search(old_text))


#: Joiners a quoted side may end on, the word they join cut off.
_DANGLING = ("或者", "以及", "和", "及", "并")
#: Characters, at most, of the words after a dangling joiner taken into the quote.
DANGLING_TAIL = 12
_CLAUSE_ON = recache.compile(r"[^，。；：:\n]*")


def _dangling_joiner_closed(a: str, b: str, old_text: str, new_text: str) -> Tuple[str, str]:
    """A replacement one side of which ends on a joiner, the word it joins cut off: both sides run on to where that word's
    clause ends, the other side to where it says the same words ("“管理权的部门予以警告，或者”改为“管理权的部门或者机构责令改正”"
    → "“管理权的部门予以警告，或者处以罚款”改为“管理权的部门或者机构责令改正，处以罚款”", 海洋环境保护法 第八十七条 →
    第一百零九条: a fragment, useless in reading 947)."""
    if not a or not b:
        return a, b
    for side, other, text, other_text, flip in ((a, b, old_text, new_text, False), (b, a, new_text, old_text, True)):
        if not side.endswith(_DANGLING) or text.count(side) != 1 or other_text.count(other) != 1:
            continue
        at = text.find(side) + len(side)
        tail = _CLAUSE_ON.match(text, at).group(0)
        if not tail or len(tail) > DANGLING_TAIL:
            continue
        other_at = other_text.find(other) + len(other)
        k = other_text.find(tail, other_at, other_at + 2 + len(tail))
        if k < 0 or other_text[other_at:k].strip("，、；"):
            continue
        longer, other_longer = side + tail, other_text[other_text.find(other):k + len(tail)]
        return (other_longer, longer) if flip else (longer, other_longer)
    return a, b


#: Characters, at most, of the phrase before an old quote that its new quote says again, that the old quote is given;
#: the share of its characters the new quote must say, in order.
RESTATED_BEFORE, RESTATED_HELD = 16, 0.9


def _with_the_phrase_it_restates(a: str, b: str, old_text: str) -> Tuple[str, str]:
    """A replacement whose new side says again, nearly word for word and before the new form of the old side, the phrase
    the old text says just before the old side (after a "，" or "；"): the old side with that phrase, "“应当先申请行政复议；
    对行政复议决定不服的，可以依法向人民法院提起行政诉讼”改为“有下列情形之一的，申请人应当先向行政复议机关申请行政复议，
    对行政复议决定不服的，可以再…”", not an old quote that opens after it, which read as review first put in (行政复议法
    第三十条 → 第二十三条, misleading in reading 2029). The phrase RESTATED_BEFORE characters at most, the old side
    standing once."""
    at = old_text.find(a) if a and b else -1
    if at < 2 or old_text[at - 1] not in "，；" or old_text.find(a, at + 1) >= 0:
        return a, b
    start = max(old_text.rfind(c, 0, at - 1) for c in _PHRASE_MARKS_ALL) + 1
    phrase = old_text[start:at - 1]
    if not 4 <= len(phrase) <= RESTATED_BEFORE or phrase in a:
        return a, b
    rest = held_in_order(a, b)[0]  # (the old side's own words the new side says)
    if held_in_order(phrase + a, b)[0] - rest < RESTATED_HELD * len(phrase):
        return a, b
    return phrase + old_text[at - 1] + a, b


#: Characters, at most, of the words a sentence's end both sides close on that a quote cut before them is given.
CLOSED_ALIKE = 6


def _closed_alike(a: str, b: str, new_text: str) -> Tuple[str, str]:
    """A replacement whose old side runs to its sentence's end and whose new side stops before the words the old one
    ends on, which the new text goes on with there: the new side with them, "“依照兵役法和有关法规的规定予以处罚”改为“对单位
    及负有责任的人员，依法给予处罚”", not a quote that stops at "…依法给予" (征兵工作条例 第五十一条 → 第六十八条, cut
    before its sanction in reading 2027; the diff read 处罚 as the next paragraph's). Up to CLOSED_ALIKE characters, the
    new side standing once."""
    if not a or not b or not a.rstrip("\n").endswith(("。", "；")) or b.rstrip("\n").endswith(("。", "；")) \
            or new_text.count(b) != 1:
        return a, b
    words = a.rstrip("\n")[:-1]
    at = new_text.index(b) + len(b)
    k = next((k for k in range(min(CLOSED_ALIKE, len(words)), 1, -1) if new_text.startswith(words[-k:], at)
              and new_text[at + k:at + k + 1] in ("。", "；", "\n", "")), 0)
    return (a, b + words[-k:]) if k else (a, b)


#: Characters, at most, of a word replaced by many; and of each side of the sentence (else the phrase) it is quoted in.
SHORT_WORD, WORD_SENTENCE = 2, 48
_SENTENCE_MARKS, _PHRASE_MARKS_ALL = "。；\n", "，。；：\n"


def _short_word_for_long(a: str, b: str, old_text: str, new_text: str, pieces=()) -> Tuple[str, str]:
    """A word of SHORT_WORD characters or fewer replaced by words several times longer, quoted in the sentences both
    stand in (each WORD_SENTENCE characters at most), else in their phrases: "“最长”改为“应当签订借用协议，协议约定的”" is "“文物收藏
    单位之间借用文物的最长期限不得超过三年”改为“文物收藏单位之间借用文物的，应当签订借用协议，协议约定的期限不得超过三年”"
    (文物保护法 第四十条 → 第五十六条), "“必须”改为“省级或者设区的市级、县级文物保护单位需要”" is "“必须迁移异地保护或者拆除的”
    改为“省级或者设区的市级、县级文物保护单位需要迁移异地保护或者拆除的”" (第二十条 → 第三十一条): fragments, wrong in reading
    1752. Words that hold a mark only (a name put for another reads alone: "“军队”改为“中国人民解放军和中国人民武装警察部队”"),
    and not over another edit of ``pieces``: each said once."""
    if not a or len(a) > SHORT_WORD or len(b) < 3 * len(a) + 2 or a in b or not any(m in b for m in "，、；：") \
            or not stands_once(a, old_text) or not stands_once(b, new_text):
        return a, b
    at, bt = old_text.find(a), new_text.find(b)
    for marks in (_SENTENCE_MARKS, _PHRASE_MARKS_ALL):
        (o0, o1), (n0, n1) = span_at(old_text, at, marks, len(a)), span_at(new_text, bt, marks, len(b))
        if marks == _PHRASE_MARKS_ALL and (any(m in b for m in marks) or any(m in a for m in marks)):
            break  # (a phrase cannot hold words that cross its marks)
        if o1 - o0 <= WORD_SENTENCE and n1 - n0 <= WORD_SENTENCE:
            wa, wb = old_text[o0:o1], new_text[n0:n1]
            if any((c, d) != (a, b) and (c and c in wa or d and d in wb) for c, d in pieces):
                break
            return wa, wb
    return a, b


#: Subjects a provision may name where its old form left them to the law's general duty (会计法's "各单位").
_GENERAL_SUBJECTS = ("各单位", "有关单位")


def _subject_put_before(a: str, b: str) -> bool:
    """The same words, only the law's general subject named before them and the object brought in by 对: "“下列经济业务事项，
    应当办理会计手续”改为“各单位应当对下列经济业务事项办理会计手续”" (会计法 第十条, whose old text names 各单位 elsewhere as who
    keeps the accounts: a change of form, useless in reading 950). The provision's own text need not name the subject:
    the law does."""
    if not a or not b:
        return False
    was, now = (substance(x).replace("，", "") for x in (a, b))
    for subject in _GENERAL_SUBJECTS:
        if now.startswith(subject) and subject not in was:
            rest = now[len(subject):].replace("对", "", 1)
            return rest != was and sorted(rest) == sorted(was)
    return False


def _breach_put_before_a_rename(a: str, b: str, renamed: Sequence[Tuple[str, str]]) -> bool:
    """Only "违反本法规定，" put before words whose other change a rename of the document says: "“未经国务院畜牧兽医行政主管部门
    批准”改为“违反本法规定，未经国务院农业农村主管部门批准”" (畜牧法 第六十条 → 第八十条, useless in reading 941: the conduct a
    breach either way, the body's name the rename's)."""
    for old, new in renamed:
        if old in a:
            was = a.replace(old, new)
            if b.endswith(was) and len(b) > len(was) and _BREACH_ONLY.match(substance(b[:-len(was)])):
                return True
    return False


#: A list's item opening inside words put in: the mark and line break before its label.
_ITEM_OPENS = recache.compile(r"[；。]?\n(?:（[一二三四五六七八九十]+）|[一二三四五六七八九十]+、)")
#: Characters, at least, that an item put in ends with as the item before it does, for the diff's cut to be slid.
ITEM_TAIL = 4


def _item_put_in_whole(change: Change, old_text: str, new_text: str) -> Change:
    """Words put in that open a list's item after words they share with the item before it, slid so the item is put in
    whole: "书，由行政复议机关依法强制执行，或者申请人民法院强制执行；（三）行政复议调解书" put in before "，由行政复议机关依法强制执行，
    或者申请人民法院强制执行。" is "书" and the item "（三）行政复议调解书，由行政复议机关依法强制执行，或者申请人民法院强制执行"
    (行政复议法 第三十三条 → 第七十八条: "新增“（三）行政复议调解书”" cut before who enforces it, partly said in recall 1415)."""
    out, split = [], False
    for h in change.hunks:
        m = _ITEM_OPENS.search(h.inserted) if h.inserted and not h.deleted and h.new_at >= 0 and h.old_at >= 0 else None
        if m is None or m.start() == 0:
            out.append(h)
            continue
        pre, end = h.inserted[:m.start()], h.new_at + len(h.inserted)
        tail = max((k for k in range(ITEM_TAIL, len(pre) + 1) if new_text.startswith(pre[len(pre) - k:], end)
                    and old_text.startswith(pre[len(pre) - k:], h.old_at)), default=0)
        if not tail:
            out.append(h)
            continue
        head = pre[:len(pre) - tail]
        if head:
            out.append(Hunk("", head, h.old_at, h.new_at))
        at = h.new_at + len(head) + tail
        out.append(Hunk("", new_text[at:end + tail], h.old_at + tail, at))
        split = True
    return replace(change, hunks=tuple(out)) if split else change


def _short_name_only(a: str, b: str) -> bool:
    """An edit that only gives a short name (or takes it away): "新增“（以下统称受理投诉部门）”" named a body the provision
    already called so (保障中小企业款项支付条例 第十七条 → 第二十四条, useless in the fifty-sixth reading)."""
    if bool(a.strip(_EDGE_PUNCTUATION)) != bool(b.strip(_EDGE_PUNCTUATION)) and \
            bool(_SHORT_NAME.match((a or b).strip(_EDGE_PUNCTUATION.replace("（", "").replace("）", "")))):
        return True
    # (or a thing named by the short name it was given: "申请人第一次提出专利申请（以下简称在先申请）" → "在先申请", 专利法实施细则
    # 第十六条 → 第十九条, the name now given in 第十八条, before it: useless in the fifty-seventh reading)
    defined = _DEFINED_AS.search(a.strip(_EDGE_PUNCTUATION))
    return defined is not None and defined.group(1) == b.strip(_EDGE_PUNCTUATION)


_DEFINED_AS = recache.compile(r"^.+（以下(?:简称|统称|称)“?([^”）]+)”?）$")


#: How a local regulation names its own jurisdiction.
SELF_NAMES = ("本市", "本省", "本自治区", "本区", "本县")


#: A reference to what the paragraph before names ("前款规定的平台").
_PARAGRAPH_BEFORE = recache.compile(r"^(?:前款|上款|前述|上述)(?:规定|所述|所称)?的?")


def _named_by_the_paragraph_before(a: str, b: str, new_text: str) -> bool:
    """A thing named by its description now named by the paragraph before, which gives that description: "“统一的信息平台”
    改为“前款规定的平台”" where the new paragraph before says "建立健全统一的慈善信息平台" (慈善法 第六十九条 → 第七十五条, useless in
    reading 575: the same platform; the note on who builds it says the change)."""
    a, b = a.strip(_EDGES), b.strip(_EDGES)
    m = _PARAGRAPH_BEFORE.match(b)
    head = b[m.end():] if m else ""
    if not head or not a.endswith(head) or len(a) <= len(head):
        return False
    words = [w for w in a[:len(a) - len(head)].split("的") if w]
    return bool(words) and all(w in new_text for w in words) and head in new_text.replace(b, "")


def _self_named(a: str, b: str, old_text: str, new_text: str) -> bool:
    """A sentence that now opens on its own jurisdiction's name, the rest as it was ("鼓励金融机构…" → "本市鼓励金融机构…",
    上海市优化营商环境条例 第四十八条 → 第五十三条, useless in reading 210): the subject the sentence already had, said. Not
    inside a sentence, where it narrows what follows ("对企业" → "对本市企业")."""
    def opens(words: str, text: str) -> bool:
        return text.startswith(words) or any(f"{end}{words}" in text for end in "。；\n")

    a, b = a.strip(), b.strip()
    return any(name + a == b or name + b == a for name in SELF_NAMES) and opens(a, old_text) and opens(b, new_text)


def _same_in_its_phrase(a: str, b: str, old_text: str, new_text: str) -> bool:
    """A word replaced, each side standing once in its text, whose phrases (between marks) say the same (``same_meaning``):
    "“按照”改为“根据”" of "按照国家有关规定" → "根据国家有关规定" (反间谍法 第十一条 → 第四十四条, useless in reading 1564)."""
    if not a or not b or not stands_once(a, old_text) or not stands_once(b, new_text):
        return False
    phrases = []
    for words, text in ((a, old_text), (b, new_text)):
        start, end = span_at(text, text.find(words), _PHRASE_END, len(words))
        phrases.append(text[start:end])
    return phrases[0] != phrases[1] and same_meaning(*phrases)


_PHRASE_END = "，。；：\n"


#: Words that only point back at what the sentence listed ("上述人员的").
_REFERENT = recache.compile(r"^(?:(?:上述|前述)[\u4e00-\u9fff]{0,4}的|对该[\u4e00-\u9fff]{1,3})$")


def _referent_only(a: str, b: str) -> bool:
    """Words taken out that only pointed back at what the sentence listed: "…对本级人民代表大会主席团和代表依法提出的上述人员的
    人选提出意见" → "…依法提出的人选提出意见" (代表法 第十一条 → 第十七条, useless in reading 1575); "行政复议机关对该规定有权处理
    的" → "行政复议机关有权处理的" (行政复议法 第二十六条 → 第五十六条, useless in reading 1972)."""
    return not b.strip() and bool(_REFERENT.match(a.strip(_EDGE_PUNCTUATION)))


def _said_as_just_before(a: str, b: str, old_text: str) -> bool:
    """A word or two put in after a word that the old sentence already said with them: "也有不生育的自由" → "也有不生育子女的
    自由" in "妇女有按照国家有关规定生育子女的权利，也有不生育的自由" (妇女权益保障法 第五十一条 → 第三十二条: the object the
    sentence named, made explicit again, useless in reading 1583)."""
    if not a or not b or len(b) <= len(a) or old_text.count(a) != 1:
        return False
    k = common_prefix(a, b)
    put = b[k:len(b) - len(a) + k]
    if a[:k] + put + a[k:] != b or not 0 < len(put) <= 2 or k < 2:
        return False
    start, end = span_at(old_text, old_text.find(a))
    return b[k - 2:k] + put in old_text[start:end]


#: The state (and society) as a sentence's subject: a sentence without one is the state's all the same.
_THE_STATE = ("国家和社会", "国家")


def _state_as_subject_off(a: str, b: str, old_text: str, new_text: str) -> bool:
    """The state taken out as the subject a sentence opened on, the sentence now opening on what it is about ("对…"): "国家和
    社会对在国防教育工作中作出突出贡献的组织和个人，采取各种形式给予表彰和奖励" → "对在国防教育工作中做出突出贡献的组织和个人，
    按照国家有关规定给予表彰、奖励" (国防教育法 第十一条: "删除“国家和社会”" useless in reading 1573; what the awards follow is
    the other edit's)."""
    words = a.strip(_EDGE_PUNCTUATION)
    if b.strip() or words not in _THE_STATE:
        return False
    at = old_text.find(words + "对")
    if at < 0 or old_text.find(words + "对", at + 1) >= 0 or (at and old_text[at - 1] not in "。；\n"):
        return False
    rest = old_text[at + len(words):at + len(words) + 6]
    return any(new_text[k - 1:k] in ("", "。", "；", "\n") for k in all_at(new_text, rest))


#: The bodies that issue judicial interpretations, and the words that join them.
_INTERPRETERS = recache.compile(r"最高人民法院|最高人民检察院|[、和]")
#: Words of the same time ("此前发布的" → "之前发布的").
_BEFORE = ("", "此前", "之前", "以前")


def _interpreters_named_only(a: str, b: str, old_text: str) -> bool:
    """The issuers of judicial interpretations taken out before "…发布的司法解释": only the two courts' highest bodies issue
    them, so their names said nothing ("“最高人民法院、最高人民检察院此前”改为“之前”" of 危害食品安全刑事案件解释 第二十二条 →
    第二十六条, useless in readings 1521 and 1559)."""
    if "最高人民" not in a or _INTERPRETERS.sub("", a) not in _BEFORE or b not in _BEFORE:
        return False
    at = old_text.find(a)
    return at >= 0 and "司法解释" in old_text[at + len(a):at + len(a) + 8]


#: What joins the members of a list put in or taken out around a word kept.
_MEMBER_JOINERS = "、，和及与或者"


def _members_said(n: Note, h: Hunk) -> bool:
    """A hunk that keeps its old words among members put in around them, or takes members out from around its new words,
    each member one the note says: "机动车维修经营" → "道路货物运输站（场）经营、机动车维修经营和机动车驾驶员培训" beside "改为备案：
    “道路货物运输站（场）经营”“机动车驾驶员培训”由许可改为备案" (道路运输条例 第三十九条: the same fact again, useless in reading
    217)."""
    short, long = (h.deleted, h.inserted) if len(h.deleted) <= len(h.inserted) else (h.inserted, h.deleted)
    if not short.strip() or short not in long:
        return False
    members = [m.strip(_MEMBER_JOINERS) for m in long.split(short, 1)]
    members = [m for m in members if m]
    return bool(members) and all(len(m) >= MEMBER_AT_LEAST and n.accounts_for([m]) for m in members)


def _taken_into_a_sentence_put_in(n: Note, h: Hunk) -> bool:
    """Words taken out with the joiner before them, a mark or a joiner left, that a sentence put in says (TAKEN_INTO
    characters or more): the new sentence now says them of the whole. "以及具有历史、艺术、科学价值的" out of 文物保护法 第二条（四）
    is the new definition's "具有历史、艺术、科学价值的下列物质遗存" (said of every item: "删除" read as the manuscripts' value no
    longer asked, wrong in reading 1258)."""
    if not n.finding.message.startswith("新增规定：“") or not _JOINED_ONLY.match(h.inserted.strip()):
        return False
    words = _LEADING_JOINER.sub("", h.deleted.strip())
    return len(substance(words)) >= TAKEN_INTO and n.accounts_for([words])


#: Characters, at least, of words taken out that a sentence put in says, for them to be taken into it.
TAKEN_INTO = 6
_LEADING_JOINER = recache.compile(r"^(?:以及|并且|或者|及|和|与|并|或)")


#: Characters, at least, of each member a note must say for a hunk of members to be its (not a particle or a word of it).
MEMBER_AT_LEAST = 4


_JOINED_ONLY = recache.compile(r"^(?:[、，,和及与]|以及|或者)*$")


def _documents_said(h: Hunk, notes: Sequence[Note]) -> bool:
    """An edit that only puts in (takes out) documents cited, each said by a reference note, joined by 、 or 和:
    "新增“《中华人民共和国军人地位和权益保障法》、《中华人民共和国退役军人保障法》”" beside the two "新增引用文件" notes (军人抚恤
    优待条例 第一条, useless in reading 728: no one note says both)."""
    if bool(h.deleted.strip()) == bool(h.inserted.strip()):
        return False
    piece = h.inserted or h.deleted
    if "《" not in piece:
        return False
    titles = [n.finding.new if h.inserted else n.finding.old for n in notes
              if n.finding.kind is FindingKind.REFERENCE_CHANGED]
    for title in sorted((t for t in titles if t and t.startswith("《")), key=len, reverse=True):
        piece = piece.replace(title, "")
    return piece != (h.inserted or h.deleted) and bool(_JOINED_ONLY.match(piece.strip()))


def _said_by(a: str, b: str, notes: Sequence[Note]) -> bool:
    """A piece (what is left of an edit once the sentences said whole are cut out of it) that another note
    of the pair explains: "新增“可以予以通报”" beside "新增处罚：予以通报" (统计法 第四十五条, the twenty-first
    reading: the edit as a whole ran into a sentence said whole, so its note was not asked before). Not a note saying
    a sentence put in (taken out) whole: the piece stands outside those sentences (_whole_elsewhere)."""
    sides = [s for s in (a, b) if s.strip()]
    return bool(sides) and any(n.finding.kind not in _NOT_SAYING_EDITS and not n.finding.message.startswith(_WHOLE)
                               and n.accounts_for(sides) and not _on_the_other_side(n, a, b) for n in notes)


def _inside_the_duties_quoted(a: str, b: str, notes: Sequence[Note]) -> bool:
    """An edit of a duty word whose two sides lie inside the two phrases a modality note quotes: "表述修改：“可以”改为“应当将
    承诺书及注销登记申请”" beside "“可以”改为“应当”：义务加强（“企业可以通过国家企业信用信息公示系统进行公告”改为“企业应当将承诺书
    及注销登记申请通过国家企业信用信息公示系统公示”）" said the edit twice (上海市优化营商环境条例 第四十三条 → 第四十八条, useless in
    reading 1939)."""
    if not a or not b or not any(w in a for w in _DUTY_WORDS):
        return False
    for n in notes:
        m = _DUTIES_QUOTED.search(n.finding.message) if n.finding.kind is FindingKind.MODALITY_CHANGED else None
        if m and any(a in part for part in m.group(1).split("…")) and any(b in part for part in m.group(2).split("…")):
            return True
    return False


#: The two duties' phrases a modality note quotes: "…：义务加强（“…”改为“…”）".
_DUTIES_QUOTED = recache.compile(r"（“([^“”]+)”改为“([^“”]+)”）$")


def _in_a_rewrite(a: str, b: str, notes: Sequence[Note]) -> bool:
    """Words only put in (taken out) that a rewrite note of the pair quotes whole on that side: "新增“（一）进入生产经营场所
    进行现场检查，调查了解农产品质量安全的有关情况”" beside "改写：“…”改为“开展农产品质量安全监督检查，有权采取下列措施：（一）
    进入生产经营场所进行现场检查…”" (农产品质量安全法 第三十九条 → 第五十三条, said twice and read as new, wrong in
    reading 310)."""
    if a.strip(_EDGE_PUNCTUATION) and b.strip(_EDGE_PUNCTUATION):
        return False
    words = substance(a or b)
    if len(words) < IN_A_REWRITE:
        return False
    return any(n.finding.message.startswith(_REWRITE) and words in substance((n.finding.old if a else n.finding.new) or "")
               for n in notes)


#: Characters, at least, of words put in that a rewrite's quote says for them; a rewrite note's opening.
IN_A_REWRITE, _REWRITE = 8, "改写："


def _a_references_part_off(a: str, b: str, notes: Sequence[Note]) -> Tuple[str, str]:
    """An edit whose old side lies inside a reference note's old quote (an effective-date clause, a cited document), its
    new side ending on words of that note's new quote: what the edit puts in besides it. "表述修改：“自发布”改为“并协调解决
    实施过程中出现的问题，自印发”" beside "施行日期条款修改：“自发布之日起生效”改为“自印发之日起施行”" is "新增“并协调解决实施
    过程中出现的问题”" (石景山 第十五条: the diff joined the duty put in to the date's edit after it)."""
    inside = a.strip("，、；")
    if not inside or not b:
        return a, b
    for n in notes:
        f = n.finding
        if f.kind is not FindingKind.REFERENCE_CHANGED or not f.old or not f.new or inside not in f.old:
            continue
        for cut in range(len(b) - 1, 1, -1):
            rest = b[:-cut].rstrip("，、；")
            if b[-cut:] in f.new and rest:
                return "", rest
    return a, b


#: Notes that say a sentence put in or taken out whole.
_WHOLE = ("新增规定：“", "不再规定：“")


def _term_taken_out(note: Note, h: Hunk, new_text: str) -> bool:
    """The note renames a term and the edit takes the whole old term out, putting nothing in: no rename, words taken out
    ("应当为市场主体留出" → "应当留出", 上海市优化营商环境条例 第六十五条 → 第七十七条, said by no note beside "“市场主体”改为
    "“企业等经营主体”": missed in the fifty-seventh reading). A character of the term taken out ("股东大会" → "股东会") is
    the rename's."""
    f = note.finding
    if f.kind is not FindingKind.TERM_RENAMED or not f.old or not f.new or h.inserted.strip() or f.old not in h.deleted:
        return False
    # (the new term right beside where the words were is the rename of a pair of names: "股东会、股东大会" → "股东会")
    return h.new_at >= 0 and f.new not in new_text[max(0, h.new_at - len(f.new) - 2):h.new_at + len(f.new) + 2]


def _whole_elsewhere(note: Note, h: Hunk, removed: Sequence[Sentence], added: Sequence[Sentence],
                     new_text: str = "") -> bool:
    """The note says a sentence put in (taken out) whole, and the edit stands outside every sentence said so: words the
    sentence holds too are another edit there. "国家利益、社会公共利益或者" put into 民事诉讼法 第一百一十五条's first paragraph is
    not the new second paragraph that says them as well (the scope widened, said by no note: missed in the fifty-fourth
    reading)."""
    message = note.finding.message
    if not message.startswith(_WHOLE) or h.old_at < 0:
        return False
    if message.startswith("新增") and not h.inserted.strip():
        return True  # (words taken out are no sentence put in: "担保" out of 保障中小企业款项支付条例 第十四条's "以应收账款担保
        # 融资的", beside the new paragraph's "为担保品的融资", was said by no note, the fifty-third and fifty-fourth readings)
    # (nor whose rules a matter follows, "国家" put before "有关规定": "按照有关规定进行审查" → "按照国家有关规定进行审查" of
    # 保守国家秘密法 第三十五条 → 第四十三条, neither the new sentence's "按照国家有关规定给予相应待遇" nor the "…泄露国家秘密"
    # of a sentence taken out: unsaid in recall 1522)
    rules = not h.deleted.strip() and len(substance(h.inserted)) >= 2 and bool(
        _RULES_AFTER.match(new_text, h.new_at + len(h.inserted)))
    if rules and not message.startswith("新增"):
        return True
    at, size, whole = (h.new_at, len(h.inserted), added) if message.startswith("新增") else (h.old_at, len(h.deleted), removed)
    words = h.inserted if message.startswith("新增") else h.deleted
    # (nor a member put in a list, "、复制" of "查阅、复制公司章程": a right given, not 第一百一十条's new sentence "股东要求查阅、复制
    # 公司全资子公司相关材料的…", which says it of other papers: 公司法 第九十七条, missed in reading 398)
    listed = words.startswith("、") and len(substance(words)) >= 2
    # (nor a body named, "医疗机构" put in as who must treat first, 国境卫生检疫法 第十七条 → 第十二条: not the new sentence's
    # "指定的医疗机构", a place; "删除“各地医疗单位”" alone was wrong in readings 956 and 965)
    body = len(substance(words)) >= BODY_WORDS and bool(_BODY_END.search(substance(words)))
    return (len(substance(words)) >= ELSEWHERE_WORDS or listed or body or rules) \
        and not any(s.start < at + size and at < s.end for s in whole)


def _body_swapped_elsewhere(note: Note, h: Hunk, old_text: str, new_text: str) -> bool:
    """One body put for another ("国家海洋行政主管部门" → "国务院生态环境主管部门", who sets the dumping standards of
    海洋环境保护法 第五十六条 → 第七十二条) outside the two sentences a rewrite note quotes, which name both bodies too (its
    list of wastes): the rewrite does not say it (unsaid in recall 1361)."""
    if not note.finding.message.startswith("改写：") or len(note.evidence) != 2 or h.old_at < 0 or h.new_at < 0 \
            or not h.deleted.strip() or not h.inserted.strip():
        return False
    for side, text, at, size in ((note.evidence[0], old_text, h.old_at, len(h.deleted)),
                                 (note.evidence[1], new_text, h.new_at, len(h.inserted))):
        if not _NAMES_A_BODY.match(text, at):
            return False
        places = list(all_at(text, side)) if side else []
        if not places or any(p < at + size and at < p + len(side) for p in places):
            return False  # (a sentence not found as it is, or holding the edit: said by it)
    return True


#: An edit that names a body from where it stands to the body's end ("家海洋行政" of "国家海洋行政主管部门").
_NAMES_A_BODY = recache.compile(r"[^，。；、：（）\n]{0,16}?(?:机构|部门|机关|单位)")


def _holder_put_before(note: Note, h: Hunk, new_text: str) -> bool:
    """Words put in at a sentence's opening, before a name of at most HOLDER characters and a duty word (who must is
    narrowed), said by a note only because the words it quotes hold them at another place: "科技" of 科学技术普及法
    第二十三条's "科技企业应当…" (the duty narrowed from every enterprise) is not the new paragraph's "自身科技资源"
    (useless in reading 1222)."""
    at, words = h.new_at, h.inserted
    if at < 0 or h.deleted.strip() or not words.strip() or (at and new_text[at - 1] not in "。；\n") \
            or not _HOLDER.match(new_text, at + len(words)):
        return False
    end = at + len(words)
    for e in note.evidence:  # (the quoted words' places in the new text: none of them the hunk's)
        found = new_text.find(e) if len(e) > len(words) else -1
        while found >= 0:
            if found <= at and end <= found + len(e):
                return False
            found = new_text.find(e, found + 1)
    return True


#: Characters, at most, of the name after words put in at a sentence's opening for them to narrow who must.
HOLDER = 6
_HOLDER = recache.compile(r"[^，。；、：\s]{1,%d}?(?:应当|必须|不得|可以)" % HOLDER)


def _body_with_its_owner(a: str, b: str, old_text: str, new_text: str) -> Tuple[str, str]:
    """One body's name put for another's after the same word of two characters, its owner: quoted with it, "“军队医疗机构”改为
    “军队单位”", not "“医疗机构”改为“单位”" (中国人民解放军实施《药品管理法》办法 第四条 → 第十三条, unsaid in recall 1536). One
    name of two characters ("单位", "组织"); the owner the one word both names follow somewhere, no joiner or particle, and
    the names with it said once in their texts."""
    if not (a and b and _BODY_END.search(a) and _BODY_END.search(b)) or min(len(a), len(b)) > 2:
        return a, b  # (a bare "单位" or "部门" only: a longer name reads alone)
    owners = {old_text[at - 2:at] for at in all_at(old_text, a) if at >= 2} \
        & {new_text[at - 2:at] for at in all_at(new_text, b) if at >= 2}
    owners = {w for w in owners if all("\u4e00" <= ch <= "\u9fff" for ch in w) and w[-1] not in "和及与的由对向在从或"}
    if len(owners) != 1:
        return a, b
    owner = owners.pop()
    if old_text.count(owner + a) != 1 or new_text.count(owner + b) != 1:
        return a, b
    return owner + a, owner + b


def _rules_named_whole(a: str, b: str, old_text: str, new_text: str) -> Tuple[str, str]:
    """An edit cut after "有关" on both sides, both texts going on with "规定" there: quoted with it, "“按照有关规定”改为“按照国家
    有关规定”", not "“按照有关”改为“按照国家有关”" (保守国家秘密法 第三十五条 → 第四十三条)."""
    if a.endswith("有关") and b.endswith("有关") and a + "规定" in old_text and b + "规定" in new_text:
        return a + "规定", b + "规定"
    return a, b


#: The rules a matter follows, named after words put in before them ("国家" + "有关规定").
_RULES_AFTER = recache.compile(r"(?:有关)?规定")

#: Characters, at least, of an edit's words that a sentence said whole elsewhere holds too, for the edit to be said on its
#: own (shorter ones, "相关", "对公司", are most often read as said by the sentence).
ELSEWHERE_WORDS = 5
#: Or of a body's name (_BODY_END) that it holds.
BODY_WORDS = 4
_BODY_END = recache.compile(r"(?:机构|部门|单位|机关|组织)$")


def _reference_rewritten_only(a: str, b: str, notes: Sequence[Note]) -> bool:
    """An edit whose words are a citation another note says written in full ("引用写法修改：“国家赔偿法”改为“《中华人民共和国
    国家赔偿法》”"), and but for it the same or an edge particle apart: "“符合国家赔偿法”改为“对符合《中华人民共和国国家
    赔偿法》”" (行政复议法 第二十九条 → 第七十二条, the "对" a fragment of the sentence split before it: useless in the
    forty-ninth reading)."""
    for n in notes:
        f = n.finding
        if f.message.startswith("引用写法修改：") and f.old and f.new and f.old in a and f.new in b:
            left, right = a.replace(f.old, f.new), b
            if left.strip(_EDGE_PARTICLES) == right.strip(_EDGE_PARTICLES) or slight(left, right):
                return True
    return False


#: Particles an edit's edge may carry over from the sentence beside it.
_EDGE_PARTICLES = "对的，、；"


#: Joiners an edit cut by widening may open on, and the longest phrase (characters) then quoted whole.
_OPENING_JOINED = tuple(j for j in _OPENING_JOINERS if j not in ("及", "，"))  # (not 及: 及时; a comma is an edge)
JOINED_PHRASE = 24


#: Sums and the words of a fine around them: what a fine's edit holds besides its figures.
_FINE_WORDS = recache.compile(r"[零〇一二两三四五六七八九十百千万亿\d.]+元|以上|以下|的罚款|罚款|可以并处|可以处|并处|处|[，；]"
                              r"|尚不构成犯罪的|情节(?:特别)?严重的|的|每(?:平方米|立方米|米|吨|日|件|次|人)"
                              # (a fine reckoned from turnover, and whom each fine is for: "对单位处上一年度销售额百分之一以下的罚款，
                              # 上一年度没有销售额或者销售额难以计算的，处五百万元以下的罚款", 反垄断法 第五十二条 → 第六十二条, beside
                              # the fines' notes: useless in reading 942)
                              r"|(?:上一年度)?销售额百分之[零〇一二两三四五六七八九十百\d.]+|上一年度没有销售额或者销售额难以计算的"
                              r"|对(?:个人|单位)|…+")


def _fines_compared(notes: Sequence[Note]) -> int:
    """1 when a note of the pair compares its fines (penalties.py's "罚款由…提高到…"), _WARNED when a penalty note says a
    warning too ("新增处罚：警告"), else 0."""
    penalties = [n.finding.message for n in notes if n.finding.kind is FindingKind.PENALTY_CHANGED]
    if not any("罚款" in m for m in penalties):
        return 0
    return _WARNED if any("警告" in m for m in penalties) else 1


#: A note of a figure put in or taken out with the words it stands in: "新增期限：10年（10年内不受理其相应申请）".
_FIGURE_QUOTED = recache.compile(r"^(新增|删除)[^：]{1,8}：[^（]*（(.+)）$")


def _figures_quoted(notes: Sequence[Note]) -> Tuple[Tuple[str, ...], Tuple[str, ...]]:
    """The words the pair's notes of figures put in, and of figures taken out, quote with them."""
    put, taken = [], []
    for n in notes:
        m = _FIGURE_QUOTED.match(n.finding.message) if n.finding.kind is FindingKind.QUANTITY_CHANGED else None
        if m:
            (put if m.group(1) == "新增" else taken).append(m.group(2).strip("…"))
    return tuple(put), tuple(taken)


def _said_by_a_figure_note(a: str, b: str, quoted: Tuple[Tuple[str, ...], Tuple[str, ...]]) -> bool:
    """Words only put in (or only taken out) that a note of the figure they hold quotes whole: "新增“10年内不受理其相应申请”"
    beside "新增期限：10年（10年内不受理其相应申请）" (药品管理法办法 第二十二条 → 第四十七条, useless in reading 1144). So
    an edit whose new words are the old ones said the same way (``same_meaning``) with such words put before them:
    "“省、自治区、直辖市征兵办公室”改为“在征兵开始日后的5日内，省级人民政府征兵办公室”" beside "新增期限：5日（在征兵开始日后的
    5日内）" (征兵工作条例 第三十六条 → 第四十五条, useless in reading 1525)."""
    put, taken = quoted
    if a and b:
        for q in put:
            if len(q) >= 4 and b.startswith(q) and q not in a:
                rest = b[len(q):].lstrip("，")
                return rest == a or same_meaning(a, rest)
        return False
    words = (b if not a else a if not b else "").strip(_EDGE_PUNCTUATION)
    return len(words) >= 4 and any(words in q for q in (put if not a else taken)) and any(c.isdigit() or c in "十百千万"
                                                                                          for c in words)


def _fines_only(a: str, b: str, fines_said: int) -> bool:
    """An edit of nothing but fines' figures and the words around them, in a provision whose fines a note compares: "“五万元”改为
    “五十万元以下的罚款，情节严重的，可以处五十万元以上二百万元”" beside "…罚款由3000元–5万元提高到10万–50万元，情节严重的
    50万–200万元" (会计法 第四十三、四十四条 → 第四十一条: a fragment that read false, useless in the forty-second reading);
    so a fine counted per unit ("“并处一万元”改为“处每平方米一千元”", 海洋 第七十六条, the forty-third), and a fine's tier
    said for another case ("“尚不构成犯罪的，可以处五千元以上五万元以下的罚款”改为“情节严重的，可以并处一百万元以上五百万元以下的
    罚款”", 会计法 第四十五条 → 第四十二条, beside "罚款由5000元–5万元提高到20万–100万元，情节严重的100万–500万元": the old fine
    set against the new serious tier, wrong in the hundred-and-fourth reading)."""
    if not fines_said or not _FINE_WORDS.search(a + b):
        return False
    if fines_said == _WARNED:  # (a warning a penalty note says too: "新增“可以给予警告或者处二十万元以下罚款”" beside "新增处罚：
        # 警告" and the fines' note, 反洗钱法 第三十二条 → 第五十三条, useless in reading 370)
        a, b = _WARNING.sub("", a), _WARNING.sub("", b)
    # (and a figure's numeral cut from its 元, with the 并 that joins the fine on: "“并处二”改为“并”" of "并处二千元…" →
    # "并可以没收…；…并处五千元…", 农产品质量安全法 第四十九条 → 第七十二条, a fragment in reading 464)
    return _fine_words_only(a) and _fine_words_only(b)


def _fine_words_only(text: str) -> bool:
    """Nothing but a fine's words, and what they leave of a figure cut by the diff (_FINE_RESIDUE)."""
    return not _FINE_WORDS.sub("", text).strip(_FINE_RESIDUE)


def _fines_and_kept_sanctions(a: str, b: str, fines_said: int, old_text: str, new_text: str) -> bool:
    """Words only taken out that are fines a note compares and sanctions the new text still gives: "删除“没收违法所得，
    并处二千元以上二万元以下罚款”" of 农产品质量安全法 第五十条 → 第七十一条, whose new text still confiscates the gains and
    whose fine the penalty note says raised (wrong in readings 468 and 469)."""
    if not fines_said or not a or b:
        return False  # (words taken out only: a sanction put in may be new to its paragraph, however the old text ends)
    words, other = a, new_text
    for pattern in _SANCTIONS.values():
        if pattern.search(other):
            words = pattern.sub("", words)
    return words != a and _fine_words_only(words)


#: What a fine's words leave of a figure cut by the diff, and the joiner before it.
_FINE_RESIDUE = "并零〇一二两三四五六七八九十百千万亿0123456789."


#: Sanctions a penalty note says put in or taken out (新增处罚：警告), each with the words that give it in a text.
_SANCTIONS = {"警告": recache.compile(r"(?:可以)?(?:给予|予以)?警告"),
              "通报批评": recache.compile(r"(?:可以)?(?:给予|予以)?通报批评"),
              "没收违法所得": recache.compile(r"有违法所得的|(?:可以|并)?没收违法所得")}
_SANCTION_JOINERS = recache.compile(r"或者|并|，|、|；")


def _sanctions_said(notes: Sequence[Note]) -> frozenset:
    """The sanctions (``_SANCTIONS``) the pair's penalty notes say put in or taken out, and the gains when a note says them."""
    penalties = [n.finding.message for n in notes if n.finding.kind is FindingKind.PENALTY_CHANGED]
    said = " ".join(m for m in penalties if m.startswith(("新增处罚", "删除处罚", "不再处罚")))
    # (the gains confiscated, or a fine of them, said by any penalty note: "有违法所得的" is their case)
    return frozenset(word for word in _SANCTIONS if word in said) | (
        {"没收违法所得"} if any("违法所得" in m for m in penalties) else set())


def _sanctions_only(a: str, b: str, sanctions: frozenset, fines_said: int) -> bool:
    """An edit of nothing but sanctions a penalty note says put in or taken out (and fines, when a note compares them):
    "新增“给予警告或者通报批评”" beside "新增处罚：警告", "新增处罚：通报批评" (文物保护法 第六十八条 → 第八十五条, useless in reading
    404); "“可以并处二万元以下的罚款，有违法所得的”改为“给予警告或者通报批评”" beside them and the fines' notes (第七十条 → 第八十七条:
    read as the fine made a warning, wrong in reading 404)."""
    if not sanctions:
        return False
    left = []
    for side in (a, b):
        for word in sanctions:
            side = _SANCTIONS[word].sub("", side)
        if fines_said:
            side = _FINE_WORDS.sub("", side)
        left.append(_SANCTION_JOINERS.sub("", side).strip())
    return not any(left) and (a + b).strip() != ""


#: A warning given beside a fine ("可以给予警告或者处…罚款"), and what ``_fines_compared`` returns when a note says one too.
_WARNING = recache.compile(r"(?:可以)?给予警告(?:或者|，|并)?")
_WARNED = 2


#: The words of a share's bar and of the whole it is of ("半数以上", "全体…的过半数").
_SHARE_WORDS = recache.compile(r"半数以上|过半数|超过半数|全体|的")


def _share_only(a: str, b: str, notes: Sequence[Note]) -> bool:
    """An edit of nothing but a share's bar said of the whole body ("“半数以上监事通过”改为“全体监事的过半数通过”") beside the
    note that says the bar ("“半数以上”改为“过半数”：不再包含本数（半数）", 公司法 第一百一十九条: useless in the forty-fourth
    reading)."""
    return bool(a and b) and substance(_SHARE_WORDS.sub("", a)) == substance(_SHARE_WORDS.sub("", b)) and any(
        n.finding.kind in (FindingKind.QUALIFIER_REMOVED, FindingKind.QUALIFIER_ADDED) and "本数（" in n.finding.message
        for n in notes)


#: Notes that say no edit of the provision by themselves: wording notes, and a rename's (its words are in
#: many edits that are no rename: "企业" → "经营主体" beside "市场主体" → "企业等经营主体").
_NOT_SAYING_EDITS = (FindingKind.WORDING_CHANGED, FindingKind.TERM_RENAMED)


def _shifted(pieces):
    """Two edits in a row where the second replaces what the first put in ("股东大会" → "董事会", then
    "董事会" → "监事会", of "股东会、股东大会或者董事会" → "股东会、董事会或者监事会", 公司法 第一百六十九条): the
    items moved up the list, one taken out before them and one put in after: 删除“股东大会”, 新增“监事会”."""
    out, i = [], 0
    while i < len(pieces):
        if i + 1 < len(pieces):
            (a1, b1), (a2, b2) = pieces[i], pieces[i + 1]
            if a1 and b1 and a2 and b2 and b1.strip(_EDGE_PUNCTUATION) == a2.strip(_EDGE_PUNCTUATION) \
                    and a1 != b2:
                out += [(a1, ""), ("", b2)]
                i += 2
                continue
        out.append(pieces[i])
        i += 1
    return out


_JOINERS = recache.compile(r"或者|以及|[和及与或、，]")


def _joined_the_other_way(pieces) -> bool:
    """A piece put in and a piece taken out that are the same words, the joiner on the other side
    ("规模较小或者" in, "或者规模较小" out): two items of a list swapped, no change of content."""
    if len(pieces) == 1:  # (one edit of the members, reordered: "“优待金、补助金”改为“补助金、优待金的”", 军人抚恤优待条例
        return _members_reordered(*pieces[0])  # 第四十九条 → 第五十八条, useless in reading 403)
    if len(pieces) != 2:
        return False
    (a1, b1), (a2, b2) = pieces
    if a1 and b1 and a1 == b2 and a2 == b1:  # (two phrases swapped: "向社会公开募集或者向特定对象募集" → "向特定对象募集
        return True  # 或者向社会公开募集" was "“社会公开”改为“特定对象”；“特定对象”改为“社会公开”", 公司法 第七十七条 → 第九十一条)
    put, taken = (b1, a2) if not a1 and not b2 else ((b2, a1) if not a2 and not b1 else (None, None))
    if put is None:
        return False
    words = _JOINERS.sub("", put)
    return len(words) >= 2 and words == _JOINERS.sub("", taken) and put != taken


_DELEGATED_RULES = ("具体办法由", "具体管理办法由", "具体实施办法由")


def _delegation_named(a: str, b: str, new_text: str) -> bool:
    """Words put in only to name what a delegation's rules are of, before "具体办法由…规定" ("具体办法由…规定" → "抚恤优待对象享受
    教育优待的具体办法由…规定", 军人抚恤优待条例 第三十九条 → 第四十三条: the same rules handed on, "新增“抚恤优待对象享受教育优待的”"
    useless in reading 719)."""
    return not a and b.endswith("的") and any(b + tail in new_text for tail in _DELEGATED_RULES)


def _members_reordered(a: str, b: str) -> bool:
    """Two texts that are the same members of a list (two at least) in another order, joined alike ("或" as "或"), a particle
    at the end aside. Not the same order joined otherwise: "签名、盖章" → "签名或者盖章" asks one of two, not both."""
    if not a or not b or a == b:
        return False
    a, b = (x.strip(_EDGE_PUNCTUATION).rstrip("的之") for x in (a, b))
    if _same_members(a, b):
        return True
    # (the words both keep around the list aside, two characters or more: "组织和个人给予保护" → "个人和组织给予保护",
    # 反间谍法 第七条 → 第九条, useless in reading 688)
    head = common_prefix(a, b)
    tail = common_prefix(a[head:][::-1], b[head:][::-1])
    return bool(head or tail) and head != 1 and tail != 1 and _same_members(a[head:len(a) - tail], b[head:len(b) - tail])


def _same_members(a: str, b: str) -> bool:
    members = [[m for m in _JOINERS.split(x) if m] for x in (a, b)]
    return len(members[0]) >= 2 and members[0] != members[1] and sorted(members[0]) == sorted(members[1]) \
        and a.count("或") == b.count("或")


class _Widening(named_tuple("_Widening", ["o", "n", "before", "after", "left", "right"], module=__name__)):
    """An edit to widen to word boundaries (``words.widen``), at most ``left`` and ``right``
    characters (its room and the equal text beside it)."""

    __slots__ = ()
    o: Tuple[int, int]
    n: Tuple[int, int]
    before: int
    after: int
    left: int
    right: int

    def reach(self) -> Tuple[Tuple[int, int], Tuple[int, int]]:
        """The most of each text the widened edit can cover."""
        return ((self.o[0] - self.left, self.o[1] + self.right),
                (self.n[0] - self.left, self.n[1] + self.right))


#: One particle put for the other: "X的Y" → "X之Y" however far it is widened.
_SWAPPED = {"的", "之"}


def _widened(spans, old_text: str, new_text: str):
    """The spans of one change with each ``_Widening`` widened, but for a lone particle swap (的 ↔ 之)
    that no other edit's widening can reach: it stays as it is, its words uncut. Widened by the same
    characters on both sides, "X的Y" → "X之Y" is left out by ``_slight`` (particles taken out alike,
    or one put for another), and so is "的" → "之"; apart from the other edits it merges with none of
    them, and as neither a lone deletion nor a lone insertion it pairs with none in ``_word_moved``, so
    its extent changes nothing else (the rewritten 民法典's 的 → 之 in every article)."""
    if not any(isinstance(span, _Widening) for span, _h in spans):
        return spans
    reaches = [None if h is None else span.reach() if isinstance(span, _Widening) else span for span, h in spans]
    out = []
    for k, (span, h) in enumerate(spans):
        if isinstance(span, _Widening):
            if {old_text[span.o[0]:span.o[1]], new_text[span.n[0]:span.n[1]]} == _SWAPPED and all(
                    _apart(reaches[k], r) for j, r in enumerate(reaches) if j != k and r is not None):
                span = (span.o, span.n)
            else:
                span = widen(old_text, new_text, span.o, span.n, span.before, span.after)
        out.append((span, h))
    return out


def _more_than_its_words(note: Note, h: Hunk, notes: Sequence[Note]) -> bool:
    """A hunk that holds a drafting-norm note's two words and other words replaced beside them: "污染时，必须" →
    "损害时，应当" is 污染 → 损害 too, which "规范用语：“必须”改为“应当”" does not say (海洋环境保护法 第十七条 → 第二十七条,
    "严重污染" now "严重损害", unsaid in reading 1785). Words put for other words (neither side holding the other: "必须在中" →
    "应当在中华人民共和" is 中国 → 中华人民共和国 too, another note's), three Han characters at least, none of them a character
    of another drafting-norm note's words."""
    if not _norm_note(note):
        return False
    a, b = note.evidence
    if a not in h.deleted or b not in h.inserted:
        return False
    rest_old, rest_new = h.deleted.replace(a, "", 1), h.inserted.replace(b, "", 1)
    han_old = [ch for ch in rest_old if HAN.match(ch)]
    han_new = [ch for ch in rest_new if HAN.match(ch)]
    if not han_old or not han_new or len(han_old) + len(han_new) < 3 or rest_old in rest_new or rest_new in rest_old:
        return False
    others = {ch for n in notes if n is not note and _norm_note(n) for w in n.evidence for ch in w}
    return not others.intersection(han_old + han_new)


_NORM_NOTE = "规范用语："


def _norm_note(note: Note) -> bool:
    """A drafting-norm note of one word put for another ("规范用语：“必须”改为“应当”", its evidence the two words)."""
    return note.finding.message.startswith(_NORM_NOTE) and len(note.evidence) == 2


def _norm_words_off(a: str, b: str, notes: Sequence[Note]) -> Tuple[str, str]:
    """An edit's two sides without the drafting-norm words they end (or open) with, and the mark beside them, which
    their note says: "“环境受到严重污染时”改为“生态环境受到严重损害时”" of "…污染时，必须" → "…损害时，应当"."""
    for n in notes:
        if not _norm_note(n):
            continue
        x, y = n.evidence
        if a.endswith(x) and b.endswith(y) and len(a) > len(x) + 1 and len(b) > len(y) + 1:
            off = a[:-len(x)].rstrip("，"), b[:-len(y)].rstrip("，")
        elif a.startswith(x) and b.startswith(y) and len(a) > len(x) + 1 and len(b) > len(y) + 1:
            off = a[len(x):], b[len(y):]
        else:
            continue
        # (only words put for other words: not "在中国" → "在中华人民共和国", words put in among the old ones, another
        # note's, whose edit goes as before)
        chars = iter(off[1])
        return (a, b) if all(ch in chars for ch in off[0]) else off
    return a, b


def _one_way(note: Note, h: Hunk, raw: Hunk, hunks: Sequence[Hunk], notes: Sequence[Note], said_by) -> bool:
    """The note can say the hunk: a note of words taken out only ("不再规定：…") says no words put in beside another edit,
    words the quote of that edit would lose. "财务" put in before "会计报告" was said by "不再规定：“财务会计报告由会计报表…
    组成”", whose words hold it, and the edit beside it quoted "“会计报表、会计报表附注和财务情况说明书”改为“会计报告”" (会计法
    第二十条, misquoted in the ninety-second reading: the new text says 财务会计报告). Words put in apart from any other edit
    keep the old reading, and so do words put in beside an edit another note says (a rename's: "“股东会”改为“公司股东会”"
    was never asked for). ``raw``: the hunk as the change holds it (``h`` may be it slid), not its own neighbour."""
    f = note.finding
    if not (f.new is None and f.old is not None and h.inserted.strip() and not h.deleted.strip()):
        return True
    end = h.old_at + len(h.deleted)
    return not any(k is not raw and (0 <= k.old_at - end <= MAX_WIDEN or 0 <= h.old_at - k.old_at - len(k.deleted) <= MAX_WIDEN)
                   and not any(said_by(n, k) for n in notes) for k in hunks)


def _apart(a, b) -> bool:
    """Spans ``a`` and ``b`` (each in the old text and in the new) neither overlap nor touch."""
    return (b[0][1] < a[0][0] or b[0][0] > a[0][1]) and (b[1][1] < a[1][0] or b[1][0] > a[1][1])


def _equal_runs(hunks: Sequence[Hunk], old_text: str, new_text: str):
    """For each hunk, how much equal text lies before and after it."""
    runs = {}
    for k, h in enumerate(hunks):
        prev_end = hunks[k - 1].old_at + len(hunks[k - 1].deleted) if k else 0
        next_start = hunks[k + 1].old_at if k + 1 < len(hunks) else len(old_text)
        runs[id(h)] = (h.old_at - prev_end, next_start - h.old_at - len(h.deleted))
    return runs
