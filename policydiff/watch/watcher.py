"""watch: read the subscribed sources that are due and store each version whose text is new.

A round: register the file's sources in the store's schedule, then claim a
batch of due sources (so several workers on one store split the work), fetch
the batch concurrently (conditional GET for URLs), read each answer into its
normalised text — the ``selector``'s part of the page only, the ``ignore``
lines dropped — and store it unless its normalised text is the policy's
latest already. A worker that dies leaves its claims to expire (``lease``),
and another worker takes them; a worker that runs out of work waits for the
live claims of others to end or expire, so a round ends with every due
source fetched once.
"""
from __future__ import annotations

import asyncio
import os
import re
import socket
import time
import uuid
from pathlib import Path
from typing import Callable, Iterator, List, NamedTuple, Optional, Sequence, Tuple

from .. import ingest, normalize, structure
from ..errors import PolicydiffError
from ..i18n import _
from ..ingest import web
from .sources import Subscription
from .store import SourceState, Store, Version, now

LEASE = 300.0  # seconds a claim lasts before another worker may take it


class Outcome(NamedTuple):
    subscription: Subscription
    version: Optional[Version]  # the version stored, None when unchanged or unreadable
    error: Optional[str] = None
    not_modified: bool = False  # the server answered 304


def worker_id() -> str:
    return f"{socket.gethostname()}:{os.getpid()}:{uuid.uuid4().hex[:8]}"


def select_body(data: bytes, selector: str, source: str, charset: str = "") -> bytes:
    """The parts of an HTML page a CSS selector picks, as a page of their own."""
    from bs4 import BeautifulSoup

    from ..ingest.html import decode_html

    text = decode_html(data, source, charset).text
    soup = BeautifulSoup(text, "html.parser")
    found = soup.select(selector)
    if not found:
        raise PolicydiffError(source, _("has nothing that the selector “{selector}” picks").format(selector=selector),
                              _("check the selector against the page (or remove it)"))
    title = soup.title.get_text(strip=True) if soup.title else ""
    head = f"<title>{_escape(title)}</title>" if title else ""
    return (f"<!DOCTYPE html><html><head><meta charset=\"utf-8\">{head}</head><body>"
            + "".join(str(node) for node in found) + "</body></html>").encode("utf-8")


def _escape(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def text_of(subscription: Subscription, raw) -> Tuple[str, str]:
    """(title, text) of what a source gave, as stored: the normalised paragraphs,
    one per line, without the lines ``ignore`` names."""
    text = normalize.normalize(raw)
    paragraphs = list(text.paragraphs)
    if subscription.ignore:
        patterns = [re.compile(p) for p in subscription.ignore]
        paragraphs = [p for p in paragraphs if not any(r.search(p) for r in patterns)]
    if not paragraphs:
        raise PolicydiffError(_public(subscription.source), _("holds no text"),
                              _("check that the page or file is the policy"))
    title = structure.own_title(structure.parse(type(text)(text.source, tuple(paragraphs))).title)
    return title, "\n".join(paragraphs)


def _public(source: str) -> str:
    return source


def _raw_from_bytes(subscription: Subscription, data: bytes, fmt: str, charset: str):
    source = subscription.source
    if subscription.selector:
        data, fmt, charset = select_body(data, subscription.selector, source, charset), "html", "utf-8"
    raw = ingest.read_bytes(data, source, fmt, charset)
    if subscription.pick:
        from ..ingest.dump import choose

        raw = choose(raw, title=subscription.pick, source=source)
    return raw


def read_file(subscription: Subscription, size_limit: int):
    """A file source as raw text (the selector applied to an HTML file)."""
    if not subscription.selector:
        return ingest.read(subscription.source, size_limit=size_limit, pick=subscription.pick)
    path = Path(subscription.source)
    try:
        if path.stat().st_size > size_limit:
            raise PolicydiffError(subscription.source, _("is over the {limit} limit").format(
                                                           limit=f"{size_limit / 1048576:.0f} MB"),
                                  _("pass --max-size to raise the limit"))
        with open(path, "rb") as handle:
            data = handle.read(size_limit + 1)
    except FileNotFoundError:
        raise PolicydiffError(subscription.source, _("no such file"), _("check the path")) from None
    except OSError as exc:
        raise PolicydiffError(subscription.source, _("cannot be read ({reason})").format(reason=exc.strerror),
                              _("check its permissions")) from None
    return _raw_from_bytes(subscription, data, "html", "")


def read_version(subscription: Subscription, size_limit: int) -> Tuple[str, str]:
    """(title, text) of a source, read now (a URL fetched without conditions)."""
    if web.is_url(subscription.source):
        data, fmt, charset = web.fetch(subscription.source, size_limit)
        return text_of(subscription, _raw_from_bytes(subscription, data, fmt or _url_format(subscription.source),
                                                     charset))
    return text_of(subscription, read_file(subscription, size_limit))


def _url_format(url: str) -> str:
    from urllib.parse import urlsplit

    return ingest.SUFFIXES.get(Path(urlsplit(url).path).suffix.lower(), "text")


def _process(store: Store, subscription: Subscription, worker: str, result, size_limit: int) -> Outcome:
    """Store what one source gave (a Fetched, an error, or None for a file to read now)."""
    try:
        if isinstance(result, PolicydiffError):
            raise result
        if result is None:
            title, text = text_of(subscription, read_file(subscription, size_limit))
            etag = modified = None
        elif result.not_modified:
            store.unchanged(subscription.name, worker)
            return Outcome(subscription, None, not_modified=True)
        else:
            raw = _raw_from_bytes(subscription, result.body, result.fmt or _url_format(result.final_url),
                                  result.charset)
            title, text = text_of(subscription, raw)
            etag, modified = result.etag, result.last_modified
    except PolicydiffError as exc:
        store.fail(subscription.name, worker, str(exc))
        return Outcome(subscription, None, str(exc))
    return Outcome(subscription, store.record(subscription.name, subscription.source, title, text,
                                              etag=etag, last_modified=modified, worker=worker))


def watch(subscriptions: Sequence[Subscription], store: Store,
          size_limit: int = ingest.DEFAULT_SIZE_LIMIT, lease: float = LEASE,
          settings: Optional[web.FetchSettings] = None, worker: Optional[str] = None,
          wait: bool = True, sleep: Callable[[float], None] = time.sleep) -> Iterator[Outcome]:
    """One round over the due sources, each stored in its own transaction: a run
    stopped half-way keeps every version it stored, and one source that cannot
    be read does not stop the others. Yields one Outcome per source this worker
    fetched."""
    settings = settings or web.settings()
    worker = worker or worker_id()
    by_name = {s.name: s for s in subscriptions}
    names = list(by_name)
    round_start = now()
    store.register(subscriptions)
    batch_size = max(1, settings.concurrency)
    while True:
        batch = store.claim(names, worker, round_start, lease, batch_size)
        if not batch:
            expires = store.claimed_elsewhere(names, worker, round_start) if wait else None
            if not expires:
                return
            sleep(0.5)  # another worker holds due sources: wait for it to finish, or its lease to end
            continue
        order = {name: i for i, name in enumerate(names)}
        batch.sort(key=lambda state: order[state.policy])  # as the file lists them
        for outcome in _fetch_batch(store, [by_name[s.policy] for s in batch], batch, worker, size_limit,
                                    settings):
            yield outcome


def _fetch_batch(store: Store, subs: List[Subscription], states: List[SourceState], worker: str,
                 size_limit: int, settings: web.FetchSettings) -> Iterator[Outcome]:
    urls = [(i, s) for i, s in enumerate(subs) if web.is_url(s.source)]
    results: List[object] = [None] * len(subs)
    if urls:
        requests = [(s.source, states[i].etag, states[i].last_modified) for i, s in urls]
        fetched = asyncio.run(web.fetch_many(requests, size_limit, settings))
        for (i, _s), result in zip(urls, fetched):
            results[i] = result
    for subscription, result in zip(subs, results):
        yield _process(store, subscription, worker, result, size_limit)
