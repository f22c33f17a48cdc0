"""The service catalogue (事项清单), owned by central: departments, matters, and published versions.

A matter row holds the current text. Every edit publishes a :class:`MatterVersion` (insert-only)
with a snapshot of the matter's fields and its own :class:`Material` rows (insert-only too), so a
case can point at the exact version it was received under and never see a later edit.
The queue category is the prefix letter of the category that serves the matter; the queue feature
owns categories, so it is a plain string here, not a foreign key.

Every table here belongs to central (``__owner__ = "central"``): sites receive the catalogue by
pull, and an edit made on a site store is refused by central, so edit and import on central.
"""

from __future__ import annotations

import datetime as dt
import uuid
from typing import Any

from sqlalchemy import JSON, Boolean, ForeignKey, Integer, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column, relationship

from windowdesk.store.base import Base, Synced, utcnow


class Department(Synced, Base):
    """An office that implements matters (实施部门)."""

    __tablename__ = "department"
    __owner__ = "central"
    __generation__ = "catalogue"

    code: Mapped[str] = mapped_column(String(16), unique=True)
    name: Mapped[str] = mapped_column(String(100))
    phone: Mapped[str] = mapped_column(String(40), default="")
    address: Mapped[str] = mapped_column(String(200), default="")


class Matter(Synced, Base):
    """A matter as it reads now; ``current_version`` numbers its newest :class:`MatterVersion`."""

    __tablename__ = "matter"
    __owner__ = "central"
    __generation__ = "catalogue"

    code: Mapped[str] = mapped_column(String(40), unique=True)
    name: Mapped[str] = mapped_column(String(100))
    short_name: Mapped[str] = mapped_column(String(30), default="")
    department_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("department.id"), index=True)
    # Relationships exist so one flush inserts parents before children; code sets the id columns.
    department: Mapped[Department] = relationship(lazy="raise")
    kind: Mapped[str] = mapped_column(String(16))
    handling: Mapped[str] = mapped_column(String(16))
    legal_basis: Mapped[str] = mapped_column(Text, default="")
    conditions: Mapped[str] = mapped_column(Text, default="")
    statutory_limit_days: Mapped[int] = mapped_column(Integer)
    promised_limit_days: Mapped[int] = mapped_column(Integer)
    #: In fen (0.01 yuan): exact on both stores, no floating point.
    fee_cents: Mapped[int] = mapped_column(Integer, default=0)
    fee_basis: Mapped[str] = mapped_column(Text, default="")
    delivery_modes: Mapped[list[str]] = mapped_column(JSON)
    queue_category: Mapped[str] = mapped_column(String(1), default="A")
    window: Mapped[str] = mapped_column(String(100), default="")
    notes: Mapped[str] = mapped_column(Text, default="")
    active: Mapped[bool] = mapped_column(Boolean, default=True)
    extension_days: Mapped[int] = mapped_column(Integer, default=10)  # working days of a 延期
    silence_consent: Mapped[bool] = mapped_column(Boolean, default=False)  # 超时默许
    current_version: Mapped[int] = mapped_column(Integer, default=1)
    updated_at: Mapped[dt.datetime] = mapped_column(default=utcnow)


class MatterVersion(Synced, Base):
    """One published version of a matter: its fields frozen as the canonical JSON form."""

    __tablename__ = "matter_version"
    __owner__ = "central"
    __generation__ = "catalogue"
    __sync__ = "insert"
    __table_args__ = (UniqueConstraint("matter_id", "number"),)

    matter_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("matter.id"))
    matter: Mapped[Matter] = relationship(lazy="raise")
    number: Mapped[int] = mapped_column(Integer)
    published_at: Mapped[dt.datetime] = mapped_column(default=utcnow)
    published_by: Mapped[str] = mapped_column(String(64), default="")
    #: The matter's fields (without materials) plus ``department_name`` as it was at publication.
    snapshot: Mapped[dict[str, Any]] = mapped_column(JSON)


class Material(Synced, Base):
    """One material of one published version, in checklist order. Never changed after insert."""

    __tablename__ = "matter_material"
    __owner__ = "central"
    __generation__ = "catalogue"
    __sync__ = "insert"
    __table_args__ = (UniqueConstraint("version_id", "position"),)

    version_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("matter_version.id"))
    matter_version: Mapped[MatterVersion] = relationship(lazy="raise")
    position: Mapped[int] = mapped_column(Integer)
    name: Mapped[str] = mapped_column(String(200))
    requirement: Mapped[str] = mapped_column(String(16))
    condition: Mapped[str] = mapped_column(Text, default="")
    form: Mapped[str] = mapped_column(String(20))
    count: Mapped[int] = mapped_column(Integer, default=1)
    format_notes: Mapped[str] = mapped_column(Text, default="")
    source: Mapped[str] = mapped_column(String(16))
    template_ref: Mapped[str] = mapped_column(String(200), default="")
    reusable: Mapped[bool] = mapped_column(Boolean, default=False)
    validity_days: Mapped[int | None] = mapped_column(Integer)
