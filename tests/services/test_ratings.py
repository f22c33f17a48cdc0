"""好差评 services on SQLite and PostgreSQL: one rating per visit, 未评价, the pad's reads, the
follow-up of bad ratings, who sees what, and the figures."""

from __future__ import annotations

import base64
import datetime as dt
import io
import uuid

import pytest
from PIL import Image

from tests.services.intake_support import PERSON, at_window, decide
from tests.services.lifecycle_support import LICENSED, accepted_case, clerk, walk
from tests.services.queue_support import use_clock
from tests.services.ratings_support import (
    as_clerk,
    as_supervisor,
    hall_with_clerks,
    serve,
    stored_counts,
)
from tests.services.write_scenarios import scenario
from windowdesk.errors import Conflict, NotFound, UserError, set_language
from windowdesk.services import cases, ratings, settings
from windowdesk.services import site as users
from windowdesk.services.visit import finish

DAY = dt.date(2026, 11, 23)  # the Monday of queue_support.OPENING


def _subject(ctx, number="A001", day=DAY):
    return ratings.ticket_subject(ctx, number, day)


def test_a_finished_visit_is_rated_once_with_its_window_staff_and_device(ctx, monkeypatch):
    use_clock(ctx)
    hall_with_clerks(ctx)
    serve(ctx, 1, "clerk1")
    done = ratings.add_rating(ctx, _subject(ctx), 5)
    assert (done.subject.kind, done.subject_label, done.service_day, done.level) == ("ticket", "A001", DAY, 5)
    assert (done.window_no, done.staff_login, done.staff_name) == (1, "clerk1", "王芳")
    assert (done.source, done.device_no, done.followup_number) == ("cli", 1, None)
    assert done.level_name == "非常满意"
    assert ratings.list_ratings(ctx, DAY) == [done]

    before = stored_counts(ctx)
    with pytest.raises(Conflict, match="A001（2026-11-23）已评价过，一次服务只能评价一次"):
        ratings.add_rating(ctx, _subject(ctx), 4)
    with pytest.raises(Conflict, match="已评价过"):
        ratings.record_unrated(ctx, _subject(ctx))
    assert stored_counts(ctx) == before


@pytest.mark.parametrize(
    ("case", "zh", "en"),
    [
        ("level_low", "评价等级须为 1 到 5 之间的整数", "whole number from 1 to 5"),
        ("level_high", "而不是 6", "not 6"),
        ("unknown_reason", "没有评价原因代码“rude”", "There is no rating reason 'rude'"),
        (
            "bad_without_reason",
            "“非常不满意”为差评，须至少选择一个原因",
            "is a bad rating: choose at least one",
        ),
        ("unknown_ticket", "找不到 2026-11-23 的号码 A099", "There is no ticket A099 on 2026-11-23"),
        (
            "unfinished_ticket",
            "号码 A002 当前为“办理中”，尚未办结，不能评价",
            "Ticket A002 is serving, not finished",
        ),
        ("second_rating", "已评价过，一次服务只能评价一次", "has been rated already: one rating per visit"),
        ("counter_staff", "窗口工作人员不能代替申请人评价", "Counter staff cannot rate"),
    ],
)
def test_bad_input_gets_a_clear_message_and_writes_nothing(ctx, monkeypatch, case, zh, en):
    use_clock(ctx)
    hall_with_clerks(ctx)
    serve(ctx, 1)
    ratings.add_rating(ctx, _subject(ctx), 4)
    serve(ctx, 2, "clerk2", finished=False)  # A002 still at window 2
    attempts = {
        "level_low": lambda: ratings.add_rating(ctx, _subject(ctx), 0),
        "level_high": lambda: ratings.add_rating(ctx, _subject(ctx), 6),
        "unknown_reason": lambda: ratings.add_rating(ctx, _subject(ctx), 1, ["rude"]),
        "bad_without_reason": lambda: ratings.add_rating(ctx, _subject(ctx), 1),
        "unknown_ticket": lambda: ratings.add_rating(ctx, _subject(ctx, "A099"), 5),
        "unfinished_ticket": lambda: ratings.add_rating(ctx, _subject(ctx, "A002"), 5),
        "second_rating": lambda: ratings.add_rating(ctx, _subject(ctx), 2, ["attitude"]),
        "counter_staff": lambda: ratings.add_rating(as_clerk(ctx, window_no=1), _subject(ctx), 5),
    }
    before = stored_counts(ctx)
    with pytest.raises(UserError) as caught:
        attempts[case]()
    assert zh in caught.value.message
    set_language("en")
    assert en in caught.value.message
    assert stored_counts(ctx) == before


def test_no_answer_is_recorded_as_unrated_never_as_a_good_rating(ctx, monkeypatch):
    use_clock(ctx)
    hall_with_clerks(ctx)
    serve(ctx, 1)
    pad = ratings.pad_context(as_clerk(ctx, window_no=1), 1)
    assert pad.actor.window_no is None and pad.actor.login == "pad:1"
    unrated = ratings.record_unrated(pad, _subject(ctx))
    assert (unrated.level, unrated.level_name, unrated.reasons, unrated.source) == (None, "未评价", (), "pad")
    with pytest.raises(Conflict, match="已评价过"):
        ratings.add_rating(pad, _subject(ctx), 5, source="pad")
    [figures] = ratings.rating_figures(ctx, DAY, DAY, "site")
    assert (figures.served, figures.rated, figures.unrated, figures.satisfied) == (1, 0, 1, 0)
    assert figures.rating_rate == 0.0 and figures.satisfaction_rate is None


def test_the_pad_asks_for_the_newest_unrated_visit_at_its_window_until_the_timeout(ctx, monkeypatch):
    clock = use_clock(ctx)
    hall_with_clerks(ctx)
    assert ratings.awaiting_rating(ctx, 1) is None
    serve(ctx, 1, finished=False)
    assert ratings.awaiting_rating(ctx, 1) is None  # still being served
    clock.advance(minutes=4)
    finish(ctx, 1, "consultation")
    visit = ratings.awaiting_rating(ctx, 1)
    assert (visit.label, visit.window_no, visit.staff_name, visit.timeout_seconds) == ("A001", 1, "王芳", 60)
    assert ratings.awaiting_rating(ctx, 2) is None  # another window's pad is not asked
    ratings.add_rating(ctx, visit.subject, 4)
    assert ratings.awaiting_rating(ctx, 1) is None

    serve(ctx, 1)
    clock.advance(seconds=59)
    assert ratings.awaiting_rating(ctx, 1).label == "A002"
    clock.advance(seconds=2)
    assert ratings.awaiting_rating(ctx, 1) is None  # the applicant has gone
    settings.set_setting(ctx, "rating.timeout_seconds", 120)
    assert ratings.awaiting_rating(ctx, 1).timeout_seconds == 120


def _png(width=600, height=800) -> bytes:
    out = io.BytesIO()
    Image.new("RGB", (width, height), (20, 90, 160)).save(out, "PNG")
    return out.getvalue()


def test_the_pad_shows_the_staff_member_signed_in_at_its_window(ctx, monkeypatch):
    clock = use_clock(ctx)
    hall_with_clerks(ctx)
    idle = ratings.pad_idle(ctx, 2)
    assert (idle.hall_name, idle.window_no, idle.window_exists, idle.staff) == (
        "测试市政务服务中心",
        2,
        True,
        None,
    )
    card = ratings.set_staff_card(ctx, "clerk2", staff_no="TS0102", photo=_png())
    with Image.open(io.BytesIO(card.photo_jpeg)) as photo:
        assert photo.format == "JPEG" and photo.size == (240, 320)
    users.authenticate(ctx, "clerk2", "secret123", window_no=2)
    staff = ratings.pad_idle(ctx, 2).staff
    assert (staff.login, staff.name, staff.staff_no, staff.photo_jpeg) == (
        "clerk2",
        "李强",
        "TS0102",
        card.photo_jpeg,
    )
    assert ratings.pad_idle(ctx, 1).staff is None
    serve(ctx, 1, "clerk1")  # nobody signed in at window 1, but clerk1 called a ticket there
    assert ratings.pad_idle(ctx, 1).staff.name == "王芳"

    before = stored_counts(ctx)
    with pytest.raises(UserError, match="无法读取照片"):
        ratings.set_staff_card(ctx, "clerk2", photo=b"not an image")
    with pytest.raises(UserError, match="工号须为"):
        ratings.set_staff_card(ctx, "clerk2", staff_no="工号 1")
    with pytest.raises(UserError, match="无权"):
        ratings.set_staff_card(as_clerk(ctx), "clerk2", staff_no="X1")
    assert stored_counts(ctx) == before
    assert ratings.set_staff_card(ctx, "clerk2", clear_photo=True).photo_jpeg is None
    # yesterday's sign-in puts nobody on duty today (audit rows carry the real time of the action)
    clock.set(dt.datetime.now(dt.UTC) + dt.timedelta(days=1))
    assert ratings.pad_idle(ctx, 2).staff is None


def test_a_bad_rating_opens_a_follow_up_whose_steps_go_in_order(ctx, monkeypatch):
    clock = use_clock(ctx)
    hall_with_clerks(ctx)
    serve(ctx, 1)
    bad = ratings.add_rating(ctx, _subject(ctx), 1, ["repeated_visits", "attitude"], "跑了三次")
    assert bad.reasons == ("attitude", "repeated_visits") and bad.reason_names == ("服务态度", "多次跑动")
    assert bad.followup_number == "ZG2026010001"
    # 15 working days after Monday 2026-11-23: 11-24..27, 11-30..12-4, 12-7..11, 12-14.
    [followup] = ratings.list_followups(ctx)
    assert (followup.number, followup.subject_label, followup.due_on, followup.next_step) == (
        "ZG2026010001",
        "A001",
        dt.date(2026, 12, 14),
        "verify",
    )
    boss = as_supervisor(ctx)
    before = stored_counts(ctx)
    with pytest.raises(Conflict, match="下一步应为“核实”，不能记录“整改”"):
        ratings.record_step(boss, "ZG2026010001", "rectify", "已培训")
    with pytest.raises(UserError, match="无权"):
        ratings.record_step(as_clerk(ctx), "ZG2026010001", "verify", "我没错")
    with pytest.raises(NotFound, match="找不到整改单 ZG2026019999"):
        ratings.record_step(boss, "ZG2026019999", "verify", "x")
    assert stored_counts(ctx) == before

    assert ratings.record_step(boss, "zg2026010001", "verify", "调取录像，属实").next_step == "rectify"
    clock.advance(days=3)
    assert ratings.record_step(boss, "ZG2026010001", "rectify", "窗口人员已培训").next_step == "callback"
    with pytest.raises(UserError, match="回访须记录申请人是否满意"):
        ratings.record_step(boss, "ZG2026010001", "callback", "电话回访")
    ratings.record_step(boss, "ZG2026010001", "callback", "电话回访，申请人认可", satisfied=True)
    clock.advance(days=1)
    closed = ratings.record_step(boss, "ZG2026010001", "close", "办结")
    assert (closed.next_step, closed.closed_on, closed.on_time) == ("closed", dt.date(2026, 11, 27), True)
    assert [(s.step, s.satisfied) for s in closed.steps] == [
        ("verify", None),
        ("rectify", None),
        ("callback", True),
        ("close", None),
    ]
    with pytest.raises(Conflict, match="已办结"):
        ratings.record_step(boss, "ZG2026010001", "close", "再办结")

    serve(ctx, 1)  # Friday's first visit: its number and day are found by default
    later = ratings.add_rating(ctx, ratings.ticket_subject(ctx, "A001"), 2, ["efficiency"])
    assert (later.service_day, later.followup_number) == (dt.date(2026, 11, 27), "ZG2026010002")


def test_overdue_follow_ups_and_who_sees_the_applicant(ctx, monkeypatch):
    use_clock(ctx)
    hall_with_clerks(ctx)
    ticket = serve(ctx, 3, "clerk1", finished=False)
    decide(at_window(ctx), "accepted", ticket_id=ticket.id)
    finish(ctx, 3, "handled")
    rated = ratings.add_rating(ctx, _subject(ctx), 2, ["efficiency"])
    assert (rated.matter_code, rated.department) == ("SCJG-SPJY-001", "示范市市场监督管理局")
    serve(ctx, 1, "clerk2")
    ratings.add_rating(ctx, _subject(ctx, "A002"), 1, ["environment"])

    boss = as_supervisor(ctx)
    detail = ratings.followup_detail(boss, rated.followup_number)
    assert detail.applicant == ratings.ApplicantContact("张三", "13800138000")
    concerned = as_clerk(ctx, "clerk1")
    assert [f.number for f in ratings.list_followups(concerned)] == [rated.followup_number]
    mine = ratings.followup_detail(concerned, rated.followup_number)
    assert mine.applicant is None and mine.reasons == ("efficiency",) and mine.staff_login == "clerk1"
    assert "张三" not in repr(mine) and "13800138000" not in repr(mine)
    with pytest.raises(NotFound):
        ratings.followup_detail(as_clerk(ctx, "clerk2"), rated.followup_number)

    due = detail.due_on
    assert ratings.overdue_followups(boss, as_of=due) == []
    late = ratings.overdue_followups(boss, as_of=due + dt.timedelta(days=1))
    assert sorted(f.staff_login for f in late) == ["clerk1", "clerk2"]
    assert all(f.overdue and f.on_time is False for f in late)
    assert [f.number for f in ratings.overdue_followups(concerned, as_of=due + dt.timedelta(days=1))] == [
        rated.followup_number
    ]

    [matter] = ratings.rating_figures(ctx, DAY, DAY, "matter", as_of=due + dt.timedelta(days=1))[1:]
    assert (matter.key, matter.served, matter.rated, matter.bad, matter.followups_late) == (
        "SCJG-SPJY-001",
        1,
        1,
        1,
        1,
    )
    departments = {f.key: f.bad for f in ratings.rating_figures(ctx, DAY, DAY, "department")}
    assert departments == {"": 1, "示范市市场监督管理局": 1}


def test_figures_per_staff_window_and_site(ctx, monkeypatch):
    use_clock(ctx)
    hall_with_clerks(ctx)
    for _ in range(4):
        serve(ctx, 1, "clerk1")  # A001..A004
    serve(ctx, 2, "clerk2")  # A005
    serve(ctx, 2, "clerk2")  # A006, never rated
    ratings.add_rating(ctx, _subject(ctx, "A001"), 5)
    ratings.add_rating(ctx, _subject(ctx, "A002"), 4)
    bad = ratings.add_rating(ctx, _subject(ctx, "A003"), 2, ["attitude"])
    ratings.record_unrated(ctx, _subject(ctx, "A004"))
    ratings.add_rating(ctx, _subject(ctx, "A005"), 3)

    by_staff = {f.key: f for f in ratings.rating_figures(ctx, DAY, DAY, "staff")}
    one, two = by_staff["clerk1"], by_staff["clerk2"]
    assert one.label == "王芳（clerk1）"
    assert (one.served, one.rated, one.unrated, one.satisfied, one.bad) == (4, 3, 1, 2, 1)
    assert one.by_level == (1, 1, 0, 1, 0)
    assert one.satisfaction_rate == pytest.approx(2 / 3) and one.rating_rate == pytest.approx(3 / 4)
    assert (one.followups, one.followups_open, one.followups_on_time_rate) == (1, 1, None)
    assert (two.served, two.rated, two.satisfied, two.bad) == (2, 1, 1, 0)
    assert two.satisfaction_rate == 1.0 and two.rating_rate == 0.5

    by_window = ratings.rating_figures(ctx, DAY, DAY, "window")
    assert [(f.key, f.label, f.served, f.rated) for f in by_window] == [
        ("1", "1 号窗口", 4, 3),
        ("2", "2 号窗口", 2, 1),
    ]
    [site] = ratings.rating_figures(ctx, DAY, DAY, "site")
    assert (site.label, site.served, site.rated, site.satisfied, site.bad) == (
        "测试市政务服务中心",
        6,
        4,
        3,
        1,
    )
    assert site.satisfaction_rate == 0.75 and site.rating_rate == pytest.approx(4 / 6)

    boss = as_supervisor(ctx)
    for step, satisfied in (("verify", None), ("rectify", None), ("callback", False), ("close", None)):
        ratings.record_step(boss, bad.followup_number, step, "处理说明", satisfied=satisfied)
    [site] = ratings.rating_figures(ctx, DAY, DAY, "site")
    assert (site.followups, site.followups_on_time, site.followups_late, site.followups_on_time_rate) == (
        1,
        1,
        0,
        1.0,
    )
    assert ratings.rating_figures(ctx, DAY + dt.timedelta(days=1), DAY + dt.timedelta(days=7), "site") == []
    with pytest.raises(UserError, match="统计分组须为"):
        ratings.rating_figures(ctx, DAY, DAY, "colour")


def _result_ready(ctx) -> str:
    number = accepted_case(ctx)
    walk(ctx, number, "result_ready")
    return number


def test_a_result_picked_up_at_a_window_is_rated_once_like_a_visit(ctx, monkeypatch):
    use_clock(ctx)
    hall_with_clerks(ctx)
    number = _result_ready(ctx)
    with pytest.raises(Conflict, match=f"办件 {number} 的结果尚未送达"):
        ratings.delivery_subject(ctx, number)
    assert ratings.awaiting_rating(ctx, 3) is None
    cases.deliver_result(clerk(ctx), number, pickup_id_number=PERSON.id_number)  # at window 3

    visit = ratings.awaiting_rating(ctx, 3)
    assert (visit.subject.kind, visit.label, visit.window_no, visit.staff_name) == ("delivery", number, 3, "王芳")
    assert ratings.awaiting_rating(ctx, 1) is None  # another window's pad is not asked
    assert ratings.delivery_subject(ctx, number.lower()) == visit.subject
    pad = ratings.pad_context(ctx, 3)
    done = ratings.add_rating(pad, visit.subject, 2, ["efficiency"], "等了很久", source="pad")
    assert (done.subject_label, done.window_no, done.staff_login, done.staff_name) == (number, 3, "clerk1", "王芳")
    assert (done.service_day, done.source, done.recorded_by) == (DAY, "pad", "pad:3")
    assert done.matter_code == LICENSED.code and done.followup_number.startswith("ZG2026")
    assert ratings.awaiting_rating(ctx, 3) is None
    [followup] = ratings.list_followups(as_supervisor(ctx))
    assert (followup.subject_label, followup.staff_login, followup.window_no) == (number, "clerk1", 3)

    before = stored_counts(ctx)
    for again in (
        lambda: ratings.add_rating(ctx, ratings.delivery_subject(ctx, number), 5),
        lambda: ratings.record_unrated(pad, visit.subject),
    ):
        with pytest.raises(Conflict, match=f"{number}（2026-11-23）已评价过，一次服务只能评价一次"):
            again()
    assert stored_counts(ctx) == before

    serve(ctx, 3, "clerk1")  # a ticket at the same window: rated on its own
    ratings.add_rating(ctx, _subject(ctx), 5)
    [site] = ratings.rating_figures(ctx, DAY, DAY, "site")
    assert (site.served, site.rated, site.bad, site.followups) == (2, 2, 1, 1)
    by_window = {f.key: (f.served, f.rated) for f in ratings.rating_figures(ctx, DAY, DAY, "window")}
    assert by_window == {"3": (2, 2)}


def test_a_pickup_is_offered_until_the_timeout_and_an_express_delivery_never(ctx, monkeypatch):
    clock = use_clock(ctx)
    hall_with_clerks(ctx)
    picked, sent = _result_ready(ctx), _result_ready(ctx)
    cases.deliver_result(clerk(ctx), sent, carrier="中国邮政EMS", tracking_no="1180000000001")
    assert ratings.awaiting_rating(ctx, 3) is None
    before = stored_counts(ctx)
    with pytest.raises(Conflict, match="通过快递送达"):
        ratings.add_rating(ctx, ratings.delivery_subject(ctx, sent), 5)
    set_language("en")
    with pytest.raises(Conflict, match="was sent by express"):
        ratings.add_rating(ctx, ratings.delivery_subject(ctx, sent), 5)
    set_language("zh_CN")
    assert stored_counts(ctx) == before

    cases.deliver_result(clerk(ctx), picked, pickup_id_number=PERSON.id_number)
    clock.advance(seconds=59)
    assert ratings.awaiting_rating(ctx, 3).label == picked
    clock.advance(seconds=2)
    assert ratings.awaiting_rating(ctx, 3) is None  # the applicant has gone
    [site] = ratings.rating_figures(ctx, DAY, DAY, "site")
    assert (site.served, site.rated) == (1, 0)  # the pickup was served; the express one was not


def test_subjects_of_no_known_kind_or_source_are_refused(ctx, monkeypatch):
    use_clock(ctx)
    hall_with_clerks(ctx)
    before = stored_counts(ctx)
    with pytest.raises(NotFound, match="找不到该送达记录"):
        ratings.add_rating(ctx, ratings.Subject("delivery", uuid.uuid4()), 5)
    with pytest.raises(UserError, match="评价对象须为 ticket, delivery 之一"):
        ratings.add_rating(ctx, ratings.Subject("parcel", uuid.uuid4()), 5)
    with pytest.raises(UserError, match="评价来源须为"):
        ratings.add_rating(ctx, ratings.Subject("ticket", uuid.uuid4()), 5, source="counter")
    with pytest.raises(NotFound, match="找不到案件"):
        ratings.delivery_subject(ctx, "TS01202601999999")
    assert stored_counts(ctx) == before


# -- write paths (tests/services/test_write_paths.py) ------------------------------------------


@scenario("rating.add")
def _rating_add(ctx):
    hall_with_clerks(ctx)
    ticket = serve(ctx, 1)
    ratings.add_rating(ctx, ratings.Subject("ticket", ticket.id), 2, ["attitude"], "态度生硬")


@scenario("rating.unrated")
def _rating_unrated(ctx):
    hall_with_clerks(ctx)
    ticket = serve(ctx, 1)
    ratings.record_unrated(ratings.pad_context(ctx, 1), ratings.Subject("ticket", ticket.id))


@scenario("rating.followup_step")
def _followup_step(ctx):
    hall_with_clerks(ctx)
    ticket = serve(ctx, 1)
    bad = ratings.add_rating(ctx, ratings.Subject("ticket", ticket.id), 1, ["other"])
    ratings.record_step(ctx, bad.followup_number, "verify", "核实属实")


@scenario("user.staff_card")
def _staff_card(ctx):
    users.add_user(ctx, "cardclerk", "clerk", "secret123", "赵六")
    ratings.set_staff_card(ctx, "cardclerk", staff_no="TS0009", photo=base64.b64decode(_TINY_PNG))


_TINY_PNG = "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAIAAACQd1PeAAAADElEQVR4nGNgYGAAAAAEAAH2FzhVAAAAAElFTkSuQmCC"


def test_a_pickup_wakes_the_pads_of_the_site_on_postgresql(pg_ctx):
    """The pad waits on the queue's change signal; a result handed over at the window sends it too
    (PostgreSQL NOTIFY rides on the delivery's transaction), so the pad asks within a second."""
    from windowdesk.services.queue import QueueWatch

    use_clock(pg_ctx)
    hall_with_clerks(pg_ctx)
    picked = _result_ready(pg_ctx)
    with QueueWatch(pg_ctx) as watch:
        while watch.wait(0.3):  # what setting up the hall signalled
            pass
        cases.deliver_result(clerk(pg_ctx), picked, pickup_id_number=PERSON.id_number)
        assert watch.wait(5.0), "a pickup wakes the pad"
