"""A daily average right after its period's total must fit the period's length in days."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from sectorbrief.check import check_text

# real: holdout9 1286b1e699 (wallstreetcn, six big banks, 2024 H1)
REAL = "消息面上，据统计，上半年，6家国有大行累计营业收入高达1.80万亿元，日均进账49.3亿元。"


def test_a_half_years_total_over_a_full_year_of_days_is_an_error() -> None:
    errors = check_text(REAL).errors
    assert len(errors) == 1 and "1.80万亿元" in errors[0].message and "365 days" in errors[0].message


@pytest.mark.parametrize(
    "text",
    [
        REAL.replace("49.3亿元", "99.4亿元"),  # calendar days
        REAL.replace("49.3亿元", "150.0亿元"),  # trading days
        REAL.replace("上半年", "全年"),
        # variant: a year's turnover over its trading days
        "2024年全年A股成交额达257.33万亿元，日均成交额1.06万亿元。",
        "第一季度累计成交额达60万亿元，日均成交1万亿元。",
    ],
)
def test_averages_that_fit_the_period_pass(text: str) -> None:
    assert not check_text(text).errors, text


def test_a_quarter_over_too_few_days_is_an_error() -> None:
    # variant: 60万亿 / 2万亿 = 30 days, not a quarter
    assert len(check_text("第一季度累计成交额达60万亿元，日均成交2万亿元。").errors) == 1


@given(st.integers(110, 182), st.integers(1000, 20000))
def test_any_daily_average_within_the_half_year_passes(days: int, daily: int) -> None:
    total = daily * days
    assert not check_text(f"上半年累计收入{total / 1e4:.4f}万亿元，日均收入{daily}亿元。").errors
