"""An amount, its change and the change as a percentage must agree."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from sectorbrief.check import check_text


def test_real_changes_agree_and_a_changed_percentage_does_not() -> None:
    """dc3a4a6381 (holdout, real): turnover 2.08万亿元 down 0.18万亿元 (7.73-8.20% over the rounding, printed
    7.92%), and 253.59亿元 down 140.12亿元 = 35.59%."""
    text = "成交金额 2.08 万亿元，较上周减少 0.18 万亿元，降幅 7.92%。板块成交金额 253.59 亿元，较上周减少 140.12 亿元，降幅 {}%。"
    assert not check_text(text.format("35.59")).errors
    errors = check_text(text.format("53.59")).errors
    assert len(errors) == 1 and "35.59" in errors[0].message


def test_whole_yuan_quotes_leave_room_and_brackets_are_read() -> None:
    """d364ede0ff (holdout4, real): 79/979 is 8.07%, but whole yuan allow 8.13%, so 8.12% is not an error;
    748元/吨 after +43 is 6.10%."""
    ok = "动力煤平仓价报748元/吨，环比上涨43元/吨(+6.1%)；广州港神木块库提价1058元/吨，环比上涨79元/吨(+8.12%)。"
    assert not check_text(ok).errors
    assert len(check_text(ok.replace("(+6.1%)", "(+6.4%)")).errors) == 1


def test_the_base_of_a_comparison_is_not_the_amount() -> None:
    """points.py reads this one; changes.py must not read 2612.19点 as the amount (nor points at all)."""
    text = "9月2日上证综合指数报收于2528.28点，与前周末的2612.19点相比下跌83.91点，跌幅3.21%。"
    assert not check_text(text).errors


SCFI = (  # real: holdout7 7adc377229 (SCFI lanes, Traditional in the page)
    "SCFI今日上海到歐洲線每箱(20呎櫃)3103美元,周漲232美元,漲幅8.08%、地中海線每箱4037美元,周漲417美元,漲幅11.52%,"
    "美西每大箱3974美元,周漲1199美元,漲幅43.21%,美東每大箱5831美元,周漲1882美元,漲幅47.86%。"
)


def test_a_freight_lane_whose_weekly_percentage_does_not_follow_is_an_error() -> None:
    errors = check_text(SCFI).errors
    assert len(errors) == 1 and "47.86" in errors[0].message and "47.66" in errors[0].message
    assert not check_text(SCFI.replace("47.86%", "47.66%")).errors


def test_freight_lane_moves_that_agree_check_clean() -> None:
    for text in (
        "波斯湾每箱运价2224美元，周跌114美元，跌幅4.88%；东南亚线每箱运价309美元，周涨50美元，涨幅19.31%。",
        "铁矿石价格报105美元/吨，周跌3美元/吨，跌幅2.78%。",
    ):
        assert not check_text(text).errors, text
    assert check_text("铁矿石价格报105美元/吨，周跌3美元/吨，跌幅3.78%。").errors


@pytest.mark.parametrize(
    "text",
    [
        # real consistent prose: holdout7 1ff3e668b3, f2bc21af35, d36607c6ec; holdout5c 0c072caff1
        "西德州中质原油期货价格下跌2.69美元，跌幅10.7%，收于每桶22.53美元。5月WTI原油收跌3.28美元，跌幅12.7%，收于每桶22.63美元。",
        "日均获利下降37美元或0.46%，至8,013美元。",
        "远东到美西每FEU(40呎柜)为1627美元，下跌69美元，跌幅4.07%。",
        "辉达股价收186.86美元，跌6.94美元，跌幅3.58%；台积电ADR亦同步走弱，收282.20美元，跌8.42美元，跌幅达2.90%。",
    ],
)
def test_price_moves_before_or_after_their_level_that_agree_check_clean(text: str) -> None:
    assert not check_text(text).errors, text


@pytest.mark.parametrize(
    ("text", "right"),
    [
        ("西德州中质原油期货价格下跌2.69美元，跌幅1.07%，收于每桶22.53美元。", "10.67"),
        ("日均获利下降37美元或0.64%，至8,013美元。", "0.46"),
        ("远东到美西每FEU(40呎柜)为1627美元，下跌69美元，跌幅4.70%。", "4.07"),
    ],
)
def test_price_moves_whose_percentage_does_not_follow_are_errors(text: str, right: str) -> None:
    errors = check_text(text).errors
    assert len(errors) == 1 and right in errors[0].message, (text, errors)


# real: holdout10 4a1b5c6cda, d217b118a6, c73d465c37 (weekly 光伏 ranking; 比上周增多/降低/下跌, then the move's words)
PV_WRONG = "截至2026年2月6日下午收盘，58 家光伏企业市值总计21764.81亿元，比上周增多743.09亿元，上涨3.39%。"


def test_a_level_its_weekly_change_and_a_move_word_percentage_are_read() -> None:
    errors = check_text(PV_WRONG).errors
    assert len(errors) == 1 and "3.39%" in errors[0].message and "3.53%" in errors[0].message


@pytest.mark.parametrize(
    "text",
    [
        PV_WRONG.replace("3.39%", "3.53%"),
        "截止2024年10月18日下午收盘，56 家光伏企业市值总计 15883.34 亿元，比上周降低136.19亿元，下降幅度0.85%。",
        "截止2022年4月15日下午收盘，43家光伏企业市值总计19676.43亿元，比上周下跌1254.94亿元，本周下跌6%。",
    ],
)
def test_real_weekly_totals_that_agree_check_clean(text: str) -> None:
    assert not check_text(text).errors, text


def test_a_fall_with_a_rise_word_is_not_one_change() -> None:
    # variant: 降低 then 上涨: two different moves (or a direction slip), not a percentage to check
    assert not check_text("市值总计15883.34亿元，比上周降低136.19亿元，上涨0.85%。").errors


def test_one_change_said_to_go_both_ways_is_caught() -> None:
    """dc3a4a6381 (holdout5, pool B, real): 253.59亿元 after 减少140.12亿元 is 降幅35.59%. With 增加 the size word
    still fits the amounts (140.12 / 393.71 = 35.59%), so both words are one change's and one of them is wrong; a
    size word that fits neither direction may be another measure's and is not read."""
    real = "煤炭板块本周指数报收2578.75点，较上周下跌1.54点，跌幅0.06%，成交金额253.59亿元，较上周减少140.12亿元，降幅35.59%。"
    assert not check_text(real).errors
    errors = check_text(real.replace("较上周减少140.12", "较上周增加140.12")).errors
    assert len(errors) == 1
    assert "「增加140.12亿元」 and 「降幅35.59%」 are one change" in errors[0].message
    assert "opposite directions" in errors[0].message
    # a size word that fits neither direction is not read here by the amounts, but its word still goes against
    # the change's: one move both ways (move_signs.py)
    errors = check_text("成交金额253.59亿元，较上周增加140.12亿元，降幅3.2%。").errors
    assert len(errors) == 1 and "state one move in opposite directions" in errors[0].message


def test_amounts_in_zhao_are_read_whole() -> None:
    """cf53969c92 and 72bb4d3b37 (pool B, real, Taiwan): 兆 is 万亿, and 33兆3786.30亿元 is one amount; a date may
    stand between 较 and the verb, and 约 between the verb and the change."""
    one = "全體上市公司市值33兆3786.30億元，較1月12日增加7963.85億元，增幅約2.44%。"
    two = "上市公司總市值為新台幣91.22兆元，較上週增加約2.29兆元，增幅約2.58%。"
    assert not check_text(one).errors and not check_text(two).errors
    errors = check_text(one.replace("增幅約2.44%", "增幅約3.44%")).errors
    assert len(errors) == 1 and "33兆3786.30亿元 after a change of 7963.85亿元 is 2.44%" in errors[0].message
    errors = check_text(two.replace("增加約2.29", "減少約2.29")).errors
    assert len(errors) == 1 and "「减少2.29兆元」 and 「增幅2.58%」 are one change" in errors[0].message


# ab6acf1c93 (holdout_m23's source, seen): a change with its rate written as signed growth (增长-5.99% is a fall)
_SIGNED_GROWTH = "截止2020年3月13日下午收盘,33家光伏企业市值总计6174.69亿元,比上周减少393亿元,增长-5.99%。"


def test_a_signed_growth_rate_that_fits_is_clean() -> None:
    assert not check_text(_SIGNED_GROWTH).errors


def test_a_signed_growth_rate_against_its_verb_is_one_change_both_ways() -> None:
    errors = check_text(_SIGNED_GROWTH.replace("减少393", "增加393")).errors
    assert len(errors) == 1
    assert "「增加393亿元」 and 「增长-5.99%」 are one change" in errors[0].message
    assert "6174.69亿元 is 5.99%" in errors[0].message and "opposite directions" in errors[0].message


def test_a_signed_growth_rate_of_the_wrong_size_is_caught_with_its_sign() -> None:
    errors = check_text(_SIGNED_GROWTH.replace("增长-5.99%", "增长-4.99%")).errors
    assert len(errors) == 1 and "consistent would be -5.98%" in errors[0].message


def test_a_fall_word_with_a_minus_sign_is_not_read() -> None:
    # 跌幅-5.99%: a doubled sign (a template's style), not a growth rate with its direction
    assert not check_text(_SIGNED_GROWTH.replace("增长-5.99%", "降幅-5.99%")).errors


@given(
    before=st.integers(min_value=1_000, max_value=99_999),
    change=st.integers(min_value=50, max_value=900),
    up=st.booleans(),
)
def test_a_signed_growth_rate_is_read_by_its_sign(before: int, change: int, up: bool) -> None:
    now = before + change if up else before - change
    rate = f"{'' if up else '-'}{change / before * 100:.2f}%"
    right, wrong = ("增加", "减少") if up else ("减少", "增加")
    assert not check_text(f"市值总计{now}亿元,比上周{right}{change}亿元,增长{rate}。").errors
    errors = check_text(f"市值总计{now}亿元,比上周{wrong}{change}亿元,增长{rate}。").errors
    assert len(errors) == 1 and "are one change" in errors[0].message
