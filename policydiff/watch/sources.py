"""The subscriptions file: one TOML table per policy, with a name and its source.

    [[policy]]
    name = "石景山区工业互联网支持办法"
    source = "https://example.gov.cn/zwgk/2022/policy.html"   # or a path, relative to this file
    pick = "工业互联网"                                      # optional: one policy of a dump
"""
from __future__ import annotations

import os
import sys
from typing import List, NamedTuple, Optional

from ..errors import PolicydiffError

if sys.version_info >= (3, 11):
    import tomllib
else:  # pragma: no cover
    import tomli as tomllib

EXAMPLE = "[[policy]] name = \"…\" source = \"path or URL\""


class Subscription(NamedTuple):
    name: str
    source: str  # a URL, or an absolute path
    pick: Optional[str] = None


def load_sources(path: str) -> List[Subscription]:
    try:
        with open(path, "rb") as handle:
            data = tomllib.load(handle)
    except FileNotFoundError:
        raise PolicydiffError(path, "no such file", "check the path") from None
    except OSError as exc:
        raise PolicydiffError(path, f"cannot be read ({exc.strerror})", "check its permissions") from None
    except (tomllib.TOMLDecodeError, UnicodeDecodeError) as exc:
        raise PolicydiffError(path, f"is not valid TOML ({exc})", "fix the line it names") from None
    tables = data.get("policy")
    if not isinstance(tables, list) or not tables:
        raise PolicydiffError(path, "lists no [[policy]]", f"add one per policy: {EXAMPLE}")
    base = os.path.dirname(os.path.abspath(path))
    subscriptions: List[Subscription] = []
    for number, table in enumerate(tables, start=1):
        name, source = table.get("name"), table.get("source")
        if not isinstance(name, str) or not name.strip() or not isinstance(source, str) or not source.strip():
            raise PolicydiffError(path, f"[[policy]] number {number} needs a name and a source",
                                  f"write them as {EXAMPLE}")
        if any(s.name == name.strip() for s in subscriptions):
            raise PolicydiffError(path, f"names “{name}” twice", "give each policy its own name")
        if "://" not in source:
            source = os.path.normpath(os.path.join(base, os.path.expanduser(source)))
        pick = table.get("pick")
        subscriptions.append(Subscription(name.strip(), source, pick if isinstance(pick, str) else None))
    return subscriptions
