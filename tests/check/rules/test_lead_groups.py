"""Names said to lead together, their figures before the lead word, against the other names of their sentence."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from sectorbrief.check import check_text

# real, consistent (holdout_m24 original m24-44-4dd3b05d17)
POWER = (
    "细分板块呈现差异化行情:储能(涨 58%)、风电(涨 43%)板块受益于景气爆发领跑,光伏(涨 32%)因供需错配表现相对滞后,"
    "电网设备(涨 34%)则凭借防御属性平稳增长。"
)


def test_consistent_real_leaders_check_clean() -> None:
    assert not check_text(POWER).errors


def test_a_leader_below_another_name_is_an_error() -> None:
    errors = check_text(POWER.replace("涨 43%", "涨 23%")).errors
    assert len(errors) == 1
    assert "「风电(涨23%)」 is among the names said to 领跑" in errors[0].message
    assert "「光伏(涨32%)」" in errors[0].message and "at most 23%" in errors[0].message


def test_one_leader_or_a_run_ending_at_its_place_is_not_read_here() -> None:
    # one leader: no group; 甲(涨5%)、乙(涨4%)领涨 ends at its place: rankings.py reads it
    assert not check_text("储能(涨 58%)板块受益于景气爆发领跑,光伏(涨 62%)表现相对滞后。").errors
    assert not check_text(
        "领先于大盘的储能(涨 58%)、风电(涨 43%)板块受益于景气,光伏(涨 62%)表现相对滞后。"
    ).errors


@given(low=st.integers(10, 90), other=st.integers(10, 90))
def test_the_other_name_is_an_error_exactly_when_above_the_lowest_leader(low: int, other: int) -> None:
    text = f"细分板块中,储能(涨 95%)、风电(涨 {low}%)板块受益于景气爆发领跑,光伏(涨 {other}%)表现相对滞后。"
    assert bool(check_text(text).errors) == (other > low)
