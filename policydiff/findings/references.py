"""References: cited documents, document numbers, standards, dates, the effective-date clause."""
from __future__ import annotations

import re
from typing import Dict, List, Tuple

from .. import recache
from ..models import Finding, FindingKind
from ..normalize import HAN
from .changes import Note
from .formatting import substance

_KINDS: Tuple[Tuple[str, str, str, "re.Pattern[str]"], ...] = (
    ("effective", "施行日期条款", "effective-date clause",
     # (and without 起 after the day: "本法自1986年10月1日施行", 矿产资源法 2009, its date "删除" beside "新增施行日期条款",
     # wrong in reading 307)
     recache.compile(r"自[^，。；\n]{0,30}?(?:起(?:施行|生效|执行|实施)|日(?:施行|生效))")),
    ("number", "文号", "document number",
     recache.compile(r"[\u4e00-\u9fff]{1,12}[〔\[［(（]\s*\d{4}\s*[〕\]］)）]\s*\d+\s*号")),
    ("standard", "标准", "standard",
     recache.compile(r"(?:GB|DB|JR|YY|HJ|JT|GA)(?:/[TZ])?\s*\d+(?:\.\d+)*\s*[—\-－]*\s*\d{4}")),
    ("title", "引用文件", "cited document", recache.compile(r"《[^《》\n]{2,80}》")),
    # A line of a statute's history: "2023年12月29日第十四届全国人民代表大会常务委员会第七次会议第二次修订".
    ("history", "修订记录", "amendment record",
     # (and a State Council order's "…国务院令第273号发布", its line ending in a wide space: 商用密码管理条例 1999, whose record
     # took the next line "发布之日施行" in and was said deleted, wrong in reading 321)
     recache.compile(r"(?m)^[（(]?(?:\d{4}|\*\*)年\d{1,2}月\d{1,2}日[^\n]{0,100}?(?:通过|修正|修订|公布|发布|施行)[）)]?(?=[ \u3000]*$)")),
    ("date", "日期", "date", recache.compile(r"(?:\d{4}|\*\*)年(?:\d{1,2}|\*\*)月(?:\d{1,2}|\*\*)日")),
)


_ORDINAL = recache.compile(r"第[一二三四五六七八九十]+次")


def _unbracketed(line: str) -> str:
    """A line of the record as said: without the bracket the record opens or closes around all its lines
    ("…第五次修订）" is the last line's, not a bracket of its own)."""
    if line[-1:] in "）)" and line.count("（") + line.count("(") < line.count("）") + line.count(")"):
        line = line[:-1]
    if line[:1] in "（(" and line.count("（") + line.count("(") > line.count("）") + line.count(")"):
        line = line[1:]
    return line


#: The end of every document number: where it is absent, the number pattern (which tries up to twelve
#: characters at each Chinese character of the text) is not run.
_NUMBER_END = recache.compile(r"[〔\[［(（]\s*\d{4}\s*[〕\]］)）]\s*\d+\s*号")


#: A character every reference of a kind holds: where it is absent, the kind's pattern (the dates'
#: try their digits at every character) is not run.
_KEY_CHARACTER = {"effective": "自", "title": "《", "history": "年", "date": "年"}


_RECORD_DAY = recache.compile(r"[（(]?(?:\d{4}|\*\*)年\d{1,2}月\d{1,2}日")


def _record_day(line: str):
    """The date a line of the record opens with, or None."""
    m = _RECORD_DAY.match(line)
    return m.group() if m else None


def _uncounted(line: str) -> str:
    """A line of the record without its count ("第一次"), as ``substance`` compares it."""
    return substance(_ORDINAL.sub("", line))


#: How a line of the record ends.
_RECORD_END = ("通过", "修正", "修订", "公布", "发布", "施行")


def _records_joined(text: str) -> str:
    """The text with a line of the record broken in two made one again: "…《关于修改<中华人民共和国文物保护法>第三十条" /
    "第三十一条的决定》第一次修正" (文物保护法 2017's header; the record read it as a line put in, wrong in reading 300)."""
    lines = text.split("\n")
    out = [lines[0]]
    for line in lines[1:]:
        last = out[-1].rstrip("　 ）)")
        if line and _record_day(last) and not last.endswith(_RECORD_END) and not _record_day(line):
            out[-1] += line
        else:
            out.append(line)
    return "\n".join(out)


def references(text: str) -> Dict[str, Dict[str, str]]:
    """kind → {comparison key → text as printed}."""
    found: Dict[str, Dict[str, str]] = {}
    if "\n" in text and "年" in text:
        text = _records_joined(text)
    for kind, _, _, pattern in _KINDS:
        if kind == "number" and not _NUMBER_END.search(text) or _KEY_CHARACTER.get(kind, "") not in text:
            continue
        for m in pattern.finditer(text):
            found.setdefault(kind, {}).setdefault(substance(m.group()), m.group())
    return found


def find_reference_changes(pair, changes, lexicon) -> List[Note]:
    old, new = references(pair.old_text), references(pair.new_text)
    notes: List[Note] = []
    restated: List[str] = []  # lines of the record written another way: what they cite is no change either
    effective: Tuple[List[str], List[str]] = ([], [])  # the effective-date clauses gone and come
    for kind, zh, en, _ in _KINDS:
        before, after = old.get(kind, {}), new.get(kind, {})
        gone = [before[k] for k in before if k not in after]
        came = [after[k] for k in after if k not in before]
        if kind == "history":  # "…会议修订" → "…会议第一次修订": the old line counted, not changed (nor
            # "《关于修改‹中华人民共和国立法法>的决定》" → "《关于修改〈中华人民共和国立法法〉的决定》", 立法法)
            counted, was = {_uncounted(t) for t in came}, {_uncounted(g) for g in before.values()}
            gone = [t for t in gone if _uncounted(t) not in counted]
            came = [t for t in came if _uncounted(t) not in was]
            # The same day's line written another way ("…第三十三次会议通过的《关于修改部分地方性法规的决定》修正"
            # → "…第三十三次会议通过", 北京市机动车停车条例: its top headline) records the same event.
            same_day = ({_record_day(t) for t in gone} & {_record_day(t) for t in came}) - {None}
            restated += [t for t in gone + came if _record_day(t) in same_day]
            gone = [t for t in gone if _record_day(t) not in same_day]
            came = [t for t in came if _record_day(t) not in same_day]
        if kind == "title":
            # "《中华人民共和国军人因公牺牲证明书》" → "《军人因公牺牲证明书》": the same document, the state's name left out
            # (军人抚恤优待条例 第十一条 → 第十四条: it was paired with 《军人因公牺牲通知书》, reading 324)
            # and no note: the title's form alone, useless in reading 479 (its "citation shortened")
            for t in [t for t in came if _STATE + t[1:] in gone]:
                came.remove(t)
                gone.remove(_STATE + t[1:])
        if kind == "title":
            # "最高人民法院、最高人民检察院《关于办理…的解释》" → "《最高人民法院、最高人民检察院关于办理…的解释》": the issuers
            # taken into the title, the same document (环境污染刑事案件解释 第十八条 → 第二十条, "引用文件修改" useless in reading
            # 345: the number of the repealed text, said by its own note, is the change)
            for t in list(came):
                g = next((g for g in gone if len(t) > len(g) and t.endswith(g[1:])
                          and f"{t[1:len(t) - len(g) + 1]}{g}" in pair.old_text), None)
                if g is not None:
                    came.remove(t)
                    gone.remove(g)
        if kind == "title":
            # (a paper issued to a person that the new text still names, without its brackets or the state's name, 证明书
            # read 证书: "《中华人民共和国烈士证明书》" is 军人抚恤优待条例 2024 第十四条's "烈士证书的颁发按照《烈士褒扬条例》的
            # 规定执行": "删除引用文件" was wrong in reading 1841, the certificate still issued)
            gone = [t for t in gone if not (_DOCUMENT.search(t) and _paper_still_named(t, pair.new_text))]
        if kind == "title":  # "国家赔偿法" → "《中华人民共和国国家赔偿法》": cited before, now by its title
            for t in [t for t in came if _cited_plainly(t, pair.old_text)]:
                came.remove(t)
                # (how the law is written, not which: a wording note, no headline of its own)
                notes.append(Note(Finding(FindingKind.WORDING_CHANGED, _plain_name(t), t,
                                          f"引用写法修改：“{_plain_name(t)}”改为“{t}”",
                                          f"citation written in full: “{_plain_name(t)}” → “{t}”"), (t,)))
            gone = [t for t in gone if not _cited_plainly(t, pair.new_text)]
            for t in [t for t in came if _blank_before(t, pair.old_text, pair.new_text)]:
                # "依照《》予以处理" → "依照《中华人民共和国治安管理处罚法》予以处理": the title was blank in the old copy
                # (北京市机动车停车条例 第三十九条: "新增引用文件" was wrong, its second headline, the thirty-third reading)
                came.remove(t)
                notes.append(Note(Finding(FindingKind.WORDING_CHANGED, "《》", t, f"引用文件名称补全：{t}（原文为“《》”）",
                                          f"blank title filled in: {t} (the old text has “《》”)"), (t,)))
        if kind == "number":  # the document's own number, a line of its header: which document it is, no change of it
            # ("新增文号：法释〔2023〕7号" of 环境污染解释 2023's header, which the 2016 copy lacks: useless in reading 814)
            gone = [t for t in gone if not _own_number(t, pair.old_text)]
            came = [t for t in came if not _own_number(t, pair.new_text)]
        if kind == "date":  # a date of an effective-date clause changed is that clause's: not paired with another
            # (反间谍法 第四十条 → 第七十一条: the repealed law's "1993年2月22日" did not become "2023年7月1日")
            gone = [t for t in gone if not any(t in e for e in effective[0])]
            came = [t for t in came if not any(t in e for e in effective[1])]
        if kind == "effective":
            effective = (gone, came)
        paired = _by_event(gone, came) if kind == "history" else _titles_paired(gone, came) if kind == "title" \
            else list(zip(gone, came))
        shown = _unbracketed if kind == "history" else str
        for o, n in paired:
            notes.append(Note(Finding(FindingKind.REFERENCE_CHANGED, o, n, f"{zh}修改：“{shown(o)}”改为“{shown(n)}”",
                                      f"{en} changed: “{shown(o)}” → “{shown(n)}”"), (o, n)))
        paired_old, paired_new = {o for o, _ in paired}, {n for _, n in paired}
        if kind == "title":  # (a paper issued to a person, newly named alone, is no document cited: the wording note
            # that puts it in says it, "新增引用文件：《军人病故通知书》" of 军人抚恤优待条例 第十三条 → 第十五条, where the county
            # office that received the notice pays, wrong in reading 1600. One no longer named stays said: a rewrite's quote
            # cut short may hide it, "删除引用文件：《中华人民共和国烈士证明书》" of 第十一条)
            came = [t for t in came if t in paired_new or not _DOCUMENT.search(t)]
        for o in [o for o in gone if o not in paired_old]:
            notes.append(Note(Finding(FindingKind.REFERENCE_CHANGED, o, None, f"删除{zh}：{shown(o)}",
                                      f"{en} removed: {quoted_en(shown(o))}"), (o,)))
        for n in [n for n in came if n not in paired_new]:
            notes.append(Note(Finding(FindingKind.REFERENCE_CHANGED, None, n, f"新增{zh}：{shown(n)}",
                                      f"{en} added: {quoted_en(shown(n))}"), (n,)))
    notes = [n for n in notes if not (restated and all(any(e in r for r in restated) for e in n.evidence))]
    # A date inside a changed effective-date clause, a title inside a changed document
    # number: the larger reference speaks for it (or the larger ones, each for a side: the dates of
    # two lines of the record, one changed and one new).
    size = {id(n): sum(map(len, n.evidence)) for n in notes}
    return [n for n in notes if not all(any(
        m is not n and size[id(m)] > size[id(n)] and any(e in f for f in m.evidence) for m in notes)
        for e in n.evidence)]


def _own_number(number: str, text: str) -> bool:
    """The document number stands alone on a line of the text (a header's line: the document's own number)."""
    return any(line.strip() == number for line in text.split("\n") if number in line)


def document_number_only(text: str) -> bool:
    """The text is one document number and nothing else ("法释〔2023〕7号")."""
    return text.endswith("号") and bool(_KINDS[1][3].fullmatch(text.strip()))


def _titles_paired(gone: List[str], came: List[str]) -> List[Tuple[str, str]]:
    """Titles gone and come paired in order, but a document of another kind ("《中华人民共和国烈士证明书》", a certificate,
    is no "《烈士评定通知书》", a notice: "引用文件修改" wrong in reading 512): the last two characters of the two titles are
    the same kind of document, or no pair is made of them."""
    return [(g, c) for g, c in zip(gone, came) if _kind_of(g) == _kind_of(c) or not _DOCUMENT.search(g + c)]


#: Titles of papers issued to a person (a certificate, a notice, a licence), never a law's.
_DOCUMENT = recache.compile(r"(?:证明书|通知书|许可证|证书|执照)》")


def _kind_of(title: str) -> str:
    """The kind of paper a title names: its last two characters ("明书", "知书")."""
    return title.rstrip("》")[-2:]


def quoted_en(text: str) -> str:
    """The law's words in an English note, quoted as its words ("amendment record added: “2023年9月1日…修订”"); a title
    in 《》, or what has no Chinese in it, as it is."""
    return text if text.startswith("《") or not HAN.search(text) else f"“{text}”"




def _blank_before(title: str, old_text: str, new_text: str) -> bool:
    """The old text has an empty 《》 where the new one cites ``title``: the words before it (up to four
    characters) stand before a 《》 there."""
    at = new_text.find(title) if "《》" in old_text else -1
    if at < 0:
        return False
    before = new_text[max(0, at - 4):at].split("\n")[-1]
    return f"{before}《》" in old_text


#: What a line of the record records, by its last word: adopted, in force, amended, revised, promulgated.
_EVENT = recache.compile(r"(通过|施行|修正|修订|公布|发布|批准|废止)[）)]?\s*$")


def _by_event(gone: List[str], came: List[str]) -> List[Tuple[str, str]]:
    """Lines of the record taken out and put in, paired in order among those recording the same
    kind of event: "2019年1月1日施行" became "2023年11月1日施行", not the meeting that adopted the
    revision ("…第1901次会议通过", 知识产权法庭规定: the 2026-12-01 reading). Unpaired lines are
    said removed or added."""
    def event(line: str) -> str:
        m = _EVENT.search(line)
        return m.group(1) if m else ""

    left = list(came)
    out = []
    for o in gone:
        n = next((n for n in left if event(n) == event(o)), None)
        if n is not None:
            left.remove(n)
            out.append((o, n))
    return out


def _plain_name(title: str) -> str:
    """《中华人民共和国国家赔偿法》 → 国家赔偿法: the name a text may cite it by."""
    name = title[1:-1]
    return name[len("中华人民共和国"):] if name.startswith("中华人民共和国") else name


_TITLED = recache.compile(r"《[^《》\n]*》")
#: A title's opening that names the state.
_STATE = "《中华人民共和国"


def _paper_still_named(title: str, text: str) -> bool:
    """The paper ``title`` names is still named in ``text``: by its name without the state's, 证明书 read 证书."""
    name = title[1:-1].removeprefix(_STATE[1:])
    return any(form in text for form in {name, name.replace("证明书", "证书")})


def _cited_plainly(title: str, text: str) -> bool:
    """The document of ``title`` (《中华人民共和国国家赔偿法》) is named in ``text`` without its book
    marks or the state's name ("对符合国家赔偿法的有关规定…"): the same document, cited another way."""
    short = _plain_name(title)
    # (a code of two characters is a name too when it is a law's: "根据刑法有关规定" cites 《中华人民共和国刑法》, 两高危害食品安全
    # 刑事案件解释 2013's preamble: "新增引用文件" was wrong in reading 333)
    if len(short) < (2 if short.endswith("法") else 3) or short not in text.replace(title, ""):
        return False
    # (named outside book marks: inside another title, "《中华人民共和国军人因公牺牲证明书》", it was cited by title
    # already, and "引用写法修改：“军人因公牺牲证明书”改为“《军人因公牺牲证明书》”" was wrong in reading 324)
    return short in _TITLED.sub("", text)
