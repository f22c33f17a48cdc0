"""A township set up from an empty store through the first-run wizard, then its administration face,
on a real display with the threaded task runner.

Not a pytest module: run it by hand under Xvfb (one screen size per run) and look at the screenshots::

    export WINDOWDESK_HOME=$(mktemp -d)
    PYTHONPATH=src:. xvfb-run -a -s "-screen 0 1366x768x24" python tests/ui/xvfb_admin.py \
        sqlite:///$WINDOWDESK_HOME/t.db /tmp/shots-1366

Every wizard page is shot (the whole screen) before Next; after Finish the administrator's main window is shown
at the screen's size and each administration tab is shot, then the counter of a clerk the face added, locked.
"""

import os
import sys
import time

from PySide6.QtWidgets import QApplication, QWizard

from windowdesk.services import queue
from windowdesk.services import site as site_service
from windowdesk.services.context import open_context
from windowdesk.ui.admin.first_run import FirstRunWizard
from windowdesk.ui.app import create_application
from windowdesk.ui.app_context import AppContext
from windowdesk.ui.dialogs import RecordingDialogService
from windowdesk.ui.i18n import install_language
from windowdesk.ui.local_settings import LocalSettings
from windowdesk.ui.main_window import MainWindow
from windowdesk.ui.tasks import TaskRunner

URL, OUT = sys.argv[1], sys.argv[2]
os.makedirs(OUT, exist_ok=True)
app = create_application()
install_language(app, "zh_CN")
tasks = TaskRunner(app)


def idle(seconds: float = 0.6) -> None:
    end = time.monotonic() + seconds
    while time.monotonic() < end or tasks.pending:
        app.processEvents()
        time.sleep(0.02)


def shot(name: str) -> None:
    idle()
    app.primaryScreen().grabWindow(0).save(f"{OUT}/{name}.png")  # the whole screen, as a person sees it
    print("shot", name)


ctx = open_context(URL)
wizard = FirstRunWizard(tasks, ctx)
wizard.show()
ui = wizard.ui


def next_page() -> None:
    wizard.button(QWizard.WizardButton.NextButton).click()
    idle()


shot("01-wizard-site")
ui.siteCodeEdit.setText("QS01")
ui.siteNameEdit.setText("青山镇便民服务中心")
ui.siteKindCombo.setCurrentIndex(ui.siteKindCombo.count() - 1)
next_page()
ui.adminLoginEdit.setText("zhang")
ui.adminNameEdit.setText("张管理")
ui.adminPasswordEdit.setText("short")
ui.adminPasswordAgainEdit.setText("short")
next_page()
shot("02-wizard-admin-weak-password")
ui.adminPasswordEdit.setText("qingshan-1")
ui.adminPasswordAgainEdit.setText("qingshan-1")
next_page()
ui.windowCountSpin.setValue(3)
ui.windowsTable.item(0, 2).setText("综合受理")
ui.windowsTable.item(1, 2).setText("市场监管所")
shot("03-wizard-windows")
next_page()
ui.categoriesTable.item(0, 3).setText("08:30-12:00,14:00-17:30")
shot("04-wizard-categories")
next_page()
shot("05-wizard-catalogue")
next_page()
shot("06-wizard-central")
next_page()
shot("07-wizard-finish")
signed: list = []
wizard.signed_in.connect(lambda user_ctx, actor: signed.append(user_ctx))
wizard.button(QWizard.WizardButton.FinishButton).click()
while not signed:
    idle(0.2)

admin_ctx = signed[0]
dialogs = RecordingDialogService()
window = MainWindow(AppContext(admin_ctx, tasks, LocalSettings(f"{OUT}/wd.ini"), dialogs))
screen = app.primaryScreen().availableGeometry()
window.setGeometry(screen)  # what a maximised window gets (Xvfb has no window manager to maximise)
window.show()
face = window.face
tabs = face.ui.adminTabs
idle()
for index in range(tabs.count()):
    tabs.setCurrentIndex(index)
    table = face.ui.windowsTable if index == 0 else face.ui.usersTable if index == 2 else None
    if table is not None:
        table.selectRow(1)
    shot(f"1{index}-admin-{tabs.widget(index).objectName()}")

site_service.add_user(admin_ctx, "li", "clerk", "lisi-2026", "李四", window_no=1)
queue.take_ticket(admin_ctx, "B")
clerk = site_service.authenticate(admin_ctx, "li", "lisi-2026", window_no=1)
counter = MainWindow(AppContext(admin_ctx.as_actor(clerk), tasks, LocalSettings(f"{OUT}/wd2.ini"), dialogs))
window.hide()
idle()
counter.setGeometry(screen)
counter.show()
shot("20-counter")
counter.lock("manual")
shot("21-counter-locked")
counter.close()
window.close()
tasks.wait_idle()
QApplication.quit()
