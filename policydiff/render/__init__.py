"""Render: a Comparison as a report. Renderers are looked up by format name."""
from __future__ import annotations

from typing import Callable, Dict

from ..models import Comparison


def _html(comparison: Comparison, **options) -> str:
    from .html import render_html  # jinja2 is only imported when HTML is asked for

    return render_html(comparison, **options)


def _json(comparison: Comparison, **options) -> str:
    from .json import render_json

    return render_json(comparison, **options)


#: format name → renderer(comparison, **options) -> str
RENDERERS: Dict[str, Callable[..., str]] = {
    "html": _html,
    "json": _json,
}


def render(comparison: Comparison, format: str = "html", **options) -> str:
    """The report in the given format ("html" or "json")."""
    try:
        renderer = RENDERERS[format]
    except KeyError:
        raise ValueError(f"unknown format {format!r}; known: {', '.join(RENDERERS)}") from None
    return renderer(comparison, **options)
