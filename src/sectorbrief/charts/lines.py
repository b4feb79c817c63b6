"""Line charts: the industry's PE-TTM against its window mean, and the industry against 沪深300."""

from __future__ import annotations

import matplotlib.dates as mdates
import pandas as pd
from matplotlib.axes import Axes

from sectorbrief.charts.assets import Palette
from sectorbrief.charts.bars import new_axes
from sectorbrief.narrative.format import num


def plot_pe_band(
    pe_ttm: pd.Series,
    *,
    mean: float | None,
    std: float | None,
    palette: Palette | None = None,
    ax: Axes | None = None,
) -> Axes:
    """Daily PE-TTM (倍) with horizontal lines at the window mean and mean ± 1σ."""
    palette = palette or Palette()
    ax = ax if ax is not None else new_axes(6.3, 3.0, (0.5, 0.32, 0.12, 0.3))
    series = pe_ttm.dropna()
    ax.plot(series.index, series.to_numpy(), color=palette.line, linewidth=1.0, label="PE-TTM")
    if mean is not None and std is not None:  # None: too short a history for a mean
        ax.axhline(mean, color=palette.industry, linewidth=0.9, linestyle="--", label=f"均值 {num(mean)}")
        for level, name in ((mean + std, f"+1σ {num(mean + std)}"), (mean - std, f"-1σ {num(mean - std)}")):
            ax.axhline(level, color=palette.muted, linewidth=0.8, linestyle=":", label=name)
    ax.yaxis.grid(True)
    ax.set_ylabel("倍", rotation=0, labelpad=8, va="center")
    ax.xaxis.set_major_formatter(mdates.DateFormatter("%Y-%m"))
    ax.margins(x=0.01)
    ax.legend(loc="lower left", bbox_to_anchor=(0, 1.0), ncol=4, handlelength=1.6, borderaxespad=0.1)
    return ax


def rebased(series: pd.Series) -> pd.Series:
    """``series`` divided by its first valid value, times 100."""
    clean = series.dropna()
    return clean / clean.iloc[0] * 100.0


def plot_relative(
    industry: pd.Series,
    benchmark: pd.Series,
    *,
    labels: tuple[str, str],
    palette: Palette | None = None,
    ax: Axes | None = None,
) -> Axes:
    """Both series rebased to 100 at their first session: the title block's small chart."""
    palette = palette or Palette()
    ax = ax if ax is not None else new_axes(2.0, 1.4, (0.3, 0.2, 0.05, 0.05))
    ax.plot(
        industry.index, rebased(industry).to_numpy(), color=palette.industry, linewidth=0.8, label=labels[0]
    )
    ax.plot(
        benchmark.index, rebased(benchmark).to_numpy(), color=palette.line, linewidth=0.8, label=labels[1]
    )
    ax.axhline(100, color=palette.muted, linewidth=0.5)
    ax.xaxis.set_major_locator(mdates.MonthLocator(bymonth=(1, 4, 7, 10)))
    ax.xaxis.set_major_formatter(mdates.DateFormatter("%y-%m"))
    ax.tick_params(labelsize=5.5, length=2, pad=1.5)
    ax.yaxis.grid(True)
    ax.legend(loc="upper left", fontsize=5.5, handlelength=1.2, borderaxespad=0.2, labelspacing=0.2)
    return ax
