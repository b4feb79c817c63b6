"""The week's industry news: read, normalised, classified into themes, deduplicated, reduced to key
points and ordered for 投资要点 and section 3 产业动态."""

from sectorbrief.news.digest import load_digest
from sectorbrief.news.models import Classification, Digest, DigestItem, Excluded, NewsItem

__all__ = ["Classification", "Digest", "DigestItem", "Excluded", "NewsItem", "load_digest"]
