"""电子监察 and reports from the command line (issue 14): ``supervision run|cards|exceptions|urge|
explain|close`` and ``report --from D --to D [--site CODE] --out FILE.xlsx|FILE.pdf``."""

from __future__ import annotations

import argparse
from pathlib import Path

from windowdesk.cli.arguments import iso_date, open_context
from windowdesk.messages import message, translate

_PAGE = 1000


def register(subparsers: argparse._SubParsersAction) -> None:
    from windowdesk.domain import supervision  # the vocabulary only: --version loads no service

    sup = subparsers.add_parser(
        "supervision", help=message("Electronic supervision: yellow and red cards, exceptions, urging")
    ).add_subparsers(dest="supervision_command", metavar="ACTION", required=True)
    p = sup.add_parser(
        "run",
        help=message(
            "Issue the yellow and red cards due and look for exceptions (runs by itself when a client starts and every hour)"
        ),
    )
    p.add_argument("--date", type=iso_date, metavar="D", help=message("Run as of this day (default today)"))
    p.set_defaults(handler=cmd_run)

    p = sup.add_parser(
        "cards", help=message("Yellow and red cards: case number, level, due date, workdays left")
    )
    p.add_argument("--level", choices=supervision.LEVELS)
    p.add_argument(
        "--date",
        type=iso_date,
        metavar="D",
        help=message("Count the workdays left from this day (default today)"),
    )
    p.set_defaults(handler=cmd_cards)

    p = sup.add_parser("exceptions", help=message("Exceptions: kind, case number or ticket, day, detail"))
    p.add_argument("--kind", choices=supervision.KINDS, metavar="K", help="|".join(supervision.KINDS))
    p.set_defaults(handler=cmd_exceptions)

    p = sup.add_parser("urge", help=message("Urge: leave a note and ask for an answer by a date"))
    p.add_argument(
        "id",
        metavar="ID",
        help=message("The id of a card or an exception (or its first characters), or a case number"),
    )
    p.add_argument("--note", required=True, metavar="TEXT")
    p.add_argument("--due", required=True, type=iso_date, metavar="D")
    p.set_defaults(handler=cmd_urge)

    p = sup.add_parser("explain", help=message("The person responsible explains"))
    p.add_argument("id", metavar="ID")
    p.add_argument("--note", required=True, metavar="TEXT")
    p.set_defaults(handler=cmd_explain)

    p = sup.add_parser("close", help=message("Close: the conclusion is justified or unjustified"))
    p.add_argument("id", metavar="ID")
    p.add_argument("--conclusion", required=True, choices=tuple(supervision.CONCLUSIONS))
    p.add_argument("--note", required=True, metavar="TEXT")
    p.set_defaults(handler=cmd_close)

    p = subparsers.add_parser(
        "report", help=message("Statistics report (monthly performance report): XLSX or PDF")
    )
    p.add_argument("--from", dest="first", required=True, type=iso_date, metavar="D")
    p.add_argument("--to", dest="last", required=True, type=iso_date, metavar="D")
    p.add_argument(
        "--site", metavar="CODE", help=message("The site code (on the central store all sites by default)")
    )
    p.add_argument(
        "--group-by",
        choices=supervision.GROUPS,
        default="window",
        help=message("Grouping (by window by default)"),
    )
    p.add_argument("--out", required=True, type=Path, metavar="FILE.xlsx|FILE.pdf")
    p.set_defaults(handler=cmd_report)


def cmd_run(args: argparse.Namespace) -> int:
    from windowdesk.services import supervision

    result = supervision.run(open_context(args.db), args.date)
    found = ""
    for kind, count in sorted(result.exceptions.items()):
        item = f"{kind} {count}"
        found = message("{listed}, {item}", listed=found, item=item) if found else item
    found = found or message("none found")
    print(
        message(
            "{day}: new yellow cards {yellow}, red cards {red}; new exceptions: {found}",
            day=result.day.isoformat(),
            yellow=result.yellow,
            red=result.red,
            found=found,
        )
    )
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
    print(message("Urged {target}, to be answered by {due}", target=target, due=args.due.isoformat()))
    return 0


def cmd_explain(args: argparse.Namespace) -> int:
    from windowdesk.services import supervision

    target = supervision.explain(open_context(args.db), args.id, args.note)
    print(message("Explained {target}", target=target))
    return 0


def cmd_close(args: argparse.Namespace) -> int:
    from windowdesk.services import supervision

    target = supervision.close(open_context(args.db), args.id, args.conclusion, args.note)
    conclusion = translate(supervision.CONCLUSIONS[args.conclusion])
    print(message("Closed {target} ({conclusion})", target=target, conclusion=conclusion))
    return 0


def cmd_report(args: argparse.Namespace) -> int:
    from windowdesk.services import supervision

    path = supervision.export_report(
        open_context(args.db), args.first, args.last, args.out, site_code=args.site, group_by=args.group_by
    )
    print(message("Wrote {path}", path=path))
    return 0
