"""Regular expressions compiled on first use (issue 18: start in well under 0.1 s).

Compiling a pattern with a large CJK character class costs milliseconds, and a
module's patterns are compiled at import whether or not the run uses them.
``lazyre.compile(pattern, flags)`` gives an object that compiles the pattern
the first time one of its methods is asked for (``recache.compile``: from the
program kept on this machine when there is one), then keeps the compiled
pattern's methods as its own attributes, so later calls cost what a compiled
pattern's do. ``.pattern`` is there without compiling.
"""
from __future__ import annotations

import re

from . import recache

_METHODS = ("match", "fullmatch", "search", "sub", "subn", "split", "findall", "finditer", "scanner",
            "flags", "groups", "groupindex")


class LazyPattern:
    """A ``re.Pattern`` compiled when first used."""

    def __init__(self, pattern, flags: int = 0):
        self.pattern = pattern
        self._flags = flags

    def compiled(self) -> "re.Pattern":
        return recache.compile(self.pattern, self._flags)

    def __getattr__(self, name: str):
        if name not in _METHODS:
            raise AttributeError(name)
        compiled = self.compiled()
        for attr in _METHODS:
            setattr(self, attr, getattr(compiled, attr))
        return getattr(compiled, name)

    def __repr__(self) -> str:
        return f"lazyre.compile({self.pattern!r})"


def compile(pattern, flags: int = 0) -> LazyPattern:  # noqa: A001 (re.compile's name, on purpose)
    return LazyPattern(pattern, flags)
