"""The main window: the face for the signed-in user's role, menus to open the other faces, status."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QAction, QCloseEvent, QKeySequence
from PySide6.QtWidgets import QLabel, QMainWindow, QMessageBox, QProgressBar, QWidget

from windowdesk import __version__
from windowdesk.domain import roles
from windowdesk.ui.app_context import AppContext
from windowdesk.ui.backup_status import BackupIndicator
from windowdesk.ui.faces import FACES, Face, home_face
from windowdesk.ui.settings_dialog import SettingsDialog
from windowdesk.ui.supervision.watch import SupervisionWatch
from windowdesk.ui.sync_issues import SyncIssuesDialog
from windowdesk.ui.sync_status import SyncIndicator


class MainWindow(QMainWindow):
    def __init__(self, app: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("mainWindow")
        self.app = app
        self._standalone: dict[str, QWidget] = {}
        face = home_face(app.actor.role)
        self.setWindowTitle(self.tr("windowdesk — %1").replace("%1", face.title))
        self.setCentralWidget(face.create(app, self))
        self._build_menus()
        self._build_status_bar()
        self.resize(1280, 800)
        geometry = app.settings.geometry("main")
        if geometry is not None:
            self.restoreGeometry(geometry)

    # -- menus --------------------------------------------------------------------------
    def _build_menus(self) -> None:
        file_menu = self.menuBar().addMenu(self.tr("&File"))
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
        for key in ("catalogue", "catalogue_editor", "kiosk", "display", "rating", "supervisor", "department"):
            face = FACES[key]
            if face is home_face(self.app.actor.role) or not roles.at_least(
                self.app.actor.role, face.min_role
            ):
                continue
            action = QAction(face.title, self)
            action.setObjectName(f"open{''.join(part.capitalize() for part in key.split('_'))}Action")
            action.triggered.connect(lambda _checked=False, f=face: self.open_face(f))
            faces_menu.addAction(action)

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
        about = QAction(self.tr("&About windowdesk"), self)
        about.triggered.connect(self._about)
        help_menu.addAction(about)

    def _build_status_bar(self) -> None:
        actor = self.app.actor
        bar = self.statusBar()
        self.user_label = QLabel(
            self.tr("User: %1 (%2)")
            .replace("%1", actor.display_name or actor.login)
            .replace("%2", _role_name(self, actor.role)),
            self,
        )
        self.user_label.setObjectName("userStatus")
        # a supervisor or administrator signs in at no window: no "— 号窗口" in their status bar
        window = self.tr("Window %1").replace("%1", str(actor.window_no)) if actor.window_no else ""
        self.window_label = QLabel(window, self)
        self.window_label.setObjectName("windowStatus")
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
        for widget in (self.user_label, self.window_label, self.store_label):
            bar.addWidget(widget)
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

    def open_face(self, face: Face) -> QWidget:
        window = self._standalone.get(face.key)
        if window is None:
            window = face.create(self.app, None)
            window.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose, False)
            geometry = self.app.settings.geometry(face.key)
            if geometry is not None:
                window.restoreGeometry(geometry)
            else:
                window.resize(1024, 700)
            self._standalone[face.key] = window
        window.show()
        window.raise_()
        window.activateWindow()
        return window

    def _about(self) -> None:
        QMessageBox.about(
            self,
            self.tr("About windowdesk"),
            self.tr("windowdesk %1\nThe counter desk of government service halls.").replace(
                "%1", __version__
            ),
        )

    def closeEvent(self, event: QCloseEvent) -> None:
        self.app.settings.set_geometry("main", self.saveGeometry())
        for key, window in self._standalone.items():
            self.app.settings.set_geometry(key, window.saveGeometry())
            window.close()
        self.app.settings.sync()
        self.sync_label.stop()
        self.backup_label.stop()
        self.supervision_watch.stop()
        self.app.tasks.wait_idle()
        super().closeEvent(event)


def _role_name(_widget: QWidget, role: str) -> str:
    return {
        roles.CLERK: QCoreApplication.translate("MainWindow", "clerk"),
        roles.HANDLER: QCoreApplication.translate("MainWindow", "department handler"),
        roles.SUPERVISOR: QCoreApplication.translate("MainWindow", "supervisor"),
        roles.ADMIN: QCoreApplication.translate("MainWindow", "administrator"),
    }.get(role, role)
