"""Case numbers: site code + year + device number + sequence (DESIGN.md "Identity and numbering").

``SZ01`` + ``2026`` + ``03`` + ``000042`` = ``SZ0120260300042``-style strings, at most 18 characters:
unique across sites with no coordination (site codes are unique, device numbers are unique within a
site, the sequence comes from a counter row updated in the same transaction as the case), and short
enough for a Code128 barcode on a 58 mm slip. The fixed-width tail (4 + 2 + 6 digits) makes a number
parseable from the right whatever the length of the site code.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from windowdesk.errors import UserError

MAX_LENGTH = 20
SEQUENCE_DIGITS = 6
MAX_SEQUENCE = 10**SEQUENCE_DIGITS - 1
_PATTERN = re.compile(r"^([A-Z][A-Z0-9]{1,5})(\d{4})(\d{2})(\d{6})$")


@dataclass(frozen=True)
class CaseNumber:
    site_code: str
    year: int
    device_no: int
    sequence: int

    def __str__(self) -> str:
        return f"{self.site_code}{self.year:04d}{self.device_no:02d}{self.sequence:06d}"


def counter_name(year: int, device_no: int) -> str:
    """The counter row a device advances for its case numbers of a year."""
    return f"case_no:{year:04d}:{device_no:02d}"


def prefix(site_code: str, year: int, device_no: int) -> str:
    return f"{site_code}{year:04d}{device_no:02d}"


def format_case_number(site_code: str, year: int, device_no: int, sequence: int) -> str:
    if not 1 <= device_no <= 99:
        raise ValueError(f"device number out of range: {device_no}")
    if not 1000 <= year <= 9999:
        raise ValueError(f"year out of range: {year}")
    if not 1 <= sequence <= MAX_SEQUENCE:
        raise UserError(
            "This device has used all {max} case numbers of the year",
            max=MAX_SEQUENCE,
        )
    text = str(CaseNumber(site_code, year, device_no, sequence))
    if _PATTERN.match(text) is None or len(text) > MAX_LENGTH:
        raise ValueError(f"bad site code for a case number: {site_code!r}")
    return text


def parse_case_number(text: str) -> CaseNumber | None:
    """A typed or scanned case number (spaces and case forgiven), or None when it is not one."""
    cleaned = re.sub(r"\s+", "", text or "").upper()
    match = _PATTERN.match(cleaned)
    if match is None:
        return None
    code, year, device, sequence = match.groups()
    if int(device) == 0 or int(sequence) == 0 or not 2000 <= int(year) <= 2099:
        return None
    return CaseNumber(code, int(year), int(device), int(sequence))
