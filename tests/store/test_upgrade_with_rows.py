"""Upgrading a SQLite store that already holds cases: batch migrations copy and drop tables that
other rows reference, which must neither fail nor leave a reference dangling."""

from __future__ import annotations

import uuid

import pytest
from alembic import command

from windowdesk.errors import UserError
from windowdesk.store.engine import open_store
from windowdesk.store.migrate import alembic_config, is_current, upgrade

# parents before children: every foreign key of a row points at a row inserted before it
TABLES = ("site", "applicant", "department", "matter", "intake_case", "case_document", "case_event")


def _value(column_type: str, name: str):
    kind = column_type.upper()
    if name.endswith("_at") or kind.startswith(("DATETIME", "TIMESTAMP")):
        return "2026-01-05 09:00:00.000000"
    if kind.startswith("DATE"):
        return "2026-01-05"
    if kind.startswith(("INTEGER", "BOOLEAN", "SMALLINT", "NUMERIC")):
        return 1
    if kind.startswith("CHAR(32)"):
        return uuid.uuid4().hex
    return "x"


def _insert_row(connection, table: str, ids: dict[str, str]) -> str:
    """One row with every NOT NULL column filled and every foreign key pointing at its parent."""
    columns = connection.exec_driver_sql(f"PRAGMA table_info({table})").fetchall()
    parents = {row[3]: row[2] for row in connection.exec_driver_sql(f"PRAGMA foreign_key_list({table})")}
    row = {}
    for _cid, name, column_type, not_null, _default, _pk in columns:
        if name in parents and parents[name] in ids:
            row[name] = ids[parents[name]]
        elif not_null or name == "id":
            row[name] = _value(column_type, name)
    names = ", ".join(row)
    marks = ", ".join("?" for _ in row)
    connection.connection.driver_connection.execute(
        f"INSERT INTO {table} ({names}) VALUES ({marks})", tuple(row.values())
    )
    return row["id"]


@pytest.fixture
def store_at_0006_with_a_case(sqlite_url):
    store = open_store(sqlite_url)
    config = alembic_config()
    with store.engine.connect() as connection:
        config.attributes["connection"] = connection
        command.upgrade(config, "0006_merge_heads")
        connection.commit()
    with store.engine.connect() as connection:
        ids: dict[str, str] = {}
        for table in TABLES:
            ids[table] = _insert_row(connection, table, ids)
        connection.connection.driver_connection.commit()
    yield store
    store.dispose()


def test_a_store_holding_cases_upgrades_and_keeps_them(store_at_0006_with_a_case):
    store = store_at_0006_with_a_case
    assert not is_current(store)
    upgrade(store)
    assert is_current(store)
    with store.read_engine.connect() as connection:
        counts = {t: connection.exec_driver_sql(f"SELECT count(*) FROM {t}").scalar() for t in TABLES}
        assert connection.exec_driver_sql("PRAGMA foreign_keys").scalar() == 1
    assert counts == dict.fromkeys(TABLES, 1)
    # the upgrade left enforcement on for the store's own connections
    with store.engine.connect() as connection:
        assert connection.exec_driver_sql("PRAGMA foreign_keys").scalar() == 1


def test_an_upgrade_that_would_leave_a_dangling_reference_is_refused(store_at_0006_with_a_case):
    store = store_at_0006_with_a_case
    with store.engine.connect() as connection:
        driver = connection.connection.driver_connection
        driver.execute("PRAGMA foreign_keys=OFF")
        driver.execute("UPDATE case_document SET case_id = ?", (uuid.uuid4().hex,))
        driver.commit()
        driver.execute("PRAGMA foreign_keys=ON")
    with pytest.raises(UserError, match="case_document"):
        upgrade(store)
