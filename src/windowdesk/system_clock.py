"""The one place that reads the computer's clock.

Services, documents and faces take the time from the hall's clock on the service context
(``ctx.clock``, services/clock.py), which reads this by default; the store uses it for the
record-keeping stamps of its rows (``created_at``, audit ``at``).
"""

from __future__ import annotations

import datetime as dt


def utcnow() -> dt.datetime:
    """The current instant, aware, in UTC."""
    return dt.datetime.now(dt.UTC)
