"""Render: a Comparison as a report. Renderers are looked up by format name."""
from __future__ import annotations

from typing import Callable, Dict, Union

from ..models import Comparison


def _html(comparison: Comparison, **options) -> str:
    from .html import render_html  # jinja2 is only imported when HTML is asked for

    return render_html(comparison, **options)


def _json(comparison: Comparison, **options) -> str:
    from .json import render_json

    return render_json(comparison, **options)


def _docx(comparison: Comparison, **options) -> bytes:
    from .docx import render_docx

    return render_docx(comparison, **options)


def _md(comparison: Comparison, **options) -> str:
    from .markdown import render_markdown

    return render_markdown(comparison, **options)


#: format name → renderer(comparison, **options) -> str (bytes for docx)
RENDERERS: Dict[str, Callable[..., Union[str, bytes]]] = {
    "html": _html,
    "json": _json,
    "docx": _docx,
    "md": _md,
}


def render(comparison: Comparison, format: str = "html", **options) -> Union[str, bytes]:
    """The report in the given format: "html", "json", "md" (text) or "docx" (bytes)."""
    try:
        renderer = RENDERERS[format]
    except KeyError:
        raise ValueError(f"unknown format {format!r}; known: {', '.join(RENDERERS)}") from None
    return renderer(comparison, **options)
