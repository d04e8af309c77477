"""What a moved sentence's note says of its new form, after "文字有改动" (run by moved.py for every move it says).

A sentence that left one provision for another, reworded, is "…移至现第X条，文字有改动"; what changed in it is said in
brackets when it is little and exact: the one figure of a kind changed, put in or taken out ("（监事由一至二名改为一名）",
"（新增期限：10个工作日）"), the force of its duty ("（删除“可以”）"), else up to three edits of whole words its two forms show
("（“中国人民解放军总后勤部”改为“中央军事委员会有关部门”）"), the two forms read as one provision by the findings.
"""
from __future__ import annotations

from typing import List, Optional, Sequence, Tuple

from .. import recache
from ..diff import char_diff, diff_pair
from ..models import Clause, FindingKind, Pair, Status
from .changes import hunks_of
from .lexicon import Lexicon
from .modality import force_changed
from .repeats import _EDIT

#: What a moved sentence's note adds when its words changed.
REWORDED = ("，文字有改动", " (reworded)")
#: ... and when less than this share of its old form's characters stand in the new one, in order: rewritten, no one change
#: said for all.
REWRITTEN_BELOW = 0.5
REWRITTEN = ("，并作较大修改", " (largely rewritten)")
#: The two, as a note on the sentence that left says them after where it went ("…不再在此规定，现见第X条（文字有改动）").
REWORDED_THERE, REWRITTEN_THERE = ("（文字有改动）", " (reworded)"), ("（有较大修改）", " (largely rewritten)")


def reworded_as(old: str, new: str, lexicon: Lexicon, renamed: Sequence[Tuple[str, str]] = (),
                zh: str = REWORDED[0], en: str = REWORDED[1], part: str = "") -> Tuple[str, str]:
    """What a moved sentence's note says of its new form ("，文字有改动", or ``zh``/``en``), with the figure and the force of
    its duty that changed, in brackets: "，文字有改动（监事由一至二名改为一名；删除“可以”）", else the few edits of whole words
    its two forms show (_edits_said; ``renamed``: the document's renames, (old, new), said by their own notes). An old form
    of which less than REWRITTEN_BELOW stands in the new one is "，并作较大修改", nothing in brackets: "（删除“可以”）" alone
    was read as all that changed of a listing on the credit platforms now only after a finding of bad faith, and only when
    serious
    (保障中小企业款项支付条例 第十七条 → 第二十六条, wrong in reading 178). ``part``: the phrases of ``old`` that went into
    ``new`` when the others went elsewhere (moved._part_moved), measured for that instead."""
    if rewritten(part or old, new):
        return REWRITTEN
    # (of the part that went there only: the detention of 反间谍法 第二十九条's sentence stayed with its sanctions when its
    # conduct became 第六十条's item (二), "（删除期限：十五日以下）" was wrong twice in reading 299)
    moved = part or old
    figures = _figures_changed(moved, new, lexicon)
    force = force_changed(moved, new, lexicon)
    fault = _fault_changed(moved, new)
    said = ([(f"{figures[0]}由{figures[1]}改为{figures[2]}", f"“{figures[0]}”: “{figures[1]}” → “{figures[2]}”")] if figures
            else _figures_one_sided(moved, new, lexicon)) + ([force] if force else []) + fault \
        + _sanctions_set_here(moved, new)
    more = force is not None and said == [force] and _more_than_the_force(moved, new, force[0])
    if said and said == fault and _more_than(moved, new, [w for w in FAULT_WORDS if w in new and w not in moved]):
        # (the fault put in is not all that changed: "不得编造、传播有关突发事件事态发展或者应急处置工作的虚假信息" → "不得编造、
        # 故意传播有关突发事件的虚假信息" also lost the limit to the events' course and the response, 突发事件应对法 第五十四条 →
        # 第七条: "（新增“故意”）" alone hid the ban widened, wrong in reading 1669)
        others = [e for e in _edits_said(old, new, lexicon, renamed) if e not in said]
        said, more = said + others, not others
    said = said or _edits_said(old, new, lexicon, renamed)
    if not said:  # (nothing else said of it: the sanctions it now sets, and "等" for the rest)
        said = _sanctions_put_in(moved, new)
        more = bool(said) and _more_than(moved, new, [m.group() for m in _SANCTION_PUT_IN.finditer(new)])
    if said:
        zh += f"（{'；'.join(z for z, _ in said)}{'等' if more else ''}）"
        en += f" ({'; '.join(e for _, e in said)}{', and more' if more else ''})"
    return zh, en


_FORCE_PUT_FOR = recache.compile(r"^“([^”]+)”改为“([^”]+)”$")


def _more_than_the_force(old: str, new: str, force: str) -> bool:
    """The new form differs from the old one in more than the force of its duty (``force``: "删除“可以”", "“可以”改为“应当”"),
    marks aside: "（删除“可以”）" alone was read as all that changed of 国务院组织法 第六条's sentence, now also "根据统一安排" and
    "其他方面" (第五条, wrong three times in reading 1010); it says "（删除“可以”等）"."""
    from .formatting import substance

    m = _FORCE_PUT_FOR.match(force)
    if m:
        old = old.replace(m.group(1), m.group(2), 1)
    elif force.startswith("删除“") and force.endswith("”"):
        old = old.replace(force[3:-1], "", 1)
    return substance(old) != substance(new)


def rewritten(old: str, new: str, both: bool = False) -> bool:
    """Less than REWRITTEN_BELOW of ``old`` stands in ``new``, in order (their common subsequence); ``both``: and less
    than that of ``new`` is ``old``'s (words put in beside what is left: not a sentence cut down to one of its parts)."""
    from rapidfuzz.distance import Indel

    if not old or not new:
        return False
    common = (len(old) + len(new) - Indel.distance(old, new)) / 2
    return common < REWRITTEN_BELOW * len(old) and (not both or common < REWRITTEN_BELOW * len(new))


#: A sanction left to another regulation ("依照《医疗机构管理条例》的规定予以处罚"); the sanctions a provision sets itself.
_REFERRED_TO = recache.compile(r"依照(《[^》]+》)[^。；，]{0,8}?(?:的)?规定(?:予以|给予)?处罚")
_SET_HERE = (("没收违法所得", "confiscation of illegal gains"), ("罚款", "fine"), ("吊销", "revocation"),
             ("责令停业", "suspension of business"), ("拘留", "detention"))


def _sanctions_set_here(old: str, new: str) -> List[Tuple[str, str]]:
    """A moved sentence that left its sanction to another regulation and now sets its own: "处罚由依照《医疗机构管理条例》改为
    没收违法所得、罚款" (人体器官捐献和移植条例 第二十七条 → 第三十八条, whose move said only "文字有改动" of a sentence that now
    fines 10 to 20 times the gains: wrong twice in readings 723 and 736)."""
    m = _REFERRED_TO.search(old)
    if m is None or _REFERRED_TO.search(new):
        return []
    kinds = [(zh, en) for zh, en in _SET_HERE if zh in new and zh not in old]
    if not kinds:
        return []
    return [(f"处罚由依照{m.group(1)}改为{'、'.join(z for z, _ in kinds)}",
             f"penalties: from those of {m.group(1)} to {', '.join(e for _, e in kinds)}")]


#: A sanction a sentence imposes: "没收违法所得", "处…罚款", "吊销…", "责令停业…", "…拘留".
_SANCTION_PUT_IN = recache.compile(r"，(没收违法所得|处[^，。；]{0,30}罚款|吊销[^，。；]{0,20}|责令停业[^，。；]{0,6}|[^，。；]{0,10}拘留)")


def _sanctions_put_in(old: str, new: str) -> List[Tuple[str, str]]:
    """The sanctions a moved sentence imposes that it did not: "新增没收违法所得" (药品管理法办法 第三十三条 → 第五十条, whose move
    said only "文字有改动" of a sentence that now confiscates illegal gains, wrong in reading 1592); not "罚款" of fines
    collected and turned over ("依法收缴的罚款以及没收的财物，一律上缴国库")."""
    return [(f"新增{m.group(1)}", f"“{m.group(1)}” added") for m in _SANCTION_PUT_IN.finditer(new) if m.group(1) not in old]


def _more_than(old: str, new: str, put: Sequence[str]) -> bool:
    """The new form differs from the old one in more than the words ``put`` in, marks aside."""
    from .formatting import substance

    for words in put:
        new = new.replace(words, "", 1)
    return substance(old) != substance(new)


#: Words of the fault a rule asks for: one put in or taken out changes whom it reaches.
FAULT_WORDS = {"故意": "intentionally", "明知": "knowingly", "恶意": "in bad faith", "过失": "negligently"}


def _fault_changed(old: str, new: str) -> List[Tuple[str, str]]:
    """The fault the moved sentence asks for, put in or taken out: "不得编造、传播…的虚假信息" → "不得编造、故意传播…的虚假信息"
    is "新增“故意”" (突发事件应对法 第五十四条 → 第七条, whose move said only "文字有改动": useless in the sixty-first reading)."""
    return [(f"新增“{w}”", f"“{w}” ({en}) added") if w in new else (f"删除“{w}”", f"“{w}” ({en}) taken out")
            for w, en in FAULT_WORDS.items() if (w in old) != (w in new)]


#: What a moved sentence's own notes may say in its note's brackets: this many notes at most, each this many characters.
EDITS_SAID, EDIT_SAID_AT_MOST = 3, 40
_WORDING_PREFIX = ("表述修改：", "wording changed: ")


def _edits_said(old: str, new: str, lexicon: Lexicon, renamed: Sequence[Tuple[str, str]] = ()) -> List[Tuple[str, str]]:
    """What the sentence's two forms read as one provision say changed, when it is little: "“中国人民解放军总后勤部”改为
    “中央军事委员会有关部门”；“报国务院”改为“抄送国务院”；程序“备案”被删除" of 会计法 第八条 → 第四十九条, whose move said only
    "文字有改动" (the body now in charge hidden, the fifty-seventh reading). Nothing when a note quotes a sentence whole (the
    move's own quotes show it) or says more than EDITS_SAID short notes."""
    from . import analyze
    from .moved import _with_renames

    # (the old form read as the new version names things: "删除“机关的具体行政”" was what "行政机关的具体行政行为" →
    # "行政行为" left of the rename 具体行政行为 → 行政行为, 行政复议法 第十条 → 第十九条; a quote of words the old form did not
    # hold is then no edit of whole words of it, below)
    pair = Pair(Status.MODIFIED, (Clause("o", "", None, (), None, _with_renames(old, renamed)),),
                (Clause("n", "", None, (), None, new),), 0.0)
    found = analyze(diff_pair(pair), lexicon).findings
    out = []
    shorter = []  # (where in out, a part) of short words put in, said only beside words taken out
    for f in found:
        zh, en = f.message, f.message_en or ""
        if zh.startswith(("改写：", "不再规定：", "新增规定：")) or f.kind is FindingKind.FORMATTING:
            return []
        if zh.startswith("规范用语："):
            continue  # (the drafting norm: no change a reviewer looks for in a move)
        zh, en = zh.removeprefix(_WORDING_PREFIX[0]), en.removeprefix(_WORDING_PREFIX[1])
        if f.kind is not FindingKind.WORDING_CHANGED:
            out.append((zh, en))
            continue
        parts_zh, parts_en = zh.split("；"), en.split("; ")
        if len(parts_en) != len(parts_zh):
            parts_zh, parts_en = [zh], [en]
        if any(len(z) > EDIT_SAID_AT_MOST for z in parts_zh):
            # (a phrase quoted whole for its several edits: the edits themselves, when each is of whole words)
            parts = _raw_edits(f.old, f.new) if len(parts_zh) == 1 and f.old and f.new else None
            if not parts or not all(_whole_words(z, old, new, SHORTER_PUT_IN) or _fault_word(z) for z, _ in parts):
                return []  # (an edit too long to say, though not of whole words, leaves the short ones said as all that changed)
            parts_zh, parts_en = [z for z, _ in parts if not _fault_word(z)], [e for z, e in parts if not _fault_word(z)]
        for z, e in zip(parts_zh, parts_en):
            if _whole_words(z, old, new) or _conjunct_out(z):
                out.append((z, e) if _whole_words(z, old, new) else _conjunct_out(z))
            elif z.startswith("新增") and _whole_words(z, old, new, SHORTER_PUT_IN):
                shorter.append((len(out), (z, e)))
    # (and, beside words said taken out, the shorter words put in their stead: "删除“妇女组织对于”" alone read as the duty
    # left to no one; "新增“妇女联合会”" is who holds it now, 妇女权益保障法 第五十四条 → 第七十三条, wrong in reading 456)
    if shorter and any(z.startswith("删除") for z, _ in out):
        for at, part in reversed(shorter):
            out.insert(at, part)
    if len(out) > EDITS_SAID or any(len(z) > EDIT_SAID_AT_MOST for z, _ in out):
        return []
    return out


def _raw_edits(old: str, new: str) -> Optional[List[Tuple[str, str]]]:
    """The edits between two short phrases a wording note quoted whole, one by one: "新增“故意”", "删除“事态发展或者应急处置
    工作”" (Chinese, English), or None when one of them is no run of words (a mark in it)."""
    out = []
    for h in hunks_of(char_diff(old, new)):
        deleted, inserted = h.deleted, h.inserted
        if _MARKS_IN.search(deleted + inserted):
            return None
        if deleted and inserted:
            out.append((f"“{deleted}”改为“{inserted}”", f"“{deleted}” → “{inserted}”"))
        elif deleted:
            out.append((f"删除“{deleted}”", f"deleted “{deleted}”"))
        else:
            out.append((f"新增“{inserted}”", f"added “{inserted}”"))
    return out


_MARKS_IN = recache.compile(r"[，。；：、“”（）()《》\s]")


def _fault_word(said: str) -> bool:
    """A part that only puts in or takes out a word of fault (said by _fault_changed)."""
    return said in {f"{verb}“{w}”" for w in FAULT_WORDS for verb in ("新增", "删除")}


#: What words put in or taken out, said in a move's brackets, do not open on.
_NOT_OPENING = "的，；：、。之其"
#: Characters, at least, of words a moved sentence's brackets say put in or taken out (shorter ones read as fragments).
PUT_OR_TAKEN_AT_LEAST = 6


#: An edit that takes a conjunct out of a coordination: "“培训情况和考核”改为“考核”" (group 1 the conjunct, 2 what is left).
_CONJUNCT_OUT = recache.compile(r"^“([^“”]{2,}?)(?:和|及|与|以及|或者|、)([^“”]{2,})”改为“\2”$")


def _conjunct_out(said: str):
    """(Chinese, English) of a part that takes a conjunct out of a coordination, said as the conjunct taken out ("删除“培训
    情况”"): the part is no edit of whole words, and left unsaid it leaves the others said as all that changed ("（“职务任免、
    岗位等级调整”改为“任用”）" of 文职人员条例 第二十九条's sentence, whose training records no longer count: wrong in reading
    351). None for any other part."""
    m = _CONJUNCT_OUT.match(said)
    return (f"删除“{m.group(1)}”", f"deleted “{m.group(1)}”") if m else None


#: Characters, at least, of whole words put in said beside words taken out (their stead).
SHORTER_PUT_IN = 4


def _whole_words(said: str, old: str, new: str, at_least: int = PUT_OR_TAKEN_AT_LEAST) -> bool:
    """The edit a wording note's part says, "新增“X”", "删除“X”" or "“A”改为“B”", is of whole words of the sentence (jieba's), X
    PUT_OR_TAKEN_AT_LEAST characters at least, A and B neither inside the other: "删除“机关的具体行政”" (of "行政机关的具体行政行为")
    and "“设立分公司”改为“公司设立分公司”" say nothing in a move's brackets."""
    from .words import bounds

    def whole(words: str, text: str) -> bool:
        at = text.find(words)
        if at < 0:
            return False
        b = bounds(text)
        return b.left(at) == at and b.right(at + len(words)) == at + len(words)

    def joined_whole(words: str, text: str, other: str) -> bool:
        """Where the words stood, the other text's words on either side meet at a word boundary: "机关的具体行政" taken out
        of "行政机关的具体行政行为" leaves "行政行为", one word cut by no edit of its own."""
        at = text.find(words)
        if at < 0:
            return False
        before, after = text[max(0, at - 4):at], text[at + len(words):at + len(words) + 4]
        if not after and before[-1:] in "，；、":
            # (put in at the end after a comma, "…取得法律职业资格，并参加统一职前培训" (行政复议法 第三条 → 第六条): the other
            # text ends where the words before it end)
            before = before[:-1]
            return other.endswith(before) and bounds(other).left(len(other)) == len(other)
        there = other.find(before + after)
        if there < 0 or other.find(before + after, there + 1) >= 0:
            return False
        b, joint = bounds(other), there + len(before)
        return b.left(joint) == joint

    m = _EDIT.fullmatch(said.strip())  # ("“A”改为“B”": groups 1, 2; "新增“X”"/"删除“X”": groups 3, 4)
    if m is None:
        return False
    if m.group(3):
        text, other = (new, old) if m.group(3) == "新增" else (old, new)
        words = m.group(4)
        # (nor words that open on a particle or a comma: "删除“的，不予承认和执行”" of 民事诉讼法 第二百八十九条 → 第三百条, an
        # item now under a lead-in that says it)
        return len(words) >= at_least and words[0] not in _NOT_OPENING and whole(words, text) \
            and joined_whole(words, text, other)
    return bool(m.group(1)) and bool(m.group(2)) and m.group(1) not in m.group(2) and m.group(2) not in m.group(1) \
        and whole(m.group(1), old) and whole(m.group(2), new)


def _figures_one_sided(old: str, new: str, lexicon: Lexicon) -> List[Tuple[str, str]]:
    """The one figure of a subject the moved sentence's new form has and its old form had none of ("新增期限：10个工作日":
    "及时将投诉转交…" → "自正式受理之日起10个工作日内…转交…", 保障中小企业款项支付条例 第十七条 → 第二十五条, which "文字有改动"
    alone hid in the fifty-seventh reading), and the one it lost so; the figure's own note is dropped beside the move
    (document._figures_of_moved_sentences)."""
    from .figure_changes import one_sided_words
    from .values import parse_values

    a = [v for v in parse_values(old, lexicon) if v.subject]
    b = [v for v in parse_values(new, lexicon) if v.subject]
    put = [v for v in b if v.subject not in {x.subject for x in a}]
    gone = [v for v in a if v.subject not in {x.subject for x in b}]
    return [one_sided_words(v, removed) for vs, removed in ((put, False), (gone, True)) if len(vs) == 1 for v in vs]


def _figures_changed(old: str, new: str, lexicon: Lexicon) -> Optional[Tuple[str, str, str]]:
    """(subject, old, new) of a moved sentence's one figure of a subject that is another number in its new form: "可以设
    一至二名监事" → "设一名监事" ("监事", "一至二名", "一名"), which "文字有改动" alone hid (公司法 第五十一条 → 第八十三条, the thirtieth
    and thirty-first readings; the figure's own note is dropped beside the move, document._figures_of_moved_sentences)."""
    from .values import parse_values

    a = [v for v in parse_values(old, lexicon) if v.subject]
    b = [v for v in parse_values(new, lexicon) if v.subject]
    if len(a) != 1 or len(b) != 1 or a[0].subject != b[0].subject or a[0].unit != b[0].unit \
            or (a[0].low, a[0].high) == (b[0].low, b[0].high):
        return None
    return a[0].subject, a[0].text, b[0].text
