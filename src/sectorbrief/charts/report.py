"""The report's four charts, drawn from Facts and the Market and saved as PNG and SVG."""

from __future__ import annotations

import datetime as dt
import logging
from collections.abc import Callable
from pathlib import Path

import pandas as pd
from matplotlib.axes import Axes
from matplotlib.figure import Figure

from sectorbrief.charts.assets import ChartFile, Palette
from sectorbrief.charts.bars import plot_returns_bars
from sectorbrief.charts.lines import plot_pe_band, plot_relative
from sectorbrief.charts.style import chart_style
from sectorbrief.facts import Facts, PeriodFacts
from sectorbrief.market import Market
from sectorbrief.taxonomy import sw2021

log = logging.getLogger(__name__)

RELATIVE_BENCHMARK = "沪深300"


def period_returns(period: PeriodFacts) -> pd.Series:
    """Name -> % for the 31 industries and the benchmarks over one period."""
    tax = sw2021()
    values = {tax.name_of(code): pct for code, pct in period.all_industries_pct.items()}
    values.update(period.benchmarks_pct)
    return pd.Series(values, dtype="float64")


def pe_window_series(market: Market, facts: Facts) -> pd.Series:
    """Daily PE-TTM of the industry from the first day of the valuation window to the end session."""
    assert facts.valuation is not None
    first = pd.Timestamp(dt.date(facts.valuation.window[0], 1, 1))
    series = market.pe_ttm[facts.industry.code]
    return series[(series.index >= first) & (series.index <= pd.Timestamp(facts.end_session))]


def trailing_year(market: Market, code: str, end: dt.date) -> pd.Series:
    closes = market.closes[code]
    start = pd.Timestamp(end) - pd.DateOffset(years=1)
    return closes[(closes.index >= start) & (closes.index <= pd.Timestamp(end))]


def benchmark_code(name: str) -> str:
    return next(b.code for b in sw2021().benchmarks if b.name == name)


def save(ax: Axes, folder: Path, key: str) -> ChartFile:
    """Write the axes' figure as ``charts/<key>.png`` and ``.svg`` under ``folder``."""
    charts = folder / "charts"
    charts.mkdir(exist_ok=True)
    figure = ax.get_figure(root=True)
    assert isinstance(figure, Figure)
    png, svg = Path("charts") / f"{key}.png", Path("charts") / f"{key}.svg"
    figure.savefig(folder / png, pil_kwargs={"compress_level": 1})
    figure.savefig(folder / svg, metadata={"Date": None})
    return ChartFile(key=key, png=png, svg=svg)


def draw_report_charts(market: Market, facts: Facts, folder: Path, palette: Palette) -> dict[str, ChartFile]:
    """Draw and save every chart the report shows; return them by key."""
    name = facts.industry.name
    benchmarks = list(facts.weekly.benchmarks_pct)
    drawings: dict[str, Callable[[], Axes]] = {
        "fig1_weekly_returns": lambda: plot_returns_bars(
            period_returns(facts.weekly), industry=name, benchmarks=benchmarks, palette=palette
        ),
        "fig2_ytd_returns": lambda: plot_returns_bars(
            period_returns(facts.ytd), industry=name, benchmarks=benchmarks, palette=palette
        ),
        "relative_hs300": lambda: plot_relative(
            trailing_year(market, facts.industry.code, facts.end_session),
            trailing_year(market, benchmark_code(RELATIVE_BENCHMARK), facts.end_session),
            labels=(f"申万{name}", RELATIVE_BENCHMARK),
            palette=palette,
        ),
    }
    if facts.valuation is not None:
        valuation = facts.valuation
        drawings["fig3_pe_ttm"] = lambda: plot_pe_band(
            pe_window_series(market, facts),
            mean=valuation.window_mean,
            std=valuation.window_std,
            palette=palette,
        )
    files = {}
    with chart_style(palette):
        for key, draw in drawings.items():
            files[key] = save(draw(), folder, key)
            log.debug("chart %s written", key)
    return files
