"""电子监察 and reports from the command line (issue 14): ``supervision run|cards|exceptions|urge|
explain|close`` and ``report --from D --to D [--site CODE] --out FILE.xlsx|FILE.pdf``."""

from __future__ import annotations

import argparse
from pathlib import Path

from windowdesk.cli.arguments import iso_date, open_context
from windowdesk.messages import translate

_PAGE = 1000


def register(subparsers: argparse._SubParsersAction) -> None:
    from windowdesk.domain import supervision  # the vocabulary only: --version loads no service

    sup = subparsers.add_parser("supervision", help="电子监察：黄红牌、异常、督办").add_subparsers(
        dest="supervision_command", metavar="ACTION", required=True
    )
    p = sup.add_parser("run", help="发出到期的黄红牌并查找异常（客户端启动时及每小时自动运行）")
    p.add_argument("--date", type=iso_date, metavar="D", help="按此日期运行（默认今天）")
    p.set_defaults(handler=cmd_run)

    p = sup.add_parser("cards", help="黄红牌：案件编号、级别、办结期限、剩余工作日")
    p.add_argument("--level", choices=supervision.LEVELS)
    p.add_argument("--date", type=iso_date, metavar="D", help="剩余工作日按此日期计算（默认今天）")
    p.set_defaults(handler=cmd_cards)

    p = sup.add_parser("exceptions", help="异常：类别、案件编号或号票、日期、说明")
    p.add_argument("--kind", choices=supervision.KINDS, metavar="K", help="|".join(supervision.KINDS))
    p.set_defaults(handler=cmd_exceptions)

    p = sup.add_parser("urge", help="督办：留言并限期答复")
    p.add_argument("id", metavar="ID", help="黄红牌或异常的编号（或其前几位），或案件编号")
    p.add_argument("--note", required=True, metavar="TEXT")
    p.add_argument("--due", required=True, type=iso_date, metavar="D")
    p.set_defaults(handler=cmd_urge)

    p = sup.add_parser("explain", help="责任人作出说明")
    p.add_argument("id", metavar="ID")
    p.add_argument("--note", required=True, metavar="TEXT")
    p.set_defaults(handler=cmd_explain)

    p = sup.add_parser("close", help="办结：结论属实（justified）或不属实（unjustified）")
    p.add_argument("id", metavar="ID")
    p.add_argument("--conclusion", required=True, choices=tuple(supervision.CONCLUSIONS))
    p.add_argument("--note", required=True, metavar="TEXT")
    p.set_defaults(handler=cmd_close)

    p = subparsers.add_parser("report", help="统计报表（效能月报）：XLSX 或 PDF")
    p.add_argument("--from", dest="first", required=True, type=iso_date, metavar="D")
    p.add_argument("--to", dest="last", required=True, type=iso_date, metavar="D")
    p.add_argument("--site", metavar="CODE", help="站点编码（中心库默认全部站点）")
    p.add_argument("--group-by", choices=supervision.GROUPS, default="window", help="分组（默认按窗口）")
    p.add_argument("--out", required=True, type=Path, metavar="FILE.xlsx|FILE.pdf")
    p.set_defaults(handler=cmd_report)


def cmd_run(args: argparse.Namespace) -> int:
    from windowdesk.services import supervision

    result = supervision.run(open_context(args.db), args.date)
    found = "，".join(f"{k} {n}" for k, n in sorted(result.exceptions.items())) or "无"
    print(f"{result.day.isoformat()}：新发黄牌 {result.yellow}，红牌 {result.red}；新异常：{found}")
    return 0


def cmd_cards(args: argparse.Namespace) -> int:
    from windowdesk.services import supervision

    ctx = open_context(args.db)
    today = args.date or ctx.clock.today()
    offset = 0
    while True:
        page = supervision.list_cards(ctx, today, level=args.level, offset=offset, limit=_PAGE)
        for c in page.rows:
            print(f"{c.case_no}\t{c.level}\t{c.due_date.isoformat()}\t{c.workdays_left}")
        offset += _PAGE
        if offset >= page.total:
            return 0


def cmd_exceptions(args: argparse.Namespace) -> int:
    from windowdesk.services import supervision

    ctx = open_context(args.db)
    offset = 0
    while True:
        page = supervision.list_exceptions(ctx, kind=args.kind, offset=offset, limit=_PAGE)
        for e in page.rows:
            detail = e.detail.replace("\t", " ").replace("\n", " ")
            print(f"{e.kind}\t{e.subject}\t{e.found_on.isoformat()}\t{detail}")
        offset += _PAGE
        if offset >= page.total:
            return 0


def cmd_urge(args: argparse.Namespace) -> int:
    from windowdesk.services import supervision

    target = supervision.urge(open_context(args.db), args.id, args.note, args.due)
    print(f"已督办 {target}，限 {args.due.isoformat()} 前答复")
    return 0


def cmd_explain(args: argparse.Namespace) -> int:
    from windowdesk.services import supervision

    target = supervision.explain(open_context(args.db), args.id, args.note)
    print(f"已说明 {target}")
    return 0


def cmd_close(args: argparse.Namespace) -> int:
    from windowdesk.services import supervision

    target = supervision.close(open_context(args.db), args.id, args.conclusion, args.note)
    print(f"已办结 {target}（{translate(supervision.CONCLUSIONS[args.conclusion])}）")
    return 0


def cmd_report(args: argparse.Namespace) -> int:
    from windowdesk.services import supervision

    path = supervision.export_report(
        open_context(args.db), args.first, args.last, args.out, site_code=args.site, group_by=args.group_by
    )
    print(f"已生成 {path}")
    return 0
