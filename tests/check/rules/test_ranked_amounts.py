"""A ranked list of amounts must run from the largest down."""

from __future__ import annotations

import pytest

from sectorbrief.check import check_text

# real: holdout7 0e6949f925 (provincial box office, week 43)
REAL = "本周全国省市票房排名第十一至十五名依次为：重庆440.23万元、安徽423.01万元、福建411.49万元、广西347.96元和黑龙江329.71万元。"


def test_an_amount_missing_its_wan_puts_the_list_out_of_order() -> None:
    errors = check_text(REAL).errors
    assert len(errors) == 1 and errors[0].kind == "rank"
    assert "347.96元" in errors[0].message and "329.71万元" in errors[0].message


@pytest.mark.parametrize(
    "text",
    [
        "票房前五名分别为：《A》1.12亿元、《B》7441万元、《C》8818万元、《D》4556万元和《E》4044万元。",
        "本月销量排名前三的品牌依次为：甲品牌12.5万辆、乙品牌13.1万辆和丙品牌9.8万辆。",
        "成交额前五名分别为：中船股份(9209.21万元)，航天长峰(4975.53万元)，洪都航空(4550.52万元)，航空动力(2840.23万元)和东安动力(2945.44万元)。",
    ],
)
def test_variants_out_of_order_are_errors(text: str) -> None:
    assert [f.kind for f in check_text(text).errors] == ["rank"], text


@pytest.mark.parametrize(
    "text",
    [
        REAL.replace("347.96元", "347.96万元"),
        # real consistent lists: holdout7 8d8fe77863, holdout4b cb4cf2622b
        "本周全国省市票房排名第十一至十五名依次为：广西1487.72万元、安徽1469.12万元、湖南1381.52万元、辽宁1135.70万元和陕西1125.92万元。",
        "本周军工板块成交额排名前五的股票分别为：中船股份(9209.21万元)，航天长峰(4975.53万元)，洪都航空(4550.52万元)，航空动力(2840.23万元)和东安动力(2645.44万元)。",
        # a bottom list is not read top-down; two kinds of unit are not one ranking
        "票房倒数前三名依次为：甲省12.1万元、乙省15.3万元、丙省18.2万元。",
        "前三名依次为：甲100万元、乙120万人次、丙90万元。",
    ],
)
def test_ordered_or_unreadable_lists_raise_no_error(text: str) -> None:
    assert not check_text(text).errors, text


def test_a_list_written_smallest_first_is_not_read() -> None:
    assert not check_text("成交额前四名依次为：甲1.1亿元、乙1.5亿元、丙2.0亿元和丁2.6亿元。").findings
