"""The sync indicator in the status bar: online/offline, pending ops, last sync, errors.

It syncs in the background every ``sync.interval_seconds`` and on a click, always through the
task runner (never on the UI thread). A password missing from the keyring is asked once a session.
"""

from __future__ import annotations

import datetime as dt
import logging

from PySide6.QtCore import QTimer, Signal
from PySide6.QtWidgets import QToolButton, QWidget

from windowdesk.errors import UserError
from windowdesk.services import sync as sync_service
from windowdesk.services.clock import HallClock
from windowdesk.services.settings import get_setting
from windowdesk.ui.app_context import AppContext
from windowdesk.ui.style import set_state
from windowdesk.ui.tasks import IO

log = logging.getLogger(__name__)


def _when(clock: HallClock, value: dt.datetime | None) -> str:
    """``value`` as the hall's wall-clock time (not the PC's zone)."""
    return clock.local(value).strftime("%m-%d %H:%M") if value else "—"


class SyncIndicator(QToolButton):
    """Click: sync now. ``status_shown(SyncStatus)`` after every refresh (for tests and views)."""

    status_shown = Signal(object)

    def __init__(self, app: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("syncStatus")
        self.setAutoRaise(True)
        self.app = app
        self.status: sync_service.SyncStatus | None = None
        self._password: str | None = None
        self._running = False
        self._manual = False
        self.setText(self.tr("Sync: not set up"))
        self.clicked.connect(self.sync_now)
        self.timer = QTimer(self)
        self.timer.setObjectName("syncTimer")
        self.timer.timeout.connect(self._background_sync)
        # Any face's change may add ops to send: keep the pending count honest.
        app.hub.changed.connect(self._changed_elsewhere)

    # -- life ---------------------------------------------------------------------------
    def start(self) -> None:
        """Show the state now and sync in the background from here on."""
        self.refresh()
        self.app.tasks.run(
            get_setting, self.app.services, "sync.interval_seconds", on_done=self._set_interval
        )

    def stop(self) -> None:
        self.timer.stop()

    def _set_interval(self, seconds: int) -> None:
        self.timer.start(int(seconds) * 1000)

    # -- work -----------------------------------------------------------------------------
    def refresh(self) -> None:
        self.app.tasks.run(sync_service.sync_status, self.app.services, on_done=self._show)

    def _changed_elsewhere(self, capability: str) -> None:
        if capability != "sync" and not self._running:
            self.refresh()

    def sync_now(self) -> None:
        self._start(manual=True)

    def _background_sync(self) -> None:
        self._start(manual=False)

    def _start(self, manual: bool) -> None:
        if self._running or (self.status is not None and not self.status.configured):
            if manual and self.status is not None and not self.status.configured:
                self.app.dialogs.info(
                    self.window(),
                    self.tr("Sync is not set up on this PC. An administrator runs: windowdesk sync setup"),
                )
            return
        self._running = True
        self._manual = manual
        self.setText(self.tr("Sync: running…"))
        self.app.tasks.run(
            sync_service.run_sync,
            self.app.services,
            self._password,
            on_done=self._finished,
            on_error=self._failed,
            kind=IO,
        )

    def _finished(self, summary: sync_service.SyncSummary) -> None:
        self._running = False
        if summary.pulled:
            self.app.hub.changed.emit("sync")
        if self._manual and (summary.rejected or summary.conflicts):
            self.app.dialogs.info(
                self.window(),
                self.tr("Sync finished: %1 rejected, %2 conflicts. Supervisors see them under Sync.")
                .replace("%1", str(summary.rejected))
                .replace("%2", str(summary.conflicts)),
            )
        self.refresh()

    def _failed(self, exc: BaseException) -> None:
        self._running = False
        if isinstance(exc, sync_service.PasswordNeeded) and self._password is None:
            password = self.app.dialogs.ask_password(
                self.window(),
                self.tr("Sync"),
                self.tr("No keyring on this PC. Password of the central store for this session:"),
            )
            if password:
                self._password = password
                self.refresh()
                self._start(self._manual)
                return
        if self._manual and not isinstance(exc, sync_service.CentralUnavailable):
            self.app.dialogs.show_exception(self.window(), exc)
        elif not isinstance(exc, UserError):
            log.error("background sync failed", exc_info=exc)
        self.refresh()

    # -- display --------------------------------------------------------------------------
    def _show(self, status: sync_service.SyncStatus) -> None:
        self.status = status
        pending = str(status.pending)
        if not status.configured:
            text = self.tr("Sync: not set up")
        elif self._running:
            text = self.tr("Sync: running…")
        elif status.online is None:
            text = self.tr("Sync: not yet run · %1 pending").replace("%1", pending)
        elif not status.online:
            text = self.tr("Sync: offline · %1 pending").replace("%1", pending)
        elif status.last_error:
            text = self.tr("Sync: error · %1 pending").replace("%1", pending)
        else:
            text = (
                self.tr("Sync: online · %1 pending · %2")
                .replace("%1", pending)
                .replace("%2", _when(self.app.clock, status.last_success))
            )
        self.setText(text)
        set_state(self, "syncState", _state(status))  # the style sheet colours it
        self.setToolTip(
            self.tr(
                "Central store: %1\nLast successful sync: %2\nLast error: %3\nRejected: %4 · open conflicts: %5"
            )
            .replace("%1", status.central_url or "—")
            .replace("%2", _when(self.app.clock, status.last_success))
            .replace("%3", status.last_error or "—")
            .replace("%4", str(status.rejects))
            .replace("%5", str(status.open_conflicts))
        )
        self.status_shown.emit(status)


def _state(status: sync_service.SyncStatus) -> str:
    if not status.configured:
        return "unset"
    if status.online is None:
        return "never"
    if not status.online:
        return "offline"
    return "error" if status.last_error else "online"
