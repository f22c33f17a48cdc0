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
from windowdesk.messages import translate

if TYPE_CHECKING:
    from windowdesk.services import cases


def _write(path: Path, data: bytes) -> None:
    try:
        path.write_bytes(data)
    except OSError as exc:
        raise UserError("Cannot write {path}: {reason}", path=path, reason=exc.strerror) from exc


def register_moves(case: argparse._SubParsersAction) -> None:
    p = case.add_parser("handover", help="把已受理的案件移交承办部门（生成流转单）")
    p.add_argument("--department", required=True, metavar="CODE", help="承办部门代码")
    p.add_argument("--out", type=Path, metavar="FILE.pdf", help="流转单 PDF 保存到此")
    p.set_defaults(handler=cmd_handover)

    for name, help_, handler in (
        ("receive", "承办部门签收（案件编号，或流转单批次号）", cmd_receive),
        ("review", "开始审查", cmd_review),
        ("resume", "特别程序结束，恢复计时", cmd_resume),
        ("ready", "出件：结果已到出件窗口", cmd_ready),
        ("close", "办结（邮寄送达的回证已返回）", cmd_close),
    ):
        p = case.add_parser(name, help=help_)
        p.add_argument("number", metavar="CASE_NO")
        p.set_defaults(handler=handler)

    p = case.add_parser("pause", help="特别程序（听证、检验、检测、鉴定、专家评审等）：中止计时")
    p.add_argument("number", metavar="CASE_NO")
    p.add_argument("--kind", required=True, choices=sorted(stages.PAUSE_KINDS), help="特别程序种类")
    p.add_argument("--reason", required=True, metavar="TEXT")
    p.add_argument("--expected-workdays", required=True, type=int, metavar="N", help="预计所需工作日")
    p.set_defaults(handler=cmd_pause)

    p = case.add_parser("extend", help="批准延期（督查人员）：法定期限延长 N 个工作日，仅限一次")
    p.add_argument("number", metavar="CASE_NO")
    p.add_argument("--workdays", required=True, type=int, metavar="N")
    p.add_argument("--reason", required=True, metavar="TEXT")
    p.set_defaults(handler=cmd_extend)

    p = case.add_parser("decide", help="作出决定：--approve 准予许可 或 --deny 不予许可")
    p.add_argument("number", metavar="CASE_NO")
    which = p.add_mutually_exclusive_group(required=True)
    which.add_argument("--approve", action="store_true", help="准予许可")
    which.add_argument("--deny", action="store_true", help="不予许可（须写理由和依据）")
    p.add_argument("--licence-no", default="", metavar="X", help="许可证件编号")
    p.add_argument("--reason", default="", metavar="TEXT", help="不予许可的理由")
    p.add_argument("--basis", default="", metavar="TEXT", help="不予许可的法律依据")
    p.set_defaults(handler=cmd_decide)

    p = case.add_parser("deliver", help="送达：--pickup 窗口领取（核验证件）或 --express 邮寄")
    p.add_argument("number", metavar="CASE_NO")
    how = p.add_mutually_exclusive_group(required=True)
    how.add_argument("--pickup", action="store_true", help="窗口领取")
    how.add_argument("--express", action="store_true", help="邮寄送达")
    p.add_argument("--id-number", default="", metavar="ID", help="领取人证件号码（申请人或代理人）")
    p.add_argument("--carrier", default="", metavar="NAME", help="快递公司")
    p.add_argument("--tracking", default="", metavar="NO", help="快递单号")
    p.set_defaults(handler=cmd_deliver)

    for name, help_, handler in (
        ("withdraw", "申请人书面申请撤回", cmd_withdraw),
        ("return", "中途退件", cmd_return),
    ):
        p = case.add_parser(name, help=help_)
        p.add_argument("number", metavar="CASE_NO")
        p.add_argument("--reason", required=True, metavar="TEXT")
        p.set_defaults(handler=handler)

    p = case.add_parser("recompute", help="日历变更后重新计算未办结案件的办结期限")
    p.set_defaults(handler=cmd_recompute)


def _moved(detail: cases.CaseDetail) -> int:
    print(f"{detail.case_no}\t{stages.stage_label(detail.stage)}")
    return 0


def cmd_handover(args: argparse.Namespace) -> int:
    from windowdesk.services import cases

    ctx = open_context(args.db)
    batch = cases.handover_cases(ctx, args.department)
    print(f"流转单\t{batch.batch_no}\t{batch.department_code}\t{len(batch.case_nos)} 件")
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
        print(f"已签收流转单\t{batch.batch_no}")
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
    print(f"已重新计算 {len(changed)} 件")
    return 0


def stage_text(stage: str, deemed_accepted: bool) -> str:
    """The stage in Chinese; a case deemed accepted while it waits for its 补正 says so."""
    return stages.stage_label(stage) + ("（视为受理）" if deemed_accepted else "")


def show_life_lines(case: cases.CaseDetail) -> list[str]:
    """The lines `case show` adds for the life after the counter."""
    life = case.life
    s = case.summary
    lines = [f"阶段：{stage_text(s.stage, s.deemed_accepted)}"]
    if s.statutory_due:
        lines.append(f"法定办结期限：{s.statutory_due.isoformat()}")
    if s.promised_due:
        lines.append(f"承诺办结期限：{s.promised_due.isoformat()}")
    if life is None:
        return lines
    if life.department_code:
        lines.append(f"承办部门：{life.department_name}（{life.department_code}）")
    if life.handler_login:
        lines.append(f"承办人：{life.handler_login}")
    if life.clock is not None:
        c = life.clock
        lines.append(f"法定时限：已用 {c.statutory.used} 个工作日，剩余 {c.statutory.left} 个工作日")
        if c.promised:
            lines.append(f"承诺时限：已用 {c.promised.used} 个工作日，剩余 {c.promised.left} 个工作日")
        if c.deemed_approved_on:
            lines.append(f"超时默许：视为准予许可（{c.deemed_approved_on.isoformat()}）")
    if life.extension_workdays:
        lines.append(f"延期：{life.extension_workdays} 个工作日（{life.extension.get('reason', '')}）")
    elif life.extension.get("state") == "requested":
        lines.append(f"延期申请：{life.extension.get('workdays')} 个工作日，待审批")
    for pause in life.pauses:
        kind = translate(stages.PAUSE_KINDS.get(pause.kind, pause.kind))
        end = pause.end.isoformat() if pause.end else "进行中"
        lines.append(f"中止计时：{kind} {pause.start.isoformat()} 至 {end}（{pause.reason}）")
    if life.decision:
        label = translate(stages.DECISION_LABELS[life.decision])
        extra = f" 证号 {life.licence_no}" if life.licence_no else ""
        lines.append(f"决定：{label} {life.decided_on.isoformat() if life.decided_on else ''}{extra}")
    if life.delivery:
        d = life.delivery
        how = (
            "窗口领取" if d.get("how") == "pickup" else f"邮寄 {d.get('carrier', '')} {d.get('tracking', '')}"
        )
        lines.append(f"送达：{how} {d.get('on', '')}")
    if life.closing_note:
        lines.append(f"说明：{life.closing_note}")
    return lines
