"""PDF with a text layer (pdfplumber): lines put back into paragraphs.

Running heads and footers (lines near the top or bottom edge that repeat on
most pages once digits are ignored) and page numbers ("- 3 -", "第3页",
"3/12") are dropped. A line continues the paragraph above it when that line
ran to the right margin and this one is not indented and does not start an
article, heading or item (or stopped mid-sentence past the middle of the
column): the layout says where paragraphs end.
"""
from __future__ import annotations

import io
import re
from collections import Counter
from statistics import median
from typing import Dict, List

from .. import recache
from ..errors import PolicydiffError
from ..i18n import _
from ..models import RawText
from ..normalize import ends_paragraph, starts_paragraph

_PAGE_NUMBER = recache.compile(
    r"^[-—–_\s]*(?:第\s*)?\d{1,4}\s*(?:页)?\s*(?:(?:[/／]|共)\s*\d{1,4}\s*页?)?[-—–_\s]*$"
    r"|^[Pp]age\s*\d+(?:\s*of\s*\d+)?$")
_EDGE = 0.09  # the top and bottom bands where running heads and page numbers live


def read_pdf(data: bytes, source: str) -> RawText:
    import logging

    import pdfplumber

    logging.getLogger("pdfminer").setLevel(logging.ERROR)  # damaged fonts are not the reader's news
    pages = []
    try:
        with pdfplumber.open(io.BytesIO(data)) as pdf:
            for page in pdf.pages:
                height = float(page.height) or 1.0
                lines = page.extract_text_lines(return_chars=False)
                pages.append([dict(line, edge=_edge(line, height)) for line in lines if line["text"].strip()])
    except Exception as exc:  # a damaged or locked PDF is the user's file, not a bug
        if _is_password_error(exc):
            raise PolicydiffError(source, _("is password-protected"),
                                  _("save a copy without the password (print to PDF) and give that")) from None
        raise PolicydiffError(source, _("is not a readable PDF ({error})").format(error=type(exc).__name__),
                              _("check that the file is complete, or save the text as .txt")) from None
    _refuse_unreadable([line["text"] for page in pages for line in page], len(pages), source)
    lines = _drop_running_lines(pages)
    return RawText(source, "\n".join(_paragraphs(lines)), "application/pdf", "")


_CID = recache.compile(r"\(cid:\d+\)")
_PRIVATE_USE = recache.compile("[\ue000-\uf8ff\ufffd\U000f0000-\U0010ffff]")
UNREADABLE = 0.1  # the share of glyphs without a character above which a PDF is refused
MIN_TEXT_PER_PAGE = 20  # characters: fewer, and the pages are pictures of text


def _refuse_unreadable(lines: List[str], page_count: int, source: str) -> None:
    """Refuse a text layer that is not text: none at all or next to none (a
    scan), or glyphs that name no character (a font without a ToUnicode map,
    as copy-protected and some typeset PDFs have, comes out as "(cid:123)";
    a private font's glyphs as private-use characters)."""
    text = "".join("".join(line.split()) for line in lines)
    unmapped = len(_CID.findall(text))
    rest = _CID.sub("", text)
    unmapped += len(_PRIVATE_USE.findall(rest))
    total = unmapped + len(_PRIVATE_USE.sub("", rest))
    if total - unmapped < max(10, MIN_TEXT_PER_PAGE * page_count) and unmapped < 10:
        raise PolicydiffError(source, _("has no text layer, or next to none: it is a scan or pictures of pages"),
                              _("run it through OCR (e.g. ocrmypdf -l chi_sim) and give the result, or find "
                                "the HTML or Word version of the document"))
    if unmapped > UNREADABLE * total:
        raise PolicydiffError(
            source, _("{share:.0%} of its characters are glyph codes without a Unicode meaning, as in a "
                      "copy-protected PDF whose fonts lack a ToUnicode map: its text cannot be read")
            .format(share=unmapped / total),
            _("find the HTML or Word version of the document, or OCR the PDF (e.g. ocrmypdf --force-ocr "
              "-l chi_sim) and give the result"))


def _starts_block(text: str) -> bool:
    """An article, heading or item, or an attachment's heading (附件, 附表)."""
    return starts_paragraph(text) or text.startswith(("附件", "附表"))


def _is_password_error(exc: BaseException) -> bool:
    seen = 0
    while exc is not None and seen < 5:
        name = type(exc).__name__
        if "Password" in name or "Encryption" in name or "password" in str(exc).lower():
            return True
        exc = exc.__cause__ or exc.__context__ or (exc.args[0] if exc.args and isinstance(exc.args[0], BaseException) else None)
        seen += 1
    return False


def _edge(line: Dict, height: float) -> bool:
    return line["top"] < _EDGE * height or line["bottom"] > (1 - _EDGE) * height


def _mask(text: str) -> str:
    return re.sub(r"\d+", "#", re.sub(r"\s+", "", text))


def _drop_running_lines(pages: List[List[Dict]]) -> List[Dict]:
    """Every page's lines, without page numbers and running heads or footers."""
    repeats = Counter(_mask(l["text"]) for page in pages for l in {_mask(x["text"]): x for x in page if x["edge"]}.values())
    running = {key for key, n in repeats.items() if len(pages) >= 2 and n >= max(2, len(pages) / 2)}
    kept = []
    for page in pages:
        for line in page:
            text = line["text"].strip()
            if line["edge"] and (_PAGE_NUMBER.match(text) or _mask(text) in running):
                continue
            kept.append(line)
    return kept


def _paragraphs(lines: List[Dict]) -> List[str]:
    if not lines:
        return []
    widths = [(l["x1"] - l["x0"]) / max(1, len(l["text"])) for l in lines if len(l["text"]) >= 8]
    char = median(widths) if widths else 10.0
    if not 1.0 <= char <= 200.0:  # a damaged file can give zero-width or absurd glyphs
        char = 10.0
    # The text column's left edge: the leftmost start shared by many lines. (Not
    # the most common start: where paragraphs are short, most lines are
    # indented first lines.)
    starts = Counter(round(l["x0"] / char) for l in lines)
    common = [x for x, n in starts.items() if n >= max(2, 0.1 * len(lines))]
    left = (min(common) if common else starts.most_common(1)[0][0]) * char
    rights = sorted(l["x1"] for l in lines)
    right = rights[int(0.9 * (len(rights) - 1))]
    paragraphs: List[str] = []
    open_paragraph = False
    for line in lines:
        text = line["text"].strip()
        indented = line["x0"] > left + 1.2 * char
        if open_paragraph and paragraphs and not indented and not _starts_block(text):
            latin = paragraphs[-1][-1:].isascii() and paragraphs[-1][-1:].isalnum() and text[:1].isascii() and text[:1].isalpha()
            paragraphs[-1] += (" " if latin else "") + text
        else:
            paragraphs.append(text)
        # Open when the line ran to the margin, or stopped mid-sentence past
        # the middle of the column (ragged right, narrow Latin characters).
        open_paragraph = line["x1"] >= right - 1.5 * char or (
            line["x1"] - left >= 0.6 * (right - left) and not ends_paragraph(text))
    return paragraphs
