"""Finding personal data and passwords in log files: any full resident ID number or unified social
credit code (recognised by its check character, so case numbers and ids do not count) and the
passwords the test suite uses."""

from __future__ import annotations

import re
from collections.abc import Iterable
from pathlib import Path

from windowdesk.domain.identity import credit_code_check_char, resident_id_check_char

#: Every password the suite types somewhere (tests/, fixtures, the demo).
SUITE_PASSWORDS = ("demo1234", "secret123", "another456", "other456", "wrong-password", "s3cret-log-test")

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


def secrets_in(text: str, passwords: Iterable[str] = SUITE_PASSWORDS) -> list[str]:
    return full_id_numbers(text) + [p for p in passwords if p in text]


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
