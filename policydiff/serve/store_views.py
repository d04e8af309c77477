"""The store pages (with ``--store``): policies, their versions and history, digests and entries.

Every comparison of stored versions is made like an uploaded one (a job in a
worker, a cache folder, a link ``/c/<id>``); its id is derived from the two
version ids, so the same pair is compared once while the cache keeps it.
"""
from __future__ import annotations

import hashlib
from typing import Any, Dict

from flask import Flask, Response, g, redirect

from .app import error_page, page, settings, state
from .jobs import Busy
from . import store_adapter


def _store() -> str:
    return str(settings().store)


def _key(*parts: Any) -> str:
    return hashlib.sha256("|".join(str(p) for p in (_store(), *parts)).encode("utf-8")).hexdigest()[:32]


def _start(key: str, task: str, params: Dict[str, Any]) -> Response:
    cache, runner = state()["cache"], state()["runner"]
    status = cache.status(key)
    if status is None or status.get("state") == "error":
        key, folder = cache.create(key)
        try:
            runner.submit(key, folder, task, {"store": _store(), "allow_private": False, "rules": settings().rules,
                                              "lang": g.lang, **params})
        except Busy:
            return error_page("err_busy", status=503)
        cache.prune(keep=frozenset({key}))
    return redirect(f"/c/{key}", code=303)


def policies() -> Response:
    return page("store_policies.html.j2", policies=store_adapter.policies(_store()))


def policy(name: str) -> Response:
    versions = store_adapter.versions(_store(), name)
    if not versions:
        return error_page("err_not_found", status=404)
    return page("store_policy.html.j2", name=name, versions=versions)


def compare_versions(old: int, new: int) -> Response:
    return _start(_key("compare", old, new, g.lang), "store_compare", {"old": old, "new": new})


def history(name: str) -> Response:
    versions = store_adapter.versions(_store(), name)
    if len(versions) < 2:
        return error_page("err_not_found", status=404)
    return _start(_key("history", name, versions[-1].id, g.lang), "store_history", {"policy": name})


def digests() -> Response:
    return page("store_digests.html.j2", digests=store_adapter.digests(_store()))


def register(app: Flask) -> None:
    def needs_store(view):
        def wrapped(**kwargs):
            if not settings().store:
                return error_page("err_no_store", status=404)
            return view(**kwargs)
        wrapped.__name__ = view.__name__
        return wrapped

    app.add_url_rule("/store", "store", needs_store(policies))
    app.add_url_rule("/store/policy/<path:name>", "store_policy", needs_store(policy))
    app.add_url_rule("/store/compare/<int:old>/<int:new>", "store_compare", needs_store(compare_versions))
    app.add_url_rule("/store/history/<path:name>", "store_history", needs_store(history))
    app.add_url_rule("/store/digests", "store_digests", needs_store(digests))
