"""The queue from the command line: take tickets, call and serve them, status and statistics.

Scripts read the ticket number from the last line of ``ticket take`` and ``queue call``;
``queue call`` prints nothing and exits 3 when no ticket waits for the window.
"""

from __future__ import annotations

import argparse
from typing import TYPE_CHECKING

from windowdesk.cli.arguments import iso_date, open_context
from windowdesk.domain.queue import OUTCOME_NAMES, PRIORITY_NAMES, STATE_NAMES, Outcome, Priority
from windowdesk.domain.queue_order import PriorityPolicy
from windowdesk.messages import translate

if TYPE_CHECKING:
    from windowdesk.services import queue

NOTHING_WAITING = 3


def register(subparsers: argparse._SubParsersAction) -> None:
    ticket = subparsers.add_parser("ticket", help="取号").add_subparsers(
        dest="ticket_command", metavar="ACTION", required=True
    )
    p = ticket.add_parser("take", help="取一个号（最后一行为号码）")
    p.add_argument("category", metavar="CATEGORY", help="排队类别代号，如 A")
    p.add_argument("--priority", choices=[k.value for k in Priority], help="优先类型")
    p.add_argument("--appointment", metavar="CODE", help="预约签到码（按预约优先）")
    p.add_argument("--slip", metavar="FILE.pdf", help="同时生成取号单 PDF")
    p.set_defaults(handler=cmd_take)

    q = subparsers.add_parser("queue", help="排队叫号").add_subparsers(
        dest="queue_command", metavar="ACTION", required=True
    )
    p = q.add_parser("call", help="为窗口呼叫下一位（最后一行为号码；无人等候时不输出、退出码 3）")
    _window(p)
    p.add_argument("--ticket", metavar="NUMBER", help="呼叫指定号码而不是下一位")
    p.set_defaults(handler=cmd_call)
    for name, help_text, handler in (
        ("recall", "重呼窗口当前号码", cmd_recall),
        ("start", "申请人已到窗口，开始办理", cmd_start),
        ("no-show", "过号（须先按设置重呼）", cmd_no_show),
        ("resume", "恢复窗口叫号", cmd_resume),
    ):
        p = q.add_parser(name, help=help_text)
        _window(p)
        p.set_defaults(handler=handler)
    p = q.add_parser("finish", help="办结窗口当前号码")
    _window(p)
    p.add_argument("--outcome", required=True, choices=[o.value for o in Outcome], help="办理结果")
    p.set_defaults(handler=cmd_finish)
    p = q.add_parser("pause", help="暂停窗口叫号")
    _window(p)
    p.add_argument("--reason", required=True)
    p.set_defaults(handler=cmd_pause)
    p = q.add_parser("transfer", help="转移号码到其他类别或窗口（保留取号时间）")
    p.add_argument("ticket", metavar="NUMBER")
    p.add_argument("--to-category", metavar="PREFIX")
    p.add_argument("--to-window", type=int, metavar="N")
    p.add_argument("--reason", required=True)
    p.set_defaults(handler=cmd_transfer)
    p = q.add_parser("reactivate", help="恢复一个过号的号码")
    p.add_argument("ticket", metavar="NUMBER")
    p.set_defaults(handler=cmd_reactivate)
    p = q.add_parser("expire", help="作废以前各日未办结的号码")
    p.set_defaults(handler=cmd_expire)
    p = q.add_parser("status", help="各类别等候人数与各窗口当前号码")
    p.set_defaults(handler=cmd_status)
    p = q.add_parser("stats", help="某日按类别和窗口的统计")
    p.add_argument("--date", type=iso_date, metavar="YYYY-MM-DD", help="默认今天")
    p.set_defaults(handler=cmd_stats)
    p = q.add_parser("categories", help="列出排队类别")
    p.set_defaults(handler=cmd_categories)
    p = q.add_parser("add-category", help="新增排队类别")
    p.add_argument("prefix", metavar="PREFIX")
    p.add_argument("name", metavar="NAME")
    p.add_argument("--start", type=int, default=1, help="每日起始号")
    p.add_argument("--cap", type=int, default=999, help="每日限额")
    p.add_argument("--policy", choices=[x.value for x in PriorityPolicy], default="interleave")
    p.add_argument("--hours", default="", help="取号时段，如 08:30-12:00,14:00-17:30（默认全天）")
    p.set_defaults(handler=cmd_add_category)
    category = q.add_parser("category", help="排队类别设置").add_subparsers(
        dest="category_command", metavar="ACTION", required=True
    )
    p = category.add_parser("set", help="修改排队类别的名称、限额、起始号或取号时段")
    p.add_argument("prefix", metavar="PREFIX")
    p.add_argument("--name")
    p.add_argument("--cap", type=int, metavar="N", help="每日限额")
    p.add_argument("--start", type=int, metavar="N", help="每日起始号")
    p.add_argument("--hours", metavar="HH:MM-HH:MM,…", help="取号时段；空字符串表示全天")
    p.add_argument("--policy", choices=[x.value for x in PriorityPolicy], help="优先策略")
    p.add_argument("--active", choices=("yes", "no"))
    p.set_defaults(handler=cmd_category_set)
    p = q.add_parser("serve", help="设置窗口服务的类别及顺序")
    _window(p)
    p.add_argument("prefixes", nargs="+", metavar="PREFIX")
    p.set_defaults(handler=cmd_serve)


def _window(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--window", type=int, required=True, metavar="N", help="窗口号")


def _describe(t: queue.TicketInfo) -> str:
    priority = f"（{translate(PRIORITY_NAMES[Priority(t.priority_kind)])}）" if t.priority_kind else ""
    return f"{t.number}{priority} {t.category_name} {translate(STATE_NAMES.get(t.state, t.state))}"


def cmd_take(args: argparse.Namespace) -> int:
    from windowdesk.services import queue

    ctx = open_context(args.db)
    issued = queue.take_ticket(ctx, args.category, priority=args.priority, appointment_code=args.appointment)
    t = issued.ticket
    print(f"{t.category_name}，前面还有 {issued.waiting_ahead} 人等候")
    if args.slip:
        path = queue.ticket_slip_pdf(ctx, t.id, args.slip)
        print(f"取号单：{path}")
    print(t.number)
    return 0


def cmd_call(args: argparse.Namespace) -> int:
    from windowdesk.services import queue

    ctx = open_context(args.db)
    if args.ticket:
        ticket = queue.call_ticket(ctx, args.window, args.ticket)
    else:
        ticket = queue.call_next(ctx, args.window)
        if ticket is None:
            return NOTHING_WAITING
    print(ticket.number)
    return 0


def _show(ticket: queue.TicketInfo) -> int:
    print(_describe(ticket))
    return 0


def cmd_recall(args: argparse.Namespace) -> int:
    from windowdesk.services import queue

    return _show(queue.recall(open_context(args.db), args.window))


def cmd_start(args: argparse.Namespace) -> int:
    from windowdesk.services import queue

    return _show(queue.start_serving(open_context(args.db), args.window))


def cmd_no_show(args: argparse.Namespace) -> int:
    from windowdesk.services import queue

    return _show(queue.no_show(open_context(args.db), args.window))


def cmd_finish(args: argparse.Namespace) -> int:
    from windowdesk.services import visit

    ticket = visit.finish(open_context(args.db), args.window, args.outcome)
    print(f"{ticket.number} 已办结：{translate(OUTCOME_NAMES[Outcome(args.outcome)])}")
    return 0


def cmd_transfer(args: argparse.Namespace) -> int:
    from windowdesk.services import queue

    ctx = open_context(args.db)
    return _show(
        queue.transfer(ctx, args.ticket, args.reason, to_category=args.to_category, to_window=args.to_window)
    )


def cmd_reactivate(args: argparse.Namespace) -> int:
    from windowdesk.services import queue

    return _show(queue.reactivate(open_context(args.db), args.ticket))


def cmd_pause(args: argparse.Namespace) -> int:
    from windowdesk.services import queue

    queue.pause_window(open_context(args.db), args.window, args.reason)
    print(f"{args.window} 号窗口已暂停：{args.reason}")
    return 0


def cmd_resume(args: argparse.Namespace) -> int:
    from windowdesk.services import queue

    queue.resume_window(open_context(args.db), args.window)
    print(f"{args.window} 号窗口已恢复叫号")
    return 0


def cmd_expire(args: argparse.Namespace) -> int:
    from windowdesk.services import queue

    print(f"已作废 {queue.expire_day_end(open_context(args.db))} 个未办结的号码")
    return 0


def cmd_status(args: argparse.Namespace) -> int:
    from windowdesk.services import queue

    status = queue.queue_status(open_context(args.db))
    print(f"{status.hall_name} {status.day.isoformat()}")
    print("类别\t名称\t等候\t其中优先\t今日取号")
    for c in status.categories:
        print(f"{c.prefix}\t{c.name}\t{c.waiting}\t{c.priority_waiting}\t{c.issued_today}")
    print("窗口\t服务类别\t当前号码\t状态")
    for w in status.windows:
        current = w.current.number if w.current else "-"
        state = (
            f"暂停：{w.pause_reason}"
            if w.paused
            else (translate(STATE_NAMES[w.current.state]) if w.current else "空闲")
        )
        print(f"{w.window_no}\t{''.join(w.categories)}\t{current}\t{state}")
    return 0


def _minutes(seconds: float | None) -> str:
    return "-" if seconds is None else f"{seconds / 60:.1f}"


def cmd_stats(args: argparse.Namespace) -> int:
    from windowdesk.services import queue

    stats = queue.daily_stats(open_context(args.db), args.date)
    print(f"{stats.day.isoformat()} 排队统计（时间单位：分钟）")
    header = "办结\t过号\t平均等候\t最长等候\t平均办理"
    for title, rows in (("类别\t取号", stats.categories), ("窗口\t叫号", stats.windows)):
        print(f"{title}\t{header}")
        for s in rows:
            print(
                f"{s.label}\t{s.tickets}\t{s.served}\t{s.no_shows}\t"
                f"{_minutes(s.avg_wait_s)}\t{_minutes(s.max_wait_s)}\t{_minutes(s.avg_serve_s)}"
            )
    return 0


def cmd_categories(args: argparse.Namespace) -> int:
    from windowdesk.services import queue

    for c in queue.list_categories(open_context(args.db), include_inactive=True):
        windows = ",".join(str(w) for w in c.windows) or "-"
        state = "" if c.active else "（停用）"
        print(
            f"{c.prefix}\t{c.name}{state}\t起始 {c.start_number}\t限额 {c.daily_cap}\t{c.priority_policy}"
            f"\t窗口 {windows}\t时段 {c.hours or '全天'}"
        )
    return 0


def cmd_add_category(args: argparse.Namespace) -> int:
    from windowdesk.services import queue

    c = queue.add_category(
        open_context(args.db),
        args.prefix,
        args.name,
        start_number=args.start,
        daily_cap=args.cap,
        priority_policy=args.policy,
        hours=args.hours,
    )
    print(f"已新增排队类别 {c.prefix} {c.name}")
    return 0


def cmd_serve(args: argparse.Namespace) -> int:
    from windowdesk.services import queue

    queue.set_window_categories(open_context(args.db), args.window, args.prefixes)
    print(f"{args.window} 号窗口依次服务：{' '.join(p.upper() for p in args.prefixes)}")
    return 0


def cmd_category_set(args: argparse.Namespace) -> int:
    from windowdesk.services import queue

    ctx = open_context(args.db)
    queue.update_category(
        ctx,
        args.prefix.upper(),
        name=args.name,
        start_number=args.start,
        daily_cap=args.cap,
        priority_policy=args.policy,
        active=None if args.active is None else args.active == "yes",
        hours=args.hours,
    )
    c = next(c for c in queue.list_categories(ctx, include_inactive=True) if c.prefix == args.prefix.upper())
    print(
        f"排队类别 {c.prefix} {c.name}：起始 {c.start_number}，限额 {c.daily_cap}，"
        f"取号时段 {c.hours or '全天'}{'' if c.active else '（停用）'}"
    )
    return 0
