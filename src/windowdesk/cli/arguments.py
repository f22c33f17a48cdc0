"""Argument types and helpers shared by the command modules."""

from __future__ import annotations

import argparse
import datetime as dt
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from windowdesk.services.context import ServiceContext


def iso_date(text: str) -> dt.date:
    """A YYYY-MM-DD date; anything else is a usage error (exit 2) with a Chinese message."""
    try:
        return dt.date.fromisoformat(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"日期格式应为 YYYY-MM-DD，而不是 {text!r}") from None


def open_context(url: str | None) -> ServiceContext:
    """The services' :func:`~windowdesk.services.context.open_context`, imported when a command runs
    (so ``--version`` and ``--help`` load no database code)."""
    from windowdesk.services.context import open_context as open_services

    return open_services(url)
