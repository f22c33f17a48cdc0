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
from collections.abc import Callable, Iterable
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


class SearchIndex:
    """An in-memory index of the catalogue. Build it once (off the UI thread), query it per keystroke.

    Consecutive queries that extend the previous one (typing) only re-check the previous matches.
    """

    def __init__(self, entries: Iterable[SearchEntry]) -> None:
        self.entries: tuple[SearchEntry, ...] = tuple(entries)
        haystacks, prefixes, initials, codes, order = [], [], [], [], []
        department_keys: dict[str, tuple[str, str]] = {}
        for entry in self.entries:
            names = [n.lower() for n in (entry.name, entry.short_name) if n]
            pinyin = [pinyin_keys(n) for n in (entry.name, entry.short_name) if n]
            if entry.department not in department_keys:
                department_keys[entry.department] = pinyin_keys(entry.department)
            dept_pinyin, dept_initials = department_keys[entry.department]
            code = entry.code.lower()
            full, first = [p for p, _ in pinyin], [i for _, i in pinyin]
            haystacks.append(
                _SEPARATOR.join(
                    (*names, *full, *first, code, entry.department.lower(), dept_pinyin, dept_initials)
                )
            )
            # "starts with" becomes one substring test: separator + query in separator-led keys
            prefixes.append(_SEPARATOR + _SEPARATOR.join((code, *names, *full)))
            initials.append(_SEPARATOR + _SEPARATOR.join(first))
            codes.append(code)
            order.append((len(entry.name), entry.code))
        self._haystacks = tuple(haystacks)
        self._prefixes = tuple(prefixes)
        self._initials = tuple(initials)
        self._codes = tuple(codes)
        self._order = tuple(order)
        self._last: tuple[str, list[int]] = ("", list(range(len(self.entries))))

    def __len__(self) -> int:
        return len(self.entries)

    def subset(self, keep: Callable[[SearchEntry], bool]) -> SearchIndex:
        """An index of the entries ``keep`` accepts, sharing this one's keys (no pinyin computed)."""
        chosen = [i for i, entry in enumerate(self.entries) if keep(entry)]
        index = SearchIndex.__new__(SearchIndex)
        index.entries = tuple(self.entries[i] for i in chosen)
        index._haystacks = tuple(self._haystacks[i] for i in chosen)
        index._prefixes = tuple(self._prefixes[i] for i in chosen)
        index._initials = tuple(self._initials[i] for i in chosen)
        index._codes = tuple(self._codes[i] for i in chosen)
        index._order = tuple(self._order[i] for i in chosen)
        index._last = ("", list(range(len(chosen))))
        return index

    def _candidates(self, query: str) -> list[int]:
        last_query, last_matches = self._last
        pool = last_matches if query.startswith(last_query) else range(len(self.entries))
        haystacks = self._haystacks
        matches = [i for i in pool if query in haystacks[i]]
        self._last = (query, matches)
        return matches

    def _rank(self, query: str, index: int) -> int:
        if self._codes[index] == query:
            return EXACT_CODE
        if _SEPARATOR + query in self._prefixes[index]:
            return PREFIX
        if _SEPARATOR + query in self._initials[index]:
            return INITIALS
        return SUBSTRING

    def search(self, text: str, limit: int | None = 50) -> list[SearchHit]:
        """Hits for what was typed, best first; an empty query finds nothing."""
        query = normalise_query(text)
        if not query:
            return []
        # the rule of _rank, inlined: this loop runs over thousands of hits on the first keystroke
        led = _SEPARATOR + query
        codes, prefixes, initials, order = self._codes, self._prefixes, self._initials, self._order
        ranked = [
            (
                EXACT_CODE
                if codes[i] == query
                else PREFIX
                if led in prefixes[i]
                else INITIALS
                if led in initials[i]
                else SUBSTRING,
                order[i],
                i,
            )
            for i in self._candidates(query)
        ]
        best = heapq.nsmallest(limit, ranked) if limit is not None else sorted(ranked)
        return [SearchHit(self.entries[index], hit_rank) for hit_rank, _, index in best]
