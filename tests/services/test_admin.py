"""Administration: windows, users (never deleted), category hours, the calendar file; each bad input a
clear message with nothing written."""

from __future__ import annotations

import datetime as dt

import pytest
from sqlalchemy import func, select

from tests.services.queue_support import use_clock
from tests.services.write_scenarios import scenario
from windowdesk.errors import UserError
from windowdesk.services import calendar as calendar_service
from windowdesk.services import queue
from windowdesk.services import site as site_service
from windowdesk.store.models import AuditEntry, CalendarDay, CalendarYear, OutboxOp

SCHEDULE_2027 = """\
# 2027 年部分节假日安排
# source: 国办发明电〔2026〕7号
2027-01-01 holiday 元旦
2027-02-06 workday 春节调休上班
2027-02-10 holiday 春节

2027-02-11 休 春节
"""


def _written(ctx) -> tuple[int, int]:
    with ctx.reading() as session:
        return (
            session.scalar(select(func.count()).select_from(AuditEntry)),
            session.scalar(select(func.count()).select_from(OutboxOp)),
        )


# -- write-path scenarios --------------------------------------------------------------------
@scenario("window.update")
def _window_update(ctx):
    site_service.add_window(ctx, 21)
    site_service.update_window(ctx, 21, name="二十一号", department="税务", active=False)


@scenario("user.update")
def _user_update(ctx):
    site_service.add_user(ctx, "upd", "clerk", "secret123")
    site_service.update_user(ctx, "upd", role="supervisor", display_name="改名", staff_no="A-17")


@scenario("user.set_active")
def _user_disable(ctx):
    site_service.add_user(ctx, "leaver", "clerk", "secret123")
    site_service.set_user_active(ctx, "leaver", False)


@scenario("user.unlock_login")
def _user_unlock(ctx):
    site_service.add_user(ctx, "forgetful", "clerk", "secret123")
    for _ in range(5):
        with pytest.raises(UserError):
            site_service.authenticate(ctx, "forgetful", "wrong-one")
    site_service.unlock_user(ctx, "forgetful")


@scenario("calendar.import")
def _calendar_import(ctx):
    calendar_service.import_schedule(ctx, SCHEDULE_2027)


def _signed_in(ctx, login="worker", password="secret123"):
    site_service.add_user(ctx, login, "clerk", password, must_change_password=False)
    return ctx.as_actor(site_service.authenticate(ctx, login, password, window_no=1))


@scenario("user.logout")
def _logout(ctx):
    site_service.sign_out(_signed_in(ctx), "shift change")


@scenario("user.lock")
def _lock(ctx):
    site_service.lock_session(_signed_in(ctx))


@scenario("user.unlock")
def _unlock(ctx):
    worker = _signed_in(ctx)
    site_service.lock_session(worker)
    site_service.unlock_session(worker, "worker", "secret123")


@scenario("kiosk.release")
def _kiosk_release(ctx):
    site_service.add_user(ctx, "keyholder", "admin", "secret123", must_change_password=False)
    site_service.release_kiosk(_signed_in(ctx, "kioskpc"), "keyholder", "secret123")


@scenario("user.change_password")
def _change_password(ctx):
    site_service.change_own_password(_signed_in(ctx), "secret123", "brand-new-9")


# -- windows ---------------------------------------------------------------------------------
def test_windows_are_added_listed_and_changed(ctx):
    site_service.add_window(ctx, 1, "综合窗口", "综合科")
    site_service.add_window(ctx, 2)
    site_service.update_window(ctx, 2, department="税务", active=False)
    assert [(w.number, w.name, w.department, w.active) for w in site_service.list_windows(ctx)] == [
        (1, "综合窗口", "综合科", True),
        (2, "2号窗口", "税务", False),
    ]


@pytest.mark.parametrize(
    ("number", "message"),
    [(0, "窗口号须在 1 到 999 之间，而不是 0"), (1, "1 号窗口已存在"), (1000, "而不是 1000")],
)
def test_a_bad_window_number_is_refused_and_nothing_written(ctx, number, message):
    site_service.add_window(ctx, 1)
    before = _written(ctx)
    with pytest.raises(UserError, match=message):
        site_service.add_window(ctx, number)
    assert _written(ctx) == before


# -- users -----------------------------------------------------------------------------------
def test_users_are_edited_and_disabled_never_deleted(ctx):
    site_service.add_window(ctx, 3)
    site_service.add_user(ctx, "clerk7", "clerk", "secret123", "刘七", staff_no="007")
    site_service.update_user(ctx, "clerk7", role="supervisor", window_no=3, display_name="刘七七")
    site_service.set_user_active(ctx, "clerk7", False)
    user = site_service.get_user(ctx, "clerk7")
    assert (user.role, user.window_no, user.display_name, user.staff_no, user.active) == (
        "supervisor",
        3,
        "刘七七",
        "007",
        False,
    )
    with pytest.raises(UserError, match="用户名或密码不正确"):
        site_service.authenticate(ctx, "clerk7", "secret123")
    site_service.set_user_active(ctx, "clerk7", True)
    assert site_service.authenticate(ctx, "clerk7", "secret123").role == "supervisor"


def test_a_default_window_must_exist(ctx):
    site_service.add_user(ctx, "clerk8", "clerk", "secret123")
    before = _written(ctx)
    with pytest.raises(UserError, match="没有 9 号窗口"):
        site_service.update_user(ctx, "clerk8", window_no=9)
    assert _written(ctx) == before


@pytest.mark.parametrize(
    ("password", "message"),
    [("1234567", "至少需要 8 个字符"), ("weakling", "不能与登录名相同"), ("GNILKAEW", "不能与登录名相同")],
)
def test_a_weak_password_is_refused_and_nothing_written(ctx, password, message):
    before = _written(ctx)
    with pytest.raises(UserError, match=message):
        site_service.add_user(ctx, "weakling", "clerk", password)
    assert _written(ctx) == before


def test_the_last_administrator_cannot_be_disabled_or_demoted(ctx):
    site_service.add_user(ctx, "boss", "admin", "secret123")
    before = _written(ctx)
    with pytest.raises(UserError, match="唯一的管理员"):
        site_service.set_user_active(ctx, "boss", False)
    with pytest.raises(UserError, match="唯一的管理员"):
        site_service.update_user(ctx, "boss", role="clerk")
    assert _written(ctx) == before
    site_service.add_user(ctx, "deputy", "admin", "secret123")
    site_service.set_user_active(ctx, "boss", False)  # now someone else administers the site
    assert not site_service.get_user(ctx, "boss").active


def test_a_password_set_by_an_admin_must_be_changed_at_first_sign_in(ctx):
    site_service.add_user(ctx, "newcomer", "clerk", "given-by-admin")
    newbie = ctx.as_actor(site_service.authenticate(ctx, "newcomer", "given-by-admin"))
    assert site_service.password_change_due(newbie)
    with pytest.raises(UserError, match="原密码不正确"):
        site_service.change_own_password(newbie, "wrong-old", "my-own-pass")
    with pytest.raises(UserError, match="不能与登录名相同"):
        site_service.change_own_password(newbie, "given-by-admin", "NEWCOMER")
    site_service.change_own_password(newbie, "given-by-admin", "my-own-pass")
    assert not site_service.password_change_due(newbie)
    site_service.set_password(ctx, "newcomer", "reset-by-admin")  # a reset asks again
    assert site_service.password_change_due(newbie)


# -- queue categories --------------------------------------------------------------------------
def test_category_hours_refuse_tickets_outside_them(ctx, monkeypatch):
    clock = use_clock(ctx)  # 09:00 in Shanghai
    site_service.add_window(ctx, 1)
    queue.add_category(ctx, "A", "综合受理", hours="09:30-12:00,14:00-17:30")
    queue.set_window_categories(ctx, 1, ["A"])
    before = _written(ctx)
    with pytest.raises(
        UserError, match=r"综合受理 现在不在取号时间（09:30-12:00,14:00-17:30），请于 09:30 后再来"
    ):
        queue.take_ticket(ctx, "A")
    assert _written(ctx) == before
    clock.advance(minutes=30)
    assert queue.take_ticket(ctx, "A").ticket.number == "A001"
    clock.advance(hours=3)  # 12:30: the lunch break
    with pytest.raises(UserError, match="请于 14:00 后再来"):
        queue.take_ticket(ctx, "A")
    clock.advance(hours=5)  # 17:30: closed for today
    with pytest.raises(UserError, match="今日取号时间已过"):
        queue.take_ticket(ctx, "A")
    queue.update_category(ctx, "A", hours="")
    assert queue.take_ticket(ctx, "A").ticket.number == "A002"


@pytest.mark.parametrize(
    ("prefix", "hours", "message"),
    [
        ("AB", "", "类别代号须为一个大写字母"),
        ("A", "12:00-08:30", "结束时间须晚于开始时间"),
        ("A", "08:30-12:00,11:00-13:00", "不能重叠"),
        ("A", "8.30-12", "格式不对"),
        ("A", "08:30-25:00", "无效"),
    ],
)
def test_bad_category_input_is_refused_and_nothing_written(ctx, prefix, hours, message):
    before = _written(ctx)
    with pytest.raises(UserError, match=message):
        queue.add_category(ctx, prefix, "综合受理", hours=hours)
    assert _written(ctx) == before
    assert queue.list_categories(ctx) == []


def test_category_settings_change_and_show(ctx):
    queue.add_category(ctx, "A", "综合受理")
    queue.update_category(ctx, "A", name="综合", daily_cap=300, start_number=101, hours="08:30-12:00")
    (category,) = queue.list_categories(ctx)
    assert (category.name, category.daily_cap, category.start_number, category.hours) == (
        "综合",
        300,
        101,
        "08:30-12:00",
    )
    with pytest.raises(UserError, match="类别代号须为一个大写字母"):
        queue.update_category(ctx, "AB", daily_cap=3)


# -- calendar ----------------------------------------------------------------------------------
def test_a_years_schedule_is_imported_and_no_longer_provisional(ctx):
    assert site_service.due_date(ctx, dt.date(2027, 1, 4), 1).provisional
    result = calendar_service.import_schedule(ctx, SCHEDULE_2027)
    assert (result.year, result.days, result.source) == (2027, 4, "国办发明电〔2026〕7号")
    assert site_service.published_years(ctx) == {2027: "国办发明电〔2026〕7号"}
    calendar = site_service.load_calendar(ctx)
    assert calendar.is_workday(dt.date(2027, 2, 6))  # a Saturday made a workday
    assert not calendar.is_workday(dt.date(2027, 2, 10))  # a Wednesday off
    assert not site_service.due_date(ctx, dt.date(2027, 1, 4), 1).provisional
    feb = {d.day: d for d in site_service.month_view(ctx, 2027, 2)}
    assert (
        len(feb) == 28
        and feb[dt.date(2027, 2, 6)].note == "春节调休上班"
        and feb[dt.date(2027, 2, 7)].note is None
    )
    # importing again replaces that year's overrides
    calendar_service.import_schedule(ctx, "2027-10-01 holiday 国庆节\n")
    with ctx.reading() as session:
        days = session.scalars(select(CalendarDay.day)).all()
    assert days == [dt.date(2027, 10, 1)]


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("2027-01-01 holiday 元旦\n2027-13-01 holiday 错\n", "第 2 行格式不对"),
        ("2027-01-01 feast\n", "第 1 行格式不对"),
        ("2027-01-01 holiday\n2027-01-01 workday\n", "第 2 行：2027-01-01 重复出现"),
        ("2027-01-01 holiday\n2028-01-01 holiday\n", "正好包含一年的日期"),
        ("# nothing\n", "正好包含一年的日期"),
    ],
)
def test_a_bad_schedule_file_names_its_line_and_writes_nothing(ctx, text, message):
    before = _written(ctx)
    with pytest.raises(UserError, match=message):
        calendar_service.import_schedule(ctx, text)
    assert _written(ctx) == before
    with ctx.reading() as session:
        assert session.scalar(select(func.count()).select_from(CalendarYear)) == 0
