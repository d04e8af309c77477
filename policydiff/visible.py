"""Characters that must not act: control characters and bidirectional overrides.

A policy's text, title or source name may carry terminal escapes (ESC, OSC
sequences ending in BEL), other C0/C1 control characters, or Unicode bidi
controls (U+202E turns "gnp.exe" into what reads as "exe.png"). They are
never passed on as they are:

- in document text and reports they are shown as visible symbols
  (``show``: ESC → ␛, BEL → ␇, other C1 → U+FFFD, U+202E → ⟦U+202E⟧), so a
  reviewer sees that the source holds them;
- on the terminal the same symbols are printed (``for_terminal``);
- in file names they are removed (``for_filename``).
"""
from __future__ import annotations

import re

from . import recache

#: C0 controls but tab and newline, DEL, C1 controls.
_CONTROL = recache.compile(r"[\x00-\x08\x0b-\x1f\x7f\x80-\x9f]")
#: Bidi embeddings, overrides and isolates, and the Arabic letter mark.
_BIDI = recache.compile(r"[\u202a-\u202e\u2066-\u2069\u061c]")
_UNSAFE = recache.compile(_CONTROL.pattern[:-1] + _BIDI.pattern[1:])


def _picture(match: "re.Match[str]") -> str:
    ch = match.group(0)
    code = ord(ch)
    if code < 0x20:
        return chr(0x2400 + code)  # the Control Pictures block: ␀ … ␟
    if code == 0x7F:
        return "\u2421"  # ␡
    if code < 0xA0:
        return "\ufffd"
    return f"⟦U+{code:04X}⟧"


def show(text: str) -> str:
    """The text with every control and bidi override character made visible."""
    return _UNSAFE.sub(_picture, text) if _UNSAFE.search(text) else text


def has_unsafe(text: str) -> bool:
    return _UNSAFE.search(text) is not None


def for_terminal(text: str) -> str:
    """What may be printed to a terminal: nothing that moves the cursor or retitles the window."""
    return show(text)


def for_filename(text: str) -> str:
    """A name with control and bidi characters removed (and no path separator)."""
    return _UNSAFE.sub("", text).replace("/", "／").replace("\\", "＼")
