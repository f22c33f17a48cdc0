"""Who applies: a person or an organisation, and optionally an agent (代理人). Layout: forms/applicant_form.ui.

ID numbers, credit codes and phone numbers are checked as they are typed, by the same domain rules
the intake service applies: a field turns red (style state ``error``) with the reason under it as soon
as it cannot become valid (a letter in a phone number, a wrong check character), and when the clerk
leaves it incomplete. Confirming an intake first sends the focus to the first field with a problem.
"""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QComboBox, QLabel, QLineEdit, QWidget

from windowdesk.domain.applicants import PERSON_ID_TYPES, Agent, Applicant, validate_id_number, validate_phone
from windowdesk.errors import UserError
from windowdesk.ui.generated.ui_applicant_form import Ui_ApplicantForm
from windowdesk.ui.intake import labels
from windowdesk.ui.intake.field_checks import padded_to_full_length, still_typing_id, still_typing_phone
from windowdesk.ui.style import set_state


class ApplicantForm(QWidget):
    id_entered = Signal(str)  # an ID number was typed or scanned: look for a returning applicant

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = Ui_ApplicantForm()
        self.ui.setupUi(self)
        # the names the intake panel and the tests use
        self.kind, self.name = self.ui.applicantKindCombo, self.ui.applicantNameEdit
        self.id_type, self.id_number = self.ui.idTypeCombo, self.ui.idNumberEdit
        self.phone, self.legal_rep = self.ui.phoneEdit, self.ui.legalRepEdit
        self.agent_box, self.agent_name = self.ui.agentGroup, self.ui.agentNameEdit
        self.agent_id_type, self.agent_id = self.ui.agentIdTypeCombo, self.ui.agentIdEdit
        self.agent_phone, self.authorisation = self.ui.agentPhoneEdit, self.ui.authorisationEdit
        self.kind.addItem(self.tr("Person"), "person")
        self.kind.addItem(self.tr("Organisation"), "organisation")
        for code in PERSON_ID_TYPES:
            self.agent_id_type.addItem(labels.id_type(code), code)
        self.kind.currentIndexChanged.connect(self._kind_changed)
        self.id_number.editingFinished.connect(lambda: self.id_entered.emit(self.id_number.text()))
        #: The hall's day (set by the intake panel from the services' clock): bounds a birth date.
        self.today: dt.date | None = None
        # (field, its ID type combo or None for a phone, the label under it)
        self._checked: list[tuple[QLineEdit, QComboBox | None, QLabel]] = [
            (self.id_number, self.id_type, self.ui.idNumberProblem),
            (self.phone, None, self.ui.phoneProblem),
            (self.agent_id, self.agent_id_type, self.ui.agentIdProblem),
            (self.agent_phone, None, self.ui.agentPhoneProblem),
        ]
        for edit, id_type, _label in self._checked:
            edit.textChanged.connect(lambda _t, e=edit: self.check(e, final=False))
            edit.editingFinished.connect(lambda e=edit: self.check(e, final=True))
            if id_type is not None:
                id_type.currentIndexChanged.connect(lambda _i, e=edit: self.check(e, final=not e.hasFocus()))
        self.agent_box.toggled.connect(lambda _on: self.check(self.agent_id, final=False))
        self._kind_changed()

    def _kind_changed(self) -> None:
        organisation = self.kind.currentData() == "organisation"
        self.id_type.clear()
        for code in ("credit_code",) if organisation else PERSON_ID_TYPES:
            self.id_type.addItem(labels.id_type(code), code)
        self.legal_rep.setEnabled(organisation)

    # -- checking as typed ------------------------------------------------------------------------------
    def problem(self, edit: QLineEdit, *, final: bool = True) -> str | None:
        """Why the field's text is not acceptable, in the user's language; None when it is (or may
        still become so while it is being typed, unless ``final``)."""
        id_type = next(t for e, t, _l in self._checked if e is edit)
        text = edit.text()
        agent_field = edit in (self.agent_id, self.agent_phone)
        if agent_field and not self.agent_box.isChecked():
            return None
        try:
            if id_type is None:
                validate_phone(text)
            elif text.strip() or final:
                validate_id_number(id_type.currentData(), text, today=self.today or dt.date.max)
        except UserError as exc:
            if id_type is None:
                return None if still_typing_phone(text) and not final else exc.message
            kind = id_type.currentData()
            if still_typing_id(kind, text):
                return exc.message if final else None
            try:  # a wrong character in a short number: name it, not the length
                validate_id_number(kind, padded_to_full_length(kind, text), today=self.today or dt.date.max)
            except UserError as wrong_character:
                return wrong_character.message
            return exc.message
        return None

    def check(self, edit: QLineEdit, *, final: bool) -> str | None:
        """Show the field's problem (red, the reason under it) or clear it; returns the problem."""
        label = next(lbl for e, _t, lbl in self._checked if e is edit)
        reason = self.problem(edit, final=final) if edit.text().strip() or not final else None
        set_state(edit, "error", reason is not None)
        label.setText(reason or "")
        label.setVisible(reason is not None)
        return reason

    def first_problem(self) -> QLineEdit | None:
        """Every checked field checked as final (an empty ID number too); the first with a problem."""
        first = None
        for edit, _t, label in self._checked:
            reason = self.problem(edit, final=True)
            set_state(edit, "error", reason is not None)
            label.setText(reason or "")
            label.setVisible(reason is not None)
            if reason is not None and first is None:
                first = edit
        return first

    def applicant(self) -> Applicant:
        agent = None
        if self.agent_box.isChecked():
            agent = Agent(
                self.agent_name.text(),
                self.agent_id_type.currentData(),
                self.agent_id.text(),
                self.agent_phone.text(),
                self.authorisation.text(),
            )
        organisation = self.kind.currentData() == "organisation"
        return Applicant(
            self.kind.currentData(),
            self.name.text(),
            self.id_type.currentData(),
            self.id_number.text(),
            self.phone.text(),
            self.legal_rep.text() if organisation else "",
            agent,
        )

    def fill_returning(self, applicant: Applicant) -> None:
        """Prefill a returning applicant's name (and kind); the phone is asked again (it was masked)."""
        self.kind.setCurrentIndex(self.kind.findData(applicant.kind))
        if not self.name.text():
            self.name.setText(applicant.name)
        if applicant.legal_representative and not self.legal_rep.text():
            self.legal_rep.setText(applicant.legal_representative)

    def clear(self) -> None:
        for edit in (
            self.name,
            self.id_number,
            self.phone,
            self.legal_rep,
            self.agent_name,
            self.agent_id,
            self.agent_phone,
        ):
            edit.clear()
        self.kind.setCurrentIndex(0)
        self.agent_box.setChecked(False)
        for edit, _t, label in self._checked:
            set_state(edit, "error", False)
            label.clear()
            label.setVisible(False)
