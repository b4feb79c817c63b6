"""summary.csv: one row per report of the batch, with its headline figures, status and seconds."""

from __future__ import annotations

import csv
import dataclasses
import os
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from sectorbrief.batch.names import SUMMARY_FILE
from sectorbrief.batch.plan import Job
from sectorbrief.facts import Facts

OK = "ok"
FAILED = "failed"


@dataclass(frozen=True)
class Row:
    """One report's line: figures unrounded from its Facts (blank when it failed), status, seconds."""

    end_session: str
    code: str
    name: str
    weekly_pct: float | None
    weekly_rank: int | None
    ytd_pct: float | None
    ytd_rank: int | None
    pe_ttm: float | None
    status: str
    seconds: float
    error: str = ""

    @classmethod
    def built(cls, facts: Facts, seconds: float) -> Row:
        return cls(
            end_session=facts.end_session.isoformat(),
            code=facts.industry.code,
            name=facts.industry.name,
            weekly_pct=facts.weekly.industry_pct,
            weekly_rank=facts.weekly.rank,
            ytd_pct=facts.ytd.industry_pct,
            ytd_rank=facts.ytd.rank,
            pe_ttm=facts.valuation.pe_ttm if facts.valuation else None,
            status=OK,
            seconds=seconds,
        )

    @classmethod
    def failed(cls, job: Job, error: str, seconds: float) -> Row:
        return cls(
            job.end.isoformat(), job.code, job.name, None, None, None, None, None, FAILED, seconds, error
        )

    @property
    def key(self) -> str:
        return f"{self.end_session}/{self.code}"

    @property
    def ok(self) -> bool:
        return self.status == OK

    def to_dict(self) -> dict[str, Any]:
        return dataclasses.asdict(self)

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> Row:
        return cls(**data)


COLUMNS = [field.name for field in dataclasses.fields(Row)]


def cell(value: object) -> str:
    """A CSV cell: blank for a missing figure, floats in full (repr) precision."""
    if value is None:
        return ""
    if isinstance(value, float):
        return repr(value)
    return str(value)


def write_summary(rows: Iterable[Row], out: Path) -> Path:
    """Write ``out/summary.csv`` (UTF-8 with BOM, so spreadsheet programs read the Chinese names),
    sorted by end session then code; written beside and moved into place."""
    path = out / SUMMARY_FILE
    tmp = path.with_name(f".{SUMMARY_FILE}.{os.getpid()}.tmp")
    with tmp.open("w", encoding="utf-8-sig", newline="") as handle:
        writer = csv.writer(handle)
        writer.writerow(COLUMNS)
        for row in sorted(rows, key=lambda r: (r.end_session, r.code)):
            writer.writerow([cell(getattr(row, name)) for name in COLUMNS])
    os.replace(tmp, path)
    return path
