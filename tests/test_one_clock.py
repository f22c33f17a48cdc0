"""One clock: nothing under src/ reads the computer's clock itself.

Services, documents and faces take "now" and "today" from the hall's clock on the service context
(``ctx.clock``, ``app.clock``); ``system_clock.py`` is the one module that reads the computer's time,
and the store stamps its record-keeping columns with it. A date taken from the PC is wrong between
16:00 and 24:00 UTC in a hall in Asia/Shanghai, and a test cannot move it.
"""

from __future__ import annotations

import ast
from pathlib import Path

import windowdesk

SRC = Path(windowdesk.__file__).parent

#: (what the call is made on, the method): the ways Python and Qt read the computer's clock
SYSTEM_CLOCK_CALLS = {
    ("date", "today"),
    ("datetime", "now"),
    ("datetime", "today"),
    ("datetime", "utcnow"),
    ("QDate", "currentDate"),
    ("QDateTime", "currentDateTime"),
    ("QDateTime", "currentDateTimeUtc"),
    ("QDateTime", "currentMSecsSinceEpoch"),
    ("QDateTime", "currentSecsSinceEpoch"),
    ("QTime", "currentTime"),
}
THE_ONE_READER = SRC / "system_clock.py"
#: the time source the context carries by default (the store's record-keeping stamps use it too)
MAY_CALL_UTCNOW = {Path("services", "clock.py")}
#: layers whose "now" must come from the hall's clock
CLOCKED_LAYERS = ("services", "documents", "ui", "cli")


def system_clock_reads(path: Path, root: Path = SRC) -> list[str]:
    """Each call in ``path`` (a module of the package at ``root``) that reads the computer's clock."""
    found = []
    where = path.relative_to(root)
    tree = ast.parse(path.read_text(encoding="utf-8"), str(path))
    for node in ast.walk(tree):
        if not isinstance(node, ast.Call):
            continue
        func = node.func
        if isinstance(func, ast.Attribute):
            owner = ast.unparse(func.value).rsplit(".", 1)[-1]
            if (owner, func.attr) in SYSTEM_CLOCK_CALLS:
                found.append(f"{where}:{node.lineno}: {ast.unparse(func)}()")
        clocked = where.parts[0] in CLOCKED_LAYERS
        name = func.attr if isinstance(func, ast.Attribute) else getattr(func, "id", "")
        if name == "utcnow" and clocked and where not in MAY_CALL_UTCNOW:
            found.append(f"{where}:{node.lineno}: {ast.unparse(func)}()")
        # no argument: the PC's own zone, not the hall's (clock.local(value) is the hall's wall clock)
        if name == "astimezone" and clocked and not node.args and not node.keywords:
            found.append(f"{where}:{node.lineno}: {ast.unparse(func)}()")
    return sorted(found, key=lambda line: int(line.split(":")[1]))


def test_nothing_under_src_reads_the_computers_clock_but_system_clock():
    found = [
        line
        for path in sorted(SRC.rglob("*.py"))
        if path != THE_ONE_READER
        for line in system_clock_reads(path)
    ]
    assert found == [], "use ctx.clock / app.clock (services/clock.py):\n" + "\n".join(found)


def test_the_check_sees_each_way_of_reading_the_clock(tmp_path):
    planted = tmp_path / "services" / "planted.py"
    planted.parent.mkdir()
    planted.write_text(
        "import datetime as dt\n"
        "from datetime import date\n"
        "from PySide6.QtCore import QDate, QDateTime\n"
        "from windowdesk.system_clock import utcnow\n"
        "a = date.today()\n"
        "b = dt.datetime.now(dt.UTC)\n"
        "c = QDate.currentDate()\n"
        "d = QDateTime.currentDateTime()\n"
        "e = utcnow()\n"
        "f = b.astimezone()\n",
        encoding="utf-8",
    )
    lines = [line.rsplit(": ", 1)[-1] for line in system_clock_reads(planted, tmp_path)]
    assert lines == [
        "date.today()",
        "dt.datetime.now()",
        "QDate.currentDate()",
        "QDateTime.currentDateTime()",
        "utcnow()",
        "b.astimezone()",
    ]
