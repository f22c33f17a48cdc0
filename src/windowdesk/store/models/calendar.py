"""The editable working-day calendar, owned by central: overrides on top of the official data."""

from __future__ import annotations

import datetime as dt

from sqlalchemy import Boolean, Date, Integer, String
from sqlalchemy.orm import Mapped, mapped_column

from windowdesk.store.base import Base, Synced


class CalendarDay(Synced, Base):
    """One day whose status differs from (or confirms) the official data: a holiday or a 调休 workday."""

    __tablename__ = "calendar_day"
    __owner__ = "central"
    __generation__ = "calendar"

    day: Mapped[dt.date] = mapped_column(Date, unique=True)
    is_workday: Mapped[bool] = mapped_column(Boolean)
    note: Mapped[str] = mapped_column(String(120), default="")


class CalendarYear(Synced, Base):
    """A year whose full schedule an admin has entered, so its dates are no longer provisional."""

    __tablename__ = "calendar_year"
    __owner__ = "central"
    __generation__ = "calendar"

    year: Mapped[int] = mapped_column(Integer, unique=True)
    source: Mapped[str] = mapped_column(String(200), default="")
