"""Create or upgrade a store's schema with the Alembic migrations shipped in this package.

Opening a store checks cheaply whether it is current (its ``alembic_version`` rows against the heads
of the shipped revision files, read as text); Alembic itself is imported only when the store needs
an upgrade (or the check cannot tell), since importing it costs more than most commands.
"""

from __future__ import annotations

import ast
import functools
import re
from importlib import resources
from typing import TYPE_CHECKING

from sqlalchemy import Connection, text
from sqlalchemy.exc import DBAPIError

from windowdesk.errors import UserError
from windowdesk.store.engine import Store

if TYPE_CHECKING:
    from alembic.config import Config

_REVISION_LINE = re.compile(r"^(revision|down_revision)\s*(?::[^=]*)?=\s*(.+)$", re.MULTILINE)


def alembic_config() -> Config:
    from alembic.config import Config

    config = Config()
    config.set_main_option("script_location", str(resources.files("windowdesk.store") / "migrations"))
    config.set_main_option("file_template", "%%(rev)s")
    return config


@functools.cache
def shipped_heads() -> frozenset[str] | None:
    """The head revisions of the migrations shipped here, from their files' ``revision`` and
    ``down_revision`` lines; None when a file does not state them on one line each (then Alembic
    decides)."""
    revisions: set[str] = set()
    parents: set[str] = set()
    versions = resources.files("windowdesk.store") / "migrations" / "versions"
    for entry in versions.iterdir():
        if not entry.name.endswith(".py") or entry.name == "__init__.py":
            continue
        found = dict(m.groups() for m in _REVISION_LINE.finditer(entry.read_text(encoding="utf-8")))
        try:
            revision = ast.literal_eval(found["revision"])
            down = ast.literal_eval(found["down_revision"])
        except (KeyError, ValueError, SyntaxError):
            return None
        if not isinstance(revision, str):
            return None
        revisions.add(revision)
        parents.update((down,) if isinstance(down, str) else (down or ()))
    return frozenset(revisions - parents) or None


def applied_heads(store: Store) -> frozenset[str] | None:
    """The revisions recorded in the store's ``alembic_version`` table; None when it has none."""
    try:
        with store.read_engine.connect() as connection:
            rows = connection.execute(text("SELECT version_num FROM alembic_version")).scalars().all()
            connection.rollback()
    except DBAPIError:  # no such table: a new store
        return None
    return frozenset(rows)


def upgrade(store: Store) -> None:
    """Bring the store to the newest schema. Safe to run again; it then does nothing."""
    heads = shipped_heads()
    if heads is not None and applied_heads(store) == heads:
        return
    from alembic import command

    config = alembic_config()
    # Plain connection (no BEGIN IMMEDIATE listener games): Alembic manages its own transaction.
    with store.engine.connect() as connection:
        sqlite = connection.dialect.name == "sqlite"
        if sqlite:
            _sqlite_foreign_keys(connection, on=False)
        try:
            config.attributes["connection"] = connection
            command.upgrade(config, "heads")
            connection.commit()
            if sqlite:
                _refuse_dangling_references(connection)
        finally:
            if sqlite:
                connection.rollback()
                _sqlite_foreign_keys(connection, on=True)


def _sqlite_foreign_keys(connection: Connection, *, on: bool) -> None:
    """Batch migrations on SQLite copy a table, drop the old one and rename the copy; with foreign
    keys enforced, dropping a table that other rows reference fails (Alembic's batch-mode advice).
    The pragma is a no-op inside a transaction, so it goes to the driver connection directly, before
    SQLAlchemy's "begin" listener opens one."""
    connection.connection.driver_connection.execute(f"PRAGMA foreign_keys={'ON' if on else 'OFF'}")


def _refuse_dangling_references(connection: Connection) -> None:
    broken = connection.exec_driver_sql("PRAGMA foreign_key_check").fetchall()
    connection.rollback()
    if broken:
        table, rowid, parent = broken[0][0], broken[0][1], broken[0][2]
        raise UserError(
            "After the upgrade, rows reference missing records ({count} in all; e.g. {table} row {rowid} -> {parent})",
            count=len(broken),
            table=table,
            rowid=rowid,
            parent=parent,
        )


def is_current(store: Store) -> bool:
    """True when every migration shipped with this version has been applied to the store."""
    from alembic.runtime.migration import MigrationContext
    from alembic.script import ScriptDirectory

    script = ScriptDirectory.from_config(alembic_config())
    with store.read_engine.connect() as connection:
        current = set(MigrationContext.configure(connection).get_current_heads())
    return current == set(script.get_heads())
