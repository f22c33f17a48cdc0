"""Ticket numbers and call order: properties over random halls."""

from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from windowdesk.domain.queue_order import (
    PriorityPolicy,
    Waiting,
    call_plan,
    choose,
    format_number,
    next_streak,
    nth_number,
    service_day,
    within_cap,
)

T0 = dt.datetime(2026, 11, 23, 1, 0, tzinfo=dt.UTC)


@given(prefix=st.sampled_from("ABCXZ"), start=st.integers(1, 999), n=st.integers(1, 1000))
def test_numbers_are_prefix_and_three_digits_and_distinct(prefix, start, n):
    numbers = [
        format_number(prefix, nth_number(start, i)) for i in range(1, n + 1) if within_cap(start, 999, i)
    ]
    assert len(set(numbers)) == len(numbers)
    assert all(len(x) == 4 and x[0] == prefix and x[1:].isdigit() for x in numbers)
    assert len(numbers) == min(n, 1000 - start)  # the cap (999) never binds before the digits


def test_number_format_and_limits():
    assert format_number("A", 12) == "A012"
    assert not within_cap(1, 50, 51) and within_cap(1, 50, 50)
    with pytest.raises(ValueError):
        format_number("a", 1)
    with pytest.raises(ValueError):
        format_number("A", 1000)


def test_service_day_turns_at_local_midnight():
    # 15:59 UTC is 23:59 in Shanghai, 16:00 UTC is the next local day.
    assert service_day(dt.datetime(2026, 11, 22, 15, 59, tzinfo=dt.UTC), "Asia/Shanghai") == dt.date(
        2026, 11, 22
    )
    assert service_day(dt.datetime(2026, 11, 22, 16, 0, tzinfo=dt.UTC), "Asia/Shanghai") == dt.date(
        2026, 11, 23
    )
    assert service_day(dt.datetime(2026, 11, 22, 16, 0, tzinfo=dt.UTC), "UTC") == dt.date(2026, 11, 22)


arrivals = st.lists(
    st.tuples(st.booleans(), st.integers(0, 3600)),  # (priority?, seconds after opening)
    min_size=1,
    max_size=60,
)


def _hall(spec):
    return [
        Waiting(key=i, category="A", priority=p, arrival_at=T0 + dt.timedelta(seconds=s), number=i + 1)
        for i, (p, s) in enumerate(spec)
    ]


def _drain(waiting, ratio, policy=PriorityPolicy.INTERLEAVE):
    streak = ratio  # a fresh window: a waiting priority ticket goes first
    order = []
    pool = list(waiting)
    while pool:
        plan = call_plan(1, [("A", policy)], streak, ratio)
        ticket = choose(plan, pool)
        pool.remove(ticket)
        order.append(ticket)
        streak = next_streak(streak, ticket.priority, policy)
    return order


@settings(max_examples=200)
@given(spec=arrivals, ratio=st.integers(1, 4))
def test_interleave_by_ratio_without_starvation_and_by_arrival_within_groups(spec, ratio):
    waiting = _hall(spec)
    order = _drain(waiting, ratio)
    assert sorted(t.key for t in order) == sorted(t.key for t in waiting), "every ticket called once"
    for group in (True, False):
        called = [(t.arrival_at, t.number) for t in order if t.priority is group]
        assert called == sorted(called), "within a group by arrival"
    # A fresh window calls a waiting priority ticket first; after that exactly `ratio` ordinary
    # calls come between two priority calls while both groups wait.
    priorities_left = sum(t.priority for t in waiting)
    ordinary_left = len(waiting) - priorities_left
    run = None  # ordinary calls since the last priority call
    for ticket in order:
        if ticket.priority:
            if ordinary_left:
                assert run in (None, ratio), f"priority after {run} ordinary calls"
            run = 0
            priorities_left -= 1
        else:
            if priorities_left:
                assert run is not None and run < ratio, "priority tickets starve"
            run = (run or 0) + 1
            ordinary_left -= 1


def test_one_priority_per_two_ordinary():
    spec = [(True, i) for i in range(4)] + [(False, i) for i in range(6)]
    order = _drain(_hall(spec), 2)
    assert "".join("P" if t.priority else "O" for t in order) == "POOPOOPOOP"


def test_strict_and_none_policies():
    spec = [(False, 0), (True, 10), (False, 20), (True, 30)]
    strict = _drain(_hall(spec), 2, PriorityPolicy.STRICT)
    assert [t.priority for t in strict] == [True, True, False, False]
    plain = _drain(_hall(spec), 2, PriorityPolicy.NONE)
    assert [t.key for t in plain] == [0, 1, 2, 3]


def test_window_serving_order_and_transfers_to_the_window():
    waiting = [
        Waiting("a1", "A", False, T0, 1),
        Waiting("b1", "B", False, T0 + dt.timedelta(minutes=5), 1),
        Waiting("c1", "C", False, T0 - dt.timedelta(minutes=5), 1),
        Waiting("x", "C", False, T0 + dt.timedelta(minutes=9), 2, target_window_no=3),
    ]
    plan = call_plan(3, [("B", PriorityPolicy.INTERLEAVE), ("A", PriorityPolicy.INTERLEAVE)], 0, 2)
    assert choose(plan, waiting).key == "x"  # transferred here
    assert choose(plan, waiting[:3]).key == "b1"  # B first at this window, C not served here
    assert choose(plan, waiting[2:3]) is None
    other = call_plan(4, [("C", PriorityPolicy.INTERLEAVE)], 0, 2)
    assert choose(other, waiting).key == "c1"  # x waits for window 3 only
