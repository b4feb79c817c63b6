"""The valuation states the window the data really cover (issue 16 item 3) and loss-making PE (issue 12)."""

import datetime as dt
from collections.abc import Callable

import pandas as pd
import pytest

from sectorbrief.errors import DataError
from sectorbrief.facts.compute import compute_facts
from sectorbrief.market import Market
from sectorbrief.narrative.market import market_text
from sectorbrief.taxonomy import sw2021
from tests.conftest import random_market_frame

TAX = sw2021()
TELECOM = TAX.resolve_industry("通信")


def facts_of(
    first: dt.date, last: dt.date, as_of: dt.date, **changes: Callable[[pd.DataFrame], pd.DataFrame]
):
    frame = random_market_frame(first, last, seed=4)
    for edit in changes.values():
        frame = edit(frame)
    return compute_facts(Market.from_long(frame, source="文件 test.csv"), TELECOM, as_of, TAX)


def test_a_full_window_keeps_its_years() -> None:
    facts = facts_of(dt.date(2022, 12, 1), dt.date(2026, 7, 3), dt.date(2026, 7, 3))
    v = facts.valuation
    assert v is not None and v.window_complete and v.window == (2023, 2025)
    assert v.window_start == dt.date(2023, 1, 3) and v.window_end == dt.date(2025, 12, 31)
    assert "2023-2025年PE-TTM均值" in market_text(facts).valuation_body


def test_a_history_starting_in_2025_06_says_from_when() -> None:
    facts = facts_of(dt.date(2025, 6, 3), dt.date(2026, 7, 3), dt.date(2026, 7, 3))
    v = facts.valuation
    assert v is not None and not v.window_complete and v.window == (2025, 2025)
    assert v.window_start == dt.date(2025, 6, 3) and v.window_sessions == 146
    text = market_text(facts)
    assert "2025年6月3日至2025年12月31日PE-TTM均值" in text.valuation_body
    assert "不足三个完整年度" in text.valuation_body and "2023-2025" not in text.valuation_body
    assert "2023-2025" not in text.valuation_headline
    assert any("starts 2025-06-03" in note for note in facts.provenance.notes)


def test_as_of_2020_01_03_does_not_label_2017_2019() -> None:
    facts = facts_of(dt.date(2019, 1, 2), dt.date(2020, 1, 3), dt.date(2020, 1, 3))
    v = facts.valuation
    assert v is not None and v.window == (2019, 2019) and v.window_sessions == 244
    body = market_text(facts).valuation_body
    assert "2017" not in body and "2019年1月2日至2019年12月31日" in body


def test_no_history_in_the_window_says_it_is_too_short() -> None:
    facts = facts_of(dt.date(2025, 12, 15), dt.date(2026, 7, 3), dt.date(2026, 7, 3))
    v = facts.valuation
    assert v is not None and v.window_mean is None and v.percentile_in_window is None
    text = market_text(facts)
    assert v.window_start == dt.date(2025, 12, 15) and v.window_sessions == 13
    assert "PE-TTM历史数据自2025年12月15日起不足以计算历史均值" in text.valuation_body
    assert "均值比较" in text.valuation_headline


def negative(frame: pd.DataFrame) -> pd.DataFrame:
    """通信's PE-TTM below zero from 2025-11 on, as for a loss-making industry."""
    turns = (frame["code"] == "801770.SI") & (frame["date"] >= "2025-11-03")
    return frame.assign(pe_ttm=frame["pe_ttm"].where(~turns, -frame["pe_ttm"]))


def test_a_loss_making_industry_is_said_in_words_without_a_mean() -> None:
    facts = facts_of(dt.date(2022, 12, 1), dt.date(2026, 7, 3), dt.date(2026, 7, 3), loss=negative)
    v = facts.valuation
    assert v is not None and v.loss_making and v.pe_ttm < 0
    assert v.excluded_non_positive == 43  # the sessions of 2025-11-03..2025-12-31
    text = market_text(facts)
    assert "PE-TTM为负，行业整体处于亏损状态" in text.valuation_body
    assert "均值" not in text.valuation_body.replace("历史均值比较", "")
    assert "亏损" in text.valuation_headline


def test_a_missing_benchmark_names_the_data_and_the_benchmark() -> None:
    def drop(frame: pd.DataFrame) -> pd.DataFrame:
        return frame.loc[frame["code"] != "000300.SH"]

    with pytest.raises(DataError, match=r"文件 test.csv: no rows for 000300.SH \(沪深300\)"):
        facts_of(dt.date(2025, 12, 1), dt.date(2026, 7, 3), dt.date(2026, 7, 3), drop=drop)
