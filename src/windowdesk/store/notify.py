"""Telling other clients of the same store that something changed, without a server of ours.

PostgreSQL: the writer sends ``NOTIFY`` inside its transaction (delivered only if it commits); a
watcher ``LISTEN``s on its own autocommit connection. SQLite: every commit by another connection
bumps ``PRAGMA data_version``, which a watcher polls cheaply on its own connection.

A watcher only says "look again"; the reader then reads the committed state. A missed or spurious
wake-up therefore costs one extra read, never a wrong display.
"""

from __future__ import annotations

import time
from typing import Protocol

from sqlalchemy import text
from sqlalchemy.engine import make_url
from sqlalchemy.orm import Session

from windowdesk.store.engine import Store

SQLITE_POLL_SECONDS = 0.1


def channel_name(topic: str) -> str:
    return f"windowdesk_{topic}"


def announce(session: Session, topic: str, payload: str = "") -> None:
    """Queue a change signal for ``topic``; it is delivered when ``session``'s transaction commits."""
    if session.get_bind().dialect.name == "postgresql":
        session.execute(
            text("SELECT pg_notify(:channel, :payload)"), {"channel": channel_name(topic), "payload": payload}
        )


class Watcher(Protocol):
    def wait(self, timeout: float) -> list[str] | None:
        """Block up to ``timeout`` seconds; return the payloads seen (maybe empty for SQLite) or None."""

    def close(self) -> None: ...


class PostgresWatcher:
    def __init__(self, store: Store, topic: str) -> None:
        import psycopg

        conninfo = make_url(store.url).set(drivername="postgresql").render_as_string(hide_password=False)
        self._conn = psycopg.connect(conninfo, autocommit=True)
        self._conn.execute(f"LISTEN {channel_name(topic)}")

    def wait(self, timeout: float) -> list[str] | None:
        deadline = time.monotonic() + timeout
        payloads: list[str] = []
        gen = self._conn.notifies(timeout=max(0.0, deadline - time.monotonic()), stop_after=1)
        for notify in gen:
            payloads.append(notify.payload)
        if not payloads:
            return None
        # Drain what arrived at the same time, so one burst of calls gives one wake-up.
        for notify in self._conn.notifies(timeout=0.0):
            payloads.append(notify.payload)
        return payloads

    def close(self) -> None:
        self._conn.close()


class SqliteWatcher:
    def __init__(self, store: Store, topic: str) -> None:
        self._conn = store.read_engine.raw_connection()
        self._version = self._data_version()

    def _data_version(self) -> int:
        cursor = self._conn.cursor()
        try:
            cursor.execute("PRAGMA data_version")
            return int(cursor.fetchone()[0])
        finally:
            cursor.close()

    def wait(self, timeout: float) -> list[str] | None:
        deadline = time.monotonic() + timeout
        while True:
            version = self._data_version()
            if version != self._version:
                self._version = version
                return []
            left = deadline - time.monotonic()
            if left <= 0:
                return None
            time.sleep(min(SQLITE_POLL_SECONDS, left))

    def close(self) -> None:
        self._conn.close()


def watch(store: Store, topic: str) -> Watcher:
    """A watcher for changes another client (or this one) commits under ``topic``."""
    if store.dialect == "postgresql":
        return PostgresWatcher(store, topic)
    return SqliteWatcher(store, topic)
