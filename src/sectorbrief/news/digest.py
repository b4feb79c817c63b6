"""The week's news as a digest: ingest → normalise → route → classify → dedup → key points → order.

A feed may be mixed: items are routed first and only the industry's own (routed to it, or naming it
as a second industry) are classified into its themes; the rest are listed as excluded."""

from __future__ import annotations

import logging
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

from sectorbrief.news.classify import classify_items
from sectorbrief.news.dedup import clusters
from sectorbrief.news.ingest import read_items
from sectorbrief.news.keypoints import key_point, section_title
from sectorbrief.news.models import Classification, Digest, DigestItem, Excluded, NewsItem
from sectorbrief.news.normalise import normalise_item
from sectorbrief.news.route import Route, route_items
from sectorbrief.news.themes import ThemeSet, load_theme_set

log = logging.getLogger(__name__)


def load_digest(path: Path, industry_code: str, themes_file: Path | None = None) -> Digest:
    """The digest of the news in ``path`` for the industry ``industry_code`` (801770.SI)."""
    themes = load_theme_set(industry_code, themes_file)
    items, warnings = normalise_all(read_items(path))
    own, others = split_by_industry(items, industry_code)
    digest = build_digest(own, themes, warnings)
    digest.excluded.extend(Excluded(i.id, i.title, i.source, 1.0) for i in others)
    return digest


def split_by_industry(items: list[NewsItem], industry_code: str) -> tuple[list[NewsItem], list[NewsItem]]:
    """The items of ``industry_code`` (routed to it or naming it as a second industry), and the rest."""
    routes = route_items(items)
    own = [item for item, route in zip(items, routes, strict=True) if concerns(route, industry_code)]
    others = [item for item, route in zip(items, routes, strict=True) if not concerns(route, industry_code)]
    log.info("news feed: %d items of %s, %d routed elsewhere", len(own), industry_code, len(others))
    return own, others


def concerns(route: Route, industry_code: str) -> bool:
    return route.industry == industry_code or any(code == industry_code for code, _ in route.also)


def normalise_all(items: list[NewsItem]) -> tuple[list[NewsItem], list[str]]:
    """Every item normalised, and the warnings of the term fixes made."""
    out: list[NewsItem] = []
    warnings: list[str] = []
    for item in items:
        fixed, notes = normalise_item(item)
        out.append(fixed)
        warnings.extend(notes)
    return out, warnings


def build_digest(items: list[NewsItem], themes: ThemeSet, warnings: list[str] | None = None) -> Digest:
    """Classify, merge duplicates and order ``items`` (already normalised) into a Digest."""
    labels = classify_items(items, themes)
    kept = [(item, c) for item, c in zip(items, labels, strict=True) if c.theme != themes.other]
    excluded = [
        Excluded(item.id, item.title, item.source, c.confidence)
        for item, c in zip(items, labels, strict=True)
        if c.theme == themes.other
    ]
    groups = clusters([item.text for item, _ in kept], [c.theme for _, c in kept])
    merged = [_merge([kept[i] for i in group]) for group in groups]
    order = {label: n for n, label in enumerate(themes.labels)}
    merged.sort(key=lambda d: (order[d.theme], d.published))
    log.info(
        "news digest: %d items, %d merged away, %d excluded",
        len(merged),
        len(kept) - len(merged),
        len(excluded),
    )
    return Digest(themes.industry, merged, list(warnings or []), excluded)


@dataclass(frozen=True)
class Chosen:
    """One item an analyst picked for 产业动态, under a theme, with an edited title and key point."""

    item: NewsItem
    theme: str
    title: str | None = None
    key_point: str | None = None


def chosen_digest(industry_code: str, chosen: Sequence[Chosen], warnings: list[str] | None = None) -> Digest:
    """A Digest of exactly ``chosen``, in the given order: no routing, classification or merging
    (the analyst decided); titles and key points default to those drawn from the item."""
    items = [
        DigestItem(
            theme=c.theme,
            title=c.title or section_title(c.item),
            key_point=c.key_point or key_point(c.item),
            body=[p.strip() for p in c.item.body.split("\n") if p.strip()],
            sources=[c.item.source],
            urls=[c.item.url] if c.item.url else [],
            published=c.item.published,
            ids=[c.item.id],
        )
        for c in chosen
    ]
    return Digest(industry_code, items, list(warnings or []))


def _merge(members: list[tuple[NewsItem, Classification]]) -> DigestItem:
    """One DigestItem for an event: the earliest (then longest) report leads, every outlet is cited."""
    ordered = sorted(members, key=lambda m: (m[0].published, -len(m[0].body)))
    lead, label = ordered[0]
    by_date = sorted(members, key=lambda m: m[0].published)
    return DigestItem(
        theme=label.theme,
        title=section_title(lead),
        key_point=key_point(lead),
        body=[p.strip() for p in lead.body.split("\n") if p.strip()],
        sources=list(dict.fromkeys(m.source for m, _ in by_date)),
        urls=list(dict.fromkeys(m.url for m, _ in by_date if m.url)),
        published=lead.published,
        ids=[m.id for m, _ in by_date],
        confidence=max(c.confidence for _, c in members),
        evidence=label.evidence,
    )
