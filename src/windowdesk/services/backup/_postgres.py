"""A PostgreSQL site store: ``pg_dump`` of one snapshot, verified by reading the dump back, and
``pg_restore`` into the store."""

from __future__ import annotations

import os
import re
import shutil
import subprocess
from pathlib import Path

import psycopg
from psycopg import sql
from sqlalchemy.engine import make_url

from windowdesk.errors import UserError

_COPY = re.compile(r'^COPY (?:"?(\w+)"?\.)?"?([^" (]+)"? \(')


def _libpq(url: str) -> tuple[str, dict[str, str]]:
    """The store address for libpq tools without its password (that goes in the environment, so
    it never shows in a process list)."""
    parsed = make_url(url).set(drivername="postgresql")
    env = dict(os.environ)
    if parsed.password:
        env["PGPASSWORD"] = str(parsed.password)
    return parsed.set(password=None).render_as_string(hide_password=False), env


def _tool(name: str) -> str:
    path = shutil.which(name)
    if path is None:
        raise UserError(
            "{tool} was not found: install the PostgreSQL client tools (same major version as the server)",
            tool=name,
        )
    return path


def _run(args: list[str], env: dict[str, str], what: str) -> subprocess.CompletedProcess[bytes]:
    done = subprocess.run(args, env=env, capture_output=True, check=False)
    if done.returncode != 0:
        reason = done.stderr.decode("utf-8", "replace").strip().splitlines()
        raise UserError(
            "{what} failed: {reason}",
            what=what,
            reason=reason[-1] if reason else done.returncode,
        )
    return done


def _count_rows(conn: psycopg.Connection) -> dict[str, int]:
    names = [
        name
        for (name,) in conn.execute(
            "SELECT tablename FROM pg_tables WHERE schemaname = 'public' ORDER BY tablename"
        ).fetchall()
    ]
    return {
        name: int(
            conn.execute(sql.SQL("SELECT count(*) FROM public.{}").format(sql.Identifier(name))).fetchone()[0]
        )
        for name in names
    }


def dump_store(url: str, target: Path) -> dict[str, int]:
    """``pg_dump`` (custom format) of one exported snapshot; the row counts are read in that same
    snapshot, so they describe exactly what the dump holds."""
    libpq, env = _libpq(url)
    pg_dump = _tool("pg_dump")
    with psycopg.connect(libpq, password=env.get("PGPASSWORD")) as conn:
        conn.execute("BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY")
        snapshot = conn.execute("SELECT pg_export_snapshot()").fetchone()[0]
        counts = _count_rows(conn)
        _run(
            [pg_dump, "--format=custom", f"--snapshot={snapshot}", f"--file={target}", "--no-owner", libpq],
            env,
            "pg_dump",
        )
        conn.execute("COMMIT")
    with open(target, "rb+") as handle:
        os.fsync(handle.fileno())
    return counts


def check_dump(path: Path, expected: dict[str, int] | None) -> dict[str, int]:
    """Read the dump back with ``pg_restore`` (its table of contents and every row of data) and
    compare the row counts of the public tables."""
    pg_restore = _tool("pg_restore")
    done = subprocess.run(
        [pg_restore, "--data-only", "--file=-", str(path)], capture_output=True, check=False
    )
    if done.returncode != 0:
        reason = done.stderr.decode("utf-8", "replace").strip().splitlines()
        raise UserError(
            "The backup file {path} is damaged or not a PostgreSQL dump: {reason}",
            path=path,
            reason=reason[-1] if reason else done.returncode,
        )
    counts: dict[str, int] = {}
    table: str | None = None
    for line in done.stdout.split(b"\n"):
        if table is None:
            match = _COPY.match(line.decode("utf-8", "replace"))
            if match and (match.group(1) in (None, "public")):
                table, counts[match.group(2)] = match.group(2), 0
        elif line == b"\\.":
            table = None
        else:
            counts[table] += 1
    if expected is not None:
        full = {name: counts.get(name, 0) for name in expected}
        if full != expected or "alembic_version" not in expected:
            differ = sorted(k for k in expected if full.get(k) != expected.get(k))
            raise UserError(
                "The backup {path} differs from the store (row counts of {tables})",
                path=path,
                tables=", ".join(differ) or "alembic_version",
            )
        return full
    return counts


def restore_dump(path: Path, url: str) -> None:
    """Replace the store's tables with the dump's, in one transaction."""
    libpq, env = _libpq(url)
    _run(
        [
            _tool("pg_restore"),
            "--clean",
            "--if-exists",
            "--no-owner",
            "--single-transaction",
            "--exit-on-error",
            f"--dbname={libpq}",
            str(path),
        ],
        env,
        "pg_restore",
    )
