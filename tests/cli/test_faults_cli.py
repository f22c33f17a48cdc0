"""Faults of the machine at the command line, on a real small file system that fills up while
windowdesk runs: one clear line in the user's language, no traceback (not even from the logger),
nothing committed lost, and work resumes once the cause is gone."""

from __future__ import annotations

import os
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

from tests.support.small_fs import small_filesystem


@pytest.fixture
def disk(tmp_path):
    with small_filesystem(tmp_path / "disk", size_kb=6144) as fs:
        yield fs


class Cli:
    def __init__(self, home: Path, **env: str) -> None:
        self.home = home
        self.env = {**os.environ, "WINDOWDESK_HOME": str(home), **env}
        self.env.pop("WINDOWDESK_DB", None)

    def __call__(self, *args: str, ok: bool = True, **env: str) -> subprocess.CompletedProcess[str]:
        done = subprocess.run(
            [sys.executable, "-m", "windowdesk", *args],
            capture_output=True,
            text=True,
            env={**self.env, **env},
            timeout=300,
        )
        if ok:
            assert done.returncode == 0, done.stderr
        return done

    @property
    def store(self) -> Path:
        return self.home / "windowdesk.sqlite3"


def _one_clear_line(done: subprocess.CompletedProcess[str], *words: str) -> str:
    assert done.returncode == 1
    lines = done.stderr.splitlines()
    assert len(lines) == 1, done.stderr  # one message: no traceback, no "--- Logging error ---"
    assert "Traceback" not in done.stderr and "内部错误" not in done.stderr and done.stdout == ""
    for word in words:
        assert word in lines[0], lines[0]
    return lines[0]


def _hall(cli: Cli) -> None:
    cli("init", "--site-code", "XZ01", "--site-name", "某镇便民服务中心", "--kind", "township")
    cli("queue", "add-category", "A", "综合受理")


def _waiting(cli: Cli) -> list[str]:
    with sqlite3.connect(cli.store) as conn:
        return [n for (n,) in conn.execute("SELECT number FROM queue_ticket ORDER BY number")]


def test_ticket_take_on_a_full_disk(disk):
    cli = Cli(disk.root / "home")
    _hall(cli)
    assert cli("ticket", "take", "A").stdout.splitlines()[-1] == "A001"
    disk.fill()
    assert disk.free_bytes() == 0
    failed = cli("ticket", "take", "A", ok=False)
    line = _one_clear_line(failed, "磁盘空间不足", str(cli.store), "没有保存")
    assert line.startswith("windowdesk: 磁盘空间不足")
    english = cli("ticket", "take", "A", ok=False, WINDOWDESK_LANG="en")
    _one_clear_line(english, "The disk is full", "not saved")
    disk.free()
    assert cli("ticket", "take", "A").stdout.splitlines()[-1] == "A002"  # work resumes
    assert _waiting(cli) == ["A001", "A002"]  # nothing committed was lost, nothing half-written


def test_ticket_take_on_a_read_only_disk(disk):
    cli = Cli(disk.root / "home")
    _hall(cli)
    cli("ticket", "take", "A")
    disk.read_only()
    try:
        failed = cli("ticket", "take", "A", ok=False)
        _one_clear_line(failed, "只读", "没有保存")
    finally:
        disk.read_write()
    assert cli("ticket", "take", "A").stdout.splitlines()[-1] == "A002"
    assert _waiting(cli) == ["A001", "A002"]


def test_a_locked_store(disk):
    cli = Cli(disk.root / "home", WINDOWDESK_SQLITE_BUSY_MS="300")
    _hall(cli)
    holder = sqlite3.connect(cli.store, isolation_level=None)
    holder.execute("BEGIN EXCLUSIVE")  # another program holds the store
    try:
        failed = cli("ticket", "take", "A", ok=False)
        _one_clear_line(failed, "占用", "稍后重试")
    finally:
        holder.execute("ROLLBACK")
        holder.close()
    assert cli("ticket", "take", "A").stdout.splitlines()[-1] == "A001"


def test_a_corrupt_store_file_is_named_and_a_restore_brings_work_back(disk):
    cli = Cli(disk.root / "home")
    _hall(cli)
    cli("ticket", "take", "A")
    backup_file = cli("backup", "--out", str(disk.root / "bk")).stdout.splitlines()[-1]
    with open(cli.store, "r+b") as handle:  # a power cut tore the first page
        handle.write(b"\x13" * 512)
    failed = cli("ticket", "take", "A", ok=False)
    _one_clear_line(failed, "数据库文件已损坏", "windowdesk restore")
    cli("restore", backup_file)
    assert cli("ticket", "take", "A").stdout.splitlines()[-1] == "A002"
    assert _waiting(cli) == ["A001", "A002"]


def test_an_unwritable_log_file_never_adds_a_traceback(disk):
    cli = Cli(disk.root / "home")
    _hall(cli)
    log = cli.home / "logs" / "windowdesk.log"
    log.unlink(missing_ok=True)
    log.mkdir(parents=True)  # the log "file" cannot be opened at all
    done = cli("ticket", "take", "A")
    assert done.stderr == "" and done.stdout.splitlines()[-1] == "A001"
    holder = sqlite3.connect(cli.store, isolation_level=None)
    holder.execute("BEGIN EXCLUSIVE")
    try:
        failed = cli("ticket", "take", "A", ok=False, WINDOWDESK_SQLITE_BUSY_MS="200")
        _one_clear_line(failed, "占用")
    finally:
        holder.execute("ROLLBACK")
        holder.close()
    log.rmdir()
    # the log file is written again as soon as it can be
    failed = cli("ticket", "take", "Z", ok=False)
    assert failed.returncode == 1 and len(failed.stderr.splitlines()) == 1
    cli("ticket", "take", "A")
    assert log.is_file()
