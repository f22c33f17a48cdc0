"""Errors a user can read, in the user's language.

Every layer below the UI raises :class:`UserError` for bad input or a refused action. The message is
written where the rule lives, in Chinese and English, so no central table has to be kept in step.
"""

from __future__ import annotations

_language = "zh_CN"


def set_language(language: str) -> None:
    """Select the language of messages: ``zh_CN`` (default) or ``en``."""
    global _language
    _language = "en" if language.lower().startswith("en") else "zh_CN"


def current_language() -> str:
    return _language


class UserError(Exception):
    """A refusal or bad input, explained to the user; never a bug."""

    def __init__(self, zh: str, en: str, **params: object) -> None:
        self.zh = zh.format(**params)
        self.en = en.format(**params)
        self.params = params
        super().__init__(self.message)

    @property
    def message(self) -> str:
        return self.en if _language == "en" else self.zh

    def __str__(self) -> str:
        return self.message


class NotFound(UserError):
    """The thing asked for does not exist."""


class Conflict(UserError):
    """The action clashes with the current state (someone else changed it, or a rule forbids it)."""


class Forbidden(UserError):
    """The acting user's role may not do this (domain/roles.py: the one role × action table)."""
