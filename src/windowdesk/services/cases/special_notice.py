"""Which pause a 特别程序告知书 was printed for. Each pause (art. 45) has its own notice: the archive
file of a print names its pause, so "issued already / 补打" is judged per pause."""

from __future__ import annotations

import datetime as dt
import re

_PAUSE_TAG = re.compile(r"(?:^|/)special-p(\d+)-")


def special_file_stem(pause: int) -> str:
    """The archive file name of a 特别程序告知书 starts with the pause it was printed for."""
    return f"special-p{pause}"


def special_pause_of(pauses: list[dict], path: str, issued_day: dt.date) -> int | None:
    """The number (1-based) of the pause a 特别程序告知书 was printed for: named in its file name; an
    older file without a number was printed for the pause that had started last by its day."""
    tagged = _PAUSE_TAG.search(path)
    if tagged:
        return int(tagged.group(1))
    started = [n for n, pause in enumerate(pauses, 1) if dt.date.fromisoformat(pause["start"]) <= issued_day]
    return started[-1] if started else None
