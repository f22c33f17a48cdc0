"""Backup and restore of the site store (issue 15).

- :func:`backup_now`: an online, consistent copy (SQLite's backup API; ``pg_dump`` of one snapshot
  for a PostgreSQL site store), verified after writing (opened, integrity-checked, row counts
  compared with the copied snapshot), then named ``windowdesk-<site>-<UTC time>`` with a manifest
  beside it. Only a verified copy counts as a good backup.
- :func:`scheduled_backup`: what the application runs in the background: a backup into
  ``backup.dir`` when the last good one is a day old, keeping the newest ``backup.keep``.
- :func:`backup_status`: the last good backup, the last failure, and whether it is older than two
  days (the status bar warns), and whether the store was restored and still waits for a sync.
- :func:`restore_store`: puts a backup back and marks the store *restored*: new case numbers are
  refused (:func:`refuse_numbers_if_restored`, called where numbers are issued) until one sync with
  central succeeds, or an administrator lifts the rule with a recorded reason
  (:func:`allow_case_numbers`).
"""

from __future__ import annotations

import contextlib
import datetime as dt
import errno
import os
import sqlite3
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from sqlalchemy import delete
from sqlalchemy.engine import make_url
from sqlalchemy.orm import Session

from windowdesk.errors import Conflict, UserError
from windowdesk.paths import data_dir
from windowdesk.services import faults
from windowdesk.services.clock import SystemTime, TimeSource
from windowdesk.services.context import ServiceContext, open_context, writes
from windowdesk.services.settings import BACKUP_DIR, BACKUP_KEEP, get_setting
from windowdesk.store.engine import open_store, resolve_url
from windowdesk.store.models import AuditChainHead, LocalState, Site, StoreEvent
from windowdesk.sync import local

from . import _files, _postgres, _sqlite

LAST_GOOD = "backup.last_good"  # {"at", "path", "rows"}
LAST_FAILURE = "backup.last_failure"  # {"at", "message"}
STALE_AFTER = dt.timedelta(days=2)
DAILY = dt.timedelta(days=1)


@dataclass(frozen=True)
class BackupResult:
    path: Path
    taken_at: dt.datetime
    counts: dict[str, int]
    size: int
    deleted: tuple[Path, ...] = ()

    @property
    def rows(self) -> int:
        return sum(self.counts.values())


@dataclass(frozen=True)
class RestoredMark:
    at: dt.datetime
    file: str
    taken_at: dt.datetime | None


@dataclass(frozen=True)
class BackupStatus:
    folder: Path
    last_good_at: dt.datetime | None
    last_good_path: str | None
    last_failure_at: dt.datetime | None
    last_failure: str | None
    stale: bool  # no good backup, or the last is older than two days
    restored: RestoredMark | None  # restored and not yet synced: no new case numbers


@dataclass(frozen=True)
class RestoreResult:
    store: str
    file: Path
    taken_at: dt.datetime | None
    counts: dict[str, int]
    kept: Path | None  # the replaced SQLite file, kept beside the store


def backup_folder(ctx: ServiceContext) -> Path:
    configured = str(get_setting(ctx, BACKUP_DIR.key) or "").strip()
    return Path(configured).expanduser() if configured else data_dir() / "backups"


def _site_code(ctx: ServiceContext) -> str:
    site_id = ctx.actor.site_id or ctx.home_site_id()
    if site_id is None:
        return ""
    with ctx.reading() as session:
        site = session.get(Site, site_id)
        return site.code if site is not None else ""


def _write_failed(path: Path, exc: OSError) -> UserError:
    if exc.errno in (errno.ENOSPC, errno.EDQUOT, errno.EFBIG):
        return UserError(
            "Backup failed: the disk of {path} is full",
            path=path,
        )
    if exc.errno in (errno.EROFS, errno.EACCES, errno.EPERM):
        return UserError(
            "Backup failed: the disk of {path} is read-only", path=path
        )
    return UserError(
        "Backup failed: cannot write {path} ({reason})",
        path=path,
        reason=exc.strerror or exc,
    )


def _target_full_or_read_only(folder: Path) -> int | None:
    """ENOSPC or EROFS when the backup target's file system is full or read-only (the kernel's
    answer for a USB disk that is), else None."""
    place = folder
    while not place.exists() and place.parent != place:
        place = place.parent
    try:
        stats = os.statvfs(place)
    except (OSError, AttributeError):  # no statvfs (Windows)
        return None
    if stats.f_flag & os.ST_RDONLY or not os.access(place, os.W_OK):
        return errno.EROFS
    if stats.f_bavail * stats.f_frsize < faults.NEARLY_FULL_BYTES:
        return errno.ENOSPC
    return None


def _copy_failed(ctx: ServiceContext, folder: Path, exc: Exception) -> UserError | None:
    """Why copying into ``folder`` failed, naming the target folder when the fault is the
    target's (full, read-only) and the store when it is the store's (locked, damaged)."""
    if isinstance(exc, UserError):
        return exc
    if isinstance(exc, OSError):  # the OS refused a file of the backup (the store is read by SQLite)
        return _write_failed(folder, exc)
    fault = faults.explain(exc)
    if fault is None:
        return None
    target = _target_full_or_read_only(folder)
    if fault.kind == faults.DISK_FULL:  # the copy only reads the store: only the target fills up
        target = target or errno.ENOSPC
    if target is not None and fault.kind in (faults.DISK_FULL, faults.READ_ONLY, faults.IO_ERROR):
        return _write_failed(folder, OSError(target, os.strerror(target)))
    return faults.explain(exc, _store_place(ctx))


def _store_place(ctx: ServiceContext) -> str:
    if ctx.store.dialect == "sqlite":
        return str(make_url(ctx.store.url).database or "")
    return ctx.store.display_name


@writes("store.backup")
def backup_now(ctx: ServiceContext, out_dir: Path | None = None) -> BackupResult:
    """Copy the store into ``out_dir`` (default: ``backup.dir``), verify the copy, record it."""
    folder = Path(out_dir) if out_dir is not None else backup_folder(ctx)
    taken_at = ctx.clock.now()
    dialect = ctx.store.dialect
    final = folder / _files.backup_name(_site_code(ctx), dialect, taken_at)
    temp = final.with_name(final.name + ".part")
    try:
        try:
            folder.mkdir(parents=True, exist_ok=True)
            _files.create_private(temp)
            if dialect == "sqlite":
                counts = _sqlite.copy_store(Path(str(make_url(ctx.store.url).database)), temp)
                _sqlite.check_copy(temp, counts)
            else:
                counts = _postgres.dump_store(ctx.store.url, temp)
                _postgres.check_dump(temp, counts)
            manifest = _files.Manifest(
                taken_at, dialect, _site_code(ctx), ctx.store.display_name, counts, _files.sha256_of(temp)
            )
            os.replace(temp, final)
            _files.private(final)
            _files.write_manifest(final, manifest)
            _files.fsync_dir(folder)
        except (OSError, sqlite3.Error) as exc:
            explained = _copy_failed(ctx, folder, exc)
            if explained is None:
                raise
            raise explained from exc
    except BaseException as exc:
        for leftover in (temp, final, _files.manifest_path(final)):
            with contextlib.suppress(OSError):
                leftover.unlink(missing_ok=True)
        if isinstance(exc, Exception):  # every failure, for the status bar at once
            _record_failure(ctx, _failure_text(exc))
        raise
    size = final.stat().st_size
    rows = sum(counts.values())
    try:
        with ctx.unit_of_work() as uow:
            local.put(uow.session, LAST_GOOD, {"at": taken_at.isoformat(), "path": str(final), "rows": rows})
            event = uow.add(
                StoreEvent(
                    site_id=ctx.actor.site_id,
                    device_no=ctx.actor.device_no,
                    kind="backup",
                    at=taken_at,
                    detail={"file": final.name, "rows": rows, "size": size},
                )
            )
            uow.audit("store.backup", "store_event", event.id, file=final.name, rows=rows)
    except Exception as exc:
        # the copy is good, but the store could not record it (its own disk full, say)
        fault = faults.explain(exc, _store_place(ctx))
        if fault is None:
            raise
        raise fault from exc
    return BackupResult(final, taken_at, counts, size)


def _failure_text(exc: Exception) -> str:
    if isinstance(exc, UserError):
        return exc.message
    fault = faults.explain(exc)
    return fault.message if fault is not None else f"{type(exc).__name__}: {exc}"


def _record_failure(ctx: ServiceContext, message: str) -> None:
    """Keep the failure for the status bar; never let recording it hide the first error."""
    try:
        session = ctx.store.write_session()
        session.begin()
        try:
            local.put(session, LAST_FAILURE, {"at": ctx.clock.now().isoformat(), "message": message})
            session.commit()
        finally:
            session.close()
    except Exception:  # the store itself may be the problem (disk full): the caller reports it
        pass


def scheduled_backup(ctx: ServiceContext) -> BackupResult | None:
    """The application's daily backup: none when the last good one is less than a day old."""
    status = backup_status(ctx)
    if status.last_good_at is not None and ctx.clock.now() - status.last_good_at < DAILY:
        return None
    result = backup_now(ctx)
    keep = int(get_setting(ctx, BACKUP_KEEP.key))
    deleted = _files.rotate(status.folder, keep)
    return BackupResult(result.path, result.taken_at, result.counts, result.size, tuple(deleted))


def _time(value: Any) -> dt.datetime | None:
    return dt.datetime.fromisoformat(value) if value else None


def backup_status(ctx: ServiceContext) -> BackupStatus:
    folder = backup_folder(ctx)
    with ctx.reading() as session:
        good = local.get(session, LAST_GOOD) or {}
        failure = local.get(session, LAST_FAILURE) or {}
        restored = local.get(session, local.RESTORED)
    last_good_at = _time(good.get("at"))
    failure_at = _time(failure.get("at"))
    if failure_at is not None and last_good_at is not None and failure_at < last_good_at:
        failure_at, failure = None, {}
    return BackupStatus(
        folder=folder,
        last_good_at=last_good_at,
        last_good_path=good.get("path"),
        last_failure_at=failure_at,
        last_failure=failure.get("message"),
        stale=last_good_at is None or ctx.clock.now() - last_good_at > STALE_AFTER,
        restored=_restored_mark(restored, ctx.clock.now()),
    )


def _restored_mark(value: Any, now: dt.datetime) -> RestoredMark | None:
    if not value:
        return None
    return RestoredMark(_time(value["at"]) or now, value.get("file", ""), _time(value.get("taken_at")))


# -- restore ---------------------------------------------------------------------------------


def restore_store(db_url: str | None, backup_file: Path, *, time: TimeSource | None = None) -> RestoreResult:
    """Put ``backup_file`` back as the store chosen by ``db_url`` (``--db``/``WINDOWDESK_DB``/the
    embedded file), upgrade it, and mark it restored. The backup is checked first (against its
    manifest when it has one); the replaced SQLite file is kept beside the store."""
    backup_file = Path(backup_file)
    if not backup_file.is_file():
        raise UserError("No backup file at {path}", path=backup_file)
    url = resolve_url(db_url)
    store = open_store(url)
    dialect = store.dialect
    store.dispose()
    manifest = _files.read_manifest(backup_file)
    if manifest is not None:
        if manifest.dialect != dialect:
            raise UserError(
                "{path} is a backup of a {kind} store; it cannot be restored into {store}",
                path=backup_file,
                kind=manifest.dialect,
                store=store.display_name,
            )
        if _files.sha256_of(backup_file) != manifest.sha256:
            raise UserError(
                "The backup file {path} does not match its manifest (changed or damaged)",
                path=backup_file,
            )
    expected = manifest.counts if manifest is not None else None
    time = time or SystemTime()  # no store is open yet: the clock a context would carry
    now = time.now()
    kept = None
    if dialect == "sqlite":
        counts = _sqlite.check_copy(backup_file, expected)
        store_file = Path(str(make_url(url).database))
        _sqlite.ensure_not_in_use(store_file)
        try:
            kept = _sqlite.put_in_place(backup_file, store_file, now)
        except OSError as exc:
            raise _write_failed(store_file, exc) from exc
    else:
        counts = _postgres.check_dump(backup_file, expected)
        _postgres.restore_dump(backup_file, url)
    ctx = open_context(url, time=time)
    try:
        ctx.store.refresh_planner_statistics()  # pg_restore leaves the planner no statistics
        _mark_restored(ctx, backup_file, manifest.taken_at if manifest else None, kept)
    finally:
        ctx.store.dispose()
    return RestoreResult(
        store.display_name, backup_file, manifest.taken_at if manifest else None, counts, kept
    )


def _mark_restored(
    ctx: ServiceContext, backup_file: Path, taken_at: dt.datetime | None, kept: Path | None
) -> None:
    """The restored store refuses new case numbers until a sync; its audit chains start afresh
    (the entries after the backup may exist elsewhere, e.g. on central: continuing the old chain
    would fork it)."""
    mark = {
        "at": ctx.clock.now().isoformat(),
        "file": str(backup_file),
        "taken_at": taken_at and taken_at.isoformat(),
    }
    with ctx.unit_of_work() as uow:
        uow.session.execute(delete(AuditChainHead))
        local.put(uow.session, local.RESTORED, mark)
        event = uow.add(
            StoreEvent(
                site_id=ctx.actor.site_id,
                device_no=ctx.actor.device_no,
                kind="restore",
                detail={"file": backup_file.name, "taken_at": mark["taken_at"], "kept": kept and kept.name},
            )
        )
        uow.audit("store.restore", "store_event", event.id, file=backup_file.name, taken_at=mark["taken_at"])


@writes("store.allow_case_numbers")
def allow_case_numbers(ctx: ServiceContext, reason: str) -> None:
    """An administrator lets a restored store number cases before its first sync (e.g. a site that
    never syncs, after checking the last numbers handed out). The reason is recorded."""
    reason = " ".join(reason.split())
    if len(reason) < 4:
        raise UserError("Give a reason (at least 4 characters)")
    with ctx.unit_of_work() as uow:
        mark = local.get(uow.session, local.RESTORED)
        if not mark:
            raise Conflict(
                "This store is not marked as restored; there is nothing to lift",
            )
        local.put(uow.session, local.RESTORED, None)
        event = uow.add(
            StoreEvent(
                site_id=ctx.actor.site_id,
                device_no=ctx.actor.device_no,
                kind="override",
                detail={"reason": reason, "restored": mark},
            )
        )
        uow.audit(
            "store.allow_case_numbers", "store_event", event.id, reason=reason, restored_from=mark.get("file")
        )


def refuse_numbers_if_restored(session: Session) -> None:
    """Called inside the transaction that issues a case number."""
    mark = session.get(LocalState, local.RESTORED)
    if mark is not None and mark.value:
        raise Conflict(
            "This store was restored from a backup: sync with the central store once before new case numbers are issued (so none repeats one handed out after the backup). An administrator may lift this with windowdesk restore --override REASON.",
        )


__all__ = [
    "BackupResult",
    "BackupStatus",
    "RestoreResult",
    "RestoredMark",
    "allow_case_numbers",
    "backup_folder",
    "backup_now",
    "backup_status",
    "refuse_numbers_if_restored",
    "restore_store",
    "scheduled_backup",
]
