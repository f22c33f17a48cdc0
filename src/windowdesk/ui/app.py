"""Starting the GUI: application, language, fonts, style sheet, crash handling, store, sign-in, main window.

The sign-in window comes first and fast: this module imports Qt and the sign-in dialog only. The
store opens on the store thread while the clerk types (importing the services and the database
toolkit there); after sign-in, :func:`load_faces` imports the main window and the user's face on an
I/O thread, and the main window is built when that is done. The UI thread imports neither.
"""

from __future__ import annotations

import logging
import os
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, Qt, QTimer
from PySide6.QtGui import QFont, QFontDatabase, QGuiApplication
from PySide6.QtWidgets import QApplication

from windowdesk import __version__
from windowdesk.errors import UserError
from windowdesk.logs import setup_logging
from windowdesk.resources import resource_path
from windowdesk.ui.crash import install_excepthook
from windowdesk.ui.dialogs import DialogService
from windowdesk.ui.i18n import install_language
from windowdesk.ui.local_settings import LocalSettings
from windowdesk.ui.login_dialog import LoginDialog, open_store
from windowdesk.ui.scan_detector import install_scan_detector
from windowdesk.ui.style import install_style_sheet
from windowdesk.ui.tasks import TaskRunner

if TYPE_CHECKING:
    from windowdesk.services.context import ServiceContext
    from windowdesk.ui.main_window import MainWindow

log = logging.getLogger(__name__)


def create_application(argv: list[str] | None = None) -> QApplication:
    existing = QApplication.instance()
    if isinstance(existing, QApplication):
        return existing
    # High-DPI policy must be set before the application exists (counter PCs run 125 % and 150 %).
    QGuiApplication.setHighDpiScaleFactorRoundingPolicy(Qt.HighDpiScaleFactorRoundingPolicy.PassThrough)
    QCoreApplication.setOrganizationName("windowdesk")
    QCoreApplication.setApplicationName("windowdesk")
    QCoreApplication.setApplicationVersion(__version__)
    app = QApplication(argv or ["windowdesk"])
    install_cjk_font(app)
    install_style_sheet(app)
    return app


def install_cjk_font(app: QApplication) -> None:
    """Use the shipped CJK font when the system has none, so Chinese never shows as boxes."""
    font_id = QFontDatabase.addApplicationFont(str(resource_path("fonts", "wqy-microhei.ttc")))
    families = QFontDatabase.applicationFontFamilies(font_id) if font_id >= 0 else []
    font = QFont(app.font())
    if families:
        font.setFamilies([app.font().family(), families[0]])
    font.setPointSize(max(font.pointSize(), 11))
    app.setFont(font)


def load_faces(role: str) -> None:
    """Runs off the UI thread after sign-in: imports the main window and the face ``role`` starts on."""
    from windowdesk.ui import faces
    from windowdesk.ui.main_window import MainWindow  # noqa: F401

    faces.home_face(role).load()


def _needs_setup(ctx: ServiceContext) -> bool:
    """On the store thread: an empty store gets the set-up wizard instead of the sign-in."""
    from windowdesk.services import firstrun

    return firstrun.needs_setup(ctx)


def store_failure_message(exc: BaseException) -> str:
    """What the sign-in window says when the store cannot be opened: a fault of the machine (a
    locked, damaged or read-only store, a server that does not answer) in clear words; anything
    else is a bug, logged, and named."""
    from windowdesk.services import faults  # loaded on the store thread by the failed attempt

    fault = faults.explain(exc)
    if fault is not None:
        exc = fault
    if isinstance(exc, UserError):
        return exc.message
    log.error("opening the store failed", exc_info=exc)
    return f"{type(exc).__name__}: {exc}"


def run_gui(db_url: str | None = None) -> int:
    setup_logging()
    app = create_application()
    settings = LocalSettings()
    install_language(app, settings.language)
    dialogs = DialogService()
    install_excepthook(dialogs)
    tasks = TaskRunner(app)
    scanner = install_scan_detector(app)
    tasks.set_default_error_handler(lambda exc: dialogs.show_exception(QApplication.activeWindow(), exc))

    login = LoginDialog(tasks, settings, prepare=load_faces)
    windows: list[MainWindow] = []

    def store_failed(exc: BaseException) -> None:
        login.store_failed(store_failure_message(exc))

    def signed_in(ctx: ServiceContext, _actor: object) -> None:
        from windowdesk.ui.app_context import AppContext  # imported by load_faces already
        from windowdesk.ui.main_window import MainWindow

        window = MainWindow(AppContext(ctx, tasks, settings, dialogs, scanner=scanner))
        windows.append(window)
        window.show()

    login.signed_in.connect(signed_in)

    def store_opened(ctx: ServiceContext) -> None:
        # An empty store gets the set-up wizard instead of the sign-in (windowdesk init still works).
        tasks.run(
            _needs_setup,
            ctx,
            on_done=lambda empty: start_wizard(ctx) if empty else login.store_opened(ctx),
            on_error=store_failed,
        )

    def start_wizard(ctx: ServiceContext) -> None:
        from windowdesk.ui.admin.first_run import FirstRunWizard

        wizard = FirstRunWizard(tasks, ctx, login, dialogs)
        wizard.signed_in.connect(lambda user_ctx, actor: (signed_in(user_ctx, actor), login.accept()))
        wizard.rejected.connect(login.reject)
        wizard.open()

    # Opened once the dialog is up: importing the services on the store thread takes the GIL, which
    # would otherwise slow the UI thread down while it builds and shows the dialog.
    QTimer.singleShot(0, lambda: tasks.run(open_store, db_url, on_done=store_opened, on_error=store_failed))
    if login.exec() != LoginDialog.DialogCode.Accepted:
        tasks.wait_idle()
        return 0
    code = app.exec()
    tasks.wait_idle()
    return code


if __name__ == "__main__":
    raise SystemExit(run_gui(os.environ.get("WINDOWDESK_DB")))
