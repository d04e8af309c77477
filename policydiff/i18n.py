"""The user's language for messages: gettext over the catalogues in policydiff/locale.

Every message a person reads on the terminal goes through ``_`` (``ngettext``
for counts): Chinese when the locale says zh_* (LANG, LC_ALL, LC_MESSAGES,
LANGUAGE), English otherwise.
"""
from __future__ import annotations

import gettext
from pathlib import Path

DOMAIN = "policydiff"
LOCALE_DIR = Path(__file__).resolve().parent / "locale"

_translation = gettext.translation(DOMAIN, localedir=str(LOCALE_DIR), fallback=True)


def _(message: str) -> str:
    return _translation.gettext(message)


def ngettext(singular: str, plural: str, n: int) -> str:
    return _translation.ngettext(singular, plural, n)
