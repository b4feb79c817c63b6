import datetime as dt

import numpy as np
import pandas as pd

from sectorbrief.market import COLUMNS, Market, normalise


def rows() -> pd.DataFrame:
    """Two codes over three days, out of order, dates as text, one PE-TTM blank."""
    return pd.DataFrame(
        {
            "date": ["2026-07-03", "2026-07-01", "2026-07-02", "2026-07-01", "2026-07-02", "2026-07-03"],
            "code": ["801770.SI", "801770.SI", "801770.SI", "000300.SH", "000300.SH", "000300.SH"],
            "name": ["通信", "通信", "通信", "沪深300", "沪深300", "沪深300"],
            "close": [3.0, 1.0, 2.0, 10.0, 20.0, 30.0],
            "pe_ttm": ["30.5", "30.1", "30.3", "", None, None],
        }
    )


def test_normalise_gives_canonical_types_and_order() -> None:
    out = normalise(rows())
    assert list(out.columns) == COLUMNS
    assert out["date"].dtype == "datetime64[ns]" and out["close"].dtype == "float64"
    assert out["pe_ttm"].dtype == "float64" and out["pe_ttm"].isna().sum() == 3
    keys = list(zip(out["date"], out["code"], strict=True))
    assert keys == sorted(keys)


def test_from_long_builds_wide_tables_by_session() -> None:
    market = Market.from_long(rows(), source="test", synthetic=True)
    assert list(market.closes.columns) == ["000300.SH", "801770.SI"]
    assert market.closes["801770.SI"].tolist() == [1.0, 2.0, 3.0]
    assert market.pe_ttm.at[pd.Timestamp("2026-07-03"), "801770.SI"] == 30.5
    assert np.isnan(market.pe_ttm.at[pd.Timestamp("2026-07-03"), "000300.SH"])
    assert market.names == {"000300.SH": "沪深300", "801770.SI": "通信"}
    assert market.days == [dt.date(2026, 7, 1), dt.date(2026, 7, 2), dt.date(2026, 7, 3)]
    assert (market.first_day, market.last_day) == (dt.date(2026, 7, 1), dt.date(2026, 7, 3))
    assert market.source == "test" and market.synthetic


def test_a_missing_session_of_one_code_is_a_gap_not_a_shift() -> None:
    frame = rows().drop(index=4)  # 沪深300 has no row on 2026-07-02
    market = Market.from_long(frame, source="test")
    assert np.isnan(market.closes.at[pd.Timestamp("2026-07-02"), "000300.SH"])
    assert market.closes["000300.SH"].dropna().tolist() == [10.0, 30.0]
