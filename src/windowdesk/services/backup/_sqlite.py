"""The embedded store: an online copy with SQLite's backup API, its verification, and putting a
copy back in place of the store file."""

from __future__ import annotations

import contextlib
import datetime as dt
import os
import sqlite3
from pathlib import Path

from windowdesk.errors import UserError


def _count_rows(conn: sqlite3.Connection) -> dict[str, int]:
    names = [
        name
        for (name,) in conn.execute(
            "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name"
        )
    ]
    return {name: int(conn.execute(f'SELECT count(*) FROM "{name}"').fetchone()[0]) for name in names}


def copy_store(source: Path, target: Path) -> dict[str, int]:
    """Copy the live store into ``target`` (a new file) and return the row counts of the copied
    state. Counting and copying read one snapshot (one read transaction), so the two agree while
    counters keep writing; WAL readers never block those writers."""
    src = sqlite3.connect(source, isolation_level=None, timeout=15)
    try:
        src.execute("BEGIN")
        counts = _count_rows(src)
        dst = sqlite3.connect(target, isolation_level=None)
        try:
            src.backup(dst)
            dst.execute("PRAGMA journal_mode=DELETE")  # one self-contained file, no -wal beside it
        finally:
            dst.close()
        src.execute("COMMIT")
    finally:
        src.close()
    with open(target, "rb+") as handle:
        os.fsync(handle.fileno())
    return counts


def check_copy(path: Path, expected: dict[str, int] | None) -> dict[str, int]:
    """Open a copy read-only, run ``PRAGMA integrity_check`` and compare its row counts; returns
    the counts. Raises UserError when the copy is damaged or differs."""
    try:
        conn = sqlite3.connect(f"file:{path}?mode=ro&immutable=1", uri=True, isolation_level=None)
    except sqlite3.Error as exc:
        raise _damaged(path, str(exc)) from exc
    try:
        try:
            result = [row[0] for row in conn.execute("PRAGMA integrity_check")]
            counts = _count_rows(conn)
        except sqlite3.Error as exc:
            raise _damaged(path, str(exc)) from exc
        if result != ["ok"]:
            raise _damaged(path, "; ".join(result[:3]))
        if "alembic_version" not in counts or "local_state" not in counts:
            raise UserError(
                "{path} is not a backup of a windowdesk store",
                path=path,
            )
        if expected is not None and counts != expected:
            differ = sorted(k for k in set(counts) | set(expected) if counts.get(k) != expected.get(k))
            raise UserError(
                "The backup {path} differs from the store (row counts of {tables})",
                path=path,
                tables=", ".join(differ),
            )
        return counts
    finally:
        conn.close()


def _damaged(path: Path, reason: str) -> UserError:
    return UserError(
        "The backup file {path} is damaged or not a database: {reason}",
        path=path,
        reason=reason,
    )


def ensure_not_in_use(store_file: Path) -> None:
    """Refuse to replace a store that another windowdesk on this PC has open and is writing."""
    if not store_file.exists():
        return
    try:
        conn = sqlite3.connect(store_file, isolation_level=None, timeout=0.5)
    except sqlite3.Error:
        return  # cannot even open it (corrupt): nothing can be using it usefully
    try:
        conn.execute("BEGIN EXCLUSIVE")
        conn.execute("ROLLBACK")
    except sqlite3.OperationalError as exc:
        if "locked" in str(exc) or "busy" in str(exc):
            raise UserError(
                "The store is in use: close every windowdesk window on this PC, then restore",
            ) from exc
    except sqlite3.DatabaseError:
        pass  # a damaged file is exactly what a restore replaces
    finally:
        conn.close()


def put_in_place(backup: Path, store_file: Path, now: dt.datetime) -> Path | None:
    """Replace the store file with a copy of ``backup``. The old file (and its -wal/-shm) is kept
    beside it as ``<name>.before-restore-<time>``; returns that path (None when there was none)."""
    store_file.parent.mkdir(parents=True, exist_ok=True)
    temp = store_file.with_name(store_file.name + ".restoring")
    temp.unlink(missing_ok=True)
    src = sqlite3.connect(f"file:{backup}?mode=ro&immutable=1", uri=True, isolation_level=None)
    try:
        dst = sqlite3.connect(temp, isolation_level=None)
        try:
            src.backup(dst)
        finally:
            dst.close()
    finally:
        src.close()
    with open(temp, "rb+") as handle:
        os.fsync(handle.fileno())
    kept = None
    if store_file.exists():
        kept = store_file.with_name(f"{store_file.name}.before-restore-{now.strftime('%Y%m%dT%H%M%SZ')}")
        os.replace(store_file, kept)
    for suffix in ("-wal", "-shm"):
        side = store_file.with_name(store_file.name + suffix)
        if side.exists():
            if kept is not None:
                os.replace(side, kept.with_name(kept.name + suffix))
            else:
                with contextlib.suppress(OSError):
                    side.unlink()
    os.replace(temp, store_file)
    return kept
