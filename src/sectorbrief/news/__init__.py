"""The week's industry news: read, normalised, classified into themes, deduplicated, reduced to key
points and ordered for 投资要点 and section 3 产业动态.

The models are imported here; the reading and classifying modules (numpy, the tokenizer's tables) only
when a digest is made, so a process that only receives a Digest (a build's own) does without them."""

from __future__ import annotations

from pathlib import Path

from sectorbrief.news.models import Classification, Digest, DigestItem, Excluded, NewsItem

__all__ = ["Classification", "Digest", "DigestItem", "Excluded", "NewsItem", "load_digest"]


def load_digest(path: Path, industry_code: str, themes_file: Path | None = None) -> Digest:
    """The digest of the news in ``path`` for the industry ``industry_code`` (news.digest.load_digest)."""
    from sectorbrief.news.digest import load_digest as read_and_classify

    return read_and_classify(path, industry_code, themes_file)
