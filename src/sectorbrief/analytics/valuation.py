"""PE-TTM against its own history over a window of full calendar years.

A loss-making industry has a negative PE-TTM; such values (and zero) carry no valuation
multiple, so the window's statistics use only positive values and count the others.
The window is what the data really cover: when the history starts inside the rule's window,
the statistics run from that first session, and the caller must say so.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

import numpy as np
import pandas as pd

MIN_WINDOW_SESSIONS = 20
"""Fewer positive PE-TTM sessions than this in the window: too short a history to compare with."""


@dataclass(frozen=True)
class WindowStats:
    """The window's positive daily PE-TTM (倍): mean, population standard deviation, percentile."""

    mean: float
    std: float
    percentile: float


@dataclass(frozen=True)
class ValuationStats:
    """PE-TTM (倍) at the end session and the window it is compared with.

    ``start``/``end``: first and last session with a PE-TTM in the window (None when none);
    ``complete``: the history reaches back to the window's first session; ``sessions``: positive
    values used; ``excluded``: non-positive values left out; ``stats`` None when the history
    is too short (fewer than MIN_WINDOW_SESSIONS positive values).
    """

    pe_ttm: float
    start: dt.date | None
    end: dt.date | None
    complete: bool
    sessions: int
    excluded: int
    stats: WindowStats | None

    @property
    def loss_making(self) -> bool:
        """PE-TTM at the end session is zero or negative: earnings are a loss, no multiple to compare."""
        return self.pe_ttm <= 0


def window_values(pe: pd.Series, first_year: int, last_year: int) -> pd.Series:
    """The non-missing PE-TTM values of the sessions in calendar years first_year..last_year."""
    years = pd.DatetimeIndex(pe.index).year
    return pe[(years >= first_year) & (years <= last_year)].dropna()


def window_stats(values: np.ndarray, current: float) -> WindowStats:
    """Mean and population std (ddof=0) of positive ``values``; share strictly below ``current`` x 100."""
    return WindowStats(
        mean=float(values.mean()),
        std=float(values.std(ddof=0)),
        percentile=float((values < current).mean() * 100.0),
    )


def valuation_stats(
    pe: pd.Series, end: dt.date, first_year: int, last_year: int, window_opens: dt.date
) -> ValuationStats:
    """PE-TTM at ``end`` against the window first_year..last_year (inclusive).

    ``window_opens`` is the window's first trading session: the window is complete when the
    series has a value (of any sign) on or before it. Raises ValueError when there is no
    PE-TTM at ``end``.
    """
    current = float(pe.loc[pd.Timestamp(end)])
    if np.isnan(current):
        raise ValueError(f"no PE-TTM on {end}")
    known = pe.dropna()
    window = window_values(pe, first_year, last_year)
    positive = window[window > 0].to_numpy(dtype=float)
    days = [ts.date() for ts in pd.DatetimeIndex(window.index)]
    return ValuationStats(
        pe_ttm=current,
        start=days[0] if days else None,
        end=days[-1] if days else None,
        complete=bool(len(known)) and pd.Timestamp(known.index[0]).date() <= window_opens,
        sessions=int(positive.size),
        excluded=int(window.size - positive.size),
        stats=window_stats(positive, current) if positive.size >= MIN_WINDOW_SESSIONS else None,
    )
