"""Arrows point down: only windowdesk.ui imports Qt; domain imports nothing of ours but domain."""

from __future__ import annotations

import ast
from pathlib import Path

SRC = Path(__file__).resolve().parents[1] / "src" / "windowdesk"


def imported_modules(path: Path) -> set[str]:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    names = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            names |= {alias.name for alias in node.names}
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            names.add(node.module)
    return names


def python_files(package: str = "") -> list[Path]:
    return sorted((SRC / package).rglob("*.py"))


def test_pyside6_is_imported_only_in_ui():
    leaks = [
        str(path.relative_to(SRC))
        for path in python_files()
        if "ui" not in path.relative_to(SRC).parts[:1]
        and any(name.split(".")[0] == "PySide6" for name in imported_modules(path))
    ]
    assert leaks == []


def test_domain_is_pure():
    forbidden = {"PySide6", "sqlalchemy", "alembic", "psycopg", "reportlab", "sqlite3", "requests"}
    for path in python_files("domain"):
        for name in imported_modules(path):
            assert name.split(".")[0] not in forbidden, f"{path.name} imports {name}"
            if name.startswith("windowdesk."):
                # errors and the message catalogue (N_ marks, translate) are the domain's only helpers
                assert name.startswith(("windowdesk.domain", "windowdesk.errors", "windowdesk.messages")), (
                    f"{path.name} imports {name}"
                )


def test_services_and_below_never_import_ui():
    for path in python_files():
        if path.relative_to(SRC).parts[0] in ("ui", "cli"):  # the CLI starts the GUI
            continue
        assert not any(n.startswith("windowdesk.ui") for n in imported_modules(path)), path.name


def test_the_ui_reaches_the_store_only_through_services():
    for path in python_files("ui"):
        store_imports = [n for n in imported_modules(path) if n.startswith("windowdesk.store")]
        assert store_imports == [], f"{path.name} imports {store_imports}"


def test_the_ui_never_imports_documents():
    """Documents are built by services; the UI prints and shows the PDFs it is given."""
    for path in python_files("ui"):
        document_imports = [n for n in imported_modules(path) if n.startswith("windowdesk.documents")]
        assert document_imports == [], f"{path.name} imports {document_imports}"
