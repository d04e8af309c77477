"""Shared fixtures: the real documents in ../shared/corpus (CI has it beside the clone)."""
import threading
from contextlib import contextmanager
from functools import partial
from http.server import SimpleHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
CORPUS = ROOT.parent / "shared" / "corpus"
SHIJINGSHAN = CORPUS / "shijingshan"
DRAFT = SHIJINGSHAN / "2022-draft.txt"
FINAL_WECHAT = SHIJINGSHAN / "2022-final-wechat.txt"
FINAL_WEB = SHIJINGSHAN / "2022-final-web.txt"
LAWS = CORPUS / "laws"

assert CORPUS.is_dir(), f"the test corpus is missing: expected it at {CORPUS}"


def law_pairs():
    """Every pair of consecutive versions under laws/, as (name, old, new)."""
    for folder in sorted(p for p in LAWS.iterdir() if p.is_dir()):
        versions = sorted(folder.glob("*.md"))
        for old, new in zip(versions, versions[1:]):
            yield folder.name, old, new


@pytest.fixture(scope="session")
def corpus() -> Path:
    return CORPUS


LISTING = CORPUS / "listing" / "park-policy-listing.txt"

#: The Shijingshan final as every kind of source it reaches a reader as: the
#: two published texts, the web text written as .docx/.html/.pdf/GB18030 by
#: tests/formats.py, and the first policy of the park listing dump.
FINAL_SOURCES = ["wechat", "web", "docx", "html", "pdf", "gb18030.txt", "listing#1"]


@pytest.fixture(scope="session")
def finals(tmp_path_factory) -> dict:
    from formats import WRITERS, paragraphs_of

    folder = tmp_path_factory.mktemp("finals")
    title, paragraphs = paragraphs_of(FINAL_WEB)
    made = {"wechat": FINAL_WECHAT, "web": FINAL_WEB, "listing#1": f"{LISTING}#1"}
    for fmt, write in WRITERS.items():
        made[fmt] = write(title, paragraphs, folder / f"2022-final.{fmt}")
    return made


@contextmanager
def serve_folder(folder):
    """A local http.server over a folder, quiet, on a free port: yields its base URL."""
    class Quiet(SimpleHTTPRequestHandler):
        def log_message(self, *args):
            pass

    class Server(ThreadingHTTPServer):
        def handle_error(self, request, client_address):
            pass  # the size-limit test hangs up mid-download on purpose

    httpd = Server(("127.0.0.1", 0), partial(Quiet, directory=str(folder)))
    thread = threading.Thread(target=httpd.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{httpd.server_address[1]}"
    finally:
        httpd.shutdown()
        httpd.server_close()
