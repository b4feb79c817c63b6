"""Rating verification rules: the horizon's end, the thresholds, pending ratings."""

from __future__ import annotations

import datetime as dt

import numpy as np
import pandas as pd
import pytest
from hypothesis import given
from hypothesis import strategies as st

from sectorbrief.calendar import Sessions
from sectorbrief.config import RatingRules
from sectorbrief.errors import DataError
from sectorbrief.ratings.verify import ROW_COLUMNS, RatingEntry, horizon_target, judge, verify, verify_entry

D = dt.date
RULES = RatingRules()


@pytest.mark.parametrize(
    ("day", "months", "target"),
    [
        (D(2025, 8, 31), 6, D(2026, 2, 28)),
        (D(2023, 8, 31), 6, D(2024, 2, 29)),
        (D(2026, 1, 15), 6, D(2026, 7, 15)),
        (D(2025, 3, 31), 12, D(2026, 3, 31)),
        (D(2025, 5, 31), 1, D(2025, 6, 30)),
    ],
)
def test_the_horizon_ends_the_same_day_months_later_clipped_to_the_month(
    day: dt.date, months: int, target: dt.date
) -> None:
    assert horizon_target(day, months) == target


@given(st.dates(dt.date(2000, 1, 1), dt.date(2040, 12, 31)), st.integers(1, 60))
def test_the_horizon_target_lands_in_the_right_month_never_past_the_day(day: dt.date, months: int) -> None:
    target = horizon_target(day, months)
    assert (target.year * 12 + target.month) - (day.year * 12 + day.month) == months
    assert target.day == day.day or (target.day < day.day and (target + dt.timedelta(days=1)).day == 1)


@pytest.mark.parametrize(
    ("rating", "relative", "verdict"),
    [
        ("强于大市", 10.0001, "hit"),
        ("强于大市", 10.0, "miss"),
        ("同步大市", 10.0, "hit"),
        ("同步大市", -10.0, "hit"),
        ("同步大市", -10.0001, "miss"),
        ("弱于大市", -10.0001, "hit"),
        ("弱于大市", -9.99, "miss"),
    ],
)
def test_verdicts_follow_the_thresholds(rating: str, relative: float, verdict: str) -> None:
    assert judge(rating, relative, RULES) == verdict


@given(st.floats(-80, 80, allow_nan=False), st.floats(1, 30, allow_nan=False))
def test_exactly_one_rating_is_kept_for_any_relative_return(relative: float, band: float) -> None:
    rules = RatingRules(outperform_pp=band, underperform_pp=-band)
    kept = [r for r in ("强于大市", "同步大市", "弱于大市") if judge(r, relative, rules) == "hit"]
    assert len(kept) == 1


def market(days: list[dt.date], industry: list[float], benchmark: list[float]) -> pd.DataFrame:
    index = pd.DatetimeIndex(pd.to_datetime(days))
    return pd.DataFrame({"801770.SI": industry, "000300.SH": benchmark}, index=index)


DAYS = [D(2026, 1, 5), D(2026, 1, 6), D(2026, 7, 3), D(2026, 7, 6)]
SESSIONS = Sessions(days=tuple(DAYS), source="test")


def entry(day: dt.date, rating: str = "强于大市", rules: RatingRules = RULES) -> RatingEntry:
    return RatingEntry(day, "801770.SI", rating, rules, "000300.SH", "ratings.csv line 2")


@given(
    st.lists(st.floats(1, 1e4, allow_nan=False), min_size=4, max_size=4),
    st.lists(st.floats(1, 1e4, allow_nan=False), min_size=4, max_size=4),
)
def test_relative_return_is_the_difference_of_the_two_returns(
    industry: list[float], bench: list[float]
) -> None:
    closes = market(DAYS, industry, bench)
    row = verify_entry(entry(D(2026, 1, 5)), closes.iloc[:3], SESSIONS)
    assert row["base_session"] == D(2026, 1, 5) and row["end_session"] == D(2026, 7, 3)
    industry_pct = (industry[2] / industry[0] - 1) * 100
    bench_pct = (bench[2] / bench[0] - 1) * 100
    assert row["industry_pct"] == pytest.approx(industry_pct)
    assert row["relative_pp"] == pytest.approx(industry_pct - bench_pct, abs=1e-9)
    assert row["verdict"] == judge("强于大市", row["relative_pp"], RULES)  # type: ignore[arg-type]


def test_a_rating_whose_horizon_ends_past_the_data_is_pending() -> None:
    closes = market(DAYS[:3], [1, 2, 3], [1, 1, 1])
    row = verify_entry(entry(D(2026, 1, 6)), closes, SESSIONS)
    assert row["verdict"] == "pending" and row["end_session"] == D(2026, 7, 6)
    assert row["relative_pp"] is None
    beyond = verify_entry(entry(D(2026, 7, 3)), closes, SESSIONS)  # past the calendar too
    assert beyond["verdict"] == "pending" and beyond["end_session"] is None


def test_a_rating_before_the_data_names_its_row_and_field() -> None:
    closes = market(DAYS, [1, 2, 3, 4], [1, 1, 1, 1])
    with pytest.raises(
        DataError, match=r"ratings.csv line 2, field date: 2025-01-02 is before the market data"
    ):
        verify_entry(entry(D(2025, 1, 2)), closes, SESSIONS)


def test_a_missing_close_names_the_code_and_session() -> None:
    closes = market(DAYS, [1, np.nan, np.nan, 4], [1, 1, 1, 1])
    with pytest.raises(DataError, match="no close for 801770.SI on session 2026-01-06"):
        verify_entry(
            entry(D(2026, 1, 6), rules=RatingRules(horizon_months=6)),
            closes.iloc[[0, 1, 3]],
            Sessions((D(2026, 1, 5), D(2026, 1, 6), D(2026, 7, 6)), "t"),
        )


def test_verify_keeps_the_contract_columns_and_order() -> None:
    closes = market(DAYS, [1, 2, 3, 4], [1, 1, 1, 1])
    rows = verify([entry(D(2026, 1, 6), "同步大市"), entry(D(2026, 1, 5))], closes, SESSIONS)
    assert list(rows.columns) == ROW_COLUMNS
    assert list(rows["date"]) == [D(2026, 1, 6), D(2026, 1, 5)]
