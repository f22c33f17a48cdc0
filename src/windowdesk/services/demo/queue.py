"""Demo queue categories and which windows serve them."""

from __future__ import annotations

from windowdesk.domain.queue_order import PriorityPolicy
from windowdesk.services import queue, site
from windowdesk.services.context import ServiceContext
from windowdesk.services.demo.model import DemoOptions, DemoReport

DEMO_CATEGORIES = (
    ("A", "综合受理", PriorityPolicy.INTERLEAVE),
    ("B", "不动产登记", PriorityPolicy.INTERLEAVE),
    ("C", "社保医保", PriorityPolicy.STRICT),
)
#: window -> categories it serves, first served first. Every window serves A.
DEMO_WINDOW_CATEGORIES = {1: "A", 2: "A", 3: "BA", 4: "BA", 5: "CA", 6: "AC"}


def demo_queue(ctx: ServiceContext, options: DemoOptions, report: DemoReport) -> None:
    """Demo categories A 综合受理 (every window), B 不动产登记 and C 社保医保 (some windows)."""
    existing = {c.prefix for c in queue.list_categories(ctx, include_inactive=True)}
    for prefix, name, policy in DEMO_CATEGORIES:
        if prefix not in existing:
            queue.add_category(ctx, prefix, name, priority_policy=policy.value)
            report.add(f"queue category {prefix}")
    windows = {w.number for w in site.list_windows(ctx)}
    for window_no, prefixes in DEMO_WINDOW_CATEGORIES.items():
        if window_no in windows and queue.window_categories(ctx, window_no) != list(prefixes):
            queue.set_window_categories(ctx, window_no, list(prefixes))
            report.add(f"window {window_no} serves {prefixes}")
