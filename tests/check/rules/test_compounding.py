"""A span's return against the monthly returns listed for it."""

from __future__ import annotations

from sectorbrief.check import check_text

# 58fa0f1ca6 (holdout5a, real; its mutation m5a-10 prints 24.1%)
REAL = (
    "纵向看，医药行业经历了2019和2020两年牛市后，2021-2023年医药指数涨跌幅均为负值，跌幅分别为5.7%、20.3%和7.0%，"
    "2024年1-6月继续下行，跌幅为{}%。分月度看，2024年以来申万医药指数持续波动，2024年1-6月申万医药指数涨跌幅"
    "分别为-18.6%/10.5%/-2.3%/2.6%/-4.2%/-8.7%。"
)


def test_monthly_returns_compound_to_the_span_return() -> None:
    assert not check_text(REAL.format("21.1")).errors
    errors = check_text(REAL.format("24.1")).errors
    assert len(errors) == 1 and "-21.1" in errors[0].message


def test_the_sum_of_the_months_is_not_the_compounded_return() -> None:
    """Summing -18.6 + 10.5 - 2.3 + 2.6 - 4.2 - 8.7 gives -20.7: a total printed as the sum is wrong."""
    assert check_text(REAL.format("20.7")).errors


def test_a_total_about_another_index_is_not_compared() -> None:
    text = (
        "2024年1-6月沪深300下跌5.0%。2024年1-6月申万医药指数涨跌幅分别为-18.6%/10.5%/-2.3%/2.6%/-4.2%/-8.7%。"
    )
    assert not check_text(text).errors
