"""Chart series in Facts: the PE-TTM window and the 12-month relative line, and a vendor's one-day gap."""

import datetime as dt

import pandas as pd
import pytest

from sectorbrief.charts.assets import Palette
from sectorbrief.charts.report import draw_report_charts
from sectorbrief.facts import Facts
from sectorbrief.facts.compute import compute_facts
from sectorbrief.market import Market
from sectorbrief.taxonomy import sw2021
from tests.conftest import random_market_frame

TAX = sw2021()
TELECOM = TAX.resolve_industry("通信")
AS_OF = dt.date(2026, 7, 5)
GAP = pd.Timestamp("2026-03-10")  # a Tuesday session inside the trailing 12 months


def test_series_in_facts_follow_the_market(small_market: Market) -> None:
    facts = compute_facts(small_market, TELECOM, AS_OF, TAX)
    pe, rel = facts.series.pe_ttm, facts.series.relative
    assert pe is not None and rel is not None
    assert pe.dates[0] >= dt.date(2023, 1, 1) and pe.dates[-1] == facts.end_session
    assert pe.values[-1] == facts.valuation.pe_ttm if facts.valuation else False
    assert rel.benchmark == "沪深300" and rel.dates[-1] == facts.end_session
    assert rel.dates[0] >= dt.date(2025, 7, 3)
    assert len(rel.dates) == len(rel.industry) == len(rel.benchmark_values)
    closes = small_market.closes
    assert rel.industry[-1] == closes.at[pd.Timestamp("2026-07-03"), "801770.SI"]
    assert rel.benchmark_values[0] == closes.at[pd.Timestamp(rel.dates[0]), "000300.SH"]


def test_series_survive_facts_json(small_market: Market, tmp_path: pytest.TempPathFactory) -> None:
    facts = compute_facts(small_market, TELECOM, AS_OF, TAX)
    path = tmp_path / "facts.json"  # type: ignore[operator]
    facts.write(path)
    assert Facts.read(path).series == facts.series


@pytest.mark.parametrize("code", ["801770.SI", "000300.SH"])
def test_a_one_day_gap_is_carried_forward_noted_and_drawn(code: str) -> None:
    frame = random_market_frame(dt.date(2022, 12, 1), dt.date(2026, 7, 3))
    frame = frame[~((frame["code"] == code) & (frame["date"] == GAP))]
    market = Market.from_long(frame, source="gap market")
    facts = compute_facts(market, TELECOM, AS_OF, TAX)
    rel = facts.series.relative
    assert rel is not None and GAP.date() in rel.dates
    at = rel.dates.index(GAP.date())
    values = rel.industry if code == "801770.SI" else rel.benchmark_values
    assert values[at] == values[at - 1]  # the previous close, carried forward
    assert any(code in note and "2026-03-10" in note for note in facts.provenance.notes)
    images = draw_report_charts(facts, ["relative_hs300"], Palette())
    assert images["relative_hs300"].png.startswith(b"\x89PNG")
