"""What a run compiles, kept for the next run, as .pyc files keep compiled modules (issue 18).

A ``Kept`` is one file in the user's cache directory (``~/.cache/policydiff/``,
or ``$POLICYDIFF_COMPILED_CACHE``; ``off`` keeps nothing) holding a dict written
with ``marshal``, stamped with what its values depend on (the Python build).

- The file is read once, on the first ``get``. A file of another stamp, or one
  ``marshal`` cannot read, is taken as empty; the caller checks each value as
  it uses it (``recache`` through ``_sre.compile``'s validation). Each value is
  stored as its own ``marshal`` bytes, read when first asked for: a run asks
  for about two thirds of the entries, and reading the code objects of all of
  them took 2.7 ms of a small comparison.
- What ``put`` adds is written once, when the process exits: the file is read
  again and merged, written under a temporary name and renamed (atomic), so
  processes running at once lose at most an entry, made again next time. A
  folder that cannot be written costs nothing but the next run's compiling.
- At most ``limit`` entries; past that, only the ones this process used are kept.
- An entry ``current`` says is out of date (the data file it was read from changed or is
  gone, as after an upgrade) is dropped when the file is written again, so the file does not
  grow with every installation that ever wrote to it (a 6 MB file, 860 entries, read whole by
  every run, cost a small comparison 10–19 ms).
"""
from __future__ import annotations

import _thread
import marshal
import os
import sys
from typing import Any, Callable, Dict, Hashable, Optional

#: What the file's stamp adds to the caller's: the values stored as marshal bytes each.
_LAYOUT = "values as bytes"


def folder() -> Optional[str]:
    """Where the kept files go (None when the cache is off): platformdirs' user cache, read directly on Linux."""
    configured = os.environ.get("POLICYDIFF_COMPILED_CACHE", "").strip()
    if configured.lower() == "off":
        return None
    if configured:
        return configured
    if os.name == "posix" and sys.platform != "darwin":
        root = os.environ.get("XDG_CACHE_HOME", "").strip() or os.path.expanduser("~/.cache")
        return os.path.join(root, "policydiff", "compiled")
    from platformdirs import user_cache_dir

    return os.path.join(user_cache_dir("policydiff", appauthor=False), "compiled")


class Kept:
    """One kept dict: ``get`` a value made by an earlier run, ``put`` one made now."""

    def __init__(self, name: str, stamp: tuple, limit: int = 1024,
                 current: Optional[Callable[[Hashable], bool]] = None):
        self.name, self.stamp, self.limit, self.current = name, stamp, limit, current
        self._lock = _thread.allocate_lock()  # threading's Lock, without importing threading
        self._values: Optional[Dict[Hashable, bytes]] = None  # the file's, read on first use, undecoded
        self.used: Dict[Hashable, Any] = {}
        self.new: Dict[Hashable, Any] = {}

    def path(self) -> Optional[str]:
        where = folder()
        # ".entries": values stored one by one (files of the layout before, one marshal of all
        # values, are left to the versions that read them)
        return None if where is None else os.path.join(
            where, f"{self.name}-{sys.implementation.cache_tag}.entries.marshal")

    def get(self, key: Hashable) -> Any:
        if self._values is None:
            with self._lock:
                if self._values is None:
                    self._values = self._read(self.path())
        value = self.used.get(key)
        if value is not None:
            return value
        raw = self._values.get(key)
        if raw is None:
            return None
        try:
            value = marshal.loads(raw)
        except (EOFError, ValueError, TypeError):
            return None
        if value is not None:
            self.used[key] = value
        return value

    def put(self, key: Hashable, value: Any) -> None:
        """Keep ``value`` (when the cache is on), written at exit."""
        if folder() is None:
            return
        with self._lock:
            if not self.new:
                import atexit

                atexit.register(self.save)
            self.new[key] = self.used[key] = value

    def forget(self) -> None:
        """As in a new process: the file read again on the next ``get``."""
        with self._lock:
            self._values, self.used, self.new = None, {}, {}

    def _read(self, file: Optional[str]) -> Dict[Hashable, bytes]:
        if file is None:
            return {}
        try:
            with open(file, "rb") as handle:
                stamp, values = marshal.loads(handle.read())
        except (OSError, EOFError, ValueError, TypeError):
            return {}
        return values if stamp == (_LAYOUT, self.stamp) and isinstance(values, dict) else {}

    def save(self) -> None:
        """Write what this process made, merged with the file's (run at exit)."""
        with self._lock:
            file = self.path()
            if not self.new or file is None:
                return
            values = self._read(file)
            if self.current is not None:
                values = {key: raw for key, raw in values.items() if key in self.new or self.current(key)}
            if len(values) + len(self.new) > self.limit:
                values = {key: marshal.dumps(value) for key, value in self.used.items()}
            values.update((key, marshal.dumps(value)) for key, value in self.new.items())
            temporary = f"{file}.{os.getpid()}.{_thread.get_ident()}.tmp"
            try:
                os.makedirs(os.path.dirname(file), exist_ok=True)
                with open(temporary, "wb") as handle:
                    handle.write(marshal.dumps(((_LAYOUT, self.stamp), values)))
                os.replace(temporary, file)
            except (OSError, ValueError):  # a read-only cache: made again next time
                try:
                    os.unlink(temporary)
                except OSError:
                    pass
                return
            self.new = {}


def _data_current(key: Hashable) -> bool:
    """An entry of ``json_file`` whose file is still the one it was read from."""
    try:
        info = os.stat(key[0])
    except (OSError, TypeError, IndexError, ValueError):
        return False
    return (info.st_size, info.st_mtime_ns) == tuple(key[1:3])


#: What is read from the package's data files (lexicon, t2s changes), by path, size and time.
_DATA = Kept("data", (1, sys.version), limit=64, current=_data_current)


def json_file(path: str, make: Optional[Callable[[Any], Any]] = None, what: str = "") -> Any:
    """The parsed JSON of one of the package's data files (or ``make`` of it, named ``what``: a
    value ``marshal`` writes), kept by the file's path, size and modification time as a ``.pyc``
    file is kept by its source's, and by ``make``'s code (so a changed ``make`` makes its value
    again; what ``make`` calls is not part of the key: keep it self-contained). ``json`` (5 M
    instructions to import) is imported only when the file is new or changed. Errors are
    ``open``'s and ``json.loads``'s."""
    info = os.stat(path)
    key = (path, info.st_size, info.st_mtime_ns, what, None if make is None else _code_key(make.__code__))
    value = _DATA.get(key)
    if value is None:
        import json

        with open(path, encoding="utf-8-sig") as file:
            value = json.loads(file.read())
        if make is not None:
            value = make(value)
        _DATA.put(key, value)
    return value


def _code_key(code) -> tuple:
    """What a function's code does (bytecode, constants, names, nested code alike), without its
    place in the file (marshal's own bytes of a code object depend on reference counts)."""
    consts = tuple(_code_key(c) if type(c) is type(code) else c for c in code.co_consts)
    return code.co_code, consts, code.co_names
