"""The GUI shell: sign-in, the main window per role, settings, geometry, background tasks."""

from __future__ import annotations

from PySide6.QtCore import QThread
from PySide6.QtWidgets import QApplication, QLabel

from tests.ui.conftest import make_app_context
from windowdesk.domain import roles
from windowdesk.services import site as site_service
from windowdesk.ui.faces import FACES
from windowdesk.ui.login_dialog import LoginDialog
from windowdesk.ui.main_window import MainWindow
from windowdesk.ui.settings_dialog import SettingsDialog
from windowdesk.ui.tasks import SynchronousTaskRunner, TaskRunner


def test_sign_in_refuses_a_wrong_password_then_accepts(qtbot, sqlite_ctx, local_settings):
    site_service.add_user(sqlite_ctx, "clerk1", "clerk", "demo1234", "王芳", must_change_password=False)
    dialog = LoginDialog(SynchronousTaskRunner(), local_settings)
    qtbot.addWidget(dialog)
    assert not dialog.ok_button.isEnabled()  # the store is not open yet
    dialog.store_opened(sqlite_ctx)
    assert dialog.ui.siteLabel.text() == "测试市政务服务中心"
    dialog.ui.loginEdit.setText("clerk1")
    dialog.ui.passwordEdit.setText("wrong-password")
    dialog.ui.windowSpin.setValue(4)
    dialog.ok_button.click()
    assert dialog.ui.errorLabel.text().startswith("用户名或密码不正确")
    assert dialog.result() == 0
    dialog.ui.passwordEdit.setText("demo1234")
    with qtbot.waitSignal(dialog.signed_in) as signal:
        dialog.ok_button.click()
    ctx, actor = signal.args
    assert (actor.login, actor.role, actor.window_no) == ("clerk1", "clerk", 4)
    assert ctx.actor == actor
    assert (local_settings.last_login, local_settings.window_number) == ("clerk1", 4)


def test_store_failure_is_explained(qtbot, local_settings):
    dialog = LoginDialog(SynchronousTaskRunner(), local_settings)
    qtbot.addWidget(dialog)
    dialog.store_failed("无法打开数据库 x：连接被拒绝")
    assert "连接被拒绝" in dialog.ui.errorLabel.text()
    assert not dialog.ok_button.isEnabled()


def test_clerk_gets_the_counter_and_a_status_bar(qtbot, app_context):
    window = MainWindow(app_context)
    qtbot.addWidget(window)
    assert window.face.objectName() == "counterFace"
    assert window.findChild(QLabel, "userStatus").text() == "用户：王芳（窗口工作人员）"
    assert window.findChild(QLabel, "windowStatus").text() == "3 号窗口"
    assert window.findChild(QLabel, "storeStatus").text().startswith("SQLite ")
    titles = [action.text() for action in window.menuBar().actions()]
    assert titles == ["文件(&F)", "窗口(&W)", "同步(&S)", "帮助(&H)"]


def test_supervisor_starts_on_supervision_and_can_open_other_faces(qtbot, sqlite_ctx, local_settings):
    app = make_app_context(sqlite_ctx, local_settings, role=roles.SUPERVISOR)
    window = MainWindow(app)
    qtbot.addWidget(window)
    assert window.face.objectName() == "supervisorFace"
    kiosk = window.open_face(FACES["kiosk"])
    qtbot.addWidget(kiosk)
    assert kiosk.isVisible() and kiosk.windowTitle() == "取号机"
    assert window.open_face(FACES["kiosk"]) is kiosk  # one kiosk window, raised again


def test_window_geometry_is_remembered(qtbot, app_context):
    window = MainWindow(app_context)
    qtbot.addWidget(window)
    window.show()
    window.resize(700, 500)  # the offscreen screen is 800×600
    window.close()
    again = MainWindow(app_context)
    qtbot.addWidget(again)
    again.show()
    assert (again.width(), again.height()) == (700, 500)


def test_settings_dialog_saves_this_pcs_settings(qtbot, local_settings):
    dialog = SettingsDialog(local_settings)
    qtbot.addWidget(dialog)
    dialog.ui.windowSpin.setValue(6)
    dialog.ui.paperCombo.setCurrentIndex(1)
    dialog.ui.languageCombo.setCurrentIndex(1)
    dialog.accept()
    assert (local_settings.window_number, local_settings.paper, local_settings.language) == (6, "58", "en")


def test_task_runner_works_off_the_ui_thread_and_reports_back_on_it(qtbot):
    runner = TaskRunner()
    main_thread = QApplication.instance().thread()
    seen = {}

    def work(x):
        seen["worker_thread"] = QThread.currentThread()
        return x * 2

    def done(result):
        seen["result"] = result
        seen["callback_thread"] = QThread.currentThread()

    with qtbot.waitSignal(runner.busy_changed, check_params_cb=lambda busy: busy is False):
        runner.run(work, 21, on_done=done)
    assert seen["result"] == 42
    assert seen["worker_thread"] is not main_thread
    assert seen["callback_thread"] is main_thread

    errors = []
    with qtbot.waitSignal(runner.busy_changed, check_params_cb=lambda busy: busy is False):
        runner.run(lambda: 1 / 0, on_error=errors.append)
    assert isinstance(errors[0], ZeroDivisionError)
    assert runner.wait_idle(1000)
