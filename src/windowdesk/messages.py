"""The one message catalogue, below the UI: English source text, looked up in the user's language.

Every user-visible string of the domain, services, documents, sync and CLI is written once, in
English, where it is used:

* a refusal: ``UserError("Unknown time zone: {zone}", zone=name)`` (errors.py);
* any other text shown to a person (a label, a line of output): ``N_("waiting")`` marks it for the
  catalogue where it is defined; ``translate(text)`` gives it in the current language where it is
  shown (``message(...)`` does both and fills in ``{placeholders}``).

``python -m windowdesk.ui.i18n_build update`` collects these strings by reading the source (AST)
into ``resources/translations/windowdesk_zh_CN.ts`` next to the UI's ``tr()`` strings (one
``<context>`` per package), where they get their Chinese; the Qt side loads the compiled ``.qm``,
this side reads the same ``.ts`` with the standard library (no Qt below ``ui/``), once, on the first
lookup in Chinese. Chinese is the default language; ``set_language("en")`` shows the source text.
"""

from __future__ import annotations

import xml.etree.ElementTree as ET
from collections.abc import Mapping
from functools import cache
from pathlib import Path

from windowdesk.resources import resource_path

LANGUAGES = ("zh_CN", "en")
#: The .ts contexts of the layers below the UI are named after their package: windowdesk.services.queue
CONTEXT_PREFIX = "windowdesk."
_language = "zh_CN"


def set_language(language: str) -> None:
    """Select the language of messages: ``zh_CN`` (default) or ``en``."""
    global _language
    _language = "en" if language.lower().startswith("en") else "zh_CN"


def current_language() -> str:
    return _language


class Text(str):
    """A source string marked for the catalogue (``N_``); as a ``{placeholder}`` value of another
    message it is translated too, so a label is written once and reads right in both languages."""

    __slots__ = ()


class Bilingual(tuple):
    """A placeholder value that comes in both languages already (text from catalogue data, whose
    Chinese and English are entered by people, not kept in the message catalogue)."""

    __slots__ = ()

    def __new__(cls, zh: str, en: str) -> Bilingual:
        return super().__new__(cls, (zh, en))

    def pick(self, language: str) -> str:
        return self[1] if language == "en" else self[0]


class Listing(tuple):
    """A placeholder value that lists catalogue strings: each translated, joined with "、" in
    Chinese and ", " in English."""

    __slots__ = ()

    def join(self, language: str) -> str:
        return (", " if language == "en" else "、").join(translate(item, language) for item in self)


def N_(source: str) -> Text:
    """Mark ``source`` for the catalogue (gettext's name); it is translated where it is shown."""
    return Text(source)


def catalogue_path(language: str) -> Path:
    return resource_path("translations", f"windowdesk_{language}.ts")


@cache
def _catalogue(language: str) -> Mapping[str, str]:
    """source -> finished translation of the messages below the UI (contexts ``windowdesk.*``; the
    test checks that one source has one translation there; the UI's own contexts are Qt's)."""
    path = catalogue_path(language)
    found: dict[str, str] = {}
    if not path.exists():
        return found
    contexts = ET.parse(path).getroot().iter("context")
    mine = [c for c in contexts if c.findtext("name", "").startswith(CONTEXT_PREFIX)]
    for entry in (m for c in mine for m in c.iter("message")):
        source = entry.findtext("source", "")
        translation = entry.find("translation")
        if translation is None or translation.get("type") in ("unfinished", "obsolete", "vanished"):
            continue
        forms = translation.findall("numerusform")
        text = (forms[0].text if forms else translation.text) or ""
        if text:
            found.setdefault(source, text)
    return found


def translate(source: str, language: str | None = None) -> str:
    """``source`` in ``language`` (default: the current one); the source itself when untranslated."""
    language = language or _language
    if language == "en":
        return str(source)
    return _catalogue(language).get(source, str(source))


def chinese(source: str) -> str:
    """``source`` in Chinese whatever the language: official documents (notices, receipts, reports)
    are Chinese by law."""
    return translate(source, "zh_CN")


def message(source: str, language: str | None = None, /, **params: object) -> str:
    """Translate ``source`` and fill in its ``{placeholders}`` (marked values translated too)."""
    language = language or _language
    values = {k: _value(v, language) for k, v in params.items()}
    return translate(source, language).format(**values)


def _value(value: object, language: str) -> object:
    if isinstance(value, Text):
        return translate(value, language)
    if isinstance(value, Bilingual):
        return value.pick(language)
    if isinstance(value, Listing):
        return value.join(language)
    return value
