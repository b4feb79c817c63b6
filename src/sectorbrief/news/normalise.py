"""Text hygiene for news: full-width letters, digits and symbols to half-width, spaces tidied,
look-alike typos of industry terms (CP0 → CPO) fixed and reported.

Chinese punctuation (，。：；（）！？、“”) is kept: it is the house style of the report's prose.
"""

from __future__ import annotations

import logging
import re
from dataclasses import replace

from sectorbrief.news.models import NewsItem
from sectorbrief.taxonomy.terms import fix_lookalikes

log = logging.getLogger(__name__)

# Full-width forms that become ASCII: digits, letters and the symbols that sit inside figures and
# acronyms (％ ＋ － ． ／ ＝ ＜ ＞ ＆ ＃ ＠ ＿ ＄ ～ ＊ ＇ ＂ ＾ ｜ ＼ ｀). Chinese punctuation stays.
CHINESE_PUNCTUATION = set("，。：；（）！？、【】《》「」『』“”‘’［］｛｝")
_HALF = {cp: cp - 0xFEE0 for cp in range(0xFF01, 0xFF5F) if chr(cp) not in CHINESE_PUNCTUATION}
_HALF[0x3000] = 0x20  # ideographic space
_SPACES = re.compile(r"[ \t\u00a0\u2002-\u200b]+")
_BLANK_LINES = re.compile(r"\n\s*\n+")


def to_half_width(text: str) -> str:
    """Full-width ASCII letters, digits and symbols as half-width; Chinese punctuation kept."""
    return text.translate(_HALF)


def tidy_spaces(text: str) -> str:
    """Runs of spaces as one, paragraphs separated by exactly one blank line, ends stripped."""
    lines = [
        _SPACES.sub(" ", line).strip() for line in text.replace("\r\n", "\n").replace("\r", "\n").split("\n")
    ]
    return _BLANK_LINES.sub("\n\n", "\n".join(lines)).strip()


def normalise_text(text: str) -> str:
    """Half-width forms and tidy spaces; idempotent."""
    return tidy_spaces(to_half_width(text))


def normalise_item(item: NewsItem) -> tuple[NewsItem, list[str]]:
    """``item`` with normalised title and body and look-alike typos fixed, and a warning per fix."""
    warnings: list[str] = []
    fields: dict[str, str] = {}
    for name in ("title", "body"):
        text = normalise_text(getattr(item, name))
        fixed, hits = fix_lookalikes(text)
        for hit in hits:
            warning = f"{item.origin or item.id}: item {item.id} {name}: typo {hit.found!r} normalised to {hit.expected!r}"
            log.warning(warning)
            warnings.append(warning)
        fields[name] = fixed
    source = normalise_text(item.source)
    return replace(item, title=fields["title"], body=fields["body"], source=source), warnings
