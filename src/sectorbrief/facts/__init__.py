"""Facts: every figure a report prints, unrounded, with its provenance (model), and how they are computed."""

from sectorbrief.facts.model import (
    SCHEMA,
    Facts,
    IndustryRef,
    PeriodFacts,
    PreviousWeekFacts,
    Provenance,
    RatingFacts,
    ValuationFacts,
)

__all__ = [
    "SCHEMA",
    "Facts",
    "IndustryRef",
    "PeriodFacts",
    "PreviousWeekFacts",
    "Provenance",
    "RatingFacts",
    "ValuationFacts",
]
