"""A small pinyin input method for touch screens without a keyboard (the rating pad's comment).

Typed letters are matched as toneless pinyin: whole words from pypinyin's phrase dictionary first,
then single characters of the first syllable. Characters are limited to GB 2312 and ranked by how
many dictionary words read them that way (a frequency stand-in that needs no extra data). Building the index takes about half a second: build it
once (:func:`pinyin_index`) off the UI thread.
"""

from __future__ import annotations

import unicodedata
from collections import Counter, defaultdict
from dataclasses import dataclass
from functools import cache

MAX_PHRASE = 4


def toneless(syllable: str) -> str:
    """``lǜ`` -> ``lv``: the letters one types for a syllable."""
    decomposed = unicodedata.normalize("NFD", syllable).replace("u\u0308", "v")
    return "".join(c for c in decomposed if not unicodedata.combining(c)).lower()


@dataclass(frozen=True)
class Candidate:
    text: str
    consumed: int  # letters of the typed pinyin this candidate stands for


class PinyinIndex:
    def __init__(self, chars: dict[str, list[str]], phrases: dict[str, list[str]]) -> None:
        self._chars = chars
        self._phrases = phrases
        self._longest = max((len(s) for s in chars), default=0)

    def first_syllable(self, letters: str) -> str:
        """The longest leading syllable of ``letters`` (the letters themselves if none is known)."""
        for end in range(min(len(letters), self._longest), 0, -1):
            if letters[:end] in self._chars:
                return letters[:end]
        return letters

    def candidates(self, letters: str, limit: int = 12) -> list[Candidate]:
        letters = letters.lower()
        if not letters:
            return []
        found = [Candidate(p, len(letters)) for p in self._phrases.get(letters, [])]
        syllable = self.first_syllable(letters)
        found += [Candidate(c, len(syllable)) for c in self._chars.get(syllable, [])]
        seen: set[str] = set()
        unique = []
        for candidate in found:
            if candidate.text not in seen:
                seen.add(candidate.text)
                unique.append(candidate)
        return unique[:limit]


def _common(char: str) -> bool:
    try:
        char.encode("gb2312")
    except UnicodeEncodeError:
        return False
    return True


@cache
def pinyin_index() -> PinyinIndex:
    from pypinyin.phrases_dict import phrases_dict
    from pypinyin.pinyin_dict import pinyin_dict

    uses: Counter[str] = Counter()
    reading_uses: Counter[tuple[str, str]] = Counter()  # (character, toneless reading) in words
    phrases: dict[str, list[str]] = defaultdict(list)
    for phrase, readings in phrases_dict.items():
        uses.update(phrase)
        keys = [toneless(r[0]) for r in readings]
        if len(keys) == len(phrase):
            reading_uses.update(zip(phrase, keys, strict=True))
        if len(phrase) <= MAX_PHRASE and all(_common(c) for c in phrase):
            phrases["".join(keys)].append(phrase)
    scored: dict[str, dict[str, float]] = defaultdict(dict)
    for code, readings in pinyin_dict.items():
        char = chr(code)
        if not _common(char):
            continue
        for rank, reading in enumerate(readings.split(",")):
            key = toneless(reading)
            # How often words read the character this way; its main reading breaks ties.
            score = reading_uses[(char, key)] + (0.5 if rank == 0 else 0.0)
            scored[key][char] = max(score, scored[key].get(char, 0.0))
    chars = {key: sorted(table, key=lambda c: -table[c]) for key, table in scored.items()}
    ranked = {key: sorted(words, key=lambda w: -min(uses[c] for c in w)) for key, words in phrases.items()}
    return PinyinIndex(chars, ranked)
