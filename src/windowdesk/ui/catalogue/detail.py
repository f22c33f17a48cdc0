"""A matter as the counter reads it: its facts, its materials, and its 办事指南 as a PDF."""

from __future__ import annotations

import uuid
from html import escape
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from windowdesk.domain.catalogue import MaterialSpec, MatterSpec, label
from windowdesk.errors import current_language
from windowdesk.files import write_file_atomically
from windowdesk.services import catalogue as catalogue_guide
from windowdesk.services.catalogue import MatterVersionInfo
from windowdesk.services.context import ServiceContext
from windowdesk.ui.app_context import AppContext
from windowdesk.ui.screen_fit import rows_follow_columns
from windowdesk.ui.tasks import IO


def vocabulary_label(vocabulary: str, code: str) -> str:
    """A catalogue choice in the UI language (the domain carries both)."""
    return label(vocabulary, code, current_language())


class MatterDetail(QWidget):
    def __init__(self, app: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.app = app
        self.version: MatterVersionInfo | None = None
        self.title = QLabel(self.tr("Choose a matter on the left."), self)
        self.title.setObjectName("matterTitle")
        self.title.setWordWrap(True)
        self.facts = QLabel(self)
        self.facts.setObjectName("matterFacts")
        self.facts.setWordWrap(True)
        self.facts.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.materials = QTableWidget(0, 5, self)
        self.materials.setObjectName("materialsTable")
        self.materials.setHorizontalHeaderLabels(
            [
                self.tr("Material"),
                self.tr("Required"),
                self.tr("Original / copy"),
                self.tr("Source"),
                self.tr("Notes"),
            ]
        )
        self.materials.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.materials.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.materials.setWordWrap(True)
        header = self.materials.horizontalHeader()
        # name, requirement (a condition can be a sentence) and notes share the width and wrap
        for column in (0, 1, 4):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.Stretch)
        for column in (2, 3):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        rows_follow_columns(self.materials)  # rows as tall as their wrapped names
        self.guide_button = QPushButton(self.tr("Save service guide (PDF)…"), self)
        self.guide_button.setObjectName("saveGuideButton")
        self.guide_button.setEnabled(False)
        self.guide_button.clicked.connect(self.save_guide)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.guide_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.title)
        layout.addWidget(self.facts)
        layout.addWidget(QLabel(self.tr("Materials"), self))
        layout.addWidget(self.materials, 1)
        layout.addLayout(buttons)

    def show_version(self, version: MatterVersionInfo) -> None:
        self.version = version
        matter = version.matter
        self.title.setText(
            f"{escape(matter.name)}  <span style='font-size:11pt;color:#666'>{escape(matter.code)}</span>"
        )
        self.facts.setText(self._facts_html(matter, version))
        self._fill_materials(matter.materials)
        self.guide_button.setEnabled(True)

    def _limit(self, days: int, handling: str) -> str:
        if days == 0:
            return self.tr("on the spot") if handling == "immediate" else "—"
        return self.tr("%1 working days").replace("%1", str(days))

    def _facts_html(self, matter: MatterSpec, version: MatterVersionInfo) -> str:
        fee = self.tr("free") if matter.free else self.tr("%1 yuan").replace("%1", f"{matter.fee:.2f}")
        rows = [
            (self.tr("Department"), version.department_name),
            (
                self.tr("Kind"),
                f"{vocabulary_label('kind', matter.kind)} · {vocabulary_label('handling', matter.handling)}",
            ),
            (self.tr("Statutory limit"), self._limit(matter.statutory_limit_days, matter.handling)),
            (self.tr("Promised limit"), self._limit(matter.promised_limit_days, matter.handling)),
            (self.tr("Fee"), fee + (f"（{matter.fee_basis}）" if matter.fee_basis else "")),
            (self.tr("Delivery"), "、".join(vocabulary_label("delivery", d) for d in matter.delivery_modes)),
            (self.tr("Queue category"), matter.queue_category),
            (self.tr("Window"), matter.window or "—"),
            (self.tr("Legal basis"), matter.legal_basis or "—"),
            (self.tr("Conditions"), matter.conditions or "—"),
            (
                self.tr("Version"),
                self.tr("%1, published %2")
                .replace("%1", str(version.number))
                .replace("%2", self.app.clock.local(version.published_at).strftime("%Y-%m-%d")),
            ),
        ]
        if not matter.active:
            rows.insert(0, (self.tr("Status"), self.tr("inactive: not offered at the counter")))
        cells = "".join(
            f"<tr><td style='color:#555;padding-right:12px;white-space:nowrap'>{escape(k)}</td><td>{escape(v)}</td></tr>"
            for k, v in rows
        )
        return f"<table>{cells}</table>"

    def _fill_materials(self, materials: tuple[MaterialSpec, ...]) -> None:
        self.materials.setRowCount(len(materials))
        for row, material in enumerate(materials):
            required = vocabulary_label("requirement", material.requirement)
            if material.condition:
                required += (": " if current_language() == "en" else "：") + material.condition
            notes = "；".join(p for p in (material.format_notes, material.template_ref) if p)
            values = [
                material.name,
                required,
                material.describe_form(current_language()),
                vocabulary_label("source", material.source),
                notes,
            ]
            for column, value in enumerate(values):
                self.materials.setItem(row, column, QTableWidgetItem(value))
        self.materials.resizeRowsToContents()

    # -- guide --------------------------------------------------------------------------
    def choose_guide_path(self, suggested: str) -> Path | None:
        """Where to save the guide (a file dialog; tests replace this)."""
        path, _ = QFileDialog.getSaveFileName(
            self, self.tr("Save service guide"), suggested, self.tr("PDF (*.pdf)")
        )
        return Path(path) if path else None

    def save_guide(self) -> None:
        if self.version is None:
            return
        target = self.choose_guide_path(f"办事指南-{self.version.matter.code}.pdf")
        if target is None:
            return
        self.app.tasks.run(
            _write_guide,
            self.app.services,
            self.version.version_id,
            target,
            kind=IO,
            on_done=lambda path: self.app.dialogs.info(
                self, self.tr("Service guide saved to %1").replace("%1", str(path))
            ),
            on_error=lambda exc: self.app.dialogs.show_exception(self, exc),
        )


def _write_guide(ctx: ServiceContext, version_id: uuid.UUID, target: Path) -> Path:
    write_file_atomically(target, catalogue_guide.matter_guide_pdf(ctx, version_id))
    return target
