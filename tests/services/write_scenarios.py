"""The registry of write-path scenarios used by test_write_paths.py.

A capability's test module registers ``@scenario("action")`` functions that perform that write
through the service API on a site context; importing the module is enough (list it below).
"""

from __future__ import annotations

import importlib
from collections.abc import Callable

SCENARIOS: dict[str, Callable] = {}

#: Test modules that register scenarios besides test_write_paths itself.
SCENARIO_MODULES: tuple[str, ...] = (
    "tests.services.test_catalogue",
    "tests.services.test_queue",
    "tests.services.test_cases",
    "tests.services.test_case_lifecycle",
    "tests.documents.test_case_documents",
    "tests.sync.test_services",
    "tests.services.test_ratings",
    "tests.services.test_backup",
    "tests.services.test_audit",
    "tests.services.test_admin",
    "tests.services.test_supervision",
)


def scenario(action: str) -> Callable[[Callable], Callable]:
    def register(func: Callable) -> Callable:
        SCENARIOS[action] = func
        return func

    return register


def load_all() -> None:
    for name in SCENARIO_MODULES:
        importlib.import_module(name)
