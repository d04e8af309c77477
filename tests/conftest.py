"""Shared fixtures: the real documents in ../shared/corpus (CI has it beside the clone).

Without ../shared (a checkout of the package alone) the tests that read the
corpus are skipped, with one line saying so at the end of the run; the
others run as usual.
"""
import inspect
import os
import re
import threading
from contextlib import contextmanager
from functools import partial
from http.server import SimpleHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import pytest

# The tests read the program's messages in English whatever the tester's locale
# (tests/test_i18n.py sets LANG itself for the Chinese ones).
os.environ["LANGUAGE"] = "en"

ROOT = Path(__file__).resolve().parent.parent
CORPUS = ROOT.parent / "shared" / "corpus"
SHIJINGSHAN = CORPUS / "shijingshan"
DRAFT = SHIJINGSHAN / "2022-draft.txt"
FINAL_WECHAT = SHIJINGSHAN / "2022-final-wechat.txt"
FINAL_WEB = SHIJINGSHAN / "2022-final-web.txt"
LAWS = CORPUS / "laws"
#: Revisions read first as held out (no rule tuned on them before), kept in this repository: tests/fixtures/laws/README.md.
HELD_OUT = ROOT / "tests" / "fixtures" / "laws"

HAVE_CORPUS = CORPUS.is_dir()
NO_CORPUS = f"the test corpus is not at {CORPUS} (clone the shared folder beside this checkout to run them)"
# A test reads the corpus when it, a fixture it uses, or a helper of its module it calls names one of these.
_CORPUS_NAMES = re.compile(r"\b(?:CORPUS|SHIJINGSHAN|DRAFT|FINAL_WECHAT|FINAL_WEB|FINAL_SOURCES|LAWS|LISTING|"
                           r"law_pairs|corpus|finals)\b")


def _source(obj) -> str:
    try:
        return inspect.getsource(obj)
    except (OSError, TypeError):
        return ""


def _needs_corpus(item) -> bool:
    if {"corpus", "finals"} & set(item.fixturenames):
        return True
    texts = [_source(getattr(item, "function", None))]
    for name in item.fixturenames:
        for definition in item._fixtureinfo.name2fixturedefs.get(name, ()):
            texts.append(_source(definition.func))
    module = getattr(item, "module", None)
    helpers = {name: obj for name, obj in vars(module).items()
               if inspect.isfunction(obj) and obj.__module__ == module.__name__} if module else {}
    called = [_source(f) for name, f in helpers.items() if any(re.search(rf"\b{name}\(", t) for t in texts)]
    # and the module's own names for corpus paths (CORPUS_LAWS = CORPUS / "laws")
    aliases = [name for name, value in (vars(module).items() if module else ())
               if isinstance(value, (str, Path)) and str(value).startswith(str(CORPUS))]
    pattern = re.compile(_CORPUS_NAMES.pattern + (rf"|\b(?:{'|'.join(aliases)})\b" if aliases else ""))
    return any(pattern.search(t) for t in texts + called)


def pytest_collection_modifyitems(config, items):
    if HAVE_CORPUS:
        return
    skip = pytest.mark.skip(reason=NO_CORPUS)
    for item in items:
        if _needs_corpus(item):
            item.add_marker(skip)
            config._corpus_skipped = getattr(config, "_corpus_skipped", 0) + 1


def pytest_terminal_summary(terminalreporter, exitstatus, config):
    skipped = getattr(config, "_corpus_skipped", 0)
    if skipped:
        terminalreporter.write_line(f"{skipped} corpus tests skipped: {NO_CORPUS}")


def law_fixture(law: str, old: str, new: str):
    """A module fixture: the comparison of two versions (by date) of a law of the corpus."""
    from policydiff import compare

    return pytest.fixture(scope="module")(lambda: compare(LAWS / law / f"{old}.md", LAWS / law / f"{new}.md"))


def held_out_fixture(law: str, old: str, new: str):
    """A module fixture: the comparison of two versions (by date) of a held-out law (tests/fixtures/laws)."""
    from policydiff import compare

    return pytest.fixture(scope="module")(lambda: compare(HELD_OUT / law / f"{old}.md", HELD_OUT / law / f"{new}.md"))


def old_pair(result, label: str):
    """The comparison's pair whose first old clause is ``label`` (第X条)."""
    return next(p for p in result.pairs if p.old and p.old[0].label == label)


def new_pair(result, label: str):
    """The comparison's pair whose first new clause is ``label``."""
    return next(p for p in result.pairs if p.new and p.new[0].label == label)


def pair_messages(pair):
    """The messages of a pair's findings, in order."""
    return [f.message for f in pair.findings]


def own_findings(pair):
    """The pair's findings as the pair alone gives them, before the passes over the whole document (which leave out,
    among others, the lines of the record that record the two versions compared: findings/document.py)."""
    from policydiff.findings import analyze

    return analyze(pair).findings


def law_pairs():
    """Every pair of consecutive versions under laws/, as (name, old, new)."""
    if not HAVE_CORPUS:
        return
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
