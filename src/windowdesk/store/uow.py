"""The unit of work: the only way to write. One user action = one transaction holding its business
rows, its audit entry and one outbox row per changed synced row.

Outbox rows are made here from what the session actually flushed, so no service can forget one; a
commit with changes but no audit entry is a programming error and is refused.
"""

from __future__ import annotations

import datetime as dt
import decimal
import uuid
from dataclasses import dataclass
from types import TracebackType
from typing import Any, TypeVar

from sqlalchemy import event, insert, inspect, select
from sqlalchemy.dialects.postgresql import insert as pg_insert
from sqlalchemy.dialects.sqlite import insert as sqlite_insert
from sqlalchemy.orm import Session

from windowdesk import failpoints
from windowdesk.domain import audit_chain
from windowdesk.domain.ids import uuid7
from windowdesk.store import generations
from windowdesk.store.base import Base, Synced, utcnow
from windowdesk.store.engine import Store
from windowdesk.store.models import AuditChainHead, AuditEntry, NumberCounter, OutboxOp

B = TypeVar("B", bound=Base)


@dataclass(frozen=True)
class Actor:
    """Who acts, from where. The CLI acts as a named system user."""

    login: str
    role: str = "admin"
    user_id: uuid.UUID | None = None
    display_name: str = ""
    site_id: uuid.UUID | None = None
    device_no: int = 1
    window_no: int | None = None


class MissingAudit(RuntimeError):
    """A write path changed rows without saying what the user did."""


def json_safe(value: Any) -> Any:
    if isinstance(value, uuid.UUID):
        return str(value)
    if isinstance(value, dt.datetime | dt.date | dt.time):
        return value.isoformat()
    if isinstance(value, decimal.Decimal):
        return str(value)
    if isinstance(value, dict):
        return {k: json_safe(v) for k, v in value.items()}
    if isinstance(value, list | tuple):
        return [json_safe(v) for v in value]
    return value


def row_payload(obj: Base) -> dict[str, Any]:
    """Every column of a mapped row, JSON-ready, keyed by column name."""
    mapper = inspect(obj).mapper
    return {attr.columns[0].name: json_safe(getattr(obj, attr.key)) for attr in mapper.column_attrs}


_TABLE_ORDER = {}


def _table_rank(table_name: str) -> int:
    if not _TABLE_ORDER:
        for rank, table in enumerate(Base.metadata.sorted_tables):
            _TABLE_ORDER[table.name] = rank
    return _TABLE_ORDER.get(table_name, len(_TABLE_ORDER))


class UnitOfWork:
    """``with UnitOfWork(store, actor) as uow: uow.session.add(...); uow.audit("x.y", ...)``."""

    def __init__(self, store: Store, actor: Actor) -> None:
        self.store = store
        self.actor = actor
        self.session: Session = store.write_session()
        # (table, id) -> [row, base_version, op]; the first change in this unit decides base_version.
        self._touched: dict[tuple[str, str], list[Any]] = {}
        self._audited = False
        event.listen(self.session, "before_flush", self._before_flush)

    # -- context manager -------------------------------------------------------------------
    def __enter__(self) -> UnitOfWork:
        self.session.begin()
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        try:
            if exc_type is None:
                self.commit()
            else:
                self.session.rollback()
        finally:
            self.session.close()

    # -- what services call ----------------------------------------------------------------
    def add(self, row: B) -> B:
        """Add a new row; its client-made id is set at once so callers can refer to it."""
        if isinstance(row, Synced) and row.id is None:
            row.id = uuid7()
        self.session.add(row)
        return row

    def audit(
        self, action: str, entity: str | None = None, entity_id: object = None, **detail: Any
    ) -> AuditEntry:
        """Record what the user did. Every write path calls this once per action.

        The entry is linked into this device's audit chain at once (its content is final here)."""
        entry = AuditEntry(
            id=uuid7(),
            at=utcnow(),
            site_id=self.actor.site_id,
            device_no=self.actor.device_no,
            window_no=self.actor.window_no,
            user_id=self.actor.user_id,
            user_login=self.actor.login,
            action=action,
            entity=entity,
            entity_id=None if entity_id is None else str(entity_id),
            detail=json_safe(detail),
        )
        self._link(entry)
        self.session.add(entry)
        self._audited = True
        return entry

    def _link(self, entry: AuditEntry) -> None:
        """Append ``entry`` to its device's chain: the head row is locked (PostgreSQL; SQLite
        writers are serialised already), so two writers of one device never fork the chain."""
        device = int(entry.device_no or 0)
        query = select(AuditChainHead).where(AuditChainHead.device_no == device)
        if self.store.dialect == "postgresql":
            insert = pg_insert(AuditChainHead).values(
                device_no=device, chain_id=uuid7(), seq=0, entry_hash=audit_chain.GENESIS
            )
            self.session.execute(insert.on_conflict_do_nothing(index_elements=[AuditChainHead.device_no]))
            query = query.with_for_update()
        head = self.session.scalars(query).one_or_none()
        if head is None:
            head = AuditChainHead(device_no=device, chain_id=uuid7(), seq=0, entry_hash=audit_chain.GENESIS)
            self.session.add(head)
        entry.chain_id, entry.chain_seq, entry.prev_hash = head.chain_id, head.seq + 1, head.entry_hash
        entry.entry_hash = audit_chain.entry_hash(
            head.entry_hash, {name: getattr(entry, name) for name in audit_chain.HASHED_FIELDS}
        )
        head.seq, head.entry_hash = entry.chain_seq, entry.entry_hash

    def next_number(self, counter: str) -> int:
        """Advance a named counter inside this transaction and return its new value."""
        insert = pg_insert if self.store.dialect == "postgresql" else sqlite_insert
        stmt = (
            insert(NumberCounter)
            .values(name=counter, value=1)
            .on_conflict_do_update(
                index_elements=[NumberCounter.name], set_={"value": NumberCounter.value + 1}
            )
            .returning(NumberCounter.value)
        )
        return int(self.session.execute(stmt).scalar_one())

    def commit(self) -> None:
        self.session.flush()
        changed = [key for key in self._touched if key[0] != AuditEntry.__tablename__]
        if changed and not self._audited:
            raise MissingAudit(f"changes to {sorted({t for t, _ in changed})} without an audit entry")
        outbox = [
            {
                "device_no": self.actor.device_no,
                "entity": table,
                "entity_id": entity_id,
                "op": op,
                "base_version": base_version,
                "version": row.version,
                "payload": row_payload(row),
            }
            for (table, entity_id), (row, base_version, op) in sorted(
                self._touched.items(), key=lambda item: (_table_rank(item[0][0]), item[1][0].version)
            )
        ]
        generations.bump(self.session, generations.groups_of(table for table, _ in self._touched))
        if outbox:
            # One multi-row INSERT in list order (seq follows it), without a second ORM flush.
            self.session.execute(insert(OutboxOp), outbox)
        failpoints.hit("uow.before_commit")
        self.session.commit()
        failpoints.hit("uow.after_commit")

    # -- outbox bookkeeping ----------------------------------------------------------------
    def _before_flush(self, session: Session, _context: object, _instances: object) -> None:
        for row in session.new:
            if isinstance(row, Synced):
                if row.id is None:
                    row.id = uuid7()  # needed now: the outbox key is the id
                key = (row.__tablename__, str(row.id))
                if key not in self._touched:
                    row.version = 1
                    op = "insert" if row.__sync__ == "insert" else "upsert"
                    self._touched[key] = [row, 0, op]
        for row in session.dirty:
            if isinstance(row, Synced) and session.is_modified(row, include_collections=False):
                key = (row.__tablename__, str(row.id))
                if key not in self._touched:
                    if row.__sync__ == "insert":
                        raise RuntimeError(f"{row.__tablename__} is insert-only")
                    self._touched[key] = [row, row.version, "upsert"]
                    row.version = row.version + 1
        for row in session.deleted:
            if isinstance(row, Synced):
                key = (row.__tablename__, str(row.id))
                base = self._touched.get(key, [row, row.version, ""])[1]
                self._touched[key] = [row, base, "delete"]
