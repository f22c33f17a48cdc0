"""Keeping the ticket kiosk (取号机) on its screen.

Opened as its own window, the kiosk goes full screen with no window frame ("kiosk/full_screen=false"
in this PC's settings turns that off: an ordinary window that closes like any other). An applicant
cannot leave it: the window system's close (Alt+F4, a close button), Escape, minimising or
un-full-screening do nothing (the kiosk goes back to full screen at once). Staff leave it with
Ctrl+Alt+Q or five quick taps on its top-left corner: an administrator's user name and password,
checked by ``services.site.release_kiosk`` (a wrong one counts towards that login's lockout like a
sign-in), let it become an ordinary window or close. F11 puts a released kiosk back.

Windowdesk itself may still close the kiosk (``close()`` from code: the main window quitting).
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QCloseEvent, QKeySequence, QMouseEvent, QShortcut
from PySide6.QtWidgets import QDialog, QWidget

from windowdesk.errors import UserError
from windowdesk.services import site
from windowdesk.ui.app_context import AppContext
from windowdesk.ui.generated.ui_kiosk_release import Ui_KioskReleaseDialog
from windowdesk.ui.screen_fit import fit_to_screen

SETTING = "kiosk/full_screen"
STAFF_KEYS = "Ctrl+Alt+Q"
TAPS = 5  # taps on the corner that open the staff dialog
TAPS_WITHIN_MS = 3000
CORNER_PX = 80
DIALOG_IDLE_MS = 60_000  # an abandoned staff dialog goes away; the kiosk stays


def full_screen_wanted(app: AppContext) -> bool:
    return str(app.settings.value(SETTING, "true")).strip().lower() not in ("false", "0", "no")


class _Corner(QWidget):
    """An invisible square on the kiosk's top-left corner that counts quick taps."""

    tapped = Signal()

    def __init__(self, parent: QWidget) -> None:
        super().__init__(parent)
        self.setObjectName("kioskStaffCorner")
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.setFixedSize(CORNER_PX, CORNER_PX)
        self.taps = 0
        self._window = QTimer(self)
        self._window.setSingleShot(True)
        self._window.setInterval(TAPS_WITHIN_MS)
        self._window.timeout.connect(self.reset)

    def reset(self) -> None:
        self.taps = 0

    def mousePressEvent(self, event: QMouseEvent) -> None:  # noqa: N802 (Qt's name; touches arrive so too)
        event.accept()
        if self.taps == 0:
            self._window.start()
        self.taps += 1
        if self.taps >= TAPS:
            self._window.stop()
            self.reset()
            self.tapped.emit()


class KioskReleaseDialog(QDialog):
    """An administrator's user name and password, then: leave full screen, or close the kiosk."""

    granted = Signal(str)  # "window" | "close"

    def __init__(self, app: AppContext, parent: QWidget) -> None:
        super().__init__(parent)
        self.app = app
        self.ui = Ui_KioskReleaseDialog()
        self.ui.setupUi(self)
        self.ui.windowButton.clicked.connect(lambda: self._check("window"))
        self.ui.closeButton.clicked.connect(lambda: self._check("close"))
        self.ui.cancelButton.clicked.connect(self.reject)
        self.ui.passwordEdit.returnPressed.connect(lambda: self._check("window"))
        self._idle = QTimer(self)
        self._idle.setSingleShot(True)
        self._idle.setInterval(DIALOG_IDLE_MS)
        self._idle.timeout.connect(self.reject)
        self._idle.start()
        for edit in (self.ui.loginEdit, self.ui.passwordEdit):
            edit.textEdited.connect(lambda _text: self._idle.start())
        self.ui.loginEdit.setFocus()

    def _buttons(self, enabled: bool) -> None:
        for button in (self.ui.windowButton, self.ui.closeButton):
            button.setEnabled(enabled)

    def _check(self, choice: str) -> None:
        self._idle.start()
        login, password = self.ui.loginEdit.text().strip(), self.ui.passwordEdit.text()
        if not login or not password:
            self.ui.errorLabel.setText(self.tr("Enter an administrator's user name and password."))
            return
        self._buttons(False)
        self.app.tasks.run(
            site.release_kiosk,
            self.app.services,
            login,
            password,
            on_done=lambda _admin: self._granted(choice),
            on_error=self._refused,
        )

    def _granted(self, choice: str) -> None:
        self.accept()
        self.granted.emit(choice)

    def _refused(self, exc: BaseException) -> None:
        self._buttons(True)
        self.ui.passwordEdit.clear()
        self.ui.passwordEdit.setFocus()
        if isinstance(exc, UserError):
            self.ui.errorLabel.setText(exc.message)
        else:
            self.ui.errorLabel.clear()
            self.app.dialogs.show_exception(self, exc)


class KioskLock(QObject):
    """Holds the kiosk window in full screen until an administrator releases it (see the module)."""

    def __init__(self, face: QWidget, app: AppContext) -> None:
        super().__init__(face)
        self.face, self.app = face, app
        self.wanted = face.isWindow() and full_screen_wanted(app)
        self.locked = False
        self.dialog: KioskReleaseDialog | None = None
        self._shown_once = False
        if self.wanted:
            face.setWindowFlag(Qt.WindowType.FramelessWindowHint, True)
        self.corner = _Corner(face)
        self.corner.tapped.connect(self.ask)
        for keys, slot in ((STAFF_KEYS, self.ask), ("F11", self.lock_again)):
            shortcut = QShortcut(QKeySequence(keys), face, slot)
            shortcut.setContext(Qt.ShortcutContext.WindowShortcut)
        face.installEventFilter(self)

    # -- entering and leaving --------------------------------------------------------------------
    def enter(self) -> None:
        """Full screen, no frame, nothing to leave it by."""
        self.locked = True
        if not self.face.windowFlags() & Qt.WindowType.FramelessWindowHint:
            self.face.setWindowFlag(Qt.WindowType.FramelessWindowHint, True)
        self._fill_screen()
        self.face.raise_()
        self.face.activateWindow()

    def _fill_screen(self) -> None:
        # the whole screen also where nothing manages windows (an X session with no window manager)
        screen = self.face.screen()
        if screen is not None:
            self.face.setGeometry(screen.geometry())
        self.face.showFullScreen()

    def lock_again(self) -> None:
        """F11 on a released kiosk: back to full screen, locked (a locked one stays as it is)."""
        if self.wanted and not self.locked:
            self.enter()

    def ask(self) -> KioskReleaseDialog | None:
        """The staff gesture: the administrator's dialog (on a locked kiosk; else nothing to ask)."""
        if not self.locked:
            return None
        if self.dialog is not None and self.dialog.isVisible():
            self.dialog.raise_()
            return self.dialog
        self.dialog = KioskReleaseDialog(self.app, self.face)
        self.dialog.setObjectName("KioskReleaseDialog")
        self.dialog.granted.connect(self.release)
        self.dialog.open()
        return self.dialog

    def release(self, choice: str) -> None:
        self.locked = False
        if choice == "close":
            self.face.close()
            return
        QTimer.singleShot(0, self._to_window)  # once the dialog has given the focus back

    def _to_window(self) -> None:
        self.face.setWindowFlag(Qt.WindowType.FramelessWindowHint, False)
        self.face.showNormal()
        fit_to_screen(self.face, 1024, 700)
        self.face.activateWindow()

    def _restore(self) -> None:
        face = self.face
        if self.locked and face.isVisible() and (not face.isFullScreen() or face.isMinimized()):
            self._fill_screen()
            self.face.activateWindow()

    # -- what the window system asks ------------------------------------------------------------
    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt's name)
        if watched is not self.face:
            return False
        kind = event.type()
        if kind == QEvent.Type.Show and not self._shown_once:
            self._shown_once = True
            if self.wanted:
                QTimer.singleShot(0, self.enter)
        elif kind == QEvent.Type.Close and self.locked and event.spontaneous():
            close: QCloseEvent = event  # type: ignore[assignment]
            close.ignore()  # Alt+F4 or a close button: the window system's, not staff's
            return True
        elif kind == QEvent.Type.WindowStateChange and self.locked:
            QTimer.singleShot(0, self._restore)
        elif kind == QEvent.Type.Resize:
            self.corner.move(0, 0)
            self.corner.raise_()
        return False
