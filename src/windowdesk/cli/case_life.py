"""The case's life after the counter from the command line (issue 11): hand-over, receive, review,
pause, resume, extend, decide, ready, deliver, close, withdraw, return, recompute. The CLI acts as the
administrator, who may make every move; a refused move exits 1 with a one-line message."""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import TYPE_CHECKING

from windowdesk.cli.arguments import open_context
from windowdesk.domain import case_stages as stages
from windowdesk.errors import UserError
from windowdesk.messages import N_, message, translate

if TYPE_CHECKING:
    from windowdesk.services import cases


def _write(path: Path, data: bytes) -> None:
    try:
        path.write_bytes(data)
    except OSError as exc:
        raise UserError("Cannot write {path}: {reason}", path=path, reason=exc.strerror) from exc


def register_moves(case: argparse._SubParsersAction) -> None:
    p = case.add_parser(
        "handover",
        help=message("Hand accepted cases over to the department handling them (writes a hand-over list)"),
    )
    p.add_argument(
        "--department", required=True, metavar="CODE", help=message("The code of the department handling it")
    )
    p.add_argument("--out", type=Path, metavar="FILE.pdf", help=message("Save the hand-over list PDF here"))
    p.set_defaults(handler=cmd_handover)

    for name, help_, handler in (
        (
            "receive",
            N_("The department signs for it (a case number, or the batch number of a hand-over list)"),
            cmd_receive,
        ),
        ("review", N_("Start the review"), cmd_review),
        ("resume", N_("The special procedure is over: the clock runs again"), cmd_resume),
        ("ready", N_("Result ready: it has reached the delivery window"), cmd_ready),
        ("close", N_("Close (the proof of service of an express delivery is back)"), cmd_close),
    ):
        p = case.add_parser(name, help=translate(help_))
        p.add_argument("number", metavar="CASE_NO")
        p.set_defaults(handler=handler)

    p = case.add_parser(
        "pause",
        help=message(
            "Special procedure (hearing, inspection, testing, appraisal, expert review and the like): pause the clock"
        ),
    )
    p.add_argument("number", metavar="CASE_NO")
    p.add_argument(
        "--kind",
        required=True,
        choices=sorted(stages.PAUSE_KINDS),
        help=message("The kind of special procedure"),
    )
    p.add_argument("--reason", required=True, metavar="TEXT")
    p.add_argument(
        "--expected-workdays",
        required=True,
        type=int,
        metavar="N",
        help=message("The workdays it is expected to take"),
    )
    p.set_defaults(handler=cmd_pause)

    p = case.add_parser(
        "extend",
        help=message(
            "Approve an extension (supervisor): the statutory time limit grows by N workdays, once only"
        ),
    )
    p.add_argument("number", metavar="CASE_NO")
    p.add_argument("--workdays", required=True, type=int, metavar="N")
    p.add_argument("--reason", required=True, metavar="TEXT")
    p.set_defaults(handler=cmd_extend)

    p = case.add_parser("decide", help=message("Decide: --approve grants the licence or --deny refuses it"))
    p.add_argument("number", metavar="CASE_NO")
    which = p.add_mutually_exclusive_group(required=True)
    which.add_argument("--approve", action="store_true", help=message("Grant the licence"))
    which.add_argument(
        "--deny", action="store_true", help=message("Refuse the licence (with a reason and its legal basis)")
    )
    p.add_argument("--licence-no", default="", metavar="X", help=message("The number of the licence"))
    p.add_argument(
        "--reason", default="", metavar="TEXT", help=message("The reason for refusing the licence")
    )
    p.add_argument(
        "--basis", default="", metavar="TEXT", help=message("The legal basis for refusing the licence")
    )
    p.set_defaults(handler=cmd_decide)

    p = case.add_parser(
        "deliver", help=message("Deliver: --pickup at the window (the ID is checked) or --express by post")
    )
    p.add_argument("number", metavar="CASE_NO")
    how = p.add_mutually_exclusive_group(required=True)
    how.add_argument("--pickup", action="store_true", help=message("Picked up at the window"))
    how.add_argument("--express", action="store_true", help=message("Delivered by post"))
    p.add_argument(
        "--id-number",
        default="",
        metavar="ID",
        help=message("The ID number of the person picking it up (the applicant or an agent)"),
    )
    p.add_argument("--carrier", default="", metavar="NAME", help=message("The express company"))
    p.add_argument("--tracking", default="", metavar="NO", help=message("The tracking number"))
    p.set_defaults(handler=cmd_deliver)

    for name, help_, handler in (
        ("withdraw", N_("The applicant withdraws the application in writing"), cmd_withdraw),
        ("return", N_("Return the case before it is decided"), cmd_return),
    ):
        p = case.add_parser(name, help=translate(help_))
        p.add_argument("number", metavar="CASE_NO")
        p.add_argument("--reason", required=True, metavar="TEXT")
        p.set_defaults(handler=handler)

    p = case.add_parser(
        "recompute", help=message("Recompute the due dates of the open cases after the calendar changed")
    )
    p.set_defaults(handler=cmd_recompute)


def _moved(detail: cases.CaseDetail) -> int:
    print(f"{detail.case_no}\t{stages.stage_label(detail.stage)}")
    return 0


def cmd_handover(args: argparse.Namespace) -> int:
    from windowdesk.services import cases

    ctx = open_context(args.db)
    batch = cases.handover_cases(ctx, args.department)
    count = message("{count} cases", count=len(batch.case_nos))
    print(f"{message('Hand-over list')}\t{batch.batch_no}\t{batch.department_code}\t{count}")
    for number in batch.case_nos:
        print(number)
    if args.out:
        _write(args.out, cases.print_handover_list(ctx, batch.batch_no).read())
        print(args.out)
    return 0


def cmd_receive(args: argparse.Namespace) -> int:
    from windowdesk.services import cases

    ctx = open_context(args.db)
    if cases.is_batch_no(args.number):
        batch = cases.receive_batch(ctx, args.number)
        print(f"{message('Signed for the hand-over list')}\t{batch.batch_no}")
        return 0
    return _moved(cases.receive_case(ctx, args.number))


def cmd_review(args: argparse.Namespace) -> int:
    from windowdesk.services import cases

    return _moved(cases.start_review(open_context(args.db), args.number))


def cmd_resume(args: argparse.Namespace) -> int:
    from windowdesk.services import cases

    return _moved(cases.resume_clock(open_context(args.db), args.number))


def cmd_ready(args: argparse.Namespace) -> int:
    from windowdesk.services import cases

    return _moved(cases.mark_ready(open_context(args.db), args.number))


def cmd_close(args: argparse.Namespace) -> int:
    from windowdesk.services import cases

    return _moved(cases.close_case(open_context(args.db), args.number))


def cmd_pause(args: argparse.Namespace) -> int:
    from windowdesk.services import cases

    ctx = open_context(args.db)
    return _moved(cases.pause_clock(ctx, args.number, args.kind, args.reason, args.expected_workdays))


def cmd_extend(args: argparse.Namespace) -> int:
    from windowdesk.services import cases

    return _moved(cases.extend_deadline(open_context(args.db), args.number, args.workdays, args.reason))


def cmd_decide(args: argparse.Namespace) -> int:
    from windowdesk.services import cases

    ctx = open_context(args.db)
    detail = cases.record_decision(
        ctx, args.number, bool(args.approve), args.licence_no, args.reason, args.basis
    )
    return _moved(detail)


def cmd_deliver(args: argparse.Namespace) -> int:
    from windowdesk.services import cases

    ctx = open_context(args.db)
    if args.pickup:
        detail = cases.deliver_result(ctx, args.number, pickup_id_number=args.id_number)
    else:
        if not (args.carrier.strip() and args.tracking.strip()):
            raise UserError("Express needs --carrier and --tracking")
        detail = cases.deliver_result(ctx, args.number, carrier=args.carrier, tracking_no=args.tracking)
    return _moved(detail)


def cmd_withdraw(args: argparse.Namespace) -> int:
    from windowdesk.services import cases

    return _moved(cases.withdraw_case(open_context(args.db), args.number, args.reason))


def cmd_return(args: argparse.Namespace) -> int:
    from windowdesk.services import cases

    return _moved(cases.return_case(open_context(args.db), args.number, args.reason))


def cmd_recompute(args: argparse.Namespace) -> int:
    from windowdesk.services import cases

    changed = cases.recompute_due_dates(open_context(args.db), reason="cli")
    for number, old_s, new_s, old_p, new_p in changed:
        print(f"{number}\t{old_s} → {new_s}\t{old_p} → {new_p}")
    print(message("Recomputed {count} cases", count=len(changed)))
    return 0


def stage_text(stage: str, deemed_accepted: bool) -> str:
    """The stage in the user's language; a case deemed accepted while it waits for its 补正 says so."""
    return stages.stage_label(stage) + (message(" (deemed accepted)") if deemed_accepted else "")


def show_life_lines(case: cases.CaseDetail) -> list[str]:
    """The lines `case show` adds for the life after the counter."""
    life = case.life
    s = case.summary
    lines = [message("Stage: {stage}", stage=stage_text(s.stage, s.deemed_accepted))]
    if s.statutory_due:
        lines.append(message("Statutory due date: {day}", day=s.statutory_due.isoformat()))
    if s.promised_due:
        lines.append(message("Promised due date: {day}", day=s.promised_due.isoformat()))
    if life is None:
        return lines
    if life.department_code:
        lines.append(
            message("Department: {name} ({code})", name=life.department_name, code=life.department_code)
        )
    if life.handler_login:
        lines.append(message("Handled by: {login}", login=life.handler_login))
    if life.clock is not None:
        c = life.clock
        lines.append(
            message(
                "Statutory time limit: {used} workdays used, {left} workdays left",
                used=c.statutory.used,
                left=c.statutory.left,
            )
        )
        if c.promised:
            lines.append(
                message(
                    "Promised time limit: {used} workdays used, {left} workdays left",
                    used=c.promised.used,
                    left=c.promised.left,
                )
            )
        if c.deemed_approved_on:
            lines.append(
                message("Silence is consent: deemed granted ({day})", day=c.deemed_approved_on.isoformat())
            )
    if life.extension_workdays:
        lines.append(
            message(
                "Extension: {workdays} workdays ({reason})",
                workdays=life.extension_workdays,
                reason=life.extension.get("reason", ""),
            )
        )
    elif life.extension.get("state") == "requested":
        lines.append(
            message(
                "Extension requested: {workdays} workdays, awaiting approval",
                workdays=life.extension.get("workdays"),
            )
        )
    for pause in life.pauses:
        kind = translate(stages.PAUSE_KINDS.get(pause.kind, pause.kind))
        end = pause.end.isoformat() if pause.end else message("ongoing")
        lines.append(
            message(
                "Clock paused: {kind} {start} to {end} ({reason})",
                kind=kind,
                start=pause.start.isoformat(),
                end=end,
                reason=pause.reason,
            )
        )
    if life.decision:
        label = translate(stages.DECISION_LABELS[life.decision])
        extra = message(" licence no. {number}", number=life.licence_no) if life.licence_no else ""
        day = life.decided_on.isoformat() if life.decided_on else ""
        lines.append(message("Decision: {label} {day}{extra}", label=label, day=day, extra=extra))
    if life.delivery:
        d = life.delivery
        if d.get("how") == "pickup":
            how = message("picked up at the window")
        else:
            how = message(
                "by post {carrier} {tracking}", carrier=d.get("carrier", ""), tracking=d.get("tracking", "")
            )
        lines.append(message("Delivery: {how} {day}", how=how, day=d.get("on", "")))
    if life.closing_note:
        lines.append(message("Note: {note}", note=life.closing_note))
    return lines
