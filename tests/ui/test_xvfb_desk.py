"""tests/ui/xvfb_desk.py (the by-hand screenshots of the supervisor's desk on a generated store) still
runs: here on two generated days, in its own process as by hand, with the offscreen platform."""

from __future__ import annotations

import datetime as dt
import os
import subprocess
import sys
from pathlib import Path

from tests.services.queue_support import use_clock
from tests.support.clock import TestClock
from windowdesk.services import demo
from windowdesk.services.context import open_context


def test_the_screenshot_script_runs(tmp_path):
    url = f"sqlite:///{tmp_path / 'days.sqlite3'}"
    ctx = open_context(url, time=TestClock())
    use_clock(ctx, dt.datetime(2026, 11, 27, 2, 0, tzinfo=dt.UTC))
    demo.load_demo(ctx, demo.DemoOptions(cases=2))
    ctx.store.dispose()
    ctx = open_context(url)
    demo.load_year(ctx, dt.date(2026, 11, 27), demo.YearSize(days=2, tickets_per_day=40, cases_per_day=10))
    ctx.store.dispose()
    root = Path(__file__).resolve().parents[2]
    env = {
        **os.environ,
        "QT_QPA_PLATFORM": "offscreen",
        "WINDOWDESK_HOME": str(tmp_path / "home"),
        "PYTHONPATH": os.pathsep.join([str(root / "src"), str(root)]),
    }
    shots = tmp_path / "shots"
    done = subprocess.run(
        [sys.executable, str(root / "tests/ui/xvfb_desk.py"), url, str(shots)],
        env=env,
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert done.returncode == 0, done.stderr[-2000:]
    assert "a year's statistics in" in done.stdout
    names = {p.name for p in shots.glob("*.png")}
    assert {"desk-1366-0.png", "desk-1920-0.png", "desk-1366-year.png", "desk-1920-year.png"} <= names
