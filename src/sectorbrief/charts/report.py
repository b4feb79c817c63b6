"""The report's charts, drawn from Facts alone and kept as PNG and SVG bytes (nothing on disk).

``FIGURES`` maps a chart key of the report's outline (render/outline.py) to the function that draws it
from Facts: a new chart is one ``plot_*`` function, one entry here and one entry in the outline.
"""

from __future__ import annotations

import io
import logging
from collections.abc import Callable, Iterable

import pandas as pd
from matplotlib.axes import Axes
from matplotlib.figure import Figure

from sectorbrief.charts.assets import ChartImage, Palette
from sectorbrief.charts.bars import plot_returns_bars
from sectorbrief.charts.lines import plot_pe_band, plot_relative
from sectorbrief.charts.style import chart_style
from sectorbrief.facts import Facts, PeriodFacts
from sectorbrief.taxonomy import sw2021

log = logging.getLogger(__name__)


def period_returns(period: PeriodFacts) -> pd.Series:
    """Name -> % for the 31 industries and the benchmarks over one period."""
    tax = sw2021()
    values = {tax.name_of(code): pct for code, pct in period.all_industries_pct.items()}
    values.update(period.benchmarks_pct)
    return pd.Series(values, dtype="float64")


def returns_bars(facts: Facts, period: PeriodFacts, palette: Palette) -> Axes:
    return plot_returns_bars(
        period_returns(period),
        industry=facts.industry.name,
        benchmarks=list(period.benchmarks_pct),
        palette=palette,
    )


def pe_band(facts: Facts, palette: Palette) -> Axes:
    pe, valuation = facts.series.pe_ttm, facts.valuation
    if pe is None or valuation is None:
        raise ValueError("fig3_pe_ttm needs the valuation and its PE-TTM series in Facts")
    series = pd.Series(pe.values, index=pd.DatetimeIndex(pe.dates), dtype="float64")
    return plot_pe_band(series, mean=valuation.window_mean, std=valuation.window_std, palette=palette)


def relative(facts: Facts, palette: Palette) -> Axes:
    rel = facts.series.relative
    if rel is None:
        raise ValueError("relative_hs300 needs the 12-month relative series in Facts")
    index = pd.DatetimeIndex(rel.dates)
    return plot_relative(
        pd.Series(rel.industry, index=index, dtype="float64"),
        pd.Series(rel.benchmark_values, index=index, dtype="float64"),
        labels=(f"申万{facts.industry.name}", rel.benchmark),
        palette=palette,
    )


FIGURES: dict[str, Callable[[Facts, Palette], Axes]] = {
    "fig1_weekly_returns": lambda facts, palette: returns_bars(facts, facts.weekly, palette),
    "fig2_ytd_returns": lambda facts, palette: returns_bars(facts, facts.ytd, palette),
    "fig3_pe_ttm": pe_band,
    "relative_hs300": relative,
}


def image(ax: Axes, key: str) -> ChartImage:
    """The axes' figure as PNG and SVG bytes."""
    figure = ax.get_figure(root=True)
    assert isinstance(figure, Figure)
    png, svg = io.BytesIO(), io.BytesIO()
    figure.savefig(png, format="png", pil_kwargs={"compress_level": 1})
    figure.savefig(svg, format="svg", metadata={"Date": None})
    return ChartImage(key=key, png=png.getvalue(), svg=svg.getvalue())


def draw_report_charts(facts: Facts, keys: Iterable[str], palette: Palette) -> dict[str, ChartImage]:
    """Draw the charts named by ``keys`` from ``facts``; return their images by key."""
    images = {}
    with chart_style(palette):
        for key in keys:
            images[key] = image(FIGURES[key](facts, palette), key)
            log.debug("chart %s drawn", key)
    return images
