"""PE-TTM against its own history over a window of full calendar years."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

import numpy as np
import pandas as pd


@dataclass(frozen=True)
class ValuationStats:
    """PE-TTM (倍) at the end session, and the window's mean, standard deviation and percentile."""

    pe_ttm: float
    window_mean: float
    window_std: float
    window_sessions: int
    percentile_in_window: float


def window_values(pe: pd.Series, first_year: int, last_year: int) -> pd.Series:
    """The non-missing PE-TTM values of the sessions in calendar years first_year..last_year."""
    years = pd.DatetimeIndex(pe.index).year
    return pe[(years >= first_year) & (years <= last_year)].dropna()


def valuation_stats(pe: pd.Series, end: dt.date, first_year: int, last_year: int) -> ValuationStats:
    """PE-TTM at ``end`` against the window first_year..last_year (inclusive).

    window_mean: mean of the daily PE-TTM over the window's sessions (倍).
    window_std: their population standard deviation (ddof=0), for the ±1σ bands (倍).
    percentile_in_window: share of window sessions with a PE-TTM strictly lower than at ``end``, x 100.
    Raises ValueError when the end value or the window is missing.
    """
    current = float(pe.loc[pd.Timestamp(end)])
    if np.isnan(current):
        raise ValueError(f"no PE-TTM on {end}")
    window = window_values(pe, first_year, last_year).to_numpy(dtype=float)
    if window.size == 0:
        raise ValueError(f"no PE-TTM in {first_year}-{last_year}")
    return ValuationStats(
        pe_ttm=current,
        window_mean=float(window.mean()),
        window_std=float(window.std(ddof=0)),
        window_sessions=int(window.size),
        percentile_in_window=float((window < current).mean() * 100.0),
    )
