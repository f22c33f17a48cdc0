"""One barcode scanner for the whole application, whatever widget has the focus.

A USB scanner is a keyboard that types the code very fast (3–20 ms a key, a Shift before each
capital) and presses Enter. The detector is an event filter on the QApplication, installed once where
the application starts (:func:`install_scan_detector`). It looks at each key press once, at the
widget the key is meant for (not again as the event climbs the parents), and holds printable keys
back for ``GAP`` seconds: a key that comes later than that after the previous one is handed to its
widget unchanged, so a person typing sees each key ``GAP`` later and nothing else changes. A burst of
at least ``MIN_LENGTH`` characters, ``GAP`` apart or closer, ending in Enter, that reads as a case
number or a ticket slip's code, is a scan: its keys never reach the widget (a phone field, a combo's
keyboard search, a button) and the face that listens to that window opens the case or the ticket.
Any other burst (a scanned ID number, say) is handed to the widget as typed, Enter included.

Faces listen explicitly (:meth:`ScanDetector.listen`) for their own window; a scan in a window nobody
listens to, or while the listening face is hidden (the window is locked), is typed as usual. A face
names the kinds of code it takes: the counter a case number or a ticket slip, the ticket kiosk also an
appointment code (预约码, any 4–32 letters, digits and hyphens: only where nobody types an ID number).
"""

from __future__ import annotations

import re
import time
from collections.abc import Callable
from dataclasses import dataclass

import shiboken6
from PySide6.QtCore import QEvent, QObject, Qt, QTimer
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QApplication, QWidget

from windowdesk.domain.case_numbers import parse_case_number
from windowdesk.domain.queue import is_appointment_code

GAP = 0.05  # seconds: scanners send a key every 3–20 ms; people rarely type 8 keys that fast
MIN_LENGTH = 8
_TICKET_CODE = re.compile(r"^[A-Z][A-Z0-9]{1,5}\d{8}[A-Z]\d{3}$", re.ASCII)  # site + day + number (queue slips)
_ENTER = (Qt.Key.Key_Return, Qt.Key.Key_Enter)
_MODIFIERS = (Qt.Key.Key_Shift, Qt.Key.Key_Control, Qt.Key.Key_Alt, Qt.Key.Key_Meta, Qt.Key.Key_AltGr)


#: What the counter takes by default: a notice's case number and a ticket slip.
COUNTER_KINDS = ("case", "ticket")


@dataclass(frozen=True)
class Scan:
    kind: str  # "case" | "ticket" | "appointment"
    code: str  # normalised: the case number, the slip's code (site + yyyymmdd + number), the 预约码


def classify(burst: str, kinds: tuple[str, ...] = COUNTER_KINDS) -> Scan | None:
    """What a scanned code opens among ``kinds``, or None when it is none of those."""
    number = parse_case_number(burst)
    if number is not None:
        return Scan("case", str(number)) if "case" in kinds else None
    code = burst.strip().upper()
    if _TICKET_CODE.match(code):
        return Scan("ticket", code) if "ticket" in kinds else None
    if "appointment" in kinds and is_appointment_code(burst.strip()):
        return Scan("appointment", burst.strip())
    return None


@dataclass
class _HeldKey:
    key: int
    modifiers: Qt.KeyboardModifier
    text: str


class ScanDetector(QObject):
    def __init__(self, parent: QObject | None = None, clock: Callable[[], float] = time.monotonic) -> None:
        super().__init__(parent)
        self.clock = clock
        self._listeners: list[tuple[QWidget, Callable[[Scan], None], tuple[str, ...]]] = []
        self._held: list[_HeldKey] = []
        self._target: QWidget | None = None
        self._last = float("-inf")
        self._replaying = False
        self._swallow_release: int | None = None
        self._flush_timer = QTimer(self)
        self._flush_timer.setSingleShot(True)
        self._flush_timer.setInterval(int(GAP * 1000) + 1)
        self._flush_timer.timeout.connect(self.flush)

    # -- wiring ------------------------------------------------------------------------------
    def listen(
        self, widget: QWidget, on_scan: Callable[[Scan], None], kinds: tuple[str, ...] = COUNTER_KINDS
    ) -> None:
        """Scans of ``kinds`` made while the focus is in ``widget``'s window go to ``on_scan`` (until
        the widget is deleted)."""
        self._forget_gone()
        self._listeners.append((widget, on_scan, kinds))

    def _forget_gone(self) -> None:
        self._listeners = [entry for entry in self._listeners if shiboken6.isValid(entry[0])]

    def _listener_for(self, target: QWidget) -> tuple[Callable[[Scan], None], tuple[str, ...]] | None:
        self._forget_gone()
        for widget, on_scan, kinds in self._listeners:
            if (
                shiboken6.isValid(target)
                and widget.isVisible()  # not a face hidden behind the lock screen
                and widget.window() is target.window()
            ):
                return on_scan, kinds
        return None

    # -- the filter --------------------------------------------------------------------------
    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt's name)
        kind = event.type()
        if self._replaying or kind not in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
            return False
        if not isinstance(watched, QWidget) or not _first_receiver(watched):
            return False  # the same key seen again on its way up the parents, or at the window
        key_event: QKeyEvent = event  # type: ignore[assignment]
        key = key_event.key()
        if kind == QEvent.Type.KeyRelease:
            if key == self._swallow_release:
                self._swallow_release = None
                return True
            return bool(self._held) and key not in _MODIFIERS and watched is self._target
        now = self.clock()
        fast = now - self._last <= GAP
        self._last = now
        if key in _MODIFIERS:
            return False  # a scanner's Shift keeps the burst going and changes nothing by itself
        if self._held and (not fast or watched is not self._target):
            self.flush()
        if key in _ENTER:
            return self._enter(watched, fast, key)
        text = key_event.text()
        typed = text and text.isprintable() and not key_event.isAutoRepeat()  # scanners never repeat
        if not typed or key_event.modifiers() & ~_SHIFT_OR_KEYPAD:
            self.flush()
            return False
        self._target = watched
        self._held.append(_HeldKey(key, key_event.modifiers(), text))
        self._flush_timer.start()
        return True

    def _enter(self, watched: QWidget, fast: bool, key: int) -> bool:
        burst = "".join(k.text for k in self._held)
        listener = self._listener_for(watched) if fast and len(burst) >= MIN_LENGTH else None
        scan = classify(burst, listener[1]) if listener is not None else None
        if listener is None or scan is None:
            self.flush()
            return False  # the Enter goes to the widget after the keys it follows
        on_scan = listener[0]
        self._held.clear()
        self._flush_timer.stop()
        self._swallow_release = key
        on_scan(scan)
        return True

    def flush(self) -> None:
        """Hand the held keys to their widget, as typed (the burst was no scan)."""
        self._flush_timer.stop()
        held, target, self._held = self._held, self._target, []
        if not held or target is None or not shiboken6.isValid(target):
            return
        self._replaying = True
        try:
            for k in held:
                for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
                    QApplication.sendEvent(target, QKeyEvent(kind, k.key, k.modifiers, k.text))
        finally:
            self._replaying = False


_SHIFT_OR_KEYPAD = Qt.KeyboardModifier.ShiftModifier | Qt.KeyboardModifier.KeypadModifier


def _first_receiver(widget: QWidget) -> bool:
    """Whether a key event at ``widget`` is its first delivery: the focus widget of its window (or
    the window itself when nothing in it has the focus), not a parent it climbs to afterwards."""
    focus = widget.window().focusWidget()
    return focus is widget or (focus is None and widget.isWindow())


def install_scan_detector(app: QApplication) -> ScanDetector:
    """The application's one detector; faces call :meth:`ScanDetector.listen` for their window."""
    detector = ScanDetector(app)
    app.installEventFilter(detector)
    return detector


__all__ = [
    "COUNTER_KINDS",
    "GAP",
    "MIN_LENGTH",
    "Scan",
    "ScanDetector",
    "classify",
    "install_scan_detector",
]
