"""The one role × action table (domain/roles.py) covers every write path, and every write path
refuses a role the table does not list before it touches anything."""

from __future__ import annotations

from dataclasses import replace

import pytest
from sqlalchemy import func, select

from tests.services.test_write_paths import WRITE_PATHS, write_paths
from windowdesk.domain import case_stages, roles
from windowdesk.errors import Forbidden
from windowdesk.messages import chinese
from windowdesk.services import queue
from windowdesk.services import site as site_service
from windowdesk.services.context import writes
from windowdesk.store.models import AuditEntry, OutboxOp, Window


def _resolve(where: str):
    module, name = where.rsplit(".", 1)
    return getattr(__import__(module, fromlist=[name]), name)


def _written(ctx) -> tuple[int, int]:
    with ctx.reading() as session:
        return (
            session.scalar(select(func.count()).select_from(AuditEntry)),
            session.scalar(select(func.count()).select_from(OutboxOp)),
        )


def test_every_write_path_has_a_rule_in_the_one_table():
    missing = set(WRITE_PATHS) - set(roles.RULES)
    assert not missing, f"write paths without a role rule in domain/roles.py: {sorted(missing)}"
    stale = set(roles.RULES) - set(WRITE_PATHS)
    assert not stale, f"rules in domain/roles.py for actions no write path has: {sorted(stale)}"
    for action, rule in roles.RULES.items():
        assert rule.roles and rule.roles <= set(roles.ROLES), action
        assert roles.ADMIN in rule.roles, f"{action}: the CLI acts as an administrator"
        assert rule.label and chinese(rule.label) != rule.label, action  # named in both languages


def test_the_case_moves_take_their_roles_from_the_one_table():
    for move in case_stages.MOVES.values():
        assert move.action in WRITE_PATHS, move.name
        assert move.roles == roles.PERMISSIONS[move.action]


def test_a_write_path_without_a_rule_is_refused_to_everyone(sqlite_ctx):
    @writes("nobody.knows")
    def planted(ctx):
        raise AssertionError("must not run")

    for role in roles.ROLES:
        with pytest.raises(Forbidden):
            planted(sqlite_ctx.as_actor(replace(sqlite_ctx.actor, role=role)))
    assert "nobody.knows" not in write_paths()  # a test-local function, not in the services package


# An argument no write path has: the call fails with TypeError as soon as the gate lets it through,
# so the probe runs nothing of the function (no scenario needed, nothing written).
_PROBE = {"no_such_argument_": 1}


def test_each_write_path_refuses_the_roles_the_table_leaves_out(sqlite_ctx):
    before = _written(sqlite_ctx)
    wrong: list[str] = []
    for action, where in sorted(WRITE_PATHS.items()):
        function = _resolve(where)
        for role in roles.ROLES:
            as_role = sqlite_ctx.as_actor(replace(sqlite_ctx.actor, role=role))
            try:
                function(as_role, **_PROBE)
            except Forbidden as refused:
                if roles.may(role, action) or "无权" not in refused.message:
                    wrong.append(f"{action} refused {role}: {refused.message}")
            except TypeError as exc:
                if not roles.may(role, action) or "no_such_argument_" not in str(exc):
                    wrong.append(f"{action} let {role} through the gate: {exc}")
            else:
                wrong.append(f"{action} ran for {role} with an argument it does not take")
    assert not wrong, "\n".join(wrong)
    assert _written(sqlite_ctx) == before


def test_a_clerk_cannot_administer_with_real_arguments(sqlite_ctx):
    clerk = sqlite_ctx.as_actor(replace(sqlite_ctx.actor, role=roles.CLERK, login="clerk1"))
    before = _written(sqlite_ctx)
    with pytest.raises(Forbidden, match="无权新增窗口（限管理员）"):
        site_service.add_window(clerk, 5, "五号窗口")
    with pytest.raises(Forbidden):
        site_service.add_user(clerk, "sneaky", "admin", "secret123")
    with pytest.raises(Forbidden):
        queue.add_category(clerk, "Z", "走后门")
    assert _written(sqlite_ctx) == before
    with sqlite_ctx.reading() as session:
        assert session.scalar(select(func.count()).select_from(Window)) == 0
