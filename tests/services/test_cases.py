"""Intake services on SQLite and PostgreSQL: outcomes, the one-time lock, deemed acceptance, lookup."""

from __future__ import annotations

import datetime as dt

import pytest
from sqlalchemy import func, select, text

from tests.services.intake_support import (
    IMMEDIATE,
    RESIDENT,
    at_window,
    complete_checks,
    decide,
    incomplete_checks,
    received,
)
from tests.services.queue_support import use_clock
from tests.services.write_scenarios import scenario
from windowdesk.domain.applicants import Applicant
from windowdesk.domain.intake import MaterialCheck
from windowdesk.errors import Conflict, NotFound, UserError
from windowdesk.services import cases, settings
from windowdesk.services.site import load_calendar
from windowdesk.store.models import AuditEntry, Case, CaseEvent, CaseNotice

MONDAY = dt.date(2026, 3, 2)


def test_accepting_numbers_the_case_and_sets_working_day_due_dates(ctx):
    clerk = at_window(ctx)
    case = decide(clerk.on_day(MONDAY), "accepted")
    assert case.case_no == "TS01202601000001"
    assert case.status == "accepted" and case.summary.accepted_on == MONDAY
    assert case.summary.statutory_due == dt.date(2026, 3, 30)  # 20 working days
    assert case.summary.promised_due == dt.date(2026, 3, 16)  # 10 working days
    assert (case.summary.window_no, case.summary.clerk_login, case.summary.clerk_name) == (
        3,
        "clerk1",
        "王芳",
    )
    assert case.applicant.id_number == "110105********002X"  # views never carry the full number
    assert [e.kind for e in case.events] == ["received"]
    second = decide(clerk.on_day(MONDAY), "accepted")
    assert second.case_no == "TS01202601000002"


def test_a_second_device_numbers_independently_and_numbers_are_never_reused(ctx):
    from dataclasses import replace

    first = decide(at_window(ctx).on_day(MONDAY)).case_no
    clerk2 = at_window(ctx, 4, "clerk2")
    other = clerk2.as_actor(replace(clerk2.actor, device_no=2))
    assert decide(other.on_day(MONDAY)).case_no == "TS01202602000001"
    # a restored store whose counter row is behind skips past the numbers it already holds
    with ctx.store.write_session() as session, session.begin():
        session.execute(text("DELETE FROM number_counter"))
    assert decide(at_window(ctx).on_day(MONDAY)).case_no == "TS01202601000002"
    assert first == "TS01202601000001"


def test_incomplete_issues_the_one_time_notice_listing_every_blocking_item(ctx):
    case = decide(at_window(ctx).on_day(MONDAY), "incomplete")
    assert case.status == "awaiting_correction"
    assert [(i.key, i.problem, i.reason) for i in case.notice.items] == [
        ("m1", "nonconforming", "未加盖公章"),
        ("m5", "missing", ""),
    ]
    assert case.notice.items[0].standard == "法定代表人（负责人）签字并加盖公章"
    assert case.notice.issued_on == MONDAY and not case.notice.late
    assert case.summary.accepted_on is None and case.summary.statutory_due is None


def test_a_second_notice_is_refused(ctx):
    case = decide(at_window(ctx).on_day(MONDAY), "incomplete")
    with pytest.raises(Conflict, match="已出具过一次性告知书"):
        cases.issue_notice(ctx.on_day(MONDAY), case.case_no)
    deferred = decide(at_window(ctx).on_day(MONDAY), "incomplete", issue_notice=False)
    cases.issue_notice(ctx.on_day(MONDAY), deferred.case_no)
    with pytest.raises(Conflict, match="已出具过一次性告知书"):
        cases.issue_notice(ctx.on_day(MONDAY), deferred.case_no)
    with ctx.reading() as session:
        assert session.scalar(select(func.count()).select_from(CaseNotice)) == 2


def test_a_correction_visit_cannot_add_items_and_accepts_on_the_last_arrival(ctx):
    case = decide(at_window(ctx).on_day(MONDAY), "incomplete")
    with pytest.raises(Conflict, match="不在一次性告知书"):
        cases.record_correction(ctx.on_day(dt.date(2026, 3, 4)), case.case_no, (received("m2", "copy"),))
    with pytest.raises(Conflict, match="不在一次性告知书"):
        cases.record_correction(
            ctx.on_day(dt.date(2026, 3, 4)), case.case_no, (received("m1"), received("m3"))
        )
    partial = cases.record_correction(ctx.on_day(dt.date(2026, 3, 4)), case.case_no, (received("m1"),))
    assert partial.status == "awaiting_correction" and partial.correction.outstanding == ("m5",)
    still = cases.record_correction(
        ctx.on_day(dt.date(2026, 3, 5)),
        case.case_no,
        (MaterialCheck("m5", "nonconforming", reason="缺少进货查验制度"),),
    )
    assert still.status == "awaiting_correction"
    done = cases.record_correction(ctx.on_day(dt.date(2026, 3, 9)), case.case_no, (received("m5"),))
    assert done.status == "accepted" and done.summary.accepted_on == dt.date(2026, 3, 9)
    assert done.summary.statutory_due == dt.date(2026, 4, 7)  # 20 working days from 9 March (清明 4-6 April)
    assert [e.kind for e in done.events] == [
        "received",
        "notice_issued",
        "correction",
        "correction",
        "correction",
    ]
    with pytest.raises(Conflict, match="已补正齐全"):
        cases.record_correction(ctx.on_day(dt.date(2026, 3, 10)), case.case_no, (received("m5"),))


def test_the_deemed_accepted_flag_appears_after_the_limit(ctx):
    settings.set_setting(ctx, "notice.limit_workdays", 2)
    case = decide(at_window(ctx).on_day(MONDAY), "incomplete", issue_notice=False)
    assert case.notice_deadline == dt.date(2026, 3, 4)
    assert not cases.show_case(ctx.on_day(dt.date(2026, 3, 4)), case.case_no).summary.deemed_accepted
    late = cases.show_case(ctx.on_day(dt.date(2026, 3, 5)), case.case_no)
    assert late.summary.deemed_accepted
    # counted as accepted on receipt: its clock runs from then, though no notice exists yet
    assert late.summary.accepted_on == MONDAY and late.summary.statutory_due == dt.date(2026, 3, 30)
    listed = cases.list_cases(ctx.on_day(dt.date(2026, 3, 5)))
    assert [c.deemed_accepted for c in listed] == [True]
    # the late notice is still issued, but the clock runs from receipt, the 补正 wait paused
    issued = cases.issue_notice(ctx.on_day(dt.date(2026, 3, 6)), case.case_no)
    assert issued.notice.late and issued.summary.deemed_accepted and issued.summary.accepted_on == MONDAY
    done = cases.record_correction(
        ctx.on_day(dt.date(2026, 3, 10)), case.case_no, (received("m1"), received("m5"))
    )
    assert done.status == "accepted" and done.summary.accepted_on == MONDAY
    # 3..6 March counted (4 days), 7..10 March paused (2 working days): 20 + 2 = 22 working days from 2 March
    assert done.summary.statutory_due == dt.date(2026, 4, 1)


def _working_days_after(calendar, start, count, paused_first, paused_last):
    """The day ``count`` working days after ``start``, days in [paused_first, paused_last] not counted."""
    day = start
    while count:
        day += dt.timedelta(days=1)
        if calendar.is_workday(day) and not paused_first <= day <= paused_last:
            count -= 1
    return day


def test_a_deemed_case_waiting_for_correction_shows_its_due_date_moving_on(ctx):
    settings.set_setting(ctx, "notice.limit_workdays", 2)
    case = decide(at_window(ctx).on_day(MONDAY), "incomplete", issue_notice=False)
    issued = cases.issue_notice(ctx.on_day(dt.date(2026, 3, 6)), case.case_no)
    assert issued.summary.statutory_due == dt.date(2026, 3, 30)  # nothing paused yet
    calendar = load_calendar(ctx)
    for today in (dt.date(2026, 3, 20), dt.date(2026, 4, 10)):
        expected = _working_days_after(calendar, MONDAY, 20, dt.date(2026, 3, 7), today)
        shown = cases.show_case(ctx.on_day(today), case.case_no)
        assert shown.summary.statutory_due == expected > dt.date(2026, 3, 30)
        assert shown.summary.promised_due > issued.summary.promised_due
        listed = cases.list_cases(ctx.on_day(today))
        assert [c.statutory_due for c in listed] == [expected]
    waiting = cases.show_case(ctx.on_day(dt.date(2026, 4, 10)), case.case_no)
    done = cases.record_correction(
        ctx.on_day(dt.date(2026, 4, 10)), case.case_no, (received("m1"), received("m5"))
    )
    # the correction closes the wait where the shown date already had it: no jump
    assert done.summary.statutory_due == waiting.summary.statutory_due == dt.date(2026, 5, 7)
    # completed: the stored date, no longer moving
    later = cases.show_case(ctx.on_day(dt.date(2026, 4, 30)), case.case_no)
    assert later.summary.statutory_due == dt.date(2026, 5, 7)


def test_notice_in_time_is_not_deemed(ctx):
    case = decide(at_window(ctx).on_day(MONDAY), "incomplete", issue_notice=False)
    issued = cases.issue_notice(ctx.on_day(dt.date(2026, 3, 9)), case.case_no)  # 5th working day
    assert not issued.notice.late
    assert not cases.show_case(ctx.on_day(dt.date(2026, 5, 1)), case.case_no).summary.deemed_accepted


def test_case_dates_default_to_the_halls_day_not_the_pcs(ctx):
    # 17:00 UTC on New Year's Eve is already 1 January in Shanghai (the default queue.timezone)
    use_clock(ctx, dt.datetime(2026, 12, 31, 17, 0, tzinfo=dt.UTC))
    case = decide(at_window(ctx), "incomplete", issue_notice=False)
    assert case.summary.received_on == dt.date(2027, 1, 1)
    assert "2027" in case.case_no
    notice = cases.issue_notice(ctx, case.case_no)
    assert notice.notice.issued_on == dt.date(2027, 1, 1)
    assert [c.received_on for c in cases.list_cases(ctx)] == [dt.date(2027, 1, 1)]
    settings.set_setting(ctx, "queue.timezone", "UTC")
    assert ctx.clock.today() == dt.date(2026, 12, 31)


def test_outcome_rules_are_enforced_by_the_service(ctx):
    with pytest.raises(Conflict, match="不能受理"):
        decide(ctx, "accepted", checks=incomplete_checks())
    with pytest.raises(Conflict, match="无需一次性告知"):
        decide(ctx, "incomplete", checks=complete_checks())
    with pytest.raises(UserError, match="尚未核验"):
        decide(ctx, "accepted", checks=complete_checks()[:-1])
    with pytest.raises(UserError):
        decide(ctx, "accepted", applicant=Applicant("person", "张三", "resident_id", RESIDENT[:17] + "0"))
    with ctx.reading() as session:
        assert session.scalar(select(func.count()).select_from(Case)) == 0


def test_rejection_and_on_the_spot(ctx):
    rejected = decide(at_window(ctx).on_day(MONDAY), "rejected", checks=())
    assert rejected.status == "rejected" and rejected.competent_office == "示范市卫生健康委员会"
    done = decide(
        at_window(ctx).on_day(MONDAY),
        "on_the_spot",
        matter=IMMEDIATE,
        checks=complete_checks(IMMEDIATE),
        result="当场补卡",
    )
    assert done.status == "done" and done.result == "当场补卡"
    assert done.summary.promised_due == MONDAY


def test_lookup_list_filters_and_returning_applicants(ctx):
    decide(at_window(ctx, 3, "clerk1").on_day(MONDAY), "accepted")
    decide(at_window(ctx, 4, "clerk2").on_day(dt.date(2026, 3, 3)), "incomplete")
    decide(at_window(ctx, 4, "clerk2").on_day(dt.date(2026, 3, 4)), "rejected", checks=())
    all_cases = cases.list_cases(ctx.on_day(dt.date(2026, 3, 4)))
    assert [c.outcome for c in all_cases] == ["rejected", "incomplete", "accepted"]
    f = cases.CaseFilter
    assert [c.outcome for c in cases.list_cases(ctx, f(window_no=4))] == ["rejected", "incomplete"]
    assert [c.outcome for c in cases.list_cases(ctx, f(clerk_login="clerk1"))] == ["accepted"]
    assert [c.outcome for c in cases.list_cases(ctx, f(outcome="incomplete"))] == ["incomplete"]
    window = f(received_from=dt.date(2026, 3, 3), received_to=dt.date(2026, 3, 3))
    assert [c.outcome for c in cases.list_cases(ctx, window)] == ["incomplete"]
    # pages: an offset and a limit, and the count of every case the filters choose
    numbers = [c.case_no for c in all_cases]
    assert cases.count_cases(ctx) == 3 and cases.count_cases(ctx, f(window_no=4)) == 2
    assert cases.count_cases(ctx, f(window_no=9)) == 0
    assert [c.case_no for c in cases.list_cases(ctx, f(limit=2))] == numbers[:2]
    assert [c.case_no for c in cases.list_cases(ctx, f(limit=2, offset=2))] == numbers[2:]
    assert [c.outcome for c in cases.list_cases(ctx, f(window_no=4, limit=1, offset=1))] == ["incomplete"]
    number = all_cases[-1].case_no
    assert cases.show_case(ctx, f" {number.lower()}\n").case_no == number  # as a scanner types it
    with pytest.raises(NotFound):
        cases.show_case(ctx, "TS01202601999999")
    with pytest.raises(UserError, match="不是有效的案件编号"):
        cases.show_case(ctx, "A001")
    returning = cases.find_applicant(ctx, RESIDENT.lower())
    assert returning.applicant.name == "张三" and returning.applicant.id_number == "110105********002X"
    assert cases.find_applicant(ctx, "11010519491231003X") is None


def test_history_and_audit_never_hold_a_full_id_number(sqlite_ctx):
    decide(at_window(sqlite_ctx).on_day(MONDAY), "incomplete")
    with sqlite_ctx.reading() as session:
        texts = [str(a.detail) for a in session.scalars(select(AuditEntry))]
        texts += [str(e.detail) for e in session.scalars(select(CaseEvent))]
    assert texts and not any(RESIDENT in t for t in texts)


# -- write scenarios -----------------------------------------------------------------------------


@scenario("case.decide")
def _decide(ctx):
    decide(at_window(ctx), "accepted")


@scenario("case.issue_notice")
def _issue_notice(ctx):
    case = decide(at_window(ctx), "incomplete", issue_notice=False)
    cases.issue_notice(ctx, case.case_no)


@scenario("case.correction")
def _correction(ctx):
    case = decide(at_window(ctx), "incomplete")
    cases.record_correction(ctx, case.case_no, (received("m1"),))


def _record_together(ctx, number: str, key: str, window: int, barrier, errors: list) -> None:
    clerk = at_window(ctx, window, f"clerk{window}")
    barrier.wait()
    try:
        cases.record_correction(clerk.on_day(dt.date(2026, 3, 4)), number, (received(key),))
    except BaseException as exc:  # noqa: BLE001 (reported by the test)
        errors.append(exc)


def test_two_counters_correcting_one_case_at_once_lose_nothing(pg_ctx):
    import threading

    for _ in range(3):
        case = decide(at_window(pg_ctx).on_day(MONDAY), "incomplete")
        barrier = threading.Barrier(2)
        errors: list[BaseException] = []
        threads = [
            threading.Thread(
                target=_record_together, args=(pg_ctx, case.case_no, key, window, barrier, errors)
            )
            for key, window in (("m1", 3), ("m5", 4))
        ]
        for t in threads:
            t.start()
        for t in threads:
            t.join()
        assert errors == []
        done = cases.show_case(pg_ctx, case.case_no)
        assert done.status == "accepted" and done.correction.outstanding == ()
