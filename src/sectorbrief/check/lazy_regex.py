"""Regexes compiled on first use, not at import.

The checker's modules hold some 330 module-level patterns; compiling them all took a fifth of a second
of every ``import sectorbrief.check``, though a given report reaches few of most rules' patterns (a
rule's prefilter skips it). ``lazy_compile`` keeps a pattern's source until it is first used; then it
compiles it, binds the compiled pattern's methods and attributes onto itself and becomes a plain object
holding them, so every later call (``.search``, ``.finditer`` …) goes straight to the compiled pattern:
nothing forwards a call, and no ``__getattr__`` hook is left to slow the lookup (a class with one makes
every attribute lookup on it a quarter slower).
"""

from __future__ import annotations

import re
from typing import Any, cast

# What a compiled pattern offers; bound onto the lazy one at first use.
_BOUND = (
    "search",
    "match",
    "fullmatch",
    "finditer",
    "findall",
    "sub",
    "subn",
    "split",
    "scanner",
    "flags",
    "groups",
    "groupindex",
)


class _LazyPattern:
    """A pattern's source (``.pattern``, readable without compiling) until first use, then its bound
    methods and attributes."""

    def __init__(self, pattern: str, flags: int) -> None:
        self.pattern = pattern
        self._flags = flags

    def __getattr__(self, name: str) -> Any:  # called only for what is not bound yet
        if name.startswith("__"):  # copy, pickle and friends probing for protocols
            raise AttributeError(name)
        compiled = re.compile(self.pattern, self._flags)
        for attr in _BOUND:
            setattr(self, attr, getattr(compiled, attr))
        object.__setattr__(self, "__class__", _BoundPattern)  # the hook is no longer needed
        return getattr(compiled, name)

    def __repr__(self) -> str:
        return f"lazy_compile({self.pattern!r}, {self._flags})"


class _BoundPattern:
    """A lazy pattern once compiled: its source and the compiled pattern's bound methods and attributes."""

    pattern: str
    _flags: int

    def __repr__(self) -> str:
        return f"lazy_compile({self.pattern!r}, {self._flags}) (compiled)"


def lazy_compile(pattern: str, flags: int = 0) -> re.Pattern[str]:
    """``re.compile(pattern, flags)``, compiled when it is first used."""
    return cast("re.Pattern[str]", _LazyPattern(pattern, flags))
