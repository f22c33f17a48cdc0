"""The ``windowdesk`` command: the GUI by default, and the services for administrators and scripts.

Each capability keeps its subcommands in a module of this package with ``register(subparsers)``;
list it in ``command_modules()``. Handlers take the parsed arguments and return an exit code.
Without a command (the GUI) only the top-level options are parsed: building every command's parser
costs about as much as showing the sign-in window, so it is done only when a command is given.
Help texts and printed lines are English sources through ``windowdesk.messages.message`` with their
Chinese (the default, and what scripts parse) in the catalogue; ``WINDOWDESK_LANG=en`` prints English.

Imports by need: every command module is imported to build the parser, so its top imports only
argparse helpers (``cli.arguments``, whose ``open_context`` imports the services' one when called),
``windowdesk.errors`` and light ``windowdesk.domain`` modules for choices. Each handler imports the
service packages it calls in its first line (``from windowdesk.services import queue``); names used
only in annotations go under ``if TYPE_CHECKING:``. Service modules import heavy libraries (reportlab
via ``documents``, pypinyin, openpyxl, alembic, the holiday libraries) inside the function that needs
them. ``tests/cli/test_imports_by_need.py`` fails when ``--version`` or ``queue call`` loads one.
"""

from __future__ import annotations

import argparse
import logging
import os
import sys
from collections.abc import Sequence
from types import ModuleType

from windowdesk import __version__
from windowdesk.errors import UserError, set_language
from windowdesk.logs import setup_logging
from windowdesk.messages import message

log = logging.getLogger("windowdesk.cli")


def command_modules() -> tuple[ModuleType, ...]:
    """The modules of the subcommands, in the order of the help."""
    from . import admin, audit, backup, cases, catalogue, queue, ratings, supervision, sync

    return (admin, catalogue, queue, sync, cases, ratings, backup, audit, supervision)


def top_level_parser(*, add_help: bool = True) -> argparse.ArgumentParser:
    """The options before any command: ``--version`` and ``--db``. Without help (the GUI, ``--version``)
    its texts are not needed, so the catalogue is not read for them."""
    parser = argparse.ArgumentParser(
        prog="windowdesk",
        description=message(
            "windowdesk, the workbench of a government service hall's counters. "
            "Without a command it starts the graphical interface."
        )
        if add_help
        else None,
        add_help=add_help,
    )
    parser.add_argument("--version", action="version", version=f"windowdesk {__version__}")
    parser.add_argument(
        "--db",
        metavar="URL",
        help=message(
            "Database address (sqlite:///file or postgresql+psycopg://…); by default WINDOWDESK_DB, "
            "otherwise the embedded database in the user's data folder"
        )
        if add_help
        else None,
    )
    return parser


def build_parser() -> argparse.ArgumentParser:
    parser = top_level_parser()
    subparsers = parser.add_subparsers(dest="command", metavar="COMMAND")
    for module in command_modules():
        module.register(subparsers)
    return parser


def parse_arguments(argv: Sequence[str] | None) -> argparse.Namespace:
    """The GUI (no command, no ``-h``) needs only the top-level options; anything else, the whole parser."""
    arguments = sys.argv[1:] if argv is None else list(argv)
    top, rest = top_level_parser(add_help=False).parse_known_args(arguments)
    if not rest:
        top.command = None
        return top
    return build_parser().parse_args(arguments)


def main(argv: Sequence[str] | None = None) -> int:
    set_language(os.environ.get("WINDOWDESK_LANG", "zh_CN"))
    args = parse_arguments(argv)
    # Never a second traceback from the logger: without a writable log file, the CLI logs nothing
    # (its own messages go to stderr anyway).
    log_file = setup_logging(stderr_fallback=False)
    if args.command is None:
        from windowdesk.ui.app import run_gui  # Qt only when the GUI is wanted

        return run_gui(args.db)
    try:
        return int(args.handler(args) or 0)
    except UserError as exc:
        if getattr(exc, "kind", None):  # a fault found while opening the store: keep its cause
            log.warning("command %s stopped by a fault (%s): %r", args.command, exc.kind, exc.__cause__)
        print(f"windowdesk: {exc}", file=sys.stderr)
        return 1
    except KeyboardInterrupt:
        print(message("windowdesk: interrupted"), file=sys.stderr)
        return 130
    except Exception as exc:  # a fault of the machine, or a bug
        from windowdesk.services import faults

        fault = faults.explain(exc, faults.store_label(args.db))
        if fault is not None:  # one clear line, the cause for the log (without a traceback)
            log.warning("command %s stopped by a fault (%s): %r", args.command, fault.kind, exc)
            print(f"windowdesk: {fault.message}", file=sys.stderr)
            return 1
        # a bug: one clear line for the user, the traceback for the log
        log.exception("command %s failed", args.command)
        where = message(", see the log {path}", path=log_file) if log_file else ""
        error = message(
            "windowdesk: internal error: {kind}: {error}{where}",
            kind=type(exc).__name__,
            error=exc,
            where=where,
        )
        print(error, file=sys.stderr)
        return 1
