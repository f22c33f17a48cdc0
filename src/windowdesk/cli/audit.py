"""The audit log: verify its hash chains, here or on the central store."""

from __future__ import annotations

import argparse

from windowdesk.cli.arguments import open_context
from windowdesk.messages import message


def register(subparsers: argparse._SubParsersAction) -> None:
    group = subparsers.add_parser("audit", help=message("Audit records")).add_subparsers(
        dest="audit_command", metavar="ACTION", required=True
    )
    p = group.add_parser(
        "verify",
        help=message("Verify the hash chains of the audit records and report the first break (exit code 1)"),
    )
    p.add_argument(
        "--central",
        metavar="URL",
        help=message(
            "Verify the audit chains of every site and device in the central store (connecting as its "
            "owner) and record the breaks there"
        ),
    )
    p.set_defaults(handler=cmd_verify)


def cmd_verify(args: argparse.Namespace) -> int:
    from windowdesk.services import audit

    if args.central:
        report = audit.verify_central(args.central)
    else:
        ctx = open_context(args.db)
        try:
            report = audit.verify_local(ctx)
        finally:
            ctx.store.dispose()
    checked = message(
        "{where}: {entries} audit records checked, {chains} chains",
        where=report.where,
        entries=report.entries,
        chains=report.chains,
    )
    if report.unchained:
        checked += message(" ({count} more predate the hash chain, unprotected)", count=report.unchained)
    print(checked)
    if report.intact:
        print(message("The audit chain is intact"))
        return 0
    print(message("First break: {where}", where=report.first_break.describe()))
    if len(report.breaks) > 1:
        print(message("{count} breaks in all", count=len(report.breaks)))
    return 1
