"""A move word with a figure of the opposite sign (上涨-0.76%) is an error; doubled signs pass."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from sectorbrief.check import check_text

# real: holdout10 c73d465c37 (weekly 光伏 ranking, 2022-04-15)
REAL = "增长率方面，特变电工本周上涨0.46%，禾迈股份本周上涨-0.76%，居于增长前两位；本周负增长42家，最低为中信博，增长率为-16.85%。"


def test_a_rise_word_with_a_negative_figure_is_one_error() -> None:
    errors = check_text(REAL).errors
    assert len(errors) == 1 and "上涨-0.76%" in errors[0].message and "下跌0.76%" in errors[0].message


def test_a_fall_word_with_a_positive_figure_is_an_error() -> None:
    # variant
    errors = check_text("本周申万计算机指数下跌+1.2%，跑输沪深300指数。").errors
    assert len(errors) == 1 and "下跌+1.2%" in errors[0].message


@pytest.mark.parametrize(
    "text",
    [
        "科陆电子报4.21元，跌-6.03%。",  # real (holdout caixuntong template): a doubled sign agrees
        "建筑材料板块本周上涨+0.03%，超额收益为1.2个百分点。",  # real: an explicit plus agrees
        "禾迈股份本周涨跌幅为-0.76%。",
        "比上周减少393亿元，增长-5.99%。",  # real (bjx): negative growth
        "个股涨跌-0.76%。",
    ],
)
def test_agreeing_or_signed_change_words_pass(text: str) -> None:
    assert not check_text(text).errors, text


@given(st.sampled_from(["上涨", "涨", "下跌", "跌"]), st.sampled_from(["+", "-"]), st.integers(1, 9999))
def test_the_word_and_sign_disagree_exactly_when_reported(word: str, sign: str, n: int) -> None:
    text = f"本周该指数{word}{sign}{n / 100:.2f}%。"
    opposite = ("涨" in word) != (sign == "+")
    assert len(check_text(text).errors) == (1 if opposite else 0), text


# real: holdout_m24 original m24-02-99e433fdf8 (动力煤 weekly, 2025-10-17): every bracket agrees with its word
COAL = (
    "截至2025年10月17日,秦皇岛港山西产Q5500动力末煤平仓价为748元/吨,周环比上涨39元/吨(+5.5%),"
    "同比下跌92元/吨(-11.0%)[17] - 主要产地坑口煤价周环比大幅上涨:山西大同Q5500弱粘煤坑口价上涨75元/吨(+13.5%),"
    "内蒙古鄂尔多斯Q5500动力煤坑口价上涨46元/吨(+8.8%)[17]"
)


def test_moves_with_agreeing_bracketed_percentages_pass() -> None:
    assert not check_text(COAL).errors


@pytest.mark.parametrize(
    "text",
    [
        # real: pool B bf3a94c88d: a quote's change and its bracketed percentage, no move word
        "大摩发表报告指，中电信(00728.HK) +0.030 (+0.537%)沽空$2.90百万；比率5.001%",
        # real: pool B 5babe462b5: names with their own bracketed changes
        "SW交通运输各个子板块累计涨跌幅分别为：公交(+4.81%)、仓储物流(+2.88%)、航运(-1.28%)。",
    ],
)
def test_bracketed_percentages_without_a_move_of_an_amount_pass(text: str) -> None:
    assert not check_text(text).errors, text


def test_a_rise_of_an_amount_with_a_negative_bracket_is_an_error() -> None:
    # slip from m24-02's original: 周环比下降72万吨(-11.6%) -> 周环比上升72万吨(-11.6%)
    errors = check_text("秦皇岛港煤炭库存为548万吨,周环比上升72万吨(-11.6%)").errors
    assert len(errors) == 1
    assert "上升72万吨(-11.6%)" in errors[0].message and "下降72万吨" in errors[0].message


def test_a_fall_of_an_amount_with_a_positive_bracket_is_an_error() -> None:
    # slip from COAL: 同比下跌92元/吨(-11.0%) -> 同比下跌92元/吨(+11.0%), full-width brackets
    errors = check_text(COAL.replace("(-11.0%)", "（+11.0%）")).errors
    assert (
        len(errors) == 1 and "下跌92元/吨(+11.0%)" in errors[0].message and "上涨92元/吨" in errors[0].message
    )


@given(
    st.sampled_from(["上涨", "上升", "增加", "下跌", "下降", "减少"]),
    st.sampled_from(["元/吨", "万吨", "亿元", "点"]),
    st.sampled_from(["+", "-"]),
    st.integers(1, 999),
)
def test_an_amount_and_its_bracket_disagree_exactly_when_reported(
    word: str, unit: str, sign: str, n: int
) -> None:
    text = f"库存为548万吨，周环比{word}{n}{unit}({sign}{n / 10:.1f}%)。"
    opposite = (word in ("上涨", "上升", "增加")) != (sign == "+")
    assert len(check_text(text).errors) == (1 if opposite else 0), text
