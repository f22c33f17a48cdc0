"""The dialog of 督办 / 说明 / 办结 on the supervisor's desk: whom it is for, a note, and for an urge
a due date; for closing a conclusion."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QDate
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QPlainTextEdit,
    QWidget,
)


class HandlingDialog(QDialog):
    """A note, and for an urge a due date; for closing a conclusion."""

    def __init__(
        self,
        title: str,
        parent: QWidget,
        *,
        target: str = "",
        due: dt.date | None = None,
        conclusion: bool = False,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        form = QFormLayout(self)
        self.target = QLabel(target, self)  # what the supervisor acts on, named before they confirm
        self.target.setObjectName("handlingTarget")
        self.target.setWordWrap(True)
        form.addRow(self.tr("For"), self.target)
        self.note = QPlainTextEdit(self)
        self.note.setMinimumSize(360, 90)
        form.addRow(self.tr("Note"), self.note)
        self.due = None
        if due is not None:
            self.due = QDateEdit(QDate(due), self)
            self.due.setCalendarPopup(True)
            self.due.setDisplayFormat("yyyy-MM-dd")
            form.addRow(self.tr("Answer by"), self.due)
        self.conclusion = None
        if conclusion:
            self.conclusion = QComboBox(self)
            self.conclusion.addItem(self.tr("Justified"), "justified")
            self.conclusion.addItem(self.tr("Not justified"), "unjustified")
            form.addRow(self.tr("Conclusion"), self.conclusion)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form.addRow(buttons)
