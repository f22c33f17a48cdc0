"""For supervisors: what central refused, and conflicts with both sides, to settle one by one."""

from __future__ import annotations

import datetime as dt
import json

from PySide6.QtWidgets import QDialog, QTableWidgetItem, QWidget

from windowdesk.services import sync as sync_service
from windowdesk.services.clock import HallClock
from windowdesk.ui.app_context import AppContext
from windowdesk.ui.generated.ui_sync_issues import Ui_SyncIssuesDialog


def _side(payload: dict, other: dict) -> str:
    """One field a line; fields that differ from the other side first, marked with ≠."""

    def value(v: object) -> str:
        return v if isinstance(v, str) else json.dumps(v, ensure_ascii=False)

    differ = sorted(k for k in payload if payload.get(k) != other.get(k) and k != "version")
    same = sorted(k for k in payload if k not in differ)
    return "\n".join(
        [f"≠ {k}: {value(payload[k])}" for k in differ] + [f"   {k}: {value(payload[k])}" for k in same]
    )


def _when(clock: HallClock, value: dt.datetime | None) -> str:
    """``value`` as the hall's wall-clock time (not the PC's zone)."""
    return clock.local(value).strftime("%Y-%m-%d %H:%M") if value else ""


class SyncIssuesDialog(QDialog):
    def __init__(self, app: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = Ui_SyncIssuesDialog()
        self.ui.setupUi(self)
        self.app = app
        self.rejects: list[sync_service.RejectInfo] = []
        self.conflicts: list[sync_service.ConflictInfo] = []
        self.ui.rejectsTable.setColumnCount(5)
        self.ui.rejectsTable.setHorizontalHeaderLabels(
            [self.tr("When"), self.tr("Table"), self.tr("Row"), self.tr("Change"), self.tr("Reason")]
        )
        self.ui.conflictsTable.setColumnCount(5)
        self.ui.conflictsTable.setHorizontalHeaderLabels(
            [
                self.tr("When"),
                self.tr("Table"),
                self.tr("Row"),
                self.tr("Versions (started from / here / central)"),
                self.tr("Now at central"),
            ]
        )
        for table in (self.ui.rejectsTable, self.ui.conflictsTable):
            table.horizontalHeader().setStretchLastSection(True)
            table.verticalHeader().setVisible(False)
        self.ui.conflictsTable.itemSelectionChanged.connect(self._show_sides)
        self.ui.keepCentralButton.clicked.connect(lambda: self._resolve(sync_service.KEEP_CENTRAL))
        self.ui.keepSiteButton.clicked.connect(lambda: self._resolve(sync_service.KEEP_SITE))
        self.ui.buttonBox.rejected.connect(self.reject)
        self.load()

    def load(self) -> None:
        self.app.tasks.run(sync_service.list_rejects, self.app.services, on_done=self._show_rejects)
        self.app.tasks.run(sync_service.list_conflicts, self.app.services, on_done=self._show_conflicts)

    def _show_rejects(self, rejects: list[sync_service.RejectInfo]) -> None:
        self.rejects = rejects
        table = self.ui.rejectsTable
        table.setRowCount(len(rejects))
        for row, item in enumerate(rejects):
            for column, text in enumerate(
                (_when(self.app.clock, item.at), item.entity, item.entity_id, item.op, item.reason)
            ):
                table.setItem(row, column, QTableWidgetItem(text))
        table.resizeColumnsToContents()
        self.ui.issuesTabs.setTabText(
            0, self.tr("&Rejected by central (%1)").replace("%1", str(len(rejects)))
        )

    def _show_conflicts(self, conflicts: list[sync_service.ConflictInfo]) -> None:
        self.conflicts = conflicts
        table = self.ui.conflictsTable
        table.setRowCount(len(conflicts))
        for row, item in enumerate(conflicts):
            versions = f"{item.base_version} / {item.site_version} / {item.central_version}"
            now = self.tr("this site's version") if item.applied else self.tr("central's version")
            for column, text in enumerate((_when(self.app.clock, item.at), item.entity, item.entity_id, versions, now)):
                table.setItem(row, column, QTableWidgetItem(text))
        table.resizeColumnsToContents()
        self.ui.issuesTabs.setTabText(1, self.tr("&Conflicts (%1)").replace("%1", str(len(conflicts))))
        if conflicts:
            table.selectRow(0)
        self._show_sides()

    def selected_conflict(self) -> sync_service.ConflictInfo | None:
        rows = self.ui.conflictsTable.selectionModel().selectedRows()
        return self.conflicts[rows[0].row()] if rows else None

    def _show_sides(self) -> None:
        conflict = self.selected_conflict()
        site = conflict.site_payload if conflict else {}
        central = conflict.central_payload if conflict else {}
        self.ui.conflictSitePayload.setPlainText(_side(site, central) if conflict else "")
        self.ui.conflictCentralPayload.setPlainText(_side(central, site) if conflict else "")
        self.ui.keepCentralButton.setEnabled(conflict is not None)
        self.ui.keepSiteButton.setEnabled(conflict is not None)

    def _resolve(self, keep: str) -> None:
        conflict = self.selected_conflict()
        if conflict is None:
            return
        self.app.tasks.run(
            sync_service.resolve_conflict,
            self.app.services,
            conflict.id,
            keep,
            on_done=lambda _info: self._resolved(),
            on_error=lambda exc: self.app.dialogs.show_exception(self, exc),
        )

    def _resolved(self) -> None:
        self.app.hub.changed.emit("sync")
        self.load()
