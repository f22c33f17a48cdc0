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
from windowdesk.messages import translate

YES_NO = {"yes": True, "no": False}


def register(subparsers: argparse._SubParsersAction) -> None:
    rating = subparsers.add_parser("rating", help="好差评：评价、差评整改").add_subparsers(
        dest="rating_command", metavar="ACTION", required=True
    )
    p = rating.add_parser("add", help="记录一次服务的评价（5 = 非常满意 … 1 = 非常不满意；差评须有原因）")
    which = p.add_mutually_exclusive_group(required=True)
    which.add_argument("--ticket", metavar="NUMBER", help="号码，如 A012")
    which.add_argument("--case", metavar="CASE_NO", help="在窗口领取结果的办件编号（评价这次出件）")
    p.add_argument("--date", type=iso_date, metavar="D", help="办理日期 YYYY-MM-DD，默认今天")
    p.add_argument("--level", required=True, type=int, metavar="1..5", help="评价等级")
    p.add_argument(
        "--reason",
        action="append",
        default=[],
        metavar="CODE",
        help="差评原因，可多次给出："
        + "、".join(f"{code} {translate(name)}" for code, name in REASONS.items()),
    )
    p.add_argument("--text", default="", metavar="TEXT", help="评价说明（可选）")
    p.set_defaults(handler=cmd_add)

    p = rating.add_parser("list", help="列出某日的评价：号码、等级、窗口、工作人员、原因（每行一条）")
    p.add_argument("--date", type=iso_date, metavar="D", help="办理日期 YYYY-MM-DD，默认今天")
    p.set_defaults(handler=cmd_list)

    p = rating.add_parser("followups", help="列出差评整改单：编号、号码、截止日期、下一步（每行一件）")
    p.add_argument("--overdue", action="store_true", help="只列出逾期未办结的")
    p.set_defaults(handler=cmd_followups)

    p = rating.add_parser("followup", help="记录整改单的下一步：核实 → 整改 → 回访 → 办结")
    p.add_argument("id", metavar="ID", help="整改单编号")
    p.add_argument("--step", required=True, choices=STEPS)
    p.add_argument("--note", required=True, metavar="TEXT")
    p.add_argument("--satisfied", choices=tuple(YES_NO), help="回访时申请人是否满意")
    p.set_defaults(handler=cmd_followup)

    p = rating.add_parser("staff-card", help="设置评价器上显示的工作人员工号和照片")
    p.add_argument("login", metavar="LOGIN")
    p.add_argument("--staff-no", metavar="NO", help="工号")
    p.add_argument("--photo", type=Path, metavar="FILE", help="照片（JPEG、PNG 等）")
    p.add_argument("--clear-photo", action="store_true", help="删除照片")
    p.set_defaults(handler=cmd_staff_card)


def cmd_add(args: argparse.Namespace) -> int:
    from windowdesk.services import ratings

    ctx = open_context(args.db)
    if args.case:
        subject = ratings.delivery_subject(ctx, args.case)
    else:
        subject = ratings.ticket_subject(ctx, args.ticket, args.date)
    done = ratings.add_rating(ctx, subject, args.level, args.reason, args.text, source="cli")
    line = f"已记录：{done.subject_label} {done.level} {done.level_name}"
    if done.followup_number:
        line += f"；差评整改单 {done.followup_number}"
    print(line)
    return 0


def cmd_list(args: argparse.Namespace) -> int:
    from windowdesk.services import ratings

    ctx = open_context(args.db)
    for r in ratings.list_ratings(ctx, args.date):
        level = "未评价" if r.level is None else str(r.level)
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
    print(f"{card.login}\t{card.staff_no}\t{'有照片' if card.photo_jpeg else '无照片'}")
    return 0
