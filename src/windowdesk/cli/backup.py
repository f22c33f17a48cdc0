"""Backup and restore of this site's store."""

from __future__ import annotations

import argparse
from pathlib import Path

from windowdesk.cli.arguments import open_context
from windowdesk.errors import UserError


def register(subparsers: argparse._SubParsersAction) -> None:
    p = subparsers.add_parser(
        "backup", help="在线备份本站点数据库（写完后校验），默认写入设置 backup.dir 指定的目录"
    )
    p.add_argument("--out", type=Path, metavar="DIR", help="备份写入的目录")
    p.set_defaults(handler=cmd_backup)

    p = subparsers.add_parser(
        "restore",
        help="从备份恢复数据库（须先关闭本机的 windowdesk）；恢复后须与中心库同步一次才能产生新的受理编号",
    )
    p.add_argument("file", type=Path, nargs="?", metavar="FILE", help="备份文件（.sqlite3 或 .dump）")
    p.add_argument(
        "--override",
        metavar="REASON",
        help="管理员：不等同步，允许已恢复的数据库产生新的受理编号（理由记入审计）",
    )
    p.set_defaults(handler=cmd_restore)


def cmd_backup(args: argparse.Namespace) -> int:
    from windowdesk.services import backup

    ctx = open_context(args.db)
    try:
        result = backup.backup_now(ctx, args.out)
    finally:
        ctx.store.dispose()
    print(f"已备份并校验：{result.rows} 行，{result.size} 字节")
    print(result.path)
    return 0


def cmd_restore(args: argparse.Namespace) -> int:
    from windowdesk.services import backup

    if args.override is not None:
        if args.file is not None:
            raise UserError(
                "Use --override on its own (after the restore)"
            )
        ctx = open_context(args.db)
        try:
            backup.allow_case_numbers(ctx, args.override)
        finally:
            ctx.store.dispose()
        print("已解除恢复限制：本数据库可以产生新的受理编号（理由已记入审计）")
        return 0
    if args.file is None:
        raise UserError("Name the backup file")
    result = backup.restore_store(args.db, args.file)
    print(f"已从 {result.file} 恢复 {result.store}（{sum(result.counts.values())} 行）")
    if result.kept is not None:
        print(f"原数据库文件保留为 {result.kept}")
    print("注意：与中心库同步一次之前，不能产生新的受理编号（windowdesk sync）")
    return 0
