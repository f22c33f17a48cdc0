"""The service catalogue: import, export, template, search, guide."""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING

from windowdesk.cli.arguments import open_context
from windowdesk.errors import current_language
from windowdesk.files import write_file_atomically
from windowdesk.messages import message

if TYPE_CHECKING:
    from windowdesk.services.catalogue import RowError

#: Beyond this, a report of bad rows stops listing them (the count is still given).
MAX_LISTED_ERRORS = 200


def register(subparsers: argparse._SubParsersAction) -> None:
    cat = subparsers.add_parser(
        "catalogue", help=message("The service catalogue: import, export, template, search, guide")
    ).add_subparsers(dest="catalogue_command", metavar="ACTION", required=True)
    p = cat.add_parser(
        "import",
        help=message(
            "Import the service catalogue from a .json or .xlsx file (with errors nothing is imported and "
            "every error is listed)"
        ),
    )
    p.add_argument("file", type=Path, metavar="FILE")
    p.add_argument(
        "--skip-invalid",
        action="store_true",
        help=message(
            "Import only the correct rows and report the others (exit code 2 when rows were skipped)"
        ),
    )
    p.set_defaults(handler=cmd_import)

    p = cat.add_parser(
        "export",
        help=message("Export the service catalogue to a file, its format by its extension (.json or .xlsx)"),
    )
    p.add_argument("file", type=Path, metavar="FILE")
    p.set_defaults(handler=cmd_export)

    p = cat.add_parser(
        "template", help=message("Write a blank .xlsx import template for the departments to fill in")
    )
    p.add_argument("file", type=Path, metavar="FILE.xlsx")
    p.set_defaults(handler=cmd_template)

    p = cat.add_parser(
        "search",
        help=message(
            "Search matters by name, pinyin, pinyin initials, code or department (each line: code, name, "
            "department)"
        ),
    )
    p.add_argument("text", metavar="TEXT")
    p.add_argument(
        "--limit", type=int, default=50, metavar="N", help=message("List at most N matters (default 50)")
    )
    p.set_defaults(handler=cmd_search)

    p = cat.add_parser("guide", help=message("Write the service guide of a matter (A4 PDF)"))
    p.add_argument(
        "code", metavar="CODE", help=message("The matter's code, or the id of one of its versions (UUID)")
    )
    p.add_argument("--out", type=Path, required=True, metavar="FILE.pdf")
    p.set_defaults(handler=cmd_guide)


def _print_errors(errors: Sequence[RowError]) -> None:
    language = current_language()
    for error in errors[:MAX_LISTED_ERRORS]:
        print(error.text(language), file=sys.stderr)
    if len(errors) > MAX_LISTED_ERRORS:
        print(
            message("…… {count} more errors not listed", count=len(errors) - MAX_LISTED_ERRORS),
            file=sys.stderr,
        )


def cmd_import(args: argparse.Namespace) -> int:
    from windowdesk.services import catalogue
    from windowdesk.services.catalogue import CatalogueFileError

    ctx = open_context(args.db)
    try:
        report = catalogue.import_catalogue(ctx, args.file, skip_invalid=args.skip_invalid)
    except CatalogueFileError as exc:
        _print_errors(exc.errors)
        print(f"windowdesk: {exc}", file=sys.stderr)
        return 1
    print(
        message(
            "Imported {file}: departments {departments_added} added, {departments_updated} updated; "
            "matters {matters_added} added, {matters_updated} updated, {matters_unchanged} unchanged",
            file=args.file.name,
            departments_added=report.departments_added,
            departments_updated=report.departments_updated,
            matters_added=report.matters_added,
            matters_updated=report.matters_updated,
            matters_unchanged=report.matters_unchanged,
        )
    )
    if report.errors:
        _print_errors(report.errors)
        print(message("Skipped {rows} rows with errors", rows=report.skipped_rows), file=sys.stderr)
        return 2
    return 0


def cmd_export(args: argparse.Namespace) -> int:
    from windowdesk.services import catalogue

    ctx = open_context(args.db)
    count = catalogue.export_catalogue(ctx, args.file)
    print(message("Exported {count} matters to {path}", count=count, path=args.file))
    return 0


def cmd_template(args: argparse.Namespace) -> int:
    from windowdesk.services import catalogue

    catalogue.export_template(args.file)
    print(message("Wrote the import template {path}", path=args.file))
    return 0


def cmd_search(args: argparse.Namespace) -> int:
    from windowdesk.services import catalogue

    ctx = open_context(args.db)
    hits = catalogue.search_matters(ctx, args.text, limit=max(1, args.limit))
    for hit in hits:
        print(f"{hit.code}\t{hit.name}\t{hit.department_name}")
    if not hits:
        print(message("No matter matches “{text}”", text=args.text), file=sys.stderr)
        return 1
    return 0


def cmd_guide(args: argparse.Namespace) -> int:
    from windowdesk.services import catalogue

    ctx = open_context(args.db)
    pdf = catalogue.matter_guide_pdf(ctx, args.code)
    write_file_atomically(args.out, pdf)
    print(message("Wrote the service guide {path}", path=args.out))
    return 0
