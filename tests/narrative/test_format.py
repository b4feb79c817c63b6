from decimal import Decimal

import pytest
from hypothesis import given
from hypothesis import strategies as st

from sectorbrief.narrative.format import beat_word, cn_date, magnitude, move_word, num, rounded


@pytest.mark.parametrize(
    ("value", "text"),
    [
        (-9.1749, "-9.17"),
        (8.6398, "8.64"),
        (2.345, "2.35"),
        (-2.345, "-2.35"),
        (0.125, "0.13"),
        (-0.004, "0.00"),
        (34.48, "34.48"),
    ],
)
def test_rounds_half_away_from_zero(value: float, text: str) -> None:
    assert num(value) == text


def test_words_follow_the_printed_sign() -> None:
    assert (move_word(-0.5351), move_word(4.582), move_word(-0.004)) == ("下跌", "上涨", "持平")
    assert (beat_word(-8.6398), beat_word(49.9225), beat_word(0.001)) == ("跑输", "跑赢", "持平")
    assert magnitude(-5.0198) == "5.02"


def test_chinese_dates() -> None:
    import datetime as dt

    assert cn_date(dt.date(2026, 7, 3)) == "2026年7月3日"
    assert cn_date(dt.date(2026, 7, 3), year=False) == "7月3日"


@given(st.floats(-1e6, 1e6, allow_nan=False))
def test_rounding_is_odd_symmetric_and_within_half_a_cent(x: float) -> None:
    assert rounded(-x) == -rounded(x) or rounded(x) == 0
    assert abs(rounded(x) - Decimal(repr(x))) <= Decimal("0.005")
