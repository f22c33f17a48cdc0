"""Who applies: a person or an organisation, and optionally an agent (代理人). Layout: forms/applicant_form.ui."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QWidget

from windowdesk.domain.applicants import PERSON_ID_TYPES, Agent, Applicant
from windowdesk.ui.generated.ui_applicant_form import Ui_ApplicantForm
from windowdesk.ui.intake import labels


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
        self._kind_changed()

    def _kind_changed(self) -> None:
        organisation = self.kind.currentData() == "organisation"
        self.id_type.clear()
        for code in ("credit_code",) if organisation else PERSON_ID_TYPES:
            self.id_type.addItem(labels.id_type(code), code)
        self.legal_rep.setEnabled(organisation)

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
