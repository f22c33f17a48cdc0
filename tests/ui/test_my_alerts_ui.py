"""The responsible person's 说明 on real windows: the counter clerk opens their cards with
Ctrl+Shift+E, chooses one with the mouse and explains it in the supervisor's dialog; the department
handler explains the card of the case chosen on their desk. 说明… is enabled only for one's own card
not yet explained, and the explanation shows on the card after."""

from __future__ import annotations

import datetime as dt
from dataclasses import replace

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QInputMethodEvent
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QDialogButtonBox

from tests.services.intake_support import at_window, decide
from tests.services.lifecycle_support import DEPT, LICENSED, accepted_case, clerk
from tests.ui.conftest import make_app_context
from windowdesk.domain import roles
from windowdesk.domain.catalogue import DepartmentSpec
from windowdesk.services import cases, catalogue, supervision
from windowdesk.ui.department.desk import DepartmentDesk
from windowdesk.ui.main_window import MainWindow
from windowdesk.ui.supervision.handling_dialog import HandlingDialog
from windowdesk.ui.supervision.my_alerts import MyAlertsDialog


@pytest.fixture
def store(app_context):
    admin = app_context.services.as_actor(replace(app_context.actor, role=roles.ADMIN))
    catalogue.save_department(admin, DepartmentSpec(DEPT, "示范市市场监督管理局", "0755-12345678"))
    return admin


def click(widget, point=None) -> None:
    point = widget.rect().center() if point is None else point
    QTest.mouseClick(widget, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, point)


def click_row(table, row: int) -> None:
    click(table.viewport(), table.visualRect(table.model().index(row, 1)).center())


def answer(parent, note: str) -> None:
    """Type the note into the explanation dialog (Chinese as an input method commits it) and press
    its OK button."""
    dialog = parent.findChild(HandlingDialog, "explainDialog")
    assert dialog is not None and dialog.isVisible() and dialog.windowTitle() == "说明"
    typed = QInputMethodEvent()
    typed.setCommitString(note)
    QApplication.sendEvent(dialog.note, typed)
    click(dialog.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Ok))


def test_the_clerk_explains_their_own_card(qtbot, store, app_context):
    mine = decide(
        at_window(app_context.services, login="ui-clerk").on_day(dt.date(2026, 3, 2)), matter=LICENSED
    )
    accepted_case(store, today=dt.date(2026, 3, 2))  # clerk1's, not theirs
    supervision.run(store, dt.date(2026, 3, 17))  # both past their promised date: red cards
    window = MainWindow(app_context)
    qtbot.addWidget(window)
    window.show()
    window.activateWindow()
    assert QTest.qWaitForWindowActive(window)
    QTest.keyClick(
        window, Qt.Key.Key_E, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier
    )
    dialog = window.findChild(MyAlertsDialog, "myAlertsDialog")
    assert dialog is not None and QTest.qWaitForWindowExposed(dialog)
    qtbot.addWidget(dialog)  # closed after the test with the window: no window left to the next one
    panel = dialog.panel
    assert {a.subject for a in panel.alerts} == {mine.case_no}  # clerk1's card is not listed
    red = next(r for r, a in enumerate(panel.alerts) if a.card and a.kind == "red")
    red_id = panel.alerts[red].id
    click_row(panel.table, red)
    assert panel.table.item(red, 0).text() == "红牌" and panel.explain_button.isEnabled()
    click(panel.explain_button)
    answer(panel, "申请人补交材料耽误")

    card = next(a for a in supervision.own_alerts(app_context.services) if a.id == red_id)
    assert (card.state, card.explanation) == ("explained", "申请人补交材料耽误")
    row = [a.id for a in panel.alerts].index(card.id)  # the list read again: explained ones last
    assert (
        panel.table.item(row, 6).text() == "申请人补交材料耽误"
        and panel.table.item(row, 4).text() == "已说明"
    )
    click_row(panel.table, row)
    assert not panel.explain_button.isEnabled()  # explained already
    other = clerk(store).as_actor(replace(clerk(store).actor, login="clerk1"))
    assert all(not a.explanation for a in supervision.own_alerts(other))


def test_the_handler_explains_the_card_of_the_case_on_their_desk(qtbot, store, local_settings):
    late, fine = accepted_case(store), accepted_case(store, today=dt.date(2026, 3, 16))
    cases.handover_cases(clerk(store), DEPT)
    desk_app = make_app_context(store, local_settings, role=roles.HANDLER)
    for number in (late, fine):
        cases.receive_case(desk_app.services.on_day(dt.date(2026, 3, 17)), number)
    supervision.run(store, dt.date(2026, 3, 17))  # a red card for the late one only
    desk = DepartmentDesk(desk_app)
    qtbot.addWidget(desk)
    desk.resize(1300, 700)
    desk.show()
    assert QTest.qWaitForWindowExposed(desk)
    desk.department_combo.setCurrentIndex(desk.department_combo.findData(DEPT))
    numbers = [desk.table.item(r, 0).text() for r in range(desk.table.rowCount())]
    click_row(desk.table, numbers.index(fine))
    assert not desk.explain_button.isEnabled()  # no card on it
    click_row(desk.table, numbers.index(late))
    assert desk.explain_button.isEnabled()
    desk.explain_button.setFocus()
    QTest.keyClick(desk.explain_button, Qt.Key.Key_Space)
    answer(desk, "专家评审延误")
    QApplication.processEvents()

    card = next(a for a in supervision.own_alerts(desk_app.services) if a.card and a.subject == late)
    assert (card.state, card.explanation) == ("explained", "专家评审延误")
    row = [desk.table.item(r, 0).text() for r in range(desk.table.rowCount())].index(late)
    assert "我的说明：专家评审延误" in desk.table.item(row, 0).toolTip()
    assert desk.selected_number() == late and not desk.explain_button.isEnabled()
