"""A whole counter visit, driven like a clerk, on a real display with the threaded task runner.

Not a pytest module: run it by hand under Xvfb on a demo store and look at the screenshots::

    export WINDOWDESK_HOME=$(mktemp -d)
    PYTHONPATH=src python -m windowdesk --db sqlite:///$WINDOWDESK_HOME/v.db demo --cases 8
    PYTHONPATH=src:. xvfb-run -a -s "-screen 0 1600x1000x24" python tests/ui/xvfb_visit.py \
        sqlite:///$WINDOWDESK_HOME/v.db /tmp/shots

A ticket is taken and called, materials are checked, the one-time notice is issued and printed, the
ticket finishes as incomplete; the applicant takes a new ticket, the notice's number is scanned, the
listed items are received, the acceptance notice is printed and the ticket finishes as handled; then
the supervisor's case list. Screenshots (import -window root) and the printed PDFs go to the folder.
"""

import gc
import os
import subprocess
import sys
import time

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication

from windowdesk.services import site as site_service
from windowdesk.services.cases import show_case
from windowdesk.services.context import open_context
from windowdesk.services.queue import take_ticket
from windowdesk.store.models import Ticket
from windowdesk.ui.app import create_application
from windowdesk.ui.app_context import AppContext
from windowdesk.ui.dialogs import RecordingDialogService
from windowdesk.ui.i18n import install_language
from windowdesk.ui.local_settings import LocalSettings
from windowdesk.ui.main_window import MainWindow
from windowdesk.ui.printing import FilePrintService
from windowdesk.ui.queue.labels import outcome_name
from windowdesk.ui.tasks import TaskRunner

URL = sys.argv[1]
OUT = sys.argv[2]
os.makedirs(OUT, exist_ok=True)
app = create_application()
install_language(app, "zh_CN")
ctx = open_context(URL)
tasks = TaskRunner(app)
dialogs = RecordingDialogService()
printers = FilePrintService(f"{OUT}/printed.pdf")


def wait(cond, timeout=20):
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
    subprocess.run(["import", "-window", "root", f"{OUT}/{name}.png"], check=True)
    if widget is not None:
        widget.grab().save(f"{OUT}/{name}-widget.png")


def idle():
    wait(lambda: tasks.pending == 0)


take_ticket(ctx, "A")  # the applicant takes a ticket at the kiosk
clerk = site_service.authenticate(ctx, "clerk1", "demo1234", window_no=1)
window = MainWindow(AppContext(ctx.as_actor(clerk), tasks, LocalSettings(f"{OUT}/wd.ini"), dialogs))
window.resize(1500, 950)
window.show()
face = window.face
panel = face.intake
panel.printers = printers
panel.case_page.printers = printers
idle()
shot("00-counter-idle")
face.queue.buttons["callNextButton"].click()
idle()
wait(lambda: face.queue.current is not None)
face.queue.buttons["startButton"].click()
idle()
wait(lambda: face.queue.current is not None and face.queue.current.state == "serving")
wait(lambda: panel.ticket_id is not None)
shot("01-counter-serving")
first_ticket = face.queue.current

QTest.keyClicks(panel.matter_search, "spjy")  # pinyin initials of 食品经营
idle()
wait(lambda: panel.matter_list.count() > 0)
shot("02-search")
panel.choose_matter(panel.matter_list.item(0))
idle()
wait(lambda: panel.checklist.rowCount() > 0)
form = panel.applicant_form
form.kind.setCurrentIndex(1)
QTest.keyClicks(form.id_number, "91350100M000100Y43")
form.name.setText("示范食品有限公司")
QTest.keyClicks(form.phone, "0591-88886666")
form.legal_rep.setText("李四")
t = panel.checklist
t.set_row(0, "nonconforming", reason="申请书未签字")
t.set_row(4, "missing")
for row in (5, 6, 7):
    t.set_row(row, "not_applicable", reason="不适用于本申请")
t.set_row(1, "received", "copy", 1)
t.mark_all_received()
idle()
shot("03-checklist", window)

opened = []
panel.case_page.preview_opened.connect(opened.append)
panel.decide_button.click()
wait(lambda: opened)
shot("04-notice-preview")
preview = opened.pop()
preview.print_button.click()
idle()
wait(lambda: os.path.exists(f"{OUT}/printed.pdf"))
os.rename(f"{OUT}/printed.pdf", f"{OUT}/printed-notice.pdf")
preview.close()
number = panel.case_page.case.case_no
shot("05-case-awaiting", window)

dialogs.choice_answers.append(outcome_name("incomplete"))
face.queue.buttons["finishButton"].click()
idle()
wait(lambda: face.queue.current is None)
take_ticket(ctx, "A")  # the applicant comes back with the missing materials
face.queue.buttons["callNextButton"].click()
idle()
wait(lambda: face.queue.current is not None)
face.queue.buttons["startButton"].click()
idle()
wait(lambda: panel.ticket_id is not None and face.queue.current.state == "serving")
second_ticket = face.queue.current

# the applicant comes back with the notice: scan it
panel.new_application()
idle()
QTest.keyClicks(panel.lookup_edit, number)
QTest.keyClick(panel.lookup_edit, Qt.Key.Key_Return)
idle()
wait(lambda: panel.stack.currentIndex() == 1)
shot("06-correction", window)
page = panel.case_page
page.correction_table.mark_all_received()
page.record_button.click()
idle()
wait(lambda: page.case.status == "accepted")
shot("07-accepted", window)
page.preview_button.click()
wait(lambda: opened)
shot("08-acceptance-preview")
preview = opened.pop()
preview.print_button.click()
idle()
wait(lambda: os.path.exists(f"{OUT}/printed.pdf"))
os.rename(f"{OUT}/printed.pdf", f"{OUT}/printed-acceptance.pdf")
preview.close()
dialogs.choice_answers.append(outcome_name("handled"))
face.queue.buttons["finishButton"].click()
idle()
wait(lambda: face.queue.current is None)
shot("09-finished", window)

with ctx.reading() as session:
    links = [
        (
            session.get(Ticket, t.id).number,
            session.get(Ticket, t.id).outcome,
            str(session.get(Ticket, t.id).case_id),
        )
        for t in (first_ticket, second_ticket)
    ]

print("case", number, show_case(ctx, number).id, "tickets", links, "dialogs", dialogs.shown)

supervisor = site_service.authenticate(ctx, "supervisor", "demo1234")
sup = MainWindow(AppContext(ctx.as_actor(supervisor), tasks, LocalSettings(f"{OUT}/wd2.ini"), dialogs))
sup.resize(1500, 800)
window.hide()
sup.show()
idle()
shot("10-supervisor", sup)
tasks.wait_idle()
window.close()
sup.close()
QApplication.processEvents()
gc.collect()
