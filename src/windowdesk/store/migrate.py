"""Create or upgrade a store's schema with the Alembic migrations shipped in this package."""

from __future__ import annotations

from importlib import resources

from alembic import command
from alembic.config import Config
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory

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
        config.attributes["connection"] = connection
        command.upgrade(config, "heads")
        connection.commit()


def is_current(store: Store) -> bool:
    """True when every migration shipped with this version has been applied to the store."""
    script = ScriptDirectory.from_config(alembic_config())
    with store.read_engine.connect() as connection:
        current = set(MigrationContext.configure(connection).get_current_heads())
    return current == set(script.get_heads())
