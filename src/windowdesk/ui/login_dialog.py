"""Signing in: the store opens in the background while the clerk types."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QWidget

from windowdesk.errors import UserError
from windowdesk.services import site as sites
from windowdesk.services import site as users
from windowdesk.services.context import Actor, ServiceContext
from windowdesk.ui.generated.ui_login import Ui_LoginDialog
from windowdesk.ui.local_settings import LocalSettings
from windowdesk.ui.session import ChangePasswordDialog
from windowdesk.ui.tasks import SynchronousTaskRunner, TaskRunner


class LoginDialog(QDialog):
    signed_in = Signal(object, object)  # ServiceContext as the user, Actor

    def __init__(
        self,
        tasks: TaskRunner | SynchronousTaskRunner,
        settings: LocalSettings,
        parent: QWidget | None = None,
        *,
        shift_change: bool = False,
    ) -> None:
        super().__init__(parent)
        self.ui = Ui_LoginDialog()
        self.ui.setupUi(self)
        self._tasks = tasks
        self._settings = settings
        self._ctx: ServiceContext | None = None
        self._busy = False
        self.ui.windowSpin.setValue(settings.window_number)
        self.ui.loginEdit.setText(settings.last_login)
        self.ui.storeLabel.setText(self.tr("Opening the store…"))
        self.ok_button.setText(self.tr("Sign in"))
        self.ui.buttonBox.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Quit"))
        self.ok_button.setEnabled(False)
        self.ui.buttonBox.accepted.connect(self._sign_in)
        self.ui.buttonBox.rejected.connect(self.reject)
        (self.ui.passwordEdit if settings.last_login else self.ui.loginEdit).setFocus()
        self.password_dialog: ChangePasswordDialog | None = None
        if shift_change:
            self.setWindowTitle(self.tr("Shift change: the next clerk signs in"))
            self.ok_button.setText(self.tr("Take over"))
            self.ui.buttonBox.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Cancel"))
            self.ui.loginEdit.clear()
            self.ui.loginEdit.setFocus()

    def fix_window(self, window_no: int) -> None:
        """A shift change happens at the same window."""
        self.ui.windowSpin.setValue(window_no)
        self.ui.windowSpin.setEnabled(False)

    @property
    def ok_button(self):  # type: ignore[no-untyped-def]
        return self.ui.buttonBox.button(QDialogButtonBox.StandardButton.Ok)

    # -- store --------------------------------------------------------------------------
    def store_opened(self, ctx: ServiceContext) -> None:
        self._ctx = ctx
        # Not the database's path: clerks have no use for it (the About box and administrators have it).
        self.ui.storeLabel.setText(self.tr("Ready to sign in."))
        self._tasks.run(sites.current_site, ctx, on_done=self._show_site, on_error=self._no_site)
        self.ok_button.setEnabled(True)

    def store_failed(self, message: str) -> None:
        self.ui.storeLabel.setText(self.tr("The store could not be opened."))
        self.ui.errorLabel.setText(message)

    def _show_site(self, site: sites.SiteInfo) -> None:
        self.ui.siteLabel.setText(site.name)

    def _no_site(self, exc: BaseException) -> None:
        self.ui.siteLabel.setText("")
        self.ui.errorLabel.setText(str(exc))

    # -- signing in ---------------------------------------------------------------------
    def _sign_in(self) -> None:
        if self._ctx is None or self._busy:
            return
        login, password = self.ui.loginEdit.text().strip(), self.ui.passwordEdit.text()
        if not login or not password:
            self.ui.errorLabel.setText(self.tr("Enter your user name and password."))
            return
        self._busy = True
        self.ok_button.setEnabled(False)
        self.ui.errorLabel.setText("")
        window_no = self.ui.windowSpin.value()
        self._tasks.run(
            users.authenticate,
            self._ctx,
            login,
            password,
            window_no=window_no,
            on_done=self._signed_in,
            on_error=self._failed,
        )

    def _signed_in(self, actor: Actor) -> None:
        assert self._ctx is not None
        ctx = self._ctx.as_actor(actor)
        self._tasks.run(
            users.password_change_due,
            ctx,
            on_done=lambda due: self._password_checked(ctx, actor, due),
            on_error=self._failed,
        )

    def _password_checked(self, ctx: ServiceContext, actor: Actor, due: bool) -> None:
        if not due:
            self._enter(ctx, actor)
            return
        # An administrator chose this password: the user picks their own before working.
        dialog = ChangePasswordDialog(self._tasks, ctx, True, self)
        dialog.setObjectName("changePasswordDialog")
        dialog.accepted.connect(lambda: self._enter(ctx, actor))
        dialog.rejected.connect(lambda: self._password_refused(ctx))
        self.password_dialog = dialog
        dialog.open()

    def _password_refused(self, ctx: ServiceContext) -> None:
        self._tasks.run(users.sign_out, ctx, "password not changed")
        self._failed(
            UserError("须先设置自己的密码才能开始工作", "Choose your own password before you start work")
        )

    def _enter(self, ctx: ServiceContext, actor: Actor) -> None:
        self._busy = False
        self._settings.last_login = actor.login
        self._settings.window_number = actor.window_no or 1
        self.signed_in.emit(ctx, actor)
        self.accept()

    def _failed(self, exc: BaseException) -> None:
        self._busy = False
        self.ok_button.setEnabled(True)
        self.ui.errorLabel.setText(str(exc))
        self.ui.passwordEdit.selectAll()
        self.ui.passwordEdit.setFocus()
