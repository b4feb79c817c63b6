"""Glyph coverage: which characters of a report the bundled fonts cannot draw.

Typst drops a character no font covers without a word, so the PDF writer asks here first. The code
points both fonts cover are read with FreeType (matplotlib's, the one the charts use) and kept in the
sectorbrief home, keyed by the font files' names and sizes as the font subsets are (render/fonts.py):
a later build reads them back in milliseconds rather than importing matplotlib to read 20 MB of fonts.
"""

from __future__ import annotations

import hashlib
from functools import cache
from pathlib import Path

from sectorbrief.home import cache_path, read_sealed_cache, write_sealed_cache
from sectorbrief.typefaces import SANS_FILE, SERIF_FILE, font_dir

# Typst draws these itself (line breaking and layout), whatever the font.
LAYOUT_CHARACTERS = frozenset("\n\r\t\u00ad\u200b\u2060")
COVERAGE_VERSION = "1"  # bump when what is stored changes: old cache entries are then ignored


def font_files() -> list[Path]:
    return [font_dir() / SANS_FILE, font_dir() / SERIF_FILE]


def coverage_file(fonts: list[Path]) -> Path:
    identity = "\0".join(f"{font.name}\0{font.stat().st_size}" for font in fonts)
    key = hashlib.sha256(f"{COVERAGE_VERSION}\0{identity}".encode()).hexdigest()
    return cache_path(f"fonts/coverage-{key[:24]}.txt")


def read_charmaps(fonts: list[Path]) -> frozenset[int]:
    """The code points every one of ``fonts`` maps, read with FreeType."""
    from matplotlib.ft2font import FT2Font  # only when the cache has no answer: matplotlib is slow to load

    maps = [set(FT2Font(str(font)).get_charmap()) for font in fonts]
    return frozenset(set.intersection(*maps))


def as_ranges(points: frozenset[int]) -> str:
    """``points`` as lines of ``first last`` (inclusive runs), in order."""
    lines, ordered = [], sorted(points)
    start = previous = ordered[0] if ordered else 0
    for point in ordered[1:]:
        if point != previous + 1:
            lines.append(f"{start} {previous}")
            start = point
        previous = point
    if ordered:
        lines.append(f"{start} {previous}")
    return "\n".join(lines)


def from_ranges(text: str) -> frozenset[int] | None:
    """What ``as_ranges`` wrote; None when it is not that."""
    points: set[int] = set()
    try:
        for line in text.splitlines():
            first, last = (int(part) for part in line.split(" "))
            points.update(range(first, last + 1))
    except ValueError:
        return None
    return frozenset(points)


@cache
def covered() -> frozenset[int]:
    """Code points both bundled Noto CJK fonts can draw (from the cache when the fonts are the same)."""
    fonts = font_files()
    try:
        path: Path | None = coverage_file(fonts)
    except OSError:  # a font file not readable: FreeType says so below
        path = None
    text = read_sealed_cache(path) if path is not None else None
    points = from_ranges(text) if text else None
    if points is None:
        points = read_charmaps(fonts)
        if path is not None:
            write_sealed_cache(path, as_ranges(points))
    return points


def missing_glyphs(text: str) -> list[str]:
    """Characters of ``text`` the report fonts lack, in order of first appearance, once each."""
    have = covered()
    seen: dict[str, None] = {}
    for char in text:
        if ord(char) not in have and char not in LAYOUT_CHARACTERS:
            seen.setdefault(char)
    return list(seen)
