"""Many weeks at once: weekly and year-to-date returns, ranks and PE-TTM standing for every industry.

Vectorised over weeks and industries, for back-tests, rank histories and the benchmark of analytics speed.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence

import numpy as np
import pandas as pd

from sectorbrief.analytics.ranks import ranks_table
from sectorbrief.analytics.returns import returns_table_pct
from sectorbrief.analytics.valuation import window_values


def weekly_panel(
    closes: pd.DataFrame,
    pe: pd.DataFrame,
    industries: Sequence[str],
    periods: Sequence[tuple[dt.date, dt.date, dt.date]],
) -> pd.DataFrame:
    """One row per (end session, industry) for ``periods`` given as (weekly base, ytd base, end).

    Columns: weekly_pct, weekly_rank, ytd_pct, ytd_rank (returns in %, rank 1 = highest),
    pe_ttm (倍), window_mean (倍, the three calendar years before the end's year) and
    percentile_in_window (share of window sessions with a lower PE-TTM, x 100); the window's
    statistics use positive PE-TTM only, as Facts do.
    """
    codes = list(industries)
    prices = closes[codes]
    ends = [p[2] for p in periods]
    weekly = returns_table_pct(prices, [p[0] for p in periods], ends)
    ytd = returns_table_pct(prices, [p[1] for p in periods], ends)
    frame = pd.DataFrame(
        {
            "weekly_pct": weekly.stack(),
            "weekly_rank": ranks_table(weekly).stack(),
            "ytd_pct": ytd.stack(),
            "ytd_rank": ranks_table(ytd).stack(),
        }
    )
    frame.index.names = ["end", "code"]
    standing = pe_standing(pe[codes], ends)
    return frame.join(standing)


def pe_standing(pe: pd.DataFrame, ends: Sequence[dt.date]) -> pd.DataFrame:
    """PE-TTM at each end and its standing in the three calendar years before the end's year."""
    rows = []
    windows: dict[tuple[str, int], np.ndarray] = {}
    current = pe.loc[pd.DatetimeIndex(ends)]
    for end, values in current.iterrows():
        year = pd.Timestamp(end).year
        for code, value in values.items():
            key = (str(code), year)
            if key not in windows:
                values = window_values(pe[code], year - 3, year - 1)
                windows[key] = np.sort(values[values > 0].to_numpy(dtype=float))
            window = windows[key]
            below = np.searchsorted(window, value, side="left")
            rows.append(
                (
                    end,
                    code,
                    value,
                    window.mean() if window.size else np.nan,
                    below / window.size * 100.0 if window.size else np.nan,
                )
            )
    out = pd.DataFrame(rows, columns=["end", "code", "pe_ttm", "window_mean", "percentile_in_window"])
    return out.set_index(["end", "code"])
