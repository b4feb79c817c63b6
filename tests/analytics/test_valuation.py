import datetime as dt

import numpy as np
import pandas as pd
import pytest
from hypothesis import given
from hypothesis import strategies as st

from sectorbrief.analytics.valuation import MIN_WINDOW_SESSIONS, valuation_stats

DAYS = pd.bdate_range("2023-01-02", "2026-07-03")
END = dt.date(2026, 7, 3)
OPENS = dt.date(2023, 1, 3)


def stats_of(pe: pd.Series, opens: dt.date = OPENS):
    return valuation_stats(pe, END, 2023, 2025, opens)


def test_window_mean_std_and_percentile() -> None:
    values = np.where(DAYS.year < 2026, 20.0, 30.0)
    values[:10] = 10.0
    stats = stats_of(pd.Series(values, index=DAYS))
    window = values[DAYS.year <= 2025]
    assert stats.pe_ttm == 30.0 and stats.complete and not stats.loss_making
    assert stats.stats is not None
    assert stats.stats.mean == pytest.approx(window.mean())
    assert stats.stats.std == pytest.approx(window.std())
    assert stats.sessions == window.size and stats.excluded == 0
    assert stats.stats.percentile == 100.0
    assert (stats.start, stats.end) == (dt.date(2023, 1, 2), dt.date(2025, 12, 31))


def test_missing_values_are_skipped_and_missing_end_raises() -> None:
    pe = pd.Series(np.linspace(10, 40, DAYS.size), index=DAYS)
    pe.iloc[5] = np.nan
    assert stats_of(pe).sessions == (DAYS.year <= 2025).sum() - 1
    pe.iloc[-1] = np.nan
    with pytest.raises(ValueError, match="2026-07-03"):
        stats_of(pe)


def test_non_positive_values_are_left_out_and_counted() -> None:
    pe = pd.Series(20.0, index=DAYS)
    pe.iloc[:30] = -5.0
    pe.iloc[30] = 0.0
    pe.iloc[-1] = -8.0
    stats = stats_of(pe)
    assert stats.excluded == 31 and stats.loss_making
    assert stats.stats is not None and stats.stats.mean == 20.0 and stats.stats.percentile == 0.0


def test_history_starting_inside_the_window_is_partial() -> None:
    pe = pd.Series(20.0, index=DAYS).loc["2025-06-03":]
    stats = stats_of(pe)
    assert not stats.complete and stats.start == dt.date(2025, 6, 3)
    assert stats.sessions == len(pe.loc[:"2025-12-31"])


def test_too_short_a_history_gives_no_statistics() -> None:
    pe = pd.Series(20.0, index=DAYS).iloc[-(130 + MIN_WINDOW_SESSIONS - 1) :]
    stats = stats_of(pe)
    assert stats.sessions < MIN_WINDOW_SESSIONS and stats.stats is None and not stats.complete


@given(st.floats(0.1, 10))
def test_percentile_is_scale_free(scale: float) -> None:
    pe = pd.Series(np.sin(np.arange(DAYS.size) / 40) * 5 + 20, index=DAYS)
    plain, scaled = stats_of(pe).stats, stats_of(pe * scale).stats
    assert plain is not None and scaled is not None
    assert scaled.percentile == plain.percentile
    assert scaled.mean == pytest.approx(plain.mean * scale)
