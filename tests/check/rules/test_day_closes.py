"""One index's close given two values in one day's story (收盘上涨4.58% … 最终上涨4.63%)."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from sectorbrief.check import check_text

# real: holdout10 ad9e4147b6 (中证报 2015-06-05, 建筑装饰)
REAL = (
    "昨日，A股大盘成功站上5000点，诸多权重板块的集体发力功不可没。其中，沉寂已久的建筑装饰行业昨日尾盘强势上攻，"
    "收盘上涨4.58%，领涨全局，对指数的企稳贡献巨大。\n\n"
    "申万建筑装饰指数昨日开盘后就快速上攻，助力沪指创下近七年新高，随后小幅下挫后逐步企稳。下午两点之后，"
    "建筑装饰指数在大单推升下再度崛起，强势上攻，涨幅从2%附近快速扩大，最终上涨4.63%，位居申万一级行业涨幅榜首位。"
)


def test_two_closes_of_one_index_in_one_day_are_an_error_quoting_both() -> None:
    errors = check_text(REAL).errors
    assert len(errors) == 1
    assert "收盘上涨4.58%" in errors[0].message and "最终上涨4.63%" in errors[0].message


@pytest.mark.parametrize(
    "text",
    [
        REAL.replace("4.63%", "4.58%"),
        REAL.replace("4.63%", "4.6%"),  # rounded
        REAL.replace("下午两点之后", "周五下午两点之后"),  # another day named: not one day's story
        REAL.replace("收盘上涨4.58%", "午盘收涨4.58%"),  # a midday close
        # variant: two indexes, two closes
        "昨日申万钢铁指数收盘上涨2.10%。申万建筑装饰指数最终上涨4.63%，领涨全局。",
        "本周建筑装饰行业收盘上涨4.58%，周五最终上涨1.2%。",  # a week's and a day's
    ],
)
def test_one_close_or_different_closes_pass(text: str) -> None:
    assert not check_text(text).errors, text


@given(st.integers(1, 999), st.integers(1, 999))
def test_reported_exactly_when_the_two_closes_differ(a: int, b: int) -> None:
    text = (
        f"昨日建筑装饰指数收盘上涨{a / 100:.2f}%，领涨全局。尾盘拉升后，建筑装饰指数最终上涨{b / 100:.2f}%。"
    )
    assert len(check_text(text).errors) == (0 if a == b else 1), text
