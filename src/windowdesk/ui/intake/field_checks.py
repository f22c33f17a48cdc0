"""Whether a field that does not check yet may still be on its way to a valid value (the clerk is
typing it): then it is not marked red until the clerk leaves it."""

from __future__ import annotations

import re
import unicodedata

from windowdesk.domain.identity import CREDIT_CODE_CHARSET

_OTHER_ID_CHARS = re.compile(r"^[0-9A-Z\-]*$")
_PHONE_CHARS = re.compile(r"^[0-9+()\- ]*$")
FULL_LENGTH = 18  # resident ID numbers and credit codes
OTHER_ID_MIN, PHONE_MIN = 4, 3


def _folded(text: str) -> str:
    return "".join(unicodedata.normalize("NFKC", text).split()).upper()


def still_typing_id(id_type: str, text: str) -> bool:
    typed = _folded(text)
    if id_type == "resident_id":
        return len(typed) < FULL_LENGTH and typed.isascii() and (typed.isdigit() or not typed)
    if id_type == "credit_code":
        return len(typed) < FULL_LENGTH and all(ch in CREDIT_CODE_CHARSET for ch in typed)
    return len(typed) < OTHER_ID_MIN and bool(_OTHER_ID_CHARS.match(typed))


def still_typing_phone(text: str) -> bool:
    typed = unicodedata.normalize("NFKC", text).strip()
    return len(typed) < PHONE_MIN and bool(_PHONE_CHARS.match(typed))


def padded_to_full_length(id_type: str, text: str) -> str:
    """A short number padded with zeros, so that the domain's check names the wrong character
    rather than the length (which the clerk is still typing)."""
    if id_type not in ("resident_id", "credit_code"):
        return text
    typed = _folded(text)
    return typed + "0" * (FULL_LENGTH - len(typed)) if len(typed) < FULL_LENGTH else text
