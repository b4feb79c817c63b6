"""Read the week's news: JSONL or CSV items, or a folder (or single file) of Markdown, TXT, saved
HTML pages and RSS/Atom feeds. Every problem is a DataError naming the file and the item."""

from __future__ import annotations

import csv
import io
import json
import logging
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from sectorbrief.errors import DataError
from sectorbrief.news.dates import parse_date
from sectorbrief.news.decode import read_text
from sectorbrief.news.documents import read_feed, read_html, read_text_document
from sectorbrief.news.models import NewsItem

log = logging.getLogger(__name__)

REQUIRED = ("id", "body", "source", "published")
TABLE_SUFFIXES = {".jsonl": "jsonl", ".ndjson": "jsonl", ".csv": "csv"}
DOCUMENT_SUFFIXES = {
    ".md": "text",
    ".markdown": "text",
    ".txt": "text",
    ".html": "html",
    ".htm": "html",
    ".rss": "feed",
    ".atom": "feed",
    ".xml": "feed",
}


def read_items(path: Path) -> list[NewsItem]:
    """Every news item in ``path`` (a file or a folder), in file order; ids must be unique."""
    if not path.exists():
        raise DataError(f"{path}: news file not found")
    items = list(_read_folder(path)) if path.is_dir() else _read_file(path)
    if not items:
        raise DataError(f"{path}: no news items found (empty file or folder)")
    _check_unique(items)
    log.info("read %d news items from %s", len(items), path)
    return items


def _read_file(path: Path) -> list[NewsItem]:
    suffix = path.suffix.lower()
    if suffix in TABLE_SUFFIXES:
        text = read_text(path)
        rows = _jsonl_rows(path, text) if TABLE_SUFFIXES[suffix] == "jsonl" else _csv_rows(path, text)
        return [parse_record(record, origin) for origin, record in rows]
    kind = DOCUMENT_SUFFIXES.get(suffix)
    if kind == "text":
        return [read_text_document(path, read_text(path))]
    if kind == "html":
        return [read_html(path, read_text(path))]
    if kind == "feed":
        return read_feed(path, read_text(path))
    known = ", ".join(sorted({*TABLE_SUFFIXES, *DOCUMENT_SUFFIXES}))
    raise DataError(
        f"{path}: unknown news format {suffix or '(no extension)'!r}; use one of {known} or a folder"
    )


def _read_folder(folder: Path) -> Iterator[NewsItem]:
    for path in sorted(p for p in folder.rglob("*") if p.is_file() and not p.name.startswith(".")):
        yield from _read_file(path)


def _jsonl_rows(path: Path, text: str) -> Iterator[tuple[str, dict[str, Any]]]:
    for number, line in enumerate(text.splitlines(), start=1):
        if not line.strip():
            continue
        try:
            record = json.loads(line)
        except json.JSONDecodeError as exc:
            raise DataError(
                f"{path} line {number}: not valid JSON ({exc.msg} at column {exc.colno})"
            ) from None
        if not isinstance(record, dict):
            raise DataError(f"{path} line {number}: expected a JSON object, got {type(record).__name__}")
        yield f"{path} line {number}", record


def _csv_rows(path: Path, text: str) -> Iterator[tuple[str, dict[str, Any]]]:
    reader = csv.DictReader(io.StringIO(text))
    missing = [name for name in REQUIRED if name not in (reader.fieldnames or [])]
    if reader.fieldnames and missing:
        raise DataError(f"{path}: CSV header lacks column(s) {', '.join(missing)}")
    for number, row in enumerate(reader, start=2):
        yield f"{path} row {number}", {k: v for k, v in row.items() if k is not None}


def parse_record(record: dict[str, Any], origin: str) -> NewsItem:
    """One item from a JSONL/CSV record; unknown fields are ignored, ``title`` and ``url`` optional."""
    label = f"{origin} (item {str(record.get('id', '')).strip() or '?'})"
    for name in REQUIRED:
        value = record.get(name)
        if value is None or not str(value).strip():
            raise DataError(f"{label}: missing field {name!r}")
    return NewsItem(
        id=str(record["id"]).strip(),
        title=str(record.get("title") or "").strip(),
        body=str(record["body"]),
        source=str(record["source"]).strip(),
        published=parse_date(record["published"], label),
        url=str(record.get("url") or "").strip(),
        origin=origin,
    )


def _check_unique(items: list[NewsItem]) -> None:
    seen: dict[str, str] = {}
    for item in items:
        if item.id in seen:
            raise DataError(f"{item.origin}: duplicate news id {item.id!r} (first at {seen[item.id]})")
        seen[item.id] = item.origin
