"""Every service write path leaves an audit entry and outbox rows.

Each function marked ``@writes`` anywhere under ``windowdesk.services`` needs a scenario here. The
marked functions are found by walking the package (importing every module), so a new write path
without a scenario fails ``test_every_write_path_has_a_scenario`` even if no test imports its
module: add it to SCENARIOS (later capabilities extend this table from their own test modules
through ``tests.services.write_scenarios``).
"""

from __future__ import annotations

import datetime as dt
import importlib
import inspect
import pkgutil
import sys

import pytest
from sqlalchemy import func, select

import windowdesk.services
from tests.services.write_scenarios import SCENARIOS, load_all, scenario
from windowdesk.services import calendar as calendar_service
from windowdesk.services import settings
from windowdesk.services import site as site_service
from windowdesk.store.models import AuditEntry, OutboxOp


@scenario("site.init")
def _init(ctx):
    site_service.init_site(ctx, "TS01", "测试市政务服务中心")  # same site again on a new device
    return "site.init"


@scenario("window.add")
def _window(ctx):
    site_service.add_window(ctx, 12, "十二号窗口")


@scenario("user.add")
def _user_add(ctx):
    site_service.add_user(ctx, "newclerk", "clerk", "secret123", "新同事")


@scenario("user.passwd")
def _passwd(ctx):
    site_service.add_user(ctx, "pwuser", "clerk", "secret123")
    site_service.set_password(ctx, "pwuser", "another456")


@scenario("user.login")
def _login(ctx):
    site_service.add_user(ctx, "loginuser", "clerk", "secret123")
    site_service.authenticate(ctx, "loginuser", "secret123", window_no=3)


@scenario("setting.set")
def _setting(ctx):
    settings.set_setting(ctx, "notice.limit_workdays", 2)


@scenario("calendar.set_day")
def _calendar_day(ctx):
    calendar_service.set_day(ctx, dt.date(2027, 1, 2), True, "调休上班")


@scenario("calendar.publish_year")
def _publish(ctx):
    calendar_service.publish_year(ctx, 2027, "国办发明电〔2026〕号")


def _counts(ctx, action):
    with ctx.reading() as session:
        audits = session.scalars(select(AuditEntry).where(AuditEntry.action == action)).all()
        outbox = session.scalar(select(func.count()).select_from(OutboxOp))
    return audits, outbox


load_all()


def write_paths() -> dict[str, str]:
    """``{audit action: module.function}`` of every ``@writes`` function in ``windowdesk.services``."""
    found: dict[str, str] = {}
    package = windowdesk.services
    for info in pkgutil.walk_packages(package.__path__, package.__name__ + "."):
        module = importlib.import_module(info.name)
        for name, function in inspect.getmembers(module, inspect.isfunction):
            action = getattr(function, "audit_action", None)
            if action is not None and function.__module__ == module.__name__:
                assert found.setdefault(action, f"{module.__name__}.{name}") == f"{module.__name__}.{name}", (
                    f"two write paths audit as {action}"
                )
    return found


WRITE_PATHS = write_paths()


def test_the_walk_finds_write_paths_of_every_capability():
    modules = {where.rsplit(".", 2)[0] for where in WRITE_PATHS.values()}
    assert {
        "windowdesk.services.site",
        "windowdesk.services.queue",
        "windowdesk.services.cases",
        "windowdesk.services.catalogue",
    } <= modules
    assert WRITE_PATHS["queue.finish"] == "windowdesk.services.visit.finish"


def test_a_new_write_path_is_found_though_no_test_imports_it(tmp_path, monkeypatch):
    planted = tmp_path / "planted_capability"
    planted.mkdir()
    (planted / "__init__.py").write_text("")
    (planted / "moves.py").write_text(
        "from windowdesk.services.context import writes\n\n\n"
        '@writes("planted.move")\n'
        "def move(ctx):\n"
        "    pass\n"
    )
    monkeypatch.setattr(windowdesk.services, "__path__", [*windowdesk.services.__path__, str(tmp_path)])
    try:
        found = write_paths()
    finally:
        for name in ("windowdesk.services.planted_capability", "windowdesk.services.planted_capability.moves"):
            sys.modules.pop(name, None)
    assert found["planted.move"] == "windowdesk.services.planted_capability.moves.move"
    assert "planted.move" not in SCENARIOS  # so test_every_write_path_has_a_scenario would fail


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
