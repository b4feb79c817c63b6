"""A stock's quoted price against the day's high and low stated with it."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from sectorbrief.check.claims import extract
from sectorbrief.check.periods import split_sentences
from sectorbrief.check.quotes import quotes
from sectorbrief.check.read import read_plain
from sectorbrief.check.report import Finding
from sectorbrief.check.rules.quote_ranges import check_quote_ranges

# 763c2854e7 (holdout_m23 source, seen; Traditional, full-width ﹒, a line wrapped by hand after 該股).
_RANGE = (
    "《經濟通通訊社28日專訊》中建材(03323)現價跌6﹒7%,報{price}元,該股\n"
    "成交約968萬股,涉資2209萬元,盤中高見2﹒38元,最低見2﹒24元。\n"
)
# daaece4960 (pool B): quotes with no range; 6ee47244f2 (pool B) a bound move.
_NO_RANGE = "信義光能(00968)現價升3.5%,報3.86元,該股成交約3152萬股,涉資1.2億元。"


def _errors(text: str) -> list[Finding]:
    return check_quote_ranges(extract(read_plain(text)))


def test_a_price_inside_the_day_s_range_stays_clean() -> None:
    assert _errors(_RANGE.format(price="2﹒24")) == []
    assert _errors(_RANGE.format(price="2﹒38")) == []
    assert _errors(_NO_RANGE) == []


def test_a_price_above_the_day_s_high_is_an_error_quoting_both() -> None:
    found = _errors(_RANGE.format(price="2﹒42"))
    assert len(found) == 1
    message = found[0].message
    assert "报2.42元" in message and "高见2.38元，最低见2.24元" in message
    assert "above the high" in message and "at most 2.38元" in message


def test_a_price_below_the_day_s_low_is_an_error() -> None:
    found = _errors(_RANGE.format(price="2﹒14"))
    assert len(found) == 1 and "below the low" in found[0].message and "at least 2.24元" in found[0].message


def test_a_range_after_another_stock_is_not_this_quote_s() -> None:
    text = "中建材(03323)跌6﹒7%,報2﹒42元,海螺水泥(00914)跌4﹒35%,報16﹒28元,盤中最低見16﹒00元。"
    assert _errors(text) == []


def test_an_intraday_quote_is_not_the_current_price() -> None:
    text = "中建材(03323)曾升5%,報2﹒52元,盤中高見2﹒38元。"
    assert _errors(text) == []


@given(st.text(alphabet="中建材(03323)现价跌升报元，,高见最低逾%0123456789.|\n ", max_size=80))
def test_free_text_never_breaks_the_reader(text: str) -> None:
    list(quotes(split_sentences(read_plain(text))))
