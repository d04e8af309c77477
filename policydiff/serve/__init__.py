"""``policydiff serve``: compare in a browser, and browse what ``watch`` collected.

A Flask application (:func:`create_app`) served by waitress, a production WSGI
server in pure Python. See docs/serve.md.
"""
from __future__ import annotations

from typing import Callable, Optional

from .app import Settings, create_app

__all__ = ["Settings", "create_app", "serve"]


def serve(settings: Settings, host: str = "127.0.0.1", port: int = 8000, threads: int = 16,
          announce: Optional[Callable[[str], None]] = None) -> None:
    """Serve until interrupted. ``port`` 0 takes a free port; ``announce`` is told the address."""
    from waitress import create_server

    app = create_app(settings)
    server = create_server(app, host=host, port=port, threads=threads,
                           max_request_body_size=app.config["MAX_CONTENT_LENGTH"] * 4,
                           channel_timeout=120, ident="policydiff")
    address = f"http://{host if ':' not in host else f'[{host}]'}:{server.effective_port}/"
    if announce:
        announce(address)
    try:
        server.run()
    finally:
        server.close()
