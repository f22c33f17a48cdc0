"""Finding a matter as the clerk types: by name, full pinyin, pinyin initials, code or department.

The index is built once per catalogue (pinyin costs ≈60 µs a name) and then answers each keystroke
from memory. Results are ranked:

0. the code, exactly;
1. the start of the name, short name, full pinyin or code (``食品``, ``shipin``, ``XK-SCJG``);
2. the start of the pinyin initials (``spjy`` → 食品经营许可);
3. anywhere in the name, short name, pinyin, initials, code or department.

Within a rank, shorter names come first (the more of the name the query covers, the likelier it is
meant), then by code.
"""

from __future__ import annotations

import heapq
from collections.abc import Iterable
from dataclasses import dataclass

from pypinyin import lazy_pinyin

EXACT_CODE, PREFIX, INITIALS, SUBSTRING = 0, 1, 2, 3
_SEPARATOR = "\x1f"  # never typed, so a query cannot match across two fields


def _is_cjk(char: str) -> bool:
    return "\u3400" <= char <= "\u9fff" or "\uf900" <= char <= "\ufaff"


def pinyin_keys(text: str) -> tuple[str, str]:
    """(full pinyin, initials) of a text, lower case, without spaces or punctuation.

    Letters and digits outside CJK are kept as they are in both: ``B超检查`` → (``bchaojiancha``, ``bcjc``).
    """
    syllables = lazy_pinyin(text, errors=lambda chunk: list(chunk))
    full, initials = [], []
    for char, syllable in zip(text, syllables, strict=False):
        if _is_cjk(char) and syllable.isascii():
            full.append(syllable.lower())
            initials.append(syllable[:1].lower())
        elif char.isalnum():
            full.append(char.lower())
            initials.append(char.lower())
    return "".join(full), "".join(initials)


def normalise_query(text: str) -> str:
    return "".join(text.split()).lower()


@dataclass(frozen=True)
class SearchEntry:
    """What the index knows of a matter; ``key`` is handed back with the hit."""

    code: str
    name: str
    department: str = ""
    short_name: str = ""
    key: object = None


@dataclass(frozen=True)
class SearchHit:
    entry: SearchEntry
    rank: int


@dataclass(frozen=True)
class _Keys:
    code: str
    names: tuple[str, ...]  # name and short name, lower case
    pinyins: tuple[str, ...]
    initials: tuple[str, ...]


class SearchIndex:
    """An in-memory index of the catalogue. Build it once (off the UI thread), query it per keystroke.

    Consecutive queries that extend the previous one (typing) only re-check the previous matches.
    """

    def __init__(self, entries: Iterable[SearchEntry]) -> None:
        self.entries: tuple[SearchEntry, ...] = tuple(entries)
        keys, haystacks = [], []
        department_keys: dict[str, tuple[str, str]] = {}
        for entry in self.entries:
            names = tuple(n.lower() for n in (entry.name, entry.short_name) if n)
            pinyin = [pinyin_keys(n) for n in (entry.name, entry.short_name) if n]
            key = _Keys(entry.code.lower(), names, tuple(p for p, _ in pinyin), tuple(i for _, i in pinyin))
            keys.append(key)
            if entry.department not in department_keys:
                department_keys[entry.department] = pinyin_keys(entry.department)
            dept_pinyin, dept_initials = department_keys[entry.department]
            haystacks.append(
                _SEPARATOR.join(
                    (
                        *names,
                        *key.pinyins,
                        *key.initials,
                        key.code,
                        entry.department.lower(),
                        dept_pinyin,
                        dept_initials,
                    )
                )
            )
        self._keys = tuple(keys)
        self._haystacks = tuple(haystacks)
        self._last: tuple[str, list[int]] = ("", list(range(len(self.entries))))

    def __len__(self) -> int:
        return len(self.entries)

    def _candidates(self, query: str) -> list[int]:
        last_query, last_matches = self._last
        pool = last_matches if query.startswith(last_query) else range(len(self.entries))
        haystacks = self._haystacks
        matches = [i for i in pool if query in haystacks[i]]
        self._last = (query, matches)
        return matches

    def _rank(self, query: str, keys: _Keys) -> int:
        if keys.code == query:
            return EXACT_CODE
        if keys.code.startswith(query) or any(n.startswith(query) for n in keys.names):
            return PREFIX
        if query.isascii():
            if any(p.startswith(query) for p in keys.pinyins):
                return PREFIX
            if any(i.startswith(query) for i in keys.initials):
                return INITIALS
        return SUBSTRING

    def search(self, text: str, limit: int | None = 50) -> list[SearchHit]:
        """Hits for what was typed, best first; an empty query finds nothing."""
        query = normalise_query(text)
        if not query:
            return []
        ranked = []
        for index in self._candidates(query):
            entry = self.entries[index]
            rank = self._rank(query, self._keys[index])
            ranked.append((rank, len(entry.name), entry.code, index))
        best = heapq.nsmallest(limit, ranked) if limit is not None else sorted(ranked)
        return [SearchHit(self.entries[index], rank) for rank, _, _, index in best]
