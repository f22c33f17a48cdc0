"""Create or upgrade a store's schema with the Alembic migrations shipped in this package."""

from __future__ import annotations

from importlib import resources

from alembic import command
from alembic.config import Config
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlalchemy import Connection

from windowdesk.errors import UserError
from windowdesk.store.engine import Store


def alembic_config() -> Config:
    config = Config()
    config.set_main_option("script_location", str(resources.files("windowdesk.store") / "migrations"))
    config.set_main_option("file_template", "%%(rev)s")
    return config


def upgrade(store: Store) -> None:
    """Bring the store to the newest schema. Safe to run again; it then does nothing."""
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
            "升级后发现 {count} 行引用了不存在的记录（例如 {table} 第 {rowid} 行引用 {parent}）",
            "After the upgrade {count} row(s) reference missing records (e.g. {table} row {rowid} -> {parent})",
            count=len(broken),
            table=table,
            rowid=rowid,
            parent=parent,
        )


def is_current(store: Store) -> bool:
    """True when every migration shipped with this version has been applied to the store."""
    script = ScriptDirectory.from_config(alembic_config())
    with store.read_engine.connect() as connection:
        current = set(MigrationContext.configure(connection).get_current_heads())
    return current == set(script.get_heads())
