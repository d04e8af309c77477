"""Dataclasses made without compiling their methods on every start (issue 18).

``dataclasses.dataclass`` writes each class's ``__init__``, ``__repr__``,
``__eq__``, ``__hash__`` (and, frozen, ``__setattr__``/``__delattr__``) as
source text and compiles it with ``exec``: about 1.3 ms a class, 30 ms of a
comparison's start. ``records.dataclass`` is ``dataclasses.dataclass``, with the
text's compiled code kept by :mod:`policydiff.kept` (keyed by the text itself,
stamped with the Python build): while it makes a class, the ``exec`` that
``dataclasses`` calls is one that runs the kept code of that text, compiled as
the builtin would compile it (no flags inherited, file ``<string>``), so the
methods are the same functions. A class should also have a docstring: without
one, ``dataclasses`` computes one from ``inspect.signature``.

``records.named_tuple`` is ``collections.namedtuple`` the same way (its ``__new__`` is the
``eval`` of a ``lambda``'s text). Subclassed with the methods, docstring and ``__slots__ = ()``,
it replaces ``typing.NamedTuple`` class syntax, which turns every annotation (a string under
``from __future__ import annotations``) into a ``ForwardRef`` by compiling it: a comparison
that compiles nothing never builds the compiler's AST types (9 M instructions, 2.5% of a small
comparison).
"""
from __future__ import annotations

import builtins
import collections as _collections
import dataclasses as _dataclasses
import _thread
import sys

from .kept import Kept

FORMAT = 1
STAMP = (FORMAT, sys.version)
CODE = Kept("dataclasses", STAMP)  # source text → code object

_lock = _thread.RLock()  # threading's RLock, without importing threading
_NONE = object()


def _exec(source, globals=None, locals=None):  # noqa: A002 (exec's own parameter names)
    """``exec`` of dataclasses' generated source, from the code kept for it."""
    if not isinstance(source, str):
        return builtins.exec(source, globals, locals)
    code = CODE.get(source)
    if code is None:
        code = builtins.compile(source, "<string>", "exec", dont_inherit=True)
        CODE.put(source, code)
    return builtins.exec(code, globals, locals)


def dataclass(cls=None, /, **options):
    """``dataclasses.dataclass(cls, **options)``, its methods' code kept between runs."""
    def wrap(cls):
        with _lock:  # dataclasses' own exec (the builtin) is back when the class is made
            before = _dataclasses.__dict__.get("exec", _NONE)
            _dataclasses.exec = _exec
            try:
                return _dataclasses.dataclass(cls, **options)
            finally:
                if before is _NONE:
                    del _dataclasses.exec
                else:
                    _dataclasses.exec = before
    return wrap if cls is None else wrap(cls)


def _eval(source, globals=None, locals=None):  # noqa: A002 (eval's own parameter names)
    """``eval`` of namedtuple's ``__new__`` text, from the code kept for it."""
    if not isinstance(source, str):
        return builtins.eval(source, globals, locals)
    code = CODE.get(("eval", source))
    if code is None:
        code = builtins.compile(source, "<string>", "eval", dont_inherit=True)
        CODE.put(("eval", source), code)
    return builtins.eval(code, globals, locals)


def named_tuple(typename: str, field_names, *, defaults=None, module=None):
    """``collections.namedtuple(typename, field_names, defaults=defaults, module=module)``, its
    ``__new__``'s code kept between runs. Subclass it (``__slots__ = ()``) for methods."""
    with _lock:  # collections' own eval (the builtin) is back when the class is made
        before = _collections.__dict__.get("eval", _NONE)
        _collections.eval = _eval
        try:
            return _collections.namedtuple(typename, field_names, defaults=defaults, module=module)
        finally:
            if before is _NONE:
                del _collections.eval
            else:
                _collections.eval = before
