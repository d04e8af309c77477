"""The 修改前后对照表 as a legislative office prints it, as a Word file (python-docx).

A plain centred title (the policy's own title), one short paragraph of counts,
then the table 原条文 | 修改后条文 | 修改说明 whose header row repeats on every
page, a chapter row where a chapter begins, deleted text struck through in
red, inserted text underlined in blue; after it the ranked summary sentences
(``ranking.ranked_headlines``, the same as every format). Pages are numbered
"第 N 页 共 M 页" in the footer.

``unchanged``: "omit" (the default: unchanged articles are left out and the
table ends with "其余条文未修改"), "brief" (a run of them is one row: "第三十条至
第三十四条未修改") or "full" (each printed in full).

``track_changes=True`` gives another document altogether: see tracked.py.
"""
from __future__ import annotations

import io
from typing import Any, List, Optional, Sequence, Tuple

from .. import recache
from ..models import Comparison, FindingKind, Op, Pair, Status
from .headlines import STATUS_EN, STATUS_ZH, counts_sentence, labels, policy_title
from .json import finding_dict
from .ranking import front_and_rest, ranked_headlines
from .sides import side_runs
from .where import moved_from

RED, BLUE, GREY = "C00000", "1F4E9A", "595959"
FONT = "宋体"
UNCHANGED_MODES = ("omit", "brief", "full")
# A renamed term is said once in the summary (the rename sentence) and struck/underlined in the row.
_SHOWN_BY_MARKUP = (FindingKind.WORDING_CHANGED, FindingKind.FORMATTING, FindingKind.TERM_RENAMED)

WORDS = {
    "zh": {"title": "《{}》修改前后对照表", "old": "原条文", "new": "修改后条文", "notes": "修改说明",
           "counts": "共{n}组条文：{said}。主要修改见表后“修改要点”。", "none": "（无）", "deleted": "（删除）",
           "unchanged": "（未修改）", "renumbered": "条序由{old}改为{new}", "rest": "其余条文未修改",
           "rest_renumbered": "其余条文未修改，条文序号相应调整", "run": "{first}至{last}未修改",
           "one": "{first}未修改", "points": "修改要点", "more": "（另有{n}项修改，见上表）",
           "page": ("第 ", " 页 共 ", " 页"), "moved": "原位于{where}", "sep": "；", "text_moved": "部分文字{}",
           "set_by_user": "用户指定配对"},
    "en": {"title": "{}: table of amendments", "old": "Old text", "new": "New text", "notes": "Notes",
           "counts": "{n} provisions compared: {said}. The main changes are listed after the table.",
           "none": "(none)", "deleted": "(deleted)", "unchanged": "(unchanged)",
           "renumbered": "renumbered from {old} to {new}", "rest": "All other provisions unchanged.",
           "rest_renumbered": "All other provisions unchanged but for their numbers.",
           "run": "{first} to {last} unchanged", "one": "{first} unchanged", "points": "Main changes",
           "more": " ({n} more changes: see the table)", "page": ("Page ", " of ", ""),
           "moved": "formerly {where}", "sep": "; ", "set_by_user": "paired by the user",
           "text_moved": "text {}"},
}


def _color(run, hex_color: str) -> None:
    from docx.shared import RGBColor

    run.font.color.rgb = RGBColor.from_string(hex_color)


def _east_asian_font(style_or_run, name: str = FONT) -> None:
    from docx.oxml.ns import qn

    style_or_run.font.name = name
    rpr = style_or_run.element.get_or_add_rPr() if hasattr(style_or_run.element, "get_or_add_rPr") \
        else style_or_run._element.get_or_add_rPr()
    fonts = rpr.find(qn("w:rFonts"))
    if fonts is None:
        fonts = rpr.makeelement(qn("w:rFonts"), {})
        rpr.append(fonts)
    fonts.set(qn("w:eastAsia"), name)


def _field(paragraph, instruction: str) -> None:
    """A Word field (PAGE, NUMPAGES) that the reader's program fills in."""
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn

    for kind, text in (("begin", None), ("instr", instruction), ("separate", None), ("text", "1"), ("end", None)):
        run = paragraph.add_run()
        if kind == "instr":
            element = OxmlElement("w:instrText")
            element.set(qn("xml:space"), "preserve")
            element.text = f" {text} "
        elif kind == "text":
            run.text = text
            continue
        else:
            element = OxmlElement("w:fldChar")
            element.set(qn("w:fldCharType"), kind)
        run._r.append(element)


def _repeat_as_header(row) -> None:
    from docx.oxml import OxmlElement

    row._tr.get_or_add_trPr().append(OxmlElement("w:tblHeader"))


def _shade(cell, fill: str) -> None:
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn

    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), fill)
    cell._tc.get_or_add_tcPr().append(shd)


def _side(cell, pair: Pair, keep: Op, lang: str) -> None:
    paragraph = cell.paragraphs[0]
    clauses = pair.old if keep is Op.DELETE else pair.new
    space = " " if lang == "en" else "　"
    paragraph.add_run(labels(clauses[:1], lang=lang) + space).bold = True
    for kind, text in side_runs(pair, keep, lang):
        if kind == "label":  # where the next article of a split or merge begins
            paragraph.add_run("\n" + text + space).bold = True
            continue
        run = paragraph.add_run(text)
        if kind == "del":
            run.font.strike = True
            _color(run, RED)
        elif kind == "ins":
            run.font.underline = True
            _color(run, BLUE)


def _plain(cell, label: str, text: str, color: str = "") -> None:
    paragraph = cell.paragraphs[0]
    paragraph.add_run(label + "　").bold = True
    run = paragraph.add_run(text)
    if color:
        _color(run, color)


def _wide_row(table, text: str, italic: bool = False, fill: Optional[str] = None) -> None:
    cells = table.add_row().cells
    merged = cells[0].merge(cells[1]).merge(cells[2])
    run = merged.paragraphs[0].add_run(text)
    run.italic = italic
    if fill:
        _shade(merged, fill)


def _chapter(pair: Pair, side: str) -> str:
    clauses = pair.old if side == "old" else pair.new
    return clauses[0].path[0] if clauses and clauses[0].path else ""


def _notes(comparison: Comparison, index: int, lang: str) -> Tuple[str, List[str]]:
    pair = comparison.pairs[index]
    words = WORDS[lang]
    status = (STATUS_EN if lang == "en" else STATUS_ZH)[pair.status]
    notes: List[str] = [words["set_by_user"]] if pair.set_by else []
    if pair.status is Status.MOVED:
        notes.append(words["moved"].format(where=moved_from(comparison, pair, lang)))
    # A new number needs no note: the labels of the two columns say it.
    # The markup shows the words themselves; the margin keeps what they mean.
    for f in pair.findings:
        if f.kind in _SHOWN_BY_MARKUP:
            continue
        message = finding_dict(f, lang)["message"]
        if f.kind is FindingKind.TEXT_MOVED:  # the row shows the sentence; the margin says where it went
            message = words["text_moved"].format(_QUOTED.sub("", message, count=1).strip())
        else:  # (the row shows the words a long quote holds: the margin names them, "“（二）在文物保护单位的建设控制地带…”")
            message = _LONG_QUOTE.sub(lambda m: m.group(0)[:MARGIN_QUOTE + 1] + "…”", message)
        if message not in notes:
            notes.append(message)
    return status, notes


#: Characters, at most, of a quote in the table's margin: the row beside it shows the text, marked up.
MARGIN_QUOTE = 24
#: A quote longer than MARGIN_QUOTE characters.
_LONG_QUOTE = recache.compile("“[^“”]{%d,}”" % (MARGIN_QUOTE + 2))

#: The quoted sentence a text_moved note opens with ("“…”移至现第四条").
_QUOTED = recache.compile(r"^[“\"][^”\"]*[”\"]\s*")


def _unchanged_run(run: Sequence[Pair], lang: str) -> str:
    words = WORDS[lang]
    first, last = run[0].old[0], run[-1].old[0]
    name = labels((first,), lang=lang)
    if len(run) == 1:
        return words["one"].format(first=name)
    return words["run"].format(first=name, last=labels((last,), lang=lang))


def render_docx(comparison: Comparison, lang: str = "zh", unchanged: Optional[str] = None,
                track_changes: bool = False, **_options: Any) -> bytes:
    if track_changes:
        from .tracked import render_tracked

        return render_tracked(comparison, lang=lang)
    import docx
    from docx.enum.section import WD_ORIENT
    from docx.enum.table import WD_TABLE_ALIGNMENT
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    from docx.shared import Cm, Pt, RGBColor

    unchanged = unchanged or "omit"
    if unchanged not in UNCHANGED_MODES:
        raise ValueError(f"unchanged must be one of {', '.join(UNCHANGED_MODES)}")
    words = WORDS["en" if lang == "en" else "zh"]
    document = docx.Document()
    section = document.sections[0]
    section.orientation = WD_ORIENT.LANDSCAPE
    section.page_width, section.page_height = Cm(29.7), Cm(21.0)
    for side in ("left_margin", "right_margin", "top_margin", "bottom_margin"):
        setattr(section, side, Cm(1.2))
    section.footer_distance = Cm(0.6)
    normal = document.styles["Normal"]
    normal.font.size = Pt(9)  # 小五, at a fixed 11 pt line: as a 对照表 is usually set
    normal.paragraph_format.space_after = Pt(0)
    normal.paragraph_format.line_spacing = Pt(11)
    _east_asian_font(normal)

    footer = section.footer.paragraphs[0]
    footer.alignment = WD_ALIGN_PARAGRAPH.CENTER
    before, middle, after = words["page"]
    footer.add_run(before)
    _field(footer, "PAGE")
    footer.add_run(middle)
    _field(footer, "NUMPAGES")
    footer.add_run(after)

    title = document.add_paragraph()
    title.alignment = WD_ALIGN_PARAGRAPH.CENTER
    run = title.add_run(words["title"].format(policy_title(comparison)))
    run.bold = True
    run.font.size = Pt(16)
    run.font.color.rgb = RGBColor(0, 0, 0)
    intro = document.add_paragraph(words["counts"].format(n=len(comparison.pairs),
                                                          said=counts_sentence(comparison, lang)))
    intro.paragraph_format.space_after = Pt(6)

    table = document.add_table(rows=1, cols=3)
    table.style = "Table Grid"
    table.alignment = WD_TABLE_ALIGNMENT.CENTER
    header = table.rows[0]
    _repeat_as_header(header)
    for cell, name in zip(header.cells, (words["old"], words["new"], words["notes"])):
        cell.paragraphs[0].alignment = WD_ALIGN_PARAGRAPH.CENTER
        cell.paragraphs[0].add_run(name).bold = True
        _shade(cell, "E7E6E6")

    chapters = ("", "")
    run_: List[Pair] = []
    left_out = renumbered_left_out = False

    def flush() -> None:
        if run_ and unchanged == "brief":
            _wide_row(table, _unchanged_run(run_, lang), italic=True)
        run_.clear()

    for index, pair in enumerate(comparison.pairs):
        if pair.status is Status.UNCHANGED and unchanged != "full":
            left_out = True
            renumbered_left_out |= pair.renumbered
            run_.append(pair)
            continue
        flush()
        now = (_chapter(pair, "old") or chapters[0], _chapter(pair, "new") or chapters[1])
        if now != chapters:  # a chapter begins: its name, on the side(s) where it begins
            cells = table.add_row().cells
            for cell, was, name in zip(cells, chapters, now):
                if name != was:
                    cell.paragraphs[0].add_run(name).bold = True
            for cell in cells:
                _shade(cell, "F2F2F2")
            chapters = now
        cells = table.add_row().cells
        if pair.status is Status.UNCHANGED:
            _plain(cells[0], labels(pair.old, lang=lang), pair.old_text)
            moved = words["renumbered"].format(old=labels(pair.old, lang=lang), new=labels(pair.new, lang=lang))
            cells[1].paragraphs[0].add_run(words["unchanged"][:-1] + ("，" + moved if pair.renumbered and lang != "en"
                                           else (", " + moved if pair.renumbered else "")) + words["unchanged"][-1])
            continue
        if pair.old:
            _side(cells[0], pair, Op.DELETE, lang)
        else:
            cells[0].paragraphs[0].add_run(words["none"])
        if pair.new:
            _side(cells[1], pair, Op.INSERT, lang)
        else:
            cells[1].paragraphs[0].add_run(words["deleted"]).bold = True
        status, notes = _notes(comparison, index, lang)
        margin = cells[2].paragraphs[0]
        margin.add_run(status + (("：" if lang != "en" else ": ") if notes else "")).bold = True
        margin.add_run(words["sep"].join(notes))
    flush()
    if left_out and unchanged == "omit":
        _wide_row(table, words["rest_renumbered" if renumbered_left_out else "rest"], italic=True)

    widths = (Cm(11.9), Cm(11.9), Cm(3.4))
    table.autofit = False
    for column, width in zip(table.columns, widths):
        column.width = width
    for row in table.rows:
        for cell, width in zip(row.cells, widths):
            cell.width = width

    lines = ranked_headlines(comparison, lang)
    if lines:
        front, rest = front_and_rest(lines)
        heading = document.add_paragraph()
        heading.paragraph_format.space_before = Pt(12)
        heading.add_run(words["points"]).bold = True
        if rest:  # (said with the heading: a line of its own after the list took a page of 公司法 2023's table for itself)
            heading.add_run(words["more"].format(n=len(rest)))
        for n, line in enumerate(front, 1):
            document.add_paragraph(f"{n}. {line.text}")
    out = io.BytesIO()
    document.save(out)
    return out.getvalue()
