"""Declarative base, shared column types and the mixins that drive the outbox."""

from __future__ import annotations

import datetime as dt
import uuid
from typing import Any, ClassVar

from sqlalchemy import DateTime, Integer, MetaData, TypeDecorator, Uuid
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column

from windowdesk.domain.ids import uuid7
from windowdesk.system_clock import utcnow  # noqa: F401  (re-exported: the models stamp rows with it)

NAMING_CONVENTION = {
    "ix": "ix_%(column_0_label)s",
    "uq": "uq_%(table_name)s_%(column_0_N_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}


class UTCDateTime(TypeDecorator):
    """Stores UTC instants; SQLite keeps no zone, so values are normalised to UTC on the way in
    and come back zone-aware from both stores."""

    impl = DateTime(timezone=True)
    cache_ok = True

    def process_bind_param(self, value: dt.datetime | None, dialect: Any) -> dt.datetime | None:
        if value is None:
            return None
        if value.tzinfo is None:
            raise ValueError("naive datetime given to a UTC column")
        value = value.astimezone(dt.UTC)
        return value.replace(tzinfo=None) if dialect.name == "sqlite" else value

    def process_result_value(self, value: dt.datetime | None, dialect: Any) -> dt.datetime | None:
        if value is None:
            return None
        return value.replace(tzinfo=dt.UTC) if value.tzinfo is None else value.astimezone(dt.UTC)


class Base(DeclarativeBase):
    metadata = MetaData(naming_convention=NAMING_CONVENTION)
    type_annotation_map: ClassVar[dict] = {dt.datetime: UTCDateTime(), uuid.UUID: Uuid()}


class IdMixin:
    """UUIDv7 primary key made on the client, so rows from offline sites never collide."""

    id: Mapped[uuid.UUID] = mapped_column(primary_key=True, default=uuid7)


class Synced(IdMixin):
    """A row that travels to the central store through the outbox.

    ``__sync__`` says how central applies it: ``"upsert"`` (newer version wins, older is a no-op or
    a conflict) or ``"insert"`` (insert-only history: a replay does nothing). The unit of work bumps
    ``version`` and writes the outbox row; no service does it by hand.
    """

    __sync__: ClassVar[str] = "upsert"
    #: Who may write the row: ``"site"`` (the site in its ``site_id`` column; a row whose
    #: ``site_id`` is empty is central's) or ``"central"`` (pulled by every site, never pushed).
    #: ``None`` means: ``"site"`` when the table has a ``site_id`` column (or a foreign key to a
    #: table that has one, see :func:`site_via`), else ``"central"``.
    __owner__: ClassVar[str | None] = None
    #: For a site-owned table without ``site_id``: the foreign-key column whose parent row's
    #: ``site_id`` decides (inferred when there is one such foreign key).
    __site_via__: ClassVar[str | None] = None
    #: The generation group whose token moves when a row of this table changes (see store/generations.py).
    __generation__: ClassVar[str | None] = None

    version: Mapped[int] = mapped_column(Integer, default=0, nullable=False)


class LocalOnly:
    """Marks a table that never leaves this store (counters, sync bookkeeping, caches).

    Every mapped table is either :class:`Synced` or :class:`LocalOnly`; a test checks that.
    """


OWNERS = ("site", "central")


def site_via(model: type) -> tuple[str, str] | None:
    """For a site-owned row without a ``site_id`` of its own (a ticket's history, say): the
    foreign-key column and the parent table whose ``site_id`` decides. ``__site_via__`` names the
    column; without it, the first foreign key to a table that has ``site_id`` is taken."""
    table = model.__table__
    if "site_id" in table.c:
        return None
    declared = getattr(model, "__site_via__", None)
    for column in table.columns:
        if declared is not None and column.name != declared:
            continue
        for fk in column.foreign_keys:
            parent = fk.column.table
            if "site_id" in parent.c:
                return column.name, parent.name
    if declared is not None:
        raise ValueError(
            f"{model.__name__}.__site_via__ = {declared!r} is no foreign key to a table with site_id"
        )
    return None


def owner_of(model: type) -> str:
    """The owner of a Synced model's rows (see :attr:`Synced.__owner__`): declared, else ``"site"``
    when the table has a ``site_id`` column or a foreign key to such a table, else ``"central"``."""
    declared = getattr(model, "__owner__", None)
    if declared is None:
        has_site = "site_id" in model.__table__.c or site_via(model) is not None
        declared = "site" if has_site else "central"
    if declared not in OWNERS:
        raise ValueError(f"{model.__name__}.__owner__ must be one of {OWNERS}, not {declared!r}")
    if declared == "site" and "site_id" not in model.__table__.c and site_via(model) is None:
        raise ValueError(f"{model.__name__} is site-owned but has no site_id column nor a parent with one")
    return declared
