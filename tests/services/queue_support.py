"""A small hall for queue tests, and a clock tests can move."""

from __future__ import annotations

import datetime as dt

from tests.support.clock import TestClock
from windowdesk.services import queue
from windowdesk.services import site as site_service

# 09:00 in Shanghai on a Monday.
OPENING = dt.datetime(2026, 11, 23, 1, 0, tzinfo=dt.UTC)


def use_clock(ctx, start: dt.datetime = OPENING) -> TestClock:
    """Stop the clock of ``ctx`` (and of every context derived from it) at ``start``; the test
    moves it with ``set``/``advance``. ``ctx`` comes from a fixture, which gives it a TestClock."""
    clock = ctx.time
    assert isinstance(clock, TestClock), "open the context with time=TestClock() (see tests/conftest.py)"
    clock.set(start)
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
