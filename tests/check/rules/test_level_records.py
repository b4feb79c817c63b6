"""A year's low or high of an index against a lower or higher level the text states for that year."""

from __future__ import annotations

from sectorbrief.check import check_text

# 433ac74553 (holdout8, real)
REAL = (
    "2018年中国股市呈现出深度调整的格局,全年主要指数跌幅均超过20%,其中上证指数累计下跌24.59%。\n"
    "受宏观经济数据向好等因素推动,上证指数年初一度冲高至3587点。\n"
    "3月23日特朗普签署对华贸易战备忘录。上证指数从3200点跌至{}点,累计下跌约23%。\n"
    "全年最低点出现在12月27日(上证指数2483点),最终以2495点收官。"
)


def test_a_lower_level_that_year_is_an_error() -> None:
    errors = check_text(REAL.format("2449")).errors
    assert len(errors) == 1
    assert (
        "全年最低点" in errors[0].message and "2483点" in errors[0].message and "2449点" in errors[0].message
    )


def test_consistent_levels_pass() -> None:
    assert not check_text(REAL.format("2500")).errors


def test_a_high_above_the_years_high_is_an_error() -> None:
    text = "上证指数年初一度冲高至3587点。全年最高点出现在1月29日(上证指数3559点)。"
    errors = check_text(text).errors
    assert len(errors) == 1 and "3587" in errors[0].message


def test_another_year_another_index_or_a_historical_span_is_not_compared() -> None:
    assert not check_text("2015年上证指数跌至2638点。2018年全年最低点出现在12月27日(上证指数2483点)。").errors
    assert not check_text("深证成指跌至7000点。全年最低点出现在12月27日(上证指数2483点)。").errors
    assert not check_text("上证指数创下历史以来跌至1664点的纪录。全年最低点为上证指数2483点。").errors
