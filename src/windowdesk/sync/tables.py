"""Which tables sync, who owns them and how central applies them, read from the models.

Nothing here lists tables by name: a new capability's ``Synced`` models take part as soon as they
are imported in ``store/models/__init__.py`` (ownership: ``Synced.__owner__``, apply mode:
``Synced.__sync__``).
"""

from __future__ import annotations

import datetime as dt
import uuid
from collections.abc import Callable
from dataclasses import dataclass
from functools import cache
from typing import Any

from sqlalchemy import Date, Table, Uuid

import windowdesk.store.models  # noqa: F401  (registers every table on Base.metadata)
from windowdesk.store.base import Base, Synced, UTCDateTime, owner_of, site_via


@dataclass(frozen=True)
class SyncedTable:
    name: str
    table: Table
    owner: str  # site | central
    mode: str  # upsert | insert
    rank: int  # parents before children
    #: site-owned through a parent: (foreign-key column, parent table); None when it has site_id
    via: tuple[str, str] | None
    columns: tuple[str, ...]
    #: column name -> function turning a JSON value back into the column's Python value
    decoders: tuple[tuple[str, Callable[[Any], Any]], ...]


def _decoder(column_type: object) -> Callable[[Any], Any] | None:
    if isinstance(column_type, UTCDateTime):
        return dt.datetime.fromisoformat
    if isinstance(column_type, Uuid):
        return uuid.UUID
    if isinstance(column_type, Date):
        return dt.date.fromisoformat
    return None


@cache
def synced_tables() -> dict[str, SyncedTable]:
    """Every Synced table of the models, by name."""
    ranks = {table.name: rank for rank, table in enumerate(Base.metadata.sorted_tables)}
    result: dict[str, SyncedTable] = {}
    for mapper in Base.registry.mappers:
        model = mapper.class_
        if not issubclass(model, Synced):
            continue
        table = model.__table__
        decoders = tuple((c.name, d) for c in table.columns if (d := _decoder(c.type)) is not None)
        result[table.name] = SyncedTable(
            name=table.name,
            table=table,
            owner=owner_of(model),
            mode="insert" if model.__sync__ == "insert" else "upsert",
            rank=ranks[table.name],
            via=site_via(model) if owner_of(model) == "site" else None,
            columns=tuple(c.name for c in table.columns),
            decoders=decoders,
        )
    return result


def decode_row(spec: SyncedTable, payload: dict[str, Any]) -> dict[str, Any]:
    """A JSON payload (from a site's outbox or central's ``to_jsonb``) as column values."""
    row = {name: payload.get(name) for name in spec.columns}
    for name, decode in spec.decoders:
        value = row[name]
        if isinstance(value, str):
            row[name] = decode(value)
    return row
