"""Audit you can trust: hash-chained entries per device, the first broken link reported (here and
on central), audit rows a PostgreSQL store refuses to change, and the audited reveal of a full ID."""

from __future__ import annotations

import subprocess
import sys
from dataclasses import replace

import psycopg
import pytest
from sqlalchemy import select, text

from tests.services.intake_support import PERSON, RESIDENT, decide
from tests.services.write_scenarios import scenario
from tests.sync.support import central_store, site_client
from windowdesk.domain import audit_chain, roles
from windowdesk.errors import UserError
from windowdesk.services import audit, backup, cases
from windowdesk.services import site as site_service
from windowdesk.services import sync as sync_service
from windowdesk.store.models import AuditChainBreak, AuditEntry, CaseEvent
from windowdesk.sync.link import libpq_url


@scenario("case.reveal_id")
def _reveal(ctx):
    clerk = ctx.as_actor(replace(ctx.actor, window_no=3))
    audit.reveal_id_number(clerk, decide(clerk).case_no)


def _some_work(ctx, n: int = 4) -> None:
    for number in range(20, 20 + n):
        site_service.add_window(ctx, number)


def test_every_write_is_chained_and_verifies(ctx):
    _some_work(ctx)
    report = audit.verify_local(ctx)
    assert report.intact and report.unchained == 0 and report.chains == 1
    with ctx.reading() as session:
        entries = session.scalars(select(AuditEntry).order_by(AuditEntry.chain_seq)).all()
    assert report.entries == len(entries) >= 5
    assert [e.chain_seq for e in entries] == list(range(1, len(entries) + 1))
    assert entries[0].prev_hash == audit_chain.GENESIS
    assert all(b.prev_hash == a.entry_hash for a, b in zip(entries, entries[1:], strict=False))


def _tamper(ctx, sql: str, **params) -> None:
    with ctx.store.engine.begin() as conn:
        conn.execute(text(sql), params)


def _nth(ctx, seq: int) -> AuditEntry:
    with ctx.reading() as session:
        return session.scalars(select(AuditEntry).where(AuditEntry.chain_seq == seq)).one()


def test_sqlite_tampering_is_found_at_the_first_broken_link(sqlite_ctx):
    _some_work(sqlite_ctx, 6)
    victim = _nth(sqlite_ctx, 4)
    _tamper(
        sqlite_ctx,
        "UPDATE audit_entry SET detail = :d WHERE id = :id",
        d='{"number": 99}',
        id=victim.id.hex,
    )
    report = audit.verify_local(sqlite_ctx)
    assert report.first_break.seq == 4 and report.first_break.problem == audit_chain.ALTERED
    assert "第 4 条" in report.first_break.describe() and "内容被改动" in report.first_break.describe()
    with sqlite_ctx.reading() as session:
        recorded = session.scalars(select(AuditChainBreak)).all()
    assert [(b.chain_seq, b.problem) for b in recorded] == [(4, "altered")]
    audit.verify_local(sqlite_ctx)  # a second run records nothing twice
    with sqlite_ctx.reading() as session:
        assert len(session.scalars(select(AuditChainBreak)).all()) == 1

    _tamper(sqlite_ctx, "DELETE FROM audit_entry WHERE chain_seq = 6")
    problems = {(b.seq, b.problem) for b in audit.verify_local(sqlite_ctx).breaks}
    assert (6, audit_chain.MISSING) in problems
    last = max(e.chain_seq for e in _all(sqlite_ctx))
    _tamper(sqlite_ctx, "DELETE FROM audit_entry WHERE chain_seq = :s", s=last)
    breaks = audit.verify_local(sqlite_ctx).breaks
    # the head this store keeps finds the cut tail (6 and 7 gone: the chain now ends at 5)
    assert [(b.seq, b.problem, b.detail) for b in breaks if b.problem == audit_chain.TRUNCATED] == [
        (6, audit_chain.TRUNCATED, f"#6..#{last}")
    ]


def _all(ctx) -> list[AuditEntry]:
    with ctx.reading() as session:
        return list(session.scalars(select(AuditEntry)))


def test_entries_from_before_the_chain_are_counted_apart(sqlite_ctx):
    _tamper(
        sqlite_ctx,
        "INSERT INTO audit_entry (id, version, at, user_login, action, detail) "
        "VALUES ('00000000000000000000000000000001', 1, '2026-01-05 08:00:00', 'old', 'window.add', '{}')",
    )
    _some_work(sqlite_ctx, 1)
    report = audit.verify_local(sqlite_ctx)
    assert report.intact and report.unchained == 1


def test_postgres_refuses_to_change_or_remove_audit_entries(pg_ctx):
    _some_work(pg_ctx, 2)
    victim = _nth(pg_ctx, 2)
    for sql in (
        "UPDATE audit_entry SET detail = '{}' WHERE id = :id",
        "UPDATE audit_entry SET user_login = 'someone' WHERE id = :id",
        "DELETE FROM audit_entry WHERE id = :id",
        "TRUNCATE audit_entry",
    ):
        with pytest.raises(Exception, match="audit entries cannot be changed or removed"):
            _tamper(pg_ctx, sql, id=victim.id)
    # the one change allowed: re-keying the site when a store set up offline joins central
    _tamper(pg_ctx, "UPDATE audit_entry SET site_id = gen_random_uuid() WHERE id = :id", id=victim.id)
    assert audit.verify_local(pg_ctx).intact
    # a role that does not own the tables (how a deployment runs the counters) is refused as well
    url = libpq_url(pg_ctx.store.url)
    with psycopg.connect(url, autocommit=True) as conn:
        conn.execute("DROP ROLE IF EXISTS wd_counter_test")
        conn.execute("CREATE ROLE wd_counter_test")
        conn.execute("GRANT SELECT, INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA public TO wd_counter_test")
        try:
            conn.execute("SET ROLE wd_counter_test")
            with pytest.raises(psycopg.Error, match="cannot be changed or removed"):
                conn.execute("DELETE FROM audit_entry")
            conn.execute("RESET ROLE")
        finally:
            conn.execute("RESET ROLE")
            conn.execute("DROP OWNED BY wd_counter_test")
            conn.execute("DROP ROLE wd_counter_test")


def test_a_restore_starts_a_new_chain_and_both_verify(sqlite_ctx, tmp_path):
    _some_work(sqlite_ctx, 2)
    taken = backup.backup_now(sqlite_ctx, tmp_path)
    site_service.add_window(sqlite_ctx, 40)  # lost with the disk: its entry continued the old chain
    sqlite_ctx.store.dispose()
    backup.restore_store(sqlite_ctx.store.url, taken.path)
    site_service.add_window(sqlite_ctx, 41)
    report = audit.verify_local(sqlite_ctx)
    assert report.intact and report.chains == 2


def test_reveal_is_deliberate_and_audited(ctx):
    clerk = ctx.as_actor(replace(ctx.actor, login="clerk9", role=roles.CLERK, window_no=3))
    case = decide(clerk)
    shown = cases.show_case(clerk, case.case_no)
    assert RESIDENT not in repr(shown) and shown.applicant.id_number != RESIDENT
    listed = cases.list_cases(clerk)
    assert RESIDENT not in repr(listed)
    returning = cases.find_applicant(clerk, RESIDENT)
    assert RESIDENT not in repr(returning)
    assert audit.reveal_id_number(clerk, case.case_no) == PERSON.id_number
    with ctx.reading() as session:
        entry = session.scalars(select(AuditEntry).where(AuditEntry.action == "case.reveal_id")).one()
        event = session.scalars(select(CaseEvent).where(CaseEvent.kind == "id_revealed")).one()
    assert entry.user_login == "clerk9" and entry.window_no == 3  # who
    assert entry.detail["case_no"] == case.case_no and entry.entity == "applicant"  # whose
    assert entry.at is not None and event.user_login == "clerk9"  # when
    assert RESIDENT not in str(entry.detail)
    with pytest.raises(UserError):
        audit.reveal_id_number(clerk, "TS01202699999999")


def test_central_verifies_every_device_chain_and_records_a_break(tmp_path):
    with central_store("TS01") as c:
        ctx = site_client(c, "TS01", f"sqlite:///{tmp_path / 'a.db'}")
        _some_work(ctx, 3)
        sync_service.run_sync(ctx)
        other = site_client(c, "TS01", f"sqlite:///{tmp_path / 'b.db'}", device_no=2)
        site_service.add_window(other, 60)
        sync_service.run_sync(other)
        report = audit.verify_central(c.url)
        assert report.intact and report.chains >= 3  # central's own and one per site device

        with psycopg.connect(libpq_url(c.url), autocommit=True) as conn:
            victim = conn.execute(
                "SELECT id FROM public.audit_entry WHERE device_no = 2 ORDER BY chain_seq DESC LIMIT 1"
            ).fetchone()[0]
            # the owner can switch the trigger off: that is why central verifies
            conn.execute("ALTER TABLE public.audit_entry DISABLE TRIGGER wd_audit_append_only")
            conn.execute("UPDATE public.audit_entry SET user_login = 'forged' WHERE id = %s", (victim,))
            conn.execute("ALTER TABLE public.audit_entry ENABLE TRIGGER wd_audit_append_only")
        report = audit.verify_central(c.url)
        assert not report.intact and report.first_break.device_no == 2
        assert report.first_break.entry_id == str(victim)
        audit.verify_central(c.url)
        recorded = c.query("SELECT device_no, problem, entry_id FROM public.audit_chain_break")
        assert recorded == [(2, "altered", str(victim))]

        done = subprocess.run(
            [sys.executable, "-m", "windowdesk", "audit", "verify", "--central", c.url],
            capture_output=True,
            text=True,
        )
        assert done.returncode == 1 and "第一处断链：设备 2 的审计链" in done.stdout


def test_cli_audit_verify(tmp_path):
    db = f"sqlite:///{tmp_path / 'cli.sqlite3'}"

    def run(*args):
        return subprocess.run(
            [sys.executable, "-m", "windowdesk", "--db", db, *args], capture_output=True, text=True
        )

    assert run("init", "--site-code", "CL01", "--site-name", "审计测试中心").returncode == 0
    done = run("audit", "verify")
    assert done.returncode == 0 and done.stdout.splitlines()[-1] == "审计链完好", done.stderr
    import sqlite3

    with sqlite3.connect(tmp_path / "cli.sqlite3") as conn:
        conn.execute("UPDATE audit_entry SET user_login = 'someone' WHERE chain_seq = 1")
    done = run("audit", "verify")
    assert done.returncode == 1
    assert done.stdout.splitlines()[-1].startswith("第一处断链：设备 1 的审计链")
    assert "第 1 条" in done.stdout
