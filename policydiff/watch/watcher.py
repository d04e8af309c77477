"""watch: read every subscribed source and store each version not seen before."""
from __future__ import annotations

from typing import Iterator, NamedTuple, Optional, Sequence

from .. import ingest, normalize, structure
from ..errors import PolicydiffError
from .sources import Subscription
from .store import Store, Version


class Outcome(NamedTuple):
    subscription: Subscription
    version: Optional[Version]  # the version stored, None when unchanged or unreadable
    error: Optional[str] = None


def read_version(subscription: Subscription, size_limit: int) -> tuple:
    """(title, text) of a source as stored: the normalised paragraphs, one per line."""
    raw = ingest.read(subscription.source, size_limit=size_limit, pick=subscription.pick)
    text = normalize.normalize(raw)
    if not text.paragraphs:
        raise PolicydiffError(subscription.source, "holds no text", "check that the page or file is the policy")
    title = structure.own_title(structure.parse(text).title)
    return title, "\n".join(text.paragraphs)


def watch(subscriptions: Sequence[Subscription], store: Store,
          size_limit: int = ingest.DEFAULT_SIZE_LIMIT) -> Iterator[Outcome]:
    """Each source in turn, each stored in its own transaction: a run stopped
    half-way keeps every version it stored, and one source that cannot be read
    does not stop the others."""
    for subscription in subscriptions:
        try:
            title, text = read_version(subscription, size_limit)
        except PolicydiffError as exc:
            yield Outcome(subscription, None, str(exc))
            continue
        yield Outcome(subscription, store.record(subscription.name, subscription.source, title, text))
