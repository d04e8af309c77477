"""watch and digest: subscriptions, the SQLite store, the e-mail page, the Markdown digest and the Atom feed."""
import os
import shutil
import sqlite3
import subprocess
import sys
import xml.etree.ElementTree as ET
from contextlib import contextmanager
from pathlib import Path

import pytest
from click.testing import CliRunner

from conftest import DRAFT, FINAL_WEB, FINAL_WECHAT, LAWS, ROOT, serve_folder
from policydiff.cli import cli

ATOM = "{http://www.w3.org/2005/Atom}"


def run(*args):
    return CliRunner().invoke(cli, [str(a) for a in args])


def feed_entries(folder: Path):
    root = ET.parse(folder / "feed.atom").getroot()  # raises if it is not well-formed XML
    assert root.tag == f"{ATOM}feed"
    for required in ("id", "title", "updated"):
        assert root.find(f"{ATOM}{required}").text
    entries = root.findall(f"{ATOM}entry")
    for entry in entries:
        for required in ("id", "title", "updated", "content"):
            assert entry.find(f"{ATOM}{required}").text, required
    return entries


@contextmanager
def subscription(tmp_path, kind):
    """A subscriptions file whose one policy's source is a file, or a URL on a local http.server."""
    site = tmp_path / "site"
    site.mkdir()
    toml = tmp_path / "sources.toml"
    if kind == "file":
        toml.write_text('[[policy]]\nname = "石景山工业互联网"\nsource = "site/policy.txt"\n', encoding="utf-8")
        yield toml, site / "policy.txt"
    else:
        with serve_folder(site) as url:
            toml.write_text(f'[[policy]]\nname = "石景山工业互联网"\nsource = "{url}/policy.txt"\n',
                            encoding="utf-8")
            yield toml, site / "policy.txt"


@pytest.mark.parametrize("kind", ["file", "url"])
def test_draft_then_final_gives_one_entry_with_the_findings_and_then_nothing(tmp_path, kind):
    store, out = tmp_path / "store.sqlite3", tmp_path / "digest"
    with subscription(tmp_path, kind) as (toml, policy):
        shutil.copy(DRAFT, policy)
        first = run("watch", toml, "--store", store)
        assert first.exit_code == 0 and "new version #1" in first.output
        assert "unchanged" in run("watch", toml, "--store", store).output
        assert "no new entries" in run("digest", "--store", store, "-o", out).output  # first sighting
        assert not out.exists()
        shutil.copy(FINAL_WEB, policy)  # the final replaces the draft at the same address
        # …a little later: HTTP dates have whole seconds, and a server asked "If-Modified-Since"
        # the draft's second would rightly answer 304 for a file replaced within that second.
        later = policy.stat().st_mtime + 5
        os.utime(policy, (later, later))
        assert "new version #2" in run("watch", toml, "--store", store).output

    result = run("digest", "--store", store, "-o", out)
    assert result.exit_code == 0, result.output
    assert "1 new feed entries" in result.output
    [entry] = feed_entries(out)
    assert entry.find(f"{ATOM}title").text == "石景山工业互联网：修改13条、删除1条、拆分1条"
    content = entry.find(f"{ATOM}content").text  # the findings themselves, not a link
    for finding in ("第七条（支持工业互联网应用场景建设）整条删除", "原第八条至第十三条依次改为第七条至第十二条",
                    "第十四条拆分为第十三条、第十四条", "上限表述“不超过”被删除", "失信被执行人"):
        assert finding in content
    [html] = out.glob("digest-*.html")
    [markdown] = out.glob("digest-*.md")
    page = html.read_text(encoding="utf-8")
    assert "<style" not in page and "<script" not in page  # inline styles only: e-mail clients drop the rest
    assert "第十四条拆分为第十三条、第十四条" in page
    assert "## 石景山区推动工业互联网产业高质量发展支持办法（试行）：修改情况" in markdown.read_text(encoding="utf-8")

    feed_before = (out / "feed.atom").read_bytes()
    again = run("digest", "--store", store, "-o", out)
    assert again.exit_code == 0 and "no new entries" in again.output
    assert (out / "feed.atom").read_bytes() == feed_before
    assert sorted(p.name for p in out.iterdir() if not p.name.startswith("digest-")) == ["change-1-2.html",
                                                                                        "feed.atom"]
    assert 'href="change-1-2.html"' in page  # the entry links to the full report written beside it
    report = (out / "change-1-2.html").read_text(encoding="utf-8")
    assert "第十四条" in report and str(tmp_path) not in report + page  # file names only, no local paths


def test_a_change_of_formatting_alone_is_not_news(tmp_path):
    store, out = tmp_path / "store.sqlite3", tmp_path / "digest"
    policy = tmp_path / "policy.txt"
    toml = tmp_path / "s.toml"
    toml.write_text('[[policy]]\nname = "p"\nsource = "policy.txt"\n', encoding="utf-8")
    shutil.copy(FINAL_WECHAT, policy)
    run("watch", toml, "--store", store)
    shutil.copy(FINAL_WEB, policy)  # the same final, as the government site prints it
    assert "new version #2" in run("watch", toml, "--store", store).output
    assert "no new entries" in run("digest", "--store", store, "-o", out).output
    assert not out.exists()


def test_since_a_date_repeats_the_changes_without_new_feed_entries(tmp_path):
    store, out = tmp_path / "store.sqlite3", tmp_path / "digest"
    toml = write_sources(tmp_path, {"road": LAWS / "道路运输条例" / "2019-03-02.md"})
    run("watch", toml, "--store", store)
    shutil.copy(LAWS / "道路运输条例" / "2022-03-29.md", tmp_path / "road.md")
    run("watch", toml, "--store", store)
    assert "1 new feed entries" in run("digest", "--store", store, "-o", out).output
    again = run("digest", "--store", store, "-o", out, "--since", "2000-01-01")
    assert "0 new feed entries" in again.output and len(feed_entries(out)) == 1
    assert run("digest", "--store", store, "--since", "yesterday-ish").exit_code == 2


def write_sources(folder: Path, policies: dict) -> Path:
    lines = []
    for name, source in policies.items():
        target = folder / f"{name}{Path(source).suffix}"
        shutil.copy(source, target)
        lines.append(f'[[policy]]\nname = "{name}"\nsource = "{target.name}"\n')
    toml = folder / "sources.toml"
    toml.write_text("\n".join(lines), encoding="utf-8")
    return toml


KILL_AFTER_FIRST_STORE = """
import os, signal, sys
from policydiff.watch import store
record = store.Store.record
def record_then_die(self, *args, **kwargs):
    version = record(self, *args, **kwargs)
    os.kill(os.getpid(), signal.SIGKILL)  # as kill -9 right after the first version is committed
store.Store.record = record_then_die
from policydiff.cli import main
sys.argv = ["policydiff", "watch", sys.argv[1], "--store", sys.argv[2], "--lease", "3"]  # its claims expire soon
main()
"""

KILL_BEFORE_DIGEST_IS_RECORDED = """
import os, signal, sys
from policydiff.watch import store
def die(self, *args):
    os.kill(os.getpid(), signal.SIGKILL)  # files written, digest not yet recorded
store.Store.close_digest = die
from policydiff.cli import main
sys.argv = ["policydiff", "digest", "--store", sys.argv[1], "-o", sys.argv[2]]
main()
"""


def test_a_run_killed_between_storing_and_digesting_loses_nothing(tmp_path):
    store, out = tmp_path / "store.sqlite3", tmp_path / "digest"
    toml = write_sources(tmp_path, {"石景山": DRAFT, "road": LAWS / "道路运输条例" / "2022-03-29.md"})
    killed = subprocess.run([sys.executable, "-c", KILL_AFTER_FIRST_STORE, toml, store], cwd=ROOT,
                            capture_output=True, text=True)
    assert killed.returncode == -9
    with sqlite3.connect(store) as db:
        assert db.execute("SELECT policy FROM versions").fetchall() == [("石景山",)]

    assert "road: new version #2" in run("watch", toml, "--store", store).output
    shutil.copy(FINAL_WEB, tmp_path / "石景山.txt")
    shutil.copy(LAWS / "道路运输条例" / "2023-07-20.md", tmp_path / "road.md")
    assert run("watch", toml, "--store", store).exit_code == 0

    killed = subprocess.run([sys.executable, "-c", KILL_BEFORE_DIGEST_IS_RECORDED, store, out], cwd=ROOT,
                            capture_output=True, text=True)
    assert killed.returncode == -9
    result = run("digest", "--store", store, "-o", out)
    assert "2 new feed entries" in result.output
    titles = sorted(e.find(f"{ATOM}title").text for e in feed_entries(out))
    assert titles == ["road：未修改77条、修改6条、删除1条", "石景山：修改13条、删除1条、拆分1条"]
    assert "no new entries" in run("digest", "--store", store, "-o", out).output


def test_runs_at_once_do_not_corrupt_the_store_or_store_a_version_twice(tmp_path):
    store, out = tmp_path / "store.sqlite3", tmp_path / "digest"
    laws = sorted(LAWS.glob("*/*.md"))[:8]
    toml = write_sources(tmp_path, {f"law{i}": path for i, path in enumerate(laws)})
    command = [sys.executable, "-m", "policydiff", "watch", str(toml), "--store", str(store)]
    runs = [subprocess.Popen(command, cwd=ROOT, stdout=subprocess.PIPE, stderr=subprocess.PIPE)
            for _ in range(4)]
    ended = [p.communicate(timeout=120) for p in runs]  # (read as they run: a full pipe would stall one)
    assert [p.returncode for p in runs] == [0] * 4, "\n".join(e[1].decode("utf-8", "replace")[-500:] for e in ended)
    with sqlite3.connect(store) as db:
        assert db.execute("PRAGMA integrity_check").fetchone() == ("ok",)
        assert db.execute("SELECT COUNT(*), COUNT(DISTINCT policy) FROM versions").fetchone() == (8, 8)
    for i, path in enumerate(laws):  # each law's next version
        following = sorted(path.parent.glob("*.md"))
        shutil.copy(following[(following.index(path) + 1) % len(following)], tmp_path / f"law{i}.md")
    assert subprocess.run(command, cwd=ROOT).returncode == 0
    digest = [sys.executable, "-m", "policydiff", "digest", "--store", str(store), "-o", str(out)]
    runs = [subprocess.Popen(digest, cwd=ROOT, stdout=subprocess.PIPE, stderr=subprocess.PIPE)
            for _ in range(3)]
    assert [p.wait(timeout=120) for p in runs] == [0] * 3
    with sqlite3.connect(store) as db:
        assert db.execute("PRAGMA integrity_check").fetchone() == ("ok",)
        entries = db.execute("SELECT COUNT(*), COUNT(DISTINCT uid) FROM entries").fetchone()
    assert entries[0] == entries[1] == len(feed_entries(out)) > 0


def test_one_unreadable_source_does_not_stop_the_others(tmp_path):
    toml = write_sources(tmp_path, {"a": DRAFT})
    with open(toml, "a", encoding="utf-8") as handle:
        handle.write('\n[[policy]]\nname = "gone"\nsource = "gone.txt"\n')
    result = run("watch", toml, "--store", tmp_path / "s.sqlite3")
    assert result.exit_code == 2
    assert "a: new version #1" in result.output
    assert f"policydiff: gone: {tmp_path / 'gone.txt'}: no such file" in result.output


@pytest.mark.parametrize("content, words", [
    ("[[policy]]\nname = 'x'\n", "needs a name and a source"),
    ("[[policy]\n", "is not valid TOML"),
    ("every = '1d'\n", "lists no [[policy]]"),
    ("title = 'x'\n", "unknown key “title”"),
    ("[[policy]]\nname = 'x'\nsource = 'a'\n[[policy]]\nname = 'x'\nsource = 'b'\n", "names “x” twice"),
])
def test_a_bad_subscriptions_file_is_one_line_exit_2(tmp_path, content, words):
    toml = tmp_path / "s.toml"
    toml.write_text(content, encoding="utf-8")
    result = run("watch", toml, "--store", tmp_path / "s.sqlite3")
    assert result.exit_code == 2 and words in result.output and str(toml) in result.output
    assert len(result.output.strip().splitlines()) == 1


def test_a_file_that_is_not_a_store_is_refused(tmp_path):
    bogus = tmp_path / "notes.txt"
    bogus.write_text("not a database " * 100, encoding="utf-8")
    result = run("digest", "--store", bogus, "-o", tmp_path / "out")
    assert result.exit_code == 2 and "is not a policydiff store" in result.output
    assert len(result.output.strip().splitlines()) == 1


def test_the_store_defaults_to_the_user_data_folder(tmp_path, monkeypatch):
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "data"))
    toml = write_sources(tmp_path, {"a": DRAFT})
    assert run("watch", toml).exit_code == 0
    assert (tmp_path / "data" / "policydiff" / "store.sqlite3").is_file()
