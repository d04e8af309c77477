"""What ``policydiff compare`` does once its options are read, without click.

``cli.compare`` (click) and ``launch`` (the console script's short way for a
plain compare, which does not import click) both call ``run_compare`` with
their own ``echo``; the messages, files and exit status are the same. The
unexpected-error line of both is ``internal_error``.
"""
from __future__ import annotations

import os
import re
import sys
from typing import TYPE_CHECKING, Callable, Optional, Tuple

from .errors import PolicydiffError
from .files import pathlib_name, pathlib_suffix, write_atomically
from .i18n import _
from .visible import for_terminal

if TYPE_CHECKING:
    from pathlib import Path

EXIT_SAME, EXIT_DIFFERENT, EXIT_ERROR = 0, 1, 2
DEFAULT_REPORT_DIR = "reports"
FORMATS = ["html", "json", "md", "docx"]
LANGS = ["zh", "en"]
#: --unchanged: how the report shows the provisions that did not change
UNCHANGED_SHOWN = ["omit", "brief", "full"]
#: output file suffix → format
FORMAT_OF_SUFFIX = {".html": "html", ".htm": "html", ".json": "json", ".md": "md",
                    ".markdown": "md", ".docx": "docx"}

Echo = Callable[..., None]  # click.echo's (message, nl=True, err=False)


def source_stem(source: str) -> str:
    """A file-name stem for a source: "dump.txt#3" → "dump-3", a URL → its last segment."""
    from pathlib import Path  # (pathlib, with urllib.parse, only where a file name is made)
    from urllib.parse import urlsplit

    source, _, number = source.partition("#") if re.search(r"#\d+$", source) else (source, "", "")
    parts = urlsplit(source)
    if parts.scheme in ("http", "https"):
        source = parts.path.rstrip("/").rsplit("/", 1)[-1] or parts.netloc
    stem = re.sub(r"[^\w.-]+", "_", Path(source).stem).strip("_") or "policy"
    return f"{stem}-{number}" if number else stem


def default_report_path(old: str, new: str, fmt: str) -> Path:
    from pathlib import Path

    return Path(DEFAULT_REPORT_DIR) / f"{source_stem(old)}__{source_stem(new)}.{fmt}"


def output_format(output: Optional[str], fmt: Optional[str]) -> str:
    """The format asked for: --format, else -o's suffix, else html. A suffix that
    contradicts --format, an unknown suffix without --format, or docx to stdout
    is an error."""
    if output is None or output == "-":
        if output == "-" and fmt == "docx":
            raise PolicydiffError("-", _("a Word file cannot be written to the terminal"),
                                  _("give a file name ending in .docx with -o"))
        return fmt or "html"
    suffix = pathlib_suffix(output).lower()
    implied = FORMAT_OF_SUFFIX.get(suffix)
    if fmt and implied and implied != fmt:
        raise PolicydiffError(output, _("the suffix {suffix} says {implied} but --format says {fmt}")
                              .format(suffix=suffix, implied=implied, fmt=fmt),
                              _("drop --format, or give a file name ending in .{fmt}").format(fmt=fmt))
    if not fmt and not implied and suffix:
        raise PolicydiffError(output, _("the suffix {suffix} names no report format").format(suffix=suffix),
                              _("end the name in .html, .json, .md or .docx, or give --format"))
    return fmt or implied or "html"


def print_notices(comparison, echo: Echo) -> None:
    """What the reader should know about how the inputs were read (numbering gaps, a
    picked policy, Traditional against Simplified…), one line each on stderr."""
    from .i18n import chinese

    sources = {"old": comparison.old.source, "new": comparison.new.source}
    for notice in comparison.warnings:
        message = notice.message if chinese() or not notice.message_en else notice.message_en
        where = f"{sources[notice.side]}: " if notice.side in sources else ""
        echo(for_terminal(_("policydiff: note: {where}{message}").format(where=where, message=message)),
             err=True)


def size_limit(max_size: float) -> int:
    return round(max_size * 1024 * 1024)


def collector_paused(freeze: bool):
    """No cyclic garbage collection while a command imports what it needs (its objects live to
    the end, so collecting then visits them all and finds nothing); the collector as it was after."""
    from .nogc import paused

    return paused(freeze=freeze)


def configure_fetching(timeout: float, allow_private: bool, **more) -> None:
    from .ingest import web

    web.configure(deadline=timeout, allow_private=allow_private, **more)


def status_name(status: str) -> str:
    """A pair status as the terminal line says it ("modified" / "修改")."""
    return {"unchanged": _("unchanged"), "modified": _("modified"), "added": _("added"), "deleted": _("deleted"),
            "split": _("split"), "merged": _("merged"), "moved": _("moved")}.get(status, status)


def status_counts(comparison) -> dict:
    from .render.json import summary

    return summary(comparison)["pairs"]


def fail(message: str, echo: Echo) -> int:
    """Say an error in one line on stderr; the exit status to end with."""
    echo(for_terminal(_("policydiff: {message}").format(message=message)), err=True)
    return EXIT_ERROR


def run_compare(old: str, new: str, *, echo: Echo, freeze: bool, output: Optional[str] = None,
                fmt: Optional[str] = None, lang: str = "zh", max_size: float = 50,
                rules: Optional[str] = None, pick: Optional[str] = None, convert: Optional[str] = None,
                exit_zero: bool = False, full: bool = False, whole: bool = False,
                pairs_path: Optional[str] = None, pair_lines: Tuple[str, ...] = (), timeout: float = 30,
                allow_private_urls: bool = False, store_location: Optional[str] = None,
                unchanged: Optional[str] = None, track_changes: bool = False) -> int:
    """The compare command: the exit status (0 same in substance, 1 different, 2 error).
    ``freeze``: what the pipeline's imports and the comparison make is kept out of later collections."""
    with collector_paused(freeze):  # the pipeline and renderer modules: what they make lives to the end
        from . import pipeline
        from .render import render

    if "://" in old + new:  # a URL among them (ingest.web, its settings and address checks load for one)
        configure_fetching(timeout, allow_private_urls)
    if store_location or "policydiff.watch.stored" in sys.modules:  # the store's package is slow to import
        from .watch.stored import use_store

        use_store(store_location)
    try:
        fmt = output_format(output, fmt)
        if track_changes and fmt != "docx":
            return fail(_("--track-changes makes a Word document: add --format docx"), echo)
        fixed: tuple = ()
        if pairs_path or pair_lines:
            from .pairs import read_pairs, user_pairs

            fixed = (read_pairs(pairs_path) if pairs_path else ()) + user_pairs(list(pair_lines))
        # (own process: what the comparison makes lives to the end, so it is frozen when made, not
        # visited whole by later collections: 0.2 s of rewritten 2x, a 49 MB text's million objects)
        with collector_paused(freeze):
            comparison = pipeline.compare(old, new, size_limit=size_limit(max_size), rules=rules,
                                          pick=pick, convert=convert, whole=whole, pairs=fixed or None)
        print_notices(comparison, echo)
        to_stdout = output == "-" or (output is None and fmt in ("json", "md"))
        if fmt == "json" and not to_stdout:  # written as it is made, never held whole (a 49 MB text's)
            from .render.json import write_json

            report = lambda into: write_json(comparison, into, lang)  # noqa: E731
        else:
            report = render(comparison, fmt, lang=lang, full=full, unchanged=unchanged,
                            track_changes=track_changes)
        if to_stdout:
            echo(report, nl=False)
        else:
            path = pathlib_name(output) if output else default_report_path(old, new, fmt)
            write_atomically(path, report)
            counts = _(", ").join(
                f"{n} {status_name(status)}" for status, n in status_counts(comparison).items() if n)
            echo(_("{path}: {n} pairs ({counts})").format(path=path, n=len(comparison.pairs), counts=counts))
    except PolicydiffError as exc:
        return fail(str(exc), echo)
    return EXIT_DIFFERENT if comparison.differs and not exit_zero else EXIT_SAME


def internal_error(exc: BaseException, args: list, echo: Echo) -> int:
    """An unexpected exception is a bug or an input no check foresaw: one line (the traceback
    with ``policydiff --debug``), and exit 2 (never 1, which means "the versions differ")."""
    command_at = next((i for i, a in enumerate(args) if not a.startswith("-")), len(args))
    if "--debug" in args[:command_at]:  # a group option: before the command's name
        import traceback

        traceback.print_exc()
        where = _("the traceback is above")
    else:
        where = _("run again as `policydiff --debug …` for the full traceback")
    inputs = [a for a in args if not a.startswith("-") and (os.path.exists(a) or "://" in a)]
    detail = str(exc).splitlines()[0][:200] if str(exc) else ""
    error = f"{type(exc).__name__}: {detail}" if detail else type(exc).__name__
    if inputs:
        line = _("policydiff: internal error on {inputs}: {error}; {where}, and please report it").format(
            inputs=", ".join(inputs), error=error, where=where)
    else:
        line = _("policydiff: internal error: {error}; {where}, and please report it").format(
            error=error, where=where)
    echo(for_terminal(line), err=True)
    return EXIT_ERROR


def missing_module(exc: ModuleNotFoundError, echo: Echo) -> int:
    """An incomplete install, not a bug: say what to install."""
    echo(for_terminal(_("policydiff: the library “{module}” it needs is not installed in this Python "
                        "({python}); install policydiff with its dependencies: "
                        "pip install policydiff (or pip install . in a checkout)").format(
        module=exc.name or exc, python=sys.executable)), err=True)
    return EXIT_ERROR
