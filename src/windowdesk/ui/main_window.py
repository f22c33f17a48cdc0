"""The main window: the face for the signed-in user's role, menus to open the other faces, status."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QAction, QCloseEvent, QKeySequence
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QLabel,
    QMainWindow,
    QMessageBox,
    QProgressBar,
    QStackedWidget,
    QWidget,
)

from windowdesk import __version__
from windowdesk.domain import roles
from windowdesk.services import site
from windowdesk.services.context import ServiceContext
from windowdesk.ui.app_context import AppContext
from windowdesk.ui.backup_status import BackupIndicator
from windowdesk.ui.faces import FACES, Face, home_face
from windowdesk.ui.screen_fit import fit_to_screen
from windowdesk.ui.session import ChangePasswordDialog, IdleWatch, LockScreen, audit_quietly
from windowdesk.ui.settings_dialog import SettingsDialog
from windowdesk.ui.supervision.my_alerts import MY_ALERTS_KEY, MyAlertsDialog
from windowdesk.ui.supervision.watch import SupervisionWatch
from windowdesk.ui.sync_issues import SyncIssuesDialog
from windowdesk.ui.sync_status import SyncIndicator


class MainWindow(QMainWindow):
    def __init__(self, app: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("mainWindow")
        self.app = app
        self._standalone: dict[str, QWidget] = {}
        self._hidden_by_lock: list[QWidget] = []
        self.stack = QStackedWidget(self)
        self.stack.setObjectName("faceStack")
        self.setCentralWidget(self.stack)
        self.lock_screen = LockScreen(app, self.stack)
        self.lock_screen.setObjectName("lockScreen")
        self.lock_screen.unlocked.connect(self._unlocked)
        self.stack.addWidget(self.lock_screen)
        self.face: QWidget | None = None
        self._show_home_face()
        self._build_menus()
        self._build_status_bar()
        self.idle = IdleWatch(app, self, also=self._covered)
        self.idle.idle.connect(lambda: self.lock("idle"))
        self.idle.start()
        app.hub.changed.connect(lambda what: self.idle.load_minutes() if what == "settings" else None)
        self.resize(1280, 800)
        geometry = app.settings.geometry("main")
        if geometry is not None:
            self.restoreGeometry(geometry)
        else:  # the first time: all of the screen (on 1366×768 the status bar would be off it)
            self.setWindowState(self.windowState() | Qt.WindowState.WindowMaximized)

    def _show_home_face(self) -> None:
        face = home_face(self.app.actor.role)
        self.setWindowTitle(self.tr("windowdesk — %1").replace("%1", face.title))
        if self.face is not None:
            self.stack.removeWidget(self.face)
            self.face.deleteLater()
        self.face = face.create(self.app, self.stack)
        self.stack.insertWidget(0, self.face)
        self.stack.setCurrentWidget(self.face)

    # -- locking and the shift change ---------------------------------------------------
    @property
    def locked(self) -> bool:
        return self.stack.currentWidget() is self.lock_screen

    def lock(self, reason: str = "manual") -> None:
        """Hide the face behind the lock screen; the queue and the other windows run on."""
        if self.locked:
            return
        audit_quietly(self.app, site.lock_session, reason)
        self.lock_screen.prepare()
        self.stack.setCurrentWidget(self.lock_screen)
        self.menuBar().setEnabled(False)
        # the session's other windows (administration, supervision…) and the dialogs open over them
        # or over this window are hidden with the face; a dialog waiting in exec() ends as cancelled
        self._hidden_by_lock = self._session_windows()
        for window in self._hidden_by_lock:
            window.hide()
        self.lock_screen.ui.unlockPasswordEdit.setFocus()

    def _unlocked(self) -> None:
        self.menuBar().setEnabled(True)
        if self.face is not None:
            self.stack.setCurrentWidget(self.face)
        for window in self._hidden_by_lock:
            if not (isinstance(window, QDialog) and window.isModal()):  # a modal one was cancelled
                window.show()
        self._hidden_by_lock = []
        self.activateWindow()
        self.idle.touch()
        self.idle.armed = True

    def _covered(self, window: QWidget) -> bool:
        """A window of this session that the idle lock covers (not the kiosk, display or rating pad)."""
        return any(w is window and _locks(key) for key, w in self._standalone.items())

    def _session_windows(self) -> list[QWidget]:
        """The visible windows the lock hides: the session's standalone windows and every dialog
        opened over them or over this window (not the hall faces' own, such as the kiosk's release)."""
        hall = [w for key, w in self._standalone.items() if not _locks(key)]
        found = []
        for widget in QApplication.topLevelWidgets():
            if widget is self or not widget.isVisible():
                continue
            window: QWidget | None = widget
            while window is not None:
                if any(window is w for w in hall):
                    break
                if window is self or self._covered(window):
                    found.append(widget)
                    break
                parent = window.parentWidget()
                window = parent.window() if parent is not None else None
        return found

    def shift_change(self) -> None:
        """交接班: the next clerk signs in at this same window; the current one is signed out."""
        from windowdesk.ui.login_dialog import LoginDialog

        dialog = LoginDialog(self.app.tasks, self.app.settings, self, shift_change=True)
        dialog.signed_in.connect(lambda ctx, _actor: self.switch_user(ctx))
        dialog.store_opened(self.app.services)
        dialog.fix_window(self.app.actor.window_no or self.app.settings.window_number)
        dialog.open()
        self._shift_dialog = dialog

    def switch_user(self, ctx: ServiceContext) -> None:
        audit_quietly(self.app, site.sign_out, f"shift change to {ctx.actor.login}")
        # what the last user opened (administration, supervision…) is theirs: closed, not handed on
        for key in [key for key in self._standalone if _locks(key)]:
            window = self._standalone.pop(key)
            self.app.settings.set_geometry(key, window.saveGeometry())
            window.close()
            window.deleteLater()
        self._hidden_by_lock = []
        self.app.services = ctx
        self.menuBar().clear()
        self._build_menus()
        self._show_home_face()
        self._update_user_labels()
        self.lock_screen.prepare()
        self.idle.touch()
        self.idle.armed = True

    def change_password(self, required: bool = False) -> QDialog:
        dialog = ChangePasswordDialog(self.app.tasks, self.app.services, required, self)
        dialog.setObjectName("changePasswordDialog")
        dialog.open()
        return dialog

    # -- menus --------------------------------------------------------------------------
    def _build_menus(self) -> None:
        file_menu = self.menuBar().addMenu(self.tr("&File"))
        for name, text, shortcut, slot in (
            ("lockAction", self.tr("&Lock this counter"), "Ctrl+L", lambda: self.lock("manual")),
            ("shiftChangeAction", self.tr("S&hift change…"), "Ctrl+Shift+H", self.shift_change),
            ("changePasswordAction", self.tr("Change my &password…"), None, lambda: self.change_password()),
        ):
            action = QAction(text, self)
            action.setObjectName(name)
            if shortcut:
                action.setShortcut(QKeySequence(shortcut))
            action.triggered.connect(slot)
            file_menu.addAction(action)
        file_menu.addSeparator()
        settings = QAction(self.tr("&Settings of this PC…"), self)
        settings.setObjectName("settingsAction")
        settings.setShortcut(QKeySequence(QKeySequence.StandardKey.Preferences) or QKeySequence("Ctrl+,"))
        settings.triggered.connect(self.open_settings)
        file_menu.addAction(settings)
        file_menu.addSeparator()
        quit_action = QAction(self.tr("&Quit"), self)
        quit_action.setObjectName("quitAction")
        quit_action.setShortcut(QKeySequence("Ctrl+Q"))
        quit_action.triggered.connect(self.close)
        file_menu.addAction(quit_action)

        faces_menu = self.menuBar().addMenu(self.tr("&Windows"))
        for key in (
            "catalogue", "catalogue_editor", "kiosk", "display", "rating", "supervisor", "department", "admin"
        ):
            face = FACES[key]
            if face is home_face(self.app.actor.role) or not roles.at_least(
                self.app.actor.role, face.min_role
            ):
                continue
            action = QAction(face.title, self)
            action.setObjectName(f"open{''.join(part.capitalize() for part in key.split('_'))}Action")
            action.triggered.connect(lambda _checked=False, f=face: self.open_face(f))
            faces_menu.addAction(action)
        if not roles.at_least(self.app.actor.role, roles.SUPERVISOR):
            # the staff member concerned reads their bad-rating follow-ups (supervisors have the tab)
            faces_menu.addSeparator()
            mine = QAction(self.tr("My bad-rating &follow-ups…"), self)
            mine.setObjectName("myFollowupsAction")
            mine.triggered.connect(self.open_my_followups)
            faces_menu.addAction(mine)
            # their yellow/red cards and exceptions, to explain (说明)
            alerts = QAction(self.tr("My &cards and exceptions…"), self)
            alerts.setObjectName("myAlertsAction")
            alerts.setShortcut(QKeySequence(MY_ALERTS_KEY))
            alerts.triggered.connect(self.open_my_alerts)
            faces_menu.addAction(alerts)

        sync_menu = self.menuBar().addMenu(self.tr("&Sync"))
        sync_now = QAction(self.tr("Sync &now"), self)
        sync_now.setObjectName("syncNowAction")
        sync_now.triggered.connect(lambda: self.sync_label.sync_now())
        sync_menu.addAction(sync_now)
        if roles.at_least(self.app.actor.role, roles.SUPERVISOR):
            issues = QAction(self.tr("&Rejected changes and conflicts…"), self)
            issues.setObjectName("syncIssuesAction")
            issues.triggered.connect(self.open_sync_issues)
            sync_menu.addAction(issues)

        help_menu = self.menuBar().addMenu(self.tr("&Help"))
        shortcuts = QAction(self.tr("&Keyboard shortcuts…"), self)
        shortcuts.setObjectName("shortcutsAction")
        shortcuts.setShortcut(QKeySequence("Ctrl+F1"))
        shortcuts.triggered.connect(self.show_shortcuts)
        help_menu.addAction(shortcuts)
        about = QAction(self.tr("&About windowdesk"), self)
        about.triggered.connect(self._about)
        help_menu.addAction(about)

    def _update_user_labels(self) -> None:
        actor = self.app.actor
        self.user_label.setText(
            self.tr("User: %1 (%2)")
            .replace("%1", actor.display_name or actor.login)
            .replace("%2", _role_name(self, actor.role))
        )
        # a supervisor or administrator signs in at no window: no "— 号窗口" in their status bar
        window = self.tr("Window %1").replace("%1", str(actor.window_no)) if actor.window_no else ""
        self.window_label.setText(window)

    def _build_status_bar(self) -> None:
        bar = self.statusBar()
        self.user_label = QLabel(self)
        self.user_label.setObjectName("userStatus")
        self.window_label = QLabel(self)
        self.window_label.setObjectName("windowStatus")
        self._update_user_labels()
        self.store_label = QLabel(self.app.services.store.display_name, self)
        self.store_label.setObjectName("storeStatus")
        self.sync_label = SyncIndicator(self.app, self)
        self.backup_label = BackupIndicator(self.app, self)
        self.busy = QProgressBar(self)
        self.busy.setObjectName("busyIndicator")
        self.busy.setRange(0, 0)  # indeterminate: shown while background work runs
        self.busy.setMaximumWidth(120)
        self.busy.setVisible(False)
        self.app.tasks.busy_changed.connect(self.busy.setVisible)
        for widget in (self.user_label, self.window_label):
            bar.addWidget(widget)
        # Which database is open matters to administrators, not to a clerk (About shows it to all).
        if roles.at_least(self.app.actor.role, roles.ADMIN):
            bar.addWidget(self.store_label)
        else:
            self.store_label.hide()
        bar.addPermanentWidget(self.busy)
        bar.addPermanentWidget(self.backup_label)
        bar.addPermanentWidget(self.sync_label)
        self.sync_label.start()
        self.backup_label.start()
        self.supervision_watch = SupervisionWatch(self.app, self)
        self.supervision_watch.start()

    # -- actions ------------------------------------------------------------------------
    def open_settings(self) -> None:
        SettingsDialog(self.app.settings, self).exec()

    def open_sync_issues(self) -> SyncIssuesDialog:
        dialog = SyncIssuesDialog(self.app, self)
        dialog.finished.connect(lambda _code: self.sync_label.refresh())
        dialog.open()
        return dialog

    def open_my_followups(self) -> QDialog:
        from windowdesk.ui.supervision.followups_panel import MyFollowupsDialog

        dialog = MyFollowupsDialog(self.app, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        fit_to_screen(dialog, 1100, 560)
        dialog.open()
        return dialog

    def open_my_alerts(self) -> QDialog:
        dialog = MyAlertsDialog(self.app, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        fit_to_screen(dialog, 1100, 560)
        dialog.open()
        return dialog

    def open_face(self, face: Face) -> QWidget:
        window = self._standalone.get(face.key)
        if window is None:
            window = face.create(self.app, None)
            window.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose, False)
            geometry = self.app.settings.geometry(face.key)
            if geometry is not None:
                window.restoreGeometry(geometry)
            else:
                fit_to_screen(window, 1366, 768)  # all of a small screen, not all of a large one
            self._standalone[face.key] = window
        window.show()
        window.raise_()
        window.activateWindow()
        return window

    def show_shortcuts(self) -> QWidget:
        from windowdesk.ui.counter.shortcuts import ShortcutsDialog  # the counter's keys, loaded when asked

        dialog = ShortcutsDialog(self)
        dialog.open()
        return dialog

    def _about(self) -> None:
        QMessageBox.about(
            self,
            self.tr("About windowdesk"),
            self.tr("windowdesk %1\nThe counter desk of government service halls.").replace(
                "%1", __version__
            )
            + "\n\n"
            + self.tr("Store: %1").replace("%1", self.app.services.store.display_name),
        )

    def closeEvent(self, event: QCloseEvent) -> None:
        # A face with work under way (the counter serving a ticket) is asked first; Ctrl+Q comes here too.
        question = getattr(self.face, "leave_question", lambda: None)()
        if question and not self.app.dialogs.confirm(self, question):
            event.ignore()
            return
        self.app.settings.set_geometry("main", self.saveGeometry())
        for key, window in self._standalone.items():
            self.app.settings.set_geometry(key, window.saveGeometry())
            window.close()
        self.app.settings.sync()
        audit_quietly(self.app, site.sign_out, "quit")
        self.idle.stop()
        self.sync_label.stop()
        self.backup_label.stop()
        self.supervision_watch.stop()
        self.app.tasks.wait_idle()
        super().closeEvent(event)


#: Windows that run for the hall, not for the signed-in user: the lock and a shift change leave them be.
HALL_FACES = frozenset({"kiosk", "display", "rating"})


def _locks(key: str) -> bool:
    return key not in HALL_FACES


def _role_name(_widget: QWidget, role: str) -> str:
    return {
        roles.CLERK: QCoreApplication.translate("MainWindow", "clerk"),
        roles.HANDLER: QCoreApplication.translate("MainWindow", "department handler"),
        roles.SUPERVISOR: QCoreApplication.translate("MainWindow", "supervisor"),
        roles.ADMIN: QCoreApplication.translate("MainWindow", "administrator"),
    }.get(role, role)
