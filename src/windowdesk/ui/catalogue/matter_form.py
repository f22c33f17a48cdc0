"""The form a supervisor edits a matter in: its fields and its materials table.

:meth:`MatterForm.read` turns the widgets into a :class:`MatterSpec` plus any problems found while
reading (a fee that is not a number); the catalogue rules themselves come from the domain, so the
form and an import file are judged alike. Problems are listed under the form and the fields they
name are outlined in red.
"""

from __future__ import annotations

from decimal import Decimal, InvalidOperation

from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QHeaderView,
    QSpinBox,
    QTableWidgetItem,
    QWidget,
)

from windowdesk.domain.catalogue import VOCABULARIES, MaterialSpec, MatterSpec, Problem
from windowdesk.errors import current_language
from windowdesk.messages import N_
from windowdesk.services.catalogue import DepartmentInfo
from windowdesk.ui.catalogue.detail import vocabulary_label
from windowdesk.ui.generated.ui_matter_form import Ui_MatterForm
from windowdesk.ui.style import set_state

MATERIAL_COLUMNS = ("name", "requirement", "condition", "form", "count", "source", "format_notes", "template_ref",
                    "reusable", "validity_days")  # fmt: skip
_CHOICE_COLUMNS = {"requirement", "form", "source"}


def _fill_choices(combo: QComboBox, vocabulary: str) -> None:
    for code in VOCABULARIES[vocabulary]:
        combo.addItem(vocabulary_label(vocabulary, code), code)


def _choice_combo(vocabulary: str, parent: QWidget) -> QComboBox:
    combo = QComboBox(parent)
    _fill_choices(combo, vocabulary)
    return combo


def _select(combo: QComboBox, code: str) -> None:
    index = combo.findData(code)
    combo.setCurrentIndex(max(index, 0))


class MatterForm(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = Ui_MatterForm()
        self.ui.setupUi(self)  # forms/matter_form.ui: the layout; choices are filled from the domain here
        ui = self.ui
        self.code, self.name, self.short_name = ui.codeEdit, ui.nameEdit, ui.shortNameEdit
        self.department, self.kind, self.handling = ui.departmentCombo, ui.kindCombo, ui.handlingCombo
        _fill_choices(self.kind, "kind")
        _fill_choices(self.handling, "handling")
        self.statutory, self.promised = ui.statutorySpin, ui.promisedSpin
        self.fee, self.fee_basis = ui.feeEdit, ui.feeBasisEdit
        self.queue_category, self.window = ui.queueCategoryEdit, ui.windowEdit
        self.delivery_box = ui.deliveryBox
        self.delivery = {
            "window": ui.deliveryWindowCheck,
            "express": ui.deliveryExpressCheck,
            "online": ui.deliveryOnlineCheck,
        }
        for code, box in self.delivery.items():
            box.setText(vocabulary_label("delivery", code))
        self.active = ui.activeCheck
        self.extension, self.silence_consent = ui.extensionSpin, ui.silenceConsentCheck
        self.legal_basis, self.conditions, self.notes = ui.legalBasisEdit, ui.conditionsEdit, ui.notesEdit
        self.materials = ui.materialsEditTable
        # the texts share the width and wrap; choices, counts and ticks are as wide as they need
        header = self.materials.horizontalHeader()
        for column, field in enumerate(MATERIAL_COLUMNS):
            wide = field in {"name", "condition", "format_notes", "template_ref"}
            header.setSectionResizeMode(
                column, QHeaderView.ResizeMode.Stretch if wide else QHeaderView.ResizeMode.ResizeToContents
            )
        self.materials.setWordWrap(True)
        self.materials.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.problems = ui.problemsLabel
        self.handling.currentIndexChanged.connect(self._handling_changed)
        ui.addMaterialButton.clicked.connect(lambda: self.add_material(MaterialSpec("")))
        ui.removeMaterialButton.clicked.connect(self._remove_material)
        ui.moveMaterialUpButton.clicked.connect(lambda: self._move_material(-1))
        ui.moveMaterialDownButton.clicked.connect(lambda: self._move_material(1))

    def _handling_changed(self) -> None:
        """A matter done on the spot promises no days: the field says so instead of erring later."""
        on_the_spot = self.handling.currentData() == "immediate"
        if on_the_spot:
            self.promised.setValue(0)
        self.promised.setEnabled(not on_the_spot)

    def set_departments(self, departments: tuple[DepartmentInfo, ...]) -> None:
        current = self.department.currentData()
        self.department.clear()
        for dept in departments:
            self.department.addItem(f"{dept.name}（{dept.code}）", dept.code)
        if current:
            _select(self.department, current)

    def load(self, spec: MatterSpec, *, existing: bool) -> None:
        self.code.setText(spec.code)
        self.code.setReadOnly(existing)  # a new code is a new matter, not an edit of this one
        self.name.setText(spec.name)
        self.short_name.setText(spec.short_name)
        _select(self.department, spec.department)
        _select(self.kind, spec.kind)
        _select(self.handling, spec.handling)
        self.statutory.setValue(spec.statutory_limit_days)
        self.promised.setValue(spec.promised_limit_days)
        self._handling_changed()
        self.fee.setText(f"{spec.fee:.2f}")
        self.fee_basis.setText(spec.fee_basis)
        for code, box in self.delivery.items():
            box.setChecked(code in spec.delivery_modes)
        self.queue_category.setText(spec.queue_category)
        self.window.setText(spec.window)
        self.active.setChecked(spec.active)
        self.extension.setValue(spec.extension_days)
        self.silence_consent.setChecked(spec.silence_consent)
        self.legal_basis.setPlainText(spec.legal_basis)
        self.conditions.setPlainText(spec.conditions)
        self.notes.setPlainText(spec.notes)
        self.materials.setRowCount(0)
        for material in spec.materials:
            self.add_material(material)
        self.show_problems([])

    def add_material(self, material: MaterialSpec) -> None:
        row = self.materials.rowCount()
        self.materials.insertRow(row)
        self._set_material_row(row, material)

    def _set_material_row(self, row: int, material: MaterialSpec) -> None:
        for column, field in enumerate(MATERIAL_COLUMNS):
            value = getattr(material, field)
            if field in _CHOICE_COLUMNS:
                combo = _choice_combo(field, self.materials)
                combo.setObjectName(f"material{row}{field.capitalize()}Combo")
                _select(combo, value)
                self.materials.setCellWidget(row, column, combo)
            elif field == "count":
                spin = QSpinBox(self.materials)
                spin.setObjectName(f"material{row}CountSpin")
                spin.setRange(1, 99)
                spin.setValue(value)
                self.materials.setCellWidget(row, column, spin)
            elif field == "reusable":
                box = QCheckBox(self.materials)
                box.setObjectName(f"material{row}ReusableCheck")
                box.setChecked(value)
                self.materials.setCellWidget(row, column, box)
            else:
                text = "" if value is None else str(value)
                item = QTableWidgetItem(text)
                item.setToolTip(text)  # long notes are cut in the narrow column
                self.materials.setItem(row, column, item)

    def _remove_material(self) -> None:
        row = self.materials.currentRow()
        if row >= 0:
            self.materials.removeRow(row)

    def _move_material(self, step: int) -> None:
        row = self.materials.currentRow()
        target = row + step
        if row < 0 or not 0 <= target < self.materials.rowCount():
            return
        materials, _ = self._read_materials()
        materials[row], materials[target] = materials[target], materials[row]
        for index, material in enumerate(materials):
            self._set_material_row(index, material)
        self.materials.setCurrentCell(target, 0)

    # -- reading ------------------------------------------------------------------------
    def _cell_text(self, row: int, column: int) -> str:
        item = self.materials.item(row, column)
        return item.text().strip() if item else ""

    def _read_materials(self) -> tuple[list[MaterialSpec], list[Problem]]:
        materials, problems = [], []
        col = {field: index for index, field in enumerate(MATERIAL_COLUMNS)}
        for row in range(self.materials.rowCount()):
            validity_text = self._cell_text(row, col["validity_days"])
            validity = None
            if validity_text:
                if validity_text.isdigit():
                    validity = int(validity_text)
                else:
                    problems.append(
                        Problem(
                            f"materials[{row + 1}].validity_days",
                            N_("the validity is a number of days"),
                        )
                    )
            materials.append(
                MaterialSpec(
                    name=self._cell_text(row, col["name"]),
                    requirement=self.materials.cellWidget(row, col["requirement"]).currentData(),
                    condition=self._cell_text(row, col["condition"]),
                    form=self.materials.cellWidget(row, col["form"]).currentData(),
                    count=self.materials.cellWidget(row, col["count"]).value(),
                    format_notes=self._cell_text(row, col["format_notes"]),
                    source=self.materials.cellWidget(row, col["source"]).currentData(),
                    template_ref=self._cell_text(row, col["template_ref"]),
                    reusable=self.materials.cellWidget(row, col["reusable"]).isChecked(),
                    validity_days=validity,
                )
            )
        return materials, problems

    def read(self) -> tuple[MatterSpec, list[Problem]]:
        """The matter as entered, and the problems found reading it (rules are checked by the caller)."""
        problems: list[Problem] = []
        try:
            fee = Decimal(self.fee.text().strip() or "0")
            if not fee.is_finite():
                raise InvalidOperation
        except InvalidOperation:
            fee = Decimal("0")
            problems.append(Problem("fee", N_("the fee should be a number")))
        materials, material_problems = self._read_materials()
        spec = MatterSpec(
            code=self.code.text().strip().upper(),
            name=self.name.text().strip(),
            department=self.department.currentData() or "",
            kind=self.kind.currentData(),
            handling=self.handling.currentData(),
            short_name=self.short_name.text().strip(),
            legal_basis=self.legal_basis.toPlainText().strip(),
            conditions=self.conditions.toPlainText().strip(),
            statutory_limit_days=self.statutory.value(),
            promised_limit_days=self.promised.value(),
            fee=fee,
            fee_basis=self.fee_basis.text().strip(),
            delivery_modes=tuple(code for code, box in self.delivery.items() if box.isChecked()),
            queue_category=self.queue_category.text().strip().upper(),
            window=self.window.text().strip(),
            notes=self.notes.toPlainText().strip(),
            active=self.active.isChecked(),
            extension_days=self.extension.value(),
            silence_consent=self.silence_consent.isChecked(),
            materials=tuple(materials),
        )
        return spec, problems + material_problems

    # -- problems -----------------------------------------------------------------------
    def _field_widget(self, column: str) -> QWidget | None:
        widgets = {
            "code": self.code, "name": self.name, "short_name": self.short_name, "department": self.department,
            "kind": self.kind, "handling": self.handling, "statutory_limit_days": self.statutory,
            "promised_limit_days": self.promised, "fee": self.fee, "fee_basis": self.fee_basis,
            "queue_category": self.queue_category, "window": self.window, "legal_basis": self.legal_basis,
            "conditions": self.conditions, "notes": self.notes, "materials": self.materials,
            "extension_days": self.extension,
        }  # fmt: skip
        if column == "delivery_modes":
            return self.delivery_box
        if column.startswith("materials["):
            return self.materials
        return widgets.get(column)

    def show_problems(self, problems: list[Problem]) -> None:
        language = current_language()
        marked = {self._field_widget(problem.column) for problem in problems} - {None, self}
        for widget in self.findChildren(QWidget):
            if widget.property("error") and widget not in marked:
                set_state(widget, "error", False)
        for widget in marked:
            set_state(widget, "error", True)  # the style sheet draws it red
        lines = [f"{self._column_label(p.column)}：{p.en if language == 'en' else p.zh}" for p in problems]
        self.problems.setText("\n".join(lines))

    def _column_label(self, column: str) -> str:
        if column.startswith("materials["):
            number = column[len("materials[") : column.index("]")]
            return self.tr("Material %1").replace("%1", number)
        labels = {
            "code": self.tr("Code"), "name": self.tr("Name"), "short_name": self.tr("Short name"),
            "department": self.tr("Department"), "kind": self.tr("Kind"), "handling": self.tr("Handling"),
            "statutory_limit_days": self.tr("Statutory limit (working days)"),
            "promised_limit_days": self.tr("Promised limit (working days)"), "fee": self.tr("Fee (yuan)"),
            "fee_basis": self.tr("Fee basis"), "delivery_modes": self.tr("Delivery"),
            "queue_category": self.tr("Queue category"), "window": self.tr("Window"),
            "legal_basis": self.tr("Legal basis"), "conditions": self.tr("Conditions"), "notes": self.tr("Notes"),
            "materials": self.tr("Materials"), "extension_days": self.tr("Extension (working days)"),
        }  # fmt: skip
        return labels.get(column, column)
