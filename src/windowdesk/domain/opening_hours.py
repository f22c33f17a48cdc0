"""A queue category's opening hours: ``08:30-12:00,14:00-17:30`` (hall-local times; empty = always).

Tickets are issued only inside one of the spans. Spans must each end after they start and must not
overlap, so the kiosk can say plainly when the category opens next.
"""

from __future__ import annotations

import datetime as dt
import re

from windowdesk.errors import UserError

Span = tuple[dt.time, dt.time]
_SPAN = re.compile(r"^(\d{1,2}):(\d{2})\s*-\s*(\d{1,2}):(\d{2})$")


def _time(hour: str, minute: str, text: str) -> dt.time:
    h, m = int(hour), int(minute)
    if not (0 <= h <= 23 and 0 <= m <= 59) and not (h == 24 and m == 0):
        raise UserError("'{text}' is not a valid time", text=text)
    return dt.time.max if h == 24 else dt.time(h, m)


def parse_hours(text: str) -> tuple[Span, ...]:
    """``"08:30-12:00,14:00-17:30"`` as spans; ``""`` as no restriction."""
    spans: list[Span] = []
    for part in (p.strip() for p in text.replace("，", ",").split(",")):
        if not part:
            continue
        match = _SPAN.match(part)
        if match is None:
            raise UserError(
                "Opening hours '{part}' are not like 08:30-12:00,14:00-17:30",
                part=part,
            )
        start, end = _time(*match.group(1, 2), part), _time(*match.group(3, 4), part)
        if end <= start:
            raise UserError(
                "Opening hours {part} must end after they start",
                part=part,
            )
        spans.append((start, end))
    spans.sort()
    for (_, end), (start, _) in zip(spans, spans[1:], strict=False):
        if start < end:
            raise UserError("Opening hours overlap: {text}", text=text)
    return tuple(spans)


def format_hours(spans: tuple[Span, ...]) -> str:
    def hm(t: dt.time) -> str:
        return "24:00" if t == dt.time.max else t.strftime("%H:%M")

    return ",".join(f"{hm(a)}-{hm(b)}" for a, b in spans)


def is_open(spans: tuple[Span, ...], at: dt.time) -> bool:
    return not spans or any(start <= at < end for start, end in spans)


def next_opening(spans: tuple[Span, ...], at: dt.time) -> dt.time | None:
    """The start of the next span later today, or None when none is left."""
    return next((start for start, _ in spans if start > at), None)
