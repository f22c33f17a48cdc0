"""Site-side sync bookkeeping: what central refused and which changes clashed. Never synced.

Cursors, the push acknowledgement and the last sync outcome are small facts kept in
``local_state`` (keys ``sync.*``); these two tables are lists a supervisor reads.
"""

from __future__ import annotations

import datetime as dt
import uuid
from typing import Any

from sqlalchemy import JSON, BigInteger, Boolean, Integer, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from windowdesk.domain.ids import uuid7
from windowdesk.store.base import Base, LocalOnly, utcnow


class SyncReject(LocalOnly, Base):
    """An outbox op central refused (wrong owner, unknown table, a constraint). Kept, never dropped."""

    __tablename__ = "sync_reject"

    id: Mapped[uuid.UUID] = mapped_column(primary_key=True, default=uuid7)
    op_id: Mapped[uuid.UUID] = mapped_column(unique=True)
    seq: Mapped[int] = mapped_column(BigInteger().with_variant(Integer, "sqlite"))
    entity: Mapped[str] = mapped_column(String(64))
    entity_id: Mapped[str] = mapped_column(String(64))
    op: Mapped[str] = mapped_column(String(8))
    version: Mapped[int] = mapped_column(Integer)
    payload: Mapped[dict[str, Any]] = mapped_column(JSON)
    reason: Mapped[str] = mapped_column(Text)
    at: Mapped[dt.datetime] = mapped_column(default=utcnow)


class SyncConflict(LocalOnly, Base):
    """A row changed both here and elsewhere since the version this site started from.

    Detected by version, never by clock; ``applied`` says whether this site's version is now
    central's (it was newer) or central kept its own. Both sides are kept for a supervisor.
    """

    __tablename__ = "sync_conflict"

    id: Mapped[uuid.UUID] = mapped_column(primary_key=True, default=uuid7)
    op_id: Mapped[uuid.UUID] = mapped_column(unique=True)
    seq: Mapped[int] = mapped_column(BigInteger().with_variant(Integer, "sqlite"))
    entity: Mapped[str] = mapped_column(String(64))
    entity_id: Mapped[str] = mapped_column(String(64))
    base_version: Mapped[int] = mapped_column(Integer)
    site_version: Mapped[int] = mapped_column(Integer)
    central_version: Mapped[int] = mapped_column(Integer)
    site_payload: Mapped[dict[str, Any]] = mapped_column(JSON)
    central_payload: Mapped[dict[str, Any]] = mapped_column(JSON)
    applied: Mapped[bool] = mapped_column(Boolean)
    at: Mapped[dt.datetime] = mapped_column(default=utcnow)
    resolved_at: Mapped[dt.datetime | None] = mapped_column(default=None)
    resolved_by: Mapped[str | None] = mapped_column(String(64), default=None)
