"""Pull: pages of central's change log after our cursor, each page and the cursor in one local
transaction. A pulled row never overwrites a row that has ops still waiting here (ours will be
pushed and central decides, by version); an older version never overwrites a newer one.

Pulled rows are written directly, not through the unit of work: they are central's changes
arriving, not actions of this site, so they make no audit entry and no outbox op.
"""

from __future__ import annotations

import os
import uuid
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from sqlalchemy import delete, select, text
from sqlalchemy.dialects.postgresql import insert as pg_insert
from sqlalchemy.dialects.sqlite import insert as sqlite_insert
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from windowdesk import failpoints
from windowdesk.store import generations
from windowdesk.store.engine import Store
from windowdesk.store.models import LocalState, SyncConflict
from windowdesk.store.uow import json_safe
from windowdesk.sync import local
from windowdesk.sync.link import CentralLink
from windowdesk.sync.tables import SyncedTable, decode_row, synced_tables

PAGE_ROWS = int(os.environ.get("WINDOWDESK_SYNC_PAGE", "2000"))  # tests use small pages

Progress = Callable[[str, int, int], None]


@dataclass
class PullOutcome:
    pulled: int = 0
    applied: int = 0
    kept_local: int = 0  # rows with ops still waiting here
    unknown: int = 0  # tables this version does not have
    problems: int = 0  # rows that clash with a local constraint: kept as conflicts
    pages: int = 0


def _upsert(store: Store, spec: SyncedTable):
    insert = pg_insert if store.dialect == "postgresql" else sqlite_insert
    table = spec.table
    stmt = insert(table)
    if spec.mode == "insert":
        return stmt.on_conflict_do_nothing(index_elements=[table.c.id])
    return stmt.on_conflict_do_update(
        index_elements=[table.c.id],
        set_={name: stmt.excluded[name] for name in spec.columns if name != "id"},
        where=table.c.version < stmt.excluded.version,
    )


def _record_problem(
    session: Session, spec: SyncedTable, row: dict[str, Any], payload: dict, exc: Exception
) -> None:
    op_id = uuid.uuid5(uuid.NAMESPACE_URL, f"pull:{spec.name}:{row['id']}:{row.get('version')}")
    if session.scalar(select(SyncConflict.id).where(SyncConflict.op_id == op_id)) is not None:
        return
    existing = session.execute(select(spec.table).where(spec.table.c.id == row["id"])).mappings().first()
    session.add(
        SyncConflict(
            op_id=op_id,
            seq=0,
            entity=spec.name,
            entity_id=str(row["id"]),
            base_version=int(existing["version"]) if existing else 0,
            site_version=int(existing["version"]) if existing else 0,
            central_version=int(row.get("version") or 0),
            site_payload=json_safe(dict(existing)) if existing else {"error": str(exc.orig)[:500]},
            central_payload=payload,
            applied=False,
        )
    )


def _apply_group(
    session: Session, store: Store, spec: SyncedTable, rows: list[tuple], out: PullOutcome
) -> None:
    decoded = [decode_row(spec, payload) for payload in (r[4] for r in rows)]
    stmt = _upsert(store, spec)
    try:
        with session.begin_nested():
            session.execute(stmt, decoded)
        out.applied += len(decoded)
    except IntegrityError:
        for row, raw in zip(decoded, rows, strict=True):
            try:
                with session.begin_nested():
                    session.execute(stmt, [row])
                out.applied += 1
            except IntegrityError as exc:
                out.problems += 1
                _record_problem(session, spec, row, raw[4], exc)


def apply_page(session: Session, store: Store, rows: list[list], out: PullOutcome) -> None:
    tables = synced_tables()
    waiting = local.pending_keys(session)
    group: list[tuple] = []
    group_spec: SyncedTable | None = None

    def flush() -> None:
        nonlocal group
        if group and group_spec is not None:
            _apply_group(session, store, group_spec, group, out)
        group = []

    for entity, entity_id, op, version, payload in rows:
        spec = tables.get(entity)
        if spec is None:
            out.unknown += 1
            continue
        if (entity, str(entity_id)) in waiting:
            out.kept_local += 1
            continue
        if op == "delete":
            flush()
            table = spec.table
            session.execute(
                delete(table).where(table.c.id == uuid.UUID(entity_id), table.c.version <= version)
            )
            out.applied += 1
            continue
        if spec is not group_spec:
            flush()
            group_spec = spec
        group.append((entity, entity_id, op, version, payload))
    flush()
    # Caches derived from pulled tables (the catalogue's search index, the calendar) must see them.
    generations.bump(session, generations.groups_of(entity for entity, *_ in rows))


def _caught_up(store: Store, own: bool) -> None:
    if not own:
        return
    session = store.write_session()
    session.begin()
    try:
        local.put(session, local.PULL_OWN, False)
        session.commit()
    finally:
        session.close()


def pull_all(store: Store, link: CentralLink, progress: Progress | None = None) -> PullOutcome:
    out = PullOutcome()
    while True:
        with store.read_session() as session:
            cursor = tuple(local.get(session, local.CURSOR, list(local.START_CURSOR)))
            own = bool(local.get(session, local.PULL_OWN, False))
        page = link.pull((str(cursor[0]), int(cursor[1])), PAGE_ROWS, own)
        new_cursor = (str(page["cursor"][0]), int(page["cursor"][1]))
        if page["scanned"] == 0:
            _caught_up(store, own)
            return out
        if (int(new_cursor[0]), new_cursor[1]) <= (int(cursor[0]), int(cursor[1])):
            raise RuntimeError(f"central moved the pull cursor back: {cursor} -> {new_cursor}")
        session = store.write_session()
        session.begin()
        try:
            # Another sync of this store (the GUI and `sync --watch`) may have moved on meanwhile:
            # then this page is theirs to have applied, and the cursor must not go back.
            current = session.get(LocalState, local.CURSOR, with_for_update=True)
            if tuple(current.value if current else local.START_CURSOR) != (cursor[0], cursor[1]):
                session.rollback()
                continue
            if store.dialect == "sqlite":
                # Rows of one page may come from different central transactions in xid order;
                # check references when the page is whole, not row by row.
                session.execute(text("PRAGMA defer_foreign_keys = ON"))
            apply_page(session, store, page["rows"], out)
            local.put(session, local.CURSOR, list(new_cursor))
            failpoints.hit("sync.pull.before_cursor_commit")
            session.commit()
        finally:
            session.close()
        out.pulled += len(page["rows"])
        out.pages += 1
        if progress:
            progress("pull", out.pulled, out.pulled)
        if page["scanned"] < PAGE_ROWS:
            _caught_up(store, own)
            return out
