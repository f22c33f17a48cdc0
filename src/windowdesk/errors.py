"""Errors a user can read, in the user's language.

Every layer below the UI raises :class:`UserError` for bad input or a refused action, written once in
English where the rule lives: ``UserError("Unknown time zone: {zone}", zone=name)``. The message is
looked up in the one catalogue (messages.py; its Chinese is in resources/translations) when shown,
so it follows ``set_language``; a ``{placeholder}`` value marked with ``N_`` is translated too.
"""

from __future__ import annotations

from windowdesk.messages import current_language, message, set_language

__all__ = ["Conflict", "Forbidden", "NotFound", "UserError", "current_language", "set_language"]


class UserError(Exception):
    """A refusal or bad input, explained to the user; never a bug."""

    def __init__(self, source: str, /, **params: object) -> None:
        self.source = source
        self.params = params
        super().__init__(source)

    @property
    def message(self) -> str:
        """The message in the current language."""
        return message(self.source, None, **self.params)

    @property
    def zh(self) -> str:
        return message(self.source, "zh_CN", **self.params)

    @property
    def en(self) -> str:
        return message(self.source, "en", **self.params)

    def __str__(self) -> str:
        return self.message


class NotFound(UserError):
    """The thing asked for does not exist."""


class Conflict(UserError):
    """The action clashes with the current state (someone else changed it, or a rule forbids it)."""


class Forbidden(UserError):
    """The acting user's role may not do this (domain/roles.py: the one role × action table)."""
