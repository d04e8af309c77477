"""Real local servers for the subscription tests: HTTP sites that count, stall,
redirect, fail or answer 304, all on 127.0.0.0/8 only."""
import os
import socket
import threading
import time
import uuid
from contextlib import contextmanager
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Callable, Dict, List, Optional, Tuple

import pytest

Route = Callable[["Handler"], None]


class Site:
    """Pages by path; each request is logged as (path, headers)."""

    def __init__(self):
        self.pages: Dict[str, Tuple[int, Dict[str, str], bytes]] = {}
        self.routes: Dict[str, Route] = {}
        self.requests: List[Tuple[str, Dict[str, str]]] = []
        self.lock = threading.Lock()
        self.url = ""

    def page(self, path: str, body: "str | bytes", content_type: str = "text/plain; charset=utf-8",
             status: int = 200, **headers: str) -> None:
        data = body.encode("utf-8") if isinstance(body, str) else body
        self.pages[path] = (status, dict({"Content-Type": content_type}, **headers), data)

    def count(self, path: str) -> int:
        with self.lock:
            return sum(1 for p, _h in self.requests if p == path)


class Handler(BaseHTTPRequestHandler):
    site: Site
    protocol_version = "HTTP/1.1"
    disable_nagle_algorithm = True  # headers and body go out at once, no 40 ms delayed-ACK stall

    def log_message(self, *args):
        pass

    def do_GET(self):
        with self.site.lock:
            self.site.requests.append((self.path, {k.lower(): v for k, v in self.headers.items()}))
        if self.path in self.site.routes:
            self.site.routes[self.path](self)
            return
        status, headers, body = self.site.pages.get(self.path, (404, {"Content-Type": "text/plain"}, b"not found"))
        self.answer(status, body, headers)

    def do_POST(self):
        length = int(self.headers.get("Content-Length") or 0)
        body = self.rfile.read(length)
        with self.site.lock:
            self.site.requests.append((self.path, dict({k.lower(): v for k, v in self.headers.items()},
                                                       body=body.decode("utf-8", "replace"))))
        route = self.site.routes.get(self.path.split("?")[0])
        if route:
            route(self)
            return
        self.answer(200, b'{"errcode":0,"errmsg":"ok"}', {"Content-Type": "application/json"})

    def answer(self, status: int, body: bytes, headers: Optional[Dict[str, str]] = None) -> None:
        self.send_response(status)
        for key, value in (headers or {}).items():
            self.send_header(key, value)
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)


@contextmanager
def serve(site: Optional[Site] = None, host: str = "127.0.0.1"):
    """Serve a Site on host (a loopback address) and a free port; yields the Site with .url set."""
    assert host.startswith("127."), "tests talk to 127.0.0.0/8 only"
    site = site or Site()
    handler = type("BoundHandler", (Handler,), {"site": site})

    class Server(ThreadingHTTPServer):
        daemon_threads = True

        def handle_error(self, request, client_address):
            pass  # clients that give up mid-answer are part of the tests

    httpd = Server((host, 0), handler)
    site.url = f"http://{host}:{httpd.server_address[1]}"
    thread = threading.Thread(target=httpd.serve_forever, daemon=True)
    thread.start()
    try:
        yield site
    finally:
        httpd.shutdown()
        httpd.server_close()


def trickle(handler: Handler, every: float = 2.0) -> None:
    """A slow-loris answer: headers, then one byte every ``every`` seconds, for ever."""
    handler.send_response(200)
    handler.send_header("Content-Type", "text/plain; charset=utf-8")
    handler.send_header("Content-Length", "1000000")
    handler.end_headers()
    try:
        while True:
            handler.wfile.write(b"x")
            handler.wfile.flush()
            time.sleep(every)
    except OSError:
        pass


# ------------------------------------------------------------------ stores

ADMIN_URL = os.environ.get("POLICYDIFF_TEST_POSTGRES")


def postgres_url() -> str:
    """A fresh, empty PostgreSQL database on the test server; skipped outside CI when there is none."""
    if not ADMIN_URL:
        if os.environ.get("CI"):
            pytest.fail("CI must start PostgreSQL (.ci/postgres.sh) and set POLICYDIFF_TEST_POSTGRES")
        pytest.skip("no PostgreSQL server (set POLICYDIFF_TEST_POSTGRES; CI starts one)")
    import psycopg

    name = f"t_{uuid.uuid4().hex[:12]}"
    with psycopg.connect(ADMIN_URL, autocommit=True) as db:
        db.execute(f"CREATE DATABASE {name}")
    return ADMIN_URL.rsplit("/", 1)[0] + "/" + name


def free_port(host: str = "127.0.0.1") -> int:
    with socket.socket() as s:
        s.bind((host, 0))
        return s.getsockname()[1]
