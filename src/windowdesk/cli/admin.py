"""Store administration: init, demo, db upgrade, users, the working-day site."""

from __future__ import annotations

import argparse
import getpass
import sys
from pathlib import Path

from windowdesk.cli.arguments import iso_date, open_context
from windowdesk.domain import roles
from windowdesk.errors import UserError
from windowdesk.messages import message, translate


def register(subparsers: argparse._SubParsersAction) -> None:
    p = subparsers.add_parser("init", help=message("Initialise this site's database (site code, name, kind)"))
    p.add_argument(
        "--site-code",
        required=True,
        help=message("The site code, such as SZ01 (it appears in the case numbers)"),
    )
    p.add_argument(
        "--site-name",
        required=True,
        help=message("The site name, such as Model City Government Service Centre"),
    )
    p.add_argument(
        "--kind",
        choices=("hall", "township"),
        default="hall",
        help=message("hall a service hall / township a township"),
    )
    p.set_defaults(handler=cmd_init)

    p = subparsers.add_parser(
        "demo",
        help=message(
            "Create the database (if needed) and load the demo data; running it again changes nothing"
        ),
    )
    p.add_argument(
        "--cases",
        type=_case_count,
        default=0,
        metavar="N",
        help=message("Also create N sample cases (0–10000)"),
    )
    p.add_argument(
        "--year",
        action="store_true",
        help=message(
            "Also generate a year of a busy hall (tickets, cases, cards, ratings; written in bulk, not "
            "synced)"
        ),
    )
    p.add_argument(
        "--days", type=int, default=250, metavar="N", help=message("The workdays of --year (default 250)")
    )
    p.add_argument(
        "--tickets",
        type=int,
        default=2000,
        metavar="N",
        help=message("The tickets a day of --year (default 2000)"),
    )
    p.add_argument(
        "--year-cases",
        type=int,
        default=600,
        metavar="N",
        help=message("The cases received a day of --year (default 600)"),
    )
    p.set_defaults(handler=cmd_demo)

    db = subparsers.add_parser("db", help=message("Database maintenance")).add_subparsers(
        dest="db_command", metavar="ACTION", required=True
    )
    p = db.add_parser("upgrade", help=message("Create or upgrade the database structure (may be run again)"))
    p.set_defaults(handler=cmd_db_upgrade)

    user = subparsers.add_parser("user", help=message("Manage users")).add_subparsers(
        dest="user_command", metavar="ACTION", required=True
    )
    p = user.add_parser(
        "add",
        help=message(
            "Add a user (the password is typed at the terminal, or read from standard input with --password-stdin)"
        ),
    )
    p.add_argument("login")
    p.add_argument("--role", required=True, choices=roles.ROLES)
    p.add_argument("--name", default="", help=message("The display name"))
    p.add_argument(
        "--password-stdin",
        action="store_true",
        help=message("Read one line from standard input as the password"),
    )
    p.set_defaults(handler=cmd_user_add)
    p = user.add_parser("passwd", help=message("Change a user's password"))
    p.add_argument("login")
    p.add_argument(
        "--password-stdin",
        action="store_true",
        help=message("Read one line from standard input as the password"),
    )
    p.set_defaults(handler=cmd_user_passwd)
    p = user.add_parser("list", help=message("List the users"))
    p.set_defaults(handler=cmd_user_list)
    p = user.add_parser("set", help=message("Change a user's role, default window or name"))
    p.add_argument("login")
    p.add_argument("--role", choices=roles.ROLES)
    p.add_argument("--window", type=int, metavar="N", help=message("The default window number (0 for none)"))
    p.add_argument("--name", help=message("The display name"))
    p.add_argument("--staff-no", help=message("The staff number"))
    p.set_defaults(handler=cmd_user_set)
    p = user.add_parser("disable", help=message("Disable a user (not deleted: their records stay)"))
    p.add_argument("login")
    p.set_defaults(handler=cmd_user_disable)
    p = user.add_parser("enable", help=message("Enable a user again"))
    p.add_argument("login")
    p.set_defaults(handler=cmd_user_enable)
    p = user.add_parser("unlock", help=message("Unlock an account locked after too many wrong passwords"))
    p.add_argument("login")
    p.set_defaults(handler=cmd_user_unlock)

    window = subparsers.add_parser("window", help=message("Manage windows")).add_subparsers(
        dest="window_command", metavar="ACTION", required=True
    )
    p = window.add_parser("add", help=message("Add a window"))
    p.add_argument("number", type=int, metavar="N", help=message("The window number (1–999)"))
    p.add_argument("--name", default="", help=message("The window name, by default “Window N”"))
    p.add_argument("--department", default="", help=message("Its department"))
    p.set_defaults(handler=cmd_window_add)
    p = window.add_parser("list", help=message("List the windows"))
    p.set_defaults(handler=cmd_window_list)
    p = window.add_parser("set", help=message("Change a window's name, department or whether it is in use"))
    p.add_argument("number", type=int, metavar="N")
    p.add_argument("--name")
    p.add_argument("--department")
    p.add_argument("--active", choices=("yes", "no"))
    p.set_defaults(handler=cmd_window_set)

    conf = subparsers.add_parser("settings", help=message("Site settings")).add_subparsers(
        dest="settings_command", metavar="ACTION", required=True
    )
    p = conf.add_parser("list", help=message("List every site setting and its value"))
    p.set_defaults(handler=cmd_settings_list)
    p = conf.add_parser("set", help=message("Change a site setting"))
    p.add_argument("key")
    p.add_argument("value")
    p.set_defaults(handler=cmd_settings_set)

    cal = subparsers.add_parser("calendar", help=message("The calendar of workdays")).add_subparsers(
        dest="calendar_command", metavar="ACTION", required=True
    )
    p = cal.add_parser("due", help=message("Print the date of the Nth workday after START"))
    p.add_argument(
        "start",
        type=iso_date,
        metavar="START",
        help=message("The day counting starts from, YYYY-MM-DD (not counted itself)"),
    )
    p.add_argument("n", type=int, metavar="N", help=message("The number of workdays"))
    p.set_defaults(handler=cmd_calendar_due)
    p = cal.add_parser(
        "list", help=message("List the holidays and make-up workdays the administrators entered")
    )
    p.set_defaults(handler=cmd_calendar_list)
    p = cal.add_parser("set", help=message("Make a day a holiday or a (make-up) workday"))
    p.add_argument("day", type=iso_date, metavar="DATE")
    p.add_argument("kind", choices=("workday", "holiday"))
    p.add_argument("--note", default="")
    p.set_defaults(handler=cmd_calendar_set)
    p = cal.add_parser(
        "publish", help=message("Mark a year's holiday schedule as fully entered (no longer provisional)")
    )
    p.add_argument("year", type=int)
    p.add_argument(
        "--source",
        default="",
        help=message("The basis, such as the number of the State Council General Office's notice"),
    )
    p.set_defaults(handler=cmd_calendar_publish)
    p = cal.add_parser(
        "import",
        help=message(
            "Import a year's holiday schedule from a file (each line: date holiday|workday note; # starts "
            "a comment, # source: gives the notice's number)"
        ),
    )
    p.add_argument("file", metavar="FILE")
    p.add_argument(
        "--source", default="", help=message("The basis (used when the file has no # source: line)")
    )
    p.set_defaults(handler=cmd_calendar_import)


def _case_count(text: str) -> int:
    try:
        value = int(text)
    except ValueError:
        value = -1
    if not 0 <= value <= 10_000:
        raise argparse.ArgumentTypeError(
            message("The number of sample cases is a whole number from 0 to 10000, not {text!r}", text=text)
        )
    return value


def _read_password(from_stdin: bool) -> str:
    if from_stdin or not sys.stdin.isatty():
        line = sys.stdin.readline()
        if not line:
            raise UserError("No password on standard input")
        return line.rstrip("\r\n")
    first = getpass.getpass(message("New password: "))
    if getpass.getpass(message("Once more: ")) != first:
        raise UserError("The two passwords differ")
    return first


def cmd_init(args: argparse.Namespace) -> int:
    from windowdesk.services import site

    ctx = open_context(args.db)
    info = site.init_site(ctx, args.site_code, args.site_name, args.kind)
    print(
        message(
            "Site {code} {name} is ready ({store})",
            code=info.code,
            name=info.name,
            store=ctx.store.display_name,
        )
    )
    return 0


def cmd_demo(args: argparse.Namespace) -> int:
    from windowdesk.services import demo

    ctx = open_context(args.db)
    report = demo.load_demo(ctx, demo.DemoOptions(cases=args.cases))
    if report.created:
        created = len(report.created)
        print(
            message(
                "Demo data loaded: {count} created ({store})", count=created, store=ctx.store.display_name
            )
        )
    else:
        print(
            message(
                "The demo data is there already, nothing to change ({store})", store=ctx.store.display_name
            )
        )
    logins = ", ".join(login for login, _, _ in demo.DEMO_USERS)
    print(message("Demo users {logins}, password {password}", logins=logins, password=demo.DEMO_PASSWORD))
    if args.year:
        size = demo.YearSize(args.days, args.tickets, args.year_cases)
        year = demo.load_year(ctx, ctx.clock.today(), size)
        print(
            message(
                "Generated {days} workdays from {first} to {last}: "
                "tickets {tickets}, cases {cases}, cards {cards}, ratings {ratings}",
                first=year.first.isoformat(),
                last=year.last.isoformat(),
                days=year.days,
                tickets=year.tickets,
                cases=year.cases,
                cards=year.cards,
                ratings=year.ratings,
            )
        )
    return 0


def cmd_db_upgrade(args: argparse.Namespace) -> int:
    from windowdesk.services.context import upgrade_store

    print(message("The database structure is up to date ({store})", store=upgrade_store(args.db)))
    return 0


def cmd_user_add(args: argparse.Namespace) -> int:
    from windowdesk.services import site

    ctx = open_context(args.db)
    user = site.add_user(ctx, args.login, args.role, _read_password(args.password_stdin), args.name)
    print(message("Added the user {login} ({role})", login=user.login, role=roles.ROLE_NAMES[user.role]))
    if user.must_change_password:  # the password was chosen for them
        print(message("{login} must change the password at the first sign-in", login=user.login))
    return 0


def cmd_user_passwd(args: argparse.Namespace) -> int:
    from windowdesk.services import site

    ctx = open_context(args.db)
    site.set_password(ctx, args.login, _read_password(args.password_stdin))
    print(message("Changed the password of the user {login}", login=args.login))
    return 0


def cmd_user_list(args: argparse.Namespace) -> int:
    from windowdesk.services import site

    ctx = open_context(args.db)
    for user in site.list_users(ctx):
        state = "" if user.active else message(" (deactivated)")
        print(f"{user.login}\t{user.display_name}\t{translate(roles.ROLE_NAMES[user.role])}{state}")
    return 0


def cmd_settings_list(args: argparse.Namespace) -> int:
    from windowdesk.services import settings

    ctx = open_context(args.db)
    for key, value in settings.all_settings(ctx).items():
        print(f"{key}\t{value}\t{translate(settings.SPECS[key].label)}")
    return 0


def cmd_settings_set(args: argparse.Namespace) -> int:
    from windowdesk.services import settings

    ctx = open_context(args.db)
    value = settings.set_setting(ctx, args.key, args.value)
    label = settings.SPECS[args.key].label
    print(message("{label} ({key}) set to {value}", label=label, key=args.key, value=value))
    return 0


def cmd_calendar_due(args: argparse.Namespace) -> int:
    from windowdesk.services import site

    ctx = open_context(args.db)
    due = site.due_date(ctx, args.start, args.n)
    if due.provisional:
        print(
            message(
                "Note: beyond the published holiday schedule, the result is provisional (no make-up days counted)"
            ),
            file=sys.stderr,
        )
    print(due.day.isoformat())
    return 0


def cmd_calendar_list(args: argparse.Namespace) -> int:
    from windowdesk.services import site

    ctx = open_context(args.db)
    for row in site.list_overrides(ctx):
        kind = message("workday") if row.is_workday else message("holiday")
        print(f"{row.day.isoformat()}\t{kind}\t{row.note}")
    return 0


def cmd_calendar_set(args: argparse.Namespace) -> int:
    from windowdesk.services import calendar

    ctx = open_context(args.db)
    calendar.set_day(ctx, args.day, args.kind == "workday", args.note)  # open cases recomputed with it
    kind = message("workday") if args.kind == "workday" else message("holiday")
    print(message("{day} is now a {kind}", day=args.day.isoformat(), kind=kind))
    return 0


def cmd_calendar_publish(args: argparse.Namespace) -> int:
    from windowdesk.services import calendar

    ctx = open_context(args.db)
    calendar.publish_year(ctx, args.year, args.source)  # open cases recomputed with it
    print(message("The holiday schedule of {year} is marked as official", year=args.year))
    return 0


def cmd_user_set(args: argparse.Namespace) -> int:
    from windowdesk.services import site

    ctx = open_context(args.db)
    changes: dict = {}
    if args.role is not None:
        changes["role"] = args.role
    if args.window is not None:
        changes["window_no"] = args.window or None
    if args.name is not None:
        changes["display_name"] = args.name
    if args.staff_no is not None:
        changes["staff_no"] = args.staff_no
    if not changes:
        raise UserError("Nothing to change (--role, --window, --name or --staff-no)")
    user = site.update_user(ctx, args.login, **changes)
    window = (
        message("window {number}", number=user.window_no) if user.window_no else message("no default window")
    )
    print(
        message(
            "User {login}: {name}, {role}, {window}",
            login=user.login,
            name=user.display_name,
            role=roles.ROLE_NAMES[user.role],
            window=window,
        )
    )
    return 0


def cmd_user_disable(args: argparse.Namespace) -> int:
    from windowdesk.services import site

    user = site.set_user_active(open_context(args.db), args.login, False)
    print(message("User {login} disabled (their records stay)", login=user.login))
    return 0


def cmd_user_enable(args: argparse.Namespace) -> int:
    from windowdesk.services import site

    user = site.set_user_active(open_context(args.db), args.login, True)
    print(message("User {login} enabled", login=user.login))
    return 0


def cmd_user_unlock(args: argparse.Namespace) -> int:
    from windowdesk.services import site

    user = site.unlock_user(open_context(args.db), args.login)
    print(message("User {login} unlocked", login=user.login))
    return 0


def cmd_window_add(args: argparse.Namespace) -> int:
    from windowdesk.services import site

    window = site.add_window(open_context(args.db), args.number, args.name, args.department)
    print(message("Added window {number}: {name}", number=window.number, name=window.name))
    return 0


def cmd_window_list(args: argparse.Namespace) -> int:
    from windowdesk.services import site

    for w in site.list_windows(open_context(args.db)):
        in_use = message("in use") if w.active else message("not in use")
        print(f"{w.number}\t{w.name}\t{w.department or '-'}\t{in_use}")
    return 0


def cmd_window_set(args: argparse.Namespace) -> int:
    from windowdesk.services import site

    active = None if args.active is None else args.active == "yes"
    if args.name is None and args.department is None and active is None:
        raise UserError("Nothing to change (--name, --department or --active)")
    w = site.update_window(
        open_context(args.db), args.number, name=args.name, department=args.department, active=active
    )
    department = w.department or message("no department")
    in_use = message("in use") if w.active else message("not in use")
    print(
        message(
            "Window {number}: {name}, {department}, {in_use}",
            number=w.number,
            name=w.name,
            department=department,
            in_use=in_use,
        )
    )
    return 0


def cmd_calendar_import(args: argparse.Namespace) -> int:
    from windowdesk.services import calendar

    try:
        text = Path(args.file).read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as exc:
        raise UserError("Cannot read {path}: {reason}", path=args.file, reason=exc) from exc
    result = calendar.import_schedule(open_context(args.db), text, args.source)  # open cases recomputed
    print(
        message(
            "Imported the holiday schedule of {year}: {days} days, marked as official",
            year=result.year,
            days=result.days,
        )
    )
    return 0
