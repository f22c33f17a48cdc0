"""Store administration: init, demo, db upgrade, users, the working-day site."""

from __future__ import annotations

import argparse
import getpass
import sys
from pathlib import Path

from windowdesk.cli.arguments import iso_date, open_context
from windowdesk.domain import roles
from windowdesk.errors import UserError
from windowdesk.messages import translate


def register(subparsers: argparse._SubParsersAction) -> None:
    p = subparsers.add_parser("init", help="初始化本站点数据库（站点代码、名称、类型）")
    p.add_argument("--site-code", required=True, help="站点代码，如 SZ01（会出现在受理编号中）")
    p.add_argument("--site-name", required=True, help="站点名称，如 示范市政务服务中心")
    p.add_argument("--kind", choices=("hall", "township"), default="hall", help="hall 大厅 / township 乡镇")
    p.set_defaults(handler=cmd_init)

    p = subparsers.add_parser("demo", help="创建数据库（如需要）并载入演示数据；重复运行不产生变化")
    p.add_argument(
        "--cases", type=_case_count, default=0, metavar="N", help="另外创建 N 个示例办件（0–10000）"
    )
    p.add_argument(
        "--year",
        action="store_true",
        help="另外生成一年的繁忙大厅数据（号票、办件、黄红牌、评价；批量写入，不参与同步）",
    )
    p.add_argument("--days", type=int, default=250, metavar="N", help="--year 的工作日数（默认 250）")
    p.add_argument("--tickets", type=int, default=2000, metavar="N", help="--year 每日取号数（默认 2000）")
    p.add_argument("--year-cases", type=int, default=600, metavar="N", help="--year 每日收件数（默认 600）")
    p.set_defaults(handler=cmd_demo)

    db = subparsers.add_parser("db", help="数据库维护").add_subparsers(
        dest="db_command", metavar="ACTION", required=True
    )
    p = db.add_parser("upgrade", help="创建或升级数据库结构（可重复运行）")
    p.set_defaults(handler=cmd_db_upgrade)

    user = subparsers.add_parser("user", help="用户管理").add_subparsers(
        dest="user_command", metavar="ACTION", required=True
    )
    p = user.add_parser("add", help="新增用户（密码从终端输入，或用 --password-stdin 从标准输入读取）")
    p.add_argument("login")
    p.add_argument("--role", required=True, choices=roles.ROLES)
    p.add_argument("--name", default="", help="显示名称")
    p.add_argument("--password-stdin", action="store_true", help="从标准输入读取一行作为密码")
    p.set_defaults(handler=cmd_user_add)
    p = user.add_parser("passwd", help="修改用户密码")
    p.add_argument("login")
    p.add_argument("--password-stdin", action="store_true", help="从标准输入读取一行作为密码")
    p.set_defaults(handler=cmd_user_passwd)
    p = user.add_parser("list", help="列出用户")
    p.set_defaults(handler=cmd_user_list)
    p = user.add_parser("set", help="修改用户的角色、默认窗口或姓名")
    p.add_argument("login")
    p.add_argument("--role", choices=roles.ROLES)
    p.add_argument("--window", type=int, metavar="N", help="默认窗口号（0 表示不设）")
    p.add_argument("--name", help="显示名称")
    p.add_argument("--staff-no", help="工号")
    p.set_defaults(handler=cmd_user_set)
    p = user.add_parser("disable", help="停用用户（不删除，其记录保留）")
    p.add_argument("login")
    p.set_defaults(handler=cmd_user_disable)
    p = user.add_parser("enable", help="重新启用用户")
    p.add_argument("login")
    p.set_defaults(handler=cmd_user_enable)
    p = user.add_parser("unlock", help="解除因多次输错密码而锁定的账户")
    p.add_argument("login")
    p.set_defaults(handler=cmd_user_unlock)

    window = subparsers.add_parser("window", help="窗口管理").add_subparsers(
        dest="window_command", metavar="ACTION", required=True
    )
    p = window.add_parser("add", help="新增窗口")
    p.add_argument("number", type=int, metavar="N", help="窗口号（1–999）")
    p.add_argument("--name", default="", help="窗口名称，默认“N号窗口”")
    p.add_argument("--department", default="", help="所属部门")
    p.set_defaults(handler=cmd_window_add)
    p = window.add_parser("list", help="列出窗口")
    p.set_defaults(handler=cmd_window_list)
    p = window.add_parser("set", help="修改窗口名称、部门或启用状态")
    p.add_argument("number", type=int, metavar="N")
    p.add_argument("--name")
    p.add_argument("--department")
    p.add_argument("--active", choices=("yes", "no"))
    p.set_defaults(handler=cmd_window_set)

    conf = subparsers.add_parser("settings", help="站点设置").add_subparsers(
        dest="settings_command", metavar="ACTION", required=True
    )
    p = conf.add_parser("list", help="列出全部站点设置及其当前值")
    p.set_defaults(handler=cmd_settings_list)
    p = conf.add_parser("set", help="修改一项站点设置")
    p.add_argument("key")
    p.add_argument("value")
    p.set_defaults(handler=cmd_settings_set)

    cal = subparsers.add_parser("calendar", help="工作日日历").add_subparsers(
        dest="calendar_command", metavar="ACTION", required=True
    )
    p = cal.add_parser("due", help="打印 START 之后第 N 个工作日的日期")
    p.add_argument("start", type=iso_date, metavar="START", help="起算日期 YYYY-MM-DD（当天不计）")
    p.add_argument("n", type=int, metavar="N", help="工作日数")
    p.set_defaults(handler=cmd_calendar_due)
    p = cal.add_parser("list", help="列出管理员录入的节假日与调休工作日")
    p.set_defaults(handler=cmd_calendar_list)
    p = cal.add_parser("set", help="把某天设为节假日或（调休）工作日")
    p.add_argument("day", type=iso_date, metavar="DATE")
    p.add_argument("kind", choices=("workday", "holiday"))
    p.add_argument("--note", default="")
    p.set_defaults(handler=cmd_calendar_set)
    p = cal.add_parser("publish", help="标记某年的节假日安排已完整录入（不再是暂定）")
    p.add_argument("year", type=int)
    p.add_argument("--source", default="", help="依据，如 国务院办公厅通知文号")
    p.set_defaults(handler=cmd_calendar_publish)
    p = cal.add_parser(
        "import",
        help="从文件导入一年的节假日安排（每行：日期 holiday|workday 备注；# 开头为注释，# source: 写通知文号）",
    )
    p.add_argument("file", metavar="FILE")
    p.add_argument("--source", default="", help="依据（文件中没有 # source: 行时使用）")
    p.set_defaults(handler=cmd_calendar_import)


def _case_count(text: str) -> int:
    try:
        value = int(text)
    except ValueError:
        value = -1
    if not 0 <= value <= 10_000:
        raise argparse.ArgumentTypeError(f"示例办件数须为 0 到 10000 的整数，而不是 {text!r}")
    return value


def _read_password(from_stdin: bool) -> str:
    if from_stdin or not sys.stdin.isatty():
        line = sys.stdin.readline()
        if not line:
            raise UserError("No password on standard input")
        return line.rstrip("\r\n")
    first = getpass.getpass("新密码：")
    if getpass.getpass("再次输入：") != first:
        raise UserError("The two passwords differ")
    return first


def cmd_init(args: argparse.Namespace) -> int:
    from windowdesk.services import site

    ctx = open_context(args.db)
    info = site.init_site(ctx, args.site_code, args.site_name, args.kind)
    print(f"站点 {info.code} {info.name} 已就绪（{ctx.store.display_name}）")
    return 0


def cmd_demo(args: argparse.Namespace) -> int:
    from windowdesk.services import demo

    ctx = open_context(args.db)
    report = demo.load_demo(ctx, demo.DemoOptions(cases=args.cases))
    if report.created:
        print(f"已载入演示数据：新建 {len(report.created)} 项（{ctx.store.display_name}）")
    else:
        print(f"演示数据已存在，无需更改（{ctx.store.display_name}）")
    print(f"演示用户 {', '.join(login for login, _, _ in demo.DEMO_USERS)}，密码 {demo.DEMO_PASSWORD}")
    if args.year:
        size = demo.YearSize(args.days, args.tickets, args.year_cases)
        year = demo.load_year(ctx, ctx.clock.today(), size)
        print(
            f"已生成 {year.first.isoformat()} 至 {year.last.isoformat()} 共 {year.days} 个工作日："
            f"号票 {year.tickets}，办件 {year.cases}，黄红牌 {year.cards}，评价 {year.ratings}"
        )
    return 0


def cmd_db_upgrade(args: argparse.Namespace) -> int:
    from windowdesk.services.context import upgrade_store

    print(f"数据库结构已是最新（{upgrade_store(args.db)}）")
    return 0


def cmd_user_add(args: argparse.Namespace) -> int:
    from windowdesk.services import site

    ctx = open_context(args.db)
    user = site.add_user(ctx, args.login, args.role, _read_password(args.password_stdin), args.name)
    print(f"已新增用户 {user.login}（{translate(roles.ROLE_NAMES[user.role])}）")
    if user.must_change_password:  # the password was chosen for them
        print(f"{user.login} 首次登录时须修改密码")
    return 0


def cmd_user_passwd(args: argparse.Namespace) -> int:
    from windowdesk.services import site

    ctx = open_context(args.db)
    site.set_password(ctx, args.login, _read_password(args.password_stdin))
    print(f"已修改用户 {args.login} 的密码")
    return 0


def cmd_user_list(args: argparse.Namespace) -> int:
    from windowdesk.services import site

    ctx = open_context(args.db)
    for user in site.list_users(ctx):
        state = "" if user.active else "（停用）"
        print(f"{user.login}\t{user.display_name}\t{translate(roles.ROLE_NAMES[user.role])}{state}")
    return 0


def cmd_settings_list(args: argparse.Namespace) -> int:
    from windowdesk.services import settings

    ctx = open_context(args.db)
    for key, value in settings.all_settings(ctx).items():
        print(f"{key}\t{value}\t{translate(settings.SPECS[key].label)}")
    return 0


def cmd_settings_set(args: argparse.Namespace) -> int:
    from windowdesk.services import settings

    ctx = open_context(args.db)
    value = settings.set_setting(ctx, args.key, args.value)
    print(f"{translate(settings.SPECS[args.key].label)}（{args.key}）已设为 {value}")
    return 0


def cmd_calendar_due(args: argparse.Namespace) -> int:
    from windowdesk.services import site

    ctx = open_context(args.db)
    due = site.due_date(ctx, args.start, args.n)
    if due.provisional:
        print("注意：超出已公布的节假日安排，结果为暂定（未计调休）", file=sys.stderr)
    print(due.day.isoformat())
    return 0


def cmd_calendar_list(args: argparse.Namespace) -> int:
    from windowdesk.services import site

    ctx = open_context(args.db)
    for row in site.list_overrides(ctx):
        print(f"{row.day.isoformat()}\t{'工作日' if row.is_workday else '节假日'}\t{row.note}")
    return 0


def cmd_calendar_set(args: argparse.Namespace) -> int:
    from windowdesk.services import calendar

    ctx = open_context(args.db)
    calendar.set_day(ctx, args.day, args.kind == "workday", args.note)  # open cases recomputed with it
    print(f"{args.day.isoformat()} 已设为{'工作日' if args.kind == 'workday' else '节假日'}")
    return 0


def cmd_calendar_publish(args: argparse.Namespace) -> int:
    from windowdesk.services import calendar

    ctx = open_context(args.db)
    calendar.publish_year(ctx, args.year, args.source)  # open cases recomputed with it
    print(f"{args.year} 年节假日安排已标记为正式")
    return 0


def cmd_user_set(args: argparse.Namespace) -> int:
    from windowdesk.services import site

    ctx = open_context(args.db)
    changes: dict = {}
    if args.role is not None:
        changes["role"] = args.role
    if args.window is not None:
        changes["window_no"] = args.window or None
    if args.name is not None:
        changes["display_name"] = args.name
    if args.staff_no is not None:
        changes["staff_no"] = args.staff_no
    if not changes:
        raise UserError("Nothing to change (--role, --window, --name or --staff-no)")
    user = site.update_user(ctx, args.login, **changes)
    window = f"{user.window_no} 号窗口" if user.window_no else "未设默认窗口"
    print(f"用户 {user.login}：{user.display_name}，{translate(roles.ROLE_NAMES[user.role])}，{window}")
    return 0


def cmd_user_disable(args: argparse.Namespace) -> int:
    from windowdesk.services import site

    user = site.set_user_active(open_context(args.db), args.login, False)
    print(f"用户 {user.login} 已停用（其办理记录保留）")
    return 0


def cmd_user_enable(args: argparse.Namespace) -> int:
    from windowdesk.services import site

    user = site.set_user_active(open_context(args.db), args.login, True)
    print(f"用户 {user.login} 已启用")
    return 0


def cmd_user_unlock(args: argparse.Namespace) -> int:
    from windowdesk.services import site

    user = site.unlock_user(open_context(args.db), args.login)
    print(f"用户 {user.login} 已解除锁定")
    return 0


def cmd_window_add(args: argparse.Namespace) -> int:
    from windowdesk.services import site

    window = site.add_window(open_context(args.db), args.number, args.name, args.department)
    print(f"已新增 {window.number} 号窗口：{window.name}")
    return 0


def cmd_window_list(args: argparse.Namespace) -> int:
    from windowdesk.services import site

    for w in site.list_windows(open_context(args.db)):
        print(f"{w.number}\t{w.name}\t{w.department or '-'}\t{'启用' if w.active else '停用'}")
    return 0


def cmd_window_set(args: argparse.Namespace) -> int:
    from windowdesk.services import site

    active = None if args.active is None else args.active == "yes"
    if args.name is None and args.department is None and active is None:
        raise UserError("Nothing to change (--name, --department or --active)")
    w = site.update_window(
        open_context(args.db), args.number, name=args.name, department=args.department, active=active
    )
    print(f"{w.number} 号窗口：{w.name}，{w.department or '未设部门'}，{'启用' if w.active else '停用'}")
    return 0


def cmd_calendar_import(args: argparse.Namespace) -> int:
    from windowdesk.services import calendar

    try:
        text = Path(args.file).read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as exc:
        raise UserError("Cannot read {path}: {reason}", path=args.file, reason=exc) from exc
    result = calendar.import_schedule(open_context(args.db), text, args.source)  # open cases recomputed
    print(f"已导入 {result.year} 年节假日安排：{result.days} 天，已标记为正式")
    return 0
