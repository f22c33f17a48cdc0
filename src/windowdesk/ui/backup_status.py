"""Daily backups in the background and their state in the status bar.

At start and every hour the application asks for the daily backup (on the I/O pool: copying and
verifying a store takes a while; the UI thread never waits). The label stays quiet while the last
good backup is recent, warns when it is older than two days (or a backup failed), and says when
the store was restored and new case numbers wait for a sync.
"""

from __future__ import annotations

import datetime as dt
import logging

from PySide6.QtCore import QTimer, Signal
from PySide6.QtWidgets import QLabel, QWidget

from windowdesk.errors import UserError
from windowdesk.services import backup
from windowdesk.services.clock import HallClock
from windowdesk.ui.app_context import AppContext
from windowdesk.ui.style import set_state
from windowdesk.ui.tasks import IO

log = logging.getLogger(__name__)

CHECK_EVERY_MS = 60 * 60 * 1000


def _when(clock: HallClock, value: dt.datetime | None) -> str:
    """``value`` as the hall's wall-clock time (not the PC's zone)."""
    return clock.local(value).strftime("%m-%d %H:%M") if value else "—"


class BackupIndicator(QLabel):
    """``status_shown(BackupStatus)`` after every refresh (for tests)."""

    status_shown = Signal(object)

    def __init__(self, app: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("backupStatus")
        self.app = app
        self.status: backup.BackupStatus | None = None
        self._running = False
        self.timer = QTimer(self)
        self.timer.setObjectName("backupTimer")
        self.timer.timeout.connect(self.run_due_backup)

    def start(self) -> None:
        self.run_due_backup()
        self.timer.start(CHECK_EVERY_MS)

    def stop(self) -> None:
        self.timer.stop()

    def run_due_backup(self) -> None:
        if self._running:
            return
        self._running = True
        self.app.tasks.run(
            backup.scheduled_backup, self.app.services, on_done=self._backed_up, on_error=self._failed, kind=IO
        )

    def _backed_up(self, _result: object) -> None:
        self._running = False
        self.refresh()

    def _failed(self, exc: BaseException) -> None:
        # Recorded in the store when possible; the label shows it. Never a dialog for a background job.
        self._running = False
        if not isinstance(exc, UserError):  # a fault is a UserError: this is a bug
            log.error("the daily backup failed", exc_info=exc)
        else:
            log.warning("the daily backup failed: %s", exc.message)
        self.refresh()

    def refresh(self) -> None:
        self.app.tasks.run(backup.backup_status, self.app.services, on_done=self._show, on_error=self._unknown)

    def _unknown(self, exc: BaseException) -> None:
        message = exc.message if isinstance(exc, UserError) else type(exc).__name__
        self._set(self.tr("Backup: state unknown (%1)").replace("%1", message), "warning", message)

    def _show(self, status: backup.BackupStatus) -> None:
        self.status = status
        tip = (
            self.tr("Last good backup: %1\n%2\nFolder: %3")
            .replace("%1", _when(self.app.clock, status.last_good_at))
            .replace("%2", status.last_good_path or "—")
            .replace("%3", str(status.folder))
        )
        if status.last_failure:
            tip += "\n" + self.tr("Last failure: %1").replace("%1", status.last_failure)
        if status.restored is not None:
            text = self.tr("Restored from a backup: sync once before new case numbers")
            state = "restored"
        elif status.stale:
            if status.last_good_at is None:
                text = self.tr("⚠ No good backup yet")
            else:
                text = self.tr("⚠ Last good backup is older than two days (%1)").replace(
                    "%1", _when(self.app.clock, status.last_good_at)
                )
            state = "stale"
        elif status.last_failure:  # newer than the last good backup: shown at once
            text = self.tr("Backup failed: %1").replace("%1", status.last_failure)
            state = "warning"
        else:
            text = self.tr("Backup: %1").replace("%1", _when(self.app.clock, status.last_good_at))
            state = "ok"
        self._set(text, state, tip)
        self.status_shown.emit(status)

    def _set(self, text: str, state: str, tip: str) -> None:
        self.setText(text)
        self.setToolTip(tip)
        set_state(self, "backupState", state)  # coloured by resources/style/windowdesk.qss
