"""The command line: thin click commands over the library.

Exit status as diff(1): 0 the versions are the same in substance, 1 they
differ, 2 an error (one line on stderr naming the file and the fix).
"""
from __future__ import annotations

import gc
import os
import re
import sys
from pathlib import Path
from typing import List, Optional, Tuple

import click

from . import __version__
from .command import (DEFAULT_REPORT_DIR, EXIT_DIFFERENT, EXIT_ERROR, EXIT_SAME, FORMATS, LANGS, UNCHANGED_SHOWN,
                      run_compare, source_stem)
from .command import configure_fetching as _configure_fetching
from .command import fail as _say_failure
from .command import size_limit as _size_limit
from .errors import PolicydiffError
from .files import write_atomically
from .visible import for_filename, for_terminal
from .i18n import _

# Spelled here, not imported, so that starting the CLI loads no pipeline module (history and
# normalize pull in the whole pipeline); tests/test_cli.py checks they equal history.ORDERS and
# normalize.CONVERSIONS.
ORDERS = ("date", "name", "given")
CONVERSIONS = ("t2s", "s2t", "tw2s", "hk2s", "tw2sp")


def fail(message: str) -> "click.exceptions.Exit":
    """command.fail's line, as the exception a click command raises to end with it."""
    return click.exceptions.Exit(_say_failure(message, click.echo))


max_size_option = click.option(
    "--max-size", type=click.FloatRange(min=0.001), default=50, show_default=True,
    help=_("Refuse input files larger than this many MB."))
rules_option = click.option(
    "--rules", type=click.Path(dir_okay=False, path_type=str),
    help=_("A JSON file of qualifiers, modal verbs, procedures, condition patterns or units "
         "to add to the bundled lexicon."))
convert_option = click.option(
    "--convert", type=click.Choice(CONVERSIONS),
    help=_("Convert the Chinese script of the versions first (OpenCC): t2s for a "
         "Traditional-Chinese repost against the mainland text."))
exit_zero_option = click.option(
    "--exit-zero", is_flag=True, help=_("Exit 0 even when the versions differ (errors still exit 2)."))
follow_symlinks_option = click.option(
    "--follow-symlinks", is_flag=True,
    help=_("In a folder, also read symbolic links that lead out of it (left out by default)."))
timeout_option = click.option(
    "--timeout", type=click.FloatRange(min=0.1), default=30, show_default=True,
    help=_("Give up on a URL after this many seconds in all (connecting, redirects, retries and the body)."))
private_urls_option = click.option(
    "--allow-private-urls", is_flag=True,
    help=_("Follow a redirect from a public address to a loopback, private or link-local one "
           "(refused by default: it could reach services on your network)."))


#: True when main() runs the process (called with no argv: the console script, python -m), not
#: when another program (a test) calls it: what a command's imports make is then also frozen
#: (gc.freeze), kept out of the later collections, and everything is frozen at exit.
_OWN_PROCESS = False


def _collector_paused():
    """No cyclic garbage collection while a command imports what it needs (its objects live to
    the end, so collecting then visits them all and finds nothing); the collector as it was after."""
    from .command import collector_paused

    return collector_paused(_OWN_PROCESS)


lang_option = click.option(
    "--lang", type=click.Choice(LANGS), default="zh", show_default=True,
    help=_("Language of the finding messages."))


class _Command(click.Command):
    """A command whose help (its docstring) is read in the user's language."""

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        if self.help:
            self.help = _(self.help)


class _Group(click.Group):
    command_class = _Command

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        if self.help:
            self.help = _(self.help)


@click.group(cls=_Group, context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(version=__version__, prog_name="policydiff")  # no importlib.metadata at start
@click.option("--debug", is_flag=True,
              help=_("On an internal error, print the full traceback (otherwise one line)."))
def cli(debug: bool) -> None:
    """Show what changed between two versions of a policy or statute, and what it means."""


@cli.command()
@click.argument("old", type=click.Path(dir_okay=True, path_type=str))
@click.argument("new", type=click.Path(dir_okay=True, path_type=str))
@click.option("-o", "--output", type=click.Path(dir_okay=False, allow_dash=True, path_type=str),
              help=_("Write the report here; its suffix (.html, .json, .md, .docx) gives the format. "
                   "- for stdout. Default: reports/<old>__<new>.html (or .docx); stdout for json and md."))
@click.option("--format", "fmt", type=click.Choice(FORMATS),
              help=_("html (the default): side-by-side report; json: the comparison (docs/json-format.md); "
                   "md: a digest for subscribers; docx: the 修改前后对照表 as a Word file."))
@click.option("--full", is_flag=True, help=_("With --format md: add every changed clause, marked up."))
@click.option("--unchanged", type=click.Choice(UNCHANGED_SHOWN),
              help=_("Unchanged articles in the table: omit them (docx default: \"其余条文未修改\"), brief (a run "
                     "of them as one row; html default for a long document) or full."))
@click.option("--track-changes", is_flag=True,
              help=_("With --format docx: the new version as a Word document whose changes against the old are "
                     "tracked changes, to accept or reject in Word, WPS or LibreOffice."))
@lang_option
@max_size_option
@rules_option
@click.option("--pick", metavar="TITLE",
              help=_("Where a source is a dump of many policies, compare the one whose title contains TITLE "
                   "(or give FILE#N)."))
@click.option("--whole", is_flag=True,
              help=_("Compare a dump of many policies as one document, on purpose (no picking)."))
@convert_option
@click.option("--pairs", "pairs_path", type=click.Path(dir_okay=False, path_type=str), metavar="FILE",
              help=_("Fix pairings by hand: a file of 'OLD = NEW' lines in printed labels "
                     "(第一百四十九条 = 第一百八十八条; 第七条 = for deleted; = 第六条 for added). "
                     "The HTML report offers this file for what it shows."))
@click.option("--pair", "pair_lines", multiple=True, metavar="OLD=NEW",
              help=_("One pairing, as in a pairs file (149=188 by article number); repeatable."))
@exit_zero_option
@timeout_option
@private_urls_option
@click.option("--store", "store_location", envvar="POLICYDIFF_STORE",
              help=_("Where store:POLICY@N versions are read from (as for watch). "
                     "Default: the user's data folder."))
def compare(old: str, new: str, output: Optional[str], fmt: Optional[str], lang: str, max_size: float,
            rules: Optional[str], pick: Optional[str], convert: Optional[str], exit_zero: bool,
            full: bool, whole: bool, pairs_path: Optional[str], pair_lines: Tuple[str, ...],
            timeout: float, allow_private_urls: bool, store_location: Optional[str],
            unchanged: Optional[str] = None, track_changes: bool = False) -> None:
    """Compare OLD and NEW, two versions of one policy.

    Each is a file (.txt, .md, .html, .docx, .pdf; any common encoding), an
    http(s) URL, FILE#N for the Nth policy of a multi-policy dump, or
    store:POLICY@N / store:POLICY@latest / store:#ID for a version `watch` stored.

    Exit status: 0 same in substance, 1 different, 2 error.
    """
    sys.exit(run_compare(old, new, echo=click.echo, freeze=_OWN_PROCESS, output=output, fmt=fmt, lang=lang,
                         max_size=max_size, rules=rules, pick=pick, convert=convert, exit_zero=exit_zero,
                         full=full, whole=whole, pairs_path=pairs_path, pair_lines=pair_lines, timeout=timeout,
                         allow_private_urls=allow_private_urls, store_location=store_location,
                         unchanged=unchanged, track_changes=track_changes))


@cli.command()
@click.argument("dump", type=click.Path(dir_okay=False, path_type=str))
@click.option("-o", "--output", "outdir", type=click.Path(file_okay=False, path_type=Path), required=True,
              help=_("The folder to write one .txt per policy into (made if missing)."))
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
            raise PolicydiffError(dump, _("holds no policy with a title and a body"),
                                  _("give a listing or scrape with one title line before each policy"))
        width = max(2, len(str(len(policies))))
        for policy in policies:
            name = re.sub(r"[\\/:*?\"<>|\s]+", "_", for_filename(policy.title))[:60].strip("_.")
            path = outdir / f"{policy.number:0{width}d}-{name}.txt"
            write_atomically(path, policy.as_text())
            click.echo(for_terminal(f"{path}: {policy.title}"))
    except PolicydiffError as exc:
        raise fail(str(exc))


@cli.command()
@click.argument("versions", nargs=-1, required=True, type=click.Path(path_type=str))
@click.option("-o", "--output", "outdir", type=click.Path(file_okay=False, path_type=Path),
              help=_("The folder to write history.html, history.json and one JSON per step into. "
                   "Default: reports/<name>-history/."))
@click.option("--format", "fmt", type=click.Choice(["html", "json"]), default="html", show_default=True,
              help=_("html: write the folder; json: print history.json (every step included) to stdout."))
@click.option("--order", type=click.Choice(ORDERS),
              help=_("Order of the versions: by the date in their file names (the default for a "
                   "folder), by name, or as given (the default for files)."))
@lang_option
@max_size_option
@rules_option
@convert_option
@exit_zero_option
@follow_symlinks_option
def history(versions: Tuple[str, ...], outdir: Optional[Path], fmt: str, order: Optional[str], lang: str,
            max_size: float, rules: Optional[str], convert: Optional[str], exit_zero: bool,
            follow_symlinks: bool) -> None:
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
                               convert=convert, follow_symlinks=follow_symlinks,
                               on_skip=lambda path, reason: click.echo(for_terminal(
                                   f"policydiff: skipped {reason}"), err=True))
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
            click.echo(_("{path}: {versions} versions, {clauses} clauses, {changed} changed").format(
                path=outdir / "history.html", versions=len(result.versions), clauses=len(result.lineages),
                changed=changed))
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
              help=_("Report pairs scoring at least this (0–1). Versions of one statute in the corpus "
                   "score 0.57 or more; different statutes 0.25 or less."))
@click.option("--top", type=click.IntRange(min=1), help=_("At most this many matches per document of A."))
@max_size_option
@follow_symlinks_option
def match(a: str, b: str, fmt: str, min_score: float, top: Optional[int], max_size: float,
          follow_symlinks: bool) -> None:
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
        click.echo(for_terminal(_("policydiff: skipped {reason}").format(reason=reason)), err=True)

    try:
        entries_a, entries_b, found = match_sides(a, b, min_score, top, _size_limit(max_size), warn,
                                                  follow_symlinks)
    except PolicydiffError as exc:
        raise fail(str(exc))
    if fmt == "json":
        click.echo(json.dumps(match_dict(entries_a, entries_b, found, min_score), ensure_ascii=False, indent=1))
        return
    current = None
    for m in found:
        if m.a is not current:
            current = m.a
            click.echo(for_terminal(f"{m.a.source}  {m.a.title}"))
        click.echo(for_terminal(_("  {score:.2f}  (text {text:.2f}, title {title:.2f})  {source}  {name}").format(
            score=m.score, text=m.text, title=m.title, source=m.b.source, name=m.b.title)))
    matched = len({m.a.source for m in found})
    click.echo(_("{matched} of {a} documents of A have a version among the {b} of B (score ≥ {min:g}).").format(
        matched=matched, a=len(entries_a), b=len(entries_b), min=min_score))


store_option = click.option(
    "--store", envvar="POLICYDIFF_STORE",
    help=_("The store of versions and digests: a SQLite file, or a PostgreSQL URL "
           "(postgresql://user@host/db) that several workers share. Default: store.sqlite3 in the "
           "user's data folder (e.g. ~/.local/share/policydiff/); or $POLICYDIFF_STORE."))


def _open_store(location: "Optional[str | Path]", create: bool = False):
    """The store at ``location`` (a SQLite path or a PostgreSQL URL; the default
    path when none). Only ``watch`` creates a SQLite store, and says so; for
    every reader a missing store is an error, not an empty week."""
    from .watch.store import Store, default_path

    location = location or default_path()
    if "://" not in str(location) and not Path(location).exists():
        if not create:
            raise PolicydiffError(str(location), _("no such store"),
                                  _("check the --store path, or run policydiff watch SOURCES first to make one"))
        click.echo(_("{path}: new store created").format(path=location), err=True)
    return Store(location)


@cli.command()
@click.argument("sources", type=click.Path(dir_okay=False, path_type=str))
@store_option
@max_size_option
@timeout_option
@private_urls_option
@click.option("--concurrency", type=click.IntRange(min=1), default=16, show_default=True,
              help="Fetch at most this many URLs at once.")
@click.option("--per-host", type=click.IntRange(min=1), default=4, show_default=True,
              help="… and at most this many from one host.")
@click.option("--lease", type=click.FloatRange(min=1), default=300, show_default=True,
              help="Seconds a worker's claim on a source lasts; a worker that dies leaves its "
                   "sources to another after this.")
@click.option("--no-wait", is_flag=True,
              help="Stop when nothing is left to claim, without waiting for other workers' claims to end.")
def watch(sources: str, store: Optional[str], max_size: float, timeout: float, allow_private_urls: bool,
          concurrency: int, per_host: int, lease: float, no_wait: bool) -> None:
    """Read the policies listed in SOURCES that are due and store each new version.

    SOURCES is a TOML file with one [[policy]] table per policy: a name, and a
    source (a path relative to the file, or an http(s) URL); optionally pick,
    selector (a CSS selector for the policy's body), ignore (patterns of lines
    to drop) and every ("6h": fetch at most this often). A version is stored
    only when its normalised text differs from the policy's latest. Run it from
    cron, on one machine or several against one --store; then `policydiff digest`.
    See docs/subscriptions.md.

    Exit status: 0, or 2 when a source could not be read (the others are still stored).
    """
    from .i18n import _
    from .watch import load_sources
    from .watch import watch as run_watch

    _configure_fetching(timeout, allow_private_urls, concurrency=concurrency, per_host=per_host)
    failed = 0
    try:
        subscriptions = load_sources(sources)
        with _open_store(store, create=True) as opened:
            for outcome in run_watch(subscriptions, opened, _size_limit(max_size), lease=lease,
                                     wait=not no_wait):
                name = outcome.subscription.name
                if outcome.error:
                    failed += 1
                    click.echo(_("policydiff: {name}: {error}").format(name=name, error=outcome.error), err=True)
                elif outcome.version:
                    click.echo(_("{name}: new version #{id} ({title})").format(
                        name=name, id=outcome.version.id, title=outcome.version.title))
                elif outcome.not_modified:
                    click.echo(_("{name}: unchanged (not modified)").format(name=name))
                else:
                    click.echo(_("{name}: unchanged").format(name=name))
    except PolicydiffError as exc:
        raise fail(str(exc))
    sys.exit(EXIT_ERROR if failed else EXIT_SAME)


@cli.command()
@click.option("--since", default="last", show_default=True,
              help=_("last: since the previous digest; or a date (2026-11-01), a time, or 7d / 12h."))
@click.option("-o", "--output", "outdir", type=click.Path(file_okay=False, path_type=Path),
              default=Path(DEFAULT_REPORT_DIR) / "digest", show_default=True,
              help=_("The folder for digest-<time>.html (e-mail ready), digest-<time>.md, feed.atom "
                     "and one full report per change."))
@click.option("--feed-url", help=_("The URL feed.atom will be published at (its id and self link)."))
@click.option("--base-url",
              help=_("The URL the output folder is published at: feed entries link to the full reports there."))
@click.option("--send", "send", type=click.Path(dir_okay=False, path_type=str), metavar="SOURCES",
              help=_("Send the entries each [[channel]] of this subscriptions file has not accepted yet "
                     "(e-mail, 企业微信, 钉钉, webhook, any Apprise URL)."))
@store_option
@rules_option
@lang_option
def digest(since: str, outdir: Path, feed_url: Optional[str], base_url: Optional[str], send: Optional[str],
           store: Optional[str], rules: Optional[str], lang: str) -> None:
    """Write what changed in substance since the last digest: an e-mail-ready HTML
    page, a Markdown digest, a full report of each change, and an Atom feed
    whose entries carry the findings; with --send, deliver them.

    A first sighting, a re-fetch of the same text, or a change of formatting
    alone is not news: when nothing of substance changed, nothing is written.

    Exit status: 0, or 2 when a channel did not accept its message (it is tried again next time).
    """
    from .i18n import _
    from .watch import digest as run_digest

    failed = 0
    try:
        channels = []
        if send:
            from .watch.sources import read_sources

            channels = read_sources(send).channels
            if not channels:
                raise PolicydiffError(send, _("has no [[channel]] to send to"),
                                      _("add one (see docs/subscriptions.md) or leave out --send"))
        with _open_store(store) as opened:
            if channels:
                opened.add_channels(c.name for c in channels)
            result = run_digest(opened, outdir, since=since, feed_url=feed_url, rules=rules, lang=lang,
                                base_url=base_url)
            if not result.entries:
                click.echo(_("nothing of substance changed; no new entries"))
            for entry in result.entries:
                click.echo(entry["data"]["title"])
            for path in result.files:
                click.echo(f"{path}")
            if result.entries:
                click.echo(_("{n} new feed entries").format(n=result.new))
            if channels:
                from .watch.deliver import deliver

                for report in deliver(opened, channels, lang=lang):
                    if report.error:
                        failed += 1
                        click.echo(for_terminal(_("policydiff: {channel}: {error}").format(
                            channel=report.channel, error=report.error)), err=True)
                    elif report.sent:
                        click.echo(_("{channel}: sent {n} entries").format(channel=report.channel, n=report.sent))
    except PolicydiffError as exc:
        raise fail(str(exc))
    sys.exit(EXIT_ERROR if failed else EXIT_SAME)


@cli.command()
@click.argument("policy", required=False)
@store_option
def versions(policy: Optional[str], store: Optional[str]) -> None:
    """List the versions the store holds (of POLICY): id, policy, first seen, source,
    size and digest state. Open one with `policydiff show ID`, compare two with
    `policydiff compare store:POLICY@1 store:POLICY@latest`."""
    from .i18n import _
    from .watch.digest import public_source, visible

    try:
        with _open_store(store) as opened:
            found = opened.versions(policy)
            last = opened.last_digest()
    except PolicydiffError as exc:
        raise fail(str(exc))
    if not found:
        raise fail(_("{store}: holds no version{of}; run policydiff watch first").format(
            store=store or "the store", of=f" of “{policy}”" if policy else ""))
    covered = last[1] if last else 0
    numbers: dict = {}
    click.echo(_("id\tpolicy@n\tfirst seen (UTC)\tsource\tsize\tdigest"))
    for v in found:
        numbers[v.policy] = numbers.get(v.policy, 0) + 1
        state = _("digested") if v.id <= covered else _("not yet digested")
        click.echo(f"{v.id}\t{visible(v.policy)}@{numbers[v.policy]}\t{v.seen_at[:19].replace('T', ' ')}\t"
                   f"{public_source(v.source) if '://' in v.source else v.source}\t{v.size}\t{state}")


@cli.command()
@click.argument("version")
@store_option
def show(version: str, store: Optional[str]) -> None:
    """Print the text of a stored VERSION: its id (from `policydiff versions`),
    POLICY@N or POLICY@latest. The text is the normalised paragraphs, one per line."""
    try:
        with _open_store(store) as opened:
            spec = version[len("store:"):] if version.startswith("store:") else version
            found = opened.resolve(spec)
            text = opened.text(found.id)
    except PolicydiffError as exc:
        raise fail(str(exc))
    click.echo(text)


@cli.command()
@click.option("--host", default="127.0.0.1", show_default=True,
              help="The address to listen on. Keep 127.0.0.1 unless a proxy in front controls who connects.")
@click.option("--port", type=click.IntRange(0, 65535), default=8000, show_default=True,
              help="The port (0: any free one; the address is printed).")
@click.option("--store", type=click.Path(dir_okay=False, path_type=Path),
              help="Show this store of watch/digest (policies, versions, history, digests). Default: no store pages.")
@max_size_option
@rules_option
@click.option("--allow-private-urls", is_flag=True,
              help="Let users compare loopback and private-network addresses (refused by default).")
@click.option("--workers", type=click.IntRange(min=1), help="Comparisons run at once. Default: the CPU count, at most 4.")
@click.option("--time-limit", type=click.FloatRange(min=1), default=120, show_default=True,
              help="Seconds one comparison may take before it is stopped.")
@click.option("--memory-limit", type=click.IntRange(min=0), default=2048, show_default=True,
              help="MB of address space one comparison may use (0: no limit).")
@click.option("--cache-dir", type=click.Path(file_okay=False, path_type=Path),
              help="Where comparisons are kept for their links. Default: policydiff/serve in the user's cache folder.")
@click.option("--cache-size", type=click.FloatRange(min=1), default=500, show_default=True,
              help="MB the kept comparisons may take; the oldest go first.")
@click.option("--cache-days", type=click.FloatRange(min=0.01), default=7, show_default=True,
              help="Days a comparison is kept at its link.")
def serve(host: str, port: int, store: Optional[Path], max_size: float, rules: Optional[str],
          allow_private_urls: bool, workers: Optional[int], time_limit: float, memory_limit: int,
          cache_dir: Optional[Path], cache_size: float, cache_days: float) -> None:
    """Compare in a browser: a page to give two versions (files, addresses or
    pasted text) and get the report with its downloads, and with --store the
    versions and digests that watch collected. See docs/serve.md.
    """
    from .i18n import _
    from .serve import Settings
    from .serve import serve as run_server
    from .serve.app import default_cache_dir, env_workers

    settings = Settings(
        cache_dir=cache_dir or default_cache_dir(), store=str(store) if store else None,
        max_size=_size_limit(max_size), allow_private_urls=allow_private_urls,
        cache_bytes=int(cache_size * 1024 * 1024), cache_days=cache_days, workers=workers or env_workers(),
        time_limit=time_limit, memory_mb=memory_limit, rules=rules)
    try:
        if store:
            _open_store(store).close()  # a store that cannot be opened is said now, not on the first page
        run_server(settings, host, port,
                   announce=lambda url: click.echo(_("policydiff serve: listening on {url}").format(url=url)))
    except PolicydiffError as exc:
        raise fail(str(exc))
    except OSError as exc:
        raise fail(_("{host}:{port}: cannot listen there ({reason}); choose another --port").format(
            host=host, port=port, reason=exc.strerror or exc))
    except KeyboardInterrupt:
        pass



def main(argv: Optional[List[str]] = None) -> None:
    """The console script. An unexpected exception is a bug or an input no check
    foresaw; it ends with exit 2 and one line (never 1, which means "the
    versions differ"), and the traceback with ``policydiff --debug``."""
    from .command import internal_error, missing_module
    from .i18n import install_for_click

    global _OWN_PROCESS
    _OWN_PROCESS = argv is None  # the command line, not a call from another program (a test)
    gc.enable()  # paused by __main__ while the command line loaded
    install_for_click()
    args = sys.argv[1:] if argv is None else list(argv)
    try:
        cli.main(args=args, prog_name="policydiff")
    except (SystemExit, KeyboardInterrupt):
        if _OWN_PROCESS:
            gc.freeze()  # the process ends: the collections at exit would visit every object and free nothing
        raise
    except ModuleNotFoundError as exc:  # an incomplete install, not a bug: say what to install
        sys.exit(missing_module(exc, click.echo))
    except Exception as exc:  # noqa: BLE001 - the top-level handler
        sys.exit(internal_error(exc, args, click.echo))
