"""Find a theme set's terms in text fast: one regex built from a trie of the terms (longest wins),
ASCII terms only between non-alphanumerics, short Chinese terms confirmed as whole words by the
segmenter (so 卫星 is not found in 卫星城)."""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass
from functools import lru_cache
from typing import Any

from sectorbrief.news.segment import boundaries, needs_confirming

_ASCII = re.compile(r"^[\x00-\x7f]+$")
_WINDOW = 6


def _trie_pattern(words: list[str]) -> str:
    trie: dict[str, Any] = {}
    for word in words:
        node = trie
        for ch in word:
            node = node.setdefault(ch, {})
        node[""] = True

    def build(node: dict[str, Any]) -> str:
        branches = [re.escape(ch) + build(child) for ch, child in sorted(node.items()) if ch]
        if not branches:
            return ""
        body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
        return f"(?:{body})?" if "" in node else body

    return build(trie)


@dataclass(frozen=True)
class TermMatcher:
    """Counts of each term (canonical spelling) in a text."""

    pattern: re.Pattern[str]
    canonical: dict[str, str]
    words: frozenset[str]

    @classmethod
    def build(cls, terms: set[str], words: frozenset[str]) -> TermMatcher:
        canonical = {t.lower(): t for t in terms}
        chinese = [t.lower() for t in terms if not _ASCII.match(t)]
        ascii_ = [t.lower() for t in terms if _ASCII.match(t)]
        parts = []
        if chinese:
            parts.append(_trie_pattern(chinese))
        if ascii_:
            parts.append(r"(?<![a-z0-9])" + _trie_pattern(ascii_) + r"(?![a-z0-9])")
        pattern = re.compile("|".join(f"(?:{p})" for p in parts) or r"(?!)", re.IGNORECASE)
        return cls(pattern, canonical, words)

    def count(self, text: str) -> Counter[str]:
        """How often each term occurs in ``text``."""
        return self.count_split(text, 0)[0]

    def count_split(self, text: str, head: int) -> tuple[Counter[str], set[str]]:
        """Term counts in ``text``, and the terms found in its first ``head`` characters."""
        found: Counter[str] = Counter()
        in_head: set[str] = set()
        confirmed: dict[str, bool] = {}
        for match in self.pattern.finditer(text):
            term = self.canonical.get(match.group(0).lower())
            if term is None:
                continue
            if needs_confirming(term):
                if term not in confirmed:
                    confirmed[term] = self._is_word(text, match.start(), match.end())
                if not confirmed[term]:
                    continue
            found[term] += 1
            if match.start() < head:
                in_head.add(term)
        return found, in_head

    def _is_word(self, text: str, start: int, end: int) -> bool:
        left = max(0, start - _WINDOW)
        return _whole_word(text[left : end + _WINDOW], start - left, end - left, self.words)


@lru_cache(maxsize=65_536)
def _whole_word(window: str, start: int, end: int, words: frozenset[str]) -> bool:
    """Whether ``window[start:end]`` is one or more whole words of ``window`` (cached: contexts repeat)."""
    cuts = boundaries(window, words)
    return start in cuts and end in cuts
