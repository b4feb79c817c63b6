"""A bracketed working after an amount (-1.87亿元-1.32亿元) must give the amount."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from sectorbrief.check import check_text

# real: holdout10 47837d94e3 (国泰中证新能源汽车ETF, 2025 Q4)
REAL = "据此计算，本期公允价值变动收益为-151,051,176.79元(-1.87亿元-1.32亿元)，显示报告期内基金持有的股票等资产估值出现较大幅度下跌。"


def test_a_working_that_does_not_give_its_amount_is_an_error() -> None:
    errors = [f for f in check_text(REAL).errors if f.kind == "arithmetic"]
    assert len(errors) == 1
    assert "-151,051,176.79元" in errors[0].message and "-3.19亿元" in errors[0].message


def test_a_working_that_gives_its_amount_passes() -> None:
    assert not check_text(REAL.replace("-1.87亿元", "-0.19亿元")).errors
    # variant: a sum in 万元 after an amount in 元
    assert not check_text("合计利润为3,210,000.00元(120.50万元+200.50万元)。").errors
    assert len(check_text("合计利润为3,210,000.00元(120.50万元+210.50万元)。").errors) == 1


def test_mixed_kinds_are_not_read() -> None:
    assert not check_text("规模为1,000,000.00元(5.00万份+3.00万元)。").errors


@settings(max_examples=60, deadline=None)
@given(st.integers(-500, 500), st.integers(-500, 500))
def test_any_exact_working_passes(a: int, b: int) -> None:
    total = (a + b) * 1_000_000
    sign = "+" if b >= 0 else "-"
    text = f"本期收益为{total:,.2f}元({a / 100:.2f}亿元{sign}{abs(b) / 100:.2f}亿元)。"
    assert not check_text(text).errors, text
