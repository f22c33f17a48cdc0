"""The signed-in person's own cards and exceptions (电子监察), for the counter clerk and the department
handler: what was found, what the supervisor urged, and their explanation (说明), given with 说明… for
the one selected while it is theirs and not yet explained (Windows ▸ My cards and exceptions; the
department desk gives it for the case chosen too). The dialog is the supervisor's."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from windowdesk.services import supervision
from windowdesk.services.supervision import OwnAlert
from windowdesk.ui.app_context import AppContext
from windowdesk.ui.screen_fit import rows_follow_columns
from windowdesk.ui.supervision import labels
from windowdesk.ui.supervision.handling_dialog import HandlingDialog

URGE_COLUMN, EXPLANATION_COLUMN = 5, 6
MY_ALERTS_KEY = "Ctrl+Shift+E"  # Windows ▸ My cards and exceptions…


def alert_name(alert: OwnAlert) -> str:
    """How the explanation dialog names what is explained."""
    if alert.card:
        text = QCoreApplication.translate("MyAlertsPanel", "%1 card of case %2")
        return text.replace("%1", labels.level_label(alert.kind)).replace("%2", alert.subject)
    text = QCoreApplication.translate("MyAlertsPanel", "Exception “%1” of %2")
    return text.replace("%1", labels.kind_label(alert.kind)).replace("%2", alert.subject)


def mine_to_explain(app: AppContext, alert: OwnAlert | None) -> bool:
    """Whether the signed-in person may explain ``alert`` now: theirs and not yet explained."""
    return alert is not None and alert.explainable and alert.responsible_login == app.actor.login


def explain_alert(
    app: AppContext, parent: QWidget, alert: OwnAlert, on_done: Callable[[], None] | None = None
) -> HandlingDialog:
    """Ask for the explanation of ``alert`` in the supervisor's dialog (window-modal, not blocking)
    and record it on the store worker once confirmed; then every list of cards reads again."""
    title = QCoreApplication.translate("MyAlertsPanel", "Explanation")
    dialog = HandlingDialog(title, parent, target=alert_name(alert))
    dialog.setObjectName("explainDialog")
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    services = app.services

    def explained(_target: object) -> None:
        app.hub.changed.emit("supervision")
        if on_done is not None:
            on_done()

    def confirmed() -> None:
        app.tasks.run(
            supervision.explain,
            services,
            str(alert.id),
            dialog.note.toPlainText(),
            on_done=explained,
            on_error=lambda exc: app.dialogs.show_exception(parent, exc),
        )

    dialog.accepted.connect(confirmed)
    dialog.open()
    return dialog


class MyAlertsPanel(QWidget):
    """The list (those still to explain first) and 说明… for the row selected."""

    def __init__(self, app: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("myAlertsPanel")
        self.app = app
        self.alerts: list[OwnAlert] = []
        self.table = QTableWidget(0, 7, self)
        self.table.setObjectName("myAlertsTable")
        self.table.setHorizontalHeaderLabels(
            [
                self.tr("Kind"),
                self.tr("Case or ticket"),
                self.tr("Date"),
                self.tr("Due"),
                self.tr("State"),
                self.tr("Urged"),
                self.tr("My explanation"),
            ]
        )
        self.table.setSelectionBehavior(QTableWidget.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QTableWidget.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().setVisible(False)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        for column in (URGE_COLUMN, EXPLANATION_COLUMN):  # the notes share what is left, and wrap
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.Stretch)
        rows_follow_columns(self.table)
        self.empty = QLabel(self.tr("No cards or exceptions are waiting for you."), self)
        self.empty.setObjectName("myAlertsEmpty")
        self.empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.explain_button = QPushButton(self.tr("&Explain…"), self)
        self.explain_button.setObjectName("myExplainButton")
        self.explain_button.setToolTip(self.tr("Give your explanation of the selected card or exception"))
        self.refresh_button = QPushButton(self.tr("&Refresh"), self)
        self.refresh_button.setObjectName("myAlertsRefreshButton")
        row = QHBoxLayout()
        row.addWidget(self.explain_button)
        row.addStretch(1)
        row.addWidget(self.refresh_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.empty, 1)
        layout.addLayout(row)
        self.table.itemSelectionChanged.connect(self._update_button)
        self.table.itemDoubleClicked.connect(lambda _item: self.explain())
        self.explain_button.clicked.connect(self.explain)
        self.refresh_button.clicked.connect(self.refresh)
        QShortcut(QKeySequence(Qt.Key.Key_F5), self, self.refresh).setContext(
            Qt.ShortcutContext.WidgetWithChildrenShortcut
        )
        app.hub.changed.connect(lambda what: what in ("cases", "supervision") and self.refresh())
        self._show([])
        self.refresh()

    def refresh(self) -> None:
        self.app.tasks.run(
            supervision.own_alerts, self.app.services, on_done=self._show, on_error=self._error
        )

    def _show(self, alerts: list[OwnAlert]) -> None:
        current = self.selected()
        self.alerts = alerts
        self.table.setRowCount(len(alerts))
        for r, a in enumerate(alerts):
            urged = ""
            if a.urge_note:
                urged = self.tr("%1 (answer by %2)").replace("%1", a.urge_note)
                urged = urged.replace("%2", a.urge_due.isoformat() if a.urge_due else "—")
            values = [
                labels.level_label(a.kind) if a.card else labels.kind_label(a.kind),
                a.subject,
                a.on.isoformat(),
                a.due_date.isoformat() if a.due_date else "",
                labels.state_label(a.state),
                urged,
                a.explanation,
            ]
            for c, value in enumerate(values):
                item = QTableWidgetItem(value)
                if c == 0 and a.detail:
                    item.setToolTip(a.detail)  # what the exception found
                self.table.setItem(r, c, item)
        self.table.setVisible(bool(alerts))
        self.empty.setVisible(not alerts)
        for r, a in enumerate(alerts):  # the same one stays selected after a refresh
            if current is not None and a.id == current.id:
                self.table.selectRow(r)
        if alerts and self.table.currentRow() < 0:
            self.table.selectRow(0)
        self._update_button()

    def selected(self) -> OwnAlert | None:
        row = self.table.currentRow()
        return self.alerts[row] if 0 <= row < len(self.alerts) else None

    def _update_button(self) -> None:
        self.explain_button.setEnabled(mine_to_explain(self.app, self.selected()))

    def explain(self) -> HandlingDialog | None:
        alert = self.selected()
        if not mine_to_explain(self.app, alert):
            return None
        return explain_alert(self.app, self, alert, self.refresh)

    def _error(self, exc: BaseException) -> None:
        self.app.dialogs.show_exception(self, exc)


class MyAlertsDialog(QDialog):
    """The panel in a window of its own (Windows ▸ My cards and exceptions…)."""

    def __init__(self, app: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("myAlertsDialog")
        self.setWindowTitle(self.tr("My cards and exceptions"))
        self.panel = MyAlertsPanel(app, self)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.panel, 1)
        layout.addWidget(buttons)
