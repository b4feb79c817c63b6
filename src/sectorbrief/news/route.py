"""Route each item of a mixed feed to its SW level-1 industry, or to none (macro, sport, ...).

An industry's score is the scoring model of news/scoring.py over the terms of its theme set (a term
in several of its themes counts once, at its highest weight). The best industry wins if it reaches
ROUTE_THRESHOLD; otherwise the item belongs to none. Rule for an item about two industries: both are
named when the runner-up reaches the threshold and SECOND_SHARE of the winner's score; the item goes
to the higher score; on equal scores to the one with the larger single term contribution, then to
the one whose largest term is longer (more specific: 人形机器人 before 自动驾驶), then to the lower SW code. Before that, generic words and lures are discounted as news/scoring.py states: an
industry named in a list counts half, and a term listed as a lure of its industry (特斯拉 next to
机器人, 金价 next to 珠宝, 纯碱 next to 玻璃) does not count for that industry.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass
from functools import cached_property

from sectorbrief.news.matcher import TermMatcher
from sectorbrief.news.models import NewsItem
from sectorbrief.news.scoring import build_matcher, factors, lured, read_text
from sectorbrief.news.themes import ThemeSet, bundled_theme_sets

log = logging.getLogger(__name__)

ROUTE_THRESHOLD = 3.0
SECOND_SHARE = 0.5
DECIDING_TERMS = 5


@dataclass(frozen=True)
class Route:
    """Where one item goes: an industry code or None, its score, the terms that decided it and the
    other industries it is about (code, score)."""

    id: str
    industry: str | None
    score: float
    terms: tuple[str, ...]
    also: tuple[tuple[str, float], ...] = ()

    def to_json(self) -> dict[str, object]:
        return {
            "id": self.id,
            "industry": self.industry,
            "score": round(self.score, 4),
            "terms": list(self.terms),
            "also": [{"industry": code, "score": round(score, 4)} for code, score in self.also],
        }


@dataclass(frozen=True)
class Router:
    sets: tuple[ThemeSet, ...]
    threshold: float = ROUTE_THRESHOLD

    @cached_property
    def weights(self) -> dict[str, dict[str, float]]:
        """Each term's highest weight per industry code."""
        index: dict[str, dict[str, float]] = {}
        for themes in self.sets:
            for theme in themes.themes:
                for term, weight in theme.terms.items():
                    own = index.setdefault(term, {})
                    own[themes.industry] = max(weight, own.get(themes.industry, 0.0))
        return index

    @cached_property
    def matcher(self) -> TermMatcher:
        return build_matcher(set(self.weights))

    @cached_property
    def lures(self) -> dict[str, dict[str, tuple[str, ...]]]:
        """Each industry's lures (term -> context words), by code."""
        return {themes.industry: themes.lures for themes in self.sets}

    def scores(self, item: NewsItem) -> dict[str, list[tuple[float, str]]]:
        """Per industry that matched: its (contribution, term) pairs, largest first; a lure does not
        count for its industry."""
        parts: dict[str, list[tuple[float, str]]] = {}
        text = read_text(item)
        for term, factor in factors(self.matcher, item).items():
            for code, weight in self.weights[term].items():
                if not lured(term, self.lures[code], text):
                    parts.setdefault(code, []).append((weight * factor, term))
        return {code: sorted(found, reverse=True) for code, found in parts.items()}

    def route(self, item: NewsItem) -> Route:
        parts = self.scores(item)
        ranked = sorted(
            ((sum(p for p, _ in found), found[0][0], _longest(found), code) for code, found in parts.items()),
            key=lambda r: (-r[0], -r[1], -r[2], r[3]),
        )
        if not ranked or ranked[0][0] < self.threshold:
            best = ranked[0][0] if ranked else 0.0
            return Route(
                item.id,
                None,
                best,
                tuple(t for _, t in parts[ranked[0][3]][:DECIDING_TERMS]) if ranked else (),
            )
        top, _, _, code = ranked[0]
        also = tuple(
            (other, score)
            for score, _, _, other in ranked[1:]
            if score >= self.threshold and score >= SECOND_SHARE * top
        )
        return Route(item.id, code, top, tuple(t for _, t in parts[code][:DECIDING_TERMS]), also)


def _longest(found: list[tuple[float, str]]) -> int:
    """The length of the longest term among those with the largest contribution."""
    return max(len(term) for part, term in found if part == found[0][0])


def default_router() -> Router:
    """A router over the bundled theme sets of all industries."""
    return Router(bundled_theme_sets())


def route_items(items: list[NewsItem], router: Router | None = None) -> list[Route]:
    """One Route per item, in order."""
    chosen = router or default_router()
    routes = [chosen.route(item) for item in items]
    log.info("routed %d items, %d to no industry", len(routes), sum(r.industry is None for r in routes))
    return routes
