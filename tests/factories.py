"""Facts for narrative and render tests: the reference week's figures, or any you pass."""

from __future__ import annotations

import datetime as dt

from sectorbrief.facts import Facts, IndustryRef, PeriodFacts, Provenance, ValuationFacts

D = dt.date
WEEK = [D(2026, 6, 29), D(2026, 6, 30), D(2026, 7, 1), D(2026, 7, 2), D(2026, 7, 3)]
YTD = [D(2026, 1, 5), D(2026, 7, 3)]


def make_period(
    industry: float,
    hs300: float,
    cyb: float,
    rank: int,
    sessions: list[dt.date] | None = None,
    base: dt.date = D(2026, 6, 26),
) -> PeriodFacts:
    """A period's facts from the industry's and the two benchmarks' returns in %."""
    days = WEEK if sessions is None else sessions
    bench = {"沪深300": hs300, "创业板指": cyb}
    return PeriodFacts(
        base_session=base,
        sessions=days,
        industry_pct=industry,
        benchmarks_pct=bench,
        excess_pp={k: industry - v for k, v in bench.items()},
        rank=rank,
        universe=31,
        all_industries_pct={},
        short=len(days) < 5,
    )


def make_facts(weekly: PeriodFacts | None = None) -> Facts:
    """The demo week (通信, data to 2026-07-03), with ``weekly`` swapped in when given."""
    return Facts(
        industry=IndustryRef(code="801770.SI", name="通信"),
        as_of=D(2026, 7, 5),
        end_session=D(2026, 7, 3),
        periods={
            "weekly": weekly or make_period(-9.1749, -0.5351, -4.1551, 31),
            "ytd": make_period(54.5045, 4.5820, 25.4955, 2, YTD, D(2025, 12, 31)),
        },
        valuation=ValuationFacts(
            session=D(2026, 7, 3),
            pe_ttm=34.4812,
            window=(2023, 2025),
            window_mean=22.0131,
            window_std=3.2,
            window_sessions=726,
            percentile_in_window=100.0,
        ),
        provenance=Provenance(data_source="test", calendar="XSHG"),
    )
