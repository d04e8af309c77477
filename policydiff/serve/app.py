"""The web application: an app factory over the library, one jinja environment, thin views.

    >>> from policydiff.serve import Settings, create_app
    >>> app = create_app(Settings(cache_dir=Path("/tmp/policydiff-cache")))

Views only read the form, queue a job (:mod:`.jobs`) and render a page; the
comparing, in a child process, is :mod:`.work`. The pages carry a strict
Content-Security-Policy (no script at all; styles from this server only); the
reports keep their own.
"""
from __future__ import annotations

import os
import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Optional

import jinja2
from flask import Flask, Response, g, request
from werkzeug.exceptions import HTTPException

from .cache import Cache
from .jobs import Runner
from .messages import LANGS, message

MB = 1024 * 1024
PAGE_CSP = ("default-src 'none'; style-src 'self'; img-src 'self' data:; form-action 'self'; "
            "frame-src 'self'; base-uri 'none'; frame-ancestors 'none'")


def default_cache_dir() -> Path:
    from platformdirs import user_cache_dir

    return Path(user_cache_dir("policydiff", appauthor=False)) / "serve"


@dataclass(frozen=True)
class Settings:
    cache_dir: Path = field(default_factory=default_cache_dir)
    store: Optional[str] = None           # the SQLite store of watch/digest, for the store pages
    max_size: int = 50 * MB               # bytes per uploaded or fetched file
    allow_private_urls: bool = False
    cache_bytes: int = 500 * MB
    cache_days: float = 7.0
    workers: int = 2                      # comparisons at once
    time_limit: float = 120.0             # seconds per comparison
    memory_mb: int = 2048                 # address space per comparison process; 0: no limit
    max_queued: int = 64
    rules: Optional[str] = None           # the operator's lexicon additions (compare --rules)


def create_app(settings: Optional[Settings] = None) -> Flask:
    settings = settings or Settings()
    app = Flask("policydiff.serve", static_folder=None)
    app.config.update(
        MAX_CONTENT_LENGTH=2 * settings.max_size + 4 * MB,  # two files and the form around them
        MAX_FORM_MEMORY_SIZE=settings.max_size,           # one pasted text
        SETTINGS=settings,
    )
    cache = Cache(settings.cache_dir, settings.cache_bytes, settings.cache_days * 86400)
    cache.forget_unfinished()
    app.extensions["policydiff"] = {
        "cache": cache,
        "runner": Runner(cache, settings.workers, settings.time_limit, settings.memory_mb * MB,
                         settings.max_queued),
        "env": jinja2.Environment(loader=jinja2.PackageLoader("policydiff.serve", "templates"),
                                  autoescape=True, trim_blocks=True, lstrip_blocks=True,
                                  undefined=jinja2.StrictUndefined),
    }

    @app.before_request
    def choose_language() -> None:
        asked = request.args.get("lang")
        g.lang = asked if asked in LANGS else request.cookies.get("lang") if request.cookies.get("lang") in LANGS \
            else "zh"

    @app.after_request
    def headers(response: Response) -> Response:
        response.headers.setdefault("Content-Security-Policy", PAGE_CSP)
        response.headers["X-Content-Type-Options"] = "nosniff"
        # same-origin, not no-referrer: with no-referrer a browser posts the form with "Origin: null",
        # and the compare view refuses forms whose origin is not this server's.
        response.headers["Referrer-Policy"] = "same-origin"
        if request.args.get("lang") in LANGS:
            response.set_cookie("lang", request.args["lang"], max_age=365 * 86400, samesite="Lax")
        return response

    @app.errorhandler(HTTPException)
    def http_error(exc: HTTPException):
        key = {404: "err_not_found", 405: "err_method", 413: "err_request_too_large"}.get(
            exc.code or 500, "err_bad_request")
        return error_page(key, status=exc.code or 400)

    @app.errorhandler(Exception)
    def internal_error(exc: Exception):
        app.logger.exception("unexpected error")
        return error_page("err_internal", status=500)

    from . import store_views, views

    views.register(app)
    store_views.register(app)
    return app


# ------------------------------------------------------------- page helpers

def state() -> dict:
    from flask import current_app

    return current_app.extensions["policydiff"]


def settings() -> Settings:
    from flask import current_app

    return current_app.config["SETTINGS"]


def page(template: str, status: int = 200, **values: Any) -> Response:
    lang = g.get("lang", "zh")

    def t(key: str, **more: Any) -> str:
        return message(key, lang, **more)

    html = state()["env"].get_template(template).render(
        t=t, lang=lang, other_lang="en" if lang == "zh" else "zh", has_store=bool(settings().store),
        path=request.path, **values)
    return Response(html, status=status, mimetype="text/html")


def error_page(key: str, status: int = 400, detail: str = "", **values: Any) -> Response:
    s = settings()
    values = {"mb": f"{s.max_size / MB:g}", "days": f"{s.cache_days:g}", "s": f"{s.time_limit:g}", **values}
    return page("error.html.j2", status=status, key=key, values=values, detail=detail, status_code=status)


def report_csp(html: str) -> str:
    """A report's own policy (its meta tag), sent as a header too, and framable by this server only."""
    found = re.search(r'http-equiv="Content-Security-Policy" content="([^"]+)"', html[:4096])
    policy = found.group(1) if found else "default-src 'none'"
    return f"{policy}; frame-ancestors 'self'"


def css() -> bytes:
    return (Path(__file__).resolve().parent / "templates" / "serve.css").read_bytes()


def env_workers() -> int:
    return max(1, min(4, os.cpu_count() or 2))
