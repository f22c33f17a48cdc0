"""The supervisor's desk on a year of a busy hall, on a real display with the threaded task runner.

Not a pytest module: run it by hand under Xvfb and look at the screenshots::

    PYTHONPATH=src python -m windowdesk --db sqlite:////tmp/year.db demo --year
    PYTHONPATH=src:. xvfb-run -a -s "-screen 0 1920x1080x24" python tests/ui/xvfb_desk.py \
        sqlite:////tmp/year.db /tmp/shots

The main window is shown as a supervisor at 1366×768 and at 1920×1080, on each tab of the face
(cases, cards and exceptions, statistics); statistics for the last month and for the whole year.
tests/ui/test_xvfb_desk.py runs it on a small generated store, so it keeps working.
"""

import datetime as dt
import sys
import time
from dataclasses import replace
from pathlib import Path

from PySide6.QtCore import QDate
from PySide6.QtWidgets import QApplication

from windowdesk.domain import roles
from windowdesk.services.context import open_context
from windowdesk.ui.app_context import AppContext
from windowdesk.ui.dialogs import DialogService
from windowdesk.ui.i18n import install_language
from windowdesk.ui.local_settings import LocalSettings
from windowdesk.ui.main_window import MainWindow
from windowdesk.ui.style import install_style_sheet
from windowdesk.ui.tasks import TaskRunner


def settle(app: QApplication, tasks: TaskRunner, seconds: float = 1.0) -> float:
    start = time.perf_counter()
    deadline = start + 120
    while time.perf_counter() < deadline:
        app.processEvents()
        if tasks.pending == 0 and time.perf_counter() - start > seconds:
            break
        time.sleep(0.05)
    return time.perf_counter() - start


def main(url: str, out: str) -> None:
    shots = Path(out)
    shots.mkdir(parents=True, exist_ok=True)
    qapp = QApplication(sys.argv)
    install_language(qapp, "zh_CN")
    install_style_sheet(qapp)
    ctx = open_context(url)
    ctx = ctx.as_actor(replace(ctx.actor, login="supervisor", role=roles.SUPERVISOR, display_name="陈督查"))
    tasks = TaskRunner()
    app = AppContext(ctx, tasks, LocalSettings(str(shots / "windowdesk.ini")), DialogService())
    window = MainWindow(app)
    face = window.face  # the central widget is the stack the faces are swapped in
    for width, height in ((1366, 768), (1920, 1080)):
        window.resize(width, height)
        window.show()
        print(f"{width}x{height}: opened in {settle(qapp, tasks, 2):.1f} s")
        for tab in range(face.tabs.count()):
            face.tabs.setCurrentIndex(tab)
            settle(qapp, tasks, 0.5)
            window.grab().save(str(shots / f"desk-{width}-{tab}.png"))
        stats = face.stats
        face.tabs.setCurrentWidget(stats)
        stats.date_from.setDate(QDate(stats.date_to.date().toPython() - dt.timedelta(days=364)))
        stats.group_combo.setCurrentIndex(1)  # staff
        stats.refresh()
        print(f"{width}x{height}: a year's statistics in {settle(qapp, tasks, 0.5):.1f} s")
        window.grab().save(str(shots / f"desk-{width}-year.png"))
        stats.group_combo.setCurrentIndex(0)
        stats.date_from.setDate(QDate(stats.date_to.date().toPython().replace(day=1)))
        stats.refresh()
        settle(qapp, tasks, 0.5)
    window.close()
    tasks.wait_idle()


if __name__ == "__main__":
    main(sys.argv[1], sys.argv[2])
