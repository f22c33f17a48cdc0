"""The small forms of the department desk: a pause, a decision, a reason (return, extension)."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLineEdit,
    QPlainTextEdit,
    QRadioButton,
    QSpinBox,
    QWidget,
)

from windowdesk.domain import case_stages as stages
from windowdesk.ui.cases import labels


class _Form(QDialog):
    def __init__(self, title: str, parent: QWidget | None) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self.form = QFormLayout(self)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)

    def finish(self) -> None:
        self.form.addRow(self.buttons)


class PauseDialog(_Form):
    """特别程序: kind, reason, expected working days."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Pause the clock (special procedure)"), parent)
        self.kind = QComboBox(self)
        self.kind.setObjectName("pauseKindCombo")
        for code in stages.PAUSE_KINDS:
            self.kind.addItem(labels.pause_kind(code), code)
        self.reason = QLineEdit(self)
        self.reason.setObjectName("pauseReasonEdit")
        self.days = QSpinBox(self)
        self.days.setObjectName("pauseDaysSpin")
        self.days.setRange(1, 250)
        self.days.setValue(10)
        self.form.addRow(self.tr("Kind"), self.kind)
        self.form.addRow(self.tr("Reason"), self.reason)
        self.form.addRow(self.tr("Expected working days"), self.days)
        self.finish()

    def values(self) -> tuple[str, str, int]:
        return self.kind.currentData(), self.reason.text(), self.days.value()


class DecisionDialog(_Form):
    """准予 (licence number) or 不予许可 (reasons and legal basis)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Decide"), parent)
        self.approve = QRadioButton(self.tr("Approve"), self)
        self.approve.setObjectName("approveRadio")
        self.deny = QRadioButton(self.tr("Deny"), self)
        self.deny.setObjectName("denyRadio")
        self.approve.setChecked(True)
        self.licence = QLineEdit(self)
        self.licence.setObjectName("licenceEdit")
        self.reason = QPlainTextEdit(self)
        self.reason.setObjectName("denialReasonEdit")
        self.reason.setFixedHeight(60)
        self.basis = QLineEdit(self)
        self.basis.setObjectName("denialBasisEdit")
        self.form.addRow(self.approve)
        self.form.addRow(self.tr("Licence or certificate number"), self.licence)
        self.form.addRow(self.deny)
        self.form.addRow(self.tr("Reasons for the denial"), self.reason)
        self.form.addRow(self.tr("Legal basis"), self.basis)
        self.finish()

    def values(self) -> tuple[bool, str, str, str]:
        return self.approve.isChecked(), self.licence.text(), self.reason.toPlainText(), self.basis.text()


class ReasonDialog(_Form):
    """A reason, and for an extension request its working days."""

    def __init__(self, title: str, parent: QWidget | None = None, *, workdays: int | None = None) -> None:
        super().__init__(title, parent)
        self.reason = QLineEdit(self)
        self.reason.setObjectName("reasonEdit")
        self.form.addRow(self.tr("Reason"), self.reason)
        self.days: QSpinBox | None = None
        if workdays is not None:
            self.days = QSpinBox(self)
            self.days.setObjectName("extensionDaysSpin")
            self.days.setRange(1, 60)
            self.days.setValue(workdays)
            self.form.addRow(self.tr("Working days"), self.days)
        self.finish()

    def values(self) -> tuple[str, int | None]:
        return self.reason.text(), (self.days.value() if self.days else None)
