"""Two versions given the wrong way round: said, for then every "added" is a deletion.

A statute opens with its record of adoption and amendments, one dated line
each ("2018年10月26日第十三届全国人民代表大会常务委员会第六次会议《关于修改〈中华人民共和国公司法〉的决定》
第四次修正"). When the old version's latest date there is later than the new
version's (公司法 2023 given as old, 2018 as new), the files are most likely
swapped: the report would call 2023's new articles deleted and its deleted
ones added. A ``swapped`` notice says so, with both dates; nothing else
changes (the user may mean it: what would have to be undone to go back).

Versions without such a record (most policies: the Shijingshan draft and
finals have none) or with the same latest date get nothing. In the corpus,
every version's latest record date is later than its predecessor's, or the
same (the 2022-04-04 and 2022-04-24 人身损害赔偿 interpretations: both 2022年5月1日).
"""
from __future__ import annotations

from typing import Optional, Tuple

from . import recache
from .findings import RECORD_LINE
from .models import Comparison, Document, Notice

CODE = "swapped"
_DATE = recache.compile(r"(\d{4})年(\d{1,2})月(\d{1,2})日")


def latest_record(document: Document) -> Optional[Tuple[int, int, int]]:
    """The latest date of the record lines of the document's opening (the unnumbered text before
    its first provision), or None when it has none."""
    opening = next((c for c in document.clauses[:1] if not c.label), None)
    if opening is None:
        return None
    dates = [(int(y), int(m), int(d)) for line in opening.text.split("\n") if RECORD_LINE.match(line)
             for y, m, d in _DATE.findall(line)]
    return max(dates) if dates else None


def notice(comparison: Comparison) -> Tuple[Notice, ...]:
    """A ``swapped`` notice when the old version's record runs later than the new one's."""
    old, new = latest_record(comparison.old), latest_record(comparison.new)
    if old is None or new is None or old <= new:
        return ()
    return (Notice(
        CODE,
        f"旧版的制定和修改记录截至{_zh(old)}，新版只到{_zh(new)}：两个文件可能放反了（应旧版在前、新版在后），"
        f"否则这里的“新增”实为删除，“删除”实为新增",
        f"the old version's record of adoption and amendments runs to {_iso(old)}, the new version's only to "
        f"{_iso(new)}: the files may be the wrong way round (old first, then new); if so, what is called added "
        f"here was deleted, and what is called deleted was added"),)


def _zh(date: Tuple[int, int, int]) -> str:
    return f"{date[0]}年{date[1]}月{date[2]}日"


def _iso(date: Tuple[int, int, int]) -> str:
    return f"{date[0]:04d}-{date[1]:02d}-{date[2]:02d}"
