import datetime as dt

import pandas as pd
import pytest

from sectorbrief.analytics.panel import weekly_panel
from sectorbrief.calendar import trading_sessions, week_period, ytd_period
from sectorbrief.facts.compute import compute_facts
from sectorbrief.market import Market
from sectorbrief.taxonomy import sw2021


def test_panel_agrees_with_single_week_facts(small_market: Market) -> None:
    tax = sw2021()
    sessions = trading_sessions(small_market.days)
    ends = [sessions.on_or_before(dt.date(2026, 6, 26)), sessions.on_or_before(dt.date(2026, 7, 3))]
    periods = [(week_period(sessions, e).base, ytd_period(sessions, e).base, e) for e in ends]
    panel = weekly_panel(small_market.closes, small_market.pe_ttm, tax.industry_codes, periods)
    assert len(panel) == 2 * 31
    for end in ends:
        facts = compute_facts(small_market, tax.resolve_industry("通信"), end, tax)
        row = panel.loc[(pd.Timestamp(end), "801770.SI")]
        assert row["weekly_pct"] == pytest.approx(facts.weekly.industry_pct)
        assert row["weekly_rank"] == facts.weekly.rank
        assert row["ytd_rank"] == facts.ytd.rank
        assert facts.valuation is not None
        assert row["window_mean"] == pytest.approx(facts.valuation.window_mean)
        assert row["percentile_in_window"] == pytest.approx(facts.valuation.percentile_in_window)
