"""Facts: every figure a report prints, unrounded, with its provenance (model), and how they are computed."""

from sectorbrief.facts.model import (
    SCHEMA,
    ChartData,
    Facts,
    IndustryRef,
    PeriodFacts,
    Provenance,
    RelativeSeries,
    Series,
    ValuationFacts,
)

__all__ = [
    "SCHEMA",
    "ChartData",
    "Facts",
    "IndustryRef",
    "PeriodFacts",
    "Provenance",
    "RelativeSeries",
    "Series",
    "ValuationFacts",
]
