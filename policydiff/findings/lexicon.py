"""The lexicons findings are built from, as data: policydiff/data/lexicon.json.

A user adds their own with ``--rules FILE`` (JSON of the same shape): lists
are extended, tables are updated, so a rules file only names what it adds.
"""
from __future__ import annotations

import re
from functools import lru_cache
import os
from typing import Dict, Optional, Pattern, Tuple

from .. import kept, recache
from ..errors import PolicydiffError
from ..i18n import _
from ..records import dataclass

DEFAULT_PATH = os.path.join(os.path.dirname(os.path.dirname(os.path.realpath(__file__))), "data", "lexicon.json")


@dataclass(frozen=True)
class Lexicon:
    """The words and patterns the finders look for (data/lexicon.json, plus a rules file)."""

    qualifiers: Dict[str, str]          # word → "upper" | "lower" | "soft" | "cumulative"
    modals: Dict[str, int]              # word → force (higher binds more)
    modal_not_after: Tuple[str, ...]    # a modal word right after these is a noun ("予以支持")
    modal_not_before: Tuple[str, ...]   # a modal word right before these is in a relative clause ("法律禁止的")
    prohibitions: Tuple[str, ...]
    procedures: Tuple[str, ...]
    condition_patterns: Tuple[Pattern[str], ...]
    units: Dict[str, Tuple[str, float, str]]  # unit → (kind, multiplier, canonical unit)
    not_a_unit_after: Dict[str, str]    # "次" followed by "性" is no unit ("一次性")
    qualifier_pattern: Pattern[str]     # the qualifiers, longest first
    modal_pattern: Pattern[str]         # the modal words, longest first
    figure_subjects: Tuple[str, ...] = ()     # what a figure measures ("注册资本", "罚款"), longest first
    sanctions: Tuple[Pattern[str], ...] = ()  # kinds of sanction ("吊销营业执照"), as patterns
    not_figures: Tuple[Pattern[str], ...] = ()  # words with a numeral that are no figure ("一人有限责任公司")


def _words_pattern(words) -> Pattern[str]:
    """Longest words first, so 不超过 wins over 超过."""
    return recache.compile("|".join(re.escape(w) for w in sorted(words, key=len, reverse=True)))


def _merge(base: dict, extra: dict, source: str) -> dict:
    merged = dict(base)
    for key, value in extra.items():
        if key.startswith("_"):
            continue
        if key not in base:
            raise PolicydiffError(source, _("unknown rules section '{key}'").format(key=key),
                                  _("use one of: {choices}").format(
                                      choices=", ".join(k for k in base if not k.startswith("_"))))
        if isinstance(base[key], list) and isinstance(value, list):
            merged[key] = base[key] + [v for v in value if v not in base[key]]
        elif isinstance(base[key], dict) and isinstance(value, dict):
            merged[key] = {**base[key], **value}
        else:
            raise PolicydiffError(source, _("rules section '{key}' has the wrong type").format(key=key),
                                  _("give a {kind} as in the bundled lexicon").format(kind=type(base[key]).__name__))
    return merged


def _read(path: str, source: str) -> dict:
    import json  # (the bundled lexicon is read through kept.json_file, without it)

    try:
        with open(path, encoding="utf-8-sig") as file:
            return json.loads(file.read())
    except FileNotFoundError:
        raise PolicydiffError(source, _("no such rules file"), _("check the path given to --rules")) from None
    except (OSError, UnicodeDecodeError) as exc:
        raise PolicydiffError(source, _("cannot read rules file ({reason})").format(reason=exc),
                              _("give a UTF-8 JSON file")) from None
    except json.JSONDecodeError as exc:
        raise PolicydiffError(source, _("rules file is not valid JSON (line {line}: {reason})").format(
                                          line=exc.lineno, reason=exc.msg),
                              _("fix the JSON; see the README for an example")) from None


def _patterns(patterns, source: str, what: str) -> Tuple[Pattern[str], ...]:
    try:
        return tuple(recache.compile(p) for p in patterns)
    except re.error as exc:
        raise PolicydiffError(source, _("bad {what} pattern ({reason})").format(what=what, reason=exc),
                              _("fix the regular expression")) from None


def _build(data: dict, source: str) -> Lexicon:
    patterns = _patterns(data["condition_patterns"], source, "condition")
    units = {}
    for unit, spec in data["units"].items():
        kind, mult = spec[0], float(spec[1])
        units[unit] = (kind, mult, spec[2] if len(spec) > 2 else unit)
    return Lexicon(
        qualifiers=dict(data["qualifiers"]), modals={k: int(v) for k, v in data["modals"].items()},
        modal_not_after=tuple(data["modal_not_after"]), modal_not_before=tuple(data["modal_not_before"]),
        prohibitions=tuple(data["prohibitions"]),
        procedures=tuple(data["procedures"]), condition_patterns=patterns, units=units,
        not_a_unit_after=dict(data["not_a_unit_after"]),
        qualifier_pattern=_words_pattern(data["qualifiers"]), modal_pattern=_words_pattern(data["modals"]),
        figure_subjects=tuple(sorted(data.get("figure_subjects", ()), key=len, reverse=True)),
        sanctions=_patterns(data.get("sanctions", ()), source, "sanction"),
        not_figures=_patterns(data.get("not_figures", ()), source, "not_figures"))


@lru_cache(maxsize=8)
def load_lexicon(rules: Optional[str] = None) -> Lexicon:
    """The bundled lexicon, plus a user's rules file when given."""
    data = kept.json_file(DEFAULT_PATH)
    if rules:
        extra = _read(rules, rules)
        if not isinstance(extra, dict):
            raise PolicydiffError(rules, _("rules file must hold a JSON object"),
                                  _("see the README for an example"))
        data = _merge(data, extra, rules)
    return _build(data, rules or str(DEFAULT_PATH))


class ReadOnce:
    """What a reader found in a text under one lexicon, kept for the next finder that asks
    (figures and values are asked for the same texts by several finders and document passes).
    At most ``size`` texts; the oldest goes first. The lexicon is kept beside the answer, so a
    lexicon freed and another made at its address is never mistaken for it."""

    def __init__(self, read, size: int = 16384):
        self._read, self._size = read, size
        self._seen: Dict[Tuple[str, int], tuple] = {}

    def __call__(self, text: str, lexicon: "Lexicon") -> list:
        hit = self._seen.get((text, id(lexicon)))
        if hit is not None and hit[0] is lexicon:
            return list(hit[1])
        found = self._read(text, lexicon)
        if len(self._seen) >= self._size:
            del self._seen[next(iter(self._seen))]
        self._seen[(text, id(lexicon))] = (lexicon, tuple(found))
        return found
