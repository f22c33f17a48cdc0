"""A whole visit at the counter by keyboard alone, and screens that never show the previous applicant."""

from __future__ import annotations

from dataclasses import replace

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QInputMethodEvent
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication

from tests.services.queue_support import setup_hall, use_clock
from windowdesk.services import cases, demo, queue
from windowdesk.services.demo import DemoReport
from windowdesk.ui.counter.face import CounterFace
from windowdesk.ui.counter.shortcuts import ShortcutsDialog, shortcut_rows
from windowdesk.ui.main_window import MainWindow
from windowdesk.ui.printing import FilePrintService
from windowdesk.ui.queue.labels import outcome_name

CTRL, SHIFT = Qt.KeyboardModifier.ControlModifier, Qt.KeyboardModifier.ShiftModifier


@pytest.fixture
def admin(app_context):
    ctx = app_context.services.as_actor(replace(app_context.actor, role="admin"))
    demo.demo_catalogue(ctx, None, DemoReport())
    setup_hall(ctx)
    return ctx


@pytest.fixture
def face(qtbot, app_context, admin):
    face = CounterFace(app_context, printers=FilePrintService("/dev/null"), watch=False)
    qtbot.addWidget(face)
    face.resize(1366, 768)
    face.show()
    face.activateWindow()
    assert QTest.qWaitForWindowActive(face)
    return face


def press(qtbot, key, modifier=Qt.KeyboardModifier.NoModifier) -> None:
    """A key as the clerk presses it: to whatever has the focus now (shortcuts included)."""
    target = QApplication.focusWidget()
    assert target is not None
    QTest.keyClick(target, key, modifier)
    if modifier & CTRL or (isinstance(key, Qt.Key) and Qt.Key.Key_F1 <= key <= Qt.Key.Key_F12):
        qtbot.wait(150)  # a button's shortcut clicks it after 100 ms (QAbstractButton.animateClick)


def type_text(text: str) -> None:
    QTest.keyClicks(QApplication.focusWidget(), text)


def type_chinese(text: str) -> None:
    """What a Chinese input method sends when the clerk picks the characters: a commit."""
    event = QInputMethodEvent()
    event.setCommitString(text)
    QApplication.sendEvent(QApplication.focusWidget(), event)


def test_a_whole_visit_by_keyboard(qtbot, app_context, admin, face):
    queue.take_ticket(admin, "A")
    face.queue.live.refresh()
    intake = face.intake
    press(qtbot, Qt.Key.Key_F1)  # call
    press(qtbot, Qt.Key.Key_F7)  # start serving
    assert face.queue.current.state == "serving"

    assert QApplication.focusWidget() is intake.matter_search  # a new applicant starts with the matter
    type_text("XK-SCJG-001")
    press(qtbot, Qt.Key.Key_Down)  # ↓ into the results
    assert QApplication.focusWidget() is intake.matter_list and intake.matter_list.currentRow() == 0
    press(qtbot, Qt.Key.Key_Return)  # Enter takes it
    assert intake.draft is not None and intake.draft.matter.code == "XK-SCJG-001"
    assert QApplication.focusWidget() is intake.applicant_form.id_number  # the applicant next
    type_text("11010519491231002X")
    press(qtbot, Qt.Key.Key_Tab)
    assert QApplication.focusWidget() is intake.applicant_form.name
    type_chinese("张三")
    press(qtbot, Qt.Key.Key_Tab)
    assert QApplication.focusWidget() is intake.applicant_form.phone
    type_text("13800138000")

    table = intake.checklist
    for _ in range(12):  # Tab on through the rest of the form (an agent's fields are disabled)
        press(qtbot, Qt.Key.Key_Tab)
        if not intake.applicant_form.isAncestorOf(QApplication.focusWidget()):
            break
    assert QApplication.focusWidget() is table.cellWidget(0, 2)  # the first material's status
    for key in "1111":  # received, the focus moving down a row each time
        press(qtbot, key)
    assert QApplication.focusWidget() is table.cellWidget(4, 2)
    press(qtbot, "2")  # missing
    assert [table.status_of(r) for r in range(5)] == ["received"] * 4 + ["missing"]
    press(qtbot, "3")  # row 5 does not conform: the focus goes to its reason
    assert table.status_of(5) == "nonconforming"
    assert QApplication.focusWidget() is table.cellWidget(5, 5)
    type_chinese("过期")
    press(qtbot, Qt.Key.Key_A, CTRL | SHIFT)  # the rest received
    assert [table.status_of(r) for r in (6, 7)] == ["received", "received"]
    assert intake.outcome_combo.currentData() == "incomplete"

    with qtbot.waitSignal(intake.case_page.preview_opened) as opened:
        press(qtbot, Qt.Key.Key_Return, CTRL)  # confirm
    preview = opened.args[0]
    assert QTest.qWaitForWindowActive(preview)
    press(qtbot, Qt.Key.Key_Escape)  # the clerk closes the preview
    assert not preview.isVisible()
    qtbot.wait(100)
    face.activateWindow()  # what the window manager does when a dialog closes (Xvfb has none)
    qtbot.waitUntil(face.isActiveWindow)
    case = intake.case_page.case
    assert case.summary.status == "awaiting_correction"
    assert len(case.notice.items) == 2  # the missing and the non-conforming material

    app_context.dialogs.choice_answers.append(outcome_name("incomplete"))
    press(qtbot, Qt.Key.Key_F4)  # finish: the case's own outcome is proposed first
    assert app_context.dialogs.choices_offered[-1][0] == outcome_name("incomplete")
    assert face.queue.current is None
    # nothing of the applicant who left stays on screen
    assert intake.stack.currentIndex() == 0 and intake.case_page.case is None
    assert intake.applicant_form.name.text() == "" and intake.checklist.rowCount() == 0
    assert intake.lookup_edit.text() == ""
    assert intake.hint.text() == "请先选择事项。"

    # the applicant comes back with the missing items: 补正 by keyboard
    queue.take_ticket(admin, "A")
    face.queue.live.refresh()
    press(qtbot, Qt.Key.Key_F1)
    press(qtbot, Qt.Key.Key_F7)
    press(qtbot, Qt.Key.Key_F9)
    type_text(case.case_no)
    press(qtbot, Qt.Key.Key_Return)
    page = intake.case_page
    assert page.correction_table.rowCount() == 2
    press(qtbot, Qt.Key.Key_A, CTRL | SHIFT)
    assert {page.correction_table.status_of(r) for r in range(2)} == {"received"}
    press(qtbot, Qt.Key.Key_Enter, CTRL | Qt.KeyboardModifier.KeypadModifier)  # record the correction
    assert cases.show_case(app_context.services, case.case_no).summary.status == "accepted"
    assert "已受理" in page.heading.text()
    with qtbot.waitSignal(page.preview_opened) as opened:
        press(qtbot, Qt.Key.Key_P, CTRL)  # the chosen document: the acceptance notice
    preview = opened.args[0]
    assert QTest.qWaitForWindowActive(preview)

    def focus_in_preview() -> bool:  # under load the focus may follow the activation a moment later
        focused = QApplication.focusWidget()
        return focused is not None and (focused is preview or preview.isAncestorOf(focused))

    qtbot.waitUntil(focus_in_preview)
    press(qtbot, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: not preview.isVisible())
    qtbot.wait(100)
    face.activateWindow()
    qtbot.waitUntil(face.isActiveWindow)
    press(qtbot, Qt.Key.Key_F4)
    assert app_context.dialogs.choices_offered[-1][0] == outcome_name("handled")


def test_f4_with_nothing_taken_in_proposes_consultation(qtbot, app_context, admin, face):
    queue.take_ticket(admin, "A")
    face.queue.live.refresh()
    press(qtbot, Qt.Key.Key_F1)
    press(qtbot, Qt.Key.Key_F7)
    press(qtbot, Qt.Key.Key_F4)
    assert app_context.dialogs.choices_offered[-1][0] == outcome_name("consultation")


def test_new_application_clears_the_hint_of_missing_materials(qtbot, face):
    intake = face.intake
    intake.start_matter("XK-SCJG-001")
    intake.checklist.set_row(0, "missing")
    intake.checklist.set_row(1, "missing")
    assert "2" in intake.hint.text()
    intake.new_button.click()
    assert intake.hint.text() == "请先选择事项。"


def test_waiting_times_tick(qtbot, monkeypatch, admin, face):
    clock = use_clock(admin)
    queue.take_ticket(admin, "A")
    face.queue.live.refresh()
    group = face.queue.waiting.topLevelItem(0)
    item = group.child(0)
    assert item.text(3) == "00:00"
    clock.advance(minutes=2, seconds=5)
    qtbot.waitUntil(lambda: item.text(3) == "02:05", timeout=3000)  # with no refresh of the queue


def test_the_cheat_sheet_lists_the_keys(qtbot, app_context):
    window = MainWindow(app_context)
    qtbot.addWidget(window)
    dialog = window.show_shortcuts()
    qtbot.addWidget(dialog)
    assert isinstance(dialog, ShortcutsDialog)
    table = dialog.ui.shortcutsTable
    keys = [table.item(r, 0).text() for r in range(table.rowCount())]
    assert {"F1", "F4", "F9", "1 / 2 / 3", "Ctrl+Shift+A", "Ctrl+Return / Ctrl+Enter"} <= set(keys)
    assert table.item(keys.index("F4"), 1).text() == "办结本次接待，默认建议案件已有的结果"
    assert len(shortcut_rows()) == table.rowCount()
