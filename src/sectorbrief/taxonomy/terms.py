"""Industry terms and their look-alike typos (CP0 for CPO, NP0 for NPO, l/1 and O/0 confusions).

Shared by the news normaliser (which fixes them) and the checker (which reports them).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache
from importlib import resources

from sectorbrief.yamltext import safe_load

_TOKEN = re.compile(r"(?=[A-Za-z0-9])(?<![A-Za-z0-9.])[A-Za-z0-9][A-Za-z0-9.\-]*[A-Za-z0-9](?![A-Za-z0-9])")
_LETTER = re.compile(r"[A-Za-z]")
_CONFUSABLE: dict[str, tuple[str, ...]] = {
    "0": ("O",),
    "O": ("0",),
    "o": ("0",),
    "1": ("I", "l"),
    "l": ("1", "I"),
    "I": ("1", "l"),
    "5": ("S",),
    "S": ("5",),
    "8": ("B",),
    "B": ("8",),
}


@dataclass(frozen=True)
class LookAlike:
    """``found`` at ``start:end`` in a text looks like the known term ``expected``."""

    start: int
    end: int
    found: str
    expected: str


@cache
def known_terms() -> frozenset[str]:
    """The acronyms and model names of the industries we cover (package data, user-extendable)."""
    text = resources.files("sectorbrief.taxonomy").joinpath("terms.yaml").read_text(encoding="utf-8")
    raw = safe_load(text)
    return frozenset(str(term) for group in raw.values() for term in group)


def _candidates(token: str) -> set[str]:
    """Tokens one confusable swap away from ``token``: one character, or every copy of it."""
    out: set[str] = set()
    for i, ch in enumerate(token):
        for repl in _CONFUSABLE.get(ch, ()):
            out.add(token[:i] + repl + token[i + 1 :])
            out.add(token.replace(ch, repl))
    return out


def find_lookalikes(text: str, terms: frozenset[str] | None = None) -> list[LookAlike]:
    """Every token in ``text`` that is not a known term but one confusable swap from exactly one."""
    if _LETTER.search(text) is None:  # every token is then digits, skipped below: nothing to look up
        return []
    vocabulary = known_terms() if terms is None else terms
    found: list[LookAlike] = []
    for match in _TOKEN.finditer(text):
        token = match.group(0)
        if token in vocabulary or not any(c.isalpha() for c in token):
            continue
        hits = sorted(c for c in _candidates(token) if c in vocabulary)
        if len(hits) == 1:
            found.append(LookAlike(match.start(), match.end(), token, hits[0]))
    return found


def fix_lookalikes(text: str, terms: frozenset[str] | None = None) -> tuple[str, list[LookAlike]]:
    """``text`` with every look-alike replaced by its term, and the replacements made."""
    hits = find_lookalikes(text, terms)
    for hit in reversed(hits):
        text = text[: hit.start] + hit.expected + text[hit.end :]
    return text, hits
