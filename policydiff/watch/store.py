"""The subscription store: every version seen and every digest entry, in SQLite.

Each write is one transaction begun with BEGIN IMMEDIATE, so a run killed in
the middle loses nothing it already stored, and two runs at once queue for the
write lock (WAL mode, a generous busy timeout) instead of corrupting the file
or storing a version twice.
"""
from __future__ import annotations

import hashlib
import json
import os
import sqlite3
from contextlib import contextmanager
from datetime import datetime, timezone
from pathlib import Path
from typing import Any, Dict, Iterator, List, NamedTuple, Optional

from ..errors import PolicydiffError

SCHEMA_VERSION = 1
BUSY_TIMEOUT = 120.0  # seconds a run waits for another to finish writing

SCHEMA = """
CREATE TABLE IF NOT EXISTS versions (
    id INTEGER PRIMARY KEY,
    policy TEXT NOT NULL,       -- the name in the subscriptions file
    source TEXT NOT NULL,       -- where this version was read
    seen_at TEXT NOT NULL,      -- UTC, ISO 8601
    sha256 TEXT NOT NULL,       -- of the normalised text
    title TEXT NOT NULL,
    text TEXT NOT NULL          -- the normalised paragraphs, one per line
);
CREATE INDEX IF NOT EXISTS versions_by_policy ON versions (policy, id);
CREATE TABLE IF NOT EXISTS digests (
    id INTEGER PRIMARY KEY,
    made_at TEXT NOT NULL,
    up_to INTEGER NOT NULL      -- the newest version id it covered
);
CREATE TABLE IF NOT EXISTS entries (
    id INTEGER PRIMARY KEY,
    uid TEXT NOT NULL UNIQUE,   -- the Atom entry id
    policy TEXT NOT NULL,
    old_version INTEGER NOT NULL REFERENCES versions (id),
    new_version INTEGER NOT NULL REFERENCES versions (id),
    made_at TEXT NOT NULL,
    data TEXT NOT NULL          -- JSON: title, summary, findings, html, source
);
"""


def default_path() -> Path:
    """The store in the user's data folder (e.g. ~/.local/share/policydiff/store.sqlite3)."""
    from platformdirs import user_data_dir

    return Path(user_data_dir("policydiff", appauthor=False)) / "store.sqlite3"


def now() -> str:
    return datetime.now(timezone.utc).isoformat(timespec="microseconds")


class Version(NamedTuple):
    id: int
    policy: str
    source: str
    seen_at: str
    sha256: str
    title: str  # the text itself is read only when needed: Store.text(id)


class Entry(NamedTuple):
    id: int
    uid: str
    policy: str
    old_version: int
    new_version: int
    made_at: str
    data: Dict[str, Any]


class Store:
    def __init__(self, path: "str | os.PathLike[str]"):
        self.path = Path(path)
        try:
            self.path.parent.mkdir(parents=True, exist_ok=True)
            self.db = sqlite3.connect(str(self.path), timeout=BUSY_TIMEOUT, isolation_level=None)
            self.db.execute("PRAGMA journal_mode=WAL")
            self.db.execute("PRAGMA foreign_keys=ON")
            with self.transaction():
                found = self.db.execute("PRAGMA user_version").fetchone()[0]
                if found > SCHEMA_VERSION:
                    raise PolicydiffError(str(self.path), f"was written by a newer policydiff (schema {found})",
                                          "upgrade policydiff or choose another --store")
                for statement in SCHEMA.split(";"):
                    if statement.strip():
                        self.db.execute(statement)
                self.db.execute(f"PRAGMA user_version={SCHEMA_VERSION}")
        except sqlite3.DatabaseError as exc:
            raise PolicydiffError(str(self.path), f"is not a policydiff store ({exc})",
                                  "choose another file with --store") from None
        except OSError as exc:
            raise PolicydiffError(str(self.path), f"cannot be created ({exc.strerror})",
                                  "choose another file with --store") from None

    def close(self) -> None:
        self.db.close()

    def __enter__(self) -> "Store":
        return self

    def __exit__(self, *_exc: object) -> None:
        self.close()

    @contextmanager
    def transaction(self) -> Iterator[sqlite3.Connection]:
        """One write transaction: all of it is stored, or none of it."""
        self.db.execute("BEGIN IMMEDIATE")
        try:
            yield self.db
        except BaseException:
            self.db.execute("ROLLBACK")
            raise
        self.db.execute("COMMIT")

    # ------------------------------------------------------------ versions

    def record(self, policy: str, source: str, title: str, text: str) -> Optional[Version]:
        """Store a version unless it is the policy's latest already; the new Version, else None."""
        digest = hashlib.sha256(text.encode("utf-8")).hexdigest()
        with self.transaction() as db:
            latest = db.execute("SELECT sha256 FROM versions WHERE policy = ? ORDER BY id DESC LIMIT 1",
                                (policy,)).fetchone()
            if latest and latest[0] == digest:
                return None
            seen = now()
            cursor = db.execute(
                "INSERT INTO versions (policy, source, seen_at, sha256, title, text) VALUES (?, ?, ?, ?, ?, ?)",
                (policy, source, seen, digest, title, text))
            return Version(cursor.lastrowid, policy, source, seen, digest, title)

    def versions(self, policy: Optional[str] = None) -> List[Version]:
        query = ("SELECT id, policy, source, seen_at, sha256, title FROM versions"
                 + (" WHERE policy = ?" if policy else "") + " ORDER BY id")
        return [Version(*row) for row in self.db.execute(query, (policy,) if policy else ())]

    def text(self, version_id: int) -> str:
        """A version's normalised paragraphs, one per line."""
        return self.db.execute("SELECT text FROM versions WHERE id = ?", (version_id,)).fetchone()[0]

    def last_digest(self) -> Optional[tuple]:
        """(made_at, up_to) of the newest digest, None before the first."""
        return self.db.execute("SELECT made_at, up_to FROM digests ORDER BY id DESC LIMIT 1").fetchone()

    # ------------------------------------------------------------- entries

    def entries(self, limit: int = 100) -> List[Entry]:
        rows = self.db.execute("SELECT * FROM entries ORDER BY id DESC LIMIT ?", (limit,)).fetchall()
        return [Entry(*row[:6], json.loads(row[6])) for row in rows]

    def has_entry(self, uid: str) -> bool:
        return self.db.execute("SELECT 1 FROM entries WHERE uid = ?", (uid,)).fetchone() is not None

    def close_digest(self, up_to: int, entries: List[Dict[str, Any]]) -> int:
        """Record a digest and its entries in one transaction; how many entries were new."""
        made = now()
        added = 0
        with self.transaction() as db:
            for entry in entries:
                cursor = db.execute(
                    "INSERT OR IGNORE INTO entries (uid, policy, old_version, new_version, made_at, data) "
                    "VALUES (?, ?, ?, ?, ?, ?)",
                    (entry["uid"], entry["policy"], entry["old_version"], entry["new_version"], made,
                     json.dumps(entry["data"], ensure_ascii=False)))
                added += cursor.rowcount
            db.execute("INSERT INTO digests (made_at, up_to) VALUES (?, ?)", (made, up_to))
        return added
