"""The week's news as a digest: ingest → normalise → classify → dedup → key points → order."""

from __future__ import annotations

import logging
from pathlib import Path

from sectorbrief.news.classify import classify_items
from sectorbrief.news.dedup import clusters
from sectorbrief.news.ingest import read_items
from sectorbrief.news.keypoints import key_point, section_title
from sectorbrief.news.models import Classification, Digest, DigestItem, Excluded, NewsItem
from sectorbrief.news.normalise import normalise_item
from sectorbrief.news.themes import ThemeSet, load_theme_set

log = logging.getLogger(__name__)


def load_digest(path: Path, industry_code: str, themes_file: Path | None = None) -> Digest:
    """The digest of the news in ``path`` for the industry ``industry_code`` (801770.SI)."""
    themes = load_theme_set(industry_code, themes_file)
    items, warnings = normalise_all(read_items(path))
    return build_digest(items, themes, warnings)


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
