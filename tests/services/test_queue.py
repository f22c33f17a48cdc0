"""Queue services on both stores: numbering, call order, the counter's moves, expiry, status, stats."""

from __future__ import annotations

import datetime as dt

import pytest
from sqlalchemy import select

from tests.services.queue_support import OPENING, setup_hall, use_clock
from tests.services.write_scenarios import scenario
from windowdesk.errors import Conflict, NotFound, UserError
from windowdesk.services import demo, queue, settings
from windowdesk.services.clock import FixedClock
from windowdesk.services.context import open_context
from windowdesk.services.queue import (
    call_next,
    call_ticket,
    cancel,
    daily_stats,
    expire_day_end,
    no_show,
    pause_window,
    queue_status,
    reactivate,
    recall,
    resume_window,
    start_serving,
    take_ticket,
    transfer,
)
from windowdesk.services.visit import finish
from windowdesk.store.models import Ticket, TicketPeriod


def _numbers(tickets):
    return [t.number for t in tickets]


def test_numbers_per_category_per_day_from_the_start_number_up_to_the_cap(ctx):
    clock = use_clock(ctx)
    setup_hall(ctx)
    queue.add_category(ctx, "D", "公积金", start_number=101, daily_cap=2)
    assert _numbers(take_ticket(ctx, p).ticket for p in "AABAD") == ["A001", "A002", "B001", "A003", "D101"]
    assert take_ticket(ctx, "d").ticket.number == "D102"
    with pytest.raises(Conflict, match="今日号码已取完"):
        take_ticket(ctx, "D")
    with pytest.raises(NotFound):
        take_ticket(ctx, "Z")
    # 16:00 UTC is local midnight in Shanghai: numbers start again.
    clock.set(dt.datetime(2026, 11, 23, 16, 0, 1, tzinfo=dt.UTC))
    again = take_ticket(ctx, "A").ticket
    assert again.number == "A001" and again.service_day == dt.date(2026, 11, 24)


def test_local_midnight_follows_the_time_zone_setting(ctx):
    clock = use_clock(ctx, dt.datetime(2026, 11, 23, 15, 30, tzinfo=dt.UTC))
    setup_hall(ctx)
    assert take_ticket(ctx, "A").ticket.service_day == dt.date(2026, 11, 23)  # 23:30 in Shanghai
    clock.advance(minutes=40)
    assert take_ticket(ctx, "A").ticket.service_day == dt.date(2026, 11, 24)
    settings.set_setting(ctx, "queue.timezone", "UTC")
    assert take_ticket(ctx, "A").ticket.service_day == dt.date(2026, 11, 23)
    settings.set_setting(ctx, "queue.timezone", "Mars/Olympus")
    with pytest.raises(UserError, match="未知时区"):
        take_ticket(ctx, "A")


def test_priority_and_appointment_tickets(ctx):
    use_clock(ctx)
    setup_hall(ctx)
    assert take_ticket(ctx, "A", priority="elderly").ticket.priority_kind == "elderly"
    assert take_ticket(ctx, "A", appointment_code="YY20261123-7").ticket.priority_kind == "appointment"
    with pytest.raises(UserError):
        take_ticket(ctx, "A", priority="vip")
    with pytest.raises(UserError, match="预约码"):
        take_ticket(ctx, "A", appointment_code="!")


def test_waiting_ahead_counts_earlier_waiting_tickets_of_the_category(ctx):
    clock = use_clock(ctx)
    setup_hall(ctx)
    assert take_ticket(ctx, "A").waiting_ahead == 0
    clock.advance(seconds=1)
    take_ticket(ctx, "B")
    clock.advance(seconds=1)
    assert take_ticket(ctx, "A").waiting_ahead == 1
    call_next(ctx, 1)
    clock.advance(seconds=1)
    assert take_ticket(ctx, "A").waiting_ahead == 1


def test_call_order_follows_the_window_and_interleaves_priority(ctx):
    clock = use_clock(ctx)
    setup_hall(ctx, {1: "A", 2: "A", 3: "BA"})
    for prefix, prio in [("A", None), ("A", None), ("A", None), ("A", "elderly"), ("A", None), ("B", None)]:
        take_ticket(ctx, prefix, priority=prio)
        clock.advance(seconds=10)
    assert call_next(ctx, 3).number == "B001"  # window 3 serves B first
    called = []
    for _ in range(5):
        ticket = call_next(ctx, 1)
        called.append(ticket.number)
        clock.advance(seconds=5)
        start_serving(ctx, 1)
        finish(ctx, 1, "consultation")
    # A fresh window takes the waiting priority ticket first, then 2 ordinary per priority.
    assert called == ["A004", "A001", "A002", "A003", "A005"]
    assert call_next(ctx, 1) is None


def test_strict_priority_and_transfer_to_a_window_comes_first(ctx):
    clock = use_clock(ctx)
    setup_hall(ctx, {1: "C", 2: "A"})
    take_ticket(ctx, "C")
    clock.advance(seconds=10)
    take_ticket(ctx, "C", priority="disabled")
    clock.advance(seconds=10)
    take_ticket(ctx, "C", priority="military")
    assert call_next(ctx, 1).number == "C002"
    start_serving(ctx, 1)
    finish(ctx, 1, "consultation")
    assert call_next(ctx, 1).number == "C003"  # strict: priority again, no ratio
    start_serving(ctx, 1)
    finish(ctx, 1, "consultation")
    a1 = take_ticket(ctx, "A").ticket
    moved = transfer(ctx, "A001", "需社保窗口办理", to_window=1)
    assert moved.state == "issued" and moved.target_window_no == 1 and moved.arrival_at == a1.arrival_at
    assert call_next(ctx, 2) is None  # it waits for window 1 only
    assert call_next(ctx, 1).number == "A001"  # before C001, which arrived earlier


def test_a_window_holds_one_ticket_and_pause_stops_calls(ctx):
    use_clock(ctx)
    setup_hall(ctx)
    take_ticket(ctx, "A")
    take_ticket(ctx, "A")
    call_next(ctx, 1)
    with pytest.raises(Conflict, match="尚未结束"):
        call_next(ctx, 1)
    pause_window(ctx, 2, "系统维护")
    with pytest.raises(Conflict, match="已暂停"):
        call_next(ctx, 2)
    with pytest.raises(UserError):
        pause_window(ctx, 2, "again")
    with pytest.raises(UserError, match="没有 7 号窗口"):
        pause_window(ctx, 7, "no such window")
    status = queue_status(ctx)
    w2 = next(w for w in status.windows if w.window_no == 2)
    assert w2.paused and w2.pause_reason == "系统维护"
    resume_window(ctx, 2)
    assert call_next(ctx, 2).number == "A002"


def test_call_a_chosen_ticket(ctx):
    use_clock(ctx)
    setup_hall(ctx)
    for _ in range(3):
        take_ticket(ctx, "A")
    assert call_ticket(ctx, 2, "A003").window_no == 2
    with pytest.raises(Conflict, match="已呼叫"):
        call_ticket(ctx, 1, "A003")
    assert call_next(ctx, 1).number == "A001"


def test_recall_no_show_reactivate(ctx):
    use_clock(ctx)
    setup_hall(ctx)
    take_ticket(ctx, "A")
    call_next(ctx, 1)
    with pytest.raises(Conflict, match="须重呼 2 次"):
        no_show(ctx, 1)
    assert recall(ctx, 1).recall_count == 1
    assert recall(ctx, 1).recall_count == 2
    assert no_show(ctx, 1).state == "no_show"
    with pytest.raises(Conflict, match="没有呼叫中的号码"):
        recall(ctx, 1)
    again = reactivate(ctx, "A001")
    assert again.state == "issued" and again.recall_count == 0
    assert call_next(ctx, 2).number == "A001"
    assert cancel(ctx, "A001", "申请人离开").state == "cancelled"


def test_periods_give_exact_times_and_stats(ctx):
    clock = use_clock(ctx)
    setup_hall(ctx)
    take_ticket(ctx, "A")  # waits 5 min, walks 1, served 10
    clock.advance(minutes=1)
    take_ticket(ctx, "A")  # waits 5 (called a minute after A001) + 0.5 (after its no-show) min
    clock.advance(minutes=4)
    call_next(ctx, 1)
    clock.advance(minutes=1)
    start_serving(ctx, 1)
    call_next(ctx, 2)
    recall(ctx, 2)
    recall(ctx, 2)
    no_show(ctx, 2)
    clock.advance(minutes=10)
    finish(ctx, 1, "consultation")
    reactivate(ctx, "A002")
    clock.advance(seconds=30)
    call_next(ctx, 2)
    start_serving(ctx, 2)
    clock.advance(minutes=2)
    finish(ctx, 2, "consultation")
    stats = daily_stats(ctx, dt.date(2026, 11, 23))
    a = next(s for s in stats.categories if s.key == "A")
    assert (a.tickets, a.served, a.no_shows) == (2, 2, 1)
    assert a.max_wait_s == 330 and a.avg_wait_s == (300 + 330) / 2
    assert a.avg_serve_s == (600 + 120) / 2
    w1, w2 = stats.windows
    assert (w1.key, w1.tickets, w1.served, w1.avg_serve_s, w1.no_shows) == ("1", 1, 1, 600, 0)
    assert (w2.key, w2.tickets, w2.served, w2.avg_serve_s, w2.no_shows) == ("2", 1, 1, 120, 1)
    with ctx.reading() as session:
        ticket = session.scalars(select(Ticket).where(Ticket.number == "A001")).one()
        periods = session.scalars(
            select(TicketPeriod).where(TicketPeriod.ticket_id == ticket.id).order_by(TicketPeriod.seq)
        ).all()
    assert [(p.state, p.window_no, p.ended_by) for p in periods] == [
        ("issued", None, "call"),
        ("called", 1, "start"),
        ("serving", 1, "finish"),
    ]
    assert periods[0].started_at == OPENING and periods[-1].ended_at == OPENING + dt.timedelta(minutes=16)


def test_transfer_to_another_category_keeps_arrival(ctx):
    clock = use_clock(ctx)
    setup_hall(ctx, {1: "A", 3: "B"})
    first = take_ticket(ctx, "A").ticket
    clock.advance(minutes=3)
    take_ticket(ctx, "B")
    call_next(ctx, 1)
    start_serving(ctx, 1)
    with pytest.raises(UserError, match="原因"):
        transfer(ctx, first.id, " ", to_category="B")
    moved = transfer(ctx, first.id, "属不动产业务", to_category="B")
    assert (moved.category_prefix, moved.number, moved.arrival_at) == ("B", "A001", first.arrival_at)
    assert moved.transfer_reason == "属不动产业务"
    assert call_next(ctx, 3).number == "A001"  # arrived before B001


def test_finish_checks_the_outcome_and_records_it(ctx):
    use_clock(ctx)
    setup_hall(ctx)
    take_ticket(ctx, "A")
    call_next(ctx, 1)
    start_serving(ctx, 1)
    with pytest.raises(UserError, match="办理结果"):
        finish(ctx, 1, "great")
    finished = finish(ctx, 1, "referred")
    assert (finished.number, finished.outcome) == ("A001", "referred")


def test_day_end_expiry(ctx):
    clock = use_clock(ctx)
    setup_hall(ctx)
    take_ticket(ctx, "A")
    take_ticket(ctx, "A")
    take_ticket(ctx, "A")
    call_next(ctx, 1)
    start_serving(ctx, 1)
    finish(ctx, 1, "consultation")
    call_next(ctx, 2)
    clock.advance(days=1)
    assert take_ticket(ctx, "A").ticket.number == "A001"  # taking the first ticket expires yesterday's
    with ctx.reading() as session:
        states = dict(
            session.execute(
                select(Ticket.number, Ticket.state).where(Ticket.service_day == OPENING.date())
            ).all()
        )
        last = session.scalars(select(TicketPeriod).where(TicketPeriod.ended_by == "expire")).all()
    assert states == {"A001": "done", "A002": "expired", "A003": "expired"}
    local_midnight = dt.datetime(2026, 11, 23, 16, 0, tzinfo=dt.UTC)
    assert {p.ended_at for p in last} == {local_midnight}
    assert expire_day_end(ctx) == 0
    assert call_next(ctx, 2).number == "A001"  # window 2's stale ticket no longer blocks it


def test_expiry_can_be_switched_off(ctx):
    clock = use_clock(ctx)
    setup_hall(ctx)
    settings.set_setting(ctx, "queue.expire_at_day_end", False)
    take_ticket(ctx, "A")
    clock.advance(days=1)
    take_ticket(ctx, "A")
    with ctx.reading() as session:
        assert session.scalar(select(Ticket.state).where(Ticket.service_day == OPENING.date())) == "issued"


def test_status_shows_waiting_counts_windows_and_recent_calls(ctx):
    clock = use_clock(ctx)
    setup_hall(ctx)
    take_ticket(ctx, "A")
    take_ticket(ctx, "A", priority="elderly")
    take_ticket(ctx, "B")
    clock.advance(seconds=1)
    call_next(ctx, 3)
    status = queue_status(ctx)
    assert (status.category("A").waiting, status.category("A").priority_waiting) == (2, 1)
    assert status.category("B").waiting == 0 and status.category("B").issued_today == 1
    assert [w.window_no for w in status.windows] == [1, 2, 3]
    assert status.windows[2].current.number == "B001" and status.windows[2].categories == ("B", "A")
    assert [t.number for t in status.recent_calls] == ["B001"]
    assert status.hall_name == "测试市政务服务中心"


def test_category_setup_rules(ctx):
    setup_hall(ctx)
    with pytest.raises(Conflict):
        queue.add_category(ctx, "A", "重复")
    for bad in [("AB", "x"), ("a1", "x"), ("E", " ")]:
        with pytest.raises(UserError):
            queue.add_category(ctx, *bad)
    with pytest.raises(UserError):
        queue.add_category(ctx, "E", "x", priority_policy="random")
    queue.update_category(ctx, "B", active=False)
    with pytest.raises(Conflict, match="暂停取号"):
        take_ticket(ctx, "B")
    with pytest.raises(UserError, match="没有 9 号窗口"):
        queue.set_window_categories(ctx, 9, ["A"])


def test_demo_queue_is_idempotent(store_url):
    ctx = open_context(store_url)
    demo.load_demo(ctx)
    again = demo.load_demo(ctx)
    ctx = open_context(store_url)  # now bound to the demo site
    assert not [x for x in again.created if "queue" in x or "serves" in x]
    cats = {c.prefix: c for c in queue.list_categories(ctx)}
    assert {p: c.name for p, c in cats.items()} == {"A": "综合受理", "B": "不动产登记", "C": "社保医保"}
    assert cats["A"].windows == (1, 2, 3, 4, 5, 6)
    assert 0 < len(cats["B"].windows) < 6 and 0 < len(cats["C"].windows) < 6


# -- write-path scenarios (tests/services/test_write_paths.py runs them) ----------------------------
def _hall_with_called(ctx):
    setup_hall(ctx)
    take_ticket(ctx, "A")
    call_next(ctx, 1)


scenario("queue.category_add")(lambda ctx: queue.add_category(ctx, "Q", "综合咨询"))
scenario("queue.category_update")(
    lambda ctx: (setup_hall(ctx), queue.update_category(ctx, "A", name="综合受理（一）"))
)
scenario("queue.window_categories")(lambda ctx: setup_hall(ctx))
scenario("queue.take")(lambda ctx: (setup_hall(ctx), take_ticket(ctx, "A")))
scenario("queue.call")(_hall_with_called)
scenario("queue.call_chosen")(
    lambda ctx: (setup_hall(ctx), take_ticket(ctx, "A"), call_ticket(ctx, 2, "A001"))
)
scenario("queue.recall")(lambda ctx: (_hall_with_called(ctx), recall(ctx, 1)))
scenario("queue.no_show")(
    lambda ctx: (_hall_with_called(ctx), recall(ctx, 1), recall(ctx, 1), no_show(ctx, 1))
)
scenario("queue.start")(lambda ctx: (_hall_with_called(ctx), start_serving(ctx, 1)))
scenario("queue.finish")(
    lambda ctx: (_hall_with_called(ctx), start_serving(ctx, 1), finish(ctx, 1, "consultation"))
)
scenario("queue.transfer")(lambda ctx: (_hall_with_called(ctx), transfer(ctx, "A001", "转综合", to_window=2)))
scenario("queue.reactivate")(
    lambda ctx: (
        _hall_with_called(ctx),
        recall(ctx, 1),
        recall(ctx, 1),
        no_show(ctx, 1),
        reactivate(ctx, "A001"),
    )
)
scenario("queue.cancel")(lambda ctx: (_hall_with_called(ctx), cancel(ctx, "A001", "离开")))
scenario("queue.pause")(lambda ctx: (setup_hall(ctx), pause_window(ctx, 1, "午休")))
scenario("queue.resume")(lambda ctx: (setup_hall(ctx), pause_window(ctx, 1, "午休"), resume_window(ctx, 1)))


@scenario("queue.expire")
def _expire(ctx):
    setup_hall(ctx)
    two_days_ago = FixedClock(ctx.clock.now() - dt.timedelta(days=2))
    take_ticket(ctx.with_time(two_days_ago), "A")
    assert expire_day_end(ctx) == 1
