"""The ticket state machine, explored by hypothesis' rule-based stateful testing.

The machine drives several tickets through random moves at increasing instants and compares each
result with an independent model of what the issue allows. Invariants: periods are contiguous from
arrival to now, their sums are the waiting/walking/serving times, arrival never changes, final
states are final, a refused move changes nothing.
"""

from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import settings
from hypothesis import strategies as st
from hypothesis.stateful import Bundle, RuleBasedStateMachine, consumes, invariant, rule

from windowdesk.domain.queue import (
    FINAL_STATES,
    IllegalMove,
    Move,
    Outcome,
    State,
    TicketState,
    apply,
    durations,
    issue,
)

T0 = dt.datetime(2026, 11, 23, 0, 30, tzinfo=dt.UTC)
RECALLS = 2  # the "no-show after N recalls" setting used by the machine

# The issue's rules, written independently of the implementation: move -> (from states, to state).
EXPECTED = {
    Move.CALL: ({State.ISSUED}, State.CALLED),
    Move.RECALL: ({State.CALLED}, State.CALLED),
    Move.START: ({State.CALLED}, State.SERVING),
    Move.FINISH: ({State.SERVING}, State.DONE),
    Move.NO_SHOW: ({State.CALLED}, State.NO_SHOW),
    Move.REACTIVATE: ({State.NO_SHOW}, State.ISSUED),
    Move.TRANSFER: ({State.ISSUED, State.CALLED, State.SERVING}, State.ISSUED),
    Move.CANCEL: ({State.ISSUED, State.CALLED, State.SERVING, State.NO_SHOW}, State.CANCELLED),
    Move.EXPIRE: ({State.ISSUED, State.CALLED, State.SERVING, State.NO_SHOW}, State.EXPIRED),
}


class Tracked:
    def __init__(self, ticket: TicketState) -> None:
        self.ticket = ticket
        self.periods = []
        self.arrival = ticket.arrival_at


class TicketMachine(RuleBasedStateMachine):
    tickets = Bundle("tickets")

    def __init__(self) -> None:
        super().__init__()
        self.now = T0
        self.all: list[Tracked] = []

    def _tick(self, seconds: int) -> dt.datetime:
        self.now += dt.timedelta(seconds=seconds)
        return self.now

    @rule(target=tickets, category=st.sampled_from("ABC"), wait=st.integers(0, 600))
    def take(self, category, wait):
        tracked = Tracked(issue(category, self._tick(wait)))
        self.all.append(tracked)
        return tracked

    @rule(
        tracked=tickets,
        move=st.sampled_from(list(Move)),
        wait=st.integers(0, 900),
        window=st.integers(1, 4),
        category=st.sampled_from("ABC"),
        outcome=st.sampled_from(list(Outcome)),
    )
    def any_move(self, tracked, move, wait, window, category, outcome):
        self._move(tracked, move, wait, window, category, outcome)

    @rule(
        tracked=tickets,
        data=st.data(),
        wait=st.integers(0, 900),
        window=st.integers(1, 4),
        category=st.sampled_from("ABC"),
        outcome=st.sampled_from(list(Outcome)),
    )
    def model_legal_move(self, tracked, data, wait, window, category, outcome):
        """A move the model allows from the current state, so tickets get far along their life."""
        state = tracked.ticket.state
        moves = [m for m, (sources, _) in EXPECTED.items() if state in sources]
        if moves:
            self._move(tracked, data.draw(st.sampled_from(moves)), wait, window, category, outcome)

    def _move(self, tracked, move, wait, window, category, outcome):
        before = tracked.ticket
        at = self._tick(wait)
        allowed_from, to_state = EXPECTED[move]
        legal = before.state in allowed_from
        if move is Move.NO_SHOW:
            legal = legal and before.recall_count >= RECALLS
        if move is Move.CALL:
            legal = legal and before.target_window_no in (None, window)
        transfer_window = window if window % 2 else None  # sometimes only a category
        if move is Move.TRANSFER:
            legal = legal and not (
                category == before.category and transfer_window in (None, before.window_no)
            )
        try:
            step = apply(
                before,
                move,
                at,
                window_no=transfer_window if move is Move.TRANSFER else window,
                recalls_before_no_show=RECALLS,
                outcome=outcome,
                category=category,
                reason="窗口业务调整",
            )
        except IllegalMove:
            assert not legal, f"{move} refused from {before.state}"
            assert tracked.ticket == before
            return
        assert legal, f"{move} allowed from {before.state}"
        after = step.ticket
        assert after.state is to_state
        assert after.arrival_at == tracked.arrival, "no move changes the arrival time"
        assert step.period.state is before.state
        assert step.period.started_at == before.state_since and step.period.ended_at == at
        if move is Move.RECALL:
            assert after.recall_count == before.recall_count + 1
            assert after.window_no == before.window_no
        if move is Move.CALL:
            assert after.window_no == window and after.recall_count == 0
        if move is Move.TRANSFER:
            assert after.category == category and after.target_window_no == transfer_window
            assert after.transfer_reason == "窗口业务调整"
        if move is Move.FINISH:
            assert after.outcome is outcome
        tracked.ticket = after
        tracked.periods.append(step.period)

    @rule(tracked=consumes(tickets))
    def forget(self, tracked):
        """Stop moving a ticket (keeps the bundle small); its invariants are still checked."""

    @invariant()
    def periods_are_contiguous_and_add_up(self):
        for tracked in self.all:
            start = tracked.arrival
            for period in tracked.periods:
                assert period.started_at == start
                assert period.ended_at >= period.started_at
                start = period.ended_at
            assert tracked.ticket.state_since == start
            spent = durations(tracked.periods)
            counted = {State.ISSUED, State.CALLED, State.SERVING}
            other = sum(p.seconds for p in tracked.periods if p.state not in counted)
            total = (tracked.ticket.state_since - tracked.arrival).total_seconds()
            assert spent.waiting + spent.walking + spent.serving + other == pytest.approx(total)

    @invariant()
    def final_states_have_no_period_after_them(self):
        for tracked in self.all:
            assert all(p.state not in FINAL_STATES for p in tracked.periods)


TicketMachine.TestCase.settings = settings(max_examples=150, stateful_step_count=40, deadline=None)
test_ticket_state_machine = TicketMachine.TestCase


def test_no_show_needs_the_recalls_first():
    ticket = issue("A", T0)
    called = apply(ticket, Move.CALL, T0, window_no=3).ticket
    with pytest.raises(IllegalMove):
        apply(called, Move.NO_SHOW, T0, recalls_before_no_show=1)
    recalled = apply(called, Move.RECALL, T0).ticket
    assert apply(recalled, Move.NO_SHOW, T0, recalls_before_no_show=1).ticket.state is State.NO_SHOW


def test_exact_waiting_walking_serving_times():
    minute = dt.timedelta(minutes=1)
    t = issue("A", T0)
    steps = []
    for move, offset, kw in [
        (Move.CALL, 7, {"window_no": 2}),
        (Move.RECALL, 8, {}),
        (Move.START, 10, {}),
        (Move.FINISH, 25, {"outcome": Outcome.HANDLED}),
    ]:
        step = apply(t, move, T0 + offset * minute, **kw)
        t = step.ticket
        steps.append(step.period)
    spent = durations(steps)
    assert (spent.waiting, spent.walking, spent.serving) == (420.0, 180.0, 900.0)
    assert [p.window_no for p in steps] == [None, 2, 2, 2]


def test_transfer_to_a_window_waits_for_that_window_only():
    t = apply(issue("A", T0), Move.CALL, T0, window_no=1).ticket
    t = apply(t, Move.TRANSFER, T0, window_no=5, reason="需专窗办理").ticket
    assert t.state is State.ISSUED and t.target_window_no == 5 and t.arrival_at == T0
    with pytest.raises(IllegalMove):
        apply(t, Move.CALL, T0, window_no=1)
    assert apply(t, Move.CALL, T0, window_no=5).ticket.window_no == 5
