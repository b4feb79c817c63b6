import datetime as dt

import numpy as np
import pandas as pd
import pytest
from hypothesis import given
from hypothesis import strategies as st

from sectorbrief.analytics.valuation import valuation_stats

DAYS = pd.bdate_range("2023-01-02", "2026-07-03")


def test_window_mean_std_and_percentile() -> None:
    values = np.where(DAYS.year < 2026, 20.0, 30.0)
    values[:10] = 10.0
    pe = pd.Series(values, index=DAYS)
    stats = valuation_stats(pe, dt.date(2026, 7, 3), 2023, 2025)
    window = values[DAYS.year <= 2025]
    assert stats.pe_ttm == 30.0
    assert stats.window_mean == pytest.approx(window.mean())
    assert stats.window_std == pytest.approx(window.std())
    assert stats.window_sessions == window.size
    assert stats.percentile_in_window == 100.0


def test_missing_values_are_skipped_and_missing_end_raises() -> None:
    pe = pd.Series(np.linspace(10, 40, DAYS.size), index=DAYS)
    pe.iloc[5] = np.nan
    assert (
        valuation_stats(pe, dt.date(2026, 7, 3), 2023, 2025).window_sessions == (DAYS.year <= 2025).sum() - 1
    )
    pe.iloc[-1] = np.nan
    with pytest.raises(ValueError, match="2026-07-03"):
        valuation_stats(pe, dt.date(2026, 7, 3), 2023, 2025)


@given(st.floats(0.1, 10))
def test_percentile_is_scale_free(scale: float) -> None:
    pe = pd.Series(np.sin(np.arange(DAYS.size) / 40) * 5 + 20, index=DAYS)
    plain = valuation_stats(pe, dt.date(2026, 7, 3), 2023, 2025)
    scaled = valuation_stats(pe * scale, dt.date(2026, 7, 3), 2023, 2025)
    assert scaled.percentile_in_window == plain.percentile_in_window
    assert scaled.window_mean == pytest.approx(plain.window_mean * scale)
