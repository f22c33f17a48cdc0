"""Recognise a USB barcode scanner anywhere in the counter window.

A scanner is a keyboard that types the code very fast and presses Enter. The detector watches key
presses going to widgets of one window: characters arriving less than ``GAP`` seconds apart form a
burst; an Enter ending a burst that reads as a case number is a scan. The burst already went into the
focused line edit, so it is taken out again, and the Enter is swallowed (it must not press a default
button). Typing by hand is far slower and is left alone.
"""

from __future__ import annotations

import time
from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject, Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QApplication, QLineEdit, QWidget

from windowdesk.domain.case_numbers import parse_case_number

GAP = 0.05  # seconds between scanner keystrokes (scanners send one every few ms)
MIN_LENGTH = 8


class ScanDetector(QObject):
    scanned = Signal(str)  # the case number, normalised

    def __init__(self, window: QWidget, clock: Callable[[], float] = time.monotonic) -> None:
        super().__init__(window)
        self.window = window
        self.clock = clock
        self.buffer = ""
        self.last = 0.0
        self.target: QLineEdit | None = None  # where the burst was typed
        QApplication.instance().installEventFilter(self)

    def stop(self) -> None:
        QApplication.instance().removeEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt's name)
        if event.type() != QEvent.Type.KeyPress or not isinstance(watched, QWidget):
            return False
        if watched.window() is not self.window.window():
            return False
        key_event: QKeyEvent = event  # type: ignore[assignment]
        now = self.clock()
        fast = now - self.last <= GAP
        self.last = now
        if key_event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            burst, self.buffer = self.buffer, ""
            number = parse_case_number(burst) if fast and len(burst) >= MIN_LENGTH else None
            if number is None:
                return False
            self._take_back(burst)
            self.scanned.emit(str(number))
            return True
        text = key_event.text()
        if text and text.isprintable():
            self.buffer = (self.buffer + text) if fast else text
            if isinstance(watched, QLineEdit):
                self.target = watched
        return False

    def _take_back(self, burst: str) -> None:
        target, self.target = self.target, None
        if target is not None and target.text().endswith(burst):
            target.setText(target.text()[: -len(burst)])
