"""The users tab: add, edit, disable and enable (never delete), reset a password, lift a lockout."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QFileDialog

from windowdesk.domain import roles
from windowdesk.errors import UserError
from windowdesk.messages import translate
from windowdesk.services import ratings, site
from windowdesk.services.context import ServiceContext
from windowdesk.ui.admin.listing import Listing, show_result


def role_names() -> dict[str, str]:
    return {role: translate(name) for role, name in roles.ROLE_NAMES.items()}


def save_user(ctx: ServiceContext, values: dict, password: str | None, new: bool) -> str:
    login = values.pop("login")
    if new:
        user = site.add_user(
            ctx,
            login,
            values["role"],
            password or "",
            values["display_name"],
            staff_no=values["staff_no"],
            window_no=values["window_no"],
        )
        return user.login
    return site.update_user(ctx, login, **values).login


def set_photo(ctx: ServiceContext, login: str, path: str) -> str:
    """Read the chosen image (on the worker) and store it as the user's photo on the rating pad."""
    try:
        data = Path(path).read_bytes()
    except OSError as exc:
        raise UserError(
            "Cannot read {path}: {reason}", path=path, reason=exc
        ) from exc
    return ratings.set_staff_card(ctx, login, photo=data).login


class UsersPage:
    def __init__(self, face: Any) -> None:  # the AdminFace (not imported: it imports us)
        self.face, self.ui = face, face.ui
        self.roles = role_names()
        for key, text in self.roles.items():
            self.ui.userRoleCombo.addItem(text, key)
        self.listing = Listing(
            self.ui.usersTable,
            self.ui.usersFilterEdit,
            self.ui.usersCountLabel,
            [
                QCoreApplication.translate("AdminFace", "Login"),
                QCoreApplication.translate("AdminFace", "Name"),
                QCoreApplication.translate("AdminFace", "Role"),
                QCoreApplication.translate("AdminFace", "Window"),
                QCoreApplication.translate("AdminFace", "Staff no."),
                QCoreApplication.translate("AdminFace", "State"),
            ],
            lambda u: (
                u.login,
                u.display_name,
                self.roles.get(u.role, u.role),
                u.window_no or "",
                u.staff_no,
                self._state(u),
            ),
            self._show,
        )
        self.new = True
        self.ui.newUserButton.clicked.connect(self.start_new)
        self.ui.saveUserButton.clicked.connect(self.save)
        self.ui.toggleActiveButton.clicked.connect(self.toggle_active)
        self.ui.resetPasswordButton.clicked.connect(self.reset_password)
        self.ui.unlockUserButton.clicked.connect(self.unlock)
        self.ui.userPhotoButton.clicked.connect(self.choose_photo)
        self.start_new()

    @staticmethod
    def _state(user: site.UserInfo) -> str:
        if not user.active:
            return QCoreApplication.translate("AdminFace", "disabled")
        if user.locked_until is not None:
            return QCoreApplication.translate("AdminFace", "locked")
        return (
            QCoreApplication.translate("AdminFace", "must change password")
            if user.must_change_password
            else QCoreApplication.translate("AdminFace", "active")
        )

    def reload(self, keep: str | None = None) -> None:
        self.face.app.tasks.run(
            site.list_users,
            self.face.app.services,
            on_done=lambda rows: self.listing.fill(rows, keep=(lambda u: u.login == keep) if keep else None),
        )

    def start_new(self) -> None:
        self.new = True
        for edit in (self.ui.userLoginEdit, self.ui.userNameEdit, self.ui.userStaffEdit):
            edit.clear()
        self.ui.userLoginEdit.setEnabled(True)
        self.ui.userRoleCombo.setCurrentIndex(self.ui.userRoleCombo.findData(roles.CLERK))
        self.ui.userWindowSpin.setValue(0)
        self._password_fields(True)
        for button in (
            self.ui.toggleActiveButton,
            self.ui.resetPasswordButton,
            self.ui.unlockUserButton,
            self.ui.userPhotoButton,
        ):
            button.setEnabled(False)
        self.ui.usersTable.clearSelection()
        self.ui.userLoginEdit.setFocus()

    def _password_fields(self, shown: bool) -> None:
        for widget in (
            self.ui.userPasswordEdit,
            self.ui.userPasswordAgainEdit,
            self.ui.userPasswordLabel,
            self.ui.userPasswordAgainLabel,
        ):
            widget.setVisible(shown)
        self.ui.userPasswordEdit.clear()
        self.ui.userPasswordAgainEdit.clear()

    def _show(self, user: site.UserInfo | None) -> None:
        if user is None:
            return
        self.new = False
        self.ui.userLoginEdit.setText(user.login)
        self.ui.userLoginEdit.setEnabled(False)
        self.ui.userNameEdit.setText(user.display_name)
        self.ui.userRoleCombo.setCurrentIndex(max(0, self.ui.userRoleCombo.findData(user.role)))
        self.ui.userWindowSpin.setValue(user.window_no or 0)
        self.ui.userStaffEdit.setText(user.staff_no)
        self._password_fields(False)
        self.ui.toggleActiveButton.setText(
            QCoreApplication.translate("AdminFace", "&Disable")
            if user.active
            else QCoreApplication.translate("AdminFace", "&Enable")
        )
        self.ui.toggleActiveButton.setEnabled(True)
        self.ui.resetPasswordButton.setEnabled(True)
        self.ui.userPhotoButton.setEnabled(True)
        self.ui.unlockUserButton.setEnabled(user.locked_until is not None)

    def _failed(self, exc: BaseException) -> None:
        show_result(self.ui.usersMessageLabel, exc)

    def _done(self, login: str, message: str) -> None:
        show_result(self.ui.usersMessageLabel, None, message.replace("%1", login))
        self.reload(keep=login)

    def save(self) -> None:
        password = None
        if self.new:
            password = self.ui.userPasswordEdit.text()
            if password != self.ui.userPasswordAgainEdit.text():
                self._failed(UserError("The two passwords differ"))
                return
        values = {
            "login": self.ui.userLoginEdit.text(),
            "display_name": self.ui.userNameEdit.text() or self.ui.userLoginEdit.text(),
            "role": self.ui.userRoleCombo.currentData(),
            "window_no": self.ui.userWindowSpin.value() or None,
            "staff_no": self.ui.userStaffEdit.text(),
        }
        self.face.app.tasks.run(
            save_user,
            self.face.app.services,
            values,
            password,
            self.new,
            on_done=lambda login: self._done(
                login, QCoreApplication.translate("AdminFace", "User %1 saved.")
            ),
            on_error=self._failed,
        )

    def toggle_active(self) -> None:
        user = self.listing.current()
        if user is None:
            return
        if user.active and not self.face.app.dialogs.confirm(
            self.face,
            QCoreApplication.translate(
                "AdminFace", "Disable %1? They can no longer sign in; their records stay."
            ).replace("%1", user.login),
        ):
            return
        self.face.app.tasks.run(
            site.set_user_active,
            self.face.app.services,
            user.login,
            not user.active,
            on_done=lambda u: self._done(
                u.login,
                QCoreApplication.translate("AdminFace", "User %1 enabled.")
                if u.active
                else QCoreApplication.translate("AdminFace", "User %1 disabled."),
            ),
            on_error=self._failed,
        )

    def reset_password(self) -> None:
        user = self.listing.current()
        if user is None:
            return
        dialogs = self.face.app.dialogs
        title = QCoreApplication.translate("AdminFace", "Reset password")
        first = dialogs.ask_password(
            self.face,
            title,
            QCoreApplication.translate(
                "AdminFace", "New password for %1 (they must change it at sign-in):"
            ).replace("%1", user.login),
        )
        if first is None:
            return
        if (
            dialogs.ask_password(
                self.face, title, QCoreApplication.translate("AdminFace", "The same password again:")
            )
            != first
        ):
            self._failed(UserError("The two passwords differ"))
            return
        self.face.app.tasks.run(
            site.set_password,
            self.face.app.services,
            user.login,
            first,
            on_done=lambda _none: self._done(
                user.login, QCoreApplication.translate("AdminFace", "Password of %1 reset.")
            ),
            on_error=self._failed,
        )

    def unlock(self) -> None:
        user = self.listing.current()
        if user is None:
            return
        self.face.app.tasks.run(
            site.unlock_user,
            self.face.app.services,
            user.login,
            on_done=lambda u: self._done(
                u.login, QCoreApplication.translate("AdminFace", "User %1 unlocked.")
            ),
            on_error=self._failed,
        )

    def choose_photo(self) -> None:
        user = self.listing.current()
        if user is None:
            return
        path, _filter = QFileDialog.getOpenFileName(
            self.face,
            QCoreApplication.translate("AdminFace", "Photo of %1 for the rating pad").replace("%1", user.login),
            "",
            QCoreApplication.translate("AdminFace", "Images (*.jpg *.jpeg *.png *.bmp);;All files (*)"),
        )
        if path:
            self.set_photo(user.login, path)

    def set_photo(self, login: str, path: str) -> None:
        self.face.app.tasks.run(
            set_photo,
            self.face.app.services,
            login,
            path,
            on_done=lambda saved: self._done(
                saved, QCoreApplication.translate("AdminFace", "Photo of %1 saved.")
            ),
            on_error=self._failed,
        )
