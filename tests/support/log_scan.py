"""Finding personal data and passwords in log files: any full resident ID number or unified social
credit code (recognised by its check character, so case numbers and ids do not count) and the
passwords the test suite uses."""

from __future__ import annotations

import ast
import functools
import re
from collections.abc import Iterable
from pathlib import Path

from windowdesk.domain.identity import credit_code_check_char, resident_id_check_char

#: Passwords the suite uses that the collector below cannot see (the demo's, made in src/).
KNOWN_PASSWORDS = ("demo1234", "secret123", "another456", "other456", "wrong-password", "s3cret-log-test")

#: Calls whose argument at this position is a password (``site.add_user(ctx, login, role, password)``).
_PASSWORD_POSITIONS = {
    "add_user": (3,),
    "authenticate": (2,),
    "unlock_session": (2,),
    "release_kiosk": (2,),
    "set_password": (2,),
    "change_own_password": (1, 2),
    "check_password": (0,),
    "hash_password": (0,),
    "verify_password": (0,),
}
#: Shorter literals are not scanned for: refused weak passwords ("short", a login) also appear in
#: logs as what they are elsewhere (a login, a word), and they never protect anything.
_MIN_SCANNED = 8
_TESTS = Path(__file__).resolve().parents[1]


def _called_name(node: ast.Call) -> str:
    func = node.func
    return func.attr if isinstance(func, ast.Attribute) else func.id if isinstance(func, ast.Name) else ""


def _literal(node: ast.AST | None) -> str | None:
    return node.value if isinstance(node, ast.Constant) and isinstance(node.value, str) else None


def _passwords_in(tree: ast.AST) -> set[str]:
    found: set[str] = set()
    for node in ast.walk(tree):
        values: list[ast.AST | None] = []
        if isinstance(node, ast.Call):
            name = _called_name(node)
            values += [node.args[i] for i in _PASSWORD_POSITIONS.get(name, ()) if i < len(node.args)]
            values += [k.value for k in node.keywords if k.arg and "password" in k.arg.lower()]
            # a password field filled in a test: ui.adminPasswordEdit.setText("…")
            if name == "setText" and isinstance(node.func, ast.Attribute) and node.args:
                target = ast.unparse(node.func.value).lower()
                if "password" in target:
                    values.append(node.args[0])
        elif isinstance(node, ast.Assign | ast.AnnAssign):
            targets = node.targets if isinstance(node, ast.Assign) else [node.target]
            if any("password" in ast.unparse(t).lower() for t in targets):
                values.append(node.value)
        elif isinstance(node, ast.keyword) and node.arg and "password" in node.arg.lower():
            values.append(node.value)
        found |= {text for text in map(_literal, values) if text and len(text) >= _MIN_SCANNED}
    return found


@functools.cache
def suite_passwords() -> tuple[str, ...]:
    """Every password the suite types: the known ones and those collected from the tests' source
    (password arguments of the sign-in and user services, password keywords, password fields)."""
    found = set(KNOWN_PASSWORDS)
    for path in sorted(_TESTS.rglob("*.py")):
        try:
            found |= _passwords_in(ast.parse(path.read_text(encoding="utf-8")))
        except SyntaxError:
            continue
    return tuple(sorted(found))

_RESIDENT = re.compile(r"(?<![0-9A-Za-z])(\d{17}[\dX])(?![0-9A-Za-z])")
_CREDIT = re.compile(r"(?<![0-9A-Za-z])([0-9A-HJ-NP-RTUWXY]{18})(?![0-9A-Za-z])")


def full_id_numbers(text: str) -> list[str]:
    found = [m for m in _RESIDENT.findall(text) if resident_id_check_char(m[:17]) == m[17]]
    for match in _CREDIT.findall(text):
        if match.isdigit() or match in found:
            continue
        try:
            if credit_code_check_char(match[:17]) == match[17]:
                found.append(match)
        except ValueError:
            continue
    return found


def secrets_in(text: str, passwords: Iterable[str] | None = None) -> list[str]:
    return full_id_numbers(text) + [p for p in (suite_passwords() if passwords is None else passwords) if p in text]


def log_files(roots: Iterable[Path]) -> list[Path]:
    files: list[Path] = []
    for root in roots:
        if root.is_dir():
            files += [p for p in root.rglob("windowdesk.log*") if p.is_file()]
    return sorted(set(files))


def scan(roots: Iterable[Path]) -> dict[Path, list[str]]:
    leaks = {}
    for path in log_files(roots):
        found = secrets_in(path.read_text(encoding="utf-8", errors="replace"))
        if found:
            leaks[path] = found
    return leaks
