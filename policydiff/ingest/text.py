"""Plain text (.txt, .md) in any common encoding."""
from __future__ import annotations

import codecs

from ..errors import PolicydiffError
from ..i18n import _
from ..models import RawText

_BOMS = (
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF32_LE, "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)
_TEXT_FIX = _("give a .txt or .md file in a text encoding (UTF-8, GB18030, UTF-16)")


def decode_text(data: bytes, source: str, declared: str = "") -> RawText:
    """Decode bytes of plain text: a BOM, then the declared charset, then UTF-8,
    then charset-normalizer's best guess (GB18030, Big5, UTF-16 without BOM…)."""
    for bom, encoding in _BOMS:
        if data.startswith(bom):
            try:
                return RawText(source, data.decode(encoding), "text/plain", encoding)
            except UnicodeDecodeError:
                break
    if b"\x00" in data[:8192]:
        encoding = _utf16_order(data)
        if not encoding:
            raise PolicydiffError(source, _("looks like a binary file, not text"), _TEXT_FIX)
        declared = encoding
    for encoding in (declared, "utf-8"):
        if encoding:
            try:
                return RawText(source, data.decode(_widest(encoding)), "text/plain", encoding)
            except (UnicodeDecodeError, LookupError):
                pass
    from charset_normalizer import from_bytes  # only for files that are not UTF-8

    best = from_bytes(data).best()
    if best is None:
        raise PolicydiffError(
            source, _("cannot tell the text encoding"),
            _("save it as UTF-8 (or GB18030) text and try again"))
    return RawText(source, str(best), "text/plain", best.encoding)


def _widest(encoding: str) -> str:
    """GB2312 and GBK labels are read as GB18030, their superset (pages often mislabel)."""
    return "gb18030" if encoding.lower().replace("-", "") in ("gb2312", "gbk", "x936", "cp936") else encoding


def _utf16_order(data: bytes) -> str:
    """UTF-16 without a BOM: the byte order under which the text reads as
    Chinese or ASCII text, or '' when neither does (binary)."""
    sample = data[:4096]
    sample = sample[: len(sample) // 2 * 2]
    best, best_score = "", 0.0
    for encoding in ("utf-16-le", "utf-16-be"):
        text = sample.decode(encoding, errors="replace")
        readable = sum(1 for ch in text if ch in "\r\n\t" or (ch.isprintable() and (
            ch < "\u0250" or "\u3000" <= ch <= "\u9fff" or "\uff00" <= ch <= "\uffef")))
        score = readable / max(1, len(text))
        if score > best_score:
            best, best_score = encoding, score
    return best if best_score >= 0.9 else ""


def read_plain(data: bytes, source: str, declared: str = "") -> RawText:
    raw = decode_text(data, source, declared)
    sample = raw.text[:4096]
    if sample.replace("\n", "").replace("\r", "").replace("\t", "").isprintable():  # the usual case, in C
        return raw
    # A wide or zero-width space is not printable either: count by distinct character, not one by one.
    printable = len(sample) - sum(sample.count(ch) for ch in set(sample)
                                  if not (ch.isprintable() or ch in "\r\n\t"))
    if sample and printable / len(sample) < 0.9:
        raise PolicydiffError(source, _("looks like a binary file, not text"), _TEXT_FIX)
    return raw
