"""A whole counter visit by keyboard alone, driven like a clerk, on a real display at 1366×768 with
the threaded task runner: no mouse events and no clicks in code; the focus moves by Tab and the
counter's shortcuts (Help ▸ Keyboard shortcuts), Chinese arrives as an input method's commit, and the
notice's barcode is typed as a USB scanner types it (fast, Shift around capitals, then Enter).

Not a pytest module: run it by hand under Xvfb on a demo store and look at the screenshots::

    export WINDOWDESK_HOME=$(mktemp -d)
    PYTHONPATH=src python -m windowdesk --db sqlite:///$WINDOWDESK_HOME/v.db demo --cases 8
    PYTHONPATH=src:. xvfb-run -a -s "-screen 0 1366x768x24" python tests/ui/xvfb_visit.py \
        sqlite:///$WINDOWDESK_HOME/v.db /tmp/shots

A ticket is taken and called (F1, F7), the matter found (type, ↓, Enter), the applicant typed, the
materials checked (1/2/3, Ctrl+Shift+A), the one-time notice issued (Ctrl+Enter) and printed (Enter on
the preview), the ticket finishes as incomplete (F4); the applicant takes a new ticket, the notice's
number is scanned, the listed items are received (Ctrl+Shift+A, Ctrl+Enter), the acceptance notice
is printed (Ctrl+P, Enter) and the ticket finishes as handled (F4); then the supervisor's case list.
Screenshots (the whole screen) and the printed PDFs go to the folder. Stops with the reason at the
first step the keyboard cannot do.
"""

import gc
import os
import sys
import time

from PySide6.QtCore import Qt
from PySide6.QtGui import QInputMethodEvent
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
from windowdesk.ui.scan_detector import install_scan_detector
from windowdesk.ui.tasks import TaskRunner

URL = sys.argv[1]
OUT = sys.argv[2]
os.makedirs(OUT, exist_ok=True)
app = create_application()
install_language(app, "zh_CN")
ctx = open_context(URL)
scanner = install_scan_detector(app)
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
    QApplication.primaryScreen().grabWindow(0).save(f"{OUT}/{name}.png")  # the whole screen
    if widget is not None:
        widget.grab().save(f"{OUT}/{name}-widget.png")


def idle():
    wait(lambda: tasks.pending == 0)


CTRL, SHIFT = Qt.KeyboardModifier.ControlModifier, Qt.KeyboardModifier.ShiftModifier


def focused():
    widget = QApplication.focusWidget()
    if widget is None:
        raise SystemExit("no widget has the keyboard focus")
    return widget


def press(key, modifier=Qt.KeyboardModifier.NoModifier, settle=150):
    """A key to whatever has the focus (shortcuts included), then time for a button's animateClick."""
    QTest.keyClick(focused(), key, modifier)
    QTest.qWait(settle)
    idle()


def type_text(text):
    QTest.keyClicks(focused(), text)
    idle()


def type_chinese(text):
    """What a Chinese input method sends when the clerk picks the characters: a commit."""
    event = QInputMethodEvent()
    event.setCommitString(text)
    QApplication.sendEvent(focused(), event)


def scan(code):
    """A USB scanner in US layout: a burst of keys, Shift around capitals, then Enter."""
    widget = focused()
    for char in code:
        if char.isupper():
            QTest.keyPress(widget, Qt.Key.Key_Shift)
            QTest.keyPress(widget, char, SHIFT)
            QTest.keyRelease(widget, char, SHIFT)
            QTest.keyRelease(widget, Qt.Key.Key_Shift, SHIFT)
        else:
            QTest.keyClick(widget, char)
    QTest.keyClick(widget, Qt.Key.Key_Return)
    QTest.qWait(200)
    idle()


def expect(condition, what):
    if not condition:
        raise SystemExit(f"by keyboard: {what} (focus on {QApplication.focusWidget()!r})")


take_ticket(ctx, "A")  # the applicant takes a ticket at the kiosk
clerk = site_service.authenticate(ctx, "clerk1", "demo1234", window_no=1)
app_ctx = AppContext(ctx.as_actor(clerk), tasks, LocalSettings(f"{OUT}/wd.ini"), dialogs, scanner=scanner)
window = MainWindow(app_ctx)
window.setWindowState(Qt.WindowState.WindowNoState)
window.resize(1366, 768)
window.move(0, 0)
window.show()
window.activateWindow()
QTest.qWaitForWindowActive(window)
face = window.face
panel = face.intake
panel.printers = printers
panel.case_page.printers = printers
idle()
shot("00-counter-idle")
press(Qt.Key.Key_F1)  # call the next ticket
wait(lambda: face.queue.current is not None)
press(Qt.Key.Key_F7)  # start serving
wait(lambda: face.queue.current is not None and face.queue.current.state == "serving")
wait(lambda: panel.ticket_id is not None)
shot("01-counter-serving")
first_ticket = face.queue.current

expect(focused() is panel.matter_search, "serving does not put the focus in the matter search")
type_text("spjy")  # pinyin initials of 食品经营
wait(lambda: panel.matter_list.count() > 0)
shot("02-search")
press(Qt.Key.Key_Down)  # into the results
expect(focused() is panel.matter_list, "↓ does not reach the results")
press(Qt.Key.Key_Return)  # take the first
wait(lambda: panel.checklist.rowCount() > 0)
form = panel.applicant_form
expect(focused() is form.id_number or focused() is form.kind, "the matter taken, the focus is not on the applicant")
if focused() is form.id_number:
    press(Qt.Key.Key_Tab, SHIFT)  # back to 证件类型, then to 申请人类型
    press(Qt.Key.Key_Tab, SHIFT)
expect(focused() is form.kind, "Shift+Tab does not reach the applicant's kind")
press(Qt.Key.Key_Down)  # 自然人 → 法人或其他组织
expect(form.kind.currentIndex() == 1, "↓ does not change the applicant's kind")
while focused() is not form.id_number:
    press(Qt.Key.Key_Tab, settle=20)
    expect(form.isAncestorOf(focused()), "Tab leaves the applicant form before the ID number")
type_text("91350100M000100Y43")
press(Qt.Key.Key_Tab)
expect(focused() is form.name, "Tab from the ID number does not go to the name")
type_chinese("示范食品有限公司")
press(Qt.Key.Key_Tab)
expect(focused() is form.phone, "Tab from the name does not go to the phone")
type_text("0591-88886666")
press(Qt.Key.Key_Tab)
expect(focused() is form.legal_rep, "Tab from the phone does not go to the legal representative")
type_chinese("李四")

t = panel.checklist
press(Qt.Key.Key_Tab)
while not t.isAncestorOf(focused()) and focused() is not t:
    press(Qt.Key.Key_Tab, settle=20)
    expect(panel.isAncestorOf(focused()), "Tab does not reach the checklist")
expect(focused() is t.cellWidget(0, 2), f"Tab reaches the checklist at {focused()!r}, not the first status")
press("3")  # the application form does not conform: the focus goes to its reason
expect(t.status_of(0) == "nonconforming", "3 does not mark a material as not conforming")
type_chinese("申请书未签字")
press(Qt.Key.Key_Tab, SHIFT)
while focused() is not t.cellWidget(1, 2):
    press(Qt.Key.Key_Tab, settle=20)
    expect(t.isAncestorOf(focused()), "Tab leaves the checklist before the second material")
press("1")  # received, the focus moving on to the next material
press("1")
press("1")
press("2")  # missing
press(Qt.Key.Key_A, CTRL | SHIFT)  # the rest received
expect(panel.outcome_combo.currentData() == "incomplete", "the outcome is not 一次性告知补正")
shot("03-checklist", window)

opened = []
panel.case_page.preview_opened.connect(opened.append)
press(Qt.Key.Key_Return, CTRL)  # confirm the outcome: the notice is issued and shown
wait(lambda: opened)
preview = opened.pop()
QTest.qWaitForWindowActive(preview)
shot("04-notice-preview")
expect(focused().window() is preview, "the preview does not take the focus")
press(Qt.Key.Key_P, Qt.KeyboardModifier.AltModifier)  # 打印(&P)
wait(lambda: os.path.exists(f"{OUT}/printed.pdf"))
os.rename(f"{OUT}/printed.pdf", f"{OUT}/printed-notice.pdf")
press(Qt.Key.Key_Escape)  # close the preview
wait(lambda: not preview.isVisible())
window.activateWindow()  # what a window manager does when a dialog closes (bare Xvfb has none)
QTest.qWaitForWindowActive(window)
number = panel.case_page.case.case_no
shot("05-case-awaiting", window)

dialogs.choice_answers.append(outcome_name("incomplete"))
press(Qt.Key.Key_F4)  # finish: the case's outcome is proposed first
expect(dialogs.choices_offered[-1][0] == outcome_name("incomplete"), "F4 does not propose 补正")
wait(lambda: face.queue.current is None)
take_ticket(ctx, "A")  # the applicant comes back with the missing materials
face.queue.live.refresh()
idle()
press(Qt.Key.Key_F1)
wait(lambda: face.queue.current is not None)
press(Qt.Key.Key_F7)
wait(lambda: panel.ticket_id is not None and face.queue.current.state == "serving")
second_ticket = face.queue.current

# the applicant comes back with the notice: its barcode is scanned, wherever the focus is
scan(number)
wait(lambda: panel.stack.currentIndex() == 1)
page = panel.case_page
expect(page.case is not None and page.case.case_no == number, "the scan does not open the case")
shot("06-correction", window)
press(Qt.Key.Key_A, CTRL | SHIFT)  # every listed item received
expect({page.correction_table.status_of(r) for r in range(page.correction_table.rowCount())} == {"received"},
       "Ctrl+Shift+A does not mark the listed items received")  # fmt: skip
press(Qt.Key.Key_Return, CTRL)  # record the correction
wait(lambda: page.case.status == "accepted")
shot("07-accepted", window)
press(Qt.Key.Key_P, CTRL)  # preview and print the chosen document (the acceptance notice)
wait(lambda: opened)
preview = opened.pop()
QTest.qWaitForWindowActive(preview)
shot("08-acceptance-preview")
press(Qt.Key.Key_P, Qt.KeyboardModifier.AltModifier)
wait(lambda: os.path.exists(f"{OUT}/printed.pdf"))
os.rename(f"{OUT}/printed.pdf", f"{OUT}/printed-acceptance.pdf")
press(Qt.Key.Key_Escape)
wait(lambda: not preview.isVisible())
window.activateWindow()
QTest.qWaitForWindowActive(window)
dialogs.choice_answers.append(outcome_name("handled"))
press(Qt.Key.Key_F4)
expect(dialogs.choices_offered[-1][0] == outcome_name("handled"), "F4 does not propose 已办理")
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
sup.setWindowState(Qt.WindowState.WindowNoState)
sup.resize(1366, 768)
sup.move(0, 0)
window.hide()
sup.show()
idle()
shot("10-supervisor", sup)
tasks.wait_idle()
window.close()
sup.close()
QApplication.processEvents()
gc.collect()
