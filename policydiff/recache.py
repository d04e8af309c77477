"""Regular expressions compiled once per machine, as .pyc files keep compiled modules (issue 18).

Compiling a pattern is pure Python (``re``'s parser and compiler), and a
character class over the CJK range is walked code point by code point: the
patterns of a comparison cost about 0.1 s of CPU, every run. ``compile(pattern,
flags)`` returns the ``re.Pattern`` that ``re.compile`` returns, built by
``_sre.compile`` from the program (SRE code, flags, groups) an earlier run
computed, kept by :mod:`policydiff.kept` in the user's cache.

- The file is stamped with what the programs depend on (the Python build, the
  SRE engine's magic number and code size). ``_sre.compile`` validates the code
  it is given: a damaged entry is compiled again as ``re.compile`` does.
- A program is kept only after the one computed here gave a pattern equal to
  ``re.compile``'s (same flags, same code), so a Python whose internals differ
  keeps nothing.
- Patterns made from user input (an escaped term) should use ``re.compile``:
  the cache holds the program's own patterns (and a rules file's).
"""
from __future__ import annotations

import re
import sys

import _sre

from .kept import Kept

FORMAT = 2
#: What a program depends on: a file with another stamp is not read.
STAMP = (FORMAT, sys.version, _sre.MAGIC, _sre.CODESIZE, sys.maxunicode, sys.byteorder)
#: (pattern, flags) → _sre.compile's arguments after the pattern, the code as machine words
#: (bytes: read back at once, where a list of ints is read item by item)
PROGRAMS = Kept("regex", STAMP)

_compiled: dict = {}  # this process's, as re keeps its own


def compile(pattern, flags: int = 0) -> "re.Pattern":  # noqa: A001 (re.compile's name, on purpose)
    """``re.compile(pattern, flags)``, from the program kept on this machine when there is one."""
    try:
        return _compiled[pattern, flags]
    except KeyError:
        pass
    key = (pattern, int(flags))
    _compiled[key] = compiled = _compile(key)
    return compiled


def _compile(key) -> "re.Pattern":
    pattern, flags = key
    program = PROGRAMS.get(key)
    if program is not None:
        try:
            return from_program(pattern, program)
        except Exception:  # a damaged entry: compiled again below, and kept again
            pass
    compiled = re.compile(pattern, flags)
    if not flags & re.DEBUG:
        try:
            program = _program(pattern, flags)
            same = _sre.compile(pattern, *program) == compiled
            from array import array

            words = array("I", program[1])
            same = same and words.itemsize == _sre.CODESIZE
        except Exception:  # another Python's internals: nothing kept
            same = False
        if same:
            PROGRAMS.put(key, (program[0], words.tobytes(), *program[2:]))
    return compiled


def from_program(pattern, program: tuple) -> "re.Pattern":
    """The pattern made by ``_sre.compile`` from a kept program (which validates its code)."""
    flags, code, *rest = program
    return _sre.compile(pattern, flags, memoryview(code).cast("I").tolist(), *rest)


def _program(pattern, flags: int) -> tuple:
    """What ``re._compiler.compile`` hands ``_sre.compile`` (CPython 3.9 to 3.13)."""
    try:
        from re import _compiler, _parser
    except ImportError:  # Python before 3.11
        import sre_compile as _compiler  # type: ignore[no-redef]
        import sre_parse as _parser  # type: ignore[no-redef]
    parsed = _parser.parse(pattern, flags)
    code = _compiler._code(parsed, flags)
    groupindex = dict(parsed.state.groupdict)
    indexgroup = [None] * parsed.state.groups
    for name, index in groupindex.items():
        indexgroup[index] = name
    return (int(flags | parsed.state.flags), [int(c) for c in code], parsed.state.groups - 1, groupindex,
            tuple(indexgroup))
