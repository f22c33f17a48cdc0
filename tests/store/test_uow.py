"""The unit of work: outbox and audit on every write, versions, atomicity under a crash."""

from __future__ import annotations

import subprocess
import sys
import textwrap

import pytest
from sqlalchemy import func, select

from windowdesk.services import site as site_service
from windowdesk.store.base import Base, LocalOnly, Synced
from windowdesk.store.models import AuditEntry, OutboxOp, User, Window
from windowdesk.store.uow import MissingAudit, UnitOfWork


def count(ctx, model) -> int:
    with ctx.reading() as session:
        return session.scalar(select(func.count()).select_from(model))


def test_every_table_is_either_synced_or_local():
    for mapper in Base.registry.mappers:
        cls = mapper.class_
        assert issubclass(cls, Synced) != issubclass(cls, LocalOnly), cls.__name__


def test_insert_then_update_writes_versions_and_outbox(ctx):
    window = site_service.add_window(ctx, 7, "七号窗口")
    with ctx.reading() as session:
        ops = session.scalars(select(OutboxOp).where(OutboxOp.entity_id == str(window.id))).all()
    assert [(op.op, op.base_version, op.version) for op in ops] == [("upsert", 0, 1)]
    assert ops[0].payload["number"] == 7 and ops[0].payload["name"] == "七号窗口"

    with ctx.unit_of_work() as uow:
        row = uow.session.get(Window, window.id)
        row.name = "综合窗口"
        uow.session.flush()
        row.active = False  # a second change in the same action: still one version step
        uow.audit("window.edit", "window", row.id)
    with ctx.reading() as session:
        ops = session.scalars(
            select(OutboxOp).where(OutboxOp.entity_id == str(window.id)).order_by(OutboxOp.seq)
        ).all()
        row = session.get(Window, window.id)
    assert [(op.base_version, op.version) for op in ops] == [(0, 1), (1, 2)]
    assert ops[1].payload["name"] == "综合窗口" and ops[1].payload["active"] is False
    assert row.version == 2


def test_audit_rows_travel_as_insert_only_ops(ctx):
    site_service.add_window(ctx, 8)
    with ctx.reading() as session:
        audit = session.scalars(select(AuditEntry).where(AuditEntry.action == "window.add")).one()
        op = session.scalars(select(OutboxOp).where(OutboxOp.entity_id == str(audit.id))).one()
    assert op.op == "insert" and op.entity == "audit_entry"
    assert audit.user_login == "tester" and audit.detail["number"] == 8


def test_outbox_lists_parents_before_children(ctx):
    with ctx.reading() as session:
        entities = [op.entity for op in session.scalars(select(OutboxOp).order_by(OutboxOp.seq))]
    assert entities.index("site") < entities.index("device")


def test_a_write_without_audit_is_refused_and_leaves_nothing(ctx):
    before = count(ctx, Window)
    with pytest.raises(MissingAudit), UnitOfWork(ctx.store, ctx.actor) as uow:
        uow.add(Window(site_id=ctx.actor.site_id, number=9, name="x"))
    assert count(ctx, Window) == before


def test_an_exception_rolls_back_the_whole_action(ctx):
    before = (count(ctx, Window), count(ctx, AuditEntry), count(ctx, OutboxOp))
    with pytest.raises(RuntimeError), ctx.unit_of_work() as uow:
        uow.add(Window(site_id=ctx.actor.site_id, number=10, name="x"))
        uow.audit("window.add", "window")
        uow.session.flush()
        raise RuntimeError("boom")
    assert (count(ctx, Window), count(ctx, AuditEntry), count(ctx, OutboxOp)) == before


def test_read_sessions_cannot_write(ctx):
    with pytest.raises(RuntimeError, match="read session"), ctx.reading() as session:
        session.add(Window(site_id=ctx.actor.site_id, number=11, name="x"))
        session.flush()


def test_number_counters_advance_inside_the_transaction(ctx):
    with ctx.unit_of_work() as uow:
        first = uow.next_number("case:TS01:2026:1")
        second = uow.next_number("case:TS01:2026:1")
        other = uow.next_number("case:TS01:2027:1")
    assert (first, second, other) == (1, 2, 1)
    with pytest.raises(RuntimeError), ctx.unit_of_work() as uow:
        uow.next_number("case:TS01:2026:1")
        raise RuntimeError("rolled back")
    with ctx.unit_of_work() as uow:
        assert uow.next_number("case:TS01:2026:1") == 3


KILLED_ACTION = textwrap.dedent(
    """
    import sys
    from windowdesk.services.context import open_context
    from windowdesk.services import site as site_service
    ctx = open_context(sys.argv[1])
    site_service.add_user(ctx, "victim", "clerk", "secret123", "被中断的用户")
    print("committed")
    """
)


@pytest.mark.parametrize("failpoint", ["uow.before_commit", "uow.after_commit"])
def test_a_process_killed_mid_action_leaves_all_or_nothing(ctx, failpoint):
    before = (count(ctx, User), count(ctx, AuditEntry), count(ctx, OutboxOp))
    env = {**__import__("os").environ, "WINDOWDESK_FAILPOINT": failpoint}
    proc = subprocess.run(
        [sys.executable, "-c", KILLED_ACTION, ctx.store.url], env=env, capture_output=True, text=True
    )
    assert proc.returncode == -9, proc.stderr  # SIGKILL: no chance to clean up
    after = (count(ctx, User), count(ctx, AuditEntry), count(ctx, OutboxOp))
    if failpoint == "uow.before_commit":
        assert after == before
    else:  # committed before the kill: the whole action is there, audit and outbox included
        assert after[0] == before[0] + 1 and after[1] > before[1] and after[2] > before[2]
        assert any(u.login == "victim" for u in site_service.list_users(ctx))
