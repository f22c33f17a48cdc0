"""Backup and restore of the site store: verified online copies of both kinds of store, rotation,
the status the status bar shows, and the restored-store rule for case numbers."""

from __future__ import annotations

import datetime as dt
import json
import sqlite3
import subprocess
import sys
import textwrap
import time
from pathlib import Path

import pytest
from sqlalchemy import func, select

from tests.services.write_scenarios import scenario
from tests.sync.cases import take_case
from windowdesk.errors import Conflict, UserError
from windowdesk.services import backup, settings
from windowdesk.services.context import open_context
from windowdesk.store.base import utcnow
from windowdesk.store.models import AuditEntry, Case, LocalState, StoreEvent
from windowdesk.sync import local


def _count(ctx, model) -> int:
    with ctx.reading() as session:
        return int(session.scalar(select(func.count()).select_from(model)))


def _mark_restored(ctx) -> None:
    session = ctx.store.write_session()
    session.begin()
    local.put(session, local.RESTORED, {"at": utcnow().isoformat(), "file": "x.sqlite3", "taken_at": None})
    session.commit()
    session.close()


@scenario("store.backup")
def _backup(ctx):
    backup.backup_now(ctx)


@scenario("store.allow_case_numbers")
def _allow(ctx):
    _mark_restored(ctx)
    backup.allow_case_numbers(ctx, "站点从不同步，已核对最后一个编号")


def test_backup_is_verified_and_recorded(ctx, tmp_path):
    take_case(ctx)
    result = backup.backup_now(ctx, tmp_path / "out")
    assert result.path.parent == tmp_path / "out" and result.path.exists()
    manifest = json.loads(Path(str(result.path) + ".json").read_text(encoding="utf-8"))
    assert manifest["counts"] == result.counts and manifest["counts"]["intake_case"] == 1
    assert manifest["site_code"] == "TS01" and manifest["dialect"] == ctx.store.dialect
    status = backup.backup_status(ctx)
    assert status.last_good_path == str(result.path) and not status.stale and status.last_failure is None
    with ctx.reading() as session:
        event = session.scalars(select(StoreEvent)).one()
    assert event.kind == "backup" and event.detail["rows"] == result.rows
    assert not list((tmp_path / "out").glob("*.part"))


def test_sqlite_backup_is_consistent_while_another_process_writes(sqlite_ctx, tmp_path):
    """A writer keeps committing (a window and its audit and outbox rows each time) while backups
    are taken: every copy must verify, i.e. its counts are those of one snapshot."""
    db = sqlite_ctx.store.url.removeprefix("sqlite:///")
    stop, ready = tmp_path / "stop", tmp_path / "ready"
    writer = subprocess.Popen(
        [
            sys.executable,
            "-c",
            textwrap.dedent(
                f"""
                import pathlib
                from dataclasses import replace
                from windowdesk.services import site as site_service
                from windowdesk.services.context import open_context
                ctx = open_context("sqlite:///{db}")
                ctx = ctx.as_actor(replace(ctx.actor, site_id=ctx.home_site_id()))
                n = 100
                while not pathlib.Path({str(stop)!r}).exists():
                    n += 1
                    site_service.add_window(ctx, n)
                    if n == 102:
                        pathlib.Path({str(ready)!r}).touch()
                print(n - 100)
                """
            ),
        ],
        stdout=subprocess.PIPE,
        text=True,
    )
    try:
        deadline = time.monotonic() + 180
        while not ready.exists() and writer.poll() is None and time.monotonic() < deadline:
            time.sleep(0.05)
        results = [backup.backup_now(sqlite_ctx, tmp_path / "out") for _ in range(5)]
    finally:
        stop.touch()
        written = int(writer.communicate(timeout=180)[0])
    assert written > 0
    windows = [r.counts["window"] for r in results]
    assert windows == sorted(windows) and windows[-1] > windows[0]  # the writer really ran meanwhile
    for result in results:
        copy = sqlite3.connect(result.path)
        assert copy.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        # each copy is one snapshot: every window has its audit entry
        assert copy.execute("SELECT count(*) FROM window").fetchone()[0] == result.counts["window"]
        copy.close()


def test_restore_refuses_a_damaged_backup_and_leaves_the_store(sqlite_ctx, tmp_path):
    result = backup.backup_now(sqlite_ctx, tmp_path)
    take_case(sqlite_ctx)
    data = bytearray(result.path.read_bytes())
    data[4096:4196] = b"\xff" * 100  # the header of the second page
    result.path.write_bytes(bytes(data))
    sqlite_ctx.store.dispose()
    with pytest.raises(UserError, match="与其清单不符"):
        backup.restore_store(sqlite_ctx.store.url, result.path)
    Path(str(result.path) + ".json").unlink()  # without its manifest: the integrity check catches it
    with pytest.raises(UserError, match="已损坏"):
        backup.restore_store(sqlite_ctx.store.url, result.path)
    assert _count(sqlite_ctx, Case) == 1
    assert backup.backup_status(sqlite_ctx).restored is None


def _restore_round_trip(ctx, tmp_path):
    first = take_case(ctx)
    taken = backup.backup_now(ctx, tmp_path / "bk")
    lost = [take_case(ctx) for _ in range(2)]  # handed out after the backup, then the disk died
    ctx.store.dispose()
    restored = backup.restore_store(ctx.store.url, taken.path)
    assert restored.counts == taken.counts
    assert _count(ctx, Case) == 1
    status = backup.backup_status(ctx)
    assert status.restored is not None and status.restored.file == str(taken.path)
    with pytest.raises(Conflict, match="须先与中心库同步一次"):
        take_case(ctx)
    assert _count(ctx, Case) == 1  # the refusal wrote nothing
    with pytest.raises(UserError, match="理由"):
        backup.allow_case_numbers(ctx, " ")
    backup.allow_case_numbers(ctx, "乡镇中心不联网，已核对纸质登记簿的最后编号")
    again = take_case(ctx)
    assert again not in (first,) and backup.backup_status(ctx).restored is None
    with ctx.reading() as session:
        actions = [a.action for a in session.scalars(select(AuditEntry).order_by(AuditEntry.at))]
        kinds = [e.kind for e in session.scalars(select(StoreEvent).order_by(StoreEvent.at))]
        override = session.scalars(
            select(AuditEntry).where(AuditEntry.action == "store.allow_case_numbers")
        ).one()
    assert actions.index("store.restore") < actions.index("store.allow_case_numbers")
    assert kinds == ["restore", "override"]  # the backup's own event was written after the copy
    assert override.detail["reason"].startswith("乡镇中心不联网") and override.user_login.startswith("tester")
    return first, lost, again


def test_sqlite_restore_round_trip(sqlite_ctx, tmp_path):
    db = Path(sqlite_ctx.store.url.removeprefix("sqlite:///"))
    _restore_round_trip(sqlite_ctx, tmp_path)
    kept = list(db.parent.glob(db.name + ".before-restore-*"))
    assert len([k for k in kept if not k.name.endswith(("-wal", "-shm"))]) == 1  # the old file is kept


def test_postgres_restore_round_trip(pg_ctx, tmp_path):
    _restore_round_trip(pg_ctx, tmp_path)


def test_restore_refuses_a_store_in_use(sqlite_ctx, tmp_path):
    taken = backup.backup_now(sqlite_ctx, tmp_path)
    db = sqlite_ctx.store.url.removeprefix("sqlite:///")
    holder = sqlite3.connect(db, isolation_level=None)
    holder.execute("BEGIN IMMEDIATE")  # another windowdesk in the middle of a write
    try:
        with pytest.raises(UserError, match="正被使用"):
            backup.restore_store(sqlite_ctx.store.url, taken.path)
    finally:
        holder.execute("ROLLBACK")
        holder.close()
    assert backup.backup_status(sqlite_ctx).restored is None


def test_scheduled_backups_are_daily_and_rotated(sqlite_ctx, tmp_path):
    folder = tmp_path / "usb"
    settings.set_setting(sqlite_ctx, "backup.dir", str(folder))
    settings.set_setting(sqlite_ctx, "backup.keep", 2)
    made = backup.scheduled_backup(sqlite_ctx)
    assert made is not None and made.path.parent == folder
    assert backup.scheduled_backup(sqlite_ctx) is None  # less than a day old: nothing to do
    for days in (3, 2):  # pretend the last good one is older
        _age_last_good(sqlite_ctx, days)
        assert backup.scheduled_backup(sqlite_ctx) is not None
    _age_last_good(sqlite_ctx, 1.5)
    latest = backup.scheduled_backup(sqlite_ctx)
    kept = sorted(p.name for p in folder.iterdir())
    assert len(kept) == 4 and latest.path.name in kept and made.path.name not in kept  # 2 + manifests
    assert len(latest.deleted) == 1


def _age_last_good(ctx, days: float) -> None:
    session = ctx.store.write_session()
    session.begin()
    row = session.get(LocalState, backup.LAST_GOOD)
    row.value = {**row.value, "at": (utcnow() - dt.timedelta(days=days)).isoformat()}
    session.commit()
    session.close()


def test_status_warns_after_two_days_and_keeps_the_failure(sqlite_ctx, tmp_path):
    assert backup.backup_status(sqlite_ctx).stale  # never backed up
    backup.backup_now(sqlite_ctx, tmp_path)
    _age_last_good(sqlite_ctx, 1.9)
    assert not backup.backup_status(sqlite_ctx).stale
    _age_last_good(sqlite_ctx, 2.1)
    assert backup.backup_status(sqlite_ctx).stale
    blocker = tmp_path / "not-a-folder"
    blocker.write_text("x")
    settings.set_setting(sqlite_ctx, "backup.dir", str(blocker / "sub"))
    with pytest.raises(UserError, match="备份失败"):
        backup.scheduled_backup(sqlite_ctx)
    status = backup.backup_status(sqlite_ctx)
    assert status.stale and "备份失败" in status.last_failure


def test_cli_backup_and_restore(tmp_path):
    env_db = f"sqlite:///{tmp_path / 'cli.sqlite3'}"

    def run(*args, check=True):
        done = subprocess.run(
            [sys.executable, "-m", "windowdesk", "--db", env_db, *args], capture_output=True, text=True
        )
        assert not check or done.returncode == 0, done.stderr
        return done

    run("init", "--site-code", "CL01", "--site-name", "备份测试中心")
    out = run("backup", "--out", str(tmp_path / "bk")).stdout.splitlines()
    assert out[0].startswith("已备份并校验") and Path(out[-1]).exists()
    done = run("restore", out[-1])
    assert "同步一次之前" in done.stdout
    refused = run("restore", "--override", "短", check=False)
    assert refused.returncode == 1 and refused.stderr.startswith("windowdesk: 请写明理由")
    run("restore", "--override", "已核对最后编号，站点不联网")
    ctx = open_context(env_db)
    assert backup.backup_status(ctx).restored is None
    ctx.store.dispose()
