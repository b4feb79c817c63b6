"""Ratings to verify, from a CSV/XLSX/Parquet file (date, industry, rating) or a folder of facts.json,
and built reports (facts.json and report.md) to compare."""

from __future__ import annotations

import logging
import unicodedata
from dataclasses import dataclass
from pathlib import Path

from pydantic import ValidationError

from sectorbrief.config import RatingRules
from sectorbrief.errors import DataError, UsageError
from sectorbrief.facts import Facts
from sectorbrief.ratings.record import benchmark_code
from sectorbrief.ratings.verify import RatingEntry
from sectorbrief.sources.raw import RawTable, read_raw
from sectorbrief.sources.values import parse_date
from sectorbrief.taxonomy import sw2021

log = logging.getLogger(__name__)

RATINGS = ("强于大市", "同步大市", "弱于大市")
HEADERS = {
    "date": ("date", "日期", "评级日期"),
    "industry": ("industry", "行业", "code", "代码", "行业代码"),
    "rating": ("rating", "评级", "投资评级"),
}


def read_ratings(path: Path, rules: RatingRules) -> list[RatingEntry]:
    """The ratings in ``path``: a folder of facts.json (each under the rules it recorded), or a table
    file whose ratings all fall under ``rules``. A bad row raises DataError naming file, row and field."""
    if path.is_dir():
        return read_facts_folder(path)
    raw = read_raw(path)
    columns = _columns(path, raw)
    if raw.frame.empty:
        raise DataError(f"{path}: no ratings below the header")
    return [_entry(path, raw, position, columns, rules) for position in range(len(raw.frame))]


def _columns(path: Path, raw: RawTable) -> dict[str, str]:
    found: dict[str, str] = {}
    for header in raw.frame.columns:
        key = unicodedata.normalize("NFKC", str(header)).strip().lower()
        for field, aliases in HEADERS.items():
            if key in aliases:
                found.setdefault(field, header)
    missing = [field for field in HEADERS if field not in found]
    if missing:
        raise DataError(
            f"{path}: no column for {', '.join(missing)} (expected headers date, industry, rating)"
        )
    return found


def _entry(
    path: Path, raw: RawTable, position: int, columns: dict[str, str], rules: RatingRules
) -> RatingEntry:
    where = f"{path} {raw.where(position)}"
    cells = {field: raw.frame.iloc[position][header] for field, header in columns.items()}
    day = parse_date(cells["date"])
    if day is None:
        raise DataError(
            f"{where}, field date: {cells['date']!r} is not a date (YYYY-MM-DD, YYYY/MM/DD or YYYYMMDD)"
        )
    try:
        industry = sw2021().resolve_industry(str(cells["industry"]))
    except UsageError:
        raise DataError(
            f"{where}, field industry: {cells['industry']!r} is not a SW level-1 industry name or code"
        ) from None
    rating = unicodedata.normalize("NFKC", str(cells["rating"])).strip()
    if rating not in RATINGS:
        raise DataError(f"{where}, field rating: {cells['rating']!r} is not one of {'/'.join(RATINGS)}")
    return RatingEntry(day, industry.code, rating, rules, benchmark_code(rules.benchmark), where)


def read_facts_folder(folder: Path) -> list[RatingEntry]:
    """One entry per facts.json under ``folder`` (at any depth), in path order."""
    paths = sorted(folder.rglob("facts.json"))
    if not paths:
        raise DataError(f"{folder}: no facts.json in this folder or below it")
    return [_facts_entry(path) for path in paths]


def _facts_entry(path: Path) -> RatingEntry:
    facts = read_facts(path)
    rating = facts.rating
    if rating is None:
        raise DataError(
            f"{path}, field rating: not recorded (the report was built before ratings were recorded)"
        )
    try:
        rules = RatingRules(
            horizon_months=rating.horizon_months,
            benchmark=rating.benchmark,
            outperform_pp=rating.outperform_pp,
            underperform_pp=rating.underperform_pp,
        )
    except ValidationError as exc:
        raise DataError(f"{path}, field rating: {exc.errors()[0]['msg']}") from None
    if rating.rating not in RATINGS:
        raise DataError(f"{path}, field rating.rating: {rating.rating!r} is not one of {'/'.join(RATINGS)}")
    return RatingEntry(
        rating.date, facts.industry.code, rating.rating, rules, rating.benchmark_code, str(path)
    )


def read_facts(path: Path) -> Facts:
    """A facts.json; DataError naming the file and the first bad field."""
    try:
        return Facts.read(path)
    except OSError as exc:
        raise DataError(f"{path}: cannot read ({exc.strerror or exc})") from None
    except ValidationError as exc:
        first = exc.errors()[0]
        field = ".".join(str(part) for part in first["loc"]) or "(top level)"
        raise DataError(f"{path}, field {field}: {first['msg']}") from None


@dataclass(frozen=True)
class Built:
    """A built report: its facts and its Markdown text (None when the build wrote no report.md)."""

    facts: Facts
    markdown: str | None
    where: Path


def read_built(path: Path) -> Built:
    """A build output folder, or its facts.json (report.md is looked for beside it)."""
    facts_path = path / "facts.json" if path.is_dir() else path
    if not facts_path.exists():
        raise UsageError(f"{path}: no facts.json (give a build output folder or its facts.json)")
    report = facts_path.parent / "report.md"
    markdown = report.read_text(encoding="utf-8") if report.exists() else None
    return Built(read_facts(facts_path), markdown, path)
