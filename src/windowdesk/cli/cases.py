"""Cases from the command line: list, show, print a document."""

from __future__ import annotations

import argparse
from pathlib import Path

from windowdesk.cli.arguments import iso_date, open_context
from windowdesk.cli.case_life import register_moves, show_life_lines, stage_text
from windowdesk.domain import case_stages as stages
from windowdesk.domain.intake import OUTCOME_LABELS, STATUS_LABELS
from windowdesk.errors import UserError
from windowdesk.messages import translate

PRINTABLE = ("acceptance", "notice", "rejection", "receipt", "extension", "special", "decision", "delivery")


def register(subparsers: argparse._SubParsersAction) -> None:
    case = subparsers.add_parser("case", help="办件查询").add_subparsers(
        dest="case_command", metavar="ACTION", required=True
    )
    p = case.add_parser("list", help="列出办件：编号、阶段代码、事项编码、收件日期、阶段（每行一件）")
    p.add_argument("--from", dest="date_from", type=iso_date, metavar="DATE", help="收件日期起 YYYY-MM-DD")
    p.add_argument("--to", dest="date_to", type=iso_date, metavar="DATE", help="收件日期止 YYYY-MM-DD")
    p.add_argument("--window", type=int, help="窗口号")
    p.add_argument("--clerk", help="经办人登录名")
    p.add_argument("--outcome", choices=sorted(OUTCOME_LABELS), help="办理结果")
    p.add_argument("--stage", choices=stages.STAGES, help="所处阶段")
    p.add_argument("--department", metavar="CODE", help="承办部门代码")
    p.set_defaults(handler=cmd_list)
    p = case.add_parser("show", help="显示一个办件的详情")
    p.add_argument("number", metavar="NUMBER")
    p.set_defaults(handler=cmd_show)
    register_moves(case)

    p = subparsers.add_parser("print", help="打印（生成）办件文书 PDF；已出具过的文书标注“补打”")
    p.add_argument("number", metavar="NUMBER")
    p.add_argument(
        "--doc",
        required=True,
        choices=PRINTABLE,
        help="acceptance 受理通知书 / notice 一次性告知书 / rejection 不予受理通知书 / receipt 材料接收凭证 / "
        "extension 延期告知书 / special 特别程序告知书 / decision 许可决定书 / delivery 送达回证",
    )
    p.add_argument(
        "--pause",
        type=int,
        metavar="N",
        help="特别程序告知书：第 N 次中止计时（从 1 起，默认最近一次）；每次中止各有原件，再打为补打",
    )
    p.add_argument("--out", type=Path, metavar="FILE.pdf", help="另存一份到此（文书总是归档）")
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
        ("受理编号", s.case_no),
        ("办理结果", translate(OUTCOME_LABELS[s.outcome])),
        ("事项", f"{s.matter_code} {s.matter_name}"),
        ("申请人", f"{s.applicant_name}（{s.applicant_masked_id}）"),
        ("收件日期", s.received_on.isoformat()),
        ("受理日期", s.accepted_on.isoformat() if s.accepted_on else "—"),
        ("窗口 / 经办人", f"{s.window_no or '—'} / {s.clerk_name or s.clerk_login}"),
    ]
    if case.notice_deadline:
        lines.append(("一次性告知期限", case.notice_deadline.isoformat()))
    if case.rejection_reason:
        lines.append(("不予受理理由", case.rejection_reason))
    if case.result:
        lines.append(("办理结果说明", case.result))
    for label, value in lines:
        print(f"{label}\t{value}")
    for line in show_life_lines(case):
        print(line)
    names = {m.key: m.name for m in case.matter.materials}
    print("材料")
    for check in case.checks:
        extra = f" {check.count}份" if check.count else ""
        reason = f"：{check.reason}" if check.reason else ""
        print(f"  {names.get(check.key, check.key)}\t{translate(STATUS_LABELS[check.status])}{extra}{reason}")
    if case.notice:
        late = "（逾期）" if case.notice.late else ""
        print(f"一次性告知书\t{case.notice.issued_on.isoformat()}{late}")
        arrived = case.correction.arrived if case.correction else {}
        for item in case.notice.items:
            day = arrived.get(item.key)
            print(f"  {item.name}\t{'已补正 ' + day.isoformat() if day else '待补正'}")
    print("经过")
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
    mark = "（补打）" if document.reprint else ""
    print(f"{target}{mark}")
    return 0
