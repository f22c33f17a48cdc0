"""The one-time notice (补正材料一次性告知书) and its lock (行政许可法 art. 32).

* A case gets at most one notice.
* The notice lists every blocking item of the checklist, each with the standard it must meet; the list
  is frozen once issued.
* On a 补正 visit the clerk records only listed items; anything else is refused.
* The case is complete when every listed item has arrived; its acceptance date is the day the last
  listed item arrived.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping
from dataclasses import dataclass

from windowdesk.domain.intake import MaterialCheck, is_blocking, validate_row
from windowdesk.domain.matter_snapshot import MatterSnapshot
from windowdesk.errors import Conflict, UserError


@dataclass(frozen=True)
class NoticeItem:
    key: str
    name: str
    problem: str  # missing | nonconforming
    reason: str  # why it does not conform (empty for a missing item)
    standard: str  # what it must meet
    form: str  # the form required by the catalogue
    count: int


@dataclass(frozen=True)
class CorrectionState:
    """Where a case stands against its notice: when each listed item arrived (``None``: not yet)."""

    arrived: Mapping[str, dt.date | None]

    @property
    def outstanding(self) -> tuple[str, ...]:
        return tuple(key for key, day in self.arrived.items() if day is None)

    @property
    def complete(self) -> bool:
        return not self.outstanding

    @property
    def acceptance_date(self) -> dt.date | None:
        """The day the last listed item arrived, once all have."""
        if not self.complete or not self.arrived:
            return None
        return max(day for day in self.arrived.values() if day is not None)


def notice_items(snapshot: MatterSnapshot, checks: tuple[MaterialCheck, ...]) -> tuple[NoticeItem, ...]:
    """Every blocking row of the checklist, in the matter's order: the full list, at once."""
    by_key = {c.key: c for c in checks}
    items = []
    for material in snapshot.materials:
        check = by_key.get(material.key)
        if check is None or not is_blocking(material.requirement, check.status):
            continue
        standard = material.standard or material.condition
        items.append(
            NoticeItem(
                key=material.key,
                name=material.name,
                problem=check.status,
                reason=check.reason.strip(),
                standard=standard,
                form=material.form,
                count=material.count,
            )
        )
    return tuple(items)


def ensure_first_notice(existing_notices: int) -> None:
    if existing_notices > 0:
        raise Conflict(
            "This case already has its one-time notice; a second one is not allowed (Licensing Law art. 32)",
        )


def record_correction(
    items: tuple[NoticeItem, ...],
    state: CorrectionState,
    visit: tuple[MaterialCheck, ...],
    day: dt.date,
) -> CorrectionState:
    """Apply one 补正 visit on ``day``. Only listed, still-outstanding items may be recorded; an item
    that arrives (received or fixed) stops being outstanding; one still missing or non-conforming stays."""
    listed = {item.key: item for item in items}
    if not visit:
        raise UserError("This correction visit records no material")
    seen: set[str] = set()
    for check in visit:
        item = listed.get(check.key)
        if item is None:
            raise Conflict(
                "Material '{key}' is not on the one-time notice; a correction visit cannot add new items",
                key=check.key,
            )
        if check.key in seen:
            raise UserError("'{name}' is recorded twice", name=item.name)
        seen.add(check.key)
        if state.arrived.get(check.key) is not None:
            raise Conflict(
                "'{name}' already arrived on {day}",
                name=item.name,
                day=state.arrived[check.key],
            )
        if check.status == "not_applicable":
            raise Conflict(
                "'{name}' is on the notice and cannot become not applicable on a correction visit",
                name=item.name,
            )
        validate_row(item.name, "required", check)
    arrived = dict(state.arrived)
    for check in visit:
        if check.arrived:
            arrived[check.key] = day
    return CorrectionState(arrived)


def initial_state(items: tuple[NoticeItem, ...]) -> CorrectionState:
    return CorrectionState({item.key: None for item in items})
