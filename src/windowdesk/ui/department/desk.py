"""The department desk (承办), for the ``handler`` role: the cases handed to my department with their
clocks; sign for a hand-over list by scanning it; review, pause and resume the clock, decide, make the
result ready, return a case, and ask a supervisor for the extension; explain (说明) my card or
exception on the case chosen."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QSplitter,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from windowdesk.domain import case_stages as stages
from windowdesk.services import cases, catalogue, supervision
from windowdesk.services.cases import CaseDetail, CaseFilter, CaseSummary
from windowdesk.services.supervision import OwnAlert
from windowdesk.ui.app_context import AppContext
from windowdesk.ui.cases import labels
from windowdesk.ui.department.dialogs import DecisionDialog, PauseDialog, ReasonDialog
from windowdesk.ui.intake.case_page import CasePage, cases_show
from windowdesk.ui.printing import PrintService
from windowdesk.ui.screen_fit import rows_follow_columns
from windowdesk.ui.supervision.my_alerts import explain_alert, mine_to_explain

#: what the desk lists: handed to the department and not yet out of its hands
DESK_STAGES = (stages.HANDED_OVER, stages.RECEIVED, stages.UNDER_REVIEW, stages.DECIDED)
#: move → (button text source, the stages it is offered in)
ACTIONS = {
    "receive": (stages.HANDED_OVER,),
    "review": (stages.RECEIVED,),
    "pause": (stages.UNDER_REVIEW,),
    "resume": (stages.UNDER_REVIEW,),
    "request_extension": (stages.RECEIVED, stages.UNDER_REVIEW),
    "decide": (stages.UNDER_REVIEW,),
    "ready": (stages.DECIDED,),
    "return": (stages.HANDED_OVER, stages.RECEIVED, stages.UNDER_REVIEW),
}


DESK_LIMIT = 500


Loaded = tuple[list[CaseSummary], dict[str, supervision.Urge], dict[str, list[OwnAlert]]]


def load_desk(services, department: str, limit: int = DESK_LIMIT) -> Loaded:
    """The department's cases in its hands, the nearest statutory due date first (so the most
    overdue are never cut off by the limit; the stages are filtered in the query), the 督办
    waiting for the signed-in handler by case number, and their own cards and exceptions by case
    number (those still to explain first, a red card before a yellow one)."""
    rows = cases.list_cases(
        services, CaseFilter(department_code=department, stage=DESK_STAGES, limit=limit, due_first=True)
    )
    urged = {u.subject: u for u in supervision.pending_urges(services)}
    own: dict[str, list[OwnAlert]] = {}
    for alert in supervision.own_alerts(services):
        own.setdefault(alert.subject, []).append(alert)
    for alerts in own.values():
        alerts.sort(key=lambda a: (not a.explainable, not a.card, a.kind != "red"))
    return rows, urged, own


class DepartmentDesk(QWidget):
    def __init__(
        self, app: AppContext, parent: QWidget | None = None, printers: PrintService | None = None
    ) -> None:
        super().__init__(parent)
        self.app = app
        self.rows: list[CaseSummary] = []
        top = QHBoxLayout()
        top.addWidget(QLabel(self.tr("Department:"), self))
        self.department_combo = QComboBox(self)
        self.department_combo.setObjectName("departmentCombo")
        self.department_combo.setMinimumWidth(260)
        top.addWidget(self.department_combo)
        self.scan_edit = QLineEdit(self)
        self.scan_edit.setObjectName("deskScanEdit")
        self.scan_edit.setPlaceholderText(self.tr("Scan a hand-over list to sign for it, or a case number"))
        top.addWidget(self.scan_edit, 1)
        self.refresh_button = QPushButton(self.tr("Refresh"), self)
        self.refresh_button.setObjectName("deskRefreshButton")
        top.addWidget(self.refresh_button)
        self.explain_button = QPushButton(self.tr("&Explain…"), self)
        self.explain_button.setObjectName("deskExplainButton")
        self.explain_button.setToolTip(self.tr("Give your explanation (说明) of your card on the chosen case"))
        top.addWidget(self.explain_button)
        self.own: dict[str, list[OwnAlert]] = {}  # my cards and exceptions by case number
        self.message = QLabel(self)
        self.message.setObjectName("deskMessage")

        self.table = QTableWidget(0, 7, self)
        self.table.setObjectName("deskTable")
        self.table.setHorizontalHeaderLabels(
            [
                self.tr("Case"),
                self.tr("Matter"),
                self.tr("Stage"),
                self.tr("Statutory due"),
                self.tr("Promised due"),
                self.tr("Clock"),
                self.tr("Applicant"),
            ]
        )
        self.table.setSelectionBehavior(QTableWidget.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QTableWidget.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().setVisible(False)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        for column in (1, 6):  # the matter and the applicant share what is left, and wrap
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.Stretch)
        rows_follow_columns(self.table)

        self.page = CasePage(app, printers or PrintService(), self)
        self.page.correction_box.setVisible(False)
        # a move made on the page itself (a withdrawal) changes which of the desk's moves are open
        self.page.case_changed.connect(self._update_buttons)
        self.buttons: dict[str, QPushButton] = {}
        actions = QGridLayout()  # two rows of four: the list keeps the room it needs on 1366 pixels
        texts = {
            "receive": self.tr("Sign for"),
            "review": self.tr("Start review"),
            "pause": self.tr("Pause…"),
            "resume": self.tr("Resume"),
            "request_extension": self.tr("Ask for extension…"),
            "decide": self.tr("Decide…"),
            "ready": self.tr("Result ready"),
            "return": self.tr("Return…"),
        }
        for index, (move, text) in enumerate(texts.items()):
            button = QPushButton(text, self)
            button.setObjectName(f"{move}Button")
            button.clicked.connect(lambda _=False, m=move: self.ask(m))
            self.buttons[move] = button
            actions.addWidget(button, index // 4, index % 4)

        right = QWidget(self)
        right_layout = QVBoxLayout(right)
        right_layout.setContentsMargins(0, 0, 0, 0)
        right_layout.addLayout(actions)
        right_layout.addWidget(self.page, 1)
        splitter = QSplitter(Qt.Orientation.Horizontal, self)
        splitter.addWidget(self.table)
        splitter.addWidget(right)
        splitter.setStretchFactor(0, 2)
        splitter.setStretchFactor(1, 3)
        splitter.setSizes([660, 706])  # the list's seven columns whole on a 1366-pixel screen
        self.table.setMinimumWidth(440)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.message)
        layout.addWidget(splitter, 1)

        self.department_combo.currentIndexChanged.connect(lambda _i: self.refresh())
        self.refresh_button.clicked.connect(self.refresh)
        self.scan_edit.returnPressed.connect(self.scanned)
        self.table.itemSelectionChanged.connect(self.open_selected)
        self.explain_button.clicked.connect(self.explain)
        app.hub.changed.connect(lambda what: what in ("cases", "supervision") and self.refresh())
        self._update_buttons(None)
        self.app.tasks.run(
            catalogue.list_departments, app.services, on_done=self._departments, on_error=self._error
        )

    # -- loading -----------------------------------------------------------------------------------
    def _departments(self, departments) -> None:  # type: ignore[no-untyped-def]
        self.department_combo.blockSignals(True)
        for dept in departments:
            self.department_combo.addItem(f"{dept.name}（{dept.code}）", dept.code)
        self.department_combo.blockSignals(False)
        self.refresh()

    @property
    def department(self) -> str | None:
        return self.department_combo.currentData()

    def refresh(self) -> None:
        if not self.department:
            return
        self.app.tasks.run(
            load_desk, self.app.services, self.department, on_done=self._show, on_error=self._error
        )

    def _show(self, loaded: Loaded) -> None:
        rows, urged, self.own = loaded
        current = self.selected_number()
        self.rows = rows
        self.table.blockSignals(True)
        self.table.setRowCount(len(rows))
        for r, s in enumerate(rows):
            clock = self.tr("paused") if s.paused else ""
            values = [
                s.case_no,
                s.matter_name,
                labels.stage(s.stage),
                s.statutory_due.isoformat() if s.statutory_due else "—",
                s.promised_due.isoformat() if s.promised_due else "—",
                clock,
                s.applicant_name,
            ]
            for c, value in enumerate(values):
                item = QTableWidgetItem(value)
                if c == 5 and s.paused:
                    item.setForeground(QColor("#b5651d"))
                if c == 0 and s.case_no in urged:  # 督办: the number in bold, the note on hover
                    urge = urged[s.case_no]
                    font = item.font()
                    font.setBold(True)
                    item.setFont(font)
                    item.setForeground(QColor("#b3261e"))
                    item.setToolTip(
                        self.tr("Urged by %1: %2 (explain by %3)")
                        .replace("%1", urge.by_login)
                        .replace("%2", urge.note)
                        .replace("%3", urge.due_on.isoformat())
                    )
                explained = [a.explanation for a in self.own.get(s.case_no, []) if a.explanation]
                if c == 0 and explained:  # what I said: on hover, under the urge
                    lines = [item.toolTip()] if item.toolTip() else []
                    lines += [self.tr("My explanation: %1").replace("%1", note) for note in explained]
                    item.setToolTip("\n".join(lines))
                self.table.setItem(r, c, item)
        self.table.blockSignals(False)
        for r, s in enumerate(rows):
            if s.case_no == current:
                self.table.selectRow(r)
        self._update_explain()

    def selected_number(self) -> str | None:
        row = self.table.currentRow()
        return (
            self.rows[row].case_no
            if 0 <= row < len(self.rows)
            else (self.page.case.case_no if self.page.case else None)
        )

    def open_selected(self) -> None:
        row = self.table.currentRow()
        if 0 <= row < len(self.rows):
            self.open_case(self.rows[row].case_no)

    def open_case(self, number: str) -> None:
        self.app.tasks.run(cases_show, self.app, number, on_done=self._opened, on_error=self._error)

    def _opened(self, case: CaseDetail) -> None:
        self.page.show_case(case)
        self.page.correction_box.setVisible(False)
        self._update_buttons(case)

    def to_explain(self) -> OwnAlert | None:
        """My card on the case chosen that I have not explained yet (the red one first); exceptions
        are explained from Windows ▸ My cards and exceptions."""
        number = self.selected_number()
        alerts = self.own.get(number, []) if number else []
        return next((a for a in alerts if a.card and mine_to_explain(self.app, a)), None)

    def _update_explain(self) -> None:
        self.explain_button.setEnabled(self.to_explain() is not None)

    def explain(self) -> None:
        alert = self.to_explain()
        if alert is not None:
            explain_alert(self.app, self, alert, self.refresh)

    def _update_buttons(self, case: CaseDetail | None) -> None:
        self._update_explain()
        for move, button in self.buttons.items():
            allowed = case is not None and case.stage in ACTIONS[move]
            if case is not None and case.life is not None:
                if move == "pause":
                    allowed = allowed and not case.life.paused
                if move in ("resume",):
                    allowed = allowed and case.life.paused
                if move == "decide":
                    allowed = allowed and not case.life.paused
                if move == "request_extension":
                    allowed = (
                        allowed
                        and not case.life.extension_workdays
                        and case.life.extension.get("state") != "requested"
                    )
            button.setEnabled(allowed)

    # -- scanning a list or a case -------------------------------------------------------------------
    def scanned(self) -> None:
        text = self.scan_edit.text().strip()
        self.scan_edit.clear()
        if not text:
            return
        if cases.is_batch_no(text):
            self.app.tasks.run(
                cases.receive_batch, self.app.services, text, on_done=self._signed, on_error=self._error
            )
        else:
            self.open_case(text)

    def _signed(self, batch: cases.HandoverBatch) -> None:
        self.message.setText(
            self.tr("Signed for list %1: %n case(s)", "", len(batch.case_nos)).replace("%1", batch.batch_no)
        )
        self.app.hub.changed.emit("cases")
        self.refresh()

    # -- the moves -----------------------------------------------------------------------------------
    def ask(self, move: str) -> None:
        """Open the move's form (if it needs one) and make the move."""
        case = self.page.case
        if case is None:
            return
        if move == "pause":
            dialog = PauseDialog(self)
            if dialog.exec() == QDialog.DialogCode.Accepted:
                self.move("pause", *dialog.values())
        elif move == "decide":
            dialog = DecisionDialog(self)
            if dialog.exec() == QDialog.DialogCode.Accepted:
                self.move("decide", *dialog.values())
        elif move == "return":
            dialog = ReasonDialog(self.tr("Return the case"), self)
            if dialog.exec() == QDialog.DialogCode.Accepted:
                self.move("return", dialog.values()[0])
        elif move == "request_extension":
            days = int(case.matter.extension_workdays or 10)
            dialog = ReasonDialog(self.tr("Ask a supervisor for the extension"), self, workdays=days)
            if dialog.exec() == QDialog.DialogCode.Accepted:
                reason, workdays = dialog.values()
                self.move("request_extension", reason, workdays)
        else:
            self.move(move)

    def move(self, move: str, *values: object) -> None:
        """Make ``move`` on the open case with the form's ``values`` (on the store worker)."""
        case = self.page.case
        if case is None:
            return
        services, number = self.app.services, case.case_no
        calls: dict[str, Callable[[], CaseDetail]] = {
            "receive": lambda: cases.receive_case(services, number),
            "review": lambda: cases.start_review(services, number),
            "pause": lambda: cases.pause_clock(services, number, *values),  # type: ignore[arg-type]
            "resume": lambda: cases.resume_clock(services, number),
            "request_extension": lambda: cases.request_extension(services, number, values[0], values[1]),  # type: ignore[arg-type]
            "decide": lambda: cases.record_decision(services, number, *values),  # type: ignore[arg-type]
            "ready": lambda: cases.mark_ready(services, number),
            "return": lambda: cases.return_case(services, number, values[0]),  # type: ignore[arg-type]
        }
        self.app.tasks.run(calls[move], on_done=self._moved, on_error=self._error)

    def _moved(self, case: CaseDetail) -> None:
        self._opened(case)
        self.message.setText(
            self.tr("Case %1: %2").replace("%1", case.case_no).replace("%2", labels.stage(case.stage))
        )
        self.app.hub.changed.emit("cases")

    def _error(self, exc: BaseException) -> None:
        self.app.dialogs.show_exception(self, exc)
