"""The counter's intake panel and the supervisor's case list, driven like a clerk would."""

from __future__ import annotations

from dataclasses import replace

import pytest
from PySide6.QtCore import QItemSelectionModel, Qt
from sqlalchemy import func, select

from tests.services.intake_support import at_window, decide
from tests.support.pdf import decode_barcodes, pdf_page_count, pdf_pages_png, pdf_text
from tests.ui.conftest import make_app_context
from windowdesk.domain import roles
from windowdesk.services import cases, demo
from windowdesk.services.demo import DemoReport
from windowdesk.store.models import AuditEntry, Ticket
from windowdesk.ui.counter.face import CounterFace
from windowdesk.ui.intake.checklist import ChecklistTable
from windowdesk.ui.printing import FilePrintService
from windowdesk.ui.supervision.face import SupervisorFace


@pytest.fixture
def app_context(app_context):
    """The clerk's store holds the demo catalogue (食品经营许可（新办） XK-SCJG-001 among others)."""
    demo.demo_catalogue(
        app_context.services.as_actor(replace(app_context.actor, role="admin")), None, DemoReport()
    )
    return app_context


def choose_matter(panel, text: str) -> None:
    panel.matter_search.setText(text)
    assert panel.matter_list.count() >= 1
    panel.choose_matter(panel.matter_list.item(0))


def fill_person(panel) -> None:
    form = panel.applicant_form
    form.id_number.setText("11010519491231002X")
    form.name.setText("张三")
    form.phone.setText("13800138000")


def test_a_whole_visit_notice_then_correction_then_acceptance(qtbot, app_context, tmp_path):
    printers = FilePrintService(str(tmp_path / "printed.pdf"))
    face = CounterFace(app_context, printers=printers, watch=False)
    qtbot.addWidget(face)
    panel = face.intake
    assert panel.lookup_edit.hasFocus() or not face.isVisible()
    choose_matter(panel, "XK-SCJG-001")
    table: ChecklistTable = panel.checklist
    assert table.rowCount() == 8
    assert table.cellWidget(5, 2).findData("not_applicable") >= 0  # conditional item
    assert table.cellWidget(0, 2).findData("not_applicable") == -1  # required item
    assert "申请人签字或盖章" in table.item(0, 0).toolTip()  # the standard it must meet
    fill_person(panel)
    table.set_row(0, "nonconforming", reason="未签字")
    table.set_row(4, "missing")
    for row in (5, 6, 7):
        table.set_row(row, "not_applicable", reason="不适用")
    table.mark_all_received()
    assert panel.outcome_combo.currentData() == "incomplete"  # suggested by the blocking rows
    decided = []
    panel.case_decided.connect(lambda number, ticket: decided.append(number))
    with qtbot.waitSignal(panel.case_page.preview_opened) as opened:
        panel.decide_button.click()
    [number] = decided
    assert panel.stack.currentIndex() == 1
    assert "待补正" in panel.case_page.heading.text()
    preview = opened.args[0]
    assert len(preview.page_labels) == 1
    preview.print_button.click()
    printed = (tmp_path / "printed.pdf").read_bytes()  # pages painted as images, as on paper
    assert pdf_page_count(printed) == 1
    assert ("CODE128", number) in decode_barcodes(pdf_pages_png(printed, dpi=200)[0])
    [notice] = cases.show_case(app_context.services, number).documents
    assert notice.kind == "notice" and not notice.reprint
    preview.close()

    # the applicant comes back: the clerk scans the notice, only the listed items can be checked
    panel.new_application()
    qtbot.keyClicks(panel.lookup_edit, number.lower())
    qtbot.keyClick(panel.lookup_edit, Qt.Key.Key_Return)
    page = panel.case_page
    assert page.correction_box.isVisibleTo(page)
    assert page.correction_table.rowCount() == 2
    assert [page.correction_table.item(r, 0).text() for r in range(2)] == [
        "食品经营许可申请书",
        "食品安全管理制度目录",
    ]
    page.correction_table.mark_all_received()
    page.record_button.click()
    assert "已受理" in page.heading.text()
    assert page.document_combo.currentData() == "acceptance"
    with qtbot.waitSignal(page.preview_opened) as opened:
        page.preview_button.click()
    preview = opened.args[0]
    preview.print_button.click()
    printed = (tmp_path / "printed.pdf").read_bytes()
    assert ("CODE128", number) in decode_barcodes(pdf_pages_png(printed, dpi=200)[0])
    case = cases.show_case(app_context.services, number)
    assert [(d.kind, d.reprint) for d in case.documents] == [("notice", False), ("acceptance", False)]
    assert printers.asked == 2


def test_refusals_are_shown_and_nothing_is_recorded(qtbot, app_context):
    face = CounterFace(app_context, printers=FilePrintService("/dev/null"), watch=False)
    qtbot.addWidget(face)
    panel = face.intake
    panel.decide_button.click()
    assert app_context.dialogs.shown[-1] == ("error", "请先选择事项。")
    choose_matter(panel, "食品经营许可")
    fill_person(panel)
    panel.decide_button.click()  # nothing checked yet
    assert app_context.dialogs.shown[-1][0] == "error" and "尚未核验" in app_context.dialogs.shown[-1][1]
    qtbot.keyClicks(panel.lookup_edit, "A001")
    qtbot.keyClick(panel.lookup_edit, Qt.Key.Key_Return)
    assert "不是有效的案件编号" in app_context.dialogs.shown[-1][1]
    assert cases.list_cases(app_context.services) == []


def test_supervisor_prints_many_as_one_pdf_and_reprints_one(
    qtbot, qtmodeltester, sqlite_ctx, local_settings, tmp_path
):
    numbers = [decide(at_window(sqlite_ctx), "accepted").case_no for _ in range(3)]
    decide(at_window(sqlite_ctx), "rejected", checks=())
    app = make_app_context(sqlite_ctx, local_settings, role=roles.SUPERVISOR)
    printers = FilePrintService(str(tmp_path / "job.pdf"))
    face = SupervisorFace(app, printers=printers)
    qtbot.addWidget(face)
    panel = face.cases
    assert panel.model.rowCount() == 4
    qtmodeltester.check(panel.model)
    assert panel.count_label.text() == "第 1–4 条，共 4 条" and panel.total == 4
    panel.outcome_combo.setCurrentIndex(panel.outcome_combo.findData("accepted"))
    panel.refresh_button.click()
    assert panel.model.rowCount() == 3
    panel.table.selectAll()
    panel.print_selected()
    job = (tmp_path / "job.pdf").read_bytes()
    assert pdf_page_count(job) == 3  # one print job
    found = {
        data
        for page in pdf_pages_png(job, dpi=200)
        for kind, data in decode_barcodes(page)
        if kind == "CODE128"
    }
    assert found == set(numbers)
    out = tmp_path / "batch.pdf"
    panel.save_selected(str(out))
    assert "补打" in pdf_text(out.read_bytes())  # printed once already: the second batch is reprints
    with sqlite_ctx.reading() as session:
        batches = session.scalar(
            select(func.count()).select_from(AuditEntry).where(AuditEntry.action == "case.batch_print")
        )
    blocked = tmp_path / "not-a-folder"
    blocked.write_text("a file where the folder should be")
    panel.save_selected(str(blocked / "batch.pdf"))
    qtbot.waitUntil(lambda: bool(app.dialogs.shown) and app.dialogs.shown[-1][0] == "error")
    assert "无法写入" in app.dialogs.shown[-1][1]
    with sqlite_ctx.reading() as session:  # nothing archived or audited for the file never written
        assert batches == session.scalar(
            select(func.count()).select_from(AuditEntry).where(AuditEntry.action == "case.batch_print")
        )
    selection = panel.table.selectionModel()
    selection.clearSelection()
    selection.select(
        panel.model.index(0, 0),
        QItemSelectionModel.SelectionFlag.Select | QItemSelectionModel.SelectionFlag.Rows,
    )
    panel.reprint_one()
    preview = panel.last_preview
    assert len(preview.page_labels) == 1
    preview.print_button.click()
    assert pdf_page_count((tmp_path / "job.pdf").read_bytes()) == 1
    with sqlite_ctx.reading() as session:
        audits = session.scalars(select(AuditEntry).where(AuditEntry.action == "case.reprint")).all()
    assert [a.detail["case_no"] for a in audits] == [panel.model.rows[0].case_no]


def test_a_returning_applicant_is_found_by_id_number(qtbot, app_context):
    decide(at_window(app_context.services), "accepted")  # 张三 came before
    face = CounterFace(app_context, printers=FilePrintService("/dev/null"), watch=False)
    qtbot.addWidget(face)
    form = face.intake.applicant_form
    form.id_number.setText("110105194912310 02x")
    form.id_number.editingFinished.emit()
    assert form.name.text() == "张三"
    assert form.phone.text() == ""  # the phone is asked again, never shown unmasked


def test_the_ticket_served_is_linked_to_the_case_and_finishes_with_it(qtbot, app_context):
    from tests.services.queue_support import setup_hall
    from windowdesk.services.queue import take_ticket
    from windowdesk.ui.queue.labels import outcome_name

    admin = app_context.services.as_actor(replace(app_context.actor, role="admin"))
    setup_hall(admin)
    take_ticket(admin, "A")
    face = CounterFace(app_context, printers=FilePrintService("/dev/null"), watch=False)
    qtbot.addWidget(face)
    face.queue.buttons["callNextButton"].click()
    face.queue.buttons["startButton"].click()
    panel = face.intake
    ticket = face.queue.current
    assert panel.ticket_id == ticket.id and panel.ticket_label.text() == f"号票 {ticket.number}"
    # finishing as handled before a case is recorded is refused
    app_context.dialogs.choice_answers.append(outcome_name("handled"))
    face.queue.buttons["finishButton"].click()
    assert "尚未登记办件" in app_context.dialogs.shown[-1][1]
    choose_matter(panel, "XK-SCJG-001")
    fill_person(panel)
    for row in (5, 6, 7):
        panel.checklist.set_row(row, "not_applicable", reason="不适用")
    panel.checklist.mark_all_received()
    with qtbot.waitSignal(panel.case_page.preview_opened) as opened:
        panel.decide_button.click()
    opened.args[0].close()
    number = panel.case_page.case.case_no
    app_context.dialogs.choice_answers.append(outcome_name("handled"))
    face.queue.buttons["finishButton"].click()
    with app_context.services.reading() as session:
        row = session.get(Ticket, ticket.id)
        assert (row.state, row.outcome) == ("done", "handled")
    assert row.case_id == cases.show_case(app_context.services, number).id
    assert panel.ticket_id is None  # the next case waits for the next ticket


def test_the_preview_issues_on_the_worker_and_takes_the_copy_on_the_ui_thread(
    qtbot, qapp, sqlite_ctx, local_settings, tmp_path
):
    import threading

    from PySide6.QtCore import QThread

    from windowdesk.ui.intake.preview import PreviewDialog
    from windowdesk.ui.tasks import TaskRunner

    case = decide(at_window(sqlite_ctx), "accepted")
    app = replace(make_app_context(sqlite_ctx, local_settings), tasks=TaskRunner())
    pdf = cases.preview_document(app.services, case.case_no, "receipt")
    issued_in = []

    def issue() -> bytes:
        issued_in.append(threading.current_thread() is threading.main_thread())
        return cases.print_document(app.services, case.case_no, "receipt").read()

    class WatchedPreview(PreviewDialog):
        """Records on which thread the dialog's fields are assigned."""

        def __setattr__(self, name, value):  # type: ignore[no-untyped-def]
            if name in ("pdf", "issue") and hasattr(self, "assignments"):
                self.assignments.append((name, QThread.currentThread() is qapp.thread()))
            super().__setattr__(name, value)

    printers = FilePrintService(str(tmp_path / "job.pdf"))
    dialog = WatchedPreview(app, pdf, "受理回执", printers, None, issue)
    dialog.assignments = []
    qtbot.addWidget(dialog)
    seen_on_ui_thread = []
    dialog.issued.connect(lambda: seen_on_ui_thread.append(QThread.currentThread() is qapp.thread()))
    with qtbot.waitSignal(dialog.printed, timeout=30_000):
        dialog.print_button.click()
    assert issued_in == [False]  # the store work ran on the worker
    assert seen_on_ui_thread == [True] and dialog.issue is None
    assert sorted(dialog.assignments) == [("issue", True), ("pdf", True)]  # set on the UI thread
    assert dialog.print_button.isEnabled()
    with qtbot.waitSignal(dialog.printed, timeout=30_000):
        dialog.print_button.click()  # the same copy again: nothing issued a second time
    assert issued_in == [False]
    assert app.tasks.wait_idle()
