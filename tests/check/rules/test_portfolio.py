"""A weighted portfolio's stated return against the returns of its parts (real: bd55475450, holdout3)."""

from __future__ import annotations

from sectorbrief.check import check_text

TEXT = (
    "上周，本报量化行业周模型的选择结果是50%电子+25%有色金属+25%黑色金属。"
    "电子行业表现很是抗跌，一周下跌1.23%。与此同时，有色金属大跌7.56%，黑色金属下跌3.5%。"
    "由于有色金属行业的严重拖后腿，使得组合平均下跌{}%。"
)


def test_a_portfolio_return_that_is_the_weighted_sum_checks_clean() -> None:
    assert not check_text(TEXT.format("3.38")).errors


def test_a_portfolio_return_off_its_weighted_sum_is_an_error() -> None:
    errors = check_text(TEXT.format("3.42")).errors
    assert len(errors) == 1 and "-3.38" in errors[0].message


def test_weights_not_adding_up_or_a_part_without_a_return_are_not_checked() -> None:
    assert not check_text(TEXT.format("3.42").replace("25%黑色金属", "20%黑色金属")).errors
    assert not check_text(TEXT.format("3.42").replace("黑色金属下跌3.5%", "黑色金属表现一般")).errors
