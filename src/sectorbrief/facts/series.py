"""The chart series of Facts: the industry's PE-TTM over its valuation window and the trailing
12 months of the industry against a benchmark, from the Market."""

from __future__ import annotations

import datetime as dt
import logging

import pandas as pd

from sectorbrief.analytics.align import align_forward
from sectorbrief.facts.model import ChartData, RelativeSeries, Series, ValuationFacts
from sectorbrief.market import Market
from sectorbrief.taxonomy import Index

log = logging.getLogger(__name__)

RELATIVE_BENCHMARK = "沪深300"


def pe_series(market: Market, code: str, valuation: ValuationFacts | None, end: dt.date) -> Series | None:
    """Daily PE-TTM from 1 January of the valuation window's first year to ``end`` (missing days left out)."""
    if valuation is None:
        return None
    pe = market.pe_ttm[code]
    first = pd.Timestamp(dt.date(valuation.window[0], 1, 1))
    pe = pe[(pe.index >= first) & (pe.index <= pd.Timestamp(end))].dropna()
    return Series(dates=[ts.date() for ts in pe.index], values=[float(v) for v in pe.to_numpy()])


def relative_series(
    market: Market, industry: Index, benchmark: Index, end: dt.date, notes: list[str]
) -> RelativeSeries | None:
    """Closes of ``industry`` and ``benchmark`` over the year to ``end`` on the same sessions.

    A session one of them lacks carries its previous close forward; each such day is added to ``notes``.
    """
    if benchmark.code not in market.closes.columns:
        return None
    start, stop = pd.Timestamp(end) - pd.DateOffset(years=1), pd.Timestamp(end)
    window = market.closes[(market.closes.index >= start) & (market.closes.index <= stop)]
    aligned = align_forward({industry.code: window[industry.code], benchmark.code: window[benchmark.code]})
    for code, days in aligned.carried.items():
        if days:
            dates = ", ".join(ts.date().isoformat() for ts in days)
            notes.append(
                f"relative chart: no close for {code} on {dates}; the previous close is carried forward"
            )
    frame = aligned.frame
    return RelativeSeries(
        benchmark=benchmark.name,
        dates=[ts.date() for ts in frame.index],
        industry=[float(v) for v in frame[industry.code].to_numpy()],
        benchmark_values=[float(v) for v in frame[benchmark.code].to_numpy()],
    )


def chart_data(
    market: Market,
    industry: Index,
    benchmark: Index,
    valuation: ValuationFacts | None,
    end: dt.date,
    notes: list[str],
) -> ChartData:
    """Every series the report's line charts draw; gaps noted in ``notes``."""
    return ChartData(
        pe_ttm=pe_series(market, industry.code, valuation, end),
        relative=relative_series(market, industry, benchmark, end, notes),
    )
