"""The working-day calendar: official schedules, overrides, provisional years, deadline arithmetic."""

from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from windowdesk.domain.official_schedule import MAKE_UP_SUFFIX, OfficialSchedule
from windowdesk.domain.workdays import DueDate, WorkdayCalendar

D = dt.date
ONE = dt.timedelta(days=1)


def _days(first: dt.date, last: dt.date) -> list[dt.date]:
    return [first + dt.timedelta(days=i) for i in range((last - first).days + 1)]


def _range(year: int, m1: int, d1: int, m2: int, d2: int) -> list[dt.date]:
    return _days(D(year, m1, d1), D(year, m2, d2))


# The State Council notices (国务院办公厅关于2025年/2026年部分节假日安排的通知), typed in from the notices,
# not from either library: holidays and make-up workdays (调休上班).
NOTICE_HOLIDAYS = {
    2025: [
        D(2025, 1, 1),  # 元旦
        *_range(2025, 1, 28, 2, 4),  # 春节
        *_range(2025, 4, 4, 4, 6),  # 清明节
        *_range(2025, 5, 1, 5, 5),  # 劳动节
        *_range(2025, 5, 31, 6, 2),  # 端午节
        *_range(2025, 10, 1, 10, 8),  # 国庆节、中秋节
    ],
    2026: [
        *_range(2026, 1, 1, 1, 3),  # 元旦
        *_range(2026, 2, 15, 2, 23),  # 春节
        *_range(2026, 4, 4, 4, 6),  # 清明节
        *_range(2026, 5, 1, 5, 5),  # 劳动节
        *_range(2026, 6, 19, 6, 21),  # 端午节
        *_range(2026, 9, 25, 9, 27),  # 中秋节
        *_range(2026, 10, 1, 10, 7),  # 国庆节
    ],
}
NOTICE_MAKE_UP = {
    2025: [D(2025, 1, 26), D(2025, 2, 8), D(2025, 4, 27), D(2025, 9, 28), D(2025, 10, 11)],
    2026: [D(2026, 1, 4), D(2026, 2, 14), D(2026, 2, 28), D(2026, 5, 9), D(2026, 9, 20), D(2026, 10, 10)],
}

OFFICIAL = OfficialSchedule()
CAL = WorkdayCalendar(OFFICIAL)
FIRST_UNKNOWN = OFFICIAL.known_years().stop


def _notice_is_workday(day: dt.date) -> bool:
    if day in NOTICE_MAKE_UP[day.year]:
        return True
    if day in NOTICE_HOLIDAYS[day.year]:
        return False
    return day.weekday() < 5


# -- official data -----------------------------------------------------------------------------------


def test_notice_data_is_self_consistent() -> None:
    for year in (2025, 2026):
        assert all(day.weekday() >= 5 for day in NOTICE_MAKE_UP[year]), "make-up days are weekend days"
        assert not set(NOTICE_MAKE_UP[year]) & set(NOTICE_HOLIDAYS[year])


@pytest.mark.parametrize("year", [2025, 2026])
def test_every_day_matches_the_state_council_notice(year: int) -> None:
    wrong = [
        (day, day.strftime("%a"), CAL.is_workday(day))
        for day in _days(D(year, 1, 1), D(year, 12, 31))
        if CAL.is_workday(day) != _notice_is_workday(day)
    ]
    assert wrong == []
    assert not CAL.is_provisional(D(year, 6, 1))


def test_known_years_cover_the_published_schedules() -> None:
    known = OFFICIAL.known_years()
    assert 2004 in known and 2025 in known and 2026 in known
    assert FIRST_UNKNOWN >= 2027
    assert not OFFICIAL.is_known(FIRST_UNKNOWN)


def test_status_names_holidays_and_make_up_days() -> None:
    assert OFFICIAL.status(D(2025, 10, 1)) == (False, "国庆节")
    assert OFFICIAL.status(D(2025, 1, 28)) == (False, "春节")
    assert OFFICIAL.status(D(2025, 9, 28)) == (True, "国庆节" + MAKE_UP_SUFFIX)
    assert OFFICIAL.status(D(2025, 9, 29)) == (True, "")  # ordinary Monday
    assert OFFICIAL.status(D(2025, 9, 27)) == (False, "")  # ordinary Saturday


def test_year_past_the_data_falls_back_to_statutory_holidays() -> None:
    year = FIRST_UNKNOWN
    new_year = D(year, 1, 1)
    assert OFFICIAL.status(new_year).is_workday is False
    assert OFFICIAL.status(new_year).name == "元旦"
    national_days = _range(year, 10, 1, 10, 3)
    assert not any(OFFICIAL.status(d).is_workday for d in national_days)
    specials = OFFICIAL.special_days(year)
    assert all(not status.is_workday for status in specials.values()), "no make-up days are guessed"
    assert CAL.is_provisional(new_year)


def test_years_outside_every_source_are_plain_weeks() -> None:
    assert OFFICIAL.status(D(2300, 1, 1)) == (D(2300, 1, 1).weekday() < 5, "")
    assert CAL.is_provisional(D(2300, 1, 1))


# -- the worked example and the provisional flag ---------------------------------------------------------


def test_national_day_example() -> None:
    # Fri 26 Sep 2025 + 5: Sun 28 Sep (make-up), Mon 29, Tue 30, then 1–8 Oct off, Thu 9, Fri 10.
    assert CAL.add_working_days(D(2025, 9, 26), 5) == DueDate(D(2025, 10, 10), provisional=False)
    assert CAL.working_days_between(D(2025, 9, 26), D(2025, 10, 10)) == 5


def test_twenty_working_days_across_spring_festival_2026() -> None:
    # From Fri 6 Feb 2026: Feb 9–13 (5), Sat 14 make-up (6), 15–23 off, Feb 24–27 (10), Sat 28 make-up (11),
    # Mar 2–6 (16), Mar 9–12 (20).
    assert CAL.add_working_days(D(2026, 2, 6), 20).day == D(2026, 3, 12)


def test_n_zero_returns_start_whatever_it_is() -> None:
    assert CAL.add_working_days(D(2025, 10, 3), 0) == DueDate(D(2025, 10, 3), False)
    assert CAL.add_working_days(D(FIRST_UNKNOWN, 3, 6), 0).provisional


def test_negative_n_is_refused() -> None:
    with pytest.raises(ValueError):
        CAL.add_working_days(D(2025, 1, 1), -1)
    with pytest.raises(ValueError):
        CAL.due_with_pauses(D(2025, 1, 1), -1, [])


def test_deadline_reaching_into_an_unknown_year_is_provisional() -> None:
    last_known = FIRST_UNKNOWN - 1
    inside = CAL.add_working_days(D(last_known, 11, 2), 10)
    assert inside.day.year == last_known and not inside.provisional
    across = CAL.add_working_days(D(last_known, 12, 15), 20)
    assert across.day.year == FIRST_UNKNOWN and across.provisional
    assert CAL.is_provisional(D(FIRST_UNKNOWN, 7, 1))
    assert not CAL.is_provisional(D(last_known, 12, 31))


def test_published_year_stops_being_provisional() -> None:
    year = FIRST_UNKNOWN
    published = WorkdayCalendar(OFFICIAL, published_years=[year])
    assert not published.is_provisional(D(year, 7, 1))
    assert not published.add_working_days(D(year - 1, 12, 15), 20).provisional
    assert published.is_provisional(D(year + 1, 7, 1))
    # A gap year in between keeps a walk through it provisional.
    skipping = WorkdayCalendar(OFFICIAL, published_years=[year + 1])
    assert skipping.add_working_days(D(year - 1, 12, 1), 300).provisional


def test_overrides_win_over_official_data() -> None:
    year = FIRST_UNKNOWN
    # A Monday in March that no rule makes a holiday, and the Saturday before it.
    monday = D(year, 3, 1) + dt.timedelta(days=(7 - D(year, 3, 1).weekday()) % 7)
    saturday = monday - 2 * ONE
    friday = monday - 3 * ONE
    assert CAL.is_workday(monday) and not CAL.is_workday(saturday)
    assert CAL.add_working_days(friday, 1).day == monday

    holiday = WorkdayCalendar(OFFICIAL, overrides={monday: False})
    assert not holiday.is_workday(monday)
    assert holiday.add_working_days(friday, 1).day == monday + ONE
    assert holiday.working_days_between(friday, monday + ONE) == 1

    make_up = WorkdayCalendar(OFFICIAL, overrides={saturday: True})
    assert make_up.is_workday(saturday)
    assert make_up.add_working_days(friday, 1).day == saturday
    assert make_up.add_working_days(friday, 2).day == monday
    assert make_up.is_provisional(saturday), "an override alone does not publish the year"

    # Overrides also beat the official data of a known year.
    national = WorkdayCalendar(OFFICIAL, overrides={D(2025, 10, 8): True})
    assert national.add_working_days(D(2025, 9, 26), 4).day == D(2025, 10, 8)


# -- pauses and remaining days -------------------------------------------------------------------------


def test_pause_moves_the_due_date_by_its_working_days() -> None:
    start = D(2025, 3, 3)  # Monday
    plain = CAL.add_working_days(start, 10).day
    assert plain == D(2025, 3, 17)
    # Testing from Wed 5 to Tue 11 March: 5 working days do not count.
    paused = CAL.due_with_pauses(start, 10, [(D(2025, 3, 5), D(2025, 3, 11))])
    assert paused == DueDate(D(2025, 3, 24), False)
    # Overlapping and duplicated pauses count once; a pause before start is ignored.
    same = CAL.due_with_pauses(
        start,
        10,
        [(D(2025, 3, 8), D(2025, 3, 11)), (D(2025, 3, 5), D(2025, 3, 9)), (D(2025, 2, 1), D(2025, 3, 3))],
    )
    assert same == paused


def test_pause_must_not_end_before_it_begins() -> None:
    with pytest.raises(ValueError):
        CAL.due_with_pauses(D(2025, 3, 3), 5, [(D(2025, 3, 5), D(2025, 3, 4))])


def test_working_days_left() -> None:
    due = D(2025, 10, 10)
    assert CAL.working_days_left(D(2025, 9, 26), due) == 5
    assert CAL.working_days_left(due, due) == 0
    assert CAL.working_days_left(D(2025, 10, 11), due) == -1  # make-up Saturday: one working day late
    assert CAL.working_days_left(D(2025, 10, 12), due) == -1  # Sunday: overdue, still one
    assert CAL.working_days_left(D(2025, 10, 14), due) == -3  # Sat 11 (make-up), Mon 13, Tue 14
    friday = D(2025, 3, 7)
    assert CAL.working_days_left(D(2025, 3, 8), friday) == -1  # the rest day after a deadline is overdue


# -- properties ----------------------------------------------------------------------------------------

# Three known years and two unknown ones around the edge of the data.
_dates = st.dates(min_value=D(FIRST_UNKNOWN - 3, 1, 1), max_value=D(FIRST_UNKNOWN + 1, 12, 31))
_n = st.integers(min_value=0, max_value=80)
_pause = st.tuples(_dates, st.integers(min_value=0, max_value=40)).map(
    lambda p: (p[0], p[0] + dt.timedelta(days=p[1]))
)
_overrides = st.dictionaries(_dates, st.booleans(), max_size=30)
_fast = settings(max_examples=150, deadline=None)


def _naive_due(
    cal: WorkdayCalendar, start: dt.date, n: int, pauses: list[tuple[dt.date, dt.date]]
) -> dt.date:
    day = start
    while n:
        day += ONE
        if cal.is_workday(day) and not any(a <= day <= b for a, b in pauses):
            n -= 1
    return day


@_fast
@given(start=_dates, n=_n, overrides=_overrides)
def test_add_matches_a_day_by_day_walk(start: dt.date, n: int, overrides: dict[dt.date, bool]) -> None:
    cal = WorkdayCalendar(OFFICIAL, overrides)
    due = cal.add_working_days(start, n)
    assert due.day == _naive_due(cal, start, n, [])
    if n > 0:
        assert cal.is_workday(due.day)
        walked = _days(start + ONE, due.day)
        assert due.provisional == any(cal.is_provisional(d) for d in walked)
    assert cal.working_days_between(start, due.day) == n


@_fast
@given(start=_dates, n=st.integers(min_value=0, max_value=79))
def test_add_is_strictly_monotonic_in_n(start: dt.date, n: int) -> None:
    assert CAL.add_working_days(start, n).day < CAL.add_working_days(start, n + 1).day


@_fast
@given(a=_dates, b=_dates, overrides=_overrides)
def test_between_counts_the_half_open_interval(
    a: dt.date, b: dt.date, overrides: dict[dt.date, bool]
) -> None:
    cal = WorkdayCalendar(OFFICIAL, overrides)
    expected = sum(cal.is_workday(d) for d in _days(a + ONE, b)) if b > a else 0
    assert cal.working_days_between(a, b) == expected


@_fast
@given(today=_dates, due=_dates)
def test_days_left_sign_and_size(today: dt.date, due: dt.date) -> None:
    left = CAL.working_days_left(today, due)
    if today <= due:
        assert left == CAL.working_days_between(today, due) >= 0
    else:
        assert left == -max(1, CAL.working_days_between(due, today))


@_fast
@given(start=_dates, n=_n, pauses=st.lists(_pause, max_size=4))
def test_pauses_match_a_day_by_day_walk(
    start: dt.date, n: int, pauses: list[tuple[dt.date, dt.date]]
) -> None:
    due = CAL.due_with_pauses(start, n, pauses)
    plain = CAL.add_working_days(start, n)
    assert due.day == _naive_due(CAL, start, n, pauses)
    assert due.day >= plain.day, "pauses never shorten the due date"
    assert due.provisional == (
        plain.provisional or any(CAL.is_provisional(d) for d in _days(start + ONE, due.day))
    )
    if n > 0:
        assert CAL.is_workday(due.day)
        assert not any(a <= due.day <= b for a, b in pauses)
    assert CAL.due_with_pauses(start, n, list(reversed(pauses))) == due


@_fast
@given(start=_dates, n=_n)
def test_no_pauses_is_plain_addition(start: dt.date, n: int) -> None:
    assert CAL.due_with_pauses(start, n, []) == CAL.add_working_days(start, n)
