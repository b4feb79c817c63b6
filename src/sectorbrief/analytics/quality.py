"""Warnings about stored series a person should look at before trusting a report (pure, no I/O).

Three kinds: a series that stops before the others (a failed fetch, a partial export), sessions
missing against the trading calendar, and a PE-TTM that jumps by more than a factor of
PE_JUMP from one stored day to the next (a unit slip, a restated constituent, a bad row).
"""

from __future__ import annotations

import pandas as pd

PE_JUMP = 3.0
"""A day-to-day PE-TTM ratio above this (or below its inverse), both values positive, is flagged."""


def stops_early(table: pd.DataFrame) -> list[str]:
    """Series whose last date is before the latest last date of all series (``coverage`` table)."""
    latest = table["last"].max()
    late = table.loc[table["last"] < latest]
    return [
        f"{row.code} {row.name} stops on {row.last.date()}, before the store's last day {latest.date()}"
        for row in late.itertuples(index=False)
    ]


def calendar_gaps(table: pd.DataFrame) -> list[str]:
    """Series missing sessions between their first and last date (``coverage`` table)."""
    return [
        f"{row.code} {row.name} misses {row.gap_count} trading session{'s' if row.gap_count > 1 else ''} "
        f"(first {row.gaps[0]})"
        for row in table.itertuples(index=False)
        if row.gap_count
    ]


def pe_jumps(frame: pd.DataFrame, factor: float = PE_JUMP) -> list[str]:
    """The largest day-to-day PE-TTM jump beyond ``factor`` of each series of a long market frame."""
    out = []
    for code, rows in frame.dropna(subset=["pe_ttm"]).sort_values("date").groupby("code", sort=True):
        pe = rows["pe_ttm"].to_numpy(dtype=float)
        if pe.size < 2:
            continue
        before, after = pe[:-1], pe[1:]
        both = (before > 0) & (after > 0)
        ratio = pd.Series(after / before).where(both)
        size = ratio.where(ratio >= 1, 1 / ratio)
        if not (size > factor).any():
            continue
        i = int(size.idxmax())
        days = rows["date"].to_numpy()
        out.append(
            f"{code} {rows['name'].iloc[-1]} PE-TTM jumps x{size[i]:.1f} from {before[i]:.2f} on "
            f"{pd.Timestamp(days[i]).date()} to {after[i]:.2f} on {pd.Timestamp(days[i + 1]).date()}"
        )
    return out
