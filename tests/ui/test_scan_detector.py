"""The application's barcode scanner, driven like a real USB scanner: 3–20 ms between keys, a Shift
before every capital, Enter at the end, with the focus on every kind of widget of the counter face."""

from __future__ import annotations

import random
from dataclasses import replace

import pytest
from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QWidget

from tests.services.intake_support import at_window, decide
from tests.services.queue_support import setup_hall
from windowdesk.services import demo, site
from windowdesk.services.demo import DemoReport
from windowdesk.services.queue import barcode_value, take_ticket
from windowdesk.ui.counter.face import CounterFace
from windowdesk.ui.main_window import MainWindow
from windowdesk.ui.printing import FilePrintService
from windowdesk.ui.scan_detector import Scan, classify, install_scan_detector


class KeyClock:
    """The detector's clock: each key press it looks at comes ``next_gap()`` seconds after the last."""

    def __init__(self, low_ms: float, high_ms: float, seed: int = 7) -> None:
        self.now = 1000.0
        self.low, self.high = low_ms / 1000, high_ms / 1000
        self.random = random.Random(seed)

    def __call__(self) -> float:
        self.now += self.random.uniform(self.low, self.high)
        return self.now


def scanner_types(widget: QWidget, code: str) -> None:
    """What a USB scanner in US layout sends: Shift held around each capital, then Enter."""
    for char in code:
        if char.isupper():
            QTest.keyPress(widget, Qt.Key.Key_Shift)
            QTest.keyPress(widget, char, Qt.KeyboardModifier.ShiftModifier)
            QTest.keyRelease(widget, char, Qt.KeyboardModifier.ShiftModifier)
            QTest.keyRelease(widget, Qt.Key.Key_Shift, Qt.KeyboardModifier.ShiftModifier)
        else:
            QTest.keyClick(widget, char)
    QTest.keyClick(widget, Qt.Key.Key_Return)


@pytest.fixture
def scanner(qapp):
    detector = install_scan_detector(qapp)
    yield detector
    qapp.removeEventFilter(detector)
    detector.deleteLater()


@pytest.fixture
def counter(qtbot, app_context, scanner):
    """The counter face of a clerk with the demo catalogue, one decided case and a waiting ticket."""
    admin = app_context.services.as_actor(replace(app_context.actor, role="admin"))
    demo.demo_catalogue(admin, None, DemoReport())
    setup_hall(admin)
    app = replace(app_context, scanner=scanner)
    face = CounterFace(app, printers=FilePrintService("/dev/null"), watch=False)
    qtbot.addWidget(face)
    face.resize(1366, 768)
    face.show()
    assert QTest.qWaitForWindowExposed(face)
    face.case_no = decide(at_window(app_context.services), "accepted").case_no
    face.intake.search_matters("")
    return face


def focus_targets(face: CounterFace) -> dict[str, QWidget]:
    intake, form = face.intake, face.intake.applicant_form
    intake.start_matter("XK-SCJG-001")
    intake.checklist.set_row(0, "received")  # its original/copy and count take the focus then
    return {
        "case lookup": intake.lookup_edit,
        "phone": form.phone,
        "ID number": form.id_number,
        "applicant kind combo": form.kind,
        "ID type combo": form.id_type,
        "matter search": intake.matter_search,
        "matter list": intake.matter_list,
        "checklist table": intake.checklist,
        "status combo in the checklist": intake.checklist.cellWidget(0, 2),
        "original/copy combo in the checklist": intake.checklist.cellWidget(0, 3),
        "count spin in the checklist": intake.checklist.cellWidget(0, 4),
        "outcome combo": intake.outcome_combo,
        "new application button": intake.new_button,
        "confirm button": intake.decide_button,
        "waiting list": face.queue.waiting,
        "call next button": face.queue.buttons["callNextButton"],
    }


def snapshot(widget: QWidget):  # what a stray key would have changed
    for reader in ("text", "currentIndex", "value", "isChecked"):
        if hasattr(widget, reader):
            value = getattr(widget, reader)()
            return value if not hasattr(value, "row") else (value.row(), value.column())
    return None


@pytest.mark.parametrize("gaps_ms", [(3, 8), (10, 20)])
def test_a_scan_opens_the_case_whatever_has_the_focus(qtbot, app_context, counter, scanner, gaps_ms):
    scanner.clock = KeyClock(*gaps_ms)
    opened: list[str] = []
    original_open = counter.intake.open_case
    counter.intake.open_case = lambda number: (opened.append(number), original_open(number))
    for name, widget in focus_targets(counter).items():
        counter.intake.stack.setCurrentIndex(0)
        widget.setFocus()
        target = counter.window().focusWidget()
        assert target is widget or widget.isAncestorOf(target), name
        before = snapshot(target)
        scanner_types(target, counter.case_no)
        assert opened == [counter.case_no], name  # once, not once per parent the keys climb
        assert counter.intake.stack.currentIndex() == 1, name
        if widget is counter.intake.lookup_edit:
            before = counter.case_no  # the case opened shows its number there
        assert snapshot(target) == before, name  # no key reached the widget
        assert app_context.dialogs.shown == [], name  # nor did the Enter press a button
        opened.clear()


def test_a_lowercase_scan_and_a_keypad_enter_work_too(qtbot, counter, scanner):
    scanner.clock = KeyClock(3, 20)
    phone = counter.intake.applicant_form.phone
    phone.setFocus()
    for char in counter.case_no.lower():
        QTest.keyClick(phone, char)
    QTest.keyClick(phone, Qt.Key.Key_Enter, Qt.KeyboardModifier.KeypadModifier)
    assert counter.intake.case_page.case.case_no == counter.case_no
    assert phone.text() == ""


def test_typing_slowly_reaches_the_field_as_typed(qtbot, counter, scanner):
    scanner.clock = KeyClock(120, 300)  # a person: every key well apart
    lookup = counter.intake.lookup_edit
    lookup.setFocus()
    lookup.clear()
    scanner_types(lookup, counter.case_no)  # Enter too: the typed number opens through the field
    assert lookup.text() == counter.case_no
    assert counter.intake.case_page.case.case_no == counter.case_no
    phone = counter.intake.applicant_form.phone
    phone.setFocus()
    QTest.keyClicks(phone, "1380013")
    qtbot.waitUntil(lambda: phone.text() == "1380013", timeout=2000)  # the last key after GAP


def test_a_fast_burst_that_is_no_case_or_ticket_is_typed_as_it_came(qtbot, counter, scanner):
    scanner.clock = KeyClock(3, 20)
    id_number = counter.intake.applicant_form.id_number
    id_number.setFocus()
    finished = []
    id_number.editingFinished.connect(lambda: finished.append(id_number.text()))
    scanner_types(id_number, "11010519491231002X")  # an ID card's barcode into the ID field
    assert id_number.text() == "11010519491231002X"
    assert finished == ["11010519491231002X"]  # the Enter reached the field after the keys
    assert counter.intake.stack.currentIndex() == 0


def test_a_ticket_slip_scanned_calls_that_ticket_to_this_window(qtbot, app_context, counter, scanner):
    scanner.clock = KeyClock(3, 20)
    admin = app_context.services.as_actor(replace(app_context.actor, role="admin"))
    take_ticket(admin, "A")
    second = take_ticket(admin, "A").ticket
    counter.queue.live.refresh()
    ticket = next(t for t in counter.queue.live.status.waiting if t.number == second.number)
    code = barcode_value(site.current_site(app_context.services).code, ticket.service_day, ticket.number)
    button = counter.queue.buttons["callNextButton"]
    button.setFocus()
    scanner_types(button, code)
    counter.queue.live.refresh()
    assert counter.queue.current is not None and counter.queue.current.number == second.number
    assert app_context.dialogs.shown == []


def test_scans_go_to_the_window_that_listens(qtbot, app_context, counter, scanner):
    scanner.clock = KeyClock(3, 20)
    other = MainWindow(app_context)  # no scanner in its context: its window does not listen
    qtbot.addWidget(other)
    other.show()
    edit = other.face.intake.lookup_edit
    edit.setFocus()
    edit.clear()
    scanner_types(edit, counter.case_no)
    assert edit.text() == counter.case_no  # typed there, as without a scanner
    assert counter.intake.stack.currentIndex() == 0


def test_the_codes_it_knows():
    assert classify(" sz01202603000042 ") == Scan("case", "SZ01202603000042")
    assert classify("SZ0120261202A012") == Scan("ticket", "SZ0120261202A012")
    assert classify("11010519491231002X") is None
    assert QApplication.instance() is not None


def test_keys_by_hand_reach_the_checklist_and_a_held_key_repeats_at_once(qtbot, counter, scanner):
    """The real clock: a person's 1/2/3 on a material arrive (GAP later), and so does a held key."""
    intake = counter.intake
    intake.start_matter("XK-SCJG-001")
    combo = intake.checklist.cellWidget(0, 2)
    combo.setFocus()
    QTest.keyClick(combo, "1")
    qtbot.waitUntil(lambda: intake.checklist.status_of(0) == "received", timeout=2000)
    assert counter.window().focusWidget() is intake.checklist.cellWidget(1, 2)
    phone = intake.applicant_form.phone
    phone.setFocus()
    for _ in range(3):  # what the keyboard sends while a key is held down
        QApplication.sendEvent(
            phone, QKeyEvent(QEvent.Type.KeyPress, Qt.Key.Key_8, Qt.KeyboardModifier.NoModifier, "8", True)
        )
    assert phone.text() == "888"  # not held back: a scanner never auto-repeats
