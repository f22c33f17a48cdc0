"""Call-next's folded round trips: the change signal (PostgreSQL NOTIFY) of each queue move is sent
by every move that commits and never by one that rolls back (call-next and the window moves send it
on a statement they run anyway, the window lock); and the long path for a window without a queue
state row still calls."""

from __future__ import annotations

import pytest
from sqlalchemy import delete, select

from tests.services.queue_support import setup_hall, use_clock
from windowdesk.errors import Conflict
from windowdesk.services.queue import QueueWatch, call_next, pause_window, recall, start_serving, take_ticket
from windowdesk.services.visit import finish
from windowdesk.store.models import WindowQueueState

QUIET = 0.3  # seconds a listener waits to be sure nothing came


def _drain(watch: QueueWatch) -> None:
    while watch.wait(QUIET):
        pass


def test_each_committed_move_wakes_a_listener_and_a_rolled_back_one_does_not(pg_ctx):
    use_clock(pg_ctx)
    setup_hall(pg_ctx, {1: "A", 2: "A"})
    with QueueWatch(pg_ctx) as watch:
        take_ticket(pg_ctx, "A")
        assert watch.wait(5.0), "taking a ticket signals"
        _drain(watch)

        assert call_next(pg_ctx, 1).number == "A001"
        assert watch.wait(5.0), "a call signals"
        _drain(watch)
        for move in (lambda: recall(pg_ctx, 1), lambda: start_serving(pg_ctx, 1)):
            move()
            assert watch.wait(5.0), "a move at the window signals"
            _drain(watch)
        finish(pg_ctx, 1, "consultation")
        assert watch.wait(5.0), "finishing signals"
        _drain(watch)

        assert call_next(pg_ctx, 1) is None
        assert not watch.wait(QUIET), "nothing waiting: the call rolled back, its signal with it"
        with pytest.raises(Conflict):
            start_serving(pg_ctx, 2)  # nothing at window 2
        assert not watch.wait(QUIET), "a refused move sends no signal"
        pause_window(pg_ctx, 2, "lunch")
        _drain(watch)
        take_ticket(pg_ctx, "A")
        _drain(watch)
        with pytest.raises(Conflict):
            call_next(pg_ctx, 2)  # paused
        assert not watch.wait(QUIET), "a refused call sends no signal"


def test_call_next_at_a_window_without_queue_state_creates_it_and_calls(ctx):
    """The long path of call-next (a window set up before the queue existed), on both stores."""
    use_clock(ctx)
    setup_hall(ctx, {1: "A"})
    with ctx.store.engine.begin() as conn:
        conn.execute(delete(WindowQueueState))  # as a store from before the queue would be
    take_ticket(ctx, "A")
    assert call_next(ctx, 1).number == "A001"
    with ctx.reading() as session:
        assert session.scalars(select(WindowQueueState.window_no)).all() == [1]
    start_serving(ctx, 1)
    finish(ctx, 1, "consultation")
    assert call_next(ctx, 1) is None
