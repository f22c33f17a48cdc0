"""windowdesk rating …, run as real processes: the lines the issue names, and refusals in Chinese
(English with WINDOWDESK_LANG=en) that write nothing."""

from __future__ import annotations

import datetime as dt
import os
import subprocess
import sys
from zoneinfo import ZoneInfo

from tests.cli.test_cli import run
from windowdesk.services.context import open_context
from windowdesk.services.queue import call_next, start_serving, take_ticket
from windowdesk.services.visit import finish


def _ok(out) -> list[str]:
    assert out.returncode == 0, out.stderr
    return out.stdout.strip().splitlines()


def _serve(db: str, window: int) -> str:
    """A visit served and finished at ``window`` (in this process: the queue CLI has its own tests)."""
    ctx = open_context(db)
    try:
        number = take_ticket(ctx, "A").ticket.number
        assert call_next(ctx, window).number == number
        start_serving(ctx, window)
        finish(ctx, window, "consultation")
        return number
    finally:
        ctx.store.dispose()


def _english(*args: str, db: str) -> subprocess.CompletedProcess:
    env = {**os.environ, "WINDOWDESK_LANG": "en"}
    cmd = [sys.executable, "-m", "windowdesk", "--db", db, *args]
    return subprocess.run(cmd, capture_output=True, text=True, env=env, timeout=120)


def test_rating_add_list_followups_and_followup(sqlite_url):
    db = sqlite_url
    _ok(run("demo", db=db))
    first, second = _serve(db, 1), _serve(db, 2)
    ctx = open_context(db)
    unfinished = take_ticket(ctx, "A").ticket.number
    ctx.store.dispose()

    assert _ok(run("rating", "add", "--ticket", first, "--level", "5", db=db)) == [
        f"已记录：{first} 5 非常满意"
    ]
    added = _ok(
        run(
            "rating",
            "add",
            "--ticket",
            second,
            "--level",
            "1",
            "--reason",
            "attitude",
            "--reason",
            "repeated_visits",
            "--text",
            "来了三次",
            db=db,
        )  # fmt: skip
    )
    assert added == [f"已记录：{second} 1 非常不满意；差评整改单 ZG2026010001"]
    assert _ok(run("rating", "list", db=db)) == [
        f"{first}\t5\t1\t{_caller()}\t",
        f"{second}\t1\t2\t{_caller()}\tattitude,repeated_visits",
    ]
    assert _ok(run("rating", "list", "--date", "2020-01-01", db=db)) == []

    [line] = _ok(run("rating", "followups", db=db))
    number, ticket, due, step = line.split("\t")
    assert (number, ticket, step) == ("ZG2026010001", second, "verify")
    expected_due = _ok(run("calendar", "due", _hall_today(), "15", db=db))[-1].split()[0]
    assert due == expected_due
    assert _ok(run("rating", "followups", "--overdue", db=db)) == []

    refusals = [
        (("rating", "add", "--ticket", first, "--level", "6"), "评价等级须为 1 到 5", "from 1 to 5"),
        (("rating", "add", "--ticket", first, "--level", "0"), "而不是 0", "not 0"),
        (("rating", "add", "--ticket", first, "--level", "2", "--reason", "rude"), "没有评价原因代码“rude”",
         "There is no rating reason 'rude'"),
        (("rating", "add", "--ticket", first, "--level", "2"), "须至少选择一个原因", "choose at least one reason"),
        (("rating", "add", "--ticket", "A999", "--level", "5"), "的号码 A999", "There is no ticket A999"),
        (("rating", "add", "--ticket", unfinished, "--level", "5"), "尚未办结，不能评价", "not finished"),
        (("rating", "add", "--ticket", first, "--level", "4"), "已评价过，一次服务只能评价一次",
         "rated already: one rating per visit"),
        (("rating", "followup", number, "--step", "rectify", "--note", "已整改"), "下一步应为“核实”",
         "needs 'verify' next, not 'rectify'"),
        (("rating", "followup", number, "--step", "verify", "--note", "x", "--satisfied", "yes"),
         "只有回访才记录", "Only a call back"),
        (("rating", "followup", "ZG2026019999", "--step", "verify", "--note", "x"), "找不到整改单",
         "There is no follow-up"),
    ]  # fmt: skip
    before = _ok(run("rating", "list", db=db)), _ok(run("rating", "followups", db=db))
    for n, (args, zh, en) in enumerate(refusals):
        out = run(*args, db=db)
        assert out.returncode == 1 and zh in out.stderr and "Traceback" not in out.stderr, (args, out.stderr)
        if n in (0, 6, 7):  # every message has its English (tests/services/test_ratings.py); a few here
            out = _english(*args, db=db)
            assert out.returncode == 1 and en in out.stderr, (args, out.stderr)
    assert (_ok(run("rating", "list", db=db)), _ok(run("rating", "followups", db=db))) == before

    for step, extra in (("verify", ()), ("rectify", ()), ("callback", ("--satisfied", "no")), ("close", ())):
        done = _ok(run("rating", "followup", number, "--step", step, "--note", f"{step} 说明", *extra, db=db))
        assert done[-1].split("\t")[:2] == [number, second]
    assert _ok(run("rating", "followups", db=db)) == [f"{number}\t{second}\t{due}\tclosed"]
    usage = run("rating", "followup", number, "--step", "later", "--note", "x", db=db)
    assert usage.returncode == 2


def _caller() -> str:
    """The CLI acts as cli:<OS user>, who also called the tickets."""
    return "cli:" + (os.environ.get("USER") or os.environ.get("USERNAME") or "system")


def _hall_today() -> str:
    """Today in the hall's time zone (the demo's, Asia/Shanghai), as the CLI counts from it."""
    return dt.datetime.now(ZoneInfo("Asia/Shanghai")).date().isoformat()
