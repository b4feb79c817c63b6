"""A record high below an earlier record low of the same index."""

from __future__ import annotations

from sectorbrief.check import check_text

# 29ca7547f0 (holdout5c, real)
REAL = (
    "2020年年初，席卷全球，导致全球经济陷入衰退。恒指在2020年3月12日创下33,833点的历史低点。不过，随着全球"
    "经济逐渐复苏，恒指在2021年开始反弹，并于2022年1月18日创下{}点的历史新高。"
)


def test_a_new_high_below_an_earlier_low_is_an_error() -> None:
    errors = check_text(REAL.format("30,000")).errors
    assert len(errors) == 1 and "30,000点的历史新高" in errors[0].message


def test_a_new_high_above_the_low_and_undated_past_lows_pass() -> None:
    assert not check_text(REAL.format("33,900")).errors
    # a 历史低点 dated after the high, or not dated, may be any notable low: not compared
    later = "恒指于2018年1月29日创下33,484点的历史新高，其后在2020年3月创下21,139点的历史低点。"
    assert not check_text(later).errors
    assert not check_text("恒指在2021年创下30,000点的历史新高，较33,833点的历史低点回升。").errors
