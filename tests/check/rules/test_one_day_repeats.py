"""A daily wrap gives each stock one move and its headline's fund flow one value."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from sectorbrief.check import check_text

WRAP = (
    "A股收评：沪指涨0.35% 光伏方向走强\n"
    "板块表现 - 光伏板块午后拉升 隆基绿能上涨4.12%至21.50元 通威股份上涨2.05%至25.30元 [2]\n"
    "个股交易 - 隆基绿能成交额58.20亿元 股价上涨{}% [3] - 通威股份成交额31.10亿元 股价上涨2.05% [3]"
)
FLOW = (
    "光伏板块3月5日涨1.10%，主力资金净流出{}万元\n"
    "板块整体表现 - 3月5日光伏板块整体上涨1.10%，当日主力资金净流出4321.50万元，游资资金净流入1200.00万元"
)


def test_a_stock_given_one_move_twice_is_clean_and_two_moves_an_error() -> None:
    assert check_text(WRAP.format("4.12")).errors == ()
    errors = check_text(WRAP.format("4.21")).errors
    assert len(errors) == 1 and "股价上涨4.21%" in errors[0].message and "上涨4.12%" in errors[0].message


def test_a_headline_flow_against_the_story() -> None:
    assert check_text(FLOW.format("4321.50")).errors == ()
    errors = check_text(FLOW.format("4312.50")).errors
    assert len(errors) == 1 and "4312.50" in errors[0].message


def test_not_one_day_or_not_one_flow_is_not_compared() -> None:
    # a week's figure in the story: not a one-day wrap
    weekly = WRAP.format("4.21").replace("板块表现 - ", "板块表现 - 本周沪深300上涨1.20% ")
    # (4.12% and 4.21% of one stock, neither dated, differ by two swapped digits: swapped_digits reports that)
    assert [e for e in check_text(weekly).errors if "digits swapped" not in e.message] == []
    # the story states the flow for two boards: which one the headline's is, is unclear
    # (4312.50 and 4321.50 differ by two swapped digits: headline_twins reports that)
    two = FLOW.format("4312.50") + "，储能板块主力资金净流出800.00万元"
    assert [e for e in check_text(two).errors if "digits swapped" not in e.message] == []


@given(st.integers(1, 999), st.integers(1, 999))
def test_two_moves_of_one_stock_conflict_exactly_when_they_differ(a: int, b: int) -> None:
    text = WRAP.replace("4.12%", f"{a / 100:.2f}%").format(f"{b / 100:.2f}")
    assert bool(check_text(text).errors) == (a != b)


LEADER_STORY = (
    "白酒板块12月3日涨1.12%，舍得酒业领涨\n"
    "- 12月3日白酒板块整体上涨1.12%，领涨个股为舍得酒业，涨幅达{a}%\n"
    "- 舍得酒业领涨板块，收盘价61.20元，涨幅{b}%，成交额5.31亿元\n"
)


def test_the_leading_stock_named_twice_with_two_moves_is_an_error() -> None:
    assert not check_text(LEADER_STORY.format(a="4.25", b="4.25")).errors
    errors = check_text(LEADER_STORY.format(a="4.25", b="4.52")).errors
    assert [f.kind for f in errors] == ["contradiction"] and "4.52" in errors[0].message


@given(
    a=st.integers(min_value=1, max_value=999),
    b=st.integers(min_value=1, max_value=999),
)
def test_property_leading_stock_moves(a: int, b: int) -> None:
    text = LEADER_STORY.format(a=f"{a / 100:.2f}", b=f"{b / 100:.2f}")
    errors = [f for f in check_text(text).errors if f.kind == "contradiction"]
    assert len(errors) == (0 if a == b else 1), text
