"""Give each item a theme by weighted industry terms (the scoring model of news/scoring.py: a term's
weight counts double in the title and a little more for each repeat); the best-scoring label wins,
其他 below the set's threshold.
Confidence (0..1) grows with the winner's share of the score and its distance above the threshold;
the evidence is the matched terms that carried the winning label."""

from __future__ import annotations

import math
from dataclasses import dataclass
from functools import cached_property

from sectorbrief.news.matcher import TermMatcher
from sectorbrief.news.models import Classification, NewsItem
from sectorbrief.news.scoring import build_matcher, factors, lured, read_text
from sectorbrief.news.themes import ThemeSet

EVIDENCE_TERMS = 6


@dataclass(frozen=True)
class Classifier:
    themes: ThemeSet

    @cached_property
    def matcher(self) -> TermMatcher:
        terms = {t for theme in self.themes.themes for t in theme.terms}
        return build_matcher(terms, frozenset(self.themes.vocabulary()))

    @cached_property
    def weights(self) -> dict[str, list[tuple[str, float]]]:
        """Each term's (label, weight) pairs: a term may serve several labels."""
        index: dict[str, list[tuple[str, float]]] = {}
        for theme in self.themes.themes:
            for term, weight in theme.terms.items():
                index.setdefault(term, []).append((theme.label, weight))
        return index

    def scores(self, item: NewsItem) -> dict[str, tuple[float, list[tuple[float, str]]]]:
        """Per label: its score and the (contribution, term) pairs behind it, largest first."""
        parts: dict[str, list[tuple[float, str]]] = {theme.label: [] for theme in self.themes.themes}
        text = read_text(item)
        for term, factor in factors(self.matcher, item).items():
            if lured(term, self.themes.lures, text):
                continue
            for label, weight in self.weights.get(term, ()):
                parts[label].append((weight * factor, term))
        return {
            label: (sum(p for p, _ in found), sorted(found, reverse=True)) for label, found in parts.items()
        }

    def classify(self, item: NewsItem) -> Classification:
        scores = self.scores(item)
        label, (top, parts) = max(scores.items(), key=lambda kv: kv[1][0])  # first label wins ties
        threshold = self.themes.threshold
        if top < threshold:
            confidence = 1.0 - top / (2 * threshold)
            near = [t for _, t in parts[:EVIDENCE_TERMS]]
            evidence = (
                f"no {self.themes.industry} theme reached {threshold:g} (best {label} {top:g})",
                *near,
            )
            return Classification(item.id, self.themes.other, confidence, evidence)
        total = sum(score for score, _ in scores.values())
        confidence = (top / total) * (1.0 - math.exp(-top / threshold))
        return Classification(item.id, label, confidence, tuple(t for _, t in parts[:EVIDENCE_TERMS]))


def classify_items(items: list[NewsItem], themes: ThemeSet) -> list[Classification]:
    """One Classification per item, in order."""
    classifier = Classifier(themes)
    return [classifier.classify(item) for item in items]
