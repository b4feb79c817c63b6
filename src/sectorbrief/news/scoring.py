"""The one scoring model of the news step, shared by the per-industry classifier and the router.

A term found in an item contributes ``weight × factor``: the factor is 2 when the term is in the
title, else 1, plus 0.25 for each repeat (up to 4). Generic words: a term naming a whole industry
(建筑行业, 机械行业) is halved when the item names two or more industries so (a list of downstream
users, not the item's subject). Lures: a term a theme set lists under ``lures`` does not count for
that industry when the item has one of its context words (纯碱 in a glass item). Only the title and the first 1,000 characters of
the body are read. Short Chinese terms are confirmed as whole words by one segmenter whose user
dictionary is every term of every bundled theme set, so the classifier and the router cut text alike.
"""

from __future__ import annotations

from collections.abc import Mapping
from functools import cache

from sectorbrief.news.matcher import TermMatcher
from sectorbrief.news.models import NewsItem
from sectorbrief.news.themes import bundled_theme_sets

TITLE_FACTOR = 2.0
REPEAT_BONUS = 0.25
MAX_REPEATS = 4
BODY_CHARS = 1000
INDUSTRY_NAME_ENDINGS = ("行业", "产业")
LISTED_INDUSTRY_SHARE = 0.5


@cache
def shared_words() -> frozenset[str]:
    """The segmenter's user dictionary: every term and word of every bundled theme set."""
    return frozenset(word for themes in bundled_theme_sets() for word in themes.vocabulary())


def build_matcher(terms: set[str], extra_words: frozenset[str] = frozenset()) -> TermMatcher:
    """A matcher for ``terms`` that confirms short terms with the shared segmenter."""
    return TermMatcher.build(terms, shared_words() | extra_words)


def factors(matcher: TermMatcher, item: NewsItem) -> dict[str, float]:
    """Each term found in ``item`` and the factor its weight is multiplied by."""
    in_all, in_title = matcher.count_split(read_text(item), len(item.title))
    found = {
        term: (TITLE_FACTOR if term in in_title else 1.0) + REPEAT_BONUS * min(n - 1, MAX_REPEATS)
        for term, n in in_all.items()
    }
    names = [term for term in found if term.endswith(INDUSTRY_NAME_ENDINGS)]
    if len(names) >= 2:
        found.update({term: found[term] * LISTED_INDUSTRY_SHARE for term in names})
    return found


def read_text(item: NewsItem) -> str:
    """The part of ``item`` that is scored: the title and the start of the body."""
    return f"{item.title}\n{item.body[:BODY_CHARS]}"


def lured(term: str, lures: Mapping[str, tuple[str, ...]], text: str) -> bool:
    """Whether ``term`` is a lure here: listed in ``lures`` with a context word found in ``text``."""
    return term in lures and any(word in text for word in lures[term])
