"""No password and no full ID number in any log: the flows that handle them, run with logging at
DEBUG, leave none in the log (the end of the run scans every log file of the suite as well, see
pytest_sessionfinish in tests/conftest.py)."""

from __future__ import annotations

import logging
import os
import sqlite3
import subprocess
import sys
from dataclasses import replace

import pytest
from sqlalchemy import text

from tests.services.intake_support import PERSON, RESIDENT, decide
from tests.support.log_scan import full_id_numbers, scan, secrets_in
from tests.support.tls import suite_ca_file
from windowdesk.domain import roles
from windowdesk.errors import UserError
from windowdesk.services import audit, cases
from windowdesk.services import site as site_service
from windowdesk.services import sync as sync_service

PASSWORD = "s3cret-log-test"


def test_the_scanner_finds_what_it_must():
    assert full_id_numbers(f"applicant {RESIDENT} came") == [RESIDENT]
    assert full_id_numbers("case SZ01202601000003, id 01a2369e-dff9-7932") == []
    assert full_id_numbers("91350100M000100Y43") == ["91350100M000100Y43"]  # a credit code
    assert secrets_in(f"login with {PASSWORD}") == [PASSWORD]


def test_the_scan_knows_every_password_the_suite_types():
    """Collected from the tests themselves: a new test's password is scanned for without a list to
    keep up to date (sign-in and user services, password keywords, password fields, variables)."""
    from tests.support.log_scan import suite_passwords

    known = set(suite_passwords())
    assert {
        "qingshan-1",  # typed into the first-run wizard's password field
        "boss-pass-1",  # site.add_user(..., password, ...)
        "given-by-admin",  # set by an administrator, then typed at sign-in
        "chief-pass-1",  # unlocks an idle counter
        "qingshi-08",  # FirstRunPlan(admin_password=...)
        "site-pass-1",  # central's password on the wizard's central page
        "Counter-2026",
        "demo1234",  # the demo's, made in src/
        PASSWORD,
    } <= known
    assert all(len(p) >= 8 for p in known)  # "short" and the like are refused, never protect anything
    assert secrets_in("unlocked with chief-pass-1") == ["chief-pass-1"]


def test_service_flows_at_debug_log_no_secret(ctx, caplog):
    caplog.set_level(logging.DEBUG, logger="windowdesk")
    log = logging.getLogger("windowdesk.test")
    site_service.add_user(ctx, "logclerk", roles.CLERK, PASSWORD, "记录员")
    with pytest.raises(UserError):
        site_service.authenticate(ctx, "logclerk", PASSWORD + "x", window_no=3)
    clerk = site_service.authenticate(ctx, "logclerk", PASSWORD, window_no=3)
    clerk_ctx = ctx.as_actor(replace(clerk, site_id=ctx.actor.site_id))
    case = decide(clerk_ctx)
    cases.find_applicant(clerk_ctx, RESIDENT)
    audit.reveal_id_number(clerk_ctx, case.case_no)
    with pytest.raises(UserError):  # a bad ID number is refused; the message names no number
        decide(clerk_ctx, applicant=replace(PERSON, id_number=RESIDENT[:-1] + "0"))
    with pytest.raises(sync_service.CentralUnavailable):
        sync_service.setup_sync(ctx, "postgresql://wd_x@127.0.0.1:9/none", "TS01", PASSWORD, suite_ca_file())
    # A database error on a row with personal data: its message (logged as a bug) hides the values.
    with pytest.raises(Exception) as failed, ctx.unit_of_work() as uow:
        uow.session.execute(
            text("INSERT INTO applicant (id, id_number) VALUES (:id, :number)"),
            {"id": "not-a-uuid", "number": RESIDENT},
        )
    log.error("unexpected error", exc_info=failed.value)
    assert RESIDENT not in str(failed.value)
    assert secrets_in(caplog.text, (PASSWORD,)) == []


def test_cli_flows_at_debug_log_no_secret(tmp_path):
    home = tmp_path / "home"
    env = {
        **os.environ,
        "WINDOWDESK_HOME": str(home),
        "WINDOWDESK_LOG_LEVEL": "DEBUG",
        "WINDOWDESK_SQLITE_BUSY_MS": "300",
    }
    env.pop("WINDOWDESK_DB", None)

    def run(*args, stdin: str = "", ok: bool = True):
        done = subprocess.run(
            [sys.executable, "-m", "windowdesk", *args], input=stdin, capture_output=True, text=True, env=env
        )
        assert not ok or done.returncode == 0, done.stderr
        return done

    run("demo", "--cases", "3")
    run("user", "add", "logclerk", "--role", "clerk", "--password-stdin", stdin=PASSWORD + "\n")
    run("user", "passwd", "logclerk", "--password-stdin", stdin=PASSWORD + "2\n")
    number = run("case", "list").stdout.split()[0]
    shown = run("case", "show", number).stdout
    assert not full_id_numbers(shown)  # the CLI shows masked numbers only
    holder = sqlite3.connect(home / "windowdesk.sqlite3", isolation_level=None)
    holder.execute("BEGIN EXCLUSIVE")
    try:  # a fault while writing a case: logged (as a fault), with no data in the message
        failed = run("user", "passwd", "logclerk", "--password-stdin", stdin=PASSWORD + "3\n", ok=False)
        assert failed.returncode == 1
    finally:
        holder.execute("ROLLBACK")
        holder.close()
    logs = list((home / "logs").glob("windowdesk.log*"))
    assert logs and logs[0].stat().st_size > 0  # something was logged at DEBUG
    assert scan([home]) == {}
    for log_file in logs:
        content = log_file.read_text(encoding="utf-8")
        assert PASSWORD not in content and not full_id_numbers(content)
