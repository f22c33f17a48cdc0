"""The audit hash chain: one canonical form of an audit entry and the rule that links entries.

Pure (no I/O): the site store's unit of work, ``windowdesk audit verify`` and any check on central
call these same functions, so a chain written on one store verifies on another.

Each device's entries form chains (a new chain starts on a new or restored store). Entry ``n`` of a
chain carries ``chain_seq = n``, ``prev_hash`` = the hash of entry ``n - 1`` (``GENESIS`` for the
first) and ``entry_hash = sha256(prev_hash + "\\n" + canonical(entry))``.

Canonical form: the JSON object of ``HASHED_FIELDS`` with sorted keys, no spaces, UTF-8 (not
``\\u`` escapes); the instant ``at`` in UTC as ``YYYY-MM-DDTHH:MM:SS.ffffffZ``; ids as lower-case
strings; ``detail`` as its JSON value. ``site_id`` is not hashed: a store set up offline is moved
to central's site id when it first joins sync (the chain's device and id still place it), and
``version`` is sync bookkeeping.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
import uuid
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from typing import Any

GENESIS = "0" * 64

HASHED_FIELDS = (
    "id",
    "at",
    "device_no",
    "window_no",
    "user_id",
    "user_login",
    "action",
    "entity",
    "entity_id",
    "detail",
    "chain_id",
    "chain_seq",
)

# Problems, in the words `audit verify` reports them.
ALTERED = "altered"  # the entry's content no longer matches its hash
LINK = "link"  # prev_hash is not the hash of the entry before
MISSING = "missing"  # a sequence number is absent (an entry removed)
DUPLICATE = "duplicate"  # two entries claim the same place (a copied store, a forged entry)
TRUNCATED = "truncated"  # the chain ends before the head this store recorded
UNCHECKED = "unchecked"  # central could not check the entry as it arrived (recorded by central only)


@dataclass(frozen=True)
class ChainBreak:
    chain_id: str
    seq: int
    entry_id: str | None
    problem: str
    detail: str = ""


def _instant(value: Any) -> str:
    if isinstance(value, str):
        value = dt.datetime.fromisoformat(value.replace("Z", "+00:00"))
    if not isinstance(value, dt.datetime):
        raise TypeError(f"an audit time must be a datetime, not {value!r}")
    if value.tzinfo is None:
        value = value.replace(tzinfo=dt.UTC)  # SQLite hands back UTC without a zone
    return value.astimezone(dt.UTC).strftime("%Y-%m-%dT%H:%M:%S.%fZ")


def _text(value: Any) -> str | None:
    if value is None:
        return None
    return str(value).lower() if isinstance(value, uuid.UUID) else str(value)


def _int(value: Any) -> int | None:
    return None if value is None else int(value)


def _json_value(value: Any) -> Any:
    if isinstance(value, str):
        value = json.loads(value)  # a json column read as text (PostgreSQL through plain SQL)
    return json.loads(json.dumps(value if value is not None else {}, ensure_ascii=False, default=str))


def canonical(entry: Mapping[str, Any]) -> bytes:
    """The bytes that are hashed for an audit entry given as a mapping of column values."""
    fields = {
        "id": _text(entry["id"]),
        "at": _instant(entry["at"]),
        "device_no": _int(entry.get("device_no")),
        "window_no": _int(entry.get("window_no")),
        "user_id": _text(entry.get("user_id")),
        "user_login": entry.get("user_login"),
        "action": entry.get("action"),
        "entity": entry.get("entity"),
        "entity_id": entry.get("entity_id"),
        "detail": _json_value(entry.get("detail")),
        "chain_id": _text(entry["chain_id"]),
        "chain_seq": _int(entry["chain_seq"]),
    }
    return json.dumps(fields, ensure_ascii=False, sort_keys=True, separators=(",", ":")).encode("utf-8")


def entry_hash(prev_hash: str, entry: Mapping[str, Any]) -> str:
    return hashlib.sha256(prev_hash.encode("ascii") + b"\n" + canonical(entry)).hexdigest()


def verify_chain(entries: Iterable[Mapping[str, Any]], head_seq: int | None = None) -> list[ChainBreak]:
    """Every break in one chain. ``entries`` are that chain's rows (any order). ``head_seq``: the
    newest sequence number the writing store recorded, when known (finds a cut-off tail)."""
    rows = sorted(entries, key=lambda e: (int(e["chain_seq"]), _text(e["id"]) or ""))
    if not rows:
        return []
    chain = _text(rows[0]["chain_id"]) or ""
    breaks: list[ChainBreak] = []
    expected_seq = 1
    prev = GENESIS
    for row in rows:
        seq = int(row["chain_seq"])
        entry_id = _text(row["id"])
        if seq < expected_seq:
            breaks.append(ChainBreak(chain, seq, entry_id, DUPLICATE, f"#{seq}"))
            continue
        if seq > expected_seq:
            breaks.append(ChainBreak(chain, expected_seq, None, MISSING, f"#{expected_seq}..#{seq - 1}"))
        elif row.get("prev_hash") != prev:
            breaks.append(ChainBreak(chain, seq, entry_id, LINK, f"#{seq}"))
        if entry_hash(str(row.get("prev_hash") or ""), row) != row.get("entry_hash"):
            breaks.append(ChainBreak(chain, seq, entry_id, ALTERED, f"#{seq}"))
        prev = str(row.get("entry_hash") or "")
        expected_seq = seq + 1
    if head_seq is not None and head_seq >= expected_seq:
        breaks.append(ChainBreak(chain, expected_seq, None, TRUNCATED, f"#{expected_seq}..#{head_seq}"))
    return breaks
