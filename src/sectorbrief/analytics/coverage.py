"""Which trading sessions each stored series covers, and which it is missing (pure, no I/O)."""

from __future__ import annotations

import bisect
import datetime as dt

import pandas as pd

from sectorbrief.calendar import Sessions

COVERAGE_COLUMNS = ["code", "name", "first", "last", "rows", "gap_count", "gaps"]


def missing_sessions(
    present: set[dt.date], sessions: Sessions, first: dt.date, last: dt.date
) -> list[dt.date]:
    """Sessions with first <= session <= last that are not in ``present``, in order."""
    low = bisect.bisect_left(sessions.days, first)
    high = bisect.bisect_right(sessions.days, last)
    return [day for day in sessions.days[low:high] if day not in present]


def coverage(frame: pd.DataFrame, sessions: Sessions) -> pd.DataFrame:
    """One row per code of a long market frame, ordered by code.

    Columns: code, name (its latest), first and last date (datetime64), rows, gap_count and
    gaps (the list of sessions between first and last that have no row, as dates).
    """
    records = []
    for code, rows in frame.sort_values("date").groupby("code", sort=True):
        present = {ts.date() for ts in rows["date"]}
        first, last = min(present), max(present)
        gaps = missing_sessions(present, sessions, first, last)
        records.append(
            {
                "code": code,
                "name": rows["name"].iloc[-1],
                "first": pd.Timestamp(first),
                "last": pd.Timestamp(last),
                "rows": len(rows),
                "gap_count": len(gaps),
                "gaps": gaps,
            }
        )
    return pd.DataFrame.from_records(records, columns=COVERAGE_COLUMNS)
