import datetime as dt

import numpy as np
import pandas as pd
import pytest

from sectorbrief.errors import DataError, UsageError
from sectorbrief.facts.compute import compute_facts
from sectorbrief.market import Market
from sectorbrief.taxonomy import sw2021

TAX = sw2021()
TELECOM = TAX.resolve_industry("通信")


def test_facts_follow_the_period_rules(small_market: Market) -> None:
    facts = compute_facts(small_market, TELECOM, dt.date(2026, 7, 5), TAX)
    closes = small_market.closes
    expected = (
        closes.at[pd.Timestamp("2026-07-03"), "801770.SI"]
        / closes.at[pd.Timestamp("2026-06-26"), "801770.SI"]
        - 1
    ) * 100
    assert facts.end_session == dt.date(2026, 7, 3)
    assert facts.weekly.industry_pct == pytest.approx(expected, rel=1e-12)
    assert facts.weekly.base_session == dt.date(2026, 6, 26)
    assert facts.ytd.base_session == dt.date(2025, 12, 31)
    assert facts.weekly.universe == 31 and len(facts.weekly.all_industries_pct) == 31
    for name, pp in facts.weekly.excess_pp.items():
        assert pp == facts.weekly.industry_pct - facts.weekly.benchmarks_pct[name]
    assert facts.valuation is not None and facts.valuation.window == (2023, 2025)


def test_rank_agrees_with_the_universe(small_market: Market) -> None:
    facts = compute_facts(small_market, TELECOM, dt.date(2026, 7, 5), TAX)
    values = sorted(facts.ytd.all_industries_pct.values(), reverse=True)
    assert values.index(facts.ytd.industry_pct) + 1 == facts.ytd.rank


@pytest.mark.parametrize("as_of", [dt.date(2026, 7, 20), dt.date(2020, 1, 1)])
def test_as_of_outside_the_data(small_market: Market, as_of: dt.date) -> None:
    with pytest.raises(UsageError, match="outside the data"):
        compute_facts(small_market, TELECOM, as_of, TAX)


def test_missing_close_names_code_and_session(small_frame: pd.DataFrame) -> None:
    frame = small_frame[~((small_frame["code"] == "000300.SH") & (small_frame["date"] == "2026-06-26"))]
    with pytest.raises(DataError, match=r"000300\.SH.*2026-06-26"):
        compute_facts(Market.from_long(frame, source="t"), TELECOM, dt.date(2026, 7, 5), TAX)


def test_no_pe_leaves_valuation_out(small_frame: pd.DataFrame) -> None:
    frame = small_frame.assign(pe_ttm=np.nan)
    facts = compute_facts(Market.from_long(frame, source="t"), TELECOM, dt.date(2026, 7, 5), TAX)
    assert facts.valuation is None
    assert any("valuation" in note for note in facts.provenance.notes)
