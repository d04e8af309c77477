"""Ingest: a file path or URL to text, with provenance. Knows nothing about law.

The reader is chosen by content first (a PDF, a .docx, an HTML page say what
they are in their first bytes), then by suffix, or for a URL by its content
type. Each reader takes the bytes and the source name and returns a
:class:`RawText`, or raises :class:`PolicydiffError` with one line naming
the file and what to do; no other exception leaves a reader.

A source may name one policy of a multi-policy dump: ``FILE#N`` (numbered
from 1 in the order of the dump) or ``read(..., pick=TITLE)``; see
:mod:`policydiff.ingest.dump`.
"""
from __future__ import annotations

import os
import re
import stat
from typing import Callable, Dict, List, Optional

from .. import recache
from ..errors import PolicydiffError
from ..i18n import _
from ..models import RawText
from .text import decode_text, read_plain

#: An OLE compound file (an old .doc, or a password-protected .docx): here, not in .docx, so that
#: sniffing a text file loads no Word reader.
CFB_MAGIC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"

__all__ = ["read", "read_bytes", "sniff", "decode_text", "documents_in", "RawText", "READERS", "SUFFIXES",
           "DEFAULT_SIZE_LIMIT"]

#: Files larger than this are refused (bytes); the CLI can change it.
DEFAULT_SIZE_LIMIT = 50 * 1024 * 1024


def _read_text(data: bytes, source: str, charset: str = "", size_limit: int = DEFAULT_SIZE_LIMIT) -> RawText:
    return read_plain(data, source, charset)


def _read_html(data: bytes, source: str, charset: str = "", size_limit: int = DEFAULT_SIZE_LIMIT) -> RawText:
    from .html import read_html

    return read_html(data, source, charset)


def _read_docx(data: bytes, source: str, charset: str = "", size_limit: int = DEFAULT_SIZE_LIMIT) -> RawText:
    from .docx import read_docx

    return read_docx(data, source, size_limit)  # the limit bounds what the package unpacks to


def _read_pdf(data: bytes, source: str, charset: str = "", size_limit: int = DEFAULT_SIZE_LIMIT) -> RawText:
    from .pdf import read_pdf

    return read_pdf(data, source)


#: format name → reader(bytes, source, charset, size_limit) -> RawText
READERS: Dict[str, Callable[..., RawText]] = {
    "text": _read_text,
    "html": _read_html,
    "docx": _read_docx,
    "pdf": _read_pdf,
}

#: file suffix → format name
SUFFIXES: Dict[str, str] = {
    ".txt": "text", ".md": "text", ".markdown": "text", ".text": "text", "": "text",
    ".html": "html", ".htm": "html", ".xhtml": "html", ".shtml": "html",
    ".docx": "docx", ".pdf": "pdf",
}

def documents_in(folder: str, recursive: bool = False, follow_symlinks: bool = False,
                 on_skip: Optional[Callable[[str, str], None]] = None) -> List[str]:
    """The files of a folder policydiff reads (a known suffix, not hidden), sorted by path.

    A symbolic link that leads out of the folder (to /etc/passwd, say) is left
    out and reported to ``on_skip(path, reason)``, unless ``follow_symlinks``;
    links to folders are never descended into.
    """
    found: List[str] = []
    root = os.path.realpath(folder)
    for here, dirs, names in os.walk(folder):
        dirs[:] = sorted(d for d in dirs if not d.startswith(".")) if recursive else []
        for n in sorted(names):
            suffix = os.path.splitext(n)[1].lower()
            if n.startswith(".") or not suffix or suffix not in SUFFIXES:
                continue
            path = os.path.join(here, n)
            if not follow_symlinks and os.path.islink(path):
                target = os.path.realpath(path)
                if os.path.commonpath([root, target]) != root:
                    if on_skip:
                        on_skip(path, _("{path}: a link to a file outside the folder; "
                                        "pass --follow-symlinks to read it").format(path=path))
                    continue
            found.append(path)
    if not found:
        known = ", ".join(sorted(s for s in SUFFIXES if s))
        raise PolicydiffError(folder, _("holds no document policydiff reads"),
                              _("put {suffixes} files there").format(suffixes=known))
    return found


_HTML_START = recache.compile(rb"^\s*(?:<\?xml[^>]*>\s*)?(?:<!--.*?-->\s*)*<(?:!doctype\s+html|html|head|body|meta|title)\b",
                         re.IGNORECASE | re.DOTALL)


def sniff(data: bytes) -> str:
    """The format the bytes announce themselves as, or '' when they do not."""
    head = data[:1024]
    if head.lstrip(b"\x00\t\r\n ").startswith(b"%PDF-"):
        return "pdf"
    if head.startswith(b"PK\x03\x04") and b"word/" in data[:65536]:
        return "docx"
    if head.startswith(CFB_MAGIC):
        return "docx"  # the .docx reader names what it is: password-protected or old .doc
    if _HTML_START.match(head.lstrip(b"\xef\xbb\xbf")):
        return "html"
    return ""


def read_bytes(data: bytes, source: str, fmt: str = "", charset: str = "",
               size_limit: int = DEFAULT_SIZE_LIMIT) -> RawText:
    """Read bytes already in hand with the reader for ``fmt`` (sniffed when it says)."""
    if not data.strip():
        raise PolicydiffError(source, _("is empty"), _("give a file that holds the policy text"))
    fmt = sniff(data) or fmt
    if not fmt:
        raise _unknown_format(source, _("is in an unknown format"))
    raw = READERS[fmt](data, source, charset, size_limit)
    if not raw.text.strip():  # a byte-order mark alone, say
        raise PolicydiffError(source, _("is empty"), _("give a file that holds the policy text"))
    return raw


def _unknown_format(source: str, problem: str) -> PolicydiffError:
    known = ", ".join(s for s in sorted(SUFFIXES) if s)
    return PolicydiffError(source, problem, _("give a file ending in one of: {suffixes}").format(suffixes=known))


_PICK_NUMBER = recache.compile(r"^(.+)#(\d+)$")


def read(source: "str | os.PathLike[str]", size_limit: int = DEFAULT_SIZE_LIMIT,
         pick: Optional[str] = None) -> RawText:
    """Read one version of a policy from a file path or an http(s) URL.

    ``FILE#N`` and ``pick`` choose one policy of a multi-policy dump.
    """
    name = os.fspath(source)
    match = _PICK_NUMBER.match(name)
    if match and not _exists(name):
        from .dump import choose

        return choose(_read_whole(match.group(1), size_limit), number=int(match.group(2)), source=name)
    raw = _read_whole(name, size_limit)
    if pick:
        from .dump import choose

        return choose(raw, title=pick, source=name)
    return raw


def _is_url(name: str) -> bool:
    from .web import is_url  # only for a name that may be one: web loads its settings and address checks

    return is_url(name)


def _read_whole(name: str, size_limit: int) -> RawText:
    if "://" in name and _is_url(name):
        from .web import fetch

        data, fmt, charset = fetch(name, size_limit)
        return read_bytes(data, name, fmt or SUFFIXES.get(_url_suffix(name), "text"), charset, size_limit)
    path = name
    if not name or name.endswith(("/", "/.", os.sep, os.sep + ".")):  # what pathlib reads otherwise ("" is ".")
        from pathlib import Path

        path = str(Path(name))
    try:
        info = os.stat(path)
    except FileNotFoundError:
        raise PolicydiffError(name, _("no such file"), _("check the path")) from None
    except OSError as exc:
        raise PolicydiffError(name, _("cannot be read ({reason})").format(reason=exc.strerror),
                              _("check the path and its permissions")) from None
    if stat.S_ISDIR(info.st_mode):
        raise PolicydiffError(name, _("is a directory"), _("give the path of one file in it"))
    if not stat.S_ISREG(info.st_mode):
        # A device, FIFO or socket: reading it could block forever or never end.
        raise PolicydiffError(name, _("is not a regular file (a {kind})").format(kind=_file_kind(info.st_mode)),
                              _("save the text to a file and give that file"))
    size = info.st_size
    if size > size_limit:
        raise PolicydiffError(
            name, _("file is {size}, over the {limit} limit").format(size=megabytes(size),
                                                                    limit=megabytes(size_limit)),
            _("pass --max-size to raise the limit"))
    try:
        with open(path, "rb") as file:
            data = file.read()
    except OSError as exc:
        raise PolicydiffError(name, _("cannot be read ({reason})").format(reason=exc.strerror),
                              _("check its permissions")) from None
    suffix = _suffix(path).lower()
    fmt = SUFFIXES.get(suffix)
    if fmt is None and not sniff(data):
        raise _unknown_format(name, _("unknown format '{suffix}'").format(suffix=suffix))
    return read_bytes(data, name, fmt or "", size_limit=size_limit)


def _exists(name: str) -> bool:
    from pathlib import Path  # (pathlib, with urllib.parse, only for FILE#N)

    return Path(name).exists()


def _suffix(name: str) -> str:
    """pathlib's ``Path(name).suffix``, without importing pathlib for every read."""
    from ..files import pathlib_suffix

    return pathlib_suffix(name)


def _file_kind(mode: int) -> str:
    for test, kind in ((stat.S_ISFIFO, _("FIFO")), (stat.S_ISCHR, _("character device")),
                       (stat.S_ISBLK, _("block device")), (stat.S_ISSOCK, _("socket"))):
        if test(mode):
            return kind
    return _("special file")


def megabytes(size: int) -> str:
    """A size as --max-size takes it: "50 MB", "0.5 MB", "0.004 MB" (never "0 MB")."""
    value = size / 1048576
    text = f"{value:.1f}" if value >= 1 else f"{value:.3g}"
    return (text[:-2] if text.endswith(".0") else text) + " MB"


def _url_suffix(url: str) -> str:
    from urllib.parse import urlsplit

    from pathlib import Path

    return Path(urlsplit(url).path).suffix.lower()
