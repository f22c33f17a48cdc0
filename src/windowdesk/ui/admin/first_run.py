"""The first-run set-up wizard, shown instead of the sign-in when the store is empty: the site, its
first administrator, windows, queue categories (a default set offered), the catalogue and optionally
central; Finish creates it all off the UI thread and signs the administrator in."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QFileDialog, QLabel, QTableWidgetItem, QWidget, QWizard

from windowdesk.errors import UserError
from windowdesk.services import firstrun, site
from windowdesk.services.context import ServiceContext
from windowdesk.ui.dialogs import DialogService
from windowdesk.ui.generated.ui_first_run import Ui_FirstRunWizard
from windowdesk.ui.tasks import SynchronousTaskRunner, TaskRunner

NUMBER, NAME, DEPARTMENT = range(3)
USE, PREFIX, CATEGORY_NAME, HOURS = range(4)


class FirstRunWizard(QWizard):
    signed_in = Signal(object, object)  # ServiceContext as the new administrator, Actor

    def __init__(
        self,
        tasks: TaskRunner | SynchronousTaskRunner,
        ctx: ServiceContext,
        parent: QWidget | None = None,
        dialogs: DialogService | None = None,
    ) -> None:
        super().__init__(parent)
        self.ui = Ui_FirstRunWizard()
        self.ui.setupUi(self)
        self._tasks, self._ctx, self._busy = tasks, ctx, False
        self._dialogs = dialogs or DialogService()
        self.notes: tuple[str, ...] = ()
        self.setOption(QWizard.WizardOption.NoBackButtonOnLastPage, False)
        self.setButtonText(QWizard.WizardButton.FinishButton, self.tr("&Create the site"))
        kinds = {
            "township": self.tr("Township centre (乡镇便民服务中心)"),
            "hall": self.tr("Service hall (政务服务大厅)"),
        }
        for key, text in kinds.items():
            self.ui.siteKindCombo.addItem(text, key)
        self.ui.windowsTable.setColumnCount(3)
        self.ui.windowsTable.setHorizontalHeaderLabels(
            [self.tr("No."), self.tr("Name"), self.tr("Department")]
        )
        self.ui.windowCountSpin.valueChanged.connect(self._window_rows)
        self.ui.windowCountSpin.setValue(3)
        self._window_rows(3)
        table = self.ui.categoriesTable
        table.setColumnCount(4)
        table.setHorizontalHeaderLabels(
            [self.tr("Use"), self.tr("Prefix"), self.tr("Name"), self.tr("Opening hours")]
        )
        for category in firstrun.DEFAULT_CATEGORIES:
            self.add_category_row(category.prefix, category.name, category.hours)
        self.ui.addCategoryButton.clicked.connect(lambda: self.add_category_row("", "", ""))
        self.ui.catalogueEmptyRadio.setChecked(True)
        self.ui.browseCatalogueButton.clicked.connect(self._browse)
        self.ui.catalogueFileEdit.textChanged.connect(lambda _t: self.ui.catalogueFileRadio.setChecked(True))
        self.ui.browseCaButton.clicked.connect(self._browse_ca)
        self.currentIdChanged.connect(self._entered)

    # -- pages ---------------------------------------------------------------------------
    def _window_rows(self, count: int) -> None:
        table = self.ui.windowsTable
        old = table.rowCount()
        table.setRowCount(count)
        for row in range(old, count):
            table.setItem(row, NUMBER, QTableWidgetItem(str(row + 1)))
            table.setItem(row, NAME, QTableWidgetItem(f"{row + 1}号窗口"))
            table.setItem(row, DEPARTMENT, QTableWidgetItem(""))
        table.resizeColumnToContents(NUMBER)

    def add_category_row(self, prefix: str, name: str, hours: str) -> None:
        table = self.ui.categoriesTable
        row = table.rowCount()
        table.insertRow(row)
        use = QTableWidgetItem()
        use.setFlags(
            Qt.ItemFlag.ItemIsUserCheckable | Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        )
        use.setCheckState(Qt.CheckState.Checked)
        table.setItem(row, USE, use)
        for column, text in ((PREFIX, prefix), (CATEGORY_NAME, name), (HOURS, hours)):
            table.setItem(row, column, QTableWidgetItem(text))
        table.resizeColumnToContents(USE)
        if not prefix:
            table.setCurrentCell(row, PREFIX)
            table.editItem(table.item(row, PREFIX))

    def _browse(self) -> None:
        path, _ = QFileDialog.getOpenFileName(
            self, self.tr("Catalogue file"), "", self.tr("Catalogue files (*.json *.xlsx)")
        )
        if path:
            self.ui.catalogueFileEdit.setText(path)

    def _browse_ca(self) -> None:
        path, _ = QFileDialog.getOpenFileName(
            self, self.tr("Central's CA certificate"), "", self.tr("Certificates (*.crt *.pem);;All files (*)")
        )
        if path:
            self.ui.centralCaEdit.setText(path)

    def _entered(self, page_id: int) -> None:
        if self.page(page_id) is self.ui.finishPage:
            self.ui.summaryLabel.setText(self.summary())

    # -- the plan ------------------------------------------------------------------------
    @staticmethod
    def _cell(table, row: int, column: int) -> str:  # type: ignore[no-untyped-def]
        item = table.item(row, column)
        return item.text().strip() if item else ""

    def windows(self) -> tuple[firstrun.NewWindow, ...]:
        table = self.ui.windowsTable
        found = []
        for row in range(table.rowCount()):
            try:
                number = int(self._cell(table, row, NUMBER))
            except ValueError:
                raise UserError(
                    "The window number in row {row} is not a number",
                    row=row + 1,
                ) from None
            found.append(
                firstrun.NewWindow(number, self._cell(table, row, NAME), self._cell(table, row, DEPARTMENT))
            )
        return tuple(found)

    def categories(self) -> tuple[firstrun.NewCategory, ...]:
        table = self.ui.categoriesTable
        return tuple(
            firstrun.NewCategory(
                self._cell(table, row, PREFIX),
                self._cell(table, row, CATEGORY_NAME),
                self._cell(table, row, HOURS),
            )
            for row in range(table.rowCount())
            if table.item(row, USE).checkState() == Qt.CheckState.Checked
        )

    def plan(self) -> firstrun.FirstRunPlan:
        if self.ui.catalogueDemoRadio.isChecked():
            catalogue = firstrun.CATALOGUE_DEMO
        elif self.ui.catalogueFileRadio.isChecked():
            catalogue = firstrun.CATALOGUE_FILE
        else:
            catalogue = firstrun.CATALOGUE_EMPTY
        return firstrun.FirstRunPlan(
            site_code=self.ui.siteCodeEdit.text().strip().upper(),
            site_name=self.ui.siteNameEdit.text(),
            site_kind=self.ui.siteKindCombo.currentData(),
            admin_login=self.ui.adminLoginEdit.text(),
            admin_name=self.ui.adminNameEdit.text(),
            admin_password=self.ui.adminPasswordEdit.text(),
            windows=self.windows(),
            categories=self.categories(),
            catalogue=catalogue,
            catalogue_file=self.ui.catalogueFileEdit.text().strip(),
            central_url=self.ui.centralUrlEdit.text().strip(),
            central_password=self.ui.centralPasswordEdit.text(),
            central_ca_file=self.ui.centralCaEdit.text().strip(),
        )

    def summary(self) -> str:
        try:
            plan = self.plan()
        except UserError as exc:
            return exc.message
        windows = "、".join(str(w.number) for w in plan.windows)
        categories = "、".join(f"{c.prefix} {c.name}" for c in plan.categories)
        catalogue = {
            firstrun.CATALOGUE_EMPTY: self.tr("empty for now"),
            firstrun.CATALOGUE_DEMO: self.tr("the demo catalogue"),
            firstrun.CATALOGUE_FILE: plan.catalogue_file,
        }[plan.catalogue]
        return (
            self.tr(
                "Site: %1 %2\nAdministrator: %3\nWindows: %4\nQueue categories: %5\nCatalogue: %6\nCentral: %7"
            )
            .replace("%1", plan.site_code)
            .replace("%2", plan.site_name)
            .replace("%3", plan.admin_login)
            .replace("%4", windows)
            .replace("%5", categories)
            .replace("%6", catalogue)
            .replace("%7", plan.central_url or self.tr("not now"))
        )

    # -- checking each page before moving on (pure checks: no store involved) -------------
    def _page_errors(self) -> tuple[QLabel, object]:
        page = self.currentPage()
        ui = self.ui
        if page is ui.sitePage:
            return ui.siteErrorLabel, lambda: (
                site.validate_site_code(ui.siteCodeEdit.text()),
                ui.siteNameEdit.text().strip()
                or _raise(UserError("The site name must not be empty")),
            )
        if page is ui.adminPage:
            return ui.adminErrorLabel, self._check_admin
        if page is ui.windowsPage:
            return ui.windowsErrorLabel, self._check_windows
        if page is ui.categoriesPage:
            return ui.categoriesErrorLabel, self._check_categories
        if page is ui.cataloguePage:
            return ui.catalogueErrorLabel, self._check_catalogue
        if page is ui.centralPage:
            return ui.centralErrorLabel, lambda: firstrun.check_central(self.plan())
        return ui.finishErrorLabel, lambda: None

    def _check_admin(self) -> None:
        login = site.validate_login(self.ui.adminLoginEdit.text())
        if self.ui.adminPasswordEdit.text() != self.ui.adminPasswordAgainEdit.text():
            raise UserError("The two passwords differ")
        site.check_password(self.ui.adminPasswordEdit.text(), login)

    def _check_windows(self) -> None:
        numbers = [site.validate_window_number(w.number) for w in self.windows()]
        if len(set(numbers)) != len(numbers):
            raise UserError("A window number is given twice")

    def _check_categories(self) -> None:
        firstrun.check_plan(_with_parts(self.plan(), categories_only=True))

    def _check_catalogue(self) -> None:
        firstrun.check_plan(self.plan())

    def validateCurrentPage(self) -> bool:  # noqa: N802 (Qt's name)
        label, check = self._page_errors()
        try:
            check()  # type: ignore[operator]
        except UserError as exc:
            label.setText(exc.message)
            return False
        label.clear()
        return super().validateCurrentPage()

    # -- finishing ----------------------------------------------------------------------
    def accept(self) -> None:
        if self._busy:
            return
        try:
            plan = self.plan()
        except UserError as exc:
            self.ui.finishErrorLabel.setText(exc.message)
            return
        self._busy = True
        self.button(QWizard.WizardButton.FinishButton).setEnabled(False)
        self.ui.finishErrorLabel.setText("")
        self._tasks.run(firstrun.first_run, self._ctx, plan, on_done=self._created, on_error=self._failed)

    def _created(self, result: firstrun.FirstRunResult) -> None:
        self._busy = False
        self.notes = result.notes
        self.signed_in.emit(self._ctx.as_actor(result.actor), result.actor)
        super().accept()
        if self.notes:  # how the link to central went: linked, or why not (the site works offline)
            # over no window: the wizard is gone and the main window is still coming up
            self._dialogs.info(None, "\n\n".join(self.notes))

    def _failed(self, exc: BaseException) -> None:
        self._busy = False
        self.button(QWizard.WizardButton.FinishButton).setEnabled(True)
        if not isinstance(exc, UserError):
            raise exc
        self.ui.finishErrorLabel.setText(exc.message)


def _raise(exc: Exception) -> None:
    raise exc


def _with_parts(plan: firstrun.FirstRunPlan, categories_only: bool) -> firstrun.FirstRunPlan:
    """The plan with a valid placeholder catalogue choice, so only the pages seen so far are judged."""
    from dataclasses import replace

    return replace(plan, catalogue=firstrun.CATALOGUE_EMPTY) if categories_only else plan
