"""The intake in progress survives a power cut: the matter, the applicant and the checklist marks
are kept as a draft a moment after each change (off the UI thread) and offered again at the next
start at that window — also after the program was killed with SIGKILL mid-intake."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import textwrap
import time

import pytest
from PySide6.QtGui import QInputMethodEvent
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication

from tests.services.intake_support import RESIDENT
from tests.ui.conftest import make_app_context
from windowdesk.services import demo, drafts
from windowdesk.services import site as site_service
from windowdesk.services.context import open_context
from windowdesk.services.demo import DemoReport
from windowdesk.store.uow import Actor
from windowdesk.ui.counter.face import CounterFace


def _store(tmp_path):
    url = f"sqlite:///{tmp_path / 'site.sqlite3'}"
    ctx = open_context(url)
    site = site_service.init_site(ctx, "TS01", "测试市政务服务中心")
    ctx = ctx.as_actor(Actor(login="tester", role="admin", site_id=site.id, device_no=1))
    demo.demo_catalogue(ctx, None, DemoReport())
    return ctx


def _type_an_intake(panel) -> None:
    panel.matter_search.setText("XK-SCJG-001")
    panel.choose_matter(panel.matter_list.item(0))
    QTest.keyClicks(panel.applicant_form.id_number, RESIDENT)
    type_chinese(panel.applicant_form.name, "张三")
    QTest.keyClicks(panel.applicant_form.phone, "13800138000")
    panel.checklist.set_row(0, "received", "original", 1)
    panel.checklist.set_row(4, "missing")


def type_chinese(edit, text: str) -> None:
    """As a Chinese input method commits a word (QTest types ASCII keys only)."""
    event = QInputMethodEvent("", [])
    event.setCommitString(text)
    QApplication.sendEvent(edit, event)


def _draft_on_disk(ctx) -> dict | None:
    path = drafts.draft_path(ctx, 3)
    try:
        return json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return None


def _assert_restored(panel) -> None:
    assert panel.draft is not None and panel.draft.matter.code == "XK-SCJG-001"
    form = panel.applicant_form
    assert (form.id_number.text(), form.name.text(), form.phone.text()) == (RESIDENT, "张三", "13800138000")
    statuses = [panel.checklist.status_of(row) for row in range(panel.checklist.rowCount())]
    assert statuses[0] == "received" and statuses[4] == "missing"
    assert [s for s in statuses if s] == ["received", "missing"]


def test_draft_is_kept_offered_again_and_removed_once_recorded(qtbot, local_settings, tmp_path):
    ctx = _store(tmp_path)
    app = make_app_context(ctx, local_settings)
    face = CounterFace(app, watch=False)
    qtbot.addWidget(face)
    _type_an_intake(face.intake)
    assert _draft_on_disk(ctx) is None  # not at every keystroke: a moment after the last change
    qtbot.waitUntil(
        lambda: (_draft_on_disk(ctx) or {}).get("applicant", {}).get("name") == "张三", timeout=5000
    )
    face.close()

    again = make_app_context(ctx, local_settings)  # the next start at window 3
    again.dialogs.confirm_answers.append(True)
    face = CounterFace(again, watch=False)
    qtbot.addWidget(face)
    [(kind, question)] = [s for s in again.dialogs.shown if s[0] == "confirm"]
    assert "本窗口有一件未完成的受理" in question and "张三" in question and "食品经营许可" in question
    _assert_restored(face.intake)
    face.intake.checklist.mark_all_received()
    face.intake.checklist.set_row(4, "missing")
    face.intake.decide_button.click()
    assert face.intake.stack.currentIndex() == 1  # the case was recorded
    assert _draft_on_disk(ctx) is None and not drafts.draft_path(ctx, 3).exists()

    other_window = make_app_context(ctx, local_settings, window_no=4)
    face = CounterFace(other_window, watch=False)
    qtbot.addWidget(face)
    assert not [s for s in other_window.dialogs.shown if s[0] == "confirm"]  # drafts are per window


def test_declined_draft_is_dropped(qtbot, local_settings, tmp_path):
    ctx = _store(tmp_path)
    app = make_app_context(ctx, local_settings)
    face = CounterFace(app, watch=False)
    qtbot.addWidget(face)
    _type_an_intake(face.intake)
    face.intake.draft_keeper.save_now()
    assert _draft_on_disk(ctx) is not None
    again = make_app_context(ctx, local_settings)
    again.dialogs.confirm_answers.append(False)
    face = CounterFace(again, watch=False)
    qtbot.addWidget(face)
    assert face.intake.applicant_form.name.text() == "" and _draft_on_disk(ctx) is None


CHILD = """
import sys, time
from dataclasses import replace
from PySide6.QtGui import QInputMethodEvent
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication
from windowdesk.services.context import open_context
from windowdesk.ui.app_context import AppContext
from windowdesk.ui.counter.face import CounterFace
from windowdesk.ui.dialogs import RecordingDialogService
from windowdesk.ui.local_settings import LocalSettings
from windowdesk.ui.tasks import TaskRunner

app = QApplication([])
ctx = open_context({url!r})
ctx = ctx.as_actor(replace(ctx.actor, site_id=ctx.home_site_id(), login="clerk1", role="clerk", window_no=3))
face = CounterFace(AppContext(ctx, TaskRunner(), LocalSettings({ini!r}), RecordingDialogService()), watch=False)
face.show()

def wait(condition):
    end = time.monotonic() + 180
    while not condition():
        assert time.monotonic() < end
        app.processEvents()
        time.sleep(0.02)

panel = face.intake
panel.matter_search.setText("XK-SCJG-001")
wait(lambda: panel.matter_list.count() >= 1)
panel.choose_matter(panel.matter_list.item(0))
wait(lambda: panel.checklist.rowCount() > 0)
QTest.keyClicks(panel.applicant_form.id_number, {resident!r})
event = QInputMethodEvent("", [])
event.setCommitString("张三")
QApplication.sendEvent(panel.applicant_form.name, event)
QTest.keyClicks(panel.applicant_form.phone, "13800138000")
panel.checklist.set_row(0, "received", "original", 1)
panel.checklist.set_row(4, "missing")
print("typed", flush=True)
while True:  # the clerk pauses; the power goes
    app.processEvents()
    time.sleep(0.02)
"""


def test_gui_killed_mid_intake_offers_the_intake_again(qtbot, local_settings, tmp_path):
    ctx = _store(tmp_path)
    script = textwrap.dedent(CHILD).format(
        url=ctx.store.url, ini=str(tmp_path / "child.ini"), resident=RESIDENT
    )
    child = subprocess.Popen(
        [sys.executable, "-c", script],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        env={**os.environ, "QT_QPA_PLATFORM": "offscreen"},
    )
    try:
        deadline = time.monotonic() + 240  # a loaded CI machine starts Qt slowly
        while True:
            draft = _draft_on_disk(ctx) or {}
            if len(draft.get("checks", ())) == 2 and draft.get("applicant", {}).get("phone") == "13800138000":
                break
            if child.poll() is not None or time.monotonic() > deadline:
                pytest.fail(f"the GUI never kept its draft: {child.communicate()[1][-2000:]}")
            time.sleep(0.1)
        os.kill(child.pid, signal.SIGKILL)  # as a power cut would
        assert child.wait(timeout=30) == -signal.SIGKILL
    finally:
        if child.poll() is None:
            child.kill()
            child.wait()
    assert not list(drafts.draft_path(ctx, 3).parent.glob("*.part"))  # no half-written draft left

    app = make_app_context(ctx, local_settings)  # the PC is switched on again
    app.dialogs.confirm_answers.append(True)
    face = CounterFace(app, watch=False)
    qtbot.addWidget(face)
    _assert_restored(face.intake)
    face.resize(1366, 768)
    face.show()
    face.grab().save(str(tmp_path / "restored_intake.png"))
