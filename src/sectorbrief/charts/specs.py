"""What each chart of the report shows, taken from Facts as plain values (names, floats, dates).

A spec is all a chart process needs: it pickles small and unpickles without pandas, pydantic or
Facts, so the processes drawing charts import matplotlib and nothing of the market's
(charts/workers.py). ``FIGURES`` maps a chart key of the report's outline (render/outline.py) to
the spec of it from Facts; a spec's ``plot`` draws it with its ``plot_*`` function.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from typing import TYPE_CHECKING, Protocol

if TYPE_CHECKING:
    from matplotlib.axes import Axes

    from sectorbrief.charts.assets import Palette
    from sectorbrief.facts import Facts, PeriodFacts


class ChartSpec(Protocol):
    """One chart's data, drawn by ``plot`` (matplotlib is imported there, not here)."""

    def plot(self, palette: Palette) -> Axes: ...


@dataclass(frozen=True)
class ReturnsBars:
    """Returns (%) of the 31 industries and the benchmarks over one period: 图表1/2."""

    returns: tuple[tuple[str, float], ...]
    """(name, %) in Facts' order: the industries, then the benchmarks."""
    industry: str
    benchmarks: tuple[str, ...]

    def plot(self, palette: Palette) -> Axes:
        from sectorbrief.charts.bars import plot_returns_bars

        return plot_returns_bars(
            dict(self.returns), industry=self.industry, benchmarks=self.benchmarks, palette=palette
        )


@dataclass(frozen=True)
class PeBand:
    """The industry's daily PE-TTM and its window mean and σ (None: too short a history)."""

    dates: tuple[dt.date, ...]
    values: tuple[float, ...]
    mean: float | None
    std: float | None

    def plot(self, palette: Palette) -> Axes:
        from sectorbrief.charts.lines import plot_pe_band

        return plot_pe_band(self.dates, self.values, mean=self.mean, std=self.std, palette=palette)


@dataclass(frozen=True)
class Relative:
    """The industry's and a benchmark's daily closes over the trailing 12 months, and their labels."""

    dates: tuple[dt.date, ...]
    industry: tuple[float, ...]
    benchmark: tuple[float, ...]
    labels: tuple[str, str]

    def plot(self, palette: Palette) -> Axes:
        from sectorbrief.charts.lines import plot_relative

        return plot_relative(self.dates, self.industry, self.benchmark, labels=self.labels, palette=palette)


def returns_bars(facts: Facts, period: PeriodFacts) -> ReturnsBars:
    from sectorbrief.taxonomy import sw2021

    tax = sw2021()
    values = {tax.name_of(code): pct for code, pct in period.all_industries_pct.items()}
    values.update(period.benchmarks_pct)
    return ReturnsBars(tuple(values.items()), facts.industry.name, tuple(period.benchmarks_pct))


def pe_band(facts: Facts) -> PeBand:
    pe, valuation = facts.series.pe_ttm, facts.valuation
    if pe is None or valuation is None:
        raise ValueError("fig3_pe_ttm needs the valuation and its PE-TTM series in Facts")
    return PeBand(tuple(pe.dates), tuple(pe.values), valuation.window_mean, valuation.window_std)


def relative(facts: Facts) -> Relative:
    rel = facts.series.relative
    if rel is None:
        raise ValueError("relative_hs300 needs the 12-month relative series in Facts")
    labels = (f"申万{facts.industry.name}", rel.benchmark)
    return Relative(tuple(rel.dates), tuple(rel.industry), tuple(rel.benchmark_values), labels)


FIGURES: dict[str, Callable[[Facts], ChartSpec]] = {
    "fig1_weekly_returns": lambda facts: returns_bars(facts, facts.weekly),
    "fig2_ytd_returns": lambda facts: returns_bars(facts, facts.ytd),
    "fig3_pe_ttm": pe_band,
    "relative_hs300": relative,
}


def chart_specs(facts: Facts, keys: Iterable[str]) -> dict[str, ChartSpec]:
    """The specs of the charts ``keys`` names, by key, in that order."""
    return {key: FIGURES[key](facts) for key in keys}
