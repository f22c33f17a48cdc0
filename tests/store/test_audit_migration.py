"""Upgrading a store that already holds audit entries gives them a chain start: per site and device
they are linked in the order they were made, verify intact, and a later change to one is found."""

from __future__ import annotations

import datetime as dt
import uuid

import sqlalchemy as sa
from alembic import command

from windowdesk.domain import audit_chain
from windowdesk.services import audit
from windowdesk.services import site as site_service
from windowdesk.services.context import open_context
from windowdesk.store.base import UTCDateTime
from windowdesk.store.engine import open_store
from windowdesk.store.migrate import alembic_config, upgrade
from windowdesk.store.uow import Actor

OLD = sa.table(
    "audit_entry",
    sa.column("id", sa.Uuid()),
    sa.column("version", sa.Integer()),
    sa.column("at", UTCDateTime()),
    sa.column("site_id", sa.Uuid()),
    sa.column("device_no", sa.Integer()),
    sa.column("user_login", sa.String()),
    sa.column("action", sa.String()),
    sa.column("detail", sa.JSON()),
)


def test_entries_from_before_the_upgrade_get_a_chain_start(store_url):
    store = open_store(store_url)
    config = alembic_config()
    with store.engine.connect() as connection:
        config.attributes["connection"] = connection
        command.upgrade(config, "0006_merge_heads")
        connection.commit()
    start = dt.datetime(2026, 11, 2, 8, 30, tzinfo=dt.UTC)
    site = uuid.uuid4()
    with store.engine.begin() as conn:
        conn.execute(
            OLD.insert(),
            [
                {
                    "id": uuid.uuid4(),
                    "version": 1,
                    "at": start + dt.timedelta(minutes=n),
                    "site_id": site,
                    "device_no": 1 + n % 2,
                    "user_login": "clerk1",
                    "action": "ticket.take",
                    "detail": {"number": f"A{n:03d}", "名": "张"},
                }
                for n in range(7)
            ],
        )
    upgrade(store)
    store.dispose()

    ctx = open_context(store_url)
    report = audit.verify_local(ctx)
    assert report.intact and report.unchained == 0 and report.chains == 2 and report.entries == 7
    with ctx.store.engine.connect() as conn:
        rows = conn.execute(
            sa.text("SELECT device_no, chain_seq, prev_hash FROM audit_entry ORDER BY device_no, chain_seq")
        ).all()
    assert [(d, s) for d, s, _ in rows] == [(1, 1), (1, 2), (1, 3), (1, 4), (2, 1), (2, 2), (2, 3)]
    assert rows[0][2] == audit_chain.GENESIS

    info = site_service.init_site(ctx, "TS01", "测试市政务服务中心")  # new entries: a fresh chain per device
    admin = ctx.as_actor(Actor(login="tester", role="admin", site_id=info.id, device_no=1))
    site_service.add_window(admin, 5)
    report = audit.verify_local(admin)
    assert report.intact and report.chains == 3
    if ctx.store.dialect == "sqlite":  # (a PostgreSQL store refuses the change outright)
        with ctx.store.engine.begin() as conn:
            conn.execute(
                sa.text("UPDATE audit_entry SET user_login = 'x' WHERE device_no = 2 AND chain_seq = 2")
            )
        report = audit.verify_local(admin, record=False)
        assert (report.first_break.device_no, report.first_break.seq) == (2, 2)
    ctx.store.dispose()
