"""The 修改前后对照表 reviewers exchange, as a Word file (python-docx).

A heading, a summary paragraph (the counts and the headline sentences), then
a table 原条文 | 修改后条文 | 修改说明 with one row per pair: deleted text
struck through in red, inserted text underlined in blue, an unchanged clause
as one row whose new column says "（未修改）".
"""
from __future__ import annotations

import io
from typing import Any

from ..models import Comparison, Op, Pair, Status
from .headlines import STATUS_ZH, counts_sentence, headlines, labels, pair_label, policy_title
from .json import finding_dict

RED, BLUE, GREY = "C00000", "1F4E9A", "808080"
FONT = "宋体"


def _color(run, hex_color: str) -> None:
    from docx.shared import RGBColor

    run.font.color.rgb = RGBColor.from_string(hex_color)


def _east_asian_font(run, name: str = FONT) -> None:
    from docx.oxml.ns import qn

    run.font.name = name
    rpr = run._element.get_or_add_rPr()
    fonts = rpr.find(qn("w:rFonts"))
    if fonts is None:
        fonts = rpr.makeelement(qn("w:rFonts"), {})
        rpr.append(fonts)
    fonts.set(qn("w:eastAsia"), name)


def _side(cell, pair: Pair, keep: Op) -> None:
    paragraph = cell.paragraphs[0]
    label = labels(pair.old if keep is Op.DELETE else pair.new, " + ")
    head = paragraph.add_run(label + "　")
    head.bold = True
    for op, text in pair.diff:
        if op is not Op.EQUAL and op is not keep:
            continue
        run = paragraph.add_run(text)
        if op is Op.DELETE:
            run.font.strike = True
            _color(run, RED)
        elif op is Op.INSERT:
            run.font.underline = True
            _color(run, BLUE)


def _plain(cell, label: str, text: str, color: str = "") -> None:
    paragraph = cell.paragraphs[0]
    paragraph.add_run(label + "　").bold = True
    run = paragraph.add_run(text)
    if color:
        _color(run, color)


def render_docx(comparison: Comparison, lang: str = "zh", **_options: Any) -> bytes:
    import docx
    from docx.enum.section import WD_ORIENT
    from docx.shared import Cm, Pt

    document = docx.Document()
    section = document.sections[0]
    section.orientation = WD_ORIENT.LANDSCAPE
    section.page_width, section.page_height = Cm(29.7), Cm(21.0)
    for side in ("left_margin", "right_margin", "top_margin", "bottom_margin"):
        setattr(section, side, Cm(1.8))
    normal = document.styles["Normal"]
    normal.font.size = Pt(10.5)
    _east_asian_font(normal)

    document.add_heading(f"《{policy_title(comparison)}》修改前后对照表", level=1)
    said = counts_sentence(comparison)
    intro = document.add_paragraph(
        f"原：{comparison.old.title}（{comparison.old.source}）；新：{comparison.new.title}（{comparison.new.source}）。"
        f"共{len(comparison.pairs)}组条文：{said}。")
    intro.paragraph_format.space_after = Pt(4)
    for line in headlines(comparison, lang):
        document.add_paragraph(line.text, style="List Bullet")

    table = document.add_table(rows=1, cols=3)
    table.style = "Table Grid"
    for cell, name in zip(table.rows[0].cells, ("原条文", "修改后条文", "修改说明")):
        cell.paragraphs[0].add_run(name).bold = True
    for pair in comparison.pairs:
        cells = table.add_row().cells
        if pair.status is Status.UNCHANGED:
            _plain(cells[0], pair_label(pair), pair.old_text)
            moved = "，条序改为" + labels(pair.new) if pair.renumbered else ""
            cells[1].paragraphs[0].add_run(f"（未修改{moved}）")
            continue
        if pair.old:
            _side(cells[0], pair, Op.DELETE)
        else:
            cells[0].paragraphs[0].add_run("（无）")
        if pair.new:
            _side(cells[1], pair, Op.INSERT)
        else:
            cells[1].paragraphs[0].add_run("（删除）").bold = True
        notes = ([STATUS_ZH[pair.status]] + (["用户指定配对"] if pair.set_by else [])
                 + [finding_dict(f, lang)["message"] for f in pair.findings])
        cells[2].paragraphs[0].add_run("；".join(notes[:1]) + ("：" if len(notes) > 1 else "")).bold = True
        for note in notes[1:]:
            cells[2].add_paragraph(note)
    widths = (Cm(10.5), Cm(10.5), Cm(5.1))
    table.autofit = False
    for column, width in zip(table.columns, widths):
        column.width = width
    for row in table.rows:
        for cell, width in zip(row.cells, widths):
            cell.width = width
    out = io.BytesIO()
    document.save(out)
    return out.getvalue()
