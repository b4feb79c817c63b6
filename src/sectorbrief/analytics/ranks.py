"""Ranks among a universe of industries."""

from __future__ import annotations

import pandas as pd


def rank_desc(values: pd.Series) -> pd.Series:
    """Rank of each value, 1 = highest. Ties share the best rank (1, 2, 2, 4). NaN stays unranked."""
    return values.rank(ascending=False, method="min").astype("Int64")


def ranks_table(values: pd.DataFrame) -> pd.DataFrame:
    """Row-wise ``rank_desc``: for a table of returns (one row per period), ranks within each row."""
    return values.rank(axis=1, ascending=False, method="min").astype("Int64")
