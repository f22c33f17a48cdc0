"""The tests' time source, carried by every context the fixtures open."""

from __future__ import annotations

import datetime as dt

from windowdesk.services.clock import FixedClock
from windowdesk.system_clock import utcnow


class TestClock(FixedClock):
    """The computer's clock until a test sets it; from then it stands still and moves only when the
    test sets or advances it (``tests/services/queue_support.py: use_clock``)."""

    __test__ = False  # not a test class, despite the name

    def __init__(self) -> None:
        self.at: dt.datetime | None = None  # type: ignore[assignment]

    def now(self) -> dt.datetime:
        return utcnow() if self.at is None else self.at

    def advance(self, **delta: float) -> dt.datetime:
        return self.set(self.now() + dt.timedelta(**delta))
