"""A stated gap (差距, 相差) against the two amounts it is the gap of."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from sectorbrief.check import check_text

# 1063b1f834 (holdout8, real; a machine-written page)
REAL = "数据显示,河钢股份总市值155.7亿元,首钢股份152.4亿元,两者差距{}亿元"
# a consistent real sentence (holdout corpora)
CONSISTENT = (
    "截至当日收盘,创业板指数诞生首日收盘点位为973.23点,上证指数当日收盘点位为2568.28点,两者相差1595.05点。"
)


def test_a_gap_that_is_not_the_difference_is_an_error() -> None:
    errors = check_text(REAL.format("43.6")).errors
    assert len(errors) == 1
    assert "155.7亿元" in errors[0].message and "152.4亿元" in errors[0].message
    assert "is 3.3亿元, not the stated 43.6亿元" in errors[0].message


def test_consistent_gaps_pass() -> None:
    assert not check_text(REAL.format("3.3")).errors
    assert not check_text(CONSISTENT).errors
    assert not check_text("河钢股份和首钢股份的总市值差距比较大。").errors


def test_a_hedged_gap_is_only_a_warning_and_gets_a_tenth_of_slack() -> None:
    assert not check_text(REAL.format("约3.5")).findings
    report = check_text(REAL.format("约5"))
    assert not report.errors and len(report.warnings) == 1


def test_scales_are_converted_and_other_units_are_not_read() -> None:
    assert not check_text("甲公司营收1.2万亿元,乙公司营收9000亿元,两者相差3000亿元。").errors
    assert check_text("甲公司营收1.2万亿元,乙公司营收9000亿元,两者相差2000亿元。").errors
    assert not check_text("甲板块上涨5.1%,乙板块上涨3.2%,两者相差19亿元。").errors


@settings(max_examples=40, deadline=None)
@given(a=st.integers(100, 99999), b=st.integers(100, 99999))
def test_the_difference_of_two_printed_amounts_always_passes(a: int, b: int) -> None:
    text = f"甲公司市值{a / 10:.1f}亿元,乙公司市值{b / 10:.1f}亿元,两者差距{abs(a - b) / 10:.1f}亿元。"
    assert not check_text(text).findings


def test_an_amount_printed_with_its_minus_sign_is_negative() -> None:
    """45fda8c9e8 (holdout10, real): a realised gain and a loss are their sum apart, not their difference."""
    text = "本期已实现收益为74,602,164.18元,而本期利润却为-16,032,866.26元,两者差额达{}万元。"
    assert not check_text(text.format("9063")).findings
    errors = check_text(text.format("5857")).errors
    assert len(errors) == 1 and "is 9064万元, not the stated 5857万元" in errors[0].message
