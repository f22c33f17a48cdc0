"""Message boxes behind one small service, so tests can replace them and nothing blocks a test."""

from __future__ import annotations

import logging

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QInputDialog, QLineEdit, QMessageBox, QWidget

from windowdesk.errors import UserError
from windowdesk.logs import log_path

log = logging.getLogger(__name__)


class DialogService:
    #: Where the store lives (its file, or server/database), set once it is open: a fault's message
    #: names it, and a full or read-only disk is told apart from other read and write errors.
    store_place: str = ""

    def error(self, parent: QWidget | None, message: str) -> None:
        QMessageBox.warning(parent, QCoreApplication.translate("Dialogs", "windowdesk"), message)

    def info(self, parent: QWidget | None, message: str) -> None:
        QMessageBox.information(parent, QCoreApplication.translate("Dialogs", "windowdesk"), message)

    def confirm(self, parent: QWidget | None, message: str) -> bool:
        answer = QMessageBox.question(parent, QCoreApplication.translate("Dialogs", "windowdesk"), message)
        return answer == QMessageBox.StandardButton.Yes

    def ask_text(self, parent: QWidget | None, title: str, label: str) -> str | None:
        text, ok = QInputDialog.getText(parent, title, label)
        return text.strip() if ok and text.strip() else None

    def ask_password(self, parent: QWidget | None, title: str, label: str) -> str | None:
        text, ok = QInputDialog.getText(parent, title, label, QLineEdit.EchoMode.Password)
        return text if ok and text else None

    def ask_choice(self, parent: QWidget | None, title: str, label: str, choices: list[str]) -> str | None:
        choice, ok = QInputDialog.getItem(parent, title, label, choices, 0, False)
        return choice if ok else None

    def crash(self, parent: QWidget | None, summary: str) -> None:
        QMessageBox.critical(
            parent,
            QCoreApplication.translate("Dialogs", "windowdesk — unexpected error"),
            QCoreApplication.translate(
                "Dialogs",
                "Something went wrong: %1\n\nYour committed work is safe. Details were written to:\n%2",
            )
            .replace("%1", summary)
            .replace("%2", str(log_path())),
        )

    def show_exception(self, parent: QWidget | None, exc: BaseException) -> None:
        """A UserError or a fault of the machine (full disk, read-only, locked or damaged store) is
        explained; anything else is logged as a bug and shown with the log path."""
        # imported here: it loads the database drivers, which the sign-in window must not wait for
        from windowdesk.services import faults

        fault = faults.explain(exc, self.store_place)
        if isinstance(exc, UserError):
            self.error(parent, exc.message)
        elif fault is not None:
            log.warning("stopped by a fault (%s): %r", fault.kind, exc)
            self.error(parent, fault.message)
        else:
            log.error("unexpected error", exc_info=exc)
            self.crash(parent, f"{type(exc).__name__}: {exc}")


class RecordingDialogService(DialogService):
    """For tests: records what would have been shown and answers from queues."""

    def __init__(self) -> None:
        self.shown: list[tuple[str, str]] = []
        self.confirm_answers: list[bool] = []
        self.text_answers: list[str | None] = []
        self.choice_answers: list[str | None] = []
        self.choices_offered: list[list[str]] = []  # each ask_choice's list, the default first

    def error(self, parent, message):  # type: ignore[no-untyped-def]
        self.shown.append(("error", message))

    def info(self, parent, message):  # type: ignore[no-untyped-def]
        self.shown.append(("info", message))

    def confirm(self, parent, message):  # type: ignore[no-untyped-def]
        self.shown.append(("confirm", message))
        return self.confirm_answers.pop(0) if self.confirm_answers else True

    def ask_text(self, parent, title, label):  # type: ignore[no-untyped-def]
        self.shown.append(("ask_text", label))
        return self.text_answers.pop(0) if self.text_answers else None

    def ask_password(self, parent, title, label):  # type: ignore[no-untyped-def]
        self.shown.append(("ask_password", label))
        return self.text_answers.pop(0) if self.text_answers else None

    def ask_choice(self, parent, title, label, choices):  # type: ignore[no-untyped-def]
        self.shown.append(("ask_choice", label))
        self.choices_offered.append(list(choices))
        return self.choice_answers.pop(0) if self.choice_answers else None

    def crash(self, parent, summary):  # type: ignore[no-untyped-def]
        self.shown.append(("crash", summary))
