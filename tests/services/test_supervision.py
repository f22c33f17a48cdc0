"""电子监察 and statistics on a small hand-made month (November 2026), on SQLite and PostgreSQL:
tickets served through the real queue services, cases through intake and the lifecycle, cards and
exceptions from the supervision run, figures worked out by hand, and the XLSX and PDF read back."""

from __future__ import annotations

import datetime as dt
from dataclasses import replace

import openpyxl
import pytest
from pypdf import PdfReader
from sqlalchemy import func, select

from tests.services.intake_support import at_window, decide
from tests.services.lifecycle_support import accepted_case, clerk, handler, supervisor, walk
from tests.services.queue_support import setup_hall, use_clock
from tests.services.write_scenarios import scenario
from tests.support.clock import TestClock
from windowdesk.cli import main as cli_main
from windowdesk.errors import Forbidden, UserError
from windowdesk.services import cases, queue, ratings, settings, supervision, visit
from windowdesk.store.models import AuditEntry, OutboxOp, SupervisionCard, SupervisionException
from windowdesk.store.models.supervision import card_id

NOV = (dt.date(2026, 11, 1), dt.date(2026, 11, 30))
MONDAY_0900 = dt.datetime(2026, 11, 23, 1, 0, tzinfo=dt.UTC)  # 09:00 in Shanghai


def _at(clock: TestClock, hh: int, mm: int) -> None:
    clock.set(MONDAY_0900 + dt.timedelta(hours=hh - 9, minutes=mm))


def _queue_day(ctx, clock: TestClock) -> None:
    """A001 waits 10 and is served 10 minutes; A002 waits 19 and is consulted 25 minutes (longer than
    the 20 allowed: not_recorded); A003 waits 17 and never comes (no-show)."""
    setup_hall(ctx, {1: "A", 2: "A"})
    settings.set_setting(ctx, settings.RECALLS_BEFORE_NO_SHOW.key, 0)
    w1 = ctx.as_actor(replace(ctx.actor, login="clerk1", window_no=1))
    w2 = ctx.as_actor(replace(ctx.actor, login="clerk2", window_no=2))
    for hh, mm in ((9, 0), (9, 2), (9, 5)):
        _at(clock, hh, mm)
        queue.take_ticket(ctx, "A")
    _at(clock, 9, 10)
    queue.call_next(w1, 1)
    _at(clock, 9, 11)
    queue.start_serving(w1, 1)
    _at(clock, 9, 21)
    visit.finish(w1, 1, "referred")
    queue.call_next(w1, 1)
    _at(clock, 9, 22)
    queue.start_serving(w1, 1)
    queue.call_next(w2, 2)
    _at(clock, 9, 25)
    queue.no_show(w2, 2)
    _at(clock, 9, 47)
    visit.finish(w1, 1, "consultation")


def _cases(ctx) -> dict[str, str]:
    """C1 decided in time, C2 late (yellow on 11-13, red on 11-17), C3 still open, C4 rejected,
    C5 awaiting correction. The matter's promised limit is 10 working days: 11-02 → 11-16."""
    c1 = accepted_case(ctx, today=dt.date(2026, 11, 2))
    c2 = accepted_case(ctx, today=dt.date(2026, 11, 2))
    walk(ctx, c1, "decided", today=dt.date(2026, 11, 12))
    walk(ctx, c2, "under_review", today=dt.date(2026, 11, 3))
    c3 = accepted_case(ctx, today=dt.date(2026, 11, 20))
    c4 = decide(clerk(ctx).on_day(dt.date(2026, 11, 5)), "rejected").case_no
    c5 = decide(clerk(ctx).on_day(dt.date(2026, 11, 9)), "incomplete").case_no
    return {"C1": c1, "C2": c2, "C3": c3, "C4": c4, "C5": c5}


@pytest.fixture
def month(ctx, monkeypatch):
    clock = use_clock(ctx, MONDAY_0900)
    numbers = _cases(ctx)
    first = supervision.run(ctx, dt.date(2026, 11, 13))
    second = supervision.run(ctx, dt.date(2026, 11, 17))
    cases.record_decision(handler(ctx).on_day(dt.date(2026, 11, 18)), numbers["C2"], True, "JY2")
    _queue_day(ctx, clock)
    day = dt.date(2026, 11, 23)  # A001 very satisfied, A002 (the long consultation) dissatisfied
    ratings.add_rating(ctx, ratings.ticket_subject(ctx, "A001", day), 5)
    ratings.add_rating(ctx, ratings.ticket_subject(ctx, "A002", day), 2, ["attitude"])
    third = supervision.run(ctx, dt.date(2026, 11, 23))
    return ctx, numbers, (first, second, third)


def test_cards_are_issued_once_and_stay_after_the_decision(month):
    ctx, n, (first, second, third) = month
    assert (first.yellow, first.red) == (1, 0)
    assert (second.yellow, second.red) == (0, 1)
    assert (third.yellow, third.red) == (0, 0)
    again = supervision.run(ctx, dt.date(2026, 11, 17))
    assert again.cards == 0 and again.exceptions == {}
    cards = supervision.list_cards(ctx, dt.date(2026, 11, 23)).rows
    assert [(c.case_no, c.level, c.due_date, c.workdays_left, c.decided) for c in cards] == [
        (n["C2"], "red", dt.date(2026, 11, 16), -5, True),
        (n["C2"], "yellow", dt.date(2026, 11, 16), -5, True),
    ]
    assert {(c.issued_on, c.responsible_login) for c in cards} == {
        (dt.date(2026, 11, 13), "handler1"),
        (dt.date(2026, 11, 17), "handler1"),
    }


def test_exceptions_of_the_month(month):
    ctx, n, _ = month
    found = {(e.kind, e.subject, e.found_on) for e in supervision.list_exceptions(ctx).rows}
    assert found == {
        ("overdue", n["C2"], dt.date(2026, 11, 17)),
        ("rejected", n["C4"], dt.date(2026, 11, 5)),
        ("not_recorded", "2026-11-23 A002", dt.date(2026, 11, 23)),
    }
    (long,) = supervision.list_exceptions(ctx, kind="not_recorded").rows
    assert long.detail.startswith("咨询 25.0 分钟") and long.responsible_login == "clerk1"


def test_figures_of_the_month(month):
    ctx, n, _ = month
    stats = supervision.compute_stats(ctx, *NOV, site_id=ctx.actor.site_id, group_by="window")
    t = stats.total
    assert (t.taken, t.served, t.no_shows) == (3, 2, 1)
    assert t.waits and sorted(round(w, 6) for w in t.waits) == [10, 17, 19]
    assert (round(t.wait_mean, 4), t.wait_median, t.wait_p90) == (15.3333, 17, 19)
    assert (t.serve_mean, t.serve_median, t.serve_p90) == (17.5, 17.5, 25)
    assert stats.outcomes == {"accepted": 3, "rejected": 1, "incomplete": 1}
    assert (t.cases, t.decided, t.on_time, t.overdue, t.yellow, t.red) == (5, 2, 1, 0, 1, 1)
    assert t.on_time_rate == 0.5
    assert (t.rated, t.satisfied, t.bad, t.satisfaction_rate) == (2, 1, 1, 0.5)
    # both served visits rated; A002's follow-up is open and not yet due: neither on time nor late
    assert (t.rating_rate, t.followups_on_time, t.followups_late, t.followups_on_time_rate) == (
        1.0,
        0,
        0,
        None,
    )
    assert stats.exceptions == {"overdue": 1, "rejected": 1, "not_recorded": 1}
    by_window = {g.key: (g.taken, g.served, g.no_shows) for g in stats.windows}
    assert by_window == {"1": (2, 2, 0), "2": (1, 0, 1)}
    assert {g.key: (g.rated, g.bad) for g in stats.groups} == {"1": (2, 1), "2": (0, 0), "3": (0, 0)}
    assert stats.heat == {(0, 9): 3}  # Monday, the 9 o'clock hour
    assert [(d.day, d.taken, d.served, d.no_shows) for d in stats.days] == [(dt.date(2026, 11, 23), 3, 2, 1)]
    by_matter = supervision.compute_stats(ctx, *NOV, site_id=ctx.actor.site_id, group_by="matter")
    assert [(g.key, g.cases, g.decided, g.yellow, g.red) for g in by_matter.groups] == [
        ("SCJG-SPJY-001", 5, 2, 1, 1)
    ]
    assert by_matter.groups[0].rating_rate is None  # tickets are not kept by matter


def test_xlsx_and_pdf_read_back(month, tmp_path):
    ctx, _, _ = month
    xlsx = supervision.export_report(ctx, *NOV, tmp_path / "m.xlsx")
    book = openpyxl.load_workbook(xlsx)
    summary = {row[0]: row[1] for row in book["总体"].iter_rows(min_row=2, values_only=True)}
    assert summary["取号数"] == "3" and summary["过号数"] == "1" and summary["按期办结率"] == "50.0%"
    assert summary["平均等候（分钟）"] == "15.3" and summary["办理90分位（分钟）"] == "25.0"
    assert (summary["评价数"], summary["满意率"], summary["差评数"]) == ("2", "50.0%", "1")
    windows = list(book["按窗口"].iter_rows(min_row=2, values_only=True))
    assert [r[:4] for r in windows] == [("1", 2, 2, 0), ("2", 1, 0, 1), ("3", 0, 0, 0)]
    # the cases were received at window 3: 5 received, 2 decided, half in time, one yellow, one red
    assert windows[2][10:] == (5, 2, 0.5, 0, 1, 1, 0, None, 0, None, None)
    assert windows[0][16:] == (2, 0.5, 1, 1.0, None)  # both visits were served, and rated, at window 1
    assert (summary["评价率（评价数 / 办结号数与窗口领取数）"], summary["差评整改按期率"]) == ("100.0%", "—")
    assert [r[1:] for r in book["每日"].iter_rows(min_row=2, values_only=True)] == [(3, 2, 1, 15.33)]
    pdf = supervision.export_report(ctx, *NOV, tmp_path / "m.pdf")
    text = "".join(page.extract_text() for page in PdfReader(pdf).pages)
    assert "2026年11月 效能月报" in text
    for expected in (
        "取号数",
        "按期办结率",
        "50.0%",
        "各窗口取号与办结量",
        "到达人数热力图",
        "超期办件",
        "满意率",
        "按窗口统计（好差评）",
        "差评整改按期率",
    ):
        assert expected in text, expected


def test_overdue_counted_as_of_the_period_end_or_today(month):
    """C2 (due 11-16, decided 11-18) was overdue and open on 11-17: a report of 1–17 November says
    so after the decision too; C3 (due in December) is not overdue in a report run on 11-23."""
    ctx, n, _ = month
    assert ctx.clock.today() == dt.date(2026, 11, 23)
    site = ctx.actor.site_id
    early = supervision.compute_stats(ctx, dt.date(2026, 11, 1), dt.date(2026, 11, 17), site_id=site)
    assert early.total.overdue == 1
    later = supervision.compute_stats(ctx, dt.date(2026, 11, 17), dt.date(2026, 11, 17), site_id=site)
    assert later.total.overdue == 1  # received before the period, decided after it
    running = supervision.compute_stats(ctx, dt.date(2026, 11, 1), dt.date(2026, 12, 31), site_id=site)
    assert running.total.overdue == 0


def test_urge_explain_close(month, monkeypatch):
    ctx, n, _ = month
    boss = supervisor(ctx)
    assert ctx.clock.today() == dt.date(2026, 11, 23)
    with pytest.raises(UserError, match="早于今天"):
        supervision.urge(boss, n["C2"], "请说明超期原因", dt.date(2026, 11, 22))
    target = supervision.urge(boss, n["C2"], "请说明超期原因", dt.date(2026, 11, 25))
    other = ctx.as_actor(replace(clerk(ctx).actor, login="clerk9"))
    with pytest.raises(Forbidden, match="handler1"):  # not theirs to explain
        supervision.explain(other, n["C2"], "不是我的案件")
    pending = supervision.pending_urges(ctx, "handler1")
    assert [(u.subject, u.note, u.due_on) for u in pending] == [
        (n["C2"], "请说明超期原因", dt.date(2026, 11, 25))
    ]
    assert supervision.urged_case_nos(ctx, "handler1") == {n["C2"]}
    supervision.explain(handler(ctx), str(target)[:8], "专家评审延误")
    assert supervision.pending_urges(ctx, "handler1") == []
    with pytest.raises(UserError):
        supervision.close(handler(ctx), str(target), "justified", "x")  # a handler may not close
    with pytest.raises(UserError):
        supervision.close(boss, str(target), "maybe", "x")
    supervision.close(boss, str(target), "justified", "情况属实，已约谈")
    states = {c.level: c.state for c in supervision.list_cards(ctx, dt.date(2026, 11, 23)).rows}
    assert states == {"red": "closed", "yellow": "open"}
    with pytest.raises(UserError):
        supervision.explain(handler(ctx), str(target), "again")


def test_cli_lines(month, capsys):
    ctx, n, _ = month
    url = ctx.store.url
    # the CLI opens its own context on the computer's clock: the day is given
    assert cli_main(["--db", url, "supervision", "cards", "--level", "red", "--date", "2026-11-23"]) == 0
    assert capsys.readouterr().out == f"{n['C2']}\tred\t2026-11-16\t-5\n"
    assert cli_main(["--db", url, "supervision", "exceptions", "--kind", "rejected"]) == 0
    assert capsys.readouterr().out == f"rejected\t{n['C4']}\t2026-11-05\t不属于本机关职权范围\n"
    urge = ["--db", url, "supervision", "urge", n["C2"], "--note", "限期说明", "--due"]
    assert cli_main([*urge, "2020-01-01"]) == 1  # before the computer's today
    assert "答复期限不能早于今天" in capsys.readouterr().err
    assert cli_main([*urge, "2099-12-31"]) == 0
    assert (
        cli_main(
            ["--db", url, "supervision", "close", n["C2"], "--conclusion", "unjustified", "--note", "无"]
        )
        == 0
    )
    with pytest.raises(SystemExit) as usage:
        cli_main(["--db", url, "supervision", "close", n["C2"], "--conclusion", "bad", "--note", "x"])
    assert usage.value.code == 2
    capsys.readouterr()
    assert (
        cli_main(["--db", url, "report", "--from", "2026-11-01", "--to", "2026-11-30", "--out", "m.txt"]) == 1
    )
    assert ".xlsx" in capsys.readouterr().err


def test_bad_input_writes_nothing(ctx):
    with ctx.reading() as session:
        before = session.scalar(select(func.count()).select_from(OutboxOp))
    for call in (
        lambda: supervision.urge(supervisor(ctx), "nosuchcard", "n", dt.date(2026, 11, 1)),
        lambda: supervision.close(supervisor(ctx), "SZ0000", "justified", ""),
    ):
        with pytest.raises(UserError):
            call()
    with ctx.reading() as session:
        assert session.scalar(select(func.count()).select_from(OutboxOp)) == before


def test_site_and_central_make_one_card(ctx):
    """The card's id is its case and level: issuing it again elsewhere is the same row."""
    case_no = accepted_case(ctx, today=dt.date(2026, 11, 2))
    supervision.run(ctx, dt.date(2026, 11, 17))
    with ctx.reading() as session:
        (card,) = session.scalars(select(SupervisionCard)).all()
    assert card.id == card_id(card.case_id, "red") and card.case_no == case_no


# -- write paths ---------------------------------------------------------------------------------


def _overdue_case(ctx) -> str:
    case_no = accepted_case(ctx, today=dt.date(2026, 11, 2))
    supervision.run(ctx, dt.date(2026, 11, 17))
    return case_no


@scenario("supervision.run")
def _run(ctx):
    accepted_case(ctx, today=dt.date(2026, 11, 2))
    supervision.run(ctx, dt.date(2026, 11, 17))


@scenario("supervision.urge")
def _urge(ctx):
    supervision.urge(supervisor(ctx), _overdue_case(ctx), "请说明", ctx.clock.today() + dt.timedelta(days=3))


@scenario("supervision.explain")
def _explain(ctx):
    supervision.explain(clerk(ctx), _overdue_case(ctx), "已说明")  # the responsible (not handed over)


@scenario("supervision.close")
def _close(ctx):
    supervision.close(supervisor(ctx), _overdue_case(ctx), "unjustified", "不属实")


def test_audit_of_handling(month):
    ctx, n, _ = month
    supervision.urge(supervisor(ctx), n["C2"], "请说明", dt.date(2026, 11, 25))
    with ctx.reading() as session:
        actions = set(
            session.scalars(select(AuditEntry.action).where(AuditEntry.action.like("supervision.%")))
        )
    assert actions == {"supervision.run", "supervision.urge"}


def test_extra_material_needs_a_reason_and_is_listed(ctx):
    from tests.services.intake_support import complete_checks
    from windowdesk.domain.intake import MaterialCheck

    extra = MaterialCheck("extra:房屋产权公证书", "received", "original", 1)
    with pytest.raises(UserError):
        decide(clerk(ctx).on_day(dt.date(2026, 11, 2)), "accepted", checks=(*complete_checks(), extra))
    with_reason = replace(extra, reason="承办科室要求提供")
    case_no = decide(
        clerk(ctx).on_day(dt.date(2026, 11, 2)), "accepted", checks=(*complete_checks(), with_reason)
    ).case_no
    supervision.run(ctx, dt.date(2026, 11, 3))
    (found,) = supervision.list_exceptions(ctx, kind="extra_material").rows
    assert (found.subject, found.found_on) == (case_no, dt.date(2026, 11, 2))
    assert found.detail == "房屋产权公证书（承办科室要求提供）"


def test_past_statutory_as_of_today_not_as_issued(ctx):
    """A red card issued on the promised date (11-16 passed on 11-17) is not past the statutory limit
    then; the case still open in January is, and the card says so."""
    case_no = accepted_case(ctx, today=dt.date(2026, 11, 2))
    walk(ctx, case_no, "under_review", today=dt.date(2026, 11, 3))
    supervision.run(ctx, dt.date(2026, 11, 17))
    (red,) = supervision.list_cards(ctx, dt.date(2026, 11, 17), level="red").rows
    assert red.case_no == case_no and not red.past_statutory
    (red,) = supervision.list_cards(ctx, dt.date(2027, 1, 20), level="red").rows
    assert red.past_statutory and not red.decided
    cases.record_decision(handler(ctx).on_day(dt.date(2026, 11, 18)), case_no, True, "JY2")
    (red,) = supervision.list_cards(ctx, dt.date(2027, 1, 20), level="red").rows
    assert red.decided and not red.past_statutory  # decided before its statutory date


def test_false_completion_closed_without_a_decision_document(ctx):
    """Two cases decided, ready and picked up (closed) through the services: the one whose decision
    document was issued is fine; the other was closed without one (虚假办结)."""
    from tests.services.intake_support import PERSON

    numbers = []
    for issued in (True, False):
        case_no = accepted_case(ctx, today=dt.date(2026, 11, 2))
        walk(ctx, case_no, "result_ready", today=dt.date(2026, 11, 4))
        if issued:
            cases.issue_documents(clerk(ctx).on_day(dt.date(2026, 11, 4)), case_no, ("decision",))
        cases.deliver_result(
            clerk(ctx).on_day(dt.date(2026, 11, 5)), case_no, pickup_id_number=PERSON.id_number
        )
        numbers.append(case_no)
    assert supervision.run(ctx, dt.date(2026, 11, 6)).exceptions == {"false_completion": 1}
    (found,) = supervision.list_exceptions(ctx, kind="false_completion").rows
    assert (found.subject, found.found_on) == (numbers[1], dt.date(2026, 11, 4))
    assert found.detail == "已办结，但无决定文书"


def test_a_one_time_notice_never_issued_or_issued_late(ctx):
    """Received 11-02 (Monday), the notice is due by 11-09 (5 working days): one case never gets it,
    one gets it late on 11-27, one on time; only the first two are exceptions, each found once."""
    never = decide(clerk(ctx).on_day(dt.date(2026, 11, 2)), "incomplete", issue_notice=False).case_no
    late = decide(clerk(ctx).on_day(dt.date(2026, 11, 2)), "incomplete", issue_notice=False).case_no
    on_time = decide(clerk(ctx).on_day(dt.date(2026, 11, 2)), "incomplete", issue_notice=False).case_no
    cases.issue_notice(clerk(ctx).on_day(dt.date(2026, 11, 9)), on_time)
    assert supervision.run(ctx, dt.date(2026, 11, 9)).exceptions == {}  # the deadline's own day
    cases.issue_notice(clerk(ctx).on_day(dt.date(2026, 11, 27)), late)
    # weeks later: the case nobody touched since its receipt is found all the same
    assert supervision.run(ctx, dt.date(2026, 12, 1)).exceptions.get("no_one_time_notice") == 2
    assert "no_one_time_notice" not in supervision.run(ctx, dt.date(2026, 12, 2)).exceptions
    found = {e.subject: e for e in supervision.list_exceptions(ctx, kind="no_one_time_notice").rows}
    assert set(found) == {never, late}
    assert found[never].found_on == dt.date(2026, 11, 10)
    assert found[never].detail == "应于 2026-11-09 前出具一次性告知书，未出具，视为受理"


def test_a_bad_rating_not_followed_up_in_time_is_an_exception(ctx, monkeypatch):
    from tests.services.ratings_support import as_supervisor, hall_with_clerks, serve
    from windowdesk.services import ratings

    use_clock(ctx, MONDAY_0900)
    hall_with_clerks(ctx)
    serve(ctx, 1, "clerk1")
    bad = ratings.add_rating(ctx, ratings.ticket_subject(ctx, "A001", dt.date(2026, 11, 23)), 1, ["attitude"])
    # due 15 working days after Monday 2026-11-23: 2026-12-14; on that day it is not yet late
    assert supervision.run(ctx, dt.date(2026, 12, 14)).exceptions == {}
    assert supervision.run(ctx, dt.date(2026, 12, 15)).exceptions == {"bad_rating_overdue": 1}
    (late,) = supervision.list_exceptions(ctx, kind="bad_rating_overdue").rows
    assert (late.subject, late.found_on, late.responsible_login) == (
        bad.followup_number,
        dt.date(2026, 12, 14),
        "clerk1",
    )
    assert late.detail == "应于 2026-12-14 前整改完毕（2026-11-23 A001，1 星）"
    # urged by the follow-up's number; a closed follow-up is not found again
    supervision.urge(as_supervisor(ctx), bad.followup_number, "请尽快回访", dt.date(2026, 12, 18))
    assert [u.subject for u in supervision.pending_urges(ctx, "clerk1")] == [bad.followup_number]
    boss = as_supervisor(ctx)
    for step, satisfied in (("verify", None), ("rectify", None), ("callback", True), ("close", None)):
        ratings.record_step(boss, bad.followup_number, step, "已办", satisfied=satisfied)
    assert supervision.run(ctx, dt.date(2026, 12, 16)).exceptions == {}
    with ctx.reading() as session:
        kinds = session.scalars(select(SupervisionException.kind)).all()
    assert kinds == ["bad_rating_overdue"]  # the record stays: the assessment counts it


def test_rating_rate_and_follow_ups_on_time_in_the_statistics(ctx, monkeypatch, tmp_path):
    from tests.services.intake_support import PERSON
    from tests.services.ratings_support import as_supervisor, hall_with_clerks, serve

    clock = use_clock(ctx, MONDAY_0900)
    hall_with_clerks(ctx)
    day = dt.date(2026, 11, 23)
    for _ in range(3):
        serve(ctx, 1, "clerk1")  # A001..A003 at window 1
    ratings.add_rating(ctx, ratings.ticket_subject(ctx, "A001", day), 5)
    bad = ratings.add_rating(ctx, ratings.ticket_subject(ctx, "A002", day), 1, ["attitude"])
    ratings.record_unrated(ratings.pad_context(ctx, 1), ratings.ticket_subject(ctx, "A003", day))
    number = accepted_case(ctx)
    walk(ctx, number, "result_ready")
    cases.deliver_result(clerk(ctx), number, pickup_id_number=PERSON.id_number)  # window 3, clerk1
    ratings.add_rating(ctx, ratings.delivery_subject(ctx, number), 2, ["repeated_visits"])
    for step, satisfied in (("verify", None), ("rectify", None), ("callback", False), ("close", None)):
        ratings.record_step(as_supervisor(ctx), bad.followup_number, step, "已办", satisfied=satisfied)

    t = supervision.compute_stats(ctx, *NOV, site_id=ctx.actor.site_id).total
    assert (t.served, t.handed_over, t.rated, t.bad) == (3, 1, 3, 2)
    assert t.rating_rate == 0.75  # 3 rated of 3 tickets and 1 pickup (未评价 is not rated)
    assert (t.followups_on_time, t.followups_late, t.followups_on_time_rate) == (1, 0, 1.0)

    clock.set(dt.datetime(2026, 12, 16, 1, 0, tzinfo=dt.UTC))  # the hand-over's follow-up is past due
    stats = supervision.compute_stats(ctx, *NOV, site_id=ctx.actor.site_id, group_by="window")
    assert (stats.total.followups_on_time, stats.total.followups_late) == (1, 1)
    assert stats.total.followups_on_time_rate == 0.5
    by_window = {g.key: (g.served, g.handed_over, g.rated, g.rating_rate) for g in stats.groups}
    assert by_window["1"] == (3, 0, 2, pytest.approx(2 / 3)) and by_window["3"] == (0, 1, 1, 1.0)
    by_staff = {
        g.key: g
        for g in supervision.compute_stats(ctx, *NOV, site_id=ctx.actor.site_id, group_by="staff").groups
    }
    assert (by_staff["clerk1"].rating_rate, by_staff["clerk1"].followups_late) == (0.75, 1)
    book = openpyxl.load_workbook(supervision.export_report(ctx, *NOV, tmp_path / "r.xlsx"))
    summary = {row[0]: row[1] for row in book["总体"].iter_rows(min_row=2, values_only=True)}
    assert summary["评价率（评价数 / 办结号数与窗口领取数）"] == "75.0%"
    assert (summary["差评整改按期办结"], summary["差评整改逾期"], summary["差评整改按期率"]) == (
        "1",
        "1",
        "50.0%",
    )


def test_counter_staff_for_the_case_list_filter(ctx):
    """Who a supervisor filters cases by: the site's counter staff by name with their 工号, a disabled
    clerk marked (their cases stay), department staff left out, and a clerk known only from a case."""
    from windowdesk.services import site
    from windowdesk.services.supervision import counter_staff

    site.add_user(ctx, "wangf", "clerk", "secret123", "王芳", staff_no="0012")
    site.add_user(ctx, "lij", "clerk", "secret123", "李静")
    site.set_user_active(ctx, "lij", False)
    site.add_user(ctx, "zhaoh", "handler", "secret123", "赵华")  # a department's handler
    decide(at_window(ctx, login="visitor9", name="周敏"))  # received by someone of another site
    staff = {m.login: m for m in counter_staff(ctx)}
    assert "zhaoh" not in staff
    assert (staff["wangf"].name, staff["wangf"].staff_no, staff["wangf"].active) == ("王芳", "0012", True)
    assert "wangfang" in staff["wangf"].search.split() and "wf" in staff["wangf"].search.split()
    assert "0012" in staff["wangf"].search.split()
    assert staff["lij"].active is False
    assert staff["visitor9"].name == "周敏" and "zm" in staff["visitor9"].search.split()
    order = [m.login for m in counter_staff(ctx)]
    assert order[-1] == "lij"  # the disabled last
    assert order.index("wangf") < order.index("visitor9")  # then by pinyin: wang… before zhou…


def test_cards_and_exceptions_sorted_by_a_column_in_the_query(month):
    """Sorting is the store's: every page of a sorted list is the next rows of the whole sorted result."""
    ctx, n, _ = month
    today = dt.date(2026, 11, 23)

    def cards(**kw):
        return supervision.list_cards(ctx, today, **kw).rows

    def exceptions(**kw):
        return supervision.list_exceptions(ctx, **kw).rows

    assert [c.level for c in cards()] == ["red", "yellow"]
    assert [c.level for c in cards(sort="level")] == ["yellow", "red"]  # by severity, not by the code
    assert [c.level for c in cards(sort="level", descending=True)] == ["red", "yellow"]
    kinds = [e.kind for e in exceptions(sort="kind")]
    assert kinds == ["not_recorded", "rejected", "overdue"]  # the order the kind filter lists them
    assert [e.kind for e in exceptions(sort="kind", descending=True)] == kinds[::-1]
    assert [e.found_on.day for e in exceptions(sort="found_on")] == [5, 17, 23]
    # the state (from the last act on each) is sorted in the query too
    red = next(c for c in cards() if c.level == "red")
    supervision.urge(supervisor(ctx), str(red.id), "请说明", dt.date(2026, 11, 25))
    rejected = next(e for e in exceptions() if e.kind == "rejected")
    supervision.close(supervisor(ctx), str(rejected.id), "justified", "依法不予受理")
    assert [(c.level, c.state) for c in cards(sort="state")] == [("yellow", "open"), ("red", "urged")]
    assert [e.state for e in exceptions(sort="state", descending=True)] == ["closed", "open", "open"]
    # every column both ways, one row a page: the pages are the whole sorted list, nothing twice
    for list_of, sorts in ((cards, supervision.CARD_SORTS), (exceptions, supervision.EXCEPTION_SORTS)):
        for key in sorts:
            for descending in (False, True):
                whole = [r.id for r in list_of(sort=key, descending=descending, limit=None)]
                paged = [
                    r.id
                    for offset in range(len(whole))
                    for r in list_of(sort=key, descending=descending, offset=offset, limit=1)
                ]
                assert paged == whole and len(set(whole)) == len(whole) > 1, (key, descending)
    with pytest.raises(UserError):
        cards(sort="nonsense")
