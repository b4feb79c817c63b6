import numpy as np
import pandas as pd

from sectorbrief.charts.lines import plot_pe_band, plot_relative, rebased
from sectorbrief.charts.style import chart_style


def series(n: int = 50, start: float = 20.0) -> pd.Series:
    index = pd.bdate_range("2025-07-01", periods=n)
    return pd.Series(start + np.sin(np.arange(n) / 5), index=index)


def test_pe_band_draws_mean_and_one_sigma_lines() -> None:
    with chart_style():
        ax = plot_pe_band(series(), mean=20.0, std=0.5)
    levels = sorted(line.get_ydata()[0] for line in ax.get_lines()[1:])
    assert levels == [19.5, 20.0, 20.5]


def test_relative_rebases_both_to_100() -> None:
    assert rebased(pd.Series([np.nan, 50.0, 75.0])).tolist() == [100.0, 150.0]
    with chart_style():
        ax = plot_relative(series(start=10), series(start=30), labels=("申万通信", "沪深300"))
    assert [line.get_ydata()[0] for line in ax.get_lines()[:2]] == [100.0, 100.0]
