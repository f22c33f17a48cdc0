"""The follow-up of bad ratings (差评整改) on the supervisor's desk: the open, overdue or all
follow-ups with their due date, next step, window and staff member; the steps so far; and the next
step recorded with a note — verify, rectify, call back (was the applicant satisfied?), close, in that
order (``services.ratings.record_step``).

The list carries no personal data of the applicant; the detail shows the name and phone for the call
back to a supervisor only (the service decides). The staff member concerned reads their own
follow-ups in :class:`MyFollowupsDialog` (no recording, no applicant data).
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QColor, QKeyEvent
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QSplitter,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from windowdesk.domain.ratings import CLOSED, REASONS, STEP_NAMES, level_name
from windowdesk.errors import current_language
from windowdesk.messages import translate
from windowdesk.services import ratings
from windowdesk.services.ratings import FollowupInfo
from windowdesk.ui.app_context import AppContext

OVERDUE_COLOUR = QColor("#ffc9c2")
OPEN, OVERDUE, ALL = "open", "overdue", "all"


def _table(parent: QWidget, name: str, headers: list[str], stretch: int) -> QTableWidget:
    table = QTableWidget(0, len(headers), parent)
    table.setObjectName(name)
    table.setHorizontalHeaderLabels(headers)
    table.setSelectionBehavior(QTableWidget.SelectionBehavior.SelectRows)
    table.setSelectionMode(QTableWidget.SelectionMode.SingleSelection)
    table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
    table.verticalHeader().setVisible(False)
    header = table.horizontalHeader()
    header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    header.setSectionResizeMode(stretch, QHeaderView.ResizeMode.Stretch)
    return table


class FollowupsPanel(QWidget):
    """``own``: the staff member's read-only view of their own follow-ups."""

    def __init__(self, app: AppContext, parent: QWidget | None = None, *, own: bool = False) -> None:
        super().__init__(parent)
        self.setObjectName("myFollowupsPanel" if own else "followupsPanel")
        self.app = app
        self.own = own
        self.rows: list[FollowupInfo] = []
        self.shown: FollowupInfo | None = None
        self._select_number = ""

        self.filter_combo = QComboBox(self)
        self.filter_combo.setObjectName("followupFilterCombo")
        self.filter_combo.addItem(self.tr("Open"), OPEN)
        self.filter_combo.addItem(self.tr("Overdue"), OVERDUE)
        self.filter_combo.addItem(self.tr("All, closed ones too"), ALL)
        self.refresh_button = QPushButton(self.tr("Refresh"), self)
        self.refresh_button.setObjectName("followupRefreshButton")
        self.count_label = QLabel(self)
        self.count_label.setObjectName("followupCountLabel")
        bar = QHBoxLayout()
        bar.addWidget(QLabel(self.tr("Show"), self))
        bar.addWidget(self.filter_combo)
        bar.addWidget(self.refresh_button)
        bar.addWidget(self.count_label, 1)

        self.table = _table(
            self,
            "followupTable",
            [
                self.tr("Follow-up"),
                self.tr("Rated visit"),
                self.tr("Visit day"),
                self.tr("Rating"),
                self.tr("Reasons"),
                self.tr("Window"),
                self.tr("Staff"),
                self.tr("Due"),
                self.tr("Next step"),
                self.tr("State"),
            ],
            stretch=4,
        )
        self.detail_label = QLabel(self)
        self.detail_label.setObjectName("followupDetailLabel")
        self.detail_label.setWordWrap(True)
        self.detail_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.steps_table = _table(
            self,
            "followupStepsTable",
            [self.tr("Step"), self.tr("Day"), self.tr("By"), self.tr("Applicant satisfied"), self.tr("Note")],
            stretch=4,
        )
        self.steps_table.setWordWrap(True)
        detail = QWidget(self)
        detail_layout = QVBoxLayout(detail)
        detail_layout.setContentsMargins(0, 0, 0, 0)
        detail_layout.addWidget(self.detail_label)
        detail_layout.addWidget(self.steps_table, 1)

        bottom = QWidget(self)
        bottom_layout = QHBoxLayout(bottom)
        bottom_layout.setContentsMargins(0, 0, 0, 0)
        bottom_layout.addWidget(detail, 1)
        self.step_form = self._build_form(bottom)
        bottom_layout.addWidget(self.step_form)
        self.step_form.setVisible(not own)

        self.splitter = QSplitter(Qt.Orientation.Vertical, self)
        self.splitter.setObjectName("followupSplitter")
        self.splitter.addWidget(self.table)
        self.splitter.addWidget(bottom)
        self.splitter.setStretchFactor(0, 3)
        self.splitter.setStretchFactor(1, 2)
        self.message = QLabel(self)
        self.message.setObjectName("followupMessage")
        self.message.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addLayout(bar)
        layout.addWidget(self.splitter, 1)
        layout.addWidget(self.message)

        self.filter_combo.currentIndexChanged.connect(lambda _i: self.refresh())
        self.refresh_button.clicked.connect(self.refresh)
        self.table.itemSelectionChanged.connect(self._selected)
        app.hub.changed.connect(lambda what: self.refresh() if what == "ratings" else None)
        self._show_detail(None)
        self.refresh()

    def _build_form(self, parent: QWidget) -> QWidget:
        form_box = QWidget(parent)
        form_box.setObjectName("followupStepForm")
        form_box.setMinimumWidth(340)
        form_box.setMaximumWidth(440)
        form = QFormLayout(form_box)
        form.setContentsMargins(8, 0, 0, 0)
        self.next_step_label = QLabel(form_box)
        self.next_step_label.setObjectName("followupNextStepLabel")
        form.addRow(self.tr("Next step"), self.next_step_label)
        self.note_edit = QPlainTextEdit(form_box)
        self.note_edit.setObjectName("followupNoteEdit")
        self.note_edit.setPlaceholderText(self.tr("What was found, done or answered"))
        form.addRow(self.tr("Note"), self.note_edit)
        self.satisfied_combo = QComboBox(form_box)
        self.satisfied_combo.setObjectName("followupSatisfiedCombo")
        self.satisfied_combo.addItem(self.tr("Choose…"), None)
        self.satisfied_combo.addItem(self.tr("Satisfied"), True)
        self.satisfied_combo.addItem(self.tr("Not satisfied"), False)
        self.satisfied_label = QLabel(self.tr("Applicant"), form_box)
        form.addRow(self.satisfied_label, self.satisfied_combo)
        self.record_button = QPushButton(self.tr("Record (Ctrl+Enter)"), form_box)
        self.record_button.setObjectName("followupRecordButton")
        form.addRow(self.record_button)
        self.record_button.clicked.connect(self.record)
        self.note_edit.installEventFilter(self)  # Ctrl+Enter in the note records it
        return form_box

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802
        if (
            watched is self.note_edit
            and event.type() == QEvent.Type.KeyPress
            and isinstance(event, QKeyEvent)
            and event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter)
            and event.modifiers() & Qt.KeyboardModifier.ControlModifier
        ):
            self.record()
            return True
        return super().eventFilter(watched, event)

    # -- reading -----------------------------------------------------------------------------
    def refresh(self) -> None:
        services, overdue = self.app.services, self.filter_combo.currentData() == OVERDUE
        self.app.tasks.run(
            lambda: ratings.list_followups(services, overdue_only=overdue),
            on_done=self._show,
            on_error=self._error,
        )

    def _show(self, found: list[FollowupInfo]) -> None:
        keep = self._select_number or (self.shown.number if self.shown else "")
        self._select_number = ""
        if self.filter_combo.currentData() == OPEN:
            found = [f for f in found if not f.closed]
        self.rows = found
        self.table.blockSignals(True)
        self.table.clearSelection()  # selecting below always reads the detail afresh
        self.table.setRowCount(len(found))
        for r, f in enumerate(found):
            due = f.due_on.isoformat() + ("*" if f.due_provisional else "")
            values = [
                f.number,
                f.subject_label,
                f.service_day.isoformat(),
                level_name(f.level, current_language()),
                self._reasons(f.reasons),
                str(f.window_no) if f.window_no else "—",
                f.staff_name or f.staff_login or "—",
                due,
                self.step_name(f.next_step),
                self.state_name(f),
            ]
            for c, value in enumerate(values):
                item = QTableWidgetItem(value)
                if f.overdue:
                    item.setBackground(OVERDUE_COLOUR)
                self.table.setItem(r, c, item)
        self.table.blockSignals(False)
        overdue = sum(1 for f in found if f.overdue)
        self.count_label.setText(
            self.tr("%1 shown · %2 overdue").replace("%1", str(len(found))).replace("%2", str(overdue))
        )
        numbers = [f.number for f in found]
        if found:
            self.table.selectRow(numbers.index(keep) if keep in numbers else 0)
        else:
            self._show_detail(None)

    def _reasons(self, codes: tuple[str, ...]) -> str:
        return self.tr(", ").join(translate(REASONS[c]) if c in REASONS else c for c in codes)

    def step_name(self, step: str) -> str:
        return self.tr("closed") if step == CLOSED else translate(STEP_NAMES[step])

    def state_name(self, f: FollowupInfo) -> str:
        if f.closed:
            return self.tr("closed on time") if f.on_time else self.tr("closed late")
        return self.tr("overdue") if f.overdue else self.tr("open")

    def _selected(self) -> None:
        row = self.table.currentRow()
        if not 0 <= row < len(self.rows):
            self._show_detail(None)
            return
        number, services = self.rows[row].number, self.app.services
        self._show_detail(self.rows[row])
        self.app.tasks.run(
            lambda: ratings.followup_detail(services, number), on_done=self._detail_read, on_error=self._error
        )

    def _detail_read(self, f: FollowupInfo) -> None:
        if self.shown is not None and self.shown.number == f.number:
            self._show_detail(f)

    def _show_detail(self, f: FollowupInfo | None) -> None:
        self.shown = f
        if f is None:
            self.detail_label.setText(self.tr("No follow-up selected."))
            self.steps_table.setRowCount(0)
            self._update_form()
            return
        lines = [
            self.tr("%1 · %2 of %3 · %4 · reasons: %5")
            .replace("%1", f.number)
            .replace("%2", f.subject_label)
            .replace("%3", f.service_day.isoformat())
            .replace("%4", level_name(f.level, current_language()))
            .replace("%5", self._reasons(f.reasons))
        ]
        if f.text:
            lines.append(self.tr("The applicant wrote: %1").replace("%1", f.text))
        if f.applicant is not None and (f.applicant.name or f.applicant.phone):
            lines.append(
                self.tr("Call back: %1 %2").replace("%1", f.applicant.name).replace("%2", f.applicant.phone)
            )
        self.detail_label.setText("\n".join(lines))
        self.steps_table.setRowCount(len(f.steps))
        for r, s in enumerate(f.steps):
            satisfied = "" if s.satisfied is None else (self.tr("yes") if s.satisfied else self.tr("no"))
            for c, value in enumerate(
                [self.step_name(s.step), s.on_day.isoformat(), s.user_login, satisfied, s.note]
            ):
                self.steps_table.setItem(r, c, QTableWidgetItem(value))
        self.steps_table.resizeRowsToContents()
        self._update_form()

    def _update_form(self) -> None:
        f = self.shown
        step = CLOSED if f is None else f.next_step
        self.next_step_label.setText("—" if f is None else self.step_name(step))
        callback = step == "callback"
        self.satisfied_label.setVisible(callback)
        self.satisfied_combo.setVisible(callback)
        self.satisfied_combo.setCurrentIndex(0)
        can_record = f is not None and step != CLOSED
        self.note_edit.setEnabled(can_record)
        self.record_button.setEnabled(can_record)
        self.record_button.setText(
            self.tr("Record %1 (Ctrl+Enter)").replace("%1", self.step_name(step))
            if can_record
            else self.tr("Record (Ctrl+Enter)")
        )

    # -- recording ---------------------------------------------------------------------------
    def record(self) -> None:
        f = self.shown
        if self.own or f is None or f.next_step == CLOSED:
            return
        step, note = f.next_step, self.note_edit.toPlainText()
        satisfied = self.satisfied_combo.currentData() if step == "callback" else None
        if step == "callback" and satisfied is None:
            self.message.setText(self.tr("Choose whether the applicant was satisfied with the answer."))
            self.satisfied_combo.setFocus()
            return
        services, number = self.app.services, f.number
        self.record_button.setEnabled(False)
        self.app.tasks.run(
            lambda: ratings.record_step(services, number, step, note, satisfied),
            on_done=self._recorded,
            on_error=self._record_failed,
        )

    def _recorded(self, f: FollowupInfo) -> None:
        self.note_edit.clear()
        done = f.steps[-1].step if f.steps else f.next_step
        text = self.tr("Recorded: %1 %2.").replace("%1", f.number).replace("%2", self.step_name(done))
        if f.next_step != CLOSED:
            text += " " + self.tr("Next: %1.").replace("%1", self.step_name(f.next_step))
        self.message.setText(text)
        self._select_number = f.number
        self.app.hub.changed.emit("ratings")  # this panel refreshes with the others

    def _record_failed(self, exc: BaseException) -> None:
        self._update_form()
        self._error(exc)

    def _error(self, exc: BaseException) -> None:
        self.app.dialogs.show_exception(self, exc)


class MyFollowupsDialog(QDialog):
    """The staff member's own bad-rating follow-ups, read-only (Windows menu)."""

    def __init__(self, app: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("myFollowupsDialog")
        self.setWindowTitle(self.tr("My bad-rating follow-ups"))
        self.panel = FollowupsPanel(app, self, own=True)
        self.panel.filter_combo.setCurrentIndex(self.panel.filter_combo.findData(ALL))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.panel, 1)
        layout.addWidget(buttons)
