"""Shared fixtures. Every test runs with its own data directory and settings, never the user's.

Store fixtures come in two kinds, SQLite and a real PostgreSQL: the throwaway cluster that
installer/test.sh starts (its admin URL in WINDOWDESK_TEST_PG). Without it the PostgreSQL tests
fail, they are never skipped.
"""

from __future__ import annotations

import contextlib
import os
import tempfile
import uuid
from collections.abc import Iterator
from pathlib import Path

import pytest

_SRC = str(Path(__file__).resolve().parents[1] / "src")
# Child processes (CLI, crash and concurrency tests) must run this checkout's code too.
os.environ["PYTHONPATH"] = os.pathsep.join(p for p in (_SRC, os.environ.get("PYTHONPATH")) if p)
# One root for the data directories of this run and its parallel workers (they inherit it), so the
# run's end can scan every log file written (tests/support/log_scan.py).
_test_root = os.environ.get("WINDOWDESK_TEST_ROOT") or tempfile.mkdtemp(prefix="windowdesk-test-")
os.environ["WINDOWDESK_TEST_ROOT"] = _test_root
_session_home = tempfile.mkdtemp(prefix="home-", dir=_test_root)
os.environ["WINDOWDESK_HOME"] = _session_home
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.setdefault("PYTHON_KEYRING_BACKEND", "keyrings.alt.file.PlaintextKeyring")
os.environ.pop("WINDOWDESK_DB", None)
os.environ.pop("WINDOWDESK_FAILPOINT", None)

from tests.support.clock import TestClock  # noqa: E402
from tests.support.postgres import dropdb, pg_admin_url, temporary_pg_database  # noqa: E402,F401
from windowdesk.errors import set_language  # noqa: E402
from windowdesk.services import site as site_service  # noqa: E402
from windowdesk.services.context import ServiceContext, open_context  # noqa: E402
from windowdesk.store.uow import Actor  # noqa: E402

TEST_SITE = ("TS01", "测试市政务服务中心")


@pytest.fixture(autouse=True)
def _chinese_messages() -> Iterator[None]:
    set_language("zh_CN")
    yield
    set_language("zh_CN")


@pytest.fixture
def sqlite_url(tmp_path) -> str:
    return f"sqlite:///{tmp_path / 'site.sqlite3'}"


@pytest.fixture
def pg_url() -> Iterator[str]:
    with temporary_pg_database() as url:
        yield url


@pytest.fixture(params=["sqlite", "postgres"])
def store_url(request, tmp_path) -> Iterator[str]:
    """A fresh, empty store of each kind."""
    if request.param == "sqlite":
        yield f"sqlite:///{tmp_path / 'site.sqlite3'}"
    else:
        with temporary_pg_database() as url:
            yield url


def make_site_ctx(url: str) -> ServiceContext:
    ctx = open_context(url, time=TestClock())
    site = site_service.init_site(ctx, *TEST_SITE)
    return ctx.as_actor(
        Actor(login="tester", role="admin", site_id=site.id, device_no=1, display_name="测试员")
    )


@pytest.fixture
def ctx(store_url) -> Iterator[ServiceContext]:
    """A store of each kind with its site initialised, acting as an admin."""
    context = make_site_ctx(store_url)
    yield context
    context.store.dispose()


@pytest.fixture
def sqlite_ctx(sqlite_url) -> Iterator[ServiceContext]:
    context = make_site_ctx(sqlite_url)
    yield context
    context.store.dispose()


@pytest.fixture
def pg_ctx(pg_url) -> Iterator[ServiceContext]:
    context = make_site_ctx(pg_url)
    yield context
    context.store.dispose()


def unique_name(prefix: str) -> str:
    return f"{prefix}_{uuid.uuid4().hex[:10]}"


def pytest_collection_modifyitems(config, items):
    """Everything under tests/benchmarks is a benchmark (installer/test.sh runs them on their own);
    ``slow`` tests (long fault and soak sets) run only with WINDOWDESK_LONG_TESTS=1 (``--long``)."""
    long_run = bool(os.environ.get("WINDOWDESK_LONG_TESTS"))
    kept, dropped = [], []
    for item in items:
        if "benchmarks" in Path(str(item.fspath)).parts:
            item.add_marker(pytest.mark.benchmark)
        (kept if long_run or item.get_closest_marker("slow") is None else dropped).append(item)
    if dropped:
        config.hook.pytest_deselected(items=dropped)
        items[:] = kept


def pytest_sessionfinish(session, exitstatus):
    """No log file written during the whole run may hold a full ID number or a password: the data
    directories of every worker and every test's own (under pytest's base temp) are scanned once,
    by the process that reports the run."""
    if hasattr(session.config, "workerinput"):
        return  # an xdist worker: the controller scans everything at the end
    from tests.support.log_scan import scan

    roots = [Path(_test_root)]
    factory = getattr(session.config, "_tmp_path_factory", None)
    if factory is not None:
        with contextlib.suppress(Exception):  # no base temp made by this run
            roots.append(factory.getbasetemp())
    leaks = scan(roots)
    if leaks:
        reporter = session.config.pluginmanager.get_plugin("terminalreporter")
        lines = [f"{path}: {', '.join(sorted(set(found)))}" for path, found in leaks.items()]
        message = "log files hold full ID numbers or passwords:\n" + "\n".join(lines)
        if reporter is not None:
            reporter.write_line(message, red=True)
        session.exitstatus = 1
