"""Argument types and helpers shared by the command modules."""

from __future__ import annotations

import argparse
import datetime as dt
from typing import TYPE_CHECKING

from windowdesk.messages import message

if TYPE_CHECKING:
    from windowdesk.services.context import ServiceContext


def iso_date(text: str) -> dt.date:
    """A YYYY-MM-DD date; anything else is a usage error (exit 2) with a message in the user's language."""
    try:
        return dt.date.fromisoformat(text)
    except ValueError:
        raise argparse.ArgumentTypeError(
            message("A date is written YYYY-MM-DD, not {text!r}", text=text)
        ) from None


def open_context(url: str | None) -> ServiceContext:
    """The services' :func:`~windowdesk.services.context.open_context`, imported when a command runs
    (so ``--version`` and ``--help`` load no database code)."""
    from windowdesk.services.context import open_context as open_services

    return open_services(url)
