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
from windowdesk.messages import N_, message, translate

if TYPE_CHECKING:
    from windowdesk.services import queue

NOTHING_WAITING = 3


def register(subparsers: argparse._SubParsersAction) -> None:
    ticket = subparsers.add_parser("ticket", help=message("Tickets")).add_subparsers(
        dest="ticket_command", metavar="ACTION", required=True
    )
    p = ticket.add_parser("take", help=message("Take a ticket (the last line is its number)"))
    p.add_argument("category", metavar="CATEGORY", help=message("The queue category's prefix, such as A"))
    p.add_argument("--priority", choices=[k.value for k in Priority], help=message("The kind of priority"))
    p.add_argument(
        "--appointment",
        metavar="CODE",
        help=message("The appointment check-in code (priority by appointment)"),
    )
    p.add_argument("--slip", metavar="FILE.pdf", help=message("Also write the ticket slip as PDF"))
    p.set_defaults(handler=cmd_take)

    q = subparsers.add_parser("queue", help=message("The queue and calling")).add_subparsers(
        dest="queue_command", metavar="ACTION", required=True
    )
    p = q.add_parser(
        "call",
        help=message(
            "Call the next ticket to a window (the last line is its number; with nobody waiting nothing is printed, exit code 3)"
        ),
    )
    _window(p)
    p.add_argument("--ticket", metavar="NUMBER", help=message("Call this ticket instead of the next one"))
    p.set_defaults(handler=cmd_call)
    for name, help_text, handler in (
        ("recall", N_("Call the window's current ticket again"), cmd_recall),
        ("start", N_("The applicant is at the window: start serving"), cmd_start),
        ("no-show", N_("No-show (after the recalls the settings ask for)"), cmd_no_show),
        ("resume", N_("The window calls again"), cmd_resume),
    ):
        p = q.add_parser(name, help=translate(help_text))
        _window(p)
        p.set_defaults(handler=handler)
    p = q.add_parser("finish", help=message("Finish the window's current ticket"))
    _window(p)
    p.add_argument(
        "--outcome", required=True, choices=[o.value for o in Outcome], help=message("The outcome")
    )
    p.set_defaults(handler=cmd_finish)
    p = q.add_parser("pause", help=message("Pause the window's calling"))
    _window(p)
    p.add_argument("--reason", required=True)
    p.set_defaults(handler=cmd_pause)
    p = q.add_parser(
        "transfer",
        help=message("Move a ticket to another category or window (it keeps the time it was taken)"),
    )
    p.add_argument("ticket", metavar="NUMBER")
    p.add_argument("--to-category", metavar="PREFIX")
    p.add_argument("--to-window", type=int, metavar="N")
    p.add_argument("--reason", required=True)
    p.set_defaults(handler=cmd_transfer)
    p = q.add_parser("reactivate", help=message("Bring back a ticket that was a no-show"))
    p.add_argument("ticket", metavar="NUMBER")
    p.set_defaults(handler=cmd_reactivate)
    p = q.add_parser("expire", help=message("Void the unfinished tickets of earlier days"))
    p.set_defaults(handler=cmd_expire)
    p = q.add_parser(
        "status", help=message("The people waiting in each category and each window's current ticket")
    )
    p.set_defaults(handler=cmd_status)
    p = q.add_parser("stats", help=message("A day's statistics by category and window"))
    p.add_argument("--date", type=iso_date, metavar="YYYY-MM-DD", help=message("By default today"))
    p.set_defaults(handler=cmd_stats)
    p = q.add_parser("categories", help=message("List the queue categories"))
    p.set_defaults(handler=cmd_categories)
    p = q.add_parser("add-category", help=message("Add a queue category"))
    p.add_argument("prefix", metavar="PREFIX")
    p.add_argument("name", metavar="NAME")
    p.add_argument("--start", type=int, default=1, help=message("The first number of each day"))
    p.add_argument("--cap", type=int, default=999, help=message("The daily limit"))
    p.add_argument("--policy", choices=[x.value for x in PriorityPolicy], default="interleave")
    p.add_argument(
        "--hours",
        default="",
        help=message("The hours tickets are given, such as 08:30-12:00,14:00-17:30 (all day by default)"),
    )
    p.set_defaults(handler=cmd_add_category)
    category = q.add_parser("category", help=message("Queue category settings")).add_subparsers(
        dest="category_command", metavar="ACTION", required=True
    )
    p = category.add_parser(
        "set", help=message("Change a queue category's name, limit, first number or hours")
    )
    p.add_argument("prefix", metavar="PREFIX")
    p.add_argument("--name")
    p.add_argument("--cap", type=int, metavar="N", help=message("The daily limit"))
    p.add_argument("--start", type=int, metavar="N", help=message("The first number of each day"))
    p.add_argument(
        "--hours",
        metavar="HH:MM-HH:MM,…",
        help=message("The hours tickets are given; an empty string means all day"),
    )
    p.add_argument("--policy", choices=[x.value for x in PriorityPolicy], help=message("The priority policy"))
    p.add_argument("--active", choices=("yes", "no"))
    p.set_defaults(handler=cmd_category_set)
    p = q.add_parser("serve", help=message("Set the categories a window serves, in order"))
    _window(p)
    p.add_argument("prefixes", nargs="+", metavar="PREFIX")
    p.set_defaults(handler=cmd_serve)


def _window(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--window", type=int, required=True, metavar="N", help=message("The window number"))


def _describe(t: queue.TicketInfo) -> str:
    kind = PRIORITY_NAMES[Priority(t.priority_kind)] if t.priority_kind else None
    priority = message(" ({priority})", priority=kind) if kind else ""
    return f"{t.number}{priority} {t.category_name} {translate(STATE_NAMES.get(t.state, t.state))}"


def cmd_take(args: argparse.Namespace) -> int:
    from windowdesk.services import queue

    ctx = open_context(args.db)
    issued = queue.take_ticket(ctx, args.category, priority=args.priority, appointment_code=args.appointment)
    t = issued.ticket
    print(message("{category}, {count} waiting ahead", category=t.category_name, count=issued.waiting_ahead))
    if args.slip:
        path = queue.ticket_slip_pdf(ctx, t.id, args.slip)
        print(message("Ticket slip: {path}", path=path))
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
    outcome = translate(OUTCOME_NAMES[Outcome(args.outcome)])
    print(message("{number} finished: {outcome}", number=ticket.number, outcome=outcome))
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
    print(message("Window {window} paused: {reason}", window=args.window, reason=args.reason))
    return 0


def cmd_resume(args: argparse.Namespace) -> int:
    from windowdesk.services import queue

    queue.resume_window(open_context(args.db), args.window)
    print(message("Window {window} calls again", window=args.window))
    return 0


def cmd_expire(args: argparse.Namespace) -> int:
    from windowdesk.services import queue

    count = queue.expire_day_end(open_context(args.db))
    print(message("Voided {count} unfinished tickets", count=count))
    return 0


def cmd_status(args: argparse.Namespace) -> int:
    from windowdesk.services import queue

    status = queue.queue_status(open_context(args.db))
    print(f"{status.hall_name} {status.day.isoformat()}")
    print(_columns(message("Category|Name|Waiting|Of them priority|Taken today")))
    for c in status.categories:
        print(f"{c.prefix}\t{c.name}\t{c.waiting}\t{c.priority_waiting}\t{c.issued_today}")
    print(_columns(message("Window|Categories served|Current ticket|State")))
    for w in status.windows:
        current = w.current.number if w.current else "-"
        state = (
            message("Paused: {reason}", reason=w.pause_reason)
            if w.paused
            else (translate(STATE_NAMES[w.current.state]) if w.current else message("idle"))
        )
        print(f"{w.window_no}\t{''.join(w.categories)}\t{current}\t{state}")
    return 0


def _columns(header: str) -> str:
    """A header line: its columns are written with "|" in the catalogue, printed tab-separated."""
    return header.replace("|", "\t")


def _minutes(seconds: float | None) -> str:
    return "-" if seconds is None else f"{seconds / 60:.1f}"


def cmd_stats(args: argparse.Namespace) -> int:
    from windowdesk.services import queue

    stats = queue.daily_stats(open_context(args.db), args.date)
    print(message("{day} queue statistics (times in minutes)", day=stats.day.isoformat()))
    header = message("Served|No-shows|Average wait|Longest wait|Average service")
    titles = (message("Category|Taken"), message("Window|Called"))
    for title, rows in zip(titles, (stats.categories, stats.windows), strict=True):
        print(_columns(f"{title}|{header}"))
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
        state = "" if c.active else message(" (inactive)")
        hours = c.hours or message("all day")
        start = message("first {number}", number=c.start_number)
        cap = message("limit {number}", number=c.daily_cap)
        print(
            f"{c.prefix}\t{c.name}{state}\t{start}\t{cap}\t{c.priority_policy}"
            f"\t{message('windows {windows}', windows=windows)}\t{message('hours {hours}', hours=hours)}"
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
    print(message("Added the queue category {prefix} {name}", prefix=c.prefix, name=c.name))
    return 0


def cmd_serve(args: argparse.Namespace) -> int:
    from windowdesk.services import queue

    queue.set_window_categories(open_context(args.db), args.window, args.prefixes)
    prefixes = " ".join(p.upper() for p in args.prefixes)
    print(message("Window {window} serves in turn: {prefixes}", window=args.window, prefixes=prefixes))
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
        message(
            "Queue category {prefix} {name}: first {start}, limit {cap}, hours {hours}{state}",
            prefix=c.prefix,
            name=c.name,
            start=c.start_number,
            cap=c.daily_cap,
            hours=c.hours or message("all day"),
            state="" if c.active else message(" (inactive)"),
        )
    )
    return 0
