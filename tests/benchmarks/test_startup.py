"""Start-up, each against a floor measured in the same run, in fresh interpreters taking turns.

``windowdesk --version`` against ``python -c pass`` (aim: under 0.25 s on an idle machine);
``windowdesk queue call`` against the same claim through a Python one-liner calling the service;
the GUI's time to a visible sign-in window against an empty PySide6 window's (aim: within 1.3×).
The best of several runs counts (the least disturbed by other work); the figures are printed, the
assertions are generous bounds for a loaded 2-core machine.
"""

from __future__ import annotations

import os
import subprocess
import sys
import time

import pytest

from tests.conftest import make_site_ctx
from tests.services.queue_support import setup_hall
from windowdesk.services import queue, visit

ROUNDS = 7


def best_seconds(commands: dict[str, list[str]], rounds: int = ROUNDS) -> dict[str, float]:
    """The fastest of ``rounds`` runs of each command, the commands taking turns."""
    best = dict.fromkeys(commands, float("inf"))
    for _ in range(rounds):
        for name, command in commands.items():
            started = time.perf_counter()
            done = subprocess.run(command, capture_output=True, text=True, env=os.environ, timeout=120)
            elapsed = time.perf_counter() - started
            assert done.returncode == 0, (name, done.stderr)
            best[name] = min(best[name], elapsed)
    return best


@pytest.mark.benchmark
def test_version_against_an_empty_interpreter():
    best = best_seconds(
        {"ours": [sys.executable, "-m", "windowdesk", "--version"], "floor": [sys.executable, "-c", "pass"]}
    )
    ratio = best["ours"] / best["floor"]
    print(
        f"\nwindowdesk --version: ours {best['ours'] * 1000:.0f} ms (aim < 250 ms idle); "
        f"floor (python -c pass) {best['floor'] * 1000:.0f} ms; ratio {ratio:.1f}"
    )
    # Before imports by need: 1-2 s idle (17-36 s at load average 24), ratio 40 and far more under
    # load. Now the argument parser and little else: ratio 11 at load average 24.
    assert ratio < 25


@pytest.mark.benchmark
def test_queue_call_against_the_service_through_a_one_liner(sqlite_url):
    ctx = make_site_ctx(sqlite_url)
    setup_hall(ctx, {1: "A", 2: "A"})
    for _ in range(2 * ROUNDS):
        queue.take_ticket(ctx, "A")
    commands = {
        "ours": (
            1,
            [sys.executable, "-m", "windowdesk", "--db", sqlite_url, "queue", "call", "--window", "1"],
        ),
        "floor": (
            2,
            [
                sys.executable,
                "-c",
                "from windowdesk.services import queue; from windowdesk.services.context import open_context;"
                f" print(queue.call_next(open_context({sqlite_url!r}), 2).number)",
            ],
        ),
    }
    best = dict.fromkeys(commands, float("inf"))
    for _ in range(ROUNDS):
        for name, (window, command) in commands.items():
            started = time.perf_counter()
            done = subprocess.run(command, capture_output=True, text=True, env=os.environ, timeout=120)
            best[name] = min(best[name], time.perf_counter() - started)
            assert done.returncode == 0 and done.stdout.strip().startswith("A"), (name, done.stderr)
            queue.start_serving(ctx, window)  # untimed: the window serves and finishes, to call again
            visit.finish(ctx, window, "consultation")
    ctx.store.dispose()
    ratio = best["ours"] / best["floor"]
    print(
        f"\nwindowdesk queue call: ours {best['ours'] * 1000:.0f} ms; floor (the same call_next through "
        f"python -c) {best['floor'] * 1000:.0f} ms; ratio {ratio:.2f}"
    )
    # The command adds its argument parser, logging and the message catalogue to the same imports.
    assert ratio < 1.6


VISIBLE = "from PySide6.QtCore import QTimer; import os\n" + (
    "def visible_soon():  # the first turn of the event loop after show(): the window is up\n"
    "    QTimer.singleShot(0, lambda: (print('visible', flush=True), os._exit(0)))\n"
)
SIGN_IN_WINDOW = (
    VISIBLE
    + """
import sys
from windowdesk.ui.login_dialog import LoginDialog
_exec = LoginDialog.exec
def exec_and_report(self):
    visible_soon()
    return _exec(self)
LoginDialog.exec = exec_and_report
from windowdesk.cli import main
sys.argv = ["windowdesk", "--db", sys.argv[1]]
main()
"""
)
EMPTY_WINDOW = (
    VISIBLE
    + """
from PySide6.QtWidgets import QApplication, QWidget
app = QApplication(["empty"])
window = QWidget()
window.resize(480, 320)
window.show()
visible_soon()
app.exec()
"""
)


@pytest.mark.benchmark
def test_sign_in_window_against_an_empty_window(sqlite_url):
    make_site_ctx(sqlite_url).store.dispose()
    best = best_seconds(
        {
            "ours": [sys.executable, "-c", SIGN_IN_WINDOW, sqlite_url],
            "floor": [sys.executable, "-c", EMPTY_WINDOW],
        }
    )
    ratio = best["ours"] / best["floor"]
    print(
        f"\nGUI to a visible sign-in window: ours {best['ours'] * 1000:.0f} ms; floor (an empty PySide6 "
        f"window) {best['floor'] * 1000:.0f} ms; ratio {ratio:.2f} (aim ≤ 1.3)"
    )
    # Before, every capability (pypinyin, reportlab, openpyxl, alembic…) and the faces were imported
    # first: 17.4 s against 0.88 s, ratio 20, at load average 25. Now 1.7-1.9 at that load, and 2.7
    # on an idle 2-core box (there the fixed cost of building the whole command parser, about 0.15 s,
    # weighs more against the empty window). Since the GUI path parses only the top-level options
    # (no command parsers built): 2.0 at load average 2.5 (222 ms against 109 ms). The bound leaves
    # room for a loaded machine and still fails if the capabilities come back.
    assert ratio < 4
