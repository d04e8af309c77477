"""The store: versions, show and compare store:… on SQLite and PostgreSQL, and the
migration of a store written by the SQLite-only policydiff (schema 1)."""
import json
import shutil
import sqlite3

import pytest
from click.testing import CliRunner

from conftest import DRAFT, FINAL_WEB, LAWS
from policydiff.cli import cli
from servers import postgres_url


def run(*args):
    return CliRunner().invoke(cli, [str(a) for a in args])


@pytest.fixture(params=["sqlite", "postgresql"])
def store(request, tmp_path):
    return str(tmp_path / "store.sqlite3") if request.param == "sqlite" else postgres_url()


def _watched_draft_then_final(tmp_path, store):
    policy = tmp_path / "policy.txt"
    toml = tmp_path / "sources.toml"
    toml.write_text('[[policy]]\nname = "石景山工业互联网"\nsource = "policy.txt"\n', encoding="utf-8")
    shutil.copy(DRAFT, policy)
    assert run("watch", toml, "--store", store).exit_code == 0
    shutil.copy(FINAL_WEB, policy)
    assert run("watch", toml, "--store", store).exit_code == 0
    return toml


def _without_sources(data):
    data["old"].pop("source")
    data["new"].pop("source")
    return data


def test_compare_store_versions_gives_the_same_json_as_comparing_the_files(tmp_path, store):
    _watched_draft_then_final(tmp_path, store)
    from_files = run("compare", DRAFT, FINAL_WEB, "--format", "json")
    from_store = run("compare", "store:石景山工业互联网@1", "store:石景山工业互联网@latest", "--format", "json",
                     "--store", store)
    assert from_files.exit_code == from_store.exit_code == 1, from_store.output
    stored = json.loads(from_store.output)
    assert stored["old"]["source"] == "store:石景山工业互联网@1"
    assert _without_sources(stored) == _without_sources(json.loads(from_files.output))
    by_id = run("compare", "store:#1", "store:#2", "--format", "json", "--store", store)
    assert _without_sources(json.loads(by_id.output)) == _without_sources(json.loads(from_files.output))


def test_versions_lists_what_the_store_holds_and_show_prints_a_text(tmp_path, store):
    _watched_draft_then_final(tmp_path, store)
    listing = run("versions", "--store", store)
    assert listing.exit_code == 0, listing.output
    header, first, second = listing.output.strip().splitlines()
    assert header.split("\t") == ["id", "policy@n", "first seen (UTC)", "source", "size", "digest"]
    columns = first.split("\t")
    assert columns[0] == "1" and columns[1] == "石景山工业互联网@1" and columns[3] == str(tmp_path / "policy.txt")
    assert columns[5] == "not yet digested" and second.split("\t")[1] == "石景山工业互联网@2"
    assert run("versions", "石景山工业互联网", "--store", store).output == listing.output
    shown = run("show", "石景山工业互联网@1", "--store", store)
    assert shown.exit_code == 0
    assert int(columns[4]) == len(shown.output.rstrip("\n"))
    draft_lines = [l.strip() for l in DRAFT.read_text(encoding="utf-8").splitlines() if l.strip()]
    assert shown.output.splitlines()[0] == draft_lines[0]  # the title line, as the draft has it
    assert "第十四条" in shown.output
    assert run("show", "2", "--store", store).output == run("show", "石景山工业互联网@latest", "--store", store).output
    run("digest", "--store", store, "-o", tmp_path / "out")
    assert run("versions", "--store", store).output.count("\tdigested") == 2


@pytest.mark.parametrize("spec, words", [("石景山工业互联网@3", "has versions 1 to 2"), ("没有@1", "holds no version of “没有”"),
                                         ("99", "is no version in the store")])
def test_a_version_that_is_not_there_is_one_line_exit_2(tmp_path, spec, words):
    store = str(tmp_path / "store.sqlite3")
    _watched_draft_then_final(tmp_path, store)
    for result in (run("show", spec, "--store", store),
                   run("compare", f"store:{spec}", DRAFT, "--store", store, "--format", "json")):
        assert result.exit_code == 2 and words in result.output
        assert len(result.output.strip().splitlines()) == 1


#: The store as the SQLite-only policydiff wrote it (schema 1).
SCHEMA_1 = """
CREATE TABLE versions (id INTEGER PRIMARY KEY, policy TEXT NOT NULL, source TEXT NOT NULL, seen_at TEXT NOT NULL,
    sha256 TEXT NOT NULL, title TEXT NOT NULL, text TEXT NOT NULL);
CREATE INDEX versions_by_policy ON versions (policy, id);
CREATE TABLE digests (id INTEGER PRIMARY KEY, made_at TEXT NOT NULL, up_to INTEGER NOT NULL);
CREATE TABLE entries (id INTEGER PRIMARY KEY, uid TEXT NOT NULL UNIQUE, policy TEXT NOT NULL,
    old_version INTEGER NOT NULL REFERENCES versions (id), new_version INTEGER NOT NULL REFERENCES versions (id),
    made_at TEXT NOT NULL, data TEXT NOT NULL);
PRAGMA user_version=1;
"""


def test_a_schema_1_store_is_migrated_keeping_its_versions_and_digests(tmp_path):
    import hashlib

    store = tmp_path / "old.sqlite3"
    road = tmp_path / "road.md"
    shutil.copy(LAWS / "道路运输条例" / "2019-03-02.md", road)
    text = "\n".join(l.strip() for l in road.read_text(encoding="utf-8").splitlines() if l.strip())
    with sqlite3.connect(store) as db:
        db.executescript(SCHEMA_1)
        db.execute("INSERT INTO versions VALUES (1, 'road', ?, '2026-01-01T00:00:00.000000+00:00', ?, '道路运输条例', ?)",
                   (str(road), hashlib.sha256(text.encode()).hexdigest(), text))
        db.execute("INSERT INTO digests VALUES (1, '2026-01-02T00:00:00.000000+00:00', 1)")
    toml = tmp_path / "s.toml"
    toml.write_text('[[policy]]\nname = "road"\nsource = "road.md"\n', encoding="utf-8")
    shutil.copy(LAWS / "道路运输条例" / "2022-03-29.md", road)
    result = run("watch", toml, "--store", store)
    assert result.exit_code == 0 and "road: new version #2" in result.output, result.output
    listing = run("versions", "--store", store).output.splitlines()
    assert listing[1].split("\t")[:3] == ["1", "road@1", "2026-01-01 00:00:00"] and listing[1].endswith("\tdigested")
    digest = run("digest", "--store", store, "-o", tmp_path / "out")
    assert "road：" in digest.output and "1 new feed entries" in digest.output
    with sqlite3.connect(store) as db:
        assert db.execute("PRAGMA user_version").fetchone() == (2,)
        assert db.execute("PRAGMA integrity_check").fetchone() == ("ok",)
        assert db.execute("SELECT digest_id FROM entries").fetchall() == [(2,)]


def test_a_store_from_a_newer_policydiff_is_refused(tmp_path):
    store = tmp_path / "new.sqlite3"
    with sqlite3.connect(store) as db:
        db.execute("PRAGMA user_version=9")
    result = run("versions", "--store", store)
    assert result.exit_code == 2 and "was written by a newer policydiff (schema 9)" in result.output


def test_an_unreachable_postgresql_is_one_line_exit_2(tmp_path):
    from servers import free_port

    url = f"postgresql://nobody:secret@127.0.0.1:{free_port()}/none"
    result = run("versions", "--store", url)
    assert result.exit_code == 2 and "cannot be reached" in result.output
    assert "secret" not in result.output and len(result.output.strip().splitlines()) == 1
