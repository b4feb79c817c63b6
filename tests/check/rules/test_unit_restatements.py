"""One amount restated in another unit (元 ↔ 亿元, 份 ↔ 亿份) must convert within the printed precision."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from sectorbrief.check import check_text

# real: holdout10 606a7e124a (中证信息安全 fund digest, 2025 Q4)
CLASSES = (
    "报告期内，基金各份额均出现亏损。其中A类份额本期利润为-14,362,077.44元(即亏损1.44亿元)，"
    "C类份额亏损5,042,500.59元(0.50亿元)，E类份额亏损183,983.84元(0.02亿元)。"
)
# real: holdout10 42541f6820 (index-fund digest, 2025 Q4)
CLAUSE = "但受公允价值变动影响，本期利润为-13,538,555.83元，即单季亏损1.35亿元。"
# real: holdout10 7dff423eeb (融通央企科创ETF): the heading's figure against the body's
HEADING = (
    "主要财务指标：本期利润1.43亿元 期末净值2.42亿元\n\n"
    "报告期内，融通央企科创ETF实现本期已实现收益14,670,154.88元，本期利润14,317,892.08元。"
)


def test_each_restatement_ten_times_its_amount_is_one_error_quoting_both() -> None:
    errors = check_text(CLASSES).errors
    assert len(errors) == 3
    for amount, restated, right in (
        ("-14,362,077.44元", "1.44亿元", "0.144亿元"),
        ("5,042,500.59元", "0.50亿元", "0.0504亿元"),
        ("183,983.84元", "0.02亿元", "0.00184亿元"),
    ):
        assert any(amount in e.message and restated in e.message and right in e.message for e in errors)


def test_a_restatement_after_ji_is_read() -> None:
    errors = check_text(CLAUSE).errors
    assert len(errors) == 1 and "1.35亿元" in errors[0].message and "0.135亿元" in errors[0].message


@pytest.mark.parametrize(
    "text",
    [
        CLAUSE.replace("1.35亿元", "0.14亿元"),  # rounded
        CLAUSE.replace("1.35亿元", "0.13亿元"),  # truncated
        CLAUSE.replace("1.35亿元", "1353.86万元"),
        CLASSES.replace("1.44亿元", "0.14亿元")
        .replace("0.50亿元", "0.05亿元")
        .replace("(0.02亿元)", "(18.40万元)"),
        "本期利润为-13,538,555.83元(约1353万元)。",
        "期末份额为74,180,000.00份(0.74亿份)。",
        "营业收入100亿元(约合14亿美元)。",  # another currency: not read
    ],
)
def test_restatements_within_their_rounding_pass(text: str) -> None:
    assert not check_text(text).errors, text


def test_shares_are_restated_like_amounts() -> None:
    # variant: C-class shares 7,418,000份 written 0.74亿份 (holdout10 665fb0c60a's slip, stated outright)
    errors = check_text("C类期末份额为7,418,000.00份(即0.74亿份)。").errors
    assert len(errors) == 1 and "0.0742亿份" in errors[0].message


def test_a_heading_figure_a_power_of_ten_from_the_body_is_an_error() -> None:
    errors = check_text(HEADING).errors
    assert len(errors) == 1
    assert "本期利润1.43亿元" in errors[0].message and "14,317,892.08元" in errors[0].message
    assert "0.143亿元" in errors[0].message


def test_a_heading_that_agrees_or_merely_differs_is_not_read() -> None:
    assert not check_text(HEADING.replace("1.43亿元", "0.14亿元")).findings
    # another class's or period's figure under one label, not a power of ten apart: not a unit slip
    assert not check_text(HEADING.replace("1.43亿元", "0.31亿元")).findings


@settings(max_examples=60, deadline=None)
@given(st.integers(1_000_000, 9_000_000_000), st.integers(0, 99))
def test_a_correct_restatement_passes_and_a_tenfold_one_is_an_error(yuan: int, fen: int) -> None:
    amount = yuan + fen / 100
    text = f"本期利润为{amount:,.2f}元(即{amount / 1e8:.2f}亿元)。"
    assert not check_text(text).errors, text
    wrong = f"本期利润为{amount:,.2f}元(即{amount / 1e7:.2f}亿元)。"
    if amount >= 2_000_000:  # 0.02亿元 vs 0.2亿元: ten times apart beyond the rounding
        assert len(check_text(wrong).errors) == 1, wrong
