"""The task runner hands results to the main thread, and never to a window that was closed meanwhile."""

from __future__ import annotations

import threading

from PySide6.QtWidgets import QLabel

from windowdesk.ui.tasks import TaskRunner


def test_result_reaches_a_living_widget(qtbot):
    runner = TaskRunner()
    label = QLabel()
    qtbot.addWidget(label)
    runner.run(lambda: "ready", on_done=label.setText)
    qtbot.waitUntil(lambda: runner.pending == 0)
    assert label.text() == "ready"


def test_result_and_error_for_a_deleted_widget_are_dropped(qtbot):
    errors: list[BaseException] = []
    runner = TaskRunner(on_error=errors.append)
    release = threading.Event()

    class Face(QLabel):
        def show_result(self, text: str) -> None:
            self.setText(text)

        def show_error(self, exc: BaseException) -> None:
            self.setText(str(exc))

    def slow(fail: bool) -> str:
        release.wait(10)
        if fail:
            raise ValueError("store gone")
        return "late"

    face = Face()
    runner.run(slow, False, on_done=face.show_result, kind="io")
    runner.run(slow, True, on_done=face.show_result, on_error=face.show_error, kind="io")
    face.deleteLater()
    qtbot.waitUntil(lambda: not _alive(face))
    release.set()
    with qtbot.captureExceptions() as raised:
        qtbot.waitUntil(lambda: runner.pending == 0)
    assert raised == []  # no 'Internal C++ object already deleted' in the event loop
    assert errors == []  # the closed window's error is not shown as somebody else's


def _alive(obj) -> bool:
    import shiboken6

    return shiboken6.isValid(obj)
