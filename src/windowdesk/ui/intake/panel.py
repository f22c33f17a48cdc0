"""The clerk's intake panel: find a case by scan or number, or take in a new application.

A USB barcode scanner types the case number and Enter: wherever the focus is in the counter window,
the scan opens that case (:mod:`.scanner`). Typing a number in the lookup field (F9) and Enter does
the same.
"""

from __future__ import annotations

import uuid

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QScrollArea,
    QSplitter,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from windowdesk.domain.intake import OUTCOMES, Rejection
from windowdesk.services import cases
from windowdesk.services import cases as case_views
from windowdesk.services import cases as intake_matters
from windowdesk.services.cases import CaseDetail
from windowdesk.ui.app_context import AppContext
from windowdesk.ui.intake import labels
from windowdesk.ui.intake.applicant_form import ApplicantForm
from windowdesk.ui.intake.case_page import CasePage
from windowdesk.ui.intake.checklist import ChecklistTable
from windowdesk.ui.intake.printing import PrintService
from windowdesk.ui.intake.scanner import ScanDetector

INTAKE_PAGE, CASE_PAGE = 0, 1


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
        layout = QVBoxLayout(self)

        lookup = QHBoxLayout()
        self.lookup_edit = QLineEdit(self)
        self.lookup_edit.setObjectName("caseLookupEdit")
        self.lookup_edit.setPlaceholderText(self.tr("Scan or type a case number, then Enter"))
        self.open_button = QPushButton(self.tr("Open case"), self)
        self.open_button.setObjectName("openCaseButton")
        self.new_button = QPushButton(self.tr("New application"), self)
        self.new_button.setObjectName("newIntakeButton")
        self.ticket_label = QLabel(self)
        self.ticket_label.setObjectName("ticketLabel")
        lookup.addWidget(QLabel(self.tr("Case:"), self))
        lookup.addWidget(self.lookup_edit, 1)
        lookup.addWidget(self.open_button)
        lookup.addStretch(1)
        lookup.addWidget(self.ticket_label)
        lookup.addWidget(self.new_button)
        layout.addLayout(lookup)

        self.stack = QStackedWidget(self)
        self.stack.setObjectName("intakeStack")
        self.stack.addWidget(self._build_intake_page())
        self.case_page = CasePage(app, self.printers, self)
        self.stack.addWidget(self.case_page)
        layout.addWidget(self.stack, 1)

        self.lookup_edit.returnPressed.connect(self.open_typed_case)
        self.open_button.clicked.connect(self.open_typed_case)
        self.new_button.clicked.connect(self.new_application)
        QShortcut(QKeySequence("F9"), self, activated=self.focus_lookup)
        self.scanner = ScanDetector(self)
        self.scanner.scanned.connect(self.open_scanned_case)
        self.new_application()

    # -- building --------------------------------------------------------------------------------------
    def _build_intake_page(self) -> QWidget:
        page = QSplitter(Qt.Orientation.Horizontal, self)
        left = QWidget(page)
        left_layout = QVBoxLayout(left)
        matter_box = QGroupBox(self.tr("Matter"), left)
        matter_layout = QVBoxLayout(matter_box)
        self.matter_search = QLineEdit(matter_box)
        self.matter_search.setObjectName("matterSearchEdit")
        self.matter_search.setPlaceholderText(self.tr("Search the catalogue: name, code or pinyin initials"))
        self.matter_list = QListWidget(matter_box)
        self.matter_list.setObjectName("matterList")
        self.matter_list.setMaximumHeight(140)
        self.matter_label = QLabel(self.tr("No matter chosen"), matter_box)
        self.matter_label.setObjectName("matterLabel")
        self.matter_label.setWordWrap(True)
        matter_layout.addWidget(self.matter_search)
        matter_layout.addWidget(self.matter_list)
        matter_layout.addWidget(self.matter_label)
        left_layout.addWidget(matter_box)
        applicant_box = QGroupBox(self.tr("Applicant"), left)
        applicant_layout = QVBoxLayout(applicant_box)
        self.applicant_form = ApplicantForm(applicant_box)
        applicant_layout.addWidget(self.applicant_form)
        left_layout.addWidget(applicant_box)
        left_layout.addStretch(1)
        scroll = QScrollArea(page)
        scroll.setWidgetResizable(True)
        scroll.setWidget(left)

        right = QWidget(page)
        right_layout = QVBoxLayout(right)
        materials_box = QGroupBox(self.tr("Materials"), right)
        materials_layout = QVBoxLayout(materials_box)
        self.checklist = ChecklistTable(materials_box)
        materials_layout.addWidget(self.checklist)
        self.all_received_button = QPushButton(self.tr("Mark unchecked as received"), materials_box)
        self.all_received_button.setObjectName("allReceivedButton")
        materials_layout.addWidget(self.all_received_button, 0, Qt.AlignmentFlag.AlignRight)
        right_layout.addWidget(materials_box, 3)

        decision_box = QGroupBox(self.tr("Decision"), right)
        decision = QFormLayout(decision_box)
        self.outcome_combo = QComboBox(decision_box)
        self.outcome_combo.setObjectName("outcomeCombo")
        for code in OUTCOMES:
            self.outcome_combo.addItem(labels.outcome(code), code)
        self.reject_reason = QLineEdit(decision_box)
        self.reject_reason.setObjectName("rejectReasonEdit")
        self.reject_basis = QLineEdit(decision_box)
        self.reject_basis.setObjectName("rejectBasisEdit")
        self.competent_office = QLineEdit(decision_box)
        self.competent_office.setObjectName("competentOfficeEdit")
        self.competent_office.setPlaceholderText(self.tr("where known"))
        self.result_edit = QLineEdit(decision_box)
        self.result_edit.setObjectName("resultEdit")
        self.hint = QLabel(decision_box)
        self.hint.setObjectName("decisionHint")
        self.hint.setWordWrap(True)
        self.decide_button = QPushButton(self.tr("Record decision"), decision_box)
        self.decide_button.setObjectName("decideButton")
        decision.addRow(self.tr("Outcome"), self.outcome_combo)
        decision.addRow(self.tr("Reason for not accepting"), self.reject_reason)
        decision.addRow(self.tr("Legal basis"), self.reject_basis)
        decision.addRow(self.tr("Competent office"), self.competent_office)
        decision.addRow(self.tr("On-the-spot result"), self.result_edit)
        decision.addRow(self.hint)
        decision.addRow(self.decide_button)
        right_layout.addWidget(decision_box, 2)
        page.addWidget(scroll)
        page.addWidget(right)
        page.setStretchFactor(0, 2)
        page.setStretchFactor(1, 5)

        self.matter_search.textChanged.connect(self.search_matters)
        self.matter_list.itemActivated.connect(self.choose_matter)
        self.matter_list.itemClicked.connect(self.choose_matter)
        self.applicant_form.id_entered.connect(self.look_up_applicant)
        self.all_received_button.clicked.connect(self.checklist.mark_all_received)
        self.checklist.changed.connect(self._suggest_outcome)
        self.outcome_combo.currentIndexChanged.connect(self._outcome_changed)
        self.decide_button.clicked.connect(self.decide)
        self._outcome_changed()
        return page

    # -- public API (the counter face and the queue panel use these) --------------------------------------
    def set_ticket(self, ticket_id: uuid.UUID | None, label: str = "") -> None:
        """The ticket being served: a case recorded now is linked to it."""
        self.ticket_id = ticket_id
        self.case_page.ticket_id = ticket_id
        self.ticket_label.setText(self.tr("Ticket %1").replace("%1", label) if ticket_id else "")

    def new_application(self) -> None:
        self.draft = None
        self.matter_search.clear()
        self.matter_label.setText(self.tr("No matter chosen"))
        self.checklist.load_notice((), {})
        self.applicant_form.clear()
        for edit in (self.reject_reason, self.reject_basis, self.competent_office, self.result_edit):
            edit.clear()
        self.outcome_combo.setCurrentIndex(0)
        self.stack.setCurrentIndex(INTAKE_PAGE)
        self.search_matters("")
        self.focus_lookup()

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
        code = item.data(Qt.ItemDataRole.UserRole)
        self.app.tasks.run(
            cases.start_intake,
            self.app.services,
            code,
            self.ticket_id,
            on_done=self._matter_ready,
            on_error=self._error,
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
            self.case_decided.emit(case.case_no, self.ticket_id)
            self.app.hub.changed.emit("cases")
            self.show_case(case)
            self.case_page.preview_selected()  # the main document, ready to print

        self.app.tasks.run(cases.decide, self.app.services, decision, on_done=done, on_error=self._error)
