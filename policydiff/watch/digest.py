"""digest: what changed in substance since the last digest, for subscribers.

For each policy, the version subscribers last heard of (the newest one the
previous digest covered; for a policy first seen since, its first version) is
compared with the newest one. A change of substance becomes an entry; a
first sighting, a re-fetch of the same text or a change of formatting alone
says nothing. The entries go out three ways: an e-mail-ready HTML page and a
Markdown digest for this run, and an Atom feed of the latest entries whose
content is the findings themselves.

Files are written before the digest is recorded in the store: a run killed in
between is simply done again next time, with the same entry ids, so no change
is lost and no feed entry is doubled.
"""
from __future__ import annotations

import re
import uuid
from dataclasses import dataclass
from datetime import datetime, timedelta, timezone
from pathlib import Path
from typing import Any, Callable, Dict, List, Optional

from .. import pipeline, structure
from ..errors import PolicydiffError
from ..i18n import _
from ..files import write_atomically
from ..models import Comparison, Document, Text
from .store import Store, Version

FEED_NAME = "feed.atom"
FEED_SIZE = 50  # entries kept in the feed


@dataclass(frozen=True)
class Change:
    policy: str
    old: Version
    new: Version
    comparison: Comparison


@dataclass(frozen=True)
class Digest:
    entries: List[Dict[str, Any]]  # this run's entries (new or not)
    new: int  # how many of them the store did not hold yet
    files: List[Path]


def parse_since(since: Optional[str], source: str = "--since") -> Optional[str]:
    """None (since the last digest), or an ISO UTC time from "2026-11-01",
    "2026-11-01T08:00", "7d" or "12h"."""
    if since in (None, "", "last"):
        return None
    relative = re.fullmatch(r"(\d+)\s*([dh])", since.strip())
    if relative:
        amount, unit = int(relative.group(1)), relative.group(2)
        delta = timedelta(days=amount) if unit == "d" else timedelta(hours=amount)
        return (datetime.now(timezone.utc) - delta).isoformat(timespec="microseconds")
    try:
        moment = datetime.fromisoformat(since.strip())
    except ValueError:
        raise PolicydiffError(source, _("cannot read “{since}” as a time").format(since=since),
                              _("give last, a date like 2026-11-01, or 7d / 12h")) from None
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=timezone.utc)
    return moment.astimezone(timezone.utc).isoformat(timespec="microseconds")


def public_source(source: str) -> str:
    """What published outputs say a version came from: a URL as it is, a file by its name
    only (never a local absolute path)."""
    if re.match(r"^[a-zA-Z][a-zA-Z0-9+.-]*://", source):
        return source
    return Path(source.split("#")[0]).name + ("#" + source.split("#", 1)[1] if "#" in source else "")


def visible(text: str) -> str:
    """Control and bidi-override characters shown as U+FFFD, so a name cannot break a feed or a terminal."""
    from .sources import CONTROL

    return CONTROL.sub("\ufffd", text)


def stored_document(store: Store, version: Version, prefix: str) -> Document:
    """A stored version as a Document (its text is already normalised), its source said publicly."""
    text = Text(public_source(version.source), tuple(store.text(version.id).split("\n")))
    return structure.parse(text, id_prefix=prefix)


def report_name(change: "Change") -> str:
    """The file name of a change's full HTML report, written beside the digest."""
    return f"change-{change.old.id}-{change.new.id}.html"


def changes(store: Store, since: Optional[str] = None, rules: Optional[str] = None) -> tuple:
    """(the changes of substance to report, the newest version id looked at)."""
    versions = store.versions()
    if since is None:
        last = store.last_digest()
        covered = last[1] if last else 0
    else:
        covered = max((v.id for v in versions if v.seen_at < since), default=0)
    by_policy: Dict[str, List[Version]] = {}
    for version in versions:
        by_policy.setdefault(version.policy, []).append(version)
    found: List[Change] = []
    for policy, history in by_policy.items():
        known = [v for v in history if v.id <= covered]
        fresh = [v for v in history if v.id > covered]
        if not fresh:
            continue
        base = known[-1] if known else fresh[0]
        newest = fresh[-1]
        if base.id == newest.id or base.sha256 == newest.sha256:
            continue
        comparison = pipeline.compare_documents(stored_document(store, base, "o"), stored_document(store, newest, "n"),
                                                 rules)
        if comparison.differs:
            found.append(Change(policy, base, newest, comparison))
    return found, max((v.id for v in versions), default=0)


def entry_of(change: Change, lang: str = "zh", base_url: Optional[str] = None) -> Dict[str, Any]:
    """A change as a feed entry: its id, title, the findings, and the HTML and Markdown bodies."""
    from ..render.headlines import counts_sentence, policy_title
    from ..render.ranking import ranked_headlines
    from ..render.markdown import render_markdown

    comparison = change.comparison
    findings = [{"group": h.group, "text": h.text} for h in ranked_headlines(comparison, lang)]
    counts = counts_sentence(comparison)
    name = visible(change.policy)
    report = report_name(change)
    data = {
        "policy": name,
        "title": f"{name}：{counts}",
        "policy_title": visible(policy_title(comparison)),
        "counts": counts,
        "findings": findings,
        "old": {"source": public_source(change.old.source), "seen_at": change.old.seen_at,
                "title": visible(change.old.title), "version": change.old.id},
        "new": {"source": public_source(change.new.source), "seen_at": change.new.seen_at,
                "title": visible(change.new.title), "version": change.new.id},
        "markdown": render_markdown(comparison, lang),
        "report": report,
        "report_url": (base_url.rstrip("/") + "/" + report) if base_url else report,
    }
    data["html"] = _environment().get_template("digest-entry.html.j2").render(entry=data)
    uid = uuid.uuid5(uuid.NAMESPACE_URL, f"policydiff:{change.policy}:{change.old.id}:{change.new.id}")
    return {"uid": f"urn:uuid:{uid}", "policy": change.policy, "old_version": change.old.id,
            "new_version": change.new.id, "data": data}


def _environment():
    from ..render.html import environment

    return environment()


def render_email(entries: List[Dict[str, Any]], made_at: str) -> str:
    return _environment().get_template("digest.html.j2").render(
        entries=[e["data"] for e in entries], made_at=made_at[:16].replace("T", " "))


def render_markdown_digest(entries: List[Dict[str, Any]], made_at: str) -> str:
    lines = [f"# 政策修改摘要（{made_at[:10]}）", "", f"本期 {len(entries)} 项政策有实质修改。", ""]
    for entry in entries:
        body = entry["data"]["markdown"].rstrip("\n").split("\n")
        lines += [("#" + line if line.startswith("#") else line) for line in body] + [""]
        if entry["data"].get("report_url"):
            lines += [f"[逐条对照（完整报告）](<{entry['data']['report_url']}>)", ""]
    return "\n".join(lines).rstrip("\n") + "\n"


def render_feed(entries: List[Dict[str, Any]], feed_url: str, updated: str, feed_id: Optional[str] = None) -> bytes:
    """An Atom feed (feedgen) of the entries, newest first; each entry's content is its findings."""
    from feedgen.feed import FeedGenerator

    feed = FeedGenerator()
    feed.id(f"urn:uuid:{uuid.uuid5(uuid.NAMESPACE_URL, 'policydiff:feed:' + (feed_id or feed_url))}")
    feed.title("policydiff：政策修改订阅")
    feed.subtitle("订阅的政策有实质修改时的修改摘要")
    feed.author({"name": "policydiff"})
    feed.link(href=feed_url, rel="self")
    feed.language("zh-CN")
    feed.generator("policydiff")
    feed.updated(datetime.fromisoformat(updated))
    for entry in reversed(entries):  # feedgen puts the last added first
        data = entry["data"]
        item = feed.add_entry()
        item.id(entry["uid"])
        item.title(data["title"])
        item.updated(datetime.fromisoformat(entry.get("made_at") or updated))
        item.summary("；".join(f["text"] for f in data["findings"]) or data["counts"])
        item.content(data["html"], type="html")
        if re.match(r"https?://", data.get("report_url") or ""):
            item.link(href=data["report_url"], rel="alternate")
        elif re.match(r"https?://", data["new"]["source"]):
            item.link(href=data["new"]["source"], rel="alternate")
    return feed.atom_str(pretty=True)


def digest(store: Store, outdir: Path, since: Optional[str] = None, feed_url: Optional[str] = None,
           rules: Optional[str] = None, lang: str = "zh",
           write: Optional[Callable[[Path, "str | bytes"], None]] = None,
           base_url: Optional[str] = None) -> Digest:
    """Write this run's digest (HTML e-mail, Markdown), a full HTML report of
    each change beside it, and the Atom feed into ``outdir``, then record the
    digest; nothing is written when nothing of substance changed.

    ``base_url``: where ``outdir`` is published; the feed's entries and the
    digest's links then point at the reports there (and the feed's own URL is
    base_url/feed.atom unless ``feed_url`` says)."""
    from ..render import render
    from .store import now

    write = write or write_atomically
    found, newest = changes(store, parse_since(since), rules)
    entries = [entry_of(change, lang, base_url) for change in found]
    made_at = now()
    files: List[Path] = []
    fresh = [e for e in entries if not store.has_entry(e["uid"])]
    if base_url and not feed_url:
        feed_url = base_url.rstrip("/") + "/" + FEED_NAME
    for change, entry in zip(found, entries):
        report = outdir / entry["data"]["report"]
        write(report, render(change.comparison, "html", lang=lang))
        files.append(report)
    if entries:
        stamp = re.sub(r"[^0-9]", "", made_at[:19])
        stamp = f"{stamp[:8]}-{stamp[8:]}"
        pages = [outdir / f"digest-{stamp}.html", outdir / f"digest-{stamp}.md"]
        write(pages[0], render_email(entries, made_at))
        write(pages[1], render_markdown_digest(entries, made_at))
        files = pages + files
    if fresh or not (outdir / FEED_NAME).exists() and store.entries(1):
        feed_path = outdir / FEED_NAME
        fresh_uids = {e["uid"] for e in fresh}  # another digest running at once may have stored them
        kept = [{"uid": e.uid, "made_at": e.made_at, "data": e.data} for e in store.entries(FEED_SIZE)
                if e.uid not in fresh_uids]
        latest = [dict(e, made_at=made_at) for e in fresh] + kept
        # Without --feed-url/--base-url the self link is relative: the feed never publishes a local path
        # (its id still derives from the folder, so it stays what it was).
        write(feed_path, render_feed(latest[:FEED_SIZE], feed_url or FEED_NAME, made_at,
                                     feed_id=feed_url or feed_path.resolve().as_uri()))
        files.append(feed_path)
    added = store.close_digest(newest, entries)
    return Digest(entries, added, files)


