"""A queue status that keeps itself fresh: any client's change shows within a second, no F5."""

from __future__ import annotations

import atexit
import logging

from PySide6.QtCore import QCoreApplication, QObject, QThread, QTimer, Signal

from windowdesk.services.context import ServiceContext
from windowdesk.services.queue import QueueStatus, QueueWatch, queue_status
from windowdesk.ui.app_context import AppContext

log = logging.getLogger(__name__)

SAFETY_REFRESH_MS = 30_000  # also read now and then, in case a wake-up was lost with a connection


class _WatchThread(QThread):
    """Blocks in LISTEN (PostgreSQL) or polls data_version (SQLite) off the UI thread."""

    changed = Signal()

    def __init__(self, ctx: ServiceContext, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._ctx = ctx

    def run(self) -> None:
        try:
            watch = QueueWatch(self._ctx)
        except Exception:
            log.exception("cannot watch the queue; falling back to periodic refresh")
            return
        try:
            while not self.isInterruptionRequested():
                if watch.wait(0.25):
                    self.changed.emit()
        except Exception:
            log.exception("queue watch stopped")
        finally:
            watch.close()


class QueueLive(QObject):
    """Emits ``status_changed(QueueStatus)`` after each read; reads run on the task runner."""

    status_changed = Signal(object)
    failed = Signal(str)

    def __init__(self, app: AppContext, parent: QObject | None = None, *, watch: bool = True) -> None:
        super().__init__(parent)
        self.app = app
        self.status: QueueStatus | None = None
        self._reading = False
        self._again = False
        self._thread: _WatchThread | None = None
        if watch:
            self._thread = _start_watch(app.services)
            self._thread.changed.connect(self.refresh)
            # A face is often deleted with its window (children get no closeEvent): stop then too.
            self.destroyed.connect(self._thread.requestInterruption)
        app.hub.changed.connect(self._hub_changed)
        self._timer = QTimer(self)
        self._timer.setInterval(SAFETY_REFRESH_MS)
        self._timer.timeout.connect(self.refresh)
        self._timer.start()

    def _hub_changed(self, capability: str) -> None:
        if capability in ("queue", "settings"):
            self.refresh()

    def refresh(self) -> None:
        if self._reading:  # one read at a time; a change during a read gives one more read
            self._again = True
            return
        self._reading = True
        self.app.tasks.run(queue_status, self.app.services, on_done=self._got, on_error=self._error)

    def _got(self, status: QueueStatus) -> None:
        self._reading = False
        self.status = status
        self.status_changed.emit(status)
        if self._again:
            self._again = False
            self.refresh()

    def _error(self, exc: BaseException) -> None:
        self._reading = False
        log.warning("reading the queue failed: %s", exc)
        self.failed.emit(str(exc))

    def stop(self) -> None:
        self._timer.stop()
        if self._thread is not None:
            self._thread.changed.disconnect(self.refresh)
            self._thread.requestInterruption()
            self._thread = None


#: Watch threads have no parent, so a deleted face never deletes a running thread; ended ones are
#: forgotten when the next starts, and whatever still runs is stopped when the application quits.
_RUNNING: set[_WatchThread] = set()


def _start_watch(ctx: ServiceContext) -> _WatchThread:
    for old in [t for t in _RUNNING if t.isFinished()]:  # forget ended ones here, on the UI thread
        _RUNNING.discard(old)
    thread = _WatchThread(ctx)
    _RUNNING.add(thread)
    app = QCoreApplication.instance()
    if app is not None and not getattr(app, "_windowdesk_watch_stop", False):
        app.aboutToQuit.connect(stop_all_watches)
        app._windowdesk_watch_stop = True  # type: ignore[attr-defined]
    thread.start()
    return thread


def stop_all_watches() -> None:
    for thread in list(_RUNNING):
        thread.requestInterruption()
    for thread in list(_RUNNING):
        thread.wait(3000)
    _RUNNING.clear()


atexit.register(stop_all_watches)
