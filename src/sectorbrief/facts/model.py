"""The Facts model: every figure a report prints, unrounded, with its provenance.

facts.json is a contract (DESIGN.md): keys may be added, never renamed.
"""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path
from typing import Any

from pydantic import BaseModel, ConfigDict, Field

SCHEMA = "sectorbrief.facts/1"


class IndustryRef(BaseModel):
    code: str
    name: str


class PeriodFacts(BaseModel):
    """Returns over one period (weekly or year-to-date), in % and percentage points, unrounded."""

    base_session: dt.date
    sessions: list[dt.date]
    industry_pct: float
    benchmarks_pct: dict[str, float]
    excess_pp: dict[str, float]
    rank: int
    universe: int
    all_industries_pct: dict[str, float]
    short: bool = False
    """True for a week shortened by holidays (fewer sessions than a full Monday-Friday week)."""


class ValuationFacts(BaseModel):
    """PE-TTM at the end session against the three full calendar years before it."""

    session: dt.date
    pe_ttm: float
    window: tuple[int, int]
    window_mean: float
    window_std: float
    window_sessions: int
    percentile_in_window: float


class Series(BaseModel):
    """A daily series as parallel lists (compact in facts.json): ``dates[i]`` holds ``values[i]``."""

    dates: list[dt.date]
    values: list[float]


class RelativeSeries(BaseModel):
    """Daily closes of the industry and one benchmark over the trailing 12 months, on the same sessions
    (a session one of them lacks carries its previous close forward, as the provenance notes say)."""

    benchmark: str
    dates: list[dt.date]
    industry: list[float]
    benchmark_values: list[float]


class ChartData(BaseModel):
    """The series the report's line charts draw: the PE-TTM band (its window statistics are in
    ``Facts.valuation``) and the 12-month industry-versus-benchmark line."""

    pe_ttm: Series | None = None
    """Daily PE-TTM of the industry from 1 January of the valuation window to the end session."""
    relative: RelativeSeries | None = None


class Provenance(BaseModel):
    model_config = ConfigDict(extra="allow")

    data_source: str
    synthetic: bool = False
    calendar: str
    formulas: dict[str, str] = Field(default_factory=dict)
    notes: list[str] = Field(default_factory=list)
    generator: str = "sectorbrief"


class Facts(BaseModel):
    model_config = ConfigDict(populate_by_name=True, extra="allow")

    schema_: str = Field(default=SCHEMA, alias="schema")
    industry: IndustryRef
    as_of: dt.date
    end_session: dt.date
    periods: dict[str, PeriodFacts]
    valuation: ValuationFacts | None
    provenance: Provenance
    series: ChartData = Field(default_factory=ChartData)
    """The chart series (PE-TTM, 12-month relative), so charts draw from Facts alone."""

    @property
    def weekly(self) -> PeriodFacts:
        return self.periods["weekly"]

    @property
    def ytd(self) -> PeriodFacts:
        return self.periods["ytd"]

    def with_provenance(self, **entries: Any) -> Facts:
        """A copy whose provenance also records ``entries`` (the checker's result, the news step ...)."""
        provenance = self.provenance.model_copy(update=entries)
        return self.model_copy(update={"provenance": provenance})

    def to_json_dict(self) -> dict[str, Any]:
        return self.model_dump(mode="json", by_alias=True)

    def to_json(self) -> str:
        """facts.json's text: indented, but each list of plain values (a chart series) on one line."""
        return dumps(self.to_json_dict())

    def write(self, path: Path) -> None:
        path.write_text(self.to_json(), encoding="utf-8")

    @classmethod
    def read(cls, path: Path) -> Facts:
        return cls.model_validate_json(path.read_text(encoding="utf-8"))


def dumps(value: Any, level: int = 0) -> str:
    """JSON indented by two spaces per level, except that lists of scalars stay on one line."""
    pad, inner = "  " * level, "  " * (level + 1)
    if isinstance(value, dict) and value:
        items = [
            f"{inner}{json.dumps(k, ensure_ascii=False)}: {dumps(v, level + 1)}" for k, v in value.items()
        ]
        return "{\n" + ",\n".join(items) + f"\n{pad}}}"
    if isinstance(value, list) and any(isinstance(item, dict | list) for item in value):
        items = [f"{inner}{dumps(item, level + 1)}" for item in value]
        return "[\n" + ",\n".join(items) + f"\n{pad}]"
    return json.dumps(value, ensure_ascii=False)
