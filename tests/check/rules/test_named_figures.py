"""A word of size before a bare name, against that name's figure of the same measure stated before it
(named_figures.py), and an amount after a name that leaves its unit to the left side (comparison_figures.py)."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from sectorbrief.check import check_text

# real: holdout_m24 original m24-42-80f062de28 (pool B; two indices' top-ten weights)
WEIGHTS = (
    "再看这两个指数的前十大权重股,中证畜牧养殖指数的前十大权重累计占比为70.5%,集中度非常高,其中权重占比超过8%的共有4只,"
    "分别为海大集团、牧原股份、温氏股份和梅花生物。\n"
    "中证农牧主题指数的前十大权重占比仅有48.06%,明显低于中证畜牧养殖指数,且单只个股的权重占比均未超过6%。"
)
# real: holdout_m24 original m24-27-a65de7e049 (box office, 455亿 leaves 元 to 478亿元)
BOX_OFFICE = "从全年票房的角度统计,截至10月30日,今年已收获近478亿元票房,超过2016年455亿的全年票房数据。"

CLEAN = [
    WEIGHTS,
    BOX_OFFICE,
    # real: pool B a7c9fab8e4: a fall's size against a name (not read here)
    "同期通信行业(申万)下跌1.46%，跌幅大于中小板指数。通信行业各子板块中，通信设备下跌1.49%，通信运营下跌1.21%。",
    # real: pool B a8da54b2a0: a name with no figure stated for it
    "产量由2010年5.2万吨增至2021年50.5万吨，复合增速达23%，增速远高于传统行业。",
    # real: pool B d66d7b8986: an amount after 超过 with no name
    "据初步统计，超过4亿元的票房中，《捉妖记》贡献了1.8亿元。",
]


@pytest.mark.parametrize("text", CLEAN)
def test_consistent_comparisons_pass(text: str) -> None:
    assert not check_text(text).errors, text


def test_above_a_name_whose_figure_was_stated_higher_is_an_error() -> None:
    # slip from WEIGHTS (m24-42): 明显低于 -> 明显高于
    errors = check_text(WEIGHTS.replace("明显低于", "明显高于")).errors
    assert len(errors) == 1
    message = errors[0].message
    assert "高于中证畜牧养殖指数" in message and "70.5%" in message and "48.06 − 70.5 = -22.44" in message
    assert "consistent would be 低于" in message


def test_a_figure_stated_under_another_measure_is_not_read() -> None:
    # the earlier figure is 市值, not 占比: another measure
    text = "中证畜牧养殖指数的平均流通市值约为127亿元。中证农牧主题指数的前十大权重占比仅有48.06%,明显高于中证畜牧养殖指数。"
    assert not check_text(text).errors


def test_an_amount_that_leaves_its_unit_to_the_left_side_is_read() -> None:
    # slip from BOX_OFFICE (m24-27): 超过 -> 不及
    errors = check_text(BOX_OFFICE.replace("超过2016年", "不及2016年")).errors
    assert len(errors) == 1
    assert (
        "不及" in errors[0].message
        and "455亿元" in errors[0].message
        and "consistent would be 超过" in errors[0].message
    )


@given(st.sampled_from(["高于", "低于"]), st.integers(100, 9000), st.integers(100, 9000))
def test_the_word_and_the_two_figures_disagree_exactly_when_reported(word: str, a: int, b: int) -> None:
    text = f"中证甲指数的前十大权重占比为{b / 100:.2f}%。中证乙指数的前十大权重占比为{a / 100:.2f}%，{word}中证甲指数。"
    wrong = a != b and (a > b) != (word == "高于")  # printed to the same digit, only equal figures tie
    ours = [f for f in check_text(text).errors if f"'{word}中证甲指数' says" in f.message]
    assert len(ours) == (1 if wrong else 0), text
