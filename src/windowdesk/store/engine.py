"""Engine factory for the two kinds of store and the choice of which store to open."""

from __future__ import annotations

import os
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from sqlalchemy import Engine, create_engine, event, text
from sqlalchemy.engine import make_url
from sqlalchemy.orm import Session, sessionmaker

from windowdesk.errors import UserError
from windowdesk.paths import data_dir

ENV_DB = "WINDOWDESK_DB"
# How long a writer waits for another one before giving up ("database is locked"); tests of a locked
# store shorten it with WINDOWDESK_SQLITE_BUSY_MS.
SQLITE_BUSY_TIMEOUT_MS = int(os.environ.get("WINDOWDESK_SQLITE_BUSY_MS") or 15_000)


def default_sqlite_url() -> str:
    return f"sqlite:///{data_dir() / 'windowdesk.sqlite3'}"


def resolve_url(cli_url: str | None = None) -> str:
    """``--db URL``, else ``WINDOWDESK_DB``, else the embedded file in the user data directory."""
    url = cli_url or os.environ.get(ENV_DB) or default_sqlite_url()
    if url.startswith("postgresql://") or url.startswith("postgres://"):
        url = "postgresql+psycopg://" + url.split("://", 1)[1]
    return url


# Engines hide statement parameters in their error messages: those messages reach log files and
# dialogs, and the parameters are ID numbers, names and password hashes (PIPL: logs carry none).


def _sqlite_engine(url: str, *, immediate: bool) -> Engine:
    engine = create_engine(
        url, connect_args={"timeout": SQLITE_BUSY_TIMEOUT_MS / 1000}, hide_parameters=True
    )

    @event.listens_for(engine, "connect")
    def _on_connect(dbapi_connection, _record):  # type: ignore[no-untyped-def]
        # Let SQLAlchemy's "begin" event issue BEGIN itself (pysqlite would defer it).
        dbapi_connection.isolation_level = None
        cursor = dbapi_connection.cursor()
        cursor.execute("PRAGMA journal_mode=WAL")
        cursor.execute("PRAGMA synchronous=FULL")
        cursor.execute("PRAGMA foreign_keys=ON")
        cursor.execute(f"PRAGMA busy_timeout={SQLITE_BUSY_TIMEOUT_MS}")
        cursor.close()

    @event.listens_for(engine, "begin")
    def _on_begin(connection):  # type: ignore[no-untyped-def]
        # Writers take the lock up front so two counters never deadlock upgrading a read lock.
        connection.exec_driver_sql("BEGIN IMMEDIATE" if immediate else "BEGIN")

    return engine


@dataclass
class Store:
    """An opened store: one engine for writes (serialised on SQLite) and one for reads."""

    url: str
    engine: Engine
    read_engine: Engine
    _write_sessions: sessionmaker[Session] = field(init=False, repr=False)
    _read_sessions: sessionmaker[Session] = field(init=False, repr=False)
    #: name -> (generation token, value): see windowdesk.store.generations.memo
    memos: dict[str, tuple[str, Any]] = field(default_factory=dict, init=False, repr=False)

    def __post_init__(self) -> None:
        self._write_sessions = sessionmaker(self.engine, expire_on_commit=False)
        self._read_sessions = sessionmaker(self.read_engine, expire_on_commit=False)
        event.listen(self._read_sessions, "before_flush", _refuse_write)

    @property
    def dialect(self) -> str:
        return self.engine.dialect.name

    @property
    def display_name(self) -> str:
        """The store as a person would name it, without a password."""
        url = make_url(self.url)
        if url.get_backend_name() == "sqlite":
            return f"SQLite {url.database}"
        return f"PostgreSQL {url.host or 'localhost'}:{url.port or 5432}/{url.database}"

    def write_session(self) -> Session:
        return self._write_sessions()

    def read_session(self) -> Session:
        return self._read_sessions()

    def refresh_planner_statistics(self) -> None:
        """Let the query planner see the rows a bulk load (the year generator, a restore) has just
        written. Until autovacuum gets to it, PostgreSQL plans for near-empty tables: a month's
        statistics then took six minutes instead of one second (tests/benchmarks). Not a write of
        data, so outside the unit of work."""
        with self.engine.connect() as conn:
            conn.execute(text("ANALYZE"))
            conn.commit()

    def dispose(self) -> None:
        self.engine.dispose()
        if self.read_engine is not self.engine:
            self.read_engine.dispose()


def _refuse_write(session: Session, _context: object, _instances: object) -> None:
    if session.new or session.dirty or session.deleted:
        raise RuntimeError("a read session tried to write; writes go through UnitOfWork")


def open_store(url: str) -> Store:
    """Open (not create) a store. Call :func:`windowdesk.store.migrate.upgrade` to create or upgrade it."""
    try:
        parsed = make_url(url)
    except Exception as exc:
        raise UserError("Unrecognised database URL: {url}", url=url) from exc
    backend = parsed.get_backend_name()
    if backend == "sqlite":
        if parsed.database in (None, "", ":memory:"):
            raise UserError("The embedded store must be a file, not memory")
        Path(parsed.database).parent.mkdir(parents=True, exist_ok=True)
        return Store(url, _sqlite_engine(url, immediate=True), _sqlite_engine(url, immediate=False))
    if backend == "postgresql":
        engine = create_engine(url, pool_pre_ping=True, hide_parameters=True)
        return Store(url, engine, engine)
    raise UserError(
        "Unsupported database kind: {backend} (use sqlite or postgresql)",
        backend=backend,
    )
