"""The subscriptions file: the policies to watch, how often, and where digests go.

    every = "1d"                                   # optional: the default schedule

    [[policy]]
    name = "石景山区工业互联网支持办法"
    source = "https://example.gov.cn/zwgk/2022/policy.html"   # or a path, relative to this file
    pick = "工业互联网"        # optional: one policy of a dump
    selector = "div.TRS_Editor"  # optional: a CSS selector for the policy's body (HTML)
    ignore = ["^浏览次数", "^发布时间"]  # optional: patterns of lines to drop
    every = "6h"               # optional: fetch at most this often

    [[channel]]                # optional, one per place digests are sent (see docs/subscriptions.md)
    name = "法规组"
    type = "email"
    ...

Every key is checked: a mistyped or unknown key, a value of the wrong type or a
control character in a name is an error naming the policy and the key, never
silently ignored.
"""
from __future__ import annotations

import os
import re
import sys
from typing import Any, Dict, List, NamedTuple, Optional, Tuple

from ..errors import PolicydiffError
from ..i18n import _

if sys.version_info >= (3, 11):
    import tomllib
else:  # pragma: no cover
    import tomli as tomllib

EXAMPLE = "[[policy]] name = \"…\" source = \"path or URL\""

#: Characters a name may not hold: C0/C1 controls, DEL, bidi overrides and isolates.
CONTROL = re.compile("[\x00-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069\u200e\u200f]")


class Subscription(NamedTuple):
    name: str
    source: str  # a URL, or an absolute path
    pick: Optional[str] = None
    selector: Optional[str] = None
    ignore: Tuple[str, ...] = ()
    every: float = 0.0  # seconds between fetches; 0: every run


class Channel(NamedTuple):
    name: str
    type: str  # email, wecom, dingtalk, webhook, apprise
    options: Dict[str, Any]  # the table as written, checked


class Sources(NamedTuple):
    path: str
    policies: List[Subscription]
    channels: List[Channel]


POLICY_KEYS = {"name": str, "source": str, "pick": str, "selector": str, "ignore": list, "every": str}
TOP_KEYS = {"policy": list, "channel": list, "every": str}

#: channel type → {key: (type, required)}
CHANNEL_KEYS: Dict[str, Dict[str, Tuple[type, bool]]] = {
    "email": {"host": (str, True), "port": (int, False), "security": (str, False), "user": (str, False),
              "password_env": (str, False), "from": (str, False), "to": (list, True)},
    "wecom": {"key": (str, False), "key_env": (str, False)},
    "dingtalk": {"token": (str, False), "token_env": (str, False), "secret_env": (str, False)},
    "webhook": {"url": (str, True)},
    "apprise": {"url": (str, False), "url_env": (str, False)},
}
SECURITY = ("starttls", "ssl", "none")

_DURATION = re.compile(r"^\s*(\d+(?:\.\d+)?)\s*(s|m|h|d)?\s*$")
_UNITS = {"s": 1, "m": 60, "h": 3600, "d": 86400, None: 1}


def parse_every(value: str, path: str, where: str) -> float:
    """ "6h", "30m", "1d", "45s" → seconds."""
    found = _DURATION.match(value)
    if not found:
        raise PolicydiffError(path, _("{where}: every = “{value}” is not a duration").format(where=where, value=value),
                              _("write a number and a unit, such as \"30m\", \"6h\" or \"1d\""))
    return float(found.group(1)) * _UNITS[found.group(2)]


def _type_name(kind: type) -> str:
    return {str: _("a string"), list: _("a list"), int: _("a whole number"), bool: _("true or false")}[kind]


def _check_keys(path: str, where: str, table: Any, keys: Dict[str, type]) -> None:
    if not isinstance(table, dict):
        raise PolicydiffError(path, _("{where} is not a table").format(where=where),
                              _("write it as {example}").format(example=EXAMPLE))
    for key, value in table.items():
        if key not in keys:
            import difflib

            near = difflib.get_close_matches(key, list(keys), n=1)
            hint = (_("did you mean “{key}”?").format(key=near[0]) if near
                    else _("known keys: {keys}").format(keys=", ".join(sorted(keys))))
            raise PolicydiffError(path, _("{where}: unknown key “{key}”").format(where=where, key=_visible(key)),
                                  hint)
        kind = keys[key]
        if not isinstance(value, kind) or isinstance(value, bool) and kind is not bool:
            raise PolicydiffError(path, _("{where}: {key} must be {kind}, not {found}").format(
                                      where=where, key=key, kind=_type_name(kind), found=type(value).__name__),
                                  _("write {key} as {kind}").format(key=key, kind=_type_name(kind)))


def _visible(text: str) -> str:
    """Control characters shown as their escapes, so an error line never carries them raw."""
    return CONTROL.sub(lambda m: f"\\u{ord(m.group()):04x}", text)


def _clean_name(path: str, where: str, name: str) -> str:
    name = name.strip()
    if not name:
        raise PolicydiffError(path, _("{where} needs a name and a source").format(where=where),
                              _("write them as {example}").format(example=EXAMPLE))
    if CONTROL.search(name):
        raise PolicydiffError(path, _("{where}: the name “{name}” holds a control character").format(
                                        where=where, name=_visible(name)),
                              _("remove it from the name"))
    return name


def _load_toml(path: str) -> Dict[str, Any]:
    try:
        with open(path, "rb") as handle:
            return tomllib.load(handle)
    except FileNotFoundError:
        raise PolicydiffError(path, _("no such file"), _("check the path")) from None
    except OSError as exc:
        raise PolicydiffError(path, _("cannot be read ({reason})").format(reason=exc.strerror),
                              _("check its permissions")) from None
    except (tomllib.TOMLDecodeError, UnicodeDecodeError) as exc:
        raise PolicydiffError(path, _("is not valid TOML ({reason})").format(
                                        reason=_visible(" ".join(str(exc).split()))),
                              _("fix the line it names")) from None


def read_sources(path: str) -> Sources:
    """The policies and channels of a subscriptions file, every key checked."""
    data = _load_toml(path)
    _check_keys(path, _("the file"), data, TOP_KEYS)
    tables = data.get("policy")
    if not isinstance(tables, list) or not tables:
        raise PolicydiffError(path, _("lists no [[policy]]"), _("add one per policy: {example}").format(
                                        example=EXAMPLE))
    default_every = parse_every(data["every"], path, _("the file")) if "every" in data else 0.0
    base = os.path.dirname(os.path.abspath(path))
    policies: List[Subscription] = []
    for number, table in enumerate(tables, start=1):
        where = _("[[policy]] number {number}").format(number=number)
        if isinstance(table, dict) and isinstance(table.get("name"), str):
            where = _("[[policy]] “{name}”").format(name=_visible(table["name"].strip()))
        _check_keys(path, where, table, POLICY_KEYS)
        name, source = table.get("name"), table.get("source")
        if not name or not isinstance(source, str) or not source.strip():
            raise PolicydiffError(path, _("{where} needs a name and a source").format(where=where),
                                  _("write them as {example}").format(example=EXAMPLE))
        name = _clean_name(path, where, name)
        if any(s.name == name for s in policies):
            raise PolicydiffError(path, _("names “{name}” twice").format(name=name), _("give each policy its own name"))
        source = source.strip()
        if CONTROL.search(source):
            raise PolicydiffError(path, _("{where}: the source holds a control character").format(where=where),
                                  _("remove it"))
        if "://" not in source:
            source = os.path.normpath(os.path.join(base, os.path.expanduser(source)))
        ignore = table.get("ignore", [])
        for pattern in ignore:
            if not isinstance(pattern, str):
                raise PolicydiffError(path, _("{where}: ignore must be a list of strings").format(where=where),
                                      _("write ignore = [\"^浏览次数\", …]"))
            try:
                re.compile(pattern)
            except re.error as exc:
                problem = _("{where}: ignore pattern “{pattern}” is not a regular expression ({reason})")
                raise PolicydiffError(path, problem.format(where=where, pattern=pattern, reason=exc),
                                      _("fix the pattern")) from None
        selector = table.get("selector")
        if selector is not None:
            _check_selector(path, where, selector)
        every = parse_every(table["every"], path, where) if "every" in table else default_every
        policies.append(Subscription(name, source, table.get("pick"), selector, tuple(ignore), every))
    channels = [_channel(path, number, table) for number, table in enumerate(data.get("channel", []), 1)]
    names = [c.name for c in channels]
    for name in names:
        if names.count(name) > 1:
            raise PolicydiffError(path, _("names the channel “{name}” twice").format(name=name),
                                  _("give each channel its own name"))
    return Sources(path, policies, channels)


def _check_selector(path: str, where: str, selector: str) -> None:
    import soupsieve

    try:
        soupsieve.compile(selector)
    except Exception as exc:  # soupsieve.SelectorSyntaxError and its kin
        raise PolicydiffError(path, _("{where}: selector “{selector}” is not a CSS selector ({reason})").format(
                                  where=where, selector=selector, reason=str(exc).splitlines()[0]),
                              _("fix the selector")) from None


def _channel(path: str, number: int, table: Any) -> Channel:
    where = _("[[channel]] number {number}").format(number=number)
    if not isinstance(table, dict):
        raise PolicydiffError(path, _("{where} is not a table").format(where=where), _("see docs/subscriptions.md"))
    kind = table.get("type")
    if kind not in CHANNEL_KEYS:
        raise PolicydiffError(path, _("{where}: type must be one of {types}").format(
                                        where=where, types=", ".join(CHANNEL_KEYS)),
                              _("write type = \"email\" (or wecom, dingtalk, webhook, apprise)"))
    keys = {k: t for k, (t, _required) in CHANNEL_KEYS[kind].items()}
    _check_keys(path, where, table, dict(keys, name=str, type=str, retries=int))
    name = _clean_name(path, where, table.get("name") or f"{kind}-{number}")
    for key, (_kind, required) in CHANNEL_KEYS[kind].items():
        if required and key not in table:
            raise PolicydiffError(path, _("{where} ({kind}) needs {key}").format(where=where, kind=kind, key=key),
                                  _("see docs/subscriptions.md"))
    if kind == "email":
        if table.get("security", "starttls") not in SECURITY:
            raise PolicydiffError(path, _("{where}: security must be one of {choices}").format(
                                            where=where, choices=", ".join(SECURITY)),
                                  _("write security = \"starttls\""))
        if not table["to"] or not all(isinstance(t, str) and "@" in t for t in table["to"]):
            raise PolicydiffError(path, _("{where}: to must list e-mail addresses").format(where=where),
                                  _("write to = [\"a@example.org\"]"))
    if kind == "wecom" and not (table.get("key") or table.get("key_env")):
        raise PolicydiffError(path, _("{where} (wecom) needs key or key_env").format(where=where),
                              _("see docs/subscriptions.md"))
    if kind == "dingtalk" and not (table.get("token") or table.get("token_env")):
        raise PolicydiffError(path, _("{where} (dingtalk) needs token or token_env").format(where=where),
                              _("see docs/subscriptions.md"))
    if kind == "apprise" and not (table.get("url") or table.get("url_env")):
        raise PolicydiffError(path, _("{where} (apprise) needs url or url_env").format(where=where),
                              _("see docs/subscriptions.md"))
    options = {k: v for k, v in table.items() if k not in ("name", "type")}
    return Channel(name, kind, options)


def load_sources(path: str) -> List[Subscription]:
    """The policies of a subscriptions file (see :func:`read_sources` for the channels too)."""
    return read_sources(path).policies
