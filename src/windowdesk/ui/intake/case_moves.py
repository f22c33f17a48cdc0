"""The case page's own moves after the counter: the applicant withdraws (撤回, with the written
request's reason), the ready result is sent by express (快递送达: carrier and tracking number) and the
case is closed (办结) when the signed receipt comes back. Layouts: forms/withdraw_dialog.ui and
forms/express_dialog.ui.

Which move a button offers is the one table ``case_stages.MOVES`` (its stages) and the role rules it
takes from ``domain/roles.py``: a button is enabled only when both allow the move. The services check
again, so a stale page is refused with the services' message.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from PySide6.QtCore import Signal
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QWidget

from windowdesk.domain import case_stages
from windowdesk.errors import UserError
from windowdesk.services import cases
from windowdesk.services.cases import CaseDetail
from windowdesk.ui.app_context import AppContext
from windowdesk.ui.generated.ui_express_dialog import Ui_ExpressDialog
from windowdesk.ui.generated.ui_withdraw_dialog import Ui_WithdrawDialog
from windowdesk.ui.screen_fit import fit_to_screen

#: The page's move buttons: move name (case_stages.MOVES) → the button's objectName in forms/case_page.ui.
MOVE_BUTTONS = {"withdraw": "withdrawButton", "deliver": "expressButton", "close": "closeCaseButton"}
#: Their keys (mnemonics in the buttons' texts; the menu bar keeps Alt+F, W, S and H).
MOVE_KEYS = ("Alt+A", "Alt+X", "Alt+L")
_TRACKING = re.compile(r"[A-Za-z0-9-]{6,40}")


def move_allowed(move: str, stage: str, role: str) -> bool:
    """May ``role`` make ``move`` on a case in ``stage``? (the table the services check)"""
    rule = case_stages.MOVES[move]
    return role in rule.roles and stage in rule.from_stages


def tracking_number(text: str) -> str:
    """The waybill number as typed or scanned, without spaces; '' when it is not one."""
    number = "".join(text.split()).upper()
    return number if _TRACKING.fullmatch(number) else ""


class _MoveDialog(QDialog):
    """A small form whose OK makes the move on the store worker: the form stays open with the
    message when the input or the move is refused, and closes with the moved case otherwise."""

    moved = Signal(object)  # CaseDetail

    def __init__(self, app: AppContext, parent: QWidget | None) -> None:
        super().__init__(parent)
        self.app = app
        self.first_field: QWidget | None = None  # where the typing starts when the form opens

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802 (Qt's name)
        super().showEvent(event)
        if self.first_field is not None:
            self.first_field.setFocus()

    def _setup(self) -> None:
        self.ok_button = self.ui.buttonBox.button(QDialogButtonBox.StandardButton.Ok)
        self.ui.buttonBox.accepted.connect(self.submit)
        self.ui.buttonBox.rejected.connect(self.reject)
        self.error_label = self.ui.errorLabel
        self.error_label.setObjectName("moveErrorLabel")

    def submit(self) -> None:  # pragma: no cover - each form has its own
        raise NotImplementedError

    def _refuse(self, message: str) -> None:
        self.error_label.setText(message)

    def _run(self, work: Callable[[], CaseDetail]) -> None:
        self.error_label.clear()
        self.ok_button.setEnabled(False)
        self.app.tasks.run(work, on_done=self._done, on_error=self._failed)

    def _done(self, case: CaseDetail) -> None:
        self.ok_button.setEnabled(True)
        self.accept()
        self.moved.emit(case)

    def _failed(self, exc: BaseException) -> None:
        self.ok_button.setEnabled(True)
        if isinstance(exc, UserError):  # a refusal: the form stays, with the services' message
            self._refuse(exc.message)
        else:
            self.app.dialogs.show_exception(self, exc)


class WithdrawDialog(_MoveDialog):
    """撤回: the reason from the applicant's written request."""

    def __init__(self, app: AppContext, case_no: str, parent: QWidget | None = None) -> None:
        super().__init__(app, parent)
        self.ui = Ui_WithdrawDialog()
        self.ui.setupUi(self)
        self._setup()
        self.case_no = case_no
        self.reason_edit = self.ui.withdrawReasonEdit
        self.setWindowTitle(self.tr("Withdrawal of case %1").replace("%1", case_no))
        fit_to_screen(self, 460, 260)
        self.first_field = self.reason_edit

    def submit(self) -> None:
        reason = self.reason_edit.toPlainText().strip()
        if not reason:
            self._refuse(self.tr("Write the reason given in the applicant's written request."))
            self.reason_edit.setFocus()
            return
        services, number = self.app.services, self.case_no
        self._run(lambda: cases.withdraw_case(services, number, reason))


class ExpressDialog(_MoveDialog):
    """快递送达: the carrier and the tracking number."""

    def __init__(self, app: AppContext, case_no: str, parent: QWidget | None = None) -> None:
        super().__init__(app, parent)
        self.ui = Ui_ExpressDialog()
        self.ui.setupUi(self)
        self._setup()
        self.case_no = case_no
        self.carrier_combo, self.tracking_edit = self.ui.expressCarrierCombo, self.ui.expressTrackingEdit
        self.setWindowTitle(self.tr("Send the result of case %1 by express").replace("%1", case_no))
        fit_to_screen(self, 460, 220)
        self.first_field = self.tracking_edit  # the carrier is usually the hall's usual one

    def submit(self) -> None:
        carrier = self.carrier_combo.currentText().strip()
        if not carrier:
            self._refuse(self.tr("Name the carrier."))
            self.carrier_combo.setFocus()
            return
        tracking = tracking_number(self.tracking_edit.text())
        if not tracking:
            self._refuse(
                self.tr("The tracking number is 6 to 40 letters, digits or hyphens, as on the waybill.")
            )
            self.tracking_edit.setFocus()
            self.tracking_edit.selectAll()
            return
        services, number = self.app.services, self.case_no
        self._run(lambda: cases.deliver_result(services, number, carrier=carrier, tracking_no=tracking))


__all__ = ["MOVE_BUTTONS", "MOVE_KEYS", "ExpressDialog", "WithdrawDialog", "move_allowed", "tracking_number"]
