"""Sync commands: the central store (init, add-site) and a site client (sync setup, sync, --watch)."""

from __future__ import annotations

import argparse
import getpass
import sys
import time
from typing import TYPE_CHECKING

from windowdesk.cli.arguments import open_context
from windowdesk.errors import UserError
from windowdesk.messages import N_, message, translate

if TYPE_CHECKING:
    from windowdesk.services import sync as sync_service

#: The CA file in the command shown to the administrator (a name for them to replace).
CA_PLACEHOLDER = N_("central-store-CA.pem")


def register(subparsers: argparse._SubParsersAction) -> None:
    cen = subparsers.add_parser(
        "central", help=message("Manage the central store (PostgreSQL)")
    ).add_subparsers(dest="central_command", metavar="ACTION", required=True)
    p = cen.add_parser("init", help=message("Create or upgrade the central store (may be run again)"))
    _db_option(p)
    p.set_defaults(handler=cmd_central_init)
    p = cen.add_parser(
        "add-site", help=message("Add a site and its own database account, and show how its clients connect")
    )
    _db_option(p)
    p.add_argument("code", metavar="CODE", help=message("The site code, such as SZ01"))
    p.add_argument("name", metavar="NAME", help=message("The site name"))
    p.add_argument("--kind", choices=("hall", "township"), default="hall")
    p.set_defaults(handler=cmd_central_add_site)

    p = subparsers.add_parser(
        "sync",
        help=message(
            "Sync with the central store once (or keep syncing with --watch); sync setup sets it up"
        ),
    )
    p.add_argument(
        "--watch",
        action="store_true",
        help=message("Keep syncing, at the interval of the setting sync.interval_seconds"),
    )
    p.add_argument(
        "--interval",
        type=int,
        metavar="S",
        help=message("The interval of --watch in seconds (overrides the setting)"),
    )
    p.add_argument(
        "--password-stdin",
        action="store_true",
        help=message("Read the central store's password from standard input"),
    )
    p.add_argument("--quiet", action="store_true", help=message("Show no progress"))
    p.set_defaults(handler=cmd_sync)
    sub = p.add_subparsers(dest="sync_command", metavar="setup")
    s = sub.add_parser(
        "setup",
        help=message(
            "Register this device with the central store; the password is kept in the system keyring"
        ),
    )
    s.add_argument(
        "--central",
        required=True,
        metavar="URL",
        help=message("The central store's address (given by central add-site)"),
    )
    s.add_argument("--site", required=True, metavar="CODE", help=message("The site code"))
    s.add_argument(
        "--ca",
        metavar="FILE",
        help=message(
            "The central store's CA certificate (PEM), used to verify its server when connecting (required)"
        ),
    )
    s.add_argument(
        "--password-stdin", action="store_true", help=message("Read the password from standard input")
    )
    s.set_defaults(handler=cmd_sync_setup)


def _db_option(parser: argparse.ArgumentParser) -> None:
    # SUPPRESS: without --db here, the global `windowdesk --db URL` stays in effect.
    parser.add_argument(
        "--db",
        metavar="URL",
        default=argparse.SUPPRESS,
        help=message("The central store's address (PostgreSQL)"),
    )


def _require_db(args: argparse.Namespace) -> str:
    if not args.db:
        raise UserError("Give the central store with --db URL")
    return args.db


def cmd_central_init(args: argparse.Namespace) -> int:
    from windowdesk.services import sync as sync_service

    ctx = sync_service.init_central(_require_db(args))
    print(message("The central store is ready ({store})", store=ctx.store.display_name))
    ctx.store.dispose()
    return 0


def cmd_central_add_site(args: argparse.Namespace) -> int:
    from windowdesk.services import sync as sync_service

    site = sync_service.add_central_site(_require_db(args), args.code, args.name, args.kind)
    print(
        message(
            "Site {code} {name} registered, database account {role}",
            code=site.code,
            name=site.name,
            role=site.role,
        )
    )
    print(message("Password (shown this once only): {password}", password=site.password))
    print(message("Run on the site's clients:"))
    ca = translate(CA_PLACEHOLDER)
    print(f"  windowdesk sync setup --central {site.client_url} --site {site.code} --ca {ca}")
    return 0


def _read_password(from_stdin: bool, prompt: str) -> str:
    if from_stdin or not sys.stdin.isatty():
        line = sys.stdin.readline()
        if not line:
            raise UserError("No password on standard input")
        return line.rstrip("\r\n")
    return getpass.getpass(prompt)


def cmd_sync_setup(args: argparse.Namespace) -> int:
    from windowdesk.services import sync as sync_service

    ctx = open_context(args.db)
    sync_service.check_central_ca(args.ca)  # refused before the password is asked
    password = _read_password(args.password_stdin, message("Central store password: "))
    result = sync_service.setup_sync(ctx, args.central, args.site, password, args.ca)
    print(
        message(
            "This device (no. {device}) is registered with the central store, site {code} {name}",
            device=result.device_no,
            code=result.site_code,
            name=result.site_name,
        )
    )
    if result.site_record == "rekeyed":
        print(message("The local site record now uses the central store's record"))
    if result.counters_raised:
        print(
            message(
                "Raised {count} number counters to the central store's records (no number given twice)",
                count=result.counters_raised,
            )
        )
    for event in result.events:
        print(message("Note: {event}", event=event))
    if result.password_saved:
        print(message("The password is kept in the system keyring"))
    else:
        print(message("No system keyring available: the password is not kept and is asked at every sync"))
    return 0


_last_stage: list[str] = []


def _progress(stage: str, done: int, total: int) -> None:
    """One line per stage, rewritten in place as the counts grow."""
    if _last_stage and _last_stage[-1] != stage:
        print(file=sys.stderr)
    _last_stage[:] = [stage]
    label = message("Pushed") if stage == "push" else message("Pulled")
    print(f"\r{label} {done}/{total}" if stage == "push" else f"\r{label} {done}", end="", file=sys.stderr)


def _summary_line(summary: sync_service.SyncSummary) -> str:
    return message(
        "Pushed {pushed}, pulled {pulled}, rejected {rejected}, conflicts {conflicts}",
        pushed=summary.pushed,
        pulled=summary.pulled,
        rejected=summary.rejected,
        conflicts=summary.conflicts,
    )


def cmd_sync(args: argparse.Namespace) -> int:
    from windowdesk.services import sync as sync_service
    from windowdesk.services.settings import SYNC_INTERVAL_SECONDS, get_setting

    ctx = open_context(args.db)
    password = sync_service.stored_password(ctx)
    if password is None and sync_service.sync_status(ctx).configured:
        if not sync_service.keyring_available():
            print(message("No system keyring available: enter the central store's password"), file=sys.stderr)
        password = _read_password(args.password_stdin, message("Central store password: "))
    progress = None if args.quiet else _progress
    if not args.watch:
        summary = sync_service.run_sync(ctx, password, progress)
        if progress:
            print(file=sys.stderr)
        for event in summary.events:
            print(message("Note: {event}", event=event))
        print(_summary_line(summary))
        if summary.rejected or summary.conflicts:
            print(
                message(
                    "The rejected and conflicting records are kept; supervisors see them on the sync page"
                )
            )
        return 0
    interval = args.interval or int(get_setting(ctx, SYNC_INTERVAL_SECONDS.key))
    while True:
        try:
            summary = sync_service.run_sync(ctx, password, None)
            print(f"{time.strftime('%H:%M:%S')} {_summary_line(summary)}", flush=True)
        except UserError as exc:
            print(f"{time.strftime('%H:%M:%S')} {message('Sync failed: {error}', error=exc)}", flush=True)
        time.sleep(interval)
