"""Identity numbers: validation and masking.

- Resident identity card number (居民身份证号码, GB 11643-1999): 6-digit region code, 8-digit birth date,
  3-digit sequence, 1 check character by ISO 7064 MOD 11-2 (``0``-``9`` or ``X``).
- Unified social credit code (统一社会信用代码, GB 32100-2015): 18 characters from a 31-character set
  (digits and capital letters without I, O, Z, S, V); the last one is a MOD 31 check character.

Validators normalise what a clerk or a scanner typed (surrounding spaces, full-width characters,
lower-case letters) and return the canonical form, or raise :class:`UserError` with the reason. A
wrong check character is reported as wrong, never with the right value: that would turn the form
into an oracle for made-up numbers.

Masking is for anything shown or printed where the full number is not needed (queue lists,
statistics, logs): it never returns the whole number.
"""

from __future__ import annotations

import datetime as _dt
import unicodedata

from windowdesk.errors import UserError

__all__ = [
    "CREDIT_CODE_CHARSET",
    "credit_code_check_char",
    "mask_id_number",
    "mask_phone",
    "resident_id_check_char",
    "validate_credit_code",
    "validate_resident_id",
]

# ISO 7064 MOD 11-2: weight of position i (1-based from the left) is 2**(18 - i) mod 11.
_RESIDENT_WEIGHTS = tuple(pow(2, 17 - i, 11) for i in range(17))
_RESIDENT_CHECK = "10X98765432"  # indexed by (weighted sum mod 11)

CREDIT_CODE_CHARSET = "0123456789ABCDEFGHJKLMNPQRTUWXY"
_CREDIT_VALUES = {ch: i for i, ch in enumerate(CREDIT_CODE_CHARSET)}
_CREDIT_WEIGHTS = (1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28)


def _normalise(text: str) -> str:
    """Full-width to half-width (NFKC), no spaces anywhere, upper case."""
    folded = unicodedata.normalize("NFKC", str(text))
    return "".join(folded.split()).upper()


# --- resident identity card (GB 11643-1999) -------------------------------------------------------


def resident_id_check_char(body17: str) -> str:
    """The check character for the first 17 digits of a resident ID number."""
    if len(body17) != 17 or not body17.isascii() or not body17.isdigit():
        raise ValueError("the body of a resident ID number is 17 ASCII digits")
    total = sum(int(ch) * w for ch, w in zip(body17, _RESIDENT_WEIGHTS, strict=True))
    return _RESIDENT_CHECK[total % 11]


def validate_resident_id(text: str, *, today: _dt.date) -> str:
    """Check an 18-character resident ID number; return it normalised (``x`` becomes ``X``).

    ``today`` (the hall's date, from the caller's clock) bounds the birth date.
    """
    number = _normalise(text)
    if not number:
        raise UserError("Enter the ID card number.")
    if len(number) == 15 and number.isascii() and number.isdigit():
        raise UserError(
            "This is an old 15-digit ID card number; enter the 18-character resident ID number.",
        )
    if len(number) != 18:
        raise UserError(
            "A resident ID number has 18 characters, this one has {length}.",
            length=len(number),
        )
    for position, ch in enumerate(number[:17], start=1):
        if not ("0" <= ch <= "9"):
            raise UserError(
                "Character {position} of the ID number ({char!r}) is invalid: the first 17 must be digits.",
                position=position,
                char=ch,
            )
    if not ("0" <= number[17] <= "9" or number[17] == "X"):
        raise UserError(
            "The last character of the ID number ({char!r}) is invalid: it must be a digit or X.",
            char=number[17],
        )
    if number[:6] == "000000":
        raise UserError(
            "The first 6 digits of the ID number (region code) are invalid.",
        )
    _check_birth_date(number[6:14], today)
    if resident_id_check_char(number[:17]) != number[17]:
        raise UserError(
            "The check digit of the ID number is wrong; please check for a typing mistake.",
        )
    return number


def _check_birth_date(digits: str, today: _dt.date) -> None:
    try:
        born = _dt.date(int(digits[:4]), int(digits[4:6]), int(digits[6:8]))
    except ValueError:
        born = None
    if born is None or born.year < 1900 or born > today:
        raise UserError(
            "The birth date in the ID number (characters 7 to 14, {digits!r}) is not a valid date.",
            digits=digits,
        )


# --- unified social credit code (GB 32100-2015) ---------------------------------------------------


def credit_code_check_char(body17: str) -> str:
    """The check character for the first 17 characters of a unified social credit code."""
    if len(body17) != 17 or any(ch not in _CREDIT_VALUES for ch in body17):
        raise ValueError("the body of a credit code is 17 characters of CREDIT_CODE_CHARSET")
    total = sum(_CREDIT_VALUES[ch] * w for ch, w in zip(body17, _CREDIT_WEIGHTS, strict=True))
    return CREDIT_CODE_CHARSET[(31 - total % 31) % 31]


def validate_credit_code(text: str) -> str:
    """Check a unified social credit code; return it normalised (upper case, no spaces)."""
    code = _normalise(text)
    if not code:
        raise UserError("Enter the unified social credit code.")
    if len(code) != 18:
        raise UserError(
            "A unified social credit code has 18 characters, this one has {length}.",
            length=len(code),
        )
    for position, ch in enumerate(code, start=1):
        if ch not in _CREDIT_VALUES:
            raise UserError(
                "Character {position} of the credit code ({char!r}) is invalid: only digits and capital letters other than I, O, Z, S, V are used.",
                position=position,
                char=ch,
            )
    if credit_code_check_char(code[:17]) != code[17]:
        raise UserError(
            "The check character of the credit code is wrong; please check for a typing mistake.",
        )
    return code


# --- masking --------------------------------------------------------------------------------------


def _mask(text: str, head: int, tail: int) -> str:
    """Keep ``head`` and ``tail`` characters, star the rest; at least a third is always starred."""
    n = len(text)
    if n == 0:
        return ""
    hidden_min = max(1, -(-n // 3))
    while head + tail > n - hidden_min and head + tail > 0:
        if head >= tail:
            head -= 1
        else:
            tail -= 1
    return text[:head] + "*" * (n - head - tail) + text[n - tail :]


def mask_id_number(text: str) -> str:
    """``110105********002X`` for an 18-character number; others keep 2 leading and 2 trailing."""
    number = _normalise(text)
    if len(number) == 18:
        return _mask(number, 6, 4)
    return _mask(number, 2, 2)


def mask_phone(text: str) -> str:
    """``138****5678``: a mobile number keeps its first 3 and last 4 digits; short numbers keep less."""
    phone = "".join(unicodedata.normalize("NFKC", str(text)).split())
    return _mask(phone, 3, 4)
