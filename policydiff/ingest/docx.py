"""Word documents (.docx): body paragraphs and tables in reading order.

Automatic numbering is printed as Word prints it: a list whose level text is
"第%1条" in Chinese counting gives "第一条", "第二条"…, so articles numbered
by Word's list feature are found like typed ones. Headers, footers and
comments are not part of the text.
"""
from __future__ import annotations

import io
from typing import Dict, List, Optional, Tuple

from .. import recache
from ..errors import PolicydiffError
from ..i18n import _
from ..models import RawText
from . import CFB_MAGIC

_ENCRYPTED = "EncryptedPackage".encode("utf-16-le")
_RESAVE = _("open it in Word or WPS, save it as .docx, and try again")


#: At most this many parts in the package (Word writes a few dozen).
MAX_PARTS = 2000
#: An XML reference other than the five predefined entities and character references.
_ENTITY = recache.compile(rb"&(?!(?:amp|lt|gt|quot|apos|#[0-9]+|#x[0-9a-fA-F]+);)([^;<&\s]{0,40});?")


def check_container(data: bytes, source: str, size_limit: Optional[int] = None) -> None:
    """Refuse what is not a .docx, or what would unpack past the size limit, with a
    line that says what it is.

    A zip states each part's unpacked size, and :mod:`zipfile` stops reading a
    part at that size (a part that lies about it fails its CRC), so the stated
    sizes bound what parsing can take: checked here before any part is
    unpacked. The XML parts are then scanned for a DOCTYPE (Word never writes
    one; it is how entity bombs start) and for entity references the file
    never declares, which the parser would drop with the text after them.
    """
    if data.startswith(CFB_MAGIC):
        if _ENCRYPTED in data:
            raise PolicydiffError(source, _("is password-protected"),
                                  _("save a copy without the password and give that"))
        raise PolicydiffError(source, _("is an old Word (.doc) or WPS file, not .docx"), _RESAVE)
    if size_limit is None:
        return
    import zipfile  # here: every read sniffs for CFB_MAGIC, and text needs no zipfile

    try:
        with zipfile.ZipFile(io.BytesIO(data)) as package:
            parts = package.infolist()
            if len(parts) > MAX_PARTS:
                raise PolicydiffError(source, _("holds {count:,} parts, more than a Word document has").format(
                    count=len(parts)), _RESAVE)
            unpacked = sum(p.file_size for p in parts)
            if unpacked > size_limit:
                raise PolicydiffError(
                    source, _("unpacks to {size:,.0f} MB, over the {limit:g} MB limit").format(
                        size=unpacked / 1048576, limit=size_limit / 1048576),
                    _("pass --max-size to raise the limit if the file is genuine"))
            for part in parts:
                if part.filename.endswith(".xml"):
                    _check_xml(package.read(part), part.filename, source)
    except PolicydiffError:
        raise
    except Exception as exc:  # any failure to unpack a damaged package (zlib, struct, CRC…) is the file's
        raise PolicydiffError(source, _("is not a readable .docx ({error})").format(
            error=type(exc).__name__), _RESAVE) from None


def _check_xml(xml: bytes, name: str, source: str) -> None:
    if b"<!DOCTYPE" in xml[:4096] or b"<!ENTITY" in xml:
        raise PolicydiffError(source, _("{part} declares XML entities (Word never writes them; "
                                        "it is how entity bombs start)").format(part=name), _RESAVE)
    match = _ENTITY.search(xml)
    if match:
        line = xml.count(b"\n", 0, match.start()) + 1
        entity = match.group(0).decode("utf-8", "replace")
        raise PolicydiffError(source, _("{part} line {line} uses the undeclared XML entity {entity}, "
                                        "and the text after it could not be read").format(
                                            part=name, line=line, entity=entity), _RESAVE)


def read_docx(data: bytes, source: str, size_limit: Optional[int] = None) -> RawText:
    from . import DEFAULT_SIZE_LIMIT

    check_container(data, source, size_limit or DEFAULT_SIZE_LIMIT)
    import docx
    from docx.table import Table

    try:
        document = docx.Document(io.BytesIO(data))
        numbering = _Numbering(document)
        lines: List[str] = []
        for block in document.iter_inner_content():
            if isinstance(block, Table):
                lines.extend(_table_lines(block))
            else:
                label = numbering.label(block)
                text = block.text.strip()
                if text or label:
                    lines.append(f"{label} {text}".strip() if label else text)
    except PolicydiffError:
        raise
    except Exception as exc:  # any parser failure of a damaged file is the user's file, not a bug
        raise PolicydiffError(source, _("is not a readable .docx ({error})").format(error=type(exc).__name__),
                              _RESAVE) from None
    if not any(line.strip() for line in lines):
        raise PolicydiffError(source, _("holds no text"), _("give the Word file that holds the policy"))
    return RawText(source, "\n".join(lines), "application/vnd.openxmlformats-officedocument."
                   "wordprocessingml.document", "")


def _table_lines(table) -> List[str]:
    lines = []
    for row in table.rows:
        cells, seen = [], set()
        for cell in row.cells:
            if id(cell._tc) in seen:  # a merged cell is listed once per grid column
                continue
            seen.add(id(cell._tc))
            text = " ".join(p.text.strip() for p in cell.paragraphs if p.text.strip())
            cells.append(text)
        if any(cells):
            lines.append("\t".join(cells))
    return lines


class _Numbering:
    """Word's list numbering: counters per list and level, printed by the level's format."""

    def __init__(self, document) -> None:
        from docx.oxml.ns import qn

        self._qn = qn
        self._levels: Dict[str, Dict[int, Tuple[int, str, str]]] = {}
        self._counters: Dict[str, List[int]] = {}
        self._by_style: Dict[Optional[str], Optional[Tuple[str, int]]] = {}
        try:
            root = document.part.numbering_part.element
        except (KeyError, NotImplementedError, AttributeError):
            return
        abstract = {}
        for node in root.findall(qn("w:abstractNum")):
            abstract[node.get(qn("w:abstractNumId"))] = self._read_levels(node)
        for num in root.findall(qn("w:num")):
            ref = num.find(qn("w:abstractNumId"))
            levels = dict(abstract.get(ref.get(qn("w:val")) if ref is not None else None, {}))
            for override in num.findall(qn("w:lvlOverride")):
                ilvl = int(override.get(qn("w:ilvl"), "0"))
                start = override.find(qn("w:startOverride"))
                if start is not None and ilvl in levels:
                    _, fmt, text = levels[ilvl]
                    levels[ilvl] = (int(start.get(qn("w:val"), "1")), fmt, text)
            self._levels[num.get(qn("w:numId"))] = levels

    def _read_levels(self, node) -> Dict[int, Tuple[int, str, str]]:
        qn = self._qn
        levels = {}
        for lvl in node.findall(qn("w:lvl")):
            def val(tag: str, default: str) -> str:
                child = lvl.find(qn(tag))
                return child.get(qn("w:val"), default) if child is not None else default
            levels[int(lvl.get(qn("w:ilvl"), "0"))] = (
                int(val("w:start", "1")), val("w:numFmt", "decimal"), val("w:lvlText", ""))
        return levels

    def _num_pr(self, paragraph) -> Optional[Tuple[str, int]]:
        found = self._from_ppr(paragraph._p.pPr)
        if found is not None:
            return found
        style_id = paragraph._p.style  # resolving the style object is slow; cache by id
        if style_id not in self._by_style:
            style, found = paragraph.style, None
            while style is not None and found is None:
                found = self._from_ppr(style.element.pPr)
                style = style.base_style
            self._by_style[style_id] = found
        return self._by_style[style_id]

    def _from_ppr(self, ppr) -> Optional[Tuple[str, int]]:
        """(numId, level) of a paragraph's or style's properties, if they number it."""
        qn = self._qn
        num_pr = ppr.find(qn("w:numPr")) if ppr is not None else None
        num_id = num_pr.find(qn("w:numId")) if num_pr is not None else None
        if num_id is None:
            return None
        ilvl = num_pr.find(qn("w:ilvl"))
        return num_id.get(qn("w:val")), int(ilvl.get(qn("w:val"), "0")) if ilvl is not None else 0

    def label(self, paragraph) -> str:
        if not self._levels:
            return ""
        found = self._num_pr(paragraph)
        if found is None or found[0] not in self._levels:
            return ""
        num_id, ilvl = found
        levels = self._levels[num_id]
        if ilvl not in levels:
            return ""
        counters = self._counters.setdefault(num_id, [0] * 10)
        ilvl = min(ilvl, 9)
        start = levels[ilvl][0]
        counters[ilvl] = counters[ilvl] + 1 if counters[ilvl] else start
        for deeper in range(ilvl + 1, len(counters)):
            counters[deeper] = 0
        _, fmt, text = levels[ilvl]
        if fmt in ("bullet", "none"):
            return ""
        for level in range(ilvl, -1, -1):
            if level in levels:
                value = counters[level] or levels[level][0]
                text = text.replace(f"%{level + 1}", format_number(value, levels[level][1]))
        return text.strip()


_CIRCLED = "①②③④⑤⑥⑦⑧⑨⑩⑪⑫⑬⑭⑮⑯⑰⑱⑲⑳"
_DIGITS_ZH = "〇一二三四五六七八九"


def format_number(value: int, fmt: str) -> str:
    """A list counter as Word prints it in the given w:numFmt."""
    if fmt in ("chineseCounting", "chineseCountingThousand", "chineseLegalSimplified",
               "ideographTraditional", "japaneseCounting", "taiwaneseCounting",
               "taiwaneseCountingThousand"):
        import cn2an

        return cn2an.an2cn(value)
    if fmt in ("ideographDigital", "taiwaneseDigital"):
        return "".join(_DIGITS_ZH[int(d)] for d in str(value))
    if fmt.startswith("decimalEnclosedCircle") and 1 <= value <= len(_CIRCLED):
        return _CIRCLED[value - 1]
    if fmt == "decimalFullWidth":
        return str(value).translate({ord(d): ord(d) + 0xFEE0 for d in "0123456789"})
    if fmt in ("lowerLetter", "upperLetter") and value > 0:
        letters = chr(ord("a") + (value - 1) % 26) * ((value - 1) // 26 + 1)
        return letters.upper() if fmt == "upperLetter" else letters
    if fmt in ("lowerRoman", "upperRoman") and 0 < value < 4000:
        roman = _roman(value)
        return roman if fmt == "upperRoman" else roman.lower()
    if fmt == "decimalZero":
        return f"{value:02d}"
    return str(value)


def _roman(value: int) -> str:
    out = ""
    for number, letters in ((1000, "M"), (900, "CM"), (500, "D"), (400, "CD"), (100, "C"), (90, "XC"),
                            (50, "L"), (40, "XL"), (10, "X"), (9, "IX"), (5, "V"), (4, "IV"), (1, "I")):
        while value >= number:
            out += letters
            value -= number
    return out
