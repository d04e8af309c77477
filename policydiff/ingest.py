"""Ingest: a path to text, with provenance. Knows nothing about law.

Readers are looked up by file suffix in ``READERS``; each takes the bytes and
the source name and returns a :class:`RawText`. Plain text (.txt, .md) is
decoded from any common encoding: UTF-8 (with or without BOM), UTF-16 with a
BOM, GB18030/GBK and the rest that charset-normalizer recognises.
"""
from __future__ import annotations

import codecs
import os
from pathlib import Path
from typing import Callable, Dict

from .errors import PolicydiffError
from .models import RawText

#: Files larger than this are refused (bytes); the CLI can change it.
DEFAULT_SIZE_LIMIT = 50 * 1024 * 1024

_BOMS = (
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF32_LE, "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)


def decode_text(data: bytes, source: str) -> RawText:
    """Decode bytes of plain text, guessing the encoding when there is no BOM."""
    for bom, encoding in _BOMS:
        if data.startswith(bom):
            try:
                return RawText(source, data.decode(encoding), "text/plain", encoding)
            except UnicodeDecodeError:
                break
    if b"\x00" in data[:8192]:
        raise PolicydiffError(
            source, "looks like a binary file, not text",
            "give a .txt or .md file in a text encoding (UTF-8, GB18030, UTF-16)")
    try:
        return RawText(source, data.decode("utf-8"), "text/plain", "utf-8")
    except UnicodeDecodeError:
        pass
    from charset_normalizer import from_bytes  # only for files that are not UTF-8

    best = from_bytes(data).best()
    if best is None:
        raise PolicydiffError(
            source, "cannot tell the text encoding",
            "save it as UTF-8 (or GB18030) text and try again")
    return RawText(source, str(best), "text/plain", best.encoding)


def _read_plain(data: bytes, source: str) -> RawText:
    raw = decode_text(data, source)
    printable = sum(1 for ch in raw.text[:4096] if ch.isprintable() or ch in "\r\n\t")
    sample = min(len(raw.text), 4096)
    if sample and printable / sample < 0.9:
        raise PolicydiffError(
            source, "looks like a binary file, not text",
            "give a .txt or .md file in a text encoding (UTF-8, GB18030, UTF-16)")
    return raw


#: suffix → reader(bytes, source) -> RawText
READERS: Dict[str, Callable[[bytes, str], RawText]] = {
    ".txt": _read_plain,
    ".md": _read_plain,
    ".markdown": _read_plain,
    ".text": _read_plain,
    "": _read_plain,
}


def read(source: "str | os.PathLike[str]", size_limit: int = DEFAULT_SIZE_LIMIT) -> RawText:
    """Read one version of a policy from a file path."""
    name = os.fspath(source)
    path = Path(name)
    if not path.exists():
        raise PolicydiffError(name, "no such file", "check the path")
    if path.is_dir():
        raise PolicydiffError(name, "is a directory", "give the path of one file in it")
    suffix = path.suffix.lower()
    reader = READERS.get(suffix)
    if reader is None:
        known = ", ".join(s for s in sorted(READERS) if s)
        raise PolicydiffError(
            name, f"unknown format '{suffix}'", f"give a file ending in one of: {known}")
    size = path.stat().st_size
    if size > size_limit:
        raise PolicydiffError(
            name, f"file is {size / 1048576:.1f} MB, over the {size_limit / 1048576:.0f} MB limit",
            "pass --max-size to raise the limit")
    try:
        data = path.read_bytes()
    except OSError as exc:
        raise PolicydiffError(name, f"cannot be read ({exc.strerror})", "check its permissions") from None
    if not data.strip():
        raise PolicydiffError(name, "is empty", "give a file that holds the policy text")
    return reader(data, name)
