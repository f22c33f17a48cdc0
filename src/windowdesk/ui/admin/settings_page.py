"""The site settings tab (every registered setting, validated by the service as the CLI does) and
the departments tab (the catalogue's departments; central's on a synced site)."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QHeaderView, QTableWidgetItem

from windowdesk.errors import UserError
from windowdesk.messages import translate
from windowdesk.services import catalogue, settings, site
from windowdesk.services.context import ServiceContext
from windowdesk.ui.admin.listing import Listing, show_result
from windowdesk.ui.screen_fit import rows_follow_columns

KEY, DESCRIPTION, VALUE, DEFAULT, RANGE = range(5)


def _text(value: Any) -> str:
    if isinstance(value, bool):
        return "yes" if value else "no"
    return str(value)


def save_settings(ctx: ServiceContext, changes: dict[str, str]) -> list[str]:
    """Set each changed value; the keys saved. The first bad value stops with its key named."""
    saved = []
    for key, value in changes.items():
        try:
            settings.set_setting(ctx, key, value)
        except UserError as exc:
            raise UserError("{key}: {reason}", key=key, reason=exc.message) from exc
        saved.append(key)
    return saved


class SettingsPage:
    def __init__(self, face: Any) -> None:  # the AdminFace (not imported: it imports us)
        self.face, self.ui = face, face.ui
        table = self.ui.settingsTable
        table.setColumnCount(5)
        table.setHorizontalHeaderLabels(
            [
                QCoreApplication.translate("AdminFace", "Setting"),
                QCoreApplication.translate("AdminFace", "Description"),
                QCoreApplication.translate("AdminFace", "Value"),
                QCoreApplication.translate("AdminFace", "Default"),
                QCoreApplication.translate("AdminFace", "Range"),
            ]
        )
        rows_follow_columns(table)  # long descriptions and paths wrap onto a second line
        self.values: dict[str, str] = {}
        self.ui.saveSettingsButton.clicked.connect(self.save)
        self.ui.settingsFilterEdit.textChanged.connect(self._filter)
        self.ui.settingsFilterEdit.setClearButtonEnabled(True)

    def reload(self) -> None:
        self.face.app.tasks.run(settings.all_settings, self.face.app.services, on_done=self._loaded)

    def _loaded(self, values: dict[str, Any]) -> None:
        table = self.ui.settingsTable
        table.setRowCount(0)
        self.values = {key: _text(value) for key, value in values.items()}
        for key, value in self.values.items():
            spec = settings.SPECS[key]
            row = table.rowCount()
            table.insertRow(row)
            bounds = "" if spec.minimum is None else f"{spec.minimum} – {spec.maximum}"
            cells = (key, translate(spec.label), value, _text(spec.default), bounds)
            for column, text in enumerate(cells):
                item = QTableWidgetItem(text)
                if column != VALUE:
                    item.setFlags(item.flags() & ~Qt.ItemFlag.ItemIsEditable)
                table.setItem(row, column, item)
        table.resizeColumnsToContents()
        for column in (VALUE, VALUE + 1):  # a long path must not push the range off a 1366-pixel screen
            table.setColumnWidth(column, min(table.columnWidth(column), 240))
        table.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        table.resizeRowsToContents()
        self._filter(self.ui.settingsFilterEdit.text())

    def _filter(self, text: str) -> None:
        needle = text.strip().lower()
        table = self.ui.settingsTable
        for row in range(table.rowCount()):
            words = " ".join(table.item(row, c).text().lower() for c in (KEY, DESCRIPTION))
            table.setRowHidden(row, bool(needle) and needle not in words)

    def changes(self) -> dict[str, str]:
        table = self.ui.settingsTable
        found = {}
        for row in range(table.rowCount()):
            key, value = table.item(row, KEY).text(), table.item(row, VALUE).text().strip()
            if value != self.values.get(key):
                found[key] = value
        return found

    def save(self) -> None:
        changes = self.changes()
        if not changes:
            show_result(
                self.ui.settingsMessageLabel,
                None,
                QCoreApplication.translate("AdminFace", "Nothing changed."),
            )
            return
        self.face.app.tasks.run(
            save_settings,
            self.face.app.services,
            changes,
            on_done=self._saved,
            on_error=lambda exc: (show_result(self.ui.settingsMessageLabel, exc), self.reload()),
        )

    def _saved(self, keys: list[str]) -> None:
        show_result(
            self.ui.settingsMessageLabel,
            None,
            QCoreApplication.translate("AdminFace", "Saved: %1").replace("%1", ", ".join(keys)),
        )
        self.face.app.hub.changed.emit("settings")
        self.reload()


def load_departments(ctx: ServiceContext):  # type: ignore[no-untyped-def]
    return catalogue.list_departments(ctx), site.central_owns_calendar(ctx)


class DepartmentsPage:
    def __init__(self, face: Any) -> None:  # the AdminFace (not imported: it imports us)
        self.face, self.ui = face, face.ui
        self.listing = Listing(
            self.ui.departmentsTable,
            None,  # a site has a handful of departments: no filter
            None,
            [
                QCoreApplication.translate("AdminFace", "Code"),
                QCoreApplication.translate("AdminFace", "Name"),
                QCoreApplication.translate("AdminFace", "Phone"),
                QCoreApplication.translate("AdminFace", "Address"),
                QCoreApplication.translate("AdminFace", "Matters"),
            ],
            lambda d: (d.code, d.name, d.phone, d.address, d.matter_count),
            lambda _d: None,
        )
        self.ui.editDepartmentsButton.clicked.connect(self.edit)

    def reload(self) -> None:
        self.face.app.tasks.run(load_departments, self.face.app.services, on_done=self._loaded)

    def _loaded(self, result) -> None:  # type: ignore[no-untyped-def]
        departments, central = result
        self.listing.fill(departments)
        self.ui.editDepartmentsButton.setEnabled(not central)
        self.ui.departmentsNoteLabel.setText(
            QCoreApplication.translate(
                "AdminFace",
                "This site syncs with central: departments come from central's catalogue and are read-only here.",
            )
            if central
            else QCoreApplication.translate(
                "AdminFace",
                "Departments of the service catalogue; windows name the department they belong to.",
            )
        )

    def edit(self) -> None:
        from windowdesk.ui.catalogue.departments import DepartmentsDialog

        dialog = DepartmentsDialog(self.face.app, self.face)
        dialog.finished.connect(lambda _code: (self.reload(), self.face.windows.reload()))
        dialog.open()
