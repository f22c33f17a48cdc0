"""The ticket kiosk on its own screen, as applicants and staff meet it: full screen with no frame and
no way out for an applicant, an administrator's password to leave it, large 优先/预约签到 toggles."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QCloseEvent, QShortcut
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication
from sqlalchemy import select

from tests.services.queue_support import setup_hall
from windowdesk.services import queue
from windowdesk.services import site as site_service
from windowdesk.store.models import AuditEntry
from windowdesk.ui.queue import kiosk_lock
from windowdesk.ui.queue.kiosk import KioskFace
from windowdesk.ui.style import install_style_sheet

ADMIN, ADMIN_PASSWORD = "chief", "chief-pass-1"


@pytest.fixture
def hall(sqlite_ctx):
    setup_hall(sqlite_ctx)
    site_service.add_user(sqlite_ctx, ADMIN, "admin", ADMIN_PASSWORD, "张主任", must_change_password=False)
    site_service.add_user(sqlite_ctx, "kioskclerk", "clerk", "clerk-pass-1", must_change_password=False)
    return sqlite_ctx


def open_kiosk(qtbot, app) -> KioskFace:
    kiosk = KioskFace(app, watch=False, printer_factory=lambda: None)
    qtbot.addWidget(kiosk)  # closed from code at the end of the test, as the main window would
    kiosk.show()
    assert QTest.qWaitForWindowExposed(kiosk)
    kiosk.activateWindow()
    qtbot.waitUntil(kiosk.isActiveWindow)
    return kiosk


def window_system_closes(widget) -> None:
    """What Alt+F4 or a window's close button make the window system send."""
    QApplication.sendEvent(widget.windowHandle(), QCloseEvent())


def frameless(widget) -> bool:
    return bool(widget.windowFlags() & Qt.WindowType.FramelessWindowHint)


def test_the_kiosk_fills_the_screen_and_an_applicant_cannot_leave_it(qtbot, hall, app_context):
    kiosk = open_kiosk(qtbot, app_context)
    qtbot.waitUntil(kiosk.isFullScreen)
    assert frameless(kiosk) and kiosk.lock.locked
    qtbot.waitUntil(lambda: kiosk.geometry() == kiosk.screen().geometry())
    window_system_closes(kiosk)
    QTest.keyClick(kiosk, Qt.Key.Key_F4, Qt.KeyboardModifier.AltModifier)
    QTest.keyClick(kiosk, Qt.Key.Key_Escape)
    QTest.keyClick(kiosk, Qt.Key.Key_F11)
    assert kiosk.isVisible() and kiosk.isFullScreen() and kiosk.lock.dialog is None
    kiosk.setWindowState(Qt.WindowState.WindowNoState)  # the window system un-full-screens it
    qtbot.waitUntil(kiosk.isFullScreen)
    kiosk.showMinimized()
    qtbot.waitUntil(lambda: kiosk.isFullScreen() and not kiosk.isMinimized())
    assert kiosk.isVisible() and kiosk.lock.locked
    kiosk.category_buttons["A"].click()  # and it keeps issuing
    assert kiosk.result_label.text().startswith("您的号码是 A001")


def test_staff_keys_ask_an_administrator_and_a_wrong_password_keeps_the_kiosk(qtbot, hall, app_context):
    kiosk = open_kiosk(qtbot, app_context)
    qtbot.waitUntil(kiosk.isFullScreen)
    QTest.keyClick(kiosk, Qt.Key.Key_Q, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.AltModifier)
    dialog = kiosk.lock.dialog
    assert dialog is not None and dialog.isVisible() and dialog.windowTitle() == "退出取号机"
    assert dialog.ui.loginLabel.text() == "管理员用户名(&U)："
    ui = dialog.ui
    for login, password in (("kioskclerk", "clerk-pass-1"), (ADMIN, "guess-guess"), ("", "")):
        ui.loginEdit.setText(login)
        ui.passwordEdit.setText(password)
        QTest.mouseClick(ui.windowButton, Qt.MouseButton.LeftButton)
        assert dialog.isVisible() and kiosk.isFullScreen() and kiosk.lock.locked, login
        assert ui.passwordEdit.text() == "" or login == "", login
    assert ui.errorLabel.text() == "请输入管理员的用户名和密码。"
    ui.loginEdit.setText(ADMIN)
    ui.passwordEdit.setText("guess-again")
    QTest.mouseClick(ui.closeButton, Qt.MouseButton.LeftButton)
    assert "无法退出取号机：须输入管理员的用户名和正确密码" in ui.errorLabel.text()
    assert "连续输错 5 次" in ui.errorLabel.text()
    assert kiosk.isVisible() and kiosk.isFullScreen() and dialog.isVisible()
    with hall.reading() as session:
        failed = list(session.scalars(select(AuditEntry.action).where(AuditEntry.action == "kiosk.release_failed")))
    assert len(failed) == 3  # the clerk's own password, two guesses (the empty form asked nothing)
    QTest.keyClick(dialog, Qt.Key.Key_Escape)  # cancelled: the kiosk stays as it was
    assert not dialog.isVisible() and kiosk.isFullScreen() and kiosk.lock.locked
    window_system_closes(kiosk)
    assert kiosk.isVisible()


def test_an_administrator_turns_it_into_a_window_and_f11_locks_it_again(qtbot, hall, app_context):
    kiosk = open_kiosk(qtbot, app_context)
    qtbot.waitUntil(kiosk.isFullScreen)
    dialog = kiosk.lock.ask()
    dialog.ui.loginEdit.setText(ADMIN)
    QTest.keyClicks(dialog.ui.passwordEdit, ADMIN_PASSWORD)
    QTest.keyClick(dialog.ui.passwordEdit, Qt.Key.Key_Return)  # Enter: leave full screen
    qtbot.waitUntil(lambda: kiosk.isVisible() and not kiosk.isFullScreen())
    assert not dialog.isVisible() and not frameless(kiosk) and not kiosk.lock.locked
    assert QTest.qWaitForWindowExposed(kiosk)
    assert kiosk.screen().availableGeometry().contains(kiosk.geometry())
    # F11 puts it back for the applicants. (Xvfb runs no window manager, and without one Qt does not
    # notice the focus come back to a window whose frame was just changed: the shortcut is fired.)
    [f11] = [s for s in kiosk.findChildren(QShortcut) if s.key().toString() == "F11"]
    assert f11.context() == Qt.ShortcutContext.WindowShortcut
    f11.activated.emit()
    qtbot.waitUntil(lambda: kiosk.isVisible() and kiosk.isFullScreen())
    assert frameless(kiosk) and kiosk.lock.locked
    window_system_closes(kiosk)
    assert kiosk.isVisible()
    with hall.reading() as session:
        entry = session.scalars(select(AuditEntry).where(AuditEntry.action == "kiosk.release")).one()
    assert entry.detail["by"] == ADMIN


def test_five_taps_on_the_corner_ask_and_an_administrator_closes_it(qtbot, hall, app_context):
    kiosk = open_kiosk(qtbot, app_context)
    qtbot.waitUntil(kiosk.isFullScreen)
    corner = kiosk.childAt(QPoint(10, 10))
    assert corner is kiosk.lock.corner  # on top of whatever the kiosk shows there
    corner._window.setInterval(300)  # the taps count within a moment (3 s on the kiosk)
    for _ in range(kiosk_lock.TAPS - 1):
        QTest.mouseClick(corner, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: corner.taps == 0)  # too slow: counting starts again
    assert kiosk.lock.dialog is None
    for _ in range(kiosk_lock.TAPS):
        QTest.mouseClick(corner, Qt.MouseButton.LeftButton)
    dialog = kiosk.lock.dialog
    assert dialog is not None and dialog.isVisible()
    dialog.ui.loginEdit.setText(ADMIN)
    dialog.ui.passwordEdit.setText(ADMIN_PASSWORD)
    QTest.mouseClick(dialog.ui.closeButton, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not kiosk.isVisible())


def test_a_pc_setting_makes_it_an_ordinary_window(qtbot, hall, app_context):
    app_context.settings.set_value("kiosk/full_screen", "false")
    kiosk = open_kiosk(qtbot, app_context)
    qtbot.wait(50)  # whatever the first show would have queued has run
    assert not kiosk.isFullScreen() and not frameless(kiosk) and not kiosk.lock.locked
    QTest.keyClick(kiosk, Qt.Key.Key_Q, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.AltModifier)
    assert kiosk.lock.dialog is None
    window_system_closes(kiosk)
    assert not kiosk.isVisible()


@pytest.fixture
def styled(qapp):
    install_style_sheet(qapp)
    yield qapp
    qapp.setStyleSheet("")


def test_priority_and_appointment_are_large_toggles(qtbot, styled, hall, app_context):
    app_context.settings.set_value("kiosk/full_screen", "false")
    kiosk = open_kiosk(qtbot, app_context)
    kiosk.resize(1366, 768)
    toggles = [*kiosk.priority_buttons.values(), kiosk.appointment_button]
    assert [b.text() for b in toggles] == ["老年人优先", "残疾人优先", "军人优先", "预约签到"]
    qtbot.waitUntil(lambda: all(b.height() >= 70 and b.width() >= 200 for b in toggles))
    off = kiosk.priority_buttons["elderly"].grab().toImage().pixelColor(30, 30)
    QTest.mouseClick(kiosk.priority_buttons["elderly"], Qt.MouseButton.LeftButton)
    on = kiosk.priority_buttons["elderly"].grab().toImage().pixelColor(30, 30)
    assert kiosk.priority_buttons["elderly"].isChecked() and kiosk.selected_priority() == "elderly"
    assert abs(off.red() - on.red()) + abs(off.green() - on.green()) + abs(off.blue() - on.blue()) > 150
    QTest.mouseClick(kiosk.priority_buttons["military"], Qt.MouseButton.LeftButton)  # one at a time
    assert kiosk.selected_priority() == "military" and not kiosk.priority_buttons["elderly"].isChecked()
    QTest.mouseClick(kiosk.priority_buttons["military"], Qt.MouseButton.LeftButton)  # touched again: off
    assert kiosk.selected_priority() is None
    assert not kiosk.appointment_row.isVisible()
    QTest.mouseClick(kiosk.appointment_button, Qt.MouseButton.LeftButton)
    assert kiosk.appointment_row.isVisible() and kiosk.focusWidget() is kiosk.code_edit
    QTest.keyClicks(kiosk.code_edit, "YY-0815")
    qtbot.waitUntil(lambda: kiosk.code_edit.text() == "YY-0815")
    QTest.mouseClick(kiosk.category_buttons["B"], Qt.MouseButton.LeftButton)
    [ticket] = queue.queue_status(app_context.services).waiting
    assert (ticket.number, ticket.priority_kind) == ("B001", "appointment")
    assert not any(b.isChecked() for b in toggles) and not kiosk.appointment_row.isVisible()
    # everything shown at once (a code, a number, the printer's note, a progress) fits a 1366×768 screen
    kiosk.appointment_button.click()
    kiosk.print_label.setText("没有打印机：请记下您的号码。")
    kiosk.progress_label.setText("张* — 食品经营许可（新办）\n办理阶段：已受理\n承办部门：示范市市场监督管理局  电话：0755-12345678\n应于 2026-12-20 前作出决定")
    hint = kiosk.minimumSizeHint()
    assert hint.width() <= 1366 and hint.height() <= 768, hint
    kiosk.reset_toggles()
    QTest.mouseClick(kiosk.priority_buttons["disabled"], Qt.MouseButton.LeftButton)
    kiosk._toggle_timer.timeout.emit()  # nobody took a number: the next applicant finds it off
    assert kiosk.selected_priority() is None


def test_the_staff_dialog_is_chinese_and_fits_a_small_screen(qtbot, hall, app_context):
    kiosk = open_kiosk(qtbot, app_context)
    qtbot.waitUntil(kiosk.isFullScreen)
    dialog = kiosk.lock.ask()
    ui = dialog.ui
    texts = [ui.reasonLabel.text(), ui.windowButton.text(), ui.closeButton.text(), ui.cancelButton.text()]
    assert texts == ["仅限工作人员：退出取号机须输入管理员的用户名和密码。", "退出全屏(&F)", "关闭取号机(&C)", "取消"]
    assert kiosk.screen().availableGeometry().contains(dialog.frameGeometry())
    assert app_context.dialogs.shown == []
