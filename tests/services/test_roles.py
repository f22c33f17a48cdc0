"""The one role × action table (domain/roles.py) covers every write path, and every write path
refuses a role the table does not list before it touches anything."""

from __future__ import annotations

from dataclasses import replace

import pytest
from sqlalchemy import func, select

from tests.services.test_write_paths import WRITE_PATHS, write_paths
from windowdesk.domain import roles
from windowdesk.errors import Forbidden, UserError
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
    missing = set(WRITE_PATHS) - set(roles.PERMISSIONS)
    assert not missing, f"write paths without a role rule in domain/roles.py: {sorted(missing)}"
    for action, allowed in roles.PERMISSIONS.items():
        assert allowed and allowed <= set(roles.ROLES), action


def test_a_write_path_without_a_rule_is_refused_to_everyone(sqlite_ctx):
    @writes("nobody.knows")
    def planted(ctx):
        raise AssertionError("must not run")

    for role in roles.ROLES:
        with pytest.raises(Forbidden):
            planted(sqlite_ctx.as_actor(replace(sqlite_ctx.actor, role=role)))
    assert "nobody.knows" not in write_paths()  # a test-local function, not in the services package


@pytest.mark.parametrize("action", sorted(WRITE_PATHS))
def test_each_write_path_refuses_the_roles_the_table_leaves_out(sqlite_ctx, action):
    function = _resolve(WRITE_PATHS[action])
    forbidden = [role for role in roles.ROLES if not roles.may(role, action)]
    before = _written(sqlite_ctx)
    for role in forbidden:
        as_role = sqlite_ctx.as_actor(replace(sqlite_ctx.actor, role=role))
        # Refused before the arguments are even looked at: nothing of the function runs.
        with pytest.raises(Forbidden):
            function(as_role)
    assert _written(sqlite_ctx) == before
    for role in roles.ROLES:
        if roles.may(role, action):
            as_role = sqlite_ctx.as_actor(replace(sqlite_ctx.actor, role=role))
            try:
                function(as_role)  # missing arguments or a rule of the service, but not the role gate
            except Forbidden:
                pytest.fail(f"{action} refused {role}, which the table allows")
            except (TypeError, UserError):
                pass


def test_a_clerk_cannot_administer_with_real_arguments(sqlite_ctx):
    clerk = sqlite_ctx.as_actor(replace(sqlite_ctx.actor, role=roles.CLERK, login="clerk1"))
    before = _written(sqlite_ctx)
    with pytest.raises(Forbidden, match="无权进行此操作：window.add"):
        site_service.add_window(clerk, 5, "五号窗口")
    with pytest.raises(Forbidden):
        site_service.add_user(clerk, "sneaky", "admin", "secret123")
    with pytest.raises(Forbidden):
        queue.add_category(clerk, "Z", "走后门")
    assert _written(sqlite_ctx) == before
    with sqlite_ctx.reading() as session:
        assert session.scalar(select(func.count()).select_from(Window)) == 0
