"""Cases from the command line: list, show, print a document."""

from __future__ import annotations

import argparse
from pathlib import Path

from windowdesk.cli.arguments import iso_date, open_context
from windowdesk.cli.case_life import register_moves, show_life_lines, stage_text
from windowdesk.domain import case_stages as stages
from windowdesk.domain.intake import OUTCOME_LABELS, STATUS_LABELS
from windowdesk.errors import UserError
from windowdesk.messages import N_, message, translate

PRINTABLE = ("acceptance", "notice", "rejection", "receipt", "extension", "special", "decision", "delivery")


def register(subparsers: argparse._SubParsersAction) -> None:
    case = subparsers.add_parser("case", help=message("Look up cases")).add_subparsers(
        dest="case_command", metavar="ACTION", required=True
    )
    p = case.add_parser(
        "list", help=message("List cases: number, stage code, matter code, day received, stage (one a line)")
    )
    p.add_argument(
        "--from",
        dest="date_from",
        type=iso_date,
        metavar="DATE",
        help=message("Received on or after YYYY-MM-DD"),
    )
    p.add_argument(
        "--to",
        dest="date_to",
        type=iso_date,
        metavar="DATE",
        help=message("Received on or before YYYY-MM-DD"),
    )
    p.add_argument("--window", type=int, help=message("The window number"))
    p.add_argument("--clerk", help=message("The login of the clerk"))
    p.add_argument("--outcome", choices=sorted(OUTCOME_LABELS), help=message("The outcome"))
    p.add_argument("--stage", choices=stages.STAGES, help=message("The stage it is in"))
    p.add_argument("--department", metavar="CODE", help=message("The code of the department handling it"))
    p.set_defaults(handler=cmd_list)
    p = case.add_parser("show", help=message("Show the details of a case"))
    p.add_argument("number", metavar="NUMBER")
    p.set_defaults(handler=cmd_show)
    register_moves(case)

    p = subparsers.add_parser(
        "print",
        help=message(
            "Print (write) a document of a case as PDF; a document issued before is marked as a reprint"
        ),
    )
    p.add_argument("number", metavar="NUMBER")
    p.add_argument(
        "--doc",
        required=True,
        choices=PRINTABLE,
        help=message(
            "acceptance notice of acceptance / notice one-time notice / rejection notice of rejection / "
            "receipt receipt of materials / extension notice of extension / special notice of a special "
            "procedure / decision licence decision / delivery proof of service"
        ),
    )
    p.add_argument(
        "--pause",
        type=int,
        metavar="N",
        help=message(
            "Notice of a special procedure: the Nth pause of the clock (from 1, by default the latest); "
            "each pause has its own original, printed again it is a reprint"
        ),
    )
    p.add_argument(
        "--out",
        type=Path,
        metavar="FILE.pdf",
        help=message("Also save a copy here (the document is always archived)"),
    )
    p.set_defaults(handler=cmd_print)


def cmd_list(args: argparse.Namespace) -> int:
    from windowdesk.services import cases

    ctx = open_context(args.db)
    filters = cases.CaseFilter(
        args.date_from,
        args.date_to,
        args.window,
        args.clerk,
        args.outcome,
        stage=args.stage,
        department_code=args.department,
    )
    for case in cases.list_cases(ctx, filters):
        print(
            f"{case.case_no}\t{case.stage}\t{case.matter_code}\t{case.received_on.isoformat()}\t"
            f"{stage_text(case.stage, case.deemed_accepted)}"
        )
    return 0


def cmd_show(args: argparse.Namespace) -> int:
    from windowdesk.services import cases

    ctx = open_context(args.db)
    case = cases.show_case(ctx, args.number)
    s = case.summary
    lines = [  # the stage and both due dates follow, in the life lines
        (N_("Acceptance number"), s.case_no),
        (N_("Outcome"), translate(OUTCOME_LABELS[s.outcome])),
        (N_("Matter"), f"{s.matter_code} {s.matter_name}"),
        (N_("Applicant"), message("{name} ({id})", name=s.applicant_name, id=s.applicant_masked_id)),
        (N_("Received on"), s.received_on.isoformat()),
        (N_("Accepted on"), s.accepted_on.isoformat() if s.accepted_on else "—"),
        (N_("Window / clerk"), f"{s.window_no or '—'} / {s.clerk_name or s.clerk_login}"),
    ]
    if case.notice_deadline:
        lines.append((N_("One-time notice due"), case.notice_deadline.isoformat()))
    if case.rejection_reason:
        lines.append((N_("Reason for rejection"), case.rejection_reason))
    if case.result:
        lines.append((N_("Note on the outcome"), case.result))
    for label, value in lines:
        print(f"{translate(label)}\t{value}")
    for line in show_life_lines(case):
        print(line)
    names = {m.key: m.name for m in case.matter.materials}
    print(message("Materials checked"))
    for check in case.checks:
        extra = message(" {count} copies", count=check.count) if check.count else ""
        reason = message(": {reason}", reason=check.reason) if check.reason else ""
        print(f"  {names.get(check.key, check.key)}\t{translate(STATUS_LABELS[check.status])}{extra}{reason}")
    if case.notice:
        late = message(" (late)") if case.notice.late else ""
        print(f"{message('One-time notice')}\t{case.notice.issued_on.isoformat()}{late}")
        arrived = case.correction.arrived if case.correction else {}
        for item in case.notice.items:
            day = arrived.get(item.key)
            state = message("corrected {day}", day=day.isoformat()) if day else message("to be corrected")
            print(f"  {item.name}\t{state}")
    print(message("What happened"))
    for event in case.events:
        print(f"  {ctx.clock.local(event.at):%Y-%m-%d %H:%M}\t{event.kind}\t{event.user_login}")
    return 0


def cmd_print(args: argparse.Namespace) -> int:
    from windowdesk.services import cases

    ctx = open_context(args.db)
    document = cases.print_document(ctx, args.number, args.doc, args.pause)
    target = document.path
    if args.out is not None:
        try:
            args.out.write_bytes(document.read())
        except OSError as exc:
            raise UserError(
                "Cannot write {path}: {reason}",
                path=args.out,
                reason=exc.strerror,
            ) from exc
        target = args.out
    mark = message(" (reprint)") if document.reprint else ""
    print(f"{target}{mark}")
    return 0
