"""好差评 from the command line: record a rating (for a pad that is another program, and for
scripts), list a day's ratings, list and advance the follow-ups of bad ratings.

Output lines are tab-separated:
``rating list``       ticket, level, window, staff login, reasons (comma-separated codes)
``rating followups``  id, ticket, due date, step (the step to record next, or ``closed``)
"""

from __future__ import annotations

import argparse
from pathlib import Path

from windowdesk.cli.arguments import iso_date, open_context
from windowdesk.domain.ratings import REASONS, STEPS
from windowdesk.errors import UserError
from windowdesk.messages import Listing, message, translate

YES_NO = {"yes": True, "no": False}


def register(subparsers: argparse._SubParsersAction) -> None:
    rating = subparsers.add_parser(
        "rating", help=message("Ratings of the service: ratings, follow-ups of bad ratings")
    ).add_subparsers(dest="rating_command", metavar="ACTION", required=True)
    p = rating.add_parser(
        "add",
        help=message(
            "Record the rating of one service (5 = very satisfied … 1 = very dissatisfied; a bad rating needs a reason)"
        ),
    )
    which = p.add_mutually_exclusive_group(required=True)
    which.add_argument("--ticket", metavar="NUMBER", help=message("The ticket number, such as A012"))
    which.add_argument(
        "--case",
        metavar="CASE_NO",
        help=message("The number of a case whose result was picked up at the window (rates that delivery)"),
    )
    p.add_argument(
        "--date",
        type=iso_date,
        metavar="D",
        help=message("The day of the service YYYY-MM-DD, by default today"),
    )
    p.add_argument("--level", required=True, type=int, metavar="1..5", help=message("The rating"))
    p.add_argument(
        "--reason",
        action="append",
        default=[],
        metavar="CODE",
        help=message(
            "Reason of a bad rating, may be given more than once: {reasons}",
            reasons=Listing(f"{code} {translate(name)}" for code, name in REASONS.items()),
        ),
    )
    p.add_argument("--text", default="", metavar="TEXT", help=message("A remark on the rating (optional)"))
    p.set_defaults(handler=cmd_add)

    p = rating.add_parser(
        "list", help=message("List the ratings of a day: ticket, rating, window, staff, reasons (one a line)")
    )
    p.add_argument(
        "--date",
        type=iso_date,
        metavar="D",
        help=message("The day of the service YYYY-MM-DD, by default today"),
    )
    p.set_defaults(handler=cmd_list)

    p = rating.add_parser(
        "followups",
        help=message("List the follow-ups of bad ratings: number, ticket, due date, next step (one a line)"),
    )
    p.add_argument("--overdue", action="store_true", help=message("Only those overdue and not closed"))
    p.set_defaults(handler=cmd_followups)

    p = rating.add_parser(
        "followup", help=message("Record the next step of a follow-up: verify → rectify → call back → close")
    )
    p.add_argument("id", metavar="ID", help=message("The number of the follow-up"))
    p.add_argument("--step", required=True, choices=STEPS)
    p.add_argument("--note", required=True, metavar="TEXT")
    p.add_argument(
        "--satisfied",
        choices=tuple(YES_NO),
        help=message("Whether the applicant was satisfied at the call-back"),
    )
    p.set_defaults(handler=cmd_followup)

    p = rating.add_parser("staff-card", help=message("Set the staff number and photo the rating pad shows"))
    p.add_argument("login", metavar="LOGIN")
    p.add_argument("--staff-no", metavar="NO", help=message("The staff number"))
    p.add_argument("--photo", type=Path, metavar="FILE", help=message("The photo (JPEG, PNG and the like)"))
    p.add_argument("--clear-photo", action="store_true", help=message("Delete the photo"))
    p.set_defaults(handler=cmd_staff_card)


def cmd_add(args: argparse.Namespace) -> int:
    from windowdesk.services import ratings

    ctx = open_context(args.db)
    if args.case:
        subject = ratings.delivery_subject(ctx, args.case)
    else:
        subject = ratings.ticket_subject(ctx, args.ticket, args.date)
    done = ratings.add_rating(ctx, subject, args.level, args.reason, args.text, source="cli")
    line = message(
        "Recorded: {subject} {level} {level_name}",
        subject=done.subject_label,
        level=done.level,
        level_name=done.level_name,
    )
    if done.followup_number:
        line += message("; follow-up of a bad rating {number}", number=done.followup_number)
    print(line)
    return 0


def cmd_list(args: argparse.Namespace) -> int:
    from windowdesk.services import ratings

    ctx = open_context(args.db)
    for r in ratings.list_ratings(ctx, args.date):
        level = message("not rated") if r.level is None else str(r.level)
        window = "" if r.window_no is None else str(r.window_no)
        print(f"{r.subject_label}\t{level}\t{window}\t{r.staff_login}\t{','.join(r.reasons)}")
    return 0


def cmd_followups(args: argparse.Namespace) -> int:
    from windowdesk.services import ratings

    ctx = open_context(args.db)
    for f in ratings.list_followups(ctx, overdue_only=args.overdue):
        print(f"{f.number}\t{f.subject_label}\t{f.due_on.isoformat()}\t{f.next_step}")
    return 0


def cmd_followup(args: argparse.Namespace) -> int:
    from windowdesk.services import ratings

    ctx = open_context(args.db)
    satisfied = None if args.satisfied is None else YES_NO[args.satisfied]
    f = ratings.record_step(ctx, args.id, args.step, args.note, satisfied)
    print(f"{f.number}\t{f.subject_label}\t{f.due_on.isoformat()}\t{f.next_step}")
    return 0


def cmd_staff_card(args: argparse.Namespace) -> int:
    from windowdesk.services import ratings

    ctx = open_context(args.db)
    photo = None
    if args.photo is not None:
        try:
            photo = args.photo.read_bytes()
        except OSError as exc:
            raise UserError("Cannot read the photo {path}: {reason}", path=args.photo, reason=exc) from exc
    card = ratings.set_staff_card(
        ctx, args.login, staff_no=args.staff_no, photo=photo, clear_photo=args.clear_photo
    )
    photo_state = message("photo") if card.photo_jpeg else message("no photo")
    print(f"{card.login}\t{card.staff_no}\t{photo_state}")
    return 0
