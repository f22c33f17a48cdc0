"""Running service calls off the UI thread.

Every call that touches the store, the network or a printer goes through a :class:`TaskRunner`:
store calls run one at a time on a single writer thread (so the embedded store never sees two
writers from this process), other I/O on a small pool. Results come back to the main thread as
queued signals, where the ``on_done`` / ``on_error`` callbacks run. Tests use
:class:`SynchronousTaskRunner`, which runs the call at once.
"""

from __future__ import annotations

import itertools
import logging
from collections.abc import Callable
from typing import Any

import shiboken6
from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal, Slot

log = logging.getLogger(__name__)

Done = Callable[[Any], None]
Failed = Callable[[BaseException], None]

STORE, IO = "store", "io"


class _Job(QRunnable):
    def __init__(self, runner: TaskRunner, task_id: int, fn: Callable[..., Any], args: tuple, kwargs: dict):
        super().__init__()
        self._runner, self._id, self._fn, self._args, self._kwargs = runner, task_id, fn, args, kwargs

    def run(self) -> None:
        try:
            result = self._fn(*self._args, **self._kwargs)
        except BaseException as exc:  # handed to the main thread, never lost
            self._runner._failed.emit(self._id, exc)
        else:
            self._runner._done.emit(self._id, result)


class TaskRunner(QObject):
    """``runner.run(fn, *args, on_done=..., on_error=...)``; ``busy_changed(bool)`` drives progress UI."""

    busy_changed = Signal(bool)
    _done = Signal(int, object)
    _failed = Signal(int, object)

    def __init__(self, parent: QObject | None = None, on_error: Failed | None = None) -> None:
        super().__init__(parent)
        self._store_pool = QThreadPool(self)
        self._store_pool.setMaxThreadCount(1)
        self._io_pool = QThreadPool(self)
        self._io_pool.setMaxThreadCount(4)
        self._ids = itertools.count(1)
        self._callbacks: dict[int, tuple[Done | None, Failed | None]] = {}
        self._default_error = on_error
        self._done.connect(self._deliver_result)
        self._failed.connect(self._deliver_error)

    def set_default_error_handler(self, handler: Failed) -> None:
        self._default_error = handler

    def run(
        self,
        fn: Callable[..., Any],
        *args: Any,
        on_done: Done | None = None,
        on_error: Failed | None = None,
        kind: str = STORE,
        **kwargs: Any,
    ) -> None:
        task_id = next(self._ids)
        self._callbacks[task_id] = (on_done, on_error)
        if len(self._callbacks) == 1:
            self.busy_changed.emit(True)
        pool = self._store_pool if kind == STORE else self._io_pool
        pool.start(_Job(self, task_id, fn, args, kwargs))

    @property
    def pending(self) -> int:
        return len(self._callbacks)

    def wait_idle(self, msecs: int = 30_000) -> bool:
        """Wait for running work (used at exit so no write is lost)."""
        return self._store_pool.waitForDone(msecs) and self._io_pool.waitForDone(msecs)

    @Slot(int, object)
    def _deliver_result(self, task_id: int, result: Any) -> None:
        on_done, _ = self._pop(task_id)
        if on_done is not None and not _receiver_gone(on_done):
            on_done(result)

    @Slot(int, object)
    def _deliver_error(self, task_id: int, exc: BaseException) -> None:
        _, on_error = self._pop(task_id)
        if on_error is not None and _receiver_gone(on_error):
            log.info("a closed window's background task failed", exc_info=exc)
            return
        handler = on_error or self._default_error
        if handler is None:
            log.error("background task failed", exc_info=exc)
        else:
            handler(exc)

    def _pop(self, task_id: int) -> tuple[Done | None, Failed | None]:
        callbacks = self._callbacks.pop(task_id, (None, None))
        if not self._callbacks:
            self.busy_changed.emit(False)
        return callbacks


def _receiver_gone(callback: Callable[..., Any]) -> bool:
    """A window closed while its task ran: its Qt object is deleted, so its callback must not run
    (it would raise 'Internal C++ object already deleted' into the event loop)."""
    owner = getattr(callback, "__self__", None)
    return isinstance(owner, QObject) and not shiboken6.isValid(owner)


class SynchronousTaskRunner(QObject):
    """Runs each call at once on the calling thread; same interface, for deterministic GUI tests."""

    busy_changed = Signal(bool)

    def __init__(self, parent: QObject | None = None, on_error: Failed | None = None) -> None:
        super().__init__(parent)
        self._default_error = on_error
        self.pending = 0

    def set_default_error_handler(self, handler: Failed) -> None:
        self._default_error = handler

    def run(self, fn, *args, on_done=None, on_error=None, kind=STORE, **kwargs) -> None:  # type: ignore[no-untyped-def]
        try:
            result = fn(*args, **kwargs)
        except Exception as exc:
            handler = on_error or self._default_error
            if handler is None:
                raise
            handler(exc)
        else:
            if on_done is not None:
                on_done(result)

    def wait_idle(self, msecs: int = 0) -> bool:
        return True
