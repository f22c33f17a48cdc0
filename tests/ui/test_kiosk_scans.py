"""The scanner at the ticket kiosk and at the result pickup (出件) of the counter, driven like a real
USB scanner (3–20 ms between keys, a Shift before each capital, Enter), with the focus on every kind of
widget there: a scan does what the person holding the paper expects, and no key lands in the widget."""

from __future__ import annotations

from dataclasses import replace

import pytest
from PySide6.QtWidgets import QApplication, QWidget

from tests.services.intake_support import PERSON, at_window, decide
from tests.services.lifecycle_support import DEPT, accepted_case, walk
from tests.services.queue_support import setup_hall
from tests.ui.test_scan_detector import KeyClock, scanner_types, snapshot
from windowdesk.domain import roles
from windowdesk.domain.catalogue import DepartmentSpec
from windowdesk.services import cases, catalogue, demo, site
from windowdesk.services.demo import DemoReport
from windowdesk.services.queue import barcode_value, call_next, queue_status, take_ticket
from windowdesk.ui.counter.face import CounterFace
from windowdesk.ui.printing import FilePrintService
from windowdesk.ui.queue.kiosk import KioskFace
from windowdesk.ui.scan_detector import install_scan_detector

APPOINTMENT = "YY-20261202-08"


@pytest.fixture
def scanner(qapp):
    detector = install_scan_detector(qapp)
    yield detector
    qapp.removeEventFilter(detector)
    detector.deleteLater()


def _admin(app_context):
    return app_context.services.as_actor(replace(app_context.actor, role=roles.ADMIN))


def _slip_code(app_context, number: str) -> str:
    services = app_context.services
    ticket = next(t for t in queue_status(services).waiting if t.number == number)
    return barcode_value(site.current_site(services).code, ticket.service_day, ticket.number)


# -- the kiosk ----------------------------------------------------------------------------------------
@pytest.fixture
def kiosk(qtbot, app_context, scanner):
    """The kiosk, full screen as in the hall, with a case to look up and a ticket waiting."""
    admin = _admin(app_context)
    demo.demo_catalogue(admin, None, DemoReport())
    setup_hall(admin)
    app = replace(app_context, scanner=scanner)
    face = KioskFace(app, watch=False, printer_factory=lambda: None)
    qtbot.addWidget(face)
    face.show()
    qtbot.waitUntil(face.isFullScreen)
    face.activateWindow()
    qtbot.waitUntil(face.isActiveWindow)
    face.case_no = decide(at_window(app_context.services), "accepted").case_no
    take_ticket(admin, "A")
    face.slip = _slip_code(app_context, "A001")
    return face


def kiosk_focus_targets(face: KioskFace) -> dict[str, QWidget | None]:
    return {
        "nothing (a touch screen)": None,
        "progress field": face.progress_edit,
        "appointment code field": face.code_edit,
        "a category button": face.category_buttons["B"],
    }


def _focus(face: KioskFace, widget: QWidget | None) -> QWidget:
    """Put the focus on ``widget`` (or on nothing); the widget the scanner's keys will reach."""
    face.reset_toggles()
    face._clear_result()
    if widget is face.code_edit:
        face.appointment_button.click()  # the field shows while 预约签到 is on
    if widget is None:
        focused = QApplication.focusWidget()
        if focused is not None:
            focused.clearFocus()
        assert face.focusWidget() is None
        return face
    widget.setFocus()
    assert face.focusWidget() is widget
    return widget


@pytest.mark.parametrize("gaps_ms", [(3, 8), (10, 20)])
def test_a_notice_a_slip_and_an_appointment_scanned_at_the_kiosk(qtbot, app_context, kiosk, scanner, gaps_ms):
    scanner.clock = KeyClock(*gaps_ms)
    progress = cases.progress_of(app_context.services, kiosk.case_no)
    for name, widget in kiosk_focus_targets(kiosk).items():
        # the notice's barcode: that application's progress, a masked name only
        target = _focus(kiosk, widget)
        before = snapshot(target)
        scanner_types(target, kiosk.case_no)
        assert progress.masked_name in kiosk.progress_label.text(), name
        assert progress.matter_name in kiosk.progress_label.text(), name
        assert snapshot(target) == before, name
        # the ticket slip: where that number stands
        target = _focus(kiosk, widget)
        scanner_types(target, kiosk.slip)
        assert kiosk.result_label.text() == "A001 号正在等候，前面还有 0 人。", name
        assert snapshot(target) == before, name
        # the appointment code: checked in; the applicant then touches the service booked
        target = _focus(kiosk, widget)
        scanner_types(target, APPOINTMENT)
        assert kiosk.appointment_button.isChecked() and kiosk.code_edit.text() == APPOINTMENT, name
        assert kiosk.result_label.text() == f"已读取预约码 {APPOINTMENT}，请点选您预约的业务。", name
        if widget is not kiosk.code_edit:
            assert snapshot(target) == before, name
        assert kiosk.progress_edit.text() == "" and app_context.dialogs.shown == [], name
        assert not any(b.isChecked() for b in kiosk.priority_buttons.values()), name
    kiosk.category_buttons["B"].click()
    assert queue_status(app_context.services).waiting[-1].priority_kind == "appointment"


def test_a_slip_called_or_from_another_day_says_so(qtbot, app_context, kiosk, scanner):
    scanner.clock = KeyClock(3, 20)
    call_next(_admin(app_context), 1)
    button = kiosk.category_buttons["A"]
    button.setFocus()
    scanner_types(button, kiosk.slip)
    assert kiosk.result_label.text() == "A001 号，请到 1 号窗口办理。"
    yesterday = kiosk.slip[:-12] + "20200101" + kiosk.slip[-4:]
    scanner_types(button, yesterday)
    assert kiosk.result_label.text() == "号码 A001 不是今天的号，请重新取号。"


def test_typing_slowly_at_the_kiosk_still_works(qtbot, kiosk, scanner):
    scanner.clock = KeyClock(150, 300)  # a person with the cabinet's keyboard
    kiosk.progress_edit.setFocus()
    scanner_types(kiosk.progress_edit, kiosk.case_no)  # Enter: looked up through the field itself
    assert kiosk.progress_label.text() != "" and kiosk.progress_edit.text() == ""


# -- the result pickup (出件) at the counter -----------------------------------------------------------
@pytest.fixture
def pickup(qtbot, app_context, scanner, tmp_path):
    """The counter with two results ready for pickup, the first one open on its case page."""
    admin = _admin(app_context)
    catalogue.save_department(admin, DepartmentSpec(DEPT, "示范市市场监督管理局", "0755-12345678"))
    setup_hall(admin)
    numbers = [accepted_case(admin), accepted_case(admin)]
    for number in numbers:
        walk(admin, number, "result_ready")
    app = replace(app_context, scanner=scanner)
    face = CounterFace(app, printers=FilePrintService(str(tmp_path / "receipt.pdf")), watch=False)
    qtbot.addWidget(face)
    face.resize(1366, 768)
    face.show()
    face.activateWindow()
    qtbot.waitUntil(face.isActiveWindow)
    face.numbers = numbers
    face.intake.open_case(numbers[0])
    page = face.intake.case_page
    qtbot.waitUntil(lambda: page.case is not None and page.pickup_id_edit.hasFocus())
    return face


def pickup_focus_targets(face: CounterFace) -> dict[str, QWidget]:
    page = face.intake.case_page
    return {
        "collector's ID field": page.pickup_id_edit,
        "hand over button": page.pickup_button,
        "case details": page.details,
        "document combo": page.document_combo,
        "preview button": page.preview_button,
        "reveal ID button": page.reveal_id_button,
        "case lookup": face.intake.lookup_edit,
        "waiting list": face.queue.waiting,
        "call next button": face.queue.buttons["callNextButton"],
    }


@pytest.mark.parametrize("gaps_ms", [(3, 8), (10, 20)])
def test_a_scan_at_the_result_pickup_opens_that_result_whatever_has_the_focus(
    qtbot, app_context, pickup, scanner, gaps_ms
):
    scanner.clock = KeyClock(*gaps_ms)
    page = pickup.intake.case_page
    for name, widget in pickup_focus_targets(pickup).items():
        shown = page.case.case_no
        other = next(n for n in pickup.numbers if n != shown)
        widget.setFocus()
        target = pickup.window().focusWidget()
        assert target is widget or widget.isAncestorOf(target), name
        before = snapshot(target)
        scanner_types(target, other)
        assert page.case.case_no == other and page.pickup_box.isVisible(), name
        if widget is pickup.intake.lookup_edit:
            before = other  # the case opened shows its number there
        assert snapshot(target) == before, name  # no key reached the widget
        assert app_context.dialogs.shown == [], name  # nor did the Enter press a button
        # next: the collector's ID, in the field for it
        qtbot.waitUntil(lambda: page.pickup_id_edit.hasFocus())
        assert cases.show_case(app_context.services, other).stage == "result_ready", name


def test_an_id_reader_types_into_the_pickup_field_and_hands_the_result_over(qtbot, app_context, pickup, scanner):
    """An ID card reader types like a scanner: an ID number is no code of ours, so it is typed as it
    came, Enter included, and the result is handed over against it."""
    scanner.clock = KeyClock(3, 20)
    page = pickup.intake.case_page
    number = page.case.case_no
    scanner_types(page.pickup_id_edit, PERSON.id_number)
    qtbot.waitUntil(lambda: page.case.stage == "closed")
    assert cases.show_case(app_context.services, number).stage == "closed"
    assert app_context.dialogs.shown == []


def test_a_slip_scanned_at_the_result_pickup_calls_that_ticket(qtbot, app_context, pickup, scanner):
    scanner.clock = KeyClock(3, 20)
    admin = _admin(app_context)
    take_ticket(admin, "B")
    pickup.queue.live.refresh()
    page = pickup.intake.case_page
    scanner_types(page.pickup_id_edit, _slip_code(app_context, "B001"))
    pickup.queue.live.refresh()
    assert pickup.queue.current is not None and pickup.queue.current.number == "B001"
    assert page.pickup_id_edit.text() == "" and app_context.dialogs.shown == []
