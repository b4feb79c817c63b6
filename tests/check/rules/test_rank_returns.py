"""A rank against the returns stated beside it: first while another industry rose more is an error."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from sectorbrief.check import check_text

# real: holdout9 5c47bcc880 (安信 社会服务 weekly, 2018-05-12), with the extractor's break inside 第\n\n3 位
REAL = (
    "本周28 个申万一级行业：休闲服务板块(4.45%)在28 个申万一级行业中的排名第\n\n3 位.本 周涨幅最大的板块为"
    "食品饮料(6.38%) ，涨幅最小的板块为国防军工(-0.73%) . 图1：休闲服务行业涨跌幅位列一级行业第\n\n"
    "1 位(2018/5/12) 资料来源：Wind"
)


def test_a_first_place_below_another_industrys_stated_return_is_an_error() -> None:
    errors = [f for f in check_text(REAL).errors if f.kind == "rank"]
    assert len(errors) == 1
    message = errors[0].message
    assert "第1位" in message and "6.38%" in message and "4.45%" in message and "第3位" in message


@pytest.mark.parametrize(
    "text",
    [
        REAL.replace("第\n\n1 位", "第\n\n3 位"),
        REAL.replace("6.38%", "4.40%").replace("第\n\n3 位", "第\n\n1 位"),  # then it is first
        # variant: a ranking by fall is not read against rises
        "本周申万一级行业中，电子下跌3.2%，计算机下跌1.1%，电子跌幅排名第1位。",
    ],
)
def test_ranks_the_stated_returns_allow_pass(text: str) -> None:
    assert not [f for f in check_text(text).errors if f.kind == "rank"], text


@given(st.integers(-900, 900), st.integers(-900, 900), st.integers(1, 3))
def test_reported_exactly_when_enough_others_rose_more(a: int, b: int, rank: int) -> None:
    text = (
        f"本周申万一级行业中，计算机上涨{a / 100:.2f}%，食品饮料上涨{b / 100:.2f}%，"
        f"计算机在31个申万一级行业中排名第{rank}位。"
    )
    impossible = b - a >= 2 and rank == 1  # beyond one unit of the last printed digit
    assert any(f.kind == "rank" for f in check_text(text).errors) == impossible, text
