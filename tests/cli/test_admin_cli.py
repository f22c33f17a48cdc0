"""A township set up from an empty store with the CLI alone, and its bad input, as real processes."""

from __future__ import annotations

from sqlalchemy import func, select

from tests.cli.test_cli import run
from windowdesk.services.context import open_context
from windowdesk.store.models import AuditEntry, Matter, OutboxOp, User


def ok(*args: str, db: str, stdin: str | None = None) -> list[str]:
    out = run(*args, db=db, stdin=stdin)
    assert out.returncode == 0, (args, out.stderr)
    return out.stdout.strip().splitlines()


def refused(*args: str, db: str, stdin: str | None = None) -> str:
    out = run(*args, db=db, stdin=stdin)
    assert out.returncode == 1 and "Traceback" not in out.stderr, (args, out.stdout, out.stderr)
    return out.stderr


def _written(db: str) -> tuple[int, int]:
    ctx = open_context(db)
    try:
        with ctx.reading() as session:
            return (
                session.scalar(select(func.count()).select_from(AuditEntry)),
                session.scalar(select(func.count()).select_from(OutboxOp)),
            )
    finally:
        ctx.store.dispose()


def test_a_township_from_scratch_with_the_cli_alone(store_url):
    db = store_url
    ok("init", "--site-code", "QS01", "--site-name", "青山镇便民服务中心", "--kind", "township", db=db)
    ok(
        "user",
        "add",
        "zhang",
        "--role",
        "admin",
        "--name",
        "张管理",
        "--password-stdin",
        db=db,
        stdin="qingshan-1\n",
    )
    assert ok("window", "add", "1", "--name", "综合窗口", "--department", "综合办", db=db) == [
        "已新增 1 号窗口：综合窗口"
    ]
    ok("window", "add", "2", db=db)
    ok("window", "set", "2", "--department", "社保所", "--active", "yes", db=db)
    assert ok("window", "list", db=db) == ["1\t综合窗口\t综合办\t启用", "2\t2号窗口\t社保所\t启用"]
    ok("queue", "add-category", "A", "综合受理", db=db)
    ok("queue", "add-category", "C", "社保医保", db=db)
    assert (
        ok("queue", "category", "set", "A", "--cap", "200", "--start", "1", "--hours", "00:00-24:00", db=db)[
            -1
        ]
        == "排队类别 A 综合受理：起始 1，限额 200，取号时段 00:00-24:00"
    )
    ok("queue", "serve", "--window", "1", "A", "C", db=db)
    ok("queue", "serve", "--window", "2", "C", db=db)
    assert ok(
        "user",
        "add",
        "li",
        "--role",
        "clerk",
        "--name",
        "李窗口",
        "--password-stdin",
        db=db,
        stdin="lichuang-1\n",
    ) == ["已新增用户 li（窗口工作人员）", "li 首次登录时须修改密码"]
    assert ok("user", "set", "li", "--window", "1", db=db) == ["用户 li：李窗口，窗口工作人员，1 号窗口"]

    assert ok("ticket", "take", "A", db=db)[-1] == "A001"
    assert ok("queue", "call", "--window", "1", db=db)[-1] == "A001"
    ok("queue", "start", "--window", "1", db=db)
    assert ok("queue", "finish", "--window", "1", "--outcome", "consultation", db=db) == ["A001 已办结：仅咨询"]
    status = ok("queue", "status", db=db)
    assert status[0].startswith("青山镇便民服务中心") and "A\t综合受理\t0\t0\t1" in status

    ctx = open_context(db)
    try:
        with ctx.reading() as session:  # no demo data anywhere
            users = {u.login: u.must_change_password for u in session.scalars(select(User))}
            assert users == {"li": True, "zhang": True}  # a password set on the command line is changed at first sign-in
            assert session.scalar(select(func.count()).select_from(Matter)) == 0
    finally:
        ctx.store.dispose()


def test_bad_input_gets_a_clear_message_and_writes_nothing(sqlite_url):
    db = sqlite_url
    ok("init", "--site-code", "QS02", "--site-name", "石桥镇便民服务中心", "--kind", "township", db=db)
    ok("user", "add", "boss", "--role", "admin", "--password-stdin", db=db, stdin="boss-pass-1\n")
    ok("window", "add", "1", db=db)
    ok("queue", "add-category", "A", "综合受理", db=db)
    before = _written(db)
    assert "窗口号须在 1 到 999 之间，而不是 0" in refused("window", "add", "0", db=db)
    assert "1 号窗口已存在" in refused("window", "add", "1", db=db)
    assert "类别代号须为一个大写字母" in refused("queue", "add-category", "AB", "综合", db=db)
    assert "结束时间须晚于开始时间" in refused(
        "queue", "category", "set", "A", "--hours", "17:30-14:00", db=db
    )
    assert "密码至少需要 8 个字符" in refused(
        "user", "add", "wang", "--role", "clerk", "--password-stdin", db=db, stdin="1234\n"
    )
    assert "唯一的管理员" in refused("user", "disable", "boss", db=db)
    assert "唯一的管理员" in refused("user", "set", "boss", "--role", "clerk", db=db)
    assert "没有 7 号窗口" in refused("window", "set", "7", "--name", "七", db=db)
    assert _written(db) == before
    assert "用户 boss 已停用" not in run("user", "list", db=db).stdout


def test_calendar_import_from_a_file(sqlite_url, tmp_path):
    db = sqlite_url
    ok("init", "--site-code", "QS03", "--site-name", "河口镇便民服务中心", db=db)
    good = tmp_path / "2027.txt"
    good.write_text(
        "# source: 国办发明电〔2026〕7号\n2027-10-01 holiday 国庆节\n2027-10-09 workday 调休\n", "utf-8"
    )
    assert ok("calendar", "import", str(good), db=db) == ["已导入 2027 年节假日安排：2 天，已标记为正式"]
    assert ok("calendar", "list", db=db) == ["2027-10-01\t节假日\t国庆节", "2027-10-09\t工作日\t调休"]
    bad = tmp_path / "bad.txt"
    bad.write_text("2028-01-01 holiday 元旦\n2028-02-30 holiday 错日\n", "utf-8")
    before = _written(db)
    assert "第 2 行格式不对" in refused("calendar", "import", str(bad), db=db)
    assert _written(db) == before
    assert "无法读取文件" in refused("calendar", "import", str(tmp_path / "missing.txt"), db=db)
