"""A backup target that is full or read-only (a USB disk) is reported as such, naming the target
folder and not the store's disk; every failure is kept as the last failure for the status bar; a
store that cannot record its good backup says so clearly; backups are readable by their owner only."""

from __future__ import annotations

import stat
import subprocess
import sys

import pytest

from tests.support.small_fs import small_filesystem
from windowdesk.errors import UserError
from windowdesk.services import backup, faults, queue
from windowdesk.services import site as site_service
from windowdesk.services.backup import _files


@pytest.fixture
def usb(tmp_path):
    with small_filesystem(tmp_path / "usb", size_kb=2048) as fs:
        yield fs


def _some_rows(ctx) -> None:
    site_service.add_window(ctx, 3)
    queue.add_category(ctx, "A", "综合受理")
    for n in range(30):
        site_service.add_user(ctx, f"clerk{n}", "clerk", f"clerk-pass-{n:02d}", f"职员{n}")


def _nothing_left(folder) -> bool:
    return [p.name for p in folder.iterdir() if p.name != "balloon.bin"] == []


def test_a_full_backup_target_is_named_and_kept_as_the_last_failure(sqlite_ctx, usb):
    _some_rows(sqlite_ctx)
    usb.fill()
    folder = usb.root / "backups"
    with pytest.raises(UserError) as refused:
        backup.backup_now(sqlite_ctx, folder)
    message = refused.value.message
    store_file = str(sqlite_ctx.store.url).removeprefix("sqlite:///")
    assert "备份失败" in message and "磁盘空间不足" in message and str(folder) in message, message
    assert store_file not in message
    status = backup.backup_status(sqlite_ctx)
    assert status.last_failure == message and status.last_failure_at is not None
    assert _nothing_left(folder) if folder.exists() else True
    usb.free()
    made = backup.backup_now(sqlite_ctx, folder)  # works again once there is room
    assert made.path.parent == folder and backup.backup_status(sqlite_ctx).last_failure is None


def test_a_read_only_backup_target_is_named(sqlite_ctx, usb):
    _some_rows(sqlite_ctx)
    folder = usb.root / "backups"
    folder.mkdir()
    usb.read_only()
    try:
        with pytest.raises(UserError) as refused:
            backup.backup_now(sqlite_ctx, folder)
    finally:
        usb.read_write()
    message = refused.value.message
    assert "备份失败" in message and "只读" in message and str(folder) in message, message
    assert backup.backup_status(sqlite_ctx).last_failure == message


def test_an_unexpected_failure_is_kept_as_the_last_failure_too(sqlite_ctx, tmp_path, monkeypatch):
    def broken(path, expected):
        raise RuntimeError("the verification broke")

    monkeypatch.setattr(backup._sqlite, "check_copy", broken)
    with pytest.raises(RuntimeError):
        backup.backup_now(sqlite_ctx, tmp_path / "bk")
    status = backup.backup_status(sqlite_ctx)
    assert status.last_failure == "RuntimeError: the verification broke"
    assert list((tmp_path / "bk").iterdir()) == []  # no half backup left


def test_a_store_that_cannot_record_its_backup_says_why(tmp_path, usb):
    from tests.conftest import make_site_ctx

    ctx = make_site_ctx(f"sqlite:///{usb.root / 'site.sqlite3'}")
    try:
        usb.fill()
        with pytest.raises(faults.StoreFault) as refused:
            backup.backup_now(ctx, tmp_path / "other-disk")
        assert refused.value.kind in (faults.DISK_FULL, faults.IO_ERROR)
        assert str(usb.root) in refused.value.message
    finally:
        usb.free()
        ctx.store.dispose()


def test_backups_and_their_manifests_are_readable_by_their_owner_only(sqlite_ctx, tmp_path):
    made = backup.backup_now(sqlite_ctx, tmp_path / "bk")
    for path in (made.path, _files.manifest_path(made.path)):
        assert stat.S_IMODE(path.stat().st_mode) == 0o600, path


def test_the_cli_names_the_full_backup_folder_not_the_store(tmp_path, usb):
    db = f"sqlite:///{tmp_path / 'cli.sqlite3'}"

    def run(*args):
        return subprocess.run(
            [sys.executable, "-m", "windowdesk", "--db", db, *args], capture_output=True, text=True, timeout=300
        )

    assert run("init", "--site-code", "CL02", "--site-name", "备份故障中心").returncode == 0
    usb.fill()
    done = run("backup", "--out", str(usb.root / "bk"))
    assert done.returncode == 1 and "Traceback" not in done.stderr
    assert "备份失败" in done.stderr and str(usb.root / "bk") in done.stderr, done.stderr
    assert str(tmp_path / "cli.sqlite3") not in done.stderr
