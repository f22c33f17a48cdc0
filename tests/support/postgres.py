"""The real PostgreSQL used by tests: a fresh database per test on the throwaway cluster."""

from __future__ import annotations

import os
import uuid
from collections.abc import Iterator
from contextlib import contextmanager

import pytest
from sqlalchemy import create_engine, text
from sqlalchemy.engine import make_url


def pg_admin_url() -> str:
    url = os.environ.get("WINDOWDESK_TEST_PG")
    if not url:
        pytest.fail(
            "WINDOWDESK_TEST_PG is not set: run the suite with `bash installer/test.sh`, "
            "which starts a throwaway PostgreSQL cluster"
        )
    return url


def _admin_engine():
    return create_engine(pg_admin_url(), isolation_level="AUTOCOMMIT")


def createdb(name: str) -> str:
    engine = _admin_engine()
    with engine.connect() as conn:
        conn.execute(text(f'CREATE DATABASE "{name}"'))
    engine.dispose()
    return make_url(pg_admin_url()).set(database=name).render_as_string(hide_password=False)


def dropdb(name: str) -> None:
    engine = _admin_engine()
    with engine.connect() as conn:
        conn.execute(text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
    engine.dispose()


@contextmanager
def temporary_pg_database(prefix: str = "wdtest") -> Iterator[str]:
    name = f"{prefix}_{uuid.uuid4().hex[:12]}"
    url = createdb(name)
    try:
        yield url
    finally:
        dropdb(name)
