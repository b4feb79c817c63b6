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
    """PE-TTM at the end session against the three full calendar years before it, or as much of
    them as the data cover (``window_complete`` False, from ``window_start``).

    ``window`` holds the calendar years the statistics really span. The statistics use positive
    PE-TTM only (``excluded_non_positive`` counts the rest); they are None when the history is
    too short to compare with. ``loss_making``: PE-TTM at the end session is negative (or zero).
    """

    session: dt.date
    pe_ttm: float
    window: tuple[int, int]
    window_mean: float | None
    window_std: float | None
    window_sessions: int
    percentile_in_window: float | None
    window_start: dt.date | None = None
    window_end: dt.date | None = None
    window_complete: bool = True
    excluded_non_positive: int = 0
    loss_making: bool = False

    @property
    def comparable(self) -> bool:
        """A comparison with the window's mean can be printed: PE-TTM positive and enough history."""
        return not self.loss_making and self.window_mean is not None


class PreviousWeekFacts(BaseModel):
    """The calendar week before the report's week, by the same period rules and from the same market:
    the industry's return (%), rank and PE-TTM at that week's last session, unrounded."""

    base_session: dt.date
    sessions: list[dt.date]
    end_session: dt.date
    industry_pct: float
    rank: int
    universe: int
    pe_ttm: float | None = None


class RatingFacts(BaseModel):
    """The rating a report carries and the promise it makes (the house style's rating_rules), so a
    published facts.json can be verified later on its own: industry vs ``benchmark`` over
    ``horizon_months`` from ``date`` (the publication date)."""

    rating: str
    change: str
    date: dt.date
    horizon_months: int
    benchmark: str
    benchmark_code: str
    outperform_pp: float
    underperform_pp: float


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
    previous_week: PreviousWeekFacts | None = None
    rating: RatingFacts | None = None

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

    def write(self, path: Path) -> None:
        path.write_text(json.dumps(self.to_json_dict(), ensure_ascii=False, indent=2), encoding="utf-8")

    @classmethod
    def read(cls, path: Path) -> Facts:
        return cls.model_validate_json(path.read_text(encoding="utf-8"))
