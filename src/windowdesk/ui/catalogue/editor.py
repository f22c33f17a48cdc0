"""The catalogue editor for supervisors and administrators: every save publishes a new version.

Cases already received keep the version they were received under, so an edit here never changes an
old case or its documents. The rules are checked as the user saves, before anything is sent to the
store; the store checks them again.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QScrollArea, QSplitter, QVBoxLayout, QWidget

from windowdesk.domain.catalogue import MaterialSpec, MatterSpec, matter_problems
from windowdesk.services import catalogue
from windowdesk.services import catalogue as catalogue_edit
from windowdesk.services.catalogue import MatterVersionInfo
from windowdesk.ui.app_context import AppContext
from windowdesk.ui.catalogue.departments import DepartmentsDialog
from windowdesk.ui.catalogue.files import CatalogueFiles
from windowdesk.ui.catalogue.matter_form import MatterForm
from windowdesk.ui.catalogue.picker import CataloguePicker


class CatalogueEditor(QWidget):
    def __init__(self, app: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.app = app
        self.editing: MatterVersionInfo | None = None
        self.picker = CataloguePicker(app, self, include_inactive=True)
        self.form = MatterForm(self)
        self.heading = QLabel(self.tr("Choose a matter to edit, or add a new one."), self)
        self.heading.setObjectName("editorHeading")
        self.new_button = QPushButton(self.tr("New matter"), self)
        self.new_button.setObjectName("newMatterButton")
        self.revert_button = QPushButton(self.tr("Discard changes"), self)
        self.revert_button.setObjectName("revertMatterButton")
        self.save_button = QPushButton(self.tr("Publish new version"), self)
        self.save_button.setObjectName("publishMatterButton")
        self.save_button.setDefault(True)
        self.files = CatalogueFiles(app, self)
        self.departments_button = QPushButton(self.tr("Departments…"), self)
        self.departments_button.setObjectName("departmentsButton")
        buttons = QHBoxLayout()
        buttons.addWidget(self.new_button)
        buttons.addWidget(self.departments_button)
        buttons.addWidget(self.files)
        buttons.addStretch(1)
        buttons.addWidget(self.revert_button)
        buttons.addWidget(self.save_button)
        scroll = QScrollArea(self)
        scroll.setObjectName("matterFormScroll")
        scroll.setWidgetResizable(True)
        scroll.setWidget(self.form)
        right = QWidget(self)
        right_layout = QVBoxLayout(right)
        right_layout.addWidget(self.heading)
        right_layout.addWidget(scroll, 1)
        right_layout.addLayout(buttons)
        splitter = QSplitter(Qt.Orientation.Horizontal, self)
        splitter.setObjectName("editorSplitter")
        splitter.addWidget(self.picker)
        splitter.addWidget(right)
        splitter.setStretchFactor(0, 2)
        splitter.setStretchFactor(1, 5)
        # the tree wide enough for the longest department names (the form takes the rest)
        splitter.setSizes([300, 1066])
        layout = QHBoxLayout(self)
        layout.addWidget(splitter)
        self.form.setEnabled(False)
        self.save_button.setEnabled(False)
        self.picker.loaded.connect(lambda: self.form.set_departments(self.picker.view.departments))
        self.picker.matter_chosen.connect(self.edit_matter)
        self.new_button.clicked.connect(self.new_matter)
        self.departments_button.clicked.connect(self.open_departments)
        self.revert_button.clicked.connect(self._revert)
        self.save_button.clicked.connect(self.publish)
        if self.picker.view is not None:
            self.form.set_departments(self.picker.view.departments)

    def has_unsaved_changes(self) -> bool:
        if not self.form.isEnabled():
            return False
        spec, problems = self.form.read()
        return bool(problems) or self.editing is None or spec != self.editing.matter

    def _may_leave(self) -> bool:
        """Ask before unsaved edits are thrown away by opening another matter."""
        if not self.has_unsaved_changes():
            return True
        name = self.editing.matter.name if self.editing else self.tr("the new matter")
        return self.app.dialogs.confirm(
            self, self.tr("Discard the unsaved changes to %1?").replace("%1", name)
        )

    def open_departments(self) -> DepartmentsDialog:
        dialog = DepartmentsDialog(self.app, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()  # window-modal, without a nested event loop
        return dialog

    def edit_matter(self, code: str) -> None:
        if self.editing is not None and code == self.editing.matter.code and self.form.isEnabled():
            return  # the list reselected what is already open (after a reload)
        if not self._may_leave():
            return
        self.app.tasks.run(
            catalogue.matter_version,
            self.app.services,
            code,
            on_done=self._edit_version,
            on_error=lambda exc: self.app.dialogs.show_exception(self, exc),
        )

    def _edit_version(self, version: MatterVersionInfo) -> None:
        self.editing = version
        self.heading.setText(
            self.tr("%1 — version %2 in force")
            .replace("%1", version.matter.name)
            .replace("%2", str(version.number))
        )
        self.form.load(version.matter, existing=True)
        self.form.setEnabled(True)
        self.save_button.setEnabled(True)

    def new_matter(self) -> None:
        if not self._may_leave():
            return
        self.editing = None
        department = (
            self.picker.view.departments[0].code if self.picker.view and self.picker.view.departments else ""
        )
        self.heading.setText(self.tr("New matter"))
        self.form.load(
            MatterSpec(code="", name="", department=department, materials=(MaterialSpec(""),)), existing=False
        )
        self.form.setEnabled(True)
        self.save_button.setEnabled(True)
        self.form.code.setFocus()

    def _revert(self) -> None:
        if self.editing is not None:
            self._edit_version(self.editing)
        elif self.form.isEnabled():
            self.form.setEnabled(False)  # nothing to keep: start the new matter afresh
            self.new_matter()

    def publish(self) -> None:
        spec, problems = self.form.read()
        problems += matter_problems(spec)
        self.form.show_problems(problems)
        if problems:
            return
        self.save_button.setEnabled(False)
        self.app.tasks.run(
            catalogue_edit.save_matter,
            self.app.services,
            spec,
            on_done=self._published,
            on_error=self._refused,
        )

    def _published(self, version: MatterVersionInfo) -> None:
        unchanged = self.editing is not None and version.number == self.editing.number
        self._edit_version(version)
        if unchanged:
            self.app.dialogs.info(
                self,
                self.tr("Nothing changed: version %1 stays in force.").replace("%1", str(version.number)),
            )
            return
        self.app.dialogs.info(
            self,
            self.tr("Published version %1 of %2. Cases already received keep their version.")
            .replace("%1", str(version.number))
            .replace("%2", version.matter.name),
        )
        self.app.hub.changed.emit("catalogue")

    def _refused(self, exc: BaseException) -> None:
        self.save_button.setEnabled(True)
        problems = getattr(exc, "problems", None)
        if problems:
            self.form.show_problems(list(problems))
        else:
            self.app.dialogs.show_exception(self, exc)
