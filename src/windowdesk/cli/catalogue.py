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

if TYPE_CHECKING:
    from windowdesk.services.catalogue import RowError

#: Beyond this, a report of bad rows stops listing them (the count is still given).
MAX_LISTED_ERRORS = 200


def register(subparsers: argparse._SubParsersAction) -> None:
    cat = subparsers.add_parser(
        "catalogue", help="事项清单：导入、导出、模板、搜索、办事指南"
    ).add_subparsers(dest="catalogue_command", metavar="ACTION", required=True)
    p = cat.add_parser(
        "import", help="从 .json 或 .xlsx 文件导入事项清单（有错误时不导入任何内容，并列出每个错误）"
    )
    p.add_argument("file", type=Path, metavar="FILE")
    p.add_argument(
        "--skip-invalid", action="store_true", help="只导入正确的行，报告其余的行（有跳过的行时退出码为 2）"
    )
    p.set_defaults(handler=cmd_import)

    p = cat.add_parser("export", help="把事项清单导出到文件，格式由扩展名决定（.json 或 .xlsx）")
    p.add_argument("file", type=Path, metavar="FILE")
    p.set_defaults(handler=cmd_export)

    p = cat.add_parser("template", help="生成供部门填写的空白 .xlsx 导入模板")
    p.add_argument("file", type=Path, metavar="FILE.xlsx")
    p.set_defaults(handler=cmd_template)

    p = cat.add_parser(
        "search", help="按名称、拼音、拼音首字母、编码或部门搜索事项（每行：编码、名称、部门）"
    )
    p.add_argument("text", metavar="TEXT")
    p.add_argument("--limit", type=int, default=50, metavar="N", help="最多列出 N 项（默认 50）")
    p.set_defaults(handler=cmd_search)

    p = cat.add_parser("guide", help="生成某事项的办事指南（A4 PDF）")
    p.add_argument("code", metavar="CODE", help="事项编码，或事项版本号（UUID）")
    p.add_argument("--out", type=Path, required=True, metavar="FILE.pdf")
    p.set_defaults(handler=cmd_guide)


def _print_errors(errors: Sequence[RowError]) -> None:
    language = current_language()
    for error in errors[:MAX_LISTED_ERRORS]:
        print(error.text(language), file=sys.stderr)
    if len(errors) > MAX_LISTED_ERRORS:
        print(f"……另有 {len(errors) - MAX_LISTED_ERRORS} 处错误未列出", file=sys.stderr)


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
        f"已导入 {args.file.name}：部门新增 {report.departments_added}、更新 {report.departments_updated}；"
        f"事项新增 {report.matters_added}、更新 {report.matters_updated}、未变 {report.matters_unchanged}"
    )
    if report.errors:
        _print_errors(report.errors)
        print(f"已跳过 {report.skipped_rows} 行有错误的数据", file=sys.stderr)
        return 2
    return 0


def cmd_export(args: argparse.Namespace) -> int:
    from windowdesk.services import catalogue

    ctx = open_context(args.db)
    count = catalogue.export_catalogue(ctx, args.file)
    print(f"已导出 {count} 个事项到 {args.file}")
    return 0


def cmd_template(args: argparse.Namespace) -> int:
    from windowdesk.services import catalogue

    catalogue.export_template(args.file)
    print(f"已生成导入模板 {args.file}")
    return 0


def cmd_search(args: argparse.Namespace) -> int:
    from windowdesk.services import catalogue

    ctx = open_context(args.db)
    hits = catalogue.search_matters(ctx, args.text, limit=max(1, args.limit))
    for hit in hits:
        print(f"{hit.code}\t{hit.name}\t{hit.department_name}")
    if not hits:
        print(f"没有找到与“{args.text}”相符的事项", file=sys.stderr)
        return 1
    return 0


def cmd_guide(args: argparse.Namespace) -> int:
    from windowdesk.services import catalogue

    ctx = open_context(args.db)
    pdf = catalogue.matter_guide_pdf(ctx, args.code)
    write_file_atomically(args.out, pdf)
    print(f"已生成办事指南 {args.out}")
    return 0
