"""The first-run wizard on a real window: a township set up from an empty store, ending signed in as
its administrator, with bad input held on the page that has it."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QWizard
from sqlalchemy import func, select

from windowdesk.services import firstrun, queue, visit
from windowdesk.services import site as site_service
from windowdesk.services.context import open_context
from windowdesk.store.models import AuditEntry, Matter
from windowdesk.ui.admin.first_run import FirstRunWizard
from windowdesk.ui.tasks import SynchronousTaskRunner


def _next(wizard: FirstRunWizard) -> None:
    wizard.button(QWizard.WizardButton.NextButton).click()


def test_a_township_is_set_up_through_the_wizard(qtbot, sqlite_url):
    ctx = open_context(sqlite_url)
    assert firstrun.needs_setup(ctx)
    wizard = FirstRunWizard(SynchronousTaskRunner(), ctx)
    qtbot.addWidget(wizard)
    wizard.show()
    ui = wizard.ui

    ui.siteCodeEdit.setText("Q")  # too short: held on the page
    _next(wizard)
    assert wizard.currentPage() is ui.sitePage and "站点代码须为 2 到 6 位" in ui.siteErrorLabel.text()
    ui.siteCodeEdit.setText("qs01")
    ui.siteNameEdit.setText("青山镇便民服务中心")
    _next(wizard)

    assert wizard.currentPage() is ui.adminPage
    ui.adminLoginEdit.setText("zhang")
    ui.adminNameEdit.setText("张管理")
    ui.adminPasswordEdit.setText("short")
    ui.adminPasswordAgainEdit.setText("short")
    _next(wizard)
    assert wizard.currentPage() is ui.adminPage and "密码至少需要 8 个字符" in ui.adminErrorLabel.text()
    ui.adminPasswordEdit.setText("qingshan-1")
    ui.adminPasswordAgainEdit.setText("qingshan-2")
    _next(wizard)
    assert "两次输入的密码不一致" in ui.adminErrorLabel.text()
    ui.adminPasswordAgainEdit.setText("qingshan-1")
    _next(wizard)

    assert wizard.currentPage() is ui.windowsPage
    ui.windowCountSpin.setValue(2)
    ui.windowsTable.item(1, 0).setText("1")  # taken twice
    _next(wizard)
    assert "窗口号不能重复" in ui.windowsErrorLabel.text()
    ui.windowsTable.item(1, 0).setText("2")
    ui.windowsTable.item(0, 2).setText("综合办")
    _next(wizard)

    assert wizard.currentPage() is ui.categoriesPage
    table = ui.categoriesTable
    offered = [table.item(r, 1).text() + table.item(r, 2).text() for r in range(table.rowCount())]
    assert offered[:3] == ["A综合受理", "B企业开办", "C社保医保"]
    for row in range(3, table.rowCount()):
        table.item(row, 0).setCheckState(Qt.CheckState.Unchecked)
    table.item(0, 3).setText("12:00-08:30")
    _next(wizard)
    assert "结束时间须晚于开始时间" in ui.categoriesErrorLabel.text()
    table.item(0, 3).setText("08:30-12:00,14:00-17:30")
    _next(wizard)

    assert wizard.currentPage() is ui.cataloguePage and ui.catalogueEmptyRadio.isChecked()
    _next(wizard)
    assert wizard.currentPage() is ui.centralPage
    _next(wizard)
    assert wizard.currentPage() is ui.finishPage
    assert "QS01 青山镇便民服务中心" in ui.summaryLabel.text() and "A 综合受理" in ui.summaryLabel.text()

    with qtbot.waitSignal(wizard.signed_in) as signal:
        wizard.button(QWizard.WizardButton.FinishButton).click()
    admin_ctx, actor = signal.args
    assert (actor.login, actor.role, actor.window_no) == ("zhang", "admin", 1)
    assert not firstrun.needs_setup(ctx)
    assert [(w.number, w.department) for w in site_service.list_windows(admin_ctx)] == [(1, "综合办"), (2, "")]
    categories = queue.list_categories(admin_ctx)
    assert [(c.prefix, c.windows, c.hours) for c in categories] == [
        ("A", (1, 2), "08:30-12:00,14:00-17:30"),
        ("B", (1, 2), ""),
        ("C", (1, 2), ""),
    ]
    assert not site_service.password_change_due(admin_ctx)  # the admin chose it, twice
    with ctx.reading() as session:
        assert session.scalar(select(func.count()).select_from(Matter)) == 0  # no demo data
        assert "user.login" in set(session.scalars(select(AuditEntry.action)))
    # the site works: a ticket at a window the wizard created
    queue.take_ticket(admin_ctx, "B")
    assert queue.call_next(admin_ctx, 2).number == "B001"
    queue.start_serving(admin_ctx, 2)
    assert visit.finish(admin_ctx, 2, "consultation").state == "done"
    ctx.store.dispose()


def test_the_wizard_writes_nothing_until_finish_and_refuses_a_set_up_store(qtbot, sqlite_ctx):
    assert not firstrun.needs_setup(sqlite_ctx)
    wizard = FirstRunWizard(SynchronousTaskRunner(), sqlite_ctx)
    qtbot.addWidget(wizard)
    wizard.ui.siteCodeEdit.setText("QS09")
    wizard.ui.siteNameEdit.setText("又一个")
    wizard.ui.adminLoginEdit.setText("zhao")
    wizard.ui.adminPasswordEdit.setText("zhaozhao-1")
    wizard.accept()
    assert "已经设置过站点" in wizard.ui.finishErrorLabel.text()
    assert site_service.current_site(sqlite_ctx).code == "TS01"


def _to_central_page(wizard: FirstRunWizard) -> None:
    ui = wizard.ui
    ui.siteCodeEdit.setText("QS02")
    ui.siteNameEdit.setText("青山镇便民服务中心")
    _next(wizard)
    ui.adminLoginEdit.setText("zhang")
    ui.adminPasswordEdit.setText("qingshan-1")
    ui.adminPasswordAgainEdit.setText("qingshan-1")
    _next(wizard)
    ui.windowCountSpin.setValue(1)
    for _page in ("windows", "categories", "catalogue"):
        _next(wizard)
    assert wizard.currentPage() is ui.centralPage


def test_the_central_link_needs_its_ca_and_its_outcome_is_shown_after_finish(qtbot, sqlite_url, tmp_path):
    from tests.support.tls import make_ca
    from windowdesk.services import sync as sync_service
    from windowdesk.ui.dialogs import RecordingDialogService

    ctx = open_context(sqlite_url)
    dialogs = RecordingDialogService()
    wizard = FirstRunWizard(SynchronousTaskRunner(), ctx, dialogs=dialogs)
    qtbot.addWidget(wizard)
    wizard.show()
    ui = wizard.ui
    assert "Sync menu" not in ui.centralPage.subTitle() and "windowdesk sync setup" in ui.centralPage.subTitle()
    _to_central_page(wizard)

    # nothing listens on port 1: the link fails, but only after the CA and password are given
    ui.centralUrlEdit.setText("postgresql://127.0.0.1:1/central")
    _next(wizard)
    assert wizard.currentPage() is ui.centralPage and ui.centralErrorLabel.text()
    ui.centralPasswordEdit.setText("site-pass-1")
    _next(wizard)
    assert wizard.currentPage() is ui.centralPage and "CA" in ui.centralErrorLabel.text()
    junk = tmp_path / "not-a-cert.pem"
    junk.write_text("hello")
    ui.centralCaEdit.setText(str(junk))
    _next(wizard)
    assert wizard.currentPage() is ui.centralPage and ui.centralErrorLabel.text()
    ca_file, _key = make_ca(tmp_path / "ca")
    ui.centralCaEdit.setText(str(ca_file))
    _next(wizard)
    assert wizard.currentPage() is ui.finishPage
    assert wizard.plan().central_ca_file == str(ca_file)

    with qtbot.waitSignal(wizard.signed_in):
        wizard.button(QWizard.WizardButton.FinishButton).click()
    # the site stands and works offline; the administrator is told why the link failed, and how to retry
    assert not firstrun.needs_setup(ctx)
    assert [kind for kind, _text in dialogs.shown] == ["info"]
    note = dialogs.shown[0][1]
    assert wizard.notes and note == wizard.notes[0]
    assert "127.0.0.1" in note and "windowdesk sync setup" in note and "QS02" in note
    assert not sync_service.sync_status(ctx).configured
    ctx.store.dispose()
