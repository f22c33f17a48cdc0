"""The decision clock after acceptance (domain.case_clock), against a plain day-by-day count over the
official 2025–2026 schedules: pauses and an extension applied in any order give the same due dates
as walking the calendar one day at a time and skipping every day the pause rule excludes."""

from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from windowdesk.domain import case_clock
from windowdesk.domain.case_clock import Period
from windowdesk.domain.official_schedule import OfficialSchedule
from windowdesk.domain.workdays import WorkdayCalendar
from windowdesk.errors import Conflict

OFFICIAL = OfficialSchedule()
CAL = WorkdayCalendar(OFFICIAL)
FIRST, LAST = dt.date(2025, 1, 2), dt.date(2026, 9, 30)  # acceptances; every due date stays in 2025–2026
ONE = dt.timedelta(days=1)


def walk(start: dt.date, n: int, periods: list[tuple[dt.date, dt.date]]) -> dt.date:
    """The n-th counted day after ``start``, one day at a time: a day counts when it is a working
    day of the official schedule and no pause excludes it (strictly after the pause's start date,
    up to and including its end date)."""
    day, counted = start, 0
    while counted < n:
        day += ONE
        excluded = any(first < day <= last for first, last in periods)
        if OFFICIAL.status(day).is_workday and not excluded:
            counted += 1
    return day


@st.composite
def cases(draw):
    start = draw(st.dates(FIRST, LAST))
    statutory = draw(st.integers(1, 30))
    promised = draw(st.integers(0, 30))
    # pauses one after the other: each starts on or after the previous one's end
    periods, cursor = [], start
    for _ in range(draw(st.integers(0, 4))):
        begin = cursor + dt.timedelta(days=draw(st.integers(0, 20)))
        end = begin + dt.timedelta(days=draw(st.integers(0, 25)))
        periods.append((begin, end))
        cursor = end
    extension = draw(st.sampled_from([0, 5, 10, 15]))
    # the moment the extension is granted: before, between or after the pauses (any order)
    extension_at = draw(st.integers(0, len(periods)))
    return start, statutory, promised, periods, extension, extension_at


@settings(max_examples=150, deadline=None)
@given(cases())
def test_pauses_and_an_extension_in_any_order_equal_a_day_by_day_count(case):
    start, statutory, promised, periods, extension, extension_at = case
    applied: list[Period] = []
    granted = 0
    moves = [("pause", p) for p in periods]
    moves.insert(extension_at, ("extend", None))
    for kind, period in moves:
        if kind == "extend":
            granted = extension
        else:
            case_clock.check_new_period(applied, period[0], start)  # never refused: they follow each other
            applied.append(Period("expert_review", period[0], None))  # paused …
            applied[-1] = Period("expert_review", period[0], period[1])  # … and resumed
        result = case_clock.clock(CAL, start, statutory, promised, granted, applied, LAST)
        excluded = [(p.start, p.end) for p in applied]
        assert result.statutory.day == walk(start, statutory + granted, excluded)
        limit = case_clock.promised_limit(statutory, promised)
        assert (result.promised is None) == (limit is None)
        if limit is not None:
            assert result.promised.day == walk(start, limit, excluded)
            assert result.promised.day <= walk(start, statutory, excluded)


@settings(max_examples=100, deadline=None)
@given(st.dates(FIRST, LAST), st.integers(1, 25), st.integers(0, 15), st.integers(0, 20))
def test_a_running_pause_counts_as_ending_today(start, n, offset, running_for):
    begin = start + dt.timedelta(days=offset)
    today = begin + dt.timedelta(days=running_for)
    running = case_clock.clock(CAL, start, n, 0, 0, [Period("testing", begin, None)], today)
    ended = case_clock.clock(CAL, start, n, 0, 0, [Period("testing", begin, today)], today)
    assert running.statutory == ended.statutory


def test_a_pause_across_the_national_day_week_moves_the_due_date_by_exactly_its_working_days():
    accepted = dt.date(2026, 9, 14)  # Monday
    plain = case_clock.clock(CAL, accepted, 20, 10, 0, [], accepted)
    start, end = dt.date(2026, 9, 28), dt.date(2026, 10, 12)
    paused = case_clock.clock(CAL, accepted, 20, 10, 0, [Period("expert_review", start, end)], end)
    # after 9-28 up to 10-12: 9-29, 9-30, 10-8, 10-9, 10-10 (Saturday worked, 调休), 10-12; 10-1..10-7 off
    assert CAL.working_days_between(start, end) == 6
    assert paused.statutory.day == CAL.add_working_days(plain.statutory.day, 6).day
    assert paused.promised == plain.promised  # due on 9-28, the pause's start day: that day counts
    # 9-14 + 20: 9-15..9-18, 9-20 (Sunday worked), 9-21..9-24, 9-28..9-30, 10-8..10-10, 10-12..10-16
    assert plain.statutory.day == dt.date(2026, 10, 16) and paused.statutory.day == dt.date(2026, 10, 26)


def test_the_start_date_of_a_pause_counts_and_its_end_date_does_not():
    accepted = dt.date(2026, 3, 2)  # Monday; 20 working days → 2026-03-30
    assert case_clock.clock(CAL, accepted, 20, 0, 0, [], accepted).statutory.day == dt.date(2026, 3, 30)
    # a pause started and ended the same day excludes nothing
    same_day = [Period("hearing", dt.date(2026, 3, 4), dt.date(2026, 3, 4))]
    assert case_clock.clock(CAL, accepted, 20, 0, 0, same_day, accepted).statutory.day == dt.date(2026, 3, 30)
    # Wednesday → Friday: Thursday and Friday do not count
    two = [Period("hearing", dt.date(2026, 3, 4), dt.date(2026, 3, 6))]
    assert case_clock.clock(CAL, accepted, 20, 0, 0, two, accepted).statutory.day == dt.date(2026, 4, 1)


def test_an_extension_moves_only_the_statutory_date():
    accepted = dt.date(2026, 3, 2)
    plain = case_clock.clock(CAL, accepted, 20, 10, 0, [], accepted)
    extended = case_clock.clock(CAL, accepted, 20, 10, 10, [], accepted)
    assert extended.promised == plain.promised
    assert extended.statutory.day == CAL.add_working_days(plain.statutory.day, 10).day


def test_overlapping_pauses_are_refused():
    start = dt.date(2026, 3, 2)
    running = [Period("hearing", dt.date(2026, 3, 4), None)]
    with pytest.raises(Conflict, match="不能重叠"):
        case_clock.check_new_period(running, dt.date(2026, 3, 10), start)
    ended = [Period("hearing", dt.date(2026, 3, 4), dt.date(2026, 3, 10))]
    with pytest.raises(Conflict, match="不能重叠"):
        case_clock.check_new_period(ended, dt.date(2026, 3, 9), start)
    case_clock.check_new_period(ended, dt.date(2026, 3, 10), start)  # may start the day the last one ended
    with pytest.raises(Conflict, match="计时起算日"):
        case_clock.check_new_period([], dt.date(2026, 3, 1), start)


def test_working_days_used_and_left():
    accepted = dt.date(2026, 3, 2)
    periods = [Period("testing", dt.date(2026, 3, 4), dt.date(2026, 3, 6))]
    result = case_clock.clock(CAL, accepted, 20, 0, 0, periods, dt.date(2026, 3, 10))
    use = case_clock.use(CAL, accepted, result.statutory.day, 20, periods, dt.date(2026, 3, 10))
    # counted so far: 3-3, 3-4 (the start counts), 3-9, 3-10; 3-5 and 3-6 are paused
    assert use.used == 4 and use.used + use.left == 20


def test_deemed_approval_the_day_after_the_statutory_due_date():
    due = dt.date(2026, 3, 30)
    assert case_clock.deemed_approved_on(True, False, due, due) is None
    assert case_clock.deemed_approved_on(True, False, due, due + ONE) == due + ONE
    assert case_clock.deemed_approved_on(False, False, due, due + ONE) is None
    assert case_clock.deemed_approved_on(True, True, due, due + ONE) is None
