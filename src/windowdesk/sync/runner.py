"""One sync run: push, then pull, then tidy the outbox; the outcome is kept for the status bar."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass

from windowdesk.errors import UserError
from windowdesk.store.base import utcnow
from windowdesk.store.engine import Store
from windowdesk.sync import local, tls
from windowdesk.sync.link import CentralLink, CentralUnavailable
from windowdesk.sync.pull import PullOutcome, pull_all
from windowdesk.sync.push import Progress, PushOutcome, push_all


@dataclass(frozen=True)
class SyncConfig:
    central_url: str  # without password
    site_code: str
    device_no: int
    ca_pem: str | None  # None: set up before the link required TLS (sync refuses until set up again)


@dataclass(frozen=True)
class SyncSummary:
    pushed: int
    rejected: int
    conflicts: int
    pulled: int
    applied: int
    kept_local: int
    problems: int
    counters_raised: int
    events: tuple[str, ...]


def load_config(store: Store) -> SyncConfig | None:
    with store.read_session() as session:
        url = local.get(session, local.CENTRAL)
        if not url:
            return None
        return SyncConfig(
            url,
            local.get(session, local.SITE_CODE),
            int(local.get(session, local.DEVICE_NO)),
            local.get(session, local.CA),
        )


def record(store: Store, **facts: object) -> None:
    session = store.write_session()
    session.begin()
    try:
        for key, value in facts.items():
            local.put(session, f"sync.{key}", value)
        session.commit()
    finally:
        session.close()


def run_once(
    store: Store,
    password: str | None,
    *,
    keep_days: int = 30,
    progress: Progress | None = None,
    now: Callable[[], dt.datetime] = utcnow,
) -> SyncSummary:
    """One push and pull; ``now`` is the hall's clock (the times shown as the last attempt and
    success)."""
    config = load_config(store)
    if config is None:
        raise UserError(
            "Sync is not set up: run windowdesk sync setup first",
        )
    started = now().isoformat()
    try:
        ca_file = tls.ca_file(tls.require_ca(config.ca_pem))
        with CentralLink(config.central_url, password, config.device_no, ca_file=ca_file) as link:
            pushed = push_all(store, link, progress)
            pulled = pull_all(store, link, progress)
    except CentralUnavailable as exc:
        record(store, last_attempt=started, online=False, last_error=exc.message)
        raise
    except Exception as exc:
        message = exc.message if isinstance(exc, UserError) else f"{type(exc).__name__}: {exc}"
        record(store, last_attempt=started, online=True, last_error=message)
        raise
    session = store.write_session()
    session.begin()
    try:
        local.prune_outbox(session, keep_days)
        local.put(session, local.LAST_ATTEMPT, started)
        local.put(session, local.LAST_SUCCESS, now().isoformat())
        local.put(session, local.ONLINE, True)
        local.put(session, local.LAST_ERROR, None)
        if local.get(session, local.RESTORED) is not None:
            # Central's counters are in: a restored store may number cases again.
            local.put(session, local.RESTORED, None)
        session.commit()
    finally:
        session.close()
    return _summary(pushed, pulled)


def _summary(pushed: PushOutcome, pulled: PullOutcome) -> SyncSummary:
    return SyncSummary(
        pushed=pushed.pushed,
        rejected=pushed.rejected,
        conflicts=pushed.conflicts + pulled.problems,
        pulled=pulled.pulled,
        applied=pulled.applied,
        kept_local=pulled.kept_local,
        problems=pulled.problems,
        counters_raised=pushed.counters_raised,
        events=tuple(pushed.events),
    )


def parse_time(value: str | None) -> dt.datetime | None:
    return dt.datetime.fromisoformat(value) if value else None
