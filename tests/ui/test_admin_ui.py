"""The administration face, sign-in lockout, the idle lock and the shift change, on real windows."""

from __future__ import annotations

import datetime as dt
from dataclasses import replace

from PySide6.QtGui import QColor, QImage
from sqlalchemy import func, select

from tests.services.lifecycle_support import accepted_case
from tests.services.queue_support import use_clock
from tests.ui.conftest import make_app_context
from windowdesk.domain import roles
from windowdesk.services import cases, queue, ratings
from windowdesk.services import site as site_service
from windowdesk.store.models import AuditEntry, OutboxOp
from windowdesk.ui.admin.calendar_page import DAY_ROLE
from windowdesk.ui.admin.face import AdminFace
from windowdesk.ui.faces import FACES
from windowdesk.ui.login_dialog import LoginDialog
from windowdesk.ui.main_window import MainWindow
from windowdesk.ui.tasks import SynchronousTaskRunner


def _written(ctx) -> tuple[int, int]:
    with ctx.reading() as session:
        return (
            session.scalar(select(func.count()).select_from(AuditEntry)),
            session.scalar(select(func.count()).select_from(OutboxOp)),
        )


def _admin_face(qtbot, sqlite_ctx, local_settings) -> AdminFace:
    site_service.add_user(sqlite_ctx, "boss", "admin", "boss-pass-1", "老板", must_change_password=False)
    app = make_app_context(sqlite_ctx, local_settings, role=roles.ADMIN)
    face = AdminFace(app)
    qtbot.addWidget(face)
    face.show()
    return face


def test_windows_and_categories_are_kept_in_the_admin_face(qtbot, sqlite_ctx, local_settings):
    face = _admin_face(qtbot, sqlite_ctx, local_settings)
    ui = face.ui
    assert ui.windowNumberSpin.value() == 1  # the next free number
    ui.windowNameEdit.setText("综合窗口")
    ui.windowDepartmentCombo.setEditText("综合办")
    ui.saveWindowButton.click()
    assert ui.windowsMessageLabel.text() == "1 号窗口已保存。"
    assert [(w.number, w.name, w.department) for w in site_service.list_windows(sqlite_ctx)] == [
        (1, "综合窗口", "综合办")
    ]

    # a category with bad hours: a clear message, nothing written
    ui.adminTabs.setCurrentWidget(ui.categoriesPage)
    ui.newCategoryButton.click()
    ui.categoryPrefixEdit.setText("A")
    ui.categoryNameEdit.setText("综合受理")
    ui.categoryHoursEdit.setText("17:30-14:00")
    before = _written(sqlite_ctx)
    ui.saveCategoryButton.click()
    assert "结束时间须晚于开始时间" in ui.categoriesMessageLabel.text()
    assert _written(sqlite_ctx) == before
    ui.categoryHoursEdit.setText("08:30-12:00,14:00-17:30")
    ui.saveCategoryButton.click()
    assert ui.categoriesMessageLabel.text() == "排队类别 A 已保存。"

    # window 1 serves A; the window taken twice is refused
    ui.adminTabs.setCurrentWidget(ui.windowsPage)
    ui.windowsTable.selectRow(0)
    ui.windowCategoriesEdit.setText("A")
    ui.saveWindowButton.click()
    assert queue.window_categories(sqlite_ctx, 1) == ["A"]
    ui.newWindowButton.click()
    ui.windowNumberSpin.setValue(1)
    before = _written(sqlite_ctx)
    ui.saveWindowButton.click()
    assert ui.windowsMessageLabel.text() == "1 号窗口已存在"
    assert _written(sqlite_ctx) == before
    assert ui.windowNumberSpin.minimum() == 1  # a window 0 cannot even be typed

    # the lists filter as one types
    site_service.add_window(sqlite_ctx, 2, "社保窗口", "社保所")
    face.windows.reload()
    ui.windowsFilterEdit.setText("社保")
    assert face.windows.listing.proxy.rowCount() == 1 and ui.windowsCountLabel.text() == "1 / 共 2"


def test_users_are_added_disabled_and_the_last_admin_kept(qtbot, sqlite_ctx, local_settings, tmp_path):
    face = _admin_face(qtbot, sqlite_ctx, local_settings)
    ui = face.ui
    ui.adminTabs.setCurrentWidget(ui.usersPage)
    ui.newUserButton.click()
    ui.userLoginEdit.setText("li")
    ui.userNameEdit.setText("李窗口")
    ui.userStaffEdit.setText("QS-007")
    ui.userPasswordEdit.setText("lili")
    ui.userPasswordAgainEdit.setText("lili")
    before = _written(sqlite_ctx)
    ui.saveUserButton.click()
    assert ui.usersMessageLabel.text() == "密码至少需要 8 个字符"
    assert _written(sqlite_ctx) == before
    ui.userPasswordEdit.setText("lichuang-1")
    ui.userPasswordAgainEdit.setText("lichuang-1")
    ui.saveUserButton.click()
    assert ui.usersMessageLabel.text() == "用户 li 已保存。"
    li = site_service.get_user(sqlite_ctx, "li")
    assert (li.role, li.staff_no, li.must_change_password) == ("clerk", "QS-007", True)

    # the only administrator cannot be disabled
    boss_row = next(
        r
        for r in range(face.users.listing.proxy.rowCount())
        if face.users.listing.proxy.index(r, 0).data() == "boss"
    )
    ui.usersTable.selectRow(boss_row)
    assert ui.userLoginEdit.text() == "boss" and not ui.userLoginEdit.isEnabled()
    before = _written(sqlite_ctx)
    ui.toggleActiveButton.click()
    assert "唯一的管理员" in ui.usersMessageLabel.text()
    assert _written(sqlite_ctx) == before

    # the photo on the rating pad: an unreadable file is refused, a real image is kept as a JPEG
    ui.usersFilterEdit.setText("李")
    ui.usersTable.selectRow(0)
    assert ui.userPhotoButton.isEnabled()
    (tmp_path / "not-an-image.png").write_bytes(b"not an image")
    before = _written(sqlite_ctx)
    face.users.set_photo("li", str(tmp_path / "not-an-image.png"))
    assert "无法读取照片" in ui.usersMessageLabel.text()
    assert _written(sqlite_ctx) == before
    image = QImage(300, 400, QImage.Format.Format_RGB32)
    image.fill(QColor("#3a6ea5"))
    assert image.save(str(tmp_path / "li.png"))
    face.users.set_photo("li", str(tmp_path / "li.png"))
    assert ui.usersMessageLabel.text() == "已保存 li 的照片。"
    card = ratings.staff_card(sqlite_ctx, "li")
    assert card.staff_no == "QS-007" and card.photo_jpeg[:2] == b"\xff\xd8"  # JPEG

    # a clerk is disabled, never deleted
    ui.usersTable.selectRow(0)
    ui.toggleActiveButton.click()
    assert ui.usersMessageLabel.text() == "用户 li 已停用。"
    assert not site_service.get_user(sqlite_ctx, "li").active


def test_settings_are_validated_as_the_cli_does(qtbot, sqlite_ctx, local_settings):
    face = _admin_face(qtbot, sqlite_ctx, local_settings)
    table = face.ui.settingsTable
    row = next(r for r in range(table.rowCount()) if table.item(r, 0).text() == "auth.idle_lock_minutes")
    assert (table.item(row, 2).text(), table.item(row, 3).text(), table.item(row, 4).text()) == (
        "10",
        "10",
        "1 – 120",
    )
    table.item(row, 2).setText("0")
    face.ui.saveSettingsButton.click()
    assert "auth.idle_lock_minutes" in face.ui.settingsMessageLabel.text()
    assert "须在 1 到 120 之间" in face.ui.settingsMessageLabel.text()
    row = next(r for r in range(table.rowCount()) if table.item(r, 0).text() == "auth.idle_lock_minutes")
    table.item(row, 2).setText("5")
    face.ui.saveSettingsButton.click()
    from windowdesk.services import settings

    assert settings.get_setting(sqlite_ctx, "auth.idle_lock_minutes") == 5


def test_the_calendar_imports_a_year_and_marks_provisional_years(qtbot, sqlite_ctx, local_settings, tmp_path):
    face = _admin_face(qtbot, sqlite_ctx, local_settings)
    page = face.calendar
    page.year, page.month = 2027, 10
    page.reload()
    assert face.ui.provisionalLabel.text() == "暂定：2027 年的官方节假日安排尚未录入"
    schedule = tmp_path / "2027.txt"
    schedule.write_text(
        "# source: 国办发明电〔2026〕7号\n2027-10-01 holiday 国庆节\n2027-10-09 workday 调休\n", "utf-8"
    )
    page.import_path(str(schedule))
    assert face.ui.calendarMessageLabel.text() == "已导入 2027 年：2 天，该年不再是暂定。"
    assert face.ui.provisionalLabel.text() == "正式安排：国办发明电〔2026〕7号"
    cells = {
        face.ui.calendarTable.item(r, c).text()
        for r in range(6)
        for c in range(7)
        if face.ui.calendarTable.item(r, c) is not None
    }
    assert "1\n国庆节" in cells and "9\n调休" in cells


def test_five_wrong_passwords_lock_the_login_on_the_sign_in_window(
    qtbot, sqlite_ctx, local_settings, monkeypatch
):
    clock = use_clock(sqlite_ctx)
    site_service.add_user(sqlite_ctx, "clerk1", "clerk", "qingshan-1", "王芳", must_change_password=False)
    dialog = LoginDialog(SynchronousTaskRunner(), local_settings)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.store_opened(sqlite_ctx)

    def attempt(login: str, password: str) -> str:
        dialog.ui.loginEdit.setText(login)
        dialog.ui.passwordEdit.setText(password)
        dialog.ok_button.click()
        return dialog.ui.errorLabel.text()

    for _ in range(5):
        message = attempt("clerk1", "guess-guess")
    assert message == "用户名或密码不正确（连续输错 5 次，账户将锁定 15 分钟）"
    assert attempt("clerk1", "qingshan-1") == message  # locked: the right password is refused alike
    assert attempt("nobody", "qingshan-1") == message  # a login that does not exist reads the same
    clock.advance(minutes=15)
    with qtbot.waitSignal(dialog.signed_in):
        attempt("clerk1", "qingshan-1")


def test_an_admin_set_password_is_changed_at_first_sign_in(qtbot, sqlite_ctx, local_settings):
    site_service.add_user(sqlite_ctx, "clerk2", "clerk", "given-by-admin", "李强")
    dialog = LoginDialog(SynchronousTaskRunner(), local_settings)
    qtbot.addWidget(dialog)
    dialog.store_opened(sqlite_ctx)
    dialog.ui.loginEdit.setText("clerk2")
    dialog.ui.passwordEdit.setText("given-by-admin")
    dialog.ok_button.click()
    change = dialog.password_dialog
    assert change is not None and change.isVisible()
    change.ui.oldPasswordEdit.setText("given-by-admin")
    change.ui.newPasswordEdit.setText("clerk2")
    change.ui.againPasswordEdit.setText("clerk2")
    change.change()
    assert change.ui.errorLabel.text() == "密码至少需要 8 个字符"
    change.ui.newPasswordEdit.setText("my-own-pass")
    change.ui.againPasswordEdit.setText("my-own-pass")
    with qtbot.waitSignal(dialog.signed_in):
        change.change()
    assert site_service.authenticate(sqlite_ctx, "clerk2", "my-own-pass").login == "clerk2"


def test_the_counter_locks_when_idle_and_the_queue_runs_on(qtbot, sqlite_ctx, local_settings, monkeypatch):
    clock = use_clock(sqlite_ctx)
    site_service.add_window(sqlite_ctx, 3)
    queue.add_category(sqlite_ctx, "A", "综合受理")
    queue.set_window_categories(sqlite_ctx, 3, ["A"])
    site_service.add_user(sqlite_ctx, "clerk1", "clerk", "qingshan-1", "王芳", must_change_password=False)
    site_service.add_user(sqlite_ctx, "chief", "admin", "chief-pass-1", must_change_password=False)
    actor = site_service.authenticate(sqlite_ctx, "clerk1", "qingshan-1", window_no=3)
    app = make_app_context(sqlite_ctx, local_settings)
    app.services = sqlite_ctx.as_actor(actor)
    window = MainWindow(app)
    qtbot.addWidget(window)
    window.show()
    kiosk = window.open_face(FACES["kiosk"])
    qtbot.addWidget(kiosk)
    queue.take_ticket(app.services, "A")

    clock.advance(minutes=9, seconds=59)
    window.idle.check()
    assert not window.locked
    clock.advance(seconds=1)
    window.idle.check()
    assert window.locked and window.lock_screen.isVisible() and not window.menuBar().isEnabled()
    assert kiosk.isVisible()  # the kiosk keeps issuing
    assert queue.take_ticket(app.services, "A").ticket.number == "A002"
    status = queue.queue_status(app.services)
    assert [c.waiting for c in status.categories] == [2]  # the queue is not disturbed

    screen = window.lock_screen.ui
    screen.unlockLoginEdit.setText("clerk1")
    screen.unlockPasswordEdit.setText("wrong-pass")
    screen.unlockButton.click()
    assert window.locked and "须输入本人或管理员" in screen.unlockErrorLabel.text()
    screen.unlockLoginEdit.setText("chief")
    screen.unlockPasswordEdit.setText("chief-pass-1")
    screen.unlockButton.click()
    assert not window.locked and window.face.isVisible() and window.menuBar().isEnabled()
    assert app.actor.login == "clerk1"  # still clerk1's session
    with sqlite_ctx.reading() as session:
        actions = list(session.scalars(select(AuditEntry.action)))
    assert {"user.lock", "user.unlock", "user.unlock_failed"} <= set(actions)


def test_a_shift_change_keeps_the_window_and_the_application(qtbot, sqlite_ctx, local_settings):
    site_service.add_user(sqlite_ctx, "clerk1", "clerk", "qingshan-1", "王芳", must_change_password=False)
    site_service.add_user(sqlite_ctx, "clerk2", "clerk", "shiqiao-22", "李强", must_change_password=False)
    actor = site_service.authenticate(sqlite_ctx, "clerk1", "qingshan-1", window_no=3)
    app = make_app_context(sqlite_ctx, local_settings)
    app.services = sqlite_ctx.as_actor(replace(actor))
    window = MainWindow(app)
    qtbot.addWidget(window)
    window.show()
    catalogue = window.open_face(FACES["catalogue"])
    qtbot.addWidget(catalogue)
    kiosk = window.open_face(FACES["kiosk"])
    qtbot.addWidget(kiosk)
    window.shift_change()
    dialog = window._shift_dialog
    assert dialog.ui.windowSpin.value() == 3 and not dialog.ui.windowSpin.isEnabled()
    dialog.ui.loginEdit.setText("clerk2")
    dialog.ui.passwordEdit.setText("shiqiao-22")
    dialog.ok_button.click()
    assert app.actor.login == "clerk2" and app.actor.window_no == 3
    assert window.isVisible() and window.face.objectName() == "counterFace"
    assert window.user_label.text() == "用户：李强（窗口工作人员）"
    assert not catalogue.isVisible() and kiosk.isVisible()  # what clerk1 opened is not handed on
    with sqlite_ctx.reading() as session:
        logout = session.scalars(select(AuditEntry).where(AuditEntry.action == "user.logout")).one()
    assert (logout.user_login, logout.window_no) == ("clerk1", 3)


def test_the_kiosk_refuses_a_ticket_outside_the_hours_with_a_clear_message(
    qtbot, sqlite_ctx, app_context, monkeypatch
):
    from windowdesk.ui.queue.kiosk import KioskFace

    use_clock(sqlite_ctx)  # 09:00 in Shanghai
    site_service.add_window(sqlite_ctx, 3)
    queue.add_category(sqlite_ctx, "A", "综合受理", hours="14:00-17:30")
    queue.set_window_categories(sqlite_ctx, 3, ["A"])
    kiosk = KioskFace(app_context, watch=False)
    qtbot.addWidget(kiosk)
    before = _written(sqlite_ctx)
    kiosk.category_buttons["A"].click()
    assert app_context.dialogs.shown == [
        ("error", "综合受理 现在不在取号时间（14:00-17:30），请于 14:00 后再来取号")
    ]
    assert _written(sqlite_ctx) == before
    assert kiosk.category_buttons["A"].isEnabled()  # the next applicant can try another category


def test_the_idle_lock_covers_every_window_of_the_session_but_the_hall_faces(qtbot, sqlite_ctx, local_settings):
    from PySide6.QtCore import Qt
    from PySide6.QtTest import QTest
    from PySide6.QtWidgets import QDialog

    clock = use_clock(sqlite_ctx)
    site_service.add_user(sqlite_ctx, "chief", "admin", "chief-pass-1", "陈主任", must_change_password=False)
    actor = site_service.authenticate(sqlite_ctx, "chief", "chief-pass-1")
    app = make_app_context(sqlite_ctx, local_settings, role=roles.ADMIN)
    app.services = sqlite_ctx.as_actor(actor)
    window = MainWindow(app)
    qtbot.addWidget(window)
    window.show()
    opened = {key: window.open_face(FACES[key]) for key in ("supervisor", "catalogue_editor", "kiosk")}
    for widget in opened.values():
        qtbot.addWidget(widget)
    note = QDialog(opened["supervisor"])  # a dialog the supervision window opened
    note.show()
    supervision, editor, kiosk = opened["supervisor"], opened["catalogue_editor"], opened["kiosk"]

    # typing in the catalogue editor, or in the supervision window's dialog, is activity of the session
    clock.advance(minutes=9)
    QTest.keyClick(editor, Qt.Key.Key_Shift)
    clock.advance(minutes=9)
    window.idle.check()
    assert not window.locked
    QTest.mouseClick(note, Qt.MouseButton.LeftButton)
    clock.advance(minutes=9, seconds=59)
    window.idle.check()
    assert not window.locked
    QTest.keyClick(kiosk, Qt.Key.Key_Shift)  # the kiosk is the applicants': it keeps no one signed in
    clock.advance(seconds=1)
    window.idle.check()
    assert window.locked

    assert not supervision.isVisible() and not editor.isVisible() and not note.isVisible()
    assert kiosk.isVisible()  # the hall's faces run on
    screen = window.lock_screen.ui
    screen.unlockPasswordEdit.setText("chief-pass-1")
    screen.unlockButton.click()
    assert not window.locked
    assert supervision.isVisible() and editor.isVisible() and kiosk.isVisible() and note.isVisible()

    # a window the user had closed stays closed after the next lock
    editor.close()
    window.lock("manual")
    screen.unlockPasswordEdit.setText("chief-pass-1")
    screen.unlockButton.click()
    assert supervision.isVisible() and not editor.isVisible()


def test_the_calendar_page_recomputes_the_open_cases_due_dates(qtbot, sqlite_ctx, local_settings, tmp_path):
    """The page's writes go through the calendar service: a day marked and a year imported each
    move an open case's due dates at once, recorded on the case."""
    number = accepted_case(sqlite_ctx)  # accepted Monday 2026-03-02: due 3-30, promised 3-16
    face = _admin_face(qtbot, sqlite_ctx, local_settings)
    page = face.calendar
    page.year, page.month = 2026, 3
    page.reload()
    table = face.ui.calendarTable
    [cell] = [
        table.item(r, c)
        for r in range(6)
        for c in range(7)
        if table.item(r, c) is not None and table.item(r, c).data(DAY_ROLE) == dt.date(2026, 3, 10)
    ]
    table.setCurrentItem(cell)
    face.app.dialogs.text_answers.append("临时调整")
    face.ui.makeHolidayButton.click()
    shown = cases.show_case(sqlite_ctx, number)
    assert (shown.summary.statutory_due, shown.summary.promised_due) == (
        dt.date(2026, 3, 31),
        dt.date(2026, 3, 17),
    )
    schedule = tmp_path / "2026.txt"
    schedule.write_text("2026-03-10 holiday 临时\n2026-03-11 holiday 临时\n", "utf-8")
    page.import_path(str(schedule))
    shown = cases.show_case(sqlite_ctx, number)
    assert (shown.summary.statutory_due, shown.summary.promised_due) == (
        dt.date(2026, 4, 1),
        dt.date(2026, 3, 18),
    )
    assert [e.detail["reason"] for e in shown.events if e.kind == "due_recomputed"] == [
        "calendar",
        "calendar",
    ]
