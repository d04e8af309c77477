"""The one place the web pages read the subscription store (policydiff.watch.store).

Everything the store pages need is a function here, returning plain values;
when the store's interface changes (SQLAlchemy Core, read methods of its own),
this module is the only one of the server to adapt. The store is the one the
operator named with ``--store``; no page opens a path a client gives.
"""
from __future__ import annotations

from dataclasses import dataclass
from typing import Dict, List, Optional, Tuple

from ..watch.digest import public_source, stored_document
from ..watch.store import Entry, Store, Version


@dataclass(frozen=True)
class Policy:
    name: str
    title: str
    versions: int
    first_seen: str
    last_seen: str
    latest: int  # id of its newest version


@dataclass(frozen=True)
class Digest:
    id: int
    made_at: str
    up_to: int
    entries: Tuple[Entry, ...]


def policies(path: str) -> List[Policy]:
    with Store(path) as store:
        by_policy: Dict[str, List[Version]] = {}
        for version in store.versions():
            by_policy.setdefault(version.policy, []).append(version)
    return [Policy(name, found[-1].title, len(found), found[0].seen_at, found[-1].seen_at, found[-1].id)
            for name, found in sorted(by_policy.items())]


def versions(path: str, policy: str) -> List[Version]:
    with Store(path) as store:
        return [v._replace(source=public_source(v.source)) for v in store.versions(policy)]


def version(path: str, version_id: int) -> Optional[Version]:
    with Store(path) as store:
        return store.version(version_id)


def digests(path: str, limit: int = 500) -> List[Digest]:
    """The digests made, newest first, each with the entries it first wrote."""
    with Store(path) as store:
        return [Digest(d.id, d.made_at, d.up_to, tuple(store.digest_entries(d.id)))
                for d in store.digests(limit)]


def compare_versions(path: str, old_id: int, new_id: int, rules: Optional[str] = None):
    """Two stored versions compared, as the digest compares them."""
    from ..errors import PolicydiffError
    from ..pipeline import compare_documents

    with Store(path) as store:
        old, new = store.version(old_id), store.version(new_id)
        if old is None or new is None:
            raise PolicydiffError(str(path), f"holds no version #{old_id if old is None else new_id}",
                                  "open the policy's page for the versions it holds")
        return compare_documents(stored_document(store, old, "o"), stored_document(store, new, "n"), rules)


def history(path: str, policy: str, rules: Optional[str] = None):
    """A policy's stored versions as a :class:`policydiff.history.History`, labelled by the day seen."""
    from ..errors import PolicydiffError
    from ..history import History, Version as Step, lineages
    from ..pipeline import compare_documents

    with Store(path) as store:
        stored = store.versions(policy)
        if len(stored) < 2:
            raise PolicydiffError(policy, "has fewer than two stored versions", "wait for watch to store another")
        documents = tuple(stored_document(store, v, f"v{k + 1}.") for k, v in enumerate(stored))
    labels = [f"#{v.id} {v.seen_at[:10]}" for v in stored]
    steps = tuple(compare_documents(a, b, rules) for a, b in zip(documents, documents[1:]))
    return History(tuple(Step(label, doc) for label, doc in zip(labels, documents)), steps,
                   lineages(documents, steps))
