"""The counter over a whole day: quitting while serving, what a clerk is shown of the store."""

from __future__ import annotations

import time
from dataclasses import replace

import pytest
from PySide6.QtGui import QAction
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QLabel

from tests.services.queue_support import setup_hall
from tests.ui.conftest import make_app_context
from windowdesk.domain import roles
from windowdesk.services import queue
from windowdesk.ui.login_dialog import LoginDialog
from windowdesk.ui.main_window import MainWindow
from windowdesk.ui.tasks import SynchronousTaskRunner, TaskRunner


@pytest.fixture
def admin(app_context):
    ctx = app_context.services.as_actor(replace(app_context.actor, role="admin"))
    setup_hall(ctx)
    return ctx


def test_quitting_while_a_ticket_is_served_asks_first(qtbot, app_context, admin):
    queue.take_ticket(admin, "A")
    window = MainWindow(app_context)
    qtbot.addWidget(window)
    window.show()
    face = window.face
    face.queue.buttons["callNextButton"].click()
    face.queue.buttons["startButton"].click()
    number = face.queue.current.number
    quit_action = window.findChild(QAction, "quitAction")
    assert quit_action.shortcut().toString() == "Ctrl+Q"
    app_context.dialogs.confirm_answers.append(False)
    quit_action.trigger()
    kind, question = app_context.dialogs.shown[-1]
    assert kind == "confirm" and number in question and "仍在本窗口办理中" in question
    assert window.isVisible()  # the clerk said no: nothing closed
    app_context.dialogs.confirm_answers.append(True)
    window.close()
    assert not window.isVisible()


def test_quitting_with_no_ticket_asks_nothing(qtbot, app_context, admin):
    window = MainWindow(app_context)
    qtbot.addWidget(window)
    window.show()
    window.close()
    assert not window.isVisible() and app_context.dialogs.shown == []


def test_closing_waits_for_the_writes_under_way(qtbot, app_context, admin):
    app = replace(app_context, tasks=TaskRunner())
    window = MainWindow(app)
    qtbot.addWidget(window)
    window.show()
    app.tasks.wait_idle()

    def slow_write():
        time.sleep(0.5)
        return queue.take_ticket(admin, "A")

    app.tasks.run(slow_write)
    window.close()
    status = queue.queue_status(admin)
    assert len(status.waiting) == 1  # written before the window was gone


def test_a_clerk_is_not_shown_the_database(qtbot, sqlite_ctx, local_settings):
    path = sqlite_ctx.store.display_name.split(" ", 1)[1]
    dialog = LoginDialog(SynchronousTaskRunner(), local_settings)
    qtbot.addWidget(dialog)
    dialog.store_opened(sqlite_ctx)
    shown = [label.text() for label in dialog.findChildren(QLabel)]
    assert not any(path in text or "SQLite" in text for text in shown)
    assert dialog.ui.storeLabel.text() == "可以登录。"

    clerk = MainWindow(make_app_context(sqlite_ctx, local_settings))
    qtbot.addWidget(clerk)
    clerk.show()
    visible = [label.text() for label in clerk.statusBar().findChildren(QLabel) if label.isVisible()]
    assert visible and not any(path in text for text in visible)

    admin = MainWindow(make_app_context(sqlite_ctx, local_settings, role=roles.ADMIN))
    qtbot.addWidget(admin)
    admin.show()
    assert admin.findChild(QLabel, "storeStatus").isVisible()
    assert path in admin.findChild(QLabel, "storeStatus").text()


def test_the_main_window_opens_maximised_the_first_time_then_as_left(qtbot, app_context):
    from PySide6.QtCore import Qt

    first = MainWindow(app_context)
    qtbot.addWidget(first)
    assert first.windowState() & Qt.WindowState.WindowMaximized
    first.show()
    first.setWindowState(Qt.WindowState.WindowNoState)
    first.resize(900, 600)
    first.close()
    again = MainWindow(app_context)
    qtbot.addWidget(again)
    assert not again.windowState() & Qt.WindowState.WindowMaximized


def test_a_tall_dialog_is_fitted_to_the_screen(qtbot, app_context):
    from PySide6.QtWidgets import QDialog

    from windowdesk.ui.screen_fit import available_area, fit_to_screen

    dialog = QDialog()
    qtbot.addWidget(dialog)
    fit_to_screen(dialog, 720, 5000)  # taller than any screen
    dialog.show()
    assert QTest.qWaitForWindowExposed(dialog)
    area = available_area(dialog)
    assert dialog.width() == 720 and dialog.height() < area.height()
    assert area.contains(dialog.geometry())  # its bottom edge (the buttons) on the screen
