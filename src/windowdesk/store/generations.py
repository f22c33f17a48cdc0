"""Generations: a token per group of tables that changes in every transaction changing one of its rows.

A mapped class joins a group with ``__generation__ = "catalogue"``. The unit of work and the sync pull
(the two ways rows are written) call :func:`bump` in the transaction that changes such rows, so the
token is committed with the change, on every client of the store. A service that derives something
costly from those tables (the pinyin search index, the working-day calendar) keeps it with
:func:`memo` and rebuilds it only when the token moved: one primary-key read per use.

The token is a fresh UUID rather than a counter, so concurrent writers need no read-modify-write.
"""

from __future__ import annotations

import functools
import uuid
from collections.abc import Callable, Iterable
from typing import TypeVar

from sqlalchemy import select
from sqlalchemy.dialects.postgresql import insert as pg_insert
from sqlalchemy.dialects.sqlite import insert as sqlite_insert
from sqlalchemy.orm import Session

from windowdesk.store.base import Base
from windowdesk.store.engine import Store
from windowdesk.store.models import LocalState

T = TypeVar("T")
_KEY = "generation:{}"


@functools.cache
def table_groups() -> dict[str, str]:
    """Table name -> generation group, from the mapped classes' ``__generation__``."""
    groups = {}
    for mapper in Base.registry.mappers:
        group = getattr(mapper.class_, "__generation__", None)
        if group:
            groups[mapper.local_table.name] = group
    return groups


def groups_of(tables: Iterable[str]) -> set[str]:
    known = table_groups()
    return {known[t] for t in tables if t in known}


def bump(session: Session, groups: Iterable[str]) -> None:
    """Give each group a new token inside ``session``'s transaction."""
    insert = pg_insert if session.get_bind().dialect.name == "postgresql" else sqlite_insert
    for group in sorted(set(groups)):  # sorted: two writers lock the rows in the same order
        stmt = insert(LocalState).values(key=_KEY.format(group), value=uuid.uuid4().hex)
        session.execute(
            stmt.on_conflict_do_update(index_elements=[LocalState.key], set_={"value": stmt.excluded.value})
        )


def current(store: Store, group: str) -> str:
    """The group's token as committed now ("" before its tables were first written)."""
    with store.read_session() as session, session.begin():
        value = session.scalar(select(LocalState.value).where(LocalState.key == _KEY.format(group)))
    return value or ""


def memo(store: Store, group: str, name: str, build: Callable[[], T]) -> T:
    """``build()``'s value, kept on ``store`` until the group's token moves.

    The token is read before building: a change committed while building makes the next call
    rebuild (one rebuild too many), never a stale value kept.
    """
    token = current(store, group)
    kept = store.memos.get(name)
    if kept is not None and kept[0] == token:
        return kept[1]
    value = build()
    store.memos[name] = (token, value)
    return value
