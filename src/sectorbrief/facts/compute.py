"""From a Market to Facts: resolve the periods, run the analytics, keep the provenance."""

from __future__ import annotations

import datetime as dt
import logging

import pandas as pd

from sectorbrief import __version__
from sectorbrief.analytics.ranks import rank_desc
from sectorbrief.analytics.returns import excess_pp, period_returns_pct
from sectorbrief.analytics.valuation import valuation_stats
from sectorbrief.calendar import (
    Period,
    Sessions,
    is_short_week,
    trading_sessions,
    week_period,
    window_years,
    ytd_period,
)
from sectorbrief.errors import DataError, UsageError
from sectorbrief.facts import Facts, IndustryRef, PeriodFacts, Provenance, ValuationFacts
from sectorbrief.facts.series import RELATIVE_BENCHMARK, chart_data
from sectorbrief.market import Market
from sectorbrief.taxonomy import Index, Taxonomy

log = logging.getLogger(__name__)

FORMULAS = {
    "return_pct": "(close_end / close_base - 1) x 100, unrounded",
    "excess_pp": "industry_pct - benchmark_pct, both unrounded",
    "rank": "1 = highest return among the SW level-1 industries with closes on both sessions",
    "weekly": "sessions of the Monday-Sunday week holding the end session; base = last session before them",
    "ytd": "base = last session of the previous calendar year",
    "valuation": "PE-TTM at the end session; window = the three full calendar years before its year; "
    "window_mean = mean of daily PE-TTM over the window's sessions; percentile = share of window "
    "sessions with a lower PE-TTM x 100; window_std = population standard deviation",
}


def resolve_end_session(sessions: Sessions, market: Market, as_of: dt.date) -> dt.date:
    """The last trading session on or before ``as_of``, which must lie within the data."""
    end = sessions.on_or_before(as_of)
    if as_of < market.first_day or end > market.last_day:
        raise UsageError(
            f"as-of date {as_of} is outside the data, which runs from {market.first_day} to {market.last_day}"
        )
    return end


def _closes_on(market: Market, code: str, *days: dt.date) -> None:
    for day in days:
        ts = pd.Timestamp(day)
        if (
            code not in market.closes.columns
            or ts not in market.closes.index
            or pd.isna(market.closes.at[ts, code])
        ):
            raise DataError(f"no close for {code} ({market.names.get(code, '?')}) on session {day}")


def period_facts(market: Market, period: Period, industry: Index, taxonomy: Taxonomy) -> PeriodFacts:
    """Returns, excess and rank of ``industry`` over ``period``."""
    for code in (industry.code, *taxonomy.benchmark_codes):
        _closes_on(market, code, period.base, period.end)
    pct = period_returns_pct(market.closes, period.base, period.end)
    industries = pct.reindex(taxonomy.industry_codes).dropna()
    benchmarks = {b.name: float(pct[b.code]) for b in taxonomy.benchmarks}
    industry_pct = float(pct[industry.code])
    return PeriodFacts(
        base_session=period.base,
        sessions=list(period.sessions),
        industry_pct=industry_pct,
        benchmarks_pct=benchmarks,
        excess_pp={name: excess_pp(industry_pct, value) for name, value in benchmarks.items()},
        rank=int(rank_desc(industries)[industry.code]),
        universe=int(industries.size),
        all_industries_pct={code: float(value) for code, value in industries.items()},
        short=period.name == "weekly" and is_short_week(period),
    )


def valuation_facts(market: Market, industry: Index, end: dt.date) -> ValuationFacts | None:
    """PE-TTM facts, or None (with a log line) when the data has no PE-TTM for the end or the window."""
    first, last = window_years(end)
    if industry.code not in market.pe_ttm.columns:
        return None
    try:
        stats = valuation_stats(market.pe_ttm[industry.code], end, first, last)
    except (KeyError, ValueError) as exc:
        log.warning("valuation left out: %s", exc)
        return None
    return ValuationFacts(
        session=end,
        pe_ttm=stats.pe_ttm,
        window=(first, last),
        window_mean=stats.window_mean,
        window_std=stats.window_std,
        window_sessions=stats.window_sessions,
        percentile_in_window=stats.percentile_in_window,
    )


def compute_facts(market: Market, industry: Index, as_of: dt.date, taxonomy: Taxonomy) -> Facts:
    """Every figure of the market review and valuation for ``industry`` as of ``as_of``."""
    sessions = trading_sessions(market.days)
    end = resolve_end_session(sessions, market, as_of)
    periods = {
        p.name: period_facts(market, p, industry, taxonomy)
        for p in (week_period(sessions, end), ytd_period(sessions, end))
    }
    notes = list(sessions.notes)
    missing = sorted(set(taxonomy.industry_codes) - set(periods["weekly"].all_industries_pct))
    if missing:
        notes.append("industries without closes for the week, left out of the ranking: " + ", ".join(missing))
    valuation = valuation_facts(market, industry, end)
    if valuation is None:
        notes.append("no PE-TTM for the end session or its window: valuation left out")
    benchmark = next(b for b in taxonomy.benchmarks if b.name == RELATIVE_BENCHMARK)
    series = chart_data(market, industry, benchmark, valuation, end, notes)
    return Facts(
        industry=IndustryRef(code=industry.code, name=industry.name),
        as_of=as_of,
        end_session=end,
        periods=periods,
        valuation=valuation,
        series=series,
        provenance=Provenance(
            data_source=market.source,
            synthetic=market.synthetic,
            calendar=sessions.source,
            formulas=FORMULAS,
            notes=notes,
            generator=f"sectorbrief {__version__}",
        ),
    )
