"""Glyph coverage: which characters of a report the bundled fonts cannot draw.

Typst drops a character no font covers without a word, so the PDF writer asks here first.
"""

from __future__ import annotations

from functools import cache

from matplotlib.ft2font import FT2Font

from sectorbrief.typefaces import SANS_FILE, SERIF_FILE, font_dir

# Typst draws these itself (line breaking and layout), whatever the font.
LAYOUT_CHARACTERS = frozenset("\n\r\t\u00ad\u200b\u2060")


@cache
def covered() -> frozenset[int]:
    """Code points both bundled Noto CJK fonts can draw."""
    sans = set(FT2Font(str(font_dir() / SANS_FILE)).get_charmap())
    serif = set(FT2Font(str(font_dir() / SERIF_FILE)).get_charmap())
    return frozenset(sans & serif)


def missing_glyphs(text: str) -> list[str]:
    """Characters of ``text`` the report fonts lack, in order of first appearance, once each."""
    have = covered()
    seen: dict[str, None] = {}
    for char in text:
        if ord(char) not in have and char not in LAYOUT_CHARACTERS:
            seen.setdefault(char)
    return list(seen)
