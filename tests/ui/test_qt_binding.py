"""Guards against Qt binding releases that break the whole application, not just one feature."""

from __future__ import annotations

import subprocess
import sys

EMIT_MANY = """
from PySide6.QtCore import QCoreApplication, QObject, Signal
app = QCoreApplication([])
class Source(QObject):
    changed = Signal(int)
source = Source()
source.changed.connect(lambda value: None)
for n in range(50_000):
    source.changed.emit(n)
print("ok")
"""


def test_emitting_signals_many_times_does_not_corrupt_the_interpreter():
    # PySide6 6.12.0 returned a borrowed True/False from emit(): the process aborted with
    # "bool_dealloc" after a few thousand emits (a counter's busy indicator emits on every task).
    run = subprocess.run([sys.executable, "-c", EMIT_MANY], capture_output=True, text=True, timeout=120)
    assert (run.returncode, run.stdout.strip()) == (0, "ok"), run.stderr[-2000:]
