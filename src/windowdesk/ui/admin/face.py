"""The administration face: one tab per thing a site administrator keeps (windows, queue categories,
users, departments, site settings, calendar). Every change is a service call off the UI thread."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QWidget

from windowdesk.messages import translate
from windowdesk.services import catalogue, queue, site
from windowdesk.services.context import ServiceContext
from windowdesk.ui.admin.calendar_page import CalendarPage
from windowdesk.ui.admin.listing import Listing, show_result
from windowdesk.ui.admin.settings_page import DepartmentsPage, SettingsPage
from windowdesk.ui.admin.users_page import UsersPage
from windowdesk.ui.app_context import AppContext
from windowdesk.ui.generated.ui_admin import Ui_AdminFace


# -- windows ------------------------------------------------------------------------------------
def load_windows(ctx: ServiceContext):  # type: ignore[no-untyped-def]
    windows = site.list_windows(ctx)
    categories = queue.list_categories(ctx, include_inactive=True)
    departments = [d.name for d in catalogue.list_departments(ctx)]
    serves = {w.number: queue.window_categories(ctx, w.number) for w in windows}
    return windows, categories, departments, serves


def save_window(
    ctx: ServiceContext, number: int, name: str, department: str, active: bool, prefixes: list[str], new: bool
) -> int:
    if new:
        site.add_window(ctx, number, name, department)
        if not active:
            site.update_window(ctx, number, active=False)
    else:
        site.update_window(ctx, number, name=name, department=department, active=active)
    if prefixes and prefixes != queue.window_categories(ctx, number):
        queue.set_window_categories(ctx, number, prefixes)
    return number


def _prefixes(text: str) -> list[str]:
    return [c for c in text.upper() if c.isalpha()]


class WindowsPage:
    def __init__(self, face: AdminFace) -> None:
        self.face, self.ui = face, face.ui
        self.listing = Listing(
            self.ui.windowsTable,
            self.ui.windowsFilterEdit,
            self.ui.windowsCountLabel,
            [
                QCoreApplication.translate("AdminFace", "No."),
                QCoreApplication.translate("AdminFace", "Name"),
                QCoreApplication.translate("AdminFace", "Department"),
                QCoreApplication.translate("AdminFace", "Serves"),
                QCoreApplication.translate("AdminFace", "In service"),
            ],
            lambda w: (
                w.number,
                w.name,
                w.department,
                " ".join(self.serves.get(w.number, [])),
                _yes(face, w.active),
            ),
            self._show,
        )
        self.serves: dict[int, list[str]] = {}
        self.new = True
        self.ui.newWindowButton.clicked.connect(self.start_new)
        self.ui.saveWindowButton.clicked.connect(self.save)
        self.start_new()

    def reload(self, keep: int | None = None) -> None:
        self.face.app.tasks.run(load_windows, self.face.app.services, on_done=lambda r: self._loaded(r, keep))

    def _loaded(self, result, keep: int | None) -> None:  # type: ignore[no-untyped-def]
        windows, _categories, departments, self.serves = result
        combo = self.ui.windowDepartmentCombo
        text = combo.currentText()
        combo.clear()
        combo.addItems(sorted({*departments, *(w.department for w in windows if w.department)}))
        combo.setEditText(text)
        self.listing.fill(windows, keep=(lambda w: w.number == keep) if keep else None)
        if self.new:
            self.start_new()  # offers the next free number

    def start_new(self) -> None:
        self.new = True
        numbers = [w.number for w in self.listing.rows]
        self.ui.windowNumberSpin.setEnabled(True)
        self.ui.windowNumberSpin.setValue(max(numbers, default=0) + 1 if max(numbers, default=0) < 999 else 1)
        self.ui.windowNameEdit.clear()
        self.ui.windowDepartmentCombo.setEditText("")
        self.ui.windowCategoriesEdit.clear()
        self.ui.windowActiveCheck.setChecked(True)
        self.ui.windowsTable.clearSelection()
        self.ui.windowNameEdit.setFocus()

    def _show(self, window) -> None:  # type: ignore[no-untyped-def]
        if window is None:
            return
        self.new = False
        self.ui.windowNumberSpin.setValue(window.number)
        self.ui.windowNumberSpin.setEnabled(False)  # tickets and cases refer to the number
        self.ui.windowNameEdit.setText(window.name)
        self.ui.windowDepartmentCombo.setEditText(window.department)
        self.ui.windowCategoriesEdit.setText(" ".join(self.serves.get(window.number, [])))
        self.ui.windowActiveCheck.setChecked(window.active)

    def save(self) -> None:
        number = self.ui.windowNumberSpin.value()
        self.face.app.tasks.run(
            save_window,
            self.face.app.services,
            number,
            self.ui.windowNameEdit.text(),
            self.ui.windowDepartmentCombo.currentText(),
            self.ui.windowActiveCheck.isChecked(),
            _prefixes(self.ui.windowCategoriesEdit.text()),
            self.new,
            on_done=self._saved,
            on_error=lambda exc: show_result(self.ui.windowsMessageLabel, exc),
        )

    def _saved(self, number: int) -> None:
        show_result(
            self.ui.windowsMessageLabel,
            None,
            QCoreApplication.translate("AdminFace", "Window %1 saved.").replace("%1", str(number)),
        )
        self.face.app.hub.changed.emit("queue")
        self.reload(keep=number)


# -- queue categories ---------------------------------------------------------------------------
def save_category(ctx: ServiceContext, values: dict, new: bool) -> str:
    prefix = values.pop("prefix")
    if new:
        active = values.pop("active")
        queue.add_category(ctx, prefix, **values)
        if not active:
            queue.update_category(ctx, prefix, active=False)
    else:
        queue.update_category(ctx, prefix, **values)
    return prefix.strip().upper()


class CategoriesPage:
    def __init__(self, face: AdminFace) -> None:
        self.face, self.ui = face, face.ui
        self.policies = {str(key): translate(name) for key, name in queue.POLICY_NAMES.items()}
        for key, text in self.policies.items():
            self.ui.categoryPolicyCombo.addItem(text, key)
        self.listing = Listing(
            self.ui.categoriesTable,
            self.ui.categoriesFilterEdit,
            self.ui.categoriesCountLabel,
            [
                QCoreApplication.translate("AdminFace", "Prefix"),
                QCoreApplication.translate("AdminFace", "Name"),
                QCoreApplication.translate("AdminFace", "Start"),
                QCoreApplication.translate("AdminFace", "Cap"),
                QCoreApplication.translate("AdminFace", "Priority"),
                QCoreApplication.translate("AdminFace", "Hours"),
                QCoreApplication.translate("AdminFace", "Windows"),
                QCoreApplication.translate("AdminFace", "Issuing"),
            ],
            lambda c: (
                c.prefix,
                c.name,
                c.start_number,
                c.daily_cap,
                self.policies.get(c.priority_policy, c.priority_policy),
                c.hours or QCoreApplication.translate("AdminFace", "all day"),
                ",".join(str(w) for w in c.windows),
                _yes(face, c.active),
            ),
            self._show,
        )
        self.new = True
        self.ui.newCategoryButton.clicked.connect(self.start_new)
        self.ui.saveCategoryButton.clicked.connect(self.save)
        self.start_new()

    def reload(self, keep: str | None = None) -> None:
        self.face.app.tasks.run(
            queue.list_categories,
            self.face.app.services,
            include_inactive=True,
            on_done=lambda rows: self.listing.fill(rows, keep=(lambda c: c.prefix == keep) if keep else None),
        )

    def start_new(self) -> None:
        self.new = True
        self.ui.categoryPrefixEdit.setEnabled(True)
        self.ui.categoryPrefixEdit.clear()
        self.ui.categoryNameEdit.clear()
        self.ui.categoryStartSpin.setValue(1)
        self.ui.categoryCapSpin.setValue(999)
        self.ui.categoryPolicyCombo.setCurrentIndex(0)
        self.ui.categoryHoursEdit.clear()
        self.ui.categoryActiveCheck.setChecked(True)
        self.ui.categoriesTable.clearSelection()
        self.ui.categoryPrefixEdit.setFocus()

    def _show(self, c) -> None:  # type: ignore[no-untyped-def]
        if c is None:
            return
        self.new = False
        self.ui.categoryPrefixEdit.setText(c.prefix)
        self.ui.categoryPrefixEdit.setEnabled(False)  # ticket numbers carry it
        self.ui.categoryNameEdit.setText(c.name)
        self.ui.categoryStartSpin.setValue(c.start_number)
        self.ui.categoryCapSpin.setValue(c.daily_cap)
        self.ui.categoryPolicyCombo.setCurrentIndex(
            max(0, self.ui.categoryPolicyCombo.findData(c.priority_policy))
        )
        self.ui.categoryHoursEdit.setText(c.hours)
        self.ui.categoryActiveCheck.setChecked(c.active)

    def save(self) -> None:
        values = {
            "prefix": self.ui.categoryPrefixEdit.text(),
            "name": self.ui.categoryNameEdit.text(),
            "start_number": self.ui.categoryStartSpin.value(),
            "daily_cap": self.ui.categoryCapSpin.value(),
            "priority_policy": self.ui.categoryPolicyCombo.currentData(),
            "hours": self.ui.categoryHoursEdit.text(),
            "active": self.ui.categoryActiveCheck.isChecked(),
        }
        self.face.app.tasks.run(
            save_category,
            self.face.app.services,
            values,
            self.new,
            on_done=self._saved,
            on_error=lambda exc: show_result(self.ui.categoriesMessageLabel, exc),
        )

    def _saved(self, prefix: str) -> None:
        show_result(
            self.ui.categoriesMessageLabel,
            None,
            QCoreApplication.translate("AdminFace", "Category %1 saved.").replace("%1", prefix),
        )
        self.face.app.hub.changed.emit("queue")
        self.reload(keep=prefix)
        self.face.windows.reload()


def _yes(face: QWidget, value: bool) -> str:
    return (
        QCoreApplication.translate("AdminFace", "yes")
        if value
        else QCoreApplication.translate("AdminFace", "no")
    )


class AdminFace(QWidget):
    def __init__(self, app: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.app = app
        self.ui = Ui_AdminFace()
        self.ui.setupUi(self)
        self.windows = WindowsPage(self)
        self.categories = CategoriesPage(self)
        self.users = UsersPage(self)
        self.departments = DepartmentsPage(self)
        self.settings = SettingsPage(self)
        self.calendar = CalendarPage(self)
        self.ui.adminTabs.setCurrentIndex(0)
        app.tasks.run(site.current_site, app.services, on_done=self._site)
        self.reload()

    def _site(self, info: site.SiteInfo) -> None:
        self.ui.siteLabel.setText(f"{info.name}（{info.code}）")

    def reload(self) -> None:
        for page in (
            self.windows,
            self.categories,
            self.users,
            self.departments,
            self.settings,
            self.calendar,
        ):
            page.reload()
