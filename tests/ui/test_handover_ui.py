"""The supervisor's 移交承办 tab on a real window: the accepted cases waiting for the chosen department
are listed (applicant masked); a click and a Ctrl+click choose two, the button hands exactly those
over on one printed list and the list reads again; Ctrl+A and the keyboard hand over the rest, and
the empty list says so. The printer gets the list's PDF (painting it is the printing tests' work)."""

from __future__ import annotations

import datetime as dt
from dataclasses import replace

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest

from tests.services.intake_support import RESIDENT
from tests.services.lifecycle_support import DEPT, accepted_case
from tests.services.queue_support import use_clock
from tests.support.pdf import pdf_text
from tests.ui.conftest import make_app_context
from windowdesk.domain import roles
from windowdesk.domain.catalogue import DepartmentSpec
from windowdesk.services import cases, catalogue
from windowdesk.ui.intake import preview
from windowdesk.ui.printing import FilePrintService
from windowdesk.ui.supervision.handover import OVERDUE, HandoverPanel


@pytest.fixture
def store(app_context):
    admin = app_context.services.as_actor(replace(app_context.actor, role=roles.ADMIN))
    catalogue.save_department(admin, DepartmentSpec("AAA", "示范市另一个局", "0755-1"))
    catalogue.save_department(admin, DepartmentSpec(DEPT, "示范市市场监督管理局", "0755-12345678"))
    return admin


def click_row(qtbot, table, row: int, modifier=Qt.KeyboardModifier.NoModifier) -> None:
    rect = table.visualRect(table.model().index(row, 0))
    QTest.mouseClick(table.viewport(), Qt.MouseButton.LeftButton, modifier, rect.center())


def test_the_supervisor_hands_over_the_selected_waiting_cases(
    qtbot, store, local_settings, tmp_path, monkeypatch
):
    numbers = [accepted_case(store, today=dt.date(2026, 3, day)) for day in (2, 9, 10)]
    use_clock(store, dt.datetime(2026, 3, 18, 2, tzinfo=dt.UTC))  # the first is due 3-16, the others later
    app = make_app_context(store, local_settings, role=roles.SUPERVISOR)
    printed: list[bytes] = []
    monkeypatch.setattr(preview, "print_pdf", lambda pdf, _printer: printed.append(pdf) or 1)
    panel = HandoverPanel(app, printers=FilePrintService(str(tmp_path / "list.pdf")))
    qtbot.addWidget(panel)
    panel.resize(1000, 600)
    panel.show()
    assert QTest.qWaitForWindowExposed(panel)
    # the first department has nothing waiting: it says so
    assert panel.department() == "AAA" and panel.stack.currentWidget() is panel.empty_label
    assert "没有" in panel.empty_label.text() and not panel.handover_button.isEnabled()

    panel.department_combo.setFocus()
    QTest.keyClick(panel.department_combo, Qt.Key.Key_Down)  # the next department: SCJG
    assert panel.department() == DEPT and panel.stack.currentWidget() is panel.table
    table = panel.table
    assert [table.model().index(r, 0).data() for r in range(3)] == numbers
    applicant = table.model().index(0, 2).data()
    assert applicant.startswith("张三（") and RESIDENT not in applicant and RESIDENT[-4:] in applicant
    assert (
        "1–3" in panel.count_label.text()
        and table.model().headerData(4, Qt.Orientation.Horizontal) == "办结期限"
    )
    due = [table.model().index(r, 4) for r in range(3)]
    assert [d.data() for d in due] == ["2026-03-16", "2026-03-23", "2026-03-24"]
    assert [d.data(Qt.ItemDataRole.ForegroundRole) for d in due] == [OVERDUE, None, None]

    click_row(qtbot, table, 0)
    click_row(qtbot, table, 2, Qt.KeyboardModifier.ControlModifier)
    assert panel.selected_numbers() == [numbers[0], numbers[2]] and panel.handover_button.isEnabled()
    QTest.mouseClick(panel.handover_button, Qt.MouseButton.LeftButton)
    batch = cases.list_batches(store, DEPT)[0]
    assert batch.case_nos == (numbers[0], numbers[2]) and batch.batch_no in panel.message.text()
    text = pdf_text(printed[-1])
    assert numbers[0] in text and numbers[2] in text and numbers[1] not in text
    assert [cases.show_case(store, n).stage for n in numbers] == ["handed_over", "accepted", "handed_over"]
    assert [table.model().index(r, 0).data() for r in range(table.model().rowCount())] == [numbers[1]]

    table.setFocus()
    QTest.keyClick(table, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    assert panel.selected_numbers() == [numbers[1]]
    panel.handover_button.setFocus()
    QTest.keyClick(panel.handover_button, Qt.Key.Key_Space)
    assert cases.show_case(store, numbers[1]).stage == "handed_over" and len(printed) == 2
    assert cases.awaiting_handover(store, DEPT).total == 0
    assert panel.stack.currentWidget() is panel.empty_label and not panel.handover_button.isEnabled()
