"""A statute's unnumbered opening: its title lines and its record of adoption and amendments.

A new line of the record is said; a line relabelled ("修订" → "第一次修订") is not (``preamble``),
for an opening whose changed lines are all record or title lines (``opening_lines_only``).
"""
from __future__ import annotations

from dataclasses import replace
from typing import List

from .. import recache
from ..models import FindingKind
from .changes import Note
from .repeats import QUOTED as _QUOTED
#: A line of a statute's record of adoption and amendments: it starts with a date.
RECORD_LINE = recache.compile(r"\s*[（(]?(\d{4}年\d{1,2}月\d{1,2}日)")  # (group 1: its date)
#: A line of the record saying the text took effect when issued: "发布之日施行", "自公布之日起施行".
_FROM_ISSUE = recache.compile(r"^\s*(?:自)?(?:发布|公布)之日(?:起)?施行\s*$")
#: The end of a line of the record: what it records.
_RECORD_END = recache.compile(r"(?:通过|施行|修正|修订|公布|发布)[）)]?\s*$")
#: Marks a title line does not hold.
_SENTENCE_MARKS = recache.compile(r"[。；，：！？;,:!?]")


def opening_lines_only(old: str, new: str) -> bool:
    """Every line that differs is a line of a statute's opening: its record of adoption and
    amendments or a title (no sentence mark). An unnumbered text whose sentences changed (a notice
    without articles, a book's paragraphs run together) is read as any provision is."""
    changed = set(old.split("\n")).symmetric_difference(new.split("\n"))
    return all(RECORD_LINE.match(line) or not _SENTENCE_MARKS.search(line) for line in changed if line.strip())


def preamble(notes: List[Note]) -> List[Note]:
    """The unnumbered opening (title lines, the record of adoption and amendments): a new line of the
    record is said; a relabelled one ("修订" → "第一次修订") is not. Only for an opening whose changed
    lines are all record or title lines (``_opening_lines_only``): in a notice without articles,
    "应当" → "必须" or "三月" → "四月" is a change of substance, not a relabelling."""
    references = [n.finding for n in notes if n.finding.kind is FindingKind.REFERENCE_CHANGED]
    recorded = {(f.new or "").strip("（）() ") for f in references}  # (lines of the record said by their note)
    lines = [line for f in references for line in (f.old, f.new) if line]
    out = []
    for n in notes:
        f = n.finding
        if f.kind is FindingKind.WORDING_CHANGED and _FROM_ISSUE.match(f.old or f.new or "") \
                and f.message.startswith(("不再规定：", "新增规定：")):
            continue  # (商用密码管理条例 1999's "发布之日施行", a line of its record: useless in reading 348)
        if f.message.startswith("新增规定：") and (f.new or "").strip("（）() ") in recorded:
            continue  # (会计法, 北京市机动车停车条例: "新增：“2024年6月28日…第三次修正）”" beside "新增修订记录：…")
        if f.message.startswith("表述修改") and _within_said_lines(f.message, lines):
            continue  # (知识产权法庭规定: "“2019年1”改为“2023年11”", a piece of "2019年1月1日施行" → "2023年11月1日施行")
        if f.kind is FindingKind.WORDING_CHANGED and f.message.startswith("表述修改") and all(
                len(q) <= 3 or _COUNTED.fullmatch(q) for q in _QUOTED.findall(f.message)):
            continue  # (the count "第一次修正" added to a line of the record: 立法法, 统计法)
        if f.message.startswith("改写：") and _another_record_line(f.old or "", f.new or ""):
            continue
        if f.message.startswith("改写：") and _RECORD_END.search((f.old or "").rstrip("…")) and RECORD_LINE.match(f.new or ""):
            continue  # (the end of an old line of the record, printed over three lines, is no line rewritten as the new
            # amendment's: 代表法 2015 "<…代表法>的决定》第三次修正" → "2025年3月11日…第四次修正", its new line said by its note)
        if f.message.startswith("表述修改") and _same_record_line(f.old or "", f.new or ""):
            continue  # (北京市机动车停车条例: "删除“的《关于修改部分地方性法规的决定》修正”" of the 2021 line, written
            # "…会议通过" in the new file: the record, not the law; the twenty-eighth reading)
        if f.message.startswith("新增规定："):
            f = replace(f, message="新增：" + f.message[len("新增规定："):],
                        message_en="added: " + f.message_en[len("now provides: "):])
        out.append(replace(n, finding=f))
    return out


def _within_said_lines(message: str, lines: List[str]) -> bool:
    """Every quote of a wording note is inside a line of the record a reference note says."""
    quotes = _QUOTED.findall(message)
    return bool(quotes) and all(any(q in line for line in lines) for q in quotes)


#: The count a line of the record gains when the law is amended again: "第一次修正".
_COUNTED = recache.compile(r"第[一二三四五六七八九十]+次(?:修正|修订)?")


def _another_record_line(old: str, new: str) -> bool:
    """Two lines of the record of adoption and amendments of other dates: the new line is a new
    amendment (said by its reference note), not the old one rewritten."""
    a, b = RECORD_LINE.match(old), RECORD_LINE.match(new)
    return bool(a and b) and a.group(1) != b.group(1)


def _same_record_line(old: str, new: str) -> bool:
    """A wording edit of a line of the record of adoption and amendments, the same date on both sides: the line
    written another way, no change of the law."""
    a, b = RECORD_LINE.match(old), RECORD_LINE.match(new)
    return bool(a and b) and a.group(1) == b.group(1)
