"""Period returns and excess returns."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence

import pandas as pd


def period_returns_pct(closes: pd.DataFrame, base: dt.date, end: dt.date) -> pd.Series:
    """Return of every column from the ``base`` close to the ``end`` close, in percent, unrounded.

    ``closes`` is indexed by session (datetime64) with one column per index code.
    return % = (close_end / close_base - 1) * 100. A column missing either close gives NaN.
    """
    base_row = closes.loc[pd.Timestamp(base)]
    end_row = closes.loc[pd.Timestamp(end)]
    return (end_row / base_row - 1.0) * 100.0


def returns_table_pct(
    closes: pd.DataFrame, bases: Sequence[dt.date], ends: Sequence[dt.date]
) -> pd.DataFrame:
    """Returns in percent for many periods at once: one row per (base, end) pair, one column per code.

    The row index is the end session. Vectorised: one division for all periods and codes.
    """
    base_rows = closes.loc[pd.DatetimeIndex(bases)].to_numpy()
    end_rows = closes.loc[pd.DatetimeIndex(ends)].to_numpy()
    values = (end_rows / base_rows - 1.0) * 100.0
    return pd.DataFrame(values, index=pd.DatetimeIndex(ends), columns=closes.columns)


def excess_pp(subject_pct: float, benchmark_pct: float) -> float:
    """Excess return in percentage points: subject % - benchmark %, both unrounded."""
    return subject_pct - benchmark_pct
