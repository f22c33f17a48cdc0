"""The windowdesk command, run as a real process against both stores."""

from __future__ import annotations

import os
import subprocess
import sys

import pytest


def run(*args: str, stdin: str | None = None, db: str | None = None) -> subprocess.CompletedProcess:
    cmd = [sys.executable, "-m", "windowdesk"] + (["--db", db] if db else []) + list(args)
    return subprocess.run(cmd, capture_output=True, text=True, input=stdin, env=os.environ, timeout=120)


def test_help_lists_the_commands():
    out = run("--help")
    assert out.returncode == 0
    for command in ("init", "demo", "db", "user", "settings", "calendar"):
        assert command in out.stdout


def test_demo_twice_on_each_store(store_url):
    first = run("demo", db=store_url)
    assert first.returncode == 0, first.stderr
    assert "已载入演示数据" in first.stdout
    second = run("demo", db=store_url)
    assert second.returncode == 0, second.stderr
    assert "无需更改" in second.stdout
    users = run("user", "list", db=store_url)
    assert [line.split("\t")[0] for line in users.stdout.splitlines()] == [
        "admin",
        "clerk1",
        "clerk2",
        "clerk3",
        "supervisor",
    ]


def test_settings_are_listed_and_set(sqlite_url):
    assert run("init", "--site-code", "XZ03", "--site-name", "某镇", db=sqlite_url).returncode == 0
    changed = run("settings", "set", "notice.limit_workdays", "2", db=sqlite_url)
    assert changed.returncode == 0 and "已设为 2" in changed.stdout
    listed = dict(line.split("\t")[:2] for line in run("settings", "list", db=sqlite_url).stdout.splitlines())
    assert listed["notice.limit_workdays"] == "2" and listed["deadline.statutory_workdays"] == "20"
    bad = run("settings", "set", "notice.limit_workdays", "zero", db=sqlite_url)
    assert bad.returncode == 1 and "设置“补正告知期限（工作日）”的值无效" in bad.stderr


def test_calendar_overrides_are_listed(sqlite_url):
    assert (
        run("calendar", "set", "2027-02-06", "workday", "--note", "春节调休", db=sqlite_url).returncode == 0
    )
    assert run("calendar", "set", "2027-02-08", "holiday", db=sqlite_url).returncode == 0
    listed = run("calendar", "list", db=sqlite_url)
    assert listed.stdout.splitlines() == ["2027-02-06\t工作日\t春节调休", "2027-02-08\t节假日\t"]


def test_calendar_due_counts_make_up_workdays(sqlite_url):
    out = run("calendar", "due", "2025-09-26", "5", db=sqlite_url)
    assert (out.returncode, out.stdout.strip()) == (0, "2025-10-10")


def test_calendar_due_past_known_years_is_flagged_provisional(sqlite_url):
    out = run("calendar", "due", "2027-03-01", "3", db=sqlite_url)
    assert out.returncode == 0 and "暂定" in out.stderr
    assert out.stdout.strip() == "2027-03-04"


def test_user_add_and_passwd_from_stdin(sqlite_url):
    assert (
        run(
            "init",
            "--site-code",
            "XZ02",
            "--site-name",
            "某镇便民服务中心",
            "--kind",
            "township",
            db=sqlite_url,
        ).returncode
        == 0
    )
    added = run(
        "user", "add", "clerk7", "--role", "clerk", "--name", "钱七", stdin="secret123\n", db=sqlite_url
    )
    assert added.returncode == 0, added.stderr
    changed = run("user", "passwd", "clerk7", stdin="another456\n", db=sqlite_url)
    assert changed.returncode == 0, changed.stderr
    missing = run("user", "passwd", "ghost", stdin="another456\n", db=sqlite_url)
    assert (missing.returncode, missing.stderr.strip()) == (1, "windowdesk: 找不到用户 ghost")


@pytest.mark.parametrize(
    ("args", "code", "message"),
    [
        (("calendar", "due", "2025-13-01", "5"), 2, "YYYY-MM-DD"),
        (("nosuchcommand",), 2, "invalid choice"),
        (("init", "--site-code", "1", "--site-name", "x"), 1, "站点代码"),
        (("--db", "mysql://x/y", "demo"), 1, "不支持的数据库类型"),
        (("calendar", "due", "2025-09-26", "99999999"), 1, "工作日数须在 0 到 3650 之间"),
        (("calendar", "due", "9999-12-30", "5"), 1, "日期超出可计算的范围"),
        (("demo", "--cases", "-3"), 2, "示例办件数须为 0 到 10000"),
    ],
)
def test_errors_are_one_clear_line(sqlite_url, args, code, message):
    out = run(*args, db=None if args[0] == "--db" else sqlite_url)
    assert out.returncode == code
    assert message in out.stderr and "Traceback" not in out.stderr


def test_unreachable_postgres_is_a_clear_error():
    out = run("db", "upgrade", db="postgresql+psycopg://nobody@127.0.0.1:1/none")
    assert out.returncode == 1 and "Traceback" not in out.stderr
    assert out.stderr.startswith("windowdesk: ")


def test_settings_list_on_a_fresh_store_shows_every_setting_of_every_capability(tmp_path):
    # A fresh process that imports nothing but what `settings list` needs, on a store never initialised.
    listed = run("settings", "list", db=f"sqlite:///{tmp_path / 'fresh.db'}")
    assert listed.returncode == 0, listed.stderr
    keys = [line.split("\t")[0] for line in listed.stdout.splitlines()]
    registry = subprocess.run(
        [
            sys.executable,
            "-c",
            "import sys; from windowdesk.services import settings; "
            "print(*settings.SPECS, sep='\\n'); "
            "print(sorted(m for m in sys.modules if m.startswith('windowdesk.services.')), file=sys.stderr)",
        ],
        capture_output=True,
        text=True,
        env=os.environ,
        timeout=120,
    )
    assert registry.returncode == 0, registry.stderr
    # the registry is complete on its own: importing it loads no capability, only the shared modules
    # of the services' root (the context carries the hall's clock)
    assert registry.stderr.strip() == (
        "['windowdesk.services.clock', 'windowdesk.services.context', 'windowdesk.services.settings']"
    )
    assert keys == registry.stdout.split()
    # 16, backup.dir and backup.keep (issue 15), rating.timeout_seconds (issue 13), the three auth.*
    # of sign-in security (issue 12); issue 14 moved deadline.yellow_workdays to supervision.* and
    # added two more supervision settings
    assert len(keys) == 24
    assert {key.split(".")[0] for key in keys} == {
        "office",
        "notice",
        "deadline",
        "supervision",
        "rating",
        "queue",
        "progress",
        "sync",
        "backup",
        "auth",
    }
