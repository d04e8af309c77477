"""The subscription store: every version seen, every digest and its entries,
what each channel accepted, and the schedule and claims that let many
``watch`` workers share one store.

One set of SQL (SQLAlchemy Core) for both databases: a SQLite file (the
embedded default) or a PostgreSQL URL (``postgresql://user@host/db``). Each
write is one transaction; on SQLite it begins with BEGIN IMMEDIATE (WAL mode,
a generous busy timeout), so runs at once queue for the write lock; on
PostgreSQL a worker locks a policy's row while it stores a version and claims
due sources with ``SELECT … FOR UPDATE SKIP LOCKED`` and a lease that expires.

Public read methods (for ``versions``/``show`` and ``policydiff serve``):
:meth:`Store.policies`, :meth:`Store.versions`, :meth:`Store.version`,
:meth:`Store.text`, :meth:`Store.digests`, :meth:`Store.entries`,
:meth:`Store.digest_entries`.
"""
from __future__ import annotations

import hashlib
import json
import os
import re
import time
from contextlib import contextmanager
from datetime import datetime, timedelta, timezone
from pathlib import Path
from typing import Any, Dict, Iterable, Iterator, List, NamedTuple, Optional, Sequence

import sqlalchemy as sa

from ..errors import PolicydiffError
from ..i18n import _

SCHEMA_VERSION = 2
BUSY_TIMEOUT = 120.0  # seconds a SQLite run waits for another to finish writing
#: Tries at setting up a SQLite store when another run creating it at the same time got in the way (see Store._set_up),
#: and the errors that say so.
SETUP_TRIES = 10
_TRANSIENT = r"database is locked|already exists|database schema has changed"
EPOCH = "1970-01-01T00:00:00.000000+00:00"

metadata = sa.MetaData()
meta = sa.Table("meta", metadata,
                sa.Column("key", sa.String(64), primary_key=True),
                sa.Column("value", sa.Text, nullable=False))
versions_table = sa.Table(
    "versions", metadata,
    sa.Column("id", sa.Integer, primary_key=True),
    sa.Column("policy", sa.Text, nullable=False),  # the name in the subscriptions file
    sa.Column("source", sa.Text, nullable=False),  # where this version was read
    sa.Column("seen_at", sa.Text, nullable=False),  # UTC, ISO 8601
    sa.Column("sha256", sa.Text, nullable=False),  # of the normalised text
    sa.Column("title", sa.Text, nullable=False),
    sa.Column("text", sa.Text, nullable=False),  # the normalised paragraphs, one per line
    sa.Index("versions_by_policy", "policy", "id"))
digests_table = sa.Table(
    "digests", metadata,
    sa.Column("id", sa.Integer, primary_key=True),
    sa.Column("made_at", sa.Text, nullable=False),
    sa.Column("up_to", sa.Integer, nullable=False))  # the newest version id it covered
entries_table = sa.Table(
    "entries", metadata,
    sa.Column("id", sa.Integer, primary_key=True),
    sa.Column("uid", sa.Text, nullable=False, unique=True),  # the Atom entry id
    sa.Column("policy", sa.Text, nullable=False),
    sa.Column("old_version", sa.Integer, sa.ForeignKey("versions.id"), nullable=False),
    sa.Column("new_version", sa.Integer, sa.ForeignKey("versions.id"), nullable=False),
    sa.Column("made_at", sa.Text, nullable=False),
    sa.Column("data", sa.Text, nullable=False),  # JSON: title, findings, html, markdown, report
    sa.Column("digest_id", sa.Integer, nullable=True))  # the digest that first wrote it (schema 2)
sources_table = sa.Table(
    "sources", metadata,
    sa.Column("policy", sa.Text, primary_key=True),
    sa.Column("source", sa.Text, nullable=False),
    sa.Column("every", sa.Float, nullable=False, default=0.0),  # seconds between fetches
    sa.Column("due_at", sa.Text, nullable=False),  # not fetched again before this time
    sa.Column("claimed_by", sa.Text),  # the worker fetching it now
    sa.Column("claim_expires", sa.Text),  # after this, another worker may take it
    sa.Column("etag", sa.Text),
    sa.Column("last_modified", sa.Text),
    sa.Column("checked_at", sa.Text),
    sa.Column("last_error", sa.Text))
channels_table = sa.Table(
    "channels", metadata,
    sa.Column("name", sa.Text, primary_key=True),
    sa.Column("added_at", sa.Text, nullable=False))  # entries older than this are not sent to it
deliveries_table = sa.Table(
    "deliveries", metadata,
    sa.Column("entry_uid", sa.Text, primary_key=True),
    sa.Column("channel", sa.Text, primary_key=True),
    sa.Column("delivered_at", sa.Text, nullable=False))


def default_path() -> Path:
    """The store in the user's data folder (e.g. ~/.local/share/policydiff/store.sqlite3)."""
    from platformdirs import user_data_dir

    return Path(user_data_dir("policydiff", appauthor=False)) / "store.sqlite3"


def now() -> str:
    return datetime.now(timezone.utc).isoformat(timespec="microseconds")


def later(seconds: float, start: Optional[str] = None) -> str:
    moment = datetime.fromisoformat(start) if start else datetime.now(timezone.utc)
    return (moment + timedelta(seconds=seconds)).isoformat(timespec="microseconds")


def is_database_url(location: "str | os.PathLike[str]") -> bool:
    return bool(re.match(r"^(postgres(ql)?)(\+\w+)?://", os.fspath(location)))


def display_location(location: str) -> str:
    """A store location without its password, for messages."""
    return re.sub(r"(://[^:/@]+):[^@/]*@", r"\1:***@", location)


class Version(NamedTuple):
    id: int
    policy: str
    source: str
    seen_at: str
    sha256: str
    title: str  # the text itself is read only when needed: Store.text(id)
    size: int = 0  # characters of normalised text


class Entry(NamedTuple):
    id: int
    uid: str
    policy: str
    old_version: int
    new_version: int
    made_at: str
    data: Dict[str, Any]
    digest_id: Optional[int] = None


class Digest(NamedTuple):
    id: int
    made_at: str
    up_to: int


class SourceState(NamedTuple):
    policy: str
    source: str
    every: float
    due_at: str
    etag: Optional[str]
    last_modified: Optional[str]


def _engine(location: str) -> "sa.engine.Engine":
    if is_database_url(location):
        url = re.sub(r"^postgres(ql)?://", "postgresql+psycopg://", location)
        return sa.create_engine(url, pool_pre_ping=True, connect_args={"connect_timeout": 10})
    path = Path(location)
    path.parent.mkdir(parents=True, exist_ok=True)
    engine = sa.create_engine(f"sqlite:///{path}", connect_args={"timeout": BUSY_TIMEOUT},
                              poolclass=sa.pool.NullPool)

    @sa.event.listens_for(engine, "connect")
    def _connect(dbapi_connection, _record):  # pragma: no cover - driver hook
        dbapi_connection.isolation_level = None  # we say BEGIN ourselves
        dbapi_connection.execute("PRAGMA journal_mode=WAL")
        dbapi_connection.execute("PRAGMA foreign_keys=ON")

    @sa.event.listens_for(engine, "begin")
    def _begin(connection):  # pragma: no cover - driver hook
        connection.exec_driver_sql("BEGIN IMMEDIATE")

    return engine


class Store:
    """The store at ``location``: a SQLite path, or a ``postgresql://`` URL."""

    def __init__(self, location: "str | os.PathLike[str]"):
        self.location = os.fspath(location)
        self.path = Path(self.location)  # meaningful for SQLite only
        self.name = display_location(self.location)
        try:
            self.engine = _engine(self.location)
            self.postgres = self.engine.dialect.name == "postgresql"
            self._set_up()
        except PolicydiffError:
            raise
        except sa.exc.OperationalError as exc:
            if self.postgres:
                raise PolicydiffError(self.name, _("cannot be reached ({reason})").format(reason=_first_line(exc)),
                                      _("check the URL, the server and the password")) from None
            raise PolicydiffError(self.name, _("is not a policydiff store ({reason})").format(reason=_first_line(exc)),
                                  _("choose another file with --store")) from None
        except sa.exc.SQLAlchemyError as exc:
            raise PolicydiffError(self.name, _("is not a policydiff store ({reason})").format(reason=_first_line(exc)),
                                  _("choose another file with --store")) from None
        except OSError as exc:
            raise PolicydiffError(self.name, _("cannot be created ({reason})").format(reason=exc.strerror),
                                  _("choose another file with --store")) from None
        except ImportError:
            raise PolicydiffError(self.name, _("needs the PostgreSQL driver"),
                                  _("pip install 'psycopg[binary]'")) from None

    # ------------------------------------------------------------ schema

    def _set_up(self) -> None:
        """``_setup``, again when runs creating one SQLite store at once got in each other's way (a lock taken without
        waiting while the file turns to WAL, a table another run created first: a run of 4 watchers on a new store ended
        with exit 2 once in CI): each try reads what is there first, so the last one finds the store made."""
        for attempt in range(SETUP_TRIES):
            try:
                self._setup()
                return
            except sa.exc.OperationalError as exc:
                if self.postgres or attempt == SETUP_TRIES - 1 or not re.search(_TRANSIENT, str(exc), re.IGNORECASE):
                    raise
                time.sleep(0.05 * (attempt + 1))

    def _setup(self) -> None:
        """Create the tables, or migrate an older store, in one transaction."""
        with self.transaction() as db:
            if self.postgres:  # one worker sets up at a time
                db.execute(sa.text("SELECT pg_advisory_xact_lock(7150015)"))
            tables = set(sa.inspect(db).get_table_names())
            if not self.postgres:
                found = db.exec_driver_sql("PRAGMA user_version").scalar()
                if found > SCHEMA_VERSION:
                    raise self._newer(found)
            if "versions" not in tables:
                metadata.create_all(db)
            elif "meta" not in tables:
                self._migrate_1_to_2(db)
            else:
                found = int(db.execute(sa.select(meta.c.value).where(meta.c.key == "schema")).scalar() or 0)
                if found > SCHEMA_VERSION:
                    raise self._newer(found)
            db.execute(sa.delete(meta).where(meta.c.key == "schema"))
            db.execute(sa.insert(meta).values(key="schema", value=str(SCHEMA_VERSION)))
            if not self.postgres:
                db.exec_driver_sql(f"PRAGMA user_version={SCHEMA_VERSION}")

    def _newer(self, found: int) -> PolicydiffError:
        return PolicydiffError(self.name, _("was written by a newer policydiff (schema {found})").format(found=found),
                               _("upgrade policydiff or choose another --store"))

    @staticmethod
    def _migrate_1_to_2(db) -> None:
        """Schema 1 (the SQLite store before PostgreSQL): versions, digests and
        entries are kept as they are; entries gain digest_id; the schedule,
        channel and delivery tables are added."""
        db.exec_driver_sql("ALTER TABLE entries ADD COLUMN digest_id INTEGER")
        for table in (meta, sources_table, channels_table, deliveries_table):
            table.create(db, checkfirst=True)

    def close(self) -> None:
        self.engine.dispose()

    def __enter__(self) -> "Store":
        return self

    def __exit__(self, *_exc: object) -> None:
        self.close()

    @contextmanager
    def transaction(self) -> Iterator[sa.engine.Connection]:
        """One write transaction: all of it is stored, or none of it."""
        with self.engine.begin() as connection:
            yield connection

    def _read(self, statement) -> List[Any]:
        with self.engine.connect() as db:
            rows = db.execute(statement).fetchall()
            db.rollback()
        return rows

    # ------------------------------------------------------------ versions

    def record(self, policy: str, source: str, title: str, text: str,
               etag: Optional[str] = None, last_modified: Optional[str] = None,
               worker: Optional[str] = None) -> Optional[Version]:
        """Store a version unless it is the policy's latest already; the new Version, else None.

        The policy's row in ``sources`` is locked while it is compared and stored,
        and its schedule and conditional-GET validators are updated in the same
        transaction (``worker``: the claim this releases)."""
        digest = hashlib.sha256(text.encode("utf-8")).hexdigest()
        v = versions_table.c
        with self.transaction() as db:
            self._lock_policy(db, policy, source)
            latest = db.execute(sa.select(v.sha256).where(v.policy == policy).order_by(v.id.desc()).limit(1)
                                ).scalar()
            version = None
            if latest != digest:
                seen = now()
                new_id = db.execute(sa.insert(versions_table).values(
                    policy=policy, source=source, seen_at=seen, sha256=digest, title=title, text=text)
                    .returning(v.id)).scalar()
                version = Version(new_id, policy, source, seen, digest, title, len(text))
            self._finish(db, policy, worker, etag=etag, last_modified=last_modified, error=None, validators=True)
        return version

    def _lock_policy(self, db, policy: str, source: str) -> None:
        s = sources_table.c
        self._insert_ignore(db, sources_table, dict(policy=policy, source=source, every=0.0, due_at=EPOCH),
                            ["policy"])
        db.execute(sa.select(s.policy).where(s.policy == policy).with_for_update())

    def _insert_ignore(self, db, table: sa.Table, values: Dict[str, Any], keys: List[str]) -> int:
        if self.postgres:
            from sqlalchemy.dialects.postgresql import insert
        else:
            from sqlalchemy.dialects.sqlite import insert
        return db.execute(insert(table).values(**values).on_conflict_do_nothing(index_elements=keys)).rowcount

    def versions(self, policy: Optional[str] = None) -> List[Version]:
        """Every version (of one policy), oldest first, without their texts."""
        v = versions_table.c
        query = sa.select(v.id, v.policy, v.source, v.seen_at, v.sha256, v.title, sa.func.length(v.text))
        if policy:
            query = query.where(v.policy == policy)
        return [Version(*row) for row in self._read(query.order_by(v.id))]

    def version(self, version_id: int) -> Optional[Version]:
        v = versions_table.c
        rows = self._read(sa.select(v.id, v.policy, v.source, v.seen_at, v.sha256, v.title,
                                    sa.func.length(v.text)).where(v.id == version_id))
        return Version(*rows[0]) if rows else None

    def policies(self) -> List[str]:
        """The policies that have a stored version, by name."""
        v = versions_table.c
        return [row[0] for row in self._read(sa.select(v.policy).distinct().order_by(v.policy))]

    def text(self, version_id: int) -> str:
        """A version's normalised paragraphs, one per line."""
        v = versions_table.c
        rows = self._read(sa.select(v.text).where(v.id == version_id))
        if not rows:
            raise PolicydiffError(f"#{version_id}", _("is no version in the store"),
                                  _("list them with policydiff versions"))
        return rows[0][0]

    def resolve(self, spec: str) -> Version:
        """A version from "12", "#12", "POLICY@N" (N counted from 1) or "POLICY@latest"."""
        spec = spec.strip()
        number = re.fullmatch(r"#?(\d+)", spec)
        if number:
            found = self.version(int(number.group(1)))
            if not found:
                raise PolicydiffError(spec, _("is no version in the store"), _("list them with policydiff versions"))
            return found
        policy, _at, which = spec.rpartition("@")
        if not policy:
            raise PolicydiffError(spec, _("names no stored version"),
                                  _("give a version id, POLICY@N or POLICY@latest (see policydiff versions)"))
        history = self.versions(policy)
        if not history:
            raise PolicydiffError(spec, _("the store holds no version of “{policy}”").format(policy=policy),
                                  _("list them with policydiff versions"))
        if which == "latest":
            return history[-1]
        if not which.isdigit() or not 1 <= int(which) <= len(history):
            raise PolicydiffError(spec, _("“{policy}” has versions 1 to {count}").format(
                                            policy=policy, count=len(history)),
                                  _("give POLICY@N with N in that range, or POLICY@latest"))
        return history[int(which) - 1]

    # ------------------------------------------------- schedule and claims

    def register(self, subscriptions: Iterable[Any]) -> None:
        """Add the subscriptions' sources to the schedule (due at once when new);
        a source or schedule changed in the file is updated."""
        s = sources_table.c
        with self.transaction() as db:
            for sub in subscriptions:
                if not self._insert_ignore(db, sources_table, dict(policy=sub.name, source=sub.source,
                                                                    every=sub.every, due_at=EPOCH), ["policy"]):
                    db.execute(sa.update(sources_table).where(
                        s.policy == sub.name, sa.or_(s.source != sub.source, s.every != sub.every))
                        .values(source=sub.source, every=sub.every, due_at=EPOCH, etag=None, last_modified=None))

    def claim(self, policies: Sequence[str], worker: str, round_start: str, lease: float,
              limit: int) -> List[SourceState]:
        """Take up to ``limit`` of these policies that are due (by ``round_start``) and
        not claimed by a live worker; each stays claimed for ``lease`` seconds."""
        s = sources_table.c
        moment = now()
        with self.transaction() as db:
            query = (sa.select(s.policy, s.source, s.every, s.due_at, s.etag, s.last_modified)
                     .where(s.policy.in_(list(policies)), s.due_at <= round_start,
                            sa.or_(s.claim_expires.is_(None), s.claim_expires < moment))
                     .order_by(s.due_at, s.policy).limit(limit).with_for_update(skip_locked=True))
            rows = [SourceState(*row) for row in db.execute(query)]
            if rows:
                db.execute(sa.update(sources_table).where(s.policy.in_([r.policy for r in rows]))
                           .values(claimed_by=worker, claim_expires=later(lease, moment)))
        return rows

    def claimed_elsewhere(self, policies: Sequence[str], worker: str, round_start: str) -> Optional[str]:
        """When the first live claim by another worker on a due policy expires, or None."""
        s = sources_table.c
        rows = self._read(sa.select(sa.func.min(s.claim_expires)).where(
            s.policy.in_(list(policies)), s.due_at <= round_start, s.claim_expires >= now(),
            s.claimed_by != worker))
        return rows[0][0] if rows else None

    def fail(self, policy: str, worker: Optional[str], error: str) -> None:
        """A fetch failed: release the claim and reschedule; validators are kept."""
        with self.transaction() as db:
            self._finish(db, policy, worker, error=error)

    def unchanged(self, policy: str, worker: Optional[str]) -> None:
        """Not modified (304): release the claim and reschedule."""
        with self.transaction() as db:
            self._finish(db, policy, worker, error=None)

    def _finish(self, db, policy: str, worker: Optional[str], error: Optional[str],
                etag: Optional[str] = None, last_modified: Optional[str] = None, validators: bool = False) -> None:
        s = sources_table.c
        every = db.execute(sa.select(s.every).where(s.policy == policy)).scalar() or 0.0
        checked = now()
        values: Dict[str, Any] = dict(due_at=later(every, checked), checked_at=checked, last_error=error)
        if validators:
            values.update(etag=etag, last_modified=last_modified)
        query = sa.update(sources_table).where(s.policy == policy)
        if worker:
            values.update(claimed_by=None, claim_expires=None)
        db.execute(query.values(**values))

    def source_states(self) -> Dict[str, Dict[str, Any]]:
        """Each scheduled source's state: due_at, claimed_by, checked_at, last_error, etag."""
        s = sources_table.c
        rows = self._read(sa.select(s.policy, s.source, s.due_at, s.claimed_by, s.checked_at, s.last_error,
                                    s.etag, s.last_modified))
        return {r[0]: dict(source=r[1], due_at=r[2], claimed_by=r[3], checked_at=r[4], last_error=r[5],
                           etag=r[6], last_modified=r[7]) for r in rows}

    # ------------------------------------------------------------- digests

    def last_digest(self) -> Optional[tuple]:
        """(made_at, up_to) of the newest digest, None before the first."""
        d = digests_table.c
        rows = self._read(sa.select(d.made_at, d.up_to).order_by(d.id.desc()).limit(1))
        return tuple(rows[0]) if rows else None

    def digests(self, limit: int = 100) -> List[Digest]:
        """The newest digests first."""
        d = digests_table.c
        return [Digest(*row) for row in self._read(sa.select(d.id, d.made_at, d.up_to)
                                                   .order_by(d.id.desc()).limit(limit))]

    def entries(self, limit: int = 100) -> List[Entry]:
        """The newest entries first."""
        e = entries_table.c
        rows = self._read(sa.select(entries_table).order_by(e.id.desc()).limit(limit))
        return [_entry(row) for row in rows]

    def digest_entries(self, digest_id: int) -> List[Entry]:
        """The entries a digest first wrote."""
        e = entries_table.c
        return [_entry(row) for row in self._read(sa.select(entries_table).where(e.digest_id == digest_id)
                                                  .order_by(e.id))]

    def has_entry(self, uid: str) -> bool:
        e = entries_table.c
        return bool(self._read(sa.select(e.id).where(e.uid == uid)))

    def close_digest(self, up_to: int, entries: List[Dict[str, Any]]) -> int:
        """Record a digest and its entries in one transaction; how many entries were new."""
        made = now()
        added = 0
        with self.transaction() as db:
            digest_id = db.execute(sa.insert(digests_table).values(made_at=made, up_to=up_to)
                                   .returning(digests_table.c.id)).scalar()
            for entry in entries:
                added += self._insert_ignore(db, entries_table, dict(
                    uid=entry["uid"], policy=entry["policy"], old_version=entry["old_version"],
                    new_version=entry["new_version"], made_at=made, digest_id=digest_id,
                    data=json.dumps(entry["data"], ensure_ascii=False)), ["uid"])
        return added

    # ---------------------------------------------------------- deliveries

    def add_channels(self, names: Iterable[str]) -> None:
        """Channels seen for the first time are sent entries from now on."""
        with self.transaction() as db:
            for name in names:
                self._insert_ignore(db, channels_table, dict(name=name, added_at=now()), ["name"])

    def undelivered(self, channel: str) -> List[Entry]:
        """Entries made since the channel was added that it has not accepted yet, oldest first."""
        e, c, d = entries_table.c, channels_table.c, deliveries_table.c
        sent = sa.select(d.entry_uid).where(d.channel == channel)
        added = sa.select(c.added_at).where(c.name == channel).scalar_subquery()
        rows = self._read(sa.select(entries_table).where(e.made_at >= added, e.uid.not_in(sent)).order_by(e.id))
        return [_entry(row) for row in rows]

    def mark_delivered(self, channel: str, uids: Iterable[str]) -> None:
        """Record that a channel accepted these entries (after it did, never before)."""
        with self.transaction() as db:
            for uid in uids:
                self._insert_ignore(db, deliveries_table, dict(entry_uid=uid, channel=channel, delivered_at=now()),
                                    ["entry_uid", "channel"])

    def deliveries(self) -> Dict[str, List[str]]:
        """channel → the uids it accepted."""
        d = deliveries_table.c
        found: Dict[str, List[str]] = {}
        for channel, uid in self._read(sa.select(d.channel, d.entry_uid).order_by(d.delivered_at)):
            found.setdefault(channel, []).append(uid)
        return found


def _entry(row) -> Entry:
    return Entry(row.id, row.uid, row.policy, row.old_version, row.new_version, row.made_at, json.loads(row.data),
                 row.digest_id)


def _first_line(exc: BaseException) -> str:
    text = str(getattr(exc, "orig", None) or exc)
    return re.sub(r"\s+", " ", text.strip().splitlines()[0] if text.strip() else type(exc).__name__)[:200]
