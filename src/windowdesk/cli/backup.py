"""Backup and restore of this site's store."""

from __future__ import annotations

import argparse
from pathlib import Path

from windowdesk.cli.arguments import open_context
from windowdesk.errors import UserError
from windowdesk.messages import message


def register(subparsers: argparse._SubParsersAction) -> None:
    p = subparsers.add_parser(
        "backup",
        help=message(
            "Back up this site's database online (verified once written), by default into the folder of "
            "the setting backup.dir"
        ),
    )
    p.add_argument("--out", type=Path, metavar="DIR", help=message("The folder the backup is written to"))
    p.set_defaults(handler=cmd_backup)

    p = subparsers.add_parser(
        "restore",
        help=message(
            "Restore the database from a backup (close windowdesk on this computer first); after a restore "
            "it takes one sync with the central store before new case numbers can be given"
        ),
    )
    p.add_argument(
        "file", type=Path, nargs="?", metavar="FILE", help=message("The backup file (.sqlite3 or .dump)")
    )
    p.add_argument(
        "--override",
        metavar="REASON",
        help=message(
            "Administrator: let the restored database give new case numbers without waiting for a sync "
            "(the reason goes into the audit)"
        ),
    )
    p.set_defaults(handler=cmd_restore)


def cmd_backup(args: argparse.Namespace) -> int:
    from windowdesk.services import backup

    ctx = open_context(args.db)
    try:
        result = backup.backup_now(ctx, args.out)
    finally:
        ctx.store.dispose()
    print(message("Backed up and verified: {rows} rows, {size} bytes", rows=result.rows, size=result.size))
    print(result.path)
    return 0


def cmd_restore(args: argparse.Namespace) -> int:
    from windowdesk.services import backup

    if args.override is not None:
        if args.file is not None:
            raise UserError("Use --override on its own (after the restore)")
        ctx = open_context(args.db)
        try:
            backup.allow_case_numbers(ctx, args.override)
        finally:
            ctx.store.dispose()
        print(
            message(
                "Restore limit lifted: this database can give new case numbers (the reason is in the audit)"
            )
        )
        return 0
    if args.file is None:
        raise UserError("Name the backup file")
    result = backup.restore_store(args.db, args.file)
    rows = sum(result.counts.values())
    print(
        message("Restored {store} from {file} ({rows} rows)", store=result.store, file=result.file, rows=rows)
    )
    if result.kept is not None:
        print(message("The former database file is kept as {path}", path=result.kept))
    print(message("Note: no new case numbers until one sync with the central store (windowdesk sync)"))
    return 0
