"""The new version as a Word document whose changes against the old are tracked changes.

Every deletion is a ``w:del`` and every insertion a ``w:ins`` (author
"policydiff", a date), so a reviewer can accept, reject and comment in Word,
WPS or LibreOffice: accepting all gives the new text, rejecting all the old.
The document is the title, the chapter headings and each article ("第一条　…",
one paragraph per 款), in the new version's order. A moved article is deleted
where it stood and inserted where it stands; a paragraph that was joined to or
split from another has its paragraph mark deleted or inserted.
"""
from __future__ import annotations

import difflib
import io
from datetime import datetime, timezone
from typing import Dict, List, Optional, Sequence, Tuple
from xml.sax.saxutils import escape

from ..models import Clause, Comparison, Op, Pair, Status, clause_starts

AUTHOR = "policydiff"
EQ, DEL, INS = Op.EQUAL, Op.DELETE, Op.INSERT
Segment = Tuple[Op, str]  # "\n" in a segment is a paragraph mark with that op
W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"'


def _entries(comparison: Comparison) -> List[Tuple[Pair, str]]:
    """What the document says, in order: (pair, "both" | "old" | "new").

    A moved pair is said twice: its new text where it stands ("new"), its old
    text after the entry holding its predecessor in the old text ("old")."""
    entries: List[Tuple[Pair, str]] = [(p, "new" if p.status is Status.MOVED else "both") for p in comparison.pairs]
    old_order = {c.id: i for i, c in enumerate(comparison.old.clauses)}
    moved = sorted((p for p in comparison.pairs if p.status is Status.MOVED and p.old),
                   key=lambda p: old_order[p.old[0].id])
    for pair in moved:
        at = old_order[pair.old[0].id]
        before = comparison.old.clauses[at - 1].id if at else None
        slot = 0
        if before is not None:
            for i, (other, mode) in enumerate(entries):
                if mode in ("both", "old") and any(c.id == before for c in other.old):
                    slot = i + 1
                    break
        entries.insert(slot, (pair, "old"))
    return entries


def _label(clause: Clause) -> str:
    return clause.label + "　" if clause.label else ""


def _diff(pair: Pair) -> Sequence[Segment]:
    old = "".join(t for op, t in pair.diff if op is not INS)
    new = "".join(t for op, t in pair.diff if op is not DEL)
    if old == pair.old_text and new == pair.new_text:
        return pair.diff
    from ..diff import char_diff

    return char_diff(pair.old_text, pair.new_text)


def _starts(clauses: Sequence[Clause]) -> Dict[int, Clause]:
    return dict(zip(clause_starts(clauses), clauses))


def _segments(pair: Pair, mode: str) -> List[Segment]:
    """The entry's text as tracked runs, each article with its label, ending with its paragraph mark."""
    if mode == "old" or not pair.new:
        return [s for c in pair.old for s in ((DEL, _label(c) + c.text), (DEL, "\n"))]
    if mode == "new" or not pair.old:
        return [s for c in pair.new for s in ((INS, _label(c) + c.text), (INS, "\n"))]
    out: List[Segment] = []
    first_old, first_new = pair.old[0], pair.new[0]
    if first_old.label == first_new.label:
        out.append((EQ, _label(first_old)))
    else:
        out += [(DEL, _label(first_old)), (INS, _label(first_new))]
    old_starts, new_starts = _starts(pair.old), _starts(pair.new)
    o = n = 0
    for op, text in _diff(pair):
        for ch in text:
            if op is not INS and o and o in old_starts:
                out.append((DEL, _label(old_starts.pop(o))))
            if op is not DEL and n and n in new_starts:
                out.append((INS, _label(new_starts.pop(n))))
            out.append((op, ch))
            o += op is not INS
            n += op is not DEL
    out.append((EQ, "\n"))
    return out


def _headings(clauses: Sequence[Clause], before: Tuple[str, ...]) -> List[str]:
    """The headings that begin at the first of these clauses, given the path before them."""
    if not clauses:
        return []
    path = clauses[0].path
    same = 0
    while same < min(len(path), len(before)) and path[same] == before[same]:
        same += 1
    return list(path[same:])


def _heading_segments(old: List[str], new: List[str]) -> List[Segment]:
    out: List[Segment] = []
    for tag, i1, i2, j1, j2 in difflib.SequenceMatcher(None, old, new, autojunk=False).get_opcodes():
        if tag == "equal":
            out += [s for h in old[i1:i2] for s in ((EQ, h), (EQ, "\n"))]
            continue
        out += [s for h in old[i1:i2] for s in ((DEL, h), (DEL, "\n"))]
        out += [s for h in new[j1:j2] for s in ((INS, h), (INS, "\n"))]
    return out


def _lines(text: str) -> List[str]:
    """A text cut at its paragraph marks, each mark its own piece: "a\nb" → ["a", "\n", "b"]."""
    parts = text.split("\n")
    return [p for i, part in enumerate(parts) for p in ((part, "\n") if i < len(parts) - 1 else (part,))]


def _merge(segments: List[Segment]) -> List[Segment]:
    pieces = [(op, piece) for op, text in segments for piece in _lines(text)]
    out: List[Segment] = []
    for op, text in pieces:
        if not text:
            continue
        if out and out[-1][0] is op and "\n" not in text and "\n" not in out[-1][1]:
            out[-1] = (op, out[-1][1] + text)
        else:
            out.append((op, text))
    return out


Flat = List[Tuple[Op, str, bool]]  # (op, text, in a heading?)


def _rotate(flat: Flat) -> Flat:
    """Place untracked paragraph marks where every word processor undoes the revisions alike.

    Which of the marks of a run of inserted (or deleted) paragraphs is the untracked
    one does not change the text accepted or rejected, but LibreOffice joins two
    revisions of one kind that meet across a paragraph end, taking the untracked mark
    between them with it. So: a run that begins with a tracked mark and ends before an
    untracked one ("甲[+¶乙]¶") becomes "甲¶[+乙¶]"; an untracked mark between two
    revisions of one kind swaps with the tracked mark that ends the second."""
    out = list(flat)

    def run_end(start: int, op: Op) -> int:
        j = start
        while j + 1 < len(out) and out[j + 1][0] is op:
            j += 1
        return j

    i = 0
    while i < len(out):
        op, text, _ = out[i]
        if op is not EQ and text == "\n" and i and out[i - 1][0] is EQ:
            j = run_end(i, op) + 1
            if j < len(out) and out[j][:2] == (EQ, "\n"):
                out[i], out[j] = (EQ, "\n", out[i][2]), (op, "\n", out[j][2])
        elif op is EQ and text == "\n" and 0 < i < len(out) - 1 and out[i - 1][0] is not EQ \
                and out[i + 1][0] is out[i - 1][0]:
            other = out[i - 1][0]
            j = run_end(i + 1, other)
            if out[j][1] == "\n":
                out[i], out[j] = (other, "\n", out[i][2]), (EQ, "\n", out[j][2])
        i += 1
    return out


class _Writer:
    """Paragraphs of w:r / w:ins / w:del runs, each revision with its id, author and date."""

    def __init__(self, date: str):
        self.date = date
        self.next_id = 1
        self.paragraphs: List[str] = []
        self.runs: List[str] = []

    def _mark(self, tag: str) -> str:
        self.next_id += 1
        return f'<w:{tag} w:id="{self.next_id}" w:author="{AUTHOR}" w:date="{self.date}"'

    def run(self, op: Op, text: str, bold: bool = False) -> None:
        props = "<w:rPr><w:b/></w:rPr>" if bold else ""
        if op is EQ:
            self.runs.append(f'<w:r>{props}<w:t xml:space="preserve">{escape(text)}</w:t></w:r>')
        elif op is INS:
            self.runs.append(f'{self._mark("ins")}><w:r>{props}<w:t xml:space="preserve">{escape(text)}'
                             f'</w:t></w:r></w:ins>')
        else:
            self.runs.append(f'{self._mark("del")}><w:r>{props}<w:delText xml:space="preserve">{escape(text)}'
                             f'</w:delText></w:r></w:del>')

    def end(self, op: Op, centred: bool = False) -> None:
        """The paragraph mark, tracked as inserted or deleted when it is."""
        mark = "" if op is EQ else f'<w:rPr>{self._mark("ins" if op is INS else "del")}/></w:rPr>'
        align = '<w:jc w:val="center"/>' if centred else ""
        self.paragraphs.append(f"<w:p {W}><w:pPr>{align}{mark}</w:pPr>{''.join(self.runs)}</w:p>")
        self.runs = []

    def write(self, flat: Flat) -> None:
        for op, text, heading in flat:
            if text == "\n":
                self.end(op, centred=heading)
            else:
                self.run(op, text, bold=heading)


def tracked_segments(comparison: Comparison) -> List[Tuple[bool, List[Segment]]]:
    """The whole document as (is a heading?, segments), in order."""
    out: List[Tuple[bool, List[Segment]]] = []
    old_title, new_title = comparison.old.title, comparison.new.title
    title = [(EQ, new_title), (EQ, "\n")] if old_title == new_title else \
        _heading_segments([old_title] if old_title else [], [new_title] if new_title else [])
    out.append((True, title))
    old_path: Tuple[str, ...] = ()
    new_path: Tuple[str, ...] = ()
    for pair, mode in _entries(comparison):
        olds = pair.old if mode in ("both", "old") else ()
        news = pair.new if mode in ("both", "new") else ()
        heads = _heading_segments(_headings(olds, old_path), _headings(news, new_path))
        if heads:
            out.append((True, heads))
        if olds:
            old_path = olds[-1].path
        if news:
            new_path = news[-1].path
        out.append((False, _segments(pair, mode)))
    return out


def render_tracked(comparison: Comparison, lang: str = "zh", date: Optional[datetime] = None) -> bytes:
    import docx
    from docx.oxml import parse_xml
    from docx.shared import Pt

    from .docx import _east_asian_font

    when = (date or datetime.now(timezone.utc)).strftime("%Y-%m-%dT%H:%M:%SZ")
    document = docx.Document()
    normal = document.styles["Normal"]
    normal.font.size = Pt(12)
    _east_asian_font(normal)
    writer = _Writer(when)
    flat = [(op, text, heading) for heading, segments in tracked_segments(comparison)
            for op, text in _merge(segments)]
    writer.write(_rotate(flat))
    body = document.element.body
    sect = body.sectPr
    for xml in writer.paragraphs:
        element = parse_xml(xml)
        if sect is not None:
            sect.addprevious(element)
        else:
            body.append(element)
    document.core_properties.author = AUTHOR
    document.core_properties.title = comparison.new.title
    out = io.BytesIO()
    document.save(out)
    return out.getvalue()
