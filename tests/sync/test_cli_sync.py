"""The sync commands as real processes: central init and add-site, sync setup, sync, --watch;
and a site store on PostgreSQL (a hall with several counter PCs) syncing like an SQLite one."""

from __future__ import annotations

import os
import re
import subprocess
import sys
import time
import uuid

from tests.support.postgres import createdb, dropdb
from tests.support.tls import suite_ca_file
from tests.sync.cases import assert_in_step, edit_case, take_case, take_window
from tests.sync.support import Central, drop_roles_of, site_client
from windowdesk.services import sync as sync_service


def run(*args: str, stdin: str | None = None, env: dict | None = None) -> subprocess.CompletedProcess:
    return subprocess.run(
        [sys.executable, "-m", "windowdesk", *args],
        capture_output=True,
        text=True,
        input=stdin,
        env={**os.environ, **(env or {})},
        timeout=120,
    )


def test_central_commands_then_a_client_syncs(tmp_path):
    name = f"wdcentral_{uuid.uuid4().hex[:10]}"
    url = createdb(name)
    try:
        for _ in range(2):  # create, then upgrade: both fine
            done = run("central", "init", "--db", url)
            assert done.returncode == 0 and "中心库已就绪" in done.stdout, done.stderr
        added = run("central", "add-site", "--db", url, "XZ03", "石桥镇便民服务中心", "--kind", "township")
        assert added.returncode == 0, added.stderr
        password = re.search(r"密码（只显示这一次）：(\S+)", added.stdout).group(1)
        command = re.search(r"windowdesk (sync setup .+)", added.stdout).group(1).split()
        assert command[-2:] == ["--ca", "中心库CA证书.pem"]  # the admin fills in central's CA file, named in Chinese
        command[-1] = suite_ca_file()
        site_db = f"sqlite:///{tmp_path / 'xz03.db'}"
        setup = run("--db", site_db, *command, "--password-stdin", stdin=password + "\n")
        assert setup.returncode == 0, setup.stderr
        assert "站点 XZ03 石桥镇便民服务中心" in setup.stdout and "密码已保存在系统钥匙串中" in setup.stdout
        first = run("--db", site_db, "sync")
        assert first.returncode == 0, first.stderr
        assert re.match(r"已推送 \d+ 条，已拉取 \d+ 条，被拒绝 0 条，冲突 0 条", first.stdout)
        assert "推送" in first.stderr  # progress

        wrong = run(
            "--db", site_db, "sync", stdin="", env={"PYTHON_KEYRING_BACKEND": "keyring.backends.fail.Keyring"}
        )
        assert wrong.returncode == 1  # no keyring, no password on stdin: a clear failure
        assert "没有可用的系统钥匙串" in wrong.stderr
        again = run(
            "--db",
            site_db,
            "sync",
            "--password-stdin",
            stdin=password + "\n",
            env={"PYTHON_KEYRING_BACKEND": "keyring.backends.fail.Keyring"},
        )
        assert again.returncode == 0, again.stderr
    finally:
        dropdb(name)
        drop_roles_of(name)


def test_setup_without_a_keyring_says_the_password_is_asked_each_time(tmp_path):
    name = f"wdcentral_{uuid.uuid4().hex[:10]}"
    url = createdb(name)
    try:
        sync_service.init_central(url).store.dispose()
        site = sync_service.add_central_site(url, "TS01", "测试")
        setup = run(
            "--db",
            f"sqlite:///{tmp_path / 's.db'}",
            "sync",
            "setup",
            "--central",
            site.client_url,
            "--site",
            "TS01",
            "--ca",
            suite_ca_file(),
            stdin=site.password + "\n",
            env={"PYTHON_KEYRING_BACKEND": "keyring.backends.fail.Keyring"},
        )
        assert setup.returncode == 0, setup.stderr
        assert "没有可用的系统钥匙串：密码未保存，每次同步时需要输入密码" in setup.stdout
        wrong_site = run(
            "--db",
            f"sqlite:///{tmp_path / 'other.db'}",
            "sync",
            "setup",
            "--central",
            site.client_url,
            "--site",
            "TS02",
            "--ca",
            suite_ca_file(),
            stdin=site.password + "\n",
        )
        assert wrong_site.returncode == 1 and "TS01" in wrong_site.stderr
    finally:
        dropdb(name)
        drop_roles_of(name)


def test_watch_keeps_syncing(tmp_path):
    name = f"wdcentral_{uuid.uuid4().hex[:10]}"
    url = createdb(name)
    process = None
    try:
        c = Central(url, name, {})
        sync_service.init_central(url).store.dispose()
        c.add_site("TS01")
        db = f"sqlite:///{tmp_path / 's.db'}"
        ctx = site_client(c, "TS01", db)
        process = subprocess.Popen(
            [sys.executable, "-m", "windowdesk", "--db", db, "sync", "--watch", "--interval", "1"],
            stdout=subprocess.PIPE,
            text=True,
        )
        take_window(ctx)
        deadline = time.monotonic() + 60
        while time.monotonic() < deadline and c.query("SELECT count(*) FROM public.window")[0][0] == 0:
            time.sleep(0.2)
        assert c.query("SELECT count(*) FROM public.window")[0][0] == 1
        take_window(ctx)
        while time.monotonic() < deadline and c.query("SELECT count(*) FROM public.window")[0][0] == 1:
            time.sleep(0.2)
        assert c.query("SELECT count(*) FROM public.window")[0][0] == 2
        ctx.store.dispose()
    finally:
        if process is not None:
            process.terminate()
            process.wait(timeout=30)
        dropdb(name)
        drop_roles_of(name)


def test_a_postgresql_site_store_syncs_too(pg_url):
    name = f"wdcentral_{uuid.uuid4().hex[:10]}"
    url = createdb(name)
    try:
        c = Central(url, name, {})
        sync_service.init_central(url).store.dispose()
        c.add_site("TS01")
        one = site_client(c, "TS01", pg_url, device_no=1)
        numbers = [take_case(one) for _ in range(30)]
        for number in numbers[::5]:
            edit_case(one, number)
        summary = sync_service.run_sync(one)
        assert summary.rejected == 0 and summary.pushed > 60
        assert_in_step(c, [one])
        one.store.dispose()
    finally:
        dropdb(name)
        drop_roles_of(name)
