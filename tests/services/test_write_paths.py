"""Every service write path leaves an audit entry and outbox rows.

Each function registered with ``@writes`` needs a scenario here. A new write path without one
fails ``test_every_write_path_has_a_scenario``: add it to SCENARIOS (later capabilities extend
this table from their own test modules through ``tests.services.write_scenarios``).
"""

from __future__ import annotations

import datetime as dt

import pytest
from sqlalchemy import func, select

from tests.services.write_scenarios import SCENARIOS, load_all, scenario
from windowdesk.services import calendar, settings, sites, users
from windowdesk.services.context import WRITE_PATHS
from windowdesk.store.models import AuditEntry, OutboxOp


@scenario("site.init")
def _init(ctx):
    sites.init_site(ctx, "TS01", "测试市政务服务中心")  # same site again on a new device
    return "site.init"


@scenario("window.add")
def _window(ctx):
    sites.add_window(ctx, 12, "十二号窗口")


@scenario("user.add")
def _user_add(ctx):
    users.add_user(ctx, "newclerk", "clerk", "secret123", "新同事")


@scenario("user.passwd")
def _passwd(ctx):
    users.add_user(ctx, "pwuser", "clerk", "secret123")
    users.set_password(ctx, "pwuser", "another456")


@scenario("user.login")
def _login(ctx):
    users.add_user(ctx, "loginuser", "clerk", "secret123")
    users.authenticate(ctx, "loginuser", "secret123", window_no=3)


@scenario("setting.set")
def _setting(ctx):
    settings.set_setting(ctx, "notice.limit_workdays", 2)


@scenario("calendar.set_day")
def _calendar_day(ctx):
    calendar.set_day(ctx, dt.date(2027, 1, 2), True, "调休上班")


@scenario("calendar.publish_year")
def _publish(ctx):
    calendar.publish_year(ctx, 2027, "国办发明电〔2026〕号")


def _counts(ctx, action):
    with ctx.reading() as session:
        audits = session.scalars(select(AuditEntry).where(AuditEntry.action == action)).all()
        outbox = session.scalar(select(func.count()).select_from(OutboxOp))
    return audits, outbox


load_all()


def test_every_write_path_has_a_scenario():
    assert set(WRITE_PATHS) <= set(SCENARIOS), (
        f"write paths without a scenario: {set(WRITE_PATHS) - set(SCENARIOS)}"
    )


@pytest.mark.parametrize("action", sorted(SCENARIOS))
def test_write_path_adds_audit_and_outbox(ctx, action):
    if action == "site.init":
        from dataclasses import replace

        ctx = ctx.as_actor(replace(ctx.actor, device_no=2))
    audits_before, outbox_before = _counts(ctx, action)
    SCENARIOS[action](ctx)
    audits_after, outbox_after = _counts(ctx, action)
    assert len(audits_after) > len(audits_before), f"{action} wrote no audit entry"
    # the business rows and the audit entry itself each travel as an outbox op
    assert outbox_after >= outbox_before + 2, f"{action} wrote no outbox rows for its changes"
    new_ids = {str(a.id) for a in audits_after} - {str(a.id) for a in audits_before}
    with ctx.reading() as session:
        ops = session.scalars(select(OutboxOp).where(OutboxOp.entity_id.in_(new_ids))).all()
    assert len(ops) == len(new_ids)
