"""The console script: a plain ``compare`` of two files without importing click.

Importing click (with ``inspect``, ``uuid``, ``platform``, ``datetime`` and
``gettext`` that it pulls in) and building the command tree cost a fifth of a
small comparison's whole process. ``main`` reads the command line itself only
when it is a compare of two readable files whose every option is one it reads
exactly as click would (``plain_compare``); then ``command.run_compare`` runs
as ``cli.compare`` runs it, and what it prints goes through ``echo``, which
is ``click.echo`` wherever the two could differ. Anything else (help, any
other command or option, a value click would refuse, a directory, a URL, the
store, shell completion) goes to ``cli.main`` unchanged: same help, same
errors. Rare endings (Ctrl-C, a closed pipe) are handed to click to say.
"""
from __future__ import annotations

import gc
import os
import sys
import types
from typing import Dict, List, Optional

#: options read here → (keyword of run_compare, the name in ``command`` of the values click's
#: Choice accepts; None: any value). ``command`` is imported once ``ipaddress`` is deferred.
_VALUED = {"-o": ("output", None), "--output": ("output", None),
           "--format": ("fmt", "FORMATS"), "--lang": ("lang", "LANGS"), "--unchanged": ("unchanged", "UNCHANGED_SHOWN")}
_FLAGS = {"--exit-zero": "exit_zero", "--full": "full", "--whole": "whole", "--track-changes": "track_changes"}


def _readable_file(path: str) -> bool:
    import stat

    try:
        return stat.S_ISREG(os.stat(path).st_mode) and os.access(path, os.R_OK)
    except (OSError, ValueError):
        return False


def _writable_target(path: str) -> bool:
    """What click.Path(dir_okay=False) accepts without a word: a path that is not there, or
    is there, is no directory and can be read."""
    import stat

    try:
        info = os.stat(path)
    except (OSError, ValueError):
        return True
    return not stat.S_ISDIR(info.st_mode) and os.access(path, os.R_OK)


def plain_compare(args: List[str]) -> Optional[Dict[str, object]]:
    """run_compare's arguments when ``args`` is a compare read here, else None (click reads it)."""
    from . import command

    if sys.platform == "win32" or not args or args[0] != "compare":
        return None
    if "POLICYDIFF_STORE" in os.environ or "_POLICYDIFF_COMPLETE" in os.environ:
        return None
    found: Dict[str, object] = {}
    positional: List[str] = []
    rest = iter(args[1:])
    for arg in rest:
        if not arg.startswith("-"):
            positional.append(arg)
            continue
        name, eq, value = arg.partition("=") if arg.startswith("--") else (arg, "", "")
        if name in _FLAGS and not eq:
            found[_FLAGS[name]] = True
        elif name in _VALUED:
            key, choices = _VALUED[name]
            if not eq:
                value = next(rest, "")
            if not value or value.startswith("-") or key in found:
                return None  # click reads these otherwise (or refuses them)
            if choices is not None and value not in getattr(command, choices):
                return None
            found[key] = value
        else:
            return None
    if len(positional) != 2 or not all(_readable_file(p) and "://" not in p for p in positional):
        return None
    if "output" in found and not _writable_target(str(found["output"])):
        return None
    return {"old": positional[0], "new": positional[1], **found}


def echo(message: str = "", nl: bool = True, err: bool = False) -> None:
    """click.echo of a text on a Unix text stream; click.echo itself for anything else (an
    ASCII stream, escapes to strip, no stream)."""
    stream = sys.stderr if err else sys.stdout
    encoding = getattr(stream, "encoding", None) or "ascii"
    if ("\x1b" in message or getattr(stream, "errors", None) is None or not hasattr(stream, "buffer")
            or _is_ascii(encoding)):
        import click

        click.echo(message, nl=nl, err=err)
        return
    stream.write(message + "\n" if nl else message)
    stream.flush()


def _is_ascii(encoding: str) -> bool:
    import codecs

    try:
        return codecs.lookup(encoding).name == "ascii"
    except LookupError:
        return False


class _Deferred(types.ModuleType):
    """A standard module imported on its first attribute: ``import inspect`` (which
    ``dataclasses`` does at its top, for a signature it computes only for a class without a
    docstring) binds this; ``inspect.anything`` imports the module, which then takes this
    one's place everywhere (its names copied in, sys.modules pointing at it)."""

    def __getattr__(self, name: str):
        import importlib

        if sys.modules.get(self.__name__) is self:
            del sys.modules[self.__name__]
        module = importlib.import_module(self.__name__)
        self.__dict__.update(module.__dict__)
        return getattr(module, name)


def defer(name: str) -> None:
    """Import the standard module ``name`` only when one of its names is first used (nothing,
    if it was already imported). A submodule is also its package's attribute, as ``import
    a.b`` then ``a.b.name`` expects."""
    if name not in sys.modules:
        module = sys.modules[name] = _Deferred(name)
        package, _, attribute = name.rpartition(".")
        if package:
            __import__(package)
            setattr(sys.modules[package], attribute, module)


def _ended_as_click_ends(exc: BaseException) -> None:
    """Ctrl-C, end of input or a closed pipe: click's standalone handling says and exits."""
    import click

    from .i18n import install_for_click

    install_for_click()

    def again() -> None:
        raise exc

    click.Command("compare", callback=again).main(args=[], prog_name="policydiff")


def run() -> None:
    """The console script and ``python -m policydiff``: ``main``; then, once a plain compare has
    said everything and its files are written, the process ends as ``sys.exit`` ends it (exit
    handlers run, the status) without the interpreter's teardown, which frees every object and
    module one by one for memory the system takes back anyway (8 M instructions, 2% of a small
    comparison). Anything else, and any doubt (a stream that cannot be flushed, an exit status that
    is no number, a Python without ``atexit._run_exitfuncs``), ends the ordinary way. The cyclic
    collector is paused while the command line loads, as ``__main__`` pauses it (the console script
    comes here directly); ``main`` and ``cli.main`` start it again."""
    gc.disable()
    try:
        main()
    except SystemExit as exc:
        if _plain_done and (exc.code is None or type(exc.code) is int):
            _end_now(exc.code or 0)
        raise


#: Inputs up to this many bytes together are compared with the cyclic collector off to the end
#: (as ``__main__`` left it): the comparison makes no reference cycles to speak of (see nogc.py) and
#: the process ends when it is done, so its collections would visit objects and free next to
#: nothing (4 M instructions of a Shijingshan compare). Larger inputs are collected as before.
SMALL_INPUTS = 2 * 1024 * 1024

#: Set when ``main`` ran a plain compare (no click, no thread, no store) to its end.
_plain_done = False


def _end_now(status: int) -> None:
    """``os._exit(status)`` once stdout and stderr are flushed and the exit handlers have run (the
    kept programs are written by one); returns, for the ordinary exit, when either cannot be done."""
    import atexit

    run_exit_handlers = getattr(atexit, "_run_exitfuncs", None)
    if run_exit_handlers is None:
        return
    try:
        sys.stdout.flush()
        sys.stderr.flush()
    except (OSError, ValueError):  # a closed pipe, a closed stream: as the ordinary exit says it
        return
    run_exit_handlers()  # (then cleared: an ordinary exit after it would not run them again)
    try:
        sys.stdout.flush()
        sys.stderr.flush()
    except (OSError, ValueError):
        return
    os._exit(status)


def main() -> None:
    global _plain_done
    args = sys.argv[1:]
    # imported by urllib.parse, used for a URL with an IPv6 host; urllib.parse itself is imported
    # by diff_match_patch (for patches, which a comparison does not make) and by pathlib (which a
    # comparison to stdout does not import). Deferred before ``command`` is imported; any command
    # may take them
    defer("ipaddress")
    defer("urllib.parse")
    options = plain_compare(args)
    if options is None:
        from .cli import main as click_main

        click_main()
        return
    defer("inspect")  # ast, dis, tokenize…: a sixth of the imports; no comparison calls it
    defer("copy")  # with weakref, _weakrefset and a failed search for Jython's org.python.core: dataclasses
    # imports it for asdict/astuple's deepcopy, which a comparison does not call
    from .command import internal_error, missing_module, run_compare

    if os.path.getsize(str(options["old"])) + os.path.getsize(str(options["new"])) > SMALL_INPUTS:
        gc.enable()  # paused by __main__ while the command line loaded
    try:
        try:
            status = run_compare(echo=echo, freeze=True, **options)  # type: ignore[arg-type]
        except (EOFError, KeyboardInterrupt) as exc:
            _ended_as_click_ends(exc)
            raise
        except OSError as exc:
            import errno

            if exc.errno != errno.EPIPE:
                raise
            _ended_as_click_ends(exc)
            raise
        _plain_done = True
        sys.exit(status)
    except (SystemExit, KeyboardInterrupt):
        gc.freeze()  # the process ends: the collections at exit would visit every object and free nothing
        raise
    except ModuleNotFoundError as exc:
        sys.exit(missing_module(exc, echo))
    except Exception as exc:  # noqa: BLE001 - the top-level handler
        sys.exit(internal_error(exc, args, echo))
