"""Line charts: the industry's PE-TTM against its window mean, and the industry against 沪深300."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence

import matplotlib.dates as mdates
import numpy as np
from matplotlib.axes import Axes

from sectorbrief.charts.assets import Palette
from sectorbrief.charts.bars import new_axes
from sectorbrief.narrative.format import num


def day_stamps(dates: Sequence[dt.date]) -> np.ndarray:
    """Dates as numpy datetime64[ns], the values a pandas DatetimeIndex of them holds."""
    return np.array(dates, dtype="datetime64[ns]")


def plot_pe_band(
    dates: Sequence[dt.date],
    pe_ttm: Sequence[float],
    *,
    mean: float | None,
    std: float | None,
    palette: Palette | None = None,
    ax: Axes | None = None,
) -> Axes:
    """Daily PE-TTM (倍) on ``dates`` (NaN skipped) with horizontal lines at the window mean and mean ± 1σ."""
    palette = palette or Palette()
    ax = ax if ax is not None else new_axes(6.3, 3.0, (0.5, 0.32, 0.12, 0.3))
    values = np.array(pe_ttm, dtype="float64")
    kept = ~np.isnan(values)
    ax.plot(day_stamps(dates)[kept], values[kept], color=palette.line, linewidth=1.0, label="PE-TTM")
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


def rebased(values: Sequence[float]) -> np.ndarray:
    """``values`` but NaN, divided by the first of them, times 100."""
    clean = np.array(values, dtype="float64")
    clean = clean[~np.isnan(clean)]
    return clean / clean[0] * 100.0


def plot_relative(
    dates: Sequence[dt.date],
    industry: Sequence[float],
    benchmark: Sequence[float],
    *,
    labels: tuple[str, str],
    palette: Palette | None = None,
    ax: Axes | None = None,
) -> Axes:
    """Both series (on the same ``dates``) rebased to 100 at their first session: the title block's
    small chart."""
    palette = palette or Palette()
    ax = ax if ax is not None else new_axes(2.0, 1.4, (0.3, 0.2, 0.05, 0.05))
    days = day_stamps(dates)
    ax.plot(days, rebased(industry), color=palette.industry, linewidth=0.8, label=labels[0])
    ax.plot(days, rebased(benchmark), color=palette.line, linewidth=0.8, label=labels[1])
    ax.axhline(100, color=palette.muted, linewidth=0.5)
    ax.xaxis.set_major_locator(mdates.MonthLocator(bymonth=(1, 4, 7, 10)))
    ax.xaxis.set_major_formatter(mdates.DateFormatter("%y-%m"))
    ax.tick_params(labelsize=5.5, length=2, pad=1.5)
    ax.yaxis.grid(True)
    ax.legend(loc="upper left", fontsize=5.5, handlelength=1.2, borderaxespad=0.2, labelspacing=0.2)
    return ax
