"""The central store's sync schema as numbered SQL files, applied in order by ``central init``.

Each ``NNNN_name.sql`` in this package is one schema version. ``upgrade`` applies the ones a
central store lacks, each in its own transaction, and records it (version, name, SHA-256 of the
file) in ``wd_sync.schema_migration``; a recorded file whose text has changed since is refused,
so an upgrade is reproducible: a new change is a new file, never an edit of a shipped one.

A central store made before the schema was versioned (``wd_sync.meta`` says schema 1, no
``schema_migration`` rows) holds exactly what ``0001`` makes; it is recorded as *adopted* and
upgraded from there (tests/sync/test_central_schema.py proves the result equals a fresh init).

Why plain SQL and not an Alembic branch: it exists only on central (a site store never has it),
and it is mostly SECURITY DEFINER functions. The business tables come from the ordinary Alembic
migrations, run first by the same command.

Security model: a site's database role owns nothing and has no privilege on any table. It may
only EXECUTE ``SITE_FUNCTIONS``, which run SECURITY DEFINER as the central owner and take the
caller's site from ``session_user`` (``wd_sync.site_role``).
"""

from __future__ import annotations

import hashlib
import re
from dataclasses import dataclass
from importlib import resources

import psycopg

from windowdesk.errors import UserError

#: The functions a site role may call (granted to each site role by ``central init``/``add-site``).
SITE_FUNCTIONS = (
    "wd_sync.stream_state(int)",
    "wd_sync.stream_ops(int, bigint, bigint)",
    "wd_sync.outcomes(int, bigint, bigint)",
    "wd_sync.push(int, bigint, bigint, jsonb, jsonb)",
    "wd_sync.pull(int, text, bigint, int, boolean)",
)

# The bookkeeping every version needs, so it is made before any numbered file runs.
_BOOKKEEPING_SQL = """
CREATE SCHEMA IF NOT EXISTS wd_sync;
REVOKE ALL ON SCHEMA wd_sync FROM PUBLIC;
CREATE TABLE IF NOT EXISTS wd_sync.schema_migration (
  version int PRIMARY KEY,
  name text NOT NULL,
  sha256 text NOT NULL,
  how text NOT NULL CHECK (how IN ('applied', 'adopted')),
  applied_at timestamptz NOT NULL DEFAULT now()
);
"""

# Functions made later are executable by PUBLIC until revoked; site roles get them by grant.
_REVOKE_SQL = "REVOKE ALL ON ALL FUNCTIONS IN SCHEMA wd_sync FROM PUBLIC"

_FILE_NAME = re.compile(r"^(\d{4})_([a-z0-9_]+)\.sql$")
_LOCK = "SELECT pg_advisory_xact_lock(hashtext('windowdesk central schema'))"


@dataclass(frozen=True)
class Migration:
    version: int
    name: str
    sql: str

    @property
    def sha256(self) -> str:
        return hashlib.sha256(self.sql.replace("\r\n", "\n").encode()).hexdigest()


def migrations() -> list[Migration]:
    """The numbered files shipped in this package, by version (1, 2, … without a hole)."""
    found = []
    for entry in resources.files(__name__).iterdir():
        match = _FILE_NAME.match(entry.name)
        if match:
            found.append(Migration(int(match.group(1)), match.group(2), entry.read_text(encoding="utf-8")))
    found.sort(key=lambda m: m.version)
    if [m.version for m in found] != list(range(1, len(found) + 1)):
        raise RuntimeError(f"central schema files are not numbered 1..n: {[m.version for m in found]}")
    return found


def latest_version() -> int:
    return migrations()[-1].version


def applied_versions(conn: psycopg.Connection) -> dict[int, tuple[str, str]]:
    """version -> (sha256, how) as recorded on this central store; empty before the first init."""
    if conn.execute("SELECT to_regclass('wd_sync.schema_migration')").fetchone()[0] is None:
        return {}
    rows = conn.execute("SELECT version, sha256, how FROM wd_sync.schema_migration").fetchall()
    return {version: (sha, how) for version, sha, how in rows}


def upgrade(conn: psycopg.Connection) -> list[int]:
    """Bring the central store's sync schema to the newest version; returns the versions applied.

    ``conn`` is an autocommit connection of the central owner. Each version is one transaction,
    taken under an advisory lock so two ``central init`` runs cannot apply the same file twice.
    """
    shipped = migrations()
    done: list[int] = []
    with conn.transaction():
        conn.execute(_LOCK)
        conn.execute(_BOOKKEEPING_SQL)
        applied = applied_versions(conn)
        _check_recorded(applied, shipped)
        if not applied and _is_unversioned_schema_1(conn):
            _record(conn, shipped[0], "adopted")
            applied = {1: (shipped[0].sha256, "adopted")}
    for migration in shipped:
        with conn.transaction():
            conn.execute(_LOCK)
            if migration.version in applied_versions(conn):
                continue  # another init applied it meanwhile
            conn.execute(migration.sql)
            _record(conn, migration, "applied")
            done.append(migration.version)
    with conn.transaction():
        conn.execute(_REVOKE_SQL)
        conn.execute(
            "INSERT INTO wd_sync.meta VALUES ('schema_version', %s) "
            "ON CONFLICT (key) DO UPDATE SET value = excluded.value",
            (str(shipped[-1].version),),
        )
    return done


def _record(conn: psycopg.Connection, migration: Migration, how: str) -> None:
    conn.execute(
        "INSERT INTO wd_sync.schema_migration (version, name, sha256, how) VALUES (%s, %s, %s, %s)",
        (migration.version, migration.name, migration.sha256, how),
    )


def _check_recorded(applied: dict[int, tuple[str, str]], shipped: list[Migration]) -> None:
    newest = max(applied, default=0)
    if newest > len(shipped):
        raise UserError(
            "The central store's schema is version {db}, newer than this program's ({code}): run central init with the newer version",
            db=newest,
            code=len(shipped),
        )
    for migration in shipped:
        recorded = applied.get(migration.version)
        if recorded is not None and recorded[0] != migration.sha256:
            raise UserError(
                "Central schema file {version:04d}_{name}.sql differs from the one applied on the central store (the file was edited)",
                version=migration.version,
                name=migration.name,
            )


def _is_unversioned_schema_1(conn: psycopg.Connection) -> bool:
    """A store made by ``central init`` before the schema was versioned: adopt it as version 1
    only if it is the last shape of that era (anything else is refused, never guessed at)."""
    if conn.execute("SELECT to_regclass('wd_sync.meta')").fetchone()[0] is None:
        return False
    found = conn.execute("SELECT value FROM wd_sync.meta WHERE key = 'schema_version'").fetchone()
    shape = conn.execute(
        "SELECT to_regprocedure('wd_sync.pull(int, text, bigint, int, boolean)') IS NOT NULL"
        " AND to_regprocedure('wd_sync.pull(int, text, bigint, int)') IS NULL"
        " AND EXISTS (SELECT 1 FROM information_schema.columns WHERE table_schema = 'wd_sync'"
        " AND table_name = 'synced_table' AND column_name = 'via_table')"
    ).fetchone()[0]
    if found is None or found[0] != "1" or not shape:
        raise UserError(
            "The central store's sync schema (version {found}) predates version 1 and cannot be upgraded automatically",
            found=found[0] if found else "?",
        )
    return True
