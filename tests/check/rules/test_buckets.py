"""A bucket heading's range against the figures given for its members."""

from __future__ import annotations

from sectorbrief.check import check_text

# f551272502 (holdout5b, real), shortened: the first bucket agrees with its members, the second does not.
REAL = (
    "1. 领涨行业(涨幅超4.5%)：有色金属、国防军工、电力设备、建筑材料\n"
    "有色金属(涨幅6.43%)：作为涨幅冠军，主要受两方面驱动；国防军工(涨幅6.00%)：板块迎来估值与业绩双修复；"
    "电力设备(涨幅5.37%)：推动板块走强；建筑材料(涨幅4.56%)：带动板块估值修复。"
    "2. 消费修复板块(涨幅{})：纺织服饰、商贸零售、公用事业\n"
    "纺织服饰(涨幅0.61%)、商贸零售(涨幅0.16%)：资金提前布局春节前消费旺季；公用事业(涨幅0.83%)：板块防御属性"
    "与政策驱动属性兼具。"
)


def test_members_outside_their_heading_range_are_one_error() -> None:
    errors = check_text(REAL.format("1%-3%")).errors
    assert len(errors) == 1
    assert "涨幅1%-3%" in errors[0].message and "商贸零售 0.16%" in errors[0].message


def test_members_inside_their_ranges_pass() -> None:
    assert not check_text(REAL.format("0%-1%")).errors
    assert not check_text(REAL.format("1%以下")).errors


def test_a_fall_bucket_reads_sizes() -> None:
    text = "领跌行业(跌幅超2%)：煤炭、银行\n煤炭(跌幅{}%)，银行(-2.40%)。"
    assert not check_text(text.format("3.10")).errors
    assert check_text(text.format("1.10")).errors
