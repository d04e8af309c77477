"""Normalize: one canonical text for comparison, paragraphs kept for display.

The steps run in the order of ``STEPS``: each is a small named function over
the list of lines, so a caller can run a subset or add its own. The canonical
form is the one a Chinese typesetter would use: Latin letters, digits and
% / + half width; Chinese punctuation （），；：！？ full width; no spaces
around Chinese characters; hard wraps joined; page furniture (URLs, "阅读原文",
share boxes, attachment file names, page numbers, site prefixes) removed.
"""
from __future__ import annotations

import re
import sys
from typing import Callable, Dict, Iterable, List, Optional, Sequence, Tuple

from . import lazyre
from . import recache
from .models import RawText, Text

Lines = List[str]

# Full-width punctuation that is the Chinese norm and stays full width.
_KEEP_FULL = set("（），：；！？")
# Half-width punctuation that becomes full width next to Chinese text.
_TO_FULL = {",": "，", ";": "；", ":": "：", "(": "（", ")": "）", "!": "！", "?": "？"}

_WIDTH_TABLE = {
    cp: cp - 0xFEE0 for cp in range(0xFF01, 0xFF5F) if chr(cp) not in _KEEP_FULL
}
_WIDTH_TABLE.update({0x3000: 0x20, 0x00A0: 0x20, 0x2002: 0x20, 0x2003: 0x20, 0x2009: 0x20})
# Characters that carry nothing: zero-width spaces, BOM, soft hyphen.
_WIDTH_TABLE.update({cp: None for cp in (0x200B, 0x200C, 0x200D, 0x2060, 0xFEFF, 0x00AD)})


#: The CJK Unified Ideographs, the Han characters every statute of the corpus is written in, as a class's range; and one of them.
HAN_RANGE = "\u4e00-\u9fff"
HAN = recache.compile(f"[{HAN_RANGE}]")

_CJK_CLASS = ("\u4e00-\u9fff\u3400-\u4dbf\U00020000-\U0002ffff\u3000-\u303f\uff00-\uffef"
              "\u201c\u201d\u2018\u2019\u2014\u2026\u00b7")
_WIDE = lazyre.compile(r"[\u1100-\u115f\u2e80-\ua4cf\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6"
                   r"\U00020000-\U0003fffd]")


_NON_TEXT = recache.compile(r"[\W_]+")


def loose_key(text: str) -> str:
    """The text with spacing and punctuation removed: what content matching sees."""
    if len(text) >= FOLD_IN_BULK and (len(text) >= FOLD_IMPORTS_NUMPY or _numpy_loaded()):
        return _loose_key_in_bulk(text)
    return _NON_TEXT.sub("", text)


def _loose_key_in_bulk(text: str) -> str:
    """``loose_key`` of a long text: the characters kept (those ``[\\W_]`` does not match: \\w's
    alphanumerics, which are str.isalnum's, but "_") found by numpy, each distinct character
    asked once (a book-long clause: a tenth of its characters are punctuation, each a match)."""
    import numpy as np

    try:
        codes = np.frombuffer(text.encode("utf-32-le"), dtype=np.uint32)
    except UnicodeEncodeError:  # (a lone surrogate)
        return _NON_TEXT.sub("", text)
    present = np.zeros(0x110000, dtype=bool)
    present[codes] = True
    kept = np.zeros(0x110000, dtype=bool)
    for code in np.flatnonzero(present).tolist():
        kept[code] = chr(code).isalnum() and code != 0x5F
    return codes[kept[codes]].tobytes().decode("utf-32-le")


_WIDE_RUN = None


def display_width(s: str) -> int:
    """Columns a line takes: East Asian wide and full-width characters count two."""
    global _WIDE_RUN
    if _WIDE_RUN is None:  # runs, not single characters: a Chinese line is one or a few matches
        _WIDE_RUN = recache.compile(_WIDE.pattern + "+")
    return len(s) + sum(map(len, _WIDE_RUN.findall(s)))


# ---------------------------------------------------------------- the steps

def _by_text(lines: Lines, edit: Callable[[str], str]) -> Lines:
    """``edit`` (one that never adds, removes or crosses a line break) applied to
    all the lines at once: a few passes of C over the joined text instead of
    Python work per line (a 49 MB text has 700,000 lines). Lines that hold a
    line break themselves are edited one by one."""
    text = "\n".join(lines)
    if text.count("\n") != len(lines) - 1:
        return [edit(line) for line in lines]
    return edit(text).split("\n")


# Runs of the characters _WIDTH_TABLE changes: most text holds few, and
# str.translate with a dict costs a lookup per character.
_FOLDABLE = recache.compile("[" + "".join(re.escape(chr(cp)) for cp in sorted(_WIDTH_TABLE)) + "]+")


def _fold_width_text(text: str) -> str:
    if len(text) >= FOLD_IN_BULK and (len(text) >= FOLD_IMPORTS_NUMPY or _numpy_loaded()):
        return _fold_width_in_bulk(text)
    return _FOLDABLE.sub(lambda m: m.group().translate(_WIDTH_TABLE), text)


#: Characters from which _fold_width_text finds what it folds with numpy once it is loaded, not by
#: the pattern's character class tried at each one (about 15 ms less a million characters); from
#: FOLD_IMPORTS_NUMPY characters it is imported for it (0.1-0.2 s).
FOLD_IN_BULK = 1_000_000
FOLD_IMPORTS_NUMPY = 10_000_000


def _numpy_loaded() -> bool:
    return "numpy" in sys.modules


def _fold_width_in_bulk(text: str) -> str:
    """``_fold_width_text`` of a long text: the runs of foldable characters found by numpy (a table
    of code points), each translated as the pattern's match would be."""
    import numpy as np

    try:
        codes = np.frombuffer(text.encode("utf-32-le"), dtype=np.uint32)
    except UnicodeEncodeError:  # (a lone surrogate)
        return _FOLDABLE.sub(lambda m: m.group().translate(_WIDTH_TABLE), text)
    foldable = np.zeros(0x110000, dtype=bool)
    foldable[list(_WIDTH_TABLE)] = True
    at = np.flatnonzero(foldable[codes])
    del codes
    if not len(at):
        return text
    cut = np.flatnonzero(np.diff(at) != 1) + 1  # where a run of consecutive positions ends
    starts = at[np.concatenate(([0], cut))].tolist()
    ends = (at[np.concatenate((cut - 1, [len(at) - 1]))] + 1).tolist()
    out, last = [], 0
    for start, end in zip(starts, ends):
        out.append(text[last:start])
        out.append(text[start:end].translate(_WIDTH_TABLE))
        last = end
    out.append(text[last:])
    return "".join(out)


def fold_width(lines: Lines) -> Lines:
    """Full-width Latin/digits/symbols to half width; odd spaces to plain ones."""
    return _by_text(lines, _fold_width_text)


#: A listing site's prefix before each policy: "[地址:北京石景山区]面议".
SITE_PREFIX = recache.compile(r"\[地址[:：][^\]]*\]\s*面议")

# Markdown/HTML comments (<!-- INFO END -->), a Word bookmark left by a .docx
# export, a site prefix: each kept within one line (they run over the joined
# text) and with a string it needs (most texts hold none, and `in` is fast).
_MARKUP = [
    (recache.compile(r"<!--.*?-->"), "<!--"),
    (recache.compile(r"\[bookmark:[^\]\n]*\]"), "[bookmark:"),
    (recache.compile(SITE_PREFIX.pattern.replace(r"[^\]]", r"[^\]\n]").replace(r"\s", r"[^\S\n]")), "[地址"),
]


def _drop_markup_text(text: str) -> str:
    for pattern, needed in _MARKUP:
        if needed in text:
            text = pattern.sub("", text)
    return text


def drop_markup(lines: Lines) -> Lines:
    """Markup and site prefixes that are not part of the policy."""
    return _by_text(lines, _drop_markup_text)


# The spacing passes run over the joined lines, each starting with a literal
# (the regex engine skips to it instead of trying every position) and none
# crossing a line break.
_SPACE_RUN = recache.compile(r"  +")  # after tabs became spaces

# An article or chapter label keeps one space on each side: it is what tells
# "第二条 本办法…" (a new article, also mid-line in a flattened page) from a
# reference such as "依照本法第二条规定". The whitespace before it is found by hand.
_LABEL_SPACES = recache.compile(
    r"(第(?<![\u4e00-\u9fff]第)[零〇一二三四五六七八九十百千\d]+(?:[编章节]|条(?:之[一二三四五六七八九十]+)?))(?:[^\S\n]+|$)",
    re.MULTILINE)
_KEPT_SPACE = "\x00"

_SPACES_BY_CHINESE = recache.compile(rf" (?:(?<=[{_CJK_CLASS},;:!?()] ) *| *(?=[{_CJK_CLASS},;:!?()]))")
_HALF_BY_CHINESE = recache.compile(rf"[,;:!?()](?:(?<=[{_CJK_CLASS}].)|(?=[{_CJK_CLASS}]))")


def _keep_label_spaces(text: str) -> str:
    """One kept space after each label, and one before it where it had whitespace."""
    out, last = [], 0
    for m in _LABEL_SPACES.finditer(text):
        start = before = m.start()
        while before > last and text[before - 1] != "\n" and text[before - 1].isspace():
            before -= 1
        out.append(text[last:before])
        out.append((_KEPT_SPACE if before < start else "") + m.group(1) + _KEPT_SPACE)
        last = m.end()
    out.append(text[last:])
    return "".join(out)


def _fix_spacing_text(text: str) -> str:
    """fix_spacing over stripped lines joined by line breaks."""
    if "\t" in text:
        text = text.replace("\t", " ")
    if "  " in text:
        text = _SPACE_RUN.sub(" ", text)
    text = _keep_label_spaces(text)
    text = _SPACES_BY_CHINESE.sub("", text)
    if any(ch in text for ch in ",;:!?()"):
        text = _HALF_BY_CHINESE.sub(lambda m: _TO_FULL[m.group()], text)
    return text.replace(_KEPT_SPACE, " ")


def fix_spacing(lines: Lines) -> Lines:
    """No spaces next to Chinese text; Chinese-context punctuation full width."""
    return list(map(str.strip, _by_text(list(map(str.strip, lines)), _fix_spacing_text)))


_FURNITURE_LINE = recache.compile(
    r"""^(?:
        (?:https?://|www\.)\S*            # a bare URL
      | javascript:;?
      | 点击[“"]?阅读原文[”"]?.*
      | 阅读原文 | 小程序 | 在看 | 分享 | 收藏 | 点赞 | 留言 | 赞 | 写留言 | 附件
      | 扫一扫.* | 长按.*二维码.* | 来源[:：].{0,40} | 原标题[:：].* | 编辑[:：].{0,20} | 责任编辑[:：].{0,20}
      | 第?\s*\d{1,4}\s*页(?:\s*[/，,共]\s*\d+\s*页?)? | -\s*\d{1,4}\s*- | \d{1,3}   # page numbers
      | .{1,120}\.(?:pdf|docx?|xlsx?|wps|zip|rar|ofd)   # an attachment's file name
    )$""",
    re.VERBOSE | re.IGNORECASE,
)
_ENDS_SENTENCE = tuple("。！？；：")
_CLOSERS = "”’）)》」』"


def ends_paragraph(line: str) -> bool:
    """True when a line ends with sentence-final punctuation (quotes allowed after it)."""
    stripped = line.rstrip(_CLOSERS)
    return stripped.endswith(_ENDS_SENTENCE) or line.endswith(_ENDS_SENTENCE)


def drop_furniture(lines: Lines) -> Lines:
    """Page furniture anywhere, and the trailer of a web page after the last sentence.

    The trailer is what follows the policy's last sentence on a web or WeChat
    page: account names, "附件", link lines, file names. It is cut from the end
    back to the last line that ends a sentence, as long as what is cut is short
    lines without sentence punctuation.
    """
    kept = [line for line in lines if not line or not _FURNITURE_LINE.match(line.strip())]  # "" is no furniture
    end = len(kept)
    while end and not kept[end - 1].strip():
        end -= 1
    cut = end
    while cut:
        line = kept[cut - 1].strip()
        if not line:
            cut -= 1
            continue
        if ends_paragraph(line) or len(line) > 60:
            break
        cut -= 1
    # Only a trailer of short, non-sentence lines is cut; a document whose last
    # paragraph simply lacks punctuation keeps it (cut stays at 0 otherwise).
    if cut and cut < end:
        tail = [l for l in kept[cut:end] if l.strip()]
        if all(not _looks_structural(l) for l in tail):
            return kept[:cut]
    return kept[:end]


_STRUCTURAL = lazyre.compile(
    r"^(?:#|\d{1,3}\s*第|第[零〇一二三四五六七八九十百千\d]+[编章节条])"
)


def _looks_structural(line: str) -> bool:
    return bool(_STRUCTURAL.match(line.strip()))


#: What follows a cited number rather than a heading: "第三条规定的", "第十条第二款", "第五条、第六条".
CITATION_TAIL = lazyre.compile(
    r"(?:规定|的|之|、|至|和|或|及|与|所[称列指述规]|[，,；。）)]|第[零〇一二三四五六七八九十百千\d]+[款项目])")

# Lines that always start a paragraph: headings, articles, item labels (a label with no
# space after it too, "第一条为了…", unless what follows reads as a citation).
_PARAGRAPH_START = lazyre.compile(
    r"^(?:#|(?:\d{1,3}\s+)?【?第[零〇一二三四五六七八九十百千\d]+(?:[编章节]|条(?:之[一二三四五六七八九十]+)?)"
    r"(?:\s|$|】|(?!" + CITATION_TAIL.pattern + r"))"
    r"|[一二三四五六七八九十]+、|（[一二三四五六七八九十\d]+）|\d{1,2}[.、．](?!\d)|[①-⑳])"
)


def starts_paragraph(line: str) -> bool:
    """True when a line opens a heading, an article or an item, never a continuation."""
    return bool(_PARAGRAPH_START.match(line))


def wrap_width(lines: Sequence[str]) -> int:
    """The width a hard-wrapped text was wrapped at, or 0 when it was not.

    A text is taken as hard-wrapped when the most common width of its longer
    lines (in display columns) holds, give or take four columns, at least 30%
    of its non-empty lines.
    """
    # A line of hundreds of characters was not wrapped: its exact width does not matter.
    lines = list(filter(str.strip, lines))  # (the non-blank lines, in C)
    if len(lines) >= WIDTHS_IN_BULK and _numpy_loaded():
        return _wrap_width_in_bulk(lines)
    return wrap_width_of(_widths(lines))


def wrap_width_of(widths: List[int]) -> int:
    """``wrap_width`` from the lines' display widths, read one by one (Counter's most common width
    of 24 or more, the first counted of equals)."""
    if len(widths) < 6:
        return 0
    from collections import Counter

    common = Counter(w for w in widths if w >= 24).most_common(1)
    if not common:
        return 0
    width = common[0][0]
    near = sum(1 for w in widths if abs(w - width) <= 4)
    return width if near >= max(5, 0.3 * len(widths)) else 0


#: Non-blank lines from which wrap_width counts widths with numpy, not line by line, once numpy is
#: loaded (a text long enough for _fold_width_text to load it).
WIDTHS_IN_BULK = 50_000


def _wrap_width_in_bulk(lines: Sequence[str]) -> int:
    """wrap_width of many non-blank lines: the same widths (``_widths``), the most common of those
    from 24 columns (the first counted of equals, as Counter.most_common(1) takes it) and the
    lines near it, counted by numpy."""
    import numpy as np

    joined = "\n".join(lines)
    if joined.count("\n") != len(lines) - 1:  # a line holding a line break: as one by one
        widths = np.array(_widths(lines), dtype=np.int64)
    else:
        display_width("")  # (compiles _WIDE_RUN)
        full = np.fromiter(map(len, lines), dtype=np.int64, count=len(lines))
        narrow = np.fromiter(map(len, _WIDE_RUN.sub("", joined).split("\n")), dtype=np.int64, count=len(lines))
        widths = np.where(full < 300, 2 * full - narrow, 2 * full)
    wide = widths[widths >= 24]
    if not len(wide):
        return 0
    values, first, counts = np.unique(wide, return_index=True, return_counts=True)
    tied = np.flatnonzero(counts == counts.max())
    width = int(values[tied[np.argmin(first[tied])]])
    near = int(np.count_nonzero(np.abs(widths - width) <= 4))
    return width if near >= max(5, 0.3 * len(widths)) else 0


def _widths(lines: Sequence[str]) -> List[int]:
    """display_width of each line (twice its length from 300 characters), the wide characters of all
    the lines taken out in one pass: a line is as wide as twice its length less its narrow characters."""
    joined = "\n".join(lines)
    if joined.count("\n") != len(lines) - 1:  # a line holding a line break: one by one
        return [display_width(l) if len(l) < 300 else 2 * len(l) for l in lines]
    display_width("")  # (compiles _WIDE_RUN)
    narrow = _WIDE_RUN.sub("", joined).split("\n") if lines else []
    return [2 * len(l) - len(n) if len(l) < 300 else 2 * len(l) for l, n in zip(lines, narrow)]


def join_wraps(lines: Lines) -> Lines:
    """Join hard-wrapped lines into paragraphs; drop blank lines.

    In a hard-wrapped text (see :func:`wrap_width`) a line that reaches the
    wrap width continues on the next one unless that one starts a heading,
    article or item. In any text, a line that is not a heading, article or
    item start continues the previous one when that one stopped mid-sentence
    at the wrap width.
    """
    width = wrap_width(lines)
    if not width:  # not hard-wrapped: every line is a paragraph
        return list(filter(None, map(str.strip, lines)))
    paragraphs: Lines = []
    open_paragraph = False
    for raw in lines:
        line = raw.strip()
        if not line:
            continue
        if open_paragraph and paragraphs and not starts_paragraph(line):
            paragraphs[-1] += line
        else:
            paragraphs.append(line)
        if not width:
            continue  # not hard-wrapped: every line is a paragraph
        columns = display_width(line)
        open_paragraph = (
            columns >= width - 6
            or (columns >= width // 2 and not ends_paragraph(line) and not starts_paragraph(line)))
    # A wrapped paragraph may have been split between two Latin words.
    return [p for p in paragraphs if p]


StepFn = Callable[[Lines], Lines]


def show_controls(lines: Lines) -> Lines:
    """Control characters and bidi overrides as visible symbols (see policydiff.visible):
    they never reach a terminal, a Word file or a report as what they do."""
    from .visible import show

    return _by_text(lines, show)  # one search over the text (a character at a time, never across lines)

#: The normalisation steps, in order, by name.
STEPS: Tuple[Tuple[str, StepFn], ...] = (
    ("show_controls", show_controls),
    ("fold_width", fold_width),
    ("drop_markup", drop_markup),
    ("fix_spacing", fix_spacing),
    ("drop_furniture", drop_furniture),
    ("join_wraps", join_wraps),
)


#: The steps that are one edit of the joined lines (see _by_text): a run of them edits the text
#: once joined, not joined and split again for each.
_TEXT_EDITS: Dict[StepFn, Callable[[str], str]] = {
    fold_width: _fold_width_text, drop_markup: _drop_markup_text}


def normalize(raw: RawText, steps: Iterable[Tuple[str, StepFn]] = STEPS) -> Text:
    """Run the normalisation steps over a text; returns its paragraphs."""
    text: Optional[str] = raw.text.replace("\r\n", "\n").replace("\r", "\n")
    lines: Lines = []
    for _name, step in steps:
        edit = _TEXT_EDITS.get(step) or (_show_text() if step is show_controls else None)
        if edit is not None and text is None:
            joined = "\n".join(lines)
            if joined.count("\n") == len(lines) - 1:  # (else edited line by line, by the step itself)
                text = joined
        if edit is not None and text is not None:
            text = edit(text)
            continue
        if text is not None:
            lines, text = text.split("\n"), None
        lines = step(lines)
    if text is not None:
        lines = text.split("\n")
    return Text(raw.source, tuple(filter(str.strip, lines)))  # (the non-blank lines, in C)


def _show_text() -> Callable[[str], str]:
    from .visible import show

    return show


#: The script conversions offered (OpenCC configurations).
CONVERSIONS = ("t2s", "s2t", "tw2s", "hk2s", "tw2sp")


def convert_script(raw: RawText, conversion: str) -> RawText:
    """Traditional ↔ Simplified Chinese with OpenCC, so a Hong Kong or Taiwan
    repost compares with the mainland text by substance. "tw2sp" also turns
    Taiwan's phrasing (軟體 → 软件) into the mainland's."""
    if conversion not in CONVERSIONS:
        from .errors import PolicydiffError
        from .i18n import _

        raise PolicydiffError(raw.source, _("unknown conversion '{conversion}'").format(conversion=conversion),
                              _("use one of: {choices}").format(choices=", ".join(CONVERSIONS)))
    import opencc

    converted = opencc.OpenCC(conversion).convert(raw.text)
    return RawText(raw.source, converted, raw.media_type, raw.encoding)


def canonical(text: str) -> str:
    """The canonical form of a snippet of text (one line), as normalize makes it."""
    return fix_spacing(fold_width([text]))[0]
