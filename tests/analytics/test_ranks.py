import pandas as pd
from hypothesis import given
from hypothesis import strategies as st

from sectorbrief.analytics.ranks import rank_desc, ranks_table

returns_31 = st.lists(st.floats(-30, 30, allow_nan=False), min_size=31, max_size=31, unique=True)


@given(returns_31)
def test_ranks_are_a_permutation_of_1_to_31(values: list[float]) -> None:
    ranks = rank_desc(pd.Series(values))
    assert sorted(ranks.tolist()) == list(range(1, 32))


@given(returns_31)
def test_rank_1_is_the_highest(values: list[float]) -> None:
    series = pd.Series(values)
    ranks = rank_desc(series)
    assert series[ranks == 1].iloc[0] == max(values)
    assert series[ranks == 31].iloc[0] == min(values)


def test_ties_share_the_best_rank() -> None:
    assert rank_desc(pd.Series([3.0, 1.0, 3.0, 0.5])).tolist() == [1, 3, 1, 4]


def test_table_ranks_row_by_row() -> None:
    table = pd.DataFrame([[1.0, 2.0, 3.0], [3.0, 2.0, 1.0]], columns=list("ABC"))
    assert ranks_table(table).to_numpy().tolist() == [[3, 2, 1], [1, 2, 3]]
