"""Each edit of a wording note cut to the words a reviewer reads, and quoted.

An edit the diff made is moved to where it reads ("应急物资储备和", not "物资储备和应急"), joined to the word its joiner
opens, cut apart where it is two edits around a kept word, taken to one place where its words are said in several,
widened over a citation or a bracket it cut, and said as "“X”改为“Y”", "新增“Y”" or "删除“X”" (``_describe``) by
wording.py.
"""
from __future__ import annotations

from typing import List, Tuple

from .. import recache
from ..normalize import HAN
from ..textratio import all_at, common_prefix, edit_in_its_words
from .changes import Hunk, _phrase_bounds, _stops
from .citations import OWN_INSTRUMENTS
from .counterparts import ITEM_LABEL, _labelled
from .formatting import substance
from .lexicon import load_lexicon
from .penalties import GLOSS
from .sentences import held_in_order
from .slight import EDGE_PUNCTUATION as _EDGE_PUNCTUATION
from .slight import slight as _slight_edit
from .words import _LONE, _in_a_compound, _tokenizer, bounds


#: The longest quote of one side of an edit (characters) before it is cut at a phrase end.
QUOTE_LIMIT = 80


def _phrase_clip(text: str, limit: int = QUOTE_LIMIT) -> str:
    """Cut a long quote at a phrase end, never mid-word. A quote of two sentences is cut in each, the second kept whole
    when short: its words are often what changed (发票管理办法 第十五条's "领用纸质发票的，还应当提供…印模" after a first
    sentence of 55 characters, cut from the quote: missed in the fifty-third and fifty-sixth readings)."""
    if len(text) <= limit:
        return text
    lead_in, said, item = text.partition("：……")
    if said and len(lead_in) <= LEAD_IN and "。" not in lead_in:  # (a list's lead-in before its item: context, not counted)
        return lead_in + said + _phrase_clip(item, limit)
    parts = text.split("。")
    if len(parts) == 2 and all(parts) and len(parts[1]) <= SECOND_SENTENCE:
        return _phrase_clip(parts[0], limit - len(parts[1]) - 1).rstrip("…") + "……" + parts[1]
    cut = max(text.rfind(ch, 0, limit) for ch in "，；。、")
    return (text[:cut] if cut > limit // 2 else text[:limit - 1]) + "……"


def _clip_keeping_the_new_tail(text: str, other: str) -> str:
    """_phrase_clip of one side of an edit, but a side at most TAIL_SLACK characters over the limit whose clipped end
    holds words the other side does not is quoted whole: "……和沿海低地等，但是用于养殖的人工的水域和滩涂除外" was cut
    before the exception, the one change of substance (海洋环境保护法 第九十四条（三） → 第一百二十条（四）, useless in
    reading 1227)."""
    clipped = _phrase_clip(text)
    if clipped == text or len(text) > QUOTE_LIMIT + TAIL_SLACK:
        return clipped
    opening = "……" if text.startswith("……") and clipped.startswith("……") else ""  # (the shared opening left out)
    body, cut = text[len(opening):], clipped[len(opening):]
    # (a "……" of a shared middle phrase left out, _shared_middle_off, may stand before the clip's: the clip's is the
    # last)
    if "……" not in cut or body.endswith("……") or body.count("……") >= cut.count("……"):
        return clipped
    head, _, tail = cut.rpartition("……")
    if not body.startswith(head) or not body.endswith(tail):
        return clipped
    dropped = body[len(head):len(body) - len(tail)].strip("，；。、")
    if "……" in dropped:
        return clipped
    # (and words cut out of its middle, the second sentence kept: "……常务委员会办事机构……根据安排参加…" left out "、工作机构组织
    # 的有关会议", what deputies may now be invited to, 代表法 第二十六条 → 第三十三条, wrong in reading 1752 and partly said in
    # recall 1754)
    if len(dropped) >= TAIL_NEW_WORDS and dropped not in other and "。" not in dropped and (tail or "。" not in text):
        from .sentences import held_in_order

        # (not words the other side says nearly all, in order: "以及经办人身份证明，向主管税务机关办理发票领用手续" for "…领购
        # 手续" is no news beside the rename's note, 发票管理办法 第十五条, worse quoted in A/B reading 1756)
        if not tail or held_in_order(dropped, other)[0] < TAIL_HELD * len(dropped):
            return text
    return clipped


#: Share of the words cut out of a quote's middle, at least, the other side says in order for them to be no news.
TAIL_HELD = 0.8


#: Characters, at most, of a quote over the limit kept whole for a tail of new words (_clip_keeping_the_new_tail), and at
#: least of such a tail.
TAIL_SLACK, TAIL_NEW_WORDS = 20, 6


#: Characters, at most, of the second sentence of a long quote kept whole.
SECOND_SENTENCE = 48
#: Characters, at most, of a list's lead-in quoted before an item of it ("下列民事案件，由人民法院专属管辖：……（三）…"), the
#: item clipped as if quoted alone.
LEAD_IN = 30


def _describe(old: str, new: str, texts: Tuple[str, str] = ("", "")) -> "tuple[str, str]":
    """The words of an edit as a note says them ("“…”改为“…”", "删除“…”", "新增“…”"); ``texts``: the two provisions,
    when known (a piece cut out of its widened quote must stand once there)."""
    old, new = (_quotable(side) for side in (old, new))
    old, new = _items_only(old, new, *texts)
    old, new = _reordered(old, new)
    old, new = _inserted_between(old, new, *texts)
    old, new = _shared_middle_off(*_shared_ends_off(old, new))
    old, new = _clip_keeping_the_new_tail(old, new), _clip_keeping_the_new_tail(new, old)
    if old and new:
        return f"“{old}”改为“{new}”", f"“{old}” → “{new}”"
    if old:
        return f"删除“{old}”", f"deleted “{old}”"
    return f"新增“{new}”", f"added “{new}”"


#: Characters, at least, of an opening (ending) both sides of a long edit share that its quote leaves out.
SHARED_END = 16
_PHRASE_MARKS = "，；、"


def _shared_ends_off(old: str, new: str) -> "tuple[str, str]":
    """An edit too long to quote whole whose two sides open (or end) with the same phrases: those phrases left out,
    "……" for them, so the quote shows what changed, not the words both say before the cut ("“授意、指使、强令…会计帐簿、
    财务会计报告……”改为“授意、指使、强令…会计账簿……”" showed only 帐 → 账 of 会计法 第四十五条 → 第四十二条's rewritten
    penalty, wrong in the hundred-and-fourth reading). Cut where a phrase ends (，；、), the drafting-norm spellings read
    alike; a short edit is quoted whole as before."""
    if not old or not new or max(len(old), len(new)) <= QUOTE_LIMIT:
        return old, new
    from .wording import NORM_CHARACTERS

    a, b = old, new
    for x, y in NORM_CHARACTERS:
        a, b = a.replace(x, y), b.replace(x, y)
    cut = max(a.rfind(ch, 0, common_prefix(a, b)) for ch in _PHRASE_MARKS)
    if cut + 1 >= SHARED_END and cut + 1 < min(len(a), len(b)):
        old, new, a, b = "……" + old[cut + 1:], "……" + new[cut + 1:], "……" + a[cut + 1:], "……" + b[cut + 1:]
    k = common_prefix(a[::-1], b[::-1])
    # (the end both share, from just after a phrase mark: at least SHARED_END characters, and something left before it)
    tail = [i for i in range(len(a) - k, len(a)) if a[i - 1] in _PHRASE_MARKS] if k else []
    if tail and len(a) - tail[0] >= SHARED_END and tail[0] > 2 and len(b) - (len(a) - tail[0]) > 2:
        keep = len(a) - tail[0]
        old, new = old[:len(old) - keep] + "……", new[:len(new) - keep] + "……"
    return old, new


#: A phrase and the mark that ends it.
_PHRASE = recache.compile(r"[^，；]+[，；]?")


def _shared_middle_off(old: str, new: str) -> "tuple[str, str]":
    """An edit too long to quote whole whose two sides say a phrase of their middle alike (SHARED_END characters at
    least, neither side's first or last): that phrase left out, "……" for it on both sides, so the quote shows the
    phrases that changed ("“县级以上人民政府应当组织畜牧兽医行政主管部门和其他有关主管部门……加强对…饲料和兽药等投入品的使用以及畜禽交易与
    运输的监督管理”改为“…和其他有关部门……加强对…畜禽屠宰以及饲料、饲料添加剂、兽药等投入品的生产、经营、使用的监督管理”",
    not the new side cut at "饲料……" before what changed: 畜牧法 第五十四条 → 第七十一条, wrong in reading 1949)."""
    if not old or not new or max(len(old), len(new)) <= QUOTE_LIMIT:
        return old, new
    a, b = _PHRASE.findall(old), _PHRASE.findall(new)
    inner_a, inner_b = a[1:-1], b[1:-1]
    shared = [p for p in inner_a
              if len(p.rstrip("，；")) >= SHARED_END and inner_a.count(p) == 1 and inner_b.count(p) == 1]
    if not shared:
        return old, new

    def off(parts):
        out = ""
        for p in parts:
            if p in shared:
                out = out.rstrip("，；") + ("" if out.endswith("……") else "……")
            else:
                out += p
        return out
    return off(a), off(b)


def _quotable(text: str) -> str:
    """The words of an edit as quoted inside “…”: edge punctuation off, but a quotation mark whose partner
    stays inside is kept, and the quotation marks inside become ‘…’ ("“高效办成一件事”等工作，推进数字政府建设" is quoted
    "‘高效办成一件事’等工作，推进数字政府建设", not "高效办成一件事”等工作…" with its mark left open: 上海 第二十四条,
    the thirty-third reading)."""
    core = text.strip(_EDGE_PUNCTUATION)
    if "“" not in text and "”" not in text:
        return core
    start = text.find(core) if core else 0
    if core.count("”") > core.count("“") and start and text[start - 1] == "“":
        core = "“" + core
    if core.count("“") > core.count("”") and text[start + len(core):start + len(core) + 1] == "”":
        core = core + "”"
    return core.replace("“", "‘").replace("”", "’")


#: Characters, at least, of words put in (taken out) between the words a widened edit kept on both sides.
BETWEEN_AT_LEAST = 6


_OPENING_JOINERS = ("或者", "以及", "和", "及", "、", "，")


def _inserted_between(old: str, new: str, old_text: str = "", new_text: str = "") -> "tuple[str, str]":
    """An edit widened to the words on both sides of what was put in (taken out), long enough to read alone
    (BETWEEN_AT_LEAST characters and longer than the words kept), is what was put in (taken out):
    "“日起”改为“日或者国务院专利行政部门公布之日起”" is 新增“或者国务院专利行政部门公布之日” (专利法实施细则 第一百一十四条,
    the twenty-second reading). Cut where words end (or before a joiner, "或者", that opens the words put
    in); of the ways to cut, the one that keeps most words before it."""
    if not old or not new or old == new:
        return old, new
    longer, shorter = (new, old) if len(new) > len(old) else (old, new)
    middle_length = len(longer) - len(shorter)
    if middle_length < BETWEEN_AT_LEAST or middle_length <= len(shorter):
        return old, new
    cuts = None
    found = []
    for k in range(len(shorter), -1, -1):
        if longer.startswith(shorter[:k]) and longer.endswith(shorter[k:]):
            if cuts is None:  # (where jieba's words of the longer side end)
                from itertools import accumulate

                cuts = {0, *accumulate(len(word) for word in _tokenizer().cut(longer))}
            middle = longer[k:k + middle_length]
            # cut where words end (jieba's, of the longer side), or before a joiner that opens it
            # (not words opening on 的: they say whose, with the words before them: "“法定代表人”改为“法定代表人的产生、
            # 变更办法”", not 新增“的产生、变更办法”, 公司法 第二十五条, useless in the sixty-fifth reading; nor words opening on
            # 等, which close the list before them: closing_a_list)
            if k in cuts and (k + middle_length in cuts or middle.startswith(_OPENING_JOINERS)) \
                    and not middle.startswith(("的", _LIST_CLOSER)):
                found.append(middle)
    # (of the cuts, one that keeps a joiner at an end of the words: "应急物资储备和", not "物资储备和应急" of "应急物资储备和
    # 应急设备", 突发事件应对法 第六十四条)
    middle = next((m for m in found if m.endswith(_JOINERS_AT_THE_END) or m.startswith(_OPENING_JOINERS)),
                  found[0] if found else None)
    if middle is None:
        return old, new
    if longer is new and middle.endswith("或者") and not middle.startswith(_OPENING_JOINERS):
        # (an alternative put in before the words kept: said with what it is an alternative to, "“专利号”改为“专利申请号或者
        # 专利号”", not 新增“专利申请号或者”, a fragment useless in the eighty-sixth reading, 专利法实施细则 第五十六条 → 第六十二条)
        return old, new
    if _across_a_joiner(middle, shorter[longer.index(middle):] if middle in longer else ""):
        return old, new  # (a conjunct cut across its joiner: the coordination is quoted whole, _coordination_whole)
    if longer is old and _OWN_CITATION_TAKEN.match(middle):
        return old, new  # (a citation taken out: quoted with its phrase, _citation_taken_out)
    if longer is new and middle.endswith(_LIGHT_VERBS) and shorter == new[len(middle):]:
        return old, new  # (words put in that end on a light verb: with the act after it, with_the_act_after)
    if _in_one_place_of_several(middle, longer is old, old_text, new_text):
        return old, new
    return ("", middle) if longer is new else (middle, "")


def _in_one_place_of_several(words: str, taken_out: bool, old_text: str, new_text: str) -> bool:
    """Words taken out (put in) that their text says in other places too, the other text saying them still: an edit
    widened to say which place (_deletion_placed) is not cut back to them ("删除“构成犯罪的”" of 反间谍法 第三十七条 →
    第六十九条, which says it twice and still once, read as the crime no longer asked for, wrong in reading 1744)."""
    words = words.strip(_EDGE_PUNCTUATION)
    here, there = (old_text, new_text) if taken_out else (new_text, old_text)
    return bool(words) and words in there and _more_than_once(words, here)


def _items_only(old: str, new: str, old_text: str = "", new_text: str = "") -> "tuple[str, str]":
    """An edit widened over a whole item it left as it was, the rest marked off from it by punctuation,
    is the rest put in (taken out): "“五日”改为“三日”、“五日”" is 新增“三日” (行政复议法 第八十八条's list of
    periods counted in working days)."""
    if not old or not new or old == new:
        return old, new
    longer, shorter = (new, old) if len(new) > len(old) else (old, new)
    if longer.endswith(shorter) and longer[-len(shorter) - 1] in _EDGE_PUNCTUATION:
        rest = longer[:-len(shorter)]
    elif longer.startswith(shorter) and longer[len(shorter)] in _EDGE_PUNCTUATION:
        rest = longer[len(shorter):]
    else:
        return old, new
    rest = rest.strip(_EDGE_PUNCTUATION)
    if not rest or longer is new and new.startswith(rest + "，") and rest.endswith("的") \
            and not rest.startswith(_OPENING_JOINERS):
        return old, new  # (nor a condition put in before the phrase it governs: condition_with_its_phrase)
    if _in_one_place_of_several(rest, longer is old, old_text, new_text):
        return old, new
    return ("", rest) if longer is new else (rest, "")


_LIST_JOINER = recache.compile(r"(、|以及|或者|和|及|与)")


def _reordered(old: str, new: str) -> "tuple[str, str]":
    """A list said in another order, one of its members replaced, is that member replaced: "“股东的出资方式、出资额和
    出资时间”改为“股东的出资额、出资方式和出资日期”" is “出资时间”改为“出资日期” (公司法 第二十五条 → 第四十六条, useless in the
    fifty-ninth reading). The same joiners in the same order (或者 for 和 can change the rule), two members kept at
    least; the words both sides open with (up to a member's start) are the list's."""
    if not old or not new or old == new or not _LIST_JOINER.search(old):
        return old, new
    common = 0
    while common < min(len(old), len(new)) and old[common] == new[common]:
        common += 1
    for start in range(common, -1, -1):
        a, b = _LIST_JOINER.split(old[start:]), _LIST_JOINER.split(new[start:])
        if len(a) != len(b) or len(a) < 5 or a[1::2] != b[1::2] or not all(a[::2]) or not all(b[::2]):
            continue
        ours, theirs = a[::2], b[::2]
        gone = [x for x in ours if x not in theirs]
        put = [x for x in theirs if x not in ours]
        kept = [x for x in ours if x in theirs]
        if len(gone) == len(put) == 1 and len(kept) >= 2 and kept != [x for x in theirs if x in ours] \
                and len(set(ours)) == len(ours) and len(set(theirs)) == len(theirs):
            return gone[0], put[0]  # (the same members all: said as the diff made it)
    return old, new


#: A phrase's opening that is a duty's word alone ("，必须"): words put in on both sides of it are each their own.
_MODAL_KEPT = recache.compile(r"[，；]?(?:必须|应当|可以|不得)")


def _around_a_kept_word(a: str, b: str) -> List[Tuple[str, str]]:
    """An edit whose one side is the other's middle, words of its own on both sides of it: two edits around words
    kept, the diff having folded them into one ("“地减轻重大”改为“减轻”" is 地 and 重大 taken out, 突发事件应对法 第五条 →
    第三十二条; "“可以在海上实行联合执法，在巡航监视中发现海上污染事故或者”改为“在巡航监视中发现”" is the joint enforcement,
    now a paragraph of its own, and 海上污染事故 taken out, 海洋环境保护法 第十九条 → 第二十九条: useless in the forty-first
    reading). Each side of it is an edit of its own; a lone particle ("地") is none. Words put in on both sides of a
    kept word are not cut so: they are the word's ("“避难”改为“应急避难、封闭隔离、紧急医疗救治等”", "“保函”改为“出具的保函等”")."""
    if _MODAL_KEPT.fullmatch(a) and b.count(a) == 1 and not b.startswith(a) and not b.endswith(a):
        # (a duty's word kept, words put in before and after it: "“，必须”改为“（以下称馆藏文物），必须按照国家有关文物定级标准”"
        # is the short name and the standard put in, 文物保护法 第三十六条 → 第五十一条, useless in reading 448)
        return [("", x) for x in b.split(a) if substance(x)]
    if len(b) < 2 or len(a) <= len(b) or a.count(b) != 1:
        return [(a, b)]
    parts = [x for x in a.split(b) if x not in _LONE_PARTICLES]
    if len(parts) == 2 and not all(substance(x) for x in parts) or any(len(substance(x)) < 2 for x in parts):
        return [(a, b)]  # (a character alone, "“公司职务时”改为“职务”": the edit as the diff made it, then quoted with the
        # word before it, kept_word_with_the_word_before)
    return [(x, "") for x in parts]


def kept_word_with_the_word_before(a: str, b: str, old_text: str, new_text: str) -> Tuple[str, str]:
    """An edit left as the diff made it around a kept word, a character alone on one side of it (_around_a_kept_word),
    quoted with the word before it both texts say there: "“公司职务时”改为“职务”" is "“执行公司职务时”改为“执行职务”"
    (公司法 第一百四十九条 → 第一百八十八条, a fragment without its verb in reading 149)."""
    if len(b) < 2 or len(a) <= len(b) or a.count(b) != 1 or a.startswith(b) or a.endswith(b) \
            or old_text.count(a) != 1:
        return a, b
    at = old_text.index(a)
    took = _words_before(old_text, at, one=True)
    before = old_text[at - took:at]
    if took < 2 or new_text.count(before + b) != 1:
        return a, b
    return before + a, before + b


def _label_off(a: str, b: str) -> Tuple[str, str]:
    """An edit whose new words are an item's label before words it kept at its end: the words taken out, a sentence
    now an item of a list ("“不具备设置条件的，应当委托”改为“（三）委托”" is 删除“不具备设置条件的，应当”: 会计法 第三十六条 →
    第三十四条, the agency once a fallback now one way of four; useless in the forty-first reading)."""
    label = ITEM_LABEL.match(b.lstrip())
    kept = b.lstrip()[label.end():] if label else ""
    if a and label and a.endswith(kept) and len(a) > len(kept):
        return a[:len(a) - len(kept)], ""
    # (and an old item's label before words the new side opens with, the item renumbered with the one before it gone:
    # "“（二）选举和更换非由职工代表担任的”改为“选举和更换”" is 删除“非由职工代表担任的”, 公司法 第三十七条 → 第五十九条, the
    # forty-third reading)
    label = ITEM_LABEL.match(a.lstrip())
    rest = a.lstrip()[label.end():] if label else ""
    if b and label and not ITEM_LABEL.match(b.lstrip()) and rest.startswith(b) and len(rest) > len(b):
        return rest[len(b):], ""
    # (and a new item's label before the words put for the old ones, the old item's own label paired with the item put in
    # before it: "“人体器官”改为“（四）活体器官”" is "“人体器官”改为“活体器官”", 人体器官捐献和移植条例 第十八条 → 第二十八条,
    # useless in reading 480)
    label = ITEM_LABEL.match(b.lstrip())
    words = b.lstrip()[label.end():] if label else ""
    if a and words.strip() and not ITEM_LABEL.match(a.lstrip()) and not any(ch in words for ch in "。；（("):
        return a, words
    return a, b


#: Particles that, taken out alone, change no meaning.
_LONE_PARTICLES = ("地", "的", "得", "之")


def _slid(h: Hunk, old_text: str, new_text: str, equal) -> Hunk:
    """A words put in (or taken out) that the diff placed with a joiner inside them, slid back over the equal words
    they end with so that they end with the joiner: "未做好应急[物资储备和应急]设备" is "未做好[应急物资储备和]应急设备"
    (突发事件应对法 第六十四条（三）: "新增“物资储备和应急”", a fragment left undone after the thirty-ninth reading). The
    hunk's equal runs (``equal``) are moved with it."""
    if h.old_at < 0 or (h.deleted and h.inserted) or not (h.deleted or h.inserted):
        return h
    words = h.inserted or h.deleted
    if any(ch in words for ch in "，。；：\n"):
        return h  # (a phrase or more: cut where the diff cut it)
    text, at = (new_text, h.new_at) if h.inserted else (old_text, h.old_at)
    before, after = equal[id(h)]
    for k in range(1, min(before, len(words) - 1) + 1):
        if text[at - k:at] != words[len(words) - k:]:
            break
        if words[:len(words) - k].endswith(_JOINERS_AT_THE_END) and not words.endswith(_JOINERS_AT_THE_END):
            moved = words[len(words) - k:] + words[:len(words) - k]
            slid = Hunk(h.deleted and moved, h.inserted and moved, h.old_at - k, h.new_at - k)
            equal[id(slid)] = (before - k, after + k)
            return slid
    # (or back over the equal words they end with so that they end with "的", a modifier taken out or put in whole:
    # "人体器官捐献[人的捐献]意愿" is "人体器官[捐献人的]捐献意愿", not "删除“人的捐献”", 人体器官捐献和移植条例 第十八条 →
    # 第二十八条, a fragment in reading 1219; a member put in after a list's mark stays as it is: "重点排污单位[、实行排污
    # 许可重点管理的单位]篡改")
    if not words.endswith("的") and not words.startswith(("的", "、")) and "的" in words:
        for k in range(1, min(before, len(words) - 1) + 1):
            if text[at - k:at] != words[len(words) - k:]:
                break
            if "、" in words[len(words) - k:]:
                break  # (a list's mark carried to the front)
            if words[len(words) - k - 1] == "的" and words[len(words) - k] != "的":
                moved = words[len(words) - k:] + words[:len(words) - k]
                slid = Hunk(h.deleted and moved, h.inserted and moved, h.old_at - k, h.new_at - k)
                equal[id(slid)] = (before - k, after + k)
                return slid
    # (or forward over the equal words they open with, so that they open with the joiner they hold: "撤销[撤销或者部分]违法
    # 集资" is "撤销[或者部分撤销]违法集资", not "新增“撤销或者部分”", 行政复议法 第二十九条 → 第七十二条)
    if words.startswith(_JOINERS_AT_THE_END) or words.endswith(_JOINERS_AT_THE_END):
        return h
    for k in range(1, min(after, len(words) - 1) + 1):
        if text[at + len(words):at + len(words) + k] != words[:k]:
            break
        if words[k:].startswith(("或者", "以及")):
            moved = words[k:] + words[:k]
            slid = Hunk(h.deleted and moved, h.inserted and moved, h.old_at + k, h.new_at + k)
            equal[id(slid)] = (before + k, after - k)
            return slid
    return h


#: Joiners an edit may end with: the word they join comes after them.
_JOINERS_AT_THE_END = ("以及", "或者", "和")


def _joined_to_its_word(o: Tuple[int, int], n: Tuple[int, int], old_text: str, new_text: str):
    """The edit, with the word after it when it ends with a joiner and both texts go on with that word:
    "新增“信息和”" is "“资料”改为“信息和资料”" (专利法实施细则 第十三条), "“给予”改为“按照有关规定给予表彰和”" is "“给予奖励”改为
    “按照有关规定给予表彰和奖励”" (体育法 第十三条): useless in the thirty-fourth reading."""
    (o0, o1), (n0, n1) = o, n
    side = new_text[n0:n1] or old_text[o0:o1]
    if not side.endswith(_JOINERS_AT_THE_END) and not _ends_on_a_lone_joiner(side):
        return o, n
    word = next(iter(_tokenizer().cut(new_text[n1:n1 + 8])), "")
    if len(word) < 2 or not _CJK_WORD.match(word) or old_text[o1:o1 + len(word)] != word:
        return o, n
    o, n = (o0, o1 + len(word)), (n0, n1 + len(word))
    # (on to the end of the compound that word opens, a 的 after it: "“职业学校和职业培训机构”改为“职业培训机构”", not
    # "“职业学校和职业培训”改为“职业培训”", a term cut in its middle, 职业教育法 第二十四条 → 第三十四条, wrong in reading 1779;
    # not to a mark, which took "国家有关规定" of "符合法律、行政法规和国家有关规定" apart from the "、方式" before it)
    wider = _to_the_compound_end(o, n, old_text, new_text)
    return wider if old_text[wider[0][1]:wider[0][1] + 1] == "的" else (o, n)


def _with_the_members_modifier(o: Tuple[int, int], n: Tuple[int, int], old_text: str, new_text: str):
    """An edit of a list whose members each open on the word just before it (both texts): that word is quoted with the
    first member. "“计算机、涉密存储设备”改为“信息设备”" of "涉密计算机、涉密存储设备" → "涉密信息设备" (保守国家秘密法 第四十八条 →
    第五十七条, a fragment in reading 527) is "“涉密计算机、涉密存储设备”改为“涉密信息设备”"."""
    (o0, o1), (n0, n1) = o, n
    a = old_text[o0:o1] or new_text[n0:n1]
    if "、" not in a:
        return o, n
    for k in range(MODIFIER_LONGEST, 1, -1):
        word = old_text[max(0, o0 - k):o0]
        if len(word) == k and _CJK_WORD.match(word) and new_text[max(0, n0 - k):n0] == word and f"、{word}" in a:
            return (o0 - k, o1), (n0 - k, n1)
    return o, n


#: Characters, at most, of the word every member of a list opens on.
MODIFIER_LONGEST = 4


def with_the_body_after(o: Tuple[int, int], n: Tuple[int, int], old_text: str, new_text: str):
    """Words of a list replaced just before the noun that closes its last body's name on both sides (组织, 机构, 部门…):
    quoted with it, the name whole. "“社会团体及各企业事业”改为“人民团体、企业事业组织和其他社会”" of "各社会团体及各企业事业
    组织" → "各人民团体、企业事业组织和其他社会组织" (反间谍法 第四条 → 第七条, cut mid-name on both sides in the English
    reading 1810) is "…企业事业组织”改为“…其他社会组织”"."""
    (o0, o1), (n0, n1) = o, n
    a, b = old_text[o0:o1], new_text[n0:n1]
    if not a or not b or not _CJK_WORD.match(a[-1] + b[-1]) or a[-1] == b[-1]:
        return o, n
    if a.startswith(b) or b.startswith(a) or not (_LIST_JOINER.search(a[:-1]) or _LIST_JOINER.search(b[:-1])):
        return o, n  # (words put in after a kept one, "新增“、撤职”"; one word replaced before the noun reads as it is,
        # "“放映”改为“播映”（共2处）", the norm "“相关”改为“有关”")
    body = next((w for w in _BODY_NOUNS if old_text.startswith(w, o1) and new_text.startswith(w, n1)), None)
    return ((o0, o1 + len(body)), (n0, n1 + len(body))) if body else (o, n)


#: The nouns a body's (or its staff's) name ends on.
_BODY_NOUNS = ("委员会", "组织", "机构", "机关", "部门", "单位", "团体", "企业", "人员", "政府")


_CJK_WORD = recache.compile(r"^[\u4e00-\u9fff]+$")
#: Joiners that also end words (普及, 参与): a joiner only where the words of the edit cut it off alone.
_LONE_JOINERS = ("与", "及")


def _ends_on_a_lone_joiner(side: str) -> bool:
    """"实行普及与" ends on 与 joining what follows ("“实行普及与”改为“普及与”" is "“实行普及与提高”改为“普及与提高”", 体育法
    第二条); "普及" or "参与" do not."""
    if not side.endswith(_LONE_JOINERS):
        return False
    words = list(_tokenizer().cut(side, HMM=False))
    return bool(words) and words[-1] in _LONE_JOINERS

#: Characters, at most, of the words before an edit opening on a joiner that it is quoted with.
WORDS_BEFORE = 6
#: Words that close the phrase before them ("同意后", "审议时"): an edit opening on one on one side only is quoted with the
#: word before it ("“由印制地…确定的企业印制”改为“后确定印制发票的企业”" is "“同意，由印制地…”改为“同意后确定印制发票的企业”",
#: 发票管理办法 第十四条, useless in the fifty-third reading).
_BOUND = ("后", "时", "前", "以后", "之后", "以前", "之前")
#: Words a quote does not open on.
_NO_OPENING = ("的", "之", "其", "和", "或者", "及", "以及", "与", "并", "等")


def _with_the_words_before(a: str, b: str, old_text: str, new_text: str) -> "tuple[str, str]":
    """The edit with the words before it (up to WORDS_BEFORE characters, within their phrase, not opening on a
    particle) when one side opens on a joiner the other does not and both texts say those words before it, each
    side standing once in its text: "“加大对破产管理人的培训力度”改为“和业务培训”" is "“加强行业自律，加大对破产管理人
    的培训力度”改为“加强行业自律和业务培训”" (上海市优化营商环境条例 第七十二条 → 第八十九条, useless in the
    forty-eighth reading)."""
    if not a or not b:
        return a, b
    bound = a.startswith(_BOUND) != b.startswith(_BOUND)
    # (or one side opening on 的, whose words are before it: "“的第一日”改为“开始的当日”" is "“各种期限的第一日”改为“各种期限
    # 开始的当日”", 专利法实施细则 第五条; or both on a pronoun, "“其受理”改为“其纠正”" is "“责令其受理”改为“责令其纠正”",
    # 行政复议法 第三十四条 → 第四十条)
    pronoun = a.startswith("其") and b.startswith("其")
    owned = a.startswith("的") != b.startswith("的") or pronoun
    # (or on a list's "、": "“事故的单位”改为“、生态破坏事件的单位”" is "“海洋环境污染事故的单位”改为“海洋环境污染、生态破坏事件的
    # 单位”", 海洋环境保护法 第十七条 → 第二十七条, useless in reading 637)
    listed = b.startswith("、") and not a.startswith(("、", "，"))
    # (or one side opening on a word the other leaves out before the words both then open on: "“损害海洋环境”改为“海洋环境、
    # 破坏海洋生态”" is "“污染损害海洋环境”改为“污染海洋环境、破坏海洋生态”", 海洋环境保护法 第四条 → 第九条, a word cut in two
    # in reading 1945)
    led = _led_by_a_word_left_out(a, b) or _led_by_a_word_left_out(b, a)
    # (or both on one character that ends the word before them: "“人因人体器官移植感染疾病”改为“人接受人体器官移植”" is
    # "“接受人因…”改为“接受人接受…”", 人体器官捐献和移植条例 第十六条 → 第三十一条, a fragment in reading 1970)
    led = led or _opening_on_a_word_end(a, b, old_text)
    if not bound and not owned and not listed and not led \
            and a.startswith(_JOINERS_AT_THE_END) == b.startswith(_JOINERS_AT_THE_END):
        return a, b
    if old_text.count(a) != 1 or not new_text.count(b):
        return a, b
    o0 = old_text.index(a)
    if new_text.count(b) != 1:
        # (new words said in several places, the old once: the old words before them, when the new text says them before
        # the new words too, "“有关死者牺牲情节的材料”改为“有关死者牺牲情节等材料”", not "“的材料”改为“等材料”", 烈士褒扬条例
        # 第九条, whose new fourth paragraph says the submission again; a fragment in reading 2004)
        took = _words_before(old_text, o0, one=bound or pronoun or led)
        if took < 2 or not owned or pronoun or new_text.count(old_text[o0 - took:o0] + b) < 1:
            return a, b
        return old_text[o0 - took:o0] + a, old_text[o0 - took:o0] + b
    n0 = new_text.index(b)
    took = _words_before(new_text, n0, one=bound or pronoun or led)
    if took < 2 and owned and new_text[n0 - 1:n0] == "》":
        # (the title the words opening on 的 are of: "“《中华人民共和国治安管理处罚法》第五十条的处罚规定”改为“《中华人民
        # 共和国治安管理处罚法》的有关规定给予处罚”", not "“第五十条的处罚规定”改为“的有关规定给予处罚”" (代表法 第四十四条 →
        # 第五十五条, a fragment in the English reading 1862))
        title = new_text.rfind("《", 0, n0)
        took = n0 - title if 0 <= title and n0 - title <= TITLE_BEFORE else 0
    if took < 2 or old_text[o0 - took:o0] != new_text[n0 - took:n0]:
        return a, b
    if owned and not pronoun:
        # (the last member of a list the words opening on 的 are of: the whole list, "“收入、支出、费用、成本的计算”改为
        # “收入、支出、费用、成本的增减”", not "“成本的计算”改为“成本的增减”" read as of costs alone (会计法 第十条, reading
        # 1851))
        took += _rest_of_the_list(o0 - took, n0 - took, old_text, new_text)
    return old_text[o0 - took:o0] + a, new_text[n0 - took:n0] + b


#: Characters, at most, of the word one side opens on that the other leaves out (_led_by_a_word_left_out).
LEADING_WORD = 3


def _led_by_a_word_left_out(a: str, b: str) -> bool:
    """``a`` opens on a word (LEADING_WORD characters at most) before the words ``b`` opens on (two or more), and ``b``
    goes on after them (a word only put in before them, "“负责人”改为“主要负责人”", reads as it is)."""
    return any(len(a) - k >= 2 and b.startswith(a[k:]) and len(b) > len(a) - k
               for k in range(1, min(LEADING_WORD, len(a) - 2) + 1)) and bool(HAN.match(a))


def _opening_on_a_word_end(a: str, b: str, old_text: str) -> bool:
    """Both sides open on the same Han character, then differ, and that character is a word of its own after a word
    in the old text (the end of "接受人" cut as 接受 / 人)."""
    if len(a) < 2 or len(b) < 2 or a[0] != b[0] or a[1] == b[1] or not HAN.match(a) or old_text.count(a) != 1:
        return False
    at = old_text.index(a)
    words = list(_tokenizer().cut(old_text[max(0, at - 8):at + len(a)], HMM=False))
    ends, size = set(), 0
    for word in words:
        size += len(word)
        ends.add(size)
    opening = min(at, 8)  # (where ``a`` starts in the window cut)
    return opening in ends and opening + 1 in ends and opening - 1 not in ends


#: Characters, at most, of the word both texts go on with that an edit ending on loose characters is quoted on to, and
#: of the rest of the phrase after it, alike in both texts, that it is quoted on to as well.
LOOSE_END_WORD, PHRASE_END_WITHIN = 4, 8


def on_to_the_word_after(a: str, b: str, old_text: str, new_text: str) -> "tuple[str, str]":
    """A replacement one side of which ends on two or more characters the dictionary reads only one by one, none a
    particle, before a word both texts go on with: quoted on to that word, "“婴幼儿食品”改为“特殊医学用途配方食品、专供
    婴幼儿的主辅食品”", not a quote that stops at "…的主辅" (危害食品安全刑事案件解释 第六条 → 第七条, a fragment in reading
    2007). Each side standing once in its text."""
    if not a or not b or b[-1] in _MODAL_ENDS or a[-1] in _GOVERNS or b[-1] in _GOVERNS:
        return a, b  # (nor one ending on a word that governs what follows: "…治疗终结后经" goes on "劳动能力鉴定机构…", whose
        # first word alone cut the name, reading 2034)
    if not any(_ends_loose(side) for side in (a, b)) or not stands_once(a, old_text) or not stands_once(b, new_text):
        return a, b
    o, n = old_text.index(a) + len(a), new_text.index(b) + len(b)
    after = old_text[o:o + LOOSE_END_WORD + 1]
    words = list(_tokenizer().cut(after, HMM=False))
    word = words[0] if words else ""
    if len(word) < 2 or len(word) > LOOSE_END_WORD or not _CJK_WORD.match(word) \
            or not new_text.startswith(word, n):
        return a, b
    # (and on to the phrase's end when a few characters more, alike in both texts, reach it: "“并附具变更理由的证明材料”
    # 改为“必要时应当提交变更理由的证明材料”", not a quote that stops at "…提交变更", 专利法实施细则 第一百一十九条 → 第一百四十六条,
    # a fragment in reading 2018)
    stop = min((k for k in (old_text.find(c, o + len(word)) for c in _STOPS_OF_A_PHRASE) if k != -1),
               default=len(old_text))
    rest = old_text[o + len(word):stop]
    if 2 <= len(rest) <= PHRASE_END_WITHIN and not rest.endswith("的") and new_text.startswith(rest, n + len(word)) \
            and new_text[n + len(word) + len(rest):][:1] in ("",) + tuple(_STOPS_OF_A_PHRASE):
        word += rest
    return a + word, b + word


#: What a duty's word ends on: an edit ending on one is the modality note's ("“任何单位均应”改为“用人单位应当”", not on to
#: "根据", which split the duty off, 妇女权益保障法 第二十六条).
_MODAL_ENDS = set("应当须得以")


#: One-character words that govern the words after them (经, 由, 向…): what follows is theirs, not a word to add.
_GOVERNS = set("经由向按依对从被为给将把在于以")


def _ends_loose(side: str) -> bool:
    """``side`` ends on two or more Han characters the dictionary cuts one by one, none a particle."""
    tail = side[-8:]
    words = list(_tokenizer().cut(tail, HMM=False))
    loose = 0
    for word in reversed(words):
        if len(word) != 1 or not HAN.match(word) or word in _LONE:
            break
        loose += 1
    return loose >= 2 and len(words) > loose


def _rest_of_the_list(o0: int, n0: int, old_text: str, new_text: str) -> int:
    """Characters before ``o0`` (``n0``) that hold the rest of a list whose last member starts there, the same in both
    texts (LIST_BEFORE at most, within the phrase); 0 when no list's "、" stands just before it."""
    if not o0 or old_text[o0 - 1] != "、":
        return 0
    start = max(old_text.rfind(c, 0, o0) for c in _LIST_ENDS) + 1
    if o0 - start <= LIST_BEFORE and old_text[start:o0] == new_text[n0 - (o0 - start):n0]:
        return o0 - start
    return 0


#: Characters, at most, of a title quoted before words of it that open on 的.
TITLE_BEFORE = 32
#: What ends the phrase before a list, and the characters, at most, of a list quoted whole before words of it.
_LIST_ENDS, LIST_BEFORE = "，。；：\n）)", 24


def _phrase_before(text: str, at: int, window: int = 0) -> str:
    """The words of ``text`` before ``at`` within their phrase (after the last of _PHRASE_ENDS), looked for in the
    ``window`` characters before it when one is given."""
    before = text[max(0, at - window) if window else 0:at]
    return before[max(before.rfind(c) for c in _PHRASE_ENDS) + 1:]


def _words_before(text: str, at: int, one: bool = False) -> int:
    """How many characters of whole words before ``at`` an edit is quoted with: up to WORDS_BEFORE, within their phrase,
    Han words only, not opening on a particle (``one``: a single word at most)."""
    before = _phrase_before(text, at, 16)
    words = list(_tokenizer().cut(before))
    took = 0
    for k in range(len(words) - 1, 0 if len(before) == 16 else -1, -1):  # (not the first of a window cut short)
        if took + len(words[k]) > WORDS_BEFORE or not _CJK_WORD.match(words[k]) or (one and took):
            break
        took += len(words[k])
    while took and before[len(before) - took:].startswith(_NO_OPENING):
        took -= len(next(w for w in _NO_OPENING if before[len(before) - took:].startswith(w)))
    return took


def _with_its_owner(a: str, b: str, old_text: str, new_text: str) -> "tuple[str, str]":
    """A phrase taken out or put in that opens on 的 quoted with the words it belongs to (up to WORDS_BEFORE characters,
    within their phrase), when the other text says those words followed by what follows the phrase: "删除“的市场主体”" is
    "“领域的市场主体”改为“领域”" (上海市优化营商环境条例 第六十二条 → 第七十三条). A clause after a condition ("的，从其规定")
    opens on its own."""
    side, text, other = (a, old_text, new_text) if a and not b else (b, new_text, old_text)
    if not side or (a and b) or not side.startswith("的") or side.startswith(("的，", "的,")) or text.count(side) != 1:
        return a, b
    at = text.index(side)
    took = _words_before(text, at)
    owner, after = text[at - took:at], text[at + len(side):at + len(side) + 2]
    if took < 2 or owner + after not in other:
        return a, b
    if side.endswith(_DETERMINERS) and owner + side + after in text:
        # (and with the word after, when the phrase ends on a word that needs its noun: "“领域及管辖”改为“领域及管辖的其他”"
        # is "“领域及管辖海域”改为“领域及管辖的其他海域”", 矿产资源法 第二条, useless in reading 487)
        return (owner + a + after, owner + after) if a else (owner + after, owner + b + after)
    return (owner + a, owner) if a else (owner, owner + b)


#: Words that need the noun after them: a phrase put in or taken out that ends on one is quoted with it.
_DETERMINERS = ("其他", "有关", "相关")
#: What a replacement may end on that needs the noun after it.
_NEEDING_A_NOUN = _DETERMINERS + ("具体", "相应", "各项", "各类", "各种")
#: A duty's word, which no noun a 的 ties to runs on into.
_MODAL_AFTER = recache.compile(r"应当|可以|必须|不得")
#: Characters, at most, of the noun after a determiner a replacement is quoted with, and after a 的 one side ends on.
NOUN_AFTER_AT_MOST, NOUN_AFTER_DE = 4, 6


def with_the_noun_after(a: str, b: str, old_text: str, new_text: str) -> "tuple[str, str]":
    """A replacement one side of which ends on a word that needs its noun, quoted with the noun both texts go on with
    (up to NOUN_AFTER_AT_MOST characters, within the phrase): "“国家秘密及其密级的具体”改为“保密事项”" is "“国家秘密及其密级的
    具体范围”改为“保密事项范围”" (保守国家秘密法 第十四条 → 第十九条, a cut quote useless in reading 484). Each side standing
    once in its text."""
    if not a or not b or a not in old_text:
        return a, b
    # (or on a 的 that ties the words before it to a noun both texts go on with: "“代表机构或者有权接受送达的分支机构”改为
    # “独资企业、代表机构、分支机构或者有权接受送达的业务代办人”", not a quote that stops at "…有权接受送达的" before whom it
    # names, 民事诉讼法 第二百七十四条 → 第二百八十三条, wrong in reading 1784: that noun to a word's end, up to NOUN_AFTER_DE)
    tied = not (a.endswith(_NEEDING_A_NOUN) or b.endswith(_NEEDING_A_NOUN))
    if tied and (not (a.endswith("的") or b.endswith("的")) or "，" in a + b):
        return a, b
    # (a replacement made at each of its places alike, "出示相应证件" → "出示工作证件" twice, 反间谍法 第十条 → 第四十三条: each
    # place goes on with the same noun, the new text saying it after the new words as often; "“相应”改为“工作”（共2处）" was a
    # fragment in reading 729)
    # (each place read only as far as a noun may reach: a slice to the text's end at every place of a word a long text
    # says often cost a 200,000-character article 26 s and 1.7 GB)
    most = NOUN_AFTER_DE if tied else NOUN_AFTER_AT_MOST
    places = list(all_at(old_text, a))
    afters = [old_text[at + len(a):at + len(a) + most] for at in places]
    if tied and len(afters) != 1:
        return a, b  # (a 的 at one place only: which noun it ties elsewhere is not read)
    k = 0
    while k < most and all(k < len(x) and x[k] == afters[0][k] for x in afters) \
            and _CJK_WORD.match(afters[0][k]) and afters[0][k] not in "的和及或与":
        k += 1
    if tied:  # (to the end of a word of the old text, before a duty's word)
        start, ends = places[0] + len(a), bounds(old_text)
        duty = _MODAL_AFTER.search(afters[0], 0, k)
        k = duty.start() if duty else k
        while k >= 2 and ends.right(start + k) != start + k:
            k -= 1
    # (as far as the new text goes on alike after the new words, at as many places)
    while k >= 2 and new_text.count(b + afters[0][:k]) != len(afters):
        k -= 1
    noun = afters[0][:k]
    if k < 2 or (len(afters) == 1 and new_text.count(b) != 1):
        return a, b
    return a + noun, b + noun


#: What a document's name ends on ("决定书", "许可证"): words taken out (put in) right before one name which document.
_DOCUMENT_ENDS = ("书", "证")


def with_the_document_it_names(a: str, b: str, old_text: str, new_text: str) -> "tuple[str, str]":
    """Words taken out (put in) right before the name of a document both texts go on with, quoted with that name: "“不予受理
    决定书”改为“决定书”", not "删除“不予受理”" (行政复议法 第十九条 → 第三十四条: the bare words read as the decision no longer
    a cause to sue, useless in reading 555). The name: up to NOUN_AFTER_AT_MOST characters ending on 书 or 证; the words
    before the edit and the name side by side once in the other text, never in this one."""
    if bool(a) == bool(b):
        return a, b
    words, text, other = (a, old_text, new_text) if a else (b, new_text, old_text)
    found = set()
    at = text.find(words)
    while at >= 0:
        after = text[at + len(words):at + len(words) + NOUN_AFTER_AT_MOST]
        end = next((k for k in range(2, len(after) + 1) if after[k - 1] in _DOCUMENT_ENDS), 0)
        before = text[max(0, at - 2):at]
        at = text.find(words, at + 1)
        # (the edit's place: the other text says the words before it and the name side by side, once, and this one never)
        if end and _CJK_WORD.match(after[:end]) and len(before) == 2 and other.count(before + after[:end]) == 1 \
                and before + after[:end] not in text:
            found.add(after[:end])
    if len(found) != 1:
        return a, b
    name = found.pop()
    return (a + name, name) if a else (name, b + name)


#: A law named before its articles cited: "刑法" of "实施刑法第三百三十八条", "《中华人民共和国刑法》" (not the document itself,
#: "本法": its citations are read through its renumbering, citations.py).
_LAW_BEFORE = recache.compile(r"(?:《[^》《]{2,40}》|刑事诉讼法|民事诉讼法|行政诉讼法|治安管理处罚法|行政处罚法|行政许可法|行政强制法"
                              r"|(?<![诉讼罚许可强制本])刑法|民法典)$")
#: An article, or a run of them, cited alone: "第二百二十九条、".
_ARTICLES_ALONE = recache.compile(r"(?:第[零〇一二三四五六七八九十百千]+条(?:第[零〇一二三四五六七八九十]+款)?[、和及]?)+")


def with_the_law_it_cites(a: str, b: str, old_text: str, new_text: str) -> "tuple[str, str]":
    """Articles put in (taken out) at the head of a list of another law's articles, quoted with that law's name and without
    the "、" after them: "新增“刑法第二百二十九条”", not "新增“第二百二十九条”" (环境污染刑事案件解释 第十七条 → 第十九条: "违法所得"
    now of conduct under 刑法第二百二十九条 too, unsaid in recall 1298: the edit was taken for a renumbered citation). Only
    where the words stand once in their text."""
    if bool(a) == bool(b):
        return a, b
    words, text = (a, old_text) if a else (b, new_text)
    if not _ARTICLES_ALONE.fullmatch(words) or text.count(words) != 1:
        return a, b
    law = _LAW_BEFORE.search(text[:text.find(words)][-42:])
    if law is None:
        return a, b
    quoted = (law.group(0) + words).rstrip("、和及")
    return (quoted, b) if a else (a, quoted)


#: Words of a body's level or reach that a revision puts in (takes out) inside its name ("县级人民政府" → "县级以上地方人民政府").
_LEVEL_WORDS = ("以上地方各级", "以上地方", "以上各级", "地方各级", "以上", "地方", "各级")
#: What a body's name ends with after its level (the name quoted to there).
_BODY_AFTER_LEVEL = ("人民政府", "人民法院", "人民检察院", "人民代表大会")


def with_the_body_of_its_level(a: str, b: str, old_text: str, new_text: str) -> "tuple[str, str]":
    """Words of level or reach only put in (taken out) inside a body's name, quoted with the name: "新增“以上地方”" is "“县级
    人民政府”改为“县级以上地方人民政府”" (军人抚恤优待条例 第四十八条 → 第五十七条, a fragment useless in reading 635). One name
    of the text alone fits."""
    words, text, other = (b, new_text, old_text) if b and not a else (a, old_text, new_text) if a and not b else ("", "", "")
    if words not in _LEVEL_WORDS:
        return a, b
    fits = set()
    at = text.find(words)
    while at >= 2:
        before = text[at - 2:at]
        after = next((e for e in _BODY_AFTER_LEVEL if text.startswith(e, at + len(words))), "")
        if after and before.endswith("级") and before + after in other and before + words + after in text:
            fits.add((before, after))
        at = text.find(words, at + 1)
    if len(fits) != 1:
        return a, b
    before, after = fits.pop()
    plain, put = before + after, before + words + after
    return (plain, put) if b else (put, plain)


def gloss_alone(a: str, b: str) -> "tuple[str, str]":
    """A short gloss in brackets put in (taken out) before words both sides keep is that gloss: "“畜禽和违法”改为“（种）畜禽和
    违法”" is "新增“（种）”" (畜牧法 第六十五条 → 第八十五条)."""
    for x, y, flip in ((a, b, False), (b, a, True)):
        m = GLOSS.match(y)
        if x and m and y[m.end():] == x:
            return (m.group(), "") if flip else ("", m.group())
    return a, b


#: Characters, at most, of a modifier ending on 的 put in or taken out alone that is quoted with its noun.
MODIFIER_AT_MOST = 6
#: What ends the noun after a modifier (a function word, or a mark).
_NOUN_ENDS = set("的和及或与是在对由将被以于，。；：、（）()\n")


def modifier_with_its_noun(a: str, b: str, old_text: str, new_text: str) -> "tuple[str, str]":
    """A modifier ending on 的 taken out (put in) alone, quoted with the noun it modified, which both texts go on with:
    "“捐献人的捐献意愿”改为“捐献意愿”", not "删除“捐献人的”" (人体器官捐献和移植条例 第十八条 → 第二十八条, a fragment useless
    in reading 1409). The words standing once in their text, the noun once in the other, after the same two characters.
    And one replaced by words before the same noun that are no modifier: "“人体器官捐献人的捐献意愿”改为“活体器官捐献意愿”", not
    "“人体器官捐献人的”改为“活体器官”" (the same edit once its one character replaced, 人 → 活, was no longer said by a sentence
    elsewhere)."""
    if a and b:
        if b.endswith("的"):
            return a, b  # (a modifier for a modifier reads as one: "“协定的”改为“重要协定的”")
        noun = _noun_after(a, old_text, 2 * MODIFIER_AT_MOST)
        if noun and old_text.count(a + noun) == 1 and new_text.count(b + noun) == 1:
            return a + noun, b + noun
        return a, b
    if not a and not b:
        return a, b
    words, text, other = (a, old_text, new_text) if a else (b, new_text, old_text)
    noun = _noun_after(words, text)
    if not noun:
        return a, b
    at = text.index(words)
    before = text[max(0, at - 2):at]
    if len(before) < 2 or other.count(before + noun) != 1:
        return a, b
    if other.count(noun) != 1:
        # (a noun the other text says in several places: which one, the quote would not say; with the word before it
        # that both say, it does: "“用于本地区的职业教育”改为“用于职业教育”", not "删除“本地区的”", 职业教育法 第二十九条 →
        # 第六十四条, a fragment in the English reading 1976)
        took = _words_before(text, at, one=True)
        word = text[at - took:at]
        if took < 2 or other.count(word + noun) != 1 or text.count(word + words + noun) != 1:
            return a, b
        return (word + words + noun, word + noun) if a else (word + noun, word + words + noun)
    return (words + noun, noun) if a else (noun, words + noun)


def _noun_after(words: str, text: str, at_most: int = MODIFIER_AT_MOST) -> str:
    """The noun (a word or two, whole) a modifier ending on 的 (``at_most`` characters), standing once in ``text``, goes on
    with there, or ""."""
    if not words.endswith("的") or len(words) > at_most or len(words) < 3 or text.count(words) != 1:
        return ""
    k = text.index(words) + len(words)
    end, cut = k, bounds(text)
    for _ in range(2):  # (a word or two, whole: "农产品" of 农产品质量标志, "捐献意愿")
        nxt = cut.right(end + 1) if end < len(text) else end
        if nxt <= end or nxt - k > NOUN_AFTER_AT_MOST or any(ch in _NOUN_ENDS for ch in text[end:nxt]):
            break
        end = nxt
    noun = text[k:end]
    if len(noun) < 2 or text[end:end + 1] == "的":
        return ""  # (not a noun that is itself a modifier: "设区" of 设区的市)
    return noun


def with_the_nouns_after(pieces, old_text: str, new_text: str):
    """``with_the_noun_after`` of each piece, but where the noun is what another piece opens with (said there:
    "“干涉具体”改为“干预具体执法”；“司法案件或者”改为“司法案件，插手”", 代表法 第四十六条)."""
    out = []
    for a, b in pieces:
        a2, b2 = with_the_noun_after(a, b, old_text, new_text)
        noun = a2[len(a):]
        if noun and any((c, d) != (a, b) and (c.startswith(noun) or d.startswith(noun)) for c, d in pieces):
            a2, b2 = a, b
        out.append((a2, b2))
    return out


#: Words that open on what they govern: an edit that ends on one, kept, is quoted with what follows it.
GOVERNING = ("按照", "依照", "根据", "依据")
#: Characters, at most, of what a governing word kept is quoted with (up to the end of its phrase).
GOVERNED_AT_MOST = 8


def _with_what_it_governs(a: str, b: str, old_text: str, new_text: str) -> "tuple[str, str]":
    """Words put in before a governing word it keeps quoted with what that word governs, to the end of its phrase: "“按照”改为
    “依法或者按照”" is "“按照合同约定”改为“依法或者按照合同约定”" (保障中小企业款项支付条例 第十二条 → 第十三条: the quote stopped
    before what the deposits are settled by, useless in the English reading 238). Each side standing once in its text."""
    if a not in GOVERNING or not b.endswith(a) or b == a or old_text.count(a) != 1 or new_text.count(b) != 1:
        return a, b
    at = old_text.index(a) + len(a)
    end = next((k for k in range(at, min(len(old_text), at + GOVERNED_AT_MOST + 1)) if old_text[k] in _PHRASE_ENDS), -1)
    governed = old_text[at:end]
    if end < 0 or not governed or b + governed not in new_text:
        return a, b
    return a + governed, b + governed


#: Words that govern an article cited after them ("依照刑法第一百四十条的规定", "符合刑法第一百四十条规定的").
_CITING_WORDS = GOVERNING + ("符合", "适用", "违反")
#: An article cited (of another law or this one), and the words of its provisions after it.
_ARTICLE_CITED = recache.compile(r"(?:刑法|本法|本条例|本规定|本解释|《[^》]{1,40}》)?第[零〇一二三四五六七八九十百千\d]+条"
                                 r"(?:第[零〇一二三四五六七八九十\d]+款)?(?:的规定|规定的|规定)?")


def with_the_article_cited(a: str, b: str, old_text: str, new_text: str) -> "tuple[str, str]":
    """One word that governs an article cited put for another, with the words before it, quoted on to the article and
    its provisions, which both texts cite: "“构成犯罪的，依照”改为“符合”" is "“构成犯罪的，依照刑法第一百四十条的规定”改为
    “符合刑法第一百四十条规定的”" (危害食品安全刑事案件解释 2013 第十条 → 2021 第十五条, a fragment useless in reading 1400).
    Each side standing once in its text."""
    if not a or not b or not a.endswith(_CITING_WORDS) or not b.endswith(_CITING_WORDS) or old_text.count(a) != 1:
        return a, b
    old_cited = _ARTICLE_CITED.match(old_text, old_text.index(a) + len(a))
    if old_cited is None:
        return a, b
    article = old_cited.group(0)
    for tail in ("的规定", "规定的", "规定"):
        article = article[:-len(tail)] if article.endswith(tail) else article
    # (the new words where they cite that article, once: "符合" stands in "不符合食品安全标准" too)
    cited = [m for m in (_ARTICLE_CITED.match(new_text, at + len(b)) for at in all_at(new_text, b))
             if m is not None and m.group(0).startswith(article)]
    if len(cited) != 1:
        return a, b
    return a + old_cited.group(0), b + cited[0].group(0)


#: Paragraphs or items of a provision cited, put in after it ("第二项至第六项"), and the article cited before them.
_PARTS_CITED = recache.compile(r"第[零〇一二三四五六七八九十\d]+[款项](?:至第[零〇一二三四五六七八九十\d]+[款项])?")
_CITED_BEFORE = recache.compile(r"(?:刑法|本法|本条例|本规定|本解释|本办法|本细则|《[^》]{1,40}》)?"
                                r"第[零〇一二三四五六七八九十百千\d]+条$")
_CITED_AFTER = recache.compile(r"(?:的)?规定(?:的(?:情形|行为|条件|事项|程序|期限))?")


def parts_of_the_article_cited(a: str, b: str, old_text: str, new_text: str) -> "tuple[str, str]":
    """Paragraphs or items put in after an article cited, which now cites those alone, quoted with the article and what
    it is cited for: "新增“第二项至第六项”" is "“本解释第四条规定的情形”改为“本解释第四条第二项至第六项规定的情形”" (危害食品安全刑事案件
    解释 2013 第七条 → 2021 第八条: the citation narrowed, 第四条第一项's death no longer counted; a fragment misread as a
    rule put in, reading 1883). Each side standing once in its text."""
    if a or not _PARTS_CITED.fullmatch(b) or new_text.count(b) != 1:
        return a, b
    at = new_text.index(b)
    article = _CITED_BEFORE.search(new_text, max(0, at - 50), at)
    if article is None:
        return a, b
    after = _CITED_AFTER.match(new_text, at + len(b))
    tail = after.group(0) if after else ""
    old, new = article.group(0) + tail, article.group(0) + b + tail
    return (old, new) if old_text.count(old) == 1 and new_text.count(new) == 1 else (a, b)


#: Words of duty or choice: one of them put for another word, said more than once in the text, is quoted with its verb.
_MODAL_WORDS = ("应当", "必须", "可以")
#: Places of the word in the old text, at most, read for the one edited (each one a search of the new text).
MODAL_PLACES = 8


#: Verbs that take the act after them as their object ("进行审核"): words put in that end on one are read with that act.
_LIGHT_VERBS = ("进行", "予以", "给予")


def with_the_act_after(a: str, b: str, old_text: str, new_text: str) -> "tuple[str, str]":
    """Words put in that end on a light verb, quoted with the act after it both texts say there: "“审核”改为“依照前款规定
    进行审核”", not "新增“依照前款规定进行”" (文物保护法 第五十六条 → 第七十三条, a fragment in reading 1794). The act: the
    first word after the words put in (two to four characters), the words standing once in the new text and the old one
    saying the act right after the words before them."""
    if a or not b.endswith(_LIGHT_VERBS) or b[0] in _LONE or new_text.count(b) != 1:
        return a, b
    at = new_text.index(b) + len(b)
    act = next(iter(_tokenizer().cut(new_text[at:at + 8])), "")
    before = new_text[max(0, at - len(b) - 4):at - len(b)]
    if not 2 <= len(act) <= 4 or not _CJK_WORD.match(act) or old_text.count(before + act) != 1:
        return a, b  # (the old text going on from the same words to the same act, once)
    return act, b + act


def with_the_verb_after(a: str, b: str, old_text: str, new_text: str) -> "tuple[str, str]":
    """A word of duty put for another (or another word for it) when the text says that word more than once: quoted with
    the words after it to the end of their phrase, which both texts go on with: "“应当”改为“依法”" is "“应当从重处罚”改为
    “依法从重处罚”" (环境污染刑事案件解释 2016 第十条 → 2023 第十一条, whose 应当依照 stayed: useless in reading 627). Not a
    duty word put for another (the modality note's); one place of the old text alone fits."""
    if not a or not b or (a in _MODAL_WORDS) == (b in _MODAL_WORDS) or len(a) > 3 \
            or not 2 <= old_text.count(a) <= MODAL_PLACES:
        return a, b  # (said more often, as in a long text, the places are too many to tell one by what follows)
    # (or a phrase of its own put for the duty word, a comma after it: "“可以”改为“依据案件事实”" is "“可以综合被告人供述”改为
    # “依据案件事实，综合被告人供述”", 环境污染刑事案件解释 2016 第十三条 → 2023 第十五条, a fragment useless in reading 1077)
    if len(b) <= 3:
        joint = ""
    elif a in _MODAL_WORDS and len(b.rstrip("，")) <= GOVERNED_AT_MOST:
        joint = "" if b.endswith("，") else "，"
    else:
        return a, b
    fits = set()
    at = old_text.find(a)
    while at >= 0:
        start, at = at + len(a), old_text.find(a, at + 1)
        end = next((k for k in range(start, min(len(old_text), start + GOVERNED_AT_MOST + 1))
                    if old_text[k] in _PHRASE_ENDS), -1)
        after = old_text[start:end]
        if end > start and new_text.count(b + joint + after) == 1 and a + after not in new_text:
            fits.add(after)
    if len(fits) != 1:
        return a, b
    after = fits.pop()
    return a + after, b + joint + after


#: What the name of a body ends with: an edit inside a name stops before it on both sides (办公室: "县、市征兵办公室" →
#: "县、自治县、不设区的市、市辖区人民政府征兵办公室", 征兵工作条例 第十七条 → 第二十条, "“市征兵”改为“…人民政府征兵”" a fragment
#: in reading 994).
NAME_ENDS = ("主管部门", "部门", "机构", "机关", "委员会", "办公室")
#: A name's end a few characters after an edit inside it ("监督机构" after "防疫").
_NAME_END_AFTER = recache.compile(r"[\u4e00-\u9fff]{1,4}?(?:主管部门|部门|机构|机关|委员会|办公室)")


def _followed_alike(word: str, text: str, other: str) -> bool:
    """A word put for another (neither holding the other) that the text says more than once, the same characters
    (NAME_FOLLOWED) after it each time: the name it stops inside ends the same way wherever it stands ("国家海洋行政" →
    "国务院生态环境", each said twice, each "…主管部门", 海洋环境保护法 第五十六条). Not words taken out of a name said twice
    ("人体器官移植技术临床应用与伦理委员会" → "人体器官移植伦理委员会", one note for both)."""
    w, o = (x.strip(_EDGE_PUNCTUATION + "\n ") for x in (word, other))
    if w in o or o in w:
        return False
    after = {text[at + len(word):at + len(word) + NAME_FOLLOWED] for at in all_at(text, word)}
    # (or the same name end each time, whatever follows it: "侦查机关报案", "侦查机关接到", "侦查机关继续" → "“侦查机关”改为
    # “国家有关机关”", 反洗钱法 第二十六条 → 第四十五条, the fragment "“侦查”改为“国家有关”" in recall 1634)
    ends = {next((e for e in NAME_ENDS if x.startswith(e)), None) for x in after}
    return len(after) == 1 or (len(ends) == 1 and None not in ends)


#: Characters after a word read to tell the names it stands in apart (_followed_alike).
NAME_FOLLOWED = 4


def _with_the_name_end(a: str, b: str, old_text: str, new_text: str) -> "tuple[str, str]":
    """The edit with the end of the name it stops inside, when both sides are names that go on with the same end, each
    side standing once in its text: "“国家渔业行政”改为“国务院渔业”" is "“国家渔业行政主管部门”改为“国务院渔业主管部门”"
    (海洋环境保护法 第五条 → 第四条, a fragment in the fifty-seventh reading). And with the name's field, the word of two
    characters both texts say before it, when the edit is a word put for another inside the name: "“行政”改为“农村”" is
    "“农业行政主管部门”改为“农业农村主管部门”", not "“行政主管部门”改为“农村主管部门”" (畜牧法 第三十四条 → 第三十五条, a cut name
    useless in reading 549); not a word of level or place ("国务院", "人民政府": the name starts after it). The field too
    when the edit holds the name's end already: "“行政主管部门”改为“农村等部门”" is "“农业行政主管部门”改为“农业农村等部门”"
    (农产品质量安全法 第四十条 → 第五十九条, a fragment in reading 621)."""
    if bool(a) != bool(b):
        return _name_whole(a, b, old_text, new_text)
    if a and b:
        # (words taken out (put in) beside words both keep, the edit with them: "“技术临床应用与伦理”改为“伦理”")
        core = edit_in_its_words(a.lstrip("\n"), b.lstrip("\n"))[1:3]
        if bool(core[0]) != bool(core[1]):
            whole = _name_whole(*core, old_text, new_text)
            if whole != core:
                return whole
    if not a or not b or a not in old_text or not (stands_once(b, new_text) or _followed_alike(b, new_text, a)):
        return a, b
    if a.endswith(NAME_ENDS) and b.endswith(NAME_ENDS):
        if not _CJK_WORD.match(a[:1]) or not _CJK_WORD.match(b[:1]) or any(w in a + b for w in _MODAL_WORDS + ("不得",)):
            return a, b  # (no name, a duty of one: "必须有常务委员会" → "有常务委员会")
        end = ""  # (a name said more than once is the one edited when the field before it is the same each time)
    elif a.endswith(NAME_ENDS) or b.endswith(NAME_ENDS) or not _CJK_WORD.match(a[-1:]) or not _CJK_WORD.match(b[-1:]) \
            or not (stands_once(a, old_text) or _followed_alike(a, old_text, b)):
        return a, b
    else:
        end = None
    at, to = old_text.index(a), new_text.index(b)
    if end is None:
        after_a, after_b = old_text[at + len(a):], new_text[to + len(b):]
        end = next((e for e in NAME_ENDS if after_a.startswith(e) and after_b.startswith(e)), "")
        if not end:  # (or a word between, both texts the same: "“防疫”改为“卫生”" of "动物防疫监督机构" → "动物卫生监督机构",
            # 畜牧法 第二十九条 → 第三十条, bare words useless in reading 819)
            m = _NAME_END_AFTER.match(after_a)
            put_for = not (a in b or b in a)  # (a word put for another, not words put in beside it: "如实")
            end = m.group() if m and put_for and after_b.startswith(m.group()) else ""
        if not end:
            return a, b
    field = old_text[at - 2:at] if at >= 2 and _words_before(old_text, at, one=True) == 2 else ""
    # (sides that open alike are no word put for another: the edit already holds the name's start, "国家渔业行政" →
    # "国务院渔业")
    if not field or new_text[to - 2:to] != field or field in _NOT_A_FIELD or not _CJK_WORD.match(field) \
            or set(field) & _LONE or a[:1] == b[:1] or old_text.count(field + a) != old_text.count(a) \
            or field in GOVERNING:  # (what a body's opinion is relied on by, "依据司法鉴定机构出具的…", no field)
        field = ""
    if not field and at > 1 and to > 1 and old_text[at - 1] == "、" == new_text[to - 1]:
        # (the list of places the name opens with, its member before the edit the same on both sides: "“县、市征兵办公室”
        # 改为“县、自治县、不设区的市、市辖区人民政府征兵办公室”", not "“市征兵办公室”改为…", a fragment in reading 994)
        member = _member_before(old_text, at - 1)
        if member and new_text[to - 1 - len(member):to - 1] == member:
            field = member + "、"
    return field + a + end, field + b + end


#: The end of the name of a set of rules a few characters after an edit inside it ("管理规范" after "临床应用"), and the
#: characters, at most, of the name before the edit (whole words).
_RULES_END_AFTER, NAME_BEFORE = recache.compile(r"[\u4e00-\u9fff]{1,4}?(?:规范|标准|办法|目录|名录)"), 10
#: Words that end a body's name besides NAME_ENDS: one taken out with its joiner is a member of a list, not a piece of
#: a name.
_BODIES = ("学校", "单位", "组织", "企业", "医院", "法院", "检察院", "政府")
#: What a name does not hold before the words an edit takes out of it: who acts, toward whom, a joiner.
_BEFORE_A_NAME = "向由对在将把被给从于为与和及或的、"


def _name_whole(a: str, b: str, old_text: str, new_text: str) -> "tuple[str, str]":
    """Words taken out of (put in) the middle of a body's name, the same name at each place: the name whole and what it
    became, "“人体器官移植技术临床应用与伦理委员会”改为“人体器官移植伦理委员会”", not "删除“技术临床应用与”" (人体器官捐献和移植条例
    第十八条 → 第二十八条, a piece of a name in the English reading 2009). The name: the words before (WORDS_BEFORE characters
    at most, within the phrase) and up to its end (``_NAME_END_AFTER``), the other text saying it without the words."""
    words, text, other = (a, old_text, new_text) if a else (b, new_text, old_text)
    if not _CJK_WORD.match(words) or len(words) < 2 or any(w in words for w in _MODAL_WORDS + ("不得",)) \
            or any(words[:k].endswith(NAME_ENDS + _BODIES) for k, ch in enumerate(words) if ch in "和与及或、"):
        return a, b  # (not a duty's word: "会议必须有常务委员会…" → "会议有常务委员会…" is the modality note's; nor a body
        # of a list, "学校和" of "职业学校和职业培训机构")
    places = list(all_at(text, words))
    names = set()
    for at in places:
        end = _NAME_END_AFTER.match(text, at + len(words)) or _RULES_END_AFTER.match(text, at + len(words))
        before = text[at - _words_before(text, at):at]
        if end is not None and not _NAME_END_AFTER.match(end.group()):  # (a rule's name: its field whole, "人体器官移植技术")
            before = _phrase_before(text, at, NAME_BEFORE)
            cut = list(_tokenizer().cut(before, HMM=False))
            before = "".join(cut[1:]) if len(before) == NAME_BEFORE and len(cut) > 1 else before
        before = before[max(before.rfind(ch) for ch in _BEFORE_A_NAME) + 1:]
        if before.startswith(GOVERNING) or any(w in before for w in _MODAL_WORDS + ("不得",)):
            return a, b  # (what a body's opinion is relied on by, "依据司法鉴定机构出具的…"; who must report, "应当报")
        if end is None or len(before) < 2:
            return a, b
        names.add((before, end.group()))
    if len(names) != 1:
        return a, b
    ((before, end),) = names
    if before + end not in other or before + words + end in other:
        return a, b
    return (before + words + end, before + end) if a else (before + end, before + words + end)


def _member_before(text: str, mark: int) -> str:
    """The member of a list that ends at ``mark`` (a "、"): one or two Han characters after the list's start, a mark or a
    word of one character that says whose act or where (``_BEFORE_A_LIST``): "县" of "由县、市征兵办公室"; empty when the
    characters before go on with a longer word ("国家安全机关、" has no member of two characters)."""
    for n in (1, 2):
        start = mark - n
        if start < 0 or not _CJK_WORD.match(text[start:mark]):
            return ""
        if start == 0 or not _CJK_WORD.match(text[start - 1]) or text[start - 1] in _BEFORE_A_LIST:
            return text[start:mark]
    return ""


#: What may stand before a list of places or bodies a name opens with ("由县、市征兵办公室"): a word of one character that
#: says whose act or where.
_BEFORE_A_LIST = frozenset("由向对经在与和及")


#: Words before a body's name that say its level or place, not its field: no part of the name.
_NOT_A_FIELD = frozenset(("国务院", "政府", "省级", "县级", "市级", "地方", "各级", "同级", "本级", "上级", "下级", "以上",
                          "有关", "相关", "其他", "当地", "中央", "国家", "军队", "部队", "设区"))


#: Joiners between two conjuncts.
_CONJUNCT_JOINER = recache.compile(r"或者|以及|和|及|与")


def _inner_joiner(words: str):
    """The first joiner inside the words, two characters at least from either end."""
    return next((m for m in _CONJUNCT_JOINER.finditer(words) if 2 <= m.start() and m.end() <= len(words) - 2), None)


def _across_a_joiner(words: str, after: str) -> int:
    """How many characters of the words after an edit (within their phrase) end the conjunct the edit leaves, words of
    the conjunct the edit's joiner closes ("消费支出" after "消费性支出和农村居民人均年生活"), 0 when the edit has no joiner
    inside or ends where its second conjunct does."""
    m = _inner_joiner(words)
    if m is None:
        return 0
    first = words[:m.start()]
    after = after[:min((after.find(c) for c in _PHRASE_ENDS if c in after), default=len(after))]
    took = 0
    for word in _tokenizer().cut(after):
        if word not in first:
            break
        took += len(word)
    return took


def _coordination_whole(a: str, b: str, old_text: str, new_text: str) -> "tuple[str, str]":
    """A conjunct taken out (put in) that the diff cut across the joiner, keeping the words both conjuncts end with:
    "删除“消费性支出和农村居民人均年生活”" of "城镇居民人均消费性支出和农村居民人均年生活消费支出" → "城镇居民人均消费支出" (人身损害
    赔偿解释 第十七条, useless in the fifty-third reading) is "“城镇居民人均消费性支出和农村居民人均年生活消费支出”改为
    “城镇居民人均消费支出”": the words after the edit taken while the first conjunct holds them (消费, 支出), the words
    before it the second conjunct says too (人均, 居民), and as many more as it says before them (农村: 城镇)."""
    longer, shorter = (a, b) if len(a) >= len(b) else (b, a)
    if not longer or len(longer) - len(shorter) < 4:
        return a, b
    # (what the one side has the other does not, the words both keep around it off: "消费性支出和…年生活消费" → "消费")
    if longer.endswith(shorter):
        side, kept_before = longer[:len(longer) - len(shorter)], ""
    elif longer.startswith(shorter):
        side, kept_before = longer[len(shorter):], shorter
    else:
        return a, b
    text = old_text if longer is a else new_text
    m = _inner_joiner(side)
    if m is None or text.count(longer) != 1:
        return a, b
    second = side[m.end():]
    at = text.index(longer) + len(kept_before)
    took = _across_a_joiner(side, text[at + len(side):at + len(side) + 16])
    if not took:
        return a, b  # (the edit ends where the second conjunct does: quoted as it is)
    before = _phrase_before(text, at, 16)
    words, theirs = list(_tokenizer().cut(before)), list(_tokenizer().cut(second))
    # The words before the edit the second conjunct says too (人均, 居民), and as many more as the second says before
    # the first of them (农村 of 农村居民: 城镇).
    head, matched = "", 0
    for word in reversed(words):
        if word not in theirs or not _CJK_WORD.match(word):
            break
        head, matched = word + head, matched + 1
    if not matched:
        return a, b
    more = min(theirs.index(w) for w in words[len(words) - matched:])
    if more > len(words) - matched or not all(_CJK_WORD.match(w) for w in words[len(words) - matched - more:]):
        return a, b
    head = "".join(words[len(words) - matched - more:])
    tail = text[at + len(side):at + len(side) + took]
    whole, kept = head + side + tail, head + tail
    return (whole, kept) if longer is a else (kept, whole)


#: A citation of the document's own provisions, or a list of them, taken out after "本法" ("第五十五条第三款的",
#: "第七十一条、第七十二条").
_OWN_CITATION_TAKEN = recache.compile(
    r"^第[零〇一二三四五六七八九十百千]+条(?:第[零〇一二三四五六七八九十百千]+[款项])*"
    r"(?:[、和]第[零〇一二三四五六七八九十百千]+条(?:第[零〇一二三四五六七八九十百千]+[款项])*)*的?$")


def _citation_taken_out(a: str, b: str, old_text: str, new_text: str) -> "tuple[str, str]":
    """A citation taken out of "本法第X条…", the rule now cited as the whole law's, quoted as the phrase: "删除“第五十五条
    第三款的”" is "“违反本法第五十五条第三款的规定”改为“违反本法规定”" (海洋环境保护法 第八十六条 → 第一百零八条, a fragment in
    reading 150)."""
    if not a or b or not _OWN_CITATION_TAKEN.match(a) or old_text.count(a) != 1:
        return a, b
    at = old_text.index(a)
    opening = _phrase_before(old_text, at)
    if not opening.endswith(OWN_INSTRUMENTS) or len(opening) > 12:
        return a, b
    end = at + len(a) + (0 if a.endswith("的") else 1 if old_text[at + len(a):at + len(a) + 1] == "的" else 0)
    # (what the citation was of: "规定", or the word after it, "依照本法第七十一条、第七十二条转让股权" → "依照本法转让股权",
    # 公司法 第七十三条 → 第八十七条, "deleted “第七十一条、第七十二条”" useless in the English reading 164)
    after = "规定" if old_text.startswith("规定", end) else _words_after(old_text, end)
    if len(after) < 2 or not _CJK_WORD.match(after) or (after != "规定" and a.endswith("的")):
        return a, b
    old = opening + old_text[at:end] + after
    new = opening + after
    return (old, new) if new in new_text else (a, b)


def _words_after(text: str, at: int, least: int = 4) -> str:
    """The Han words of ``text`` from ``at`` on, taken whole until they hold ``least`` characters ("转让股权" of "转让股权后")."""
    took = ""
    for word in _tokenizer().cut(text[at:at + 12]):
        if not _CJK_WORD.match(word):
            break
        took += word
        if len(took) >= least:
            break
    return took


#: Joiners of the members of a list, one character each: read alike when an edit of a list is looked at.
_LIST_JOINERS = str.maketrans("和及与或", "、、、、")


def _member_taken_out(a: str, b: str, old_text: str, new_text: str) -> "tuple[str, str]":
    """A member of a list taken out with its "、", the joiner after it changed too ("、" → "和"), that the diff said as one
    replacement from inside the list: "“船舶垃圾接收、船舶”改为“接收和船舶”" of "船舶污染物、废弃物、船舶垃圾接收、船舶清舱" →
    "船舶污染物、废弃物接收和船舶清舱" (海洋环境保护法 第六十二条 → 第七十九条, a fragment in reading 139) is "“废弃物、船舶垃圾
    接收”改为“废弃物接收”": the member before it, what was taken out, and the words after it up to the next joiner; the
    joiner's change is no change of substance."""
    if not a or not b or len(a) <= len(b) or old_text.count(a) != 1 or new_text.count(b) != 1:
        return a, b
    na, nb = a.lstrip("、").translate(_LIST_JOINERS), b.translate(_LIST_JOINERS)
    if na == a.lstrip("、") and nb == b or not na.endswith(nb):
        return a, b
    taken = na[:len(na) - len(nb)]
    at = old_text.index(a) + len(a) - len(a.lstrip("、"))
    if not _CJK_WORD.match(taken) or old_text[at - 1:at] != "、":
        return a, b
    member = _phrase_before(old_text, at - 1)
    tail = nb.split("、")[0]
    if len(member) < 2 or not tail or not _CJK_WORD.match(member + tail):
        return a, b
    old, new = f"{member}、{taken}{tail}", member + tail
    return (old, new) if old in old_text and new in new_text else (a, b)


#: An edit's old words this short, kept inside the new ones, that the provision says more than once are
#: quoted with their phrase.
AMBIGUOUS = 2


def _with_the_word_before_a_joiner(o0: int, n0: int, old_text: str, new_text: str) -> Tuple[int, int]:
    """A placed edit's start, taken back over the word before a joiner it opens on (both texts alike there): "规划和…",
    "机构或者…", not "和…", "或者…"."""
    if not old_text.startswith(("和", "及", "与", "、", "或者"), o0):
        return o0, n0
    before = o0 - bounds(old_text).left(o0 - 1)
    if 0 < before <= MEMBER_WORD and old_text[o0 - before:o0] == new_text[n0 - before:n0]:
        return o0 - before, n0 - before
    return o0, n0


#: Characters, at most, a replaced word of several places is placed by with the words before it.
PLACED_BEFORE = 6
#: Characters, at most, of the word before a joiner a placed edit opens on, taken in with it.
MEMBER_WORD = 4

#: What ends a phrase an ambiguous edit is widened to.
_PHRASE_ENDS = "，。；：、\n（）()"


def _norm_spellings(a: str, b: str):
    from .wording import norm_spellings  # (wording.py reads this module first)

    return norm_spellings(a, b)


def _unambiguous(o: Tuple[int, int], n: Tuple[int, int], old_text: str, new_text: str, edits=(),
                 repeated=frozenset()):
    """The edit, widened over the words both texts share beside it up to the ends of its phrase, when its old
    words are a word the new ones keep, words put in around it, and the provision says it in other places too:
    "“政府”改为“县级以上人民政府”" reads as "地方人民政府" changed (useless in the thirty-third reading); "“政府统计机构或者
    有关部门”改为“县级以上人民政府统计机构或者有关部门”" says which (统计法 第三十七条 → 第四十条, and 第六条 → 第七条). A word
    replaced by the same words in every place says it once, with its count; one the old text says in other places, the
    new text keeping it there or putting other words there (not words that say it again: "股数" → "的股份数", the same
    number, and "股数" → "股份足额", 足额 put in, 公司法 第八十五条), is said with the words beside it ("“予以支持”改为“予以补助”",
    石景山 第五条; "“及时作出”改为“在请求递交日起4个月内作出”", 专利法实施细则 第九条's second 及时, its first now
    "2个月内", useless as "“及时”改为“在请求递交日起4个月内”" in reading 1709)."""
    a, b = old_text[o[0]:o[1]], new_text[n[0]:n[1]]
    if a and b and len(a) <= AMBIGUOUS and a not in b and _more_than_once(a, old_text) \
            and (a in new_text or (a, b) not in repeated and counted_up_to(b, new_text, 1) == 1
                 and not _said_again_in(a, b)) \
            and (counted_up_to(b, new_text, 2) <= 2 or _made_once(a, b, old_text, new_text, edits, repeated)) \
            and not _norm_spellings(a, b) and not _modal(a, b, old_text, new_text, o, n):
        return _to_one_place(o, n, old_text, new_text, edits)  # (the word still said elsewhere: which place?)
    if a and not b and len(a) >= AMBIGUOUS and a in new_text and _more_than_once(a, old_text) \
            and not _slight_edit(a.strip(_EDGE_PUNCTUATION), ""):
        # (words taken out in one of the places the provision says them, the new text keeping them in another: which
        # place, "“徇私舞弊，构成犯罪的”改为“徇私舞弊”", not "删除“构成犯罪的”" of an article that says it twice and still
        # says it once, read as the crime no longer asked for, 反间谍法 第三十七条 → 第六十九条, wrong in reading 1744)
        return _deletion_placed(o, n, old_text, new_text)
    if a and len(a) > AMBIGUOUS and a in b and not b.startswith(a) and _more_than_once(a, old_text) \
            and new_text.count(b) - old_text.count(b) == 1 and not _slight_edit("", b.replace(a, "", 1)):
        # (words put before a term the provision says in other places too, or around it: with the words before it, "“涉密
        # 文职人员”改为“涉密岗位文职人员”", not "“文职人员”改为“岗位文职人员”" in an article that says 文职人员 five times,
        # 文职人员条例 第三十九条 → 第四十三条, useless in reading 1741; "“确定保密期限”改为“确定密级、保密期限和知悉范围”", not
        # "“保密期限”改为“密级、保密期限和知悉范围”" of the six 保密期限, 保守国家秘密法 第十九条, wrong in reading 1751)
        return _placed_one_way(o, n, old_text, new_text, -1)
    if a and b and len(a) > AMBIGUOUS and a not in b and b not in a and a[0] not in _LONE and b[0] not in _LONE \
            and _more_than_once(a, old_text) and a in new_text and (a, b) not in repeated \
            and counted_up_to(b, new_text, 2) == 1 \
            and not _norm_spellings(a, b) and not _modal(a, b, old_text, new_text, o, n):
        # (a word of three characters or more replaced in one of the places the provision says it, the others kept:
        # with the word before it, "“或者人民法院”改为“或者司法机关”", not "“人民法院”改为“司法机关”" of an article whose
        # "向人民法院起诉" stays, 妇女权益保障法 第五十二条 → 第七十二条, wrong in reading 1791)
        (o0, o1), (n0, n1) = _placed_one_way(o, n, old_text, new_text, -1)
        o0, n0 = _with_the_word_before_a_joiner(o0, n0, old_text, new_text)
        if (o0, o1) != o and o[0] - o0 <= PLACED_BEFORE and old_text[o0] not in _LONE and o1 == o[1]:
            return (o0, o1), (n0, n1)
    if b and len(b) > AMBIGUOUS and b in a and not a.startswith(b) and _more_than_once(a, old_text) \
            and old_text.count(a) - new_text.count(a) == 1 and not _slight_edit(a.replace(b, "", 1), ""):
        # (words taken out before a term in one of the places the provision says them: with the words before it, a
        # joiner's word taken in, "“规划和年度立法计划”改为“规划和立法计划”", not "“年度立法计划”改为“立法计划”" of an article that
        # says it three times and keeps "国务院年度立法计划" twice, 立法法 第六十六条 → 第七十三条, wrong in reading 1787)
        (o0, o1), (n0, n1) = _placed_one_way(o, n, old_text, new_text, -1)
        if (o0, o1) != o:
            o0, n0 = _with_the_word_before_a_joiner(o0, n0, old_text, new_text)
        return (o0, o1), (n0, n1)
    if a and len(a) > AMBIGUOUS and b.startswith(a) and _more_than_once(a, old_text) \
            and new_text.count(b) - old_text.count(b) == 1:
        # (a term words are put in after, that the provision says in other places too: over the words beside it until it
        # stands once, "“工业互联网试点示范项目”改为“工业互联网安全领域试点示范项目”", not "“工业互联网”改为“工业互联网安全
        # 领域”" in an article that says 工业互联网 four times (石景山 第九条, useless in reading 1717)), on to the compound's
        # end when it ends a few characters on
        return _to_the_compound_end(*_to_one_place(o, n, old_text, new_text, edits), old_text, new_text)
    if a and b and len(a) >= 2 and a not in b and b not in a and a in new_text and not _more_than_once(a, old_text) \
            and a[0] not in _PHRASE_ENDS and not a.startswith(_NO_OPENING) \
            and counted_up_to(b, new_text, 2) == 1 and o[0] and n[0] and not _norm_spellings(a, b) \
            and not _modal(a, b, old_text, new_text, o, n):
        # (words replaced that the new text still says in another place: with the word before them, "“报告分析结果”改为
        # “报告工作情况”", not "“分析结果”改为“工作情况”" of an article that still says "移送分析结果" (反洗钱法 第十条 →
        # 第十六条, misleading in reading 1846))
        before = o[0] - bounds(old_text).left(o[0] - 1)
        word = old_text[o[0] - before:o[0]]
        if 2 <= before <= PLACED_BEFORE and word == new_text[n[0] - before:n[0]] and word not in _NO_OPENING \
                and not any(c in _PHRASE_ENDS for c in word) \
                and not _another_edit_within(o[0] - before, o[1], (o, n), edits):
            return (o[0] - before, o[1]), (n[0] - before, n[1])
    if a and b and len(a) <= AMBIGUOUS and a not in b and b not in a and o[1] < len(old_text):
        head = _HEAD_NOUN.match(old_text, o[1])
        if head and new_text.startswith(head.group(), n[1]):
            # (a short word put for another as what a noun after it is of: the noun says what it is, "“办理决定”改为
            # “行政审批决定”", not "“办理”改为“行政审批”", 上海市优化营商环境条例 第二十六条 → 第二十七条, useless in reading 1719;
            # "“合法证件”改为“执法证件”", 反洗钱法 第二十三条 → 第四十三条, reading 1846)
            return (o[0], head.end()), (n[0], n[1] + len(head.group()))
    if not a or len(a) > AMBIGUOUS or a not in b or not _more_than_once(a, old_text):
        return o, n
    if not _describe(*_particle_off(a, b))[0].startswith(f"“{a}”改为") or new_text.count(b) - old_text.count(b) > 1:
        return o, n  # (words put in that read alone, "新增“…”"; an edit made in several places, said with its count)
    (o0, o1), (n0, n1) = _over_the_phrase(o, n, old_text, new_text)
    if _another_edit_within(o0, o1, (o, n), edits):
        return o, n  # (another edit in the phrase: each said as made)
    return (o0, o1), (n0, n1)


#: Nouns a word before them says what of ("办理决定", "审批部门"), ending a compound.
_HEAD_NOUN = recache.compile(r"(?:决定|部门|机关|机构|事项|制度|程序|材料|证书|证明|证件|文件|手续|期限|费用)"
                             r"(?=的|和|或|及|与|[^\u4e00-\u9fff]|$)")

#: Characters, at most, an edit is taken on by to the end of the compound it stops inside.
COMPOUND_END = 6


def _to_the_compound_end(o, n, old_text: str, new_text: str):
    """The edit, taken on over the equal characters after it to the end of the compound it stops inside (a "的" or a mark
    within COMPOUND_END characters, no lone function word before it): "试点示范项目" of "工业互联网试点示范项目的单位"."""
    (o0, o1), (n0, n1) = o, n
    k = 0
    while k < COMPOUND_END and o1 + k < len(old_text) and n1 + k < len(new_text) \
            and old_text[o1 + k] == new_text[n1 + k] and _in_a_compound(old_text[o1 + k]):
        k += 1
    if k and (o1 + k == len(old_text) or old_text[o1 + k] == "的" or not HAN.match(old_text[o1 + k])):
        return (o0, o1 + k), (n0, n1 + k)
    return o, n


def _deletion_placed(o, n, old_text: str, new_text: str):
    """Words taken out in one place of several, quoted with the whole words beside them until the old quote stands once:
    a phrase taken out whole (or its end) with the words before it, across the mark before it ("徇私舞弊，构成犯罪的" →
    "徇私舞弊"), the opening of a phrase with the words after it ("在同等条件下优先批准" → "优先批准", 烈士褒扬条例
    第二十二条's first 在同等条件下, its second kept); else as it was."""
    ends_a_phrase = o[1] == len(old_text) or old_text[o[1] - 1] in _PHRASE_ENDS or old_text[o[1]] in _PHRASE_ENDS
    return _placed_one_way(o, n, old_text, new_text, -1 if ends_a_phrase else 1, across=True)


def _placed_one_way(o, n, old_text: str, new_text: str, step: int, across: bool = False):
    """The edit widened over the equal characters before it (``step`` -1; ``across``: over the mark just before it too)
    or after it (1), within its phrase, until its old words stand once, then to whole words; as it was when they never
    do."""
    (o0, o1), (n0, n1) = o, n
    while _more_than_once(old_text[o0:o1], old_text):
        if step < 0 and o0 and n0 and old_text[o0 - 1] == new_text[n0 - 1] \
                and (old_text[o0 - 1] not in _PHRASE_ENDS or across and o0 == o[0]):
            o0, n0 = o0 - 1, n0 - 1
        elif step > 0 and o1 < len(old_text) and n1 < len(new_text) and old_text[o1] == new_text[n1] \
                and old_text[o1] not in _PHRASE_ENDS:
            o1, n1 = o1 + 1, n1 + 1
        else:
            return o, n
    ob = bounds(old_text)
    # (to whole words, over equal text only)
    while step < 0 and o0 and n0 and ob.left(o0) < o0 and old_text[o0 - 1] == new_text[n0 - 1] \
            and old_text[o0 - 1] not in _PHRASE_ENDS:
        o0, n0 = o0 - 1, n0 - 1
    while step > 0 and o1 < len(old_text) and n1 < len(new_text) and ob.right(o1) > o1 \
            and old_text[o1] == new_text[n1] and old_text[o1] not in _PHRASE_ENDS:
        o1, n1 = o1 + 1, n1 + 1
    return (o0, o1), (n0, n1)


def _another_edit_within(lo: int, hi: int, own, edits) -> bool:
    """An edit other than ``own`` (its old and new spans) whose old span reaches into ``lo``–``hi``."""
    return any((p, q) != own and p[0] < hi and lo < p[1] for p, q in edits)


def _over_the_phrase(o, n, old_text: str, new_text: str):
    """The edit widened over the words both texts share beside it, up to the ends of its phrase (_PHRASE_ENDS)."""
    (o0, o1), (n0, n1) = o, n
    while o0 and n0 and old_text[o0 - 1] == new_text[n0 - 1] and old_text[o0 - 1] not in _PHRASE_ENDS:
        o0, n0 = o0 - 1, n0 - 1
    while o1 < len(old_text) and n1 < len(new_text) and old_text[o1] == new_text[n1] \
            and old_text[o1] not in _PHRASE_ENDS:
        o1, n1 = o1 + 1, n1 + 1
    return (o0, o1), (n0, n1)


def _said_again_in(a: str, b: str) -> bool:
    """``b``, a particle off its edge, or its words at either end as long as ``a``, says ``a`` again."""
    return any(_slight_edit(*_particle_off(a, c)) for c in (b, b[:len(a)], b[-len(a):]))


def _made_once(a: str, b: str, old_text: str, new_text: str, edits, repeated) -> bool:
    """Only one of the provision's edits makes ``a`` into ``b`` (``repeated``: the edits (old, new) its hunks make more than
    once), and ``a`` stands less often in the new text: a word the new text says often is still the one place changed
    ("计算" → "增减" of 会计法 第十条's (五), its (六) still "财务成果的计算", the new items saying 增减 four times: useless
    in reading 223, now "“成本的计算”改为“成本的增减”")."""
    return new_text.count(a) < old_text.count(a) and (a, b) not in repeated and sum(
        1 for p, q in edits if old_text[p[0]:p[1]] == a and new_text[q[0]:q[1]] == b) == 1


def _modal(a: str, b: str, old_text: str = "", new_text: str = "", o=(0, 0), n=(0, 0)) -> bool:
    """Either word is a modal word of the bundled lexicon, used as one where it stands (``o``, ``n``: its spans in
    ``old_text`` and ``new_text``): "“应当”改为“必须”" says the duty changed, wherever it stands. Not a word the lexicon
    reads as a noun there: "予以支持" → "予以补助" is one of the article's three 支持 replaced, and "“支持”改为“补助”"
    said no place (石景山 第五条、第八条, useless in readings 1708 and 1709)."""
    lexicon = load_lexicon()

    def used(word: str, text: str, span) -> bool:
        return word in lexicon.modals and not (text and (text.endswith(lexicon.modal_not_after, 0, span[0])
                                                         or text.startswith(lexicon.modal_not_before, span[1])))
    return used(a, old_text, o) or used(b, new_text, n)


def _to_one_place(o: Tuple[int, int], n: Tuple[int, int], old_text: str, new_text: str, edits=()):
    """A word replaced that the old text says in other places too, widened over the words both texts share beside it
    until the old words stand once (within the phrase), then to whole words: "“持批准文件”改为“持有关文件”", not "“批准”改为
    “有关”" of a provision that says 批准 four times (道路运输条例 2019 第四十九条, useless in the thirty-seventh reading)."""
    (o0, o1), (n0, n1) = o, n
    while _more_than_once(old_text[o0:o1], old_text):
        if o1 < len(old_text) and n1 < len(new_text) and old_text[o1] == new_text[n1] \
                and old_text[o1] not in _PHRASE_ENDS:
            o1, n1 = o1 + 1, n1 + 1
        elif o0 and n0 and old_text[o0 - 1] == new_text[n0 - 1] and old_text[o0 - 1] not in _PHRASE_ENDS:
            o0, n0 = o0 - 1, n0 - 1
        else:
            return o, n
    if (o0, o1) == o:
        return o, n
    ob = bounds(old_text)
    # (to whole words, over equal text only: the same characters on both sides)
    while o0 and n0 and ob.left(o0) < o0 and old_text[o0 - 1] == new_text[n0 - 1] and old_text[o0 - 1] not in _PHRASE_ENDS:
        o0, n0 = o0 - 1, n0 - 1
    while o1 < len(old_text) and n1 < len(new_text) and ob.right(o1) > o1 and old_text[o1] == new_text[n1] \
            and old_text[o1] not in _PHRASE_ENDS:
        o1, n1 = o1 + 1, n1 + 1
    # (taken in up to a particle, on to the word it ties: "“机关的”改为“机构的”" is "“机关的负责人”改为“机构的负责人”",
    # 行政复议法 第三十一条 → 第六十二条, useless in the eighty-seventh reading)
    if o1 > o[1] and old_text[o1 - 1] in _FREE_EDGE and o1 < len(old_text) and old_text[o1] not in _PHRASE_ENDS:
        end = ob.right(o1 + 1)
        if old_text[o1:end] == new_text[n1:n1 + end - o1] and not any(ch in _PHRASE_ENDS for ch in old_text[o1:end]):
            o1, n1 = end, n1 + end - o1
    if "的" in old_text[o0:o[0]]:
        # (widened back to the last member of a list the words after 的 are of: the whole list, as _with_the_words_before
        # takes it)
        back = _rest_of_the_list(o0, n0, old_text, new_text)
        o0, n0 = o0 - back, n0 - back
    return _whole_short_phrase((o0, o1), (n0, n1), old_text, new_text, (o, n), edits)


#: A phrase this short, that a word replaced was widened into, is quoted whole.
SHORT_PHRASE = 12


def _whole_short_phrase(o, n, old_text: str, new_text: str, made, edits):
    """The widened edit, taken on to the ends of its phrase when the phrase is short and the same on both sides around
    it: "“客户身份资料发生变更的”改为“客户身份信息发生变更的”", not "“资料发生”改为“信息发生”" (反洗钱法 第十九条 → 第三十四条).
    ``made``: the edit's own spans, as the diff made them; another edit in the phrase keeps it as it is (each said as
    made). The phrase's ends are those of a clause (_STOPS_OF_A_PHRASE), not a list's 、: a member widened stays the
    member ("不同地区" of "不同地区、不同类别")."""
    (o0, o1), (n0, n1) = _over_the_phrase(o, n, old_text, new_text)
    at_ends = (not o0 or old_text[o0 - 1] in _STOPS_OF_A_PHRASE) \
        and (o1 == len(old_text) or old_text[o1] in _STOPS_OF_A_PHRASE)
    if not at_ends or o1 - o0 > SHORT_PHRASE or _another_edit_within(o0, o1, made, edits):
        return o, n
    return (o0, o1), (n0, n1)


def counted_up_to(words: str, text: str, most: int) -> int:
    """``text.count(words)``, read only up to the place after ``most`` (``most + 1`` for more): a long provision says a
    short word early and often, and the count is asked only whether it stands once or twice."""
    step, at, n = max(len(words), 1), text.find(words), 0
    while at >= 0 and n <= most:
        n += 1
        at = text.find(words, at + step)
    return n


def _more_than_once(words: str, text: str) -> bool:
    """``text.count(words) > 1``."""
    return counted_up_to(words, text, 1) > 1


def stands_once(words: str, text: str) -> bool:
    """``text.count(words) == 1``."""
    return counted_up_to(words, text, 1) == 1


def _bracketed(spans, old_text: str, new_text: str):
    """An edit that opens a bracket whose closing one was put in a few equal characters on (BRACKETED
    at most) takes them in: "新增“净资产（”" beside a "）" put in (punctuation alone, no edit of its own) is
    "“所有者权益”改为“净资产（所有者权益）”" (会计法 第二十六条 → 第二十四条)."""
    out = []
    for o, n in spans:
        o, n = _citation_whole(o, n, old_text, new_text)
        for opening, closing in _BRACKETS:  # (a title's 《》 too: "“依照”改为“本法没有规定的，依照《中华人民共和国”",
            # 行政复议法 第四十条 → 第八十八条, the twenty-seventh reading)
            put, taken = new_text[n[0]:n[1]], old_text[o[0]:o[1]]
            if put.count(opening) > put.count(closing):
                n, o = _closed(new_text, n, old_text, o, opening, closing)
            elif taken.count(opening) > taken.count(closing):  # the same, a bracket taken out: "申请人第一次提出专利
                # 申请（以下简称在先申请）" → "在先申请" (专利法实施细则 第十六条 → 第十九条, the twenty-fourth reading)
                o, n = _closed(old_text, o, new_text, n, opening, closing)
        out.append((o, n))
    return out


def _citation_whole(o, n, old_text: str, new_text: str):
    """An edit that closes a bracket it did not open, or opens one it does not close (a cited item renumbered
    and another put in: "第（三）项" → "第（一）项或者第（四）项" was "“三”改为“一）项或者第（四”", 专利法实施细则
    第三十条 → 第三十三条, the twenty-eighth reading), takes in the equal characters around it up to the brackets
    (three at most on each side), and the citation's 第 and 项 (款, 条) beside them."""
    def state(a: str, b: str) -> Tuple[bool, bool]:
        """(a closing bracket before its opening one, a bracket left open) on either side."""
        return _open_at(a, b, "start"), _open_at(a, b, "end")

    a, b = old_text[o[0]:o[1]], new_text[n[0]:n[1]]
    opens_before, left_open = state(a, b)
    if not (opens_before or left_open):
        return o, n
    left = right = 0
    while opens_before and left < 3 and o[0] - left > 0 and n[0] - left > 0 \
            and old_text[o[0] - left - 1] == new_text[n[0] - left - 1]:
        left += 1
        opens_before = state(old_text[o[0] - left:o[1]], new_text[n[0] - left:n[1]])[0]
    while left_open and right < 3 and o[1] + right < len(old_text) and n[1] + right < len(new_text) \
            and old_text[o[1] + right] == new_text[n[1] + right]:
        right += 1
        left_open = state(old_text[o[0]:o[1] + right], new_text[n[0]:n[1] + right])[1]
    if opens_before or left_open:
        return o, n
    if old_text[o[0] - left - 1:o[0] - left] == "第" == new_text[n[0] - left - 1:n[0] - left]:
        left += 1
    after = old_text[o[1] + right:o[1] + right + 1]
    if after and after in "项款条" and after == new_text[n[1] + right:n[1] + right + 1]:
        right += 1
    return (o[0] - left, o[1] + right), (n[0] - left, n[1] + right)


def _open_at(a: str, b: str, where: str) -> bool:
    """Either text closes a bracket it did not open (``where`` "start"), or leaves one open ("end")."""
    for text in (a, b):
        depth, low = 0, 0
        for ch in text:
            depth += (ch == "（") - (ch == "）")
            low = min(low, depth)
        if (low < 0) if where == "start" else (depth - low > 0):
            return True
    return False


def _closed(text, span, other, other_span, opening="（", closing="）"):
    """(span, other_span) taking in the equal characters up to the closing bracket ``text`` has after
    ``span`` (BRACKETED at most), and the bracket, when ``other`` goes on with those characters and no
    bracket; else as they were."""
    close = text.find(closing, span[1], span[1] + BRACKETED)
    gap = text[span[1]:close] if close >= 0 else ""
    at = other_span[1]
    if gap and opening not in gap and other[at:at + len(gap)] == gap \
            and other[at + len(gap):at + len(gap) + 1] != closing:
        return (span[0], close + 1), (other_span[0], at + len(gap))
    return span, other_span


def _particle_off(a: str, b: str) -> "tuple[str, str]":
    """A particle taken out at the edge of a change of the words beside it is left out of the quote: "“的应对工作”改为
    “应对管理工作”" is "“应对工作”改为“应对管理工作”" (突发事件应对法 第七条 → 第十七条, useless in the twenty-seventh and
    twenty-ninth readings); a particle alone does not count (slight.py)."""
    for x, y, swap in ((a, b, False), (b, a, True)):
        if len(x) <= 2:
            continue
        if x[0] in _FREE_EDGE and y[:1] != x[0] and y.startswith(x[1]):
            x = x[1:]
        elif x[-1] in _FREE_EDGE and y[-1:] != x[-1] and y.endswith(x[-2]):
            x = x[:-1]
        else:
            continue
        return (y, x) if swap else (x, y)
    return a, b


_FREE_EDGE = "的之其"


#: Characters an edit is widened by at most to close a bracket it opens.
BRACKETED = 12


_BRACKETS = (("（", "）"), ("《", "》"))


#: The longest phrase (characters, either side) two edits carrying a word across are quoted by.
CARRIED_PHRASE = 30


def _word_carried_across(pieces, old: str, new: str):
    """Two edits of one phrase where a word one takes out the other puts in (应对 carried past 突发事件: "删除“有关人民政府
    及其部门采取的应对”；“的措施”改为“应对措施”", 突发事件应对法 第十一条 → 第十条, fragments useless in the forty-seventh
    reading): the phrase from the first edit to the last on both sides, as far as the texts around them differ,
    "“有关人民政府及其部门采取的应对突发事件的措施”改为“突发事件应对措施”". The pieces as they are when they do not lie so
    (each once and in order in its text, the phrase within one clause, CARRIED_PHRASE characters at most)."""
    def words(text: str) -> set:
        return {w for w in _tokenizer().cut(text) if len(w) >= 2 and _CJK_WORD.match(w)}

    def carried(k: int, j: int) -> bool:  # (a word of both: 生育 of "计划生育部门" is no word of "生育情况"'s)
        return bool(words(pieces[k][0]) & words(pieces[j][1]) - words(pieces[j][0]) - words(pieces[k][1]))

    if not any(carried(k, j) for k in range(len(pieces)) for j in range(len(pieces)) if j != k):
        return pieces

    def span(text: str, parts: List[str]):
        at, start, end = 0, None, None
        for part in parts:
            if not part:
                continue
            if text.count(part) != 1 or text.index(part) < at:
                return None
            i = text.index(part)
            start = i if start is None else start
            at = end = i + len(part)
        return None if start is None else (start, end)

    o, n = span(old, [a for a, _ in pieces]), span(new, [b for _, b in pieces])
    if o is None or n is None:
        return pieces
    head = 0  # (what both texts say before the phrase, and after it: the phrase is what lies between)
    while head < min(o[0], n[0]) and old[head] == new[head]:
        head += 1
    tail = 0
    while tail < min(len(old) - o[1], len(new) - n[1]) and old[-1 - tail] == new[-1 - tail]:
        tail += 1
    a, b = old[head:len(old) - tail].strip("，"), new[head:len(new) - tail].strip("，")
    if not a or not b or any(ch in a + b for ch in "，。；：\n") or max(len(a), len(b)) > CARRIED_PHRASE:
        return pieces
    return [(a, b)]


#: Characters, at most, of the words two edits of one phrase leave between them, the same on both sides.
BETWEEN_TWO_EDITS = 20
#: Characters, at most, of each side of a list two edits rewrote, quoted whole from the first edit to the second.
LISTED_PHRASE = 60


def two_edits_of_one_phrase(pieces, old_text: str, new_text: str):
    """Two edits, the first replacing words, the second replacing or taking words out, a few words (BETWEEN_TWO_EDITS at
    most, no punctuation, no "、") kept between them: the phrase from the first to the last: "“加强”改为“推动”；
    “应急救援队伍的合作”改为“应急救援队伍”" is "“加强专业应急救援队伍与
    非专业应急救援队伍的合作”改为“推动专业应急救援队伍与非专业应急救援队伍”" (突发事件应对法 第二十六条 → 第三十九条, a fragment
    in the English reading 166). The pieces as they are otherwise (each side once in its text, the phrase CARRIED_PHRASE
    characters at most)."""
    if len(pieces) == 2 and all(pieces[0]) and all(pieces[1]):
        ended = _sentence_end_run_on(pieces, old_text, new_text)
        if ended:
            return ended
    if len(pieces) == 2 and pieces[0][0].strip("，") and pieces[0][1] and not pieces[1][0] and pieces[1][1]:
        return _then_words_put_in(pieces, old_text, new_text)
    if len(pieces) == 2 and not pieces[0][0] and pieces[0][1] and all(pieces[1]):
        return _put_in_then_words_replaced(pieces, old_text, new_text)
    if len(pieces) == 2 and all(a and not b for a, b in pieces):
        return _two_taken_out_of_one_phrase(pieces, old_text, new_text)
    if len(pieces) == 2 and all(b and not a for a, b in pieces):
        return _two_put_in_one_phrase(pieces, old_text, new_text)
    if len(pieces) != 2 or not all(a.strip("，") for a, _ in pieces) or not pieces[0][1]:
        return pieces
    (a1, b1), (a2, b2) = ((a.rstrip("，；"), b.rstrip("，；")) for a, b in pieces)
    if old_text.count(a1) != 1 or old_text.count(a2) != 1:
        return pieces
    o1 = old_text.index(a1)
    o2 = old_text.index(a2, o1) if a2 in old_text[o1:] else -1
    between = old_text[o1 + len(a1):o2] if o2 >= 0 else None
    if not between or len(between) > BETWEEN_TWO_EDITS or any(ch in between for ch in _STOPS_OF_A_PHRASE + "、"):
        return pieces  # (nor across a list's "、": "“无偿开展突发事件预防与应急、自救与互救知识”改为…" said less than its parts)
    a, b = a1 + between + a2, b1 + between + b2
    # (a list of bodies rewritten at both ends may run longer: "“公安、民政、司法行政等部门以及城乡基层群众性自治组织、社会团体”改为
    # “县级以上人民政府有关部门、司法机关、社会团体、企业事业单位、基层群众性自治组织以及其他组织”", 妇女权益保障法 第四十六条 →
    # 第六十五条, not "“…以及城乡”改为“…企业事业单位”；“自治组织、社会团体”改为“自治组织以及其他组织”", a cut word and 社会团体 read as
    # gone in reading 1880)
    longest = CARRIED_PHRASE
    if "、" in a and "、" in b and "，" not in a + b:
        a, b, longest = a.lstrip("\n"), b.lstrip("\n"), LISTED_PHRASE  # (the break before a paragraph is no word)
    if new_text.count(b) != 1 or max(len(a), len(b)) > longest or any(ch in a + b for ch in "。；：\n"):
        return pieces  # (a "，" inside an edit is the edit's: "“由委员长会议向常务委员会报告，该法律案终止”改为…", 立法法)
    return [_on_to_the_words_after(a, b, old_text, new_text)]


_DUTY_WORDS_PUT_IN = ("应当", "可以", "必须", "不得")


def _then_words_put_in(pieces, old_text: str, new_text: str):
    """Words replaced, then words put in a few words on (BETWEEN_TWO_EDITS at most, no mark between): the phrase from
    the first to the last, "“交通安全”改为“编组，并进行安全”；新增“和检查”" is "“交通安全教育”改为“编组，并进行安全教育和检查”"
    (征兵工作条例 第三十八条 → 第四十六条, fragments useless in readings 1742 and 1771)."""
    (a1, b1), (_, b2) = pieces
    # (words put in after a joiner, once: "和检查", not "可行的" before the noun it leaves behind, nor words put in at
    # several places, said with their count; and a first edit that replaced words, not one put in before a kept word)
    if new_text.count(b1) != 1 or old_text.count(a1) != 1 or new_text.count(b2) != 1 \
            or not b2.startswith(_OPENING_JOINERS) or b1.endswith(a1) or b1.startswith(a1) \
            or any(word in b2 for word in _DUTY_WORDS_PUT_IN):
        return pieces  # (a duty put in is a rule of its own: "新增“应急管理等部门应当给予支持”", 突发事件应对法 第四十三条)
    n1 = new_text.index(b1) + len(b1)
    n2 = new_text.find(b2, n1)
    between = new_text[n1:n2] if n2 >= 0 else ""
    if not between or len(between) > BETWEEN_TWO_EDITS or any(ch in between for ch in _STOPS_OF_A_PHRASE + "、"):
        return pieces
    a, b = a1 + between, b1 + between + b2
    if old_text.count(a) != 1 or new_text.count(b) != 1 or max(len(a), len(b)) > CARRIED_PHRASE:
        return pieces
    return [(a, b)]


#: Characters, at most, kept between two words taken out that are quoted as one phrase.
BETWEEN_TWO_TAKEN_OUT = 4


def _kept_between(first: str, second: str, text: str) -> str:
    """What ``text`` says between ``first`` (standing once) and the ``second`` after it; "" when not so."""
    if text.count(first) != 1:
        return ""
    start = text.index(first) + len(first)
    end = text.find(second, start)
    return text[start:end] if end >= 0 else ""


def _two_taken_out_of_one_phrase(pieces, old_text: str, new_text: str):
    """Two words taken out a word apart (BETWEEN_TWO_TAKEN_OUT at most, no mark between): the phrase from the first to
    the last and what is left of it, "删除“审批模式”；删除“探索”" is "“审批模式改革探索”改为“改革”" (上海市优化营商环境条例
    第十七条, bare words in reading 1977)."""
    (a1, _), (a2, _) = pieces
    if old_text.count(a2) != 1:
        return pieces
    between = _kept_between(a1, a2, old_text)
    if not between or len(between) > BETWEEN_TWO_TAKEN_OUT or any(ch in between for ch in _STOPS_OF_A_PHRASE + "、") \
            or new_text.count(between) == 0:
        return pieces
    return [(a1 + between + a2, between)]


def _two_put_in_one_phrase(pieces, old_text: str, new_text: str):
    """Words put in twice in one phrase a few words apart (BETWEEN_TWO_EDITS at most, no mark but "、" between), the
    phrase otherwise the old one: the phrase whole, "“获得中央军事委员会授予荣誉称号的”改为“获得党中央、国务院、中央军事委员会
    单独或者联合授予荣誉称号的”", not "新增“（二）获得党中央、国务院”；新增“单独或者联合”" (军人抚恤优待条例 第十三条 →
    第十六条, a fragment in reading 2012). Its item label aside; each phrase standing once, LISTED_PHRASE characters at
    most, no quotation marks; not a phrase of nothing but the words kept between (words put in around "应当给予支持" are
    a subject and an act, 妇女权益保障法 第五十四条's "妇女联合会" said with the moved sentence)."""
    (_, b1), (_, b2) = pieces
    if new_text.count(b2) != 1 or any(ch in b1.lstrip("\n") + b2 for ch in _STOPS_OF_A_PHRASE):
        return pieces  # (a clause put in is said apart: "新增“加强统计监督”", 统计法 第一条, worse quoted with the next, 2034)
    between = _kept_between(b1, b2, new_text)
    n1 = new_text.find(b1) + len(b1)
    n2 = n1 + len(between)
    kept = between.strip("、")
    if not kept or len(between) > BETWEEN_TWO_EDITS or any(ch in between for ch in _STOPS_OF_A_PHRASE) \
            or old_text.count(kept) != 1:
        return pieces
    lo, hi = _phrase_bounds(new_text, n1 - len(b1.lstrip("\n")), n2 + len(b2))
    o = old_text.index(kept)
    o_lo, o_hi = _phrase_bounds(old_text, o, o + len(kept))
    new, old = new_text[lo:hi], old_text[o_lo:o_hi]
    new, old = _labelled(new)[1], _labelled(old)[1]
    if not old or old == kept or len(new) > LISTED_PHRASE or any(ch in new + old for ch in "“”\n") \
            or new_text.count(new) != 1 or old_text.count(old) != 1 or held_in_order(old, new)[0] != len(old):
        return pieces
    return [(old, new)]


#: Characters, at most, kept between words put in and words replaced that are quoted as one phrase.
BETWEEN_PUT_IN_AND_REPLACED = 8


def _put_in_then_words_replaced(pieces, old_text: str, new_text: str):
    """Words put in, then words replaced a word or two on (BETWEEN_PUT_IN_AND_REPLACED at most, no mark between): the
    phrase from the first to the last, "新增“珍稀濒危海洋生物、海洋”；“的危害”改为“造成危害”" is "“水产资源的危害”改为“珍稀濒危
    海洋生物、海洋水产资源造成危害”" (海洋环境保护法 第三十六条 → 第五十四条, pieces of words in reading 1975)."""
    (_, b1), (a2, b2) = pieces
    if new_text.count(b1) != 1 or old_text.count(a2) != 1 or new_text.count(b2) != 1 \
            or any(word in b1 for word in _DUTY_WORDS_PUT_IN):
        return pieces
    n1 = new_text.index(b1) + len(b1)
    n2 = new_text.find(b2, n1)
    between = new_text[n1:n2] if n2 >= 0 else ""
    if not between or len(between) > BETWEEN_PUT_IN_AND_REPLACED \
            or any(ch in between for ch in _STOPS_OF_A_PHRASE + "、"):
        return pieces
    a, b = between + a2, b1 + between + b2
    if old_text.count(a) != 1 or new_text.count(b) != 1 or max(len(a), len(b)) > CARRIED_PHRASE:
        return pieces
    # (both from the word before the words put in, when both texts say it there: "“企业应当优先使用清洁能源”改为“企业事业
    # 单位和其他生产经营者应当优先使用清洁低碳能源”", not a new quote that reads without its subject, 海洋环境保护法 第十三条 →
    # 第二十二条, worse in reading 2001)
    o0, n0 = old_text.index(a), new_text.index(b)
    took = _words_before(new_text, n0)
    if took >= 2 and old_text[o0 - took:o0] == new_text[n0 - took:n0]:
        a, b = old_text[o0 - took:o0] + a, new_text[n0 - took:n0] + b
    return [(a, b)]


def _sentence_end_run_on(pieces, old_text: str, new_text: str):
    """Two edits side by side on both sides, the second ending the old sentence where the new one runs on: the phrase
    the two make, up to the old sentence's end, and the clause the new sentence runs on with, put in: "“申请信息”改为“承诺
    符合信息”；“网络安全审核。”改为“网络安全审核条件，并经公安机关确认当场签署承诺书”" (two fragments, useless in reading 1166)
    is "“申请信息网络安全审核”改为“承诺符合信息网络安全审核条件”；新增“并经公安机关确认当场签署承诺书”" (互联网上网服务营业场所
    管理条例 第十一条). None otherwise."""
    (a1, b1), (a2, b2) = pieces
    a, b = a1 + a2, b1 + b2
    if not a2.endswith("。") or "。" in a[:-1] + b or old_text.count(a) != 1 or new_text.count(b) != 1:
        return None
    a = a[:-1]
    kept = a2[:-1]  # (the words the old sentence ended on, still said before the new one runs on)
    at = b.find(kept, len(b1)) if kept else -1
    if at < 0:
        return None
    head, mark, tail = b[at + len(kept):].partition("，")
    if not mark or not tail or any(ch in head for ch in _STOPS_OF_A_PHRASE + "、") \
            or max(len(a), at + len(kept) + len(head)) > CARRIED_PHRASE:
        return None
    return [(a, b[:at + len(kept)] + head), ("", tail)]


def _on_to_the_words_after(a: str, b: str, old_text: str, new_text: str) -> Tuple[str, str]:
    """A phrase whose words taken out ended it ("…的合作，" before "联合培训") and whose new form runs on into the words
    after them ("…队伍联合培训"): both quoted on to those words, up to the next mark, so the new one does not stop in the
    middle ("“加强…队伍的合作”改为“推动…队伍”" read as the cooperation dropped, useless in reading 212: it is
    "“加强…队伍的合作，联合培训”改为“推动…队伍联合培训”")."""
    o, n = old_text.find(a), new_text.find(b)
    if o < 0 or n < 0:
        return a, b
    o_end, n_end = o + len(a), n + len(b)
    if o_end >= len(old_text) or n_end >= len(new_text) or old_text[o_end] != "，" or new_text[n_end] in _STOPS_OF_A_PHRASE:
        return a, b
    stop = n_end
    while stop < len(new_text) and new_text[stop] not in _STOPS_OF_A_PHRASE + "、":
        stop += 1
    words = new_text[n_end:stop]
    if not words or not old_text.startswith(words, o_end + 1) or len(b) + len(words) > CARRIED_PHRASE:
        return a, b
    return a + "，" + words, b + words


_STOPS_OF_A_PHRASE = "，。；：\n"


#: The longest phrase (characters, new side) quoted for words put in that the provision said before elsewhere.
PUT_IN_AGAIN_PHRASE = 40
#: Words put in or taken out this short (characters) are quoted in their clause whatever the provision said before.
SHORT_WORD = 3


def put_in_again(a: str, b: str, old_text: str, new_text: str) -> "tuple[str, str]":
    """Words put in that the old provision already says elsewhere, quoted alone ("新增“责令关闭”" where 责令关闭 stood
    before), read as nothing new: the clause they were put in, before and after ("“自该公司、企业被吊销营业执照之日起未逾
    三年”改为“自该公司、企业被吊销营业执照、责令关闭之日起未逾三年”", 公司法 第一百四十六条 → 第一百七十八条, useless in
    the hundred-and-second reading; "单位" put in "由任免机关、单位或者监察机关", 统计法 第四十一条, wrong in the ninety-ninth).
    Only where one place of the new text is that clause with the words taken out standing in the old text, and the clause
    is short. ``a``, when the edit keeps it on one edge of ``b`` past a mark ("机关" → "机关、单位", as ``_items_only``
    reads it), is no part of what was put in."""
    kept, put = _items_only(a, b) if a else ("", b)
    if kept:
        return a, b
    word = put.strip("、")
    if not word or word not in old_text and len(word) > SHORT_WORD:
        return a, b
    found = _in_its_clause(word, old_text, new_text, once=word not in old_text)
    return found[0] if len(found) == 1 else (a, b)


#: What closes a list ("A、B等C"): words put in that open on it belong to the list member before them.
_LIST_CLOSER = "等"
#: At most this many characters of the words after such words are quoted with them.
CLOSER_AFTER = 8


def closing_a_list(a: str, b: str, old_text: str, new_text: str) -> "tuple[str, str]":
    """Words put in that open on 等, closing the list before them, quoted with the list member before them (whole words,
    as ``_words_before`` takes them) and the words after, up to the next mark of their phrase: "新增“等经营主体”" is
    "“申请企业设立”改为“申请企业等经营主体设立”" (上海市优化营商环境条例 第三十条 → 第三十一条, useless in reading 172). Only where the new text says the words once and
    the old one has the member and the words after side by side."""
    if a or not b.startswith(_LIST_CLOSER) or new_text.count(b) != 1:
        return a, b
    at = new_text.index(b)
    before = new_text[at - _words_before(new_text, at):at]
    rest = new_text[at + len(b):at + len(b) + CLOSER_AFTER + 1]
    cut = min((k for k in (rest.find(c) for c in _PHRASE_ENDS) if k >= 0), default=-1)
    after = rest[:cut] if 0 <= cut <= CLOSER_AFTER else ""
    if len(before) < 2 or not after or before + after not in old_text:
        return a, b
    return before + after, before + b + after


def taken_out_short(a: str, b: str, old_text: str, new_text: str) -> "tuple[str, str]":
    """A word or two taken out (SHORT_WORD characters at most), quoted alone ("删除“研究”"): the clause it stood in, before
    and after, as ``put_in_again`` quotes words put in. So too when the edit was widened to the words after it and cut
    where the clause is not ("“申请从事道路”改为“从事道路”" is "“申请从事道路运输站（场）经营的”改为“从事道路运输站（场）
    经营的”", 道路运输条例 第三十六条, a fragment in reading 153)."""
    if a and b and a.endswith(b) and len(a) - len(b) <= SHORT_WORD:
        shorter = taken_out_short(a[:len(a) - len(b)], "", old_text, new_text)
        return shorter if shorter[1] else (a, b)
    if b or not a or len(a.strip("、")) > SHORT_WORD:
        return a, b
    found = [(clause, before) for before, clause in _in_its_clause(a.strip("、"), new_text, old_text, once=True)]
    return _member_of_a_list(a.strip("、"), *found[0]) if len(found) == 1 else (a, b)


#: Characters, at most, of a condition put in as a phrase of its own, and of the phrase after it that it governs.
CONDITION_AT_MOST, GOVERNED_AT_MOST = 16, 32


def condition_with_its_phrase(a: str, b: str, old_text: str, new_text: str) -> "tuple[str, str]":
    """A condition put in as a phrase of its own ("情节严重的，" before "对有关组织或者个人处二万元以上二十万元以下罚款"), quoted with
    the phrase it governs, that phrase made conditional: "“对有关组织或者个人处…罚款”改为“情节严重的，对有关组织或者个人处…罚款”",
    not "新增“情节严重的”", what it limits unsaid (慈善法 第一百零一条 → 第一百一十三条, partly said in recall 1338). Each
    standing once in its text."""
    if a or not b.endswith("的") or len(b) > CONDITION_AT_MOST or new_text.count(b + "，") != 1 \
            or b.startswith(_OPENING_JOINERS):  # (an alternative put in a condition, "或者疑似文物的", is no condition)
        return a, b
    at = new_text.find(b + "，") + len(b) + 1
    end = min((k for k in (new_text.find(c, at) for c in "，。；：\n") if k != -1), default=len(new_text))
    phrase = new_text[at:end]
    if not 2 <= len(phrase) <= GOVERNED_AT_MOST or old_text.count(phrase) != 1 or new_text.count(phrase) != 1:
        return a, b
    return phrase, f"{b}，{phrase}"


#: How the last member of a list opens after the one before it.
_LAST_MEMBER_OPENS = ("和其他", "及其他", "和有关", "及有关")


def _member_of_a_list(word: str, clause: str, without: str) -> "tuple[str, str]":
    """A word taken out of a member of a list, quoted with that member, not the clause of the whole list: "“共产主义青年团组织”
    改为“共产主义青年团”", not "“教育行政部门、共产主义青年团组织和其他有关部门应当加强对少年军校活动的指导与管理”改为…" (国防教育法
    第十四条, the whole sentence for one word, a headline useless in reading 1069). The member: from the "、" before it to the
    "、" or 等 after it, or the 和/及 that opens the list's last member ("和其他有关部门"; not the 和 of 共和国 or 和解); the clause
    as it was when the word ends no member so bounded."""
    at = clause.find(word)
    if at < 0 or clause.count(word) != 1:
        return clause, without
    start = clause.rfind("、", 0, at) + 1
    end = next((k for k in range(at + len(word), len(clause)) if clause[k] in "、等，；。"
                or clause.startswith(_LAST_MEMBER_OPENS, k)), len(clause))
    if start == 0 or end == len(clause) or clause[end] in "，；。" or end - start <= len(word):
        return clause, without
    member = clause[start:end]
    if without[start:start + len(member) - len(word)] != member.replace(word, "", 1):
        return clause, without
    return member, member.replace(word, "", 1)


def _in_its_clause(word: str, old_text: str, new_text: str, once: bool = False) -> "list[tuple[str, str]]":
    """(the clause without ``word``, as the old text has it; the clause as the new text has it) for each place of the new
    text where the clause holds ``word`` (with a "、" joining it on, when that went with it), is short, and stands in the
    old text without it. ``once``: none unless the new text says ``word`` once more than the old one (a short word put in
    or taken out in several places: a clause found for one of them may be another's, 删除“重大”（共3处）, 突发事件应对法
    第五条)."""
    if once and new_text.count(word) - old_text.count(word) != 1:
        return []
    found = []
    stops = _stops(new_text)
    at = new_text.find(word)
    while at >= 0:
        lo, hi = _phrase_bounds(new_text, at, at + len(word), stops)
        clause = new_text[lo:hi]
        # (with the "、" that joins them to the words before or after, when it was put in with them)
        for start, end in ((at, at + len(word)), (at - 1, at + len(word)), (at, at + len(word) + 1)):
            if start < 0 or new_text[start:end].strip("、") != word:
                continue
            before = new_text[lo:start] + new_text[end:hi]
            if before and len(clause) <= PUT_IN_AGAIN_PHRASE and before in old_text and clause not in old_text:
                found.append((before, clause))
                break
        at = new_text.find(word, at + 1)
    return found
