"""Setting a store up for sync: it takes central's record of its site.

A store initialised offline (``windowdesk init``) made its own site row; central made another when
the administrator ran ``central add-site``. Central's row wins: the local rows are moved to its id
(every ``site_id`` column of every synced table, and the ops still waiting in the outbox), in one
transaction. Nothing is re-keyed twice: a store already on central's id is left as it is.
"""

from __future__ import annotations

import uuid
from typing import Any

from sqlalchemy import delete, select, update
from sqlalchemy.orm import Session

from windowdesk.store.engine import Store
from windowdesk.store.models import LocalState, OutboxOp, Site
from windowdesk.sync import local
from windowdesk.sync.tables import decode_row, synced_tables

HOME_SITE_KEY = "home_site_id"  # the same key services.context uses


def _insert_site(session: Session, payload: dict[str, Any]) -> None:
    spec = synced_tables()["site"]
    session.execute(spec.table.insert().values(**decode_row(spec, payload)))


def adopt_site(store: Store, central_site: dict[str, Any]) -> str:
    """Make the store's site central's site. Returns what was done: adopted | rekeyed | same."""
    new_id = uuid.UUID(central_site["id"])
    session = store.write_session()
    session.begin()
    try:
        home = session.get(LocalState, HOME_SITE_KEY)
        old_id = uuid.UUID(home.value) if home is not None else None
        if old_id == new_id:
            session.rollback()
            return "same"
        if old_id is not None:
            # The code is unique: free it for central's row, the old row goes at the end.
            session.execute(update(Site).where(Site.id == old_id).values(code="~" + old_id.hex[-7:]))
        if session.get(Site, new_id) is None:
            _insert_site(session, central_site)
        if old_id is None:
            session.commit()
            return "adopted"
        for spec in synced_tables().values():
            if "site_id" in spec.table.c and spec.name != "site":
                session.execute(
                    update(spec.table).where(spec.table.c.site_id == old_id).values(site_id=new_id)
                )
        _, acked_local = local.last_ack(session)
        waiting = session.scalars(select(OutboxOp).where(OutboxOp.seq > acked_local)).all()
        for op in waiting:
            if op.entity == "site" and op.entity_id == str(old_id):
                session.delete(op)  # that row is gone: central's site record replaces it
            elif op.payload.get("site_id") == str(old_id):
                op.payload = {**op.payload, "site_id": str(new_id)}
        session.flush()
        session.execute(delete(Site).where(Site.id == old_id))
        home.value = str(new_id)
        session.commit()
        return "rekeyed"
    finally:
        session.close()
