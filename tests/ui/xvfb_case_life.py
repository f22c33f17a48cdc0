"""The whole life of one case on real windows, from the ticket to the 送达回证, with the threaded task
runner. Not a pytest module: run it by hand under Xvfb on a demo store and look at the screenshots::

    export WINDOWDESK_HOME=$(mktemp -d)
    PYTHONPATH=src python -m windowdesk --db sqlite:///$WINDOWDESK_HOME/v.db demo
    PYTHONPATH=src:. xvfb-run -a -s "-screen 0 1366x768x24" python tests/ui/xvfb_case_life.py \
        sqlite:///$WINDOWDESK_HOME/v.db /tmp/shots 1366 768

The counter accepts the case; the supervisor hands it over (流转单 printed); the department's handler
signs for the list by scanning it, reviews, pauses and resumes the clock and asks for the extension;
the supervisor approves it; the handler decides and makes the result ready; the result window scans
the notice, refuses a wrong ID, checks the right one and prints the 送达回证; the supervisor's case
page shows the timeline; the kiosk shows the progress with a masked name.
"""

import gc
import os
import re
import sys
import time

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication

from windowdesk.services import site as site_service
from windowdesk.services.cases import show_case
from windowdesk.services.context import open_context
from windowdesk.services.queue import take_ticket
from windowdesk.ui.app import create_application
from windowdesk.ui.app_context import AppContext
from windowdesk.ui.department.dialogs import DecisionDialog, PauseDialog
from windowdesk.ui.dialogs import RecordingDialogService
from windowdesk.ui.i18n import install_language
from windowdesk.ui.local_settings import LocalSettings
from windowdesk.ui.main_window import MainWindow
from windowdesk.ui.printing import FilePrintService
from windowdesk.ui.queue.kiosk import KioskFace
from windowdesk.ui.queue.labels import outcome_name
from windowdesk.ui.tasks import TaskRunner

URL, OUT = sys.argv[1], sys.argv[2]
WIDTH, HEIGHT = int(sys.argv[3]), int(sys.argv[4])
os.makedirs(OUT, exist_ok=True)
app = create_application()
install_language(app, "zh_CN")
ctx = open_context(URL)
tasks = TaskRunner(app)
dialogs = RecordingDialogService()


def wait(cond, timeout=30):
    end = time.time() + timeout
    while time.time() < end:
        QApplication.processEvents()
        if cond():
            return
        QTest.qWait(50)
    raise SystemExit(f"timed out; dialogs: {dialogs.shown}")


def shot(name, widget=None):
    QTest.qWait(300)
    QApplication.processEvents()
    QApplication.primaryScreen().grabWindow(0).save(f"{OUT}/{name}.png")  # the whole screen
    if widget is not None:
        widget.grab().save(f"{OUT}/{name}-widget.png")


def idle():
    wait(lambda: tasks.pending == 0)


def printed(name):
    wait(lambda: os.path.exists(f"{OUT}/printed.pdf") and os.path.getsize(f"{OUT}/printed.pdf") > 0)
    idle()
    QTest.qWait(300)
    os.rename(f"{OUT}/printed.pdf", f"{OUT}/printed-{name}.pdf")


def window_for(login, role_settings):
    user = site_service.authenticate(ctx, login, "demo1234", window_no=1)
    w = MainWindow(AppContext(ctx.as_actor(user), tasks, LocalSettings(f"{OUT}/{role_settings}.ini"), dialogs))
    w.resize(WIDTH, HEIGHT - 30)
    return w


if "handler1" not in {u.login for u in site_service.list_users(ctx)}:
    site_service.add_user(ctx, "handler1", "handler", "demo1234", "市监局承办员")
printers = FilePrintService(f"{OUT}/printed.pdf")

# 1. the counter accepts the application
take_ticket(ctx, "A")
counter = window_for("clerk1", "counter")
counter.show()
face = counter.face
panel = face.intake
panel.printers = printers
panel.case_page.printers = printers
idle()
face.queue.buttons["callNextButton"].click()
idle()
wait(lambda: face.queue.current is not None)
face.queue.buttons["startButton"].click()
idle()
wait(lambda: panel.ticket_id is not None)
QTest.keyClicks(panel.matter_search, "spjy")
idle()
wait(lambda: panel.matter_list.count() > 0)
panel.choose_matter(panel.matter_list.item(0))
idle()
wait(lambda: panel.checklist.rowCount() > 0)
form = panel.applicant_form
QTest.keyClicks(form.id_number, "11010519491231002X")
form.name.setText("张三")
QTest.keyClicks(form.phone, "13800138000")
t = panel.checklist
for row in range(t.rowCount()):
    t.set_row(row, "not_applicable", reason="不适用于本申请") if row >= 5 else None
t.mark_all_received()
idle()
opened = []
panel.case_page.preview_opened.connect(opened.append)
panel.decide_button.click()
wait(lambda: opened)
opened.pop().close()
number = panel.case_page.case.case_no
dialogs.choice_answers.append(outcome_name("handled"))
face.queue.buttons["finishButton"].click()
idle()
wait(lambda: face.queue.current is None)
shot("01-counter-accepted", counter)
counter.hide()

# 2. the supervisor hands the accepted cases of SCJG over: the 流转单 is printed
sup = window_for("supervisor", "supervisor")
sup.show()
sface = sup.face
sface.handover.printers = printers
idle()
sface.tabs.setCurrentWidget(sface.handover)
combo = sface.handover.department_combo
combo.setCurrentIndex(combo.findData("SCJG"))
idle()
wait(lambda: any(r.case_no == number for r in sface.handover.model.rows))
sface.handover.table.selectAll()  # every accepted case of SCJG waiting, as Ctrl+A does
sface.handover.handover_button.click()
printed("handover")
wait(lambda: "HO-" in sface.handover.message.text())
batch_no = re.search(r"HO-[A-Z0-9]+", sface.handover.message.text()).group(0)
shot("02-supervisor-handover", sup)
sup.hide()

# 3. the department signs for the list by scanning it, reviews, pauses, resumes, asks for the extension
desk_window = window_for("handler1", "handler")
desk_window.show()
desk = desk_window.face
idle()
desk.department_combo.setCurrentIndex(desk.department_combo.findData("SCJG"))
idle()
QTest.keyClicks(desk.scan_edit, batch_no)
QTest.keyClick(desk.scan_edit, Qt.Key.Key_Return)
idle()
wait(lambda: any(r.case_no == number and r.stage == "received" for r in desk.rows))
desk.open_case(number)
idle()
wait(lambda: desk.page.case is not None and desk.page.case.case_no == number)
shot("03-desk-signed", desk_window)
desk.buttons["review"].click()
idle()
wait(lambda: desk.page.case.stage == "under_review")
dialog = PauseDialog(desk)
dialog.kind.setCurrentIndex(dialog.kind.findData("expert_review"))
dialog.reason.setText("组织专家对经营布局进行评审")
dialog.days.setValue(5)
dialog.show()
shot("04-pause-dialog")
values = dialog.values()
dialog.close()
desk.move("pause", *values)
idle()
wait(lambda: desk.page.case.life.paused)
shot("05-desk-paused", desk_window)
desk.move("resume")
idle()
wait(lambda: not desk.page.case.life.paused)
desk.move("request_extension", "需要现场核查经营场所", 10)
idle()
wait(lambda: desk.page.case.life.extension.get("state") == "requested")
desk_window.hide()

# 4. the supervisor approves the extension
sup.show()
sface.tabs.setCurrentWidget(sface.extensions)
sface.extensions.refresh()
idle()
wait(lambda: any(q.case_no == number for q in sface.extensions.requests))
shot("06-supervisor-extension", sup)
sface.extensions.answer(True)
idle()
wait(lambda: "TS" in sface.extensions.message.text() or number in sface.extensions.message.text())
sup.hide()

# 5. the handler decides and makes the result ready
desk_window.show()
desk.open_case(number)
idle()
dialog = DecisionDialog(desk)
dialog.licence.setText("JY14403050001")
dialog.show()
shot("07-decision-dialog")
values = dialog.values()
dialog.close()
desk.move("decide", *values)
idle()
wait(lambda: desk.page.case.stage == "decided")
desk.move("ready")
idle()
wait(lambda: desk.page.case.stage == "result_ready")
shot("08-desk-ready", desk_window)
desk_window.hide()

# 6. the result window: scan the notice, a wrong ID is refused, the right one hands over and prints
counter.show()
panel.new_application()
idle()
QTest.keyClicks(panel.lookup_edit, number)
QTest.keyClick(panel.lookup_edit, Qt.Key.Key_Return)
idle()
wait(lambda: panel.stack.currentIndex() == 1 and panel.case_page.pickup_box.isVisible())
page = panel.case_page
shot("09-pickup", counter)
QTest.keyClicks(page.pickup_id_edit, "110105198001010016")
page.pickup_button.click()
idle()
wait(lambda: any("不能交付" in m for _, m in dialogs.shown))
assert show_case(ctx, number).stage == "result_ready"
page.pickup_id_edit.clear()
QTest.keyClicks(page.pickup_id_edit, "11010519491231002x")
page.pickup_button.click()
printed("delivery")
wait(lambda: page.case.stage == "closed")
shot("10-delivered", counter)
counter.hide()

# 7. the supervisor's case page: both clocks, the pause band, the history
sup.show()
sface.open_case(number)
idle()
wait(lambda: sface.case_page.case is not None and sface.case_page.case.case_no == number)
shot("11-supervisor-case-page", sup)
sup.hide()

# 8. the kiosk: progress with a masked name
kiosk = KioskFace(AppContext(ctx, tasks, LocalSettings(f"{OUT}/kiosk.ini"), dialogs), watch=False)
kiosk.resize(WIDTH, HEIGHT - 30)
kiosk.show()
idle()
QTest.keyClicks(kiosk.progress_edit, number)
QTest.keyClick(kiosk.progress_edit, Qt.Key.Key_Return)
idle()
wait(lambda: "张*" in kiosk.progress_label.text())
shot("12-kiosk-progress", kiosk)
print("case", number, "batch", batch_no, "stage", show_case(ctx, number).stage, "dialogs", dialogs.shown)
tasks.wait_idle()
for w in (counter, sup, desk_window, kiosk):
    w.close()
QApplication.processEvents()
gc.collect()
