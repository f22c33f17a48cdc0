"""Who applies: a person or an organisation, and optionally an agent (代理人)."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QComboBox, QFormLayout, QGroupBox, QLineEdit, QVBoxLayout, QWidget

from windowdesk.domain.applicants import PERSON_ID_TYPES, Agent, Applicant
from windowdesk.ui.intake import labels


class ApplicantForm(QWidget):
    id_entered = Signal(str)  # an ID number was typed or scanned: look for a returning applicant

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        form = QFormLayout()
        layout.addLayout(form)
        self.kind = QComboBox(self)
        self.kind.setObjectName("applicantKindCombo")
        self.kind.addItem(self.tr("Person"), "person")
        self.kind.addItem(self.tr("Organisation"), "organisation")
        self.name = QLineEdit(self)
        self.name.setObjectName("applicantNameEdit")
        self.id_type = QComboBox(self)
        self.id_type.setObjectName("idTypeCombo")
        self.id_number = QLineEdit(self)
        self.id_number.setObjectName("idNumberEdit")
        self.id_number.setPlaceholderText(self.tr("type or scan the ID number"))
        self.phone = QLineEdit(self)
        self.phone.setObjectName("phoneEdit")
        self.legal_rep = QLineEdit(self)
        self.legal_rep.setObjectName("legalRepEdit")
        form.addRow(self.tr("Applicant type"), self.kind)
        form.addRow(self.tr("ID type"), self.id_type)
        form.addRow(self.tr("ID number"), self.id_number)
        form.addRow(self.tr("Name"), self.name)
        form.addRow(self.tr("Phone"), self.phone)
        form.addRow(self.tr("Legal representative"), self.legal_rep)
        self.agent_box = QGroupBox(self.tr("Agent (代理人)"), self)
        self.agent_box.setObjectName("agentGroup")
        self.agent_box.setCheckable(True)
        self.agent_box.setChecked(False)
        agent_form = QFormLayout(self.agent_box)
        self.agent_name = QLineEdit(self.agent_box)
        self.agent_name.setObjectName("agentNameEdit")
        self.agent_id_type = QComboBox(self.agent_box)
        self.agent_id_type.setObjectName("agentIdTypeCombo")
        for code in PERSON_ID_TYPES:
            self.agent_id_type.addItem(labels.id_type(code), code)
        self.agent_id = QLineEdit(self.agent_box)
        self.agent_id.setObjectName("agentIdEdit")
        self.agent_phone = QLineEdit(self.agent_box)
        self.agent_phone.setObjectName("agentPhoneEdit")
        self.authorisation = QLineEdit(self.tr("Letter of authorisation"), self.agent_box)
        self.authorisation.setObjectName("authorisationEdit")
        agent_form.addRow(self.tr("Name"), self.agent_name)
        agent_form.addRow(self.tr("ID type"), self.agent_id_type)
        agent_form.addRow(self.tr("ID number"), self.agent_id)
        agent_form.addRow(self.tr("Phone"), self.agent_phone)
        agent_form.addRow(self.tr("Authorisation"), self.authorisation)
        layout.addWidget(self.agent_box)
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
