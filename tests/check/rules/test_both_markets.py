"""两市双双下跌 against the day's returns of 上证指数 and 深证成指."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from sectorbrief.check import check_text

TEXT = (
    "周四两市双双收跌，成交额萎缩。当日上证指数收报3120.50点，跌幅为0.85%；深证成指收报9800.10点，{}为1.20%。"
)


def test_both_markets_falling_against_an_index_that_rose() -> None:
    assert check_text(TEXT.format("跌幅")).errors == ()
    errors = check_text(TEXT.format("涨幅")).errors
    assert len(errors) == 1 and "深证成指 +1.20%" in errors[0].message


def test_other_indices_and_other_periods_are_not_judged() -> None:
    # 创业板指 is not one of the two markets; a week's return is another period's
    assert check_text("周四两市双双收跌。当日创业板指上涨0.30%。").errors == ()
    assert check_text("周四两市双双收跌。本周深证成指上涨1.20%。").errors == ()


@given(st.integers(-500, 500), st.booleans())
def test_an_error_exactly_when_the_index_moved_the_other_way(move: int, fell: bool) -> None:
    word = "收跌" if fell else "收涨"
    text = f"两市双双{word}。当日深证成指涨跌幅为{move / 100:.2f}%。"
    assert bool(check_text(text).errors) == (move != 0 and (move < 0) != fell)
