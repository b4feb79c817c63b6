from __future__ import annotations

import datetime as dt

import pandas as pd

from sectorbrief.analytics.coverage import coverage, missing_sessions
from sectorbrief.calendar import Sessions

DAYS = tuple(d.date() for d in pd.bdate_range("2026-06-01", "2026-06-12"))
SESSIONS = Sessions(days=DAYS, source="test")


def test_missing_sessions_between_first_and_last_only() -> None:
    present = set(DAYS[2:8]) - {DAYS[4], DAYS[5]}
    assert missing_sessions(present, SESSIONS, DAYS[2], DAYS[7]) == [DAYS[4], DAYS[5]]


def test_coverage_per_code(market_rows: pd.DataFrame) -> None:
    rows = market_rows[market_rows["date"] <= "2026-06-12"]
    rows = rows[~((rows["code"] == "801010.SI") & (rows["date"] == "2026-06-03"))]
    table = coverage(rows, SESSIONS)
    assert table["code"].tolist() == ["000300.SH", "801010.SI", "801770.SI"]
    assert table["rows"].tolist() == [10, 9, 10]
    assert table["gap_count"].tolist() == [0, 1, 0]
    assert table.loc[1, "gaps"] == [dt.date(2026, 6, 3)]
    assert table.loc[1, "name"] == "农林牧渔"
    assert table.loc[0, "first"] == pd.Timestamp("2026-06-01")
    assert table.loc[0, "last"] == pd.Timestamp("2026-06-12")


def test_coverage_of_nothing() -> None:
    empty = pd.DataFrame(columns=["date", "code", "name", "close", "pe_ttm"])
    assert coverage(empty, SESSIONS).empty
