import datetime as dt

import pandas as pd
from hypothesis import given
from hypothesis import strategies as st

from sectorbrief.analytics.coverage import coverage
from sectorbrief.analytics.quality import calendar_gaps, pe_jumps, stops_early
from sectorbrief.calendar import trading_sessions

DAYS = pd.to_datetime(["2026-06-29", "2026-06-30", "2026-07-01", "2026-07-02", "2026-07-03"])


def frame(pe_a: list[float], days_b: pd.DatetimeIndex = DAYS) -> pd.DataFrame:
    a = pd.DataFrame({"date": DAYS, "code": "801770.SI", "name": "通信", "close": 100.0, "pe_ttm": pe_a})
    b = pd.DataFrame({"date": days_b, "code": "801080.SI", "name": "电子", "close": 50.0, "pe_ttm": 30.0})
    return pd.concat([a, b], ignore_index=True)


def table(rows: pd.DataFrame) -> pd.DataFrame:
    return coverage(rows, trading_sessions({ts.date() for ts in rows["date"]}))


def test_a_series_that_stops_early_and_one_with_a_gap_are_named() -> None:
    rows = frame([20.0] * 5, DAYS[[0, 2, 3]])
    assert stops_early(table(rows)) == [
        "801080.SI 电子 stops on 2026-07-02, before the store's last day 2026-07-03"
    ]
    assert calendar_gaps(table(rows)) == ["801080.SI 电子 misses 1 trading session (first 2026-06-30)"]


def test_a_pe_jump_beyond_three_times_is_named_and_a_loss_is_not_a_jump() -> None:
    assert pe_jumps(frame([20.0, 21.0, 70.0, 69.0, 22.0])) == [
        "801770.SI 通信 PE-TTM jumps x3.3 from 21.00 on 2026-06-30 to 70.00 on 2026-07-01"
    ]
    assert pe_jumps(frame([20.0, 21.0, -5.0, -80.0, 22.0])) == []
    assert pe_jumps(frame([20.0, 21.0, 25.0, 30.0, 22.0])) == []


@given(st.floats(0.01, 100.0))
def test_jumps_do_not_depend_on_the_pe_level(scale: float) -> None:
    pe = [20.0, 21.0, 70.0, 69.0, 22.0]
    assert len(pe_jumps(frame([v * scale for v in pe]))) == 1


def test_a_clean_store_has_no_warnings() -> None:
    rows = frame([20.0] * 5)
    assert stops_early(table(rows)) == calendar_gaps(table(rows)) == pe_jumps(rows) == []


def test_dates_are_plain_dates() -> None:
    assert table(frame([20.0] * 5))["first"].iloc[0].date() == dt.date(2026, 6, 29)
