"""The counter's queue panel: the current ticket with its elapsed time, the F-key actions, and the
waiting list per category. Every action runs on the task runner; the panel refreshes itself.
Layout: forms/counter_queue.ui."""

from __future__ import annotations

from collections.abc import Callable
from zoneinfo import ZoneInfo

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QCloseEvent, QKeySequence
from PySide6.QtWidgets import QHeaderView, QPushButton, QTreeWidgetItem, QWidget

from windowdesk.domain.queue import Outcome
from windowdesk.services import queue, visit
from windowdesk.services import queue as queue_moves
from windowdesk.services.queue import QueueStatus, TicketInfo
from windowdesk.ui.app_context import AppContext
from windowdesk.ui.generated.ui_counter_queue import Ui_CounterQueuePanel
from windowdesk.ui.queue.labels import outcome_name, priority_name, state_name
from windowdesk.ui.queue.live import QueueLive


def _minutes_seconds(seconds: float) -> str:
    seconds = max(0, int(seconds))
    return f"{seconds // 60:02d}:{seconds % 60:02d}"


class CounterQueuePanel(QWidget):
    #: The ticket served here was finished (F4): what is on screen belongs to the applicant who left.
    visit_finished = Signal()

    def __init__(self, app: AppContext, parent: QWidget | None = None, *, watch: bool = True) -> None:
        super().__init__(parent)
        self.setObjectName("counterQueuePanel")
        self.app = app
        self.window_no = app.actor.window_no or app.settings.window_number
        self.current: TicketInfo | None = None
        self.paused = False
        #: The outcome F4 proposes first (the counter face asks intake what the case says), or None.
        self.propose_outcome: Callable[[], str | None] = lambda: None

        self.ui = Ui_CounterQueuePanel()
        self.ui.setupUi(self)
        # the names the counter face and the tests use
        self.title, self.pause_banner = self.ui.counterWindowTitle, self.ui.pauseBanner
        self.number_label, self.detail_label = self.ui.currentNumber, self.ui.currentDetail
        self.elapsed_label, self.waiting = self.ui.elapsedLabel, self.ui.waitingList
        self.title.setText(self.tr("Window %1").replace("%1", str(self.window_no)))

        self.buttons: dict[str, QPushButton] = {}
        actions: list[tuple[QPushButton, str, Callable[[], None]]] = [
            (self.ui.callNextButton, "F1", self.call_next),
            (self.ui.recallButton, "F2", self.recall),
            (self.ui.noShowButton, "F3", self.no_show),
            (self.ui.finishButton, "F4", self.finish),
            (self.ui.transferButton, "F5", self.transfer),
            (self.ui.pauseButton, "F6", self.toggle_pause),
            (self.ui.startButton, "F7", self.start_serving),
            (self.ui.callChosenButton, "F8", self.call_selected),
        ]
        for button, key, slot in actions:
            button.setText(f"{button.text()}  ({key})")
            button.setShortcut(QKeySequence(key))
            button.clicked.connect(slot)
            self.buttons[button.objectName()] = button
        self.waiting.itemDoubleClicked.connect(lambda *_: self.call_selected())
        # a narrow panel: each column as wide as what it shows, the waited time never scrolled away
        # and the number column takes the rest: the category rows span it, so no sideways scrolling
        header = self.waiting.header()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)

        self._timer = QTimer(self)
        self._timer.setInterval(1000)
        self._timer.timeout.connect(self._tick)
        self._timer.start()
        self.live = QueueLive(app, self, watch=watch)
        self.live.status_changed.connect(self.show_status)
        self._update_buttons()
        self.live.refresh()

    # -- showing ---------------------------------------------------------------------------
    def show_status(self, status: QueueStatus) -> None:
        mine = next((w for w in status.windows if w.window_no == self.window_no), None)
        self.current = mine.current if mine else None
        self.paused = bool(mine and mine.paused)
        self.pause_banner.setVisible(self.paused)
        if self.paused:
            self.pause_banner.setText(self.tr("Paused: %1").replace("%1", mine.pause_reason))
        if self.current is None:
            self.number_label.setText("—")
            self.detail_label.setText(self.tr("No ticket called"))
        else:
            t = self.current
            parts = [t.category_name, state_name(t.state)]
            if t.priority_kind:
                parts.append(priority_name(t.priority_kind))
            if t.recall_count:
                parts.append(self.tr("recalled %1×").replace("%1", str(t.recall_count)))
            self.number_label.setText(t.number)
            self.detail_label.setText(" · ".join(parts))
        self._fill_waiting(status)
        self._update_buttons()
        self._tick()

    def _fill_waiting(self, status: QueueStatus) -> None:
        selected = self.selected_ticket()
        self.waiting.clear()
        now = self.app.clock.now()
        for category in status.categories:
            tickets = [t for t in status.waiting if t.category_prefix == category.prefix]
            group = QTreeWidgetItem(self.waiting, [f"{category.prefix} {category.name} ({len(tickets)})"])
            group.setFirstColumnSpanned(True)
            for t in tickets:
                item = QTreeWidgetItem(
                    group,
                    [
                        t.number,
                        priority_name(t.priority_kind) if t.priority_kind else "",
                        t.arrival_at.astimezone(ZoneInfo(status.zone)).strftime("%H:%M"),
                        _minutes_seconds((now - t.arrival_at).total_seconds()),
                    ],
                )
                item.setData(0, Qt.ItemDataRole.UserRole, t)
                if selected is not None and t.id == selected.id:
                    self.waiting.setCurrentItem(item)
            group.setExpanded(True)
        if status.no_shows:
            group = QTreeWidgetItem(
                self.waiting, [self.tr("No-shows (%1)").replace("%1", str(len(status.no_shows)))]
            )
            group.setFirstColumnSpanned(True)
            for t in status.no_shows:
                item = QTreeWidgetItem(
                    group, [t.number, priority_name(t.priority_kind) if t.priority_kind else ""]
                )
                item.setData(0, Qt.ItemDataRole.UserRole, t)
                item.setToolTip(0, self.tr("Double-click to put this ticket back in the queue"))
            group.setExpanded(True)

    def selected_ticket(self) -> TicketInfo | None:
        item = self.waiting.currentItem()
        return item.data(0, Qt.ItemDataRole.UserRole) if item is not None else None

    def _tick(self) -> None:
        now = self.app.clock.now()
        for g in range(self.waiting.topLevelItemCount()):  # how long each applicant has waited, live
            group = self.waiting.topLevelItem(g)
            for i in range(group.childCount()):
                item = group.child(i)
                ticket: TicketInfo | None = item.data(0, Qt.ItemDataRole.UserRole)
                if ticket is not None and ticket.state != "no_show":
                    item.setText(3, _minutes_seconds((now - ticket.arrival_at).total_seconds()))
        if self.current is None:
            self.elapsed_label.setText("")
            return
        seconds = (now - self.current.state_since).total_seconds()
        what = self.tr("Serving") if self.current.state == "serving" else self.tr("Called")
        self.elapsed_label.setText(f"{what} {_minutes_seconds(seconds)}")

    def _update_buttons(self) -> None:
        state = self.current.state if self.current else None
        enabled = {
            "callNextButton": state is None and not self.paused,
            "callChosenButton": state is None and not self.paused,
            "recallButton": state == "called",
            "noShowButton": state == "called",
            "startButton": state == "called",
            "finishButton": state == "serving",
            "transferButton": state is not None,
            "pauseButton": True,
        }
        for name, on in enabled.items():
            self.buttons[name].setEnabled(on)
        label = self.tr("Resume") if self.paused else self.tr("Pause")
        self.buttons["pauseButton"].setText(f"{label}  (F6)")
        self.buttons["pauseButton"].setShortcut(QKeySequence("F6"))  # setText replaced it by the mnemonic

    # -- actions ---------------------------------------------------------------------------
    def _run(self, fn, *args, **kwargs) -> None:  # type: ignore[no-untyped-def]
        def done(result) -> None:  # type: ignore[no-untyped-def]
            self.app.hub.changed.emit("queue")
            if fn is queue.call_next and result is None:
                self.app.dialogs.info(self, self.tr("No ticket is waiting for this window."))

        self.app.tasks.run(fn, self.app.services, *args, on_done=done,
                           on_error=lambda exc: self.app.dialogs.show_exception(self, exc), **kwargs)  # fmt: skip

    def call_next(self) -> None:
        self._run(queue.call_next, self.window_no)

    def call_selected(self) -> None:
        ticket = self.selected_ticket()
        if ticket is None:
            self.app.dialogs.error(self, self.tr("Choose a ticket in the waiting list first."))
            return
        if ticket.state == "no_show":  # the applicant came back: the ticket waits again, arrival kept
            self._run(queue_moves.reactivate, ticket.id)
            return
        self._run(queue.call_ticket, self.window_no, ticket.id)

    def call_scanned_ticket(self, code: str) -> None:
        """A ticket slip was scanned (site + yyyymmdd + number): call it here if it is waiting today."""
        status = self.live.status
        waiting = [] if status is None else [*status.waiting, *status.no_shows]
        ticket = next((t for t in waiting if code.endswith(f"{t.service_day:%Y%m%d}{t.number}")), None)
        if ticket is None:
            self.app.dialogs.error(
                self, self.tr("The scanned ticket %1 is not waiting in today's queue.").replace("%1", code)
            )
            return
        if self.current is not None:
            self.app.dialogs.error(
                self,
                self.tr("Finish ticket %1 before calling another one.").replace("%1", self.current.number),
            )
            return
        if ticket.state == "no_show":
            self._run(queue_moves.reactivate, ticket.id)
            return
        self._run(queue.call_ticket, self.window_no, ticket.id)

    def recall(self) -> None:
        self._run(queue_moves.recall, self.window_no)

    def no_show(self) -> None:
        self._run(queue_moves.no_show, self.window_no)

    def start_serving(self) -> None:
        self._run(queue_moves.start_serving, self.window_no)

    def finish(self) -> None:
        proposed = self.propose_outcome()
        outcomes = sorted(Outcome, key=lambda o: o.value != proposed)  # the proposal first: the default
        names = {outcome_name(o.value): o.value for o in outcomes}
        choice = self.app.dialogs.ask_choice(
            self, self.tr("Finish"), self.tr("Outcome of this visit:"), list(names)
        )
        if not choice:
            return
        self.app.tasks.run(
            visit.finish,
            self.app.services,
            self.window_no,
            names[choice],
            on_done=lambda _ticket: (self.app.hub.changed.emit("queue"), self.visit_finished.emit()),
            on_error=lambda exc: self.app.dialogs.show_exception(self, exc),
        )

    def transfer(self) -> None:
        if self.current is None:
            return
        status = self.live.status
        targets: dict[str, dict] = {}
        if status is not None:
            for c in status.categories:
                targets[self.tr("Category %1").replace("%1", f"{c.prefix} {c.name}")] = {
                    "to_category": c.prefix
                }
            for w in status.windows:
                if w.window_no != self.window_no:
                    targets[self.tr("Window %1").replace("%1", str(w.window_no))] = {"to_window": w.window_no}
        choice = self.app.dialogs.ask_choice(
            self, self.tr("Transfer"), self.tr("Transfer to:"), list(targets)
        )
        if not choice:
            return
        reason = self.app.dialogs.ask_text(self, self.tr("Transfer"), self.tr("Reason for the transfer:"))
        if reason:
            self._run(queue_moves.transfer, self.current.id, reason, **targets[choice])

    def toggle_pause(self) -> None:
        if self.paused:
            self._run(queue_moves.resume_window, self.window_no)
            return
        reason = self.app.dialogs.ask_text(self, self.tr("Pause"), self.tr("Reason for the pause:"))
        if reason:
            self._run(queue_moves.pause_window, self.window_no, reason)

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802
        self.live.stop()
        self._timer.stop()
        super().closeEvent(event)


__all__ = ["CounterQueuePanel"]
