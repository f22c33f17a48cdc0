"""Faults of the machine, not of the user: a full disk, a read-only file system, a store locked by
another program or damaged, a database server that does not answer. :func:`explain` turns the
exception that such a fault raises (from SQLite, psycopg or the OS, however deeply wrapped) into
one clear :class:`StoreFault` in the user's language, saying what happened to the action (it was
not saved) and what to do. The CLI and the GUI show that message instead of an internal error.
"""

from __future__ import annotations

import errno
import os
import sqlite3
import sys
from pathlib import Path
from typing import TYPE_CHECKING

from windowdesk.errors import UserError
from windowdesk.messages import N_

if TYPE_CHECKING:
    import psycopg

# SQLite primary result codes (extended codes carry them in the low byte).
_SQLITE_BUSY, _SQLITE_LOCKED, _SQLITE_READONLY = 5, 6, 8
_SQLITE_IOERR, _SQLITE_CORRUPT, _SQLITE_FULL, _SQLITE_CANTOPEN, _SQLITE_NOTADB = 10, 11, 13, 14, 26

DISK_FULL, READ_ONLY, LOCKED, CORRUPT, UNREACHABLE, IO_ERROR = (
    "disk_full",
    "read_only",
    "locked",
    "corrupt",
    "unreachable",
    "io_error",
)


class StoreFault(UserError):
    """A fault of the machine; ``kind`` is one of DISK_FULL, READ_ONLY, LOCKED, CORRUPT,
    UNREACHABLE, IO_ERROR."""

    def __init__(self, kind: str, source: str, /, **params: object) -> None:
        super().__init__(source, **params)
        self.kind = kind


def _message(kind: str, where: str) -> StoreFault:
    place: object = where or N_("the data folder")
    if kind == DISK_FULL:
        return StoreFault(
            kind,
            N_("The disk is full ({where}): this action was not saved. Free some space and try again; everything saved before is safe."),
            where=place,
        )
    if kind == READ_ONLY:
        return StoreFault(
            kind,
            N_("Cannot write: the disk of {where} is read-only (or not writable); this action was not saved. Check the disk and try again."),
            where=place,
        )
    if kind == LOCKED:
        return StoreFault(
            kind,
            N_("The store is held by another program ({where}); waiting timed out and this action was not saved. Try again in a moment."),
            where=place,
        )
    if kind == CORRUPT:
        return StoreFault(
            kind,
            N_("The store file is damaged ({where}). Stop using it; an administrator restores the latest backup with windowdesk restore."),
            where=place,
        )
    if kind == UNREACHABLE:
        return StoreFault(
            kind,
            N_("The database server does not answer ({where}); this action was not saved. Check the network or the server and try again."),
            where=place,
        )
    return StoreFault(
        kind,
        N_("A disk read or write failed ({where}); this action was not saved. Check the disk and try again."),
        where=place,
    )


def _chain(exc: BaseException) -> list[BaseException]:
    seen: list[BaseException] = []
    todo: list[BaseException | None] = [exc]
    while todo:
        item = todo.pop(0)
        if item is None or any(item is s for s in seen):
            continue
        seen.append(item)
        todo += [getattr(item, "orig", None), item.__cause__, item.__context__]
    return seen


def _sqlite_kind(exc: sqlite3.Error) -> str | None:
    code = getattr(exc, "sqlite_errorcode", None)
    text = str(exc).lower()
    primary = code & 0xFF if isinstance(code, int) else None
    if primary == _SQLITE_FULL or "database or disk is full" in text:
        return DISK_FULL
    if primary == _SQLITE_READONLY or "readonly database" in text:
        return READ_ONLY
    if primary in (_SQLITE_BUSY, _SQLITE_LOCKED) or "database is locked" in text:
        return LOCKED
    if primary in (_SQLITE_CORRUPT, _SQLITE_NOTADB) or "malformed" in text or "not a database" in text:
        return CORRUPT
    if primary in (_SQLITE_IOERR, _SQLITE_CANTOPEN) or "disk i/o error" in text:
        return IO_ERROR
    return None


def _os_kind(exc: OSError) -> str | None:
    if exc.errno in (errno.ENOSPC, errno.EDQUOT, errno.EFBIG):
        return DISK_FULL
    if exc.errno in (errno.EROFS, errno.EACCES, errno.EPERM):
        return READ_ONLY
    if exc.errno == errno.EIO:
        return IO_ERROR
    return None


def _pg_kind(exc: psycopg.Error) -> str | None:
    import psycopg
    from psycopg import errors as pg_errors

    if isinstance(exc, pg_errors.DiskFull | pg_errors.OutOfMemory):
        return DISK_FULL
    if isinstance(exc, pg_errors.ReadOnlySqlTransaction):
        return READ_ONLY
    if isinstance(exc, pg_errors.LockNotAvailable | pg_errors.DeadlockDetected):
        return LOCKED
    if isinstance(exc, pg_errors.DataCorrupted | pg_errors.IndexCorrupted):
        return CORRUPT
    if isinstance(exc, psycopg.OperationalError) and getattr(exc, "sqlstate", None) in (None, "08006", "08001"):
        return UNREACHABLE
    return None


def explain(exc: BaseException, where: str = "") -> StoreFault | None:
    """The fault behind ``exc`` as a message for the user, or None when it is no known fault
    (a user error is already explained; anything else is a bug)."""
    if isinstance(exc, StoreFault):
        return exc
    if isinstance(exc, UserError):
        return None
    # psycopg is imported only once something loaded it: no psycopg error can exist before that,
    # and the sign-in window (which imports this module) should not wait for it
    loaded_psycopg = sys.modules.get("psycopg")
    for item in _chain(exc):
        kind = None
        if isinstance(item, sqlite3.Error):
            kind = _sqlite_kind(item)
        elif loaded_psycopg is not None and isinstance(item, loaded_psycopg.Error):
            kind = _pg_kind(item)
        elif isinstance(item, OSError):
            kind = _os_kind(item)
            if kind is not None and not where and item.filename:
                where = str(item.filename)
        if kind is not None:
            return _message(_refine(kind, where), where)
    return None


#: Below this much free space a failed write is put down to a full disk.
NEARLY_FULL_BYTES = 256 * 1024


def _refine(kind: str, where: str) -> str:
    """SQLite reports a full or read-only disk under several names (an I/O error when its WAL or
    shared-memory file cannot grow, "unable to open" when it cannot create them): ask the file
    system that holds the store what it is."""
    if kind not in (IO_ERROR, READ_ONLY, CORRUPT) or not where:
        return kind
    path = Path(where)
    folder = path if path.is_dir() else path.parent
    try:
        stats = os.statvfs(folder)
    except (OSError, AttributeError):  # not a local path (a server), or no statvfs (Windows)
        return kind
    if stats.f_flag & os.ST_RDONLY:
        return READ_ONLY
    if kind != CORRUPT and stats.f_bavail * stats.f_frsize < NEARLY_FULL_BYTES:
        return DISK_FULL
    return kind




def store_label(url: str | None) -> str:
    """Where the store chosen by ``--db``/``WINDOWDESK_DB``/default lives, for a fault message."""
    from sqlalchemy.engine import make_url

    from windowdesk.store.engine import resolve_url

    try:
        parsed = make_url(resolve_url(url))
    except Exception:
        return ""
    if parsed.get_backend_name() == "sqlite":
        return str(parsed.database or "")
    return f"{parsed.host or 'localhost'}:{parsed.port or 5432}/{parsed.database}"


__all__ = [
    "CORRUPT",
    "DISK_FULL",
    "IO_ERROR",
    "LOCKED",
    "READ_ONLY",
    "UNREACHABLE",
    "StoreFault",
    "explain",
    "store_label",
]
