"""A mark said to be crossed (跌破/失守, 突破/站上) against the level the text then states (thresholds.py)."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from sectorbrief.check import check_text

# real: holdout_m24 original m24-17-94bee4985d (pool B; 飞天茅台 wholesale price, Traditional with glosses)
MOUTAI = (
    "值得一提的是,2024年飛天茅臺今日批發(fā)價跌破2500元/瓶。今日酒價數(shù)據(jù)顯示,9月19日,"
    "2024年飛天茅臺(原)53度/500ml批發(fā)價為2490元/瓶,較昨日下跌10元;2024年飛天(散)53度/500ml價格報2365元/瓶,與昨日持平。"
)
# real: holdout_m24 original m24-32-92557ff3ab (gold futures; a headline line with no measure)
GOLD = (
    "近日\n失守2600美元关口\n国际金价跌幅已超过9%\n为今年以来幅度最大\n创近三年来最大单周跌幅\n"
    "国际金价已连跌数日。截至上周五收盘,纽商所12月黄金期价收于每盎司2570.10美元,跌幅为0.11%。"
)

CLEAN = [
    MOUTAI,
    GOLD,
    # real: pool B 232a6e530c: the close below the mark broken
    "深證成指當(dāng)日跌破16000點(diǎn)整數(shù)關(guān)口,報(bào)收于15995.85點(diǎn),跌幅也達(dá)到7.06%。",
    # real: pool B 6dd93324ab: two marks crossed, the close above both
    "科技指數接連突破3600點及3700點關口,收市報3718點,升幅4.6%。",
    # real: pool B 2b6b6c927e
    "A股出现大幅跳水,上证指数跌破2400点整数关口。至收盘,上证指数收报于2376.84点,跌33.34点,跌幅为1.38%。",
    # real: pool B e499ca1353: crossed in the morning (早段), closed back above
    "港股連跌5日,恒生指數早段再度失守18000點水平,最多跌逾200點,低見17892點,收市報18025點,跌70點,跌幅約0.4%。",
    # real: pool B 0ae0f63e72: crossed in the day, pushed back above at the close (尾市 … 推高)
    "港股開(kāi)市后“逢關(guān)破關(guān)”,恒指失守完12000點(diǎn)後繼而再跌穿11000點(diǎn)心理關(guān)口,最低見(jiàn)10676點(diǎn)。"
    "藍(lán)籌股全面暴瀉,尾市有買(mǎi)盤(pán)略推高至11000點(diǎn)以上收市,收?qǐng)?bào)11016點(diǎn),大瀉1603點(diǎn)或12.7%。",
]


@pytest.mark.parametrize("text", CLEAN)
def test_levels_on_the_side_of_the_mark_pass(text: str) -> None:
    assert not check_text(text).errors, text


def test_a_price_above_the_mark_it_broke_below_is_an_error() -> None:
    # slip from MOUTAI (m24-17): 批發價為2490元/瓶 -> 2590元/瓶
    errors = check_text(MOUTAI.replace("為2490元/瓶", "為2590元/瓶")).errors
    assert len(errors) == 1
    assert "跌破2500元/瓶" in errors[0].message and "为2590元/瓶" in errors[0].message
    assert "under 2500" in errors[0].message


def test_a_headline_mark_against_the_one_close_of_its_currency_is_an_error() -> None:
    # slip from GOLD (m24-32): 失守2600美元关口 -> 站上2600美元关口
    errors = check_text(GOLD.replace("失守2600", "站上2600")).errors
    assert len(errors) == 1
    assert "站上2600美元关口" in errors[0].message and "收于每盎司2570.10美元" in errors[0].message


def test_a_close_above_a_mark_said_broken_is_an_error() -> None:
    # slip from pool B 232a6e530c: 報收于15995.85點 -> 16095.85點
    errors = check_text(CLEAN[2].replace("15995.85", "16095.85")).errors
    assert len(errors) == 1 and "跌破16000点" in errors[0].message and "16095.85点" in errors[0].message


@pytest.mark.parametrize("lead", ["盘中", "一度", "早盘", "午后"])
def test_a_crossing_within_the_day_is_not_read(lead: str) -> None:
    assert not check_text(f"上证指数{lead}跌破3000点，收盘报收于3010.50点。").errors


@given(st.sampled_from(["跌破", "失守", "突破", "站上"]), st.integers(2000, 4000), st.integers(-200, 200))
def test_the_mark_and_the_level_disagree_exactly_when_reported(verb: str, mark: int, gap: int) -> None:
    text = f"今日批发价{verb}{mark}元/瓶。数据显示，批发价为{mark + gap}元/瓶。"
    below = verb in ("跌破", "失守")
    wrong = (
        gap > 1 if below else gap < -1
    )  # within the two printings' rounding (half a unit each) is no crossing
    assert len(check_text(text).errors) == (1 if wrong else 0), text


# variant of 2b6b6c927e (pool B, real: 上证指数跌破2400点整数关口。至收盘，上证指数收报于2376.84点), the close first
CLOSE_FIRST = "至收盘，上证指数收报于2376.84点，跌破2400点整数关口。"


def test_a_close_stated_right_before_its_crossing_is_read() -> None:
    assert not check_text(CLOSE_FIRST).errors
    errors = check_text(CLOSE_FIRST.replace("2376.84", "2406.84")).errors
    assert len(errors) == 1
    assert (
        "「跌破2400点整数关口」 says it went below 2400, but 「收报于2406.84点」 puts it above"
        in errors[0].message
    )
    errors = check_text(CLOSE_FIRST.replace("跌破", "站上")).errors
    assert len(errors) == 1 and "「站上2400点整数关口」 says it went above 2400" in errors[0].message


def test_a_crossing_with_its_own_subject_or_within_the_day_is_not_read_against_the_close_before() -> None:
    assert not check_text("至收盘，上证指数收报于2406.84点，盘中一度跌破2400点。").errors
    assert not check_text("至收盘，上证指数收报于2406.84点，深证成指跌破2400点。").errors
