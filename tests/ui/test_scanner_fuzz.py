"""Hostile scanner input, made by hypothesis: key sequences of printable, unicode and control text,
bursts at scanner speed with and without Enter, slow typing in between, with the focus on the
widgets of the counter and the kiosk where people type or scan.

The detector's clock is scripted key by key (a scanner's 3–20 ms, a person's 120–400 ms), so the
examples run without waiting. Whatever is sent: no exception reaches the Qt event loop; only a burst
that reads as a case number, a ticket slip or (at the kiosk) an appointment code — by the domain's
rules — opens or calls anything, and each such burst does; keys that make no scan reach the focused
widget exactly as they do with no detector at all; and without a scan nothing is written to the store
(its journal and outbox keep their counts).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from hypothesis import HealthCheck, event, given, settings
from hypothesis import strategies as st
from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QApplication, QWidget
from sqlalchemy import func, select

from tests.ui.test_kiosk_scans import APPOINTMENT, kiosk  # noqa: F401 (fixture)
from tests.ui.test_scan_detector import counter, scanner  # noqa: F401 (fixtures)
from windowdesk.domain.case_numbers import parse_case_number
from windowdesk.domain.queue import is_appointment_code
from windowdesk.ui.scan_detector import GAP, MIN_LENGTH, Scan

SETTINGS = settings(
    max_examples=40,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)
SLIP = re.compile(r"[A-Z][A-Z0-9]{1,5}[0-9]{8}[A-Z][0-9]{3}", re.ASCII)  # site + day + number


class ScriptClock:
    """The detector's clock: the next key press it looks at comes ``gap`` seconds after the last."""

    def __init__(self) -> None:
        self.now, self.gap = 1000.0, 1.0

    def __call__(self) -> float:
        self.now += self.gap
        return self.now


# --- what is typed ---------------------------------------------------------------------------------

CONTROL_KEYS = {"\x08": Qt.Key.Key_Backspace, "\x7f": Qt.Key.Key_Delete, "\x1b": Qt.Key.Key_Escape}


@dataclass(frozen=True)
class Segment:
    text: str
    fast: bool  # at scanner speed (the first key still comes after a pause)
    enter: bool


def _codes(codes: list[str]):
    """Good codes, and codes one change away from good (a key dropped, doubled, another in its place)."""
    good = st.sampled_from(codes)
    return st.one_of(
        good,
        st.builds(lambda c, i: c[:i] + c[i + 1 :], good, st.integers(0, 15)),
        st.builds(
            lambda c, i, x: c[:i] + x + c[i:], good, st.integers(0, 16), st.sampled_from("0X -é٣２\x08")
        ),
        st.builds(lambda c: c.lower(), good),
        st.builds(
            lambda c, z: c[:-1] + chr(z + int(c[-1])) if c[-1].isdigit() else c,
            good,
            st.sampled_from([0x660, 0xFF10]),
        ),
        st.builds(lambda c: c.translate(str.maketrans("0123456789", "０１２３４５６７８９")), good),
    )


def segments(codes: list[str]):
    text = st.one_of(
        st.text(st.characters(codec="utf-8", exclude_categories=("Cs",)), max_size=24),
        st.text(st.sampled_from("0123456789ABCXYZ-abz "), min_size=MIN_LENGTH - 1, max_size=20),
        st.text(st.sampled_from("\x08\x1b\x7f\x07\x00a1"), max_size=6),
        _codes(codes),
        _codes(codes),
    )
    return st.lists(st.builds(Segment, text, st.booleans(), st.booleans()), min_size=1, max_size=5)


def _key_event(kind: QEvent.Type, char: str) -> QKeyEvent:
    if char in CONTROL_KEYS:
        return QKeyEvent(kind, CONTROL_KEYS[char], Qt.KeyboardModifier.NoModifier, char)
    upper = char.upper()
    key = ord(upper) if len(upper) == 1 else ord(char)
    shift = Qt.KeyboardModifier.ShiftModifier if char != char.lower() else Qt.KeyboardModifier.NoModifier
    return QKeyEvent(kind, key, shift, char)


def _focused(window: QWidget) -> QWidget:
    return window.focusWidget() or window


def send(window: QWidget, clock: ScriptClock | None, segment: Segment) -> None:
    """The segment's keys (and Enter), each to whatever has the focus when it comes."""
    keys = [*segment.text, "\r"] if segment.enter else list(segment.text)
    for n, char in enumerate(keys):
        if clock is not None:
            clock.gap = 0.003 + 0.017 * (n % 3) / 2 if segment.fast and n else GAP * 3
        if char == "\r":
            press = QKeyEvent(QEvent.Type.KeyPress, Qt.Key.Key_Return, Qt.KeyboardModifier.NoModifier, "\r")
            release = QKeyEvent(
                QEvent.Type.KeyRelease, Qt.Key.Key_Return, Qt.KeyboardModifier.NoModifier, "\r"
            )
        else:
            press, release = _key_event(QEvent.Type.KeyPress, char), _key_event(QEvent.Type.KeyRelease, char)
        QApplication.sendEvent(_focused(window), press)
        QApplication.sendEvent(_focused(window), release)


# --- what should come of it ------------------------------------------------------------------------


def expected_scans(parts: list[Segment], kinds: tuple[str, ...]) -> list[Scan]:
    """The domain's reading of each fast burst that ends in Enter (after its last unprintable key)."""
    found = []
    for part in parts:
        if not (part.fast and part.enter):
            continue
        burst = _last_burst(part.text)
        if len(burst) < MIN_LENGTH:
            continue
        number = parse_case_number(burst)
        code = burst.strip().upper()
        if number is not None:
            scan = Scan("case", str(number)) if "case" in kinds else None
        elif SLIP.fullmatch(code):
            scan = Scan("ticket", code) if "ticket" in kinds else None
        elif "appointment" in kinds and is_appointment_code(burst.strip()):
            scan = Scan("appointment", burst.strip())
        else:
            scan = None
        if scan is not None:
            found.append(scan)
    return found


def _last_burst(text: str) -> str:
    """The keys a burst still holds at its Enter: those after its last unprintable one."""
    held = ""
    for char in text:
        held = held + char if char.isprintable() else ""
    return held


def journal(app_context) -> tuple[int, int]:
    from windowdesk.store.models import AuditEntry, OutboxOp  # noqa: PLC0415 (the test's own look)

    with app_context.services.reading() as session:
        return tuple(session.scalar(select(func.count()).select_from(m)) for m in (AuditEntry, OutboxOp))


def record_scans(scanner, into: list[Scan]) -> None:  # noqa: F811 (not the fixture)
    """Every scan the detector hands to a face is recorded, then handled as usual."""
    scanner._listeners = [
        (widget, (lambda scan, on_scan=on_scan: (into.append(scan), on_scan(scan))), kinds)
        for widget, on_scan, kinds in scanner._listeners
    ]


def run_sequence(qtbot, app_context, window, scanner, parts, kinds) -> list[Scan]:  # noqa: F811
    scans: list[Scan] = []
    record_scans(scanner, scans)
    clock = scanner.clock = ScriptClock()
    before = journal(app_context)
    with qtbot.capture_exceptions() as exceptions:
        for part in parts:
            send(window, clock, part)
        scanner.flush()  # what its timer does GAP after the last key
    assert exceptions == [], exceptions
    expected = expected_scans(parts, kinds)
    assert scans == expected, (scans, expected)
    event(f"{len(scans)} scans")
    assert all(kind != "error" or "Traceback" not in text for kind, text in app_context.dialogs.shown)
    if not scans:
        assert journal(app_context) == before
    return scans


# --- the counter -----------------------------------------------------------------------------------


def counter_targets(face) -> dict[str, QWidget]:
    intake, form = face.intake, face.intake.applicant_form
    return {
        "case lookup": intake.lookup_edit,
        "phone": form.phone,
        "ID number": form.id_number,
        "applicant kind combo": form.kind,
        "matter search": intake.matter_search,
        "matter list": intake.matter_list,
        "waiting list": face.queue.waiting,
    }


def counter_codes(face) -> list[str]:
    return [face.case_no, "SZ01202603000042", "TS0120261202A012", APPOINTMENT]


@given(data=st.data())
@SETTINGS
def test_hostile_keys_at_the_counter(qtbot, app_context, counter, scanner, data):  # noqa: F811
    targets = counter_targets(counter)
    name = data.draw(st.sampled_from(sorted(targets)), label="focus")
    counter.intake.stack.setCurrentIndex(0)
    targets[name].setFocus()
    parts = data.draw(segments(counter_codes(counter)), label="keys")
    scans = run_sequence(qtbot, app_context, counter, scanner, parts, ("case", "ticket"))
    assert all(s.kind in ("case", "ticket") for s in scans)


# --- the kiosk -------------------------------------------------------------------------------------


@given(data=st.data())
@SETTINGS
def test_hostile_keys_at_the_kiosk(qtbot, app_context, kiosk, scanner, data):  # noqa: F811
    name = data.draw(st.sampled_from(["nothing", "progress field", "appointment code field"]), label="focus")
    kiosk.reset_toggles()
    kiosk._clear_result()
    if name == "appointment code field":
        kiosk.appointment_button.click()
        kiosk.code_edit.setFocus()
    elif name == "progress field":
        kiosk.progress_edit.setFocus()
    elif QApplication.focusWidget() is not None:
        QApplication.focusWidget().clearFocus()
    parts = data.draw(segments([kiosk.case_no, kiosk.slip, APPOINTMENT, "YY-1"]), label="keys")
    run_sequence(qtbot, app_context, kiosk, scanner, parts, ("case", "ticket", "appointment"))


# --- keys that make no scan reach the widget as they would with no detector ------------------------


@given(data=st.data())
@SETTINGS
def test_keys_that_make_no_scan_reach_the_field_unchanged(qtbot, qapp, counter, scanner, data):  # noqa: F811
    field = data.draw(
        st.sampled_from(
            [counter.intake.lookup_edit, counter.intake.matter_search, counter.intake.applicant_form.phone]
        ),
        label="field",
    )
    text = st.text(st.characters(codec="utf-8", exclude_categories=("Cs", "Cc")), max_size=20)
    parts = data.draw(
        st.lists(st.builds(Segment, text, st.booleans(), st.just(False)), max_size=4), label="keys"
    )
    counter.intake.stack.setCurrentIndex(0)
    results = []
    for detector in (scanner, None):
        field.setFocus()
        field.clear()
        if detector is None:
            qapp.removeEventFilter(scanner)
        try:
            with qtbot.capture_exceptions() as exceptions:
                clock = scanner.clock = ScriptClock()
                for part in parts:
                    send(counter, clock if detector else None, part)
                scanner.flush()
            assert exceptions == []
        finally:
            if detector is None:
                qapp.installEventFilter(scanner)
        results.append(field.text())
    assert results[0] == results[1]
