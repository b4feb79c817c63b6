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
from sectorbrief.facts import Facts, IndustryRef, PeriodFacts, PreviousWeekFacts, Provenance, ValuationFacts
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
    "sessions with a lower PE-TTM x 100; window_std = population standard deviation; only positive "
    "PE-TTM enter the window (loss-making sessions are counted in excluded_non_positive); when the "
    "history starts inside the window, the window runs from its first session (window_start)",
    "previous_week": "the calendar week before the end session's week (the week holding the weekly base "
    "session), by the weekly rules; pe_ttm at that week's last session",
}


def resolve_end_session(sessions: Sessions, market: Market, as_of: dt.date) -> dt.date:
    """The last trading session on or before ``as_of``, which must lie within the data."""
    end = sessions.on_or_before(as_of)
    if as_of < market.first_day or end > market.last_day:
        raise UsageError(
            f"as-of date {as_of} is outside the data, which runs from {market.first_day} to {market.last_day}"
        )
    return end


def _closes_on(market: Market, index: Index, *days: dt.date) -> None:
    """DataError naming the data source when ``index`` has no close on one of ``days``."""
    code = index.code
    if code not in market.closes.columns:
        raise DataError(f"{market.source}: no rows for {code} ({index.name}); the data must include it")
    for day in days:
        ts = pd.Timestamp(day)
        if ts not in market.closes.index or pd.isna(market.closes.at[ts, code]):
            raise DataError(f"{market.source}: no close for {code} ({index.name}) on session {day}")


def period_facts(market: Market, period: Period, industry: Index, taxonomy: Taxonomy) -> PeriodFacts:
    """Returns, excess and rank of ``industry`` over ``period``."""
    for index in (industry, *taxonomy.benchmarks):
        _closes_on(market, index, period.base, period.end)
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


def valuation_facts(
    market: Market, industry: Index, end: dt.date, sessions: Sessions
) -> ValuationFacts | None:
    """PE-TTM facts, or None (with a log line) when the data has no PE-TTM for the end session.

    The window is the rule's (three full calendar years before the end's year) cut to what the
    data cover; ``window`` then names the years the statistics really span.
    """
    first, last = window_years(end)
    if industry.code not in market.pe_ttm.columns:
        return None
    opens = sessions.between(dt.date(first, 1, 1), dt.date(first, 12, 31))
    try:
        stats = valuation_stats(
            market.pe_ttm[industry.code], end, first, last, opens[0] if opens else dt.date(first, 1, 1)
        )
    except (KeyError, ValueError) as exc:
        log.warning("valuation left out: %s", exc)
        return None
    window = stats.stats
    return ValuationFacts(
        session=end,
        pe_ttm=stats.pe_ttm,
        window=(first if stats.complete or stats.start is None else stats.start.year, last),
        window_mean=window.mean if window else None,
        window_std=window.std if window else None,
        window_sessions=stats.sessions,
        percentile_in_window=window.percentile if window else None,
        window_start=stats.start,
        window_end=stats.end,
        window_complete=stats.complete,
        excluded_non_positive=stats.excluded,
        loss_making=stats.loss_making,
    )


def previous_week_facts(
    market: Market, sessions: Sessions, week_base: dt.date, industry: Index, taxonomy: Taxonomy
) -> PreviousWeekFacts | None:
    """The calendar week before the report's week (the one holding its base session ``week_base``), by
    the same rules; None (with a log line) when the data does not reach back that far."""
    try:
        previous = week_period(sessions, week_base)
        figures = period_facts(market, previous, industry, taxonomy)
    except (UsageError, DataError, KeyError) as exc:
        log.warning("previous week left out: %s", exc)
        return None
    pe = (
        market.pe_ttm[industry.code].get(pd.Timestamp(previous.end))
        if industry.code in market.pe_ttm
        else None
    )
    return PreviousWeekFacts(
        base_session=previous.base,
        sessions=list(previous.sessions),
        end_session=previous.end,
        industry_pct=figures.industry_pct,
        rank=figures.rank,
        universe=figures.universe,
        pe_ttm=None if pe is None or pd.isna(pe) else float(pe),
    )


def valuation_notes(valuation: ValuationFacts | None) -> list[str]:
    """Provenance notes on what the valuation could not use."""
    if valuation is None:
        return ["no PE-TTM for the end session: valuation left out"]
    notes = []
    if not valuation.window_complete:
        notes.append(
            f"PE-TTM history starts {valuation.window_start}, inside the rule's window: statistics "
            f"cover {valuation.window_sessions} sessions from then"
            if valuation.window_start
            else "no PE-TTM in the rule's window: no comparison with a historical mean"
        )
    if valuation.window_mean is None and valuation.window_start is not None:
        notes.append(
            f"PE-TTM history too short ({valuation.window_sessions} positive sessions in the window)"
        )
    if valuation.excluded_non_positive:
        notes.append(f"{valuation.excluded_non_positive} non-positive PE-TTM values left out of the window")
    if valuation.loss_making:
        notes.append("PE-TTM at the end session is negative (loss-making): no comparison with the mean")
    return notes


def compute_facts(market: Market, industry: Index, as_of: dt.date, taxonomy: Taxonomy) -> Facts:
    """Every figure of the market review and valuation for ``industry`` as of ``as_of``."""
    sessions = trading_sessions(market.days)
    end = resolve_end_session(sessions, market, as_of)
    periods = {
        p.name: period_facts(market, p, industry, taxonomy)
        for p in (week_period(sessions, end), ytd_period(sessions, end))
    }
    previous_week = previous_week_facts(market, sessions, periods["weekly"].base_session, industry, taxonomy)
    notes = list(sessions.notes)
    missing = sorted(set(taxonomy.industry_codes) - set(periods["weekly"].all_industries_pct))
    if missing:
        notes.append("industries without closes for the week, left out of the ranking: " + ", ".join(missing))
    valuation = valuation_facts(market, industry, end, sessions)
    notes += valuation_notes(valuation)
    benchmark = next(b for b in taxonomy.benchmarks if b.name == RELATIVE_BENCHMARK)
    series = chart_data(market, industry, benchmark, valuation, end, notes)
    return Facts(
        industry=IndustryRef(code=industry.code, name=industry.name),
        as_of=as_of,
        end_session=end,
        periods=periods,
        valuation=valuation,
        previous_week=previous_week,
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
