"""The site store's side of sync: its ``sync.*`` facts in ``local_state``, the outbox as a push
stream, rejects, conflicts and number counters.

The push stream numbers ops 1, 2, 3 … with no gaps (central insists), while outbox ``seq`` may
have gaps (a PostgreSQL sequence skips on rollback). The two are tied by acknowledgements: after
the ack ``(stream, local)`` the n-th outbox row above ``local`` is stream op ``stream + n``. Every
ack is kept (``sync.acks``) so a stream number can be found again when central, restored from a
backup, asks to resend from an older mark.
"""

from __future__ import annotations

import datetime as dt
import uuid
from typing import Any

from sqlalchemy import Text, cast, delete, func, select
from sqlalchemy.dialects.postgresql import insert as pg_insert
from sqlalchemy.dialects.sqlite import insert as sqlite_insert
from sqlalchemy.orm import Session

from windowdesk.store.base import utcnow
from windowdesk.store.models import LocalState, NumberCounter, OutboxOp, SyncConflict, SyncReject

CENTRAL = "sync.central"
SITE_CODE = "sync.site_code"
CA = "sync.ca"  # central's CA certificate (PEM), given at setup; the link verifies central with it
DEVICE_NO = "sync.device_no"
ACKS = "sync.acks"  # [[stream_seq, local_seq], ...], ascending
CURSOR = "sync.cursor"  # [xid as text, change id]
PULL_OWN = "sync.pull_own"  # true: also take back this device's own rows (re-installed, restored)
LAST_ATTEMPT = "sync.last_attempt"
LAST_SUCCESS = "sync.last_success"
LAST_ERROR = "sync.last_error"
ONLINE = "sync.online"

START_CURSOR: tuple[str, int] = ("0", 0)


def get(session: Session, key: str, default: Any = None) -> Any:
    row = session.get(LocalState, key)
    return default if row is None else row.value


def put(session: Session, key: str, value: Any) -> None:
    row = session.get(LocalState, key)
    if row is None:
        session.add(LocalState(key=key, value=value))
    else:
        row.value = value


def acks(session: Session) -> list[tuple[int, int]]:
    return [(int(s), int(lo)) for s, lo in get(session, ACKS, [[0, 0]])]


def last_ack(session: Session) -> tuple[int, int]:
    return acks(session)[-1]


def add_ack(session: Session, stream_seq: int, local_seq: int) -> None:
    pairs = [p for p in acks(session) if p[0] < stream_seq]
    pairs.append((stream_seq, local_seq))
    put(session, ACKS, [list(p) for p in pairs])


def nth_after(session: Session, local_seq: int, n: int) -> int | None:
    """The local seq of the n-th outbox row above ``local_seq`` (n ≥ 1), if it is still kept."""
    return session.scalar(
        select(OutboxOp.seq).where(OutboxOp.seq > local_seq).order_by(OutboxOp.seq).offset(n - 1).limit(1)
    )


def local_seq_of(session: Session, stream_seq: int) -> int | None:
    """Which outbox row carried stream op ``stream_seq`` (its local seq), or None if pruned."""
    if stream_seq == 0:
        return 0
    base = max((p for p in acks(session) if p[0] <= stream_seq), default=None)
    if base is None:
        return None
    if base[0] == stream_seq:
        return base[1]
    return nth_after(session, base[1], stream_seq - base[0])


def pending_count(session: Session) -> int:
    _, local = last_ack(session)
    return int(session.scalar(select(func.count()).select_from(OutboxOp).where(OutboxOp.seq > local)) or 0)


def pending_rows(session: Session, after_local: int, limit: int) -> list[tuple]:
    """(seq, op_id, entity, entity_id, op, base_version, version, payload as JSON text)."""
    return list(
        session.execute(
            select(
                OutboxOp.seq,
                OutboxOp.op_id,
                OutboxOp.entity,
                OutboxOp.entity_id,
                OutboxOp.op,
                OutboxOp.base_version,
                OutboxOp.version,
                cast(OutboxOp.payload, Text),
            )
            .where(OutboxOp.seq > after_local)
            .order_by(OutboxOp.seq)
            .limit(limit)
        ).all()
    )


def op_ids_after(session: Session, after_local: int, limit: int) -> list[tuple[int, str]]:
    rows = session.execute(
        select(OutboxOp.seq, OutboxOp.op_id)
        .where(OutboxOp.seq > after_local)
        .order_by(OutboxOp.seq)
        .limit(limit)
    ).all()
    return [(seq, str(op_id)) for seq, op_id in rows]


def pending_keys(session: Session) -> set[tuple[str, str]]:
    _, local = last_ack(session)
    rows = session.execute(
        select(OutboxOp.entity, OutboxOp.entity_id).where(OutboxOp.seq > local).distinct()
    ).all()
    return {(entity, entity_id) for entity, entity_id in rows}


def counters(session: Session) -> dict[str, int]:
    return {
        name: int(value) for name, value in session.execute(select(NumberCounter.name, NumberCounter.value))
    }


def raise_counters(session: Session, dialect: str, highest: dict[str, Any]) -> int:
    """Never let a counter stay below what central has seen from this device. Returns how many rose."""
    current = counters(session)
    raised = 0
    insert = pg_insert if dialect == "postgresql" else sqlite_insert
    for name, value in highest.items():
        value = int(value)
        if current.get(name, 0) < value:
            stmt = insert(NumberCounter).values(name=name, value=value)
            stmt = stmt.on_conflict_do_update(index_elements=[NumberCounter.name], set_={"value": value})
            session.execute(stmt)
            raised += 1
    return raised


def record_outcomes(session: Session, outcomes: dict[str, list[dict[str, Any]]]) -> tuple[int, int]:
    """Keep central's rejects and conflicts for this device here, once each."""
    known_rejects = set(session.scalars(select(SyncReject.op_id)))
    known_conflicts = set(session.scalars(select(SyncConflict.op_id)))
    rejects = conflicts = 0
    for item in outcomes.get("rejects", []):
        op_id = uuid.UUID(item["op_id"])
        if op_id in known_rejects:
            continue
        session.add(
            SyncReject(
                op_id=op_id,
                seq=item["seq"],
                entity=item["entity"],
                entity_id=str(item["entity_id"]),
                op=item["op"],
                version=item["version"],
                payload=item.get("payload") or {},
                reason=item["reason"],
            )
        )
        rejects += 1
    for item in outcomes.get("conflicts", []):
        op_id = uuid.UUID(item["op_id"])
        if op_id in known_conflicts:
            continue
        if not item["applied"]:
            _take_central_side(session, item)
        session.add(
            SyncConflict(
                op_id=op_id,
                seq=item["seq"],
                entity=item["entity"],
                entity_id=str(item["entity_id"]),
                base_version=item["base_version"],
                site_version=item["site_version"],
                central_version=item["central_version"],
                site_payload=item["site_payload"],
                central_payload=item["central_payload"],
                applied=bool(item["applied"]),
            )
        )
        conflicts += 1
    return rejects, conflicts


def prune_outbox(session: Session, keep_days: int) -> int:
    """Drop acknowledged ops older than ``keep_days`` (kept until then so a central store restored
    from a backup can be sent them again). Pruning stops at an acknowledgement, which becomes the
    base for finding stream numbers; the newest row always stays (SQLite would otherwise hand out
    its seq again)."""
    newest = session.scalar(select(func.max(OutboxOp.seq)))
    if newest is None:
        return 0
    cutoff = utcnow() - dt.timedelta(days=keep_days)
    first_young = session.scalar(select(func.min(OutboxOp.seq)).where(OutboxOp.created_at >= cutoff))
    limit = min(newest, first_young if first_young is not None else newest + 1) - 1
    pairs = acks(session)
    usable = [p for p in pairs if p[1] <= limit]
    if not usable or usable[-1][1] <= 0:
        return 0
    base = usable[-1]
    result = session.execute(delete(OutboxOp).where(OutboxOp.seq <= base[1]))
    put(session, ACKS, [list(p) for p in pairs if p[0] >= base[0]])
    return result.rowcount or 0


def _take_central_side(session: Session, conflict: dict[str, Any]) -> None:
    """Central kept its version: this store takes it too (unless the row changed here again since),
    so both hold the same row; the site's version stays in the conflict for a supervisor."""
    from windowdesk.sync.tables import decode_row, synced_tables

    spec = synced_tables().get(conflict["entity"])
    if spec is None:
        return
    row = decode_row(spec, conflict["central_payload"])
    table = spec.table
    session.execute(
        table.update()
        .where(table.c.id == row["id"], table.c.version <= int(conflict["site_version"]))
        .values(**{k: v for k, v in row.items() if k != "id"})
    )
