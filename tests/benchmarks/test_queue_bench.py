"""Queue speed on PostgreSQL, each against a floor measured in the same run.

call-next: 8 counter processes call at once until the queue is empty. Ours is the whole service call
(window lock with settings, plan and NOTIFY; claim; state change, period, audit, outbox; commit);
the floor is one raw SQL statement doing the same claim (``UPDATE … WHERE id = (SELECT … FOR UPDATE
SKIP LOCKED)``) on an autocommit connection. Latencies per call, p50 and p99. Our callers also start and finish each
ticket between calls (a window holds one ticket), untimed but competing for the same 2 CPU cores.

issue: the kiosk's action, the ticket plus its slip PDF; the floor is one raw INSERT and a PDF
with nothing but the number drawn on it.
"""

from __future__ import annotations

import io
import multiprocessing
import statistics
import time
import uuid

import psycopg
import pytest
from reportlab.pdfgen.canvas import Canvas
from sqlalchemy.engine import make_url

from tests.conftest import make_site_ctx
from tests.services.queue_support import setup_hall
from windowdesk.services.context import open_context
from windowdesk.services.queue import call_next, queue_status, start_serving, take_ticket_with_slip
from windowdesk.services.visit import finish
from windowdesk.store.base import utcnow
from windowdesk.store.models import QueueCategory, Ticket

CALLERS = 8
PER_CALLER = 25
ISSUES = 15

fork = multiprocessing.get_context("fork")  # children start in milliseconds with everything imported

FLOOR_CLAIM = """
UPDATE queue_ticket SET state = 'called', window_no = %(window)s, state_since = now(), called_at = now()
WHERE id = (
    SELECT id FROM queue_ticket
    WHERE site_id = %(site)s AND service_day = %(day)s AND state = 'issued' AND category_id = %(category)s
    ORDER BY arrival_at, seq LIMIT 1 FOR UPDATE SKIP LOCKED
) RETURNING number
"""


def _conninfo(url: str) -> str:
    return make_url(url).set(drivername="postgresql").render_as_string(hide_password=False)


def _ours(url, window, barrier, results):
    ctx = open_context(url)
    queue_status(ctx)  # warm: connections, imports, statement caches
    latencies = []
    barrier.wait()
    while True:
        started = time.perf_counter()
        ticket = call_next(ctx, window)
        latencies.append(time.perf_counter() - started)
        if ticket is None:
            break
        start_serving(ctx, window)
        finish(ctx, window, "consultation")
    results.put(latencies[:-1])


def _floor(url, window, params, barrier, results):
    latencies = []
    with psycopg.connect(_conninfo(url), autocommit=True) as conn:
        conn.execute("SELECT 1")
        barrier.wait()
        while True:
            started = time.perf_counter()
            row = conn.execute(FLOOR_CLAIM, {**params, "window": window}).fetchone()
            latencies.append(time.perf_counter() - started)
            if row is None:
                break
    results.put(latencies[:-1])


def _run(target, args_per_window):
    results, barrier = fork.Queue(), fork.Barrier(CALLERS)
    procs = [fork.Process(target=target, args=(*args, barrier, results)) for args in args_per_window]
    for p in procs:
        p.start()
    latencies = [x for _ in procs for x in results.get(timeout=120)]
    for p in procs:
        p.join(timeout=30)
        assert p.exitcode == 0
    return latencies


def _seed(ctx, prefix: str, count: int) -> uuid.UUID:
    """``count`` waiting tickets of one category in one transaction (the set-up is not measured)."""
    day = ctx.clock.today()
    with ctx.unit_of_work() as uow:
        category = uow.session.query(QueueCategory).filter_by(prefix=prefix).one()
        now = utcnow()
        for n in range(1, count + 1):
            uow.add(
                Ticket(
                    site_id=ctx.actor.site_id,
                    service_day=day,
                    number=f"{prefix}{n:03d}",
                    seq=n,
                    category_id=category.id,
                    issued_category_id=category.id,
                    state="issued",
                    state_since=now,
                    arrival_at=now,
                    recall_count=0,
                )
            )
        uow.audit("bench.seed", None, None, count=count)
        return category.id


def _pct(values: list[float], q: float) -> float:
    return statistics.quantiles(values, n=100, method="inclusive")[q - 1] * 1000 if len(values) > 1 else 0.0


@pytest.mark.benchmark
def test_call_next_with_eight_callers_against_one_raw_claim_statement(pg_url):
    ctx = make_site_ctx(pg_url)
    setup_hall(ctx, {w: "A" for w in range(1, CALLERS + 1)})
    total = CALLERS * PER_CALLER
    _seed(ctx, "A", total)
    floor_category = _seed(ctx, "B", total)
    ctx.store.dispose()  # the children open their own connections
    ours = _run(_ours, [(pg_url, w) for w in range(1, CALLERS + 1)])
    params = {"site": ctx.actor.site_id, "day": ctx.clock.today(), "category": floor_category}
    floor = _run(_floor, [(pg_url, w, params) for w in range(1, CALLERS + 1)])
    assert len(ours) == total and len(floor) == total, "every ticket claimed once by each method"
    p50, p99 = _pct(ours, 50), _pct(ours, 99)
    f50, f99 = _pct(floor, 50), _pct(floor, 99)
    print(
        f"\ncall-next, {CALLERS} concurrent callers, {total} tickets on PostgreSQL: "
        f"ours p50 {p50:.2f} ms p99 {p99:.2f} ms; floor (one raw claim statement) p50 {f50:.2f} ms "
        f"p99 {f99:.2f} ms; ratio p50 {p50 / f50:.1f}, p99 {p99 / f99:.1f}"
    )
    # Ours is 7 statements plus ping, BEGIN and COMMIT and ~3 ms of client CPU (ORM, outbox); with 8
    # processes (also starting and finishing tickets) on 2 cores, each round trip waits in the CPU
    # queue, which dominates its p50. Measured on the 2-core dev box with other work running (load
    # average 2-6), 16 runs: ratio p50 21-123 (ours p50 20-81 ms; the floor's own p50 swings
    # 0.6-2.1 ms and moves the ratio most); before the call-next work, 66-270. 250 is twice the
    # worst seen, so a loaded CI box does not flake it; it still fails when callers are serialised
    # (8 callers queueing on one lock is ~8x ours) or a round-trip storm comes back.
    assert p50 / f50 < 250, "call-next is far slower than its one-statement floor"


@pytest.mark.benchmark
def test_ticket_issue_with_slip_against_raw_insert_and_bare_pdf(pg_url, tmp_path, monkeypatch):
    monkeypatch.setenv("WINDOWDESK_HOME", str(tmp_path))
    ctx = make_site_ctx(pg_url)
    setup_hall(ctx)
    take_ticket_with_slip(ctx, "A")  # warm: font registration, statement caches
    ours = []
    for _ in range(ISSUES):
        started = time.perf_counter()
        take_ticket_with_slip(ctx, "A")
        ours.append(time.perf_counter() - started)
    with ctx.reading() as session:
        category = session.query(QueueCategory).filter_by(prefix="B").one()
    floor = []
    with psycopg.connect(_conninfo(pg_url), autocommit=True) as conn:
        for n in range(1, ISSUES + 1):
            started = time.perf_counter()
            conn.execute(
                "INSERT INTO queue_ticket (id, version, site_id, service_day, number, seq, category_id,"
                " issued_category_id, state, state_since, arrival_at, recall_count, period_count, device_no)"
                " VALUES (%s, 1, %s, %s, %s, %s, %s, %s, 'issued', now(), now(), 0, 0, 1)",
                (uuid.uuid4(), ctx.actor.site_id, ctx.clock.today(), f"B{n:03d}", n, category.id, category.id),
            )
            buffer = io.BytesIO()
            canvas = Canvas(buffer, pagesize=(226, 200))
            canvas.setFont("Helvetica", 40)
            canvas.drawString(40, 100, f"B{n:03d}")
            canvas.save()
            (tmp_path / f"floor{n}.pdf").write_bytes(buffer.getvalue())
            floor.append(time.perf_counter() - started)
    ours_ms, floor_ms = statistics.median(ours) * 1000, statistics.median(floor) * 1000
    print(
        f"\nticket issue with slip PDF on PostgreSQL: ours median {ours_ms:.1f} ms; floor (raw INSERT + "
        f"bare PDF) {floor_ms:.1f} ms; ratio {ours_ms / floor_ms:.1f}"
    )
    assert ours_ms / floor_ms < 200
    ctx.store.dispose()
