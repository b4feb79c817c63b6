"""Find a theme set's terms in text fast: one Aho-Corasick automaton (pyahocorasick) over the
lower-cased terms, leftmost-longest like a regex alternation, ASCII terms only between
non-alphanumerics, short Chinese terms confirmed as whole words by the segmenter (so 卫星 is not
found in 卫星城)."""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass
from functools import lru_cache

import ahocorasick

from sectorbrief.news.segment import boundaries, needs_confirming

_ASCII = re.compile(r"^[\x00-\x7f]+$")
_ALNUM = frozenset("abcdefghijklmnopqrstuvwxyz0123456789")
_WINDOW = 6


@dataclass(frozen=True)
class TermMatcher:
    """Counts of each term (canonical spelling) in a text."""

    automaton: ahocorasick.Automaton
    canonical: dict[str, str]
    words: frozenset[str]

    @classmethod
    def build(cls, terms: set[str], words: frozenset[str]) -> TermMatcher:
        canonical = {t.lower(): t for t in terms}
        automaton = ahocorasick.Automaton()
        for key in canonical:
            automaton.add_word(key, (len(key), key, bool(_ASCII.match(key))))
        if canonical:
            automaton.make_automaton()
        return cls(automaton, canonical, words)

    def spans(self, text: str) -> list[tuple[int, int, str]]:
        """Non-overlapping (start, end, key) of the terms in lower-cased ``text``: at each position the
        longest term that fits wins, an ASCII term only with no letter or digit on either side."""
        if not self.canonical:
            return []
        found = sorted(
            ((end + 1 - n, -n, key, is_ascii) for end, (n, key, is_ascii) in self.automaton.iter(text)),
        )
        out: list[tuple[int, int, str]] = []
        position = 0
        for start, negative, key, is_ascii in found:
            stop = start - negative
            if start < position or (is_ascii and not _free(text, start, stop)):
                continue
            out.append((start, stop, key))
            position = stop
        return out

    def count(self, text: str) -> Counter[str]:
        """How often each term occurs in ``text``."""
        return self.count_split(text, 0)[0]

    def count_split(self, text: str, head: int) -> tuple[Counter[str], set[str]]:
        """Term counts in ``text``, and the terms found in its first ``head`` characters."""
        found: Counter[str] = Counter()
        in_head: set[str] = set()
        confirmed: dict[str, bool] = {}
        for start, end, key in self.spans(_lower(text)):
            term = self.canonical[key]
            if needs_confirming(term):
                if term not in confirmed:
                    confirmed[term] = self._is_word(text, start, end)
                if not confirmed[term]:
                    continue
            found[term] += 1
            if start < head:
                in_head.add(term)
        return found, in_head

    def _is_word(self, text: str, start: int, end: int) -> bool:
        left = max(0, start - _WINDOW)
        return _whole_word(text[left : end + _WINDOW], start - left, end - left, self.words)


def _free(text: str, start: int, end: int) -> bool:
    """Whether ``text[start:end]`` has no ASCII letter or digit just before or after it."""
    return (start == 0 or text[start - 1] not in _ALNUM) and (end == len(text) or text[end] not in _ALNUM)


def _lower(text: str) -> str:
    """``text`` lower-cased character by character, so that offsets stay those of ``text``."""
    lowered = text.lower()
    if len(lowered) == len(text):
        return lowered
    return "".join(ch.lower() if len(ch.lower()) == 1 else ch for ch in text)


@lru_cache(maxsize=65_536)
def _whole_word(window: str, start: int, end: int, words: frozenset[str]) -> bool:
    """Whether ``window[start:end]`` is one or more whole words of ``window`` (cached: contexts repeat)."""
    cuts = boundaries(window, words)
    return start in cuts and end in cuts
