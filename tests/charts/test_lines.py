import numpy as np
import pandas as pd

from sectorbrief.charts.lines import plot_pe_band, plot_relative, rebased
from sectorbrief.charts.style import chart_style

N = 50
DATES = [day.date() for day in pd.bdate_range("2025-07-01", periods=N)]


def values(start: float = 20.0) -> list[float]:
    return list(start + np.sin(np.arange(N) / 5))


def test_pe_band_draws_mean_and_one_sigma_lines() -> None:
    with chart_style():
        ax = plot_pe_band(DATES, values(), mean=20.0, std=0.5)
    levels = sorted(line.get_ydata()[0] for line in ax.get_lines()[1:])
    assert levels == [19.5, 20.0, 20.5]


def test_relative_rebases_both_to_100() -> None:
    assert rebased([np.nan, 50.0, 75.0]).tolist() == [100.0, 150.0]
    with chart_style():
        ax = plot_relative(DATES, values(start=10), values(start=30), labels=("申万通信", "沪深300"))
    assert [line.get_ydata()[0] for line in ax.get_lines()[:2]] == [100.0, 100.0]


def test_pe_band_skips_missing_days_and_plots_dates_as_pandas_would() -> None:
    import matplotlib.dates as mdates

    pe = values()
    pe[3] = float("nan")
    with chart_style():
        ax = plot_pe_band(DATES, pe, mean=None, std=None)
    line = ax.get_lines()[0]
    expected = mdates.date2num(pd.DatetimeIndex(DATES).delete(3))
    assert list(ax.convert_xunits(line.get_xdata())) == list(expected)
    assert len(line.get_ydata()) == N - 1
