"""Code that runs in child processes of the queue concurrency tests (spawned, so importable here)."""

from __future__ import annotations

import time

from windowdesk.services.context import open_context
from windowdesk.services.queue import QueueWatch, call_next, queue_status, start_serving, take_ticket
from windowdesk.services.visit import finish


def caller(url: str, window_no: int, barrier, results) -> None:
    """A counter that calls, serves and finishes tickets until none waits for it."""
    ctx = open_context(url)
    called = []
    barrier.wait()
    while True:
        ticket = call_next(ctx, window_no)
        if ticket is None:
            break
        called.append(ticket.number)
        start_serving(ctx, window_no)
        finish(ctx, window_no, "consultation")
    results.put((window_no, called))
    ctx.store.dispose()


def taker(url: str, count: int, barrier, results) -> None:
    """A kiosk taking ``count`` tickets as fast as it can."""
    ctx = open_context(url)
    barrier.wait()
    results.put([take_ticket(ctx, "A").ticket.number for _ in range(count)])
    ctx.store.dispose()


def display(url: str, number: str, ready, results, timeout: float = 15.0) -> None:
    """A hall display: report the wall-clock time at which ``number`` first shows as called."""
    ctx = open_context(url)
    with QueueWatch(ctx) as watch:
        queue_status(ctx)  # warm up: the first read pays for imports and connections
        ready.set()
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            if watch.wait(1.0) and any(t.number == number for t in queue_status(ctx).recent_calls):
                results.put(time.time())
                break
        else:
            results.put(None)
    ctx.store.dispose()


def call_on_signal(url: str, window_no: int, go, results) -> None:
    """Another counter PC: ready, then on ``go`` calls next and reports when its commit returned."""
    ctx = open_context(url)
    queue_status(ctx)  # warm up
    results.put("ready")
    go.wait(60)
    ticket = call_next(ctx, window_no)
    results.put((ticket.number if ticket else None, time.time()))
    ctx.store.dispose()
