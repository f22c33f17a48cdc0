"""The ticket kiosk (取号机): a big touch button per category with how many wait, priority and
appointment check-in (预约签到) as large toggle buttons, the progress of an application by its
notice's barcode. The slip PDF the queue's slip service builds and keeps is the one printed, through
the same path as the notices (:mod:`windowdesk.ui.printing`), on a worker.

Opened as its own window it fills the screen and only an administrator lets it go
(:mod:`windowdesk.ui.queue.kiosk_lock`). The scanner works whatever has the focus: a notice's case
number shows that application's progress, a ticket slip where that number stands, an appointment code
checks in (the applicant then touches the service booked)."""

from __future__ import annotations

import logging
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QCloseEvent
from PySide6.QtPrintSupport import QPrinter
from PySide6.QtWidgets import (
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from windowdesk.services.cases import Progress, progress_of
from windowdesk.services.queue import QueueStatus, queue_status, take_ticket_with_slip
from windowdesk.ui.app_context import AppContext
from windowdesk.ui.cases import labels as case_labels
from windowdesk.ui.printing import default_printer, print_pdf
from windowdesk.ui.queue.kiosk_lock import KioskLock
from windowdesk.ui.queue.labels import priority_name
from windowdesk.ui.queue.live import QueueLive
from windowdesk.ui.scan_detector import Scan
from windowdesk.ui.tasks import IO

log = logging.getLogger(__name__)

RESULT_SHOWN_MS = 15_000
TOGGLE_KEPT_MS = 60_000  # a toggle left on by someone who walked away goes off again
PRIORITY_KINDS = ("elderly", "disabled", "military")
SCAN_KINDS = ("case", "ticket", "appointment")


class KioskFace(QWidget):
    def __init__(self, app: AppContext, parent: QWidget | None = None, *, watch: bool = True,
                 printer_factory: Callable[[], QPrinter | None] = default_printer) -> None:  # fmt: skip
        super().__init__(parent)
        self.setObjectName("kioskFace")
        self.setAttribute(Qt.WidgetAttribute.WA_StyledBackground, True)
        self.app = app
        self.printer_factory = printer_factory
        self.category_buttons: dict[str, QPushButton] = {}
        self.last_slip = None  # where the last slip PDF was kept

        self.title = QLabel(self)
        self.title.setObjectName("kioskTitle")
        self.title.setAlignment(Qt.AlignmentFlag.AlignCenter)
        hint = QLabel(self.tr("Touch the service you need to take a number"), self)
        hint.setAlignment(Qt.AlignmentFlag.AlignCenter)
        hint.setObjectName("kioskHint")
        self.grid = QGridLayout()
        self.grid.setSpacing(16)

        # 优先 / 预约签到: large toggles, at most one on; touching an "on" one turns it off again
        self.priority_buttons: dict[str, QPushButton] = {}
        toggle_row = QHBoxLayout()
        toggle_row.setSpacing(16)
        for kind in PRIORITY_KINDS:
            button = self._toggle(
                f"priority{kind.capitalize()}Button", self.tr("%1 priority").replace("%1", priority_name(kind))
            )
            button.setProperty("kind", kind)
            self.priority_buttons[kind] = button
            toggle_row.addWidget(button)
        self.appointment_button = self._toggle("appointmentButton", self.tr("Appointment check-in"))
        toggle_row.addWidget(self.appointment_button)

        self.code_edit = QLineEdit(self)
        self.code_edit.setObjectName("appointmentCodeEdit")
        self.code_edit.setPlaceholderText(self.tr("Scan or enter your appointment code"))
        self.code_edit.textEdited.connect(lambda text: self.appointment_button.setChecked(bool(text.strip())))
        self.appointment_hint = QLabel(self.tr("Then touch the service you booked."), self)
        self.appointment_hint.setObjectName("appointmentHint")
        self.appointment_row = QWidget(self)
        self.appointment_row.setObjectName("appointmentRow")
        appointment_layout = QHBoxLayout(self.appointment_row)
        appointment_layout.setContentsMargins(0, 0, 0, 0)
        appointment_layout.addWidget(self.code_edit, 1)
        appointment_layout.addWidget(self.appointment_hint)
        self.appointment_row.setVisible(False)

        self.result_label = QLabel(self)
        self.result_label.setObjectName("resultLabel")
        self.result_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.print_label = QLabel(self)
        self.print_label.setObjectName("printLabel")
        self.print_label.setAlignment(Qt.AlignmentFlag.AlignCenter)

        # 办件进度查询: the scanner types the notice's barcode (or QR) and Enter
        self.progress_edit = QLineEdit(self)
        self.progress_edit.setObjectName("progressScanEdit")
        self.progress_edit.setPlaceholderText(self.tr("Scan the barcode of your notice to see its progress"))
        progress_row = QHBoxLayout()
        progress_title = QLabel(self.tr("Progress of my application:"), self)
        progress_title.setObjectName("progressTitle")
        progress_row.addWidget(progress_title)
        progress_row.addWidget(self.progress_edit, 1)
        self.progress_label = QLabel(self)
        self.progress_label.setObjectName("progressLabel")
        self.progress_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.progress_label.setWordWrap(True)
        self.progress_edit.returnPressed.connect(self.look_up_progress)

        layout = QVBoxLayout(self)
        layout.addWidget(self.title)
        layout.addWidget(hint)
        layout.addLayout(self.grid, 1)
        layout.addSpacing(12)
        layout.addLayout(toggle_row)
        layout.addWidget(self.appointment_row)
        layout.addLayout(progress_row)
        layout.addWidget(self.result_label)
        layout.addWidget(self.print_label)
        layout.addWidget(self.progress_label)

        self._clear_timer = QTimer(self)
        self._clear_timer.setSingleShot(True)
        self._clear_timer.setInterval(RESULT_SHOWN_MS)
        self._clear_timer.timeout.connect(self._clear_result)
        self._toggle_timer = QTimer(self)
        self._toggle_timer.setSingleShot(True)
        self._toggle_timer.setInterval(TOGGLE_KEPT_MS)
        self._toggle_timer.timeout.connect(self.reset_toggles)
        self.live = QueueLive(app, self, watch=watch)
        self.live.status_changed.connect(self.show_status)
        self.live.refresh()
        self.lock = KioskLock(self, app)
        if app.scanner is not None:
            app.scanner.listen(self, self.open_scan, SCAN_KINDS)

    def _toggle(self, name: str, text: str) -> QPushButton:
        button = QPushButton(text, self)
        button.setObjectName(name)
        button.setProperty("toggle", True)
        button.setCheckable(True)
        button.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # touched, never typed into
        button.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        button.toggled.connect(lambda on, b=button: self._toggled(b, on))
        return button

    def reset_toggles(self) -> None:
        for button in [*self.priority_buttons.values(), self.appointment_button]:
            button.setChecked(False)
        self.code_edit.clear()

    def _toggled(self, button: QPushButton, on: bool) -> None:
        if on:
            self._toggle_timer.start()
            for other in [*self.priority_buttons.values(), self.appointment_button]:
                if other is not button:
                    other.setChecked(False)
        if button is self.appointment_button:
            self.appointment_row.setVisible(on)
            if on:
                self.code_edit.setFocus()
            else:
                self.code_edit.clear()

    def show_status(self, status: QueueStatus) -> None:
        self.title.setText(status.hall_name)
        for index, category in enumerate(c for c in status.categories if c.active):
            button = self.category_buttons.get(category.prefix)
            if button is None:
                button = QPushButton(self)
                button.setObjectName(f"category{category.prefix}Button")
                button.setProperty("category", True)
                # taller on a taller screen (150 px at least, from the style sheet)
                button.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
                button.setMaximumHeight(260)
                button.clicked.connect(lambda _=False, p=category.prefix: self.take(p))
                self.category_buttons[category.prefix] = button
                self.grid.addWidget(button, index // 3, index % 3)
            button.setText(
                f"{category.prefix}  {category.name}\n"
                + self.tr("%1 waiting").replace("%1", str(category.waiting))
            )

    def selected_priority(self) -> str | None:
        return next((kind for kind, b in self.priority_buttons.items() if b.isChecked()), None)

    def take(self, prefix: str) -> None:
        code = self.code_edit.text().strip() or None  # shown and kept only while 预约签到 is on
        priority = None if code else self.selected_priority()
        for button in self.category_buttons.values():
            button.setEnabled(False)  # one touch, one ticket
        ctx = self.app.services
        paper_mm = int(self.app.settings.paper)  # this kiosk's printer paper (File → Settings of this PC)

        def issue():  # type: ignore[no-untyped-def]  # on the store worker: the ticket and its kept PDF
            return take_ticket_with_slip(
                ctx, prefix, priority=priority, appointment_code=code, paper_mm=paper_mm
            )

        self.app.tasks.run(issue, on_done=self._issued, on_error=self._failed)

    def _enable(self) -> None:
        for button in self.category_buttons.values():
            button.setEnabled(True)

    def _failed(self, exc: BaseException) -> None:
        self._enable()
        self.app.dialogs.show_exception(self, exc)

    def _issued(self, result) -> None:  # type: ignore[no-untyped-def]
        issued, pdf_path = result
        self._enable()
        self.last_slip = pdf_path
        self.reset_toggles()  # the next applicant starts with all off
        self.result_label.setText(
            self.tr("Your number is %1 — %2 ahead of you")
            .replace("%1", issued.ticket.number)
            .replace("%2", str(issued.waiting_ahead))
        )
        self._clear_timer.start()
        self.app.hub.changed.emit("queue")
        self.print_label.setText(self.tr("Printing your ticket…"))
        # Asking CUPS for the printer can block as long as printing itself: both on the I/O pool.
        title = self.tr("Ticket %1").replace("%1", issued.ticket.number)  # the print job's name
        self.app.tasks.run(self._print, title, pdf_path, kind=IO,
                           on_done=self._printed, on_error=self._print_failed)  # fmt: skip

    def _print(self, title: str, pdf_path: Path) -> bool:
        """On an I/O worker: the kept slip PDF, on the kiosk's printer, on paper of the slip's size."""
        printer = self.printer_factory()
        if printer is None:
            log.warning("no printer: %s kept as %s", title, pdf_path)
            return False
        printer.setDocName(title)
        print_pdf(pdf_path.read_bytes(), printer)
        return True

    def _printed(self, printed: bool) -> None:
        if printed:
            self.print_label.setText(self.tr("Please take your ticket."))
        else:
            self.print_label.setText(self.tr("No printer: please note your number."))

    def _print_failed(self, exc: BaseException) -> None:
        log.error("printing the slip failed", exc_info=exc)
        self.print_label.setText(self.tr("The printer failed: please note your number."))

    def look_up_progress(self) -> None:
        text = self.progress_edit.text().strip()
        self.progress_edit.clear()
        if text:
            self.app.tasks.run(progress_of, self.app.services, text, on_done=self.show_progress,
                               on_error=self._progress_failed)  # fmt: skip

    def show_progress(self, progress: Progress) -> None:
        """Stage, department, due date and the department's phone; no name beyond a masked one."""
        lines = [
            self.tr("%1 — %2").replace("%1", progress.masked_name).replace("%2", progress.matter_name),
            self.tr("Stage: %1").replace("%1", case_labels.stage(progress.stage))
            + (self.tr(" (clock paused for a special procedure)") if progress.paused else ""),
            self.tr("Department: %1  Phone: %2").replace("%1", progress.department).replace(
                "%2", progress.department_phone or "—"
            ),
        ]
        if progress.due is not None:
            lines.append(self.tr("To be decided by %1").replace("%1", progress.due.isoformat()))
        self.progress_label.setText("\n".join(lines))
        self._clear_timer.start()

    def _progress_failed(self, exc: BaseException) -> None:
        self.progress_label.setText(str(exc))
        self._clear_timer.start()

    def _clear_result(self) -> None:
        self.result_label.clear()
        self.print_label.clear()
        self.progress_label.clear()

    # -- the scanner ------------------------------------------------------------------------------
    def open_scan(self, scan: Scan) -> None:
        """Whatever has the focus: a notice shows its progress, a slip its place, a 预约码 checks in."""
        if scan.kind == "case":
            self.progress_edit.setText(scan.code)
            self.look_up_progress()
        elif scan.kind == "ticket":
            self.app.tasks.run(queue_status, self.app.services, on_done=lambda status: self.show_ticket(
                scan.code, status), on_error=self._progress_failed)  # fmt: skip
        else:
            self.appointment_button.setChecked(True)
            self.code_edit.setText(scan.code)
            self.result_label.setText(
                self.tr("Appointment %1 read: touch the service you booked.").replace("%1", scan.code)
            )
            self._clear_timer.start()

    def show_ticket(self, code: str, status: QueueStatus) -> None:
        """Where the scanned slip's number stands today: waiting (how many ahead), called, or gone."""
        number, day = code[-4:], code[-12:-4]
        at_window = next(
            (w for w in status.windows if w.current is not None and w.current.number == number), None
        )
        waiting = [t for t in status.waiting if t.number == number]
        if day != f"{status.day:%Y%m%d}":
            text = self.tr("Ticket %1 is not from today: please take a new number.")
        elif at_window is not None:
            text = self.tr("Number %1: please go to window %2.").replace("%2", str(at_window.window_no))
        elif waiting:
            ticket = waiting[0]
            ahead = sum(
                1
                for t in status.waiting
                if t.category_prefix == ticket.category_prefix
                and t.target_window_no is None
                and t.arrival_at <= ticket.arrival_at
                and t.id != ticket.id
            )
            text = self.tr("Number %1 is waiting: %2 ahead of you.").replace("%2", str(ahead))
        elif any(t.number == number for t in status.no_shows):
            text = self.tr("Number %1 was called but missed: please ask the information desk.")
        else:
            text = self.tr("Number %1 is no longer waiting today.")
        self.result_label.setText(text.replace("%1", number))
        self._clear_timer.start()

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802
        self.live.stop()
        self._clear_timer.stop()
        self._toggle_timer.stop()
        super().closeEvent(event)
