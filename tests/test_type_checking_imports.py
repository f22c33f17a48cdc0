"""A name imported only under ``if TYPE_CHECKING:`` exists for annotations alone; used at run time it
is a NameError that ruff cannot see (modules import by need, so handlers import their services
inside the function). This walks every module and fails on such a use."""

from __future__ import annotations

import ast
from pathlib import Path

SRC = Path(__file__).resolve().parents[1] / "src" / "windowdesk"


def _imported(nodes) -> set[str]:
    names = set()
    for node in nodes:
        for inner in ast.walk(node):
            if isinstance(inner, ast.Import | ast.ImportFrom):
                names |= {(alias.asname or alias.name).split(".")[0] for alias in inner.names}
    return names


def _annotation_nodes(function: ast.AST) -> set[int]:
    inside = set()
    for node in ast.walk(function):
        for field in ("annotation", "returns"):
            annotation = getattr(node, field, None)
            if annotation is not None:
                inside |= {id(n) for n in ast.walk(annotation)}
    return inside


def type_only_names_used_at_run_time(tree: ast.Module) -> list[tuple[int, str]]:
    type_only = _imported(
        n for n in tree.body if isinstance(n, ast.If) and "TYPE_CHECKING" in ast.unparse(n.test)
    ) - _imported(n for n in tree.body if isinstance(n, ast.Import | ast.ImportFrom))
    found = []
    for function in ast.walk(tree):
        if not isinstance(function, ast.FunctionDef | ast.AsyncFunctionDef):
            continue
        local, annotations = _imported([function]), _annotation_nodes(function)
        for node in ast.walk(function):
            if (
                isinstance(node, ast.Name)
                and isinstance(node.ctx, ast.Load)
                and node.id in type_only - local
                and id(node) not in annotations
            ):
                found.append((node.lineno, node.id))
    return found


def test_no_name_imported_for_type_checking_only_is_used_at_run_time():
    problems = [
        f"{path.relative_to(SRC)}:{line} uses {name}"
        for path in sorted(SRC.rglob("*.py"))
        for line, name in type_only_names_used_at_run_time(ast.parse(path.read_text(encoding="utf-8")))
    ]
    assert problems == []


def test_the_check_finds_a_planted_use():
    planted = ast.parse(
        "from typing import TYPE_CHECKING\n"
        "if TYPE_CHECKING:\n    from windowdesk.services import queue\n"
        "def handler(args) -> queue.QueueStatus:\n    return queue.status(args)\n"
        "def fine(args):\n    from windowdesk.services import queue\n    return queue.status(args)\n"
    )
    assert type_only_names_used_at_run_time(planted) == [(5, "queue")]
