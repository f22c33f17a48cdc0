"""Judge what a person can read in full on a screen: text against the room it gets, widgets against
the screen and their parent. Plain numbers in, findings out; no Qt here (``tests/ui/clip_probe.py``
takes the numbers from real widgets with their own font metrics and style).

A text is cut when it needs more pixels than it has, in width or height, beyond ``slack``; a table
cell or header also keeps ``CELL_MARGIN`` pixels around its text. A widget is off the screen when
its box is not inside the screen's, and cut by its parent when its box is not inside the parent's.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

#: Pixels a table cell keeps around its text: Qt's item delegate draws it 3 pixels in from each side
#: (PM_FocusFrameHMargin + 1) and elides what does not fit in the rest.
CELL_MARGIN = 6


@dataclass(frozen=True)
class Box:
    x: int
    y: int
    width: int
    height: int

    def contains(self, other: Box) -> bool:
        return (
            other.x >= self.x
            and other.y >= self.y
            and other.x + other.width <= self.x + self.width
            and other.y + other.height <= self.y + self.height
        )


@dataclass(frozen=True)
class Text:
    """A text shown by a widget: the pixels it needs and the room it has (height 0: not measured)."""

    widget: str
    kind: str  # "label", "button", "combo", "placeholder", "header", "cell"
    text: str
    need_width: int
    room_width: int
    need_height: int = 0
    room_height: int = 0


@dataclass(frozen=True)
class Placed:
    """A visible widget's box on the screen, and its parent's (None for a window, or when scrolled)."""

    widget: str
    text: str
    box: Box
    parent: Box | None = None


@dataclass(frozen=True)
class Clip:
    widget: str
    kind: str  # the text's kind, "off screen", "outside parent" or "scroll"
    text: str
    need: int
    have: int

    def __str__(self) -> str:
        return f"{self.kind} {self.widget} {self.text[:60]!r}: needs {self.need}px, has {self.have}px"


def describe(clips: Iterable[Clip]) -> str:
    return "\n".join(str(c) for c in clips) or "nothing clipped"


def cell_room(width: int) -> int:
    """The room a table column of ``width`` pixels gives its text."""
    return width - CELL_MARGIN


def judge_text(text: Text, slack: int = 0) -> Clip | None:
    if text.need_width > text.room_width + slack:
        return Clip(text.widget, text.kind, text.text, text.need_width, text.room_width)
    if text.need_height and text.need_height > text.room_height + max(slack, 1):
        return Clip(text.widget, text.kind, text.text, text.need_height, text.room_height)
    return None


def judge_place(placed: Placed, screen: Box) -> Clip | None:
    box = placed.box
    if not screen.contains(box):
        past = max(box.x + box.width - screen.x - screen.width, box.y + box.height - screen.y - screen.height)
        return Clip(placed.widget, "off screen", placed.text, past, 0)
    if placed.parent is not None and not placed.parent.contains(box):
        return Clip(placed.widget, "outside parent", placed.text, box.y + box.height, placed.parent.height)
    return None


def judge_scroll(widget: str, content_width: int, view_width: int) -> Clip | None:
    """A table wider than its view: the clerk must scroll sideways to read a row."""
    if content_width > view_width:
        return Clip(widget, "scroll", "scrolls sideways", content_width, view_width)
    return None


def find_clipped(texts: Iterable[Text], places: Iterable[Placed], screen: Box, slack: int = 0) -> list[Clip]:
    found = [c for t in texts if (c := judge_text(t, slack)) is not None]
    found += [c for p in places if (c := judge_place(p, screen)) is not None]
    return found
