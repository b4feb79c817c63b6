"""Shared test data: a tiny market of three series over three weeks of real XSHG sessions."""

from __future__ import annotations

import numpy as np
import pandas as pd
import pytest

from sectorbrief.market import normalise

SAMPLE_SERIES = {"801770.SI": "通信", "801010.SI": "农林牧渔", "000300.SH": "沪深300"}
SAMPLE_DAYS = pd.bdate_range("2026-06-01", "2026-06-18")  # 14 weekdays, all XSHG sessions


def sample_market() -> pd.DataFrame:
    """Long frame, normalised: closes with two decimals, PE-TTM blank for the benchmark."""
    rng = np.random.default_rng(7)
    codes = list(SAMPLE_SERIES)
    frame = pd.DataFrame(
        {
            "date": np.repeat(SAMPLE_DAYS, len(codes)),
            "code": np.tile(codes, len(SAMPLE_DAYS)),
        }
    )
    frame["name"] = frame["code"].map(SAMPLE_SERIES)
    frame["close"] = np.round(rng.uniform(1000, 5000, len(frame)), 2)
    frame["pe_ttm"] = np.round(rng.uniform(10, 40, len(frame)), 4)
    frame.loc[frame["code"] == "000300.SH", "pe_ttm"] = np.nan
    return normalise(frame)


@pytest.fixture
def market_rows() -> pd.DataFrame:
    return sample_market()
