"""Direction words held against the two returns they compare: 差于 as the opposite of 好于."""

from __future__ import annotations

import pytest

from sectorbrief.check import check_text


@pytest.mark.parametrize(
    "text",
    [
        "本周申万电力设备板块上涨2.10%，表现差于大盘，同期沪深300指数上涨1.00%。",
        "本月申万传媒指数下跌0.40%，走势差于沪深300指数(下跌1.60%)。",
        "本周申万医药生物板块累计上涨3.00%。这一涨幅差于大盘，同期上证指数上涨0.97%，沪深300指数上涨1.65%。",
    ],
)
def test_worse_than_said_of_an_index_that_did_better_is_an_error(text: str) -> None:
    errors = check_text(text).errors
    assert len(errors) == 1 and "差于" in errors[0].message, (text, errors)


@pytest.mark.parametrize(
    "text",
    [
        "本周申万电力设备板块上涨0.50%，表现差于大盘，同期沪深300指数上涨1.00%。",
        "本月申万传媒指数下跌2.40%，走势差于沪深300指数(下跌1.60%)。",
        # expectations, not a benchmark
        "本周申万电力设备板块上涨2.10%，装机数据差于预期。",
    ],
)
def test_worse_than_that_agrees_or_compares_no_index_raises_nothing(text: str) -> None:
    assert not check_text(text).errors, text
