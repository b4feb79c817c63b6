"""News that comes as documents: Markdown/TXT (optional front matter), saved HTML pages (text by
trafilatura) and RSS/Atom feeds (feedparser). Imports of the extractors are deferred: they are slow."""

from __future__ import annotations

import datetime as dt
import html
import re
from pathlib import Path
from typing import Any
from urllib.parse import urlparse

from sectorbrief.errors import DataError
from sectorbrief.news.dates import parse_date
from sectorbrief.news.models import NewsItem

_FRONT = re.compile(r"\A---\s*\n(.*?)\n---\s*\n", re.S)
_FIELD = re.compile(r"^\s*([A-Za-z_]+)\s*[:：]\s*(.*?)\s*$")
_TAG = re.compile(r"<[^>]+>")


def read_text_document(path: Path, text: str) -> NewsItem:
    """A Markdown/TXT article: front matter ``id, title, source, published, url``; the title is
    otherwise the first ``#`` heading or first line; the rest is the body."""
    meta: dict[str, str] = {}
    match = _FRONT.match(text)
    if match:
        for line in match.group(1).splitlines():
            field = _FIELD.match(line)
            if field:
                meta[field.group(1).lower()] = field.group(2).strip("'\"")
        text = text[match.end() :]
    lines = [line for line in text.strip().splitlines()]
    title = meta.get("title") or (lines[0].lstrip("#").strip() if lines else "")
    body_lines = lines[1:] if lines and "title" not in meta else lines
    body = "\n".join(body_lines).strip()
    label = f"{path} (item {meta.get('id', path.stem)})"
    for name, value in (
        ("body", body),
        ("source", meta.get("source", "")),
        ("published", meta.get("published", "")),
    ):
        if not value:
            raise DataError(f"{label}: missing field {name!r} (give source and published in front matter)")
    return NewsItem(
        id=meta.get("id", path.stem),
        title=title,
        body=body,
        source=meta["source"],
        published=parse_date(meta["published"], label),
        url=meta.get("url", ""),
        origin=str(path),
    )


def read_html(path: Path, page: str) -> NewsItem:
    """A saved article page: main text, title, site name and date by trafilatura."""
    import trafilatura

    extracted = trafilatura.bare_extraction(page, with_metadata=True)
    doc: dict[str, Any] = (
        {} if extracted is None else extracted if isinstance(extracted, dict) else extracted.as_dict()
    )
    label = f"{path} (item {path.stem})"
    title = str(doc.get("title") or "").strip()
    body = str(doc.get("text") or "").strip()
    if not body:
        raise DataError(f"{label}: no article text could be extracted from this HTML page")
    if title and body.startswith(title):
        body = body[len(title) :].strip()
    url = str(doc.get("url") or "")
    source = str(doc.get("sitename") or urlparse(url).hostname or "")
    if not source:
        raise DataError(f"{label}: missing field 'source' (the page names no site)")
    date = str(doc.get("date") or "")
    if not date:
        raise DataError(f"{label}: missing field 'published' (the page carries no date)")
    return NewsItem(path.stem, title, body, source, parse_date(date[:10], label), url, str(path))


def read_feed(path: Path, text: str) -> list[NewsItem]:
    """Every entry of an RSS or Atom feed; the feed's title is the source."""
    import feedparser

    feed = feedparser.parse(text)
    if not feed.entries:
        reason = f" ({feed.bozo_exception})" if feed.get("bozo") else ""
        raise DataError(f"{path}: no entries in this RSS/Atom feed{reason}")
    source = html.unescape(feed.feed.get("title", "")).strip()
    return [_entry(path, n, entry, source) for n, entry in enumerate(feed.entries, start=1)]


def _entry(path: Path, number: int, entry: Any, source: str) -> NewsItem:
    ident = str(entry.get("id") or entry.get("link") or f"{path.stem}-{number}")
    label = f"{path} entry {number} (item {ident})"
    parsed = entry.get("published_parsed") or entry.get("updated_parsed")
    if not parsed:
        raise DataError(f"{label}: missing field 'published'")
    content = entry.get("content")
    raw = content[0].get("value", "") if content else entry.get("summary", "")
    body = html.unescape(_TAG.sub("\n", raw)).strip()
    if not body:
        raise DataError(f"{label}: missing field 'body'")
    if not source:
        raise DataError(f"{label}: missing field 'source' (the feed has no title)")
    return NewsItem(
        id=ident,
        title=html.unescape(entry.get("title", "")).strip(),
        body=body,
        source=source,
        published=dt.date(parsed.tm_year, parsed.tm_mon, parsed.tm_mday),
        url=str(entry.get("link", "")),
        origin=f"{path} entry {number}",
    )
