"""A small hall for queue tests, and a clock tests can move."""

from __future__ import annotations

import datetime as dt

from windowdesk.services import clock as clock_module
from windowdesk.services import queue
from windowdesk.services import site as site_service

# 09:00 in Shanghai on a Monday.
OPENING = dt.datetime(2026, 11, 23, 1, 0, tzinfo=dt.UTC)


class Clock:
    def __init__(self, start: dt.datetime = OPENING) -> None:
        self.now = start

    def __call__(self) -> dt.datetime:
        return self.now

    def advance(self, **delta: float) -> dt.datetime:
        self.now += dt.timedelta(**delta)
        return self.now


def use_clock(monkeypatch, start: dt.datetime = OPENING) -> Clock:
    clock = Clock(start)
    monkeypatch.setattr(clock_module, "utcnow", clock)
    return clock


def setup_hall(ctx, windows: dict[int, str] | None = None) -> None:
    """Categories A 综合受理, B 不动产 (interleave) and C 社保 (strict); windows serve the given prefixes."""
    windows = windows or {1: "A", 2: "A", 3: "BA"}
    for prefix, name, policy in (
        ("A", "综合受理", "interleave"),
        ("B", "不动产", "interleave"),
        ("C", "社保", "strict"),
    ):
        queue.add_category(ctx, prefix, name, priority_policy=policy)
    existing = {w.number for w in site_service.list_windows(ctx)}
    for window_no, prefixes in windows.items():
        if window_no not in existing:
            site_service.add_window(ctx, window_no)
        queue.set_window_categories(ctx, window_no, list(prefixes))
