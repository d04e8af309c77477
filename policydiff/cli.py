"""The command line: thin click commands over the library.

Exit status as diff(1): 0 the versions are the same in substance, 1 they
differ, 2 an error (one line on stderr naming the file and the fix).
"""
from __future__ import annotations

import os
import re
import sys
from pathlib import Path
from typing import Optional, Tuple

import click

from . import __version__
from .errors import PolicydiffError
from .files import write_atomically

# Spelled here, not imported, so that starting the CLI loads no pipeline module (history and
# normalize pull in the whole pipeline); tests/test_cli.py checks they equal history.ORDERS and
# normalize.CONVERSIONS.
ORDERS = ("date", "name", "given")
CONVERSIONS = ("t2s", "s2t", "tw2s", "hk2s", "tw2sp")

EXIT_SAME, EXIT_DIFFERENT, EXIT_ERROR = 0, 1, 2
DEFAULT_REPORT_DIR = "reports"


def fail(message: str) -> "click.exceptions.Exit":
    click.echo(f"policydiff: {message}", err=True)
    return click.exceptions.Exit(EXIT_ERROR)


def source_stem(source: str) -> str:
    """A file-name stem for a source: "dump.txt#3" → "dump-3", a URL → its last segment."""
    from urllib.parse import urlsplit

    source, _, number = source.partition("#") if re.search(r"#\d+$", source) else (source, "", "")
    parts = urlsplit(source)
    if parts.scheme in ("http", "https"):
        source = parts.path.rstrip("/").rsplit("/", 1)[-1] or parts.netloc
    stem = re.sub(r"[^\w.-]+", "_", Path(source).stem).strip("_") or "policy"
    return f"{stem}-{number}" if number else stem


def default_report_path(old: str, new: str, fmt: str) -> Path:
    return Path(DEFAULT_REPORT_DIR) / f"{source_stem(old)}__{source_stem(new)}.{fmt}"


def _size_limit(max_size: float) -> int:
    return int(max_size * 1024 * 1024)


max_size_option = click.option(
    "--max-size", type=click.FloatRange(min=0.001), default=50, show_default=True,
    help="Refuse input files larger than this many MB.")
rules_option = click.option(
    "--rules", type=click.Path(dir_okay=False, path_type=str),
    help="A JSON file of qualifiers, modal verbs, procedures, condition patterns or units "
         "to add to the bundled lexicon.")
convert_option = click.option(
    "--convert", type=click.Choice(CONVERSIONS),
    help="Convert the Chinese script of the versions first (OpenCC): t2s for a "
         "Traditional-Chinese repost against the mainland text.")
exit_zero_option = click.option(
    "--exit-zero", is_flag=True, help="Exit 0 even when the versions differ (errors still exit 2).")
lang_option = click.option(
    "--lang", type=click.Choice(["zh", "en"]), default="zh", show_default=True,
    help="Language of the finding messages.")


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(version=__version__, prog_name="policydiff")  # no importlib.metadata at start
def cli() -> None:
    """Show what changed between two versions of a policy or statute, and what it means."""


@cli.command()
@click.argument("old", type=click.Path(dir_okay=True, path_type=str))
@click.argument("new", type=click.Path(dir_okay=True, path_type=str))
@click.option("-o", "--output", type=click.Path(dir_okay=False, path_type=Path),
              help="Write the report here. Default: reports/<old>__<new>.html (or .docx); "
                   "stdout for json and md.")
@click.option("--format", "fmt", type=click.Choice(["html", "json", "md", "docx"]), default="html",
              show_default=True,
              help="html: side-by-side report; json: the comparison of CONTRACT.md; md: a digest "
                   "for subscribers; docx: the 修改前后对照表 as a Word file.")
@click.option("--full", is_flag=True, help="With --format md: add every changed clause, marked up.")
@lang_option
@max_size_option
@rules_option
@click.option("--pick", metavar="TITLE",
              help="Where a source is a dump of many policies, compare the one whose title contains TITLE "
                   "(or give FILE#N).")
@convert_option
@exit_zero_option
def compare(old: str, new: str, output: Optional[Path], fmt: str, lang: str, max_size: float,
            rules: Optional[str], pick: Optional[str], convert: Optional[str], exit_zero: bool,
            full: bool) -> None:
    """Compare OLD and NEW, two versions of one policy.

    Each is a file (.txt, .md, .html, .docx, .pdf; any common encoding), an
    http(s) URL, or FILE#N for the Nth policy of a multi-policy dump.

    Exit status: 0 same in substance, 1 different, 2 error.
    """
    from . import pipeline
    from .render import render

    try:
        comparison = pipeline.compare(old, new, size_limit=_size_limit(max_size), rules=rules,
                                      pick=pick, convert=convert)
        report = render(comparison, fmt, lang=lang, full=full)
        if output is None and fmt in ("json", "md"):
            click.echo(report, nl=False)
        else:
            path = output or default_report_path(old, new, fmt)
            write_atomically(path, report)
            counts = ", ".join(
                f"{n} {status}" for status, n in _status_counts(comparison).items() if n)
            click.echo(f"{path}: {len(comparison.pairs)} pairs ({counts})")
    except PolicydiffError as exc:
        raise fail(str(exc))
    sys.exit(EXIT_DIFFERENT if comparison.differs and not exit_zero else EXIT_SAME)


@cli.command()
@click.argument("dump", type=click.Path(dir_okay=False, path_type=str))
@click.option("-o", "--output", "outdir", type=click.Path(file_okay=False, path_type=Path), required=True,
              help="The folder to write one .txt per policy into (made if missing).")
@max_size_option
def split(dump: str, outdir: Path, max_size: float) -> None:
    """Write each policy of a multi-policy DUMP (a listing page, a scrape) to its own file.

    Files are named NN-<title>.txt in the order of the dump, so NN is the N of
    "compare OLD DUMP#N". Each holds the title line, then the text, with the
    site's furniture (addresses, dates, headlines, footer) left out.
    """
    from . import ingest
    from .ingest.dump import split as split_dump

    try:
        policies = split_dump(ingest.read(dump, size_limit=_size_limit(max_size)))
        if not policies:
            raise PolicydiffError(dump, "holds no policy with a title and a body",
                                  "give a listing or scrape with one title line before each policy")
        width = max(2, len(str(len(policies))))
        for policy in policies:
            name = re.sub(r"[\\/:*?\"<>|\s]+", "_", policy.title)[:60].strip("_.")
            path = outdir / f"{policy.number:0{width}d}-{name}.txt"
            write_atomically(path, policy.as_text())
            click.echo(f"{path}: {policy.title}")
    except PolicydiffError as exc:
        raise fail(str(exc))


@cli.command()
@click.argument("versions", nargs=-1, required=True, type=click.Path(path_type=str))
@click.option("-o", "--output", "outdir", type=click.Path(file_okay=False, path_type=Path),
              help="The folder to write history.html, history.json and one JSON per step into. "
                   "Default: reports/<name>-history/.")
@click.option("--format", "fmt", type=click.Choice(["html", "json"]), default="html", show_default=True,
              help="html: write the folder; json: print history.json (every step included) to stdout.")
@click.option("--order", type=click.Choice(ORDERS),
              help="Order of the versions: by the date in their file names (the default for a "
                   "folder), by name, or as given (the default for files).")
@lang_option
@max_size_option
@rules_option
@convert_option
@exit_zero_option
def history(versions: Tuple[str, ...], outdir: Optional[Path], fmt: str, order: Optional[str], lang: str,
            max_size: float, rules: Optional[str], convert: Optional[str], exit_zero: bool) -> None:
    """Follow every clause through several VERSIONS of one policy.

    VERSIONS are files or URLs, oldest first, or a folder whose file names carry
    the dates (2019-03-02.md, 2022-03-29.md, …). Each version is compared with
    the next; the report shows, for each clause, its label, text and findings in
    every version it lived in, and where it was born, split, merged or deleted.

    Exit status: 0 no step changed anything of substance, 1 some did, 2 error.
    """
    import json

    from .history import history as build_history
    from .render.history import history_dict, render_history_html
    from .render.json import comparison_dict

    try:
        result = build_history(versions, order=order, size_limit=_size_limit(max_size), rules=rules,
                               convert=convert)
        whole = json.dumps(history_dict(result, lang), ensure_ascii=False, indent=1) + "\n"
        if fmt == "json":
            click.echo(whole, nl=False)
        else:
            outdir = outdir or Path(DEFAULT_REPORT_DIR) / f"{_history_name(versions)}-history"
            for k, (a, b, step) in enumerate(zip(result.versions, result.versions[1:], result.steps), 1):
                step_json = json.dumps(comparison_dict(step, lang), ensure_ascii=False, indent=1)
                write_atomically(outdir / f"step-{k}_{a.label}__{b.label}.json", step_json + "\n")
            write_atomically(outdir / "history.json", whole)
            write_atomically(outdir / "history.html", render_history_html(result, lang))
            changed = sum(1 for lineage in result.lineages if lineage.changed)
            click.echo(f"{outdir / 'history.html'}: {len(result.versions)} versions, "
                       f"{len(result.lineages)} clauses, {changed} changed")
    except PolicydiffError as exc:
        raise fail(str(exc))
    differs = any(step.differs for step in result.steps)
    sys.exit(EXIT_DIFFERENT if differs and not exit_zero else EXIT_SAME)


def _history_name(versions: Tuple[str, ...]) -> str:
    """A folder given: its name; files: the folder they share, else the first file's stem."""
    first = versions[0]
    if os.path.isdir(first):
        return source_stem(os.path.basename(os.path.abspath(first)) + ".d")
    parents = {os.path.dirname(os.path.abspath(v)) for v in versions if "://" not in v}
    if len(parents) == 1 and len(versions) > 1:
        return source_stem(os.path.basename(parents.pop()) + ".d")
    return source_stem(first)


@cli.command()
@click.argument("a", type=click.Path(path_type=str))
@click.argument("b", type=click.Path(path_type=str))
@click.option("--format", "fmt", type=click.Choice(["table", "json"]), default="table", show_default=True)
@click.option("--min-score", type=click.FloatRange(0, 1), default=0.3, show_default=True,
              help="Report pairs scoring at least this (0–1). Versions of one statute in the corpus "
                   "score 0.57 or more; different statutes 0.25 or less.")
@click.option("--top", type=click.IntRange(min=1), help="At most this many matches per document of A.")
@max_size_option
def match(a: str, b: str, fmt: str, min_score: float, top: Optional[int], max_size: float) -> None:
    """Find which documents of A are versions of which documents of B.

    A and B are each a file, a folder (searched recursively) or a multi-policy
    dump; give the same folder twice to find the versions within it. Scores
    blend the text (the share of 5-character sequences in common) and the
    title; candidates come from MinHash LSH, so large folders stay fast.
    A file in a folder that cannot be read is skipped with a warning.
    """
    import json

    from .match import match_dict, match_sides

    def warn(path: str, reason: str) -> None:
        click.echo(f"policydiff: skipped {reason}", err=True)

    try:
        entries_a, entries_b, found = match_sides(a, b, min_score, top, _size_limit(max_size), warn)
    except PolicydiffError as exc:
        raise fail(str(exc))
    if fmt == "json":
        click.echo(json.dumps(match_dict(entries_a, entries_b, found, min_score), ensure_ascii=False, indent=1))
        return
    current = None
    for m in found:
        if m.a is not current:
            current = m.a
            click.echo(f"{m.a.source}  {m.a.title}")
        click.echo(f"  {m.score:.2f}  (text {m.text:.2f}, title {m.title:.2f})  {m.b.source}  {m.b.title}")
    matched = len({m.a.source for m in found})
    click.echo(f"{matched} of {len(entries_a)} documents of A have a version among the "
               f"{len(entries_b)} of B (score ≥ {min_score:g}).")


store_option = click.option(
    "--store", type=click.Path(dir_okay=False, path_type=Path),
    help="The SQLite store of versions and digests. Default: store.sqlite3 in the user's data "
         "folder (e.g. ~/.local/share/policydiff/).")


def _open_store(path: Optional[Path]):
    from .watch.store import Store, default_path

    return Store(path or default_path())


@cli.command()
@click.argument("sources", type=click.Path(dir_okay=False, path_type=str))
@store_option
@max_size_option
def watch(sources: str, store: Optional[Path], max_size: float) -> None:
    """Read every policy listed in SOURCES and store each version not seen before.

    SOURCES is a TOML file with one [[policy]] table per policy: a name, and a
    source (a path relative to the file, or an http(s) URL), optionally pick =
    "TITLE" for one policy of a dump. Run it from cron; then `policydiff digest`.

    Exit status: 0, or 2 when a source could not be read (the others are still stored).
    """
    from .watch import load_sources
    from .watch import watch as run_watch

    failed = 0
    try:
        subscriptions = load_sources(sources)
        with _open_store(store) as opened:
            for outcome in run_watch(subscriptions, opened, _size_limit(max_size)):
                name = outcome.subscription.name
                if outcome.error:
                    failed += 1
                    click.echo(f"policydiff: {name}: {outcome.error}", err=True)
                elif outcome.version:
                    click.echo(f"{name}: new version #{outcome.version.id} ({outcome.version.title})")
                else:
                    click.echo(f"{name}: unchanged")
    except PolicydiffError as exc:
        raise fail(str(exc))
    sys.exit(EXIT_ERROR if failed else EXIT_SAME)


@cli.command()
@click.option("--since", default="last", show_default=True,
              help="last: since the previous digest; or a date (2026-11-01), a time, or 7d / 12h.")
@click.option("-o", "--output", "outdir", type=click.Path(file_okay=False, path_type=Path),
              default=Path(DEFAULT_REPORT_DIR) / "digest", show_default=True,
              help="The folder for digest-<time>.html (e-mail ready), digest-<time>.md and feed.atom.")
@click.option("--feed-url", help="The URL feed.atom will be published at (its id and self link).")
@store_option
@rules_option
@lang_option
def digest(since: str, outdir: Path, feed_url: Optional[str], store: Optional[Path], rules: Optional[str],
           lang: str) -> None:
    """Write what changed in substance since the last digest: an e-mail-ready HTML
    page, a Markdown digest, and an Atom feed whose entries carry the findings.

    A first sighting, a re-fetch of the same text, or a change of formatting
    alone is not news: when nothing of substance changed, nothing is written.
    """
    from .watch import digest as run_digest

    try:
        with _open_store(store) as opened:
            result = run_digest(opened, outdir, since=since, feed_url=feed_url, rules=rules, lang=lang)
    except PolicydiffError as exc:
        raise fail(str(exc))
    if not result.entries:
        click.echo("nothing of substance changed; no new entries")
    for entry in result.entries:
        click.echo(entry["data"]["title"])
    for path in result.files:
        click.echo(f"{path}")
    if result.entries:
        click.echo(f"{result.new} new feed entries")


def _status_counts(comparison) -> dict:
    from .render.json import summary

    return summary(comparison)["pairs"]


def main() -> None:
    cli(prog_name="policydiff")
