"""The follow-up of bad ratings on real windows: the supervisor's tab lists open and overdue
follow-ups without the applicant's personal data, records verify → rectify → call back → close with
notes (by keyboard and clicks, through the task runner), refuses a call back without the applicant's
answer; the staff member concerned reads their own follow-ups from the Windows menu."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QAction
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QTableWidget

from tests.services.intake_support import PERSON
from tests.services.lifecycle_support import accepted_case, clerk, walk
from tests.services.queue_support import use_clock
from tests.services.ratings_support import as_clerk, hall_with_clerks, serve
from tests.ui.conftest import make_app_context
from windowdesk.domain import roles
from windowdesk.services import cases, ratings
from windowdesk.ui.app_context import AppContext
from windowdesk.ui.dialogs import RecordingDialogService
from windowdesk.ui.main_window import MainWindow
from windowdesk.ui.supervision.face import SupervisorFace
from windowdesk.ui.supervision.followups_panel import FollowupsPanel, MyFollowupsDialog
from windowdesk.ui.tasks import SynchronousTaskRunner

OPENED = dt.datetime(2026, 11, 2, 1, 30, tzinfo=dt.UTC)  # a Monday morning in the hall
LATER = dt.datetime(2026, 11, 27, 1, 30, tzinfo=dt.UTC)  # past the first follow-up's 15 working days


@pytest.fixture
def followups(sqlite_ctx):
    """Three bad ratings: clerk1's ticket on 11-02 (overdue by 11-27), clerk2's ticket and clerk1's
    hand-over of a case's result at window 3 on 11-27 (the case's applicant: 张三, 13800138000)."""
    ctx = sqlite_ctx
    clock = use_clock(ctx, OPENED)
    hall_with_clerks(ctx)
    old = serve(ctx, 1, "clerk1")
    ratings.add_rating(ctx, ratings.Subject("ticket", old.id), 1, ["attitude"], "态度生硬")
    clock.set(LATER)
    other = serve(ctx, 2, "clerk2")
    ratings.add_rating(ctx, ratings.Subject("ticket", other.id), 2, ["efficiency"])
    number = accepted_case(ctx)
    walk(ctx, number, "result_ready")
    cases.deliver_result(clerk(ctx), number, pickup_id_number=PERSON.id_number)
    ratings.add_rating(ctx, ratings.delivery_subject(ctx, number), 2, ["repeated_visits"], "跑了三次")
    return ctx, number


def _cells(table: QTableWidget) -> list[list[str]]:
    return [
        [table.item(r, c).text() if table.item(r, c) else "" for c in range(table.columnCount())]
        for r in range(table.rowCount())
    ]


def _show(qtbot, widget, size=(1366, 698)):
    qtbot.addWidget(widget)
    widget.resize(*size)
    widget.show()
    assert QTest.qWaitForWindowExposed(widget)
    return widget


def test_the_supervisor_records_each_step_in_order(qtbot, followups, local_settings):
    ctx, case_no = followups
    app = make_app_context(ctx, local_settings, role=roles.SUPERVISOR, window_no=None)
    face = _show(qtbot, SupervisorFace(app))
    panel = face.followups
    assert face.tabs.tabText(face.tabs.indexOf(panel)) == "差评整改"
    face.tabs.setCurrentWidget(panel)

    rows = _cells(panel.table)
    assert [(r[0][:6], r[1], r[5], r[6], r[8], r[9]) for r in rows] == [
        ("ZG2026", "A001", "1", "王芳", "核实", "逾期"),
        ("ZG2026", "A001", "2", "李强", "核实", "办理中"),
        ("ZG2026", case_no, "3", "王芳", "核实", "办理中"),
    ]
    assert rows[0][2:5] == ["2026-11-02", "非常不满意", "服务态度"]
    assert panel.count_label.text() == "共 3 件 · 逾期 1 件"
    assert not any("张三" in cell or "13800138000" in cell for row in rows for cell in row)
    panel.filter_combo.setCurrentIndex(panel.filter_combo.findData("overdue"))
    assert [r[1] for r in _cells(panel.table)] == ["A001"] and _cells(panel.table)[0][2] == "2026-11-02"
    panel.filter_combo.setCurrentIndex(panel.filter_combo.findData("open"))

    panel.table.selectRow(2)  # the hand-over: the supervisor gets the applicant's phone to call back
    assert "回访联系：张三 13800138000" in panel.detail_label.text()
    assert "申请人说明：跑了三次" in panel.detail_label.text()
    followup = panel.shown.number

    panel.note_edit.setFocus()
    qtbot.mouseClick(panel.record_button, Qt.MouseButton.LeftButton)
    assert app.dialogs.shown[-1][0] == "error" and "核实" in app.dialogs.shown[-1][1]  # a note is needed

    for step, note in (("核实", "核实属实"), ("整改", "已约谈并培训")):
        assert (
            panel.next_step_label.text() == step and panel.record_button.text() == f"记录{step}（Ctrl+Enter）"
        )
        panel.note_edit.setPlainText(note)
        QTest.keyClick(panel.note_edit, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
        assert panel.shown.number == followup  # the same follow-up stays selected
        assert panel.message.text().startswith(f"已记录：{followup} {step}。")
    assert [r[0] for r in _cells(panel.steps_table)] == ["核实", "整改"]
    assert _cells(panel.steps_table)[1][2:] == [app.services.actor.login, "", "已约谈并培训"]

    assert panel.next_step_label.text() == "回访" and panel.satisfied_combo.isVisible()
    panel.note_edit.setPlainText("电话回访")
    qtbot.mouseClick(panel.record_button, Qt.MouseButton.LeftButton)
    assert panel.message.text() == "请选择申请人对回访答复是否满意。"
    assert [s.step for s in ratings.followup_detail(ctx, followup).steps] == ["verify", "rectify"]
    panel.satisfied_combo.setCurrentIndex(panel.satisfied_combo.findData(True))
    qtbot.mouseClick(panel.record_button, Qt.MouseButton.LeftButton)
    assert _cells(panel.steps_table)[2][3] == "是"
    assert not panel.satisfied_combo.isVisible()
    panel.note_edit.setPlainText("办结")
    qtbot.mouseClick(panel.record_button, Qt.MouseButton.LeftButton)

    assert followup not in [r[0] for r in _cells(panel.table)]  # closed: no longer open
    panel.filter_combo.setCurrentIndex(panel.filter_combo.findData("all"))
    [row] = [r for r, cells in enumerate(_cells(panel.table)) if cells[0] == followup]
    assert _cells(panel.table)[row][8:] == ["已办结", "按期办结"]
    panel.table.selectRow(row)
    assert panel.next_step_label.text() == "已办结" and not panel.record_button.isEnabled()
    detail = ratings.followup_detail(ctx, followup)
    assert [(s.step, s.satisfied) for s in detail.steps] == [
        ("verify", None),
        ("rectify", None),
        ("callback", True),
        ("close", None),
    ]


def test_the_staff_member_reads_their_own_follow_ups_from_the_windows_menu(qtbot, followups, local_settings):
    ctx, case_no = followups
    app = AppContext(
        as_clerk(ctx, "clerk1", window_no=1),
        SynchronousTaskRunner(),
        local_settings,
        RecordingDialogService(),
    )
    window = _show(qtbot, MainWindow(app))
    window.findChild(QAction, "myFollowupsAction").trigger()
    dialog = window.findChild(MyFollowupsDialog)
    assert dialog is not None and dialog.isVisible() and dialog.windowTitle() == "我的差评整改单"
    assert QTest.qWaitForWindowExposed(dialog)
    panel: FollowupsPanel = dialog.panel
    rows = _cells(panel.table)
    assert sorted(r[1] for r in rows) == sorted(["A001", case_no])  # clerk1's two, not 李强's
    assert {r[6] for r in rows} == {"王芳"}
    assert not panel.step_form.isVisible()
    for r in range(len(rows)):
        panel.table.selectRow(r)
        assert "张三" not in panel.detail_label.text() and "13800138000" not in panel.detail_label.text()
    dialog.close()
