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
