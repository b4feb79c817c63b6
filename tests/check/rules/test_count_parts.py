"""Counts of a universe by state (上涨, 下跌, 持平, 停牌) against the universe stated before them."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from sectorbrief.check import check_text

# dbee8a88b5 (holdout8, real)
WEEK = "过去一周,零售行业主要的97家上市公司(不含2020年首发上市公司)中,36家公司上涨,1家公司持平,59家公司下跌,1家公司停牌。"
YEAR = (
    "2020年以来,零售行业主要的97家上市公司(不含2020年首发上市公司)中,{}家公司上涨,76家公司下跌,1家公司停牌。"
)


def test_parts_adding_to_more_than_the_universe_are_an_error() -> None:
    errors = check_text(WEEK + YEAR.format(21)).errors
    assert len(errors) == 1
    message = errors[0].message
    assert "21家上涨 + 76家下跌 + 1家停牌 = 98家" in message and "97家" in message and "1 off" in message


def test_parts_within_the_universe_pass() -> None:
    assert not check_text(WEEK + YEAR.format(20)).errors  # 20 + 76 + 1 = 97
    assert not check_text(YEAR.format(15)).errors  # 持平 not stated: 92 of 97 may leave 5 flat


def test_every_state_given_must_add_to_the_universe() -> None:
    errors = check_text(WEEK.replace("59家公司下跌", "58家公司下跌")).errors
    assert len(errors) == 1 and "= 96家" in errors[0].message


def test_a_subset_is_not_a_state() -> None:
    text = "本周,38只个股中,20只上涨,18只下跌,其中12只涨幅超过5%,3只涨停。"
    assert not check_text(text).errors


@settings(max_examples=40, deadline=None)
@given(up=st.integers(0, 300), down=st.integers(0, 300), flat=st.integers(0, 20), off=st.integers(1, 5))
def test_counts_are_read_exactly(up: int, down: int, flat: int, off: int) -> None:
    text = "本周,行业{}家上市公司中,{}家公司上涨,{}家公司持平,{}家公司下跌。"
    total = up + down + flat
    assert not check_text(text.format(total, up, flat, down)).errors
    assert len(check_text(text.format(total + off, up, flat, down)).errors) == 0  # 停牌 not given
    if total - off >= 2:
        errors = check_text(text.format(total - off, up, flat, down)).errors
        assert len(errors) == 1 and f"= {total}家" in errors[0].message
