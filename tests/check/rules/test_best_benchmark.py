"""A broad index called the best of a period against another index's return stated elsewhere."""

from __future__ import annotations

from sectorbrief.check import check_text

# faeaefe242 (holdout8, real)
REAL = (
    "总体上A股表现不佳,上证指数上半年算表现最好,涨幅不过3.65%,远低于欧美股市。\n"
    "深证成指上半年收出一根十字星小阳线,微涨0.1%。\n"
    "沪深300指数上半年报收3842.45点,收出一根十字星小阴线,上半年微跌0.75%。\n"
    "科创50指数上半年一度反弹强劲,但随后回落,上半年最终报收1005.15点,还是收出一根小阳线,上半年涨幅为{}%,表现相对不错。"
)


def test_a_larger_rise_of_another_index_in_the_period_is_an_error() -> None:
    errors = check_text(REAL.format("4.71")).errors
    assert len(errors) == 1
    assert "表现最好" in errors[0].message and "科创50" in errors[0].message and "4.71%" in errors[0].message


def test_smaller_returns_and_other_periods_pass() -> None:
    assert not check_text(REAL.format("2.71")).errors
    text = REAL.format("2.71") + "\n科创50指数下半年涨幅为9.10%。"
    assert not check_text(text).errors


def test_other_markets_are_not_in_the_group() -> None:
    text = REAL.format("2.71") + "\n港股方面,恒生科技指数上半年涨幅为8.10%。"
    assert not check_text(text).errors


def test_the_worst_against_a_larger_fall() -> None:
    text = "创业板指上半年表现最差,下跌5.61%。\n沪深300指数上半年下跌7.75%。"
    errors = check_text(text).errors
    assert len(errors) == 1 and "7.75%" in errors[0].message
