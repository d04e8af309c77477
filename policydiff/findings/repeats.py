"""Notes said by other notes: what a reviewer would read twice is said once.

A pair's notes come from the finders (figures, fines, duties, conditions, references), from the
sentences said rewritten, put in or taken out whole (rewrites.py), and from the edits left (wording.py).
These passes, run by ``analyze``, keep one note where two say the same: a rewrite made only of what
the fines' notes say, a period or a law cited that came with a sentence said whole, a wording note inside
another's quotes, two items joined into one; and pair a sentence taken out with its new form read with
the document's renames. ``merge_repeats`` says the same note twice in one provision as one "（共2处）".
"""
from __future__ import annotations

from dataclasses import replace
from typing import Dict, List, Optional, Sequence, Tuple

from rapidfuzz.distance import Indel
from rapidfuzz.fuzz import ratio

from .. import recache
from ..models import Finding, FindingKind
from ..textratio import common_prefix, edit_in_its_words, ratio as text_ratio
from .changes import CHANGED_QUOTES, Note
from .counterparts import ITEM_LABEL, _common_run
from .edits import _describe
from .lexicon import Lexicon
from .renames import only_renamed
from .rewrites import REWRITTEN, _rewritten
from .sentences import Sentence, held_in_order, sentences, similarity, text_key
from .slight import _SAME_JOIN, slight
from .wording import _members_reordered
from .words import _content_words, _longest_run

#: A quote in a note's message (group 1: what it quotes).
QUOTED = recache.compile(r"“([^”]*)”")

_FIGURE_KINDS = {k for k in FindingKind if k.value.startswith(("amount_", "rate_", "quantity_", "penalty_"))}
_CONDITION_KINDS = {FindingKind.CONDITION_REMOVED, FindingKind.CONDITION_ADDED}


def merge_repeats(findings: List[Finding]) -> Tuple[Finding, ...]:
    """The same note twice in one provision is one note "（共2处）"."""
    counts: Dict[Tuple, int] = {}
    first: Dict[Tuple, Finding] = {}
    for f in findings:
        key = (f.kind, f.message)
        counts[key] = counts.get(key, 0) + 1
        first.setdefault(key, f)
    out = []
    for key, f in first.items():
        n = counts[key]
        out.append(f if n == 1 else replace(
            f, message=f"{f.message}（共{n}处）", message_en=f"{f.message_en} ({n} places)"))
    return tuple(out)


def figure_said_with_its_words(findings: List[Finding]) -> Tuple[Finding, ...]:
    """A figure put in or taken out said twice, once bare and once with the words around it ("新增期限：7个工作日" beside
    "新增期限：7个工作日（退回人员及其档案交接手续，应当自…到达之日起7个工作日内，或者…7个工作日内办理完毕）", the second place
    read without its own words: 征兵工作条例 第五十二条, useless in the English reading 332): the note with its words says
    both."""
    bare = {id(f) for f in findings if f.kind is not FindingKind.WORDING_CHANGED and f.message.startswith(("新增", "删除"))
            for g in findings if g is not f and g.kind is f.kind and g.message.startswith(f.message + "（")}
    return tuple(f for f in findings if id(f) not in bare) if bare else tuple(findings)


#: Words that give a period or an amount no figure ("较长时间", "一定数量"): made exact, the figure put in is their change.
_VAGUE = recache.compile(r"^(?:较长|较短|较大|较多|较少|一定|相当|适当|合理)$")
#: A figure put in (groups: what, the figure).
_FIGURE_PUT_IN = recache.compile(r"^新增(期限|数量|金额|比例)：(.+)$")


def vague_figure_made_exact(findings: Sequence[Finding]) -> Tuple[Finding, ...]:
    """A figure put in where vague words stood, said twice: "新增期限：六个月以上" beside "表述修改：“较长”改为“六个月以上”"
    (危害食品安全刑事案件解释 第六条 → 第七条, "较长时间" → "六个月以上": useless in reading 342). One note says it:
    "期限由“较长”改为六个月以上"."""
    put = {m.group(2): (f, m.group(1)) for f in findings if f.kind is FindingKind.QUANTITY_CHANGED
           for m in (_FIGURE_PUT_IN.match(f.message),) if m}
    if not put:
        return tuple(findings)
    made: Dict[int, Finding] = {}
    gone = set()
    for g in findings:
        m = _ONE_EDIT.match(g.message) if g.kind is FindingKind.WORDING_CHANGED else None
        if m and not m.group(3) and _VAGUE.match(m.group(1)) and m.group(2) in put and id(put[m.group(2)][0]) not in made:
            f, what = put[m.group(2)]
            noun_en, _, exact = (f.message_en or "").partition(" added: ")
            made[id(f)] = replace(f, old=m.group(1), message=f"{what}由“{m.group(1)}”改为{m.group(2)}",
                                  message_en=f"{noun_en} changed from “{m.group(1)}” to {exact}")
            gone.add(id(g))
    if not made:
        return tuple(findings)
    return tuple(made.get(id(f), f) for f in findings if id(f) not in gone)


#: Characters, at most, a sentence put in or taken out may hold besides the reference a note of its own says ("本解释").
REFERENCE_LEFT = 4
_WHOLE_SENTENCE = recache.compile(r"^(新增|不再)规定：“([^“”]+)”$")


def reference_said_whole(findings: List[Finding]) -> Tuple[Finding, ...]:
    """A sentence put in (or taken out) that is only a reference another note says, its subject aside: "新增规定：“本解释自
    2022年1月1日起施行”" beside "新增施行日期条款：自2022年1月1日起施行" (两高危害食品安全刑事案件解释 第二十二条 → 第二十六条,
    useless in reading 333)."""
    refs = [f for f in findings if f.kind is FindingKind.REFERENCE_CHANGED]
    if not refs:
        return tuple(findings)

    def said(f: Finding) -> bool:
        m = _WHOLE_SENTENCE.match(f.message) if f.kind is FindingKind.WORDING_CHANGED else None
        if m is None:
            return False
        quote = m.group(2)
        return any(w and w in quote and len(quote) - len(w) <= REFERENCE_LEFT
                   for g in refs for w in [g.new if m.group(1) == "新增" else g.old])

    return tuple(f for f in findings if not said(f))


def document_quoted_in_a_replacement(findings: List[Finding]) -> Tuple[Finding, ...]:
    """A document cited put in (or no longer cited) that a wording note quotes on that side of a replacement: "新增引用文件：
    《中华人民共和国国际刑事司法协助法》" beside "表述修改：“由司法机关依照有关法律的规定办理”改为“依照《中华人民共和国国际刑事
    司法协助法》以及有关法律的规定办理”" (反洗钱法 第二十九条 → 第四十八条, a repeat in reading 1723)."""
    # (the documents first, as ``reference_said_whole`` reads its notes: most provisions cite none anew)
    cited = {id(f) for f in findings if f.kind is FindingKind.REFERENCE_CHANGED and bool(f.old) != bool(f.new)
             and (f.new or f.old).startswith("《")}
    if not cited:
        return tuple(findings)
    replacements = [f.message.partition("改为“") for f in findings
                    if f.kind is FindingKind.WORDING_CHANGED and "改为“" in f.message]

    def quoted(f: Finding) -> bool:
        title = f.new or f.old
        return id(f) in cited and any(
            (title in after and title not in before) if f.new else (title in before and title not in after)
            for before, _, after in replacements)

    return tuple(f for f in findings if not quoted(f))


def record_line_said_by_its_note(findings: List[Finding]) -> Tuple[Finding, ...]:
    """A line of the record rewritten that a reference note pairs already: "改写：“2013年5月4日施行”改为“2022年1月1日施行”"
    beside "修订记录修改：“2013年5月4日施行”改为“2022年1月1日施行”" (危害食品安全刑事案件解释 2013 → 2021, whose opening also
    holds a sentence, so its record lines are read as any sentence is)."""
    pairs = {(f.old, f.new) for f in findings if f.kind is FindingKind.REFERENCE_CHANGED and f.old and f.new}
    if not pairs:
        return tuple(findings)
    return tuple(f for f in findings if not (f.kind is FindingKind.WORDING_CHANGED and f.message.startswith("改写：")
                                             and (f.old, f.new) in pairs))


def old_record_unsaid(findings: Sequence[Finding]) -> Tuple[Finding, ...]:
    """No note for a line of the old version's own record that the new one does not carry, nor for a date of it "changed"
    to a date of the new record: "删除修订记录：2013年5月2日最高人民法院、最高人民检察院公告公布" of an interpretation issued anew,
    "删除修订记录：2005年1月1日施行" and "日期修改：“2005年1月1日”改为“2025年4月5日”" of 药品管理法办法 2004 → 2025 (useless in
    readings 358 and 363: the history of the old text, no change of the new). Asked last: the note has said, meanwhile,
    that the line is no sentence taken out."""
    gone = [f.old for f in findings if f.kind is FindingKind.REFERENCE_CHANGED and f.old and not f.new
            and f.message.startswith(_RECORD_GONE)]
    if not gone:
        return tuple(findings)
    return tuple(f for f in findings if not (f.kind is FindingKind.REFERENCE_CHANGED and (
        f.old in gone and not f.new or f.message.startswith(_DATE_CHANGED) and f.old and any(f.old in g for g in gone))))


_RECORD_GONE, _DATE_CHANGED = "删除修订记录：", "日期修改："


#: A sentence that repeals another instrument when the text takes effect: "1980年6月4日国务院发布的《革命烈士褒扬条例》
#: 同时废止".
_REPEAL = recache.compile(r"^[^，。；]{0,80}《[^》]+》(?:（[^）]*）)?同时废止$")


def spent_repeal_unsaid(findings: Sequence[Finding]) -> Tuple[Finding, ...]:
    """No "不再规定" of the old version's repeal of an older instrument ("不再规定：“1980年6月4日国务院发布的《革命烈士褒扬条例》
    同时废止”", 烈士褒扬条例 2019 → 2024): that repeal took effect with the old version, and the new version's leaving it out
    changes no rule (useless in reading 1127). A repeal put in is said ("新增规定：“《人体器官移植条例》同时废止”")."""
    return tuple(f for f in findings if not (f.kind is FindingKind.WORDING_CHANGED and f.old and not f.new
                                             and f.message.startswith("不再规定：") and _REPEAL.match(f.old)))


#: The notes that say a citation written anew, its substance unchanged (references.py).
_CITATION_STYLE = ("引用写法修改：", "引用文件名称补全：")


def citation_inside_a_wording_note(findings: List[Finding]) -> Tuple[Finding, ...]:
    """A citation written anew that a wording note of the pair quotes, old form and new, in the change it says: "引用写法修改：
    “国防法”改为“《中华人民共和国国防法》”" and the same of 教育法 beside "表述修改：“根据国防法和教育法”改为“根据宪法和《中华
    人民共和国国防法》、《中华人民共和国教育法》”" (国防教育法 第一条: the two useless in reading 361, the change they sit in, 宪法
    added as a basis, said by the third)."""
    wordings = [f for f in findings if f.kind is FindingKind.WORDING_CHANGED and f.old and f.new
                and not f.message.startswith(_CITATION_STYLE)]
    if not wordings:
        return tuple(findings)
    return tuple(f for f in findings if not (
        f.kind is FindingKind.WORDING_CHANGED and f.message.startswith(_CITATION_STYLE) and f.old and f.new
        and any(f.old in w.old and f.new in w.new for w in wordings)))


_WORDING = "表述修改："
#: A wording note of one edit (groups: the old words, the new, how many places).
_ONE_EDIT = recache.compile(r"^表述修改：“([^”]+)”改为“([^”]+)”(?:（共(\d+)处）)?$")


def widened_repeats(findings: Sequence[Finding]) -> Tuple[Finding, ...]:
    """A wording note of one edit that is another's edit with the same words around it on both sides is one more place of
    that edit: "“（三）乡、镇人民政府的规定”改为“（三）乡、镇人民政府的规范性文件”" beside "“规定”改为“规范性文件”（共3处）" is
    "（共4处）" (行政复议法 第七条 → 第十三条: the count read as every place, wrong in the sixty-first reading)."""
    edits = [(f, m) for f in findings if f.kind is FindingKind.WORDING_CHANGED for m in [_ONE_EDIT.match(f.message)] if m]
    if len(edits) < 2:
        return tuple(findings)
    out = list(findings)
    # (each note's one edit read once, again when its count grows)
    said = {id(g): _ONE_EDIT.match(g.message) if g.kind is FindingKind.WORDING_CHANGED else None for g in out}
    for f, m in edits:
        wa, wb = m.group(1), m.group(2)
        host = next((k for k, g in enumerate(out) for n in [said[id(g)]]
                     if g is not f and n and len(n.group(1)) < len(wa)
                     and (_same_edit_widened(wa, wb, n.group(1), n.group(2))
                          or _same_edit_beside_a_joiner(f, wa, n.group(1), n.group(2)))), None)
        if host is None or f not in out:
            continue
        g = out[host]
        n = _ONE_EDIT.match(g.message)
        times = int(n.group(3) or 1) + int(m.group(3) or 1)
        out[host] = replace(g, message=f"{_WORDING}“{n.group(1)}”改为“{n.group(2)}”（共{times}处）",
                            message_en=f"wording changed: “{n.group(1)}” → “{n.group(2)}” ({times} places)")
        said[id(out[host])] = _ONE_EDIT.match(out[host].message)
        out.remove(f)
    return _said_by_another(_one_edit_in_two_contexts(out))


def _said_by_another(findings: Sequence[Finding]) -> Tuple[Finding, ...]:
    """A wording note of one edit that another wording note of the provision says among its edits, a particle at its ends
    aside: "“发放的”改为“给付”" beside "“发放”改为“给付”；“社会保险金”改为“社会保险待遇”；…" (行政复议法 第六条 → 第十一条, the
    same word replaced in the next item, useless in the ninetieth reading)."""
    out = list(findings)
    # (the edits each wording note says, read once: (the note's id, old words, new words); a note taken out, its id gone)
    edits = [(id(g), x, y) for g in findings if g.kind is FindingKind.WORDING_CHANGED
             for x, y in CHANGED_QUOTES.findall(g.message)]
    gone: set = set()

    def others(f) -> List[Tuple[str, str]]:
        return [(x, y) for k, x, y in edits if k != id(f) and k not in gone]

    for f in findings:
        m = _ONE_EDIT.match(f.message) if f.kind is FindingKind.WORDING_CHANGED else None
        if m and m.group(3):  # (an edit made in several places counts those other notes show it made in too)
            more = _places_inside_others(m.group(1), m.group(2), others(f))
            if more:
                times = int(m.group(3)) + more
                out[out.index(f)] = replace(f, message=f"{_WORDING}“{m.group(1)}”改为“{m.group(2)}”（共{times}处）",
                                            message_en=f"wording changed: “{m.group(1)}” → “{m.group(2)}” ({times} places)")
            continue
        if not m:
            continue
        if _inside_an_edit_of_another(m.group(1), m.group(2), others(f)):
            out.remove(f)
            gone.add(id(f))
            continue
        a, b = m.group(1).strip("的之"), m.group(2).strip("的之")
        if (a, b) == (m.group(1), m.group(2)) or not a or not b:
            continue
        said = f"“{a}”改为“{b}”"
        if any(g is not f and g.kind is FindingKind.WORDING_CHANGED and said in g.message for g in out):
            out.remove(f)
            gone.add(id(f))
    return tuple(out)


def _made_inside(a: str, b: str, others: Sequence[Tuple[str, str]], nested: bool = False) -> List[Tuple[str, str]]:
    """The edits (old words, new words) among ``others`` that replace word ``a`` by ``b`` (two characters each at least,
    neither inside the other) inside their words: ``a`` in the old words only, ``b`` in the new only. ``nested``: also a
    word lengthened or shortened ("工资" → "基本工资"), the shorter word found on the other side only inside the longer."""
    if len(a) < 2 or len(b) < 2:
        return []
    if a in b or b in a:
        if not nested:
            return []
        if a in b:  # (every "工资" of the new words inside a "基本工资", none of the old words a "基本工资")
            return [(x, y) for x, y in others if a in x and b in y and b not in x and a not in y.replace(b, "")]
        return [(x, y) for x, y in others if a in x and b in y and a not in y and b not in x.replace(a, "")]
    return [(x, y) for x, y in others if a in x and b in y and a not in y and b not in x]


def _inside_an_edit_of_another(a: str, b: str, others: Sequence[Tuple[str, str]]) -> bool:
    """Word ``a`` replaced by ``b`` (two characters each at least) is what an edit of another wording note of the provision
    does inside its longer words: "“公告”改为“公示”" beside "“可以”改为“应当将承诺书及注销登记申请”；“进行公告，公告时限为”改为
    “公示，公示期为”" (上海市优化营商环境条例 第四十三条 → 第四十八条: the same word replaced in the next sentence, useless in
    reading 260)."""
    inside = _made_inside(a, b, others)
    if not inside:
        return False
    from rapidfuzz.fuzz import ratio

    # (the other edit is mostly this one: its old words with ``a`` replaced read as its new ones. "“开办企业”改为“经营主体设立、
    # 变更、注销”" is another edit, and "“企业”改为“经营主体”（共2处）" beside it stays, 上海 第三十条)
    # (and short: in a sentence quoted whole the word is one edit among many, its own note says it was made twice, 收养登记
    # 办法 第五条's "计划生育部门" → "卫生健康主管部门", counted "另有1处" since reading 110)
    # (an edit that also cuts words the word keeps here is another: "“工业垃圾”改为“固体废物”" does not say that "含油的工业
    # 垃圾" became "含油的工业固体废物", 海洋环境保护法 第五十二条 → 第六十八条, unsaid in recall 1603)
    return any((x, y) != (a, b) and len(x) <= INSIDE_AT_MOST and ratio(x.replace(a, b), y) >= SAME_EDIT_INSIDE
               and not _cuts_words_beside(x.replace(a, b), b, y) for x, y in inside)


def _cuts_words_beside(done: str, word: str, new: str) -> bool:
    """The other edit's old words with the word replaced (``done``) are its new words (``new``) with words more just
    before or just after ``word``: "处置其他工业固体废物" and "处置其他固体废物"."""
    if len(new) >= len(done):
        return False
    at = done.find(word)
    while at >= 0:
        left, right = done[:at], done[at + len(word):]
        if (new.endswith(word + right) and left.startswith(new[:len(new) - len(word) - len(right)])
                or new.startswith(left + word) and right.endswith(new[len(left) + len(word):])):
            return True
        at = done.find(word, at + 1)
    return False


def _places_inside_others(a: str, b: str, others: Sequence[Tuple[str, str]]) -> int:
    """How many times the edits of other wording notes of the provision replace word ``a`` by ``b`` inside their longer
    words: "“规定”改为“规范性文件”（共4处）" beside "“规定的审查申请”改为“规范性文件的附带审查申请”" and "改写：“前款所列规定…”改为
    “前款所列规范性文件不含规章”" is made in 6 places (行政复议法 第七条 → 第十三条: "共4处" read as all of them, wrong in reading
    266); a word lengthened too: "“工资”改为“基本工资”" made 3 times bare and 3 times inside "“月工资或者津贴低于排职少尉军官工资
    标准的”改为…" and "“按照排职少尉军官工资标准计算”改为…" is "共6处" (军人抚恤优待条例 第十三条 → 第十五条, "共3处" wrong in
    reading 1808)."""
    return sum(min(x.count(a), y.count(b)) for x, y in _made_inside(a, b, others, nested=True))


#: How alike (0–100) another edit's old words, with a word replaced, are to its new words for the word's own note to say
#: nothing more.
SAME_EDIT_INSIDE = 70
#: Characters, at most, of the other edit's old words.
INSIDE_AT_MOST = 16


#: Characters, at least, of the words two notes of one edit share beside it (the quote the two become).
SHARED_AT_LEAST = 2


def _one_edit_in_two_contexts(findings: List[Finding]) -> Tuple[Finding, ...]:
    """Two wording notes of one edit, each quoted with other words after it (or before it): "“发票限于”改为“纸质发票限于”" and
    "“发票的”改为“纸质发票的”" are "“发票”改为“纸质发票”（共2处）" (发票管理办法 第二十五条 → 第二十四条, the second useless in
    the seventy-seventh reading). Notes are compared only with those opening (or ending) on the same two characters: a
    book-long provision holds hundreds of notes."""
    out = list(findings)
    parsed = [_ONE_EDIT.match(f.message) if f.kind is FindingKind.WORDING_CHANGED else None for f in out]
    alive = [True] * len(out)
    near: Dict[Tuple[bool, str], List[int]] = {}  # (the shared words after the edit?, two characters) → notes

    def index(k: int) -> None:
        old = parsed[k].group(1)
        if len(old) >= SHARED_AT_LEAST:
            near.setdefault((False, old[:SHARED_AT_LEAST]), []).append(k)
            near.setdefault((True, old[-SHARED_AT_LEAST:]), []).append(k)

    for k, m in enumerate(parsed):
        if m:
            index(k)
    for i, m in enumerate(parsed):
        if not m or len(m.group(1)) < SHARED_AT_LEAST:
            continue
        for k in sorted(set(near.get((False, m.group(1)[:SHARED_AT_LEAST]), ())) |
                        set(near.get((True, m.group(1)[-SHARED_AT_LEAST:]), ()))):
            if k == i or not alive[k]:
                continue
            shared = _shared_edit(m, parsed[k])
            if shared:
                old, new = shared
                times = int(m.group(3) or 1) + int(parsed[k].group(3) or 1)
                out[k] = replace(out[k], message=f"{_WORDING}“{old}”改为“{new}”（共{times}处）",
                                 message_en=f"wording changed: “{old}” → “{new}” ({times} places)")
                parsed[k] = _ONE_EDIT.match(out[k].message)
                index(k)
                alive[i] = False
                break
    return _one_edit_with_other_words_around(tuple(f for f, kept in zip(out, alive) if kept))


#: Notes of a provision, at most, that make one edit for them to be compared in pairs by it: a provision that makes the
#: same edit in more places says it otherwise, and pairs of hundreds would cost their square (the 200,000-character
#: article of the benchmark took half a second more).
SAME_EDIT_AT_MOST = 6


def _one_edit_with_other_words_around(findings: Sequence[Finding]) -> Tuple[Finding, ...]:
    """Two wording notes of one edit with other words on both sides of it, the words it keeps beside it shared: "“听取工作
    报告”改为“听取报告”" and "“工作报告交”改为“报告交”" are "“工作报告”改为“报告”（共2处）" (全国人民代表大会常务委员会议事规则
    第二十三条 → 第三十四条, the second a clipped repeat in reading 1981)."""
    out = list(findings)
    parsed = [_ONE_EDIT.match(f.message) if f.kind is FindingKind.WORDING_CHANGED else None for f in out]
    split = [edit_in_its_words(m.group(1), m.group(2)) if m else None for m in parsed]
    groups: Dict[Tuple[str, str], List[int]] = {}
    for k, words in enumerate(split):
        if words and any(words[1:3]):
            groups.setdefault(words[1:3], []).append(k)
    gone = set()
    for members in groups.values():
        if not 2 <= len(members) <= SAME_EDIT_AT_MOST:
            continue
        for i in members:
            for k in members:
                if k == i or i in gone or k in gone:
                    continue
                first, second = split[i], split[k]
                shared_before = common_prefix(first[0][::-1], second[0][::-1])
                before = first[0][len(first[0]) - shared_before:]
                after = first[3][:common_prefix(first[3], second[3])]
                old, new = before + first[1] + after, before + first[2] + after
                if len(old) < SHARED_AT_LEAST or not (before or after) or old == new:
                    continue
                times = int(parsed[i].group(3) or 1) + int(parsed[k].group(3) or 1)
                out[k] = replace(out[k], message=f"{_WORDING}“{old}”改为“{new}”（共{times}处）",
                                 message_en=f"wording changed: “{old}” → “{new}” ({times} places)")
                parsed[k] = _ONE_EDIT.match(out[k].message)
                split[k] = (before, first[1], first[2], after)
                gone.add(i)
    return tuple(f for k, f in enumerate(out) if k not in gone)


def _shared_edit(m, n) -> Optional[Tuple[str, str]]:
    """(old, new) of the edit two one-edit notes make with other words beside it, the words they share on that side
    (SHARED_AT_LEAST characters or more) quoted; None when they make no such edit."""
    from os.path import commonprefix

    for flip in (False, True):  # (the shared words before the edit's context, then after it)
        turn = (lambda x: x[::-1]) if flip else (lambda x: x)
        wa, wb, a, b = (turn(x) for x in (m.group(1), m.group(2), n.group(1), n.group(2)))
        old, new = commonprefix([wa, a]), commonprefix([wb, b])
        if len(old) >= SHARED_AT_LEAST and old != new and wa[len(old):] == wb[len(new):] \
                and a[len(old):] == b[len(new):] and wa[len(old):] != a[len(old):]:
            return turn(old), turn(new)
    return None


def _same_edit_widened(wa: str, wb: str, a: str, b: str) -> bool:
    """``wa`` → ``wb`` is ``a`` → ``b`` with the same words around it on both sides (before it, after it or both: "“县级人民
    政府对本行政区域内突发事件的应对工作负责”改为“…应对管理工作负责”" beside "“应对工作”改为“应对管理工作”", 突发事件应对法
    第七条 → 第十七条, useless in the sixty-fifth reading)."""
    if len(wa) - len(a) != len(wb) - len(b):
        return False
    at = wa.find(a)
    while at != -1:
        if wb.startswith(wa[:at], 0) and wb.startswith(b, at) and wa[at + len(a):] == wb[at + len(b):]:
            return True
        at = wa.find(a, at + 1)
    return False


def _same_edit_beside_a_joiner(f: Finding, wa: str, a: str, b: str) -> bool:
    """``f``'s edit (its old words ``wa``) is ``a`` → ``b`` made where the diff took in a list joiner put for another
    beside it: "“编制立法规划和拟订年度”改为“编制立法规划、拟订”" beside "“年度立法计划”改为“立法计划”（共3处）" is the fourth
    place, its 和 → 、 no change of meaning (立法法 第五十二条 → 第五十六条: a quote cut at 年度, useless in the sixty-ninth
    reading). Read on the note's clauses: ``a`` made ``b`` there, where ``wa`` stands, leaves them differing by joiners alone."""
    old, new = f.old or "", f.new or ""
    start = old.find(wa)
    if start < 0 or not new:
        return False
    k = old.find(a)
    while k != -1:
        if k < start + len(wa) and start < k + len(a):  # (this place of a is in the edit's words)
            made = old[:k] + b + old[k + len(a):]
            if made != new and _SAME_JOIN.sub("、", made) == _SAME_JOIN.sub("、", new):
                return True
        k = old.find(a, k + 1)
    return False


#: A wording note's part that takes words out alone ("删除“重大”", with how many places).
_TAKEN_OUT = recache.compile(r"^删除“([^”]{2,})”(?:（共(\d+)处）)?$")
_SWAP = recache.compile(r"^“([^”]+)”改为“([^”]+)”$")
#: Characters, at most, of words put in that a note says with the word before (or after) them.
SHORT_PUT_IN = 2


def step_inside_a_rewrite(findings: Sequence[Finding]) -> Tuple[Finding, ...]:
    """A procedural step put in whose sentence a rewrite of the pair quotes whole as its new form is said by that rewrite:
    "新增程序“经批准”" beside "改写：“（三）立一等功的，增发25%”改为“（四）立二等战功、一等功或者获得二级表彰并经批准的，增发25%”"
    (军人抚恤优待条例 第十三条 → 第十六条: useless in reading 388, and a trivial eighth headline). A step taken out stays said
    on its own: what the rewrite no longer holds is not seen in its quotes ("程序“联审”被删除" beside "改写：“经联审后，上浮不超过
    10%”改为“上浮10%”")."""
    news = {f.new for f in findings if f.kind is FindingKind.WORDING_CHANGED and f.message.startswith("改写：") and f.new}
    if not news:
        return tuple(findings)
    return tuple(f for f in findings if not (
        f.kind is FindingKind.CONDITION_ADDED and f.message.startswith("新增程序") and f.new in news))


def led_into_a_list(findings: Sequence[Finding]) -> Tuple[Finding, ...]:
    """"改写：“构成犯罪的，依法追究刑事责任”改为“违反本法规定，有下列行为之一，构成犯罪的，依法追究刑事责任”" says only that the
    sanction now leads into a list of conducts, which the notes of its items say (反间谍法 第三十、三十一条 → 第六十条: useless
    in reading 384, a change of form read as one of substance)."""
    return tuple(f for f in findings if not (
        f.kind is FindingKind.WORDING_CHANGED and f.message.startswith("改写：") and f.old and f.new
        and f.new.endswith(f.old) and _LIST_LEAD_IN.match(f.new[:-len(f.old)])))


#: The words that lead a sanction into a list of conducts: "违反本法规定，有下列行为之一，".
_LIST_LEAD_IN = recache.compile(r"^(?:违反本(?:法|条例|办法|规定)(?:规定)?，)?有下列(?:行为|情形)之一(?:的)?，$")


#: A sentence put in whole, as its note says it (group 1: the sentence).
_SENTENCE_PUT_IN = recache.compile(r"^新增规定：“([^“”]+)”$")
#: Characters, at most, of the two clauses of one new sentence said put in as one note (``clauses_put_in_joined``).
JOINED_PUT_IN = 120


def clauses_put_in_joined(findings: Sequence[Finding], old_text: str, new_text: str) -> Tuple[Finding, ...]:
    """Two clauses of one sentence put in whole, each said "新增规定" alone, the second the consequence of the first
    ("…由上级机关或者主管部门责令改正" and "拒不改正或者情节严重的，依法对…给予处分", 妇女权益保障法 第八十条, the second read
    without who it punishes in reading 1979): one note of the sentence, "新增规定：“…责令改正；拒不改正或者…给予处分”", when
    it is JOINED_PUT_IN characters or fewer."""
    out = list(findings)
    for k in range(len(out) - 1):
        f, g = out[k], out[k + 1]
        if f is None or g is None or f.kind is not FindingKind.WORDING_CHANGED or g.kind is not f.kind:
            continue
        m, n = _SENTENCE_PUT_IN.match(f.message), _SENTENCE_PUT_IN.match(g.message)
        joined = f"{m.group(1)}；{n.group(1)}" if m and n else ""
        if not joined or len(joined) > JOINED_PUT_IN or new_text.count(joined) != 1 or joined in old_text:
            continue
        out[k] = replace(f, new=joined, message=f"新增规定：“{joined}”", message_en=f"now provides: “{joined}”")
        out[k + 1] = None
    return tuple(f for f in out if f is not None)


def consequence_joined(findings: Sequence[Finding], old_text: str, new_text: str) -> Tuple[Finding, ...]:
    """"删除“X”" of a consequence the old text said after each of two cases ("…辞退的，按照军队有关规定办理。…解除、终止聘用
    合同的，按照军队有关规定办理。") that the new text says once after both, joined by "；" ("…辞退的；…解除、终止聘用合同的，按照军队
    有关规定执行。"): no consequence was taken out, the cases were joined (中国人民解放军文职人员条例 第五十四条 → 第六十一条, wrong
    in reading 387). Its own last words, changed (办理 → 执行), are another note's."""
    out = []
    for f in findings:
        m = _TAKEN_OUT.match(f.message[len(_WORDING):]) if f.kind is FindingKind.WORDING_CHANGED \
            and f.message.startswith(_WORDING) and f.old and f.new else None
        said = m.group(1) if m and not m.group(2) else ""
        stem = said[:-2]
        if len(stem) >= JOINED_AT_LEAST and f"，{said}。" in f.old and "；" in f.new and f"，{said}" not in f.new \
                and old_text.count(said) >= 2 and new_text.count(stem) == old_text.count(stem) - 1 \
                and _said_once_after(stem, new_text):
            continue
        out.append(f)
    return tuple(out)


#: Characters, at least, of a consequence said once for two cases joined (``consequence_joined``), its last two aside.
JOINED_AT_LEAST = 6


def _said_once_after(stem: str, text: str) -> bool:
    """``text`` says "，<stem>" and at most two characters more before "。": a consequence closing a sentence."""
    at = text.find("，" + stem)
    end = text.find("。", at) if at >= 0 else -1
    return at >= 0 and 0 <= end - (at + 1 + len(stem)) <= 2


def taken_out_here_too(findings: Sequence[Finding]) -> Tuple[Finding, ...]:
    """A word a wording note says taken out ("删除“重大”") that another note's edit takes out too, beside words it puts in,
    is said once with its count, the other edit as what it puts in: "“建立重大”改为“建立健全”" and "“减少重大”改为“有针对性地
    采取有效防范措施，减少”" beside "删除“重大”" are "删除“重大”（共3处）", "“建立”改为“建立健全”" and "新增“有针对性地采取有效
    防范措施”" (突发事件应对法 第五条 → 第三十二条: "建立重大" a fragment in the sixty-second reading; 重大 taken out of the whole
    article, its scope now every emergency). What is left of the other edit, when too slight for a note (``slight.slight``:
    "“建立”改为“建立健全”", useless in reading 171), is said by nothing."""
    notes = [f for f in findings if f.kind is FindingKind.WORDING_CHANGED and f.message.startswith(_WORDING)]
    taken = {}
    for f in notes:
        for part in f.message[len(_WORDING):].split("；"):
            m = _TAKEN_OUT.match(part)
            if m:
                taken.setdefault(m.group(1), f)
    if not taken or len(notes) < 2:
        return tuple(findings)
    more: Dict[str, int] = {}
    changed: Dict[int, Finding] = {}
    for f in notes:
        m = None if "；" in f.message else _SWAP.match(f.message[len(_WORDING):])  # (a note of one edit, "“A”改为“B”")
        said = m and next((s for w in taken for s in [_put_in_beside(m.group(1), m.group(2), w)] if s), None)
        if said:
            word, put, put_en = said
            more[word] = more.get(word, 0) + 1
            changed[id(f)] = None if put is None else replace(f, message=_WORDING + put,
                                                                message_en=f"wording changed: {put_en}")
    if not changed:
        return tuple(findings)
    out = []
    for f in findings:
        if id(f) in changed:
            if changed[id(f)] is not None:
                out.append(changed[id(f)])
            continue
        word = next((w for w, g in taken.items() if g is f and w in more), None)
        if word is None:
            out.append(f)
            continue
        parts = f.message[len(_WORDING):].split("；")
        parts_en = (f.message_en or "").removeprefix("wording changed: ").split("; ")
        for k, part in enumerate(parts):
            m = _TAKEN_OUT.match(part)
            if m and m.group(1) == word:
                times = int(m.group(2) or 1) + more[word]
                parts[k] = f"删除“{word}”（共{times}处）"
                if len(parts_en) == len(parts):
                    parts_en[k] = f"deleted “{word}” ({times} places)"
        out.append(replace(f, message=_WORDING + "；".join(parts), message_en="wording changed: " + "; ".join(parts_en)))
        more.pop(word)
    return tuple(out)


def _put_in_beside(a: str, b: str, word: str) -> Optional[Tuple[str, Optional[str], Optional[str]]]:
    """(word, what "a" → "b" says but for ``word`` taken out at an edge of a, in Chinese and English, None when that is too
    slight to say) when the rest of a is kept at one end of b: "建立重大" → "建立健全" is 重大 taken out and "建立" → "建立健全",
    the stock wording of a system kept up."""

    for rest in ([a[:-len(word)]] if a.endswith(word) else []) + ([a[len(word):]] if a.startswith(word) else []):
        if not rest or rest == b or len(rest) >= len(b):
            continue
        put = b[len(rest):] if b.startswith(rest) else b[:-len(rest)] if b.endswith(rest) else None
        if put is None or word in put:
            continue
        core = put.strip("，、；：")
        if not core:
            continue
        if slight(rest, b):
            return word, None, None
        if len(core) <= SHORT_PUT_IN:
            return word, f"“{rest}”改为“{b}”", f"“{rest}” → “{b}”"
        return word, f"新增“{core}”", f"added “{core}”"
    return None


_WORDING_EN = "wording changed: "


def _english_parts(f: Finding, parts: Sequence[str]) -> Optional[List[str]]:
    """The English message's edits of a wording note, one for each of its Chinese ``parts``, or None when they are not."""
    parts_en = (f.message_en or "").removeprefix(_WORDING_EN).split("; ")
    return parts_en if len(parts_en) == len(parts) else None


def _with_parts(f: Finding, parts: Sequence[str], parts_en: Optional[Sequence[str]]) -> Finding:
    """The wording note saying ``parts`` (and ``parts_en`` in English, None: its English message as it was)."""
    return replace(f, message=_WORDING + "；".join(parts),
                   message_en=_WORDING_EN + "; ".join(parts_en) if parts_en is not None else f.message_en)


#: A part of a wording note with the count of places it is made in (group 1: the part without it, 2: the count).
_COUNTED_PART = recache.compile(r"^(.+?)(?:（共(\d+)处）)?$")
_COUNTED_PART_EN = recache.compile(r"^(.+?)(?: \((\d+) places\))?$")


def parts_said_in_another(findings: Sequence[Finding]) -> Tuple[Finding, ...]:
    """An edit that more than one wording note of the provision says, or one note twice, is said once, with the count of
    all, by the note of most edits that says it: "表述修改：删除“综合性”" beside "表述修改：删除“综合性”；新增“对评估的区域和
    事项实行清单管理”" is "删除“综合性”（共2处）" in the second (上海市优化营商环境条例 第三十六条 → 第四十条: useless in the
    forty-fifth reading); "删除“养殖小区”（共2处）" beside "删除“养殖小区”；删除“养殖小区”" is "删除“养殖小区”（共4处）"
    (畜牧法 第三十九条, the lead-in's and the filing paragraph's, said apart once reading 398 had "、复制" said; five once
    ``counted_in_the_texts`` counts the paragraph said taken out whole). A note of several
    edits whose last ends on a count is left as it is: the count may be the whole note's (``merge_repeats``)."""
    notes = [f for f in findings if f.kind is FindingKind.WORDING_CHANGED and f.message.startswith(_WORDING)
             and ("；" not in f.message or not f.message.endswith("处）"))]
    if len(notes) < 2 and not any("；" in f.message for f in notes):
        return tuple(findings)
    parts_of = {id(f): [_COUNTED_PART.match(p).groups() for p in f.message[len(_WORDING):].split("；")] for f in notes}
    times: Dict[str, int] = {}
    said: Dict[str, int] = {}  # how many parts say it
    host: Dict[str, Finding] = {}
    for f in notes:
        for part, count in parts_of[id(f)]:
            times[part] = times.get(part, 0) + int(count or 1)
            said[part] = said.get(part, 0) + 1
            if part not in host or len(parts_of[id(f)]) > len(parts_of[id(host[part])]):
                host[part] = f
    again = {part for part, n in said.items() if n > 1}
    if not again:
        return tuple(findings)
    out = []
    for f in findings:
        parts = parts_of.get(id(f))
        if parts is None or not any(part in again for part, _count in parts):
            out.append(f)
            continue
        parts_en = _english_parts(f, parts)
        kept, kept_en, done = [], [], set()
        for k, (part, count) in enumerate(parts):
            said_en = parts_en[k] if parts_en is not None else ""
            if part not in again:
                kept.append(part + (f"（共{count}处）" if count else ""))
                kept_en.append(said_en)
            elif host[part] is f and part not in done:
                done.add(part)
                kept.append(f"{part}（共{times[part]}处）")
                kept_en.append(f"{_COUNTED_PART_EN.match(said_en).group(1)} ({times[part]} places)" if said_en else "")
        if len(kept) > 1 and kept[-1].endswith("处）") and parts[-1][0] in again:
            # (a count on the last edit reads as the whole note's: the edit counted goes first)
            kept, kept_en = kept[-1:] + kept[:-1], kept_en[-1:] + kept_en[:-1]
        if kept:
            out.append(_with_parts(f, kept, kept_en if parts_en is not None else None))
    return tuple(out)


#: A counted part of a wording note: "删除“X”（共N处）", "新增“X”（共N处）", "“A”改为“B”（共N处）".
_COUNTED_EDIT = recache.compile(r"^(?:(删除|新增)“([^”]+)”|“([^”]+)”改为“([^”]+)”)（共(\d+)处）$")


#: A part of a note of edits that puts words in or takes them out alone (groups: which, the words).
_PUT_OR_TAKEN = recache.compile(r"^(新增|删除)“([^”]+)”(?:（共\d+处）)?$")


def counted_in_the_texts(findings: Sequence[Finding], old_text: str, new_text: str) -> Tuple[Finding, ...]:
    """A wording note's count of places ("（共N处）") no lower than the texts say: the places where sentences taken out or
    put in whole said it too count ("删除“养殖小区”（共4处）" of 畜牧法 第三十九条, five in the old article and none in the new;
    "“会议审议”改为“会议议程”（共2处）" of 议事规则 第十一条, five: undercounts judged wrong in reading 414)."""
    if not any(f.kind is FindingKind.WORDING_CHANGED and "处）" in f.message for f in findings):
        return tuple(findings)  # (no count to weigh: the words other notes say alone are not read)
    out = []
    # (and the words another note of edits says taken out or put in alone: "研究" is not counted in "研究意见", which
    # another says taken out, 立法法 第一百条: "删除“研究”（共4处）" beside "删除“研究意见”（共2处）", the same places twice, a
    # repeat in reading 1727. A replacement quoted with more words around it is the same edit there, still counted,
    # 议事规则 第十一条's five "会议审议", reading 414)
    alone = [m.group(2) for g in findings if g.kind is FindingKind.WORDING_CHANGED and g.message.startswith(_WORDING)
             for part in g.message[len(_WORDING):].split("；") for m in [_PUT_OR_TAKEN.match(part)] if m]
    for f in findings:
        if f.kind is not FindingKind.WORDING_CHANGED or not f.message.startswith(_WORDING) or "处）" not in f.message:
            out.append(f)
            continue
        parts = f.message[len(_WORDING):].split("；")
        parts_en = _english_parts(f, parts)
        quoted = QUOTED.findall(f.message) + alone
        for k, part in enumerate(parts):
            m = _COUNTED_EDIT.match(part)
            if m is None:
                continue
            said = int(m.group(5))
            # (the texts without the longer words of the note's other edits that hold these: "撤职" is not counted in "撤职案")
            words = [w for w in (m.group(2), m.group(3), m.group(4)) if w]
            longer = [q for q in quoted if any(w in q and w != q for w in words)]
            old, new = old_text, new_text
            for q in longer:
                old, new = old.replace(q, ""), new.replace(q, "")
            if m.group(1) == "删除":
                made = old.count(m.group(2)) - new.count(m.group(2))
            elif m.group(1) == "新增":
                made = new.count(m.group(2)) - old.count(m.group(2))
            else:
                made = min(old.count(m.group(3)) - new.count(m.group(3)), new.count(m.group(4)) - old.count(m.group(4)))
            if made > said:
                parts[k] = part.replace(f"（共{said}处）", f"（共{made}处）")
                if parts_en is not None:
                    parts_en[k] = parts_en[k].replace(f"({said} places)", f"({made} places)")
        changed = _with_parts(f, parts, parts_en)
        out.append(f if changed.message == f.message else changed)
    return tuple(out)


def wording_parts(f: Finding) -> Optional[List[str]]:
    """The edits of a wording note ("表述修改：…", "；" between them); None of another note."""
    if f.kind is not FindingKind.WORDING_CHANGED or not f.message.startswith(_WORDING):
        return None
    return f.message[len(_WORDING):].split("；")


def without_parts(findings: Sequence[Finding], gone) -> Tuple[Finding, ...]:
    """The findings, each wording note without the edits ``gone(edit, how many the note has)`` says of: a note of one
    edit, or left with none, dropped; one whose English does not say its edits one by one kept whole."""
    out = []
    for f in findings:
        parts = wording_parts(f)
        if parts is None:
            out.append(f)
            continue
        kept = [k for k, part in enumerate(parts) if not gone(part, len(parts))]
        if len(kept) == len(parts):
            out.append(f)
            continue
        english = f.message_en[len(_WORDING_EN):].split("; ") if (f.message_en or "").startswith(_WORDING_EN) else []
        if len(parts) > 1 and len(english) != len(parts):
            out.append(f)
        elif kept:
            out.append(_with_parts(f, [parts[k] for k in kept], [english[k] for k in kept]))
    return tuple(out)


def inside_the_places_counted(findings: Sequence[Finding], old_text: str, new_text: str) -> Tuple[Finding, ...]:
    """Words put in (taken out) alone, every place of which lies inside the longer words put in (taken out) that another
    part counts place by place, are one of those places, not a second change: "新增“部分撤销”" beside "新增“或者部分撤销”
    （共3处）" of 行政复议法 第二十九条 → 第七十二条 ("撤销或者变更罚款" → "撤销或者部分撤销、变更罚款", the third place the count
    read in the texts, said again as if another: reading 1843)."""
    counted = [(m.group(1), m.group(2)) for f in findings for part in wording_parts(f) or ()
               for m in [_COUNTED_EDIT.match(part)] if m and m.group(1)]
    if not counted:
        return tuple(findings)

    def a_counted_place(how: str, words: str) -> bool:
        before, after = (old_text, new_text) if how == "新增" else (new_text, old_text)
        return any(h == how and w != words and words in w and after.count(words) > before.count(words)
                   and after.replace(w, "").count(words) <= before.replace(w, "").count(words) for h, w in counted)

    return without_parts(findings, lambda part, _of: bool((m := _PUT_OR_TAKEN.match(part)) and not part.endswith("处）")
                                                          and a_counted_place(*m.groups())))


#: Characters, at least, of words taken out that a sentence put in holds, word for word, as its new form.
PUT_BACK = 4


def taken_out_into_a_new_sentence(findings: Sequence[Finding]) -> Tuple[Finding, ...]:
    """Words said taken out ("表述修改：删除“也可以口头申请”") that one sentence said put in holds word for word ("新增规定：
    “书面申请有困难的，也可以口头申请”"): that sentence is their new form, one note "改写：“也可以口头申请”改为“书面申请有
    困难的，也可以口头申请”" (行政复议法 第十一条 → 第二十二条: the oral application said taken out, now only when writing is
    hard)."""
    out = list(findings)
    for f in findings:
        m = _EDIT.fullmatch(f.message[len(_WORDING):]) if f.message.startswith(_WORDING) else None
        if m is None or m.group(3) != "删除" or len(m.group(4)) < PUT_BACK:
            continue
        words = m.group(4)
        hosts = [k for k, g in enumerate(out) if g.message.startswith("新增规定：“") and g.new and words in g.new]
        if len(hosts) != 1:
            continue
        g = out[hosts[0]]
        out[hosts[0]] = rewritten_as(g, words, g.new)
        out.remove(f)
    return tuple(out)


#: Characters, at least, of an exception's case taken out that a sentence put in holds, for the sentence to be its new form.
EXCEPTION_HELD = 8
#: An exception: "除因病或者其他特殊原因请假的以外" (group 1: its case), "…另有规定的除外" (group 2).
_EXCEPTION = recache.compile(r"除([^，。；]{4,}?)(?:的)?以外|([^，。；]{4,})的除外")


def exception_into_a_new_sentence(findings: Sequence[Finding]) -> Tuple[Finding, ...]:
    """A sentence shortened ("表述修改：“…组成人员除因病或者其他特殊原因请假的以外，应当出席会议”改为“…组成人员应当出席会议”")
    whose words taken out a sentence put in holds, EXCEPTION_HELD characters in a run at least ("新增规定：“因病或者其他特殊原因
    不能出席的，应当通过常务委员会办事机构向委员长书面请假”"): the exception became that sentence, one note "改写：“old”改为“new；
    sentence”" (全国人民代表大会常务委员会议事规则 第十条 → 第十五条: the leave said dropped, wrong in reading 377)."""
    put = [g for g in findings if _put_in(g)]
    if not put:
        return tuple(findings)

    out = list(findings)
    for f in findings:
        m = _ONE_EDIT.match(f.message) if f.kind is FindingKind.WORDING_CHANGED else None
        if m is None or m.group(3) or len(m.group(1)) <= len(m.group(2)):
            continue
        old, new = m.group(1), m.group(2)
        gone = "".join(old[op.src_start:op.src_end] for op in Indel.opcodes(old, new) if op.tag == "delete")
        exception = _EXCEPTION.search(gone)  # (an exception taken out, not any words: a citation, an issuer's name)
        if exception is None:
            continue
        case = exception.group(1) or exception.group(2)
        hosts = [g for g in put if g in out and _common_run(case, g.new, EXCEPTION_HELD)]
        if len(hosts) != 1:
            continue
        g = hosts[0]
        out[out.index(g)] = rewritten_as(g, old, f"{new}；{g.new}")
        out.remove(f)
    return tuple(out)


#: Of a last phrase split off into a sentence of its own, the share of its words (two characters or more) that sentence
#: holds.
SPLIT_OFF_HELD = 0.75


def last_phrase_into_a_new_sentence(findings: List[Finding], old_text: str, new_text: str) -> List[Finding]:
    """A sentence's last phrase said taken out within an edit ("表述修改：“组织和个人给予保护，对有重大贡献的给予”改为“个人和组织给予
    保护”") whose words a sentence said put in holds ("新增规定：“对举报间谍行为或者在反间谍工作中做出重大贡献的个人和组织，按照国家
    有关规定给予表彰和奖励”"): the phrase became that sentence, "改写：“对有重大贡献的给予奖励”改为“…”", the rest of the edit
    said alone (反间谍法 第七条 → 第九条: the reward said taken out, wrong in reading 352), unless it only reorders the
    members of a list ("组织和个人给予保护" → "个人和组织给予保护": nothing, useless in reading 688)."""
    put = [g for g in findings if _put_in_whole(g)]
    if not put:
        return findings
    out = list(findings)
    for f in findings:
        m = _ONE_EDIT.match(f.message) if f.kind is FindingKind.WORDING_CHANGED else None
        if m is None or "，" not in m.group(1) or m.group(1) not in old_text:
            continue
        kept, phrase = m.group(1).rsplit("，", 1)
        at = old_text.find(m.group(1)) + len(m.group(1))
        end = min([k for k in (old_text.find(c, at) for c in "。；\n") if k >= 0] + [len(old_text)])
        clause = phrase + old_text[at:end]
        words = _content_words(clause)
        if len(words) < 3 or ratio(kept, m.group(2)) < 60:
            continue
        if sum(1 for w in _content_words(phrase) if w in m.group(2)) * 2 > len(_content_words(phrase)):
            continue  # (the phrase still said where it stood, its words there: not split off)
        hosts = [g for g in put if g in out and sum(1 for w in words if w in g.new) >= SPLIT_OFF_HELD * len(words)]
        if len(hosts) != 1:
            continue
        g = hosts[0]
        out[out.index(g)] = rewritten_as(g, clause, g.new)
        if _members_reordered(kept, m.group(2)):  # (the rest only the members swapped: "组织和个人" → "个人和组织", no
            out.remove(f)  # change, useless in reading 688)
            continue
        zh, en = _describe(kept, m.group(2))
        out[out.index(f)] = replace(f, old=kept, new=m.group(2), message=f"{_WORDING}{zh}",
                                    message_en=f"wording changed: {en}")
    return out


#: A delegation's opening, as a cut quote of it reads it ("…的具体办法由国务院退役军人工作主管部门…").
_DELEGATES_OPENING = recache.compile(r"(?:办法|标准|细则)由")


def delegation_rewritten(findings: Sequence[Finding]) -> Tuple[Finding, ...]:
    """A delegation of the detailed rules said taken out ("不再规定：“具体办法由国务院退役军人事务部门会同国务院人力资源社会保障
    部门、财政部门规定”") beside the one delegation said put in ("新增规定：“抚恤优待对象享受医疗优待和优惠的具体办法由国务院退役军人
    工作主管部门和中央军事委员会后勤保障部会同…规定”"): the rule handed on anew, "改写", the old delegation nearest the new one with
    it (军人抚恤优待条例 第三十四条 → 第四十四条: "不再规定" wrong in reading 689)."""
    from .moved import _DELEGATION  # (the stock delegation every regulation says, whole)

    put = [g for g in findings if _put_in(g) and _DELEGATES_OPENING.search(g.new)]
    taken = [f for f in findings if f.kind is FindingKind.WORDING_CHANGED and f.message.startswith("不再规定：“")
             and f.old and _DELEGATION.match(f.old)]
    if len(put) != 1 or not taken:
        return tuple(findings)
    g = put[0]
    f = max(taken, key=lambda t: ratio(t.old, g.new))
    out = [x for x in findings if x is not g]
    out[out.index(f)] = rewritten_as(f, f.old, g.new)
    return tuple(out)


def _put_in(f: Finding) -> bool:
    """A note of a sentence said put in ("新增规定：“…”"), its quote whole or cut."""
    return f.kind is FindingKind.WORDING_CHANGED and f.message.startswith("新增规定：“") and bool(f.new)


def _put_in_whole(f: Finding) -> bool:
    """A note of a sentence said put in, quoted whole ("新增规定：“…”", no "…" in its quote)."""
    return _put_in(f) and "…" not in f.new


#: Similarity (0–100), at least, of an old sentence with its edit made to the new sentence beside the one put in.
BESIDE_ITS_NEW_FORM = 70
#: Characters, at least, of a run the old sentence and the sentence put in share.
BESIDE_SHARED_RUN = 4


#: Characters, at least, of the opening an old sentence edited in pieces and a sentence put in share, for the one to be
#: the other rewritten; and the longest old sentence quoted whole in that note.
SAME_OPENING, REWRITTEN_QUOTE = 6, 64


def rewritten_in_pieces(findings: List[Finding], old_text: str, new_text: str) -> List[Finding]:
    """An old sentence edited in several pieces, all inside it ("表述修改：“发展必须遵守”改为“发展必须”；删除“工作的方针，其活动
    不得对文物造成损害”"), and a sentence said put in whole that opens as it does (SAME_OPENING characters) and holds every
    word the pieces put in ("新增规定：“基本建设、旅游发展必须把文物保护放在第一位，严格落实…”"): the sentence rewritten, one note
    "改写：“基本建设、旅游发展必须遵守文物保护工作的方针，其活动不得对文物造成损害”改为“…”" (文物保护法 第九条 → 第十一条: the
    pieces garbled, read as the duty weakened, wrong in reading 362). Or, opening otherwise, the sentence put in holds
    HELD_IN_THE_NEW of the old one's characters in order ("政府主管部门、行业组织应当举办或者联合举办职业学校…" → "行业主管部门、
    工会和中华职业教育社等群团组织、行业组织可以根据需要，参与制定…，举办或者联合举办职业学校…", 职业教育法 第十九条 → 第二十三条:
    "新增规定" beside "删除“政府”；删除“行业组织应当”", wrong in reading 936)."""
    hosts = [g for g in findings if _put_in(g) and new_text.count(g.new.split("…")[0]) == 1]
    if not hosts:
        return findings
    out = list(findings)
    olds, news = sentences(old_text), sentences(new_text)
    for f in findings:
        if f.kind is not FindingKind.WORDING_CHANGED or not f.message.startswith(_WORDING) or f not in out:
            continue
        pieces = list(_EDIT.finditer(f.message[len(_WORDING):]))
        if len(pieces) < 2:
            continue  # (one edit: rewritten_into_the_sentence_beside's)
        taken = [m.group(1) if m.group(1) is not None else m.group(4) for m in pieces
                 if m.group(1) is not None or m.group(3) == "删除"]
        put = [m.group(2) if m.group(1) is not None else m.group(4) for m in pieces
               if m.group(1) is not None or m.group(3) == "新增"]
        if not taken or any(not t or old_text.count(t) != 1 for t in taken):
            continue
        ats = [old_text.find(t) for t in taken]
        o = next((s for s in olds if all(s.start <= a and a + len(t) <= s.end for a, t in zip(ats, taken))), None)
        if o is None:
            continue
        for g in hosts:
            head = g.new.split("…")[0]
            n = next((s for s in news if s.text.startswith(head)), None)
            if n is None or not all(p in n.text for p in put if p) or common_prefix(o.text, n.text) < SAME_OPENING and (
                    held_in_order(o.text, n.text)[0] < HELD_IN_THE_NEW * len(o.text)):
                continue
            near = similarity(o.key, n.key)
            if any(m is not n and all(p in m.text for p in put if p) and similarity(o.key, m.key) > near for m in news):
                # (another new sentence, nearer the old one, holds what the pieces put in: the old sentence was edited there,
                # and the one put in is another; 环境污染解释 2016 第一条 (一) is 2023 第一条 (一) edited, 第二条 (一) the graver
                # case put in beside it)
                continue
            # (cut after a clause, not inside a word: "…职业培训机……" read as a fragment)
            cut = max(o.text.rfind("，", 0, REWRITTEN_QUOTE), o.text.rfind("；", 0, REWRITTEN_QUOTE))
            said = o.text if len(o.text) <= REWRITTEN_QUOTE else o.text[:cut if cut > 0 else REWRITTEN_QUOTE] + "……"
            out[out.index(g)] = rewritten_as(g, said, g.new)
            out.remove(f)
            hosts.remove(g)
            # (and the other edits made only inside the two: "删除“本行业的”" of the same sentence)
            out = [h for h in out if not _edits_inside(h, o, n, old_text)]
            break
    return out


#: Share, at least, of an old sentence's characters held in order in a sentence said put in whole, for the old sentence
#: edited in pieces to be said rewritten into it when the two open otherwise (rewritten_in_pieces).
HELD_IN_THE_NEW = 0.8


def _edits_inside(f: Finding, o, n, old_text: str) -> bool:
    """``f`` is a wording note whose every edit takes words out of sentence ``o`` only (each said once in the old text) and
    puts in only words sentence ``n`` says."""
    if f.kind is not FindingKind.WORDING_CHANGED or not f.message.startswith(_WORDING):
        return False
    pieces = list(_EDIT.finditer(f.message[len(_WORDING):]))
    if not pieces:
        return False
    for m in pieces:
        taken, put = _edit_sides(m)
        at = old_text.find(taken) if taken else -1
        if taken and (old_text.count(taken) != 1 or not o.start <= at <= o.end - len(taken)) or put and put not in n.text:
            return False
    return True


#: A hedge's note ("新增弹性表述“原则上”：要求留有例外", "弹性表述“原则上”被删除：…"; group 1 or 2: the word).
_HEDGE = recache.compile(r"^新增弹性表述“([^”]+)”|^弹性表述“([^”]+)”被删除")


def hedge_of_a_rule_said_whole(findings: Sequence[Finding], old_text: str, new_text: str) -> Tuple[Finding, ...]:
    """A hedge said put in (taken out) every use of which stands in a sentence said put in (taken out) whole: the new rule
    is hedged, no old rule softened. "新增弹性表述“原则上”：要求留有例外（共2处）" beside "新增规定：“…原则上安置到机关相应岗位”"
    and the rule for 事业单位 staff (军人抚恤优待条例 第四十一条 → 第四十六条: misleading, and ranked seventh, in reading 403)."""
    hedges = [(f, m.group(1) or m.group(2)) for f in findings if f.kind in _HEDGE_KINDS for m in [_HEDGE.match(f.message)] if m]
    if not hedges:
        return tuple(findings)
    dropped = set()
    for f, word in hedges:
        added = f.kind is FindingKind.QUALIFIER_ADDED
        text, opening = (new_text, "新增规定：“") if added else (old_text, "不再规定：“")
        said = [g.message[len(opening):].rstrip("”") for g in findings if g.message.startswith(opening)]
        uses = [s.text for s in sentences(text) if word in s.text]
        if uses and all(any(_quotes(q, u) for q in said) for u in uses):
            dropped.add(id(f))
    return tuple(f for f in findings if id(f) not in dropped)


_HEDGE_KINDS = (FindingKind.QUALIFIER_ADDED, FindingKind.QUALIFIER_REMOVED)


def _quotes(quote: str, sentence: str) -> bool:
    """A note's quote ("…", cut with "……") is of the sentence: each of its pieces stands in it, in order."""
    at = 0
    for piece in (p for p in quote.split("……") if p):
        at = sentence.find(piece, at)
        if at < 0:
            return False
        at += len(piece)
    return at > 0


def rewritten_into_the_sentence_beside(findings: List[Finding], old_text: str, new_text: str) -> List[Finding]:
    """An old sentence edited in part ("表述修改：删除“公司发行记名股票的，应当置备”"), with a sentence said put in whole
    directly before or after its new form that holds words the edit took out and shares a run of the old sentence
    ("新增规定：“股份有限公司应当制作股东名册并置备于公司”"): the old sentence was rewritten into the two, one note
    "改写：“公司发行记名股票的，应当置备股东名册，记载下列事项”改为“股份有限公司应当制作股东名册并置备于公司。股东名册应当记载下列
    事项”" (公司法 第一百三十条 → 第一百零二条: "新增规定" false, the register was kept before; 第一百八十九条 → 第二百三十八条:
    "“公司或者债权人”改为“债权人”" read as no liability to the company, which the sentence put in keeps under another
    standard: both wrong in the ninety-third reading). Only an edit that takes words out (and puts none of its own in):
    "“社会体育活动”改为“全民健身活动”" beside "新增规定：“社会体育指导员管理办法由…规定”" is a rewording beside a new rule."""
    hosts = [k for k, g in enumerate(findings) if _put_in_whole(g) and new_text.count(g.new) == 1]
    if not hosts:
        return findings
    out: List[Optional[Finding]] = list(findings)
    olds, news = sentences(old_text), sentences(new_text)
    for k, f in enumerate(findings):
        m = _edit_of(f)
        if m is None:
            continue
        taken, put = _edit_sides(m)
        if not taken or put not in taken or old_text.count(taken) != 1 or (put and new_text.count(put) != 1):
            continue  # (words only taken out: an edit that puts in words of its own is a rewording, said as one)
        at = old_text.find(taken)
        o = next((s for s in olds if s.start <= at and at + len(taken) <= s.end), None)
        lost = [w for w in _content_words(taken) if w not in put]
        if o is None or not lost:
            continue
        made = o.text.replace(taken, put, 1)
        for h in hosts:
            g = out[h]
            if g is None or g.message.startswith("改写：") or (not put and len(taken) >= PUT_BACK and taken in g.new):
                continue  # (words taken out that the sentence put in holds whole: taken_out_into_a_new_sentence's)
            start = new_text.find(g.new)
            place = next((j for j, s in enumerate(news) if s.start == start), None)
            if place is None or sum(1 for w in lost if w in g.new) * 2 < len(lost) \
                    or _longest_run(o.text, g.new) < BESIDE_SHARED_RUN:
                continue
            beside = [news[j] for j in (place - 1, place + 1) if 0 <= j < len(news)
                      and (not put or put in news[j].text) and text_ratio(made, news[j].text) >= BESIDE_ITS_NEW_FORM]
            if len(beside) != 1 or beside[0].key == text_key(made) and _longest_run(taken, g.new) < CARRIED_RUN:
                # (the old sentence is the one beside with the edit made, nothing else of it changed, and the sentence put in
                # holds no run of the words taken out: they were taken out, not carried into it; "担保" of "中小企业以应收账款
                # 担保融资的…" is no "担保品" of the new financing rule before it, 保障中小企业款项支付条例 第十四条 → 第十六条; "放射性
                # 废水" of "…剧毒废液和高、中水平放射性废水" went into the ban after it, 海洋环境保护法 第三十三条)
                continue
            first, last = min(start, beside[0].start), max(start + len(g.new), beside[0].end)
            quoted_old, quoted_new = o.text.rstrip("：:"), new_text[first:last].rstrip("：:").replace("\n", "")
            out[h] = rewritten_as(g, quoted_old, quoted_new)
            out[k] = None
            break
    return [f for f in out if f is not None]


#: Characters, at least, of a run of the words an edit took out that a sentence put in beside holds, for them to have gone
#: into it when the rest of the old sentence is the sentence beside word for word.
CARRIED_RUN = 4
#: Characters, at least, of an old sentence (its item label off) that a sentence said put in holds word for word.
HELD_WHOLE = 8


def put_in_holding_an_old_sentence(findings: List[Finding], old_text: str, new_text: str) -> List[Finding]:
    """A sentence said put in ("新增规定：“公司设立时发行股份的，还应当载明发起人认购的股份数”") that holds word for word an old
    sentence of the provision (HELD_WHOLE characters or more, an item's label off: "（一）发起人认购的股份数") that the new
    text says nowhere else: that old sentence, made part of the new one, one note "改写：“（一）发起人认购的股份数”改为“公司设立
    时发行股份的，还应当载明发起人认购的股份数”" (公司法 第八十六条 → 第一百五十四条: the founders' shares said new, wrong in
    the English reading 100)."""
    hosts = [k for k, f in enumerate(findings) if _put_in(f)]
    if not hosts:
        return findings
    out = list(findings)
    drop: List[Finding] = []  # (wording notes said by a rewrite made below)
    olds = [(s.text, ITEM_LABEL.sub("", s.text, count=1)) for s in sentences(old_text)]

    def left() -> List[Finding]:  # (a wording note said by a rewrite is not said by another)
        return [g for g in out if not any(g is d for d in drop)]

    for k in hosts:  # (out keeps its places: a note said by a rewrite is dropped at the end)
        f = out[k]
        if not _put_in_whole(f):  # (a quote cut short: only its opening is read)
            said = _opening_rewritten(f, left(), olds, new_text)
            if said:
                out[k], gone = said
                drop.append(gone)
            continue
        held = [(whole, bare) for whole, bare in olds if len(bare) >= HELD_WHOLE and bare in f.new and bare != f.new
                and new_text.count(bare) == f.new.count(bare)]
        if len(held) == 1:
            out[k] = rewritten_as(f, held[0][0], f.new)
            continue
        # An old sentence whose opening (or end) the new one holds, the rest of it a wording note's one deletion:
        # "中央军事委员会根据本法制定中国人民解放军保密条例" → "中国人民解放军和中国人民武装警察部队开展保密工作的具体规定，由中央军事
        # 委员会根据本法制定" was "新增规定" beside "删除“中国人民解放军保密条例”" (保守国家秘密法 第五十二条 → 第六十三条, wrong
        # in reading 299)
        for g in left():
            rest = g.message[len(_ONE_DELETION):-1] if g.message.startswith(_ONE_DELETION) and g.message.endswith("”") else ""
            whole = next((whole for whole, bare in olds if rest and "”" not in rest for kept in [_kept_of(bare, rest)]
                          if len(kept) >= HELD_WHOLE and kept in f.new and new_text.count(kept) == 1), None)
            if whole:
                out[k] = rewritten_as(f, whole, f.new)
                drop.append(g)
                break
        else:
            said = _opening_rewritten(out[k], left(), olds, new_text)
            if said:
                out[k], gone = said
                drop.append(gone)
    return [f for f in out if not any(f is g for g in drop)] if drop else out


#: Of an old sentence's opening (what stands before the words a wording note took out of it) and the opening of a
#: sentence said put in, at least this alike (fuzz.ratio) for the one to be the other rewritten.
OPENING_ALIKE = 80
#: The opening, at least this long (characters).
OPENING_AT_LEAST = 12


def _opening_rewritten(f: Finding, findings: List[Finding], olds, new_text: str):
    """(the rewrite, the wording note it says) when the sentence ``f`` says put in opens, near word for word, as an old
    sentence the new text no longer says opens, the rest of that old sentence a wording note's one edit ("“服务体系，加强职业
    教育教材的编辑、出版和发行工作”改为“服务”"): that old sentence rewritten (职业教育法 第三十八条 → 第六十一条: "新增规定：“县级
    以上人民政府及其有关部门应当建立健全职业教育服务和保障体系…”" beside that edit, wrong in reading 319: the old article said
    "县级以上各级人民政府和有关部门应当建立、健全职业教育服务体系"); else None."""
    from rapidfuzz.fuzz import ratio

    for g in findings:
        m = _edit_of(g)
        taken = m and (m.group(1) if m.group(1) is not None else m.group(4) if m.group(3) == "删除" else "")
        if not taken or "”" in taken:
            continue
        for whole, bare in olds:
            opening = bare[:-len(taken)].rstrip("，、；：") if bare.endswith(taken) else ""
            if len(opening) < OPENING_AT_LEAST or bare in new_text:
                continue
            if ratio(opening, f.new[:len(opening)]) >= OPENING_ALIKE:
                return rewritten_as(f, whole, f.new), g
    return None


#: A wording note of one deletion.
_ONE_DELETION = f"{_WORDING}删除“"


def _kept_of(sentence: str, rest: str) -> str:
    """What is left of a sentence that opens or ends with ``rest``, the punctuation between them off; else ""."""
    if sentence.endswith(rest):
        return sentence[:-len(rest)].rstrip("，、；：")
    if sentence.startswith(rest):
        return sentence[len(rest):].lstrip("，、；：")
    return ""


def items_joined(findings: List[Finding]) -> List[Finding]:
    """An item said taken out ("不再规定：“（四）选举监事会成员”") that a wording note's old words hold, the
    note's new words holding a word of it ("“董事会成员”改为“董事、监事”", old "（三）选举董事会成员；（四）选举监事会成员"):
    the two items were joined into one, said as one note quoting both (公司法 第九十条 → 第一百零三条: the twenty-third
    reading)."""
    gone = [f for f in findings if f.kind is FindingKind.WORDING_CHANGED and f.message.startswith("不再规定：")
            and f.old and not f.old.endswith("…")]
    if not gone:
        return findings
    replaced: Dict[int, Optional[Finding]] = {}
    for g in gone:
        for f in findings:
            if f is g or id(f) in replaced or f.kind is not FindingKind.WORDING_CHANGED \
                    or not f.message.startswith("表述修改：") or not f.old or not f.new or "…" in f.old + f.new:
                continue
            labels_old, labels_new = ITEM_LABEL.findall(f.old), ITEM_LABEL.findall(f.new)
            if not (ITEM_LABEL.match(g.old) and len(labels_old) == 2 and labels_new == labels_old[:1]
                    and f.old.startswith(labels_old[0]) and f.old.endswith(g.old)):
                continue  # (two items in the old words, the second the one taken out; one, the first, in the new)
            words = [w for w in _content_words(g.old) if w not in f.old.replace(g.old, "")]
            if any(w[:2] in f.new for w in words):
                old, new = ("".join(x.split()) for x in (f.old, f.new))  # (the line break between items)
                replaced[id(f)] = replace(f, message=f"表述修改：“{old}”改为“{new}”",
                                          message_en=f"wording changed: “{old}” → “{new}”")
                replaced[id(g)] = None
                break
    return [replaced.get(id(f), f) for f in findings if replaced.get(id(f), f) is not None]


_EDIT = recache.compile(r"“([^”]*)”改为“([^”]*)”|(新增|删除)“([^”]*)”")
#: The clause a duty's note quotes whole at its end, old (group 1) and new (group 2), neither cut ("…").
_MODALITY_QUOTED = recache.compile(r"（“([^”…]+)”改为“([^”…]+)”）$")


def rewritten_as(f: Finding, old: str, new: str) -> Finding:
    """``f`` said as the rewrite of ``old`` into ``new``: "改写：“old”改为“new”"."""
    return replace(f, old=old, new=new, message=f"改写：“{old}”改为“{new}”", message_en=f"rewritten: “{old}” → “{new}”")


def _edit_sides(m) -> Tuple[str, str]:
    """(words taken out, words put in) of one _EDIT match: "“A”改为“B”" (A, B), "删除“X”" (X, ""), "新增“X”" ("", X)."""
    if m.group(1) is not None:
        return m.group(1), m.group(2)
    return (m.group(4), "") if m.group(3) == "删除" else ("", m.group(4))


def _edit_of(f: Finding):
    """_EDIT's match of a wording note ("表述修改：") of one edit: groups 1, 2 of "“A”改为“B”", 3, 4 of "新增“X”"/"删除“X”";
    None for any other note."""
    if f.kind is not FindingKind.WORDING_CHANGED or not f.message.startswith(_WORDING):
        return None
    return _EDIT.fullmatch(f.message[len(_WORDING):])


def _new_form(quoted: str, news) -> "str | None":
    """The sentence of the new text (``news``, its sentences) that a rewrite's new quote, cut or not, opens."""
    head = quoted.split("…")[0].split("；")[0]
    return next((t.text for t in news if head and t.text.startswith(head)), None)


#: A period's note that quotes its sentence's new form: "期限由七个工作日改为同步（“…”）", or the words the period is read
#: with, "期限由三个月改为六十日（自发出公告之日起，经过六十日）" (group 1: those words).
_PERIOD_QUOTED = recache.compile(r"^期限由[^（]+改为[^（]+（“?([^“”]+)”?）$")


def inside_a_longer_edit(findings: List[Finding], old_text: str, new_text: str) -> List[Finding]:
    """Of two wording notes of one edit each, both taking words out (or both putting words in), the one whose words stand
    inside the other's, and nowhere else in the text, is said by it: "表述修改：删除“决定不予受理，并书面告知申请人”" beside
    "表述修改：删除“对不符合本法规定的行政复议申请，决定不予受理，并书面告知申请人”" (行政复议法 第十七条 → 第三十条). Words
    that stand elsewhere too are another edit ("删除“市场主体”" of "拖欠市场主体账款" beside "删除“市场主体的”")."""
    edits = {}
    for k, f in enumerate(findings):
        m = _edit_of(f)
        if m and m.group(3):
            edits[k] = (m.group(3), m.group(4))
    if len(edits) < 2:
        return findings

    def only_there(words: str, longer: str, how: str) -> bool:
        text = old_text if how == "删除" else new_text
        return text.count(words) == text.count(longer) * longer.count(words)

    inside = {k for k, (how, words) in edits.items() for how_j, words_j in edits.values()
              if how == how_j and words in words_j and words != words_j and only_there(words, words_j, how)}
    return [f for k, f in enumerate(findings) if k not in inside]


#: Share of a clause taken out (characters) that a sentence rewritten beside it holds in order in its new form, for the
#: clause to be part of what was rewritten.
JOINED_INTO_THE_REWRITE = 0.6
#: Characters, at least, of one run of the clause that its new form holds word for word ("的行政复议申请").
JOINED_RUN = 6


def taken_into_the_rewrite_beside(findings: List[Finding], old_text: str, new_text: str) -> List[Finding]:
    """Words said taken out ("表述修改：删除“对不符合本法规定的行政复议申请，决定不予受理，并书面告知申请人”") that stand right
    before or after, one "；" or "，" apart, an old sentence rewritten ("改写：“对符合本法规定，但是不属于本机关受理的…”改为
    “对不符合前款规定的行政复议申请，行政复议机关应当在审查期限内决定不予受理并说明理由；…”"), and whose characters that
    sentence's new form holds in order (JOINED_INTO_THE_REWRITE of them): the two were rewritten into one, said as one
    "改写" (行政复议法 第十七条 → 第三十条: the refusal was said deleted, and the new sentence rewritten from the other alone)."""
    taken = {}
    for k, f in enumerate(findings):
        m = _edit_of(f)
        if m and m.group(3) == "删除" and old_text.count(m.group(4)) == 1:
            taken[k] = m.group(4)
    if not taken:
        return findings
    out: List[Optional[Finding]] = list(findings)
    news = None
    for j, r in enumerate(findings):
        if not (r.kind is FindingKind.WORDING_CHANGED and r.message.startswith("改写：") and r.old and r.new
                and "…" not in r.old and old_text.count(r.old) == 1):
            continue
        at = old_text.find(r.old)
        for k, words in taken.items():
            if out[k] is None:
                continue
            start = old_text.find(words)
            if start + len(words) + 1 == at and old_text[at - 1] in "；，":
                joined = old_text[start:at + len(r.old)]
            elif at + len(r.old) + 1 == start and old_text[start - 1] in "；，":
                joined = old_text[at:start + len(words)]
            else:
                continue
            news = news if news is not None else sentences(new_text)
            whole = _new_form(r.new, news) or r.new
            if held_in_order(words, whole)[0] < JOINED_INTO_THE_REWRITE * len(words) \
                    or _longest_run(words, whole) < JOINED_RUN:
                continue
            out[j] = rewritten_as(r, joined, r.new)
            out[k] = None
            break
    return [f for f in out if f is not None]


#: A sentence that declares a system by its name ("本市推行企业法律文书送达地址先行确认及责任承诺制"): group 1 the name.
_DECLARES = recache.compile(r"^(?:本市|本省|国家|[^，。；]{0,16}人民政府)?(?:推行|实行|建立健全|建立|实施)([^，。；]{4,40}?)(?:制度|机制|制)$")
#: Characters, at least, of a declared system's name that the new text of its provision still says in one run.
DECLARED_RUN = 6


def declared_with_its_rewrite(findings: List[Finding], old_text: str, new_text: str) -> List[Finding]:
    """A sentence declaring a system (_DECLARES) said taken out ("不再规定：“本市推行企业法律文书送达地址先行确认及责任承诺
    制”") right before the sentence that says how it works, rewritten ("改写：“企业在本市办理…”改为“…市场监管部门应当告知其填报
    法律文书送达地址”"), its name's words (DECLARED_RUN characters in one run) still in the provision: the system was
    rewritten, not given up (上海市优化营商环境条例 第六十八条 → 第八十四条, wrong in reading 140). Said as one rewrite of
    both sentences."""
    declared = [(k, f) for k, f in enumerate(findings) if f.kind is FindingKind.WORDING_CHANGED and f.old
                and f.message.startswith("不再规定：") and _DECLARES.match(f.old)]
    if not declared:
        return findings
    out: List[Optional[Finding]] = list(findings)
    for k, f in declared:
        name = _DECLARES.match(f.old).group(1)
        if _longest_run(name, new_text) < DECLARED_RUN or old_text.count(f.old) != 1:
            continue
        after = old_text.find(f.old) + len(f.old) + 1  # (after its "。")
        for j, r in enumerate(out):
            if r is not None and r.kind is FindingKind.WORDING_CHANGED and r.message.startswith("改写：") and r.old \
                    and r.new and "”" not in r.old and old_text.startswith(r.old.split("…")[0], after):
                zh_o, en_o = f"“{f.old}”“{r.old}”", f"“{f.old}”, “{r.old}”"
                out[j] = replace(r, old=f"{f.old}；{r.old}", message=f"改写：{zh_o}改为“{r.new}”",
                                 message_en=f"rewritten: {en_o} → “{r.new}”")
                out[k] = None
                break
    return [f for f in out if f is not None]


#: Characters, at least, each side of words said taken out that a sentence rewritten into holds around other words.
AROUND_THE_REPLACEMENT = 4


def replacement_a_rewrite_quotes(findings: List[Finding], old_text: str, new_text: str) -> List[Finding]:
    """A wording note of one replacement ("表述修改：“人民政府审核”改为“人民政府”") whose old words, said once in the old text,
    stand in the old quote of a rewrite and its new words in that rewrite's new quote ("改写：“…报本级人民政府审核”改为“…报本级
    人民政府”"): said by the rewrite; alone, it read as the review taken out, which the next sentence keeps ("本级人民政府审核后
    逐级上报…", 烈士褒扬条例 2019 第九条 → 2024 第九条, wrong in reading 902)."""
    rewrites = [(r.old.replace("……", ""), r.new.replace("……", "")) for r in findings
                if r.kind is FindingKind.WORDING_CHANGED and r.message.startswith("改写：") and r.old and r.new]
    if not rewrites:
        return findings
    out = []
    for f in findings:
        m = _edit_of(f)
        if m and m.group(1) and old_text.count(m.group(1)) == 1 \
                and any(m.group(1) in old and m.group(2) in new for old, new in rewrites):
            continue
        out.append(f)
    return out if len(out) < len(findings) else findings


def replaced_inside_a_quoted_replacement(findings: List[Finding]) -> List[Finding]:
    """A wording note of one replacement, uncounted, whose words and the words around them (its old and new fields) stand in
    the quotes of one replacement of another wording note of several, the new words not in its old quote: said by it
    ("表述修改：“提请”改为“是否列入”" beside "表述修改：“……由委员长会议决定提请常务委员会会议审议…”改为“……由委员长会议决定是否列入
    常务委员会会议议程…”；…", 议事规则 第十一条 → 第十八条 第三款: said again in fragments, and read as 第二款's change, where 提请
    became 列入, reading 1883). Read once the counts of edits made in several places are made (a note dropped here takes
    none of its places from them)."""
    pieces = [(f, m.group(1), m.group(2)) for f in findings
              if f.kind is FindingKind.WORDING_CHANGED and f.message.startswith(_WORDING) and f.message.count("改为") > 1
              for m in _EDIT.finditer(f.message) if m.group(3) is None]
    if not pieces:
        return findings
    out = []
    for f in findings:
        m = _edit_of(f)
        if m and m.group(3) is None and f.old and f.new:
            around = f.old.rstrip("…"), f.new.rstrip("…")
            if any(g is not f and m.group(1) in a and m.group(2) in b and m.group(2) not in a
                   and around[0] in a and around[1] in b for g, a, b in pieces):
                continue
        out.append(f)
    return out


def put_in_inside_a_quoted_replacement(findings: Sequence[Finding], old_text: str,
                                       new_text: str) -> Tuple[Finding, ...]:
    """Words said put in (taken out) alone, uncounted, by a wording note of several edits, every place of which in the
    texts stands in the new (old) quote of a replacement another wording note says: said by it ("新增“弘扬”" beside
    "“各级人民政府应当把宣传烈士事迹作为…”改为“各级人民政府应当把宣传、弘扬烈士事迹和精神作为…”", 烈士褒扬条例 第五条 →
    第五十三条, a fragment said again in reading 2004)."""
    pieces = [(f, m.group(1), m.group(2)) for f in findings
              if f.kind is FindingKind.WORDING_CHANGED and f.message.startswith((_WORDING, "改写："))
              for m in _EDIT.finditer(f.message) if m.group(3) is None]
    if not pieces:
        return tuple(findings)

    def shown(f: Finding, part: str) -> bool:
        m = _PUT_OR_TAKEN.fullmatch(part)
        if m is None or part.endswith("处）"):
            return False
        word = m.group(2)
        made = new_text.count(word) - old_text.count(word)
        if m.group(1) == "删除":
            made = -made
        for g, a, b in pieces:
            if g is f:
                continue
            into, out_of = (b, a) if m.group(1) == "新增" else (a, b)
            if 0 < made <= into.count(word) - out_of.count(word):
                return True
        return False

    notes = [f for f in findings if len(wording_parts(f) or ()) > 1]
    return without_parts(findings, lambda part, of: of > 1 and any(shown(f, part) for f in notes
                                                                    if part in wording_parts(f)))


def replaced_inside_the_rewrite(findings: List[Finding], old_text: str, new_text: str) -> List[Finding]:
    """Words said taken out ("表述修改：删除“人民银行、证券监管、保险监管”") of an old sentence whose words just before and after
    them (AROUND_THE_REPLACEMENT characters each) stand in the new form of a sentence rewritten beside it ("改写：“前款所列监督
    检查部门…应当出具检查结论”改为“财政、审计、税务、金融管理等部门应当依照…实施监督检查，并出具检查结论”") around other words:
    the words were replaced by those ("“人民银行、证券监管、保险监管”改为“金融管理”", 会计法 第三十三条 → 第三十一条: the
    new words stand in a sentence the rewrite quotes, so the diff's edit was said a deletion, wrong in reading 119)."""
    rewritten = [r.new for r in findings if r.kind is FindingKind.WORDING_CHANGED and r.message.startswith("改写：")
                 and r.new]
    if not rewritten:
        return findings
    out = list(findings)
    olds = news = None
    for k, f in enumerate(findings):
        m = _edit_of(f)
        if not (m and m.group(3) == "删除" and old_text.count(m.group(4)) == 1):
            continue
        words = m.group(4)
        olds, news = olds or sentences(old_text), news or sentences(new_text)
        at = old_text.find(words)
        s = next((s for s in olds if s.start <= at and at + len(words) <= s.end + 1), None)
        if s is None:
            continue
        before, after = old_text[s.start:at][-AROUND_THE_REPLACEMENT:], old_text[at + len(words):s.end + 1][
            :AROUND_THE_REPLACEMENT]
        if len(before) < AROUND_THE_REPLACEMENT or len(after) < AROUND_THE_REPLACEMENT:
            continue
        for quoted in rewritten:
            whole = _new_form(quoted, news)
            if whole is None or whole.count(before) != 1:
                continue
            start = whole.find(before) + len(before)
            end = whole.find(after, start)
            put = whole[start:end] if end > start else ""
            if put and put != words and not any(c in put for c in "，。；：") and put not in old_text:
                out[k] = replace(f, new=whole, message=f"表述修改：“{words}”改为“{put}”",
                                 message_en=f"wording changed: “{words}” → “{put}”")
                break
    return out


#: Characters, at least, that the items of a new list open with alike and that the old provision says as one rule; and,
#: at most, of the kind each item names after them (its label and the words up to its first "，").
SPLIT_OPENING, SPLIT_KIND = 8, 16
_COUNTS = "零一两三四五六七八九十"  # ("分为两项", not "二项")


def split_into_items(findings: List[Finding], old_text: str, new_text: str) -> List[Finding]:
    """An old rule the new version says item by item, each item opening with the rule's words and naming one kind
    (道路运输条例 第六十三条: "未取得道路运输经营许可，擅自从事道路运输经营的" → "（一）未取得道路运输经营许可，擅自从事道路普通货物
    运输经营…", "（二）…擅自从事道路客运经营…", "（三）…擅自从事道路危险货物运输经营…", each with fines of its own): one note,
    "分项规定：“…”分为三项：（一）擅自从事道路普通货物运输经营；…", instead of the items said put in and rewritten one by one
    ("新增规定：“（一）…”" and "表述修改：新增“（二）…”" read the lowered fines as new rules: wrong in readings 114 and 115). The
    fines each item now carries are the penalty notes'."""
    lines = [line for line in new_text.split("\n") if ITEM_LABEL.match(line)]
    if len(lines) < 2 or len(lines) > 9 or any(ITEM_LABEL.match(line) for line in old_text.split("\n")):
        return findings
    from ..textratio import common_prefix

    bodies = [ITEM_LABEL.sub("", line, count=1) for line in lines]
    opening = min(common_prefix(bodies[0], b) for b in bodies[1:])
    shared = bodies[0][:opening]
    at = old_text.find(shared) if opening >= SPLIT_OPENING else -1
    if at < 0:
        return findings
    ends = [e for e in (old_text.find(c, at + opening) for c in "，；。") if e >= 0]
    rule = old_text[at:min(ends)] if ends else old_text[at:]
    if not rule.endswith("的") or rule in new_text:
        return findings  # (a case, "…的", that the new version no longer says as one: else the items are rules of their own)
    clause = shared[shared.rfind("，") + 1:]  # (the last clause of the shared opening: "擅自从事道路")
    kinds = []
    for label, body in zip(lines, bodies):
        end = [e for e in (body.find(c, opening) for c in "，；。") if e >= 0]
        kinds.append(ITEM_LABEL.match(label).group() + clause + body[opening:min(end) if end else len(body)])
    if any(len(k) > 40 for k in kinds) or any(len(k) - len(clause) > SPLIT_KIND for k in kinds):
        return findings
    count = _COUNTS[len(kinds)]
    zh = f"分项规定：“{rule}”分为{count}项：{'；'.join(kinds)}"
    en = f"split into items: “{rule}” is now {len(kinds)} items: {'; '.join(kinds)}"
    note = Finding(FindingKind.WORDING_CHANGED, rule, "\n".join(lines), zh, en)

    renamed = [(f.old, f.new) for f in findings if f.kind is FindingKind.TERM_RENAMED and f.old and f.new]

    def inside_the_items(f: Finding) -> bool:
        if f.kind is not FindingKind.WORDING_CHANGED or not f.message.startswith(("新增规定：", "改写：", "表述修改：")):
            return False
        quoted = [q.rstrip("…") for q in QUOTED.findall(f.message)]
        new_side = quoted[-1] if quoted else ""
        return bool(new_side) and (ITEM_LABEL.match(new_side) is not None or any(new_side in line for line in lines)
                                   or len(quoted) == 2 and _lead_in_for(quoted[0], new_side, rule, renamed))

    out = [f for f in findings if not inside_the_items(f)]
    if len(out) == len(findings):
        return findings
    first = next(k for k, f in enumerate(findings) if inside_the_items(f))
    out.insert(sum(1 for f in findings[:first] if not inside_the_items(f)), note)
    return out


#: The lead-in a list of items puts where one rule stood, and the fine each item now sets, said in the lead-in.
_ITEMS_LEAD_IN, _FINED_BY_ITEM = "有下列情形之一的", "，并处罚款"


def _lead_in_for(old: str, new: str, rule: str, renamed) -> bool:
    """The old sentence that held the rule became the list's lead-in and nothing more, the document's renames and the fine
    each item sets aside: "改写：“违反本条例的规定，未取得道路运输经营许可，擅自从事道路运输经营的，由…责令停止经营”改为“违反本条例的
    规定，有下列情形之一的，由…责令停止经营，并处罚款”" beside the split's note only repeats it and the rename (道路运输条例
    第六十三条, useless in reading 1265)."""
    if rule not in old or _ITEMS_LEAD_IN not in new:
        return False
    old = old.replace(rule, _ITEMS_LEAD_IN, 1)
    for a, b in renamed:
        old = old.replace(a, b)
    return old == new.replace(_FINED_BY_ITEM, "", 1)


def within_another_quote(findings: List[Finding]) -> List[Finding]:
    """A wording note whose every edit shows in the quotes of another wording note of the provision (its
    sentences in the other's quotes, its old words in the old quote, its new ones in the new quote and
    not the old) is said by that
    one: "表述修改：“建立市”改为“建立健全市”" beside "表述修改：“本市建立市人民政府和市高级人民法院共同牵头…”改为
    "“本市建立健全市人民政府…”" (上海市优化营商环境条例 第七十条 → 第八十六条, the twenty-second reading)."""
    wholes = []
    said = {}  # a sentence said put in or taken out whole → how ("新增"/"删除")
    for f in findings:
        if f.kind is FindingKind.WORDING_CHANGED and f.message.startswith(("表述修改：", "改写：")):
            quotes = QUOTED.findall(f.message)
            if len(quotes) == 2 and f.message.count("改为") == 1:
                wholes.append((f, *quotes))
        elif f.kind is FindingKind.MODALITY_CHANGED and (m := _MODALITY_QUOTED.search(f.message)):
            # (a duty's clause quoted whole by its note: "表述修改：“同级财政应当”改为“政府可以根据需要”" beside "“应当”改为
            # “可以”：义务减弱（“同级财政应当予以补贴”改为“政府可以根据需要予以补贴”）", 科学技术普及法 第二十四条 → 第四十六条, a second,
            # poorer copy in reading 1882)
            wholes.append((f, m.group(1), m.group(2)))
        elif f.message.startswith(("新增规定：“", "不再规定：“")) and f.message.endswith("”"):
            said[f.message[6:-1]] = "新增" if f.message.startswith("新增") else "删除"
        elif (f.kind is FindingKind.QUANTITY_CHANGED and f.message.startswith(("新增期限：", "删除期限："))
              and f.message.endswith("）") and "（" in f.message):
            # (a period's words quoted whole: "新增期限：二年（被宣告缓刑的，自缓刑考验期满之日起未逾二年）" says
            # "表述修改：新增“被宣告缓刑的，自缓刑考验期满之日起未逾二年”", 公司法 第一百七十八条, useless in the
            # forty-seventh reading)
            said[f.message[f.message.index("（") + 1:-1]] = f.message[:2]
    # (a wording note rewriting the very sentence a period's note quotes as its new form: "表述修改：“新证明事项实施…之日起七个
    # 工作日内，有关部门应当完成清单更新”改为“有关部门应当在…之日，同步更新清单”" beside "期限由七个工作日改为同步（“有关部门应当
    # 在…之日，同步更新清单”）", 上海市优化营商环境条例 第二十八条 → 第二十九条, useless in the fifty-eighth reading; "表述修改：
    # “自公告之日起满三个月”改为“自发出公告之日起，经过六十日”" beside "期限由三个月改为六十日（自发出公告之日起，经过六十日）",
    # 民事诉讼法 第二百七十四条 → 第二百八十三条, useless in the seventy-first)
    periods = {m.group(1) for f in findings if f.kind is FindingKind.QUANTITY_CHANGED
               for m in [_PERIOD_QUOTED.match(f.message)] if m}
    if periods:
        findings = [f for f in findings if not (
            f.kind is FindingKind.WORDING_CHANGED and f.message.startswith("表述修改：") and f.message.count("改为") == 1
            and len(quotes := QUOTED.findall(f.message)) == 2 and quotes[1] in periods)]
    if said:  # (a wording note putting in the very words a sentence said put in: 会计法 第十条's "（二）负债的增减",
        # the twenty-fourth reading)
        findings = [f for f in findings if not (f.kind is FindingKind.WORDING_CHANGED and (m := _EDIT.fullmatch(
            f.message[len("表述修改："):])) and f.message.startswith("表述修改：") and m.group(3)
            and said.get(m.group(4)) == m.group(3))]
    if not wholes:
        return findings

    def shown(edit, a: str, b: str) -> bool:
        old, new, verb, word = edit.groups()
        if verb is None:
            return old in a and new in b and new not in a
        # (a word "put in" that both quotes hold as often stood elsewhere in the sentence: "新增“不设董事会”" of "可以设
        # 一名执行董事，不设董事会" → "可以不设董事会，设一名董事", 公司法 第五十条 → 第七十五条, wrong in the thirtieth reading)
        if verb == "新增":
            return word in b and (word not in a or b.count(word) <= a.count(word))
        return word in a and (word not in b or a.count(word) <= b.count(word))

    def around(f: Finding, edits) -> Tuple[Optional[str], Optional[str]]:
        """The words around the note's edits (its old and new fields), which the quotes must hold: the same
        place. Of words only put in, the new words' place (行政复议法 第三十条 → 第二十三条: "新增“有下列情形之一的，
        申请人应当先向行政复议机关”", the twenty-fifth reading); of words only taken out, the old. (Read once a note,
        not once a note and quote: a 200,000-character article's 218 notes made 72,000 such readings.)"""
        verbs = {e.group(3) for e in edits}
        old = None if verbs == {"新增"} or f.old is None else f.old.rstrip("…")
        new = None if verbs == {"删除"} or f.new is None else f.new.rstrip("…")
        return old, new

    out = []
    for f in findings:
        if f.kind is FindingKind.WORDING_CHANGED and f.message.startswith("表述修改："):
            edits = list(_EDIT.finditer(f.message))
            if edits:
                old, new = around(f, edits)
                if any(g is not f and (old is None or old in a) and (new is None or new in b)
                       and all(shown(e, a, b) for e in edits) for g, a, b in wholes):
                    continue
        out.append(f)
    return out


def _renames_of(extra_notes: Sequence[Note]) -> List[Tuple[str, str]]:
    """(old term, new term) of the document-wide renames among the notes made outside the pair."""
    return [(n.finding.old, n.finding.new) for n in extra_notes
            if n.finding.kind is FindingKind.TERM_RENAMED and n.finding.old and n.finding.new]


_REWRITE = recache.compile(r"^改写：“([^”…]+)”改为“([^”…]+)”$")
#: Characters, at least, of each word a sentence only names anew (who acts, on what).
NAMED_AT_LEAST = 2


def named_only(findings: Sequence[Finding], extra_notes: Sequence[Note], old_text: str) -> Tuple[Finding, ...]:
    """Without a "改写" whose new sentence is the old one (read with the document's renames, its item label off) with words
    put in that the old provision already writes: an item made a sentence of its own, who acts and on what now named
    ("（一）具体行政行为认定事实清楚…的，决定维持" → "行政行为认定事实清楚…的，行政复议机关决定维持该行政行为", 行政复议法 第二十八条 →
    第六十八条: useless in the eighty-second reading, the rule the same)."""
    rewrites = [(f, m) for f in findings for m in [_REWRITE.match(f.message)] if m]
    if not rewrites:
        return tuple(findings)
    from rapidfuzz.distance import Indel

    renames = _renames_of(extra_notes)
    known = old_text
    for a, b in renames:
        known = known.replace(a, b)
    dropped = set()
    for f, m in rewrites:
        old, new = (ITEM_LABEL.sub("", x, count=1) if ITEM_LABEL.match(x) else x for x in (m.group(1), m.group(2)))
        for a, b in renames:
            old = old.replace(a, b)
        ops = [op for op in Indel.opcodes(old, new) if op.tag != "equal"]
        if ops and all(op.tag == "insert" and op.dest_end - op.dest_start >= NAMED_AT_LEAST
                       and new[op.dest_start:op.dest_end] in known for op in ops):
            dropped.add(id(f))
    return tuple(f for f in findings if id(f) not in dropped)


_PUT_OR_TAKEN_ALONE = recache.compile(r"^表述修改：(删除|新增)“([^“”]+)”$")


def left_of_a_rename(findings: Sequence[Finding], extra_notes: Sequence[Note], old_text: str,
                     new_text: str) -> Tuple[Finding, ...]:
    """Without a wording note of words taken out (put in) that stand, at every place of the old (new) text, inside a
    document-wide rename's old (new) term: what the diff left of the rename ("表述修改：删除“的拍卖”" of "经营文物拍卖的拍卖
    企业" → "文物拍卖企业", 文物保护法 2017 第七十六条 → 2024 第九十四条, a fragment useless in reading 891)."""
    renames = _renames_of(extra_notes)
    if not renames:
        return tuple(findings)

    def places(words: str, text: str) -> List[int]:
        found, at = [], text.find(words)
        while at >= 0:
            found.append(at)
            at = text.find(words, at + 1)
        return found

    def inside(words: str, text: str, terms, part: bool = False) -> bool:
        spans = [(at, at + len(term)) for term in terms if words in term and not (part and words == term)
                 for at in places(term, text)]
        mine = places(words, text)
        return bool(mine) and all(any(a <= at and at + len(words) <= b for a, b in spans) for at in mine)

    def left(edit: str, part: bool = False) -> bool:
        m = _PUT_OR_TAKEN_ALONE.match("表述修改：" + edit)
        return bool(m) and (inside(m.group(2), old_text, [a for a, _ in renames], part) if m.group(1) == "删除"
                            else inside(m.group(2), new_text, [b for _, b in renames], part))

    # (and such an edit beside others of the note, a part of the term: "表述修改：新增“文物收藏单位”；删除“的拍卖”", the
    # same pair's item (三) → (二), is its first edit alone; not the whole term taken out, "删除“海事行政主管部门”" of
    # "报经海事行政主管部门批准" → "报经批准", 海洋环境保护法 第七十条 → 第八十九条, the approving body no longer named)
    return without_parts(findings, lambda edit, of: left(edit, part=of > 1))


def unless_renamed(rewrites: Sequence[Note], extra_notes: Sequence[Note]) -> List[Note]:
    """A sentence rewritten only by a document-wide rename (at most two characters besides it: a level
    put in, "县级以上[地方]人民政府…") is said by the rename's note: "改写：“情节严重的，由县级以上道路运输管理机构责令
    停业整顿”改为“…县级以上地方人民政府交通运输主管部门…”" repeats it (道路运输条例 第六十五条)."""
    renames = _renames_of(extra_notes)
    if not renames:
        return list(rewrites)
    return [r for r in rewrites if not (r.finding.message.startswith("改写：") and len(r.evidence) == 2
                                        and only_renamed(*r.evidence, renames))]


def rewritten_under_renames(rewrites: Sequence[Note], extra_notes: Sequence[Note], lexicon: Lexicon,
                             new_text: str, added: Sequence) -> Tuple[List[Note], List]:
    """A sentence said taken out that a sentence of the new text is like (REWRITTEN) once the old one is
    read with the document's renames is that sentence rewritten: "不再规定：“属于国家工作人员的，还应当由其所在
    单位或者有关单位依法给予降级、撤职、开除的行政处分”" where the provision now says "属于公职人员的，还应当依法给予处分"
    (会计法 第四十五条 → 第四十二条, with 国家工作人员 → 公职人员: the twenty-third reading). The new sentence is no
    longer said put in, nor quoted by a wording note (it joins ``added``, the sentences said whole)."""
    renames = _renames_of(extra_notes)
    gone = [r for r in rewrites if r.finding.message.startswith("不再规定：") and len(r.evidence) == 1
            and any(a in r.evidence[0] for a, _ in renames)]
    if not gone:
        return list(rewrites), list(added)
    taken = {r.evidence[1] for r in rewrites if len(r.evidence) == 2}  # (new sides of rewrites made)
    free = [s for s in sentences(new_text) if s.text not in taken]
    made: Dict[int, Note] = {}
    added = list(added)
    found: Dict[str, Sentence] = {}  # an old sentence said twice (two provisions merged) → its new form
    for r in gone:
        text = r.evidence[0]
        for a, b in renames:
            text = text.replace(a, b)
        key = text_key(text)
        best = found.get(key) or max(free, key=lambda c: similarity(key, c.key), default=None)
        if best is None or similarity(key, best.key) < REWRITTEN:
            best = _duty_kept_under_renames(text, free)
            if best is None:
                continue
        if best in free:
            free.remove(best)
        found[key] = best
        made[id(r)] = _rewritten(Sentence(r.evidence[0], 0, 0, text_key(r.evidence[0])), best, lexicon)
        added.append(best)
        for c in rewrites:  # (the new sentence said put in)
            if c.finding.message.startswith("新增规定：") and c.evidence == (best.text,):
                made[id(c)] = None
    out = [made[id(r)] if id(r) in made else r for r in rewrites if made.get(id(r), r) is not None]
    return out, added


#: Characters, at least, of what a new sentence does after its condition for an old one doing that and more to be it.
KEPT_DUTY_AT_LEAST = 8


def _duty_kept_under_renames(text: str, free: Sequence) -> Optional[object]:
    """The one new sentence whose consequence (after "…的，") the old sentence's, read with the renames, opens with, other
    conditions before it: "海洋、海事、渔业行政主管部门和军队环境保护部门发现…的，应当通报环境保护行政主管部门依照前款规定予以处罚" is
    "自然资源、渔业等部门和海事管理机构、海警机构、军队生态环境保护部门发现前三款违法行为之一的，应当通报生态环境主管部门" (海洋环境
    保护法 第七十七条 → 第九十九条: "不再规定" beside "新增规定", wrong in the sixty-second reading)."""
    from .rewrites import _CONSEQUENCE

    m = _CONSEQUENCE.match(text)
    if m is None:
        return None
    found = [c for c in free for n in [_CONSEQUENCE.match(c.text)]
             if n and len(n.group(2)) >= KEPT_DUTY_AT_LEAST and m.group(2).startswith(n.group(2))]
    return found[0] if len(found) == 1 else None


def unless_a_condition_says_it(rewrites: List[Note], notes: List[Note]) -> List[Note]:
    """A sentence taken out or put in that is mostly one condition is said by the condition's note."""
    conditions = [e for n in notes if n.finding.kind in _CONDITION_KINDS for e in n.evidence if len(e) > 4]
    # (a sentence rewritten keeps its note: the conditions inside it are said by it, conditions_said_whole)
    return [r for r in rewrites if (r.finding.old and r.finding.new) or not any(
        c in r.evidence[0] and len(c) >= 0.6 * len(r.evidence[0]) for c in conditions)]


#: Notes whose words a sentence's rewrite may be made of: figures, fines and sanctions, duties, qualifiers.
_SAYING_KINDS = _FIGURE_KINDS | {FindingKind.MODALITY_CHANGED, FindingKind.QUALIFIER_REMOVED, FindingKind.QUALIFIER_ADDED,
                                  FindingKind.REFERENCE_CHANGED}
#: Characters a sentence may gain or lose besides what the notes say ("给予" before a sanction put in).
REWRITE_LEFT = 2
#: Words this long or longer a rewritten sentence gained from (or left to) the sentence beside it.
JOINED = 6
_MARKS = recache.compile(r"[\s，、；。：:;,.（）()“”《》]")
#: Who imposes a sanction ("由原许可机关"), said with the sanction's note when the rest of its sentence stands.
_AUTHORITY = recache.compile(r"由[^，。；由]{1,20}?(?:机关|部门|机构|人民政府)$")
#: The words that impose a fine or sanction a penalty note names: said with it; and the condition a confiscation of
#: illegal gains carries in itself ("新增规定：“有违法所得的，没收违法所得，并处一万元以上十万元以下的罚款”" beside "新增处罚：
#: 没收违法所得" and "新增罚款：处1万–10万元", 体育法 第四十九条 → 第一百一十二条, said twice: useless in reading 150).
_IMPOSING = ["有违法所得的", "给予", "处以", "并处", "罚款"]
#: A fine in a provision's words ("对个人处二万元以上十万元以下的罚款"): on whom (group 1), the amounts (group 2).
_FINE = recache.compile(r"(对[^，；。对]{1,16}?)?(?:可以)?(?:并)?处(?:以)?([^，；。处]{1,40}?)的?罚款")
#: The case a fine's note names ("…，情节严重的2万–10万元改为…").
_FINE_CASE = recache.compile(r"情节(?:特别)?严重的")


def _fines_said(quoted: str, fines: List[Note]) -> bool:
    """The sentence put in or taken out is only fines the fines' notes say, each on whom they say and in the case they name:
    "不再规定：“情节严重的，对个人处二万元以上十万元以下的罚款，对单位处二十万元以上一百万元以下的罚款”" beside "对个人罚款由
    2万元以下，情节严重的2万–10万元改为50万元以下" and "对单位罚款由…" (反垄断法 第五十二条 → 第六十二条, useless in reading 339)."""
    found = list(_FINE.finditer(quoted))
    if not found:
        return False
    messages = [n.finding.message for n in fines]
    evidence = {e for n in fines for e in n.evidence}
    for m in found:
        whom, sum_ = (m.group(1) or "").strip(), m.group(2).strip()
        # (a multiple of what it is counted on, the two said apart: "货值金额" and "五倍以上十倍以下")
        base = next((b for b in _FINE_BASES if sum_.startswith(b) and b in evidence), "")
        if sum_[len(base):] not in evidence or (whom and not any(msg.count(whom) for msg in messages)):
            return False
    rest = _MARKS.sub("", _FINE.sub("", quoted))
    for case in _FINE_CASE.findall(rest):
        if not any(case in msg for msg in messages):
            return False
        rest = rest.replace(case, "")
    for case in _GAINS_CASE.finditer(rest):
        if not _gains_case_said(case.group(1), messages):
            return False
    rest = _GAINS_CASE.sub("", rest)
    if _VALUE_CASE.search(rest) and any("货值金额" in msg for msg in messages):
        rest = _VALUE_CASE.sub("", rest)
    return not rest


#: What a fine's multiple is counted on, said apart from the multiple in a fine's note's evidence.
_FINE_BASES = ("货值金额", "违法所得")
#: A fine's case by the value of the goods ("违法生产经营的农产品货值金额不足一万元的", "货值金额一万元以上的"): said by a note
#: that fines by that value ("新增罚款：处货值金额5–10倍"; 农产品质量安全法 第四十九条 → 第七十二条, its fine sentence said again
#: as "新增规定" was useless in reading 664).
_VALUE_CASE = recache.compile(r"(?:违法生产经营的[^，；。的]{0,12})?货值金额(?:不足)?[〇零一二两三四五六七八九十百千万亿\d.]+万?元(?:以上)?的")


#: A fine's case by the illegal gains ("违法所得10万元以上的", "没有违法所得或者违法所得不足10万元的"): the sum (group 1).
_GAINS_CASE = recache.compile(r"(?:没有违法所得或者)?违法所得(?:不足)?([〇零一二两三四五六七八九十百千万亿\d.]+万?元)(?:以上)?的")


def _gains_case_said(amount: str, messages: Sequence[str]) -> bool:
    """A fine's note says the case by illegal gains that sum marks ("新增罚款：违法所得10万元以上的，处违法所得1–3倍" marks
    "没有违法所得或者违法所得不足10万元的" too, its other side: 商用密码管理条例 第二十二条 → 第五十三条, the sentence of that fine
    said again as "新增规定" was useless in reading 534)."""
    from ..numerals import show_amount, value

    figure = value(amount[:-1])  # ("10万元" → 100000.0; the notes write it "10万元")
    if figure is None:
        return False
    written = {amount, f"{show_amount(figure)}元"}
    return any(f"违法所得{w}以上的" in msg for msg in messages for w in written)


def unless_finders_say_it(rewrites: List[Note], notes: List[Note], old_text: str, new_text: str) -> List[Note]:
    """A sentence rewritten only by what the finders' notes say (its figures, fines and sanctions with
    the words that impose them, duties, qualifiers) is said by those notes: "改写：“…可以对单位并处三千元以上五万元
    以下的罚款”改为“…给予警告、通报批评，对单位可以并处二十万元以下的罚款……”" beside "对单位罚款由3000元–5万元改为…",
    "新增处罚：警告", "新增处罚：通报批评" says them twice (会计法 第四十二条 → 第四十条). Besides the notes' words
    the two forms may differ by REWRITE_LEFT characters, in any order, and by words (JOINED or more
    characters) the other version holds elsewhere: a clause of the sentence beside it joined to it."""
    from collections import Counter

    from rapidfuzz.distance import Indel

    said = sorted({e for n in notes if n.finding.kind in _SAYING_KINDS for e in n.evidence if e and len(e) >= 2},
                  key=len, reverse=True)
    if not said:
        return rewrites
    fines = [n for n in notes if n.finding.kind is FindingKind.PENALTY_CHANGED]
    if fines:
        said += _IMPOSING  # (after the notes' words: "处以" inside a fine's words goes with them)

    fined = [e for n in fines for e in n.evidence if e]

    # (a fine the notes say, with on whom when they name it: "对单位可以处五百万元以上一千万元以下的罚款" of 文物保护法 第八十三条,
    # its rewrite "“情节严重的，由原发证机关吊销资质证书：”改为“情节严重的，对单位可以处…的罚款，由原发证机关吊销资质证书：”" beside
    # "对单位罚款由…提高到…，情节严重的500万–1000万元" said it twice, useless in the English reading 1025)
    def whole_fine(m) -> str:
        who = (m.group(1) or "")[1:]
        return "" if any(e in m.group(2) for e in fined) and any(who in n.finding.message for n in fines) else m.group(0)

    def without_said(text: str) -> str:
        for e in said:
            text = text.replace(e, "")
        return _MARKS.sub("", text)

    def rest(text: str) -> str:  # (the notes' words taken out, or whole fines they say first, whichever leaves less)
        left = without_said(text)
        return min(left, without_said(_FINE.sub(whole_fine, text)), key=len) if fined else left

    wholes: List[str] = []
    out = []
    for r in rewrites:
        if r.finding.message.startswith("改写：") and len(r.evidence) == 2:
            a, b = rest(r.evidence[0]), rest(r.evidence[1])
            if a and b and (a, b) != (_MARKS.sub("", r.evidence[0]), _MARKS.sub("", r.evidence[1])):
                wholes = wholes or [rest(old_text), rest(new_text)]
                left: Counter = Counter()
                for op in Indel.opcodes(a, b):
                    for piece, other, sign in ((a[op.src_start:op.src_end], wholes[1], 1),
                                               (b[op.dest_start:op.dest_end], wholes[0], -1)):
                        if op.tag != "equal" and not (len(piece) >= JOINED and piece in other):
                            left.update({ch: sign for ch in piece})
                if sum(abs(k) for k in left.values()) <= REWRITE_LEFT:
                    continue
        elif r.finding.message.startswith(("新增规定：", "不再规定：")) and len(r.evidence) == 1:
            # a sentence put in or taken out that is one fine the notes say, on whom it falls included
            # ("新增规定：“对直接负责的主管人员和其他直接责任人员处以三万元以上三十万元以下的罚款”" beside "新增罚款：
            # 对直接负责的主管人员和其他直接责任人员处3万–30万元": 公司法 第一百九十八条 → 第二百五十条)
            left = rest(r.evidence[0])
            if len(left) <= REWRITE_LEFT < len(_MARKS.sub("", r.evidence[0])) or _fines_said(r.evidence[0], fines):
                continue
            if not fines:
                out.append(r)
                continue
            put_in = r.finding.message.startswith("新增规定：")
            # A paragraph of its own whose conduct a fine's note says taken out of another paragraph: "新增规定：“外国
            # 国际道路运输经营者未按照规定标明国籍识别标志的，由…责令停止运输……”" beside "外国国际道路运输经营者未按照规定标明
            # 国籍识别标志的：罚款由3万–6万元降为200–2000元（单列一款）" (道路运输条例 2022 → 2023 第七十四条, wrong in the
            # thirty-third reading).
            if put_in and any(n.finding.message.endswith("（单列一款）") and any(
                    len(e) >= 8 and e.endswith("的") and r.evidence[0].startswith(e) for e in n.evidence) for n in fines):
                continue
            # What is left is the other version's words as they stood, or as they stand once the notes' words are taken
            # out of it too, but for who imposed the sanction: "新增规定：“拒不改正的，责令停业整顿”" beside "处罚由“吊销其经营
            # 许可”改为“责令停业整顿”", "拒不改正的" in the old text too (道路运输条例 2019 → 2022 第七十四条, useless in the
            # thirtieth reading), and "不再规定：“拒不改正的，由原许可机关吊销其经营许可”" beside it (wrong in the thirty-second);
            # "道路货物运输站（场）经营者有前款违法情形的，由…责令改正，处3000元以上3万元以下的罚款" beside "…：罚款由1万–3万元
            # 降为3000元–3万元（单列一款）" (道路运输条例 2022 → 2023 第七十条).
            other = old_text if put_in else new_text
            left = _AUTHORITY.sub("", left)
            if left and (left in _MARKS.sub("", other) or left in rest(other)) \
                    and len(left) < len(_MARKS.sub("", r.evidence[0])):
                continue
        out.append(r)
    return out


#: Characters, at least, of the act a condition ends on (its closing 的 off) that a rewrite's other form still says for the
#: rewrite to keep its kind.
ACT_KEPT = 5


def conditions_said_whole(notes: List[Note], rewrites: List[Note]) -> Tuple[List[Note], List[Note]]:
    """A condition inside a sentence said whole as put in or taken out ("新增规定：“（五）有其他统计造假、
    弄虚作假行为的”", 统计法) is said by that note, which takes the condition's kind (a reviewer reads the
    whole sentence, ranked as the condition): no "新增条件：“弄虚作假行为的”" fragment beside it. (A
    sentence that is mostly the condition is said by the condition: unless_a_condition_says_it.)"""
    sentences = [(r, FindingKind.CONDITION_ADDED if r.finding.old is None else FindingKind.CONDITION_REMOVED)
                 for r in rewrites if r.evidence and (r.finding.old is None) != (r.finding.new is None)]
    # A sentence rewritten says the conditions taken out of its old form and put into its new one
    # (上海 第四十八条's simplified deregistration: its conditions rewritten, not one deleted).
    rewritten = [r for r in rewrites if r.finding.old and r.finding.new and len(r.evidence) == 2]
    if not sentences and not rewritten:
        return notes, rewrites
    said: Dict[int, FindingKind] = {}  # id of a rewrite note → the kind of the condition it says
    shown: Dict[int, List[Note]] = {}  # id of a rewrite note → the conditions it says that its quotes do not show
    out = []
    for n in notes:
        words = n.evidence[0] if n.evidence else ""
        holder = None
        if len(words) > 4 and n.finding.kind in _CONDITION_KINDS:
            holder = next((r for r, kind in sentences if kind is n.finding.kind and words in r.evidence[0]), None)
            side = 0 if n.finding.kind is FindingKind.CONDITION_REMOVED else 1
            two_sided = holder is None
            holder = holder or next((r for r in rewritten if words in r.evidence[side]), None)
            # (a rewrite whose other form still states the condition's frame keeps its kind: "（三）不符合本细则第一百二十一条
            # 第一款规定的" → "（三）申请文件的格式不符合规定的" is no condition taken out, 专利法实施细则 第三十九条: tagged
            # 条件删除, wrong in the forty-sixth reading)
            # (nor one whose new form drops only the 的 that closed an item of conduct, as new lists do: "（三）未按照规定对
            # 职工进行反洗钱培训的" → "（七）未按照规定开展反洗钱培训", 反洗钱法 第三十一条 → 第五十二条, a condition removed and a
            # headline, useless in readings 835, 853 and 862)
            act = words.rstrip("的；;。")
            if holder is not None and two_sided and (
                    words[:3] in holder.evidence[1 - side] and words[-3:] in holder.evidence[1 - side]
                    or len(act) >= ACT_KEPT and act[-ACT_KEPT:] in holder.evidence[1 - side]):
                continue
        if holder is None and n.finding.kind is FindingKind.CONDITION_REMOVED and len(n.evidence) == 2 \
                and n.finding.message.startswith("程序“"):
            # (steps left to the procedure the new text refers to, "程序“审议”被删除，改为“按程序报审”", said by the
            # rewrite that quotes both: a second change beside it, wrong in reading 1684; the rewrite takes its kind)
            step, left_to = n.evidence
            holder = next((r for r in rewritten if step in r.evidence[0] and left_to in r.evidence[1]), None)
        if holder is None:
            out.append(n)
        else:
            said[id(holder)] = n.finding.kind
            if words not in holder.finding.message \
                    and not any(words in s.finding.message for s in shown.get(id(holder), ())):
                shown.setdefault(id(holder), []).append(n)
    if not said and len(out) == len(notes):
        return notes, rewrites
    return out, [replace(r, finding=_showing(replace(r.finding, kind=said[id(r)]), shown.get(id(r), ())))
                 if id(r) in said else r for r in rewrites]


def _showing(finding: Finding, conditions: Sequence[Note]) -> Finding:
    """A rewrite that says a condition its quotes cut off ("……") names it after them: "改写：“（二）在…建设工程，其工程设计方案
    未经文物行政部门同意、报城乡建设规划部门批准……”改为“…”" was 文物保护法 第六十六条's eighth headline as the condition 对文物保护
    单位的历史风貌造成破坏的 taken out, which its quote hid (useless in reading 459)."""
    if not conditions:
        return finding
    return replace(finding, message=finding.message + "".join(f"；{n.finding.message}" for n in conditions),
                   message_en=(finding.message_en or "") + "".join(f"; {n.finding.message_en}" for n in conditions)
                   if finding.message_en else finding.message_en)


def conditions_said_by_wording(notes: List[Note]) -> List[Note]:
    """A condition inside the words a wording note says put in (taken out), the note's one edit, is said by that note,
    which takes the condition's kind: "新增条件：“对检验或者验收期限另有规定的”" beside "表述修改：新增“法律、行政法规或者国家
    有关规定对检验或者验收期限另有规定的，从其规定”" was a fragment, and the fourth headline (保障中小企业款项支付条例 第九条 →
    第十条, useless in the fifty-third reading)."""
    holders = {}
    for k, n in enumerate(notes):
        message = n.finding.message
        m = _EDIT.fullmatch(message[len(_WORDING):]) if n.finding.kind is FindingKind.WORDING_CHANGED \
            and message.startswith(_WORDING) else None
        if m and m.group(3) and m.group(4):  # (one edit that puts words in or takes them out)
            holders[k] = (FindingKind.CONDITION_ADDED if m.group(3) == "新增" else FindingKind.CONDITION_REMOVED, m.group(4))
    if not holders:
        return notes
    said: Dict[int, FindingKind] = {}
    gone = set()
    for k, n in enumerate(notes):
        words = n.evidence[0] if n.evidence and n.finding.kind in _CONDITION_KINDS \
            and "条件" in n.finding.message.split("“", 1)[0] else ""  # (a condition's note, not a procedure step's)
        at = next((h for h, (kind, quoted) in holders.items()
                   if words and kind is n.finding.kind and words in quoted and len(quoted) > len(words)), None)
        if at is not None:
            said[at] = n.finding.kind
            gone.add(k)
    if not said:
        return notes
    return [replace(n, finding=replace(n.finding, kind=said[k])) if k in said else n
            for k, n in enumerate(notes) if k not in gone]


#: A figure's note of one side: "删除年龄：60周岁", "新增期限：30日（…）".
_ONE_SIDED_FIGURE = recache.compile(r"^(删除|新增)(?:年龄|期限|数量|金额|比例)：([^（]+)")


def put_in_and_reworded_into(findings: List[Finding]) -> List[Finding]:
    """A sentence said put in ("新增规定：“X”") that a wording note also gives as what an old sentence became ("表述修改：“Y”
    改为“X”"): one note, the old sentence rewritten (烈士褒扬条例 第二十四条 → 第三十一条 said the new sentence twice)."""
    put = {f.message[len("新增规定：“"):-1]: f for f in findings if f.kind is FindingKind.WORDING_CHANGED
           and f.message.startswith("新增规定：“") and f.message.endswith("”")}
    if not put:
        return findings
    out: List[Finding] = []
    rewritten: List[Tuple[str, str]] = []  # (the new sentence, its old form)
    for f in findings:
        m = _edit_of(f)
        if m and m.group(2) in put and m.group(1):
            f = rewritten_as(f, m.group(1), m.group(2))
            rewritten.append((m.group(2), m.group(1)))
        out.append(f)
    if not rewritten:
        return out
    said = [put[new] for new, _ in rewritten]
    # (and a figure taken out or put in with it, shown in its quotes: "删除年龄：60周岁" beside the rewrite of "男年满60周岁、
    # 女年满55周岁的…", a headline of its own without context in reading 324)
    quotes = {"删除": [old for _, old in rewritten], "新增": [new for new, _ in rewritten]}
    return [f for f in out if not any(f is g for g in said) and not (
        (m := _ONE_SIDED_FIGURE.match(f.message)) and f.kind in _FIGURE_KINDS and any(m.group(2) in q for q in quotes[m.group(1)]))]


def conditions_of_new_fines(notes: List[Note]) -> List[Note]:
    """A condition put in that is the case a new fine's note names is said by that note: "新增条件：“对达成垄断协议负有
    个人责任的”" beside "新增罚款：…经营者的法定代表人、主要负责人和直接责任人员对达成垄断协议负有个人责任的，处100万元以下"
    (反垄断法 第四十六条 → 第五十六条)."""
    cases = [n.finding.message for n in notes if n.finding.kind is FindingKind.PENALTY_CHANGED
             and n.finding.message.startswith("新增") and "的，" in n.finding.message]
    if not cases:
        return notes
    return [n for n in notes if not (n.finding.kind is FindingKind.CONDITION_ADDED and n.evidence
                                     and "条件" in n.finding.message.split("“", 1)[0]
                                     and any(n.evidence[0] + "，" in c for c in cases))]


_DATE_NOTE = recache.compile(r"(?:删除|新增)日期：(.+)$")


def dates_of_sentences_said(notes: List[Note], rewrites: List[Note]) -> List[Note]:
    """A date of a sentence taken out or put in whole ("不再规定：“1990年12月24日国务院发布…同时废止”")
    is said with it: no "删除日期：1990年12月24日" beside it."""
    said = [e for r in rewrites for e in r.evidence if e]
    if not said and not any(n.finding.message.startswith("改为依照") for n in notes):
        return notes
    # (the quotes a reader sees of sentences said put in or taken out whole, of a rewrite's two forms, and a
    # penalty now given by reference: "改为依照《中华人民共和国资产评估法》…的规定处罚", 公司法 第二百五十七条)
    whole = {side: [r.finding.message for r in rewrites if r.finding.message.startswith(start)]
             for side, start in (("新增", "新增规定："), ("删除", "不再规定："))}
    for r in rewrites:
        joiner = next((j for j in ("”改为“", "”合并为“") if j in r.finding.message), None)
        if r.finding.message.startswith("改写：") and joiner:
            before, after = r.finding.message.split(joiner, 1)
            whole["删除"].append(before)
            whole["新增"].append(after)
    whole["新增"] += [n.finding.message for n in notes if n.finding.kind is FindingKind.PENALTY_CHANGED
                     and n.finding.message.startswith("改为依照")]
    out = []
    for n in notes:
        m = _DATE_NOTE.match(n.finding.message) if n.finding.kind is FindingKind.REFERENCE_CHANGED else None
        if m and any(m.group(1) in e for e in said):
            continue
        if _said_by_its_sentence(n, whole):
            continue
        # (a period one may extend by, "情况复杂的，可以延长2个月", is said by its sentence: "新增期限：2个月"
        # beside "新增规定：“情况复杂的，可以延长2个月”" says less, twice; 专利法实施细则 第九条)
        if n.finding.kind is FindingKind.QUANTITY_CHANGED and n.finding.message.startswith(("新增期限：", "删除期限：")) \
                and n.evidence and any(f"延长{n.evidence[0]}" in e for e in said):
            continue
        out.append(n)
    return out


#: Notes of a figure or a cited law that came or went with its sentence, and the words they quote.
#: (and a document number: "新增文号：法释〔2013〕12号" beside "新增规定：“本解释公布实施后，《…》（法释〔2013〕12号）同时废止”",
#: 危害食品安全刑事案件解释 第二十二条 → 第二十六条, useless in reading 451)
_WITH_ITS_SENTENCE = recache.compile(r"(新增|删除)(期限|时限|引用文件|文号|数量|比例|年龄)：(\S+?)(?:（|$)")


#: A licence's or certificate's title no longer cited (findings/document.py reads what became of it).
_LICENCE_GONE = recache.compile(r"^删除引用文件：《[^《》]+(?:许可证|证书|执照|证明书)》$")


def _said_by_its_sentence(n: Note, whole: Dict[str, List[str]]) -> bool:
    """A period taken out, or a cited law put in or taken out, with a sentence said whole, and shown in its quote:
    "删除期限：五日（于会议召开五日前…）" beside "不再规定：“…应当于会议召开五日前至股东大会闭会时将股票交存于公司”"
    says it twice (公司法 第一百零二条 → 第一百一十五条; 第九十七条 → 第一百一十条's "新增引用文件：《中华人民共和国证券法》"
    beside "新增规定：“…应当遵守《中华人民共和国证券法》等…”", the twenty-second reading)."""
    if n.finding.kind not in (FindingKind.QUANTITY_CHANGED, FindingKind.REFERENCE_CHANGED, FindingKind.RATE_ADDED,
                              FindingKind.RATE_REMOVED):
        return False
    m = _WITH_ITS_SENTENCE.match(n.finding.message)
    if m is None or not n.evidence or _LICENCE_GONE.match(n.finding.message):
        # (a licence's title gone is read over the whole document, as a sanction gone or a licence named otherwise: findings/
        # document.py; quoted by a rewrite of its sentence, "不再规定处罚：吊销《商用密码产品销售许可证》" went with it,
        # 商用密码管理条例 第二十二条 → 第五十三条)
        return False
    if n.finding.kind is FindingKind.QUANTITY_CHANGED and m.group(1) == "新增" and m.group(2) not in ("数量", "年龄"):
        return False  # (a period put in is ranked as one: "新增期限：五年（…自公司成立之日起五年内缴足）", 公司法 第四十七条)
    # (a number or a share put in with its sentence, "新增数量：人数三百人以上" beside "…合并为“职工人数三百人以上的有限责任公司
    # …”", "新增比例：股份百分之三以上" beside "新增规定：“连续一百八十日以上单独或者合计持有公司百分之三以上股份的股东…”", is
    # said by it: the notes drop what the figure is of, useless in the thirty-second to thirty-fourth readings, 公司法
    # 第六十八条, 第一百一十条)
    words = m.group(3) if n.finding.kind is FindingKind.REFERENCE_CHANGED else n.evidence[0]
    return any(words in quote for quote in whole[m.group(1)])


def unless_a_period_quotes_it(rewrites: List[Note], notes: List[Note]) -> List[Note]:
    """A sentence put in or taken out whole that a period's note quotes whole ("新增期限：三年（三年内不得再次申请
    倾倒许可证）") is said by it: "新增规定：“三年内不得再次申请倾倒许可证”" beside it said it twice (海洋环境保护法 第一百零七条,
    the twenty-third reading)."""
    # (its words after the case its sentence opens on too: "（以提供虚假申请材料…的，……三年内不得再次申请倾倒许可证）", reading 1945)
    quoted = {n.finding.message[n.finding.message.index("（") + 1:-1].rsplit("……", 1)[-1] for n in notes
              if n.finding.kind is FindingKind.QUANTITY_CHANGED and n.finding.message.endswith("）")
              and "（" in n.finding.message}
    if not quoted:
        return rewrites
    return [r for r in rewrites if not (r.finding.message.startswith(("新增规定：", "不再规定："))
                                        and len(r.evidence) == 1 and r.evidence[0] in quoted)]


def drop_figures_inside_conditions(notes: List[Note]) -> List[Note]:
    """A figure that left or came with a whole condition ("近两年…的") is reported with it."""
    conditions = [e for n in notes if n.finding.kind in _CONDITION_KINDS for e in n.evidence]
    return [n for n in notes if not (
        n.finding.kind in _FIGURE_KINDS and len(n.evidence) == 1
        and any(n.evidence[0] in c for c in conditions))]


def periods_of_sanctions(notes: List[Note]) -> List[Note]:
    """A period put in (taken out) that a sanction put in (taken out) holds is said by that sanction's note: "新增期限：5年
    （禁止其5年内从事人体器官获取…）" beside "新增处罚：禁止其5年内从事人体器官获取或者申请从事人体器官移植" (人体器官捐献和移植
    条例 第三十八条) says the ban twice."""
    sanctions = {side: [e for n in notes if n.finding.kind is FindingKind.PENALTY_CHANGED
                        and n.finding.message.startswith(start) for e in n.evidence if e]
                 for side, start in (("新增", "新增处罚："), ("删除", "不再规定处罚："))}
    if not sanctions["新增"] and not sanctions["删除"]:
        return notes
    return [n for n in notes if not (
        n.finding.kind is FindingKind.QUANTITY_CHANGED and n.evidence
        and n.finding.message.startswith(("新增期限：", "删除期限："))
        and any(n.evidence[0] in e for e in sanctions[n.finding.message[:2]]))]


def shares_said_by_renames(findings: Sequence[Finding]) -> Tuple[Finding, ...]:
    """Without the note of a share made strict (or inclusive) that a rename note of the pair already says ("“半数以上”改为
    “过半数”：不再包含本数（半数）" beside "“半数以上董事共同推举”改为“过半数的董事共同推举”，不再包含本数（半数）（…）":
    useless in the forty-second reading)."""
    said = [f.message for f in findings if f.kind is FindingKind.TERM_RENAMED and "本数（" in f.message]
    if not said:
        return tuple(findings)
    return tuple(f for f in findings if not (
        f.kind in (FindingKind.QUALIFIER_REMOVED, FindingKind.QUALIFIER_ADDED) and "本数（" in f.message
        and any(f.message.split("：", 1)[1] in m for m in said)))
