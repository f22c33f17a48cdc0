"""The daily backup runs in the background when the main window opens; the status bar says how
old the last good backup is and warns after two days."""

from __future__ import annotations

import datetime as dt
import threading

from PySide6.QtWidgets import QLabel

from tests.ui.conftest import make_app_context
from windowdesk.services import backup, settings
from windowdesk.store.base import utcnow
from windowdesk.store.models import LocalState
from windowdesk.ui.app_context import AppContext
from windowdesk.ui.main_window import MainWindow
from windowdesk.ui.tasks import TaskRunner


def test_main_window_backs_up_off_the_ui_thread(qtbot, sqlite_ctx, local_settings, tmp_path):
    settings.set_setting(sqlite_ctx, "backup.dir", str(tmp_path / "usb"))
    base = make_app_context(sqlite_ctx, local_settings)
    tasks = TaskRunner()
    app = AppContext(base.services, tasks, base.settings, base.dialogs)
    threads: list[str] = []
    original = backup.scheduled_backup

    def spy(ctx):
        threads.append(threading.current_thread().name)
        return original(ctx)

    backup.scheduled_backup = spy
    try:
        window = MainWindow(app)
        qtbot.addWidget(window)
        label = window.findChild(QLabel, "backupStatus")
        qtbot.waitUntil(lambda: label.property("backupState") == "ok", timeout=20_000)
    finally:
        backup.scheduled_backup = original
        tasks.wait_idle()
    assert threads and threads[0] != threading.main_thread().name
    assert label.text().startswith("备份：")
    assert len(list((tmp_path / "usb").glob("windowdesk-TS01-*.sqlite3"))) == 1
    window.resize(1366, 768)
    window.show()
    window.grab().save(str(tmp_path / "backup_ok.png"))


def test_status_bar_warns_when_the_last_good_backup_is_old(qtbot, sqlite_ctx, local_settings, tmp_path):
    backup.backup_now(sqlite_ctx, tmp_path)
    session = sqlite_ctx.store.write_session()
    session.begin()
    row = session.get(LocalState, backup.LAST_GOOD)
    row.value = {**row.value, "at": (utcnow() - dt.timedelta(days=3)).isoformat()}
    session.commit()
    session.close()
    blocker = tmp_path / "unplugged-usb"
    blocker.write_text("not a folder")
    settings.set_setting(sqlite_ctx, "backup.dir", str(blocker / "backups"))  # the daily one fails

    app = make_app_context(sqlite_ctx, local_settings)
    window = MainWindow(app)
    qtbot.addWidget(window)
    label = window.findChild(QLabel, "backupStatus")
    assert label.property("backupState") == "stale"
    assert label.text().startswith("⚠ 最近一次成功备份已超过两天")
    assert "备份失败" in label.toolTip()
    assert not [kind for kind, _ in app.dialogs.shown if kind in ("error", "crash")]  # no dialog
    window.resize(1366, 768)
    window.show()
    window.grab().save(str(tmp_path / "backup_stale.png"))


def test_status_bar_times_are_the_halls_not_the_pcs(sqlite_ctx, monkeypatch):
    """A backup taken at 18:30 UTC was taken at 02:30 the next day in a hall in Asia/Shanghai,
    whatever zone the PC itself is set to."""
    import time

    from windowdesk.ui import backup_status, sync_issues, sync_status

    monkeypatch.setenv("TZ", "America/New_York")
    time.tzset()
    try:
        assert sqlite_ctx.clock.zone().key == "Asia/Shanghai"
        taken = dt.datetime(2026, 12, 2, 18, 30, tzinfo=dt.UTC)
        assert backup_status._when(sqlite_ctx.clock, taken) == "12-03 02:30"
        assert sync_status._when(sqlite_ctx.clock, taken) == "12-03 02:30"
        assert sync_issues._when(sqlite_ctx.clock, taken) == "2026-12-03 02:30"
    finally:
        monkeypatch.delenv("TZ")
        time.tzset()
