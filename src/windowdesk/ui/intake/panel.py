"""The clerk's intake panel: find a case by scan or number, or take in a new application.

A scanned notice opens its case wherever the focus is in the counter window (the counter face
listens to the application's :mod:`windowdesk.ui.scan_detector`). Typing a number in the lookup field (F9) and Enter does
the same. Layout: forms/intake_panel.ui (the checklist rows and the case page are built in code).
"""

from __future__ import annotations

import datetime as dt
import uuid
from collections.abc import Callable

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QListWidgetItem, QWidget

from windowdesk.domain.intake import OUTCOMES, Rejection
from windowdesk.services import cases
from windowdesk.services import cases as case_views
from windowdesk.services import cases as intake_matters
from windowdesk.services.cases import CaseDetail
from windowdesk.services.context import ServiceContext
from windowdesk.ui.app_context import AppContext
from windowdesk.ui.generated.ui_intake_panel import Ui_IntakePanel
from windowdesk.ui.intake import labels
from windowdesk.ui.intake.case_page import CasePage
from windowdesk.ui.intake.checklist import ALL_RECEIVED_KEY
from windowdesk.ui.intake.draft_keeper import IntakeDraftKeeper
from windowdesk.ui.printing import PrintService

INTAKE_PAGE, CASE_PAGE = 0, 1
CONFIRM_KEYS = ("Ctrl+Return", "Ctrl+Enter")  # confirm the outcome, or record the correction


def _hall_today(ctx: ServiceContext) -> dt.date:
    """On the store worker: the hall's day (its zone is a setting in the store)."""
    return ctx.clock.today()


class IntakePanel(QWidget):
    #: A case was decided: (case number, ticket id or None). The queue panel finishes its ticket on it.
    case_decided = Signal(str, object)

    def __init__(
        self, app: AppContext, parent: QWidget | None = None, printers: PrintService | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("intakePanel")
        self.app = app
        self.printers = printers or PrintService()
        self.ticket_id: uuid.UUID | None = None
        self.draft: cases.IntakeDraft | None = None
        self.ui = Ui_IntakePanel()
        self.ui.setupUi(self)
        # the names the counter face, the scanner and the tests use
        self.lookup_edit, self.open_button = self.ui.caseLookupEdit, self.ui.openCaseButton
        self.new_button, self.ticket_label = self.ui.newIntakeButton, self.ui.ticketLabel
        self.stack = self.ui.intakeStack
        self.matter_search, self.matter_list = self.ui.matterSearchEdit, self.ui.matterList
        self.matter_label, self.applicant_form = self.ui.matterLabel, self.ui.applicantForm
        self.checklist, self.all_received_button = self.ui.materialsTable, self.ui.allReceivedButton
        self.outcome_combo, self.hint = self.ui.outcomeCombo, self.ui.decisionHint
        self.reject_reason, self.reject_basis = self.ui.rejectReasonEdit, self.ui.rejectBasisEdit
        self.competent_office, self.result_edit = self.ui.competentOfficeEdit, self.ui.resultEdit
        self.decide_button = self.ui.decideButton
        for code in OUTCOMES:
            self.outcome_combo.addItem(labels.outcome(code), code)
        self.case_page = CasePage(app, self.printers, self)
        self.case_page.setObjectName("casePage")
        self.stack.addWidget(self.case_page)  # CASE_PAGE; needs the app, so it is added here

        self.lookup_edit.returnPressed.connect(self.open_typed_case)
        self.open_button.clicked.connect(self.open_typed_case)
        self.new_button.clicked.connect(self.new_application)
        self.matter_search.textChanged.connect(self.search_matters)
        self.matter_list.itemActivated.connect(self.choose_matter)
        self.matter_list.itemClicked.connect(self.choose_matter)
        self.applicant_form.id_entered.connect(self.look_up_applicant)
        self.all_received_button.clicked.connect(self.checklist.mark_all_received)
        self.checklist.changed.connect(self._suggest_outcome)
        self.outcome_combo.currentIndexChanged.connect(self._outcome_changed)
        self.decide_button.clicked.connect(self.decide)
        self._outcome_changed()
        QShortcut(QKeySequence("F9"), self, activated=self.focus_lookup)
        for keys in CONFIRM_KEYS:
            QShortcut(QKeySequence(keys), self, activated=self.confirm)
        self.all_received_button.setShortcut(QKeySequence(ALL_RECEIVED_KEY))
        self.all_received_button.setToolTip(ALL_RECEIVED_KEY)
        self.matter_search.returnPressed.connect(self.choose_first_matter)
        QShortcut(  # ↓ in the search goes to the results
            QKeySequence(Qt.Key.Key_Down),
            self.matter_search,
            activated=self.go_to_results,
            context=Qt.ShortcutContext.WidgetShortcut,
        )
        self.new_application()
        # The intake in progress survives a power cut: kept as a draft, offered again at start.
        self.draft_keeper = IntakeDraftKeeper(self)
        self.new_button.clicked.connect(self.draft_keeper.discard)
        self.draft_keeper.offer()

    # -- public API (the counter face and the queue panel use these) --------------------------------------
    def set_ticket(self, ticket_id: uuid.UUID | None, label: str = "") -> None:
        """The ticket being served: a case recorded now is linked to it. A new applicant at a blank
        intake starts with the matter: the focus goes to its search (a notice is scanned from anywhere)."""
        starts = ticket_id is not None and ticket_id != self.ticket_id
        if starts and self.draft is None and self.stack.currentIndex() == INTAKE_PAGE and self.isVisible():
            self.matter_search.setFocus(Qt.FocusReason.OtherFocusReason)
        self.ticket_id = ticket_id
        self.case_page.ticket_id = ticket_id
        self.ticket_label.setText(self.tr("Ticket %1").replace("%1", label) if ticket_id else "")

    def new_application(self) -> None:
        self.draft = None
        self.lookup_edit.clear()  # the previous applicant's case number goes too
        self.matter_search.clear()
        self.matter_label.setText(self.tr("No matter chosen"))
        self.checklist.load_notice((), {})
        self.applicant_form.clear()
        self.app.tasks.run(  # the hall's day, which bounds a birth date in an ID number
            _hall_today, self.app.services, on_done=self._set_today, on_error=self._error
        )
        for edit in (self.reject_reason, self.reject_basis, self.competent_office, self.result_edit):
            edit.clear()
        self.outcome_combo.setCurrentIndex(0)
        self.stack.setCurrentIndex(INTAKE_PAGE)
        self.search_matters("")
        self._suggest_outcome()  # the previous applicant's hint goes with them
        self.focus_lookup()

    def visit_outcome(self) -> str | None:
        """The ticket outcome (domain.queue.Outcome) that what is on screen stands for: the case's, or
        consultation when nothing was taken in; None when an intake is under way."""
        case = self.case_page.case if self.stack.currentIndex() == CASE_PAGE else None
        if case is None:
            return "consultation" if self.draft is None else None
        if case.summary.outcome == "rejected":
            return "rejected"
        return "incomplete" if case.summary.status == "awaiting_correction" else "handled"

    def clear_after_visit(self) -> None:
        """The applicant has left: nothing of theirs stays on screen, nor in the kept draft."""
        self.draft_keeper.discard()
        self.case_page.clear()
        self.new_application()

    def _set_today(self, today: dt.date) -> None:
        self.applicant_form.today = today

    def focus_lookup(self) -> None:
        self.lookup_edit.setFocus()
        self.lookup_edit.selectAll()

    def open_case(self, number: str) -> None:
        self.app.tasks.run(
            case_views.show_case, self.app.services, number, on_done=self.show_case, on_error=self._error
        )

    def show_case(self, case: CaseDetail) -> None:
        self.case_page.show_case(case)
        self.stack.setCurrentIndex(CASE_PAGE)
        self.lookup_edit.setText(case.case_no)
        self.lookup_edit.selectAll()

    # -- slots --------------------------------------------------------------------------------------------
    def _error(self, exc: BaseException) -> None:
        self.app.dialogs.show_exception(self, exc)

    def open_scanned_case(self, number: str) -> None:
        self.lookup_edit.setText(number)
        self.open_case(number)

    def open_typed_case(self) -> None:
        text = self.lookup_edit.text().strip()
        if text:
            self.open_case(text)

    def search_matters(self, text: str) -> None:
        def shown(found: list[tuple[str, str]]) -> None:
            self.matter_list.clear()
            for code, name in found:
                item = QListWidgetItem(f"{name}  ·  {code}", self.matter_list)
                item.setData(Qt.ItemDataRole.UserRole, code)

        self.app.tasks.run(
            intake_matters.search_matters, self.app.services, text, on_done=shown, on_error=self._error
        )

    def choose_matter(self, item: QListWidgetItem) -> None:
        self.start_matter(item.data(Qt.ItemDataRole.UserRole), then=self.applicant_form.id_number.setFocus)

    def choose_first_matter(self) -> None:
        """Enter in the search: the result chosen with ↓, else the first one."""
        item = self.matter_list.currentItem() or self.matter_list.item(0)
        if item is not None:
            self.choose_matter(item)

    def go_to_results(self) -> None:
        if self.matter_list.count():
            self.matter_list.setCurrentRow(0)
            self.matter_list.setFocus()

    def confirm(self) -> None:
        """Ctrl+Enter: confirm the intake's outcome, or on a 补正 visit record the correction."""
        if self.stack.currentIndex() == INTAKE_PAGE:
            self.decide()
        elif (
            self.case_page.correction_box.isVisibleTo(self.case_page)
            and self.case_page.record_button.isEnabled()
        ):
            self.case_page.record_correction()

    def start_matter(self, code: str, then: Callable[[], None] | None = None) -> None:
        def ready(draft: cases.IntakeDraft) -> None:
            self._matter_ready(draft)
            if then is not None:
                then()
            self.draft_keeper.changed()

        self.app.tasks.run(
            cases.start_intake, self.app.services, code, self.ticket_id, on_done=ready, on_error=self._error
        )

    def _matter_ready(self, draft: cases.IntakeDraft) -> None:
        self.draft = draft
        m = draft.matter
        kind = (
            self.tr("done on the spot")
            if m.on_the_spot
            else self.tr("promised %1 working days").replace("%1", str(m.promised_limit_workdays))
        )
        self.matter_label.setText(f"<b>{m.name}</b>（{m.code}）<br>{m.department} · {kind}")
        self.checklist.load_matter(m)
        self._suggest_outcome()

    def look_up_applicant(self, number: str) -> None:
        if not number.strip():
            return

        def found(returning: cases.ReturningApplicant | None) -> None:
            if returning is not None:
                self.applicant_form.fill_returning(returning.applicant)

        self.app.tasks.run(
            cases.find_applicant, self.app.services, number, on_done=found, on_error=self._error
        )

    def _suggest_outcome(self) -> None:
        if self.draft is None:
            self.hint.setText(self.tr("Choose the matter first."))
            return
        blocking = self.checklist.blocking_count()
        if blocking:
            self.hint.setText(
                self.tr(
                    "%n item(s) missing or non-conforming: issue the one-time notice listing all of them.",
                    "",
                    blocking,
                )
            )
            if self.outcome_combo.currentData() in ("accepted", "on_the_spot"):
                self.outcome_combo.setCurrentIndex(self.outcome_combo.findData("incomplete"))
        else:
            self.hint.setText("")
            if self.outcome_combo.currentData() == "incomplete":
                wanted = "on_the_spot" if self.draft.matter.on_the_spot else "accepted"
                self.outcome_combo.setCurrentIndex(self.outcome_combo.findData(wanted))

    def _outcome_changed(self) -> None:
        outcome = self.outcome_combo.currentData()
        for edit in (self.reject_reason, self.reject_basis, self.competent_office):
            edit.setEnabled(outcome == "rejected")
        self.result_edit.setEnabled(outcome == "on_the_spot")

    def decide(self) -> None:
        if self.draft is None:
            self.app.dialogs.error(self, self.tr("Choose the matter first."))
            return
        invalid = self.applicant_form.first_problem()
        if invalid is not None:  # its reason is under it; the clerk corrects it there
            invalid.setFocus()
            invalid.selectAll()
            return
        outcome = self.outcome_combo.currentData()
        rejection = None
        if outcome == "rejected":
            rejection = Rejection(
                self.reject_reason.text(), self.reject_basis.text(), self.competent_office.text()
            )
        decision = cases.IntakeDecision(
            self.draft.matter,
            self.applicant_form.applicant(),
            self.checklist.checks(),
            outcome,
            rejection,
            self.result_edit.text(),
            self.ticket_id,
        )

        def done(case: CaseDetail) -> None:
            self.draft_keeper.discard()
            self.case_decided.emit(case.case_no, self.ticket_id)
            self.app.hub.changed.emit("cases")
            self.show_case(case)
            self.case_page.preview_selected()  # the main document, ready to print

        self.app.tasks.run(cases.decide, self.app.services, decision, on_done=done, on_error=self._error)
