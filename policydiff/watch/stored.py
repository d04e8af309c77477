"""``store:`` sources: a version kept by ``watch``, named as a file would be.

    store:石景山区工业互联网支持办法@1        the policy's first stored version
    store:石景山区工业互联网支持办法@latest   its newest
    store:#12                                 version 12 (the id ``policydiff versions`` lists)

The store is the one :func:`use_store` set (the CLI's ``--store``), else the
default SQLite file. The stored text is already normalised, so it is parsed
as it is, not normalised again.
"""
from __future__ import annotations

import contextvars
import os
from typing import Optional

from ..models import Text

PREFIX = "store:"

_location: contextvars.ContextVar[Optional[str]] = contextvars.ContextVar("store_location", default=None)


def is_stored(source: "str | os.PathLike[str]") -> bool:
    return isinstance(source, str) and source.startswith(PREFIX)


def use_store(location: "Optional[str | os.PathLike[str]]") -> contextvars.Token:
    """Read ``store:`` sources from this store (a SQLite path or a PostgreSQL URL)."""
    return _location.set(os.fspath(location) if location else None)


def read_stored(source: str) -> Text:
    """The stored version a ``store:`` source names, as normalised paragraphs."""
    from .store import Store, default_path

    with Store(_location.get() or default_path()) as store:
        version = store.resolve(source[len(PREFIX):])
        return Text(source, tuple(store.text(version.id).split("\n")))
