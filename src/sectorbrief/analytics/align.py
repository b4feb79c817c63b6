"""Two daily series on the same sessions: the union of their dates, gaps carried forward honestly."""

from __future__ import annotations

from dataclasses import dataclass

import pandas as pd


@dataclass(frozen=True)
class Aligned:
    """Both series on one date index, and, per series, the dates whose value was carried forward."""

    frame: pd.DataFrame
    carried: dict[str, list[pd.Timestamp]]


def align_forward(series: dict[str, pd.Series]) -> Aligned:
    """The series as columns of one frame over the union of their dated values.

    A date where one series has no value (an ordinary vendor gap) takes that series' previous value
    and is listed in ``carried``; dates before every series has started are dropped, so each column
    starts with a real value (an empty frame when a series has no value at all). Units are those of
    the inputs.
    """
    frame = pd.DataFrame({name: values for name, values in series.items()}).sort_index()
    firsts = [frame[name].first_valid_index() for name in frame]
    if not firsts or any(first is None for first in firsts):  # a series without any value
        return Aligned(frame.iloc[0:0], {name: [] for name in frame})
    frame = frame[frame.notna().any(axis=1)]
    filled = frame.ffill().loc[max(firsts) :]
    gaps = frame.loc[max(firsts) :].isna()
    return Aligned(filled, {name: list(filled.index[gaps[name]]) for name in frame})
