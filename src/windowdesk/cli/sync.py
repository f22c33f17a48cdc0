"""Sync commands: the central store (init, add-site) and a site client (sync setup, sync, --watch)."""

from __future__ import annotations

import argparse
import getpass
import sys
import time
from typing import TYPE_CHECKING

from windowdesk.cli.arguments import open_context
from windowdesk.errors import UserError

if TYPE_CHECKING:
    from windowdesk.services import sync as sync_service

CA_PLACEHOLDER = "中心库CA证书.pem"


def register(subparsers: argparse._SubParsersAction) -> None:
    cen = subparsers.add_parser("central", help="中心库管理（PostgreSQL）").add_subparsers(
        dest="central_command", metavar="ACTION", required=True
    )
    p = cen.add_parser("init", help="创建或升级中心库（可重复运行）")
    _db_option(p)
    p.set_defaults(handler=cmd_central_init)
    p = cen.add_parser("add-site", help="新增站点及其专用数据库账号，并显示客户端连接方法")
    _db_option(p)
    p.add_argument("code", metavar="CODE", help="站点代码，如 SZ01")
    p.add_argument("name", metavar="NAME", help="站点名称")
    p.add_argument("--kind", choices=("hall", "township"), default="hall")
    p.set_defaults(handler=cmd_central_add_site)

    p = subparsers.add_parser("sync", help="与中心库同步一次（或用 --watch 持续同步）；sync setup 进行设置")
    p.add_argument("--watch", action="store_true", help="持续同步，间隔见设置 sync.interval_seconds")
    p.add_argument("--interval", type=int, metavar="S", help="--watch 的间隔秒数（覆盖设置）")
    p.add_argument("--password-stdin", action="store_true", help="从标准输入读取中心库密码")
    p.add_argument("--quiet", action="store_true", help="不显示进度")
    p.set_defaults(handler=cmd_sync)
    sub = p.add_subparsers(dest="sync_command", metavar="setup")
    s = sub.add_parser("setup", help="登记本设备到中心库，密码保存在系统钥匙串中")
    s.add_argument("--central", required=True, metavar="URL", help="中心库地址（central add-site 给出）")
    s.add_argument("--site", required=True, metavar="CODE", help="站点代码")
    s.add_argument("--ca", metavar="FILE", help="中心库的 CA 证书（PEM），连接时用它验证中心库服务器（必需）")
    s.add_argument("--password-stdin", action="store_true", help="从标准输入读取密码")
    s.set_defaults(handler=cmd_sync_setup)


def _db_option(parser: argparse.ArgumentParser) -> None:
    # SUPPRESS: without --db here, the global `windowdesk --db URL` stays in effect.
    parser.add_argument("--db", metavar="URL", default=argparse.SUPPRESS, help="中心库地址（PostgreSQL）")


def _require_db(args: argparse.Namespace) -> str:
    if not args.db:
        raise UserError("Give the central store with --db URL")
    return args.db


def cmd_central_init(args: argparse.Namespace) -> int:
    from windowdesk.services import sync as sync_service

    ctx = sync_service.init_central(_require_db(args))
    print(f"中心库已就绪（{ctx.store.display_name}）")
    ctx.store.dispose()
    return 0


def cmd_central_add_site(args: argparse.Namespace) -> int:
    from windowdesk.services import sync as sync_service

    site = sync_service.add_central_site(_require_db(args), args.code, args.name, args.kind)
    print(f"站点 {site.code} {site.name} 已登记，数据库账号 {site.role}")
    print(f"密码（只显示这一次）：{site.password}")
    print("在该站点的客户端上运行：")
    print(f"  windowdesk sync setup --central {site.client_url} --site {site.code} --ca {CA_PLACEHOLDER}")
    return 0


def _read_password(from_stdin: bool, prompt: str) -> str:
    if from_stdin or not sys.stdin.isatty():
        line = sys.stdin.readline()
        if not line:
            raise UserError("No password on standard input")
        return line.rstrip("\r\n")
    return getpass.getpass(prompt)


def cmd_sync_setup(args: argparse.Namespace) -> int:
    from windowdesk.services import sync as sync_service

    ctx = open_context(args.db)
    sync_service.check_central_ca(args.ca)  # refused before the password is asked
    password = _read_password(args.password_stdin, "中心库密码：")
    result = sync_service.setup_sync(ctx, args.central, args.site, password, args.ca)
    print(f"本设备（{result.device_no} 号）已登记到中心库，站点 {result.site_code} {result.site_name}")
    if result.site_record == "rekeyed":
        print("本地站点记录已改用中心库的记录")
    if result.counters_raised:
        print(f"已按中心库记录调高 {result.counters_raised} 个编号计数器（避免重复编号）")
    for event in result.events:
        print(f"注意：{event}")
    if result.password_saved:
        print("密码已保存在系统钥匙串中")
    else:
        print("没有可用的系统钥匙串：密码未保存，每次同步时需要输入密码")
    return 0


_last_stage: list[str] = []


def _progress(stage: str, done: int, total: int) -> None:
    """One line per stage, rewritten in place as the counts grow."""
    if _last_stage and _last_stage[-1] != stage:
        print(file=sys.stderr)
    _last_stage[:] = [stage]
    label = "推送" if stage == "push" else "拉取"
    print(f"\r{label} {done}/{total}" if stage == "push" else f"\r{label} {done}", end="", file=sys.stderr)


def _summary_line(summary: sync_service.SyncSummary) -> str:
    return (
        f"已推送 {summary.pushed} 条，已拉取 {summary.pulled} 条，"
        f"被拒绝 {summary.rejected} 条，冲突 {summary.conflicts} 条"
    )


def cmd_sync(args: argparse.Namespace) -> int:
    from windowdesk.services import sync as sync_service
    from windowdesk.services.settings import SYNC_INTERVAL_SECONDS, get_setting

    ctx = open_context(args.db)
    password = sync_service.stored_password(ctx)
    if password is None and sync_service.sync_status(ctx).configured:
        if not sync_service.keyring_available():
            print("没有可用的系统钥匙串，请输入中心库密码", file=sys.stderr)
        password = _read_password(args.password_stdin, "中心库密码：")
    progress = None if args.quiet else _progress
    if not args.watch:
        summary = sync_service.run_sync(ctx, password, progress)
        if progress:
            print(file=sys.stderr)
        for event in summary.events:
            print(f"注意：{event}")
        print(_summary_line(summary))
        if summary.rejected or summary.conflicts:
            print("被拒绝或冲突的记录已保留，督查人员可在同步页面查看")
        return 0
    interval = args.interval or int(get_setting(ctx, SYNC_INTERVAL_SECONDS.key))
    while True:
        try:
            summary = sync_service.run_sync(ctx, password, None)
            print(f"{time.strftime('%H:%M:%S')} {_summary_line(summary)}", flush=True)
        except UserError as exc:
            print(f"{time.strftime('%H:%M:%S')} 同步失败：{exc}", flush=True)
        time.sleep(interval)
