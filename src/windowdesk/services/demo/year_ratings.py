"""好差评 of a generated year (``services/demo/year.py``): about 45 % of the served visits rated at
the pad, about 4 % of those bad; each bad rating with its follow-up (差评整改), most closed in time,
some late, a few still open past their due date (the supervision run lists those as
``bad_rating_overdue``). A random generator of its own, so the tickets and cases of a seed stay the same.
"""

from __future__ import annotations

import datetime as dt
import random
import uuid

from windowdesk.domain.ids import uuid7
from windowdesk.domain.ratings import BAD_LEVELS, REASONS, STEPS
from windowdesk.domain.workdays import WorkdayCalendar

RATED_SHARE = 0.45
LEVEL_WEIGHTS = {5: 72.0, 4: 17.0, 3: 7.0, 2: 2.5, 1: 1.5}
DEVICE_NO = 90  # as the generated cases: never a real device's numbers
FOLLOWUP_PREFIX = "ZG"
SUPERVISOR = "supervisor"


class YearRatings:
    def __init__(
        self,
        seed: int,
        site_id: uuid.UUID,
        calendar: WorkdayCalendar,
        followup_workdays: int,
        last: dt.date,
    ) -> None:
        self.rng = random.Random(seed * 7919 + 13)
        self.site_id, self.calendar, self.last = site_id, calendar, last
        self.followup_workdays = followup_workdays
        self.sequence: dict[int, int] = {}

    def day(self, day: dt.date, tickets: list[dict]) -> tuple[list[dict], list[dict], list[dict]]:
        """Ratings, follow-ups and their steps for a day's tickets."""
        ratings: list[dict] = []
        followups: list[dict] = []
        steps: list[dict] = []
        levels, weights = zip(*LEVEL_WEIGHTS.items(), strict=True)
        for ticket in tickets:
            if ticket["state"] != "done" or self.rng.random() >= RATED_SHARE:
                continue
            level = self.rng.choices(levels, weights)[0]
            rated_at = ticket["state_since"] + dt.timedelta(seconds=self.rng.uniform(5, 40))
            rating = {
                "id": uuid7(),
                "version": 1,
                "site_id": self.site_id,
                "subject_kind": "ticket",
                "subject_id": ticket["id"],
                "ticket_id": ticket["id"],
                "case_id": None,
                "service_day": day,
                "subject_label": ticket["number"],
                "level": level,
                "reasons": sorted(self.rng.sample(list(REASONS), self.rng.randint(1, 2)))
                if level in BAD_LEVELS
                else [],
                "text": "",
                "window_no": ticket["window_no"],
                "staff_login": ticket["called_by"],
                "staff_name": "",
                "matter_code": "",
                "department": "",
                "source": "pad",
                "device_no": DEVICE_NO,
                "recorded_by": ticket["called_by"],
                "rated_at": rated_at,
                "rated_on": day,
            }
            ratings.append(rating)
            if level in BAD_LEVELS:
                followup = self._followup(rating, day)
                followups.append(followup)
                steps += self._steps(followup, day)
        return ratings, followups, steps

    def _followup(self, rating: dict, day: dt.date) -> dict:
        seq = self.sequence[day.year] = self.sequence.get(day.year, 0) + 1
        return {
            "id": uuid7(),
            "version": 1,
            "site_id": self.site_id,
            "rating_id": rating["id"],
            "number": f"{FOLLOWUP_PREFIX}{day.year}{DEVICE_NO:02d}{seq:04d}",
            "opened_on": day,
            "due_on": self.calendar.add_working_days(day, self.followup_workdays).day,
            "due_provisional": False,
            "staff_login": rating["staff_login"],
        }

    def _steps(self, followup: dict, day: dt.date) -> list[dict]:
        """Verify, rectify, call back and close on increasing days: 88 % closed by the due date,
        7 % after it, 5 % left open; none dated after the generated year's last day."""
        due: dt.date = followup["due_on"]
        fate = self.rng.random()
        if fate < 0.88:
            close_on = day + dt.timedelta(days=self.rng.randint(3, max(3, (due - day).days)))
        elif fate < 0.95:
            close_on = due + dt.timedelta(days=self.rng.randint(1, 10))
        else:
            close_on = None
        end = close_on or due + dt.timedelta(days=30)
        days = sorted(
            day + dt.timedelta(days=self.rng.randint(1, max(1, (end - day).days))) for _ in range(3)
        )
        planned = [*days, close_on] if close_on else days[:1]
        out = []
        for n, (step, on) in enumerate(zip(STEPS, planned, strict=False)):
            if on > self.last:
                break
            out.append(
                {
                    "id": uuid7(),
                    "version": 1,
                    "site_id": self.site_id,
                    "followup_id": followup["id"],
                    "step": step,
                    "note": "已办理",
                    "satisfied": True if step == "callback" else None,
                    # minutes apart: steps read back in the order they were made (by time, then id)
                    "at": dt.datetime.combine(on, dt.time(2, 30 + n), dt.UTC),
                    "on_day": on,
                    "user_login": SUPERVISOR,
                    "device_no": DEVICE_NO,
                }
            )
        return out
