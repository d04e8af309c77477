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

import os
from typing import TYPE_CHECKING, List

from . import recache

if TYPE_CHECKING:
    import gettext

DOMAIN = "policydiff"
#: (a str: pathlib, with urllib.parse, is left out of a comparison that writes to stdout)
LOCALE_DIR = os.path.join(os.path.dirname(os.path.realpath(__file__)), "locale")


def _languages() -> List[str]:
    """The user's languages as gettext reads them, any zh_* mapped to our zh_CN."""
    for variable in ("LANGUAGE", "LC_ALL", "LC_MESSAGES", "LANG"):
        value = os.environ.get(variable)
        if value:
            wanted = value.split(":")
            return ["zh_CN" if w.lower().startswith("zh") else w for w in wanted]
    return ["C"]


def load(languages: "List[str] | None" = None) -> "gettext.NullTranslations":
    import gettext

    return gettext.translation(DOMAIN, localedir=str(LOCALE_DIR), fallback=True,
                               languages=languages or _languages())


#: Locale names under which gettext cannot find our only catalogue (zh_CN): C, POSIX and English
#: (locale.normalize maps none of them to a Chinese locale).
_NO_CATALOGUE = recache.compile(r"(?:C|POSIX)(?:[.@].*)?|en(?:[_.@].*)?")  # (its program kept: see recache)


def _messages_as_written(languages: List[str]) -> bool:
    """True when gettext would give the messages as written (NullTranslations) for these languages,
    said without importing gettext and locale (a fifth of the imports of a small comparison)."""
    return all(_NO_CATALOGUE.fullmatch(language) for language in languages)


#: None: the messages as written (what gettext's NullTranslations gives), gettext not loaded.
_translation = None if _messages_as_written(_languages()) else load()


def _(message: str) -> str:
    return message if _translation is None else _translation.gettext(message)


def ngettext(singular: str, plural: str, n: int) -> str:
    if _translation is None:
        return singular if n == 1 else plural
    return _translation.ngettext(singular, plural, n)


def chinese() -> bool:
    """Whether messages are read in Chinese (the catalogue was found)."""
    if _translation is None:
        return False
    import gettext

    return not type(_translation) is gettext.NullTranslations


def install_for_click() -> None:
    """Click's own messages ("Usage:", "Show this message and exit.", "Error: …")
    come from gettext's default domain: point it at our catalogue, which holds
    their translations too. Called by the command line only, never on import."""
    languages = _languages()
    if "zh_CN" in languages and not os.environ.get("LANGUAGE", "").startswith("zh_CN"):
        os.environ["LANGUAGE"] = ":".join(languages)  # zh_TW, zh_HK… read the zh_CN catalogue as ours do
    import gettext

    gettext.bindtextdomain(DOMAIN, str(LOCALE_DIR))
    gettext.textdomain(DOMAIN)
