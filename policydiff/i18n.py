"""The user's language for messages: gettext over the catalogues in policydiff/locale.

Every message a person reads on the terminal goes through ``_`` (``ngettext``
for counts): Chinese when the locale says zh_* (LANGUAGE, LC_ALL,
LC_MESSAGES, LANG, in gettext's order), English otherwise. The catalogue is
``locale/zh_CN/LC_MESSAGES/policydiff.po``, compiled to the ``.mo`` next to
it (committed, so ``pip install .`` ships it); any zh_* locale (zh_TW,
zh_HK, zh_SG) reads it, as Chinese is closer to the user than English.
``scripts/update-catalogue`` re-extracts the messages and lists what is
still untranslated.
"""
from __future__ import annotations

import gettext
import os
from pathlib import Path
from typing import List

DOMAIN = "policydiff"
LOCALE_DIR = Path(__file__).resolve().parent / "locale"


def _languages() -> List[str]:
    """The user's languages as gettext reads them, any zh_* mapped to our zh_CN."""
    for variable in ("LANGUAGE", "LC_ALL", "LC_MESSAGES", "LANG"):
        value = os.environ.get(variable)
        if value:
            wanted = value.split(":")
            return ["zh_CN" if w.lower().startswith("zh") else w for w in wanted]
    return ["C"]


def load(languages: "List[str] | None" = None) -> gettext.NullTranslations:
    return gettext.translation(DOMAIN, localedir=str(LOCALE_DIR), fallback=True,
                               languages=languages or _languages())


_translation = load()


def _(message: str) -> str:
    return _translation.gettext(message)


def ngettext(singular: str, plural: str, n: int) -> str:
    return _translation.ngettext(singular, plural, n)


def chinese() -> bool:
    """Whether messages are read in Chinese (the catalogue was found)."""
    return not type(_translation) is gettext.NullTranslations


def install_for_click() -> None:
    """Click's own messages ("Usage:", "Show this message and exit.", "Error: …")
    come from gettext's default domain: point it at our catalogue, which holds
    their translations too. Called by the command line only, never on import."""
    languages = _languages()
    if "zh_CN" in languages and not os.environ.get("LANGUAGE", "").startswith("zh_CN"):
        os.environ["LANGUAGE"] = ":".join(languages)  # zh_TW, zh_HK… read the zh_CN catalogue as ours do
    gettext.bindtextdomain(DOMAIN, str(LOCALE_DIR))
    gettext.textdomain(DOMAIN)
