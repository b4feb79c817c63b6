import numpy as np
import pandas as pd
from hypothesis import given
from hypothesis import strategies as st

from sectorbrief.analytics.align import align_forward

DAYS = pd.bdate_range("2026-01-05", periods=12)


def test_a_gap_takes_the_previous_value_and_is_listed() -> None:
    a = pd.Series([1.0, 2.0, 3.0], index=DAYS[:3])
    b = pd.Series([10.0, 30.0], index=DAYS[[0, 2]])
    aligned = align_forward({"a": a, "b": b})
    assert aligned.frame["b"].tolist() == [10.0, 10.0, 30.0]
    assert aligned.carried == {"a": [], "b": [DAYS[1]]}


def test_dates_before_both_start_are_dropped() -> None:
    a = pd.Series([1.0, 2.0, 3.0], index=DAYS[:3])
    b = pd.Series([np.nan, 5.0, 6.0], index=DAYS[:3])
    aligned = align_forward({"a": a, "b": b})
    assert list(aligned.frame.index) == list(DAYS[1:3])
    assert aligned.carried == {"a": [], "b": []}


@given(st.lists(st.booleans(), min_size=12, max_size=12), st.lists(st.booleans(), min_size=12, max_size=12))
def test_aligned_columns_are_complete_and_keep_every_real_value(
    keep_a: list[bool], keep_b: list[bool]
) -> None:
    a = pd.Series(np.arange(12.0), index=DAYS)[keep_a]
    b = pd.Series(np.arange(12.0) * 10, index=DAYS)[keep_b]
    aligned = align_forward({"a": a, "b": b})
    frame = aligned.frame
    assert not frame.isna().any().any()
    for name, series in (("a", a), ("b", b)):
        real = frame.index.difference(pd.DatetimeIndex(aligned.carried[name]))
        assert (frame.loc[real, name] == series.reindex(real)).all()
