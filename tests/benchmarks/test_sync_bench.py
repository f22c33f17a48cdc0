"""Sync speed: push 30,000 ops and pull 30,000 rows, against a floor measured in the same run:
PostgreSQL multi-row INSERT of the same rows. Targets on this machine: push ≥ 5,000 ops/s,
pull ≥ 10,000 rows/s (printed; only a generous ratio to the floor is asserted)."""

from __future__ import annotations

import time
import uuid

import psycopg
import pytest
from sqlalchemy import insert

from tests.conftest import make_site_ctx
from tests.support.tls import suite_ca_file
from tests.sync.support import central_store, site_client
from windowdesk.domain import audit_chain
from windowdesk.domain.ids import uuid7
from windowdesk.services import sync as sync_service
from windowdesk.store.base import utcnow
from windowdesk.store.models import AuditEntry, OutboxOp, Window
from windowdesk.store.uow import json_safe
from windowdesk.sync.link import CentralLink, libpq_url
from windowdesk.sync.pull import pull_all
from windowdesk.sync.push import push_all

ROWS = 30_000
AUDIT_ROWS = 5_000
PUSH_TARGET, PULL_TARGET = 5_000, 10_000


def _rows(site_id: uuid.UUID) -> list[dict]:
    return [
        {
            "id": uuid7(),
            "site_id": site_id,
            "number": 10_000 + n,
            "name": f"办件 {n} 号",
            "active": True,
            "version": 1,
        }
        for n in range(ROWS)
    ]


def _write_outbox(ctx, rows: list[dict]) -> None:
    """The outbox as 30,000 user actions would have left it (written in one go to save time)."""
    now = utcnow()
    ops = [
        {
            "op_id": uuid7(),
            "device_no": 1,
            "entity": "window",
            "entity_id": str(row["id"]),
            "op": "upsert",
            "base_version": 0,
            "version": 1,
            "payload": json_safe(row),
            "created_at": now,
        }
        for row in rows
    ]
    with ctx.store.engine.begin() as conn:
        conn.execute(insert(Window), rows)
        conn.execute(insert(OutboxOp), ops)


def _audit_rows(site_id: uuid.UUID) -> list[dict]:
    """A chain of audit entries as a day's work leaves them (central checks each as it arrives)."""
    chain, prev, rows = uuid7(), audit_chain.GENESIS, []
    for n in range(AUDIT_ROWS):
        row = {
            "id": uuid7(),
            "version": 1,
            "at": utcnow(),
            "site_id": site_id,
            "device_no": 1,
            "window_no": 3,
            "user_id": None,
            "user_login": "clerk3",
            "action": "case.receive",
            "entity": "case",
            "entity_id": f"TS01202612{n:06d}",
            "detail": {"matter": "食品经营许可", "materials": ["身份证", "营业执照"], "days": 20},
            "chain_id": chain,
            "chain_seq": n + 1,
            "prev_hash": prev,
        }
        row["entry_hash"] = prev = audit_chain.entry_hash(prev, row)
        rows.append(row)
    return rows


def _write_audit_outbox(ctx, rows: list[dict]) -> None:
    ops = [
        {
            "op_id": uuid7(),
            "device_no": 1,
            "entity": "audit_entry",
            "entity_id": str(row["id"]),
            "op": "insert",
            "base_version": 0,
            "version": 1,
            "payload": json_safe(row),
            "created_at": row["at"],
        }
        for row in rows
    ]
    with ctx.store.engine.begin() as conn:
        conn.execute(insert(AuditEntry), rows)
        conn.execute(insert(OutboxOp), ops)


def _floor(url: str, rows: list[dict]) -> float:
    """Seconds for PostgreSQL multi-row INSERTs (1,000 rows a statement) of the same rows."""
    columns = ("id", "site_id", "number", "name", "active", "version")
    with psycopg.connect(libpq_url(url)) as conn:
        conn.execute("CREATE TEMP TABLE floor_window (LIKE public.window INCLUDING ALL)")
        started = time.perf_counter()
        for start in range(0, len(rows), 1000):
            chunk = rows[start : start + 1000]
            values = ",".join(["(%s,%s,%s,%s,%s,%s)"] * len(chunk))
            params = [row[c] for row in chunk for c in columns]
            conn.execute(f"INSERT INTO floor_window ({','.join(columns)}) VALUES {values}", params)
        conn.commit()
        return time.perf_counter() - started


@pytest.mark.benchmark
def test_push_and_pull_speed(tmp_path):
    with central_store("TS01") as c:
        one = site_client(c, "TS01", f"sqlite:///{tmp_path / 'one.db'}", device_no=1)
        sync_service.run_sync(one)
        site = c.sites["TS01"]
        rows = _rows(site.site_id)
        _write_outbox(one, rows)
        floor = _floor(c.url, rows)

        with CentralLink(site.client_url, site.password, 1, ca_file=suite_ca_file()) as link:
            started = time.perf_counter()
            pushed = push_all(one.store, link)
            push_s = time.perf_counter() - started
        assert pushed.pushed == ROWS and pushed.rejected == 0
        _write_audit_outbox(one, _audit_rows(site.site_id))
        with CentralLink(site.client_url, site.password, 1, ca_file=suite_ca_file()) as link:
            started = time.perf_counter()
            pushed = push_all(one.store, link)
            audit_s = time.perf_counter() - started
        assert pushed.pushed == AUDIT_ROWS and pushed.rejected == 0
        assert c.query("SELECT count(*) FROM public.audit_chain_break") == [(0,)]  # checked, all sound

        two = make_site_ctx(f"sqlite:///{tmp_path / 'two.db'}")
        two = two.as_actor(type(two.actor)(**{**two.actor.__dict__, "device_no": 2}))
        sync_service.setup_sync(two, site.client_url, "TS01", site.password, suite_ca_file())
        with CentralLink(site.client_url, site.password, 2, ca_file=suite_ca_file()) as link:
            push_all(two.store, link)
            started = time.perf_counter()
            pulled = pull_all(two.store, link)
            pull_s = time.perf_counter() - started
        assert pulled.applied >= ROWS

        floor_rate = ROWS / floor
        push_rate, pull_rate = ROWS / push_s, pulled.pulled / pull_s
        print(f"\nfloor (PostgreSQL multi-row INSERT): {floor_rate:,.0f} rows/s")
        print(
            f"push: {push_rate:,.0f} ops/s (target {PUSH_TARGET:,}), ratio to floor {push_rate / floor_rate:.2f}"
        )
        audit_rate = AUDIT_ROWS / audit_s
        print(
            f"push of audit entries, each checked on arrival: {audit_rate:,.0f} ops/s, ratio to floor "
            f"{audit_rate / floor_rate:.2f}"
        )
        print(
            f"pull: {pull_rate:,.0f} rows/s (target {PULL_TARGET:,}), ratio to floor {pull_rate / floor_rate:.2f}"
        )
        assert push_rate / floor_rate > 0.05 and audit_rate / floor_rate > 0.02
        assert pull_rate / floor_rate > 0.05
        one.store.dispose()
        two.store.dispose()
