"""What every client does for supervision: the supervision run when it starts and then hourly
(cards and exceptions, idempotent), and the 督办 waiting for the signed-in user, shown at sign-in."""

from __future__ import annotations

import logging

from PySide6.QtCore import QObject, QTimer
from PySide6.QtWidgets import QWidget

from windowdesk.services import supervision
from windowdesk.ui.app_context import AppContext

log = logging.getLogger(__name__)

HOUR_MS = 60 * 60 * 1000


class SupervisionWatch(QObject):
    def __init__(self, app: AppContext, parent: QWidget) -> None:
        super().__init__(parent)
        self.app, self.window = app, parent
        self.timer = QTimer(self)
        self.timer.setInterval(HOUR_MS)
        self.timer.timeout.connect(self.run)

    def start(self) -> None:
        self.run()
        self.timer.start()
        self.app.tasks.run(
            supervision.pending_urges, self.app.services, on_done=self._remind, on_error=self._failed
        )

    def stop(self) -> None:
        self.timer.stop()

    def run(self) -> None:
        if self.app.services.actor.site_id is None:  # central runs it from `windowdesk supervision run`
            return
        self.app.tasks.run(
            supervision.run,
            self.app.services,
            on_done=lambda _r: self.app.hub.changed.emit("supervision"),
            on_error=self._failed,
        )

    def _failed(self, exc: BaseException) -> None:  # never in the user's way: logged
        log.warning("supervision run failed: %s", exc)

    def _remind(self, urges: list[supervision.Urge]) -> None:
        if not urges:
            return
        lines = "\n".join(
            self.tr("%1: %2 (answer by %3)")
            .replace("%1", u.subject)
            .replace("%2", u.note)
            .replace("%3", u.due_on.isoformat())
            for u in urges
        )
        self.app.dialogs.info(self.window, self.tr("Supervisors urge you to act on:") + "\n" + lines)
