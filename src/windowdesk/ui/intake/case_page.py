"""One case at the counter: its state, the 补正 checklist (only the listed items), its documents, the
pickup at the result window, and the moves of ui/intake/case_moves.py (withdrawal, express delivery,
close). Layout: forms/case_page.ui."""

from __future__ import annotations

from html import escape

from PySide6.QtCore import QTimer, Signal
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QDialog, QWidget

from windowdesk.services import audit, cases
from windowdesk.services import cases as case_documents
from windowdesk.services.cases import CaseDetail
from windowdesk.ui.app_context import AppContext
from windowdesk.ui.cases import labels as case_labels
from windowdesk.ui.cases.life_html import life_html
from windowdesk.ui.generated.ui_case_page import Ui_CasePage
from windowdesk.ui.intake import labels
from windowdesk.ui.intake.case_moves import MOVE_BUTTONS, ExpressDialog, WithdrawDialog, move_allowed
from windowdesk.ui.intake.checklist import ALL_RECEIVED_KEY
from windowdesk.ui.intake.preview import PreviewDialog, print_in_background
from windowdesk.ui.printing import PrintService

PREVIEW_KEY = "Ctrl+P"  # preview and print the document chosen under 文书 (the acceptance notice…)


class CasePage(QWidget):
    case_changed = Signal(object)  # CaseDetail after a write
    preview_opened = Signal(object)  # the PreviewDialog, for tests and the counter face
    move_opened = Signal(object)  # the form of a move (WithdrawDialog, ExpressDialog), for tests

    def __init__(self, app: AppContext, printers: PrintService, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.app, self.printers = app, printers
        self.case: CaseDetail | None = None
        self.ticket_id = (
            None  # the ticket being served (set by the intake panel): a 补正 visit is linked to it
        )
        self.ui = Ui_CasePage()
        self.ui.setupUi(self)
        # hidden until a case is shown (the supervisor's 办件详情), it keeps its place below the case
        # number field: the field stays at the top instead of floating in the middle of an empty page
        policy = self.sizePolicy()
        policy.setRetainSizeWhenHidden(True)
        self.setSizePolicy(policy)
        # the names the intake panel and the tests use
        self.heading, self.details = self.ui.caseHeading, self.ui.caseDetails
        self.correction_box, self.correction_table = self.ui.correctionGroup, self.ui.correctionTable
        self.issue_notice_button = self.ui.issueNoticeButton
        self.record_button = self.ui.recordCorrectionButton
        self.all_received_button = self.ui.correctionAllReceivedButton
        self.document_combo, self.preview_button = self.ui.documentCombo, self.ui.previewButton
        self.reveal_id_button = self.ui.revealIdButton
        self.timeline = self.ui.clockTimeline
        self.pickup_box, self.pickup_id_edit = self.ui.pickupGroup, self.ui.pickupIdEdit
        self.pickup_button = self.ui.pickupButton
        self.withdraw_button, self.express_button = self.ui.withdrawButton, self.ui.expressButton
        self.close_case_button = self.ui.closeCaseButton
        self.move_buttons = {move: getattr(self.ui, name) for move, name in MOVE_BUTTONS.items()}
        self.move_dialog: QDialog | None = None  # the move's form last opened

        self.record_button.clicked.connect(self.record_correction)
        self.all_received_button.clicked.connect(self.correction_table.mark_all_received)
        self.all_received_button.setShortcut(QKeySequence(ALL_RECEIVED_KEY))
        self.all_received_button.setToolTip(ALL_RECEIVED_KEY)
        self.issue_notice_button.clicked.connect(self.issue_notice)
        self.preview_button.setShortcut(QKeySequence(PREVIEW_KEY))
        self.preview_button.setToolTip(PREVIEW_KEY)
        self.preview_button.clicked.connect(self.preview_selected)
        self.pickup_button.clicked.connect(self.hand_over_result)
        self.pickup_id_edit.returnPressed.connect(self.hand_over_result)
        self.reveal_id_button.clicked.connect(self.reveal_id_number)
        self.withdraw_button.clicked.connect(self.ask_withdraw)
        self.express_button.clicked.connect(self.ask_express)
        self.close_case_button.clicked.connect(self.ask_close)

    def reveal_id_number(self) -> None:
        if self.case is None:
            return
        question = self.tr(
            "The full ID number of %1 will be shown. Viewing it is recorded (who, whose, when). Continue?"
        ).replace("%1", self.case.summary.applicant_name)
        if not self.app.dialogs.confirm(self, question):
            return

        def shown(number: str) -> None:
            self.app.dialogs.info(
                self,
                self.tr("ID number of %1: %2\n(This viewing has been recorded.)")
                .replace("%1", self.case.summary.applicant_name if self.case else "")
                .replace("%2", number),
            )

        self.app.tasks.run(
            audit.reveal_id_number,
            self.app.services,
            self.case.case_no,
            on_done=shown,
            on_error=lambda exc: self.app.dialogs.show_exception(self, exc),
        )

    # -- showing --------------------------------------------------------------------------------------
    def show_case(self, case: CaseDetail) -> None:
        same = self.case is not None and (self.case.case_no, self.case.status) == (case.case_no, case.status)
        self.case = case
        s = case.summary
        status = labels.case_status(s.status, s.deemed_accepted)
        if s.stage not in ("accepted", "awaiting_correction", "not_accepted"):
            status = case_labels.stage(s.stage)
        self.heading.setText(self.tr("Case %1 — %2").replace("%1", s.case_no).replace("%2", status))
        self.timeline.set_life(case.life)
        self.details.setHtml(self._details_html(case) + life_html(self.app.clock, case))
        ready = s.stage == "result_ready"
        self.pickup_box.setVisible(ready)
        if ready and not same:  # at the result window: next, the collector's ID (typed or read)
            self.pickup_id_edit.clear()
            QTimer.singleShot(0, self._focus_pickup)
        awaiting = s.status == "awaiting_correction"
        self.correction_box.setVisible(awaiting)
        self.issue_notice_button.setVisible(awaiting and case.notice is None)
        self.record_button.setEnabled(case.notice is not None)
        if case.notice is not None and awaiting:
            arrived = dict(case.correction.arrived) if case.correction else {}
            self.correction_table.load_notice(case.notice.items, arrived)
        else:
            self.correction_table.load_notice((), {})
        current = self.document_combo.currentData() if same else None  # else the document to hand over now
        self.document_combo.clear()
        issued = {(d.kind, d.pause) for d in case.documents}
        pauses = len(case.life.pauses) if case.life is not None else 0
        for kind in self._available(case):
            # each pause has its own 特别程序告知书, the newest first; data "special:N" names the pause
            for pause in range(pauses, 0, -1) if kind == "special" else (None,):
                label = case_labels.document(kind)
                if pause is not None and pauses > 1:
                    label = self.tr("%1 (pause %2)").replace("%1", label).replace("%2", str(pause))
                mark = self.tr(" (issued: a new print is marked 补打)") if (kind, pause) in issued else ""
                self.document_combo.addItem(label + mark, kind if pause is None else f"{kind}:{pause}")
        index = self.document_combo.findData(current)
        self.document_combo.setCurrentIndex(max(0, index))
        has_docs = self.document_combo.count() > 0
        self.preview_button.setEnabled(has_docs)
        self._update_moves()

    def _update_moves(self) -> None:
        """Each move's button is enabled only when the case's stage and the signed-in role allow it."""
        role = self.app.actor.role
        for move, button in self.move_buttons.items():
            button.setEnabled(self.case is not None and move_allowed(move, self.case.stage, role))

    def _focus_pickup(self) -> None:
        if self.case is not None and self.case.stage == "result_ready" and self.pickup_id_edit.isVisible():
            self.pickup_id_edit.setFocus()

    def clear(self) -> None:
        """No case: the previous applicant's is not left on screen."""
        self.case = None
        self.heading.clear()
        self.details.clear()
        self.timeline.set_life(None)
        self.correction_table.load_notice((), {})
        for box in (self.correction_box, self.pickup_box):
            box.setVisible(False)
        self.pickup_id_edit.clear()
        self.document_combo.clear()
        self.preview_button.setEnabled(False)
        self._update_moves()

    @staticmethod
    def _available(case: CaseDetail) -> list[str]:
        """The documents of the case, the one to hand over now first."""
        s = case.summary
        kinds = []
        if s.accepted_on is not None and s.outcome != "on_the_spot":
            kinds.append("acceptance")
        if case.notice is not None:
            kinds.append("notice")
        if s.outcome == "rejected":
            kinds.append("rejection")
        else:
            kinds.append("receipt")
        life = case.life
        if life is not None:
            later = []
            if life.delivery:
                later.append("delivery")
            if life.decision and s.outcome == "accepted":
                later.append("decision")
            if life.pauses:
                later.append("special")
            if life.extension_workdays:
                later.append("extension")
            kinds = later + kinds  # the newest first: the one to hand over now
        return kinds

    def _details_html(self, case: CaseDetail) -> str:
        s = case.summary
        rows = [
            (self.tr("Matter"), f"{s.matter_name}（{s.matter_code}）"),
            (self.tr("Applicant"), f"{s.applicant_name}（{s.applicant_masked_id}）"),
            (self.tr("Received"), s.received_on.isoformat()),
            (self.tr("Accepted"), s.accepted_on.isoformat() if s.accepted_on else "—"),
            (self.tr("Statutory due"), s.statutory_due.isoformat() if s.statutory_due else "—"),
            (self.tr("Promised due"), s.promised_due.isoformat() if s.promised_due else "—"),
            (self.tr("Window / clerk"), f"{s.window_no or '—'} / {s.clerk_name or s.clerk_login}"),
        ]
        if case.notice_deadline:
            rows.append((self.tr("Notice due by"), case.notice_deadline.isoformat()))
        if case.rejection_reason:
            rows.append((self.tr("Reason"), case.rejection_reason))
        if case.result:
            rows.append((self.tr("Result"), case.result))
        html = (
            "<table cellpadding='3'>"
            + "".join(f"<tr><td><b>{escape(k)}</b></td><td>{escape(v)}</td></tr>" for k, v in rows)
            + "</table>"
        )
        if case.notice is not None:
            arrived = dict(case.correction.arrived) if case.correction else {}
            items = "".join(
                f"<li>{escape(i.name)} — "
                + escape(labels.check_status(i.problem) + (f"：{i.reason}" if i.reason else ""))
                + " — "
                + escape(
                    self.tr("arrived %1").replace("%1", arrived[i.key].isoformat())
                    if arrived.get(i.key)
                    else self.tr("outstanding")
                )
                + "</li>"
                for i in case.notice.items
            )
            title = self.tr("One-time notice of %1").replace("%1", case.notice.issued_on.isoformat())
            html += f"<p><b>{escape(title)}</b></p><ul>{items}</ul>"
        return html

    # -- actions --------------------------------------------------------------------------------------
    def _after_write(self, case: CaseDetail) -> None:
        self.show_case(case)
        self.case_changed.emit(case)
        self.app.hub.changed.emit("cases")

    def _error(self, exc: BaseException) -> None:
        self.app.dialogs.show_exception(self, exc)

    def record_correction(self) -> None:
        if self.case is None:
            return
        checks = self.correction_table.checks()
        ticket_id = self.ticket_id

        def work():
            case = cases.record_correction(self.app.services, self.case.case_no, checks, ticket_id=ticket_id)
            return cases_show(self.app, case.case_no)

        self.app.tasks.run(work, on_done=self._after_write, on_error=self._error)

    def issue_notice(self) -> None:
        if self.case is None:
            return

        def work():
            cases.issue_notice(self.app.services, self.case.case_no)
            return cases_show(self.app, self.case.case_no)

        self.app.tasks.run(work, on_done=self._after_write, on_error=self._error)

    def preview_selected(self) -> None:
        """Preview the document as it would be handed over now (补打 if it was issued before); it is
        issued when printed or saved."""
        data = self.document_combo.currentData()
        if self.case is None or data is None:
            return
        kind, _, pause_text = data.partition(":")
        pause = int(pause_text) if pause_text else None
        number, services = self.case.case_no, self.app.services

        def issue() -> bytes:
            return case_documents.print_document(services, number, kind, pause).read()

        def shown(pdf: bytes) -> None:
            dialog = PreviewDialog(self.app, pdf, case_labels.document(kind), self.printers, self, issue)
            dialog.issued.connect(self.refresh)
            self.preview_opened.emit(dialog)
            dialog.open()

        self.app.tasks.run(
            case_documents.preview_document, services, number, kind, pause, on_done=shown, on_error=self._error
        )

    def hand_over_result(self) -> None:
        """One check, one click: the collector's ID is checked by the service (a wrong one is refused,
        nothing recorded), the pickup recorded and the 送达回证 issued and printed."""
        if self.case is None or self.case.stage != "result_ready":
            return
        id_number = self.pickup_id_edit.text()
        number, services = self.case.case_no, self.app.services

        def issue() -> bytes:
            cases.deliver_result(services, number, pickup_id_number=id_number)
            return case_documents.print_document(services, number, "delivery").read()

        def issued(_pdf: bytes) -> None:
            self.app.hub.changed.emit("cases")
            self.refresh()

        print_in_background(
            self.app, self, b"", case_labels.document("delivery"), self.printers, issue, on_issued=issued
        )

    # -- the moves of ui/intake/case_moves.py ----------------------------------------------------------
    def _open_move(self, dialog: QDialog) -> None:
        if self.move_dialog is not None:
            self.move_dialog.deleteLater()
        self.move_dialog = dialog
        self.move_opened.emit(dialog)
        dialog.open()
        dialog.activateWindow()  # the typing goes to the form, also where no window manager does it

    def ask_withdraw(self) -> None:
        """撤回: the applicant's written request, with its reason."""
        if self.case is None or not self.withdraw_button.isEnabled():
            return
        dialog = WithdrawDialog(self.app, self.case.case_no, self)
        dialog.moved.connect(self._after_write)
        self._open_move(dialog)

    def ask_express(self) -> None:
        """快递送达: carrier and tracking number; then the 送达回证 is offered in the preview."""
        if self.case is None or not self.express_button.isEnabled():
            return
        dialog = ExpressDialog(self.app, self.case.case_no, self)
        dialog.moved.connect(self._sent_by_express)
        self._open_move(dialog)

    def _sent_by_express(self, case: CaseDetail) -> None:
        self._after_write(case)
        index = self.document_combo.findData("delivery")
        if index >= 0:
            self.document_combo.setCurrentIndex(index)
            self.preview_selected()

    def ask_close(self) -> None:
        """办结: the signed receipt of an express delivery came back."""
        if self.case is None or not self.close_case_button.isEnabled():
            return
        number = self.case.case_no
        question = self.tr(
            "Close case %1? Do this when the signed delivery receipt has come back."
        ).replace("%1", number)
        if not self.app.dialogs.confirm(self, question):
            return
        self.app.tasks.run(
            cases.close_case, self.app.services, number, on_done=self._after_write, on_error=self._error
        )

    def refresh(self) -> None:
        if self.case is not None:
            self.app.tasks.run(
                cases_show, self.app, self.case.case_no, on_done=self.show_case, on_error=self._error
            )


def cases_show(app: AppContext, number: str) -> CaseDetail:
    from windowdesk.services.cases import show_case

    return show_case(app.services, number)
