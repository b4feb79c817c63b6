import datetime as dt

import numpy as np
import pandas as pd
import pytest
from hypothesis import given
from hypothesis import strategies as st

from sectorbrief.analytics.returns import excess_pp, period_returns_pct, returns_table_pct

closes_st = st.lists(st.floats(min_value=0.01, max_value=1e6, allow_nan=False), min_size=2, max_size=12)
DAYS = pd.date_range("2026-06-22", periods=12, freq="B")


def frame(values: list[float]) -> pd.DataFrame:
    return pd.DataFrame({"X": values}, index=DAYS[: len(values)])


def test_return_in_percent() -> None:
    pct = period_returns_pct(frame([200.0, 150.0, 181.651]), DAYS[0].date(), DAYS[2].date())
    assert pct["X"] == pytest.approx(-9.1745)


@given(closes_st, st.floats(min_value=1e-3, max_value=1e3))
def test_scaling_a_series_leaves_its_returns_unchanged(values: list[float], scale: float) -> None:
    base, end = DAYS[0].date(), DAYS[len(values) - 1].date()
    plain = period_returns_pct(frame(values), base, end)["X"]
    scaled = period_returns_pct(frame([v * scale for v in values]), base, end)["X"]
    assert scaled == pytest.approx(plain, rel=1e-9, abs=1e-9)


@given(st.floats(-50, 50), st.floats(-50, 50))
def test_excess_is_antisymmetric(a: float, b: float) -> None:
    assert excess_pp(a, b) == -excess_pp(b, a)


def test_table_matches_single_periods() -> None:
    rng = np.random.default_rng(1)
    closes = pd.DataFrame(rng.uniform(50, 150, (12, 3)), index=DAYS, columns=["A", "B", "C"])
    bases = [d.date() for d in DAYS[:4]]
    ends = [d.date() for d in DAYS[5:9]]
    table = returns_table_pct(closes, bases, ends)
    for base, end in zip(bases, ends, strict=True):
        single = period_returns_pct(closes, base, end)
        assert np.allclose(table.loc[pd.Timestamp(end)].to_numpy(), single.to_numpy())


def test_missing_close_gives_nan() -> None:
    closes = pd.DataFrame({"A": [1.0, np.nan]}, index=DAYS[:2])
    assert np.isnan(period_returns_pct(closes, dt.date(2026, 6, 22), dt.date(2026, 6, 23))["A"])
