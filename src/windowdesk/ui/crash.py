"""The last line of defence: an uncaught exception is logged and shown, never a silent exit."""

from __future__ import annotations

import logging
import sys
import threading
from types import TracebackType

from PySide6.QtCore import QThread
from PySide6.QtWidgets import QApplication

from windowdesk.ui.dialogs import DialogService

log = logging.getLogger("windowdesk.crash")


def install_excepthook(dialogs: DialogService) -> None:
    def hook(exc_type: type[BaseException], exc: BaseException, tb: TracebackType | None) -> None:
        log.critical("uncaught exception", exc_info=(exc_type, exc, tb))
        app = QApplication.instance()
        if app is not None and QThread.currentThread() is app.thread():
            dialogs.show_exception(QApplication.activeWindow(), exc)

    def thread_hook(args: threading.ExceptHookArgs) -> None:
        log.critical(
            "uncaught exception in thread %s",
            args.thread,
            exc_info=(args.exc_type, args.exc_value, args.exc_traceback),
        )

    sys.excepthook = hook
    threading.excepthook = thread_hook
