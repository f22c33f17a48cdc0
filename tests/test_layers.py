"""The layer contracts in pyproject.toml ([tool.importlinter]) hold, and they fail when broken.

import-linter checks the arrows (cli → ui → services → sync/documents → store → domain), that the
UI and the CLI reach store, documents and sync only through services, that the domain is pure,
that only the UI imports Qt, and that there is no import cycle anywhere in windowdesk. Beside it,
a grimp check that the modules inside a capability package are private to it (import-linter has
no contract for "only through the package's ``__init__``" without underscore names).
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import grimp
import pytest

ROOT = Path(__file__).resolve().parents[1]
SRC = ROOT / "src"
LINT_IMPORTS = Path(sys.executable).with_name("lint-imports")


def lint_imports(src: Path) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "PYTHONPATH": str(src), "NO_COLOR": "1", "COLUMNS": "300"}
    return subprocess.run(
        [str(LINT_IMPORTS), "--no-cache", "--no-logo", str(ROOT / "pyproject.toml")],
        cwd=src,
        env=env,
        capture_output=True,
        text=True,
        timeout=300,
    )


def test_the_layer_contracts_hold():
    result = lint_imports(SRC)
    assert result.returncode == 0, result.stdout + result.stderr
    assert "Contracts: 5 kept, 0 broken." in result.stdout


ARROWS, FACES, DOMAIN, QT, CYCLES = (
    "Arrows point down",
    "The UI and the CLI reach the store",
    "The domain imports nothing of ours",
    "Only windowdesk.ui imports Qt",
    "No import cycles inside windowdesk",
)
# (module to change, the import planted in it, the contracts that must then be broken)
PLANTED = [
    # an arrow pointing up is also a cycle (ui imports services)
    ("services/queue/common.py", "import windowdesk.ui.tasks", {ARROWS, CYCLES}),
    ("ui/dialogs.py", "import windowdesk.store.uow", {FACES}),
    ("cli/queue.py", "from windowdesk.documents import ticket_slip", {FACES}),
    ("domain/ids.py", "import windowdesk.paths", {DOMAIN}),
    ("domain/workdays.py", "import sqlalchemy", {DOMAIN}),
    ("store/uow.py", "import PySide6.QtCore", {QT}),
    # paths and logs share a layer, and visit and cases are both services: only the cycle is wrong
    ("paths.py", "import windowdesk.logs", {CYCLES}),
    ("services/cases/tickets.py", "import windowdesk.services.visit", {CYCLES}),
]


@pytest.mark.parametrize(("module", "planted", "contracts"), PLANTED, ids=[p[1] for p in PLANTED])
def test_a_planted_violation_breaks_its_contract(tmp_path, module, planted, contracts):
    copy = tmp_path / "src"
    shutil.copytree(SRC / "windowdesk", copy / "windowdesk", ignore=shutil.ignore_patterns("__pycache__"))
    target = copy / "windowdesk" / module
    target.write_text(target.read_text(encoding="utf-8") + f"\n{planted}  # planted\n", encoding="utf-8")
    result = lint_imports(copy)
    assert result.returncode == 1, result.stdout
    broken = [line for line in result.stdout.splitlines() if " BROKEN" in line]
    names = (ARROWS, FACES, DOMAIN, QT, CYCLES)
    assert {name for name in names if any(line.startswith(name) for line in broken)} == contracts, (
        result.stdout
    )
    assert f"Contracts: {5 - len(contracts)} kept, {len(contracts)} broken." in result.stdout


# -- a capability's modules are private to it -------------------------------------------------------

SERVICES = "windowdesk.services"


def is_package(module: str) -> bool:
    return (SRC.joinpath(*module.split(".")) / "__init__.py").is_file()


def reaches_into_a_capability(graph: grimp.ImportGraph) -> list[str]:
    """Imports of a module inside ``services/<capability>/`` from outside that package."""
    capabilities = {m for m in graph.find_children(SERVICES) if is_package(m)}
    found = []
    for capability in sorted(capabilities):
        for private in sorted(graph.find_descendants(capability)):
            for importer in sorted(graph.find_modules_that_directly_import(private)):
                if importer != capability and not importer.startswith(capability + "."):
                    found.append(f"{importer} -> {private}")
    return sorted(found)


@pytest.fixture(scope="module")
def graph() -> grimp.ImportGraph:
    return grimp.build_graph("windowdesk")


def test_other_packages_use_a_capability_only_through_its_api(graph):
    assert {"windowdesk.services.queue", "windowdesk.services.cases"} <= set(graph.find_children(SERVICES))
    assert reaches_into_a_capability(graph) == []


def test_reaching_into_a_capability_is_caught():
    planted = grimp.build_graph("windowdesk")  # a graph of its own to change
    planted.add_import(importer="windowdesk.ui.queue.counter", imported="windowdesk.services.queue.common")
    planted.add_import(importer="windowdesk.services.demo.queue", imported="windowdesk.services.queue.setup")
    assert reaches_into_a_capability(planted) == [
        "windowdesk.services.demo.queue -> windowdesk.services.queue.setup",
        "windowdesk.ui.queue.counter -> windowdesk.services.queue.common",
    ]


def test_only_the_shared_modules_sit_at_the_services_root(graph):
    root_modules = {m for m in graph.find_children(SERVICES) if not is_package(m)}
    assert root_modules == {f"{SERVICES}.{name}" for name in ("context", "settings", "clock")}
