"""Every face at 1366×768 on a store with the demo data, in the application's font and style sheet:
no label, button, combo box, field hint or table column shows its text elided or cut, no table
scrolls sideways, and nothing visible lies off the screen (tests/ui/clip_probe.py measures the
widgets, tests/support/clipping.py judges the numbers).

The faces that live in the main window are shown in it as it is maximised on that screen (its menu
and status bar take their share); the kiosk, the hall display, the rating pad and the catalogue
windows are windows of their own, shown at the screen's size (the catalogue windows also at the
size they open at); the sign-in dialog and the first-run wizard at their own size.
"""

from __future__ import annotations

from dataclasses import replace

import pytest
from PySide6.QtCore import QDeadlineTimer, QRect, Qt, QTimer
from PySide6.QtTest import QTest
from PySide6.QtWidgets import (
    QApplication,
    QComboBox,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
    QWizard,
)

from tests.support.clipping import describe
from tests.ui.clip_probe import clipped
from tests.ui.conftest import make_app_context
from windowdesk.domain import roles
from windowdesk.services import cases, demo, queue
from windowdesk.services.context import open_context
from windowdesk.ui.local_settings import LocalSettings
from windowdesk.ui.main_window import MainWindow
from windowdesk.ui.tasks import SynchronousTaskRunner

SCREEN = QRect(0, 0, 1366, 768)
@pytest.fixture(autouse=True)
def _styled_as_the_application(qapp):
    """The font and style sheet ui/app.py gives the application (11 pt, CJK font, the QSS): texts are
    measured as a clerk sees them. Plain again afterwards for the other tests."""
    from windowdesk.ui.app import install_cjk_font
    from windowdesk.ui.style import install_style_sheet

    font = qapp.font()
    install_cjk_font(qapp)
    install_style_sheet(qapp)
    yield
    qapp.setStyleSheet("")
    qapp.setFont(font)


@pytest.fixture(scope="module")
def demo_url(tmp_path_factory) -> str:
    url = f"sqlite:///{tmp_path_factory.mktemp('demo') / 'demo.sqlite3'}"
    ctx = open_context(url)
    demo.load_demo(ctx, demo.DemoOptions(cases=8))
    from tests.services.lifecycle_support import clerk

    cases.handover_cases(clerk(ctx), "SCJG")  # the accepted cases on the department's desk
    ctx.store.dispose()
    return url


@pytest.fixture
def demo_ctx(demo_url):
    ctx = open_context(demo_url)
    yield ctx
    ctx.store.dispose()


def app_for(ctx, tmp_path, role: str, window_no: int = 1):
    return make_app_context(ctx, LocalSettings(str(tmp_path / "wd.ini")), role=role, window_no=window_no)


def show_at(qtbot, window: QWidget, size: tuple[int, int] = (1366, 768)) -> QWidget:
    qtbot.addWidget(window)
    window.setWindowState(Qt.WindowState.WindowNoState)
    window.resize(*size)
    window.move(0, 0)
    window.show()
    assert QTest.qWaitForWindowExposed(window)
    qtbot.wait(50)
    QApplication.processEvents()
    return window


def settled(window: QWidget) -> None:
    """What a clerk sees once Qt has done its deferred work: headers lay out their stretched
    sections later, and tables resize their rows to the wrapped text after that
    (ui/screen_fit.rows_follow_columns); a loaded machine may need more than one turn for it."""
    deadline = QDeadlineTimer(2000)
    while not deadline.hasExpired():
        QApplication.processEvents()
        pending = [t for t in window.findChildren(QTimer, "rowsFollowColumns") if t.isActive()]
        if not pending:
            break
        QTest.qWait(10)


def assert_fits(window: QWidget, where: str = "") -> None:
    settled(window)
    assert window.width() <= SCREEN.width() and window.height() <= SCREEN.height(), (
        f"{where}: the window needs {window.width()}×{window.height()}"
    )
    found = clipped(window, SCREEN)
    assert not found, f"{where}:\n{describe(found)}"


#: What a maximised main window gets of a 1366×768 screen: a 40-pixel task bar and a 30-pixel title bar.
MAXIMISED = (1366, 768 - 40 - 30)


def main_window(qtbot, app) -> MainWindow:
    window = MainWindow(app)
    return show_at(qtbot, window, MAXIMISED)


# -- the helper itself can fail ----------------------------------------------------------
def test_the_helper_reports_narrow_texts_and_a_window_off_screen(qtbot):
    window = QWidget()
    layout = QVBoxLayout(window)
    button = QPushButton("确认办理结果并打印受理通知书", window)
    button.setObjectName("plantedButton")
    button.setFixedWidth(60)
    combo = QComboBox(window)
    combo.setObjectName("plantedCombo")
    combo.addItem("法人或其他组织（含个体工商户）")
    combo.setFixedWidth(70)
    edit = QLineEdit(window)
    edit.setObjectName("plantedEdit")
    edit.setPlaceholderText("扫描或输入受理编号后按回车")
    edit.setFixedWidth(60)
    for widget in (button, combo, edit):
        layout.addWidget(widget)
    label = QLabel("食品经营许可证核发（新办）申请书", window)
    label.setObjectName("plantedLabel")
    label.setFixedWidth(40)
    table = QTableWidget(1, 1, window)
    table.setObjectName("plantedTable")
    table.setHorizontalHeaderLabels(["材料名称及说明"])
    table.setItem(0, 0, QTableWidgetItem("营业执照副本复印件（加盖公章）"))
    table.setColumnWidth(0, 30)
    table.horizontalHeader().setStretchLastSection(False)
    layout.addWidget(label)
    layout.addWidget(table)
    show_at(qtbot, window, (400, 300))
    found = clipped(window, SCREEN)
    kinds = {(c.widget, c.kind) for c in found}
    assert ("plantedLabel", "label") in kinds
    assert ("plantedTable", "header") in kinds and ("plantedTable", "cell") in kinds
    assert {("plantedButton", "button"), ("plantedCombo", "combo"), ("plantedEdit", "placeholder")} <= kinds
    for widget in (label, button, combo, edit):
        widget.setFixedWidth(380)
    table.setColumnWidth(0, 300)
    qtbot.wait(20)
    assert clipped(window, SCREEN) == []  # and a wide enough one passes
    window.move(1200, 600)  # half of it past the right and bottom edges
    qtbot.waitUntil(lambda: window.pos().x() == 1200)
    assert any(c.kind == "off screen" for c in clipped(window, SCREEN))


# -- the faces ---------------------------------------------------------------------------
def test_counter_idle_and_serving(qtbot, demo_ctx, tmp_path):
    app = app_for(demo_ctx, tmp_path, roles.CLERK)
    queue.take_ticket(demo_ctx, "A")
    window = main_window(qtbot, app)
    face = window.face
    assert_fits(window, "counter, idle")
    face.queue.live.refresh()
    face.queue.buttons["callNextButton"].click()
    face.queue.buttons["startButton"].click()
    intake = face.intake
    intake.start_matter("XK-SCJG-001")
    qtbot.waitUntil(lambda: intake.checklist.rowCount() > 0)
    intake.checklist.set_row(0, "nonconforming", reason="申请书未签字")
    intake.checklist.set_row(1, "missing")
    qtbot.wait(20)
    assert_fits(window, "counter, checklist")


def test_counter_case_page(qtbot, demo_ctx, tmp_path):
    app = app_for(demo_ctx, tmp_path, roles.CLERK)
    window = main_window(qtbot, app)
    number = cases.open_cases(demo_ctx)[0].case_no
    window.face.intake.open_case(number)
    qtbot.waitUntil(lambda: window.face.intake.stack.currentIndex() == 1)
    assert_fits(window, "counter, case page")


#: The catalogue windows open from the main window's menu at what ui/screen_fit.py leaves of a
#: 1366×768 screen with a 40-pixel task bar (94 %: 1284×684), and are tested full screen too.
CATALOGUE_SIZES = pytest.mark.parametrize("size", [(1366, 768), (1284, 684)])


@CATALOGUE_SIZES
def test_catalogue_browser(qtbot, demo_ctx, tmp_path, size):
    from windowdesk.ui.catalogue.browser import CatalogueBrowser

    browser = show_at(qtbot, CatalogueBrowser(app_for(demo_ctx, tmp_path, roles.CLERK)), size)
    assert browser.picker.select("XK-SCJG-001")
    qtbot.wait(20)
    assert_fits(browser, f"catalogue browser at {size}")


@CATALOGUE_SIZES
def test_catalogue_editor(qtbot, demo_ctx, tmp_path, size):
    from windowdesk.ui.catalogue.editor import CatalogueEditor

    editor = show_at(qtbot, CatalogueEditor(app_for(demo_ctx, tmp_path, roles.SUPERVISOR)), size)
    assert editor.picker.select("XK-SCJG-001")
    qtbot.wait(20)
    assert_fits(editor, f"catalogue editor at {size}")


def test_department_desk(qtbot, demo_ctx, tmp_path):
    window = main_window(qtbot, app_for(demo_ctx, tmp_path, roles.HANDLER))
    desk = window.face
    desk.department_combo.setCurrentIndex(desk.department_combo.findData("SCJG"))  # the demo's cases
    assert desk.rows
    desk.open_case(desk.rows[0].case_no)
    qtbot.wait(20)
    assert_fits(window, "department desk")


def test_supervision_desk(qtbot, demo_ctx, tmp_path):
    window = main_window(qtbot, app_for(demo_ctx, tmp_path, roles.SUPERVISOR, window_no=0))
    face = window.face
    for tab in range(face.tabs.count()):
        face.tabs.setCurrentIndex(tab)
        qtbot.wait(20)
        assert_fits(window, f"supervision, tab {face.tabs.tabText(tab)}")


def test_administration(qtbot, demo_ctx, tmp_path):
    window = main_window(qtbot, app_for(demo_ctx, tmp_path, roles.ADMIN, window_no=0))
    tabs = window.face.ui.adminTabs
    for tab in range(tabs.count()):
        tabs.setCurrentIndex(tab)
        qtbot.wait(20)
        assert_fits(window, f"administration, tab {tabs.tabText(tab)}")


def test_kiosk(qtbot, demo_ctx, tmp_path):
    from windowdesk.ui.queue.kiosk import KioskFace

    app = app_for(demo_ctx, tmp_path, roles.CLERK)
    app.settings.set_value("kiosk/full_screen", "false")  # on a 1366×768 kiosk, full screen is this size
    kiosk = show_at(qtbot, KioskFace(app, watch=False))
    assert_fits(kiosk, "kiosk")


def test_hall_display(qtbot, demo_ctx, tmp_path):
    from windowdesk.ui.queue.display import HallDisplay
    from windowdesk.ui.queue.voice import Announcer, SilentBackend

    clerk = demo_ctx.as_actor(replace(demo_ctx.actor, role=roles.CLERK, window_no=2))
    queue.take_ticket(demo_ctx, "A")
    queue.call_next(clerk, 2)
    display = show_at(
        qtbot,
        HallDisplay(
            app_for(demo_ctx, tmp_path, roles.CLERK), announcer=Announcer(SilentBackend()), watch=False
        ),
    )
    qtbot.wait(20)
    assert_fits(display, "hall display")


def test_rating_pad(qtbot, demo_ctx, tmp_path):
    from windowdesk.ui.rating_pad.face import RatingPad

    app = app_for(demo_ctx, tmp_path, roles.CLERK)
    app.settings.set_value("rating/window_number", 1)
    app.settings.set_value("rating/full_screen", "false")
    pad = show_at(qtbot, RatingPad(app, watch=False))
    for page in range(pad.ui.pages.count()):
        pad.ui.pages.setCurrentIndex(page)
        qtbot.wait(20)
        assert_fits(pad, f"rating pad, page {page}")


def test_sign_in(qtbot, demo_ctx, tmp_path):
    from windowdesk.ui.login_dialog import LoginDialog

    dialog = LoginDialog(SynchronousTaskRunner(), LocalSettings(str(tmp_path / "wd.ini")))
    dialog.store_opened(demo_ctx)
    qtbot.addWidget(dialog)
    dialog.show()
    assert QTest.qWaitForWindowExposed(dialog)
    dialog.move(0, 0)
    qtbot.wait(20)
    assert_fits(dialog, "sign-in")


def test_first_run_wizard(qtbot, tmp_path):
    from windowdesk.ui.admin.first_run import FirstRunWizard

    ctx = open_context(f"sqlite:///{tmp_path / 'empty.sqlite3'}")
    wizard = FirstRunWizard(SynchronousTaskRunner(), ctx)
    qtbot.addWidget(wizard)
    wizard.show()
    assert QTest.qWaitForWindowExposed(wizard)
    wizard.move(0, 0)
    ui = wizard.ui
    fill = {  # what each page needs before 下一步 (the rest keeps the wizard's proposals)
        ui.sitePage: lambda: (ui.siteCodeEdit.setText("QS01"), ui.siteNameEdit.setText("青山镇便民服务中心")),
        ui.adminPage: lambda: (
            ui.adminLoginEdit.setText("zhang"),
            ui.adminNameEdit.setText("张管理"),
            ui.adminPasswordEdit.setText("qingshan-1"),
            ui.adminPasswordAgainEdit.setText("qingshan-1"),
        ),
    }
    seen = []
    while wizard.currentPage() is not ui.finishPage:
        page = wizard.currentPage()
        assert page not in seen, f"held on page {wizard.currentId()}"
        seen.append(page)
        qtbot.wait(20)
        assert_fits(wizard, f"first-run wizard, page {wizard.currentId()} {page.title()}")
        fill.get(page, lambda: None)()
        wizard.button(QWizard.WizardButton.NextButton).click()
    qtbot.wait(20)
    assert_fits(wizard, "first-run wizard, the summary")
    assert len(seen) >= 5
    ctx.store.dispose()
