"""Help ▸ Keyboard shortcuts: the cheat sheet of the counter's keys. Layout: forms/shortcuts.ui."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QDialog, QHeaderView, QTableWidgetItem, QWidget

from windowdesk.ui.generated.ui_shortcuts import Ui_ShortcutsDialog
from windowdesk.ui.intake.case_moves import MOVE_KEYS
from windowdesk.ui.intake.case_page import PREVIEW_KEY
from windowdesk.ui.intake.checklist import ALL_RECEIVED_KEY
from windowdesk.ui.intake.panel import CONFIRM_KEYS
from windowdesk.ui.screen_fit import fit_to_screen
from windowdesk.ui.supervision.my_alerts import MY_ALERTS_KEY

HELP_KEY = "Ctrl+F1"  # F1 calls the next ticket


def shortcut_rows() -> list[tuple[str, str]]:
    """(keys as shown on this PC, what they do), in the order of a visit."""
    rows = [
        ("F1", QCoreApplication.translate("ShortcutsDialog", "Call the next ticket")),
        ("F2", QCoreApplication.translate("ShortcutsDialog", "Call the ticket again")),
        ("F3", QCoreApplication.translate("ShortcutsDialog", "The applicant did not come (no-show)")),
        ("F7", QCoreApplication.translate("ShortcutsDialog", "Start serving the called ticket")),
        ("F8", QCoreApplication.translate("ShortcutsDialog", "Call the ticket chosen in the waiting list")),
        (
            "F5",
            QCoreApplication.translate(
                "ShortcutsDialog", "Transfer the ticket to another category or window"
            ),
        ),
        ("F6", QCoreApplication.translate("ShortcutsDialog", "Pause or resume this window")),
        ("F9", QCoreApplication.translate("ShortcutsDialog", "Go to the case number field")),
        (
            QCoreApplication.translate("ShortcutsDialog", "Scan"),
            QCoreApplication.translate(
                "ShortcutsDialog",
                "A notice's barcode opens its case, a ticket slip calls that ticket, wherever the focus is",
            ),
        ),
        (
            "↓ / Enter",
            QCoreApplication.translate(
                "ShortcutsDialog",
                "In the matter search: go to the results / take the chosen (or first) matter",
            ),
        ),
        (
            "1 / 2 / 3",
            QCoreApplication.translate(
                "ShortcutsDialog",
                "On a material: received / missing / not conforming, then the next material",
            ),
        ),
        (
            ALL_RECEIVED_KEY,
            QCoreApplication.translate(
                "ShortcutsDialog", "Mark every unchecked material as received (intake and correction)"
            ),
        ),
        (
            " / ".join(CONFIRM_KEYS),
            QCoreApplication.translate("ShortcutsDialog", "Confirm the outcome, or record the correction"),
        ),
        (
            PREVIEW_KEY,
            QCoreApplication.translate(
                "ShortcutsDialog", "On a case: preview and print the chosen document (Alt+P prints in the preview)"
            ),
        ),
        (
            " / ".join(MOVE_KEYS),
            QCoreApplication.translate(
                "ShortcutsDialog",
                "On a case: the applicant withdraws / send the result by express / close the case",
            ),
        ),
        (
            "F4",
            QCoreApplication.translate(
                "ShortcutsDialog", "Finish the visit; the outcome the case already has is proposed"
            ),
        ),
        (
            MY_ALERTS_KEY,
            QCoreApplication.translate(
                "ShortcutsDialog", "Your yellow and red cards and exceptions: give your explanation"
            ),
        ),
        (
            "Ctrl+Q",
            QCoreApplication.translate("ShortcutsDialog", "Quit (asks first while a ticket is being served)"),
        ),
        (HELP_KEY, QCoreApplication.translate("ShortcutsDialog", "This list")),
    ]
    return [(_native(keys), what) for keys, what in rows]


def _native(keys: str) -> str:
    sequence = QKeySequence(keys)
    native = sequence.toString(QKeySequence.SequenceFormat.NativeText)
    return native if native and sequence.count() == 1 and "/" not in keys else keys


class ShortcutsDialog(QDialog):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = Ui_ShortcutsDialog()
        self.ui.setupUi(self)
        table = self.ui.shortcutsTable
        rows = shortcut_rows()
        table.setRowCount(len(rows))
        for row, (keys, what) in enumerate(rows):
            table.setItem(row, 0, QTableWidgetItem(keys))
            table.setItem(row, 1, QTableWidgetItem(what))
        table.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        table.horizontalHeader().sectionResized.connect(lambda *_: table.resizeRowsToContents())
        fit_to_screen(self, 680, 640)
        self.ui.buttonBox.rejected.connect(self.reject)


__all__ = ["HELP_KEY", "ShortcutsDialog", "shortcut_rows"]
