"""The signed-in session at a counter PC: locking after ``auth.idle_lock_minutes`` without input (or
at once), unlocking with the same user's or an administrator's password, and changing one's own
password. Locking hides the main window's face and the session's other windows (administration,
supervision…): the queue, the hall display, the kiosk and the rating pad run on.

Idle time is measured by the services' clock (services/clock.py), so tests fix it.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject, QTimer, Signal
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QWidget

from windowdesk.services import settings, site
from windowdesk.ui.app_context import AppContext
from windowdesk.ui.generated.ui_change_password import Ui_ChangePasswordDialog
from windowdesk.ui.generated.ui_lock_screen import Ui_LockScreen

_INPUT_EVENTS = {
    QEvent.Type.KeyPress,
    QEvent.Type.MouseButtonPress,
    QEvent.Type.MouseMove,
    QEvent.Type.Wheel,
    QEvent.Type.TouchBegin,
}


class IdleWatch(QObject):
    """Emits ``idle`` once when ``watched`` and the windows ``also`` names (the session's other
    windows: administration, supervision…), their dialogs included, had no input for the set minutes."""

    idle = Signal()
    CHECK_EVERY_MS = 15_000

    def __init__(
        self, app: AppContext, watched: QWidget, also: Callable[[QWidget], bool] = lambda _window: False
    ) -> None:
        super().__init__(watched)
        self._app, self._watched, self._also = app, watched, also
        self.minutes: int = settings.AUTH_IDLE_LOCK_MINUTES.default
        self.last_input = self._app.clock.now()
        self.armed = True
        self._timer = QTimer(self)
        self._timer.setInterval(self.CHECK_EVERY_MS)
        self._timer.timeout.connect(self.check)
        self.load_minutes()

    def load_minutes(self) -> None:
        def set_minutes(value: int) -> None:
            self.minutes = int(value)

        self._app.tasks.run(
            settings.get_setting, self._app.services, settings.AUTH_IDLE_LOCK_MINUTES.key, on_done=set_minutes
        )

    def start(self) -> None:
        from PySide6.QtWidgets import QApplication

        QApplication.instance().installEventFilter(self)
        self._timer.start()

    def stop(self) -> None:
        from PySide6.QtWidgets import QApplication

        self._timer.stop()
        app = QApplication.instance()
        if app is not None:
            app.removeEventFilter(self)

    def touch(self) -> None:
        self.last_input = self._app.clock.now()

    def eventFilter(self, obj: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt's name)
        if event.type() in _INPUT_EVENTS and isinstance(obj, QWidget) and self._counts(obj):
            self.last_input = self._app.clock.now()
        return False

    def _counts(self, widget: QWidget) -> bool:
        """Input in a watched window, or in a dialog one of them opened."""
        window = widget.window()
        while True:
            if window is self._watched or self._also(window):
                return True
            parent = window.parentWidget()
            if parent is None:
                return False
            window = parent.window()

    def check(self) -> None:
        if self.armed and self._app.clock.now() - self.last_input >= dt.timedelta(minutes=self.minutes):
            self.armed = False
            self.idle.emit()


class LockScreen(QWidget):
    """Shown in place of the face while locked."""

    unlocked = Signal()

    def __init__(self, app: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.app = app
        self.ui = Ui_LockScreen()
        self.ui.setupUi(self)
        self.ui.unlockButton.clicked.connect(self.unlock)
        self.ui.unlockPasswordEdit.returnPressed.connect(self.unlock)
        self._busy = False

    def prepare(self) -> None:
        actor = self.app.actor
        who = actor.display_name or actor.login
        self.ui.lockedUserLabel.setText(
            self.tr("Signed in: %1, window %2").replace("%1", who).replace("%2", str(actor.window_no or "—"))
        )
        self.ui.unlockLoginEdit.setText(actor.login)
        self.ui.unlockPasswordEdit.clear()
        self.ui.unlockErrorLabel.clear()
        self.ui.unlockPasswordEdit.setFocus()

    def unlock(self) -> None:
        if self._busy:
            return
        login, password = self.ui.unlockLoginEdit.text().strip(), self.ui.unlockPasswordEdit.text()
        if not login or not password:
            self.ui.unlockErrorLabel.setText(self.tr("Enter your user name and password."))
            return
        self._busy = True
        self.app.tasks.run(
            site.unlock_session,
            self.app.services,
            login,
            password,
            on_done=self._done,
            on_error=self._failed,
        )

    def _done(self, _result: object) -> None:
        self._busy = False
        self.ui.unlockPasswordEdit.clear()
        self.unlocked.emit()

    def _failed(self, exc: BaseException) -> None:
        self._busy = False
        self.ui.unlockErrorLabel.setText(str(exc))
        self.ui.unlockPasswordEdit.selectAll()
        self.ui.unlockPasswordEdit.setFocus()


class ChangePasswordDialog(QDialog):
    """The signed-in user chooses a new password (required after an administrator set it)."""

    def __init__(
        self,
        app_tasks,
        ctx,
        required: bool = False,
        parent: QWidget | None = None,  # type: ignore[no-untyped-def]
    ) -> None:
        super().__init__(parent)
        self.ui = Ui_ChangePasswordDialog()
        self.ui.setupUi(self)
        self._tasks, self._ctx = app_tasks, ctx
        if required:
            self.ui.reasonLabel.setText(
                self.tr(
                    "An administrator set your password. Choose your own now: at least 8 characters, not your login."
                )
            )
        self.ui.buttonBox.accepted.connect(self.change)
        self.ui.buttonBox.rejected.connect(self.reject)
        self.ui.oldPasswordEdit.setFocus()

    def change(self) -> None:
        new = self.ui.newPasswordEdit.text()
        if new != self.ui.againPasswordEdit.text():
            self.ui.errorLabel.setText(self.tr("The two new passwords differ."))
            return
        self.ui.buttonBox.button(QDialogButtonBox.StandardButton.Ok).setEnabled(False)
        self._tasks.run(
            site.change_own_password,
            self._ctx,
            self.ui.oldPasswordEdit.text(),
            new,
            on_done=lambda _r: self.accept(),
            on_error=self._failed,
        )

    def _failed(self, exc: BaseException) -> None:
        self.ui.buttonBox.button(QDialogButtonBox.StandardButton.Ok).setEnabled(True)
        self.ui.errorLabel.setText(str(exc))


def audit_quietly(app: AppContext, action: Callable, *args: object) -> None:
    """Record a lock or sign-out; a failure to write is shown by the default error handler."""
    app.tasks.run(action, app.services, *args)
