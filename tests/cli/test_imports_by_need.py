"""A command imports what it uses: ``--version`` and ``queue call`` load no PDF, pinyin, spreadsheet or
migration library (each costs a tenth of a second or more to import), and a current store is opened
without Alembic. Each command runs in a fresh interpreter that reports what it imported."""

from __future__ import annotations

import json
import os
import subprocess
import sys

from alembic.script import ScriptDirectory

from tests.conftest import make_site_ctx
from tests.services.queue_support import setup_hall
from windowdesk.services import queue
from windowdesk.store.migrate import alembic_config, applied_heads, shipped_heads

HEAVY = ("reportlab", "pypinyin", "alembic", "openpyxl")

RUNNER = """
import json, sys
from windowdesk.cli import main
sys.argv = ["windowdesk", *sys.argv[1:]]
try:
    code = main()
except SystemExit as exit:
    code = exit.code
print(json.dumps({"code": code, "modules": sorted({name.split(".")[0] for name in sys.modules})}))
"""


def run_and_list_modules(*args: str) -> tuple[int, list[str], str]:
    done = subprocess.run(
        [sys.executable, "-c", RUNNER, *args], capture_output=True, text=True, env=os.environ, timeout=120
    )
    *printed, report = done.stdout.strip().splitlines()
    result = json.loads(report)
    return result["code"], result["modules"], "\n".join(printed)


def test_version_imports_no_heavy_library_and_no_database_code():
    code, modules, printed = run_and_list_modules("--version")
    assert (code, printed.split()[0]) == (0, "windowdesk")
    assert [m for m in (*HEAVY, "sqlalchemy", "PySide6", "chinese_calendar") if m in modules] == []


def test_queue_call_imports_only_the_queue(sqlite_url):
    ctx = make_site_ctx(sqlite_url)
    setup_hall(ctx)
    waiting = queue.take_ticket(ctx, "A").ticket.number
    ctx.store.dispose()
    code, modules, printed = run_and_list_modules("--db", sqlite_url, "queue", "call", "--window", "1")
    assert (code, printed) == (0, waiting)
    assert [m for m in HEAVY if m in modules] == []


def test_the_migration_heads_read_from_the_files_are_alembics(sqlite_url):
    assert shipped_heads() == frozenset(ScriptDirectory.from_config(alembic_config()).get_heads())
    ctx = make_site_ctx(sqlite_url)
    assert applied_heads(ctx.store) == shipped_heads()
    ctx.store.dispose()


def test_a_store_behind_the_shipped_migrations_is_still_upgraded(sqlite_url):
    from alembic import command
    from sqlalchemy import inspect

    from windowdesk.services.context import open_context
    from windowdesk.store.engine import open_store

    store = open_store(sqlite_url)
    config = alembic_config()
    with store.engine.connect() as connection:
        config.attributes["connection"] = connection
        command.upgrade(config, "0006_merge_heads")
        connection.commit()
    assert applied_heads(store) == {"0006_merge_heads"}
    assert "rating" not in inspect(store.engine).get_table_names()
    store.dispose()
    ctx = open_context(sqlite_url)
    assert applied_heads(ctx.store) == shipped_heads()
    assert "rating" in inspect(ctx.store.engine).get_table_names()
    ctx.store.dispose()
