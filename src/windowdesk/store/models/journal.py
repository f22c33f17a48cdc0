"""What happened: the audit log, the outbox of operations for sync, and local number counters."""

from __future__ import annotations

import datetime as dt
import uuid
from typing import Any

from sqlalchemy import JSON, BigInteger, Index, Integer, String, Uuid
from sqlalchemy.orm import Mapped, mapped_column

from windowdesk.domain.ids import uuid7
from windowdesk.store.base import Base, LocalOnly, Synced, utcnow


class AuditEntry(Synced, Base):
    """Who did what, when, from which window and device. Insert-only, and hash-chained per device
    (``windowdesk.domain.audit_chain``): each entry carries the hash of the one before in its chain,
    so a changed, removed or inserted entry breaks the chain. Entries made before the chain existed
    have no chain columns."""

    __tablename__ = "audit_entry"
    __owner__ = "site"  # an entry made before the site existed travels as the pushing site's
    __sync__ = "insert"
    __table_args__ = (Index("ix_audit_entry_chain", "chain_id", "chain_seq"),)

    at: Mapped[dt.datetime] = mapped_column(default=utcnow, index=True)
    site_id: Mapped[uuid.UUID | None] = mapped_column(Uuid)
    device_no: Mapped[int | None] = mapped_column(Integer)
    window_no: Mapped[int | None] = mapped_column(Integer)
    user_id: Mapped[uuid.UUID | None] = mapped_column(Uuid)
    user_login: Mapped[str] = mapped_column(String(64))
    action: Mapped[str] = mapped_column(String(64), index=True)
    entity: Mapped[str | None] = mapped_column(String(64))
    entity_id: Mapped[str | None] = mapped_column(String(64))
    detail: Mapped[dict[str, Any]] = mapped_column(JSON, default=dict)
    chain_id: Mapped[uuid.UUID | None] = mapped_column(Uuid)
    chain_seq: Mapped[int | None] = mapped_column(BigInteger().with_variant(Integer, "sqlite"))
    prev_hash: Mapped[str | None] = mapped_column(String(64))
    entry_hash: Mapped[str | None] = mapped_column(String(64))


class AuditChainHead(LocalOnly, Base):
    """The newest entry of each device's audit chain on this store (a new chain starts when there is
    none: a new store, or one just restored from a backup)."""

    __tablename__ = "audit_chain_head"

    device_no: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=False)
    chain_id: Mapped[uuid.UUID] = mapped_column(Uuid)
    seq: Mapped[int] = mapped_column(BigInteger().with_variant(Integer, "sqlite"))
    entry_hash: Mapped[str] = mapped_column(String(64))


class AuditChainBreak(LocalOnly, Base):
    """A broken link found by ``windowdesk audit verify`` (on central: in a site's pushed chain)."""

    __tablename__ = "audit_chain_break"

    id: Mapped[uuid.UUID] = mapped_column(primary_key=True, default=uuid7)
    found_at: Mapped[dt.datetime] = mapped_column(default=utcnow)
    site_id: Mapped[uuid.UUID | None] = mapped_column(Uuid)
    device_no: Mapped[int | None] = mapped_column(Integer)
    chain_id: Mapped[uuid.UUID] = mapped_column(Uuid)
    chain_seq: Mapped[int] = mapped_column(BigInteger().with_variant(Integer, "sqlite"))
    entry_id: Mapped[str | None] = mapped_column(String(64))
    problem: Mapped[str] = mapped_column(String(32))
    detail: Mapped[str] = mapped_column(String(400), default="")


class StoreEvent(Synced, Base):
    """What happened to the store itself: a verified backup, a restore from one, an administrator
    lifting the restored-store rule. Travels to central, so the city sees each site's backups."""

    __tablename__ = "store_event"
    __owner__ = "site"
    __sync__ = "insert"

    site_id: Mapped[uuid.UUID | None] = mapped_column(Uuid)
    device_no: Mapped[int | None] = mapped_column(Integer)
    kind: Mapped[str] = mapped_column(String(16))  # backup | restore | override
    at: Mapped[dt.datetime] = mapped_column(default=utcnow)
    detail: Mapped[dict[str, Any]] = mapped_column(JSON, default=dict)


class OutboxOp(LocalOnly, Base):
    """One row change waiting to be pushed to central, in commit order (``seq``)."""

    __tablename__ = "outbox_op"

    seq: Mapped[int] = mapped_column(
        BigInteger().with_variant(Integer, "sqlite"), primary_key=True, autoincrement=True
    )
    op_id: Mapped[uuid.UUID] = mapped_column(unique=True, default=uuid7)
    device_no: Mapped[int] = mapped_column(Integer)
    entity: Mapped[str] = mapped_column(String(64))
    entity_id: Mapped[str] = mapped_column(String(64))
    op: Mapped[str] = mapped_column(String(8))  # upsert | insert | delete
    base_version: Mapped[int] = mapped_column(Integer)
    version: Mapped[int] = mapped_column(Integer)
    payload: Mapped[dict[str, Any]] = mapped_column(JSON)
    created_at: Mapped[dt.datetime] = mapped_column(default=utcnow)


class NumberCounter(LocalOnly, Base):
    """A named sequence advanced inside the transaction that uses the number (case numbers)."""

    __tablename__ = "number_counter"

    name: Mapped[str] = mapped_column(String(80), primary_key=True)
    value: Mapped[int] = mapped_column(BigInteger().with_variant(Integer, "sqlite"), default=0)


class LocalState(LocalOnly, Base):
    """Facts about this store itself: its home site, sync cursors. Never synced."""

    __tablename__ = "local_state"

    key: Mapped[str] = mapped_column(String(80), primary_key=True)
    value: Mapped[Any] = mapped_column(JSON)
