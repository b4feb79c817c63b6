"""The previous week's figures in Facts: the calendar week before the end session's, same market."""

from __future__ import annotations

import datetime as dt

import pandas as pd
import pytest

from sectorbrief.facts.compute import compute_facts
from sectorbrief.market import Market
from sectorbrief.taxonomy import sw2021


def test_previous_week_is_the_week_before_by_the_same_rules(small_market: Market) -> None:
    industry = sw2021().resolve_industry("通信")
    facts = compute_facts(small_market, industry, dt.date(2026, 7, 5), sw2021())
    previous = facts.previous_week
    assert previous is not None
    # 2026-06-19 (端午) is a holiday: the week before 06-29..07-03 is 06-22..06-26, based on 06-18.
    assert previous.sessions == [dt.date(2026, 6, d) for d in (22, 23, 24, 25, 26)]
    assert previous.base_session == dt.date(2026, 6, 18) and previous.end_session == dt.date(2026, 6, 26)
    assert previous.end_session == facts.weekly.base_session
    closes = small_market.closes
    week = closes.loc[pd.Timestamp("2026-06-26")] / closes.loc[pd.Timestamp("2026-06-18")] - 1
    industries = week[sw2021().industry_codes]
    assert previous.industry_pct == pytest.approx(week["801770.SI"] * 100)
    assert previous.rank == int((industries > industries["801770.SI"]).sum()) + 1
    assert previous.pe_ttm == pytest.approx(small_market.pe_ttm.at[pd.Timestamp("2026-06-26"), "801770.SI"])


def test_no_previous_week_without_its_base_close(small_frame: pd.DataFrame) -> None:
    late = Market.from_long(small_frame[small_frame["date"] != "2026-06-18"], source="gap")
    facts = compute_facts(late, sw2021().resolve_industry("通信"), dt.date(2026, 7, 3), sw2021())
    assert facts.previous_week is None
