"""The queue side of a generated year (``services/demo/year.py``): a day's tickets and periods."""

from __future__ import annotations

import datetime as dt
import math
import random
import uuid
from zoneinfo import ZoneInfo

from windowdesk.domain.ids import uuid7

WINDOWS = 12
#: relative arrivals per hour of a working day (9–10 and 14–15 are the peaks)
HOURLY = {8: 0.6, 9: 1.6, 10: 1.5, 11: 1.1, 12: 0.4, 13: 0.8, 14: 1.4, 15: 1.3, 16: 1.0, 17: 0.3}
WEEKDAY = (1.25, 1.05, 1.0, 0.95, 0.9, 0.5, 0.4)


def _arrival(rng: random.Random, zone: ZoneInfo, day: dt.date) -> dt.datetime:
    hours, weights = zip(*HOURLY.items(), strict=True)
    hour = rng.choices(hours, weights)[0]
    minute = rng.randrange(30, 60) if hour == 8 else rng.randrange(0, 60 if hour < 17 else 30)
    local = dt.datetime.combine(day, dt.time(hour, minute, rng.randrange(60)), zone)
    return local.astimezone(dt.UTC)


def day_tickets(
    rng: random.Random,
    zone: ZoneInfo,
    site_id: uuid.UUID,
    categories: list,
    tickets_per_day: int,
    day: dt.date,
) -> tuple[list[dict], list[dict]]:
    """A day's tickets and their periods: arrivals by hour and weekday, waits longer at the peaks,
    about 6 % no-shows, consultations shorter than the rest."""
    n = int(tickets_per_day * WEEKDAY[day.weekday()] / 1.05)
    arrivals = sorted(_arrival(rng, zone, day) for _ in range(n))
    counters: dict[str, int] = {}
    tickets, periods = [], []
    for at in arrivals:
        category_id, prefix = rng.choice(categories)
        seq = counters[prefix] = counters.get(prefix, 0) + 1
        ticket_id = uuid7()
        window = rng.randrange(1, WINDOWS + 1)
        peak = 1.8 if at.astimezone(zone).hour in (9, 10, 14) else 1.0
        wait = rng.lognormvariate(math.log(9 * peak), 0.6) * 60
        walk = rng.uniform(20, 90)
        fate = rng.random()
        called_at = at + dt.timedelta(seconds=wait)
        ticket = {
            "id": ticket_id,
            "version": 1,
            "site_id": site_id,
            "service_day": day,
            "number": f"{prefix}{seq:03d}",
            "seq": seq,
            "category_id": category_id,
            "issued_category_id": category_id,
            "arrival_at": at,
            "window_no": window,
            "called_at": called_at,
            "called_by": f"clerk{window:02d}",
            "recall_count": 0,
            "device_no": 1,
        }

        def period(
            seq_no, state, start, end, ended_by, ticket_id=ticket_id, window=window, category=category_id
        ):
            periods.append(
                {
                    "id": uuid7(),
                    "version": 1,
                    "site_id": site_id,
                    "ticket_id": ticket_id,
                    "seq": seq_no,
                    "state": state,
                    "window_no": None if state == "issued" else window,
                    "category_id": category,
                    "started_at": start,
                    "ended_at": end,
                    "ended_by": ended_by,
                    "recorded_at": end,
                }
            )

        period(1, "issued", at, called_at, "call")
        if fate < 0.06:  # called twice more, never came
            end = called_at + dt.timedelta(seconds=240)
            period(2, "called", called_at, end, "no_show")
            ticket.update(state="no_show", state_since=end, outcome=None, recall_count=2, period_count=2)
        else:
            start = called_at + dt.timedelta(seconds=walk)
            outcome = rng.choices(
                ("handled", "consultation", "incomplete", "referred", "rejected"), (55, 30, 8, 4, 3)
            )[0]
            mean = 4 if outcome == "consultation" else 9
            serve = rng.lognormvariate(math.log(mean), 0.7) * 60
            end = start + dt.timedelta(seconds=serve)
            period(2, "called", called_at, start, "start")
            period(3, "serving", start, end, "finish")
            ticket.update(state="done", state_since=end, outcome=outcome, period_count=3)
        tickets.append(ticket)
    return tickets, periods
