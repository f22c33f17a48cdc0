"""The materials checklist: one row per material of the frozen matter snapshot (or, on a 补正 visit,
one row per item of the one-time notice and nothing else).

By keyboard: on a row (the table or its status combo has the focus) 1 marks the material received,
2 missing, 3 not conforming; the focus then moves to the next row, or to the reason when one is needed.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt, Signal
from PySide6.QtGui import QFocusEvent, QKeyEvent
from PySide6.QtWidgets import (
    QComboBox,
    QHeaderView,
    QLineEdit,
    QSpinBox,
    QTableWidget,
    QTableWidgetItem,
    QWidget,
)

from windowdesk.domain.intake import MaterialCheck
from windowdesk.domain.matter_snapshot import FORMS, MatterSnapshot
from windowdesk.domain.one_time import NoticeItem
from windowdesk.ui.intake import labels

NAME, REQUIREMENT, STATUS, FORM, COUNT, REASON = range(6)
ARRIVED = ("received", "fixed")
NEEDS_REASON = ("nonconforming", "not_applicable", "fixed")
ALL_RECEIVED_KEY = "Ctrl+Shift+A"  # the "mark unchecked as received" buttons of intake and correction
STATUS_KEYS = {Qt.Key.Key_1: "received", Qt.Key.Key_2: "missing", Qt.Key.Key_3: "nonconforming"}


class ChecklistTable(QTableWidget):
    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(0, 6, parent)
        self.setObjectName("materialsTable")
        self.setHorizontalHeaderLabels(
            [
                self.tr("Material"),
                self.tr("Required"),
                self.tr("Checked"),
                self.tr("Original/copy"),
                self.tr("Count"),
                self.tr("Reason"),
            ]
        )
        header = self.horizontalHeader()
        header.setSectionResizeMode(NAME, QHeaderView.ResizeMode.Stretch)  # the name matters most
        header.setSectionResizeMode(REASON, QHeaderView.ResizeMode.Interactive)
        header.resizeSection(REASON, 150)
        for column in (REQUIREMENT, STATUS, FORM, COUNT):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        self.verticalHeader().setVisible(False)
        self.setSelectionMode(QTableWidget.SelectionMode.NoSelection)
        # A material's name wraps onto a second line rather than ending in "…" on a narrow screen.
        self.setWordWrap(True)
        self.setTextElideMode(Qt.TextElideMode.ElideNone)
        header.sectionResized.connect(lambda *_: self.resizeRowsToContents())
        self.keys: list[str] = []

    # -- building ------------------------------------------------------------------------------------
    def load_matter(self, matter: MatterSnapshot) -> None:
        """Every material of the matter, unchecked; conditional and optional ones may be not applicable."""
        self._reset()
        for material in matter.materials:
            statuses = ["", "received", "fixed", "missing", "nonconforming"]
            if material.requirement != "required":
                statuses.append("not_applicable")
            tip = "\n".join(t for t in (material.name, material.condition, material.standard) if t)
            self._add_row(
                material.key,
                material.name,
                labels.requirement(material.requirement),
                statuses,
                material.form,
                material.count,
                tip,
            )

    def load_notice(self, items: tuple[NoticeItem, ...], arrived: dict) -> None:
        """A 补正 visit: only the listed items still outstanding; nothing can be added."""
        self._reset()
        for item in items:
            if arrived.get(item.key):
                continue
            tip = "\n".join(t for t in (item.name, item.reason, item.standard) if t)
            self._add_row(
                item.key,
                item.name,
                labels.check_status(item.problem),
                ["", "received", "fixed", "missing", "nonconforming"],
                item.form,
                item.count,
                tip,
            )

    def _reset(self) -> None:
        self.setRowCount(0)
        self.keys = []

    def _add_row(
        self, key: str, name: str, requirement: str, statuses: list[str], form: str, count: int, tip: str
    ) -> None:
        row = self.rowCount()
        self.insertRow(row)
        self.keys.append(key)
        name_item = QTableWidgetItem(name)
        name_item.setFlags(Qt.ItemFlag.ItemIsEnabled)
        name_item.setToolTip(tip)
        self.setItem(row, NAME, name_item)
        req_item = QTableWidgetItem(requirement)
        req_item.setFlags(Qt.ItemFlag.ItemIsEnabled)
        self.setItem(row, REQUIREMENT, req_item)
        status = QComboBox(self)
        status.setObjectName(f"statusCombo_{row}")
        for code in statuses:
            status.addItem(labels.check_status(code), code)
        forms = QComboBox(self)
        forms.setObjectName(f"formCombo_{row}")
        for code in FORMS:
            forms.addItem(labels.form(code), code)
        forms.setCurrentIndex(max(0, forms.findData(form)))
        spin = QSpinBox(self)
        spin.setObjectName(f"countSpin_{row}")
        spin.setRange(1, 99)
        spin.setValue(max(1, count))
        reason = QLineEdit(self)
        reason.setObjectName(f"reasonEdit_{row}")
        reason.setPlaceholderText(self.tr("reason"))
        self.setCellWidget(row, STATUS, status)
        self.setCellWidget(row, FORM, forms)
        self.setCellWidget(row, COUNT, spin)
        self.setCellWidget(row, REASON, reason)
        status.installEventFilter(self)  # 1/2/3 on the combo set the status rather than search its items
        status.currentIndexChanged.connect(lambda _i, r=row: self._status_changed(r))
        reason.textChanged.connect(self.changed)
        self._status_changed(row)
        self.resizeRowToContents(row)

    def _status_changed(self, row: int) -> None:
        code = self.status_of(row)
        self.cellWidget(row, FORM).setEnabled(code in ARRIVED)
        self.cellWidget(row, COUNT).setEnabled(code in ARRIVED)
        self.cellWidget(row, REASON).setEnabled(code in NEEDS_REASON)
        self.changed.emit()

    # -- the keyboard ------------------------------------------------------------------------------
    def focusInEvent(self, event: QFocusEvent) -> None:  # noqa: N802 (Qt's name)
        """Tab into the list lands on the status of the first material still unchecked (Shift+Tab on
        the last one), where 1/2/3 work and the focus frame shows which material it is."""
        super().focusInEvent(event)
        reason = event.reason()
        if self.rowCount() == 0 or reason not in (Qt.FocusReason.TabFocusReason, Qt.FocusReason.BacktabFocusReason):
            return
        rows = range(self.rowCount())
        if reason == Qt.FocusReason.TabFocusReason:
            row = next((r for r in rows if self.status_of(r) == ""), 0)
        else:
            row = self.rowCount() - 1
        self.setCurrentCell(row, STATUS)
        self.cellWidget(row, STATUS).setFocus(reason)

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 (Qt's name)
        if not self._status_key(self.currentRow(), event):
            super().keyPressEvent(event)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt's name)
        if event.type() == QEvent.Type.KeyPress and isinstance(watched, QComboBox):
            row = next((r for r in range(self.rowCount()) if self.cellWidget(r, STATUS) is watched), -1)
            return self._status_key(row, event)  # type: ignore[arg-type]
        return super().eventFilter(watched, event)

    def _status_key(self, row: int, event: QKeyEvent) -> bool:
        code = STATUS_KEYS.get(event.key())
        plain = not event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier
        if code is None or not plain or not 0 <= row < self.rowCount():
            return False
        combo: QComboBox = self.cellWidget(row, STATUS)
        if combo.findData(code) < 0:
            return False
        combo.setCurrentIndex(combo.findData(code))
        if code in NEEDS_REASON:
            self.cellWidget(row, REASON).setFocus()
        elif row + 1 < self.rowCount():
            self.setCurrentCell(row + 1, STATUS)
            self.cellWidget(row + 1, STATUS).setFocus()
        return True

    # -- reading and setting -----------------------------------------------------------------------
    def status_of(self, row: int) -> str:
        return self.cellWidget(row, STATUS).currentData()

    def set_row(
        self, row: int, status: str, form: str | None = None, count: int | None = None, reason: str = ""
    ) -> None:
        combo: QComboBox = self.cellWidget(row, STATUS)
        combo.setCurrentIndex(combo.findData(status))
        if form is not None:
            forms: QComboBox = self.cellWidget(row, FORM)
            forms.setCurrentIndex(forms.findData(form))
        if count is not None:
            self.cellWidget(row, COUNT).setValue(count)
        self.cellWidget(row, REASON).setText(reason)

    def mark_all_received(self) -> None:
        for row in range(self.rowCount()):
            if self.status_of(row) == "":
                self.set_row(row, "received")

    def checks(self) -> tuple[MaterialCheck, ...]:
        """The rows the clerk has checked (unchecked rows are left out: the service names them)."""
        rows = []
        for row, key in enumerate(self.keys):
            code = self.status_of(row)
            if not code:
                continue
            arrived = code in ARRIVED
            rows.append(
                MaterialCheck(
                    key,
                    code,
                    self.cellWidget(row, FORM).currentData() if arrived else "",
                    self.cellWidget(row, COUNT).value() if arrived else 0,
                    self.cellWidget(row, REASON).text().strip() if code in NEEDS_REASON else "",
                )
            )
        return tuple(rows)

    def blocking_count(self) -> int:
        return sum(1 for row in range(self.rowCount()) if self.status_of(row) in ("missing", "nonconforming"))
