"""Move a CLI module's service imports into the handlers that use them (imports by need).

    python tools/cli_imports_by_need.py [--check] src/windowdesk/cli/*.py

Every command module is imported to build the parser, so a module-level
``from windowdesk.services import cases`` makes ``windowdesk --version`` load the whole case
capability (and with it reportlab, pypinyin, alembic...). This rewrites:

    from windowdesk.services import a, b          (module level)
        -> ``from windowdesk.services import a`` as the first line of each function using ``a``,
           and under ``if TYPE_CHECKING:`` when ``a`` also appears in annotations
    from windowdesk.services.context import open_context
        -> from windowdesk.cli.arguments import open_context   (imports the services when called)

``--check`` changes nothing and exits 1 when a file would change. Run ``ruff check --fix`` and
``tests/cli/test_imports_by_need.py`` afterwards.
"""

from __future__ import annotations

import ast
import sys
from pathlib import Path

SERVICES = "windowdesk.services"


def _body_start(function: ast.FunctionDef, lines: list[str]) -> tuple[int, str]:
    """(line index to insert before, indentation) of the first statement after the docstring."""
    body = function.body
    first = (
        body[1]
        if len(body) > 1
        and isinstance(body[0], ast.Expr)
        and isinstance(getattr(body[0], "value", None), ast.Constant)
        and isinstance(body[0].value.value, str)
        else body[0]
    )
    line = lines[first.lineno - 1]
    return first.lineno - 1, line[: len(line) - len(line.lstrip())]


def convert(source: str) -> str:
    tree = ast.parse(source)
    lines = source.splitlines(keepends=True)
    moved: dict[str, str] = {}  # local name -> import line text (without indentation)
    drop: list[ast.ImportFrom] = []
    wants_arguments_open_context = False
    for node in tree.body:
        if isinstance(node, ast.ImportFrom) and node.module == SERVICES:
            for alias in node.names:
                local = alias.asname or alias.name
                as_part = f" as {alias.asname}" if alias.asname else ""
                moved[local] = f"from {SERVICES} import {alias.name}{as_part}"
            drop.append(node)
        elif (
            isinstance(node, ast.ImportFrom)
            and node.module == f"{SERVICES}.context"
            and [a.name for a in node.names] == ["open_context"]
        ):
            drop.append(node)
            wants_arguments_open_context = True
    if not drop:
        return source
    in_annotations: set[str] = set()
    inserts: list[tuple[int, str]] = []
    for node in tree.body:
        if not isinstance(node, ast.FunctionDef):
            continue
        annotations = [a.annotation for a in (*node.args.args, *node.args.kwonlyargs) if a.annotation]
        annotations += [node.returns] if node.returns else []
        for annotation in annotations:
            in_annotations |= {n.id for n in ast.walk(annotation) if isinstance(n, ast.Name)} & moved.keys()
        used_in_body = {
            n.id for statement in node.body for n in ast.walk(statement) if isinstance(n, ast.Name)
        } & moved.keys()
        if used_in_body:
            at, indent = _body_start(node, lines)
            text = "".join(f"{indent}{moved[name]}\n" for name in sorted(used_in_body)) + "\n"
            inserts.append((at, text))
    for at, text in sorted(inserts, reverse=True):
        lines.insert(at, text)
    # drop the module-level imports (bottom up, so line numbers hold)
    for node in sorted(drop, key=lambda n: n.lineno, reverse=True):
        del lines[node.lineno - 1 : node.end_lineno]
    out = "".join(lines)
    header_at = max(
        (n.end_lineno for n in tree.body if isinstance(n, ast.Import | ast.ImportFrom) and n not in drop),
        default=0,
    )
    removed_before = sum(n.end_lineno - n.lineno + 1 for n in drop if n.lineno <= header_at)
    extra = []
    if wants_arguments_open_context and "from windowdesk.cli.arguments import" not in out:
        extra.append("from windowdesk.cli.arguments import open_context\n")
    elif (
        wants_arguments_open_context
        and "open_context" not in out.split("from windowdesk.cli.arguments import", 1)[1].split("\n", 1)[0]
    ):
        out = out.replace(
            "from windowdesk.cli.arguments import ", "from windowdesk.cli.arguments import open_context, ", 1
        )
    if in_annotations:
        if "from typing import TYPE_CHECKING" not in out:
            extra.insert(0, "from typing import TYPE_CHECKING\n")
        extra.append(
            "\nif TYPE_CHECKING:\n" + "".join(f"    {moved[name]}\n" for name in sorted(in_annotations))
        )
    if extra:
        out_lines = out.splitlines(keepends=True)
        out_lines.insert(header_at - removed_before, "".join(extra))
        out = "".join(out_lines)
    return out


def main(argv: list[str]) -> int:
    check = "--check" in argv
    files = [Path(a) for a in argv if a != "--check"]
    if not files:
        print(__doc__)
        return 2
    changed = []
    for file in files:
        source = file.read_text(encoding="utf-8")
        new = convert(source)
        if new != source:
            changed.append(file)
            if not check:
                file.write_text(new, encoding="utf-8")
    for file in changed:
        print(f"{'would rewrite' if check else 'rewrote'} {file}")
    return 1 if check and changed else 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
