"""Check ratings against the market: industry vs benchmark over the rating's horizon, hit or miss.

Pure: closes (a wide frame indexed by session) and sessions in, one row per rating out.
For a rating given on ``date``: base = the last session on or before ``date``; end = the last session
on or before the same day ``horizon_months`` calendar months later (the day clipped to the month's
end: 08-31 + 6 months -> 02-28/29). return % = (close_end / close_base - 1) x 100; relative pp =
industry % - benchmark %, unrounded. A rating whose end lies beyond the data is pending.
"""

from __future__ import annotations

import datetime as dt
import logging
from dataclasses import dataclass
from typing import Literal

import pandas as pd

from sectorbrief.analytics.returns import excess_pp, period_returns_pct
from sectorbrief.calendar import Sessions
from sectorbrief.config import RatingRules
from sectorbrief.errors import DataError

log = logging.getLogger(__name__)

Verdict = Literal["hit", "miss", "pending"]
ROW_COLUMNS = [
    "date",
    "industry",
    "rating",
    "base_session",
    "end_session",
    "industry_pct",
    "benchmark_pct",
    "relative_pp",
    "verdict",
]
"""The contract of `ratings verify --format json` rows, in order."""


@dataclass(frozen=True)
class RatingEntry:
    """One rating to verify: given on ``date`` for ``industry`` (SW code), under ``rules``."""

    date: dt.date
    industry: str
    rating: str
    rules: RatingRules
    benchmark_code: str
    where: str
    """Where the rating came from, for error messages: 'ratings.csv line 4', a facts.json path."""


def horizon_target(day: dt.date, months: int) -> dt.date:
    """The same day ``months`` calendar months later, clipped to the month's end (08-31 + 6 -> 02-28)."""
    target: pd.Timestamp = pd.Timestamp(day) + pd.DateOffset(months=months)
    return target.date()


def judge(rating: str, relative_pp: float, rules: RatingRules) -> Verdict:
    """hit when ``relative_pp`` (unrounded) keeps the rating's promise, else miss.

    强于大市: relative > outperform_pp; 弱于大市: relative < underperform_pp; 同步大市: in between,
    both ends included.
    """
    kept = {
        "强于大市": relative_pp > rules.outperform_pp,
        "同步大市": rules.underperform_pp <= relative_pp <= rules.outperform_pp,
        "弱于大市": relative_pp < rules.underperform_pp,
    }[rating]
    return "hit" if kept else "miss"


def _end_session(entry: RatingEntry, sessions: Sessions) -> dt.date | None:
    """The horizon's end session, or None when the calendar does not reach the target day."""
    target = horizon_target(entry.date, entry.rules.horizon_months)
    return sessions.on_or_before(target) if target <= sessions.days[-1] else None


def _check_closes(entry: RatingEntry, closes: pd.DataFrame, *days: dt.date) -> None:
    for code in (entry.industry, entry.benchmark_code):
        for day in days:
            ts = pd.Timestamp(day)
            if code not in closes.columns or ts not in closes.index or pd.isna(closes.at[ts, code]):
                raise DataError(f"{entry.where}: the market data has no close for {code} on session {day}")


def verify_entry(entry: RatingEntry, closes: pd.DataFrame, sessions: Sessions) -> dict[str, object]:
    """One row of ROW_COLUMNS for ``entry``; figures None while pending."""
    first, last = closes.index[0].date(), closes.index[-1].date()
    if entry.date < first:
        raise DataError(
            f"{entry.where}, field date: {entry.date} is before the market data, which starts {first}"
        )
    base = sessions.on_or_before(entry.date)
    end = _end_session(entry, sessions)
    row: dict[str, object] = {
        "date": entry.date,
        "industry": entry.industry,
        "rating": entry.rating,
        "base_session": base,
        "end_session": end,
        "industry_pct": None,
        "benchmark_pct": None,
        "relative_pp": None,
        "verdict": "pending",
    }
    if end is None or end > last:
        return row
    _check_closes(entry, closes, base, end)
    pct = period_returns_pct(closes[[entry.industry, entry.benchmark_code]], base, end)
    industry_pct, benchmark_pct = float(pct[entry.industry]), float(pct[entry.benchmark_code])
    relative = excess_pp(industry_pct, benchmark_pct)
    row.update(
        industry_pct=industry_pct,
        benchmark_pct=benchmark_pct,
        relative_pp=relative,
        verdict=judge(entry.rating, relative, entry.rules),
    )
    return row


def verify(entries: list[RatingEntry], closes: pd.DataFrame, sessions: Sessions) -> pd.DataFrame:
    """One row per entry (ROW_COLUMNS), in the entries' order."""
    rows = [verify_entry(entry, closes, sessions) for entry in entries]
    log.info("verified %d rating(s)", len(rows))
    return pd.DataFrame(rows, columns=ROW_COLUMNS)
