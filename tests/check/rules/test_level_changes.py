"""A change stated beside both of its levels must be their difference (and its percentage their ratio)."""

from __future__ import annotations

from sectorbrief.check import check_text

# real, consistent (holdout5b 98ed5d55cb; holdout5c 1711144a00, cf53969c92, fdd06336c2; holdout6 2a990b48a2)
CONSISTENT = (
    "2024年年初至今，A股市场总市值从83.7万亿元上升至93.9万亿元，增幅为12.2%。",
    "据中国结算公司数据，2008年沪深两市总市值从32.71万亿元缩水至12.14万亿元，蒸发20.57万亿元，市场呈现典型的三阶段特征：",
    "证交所指出，今天全体上市公司市值33兆3786.30亿元，较1月12日增加7963.85亿元，增幅约2.44%。",
    "证交所发布新闻稿指出，今天全体上市公司总市值新台币55兆9375.12亿元，较上周市值55兆127.41亿元增加9247.71亿元，增幅约1.68%。",
    "全周沪市成交金额为34666亿元，较上周的39050亿元和前周的41024亿元大幅萎缩。",
    "沪深两市成交额2.12万亿，较上一个交易日缩量2023亿。",
)


def test_consistent_real_changes_check_clean() -> None:
    for text in CONSISTENT:
        assert not check_text(text).errors, text


def test_a_change_against_its_two_stated_levels() -> None:
    """dfd4fb585d (holdout6, real): 3.18 − 2.32 = 0.86万亿 (8500–8700亿 with the rounding), not 8113亿."""
    text = "成交金额方面，当日两市总成交额为2.32万亿元，较9月18日的3.18万亿元显著缩量8113亿元，创下近期地量水平。"
    errors = check_text(text).errors
    assert len(errors) == 1 and "8600亿" in errors[0].message and "缩量8113亿元" in errors[0].snippet
    assert not check_text(text.replace("8113亿元", "8600亿元")).errors
    assert not check_text(text.replace("8113亿元", "0.86万亿元")).errors
    assert not check_text(text.replace("8113亿元", "8520亿元")).errors  # within the printed rounding
    # 约/近: how far the figure may be is not stated, so a warning
    vague = check_text(text.replace("显著缩量8113亿元", "缩量约8113亿元"))
    assert not vague.errors and len(vague.findings) == 1


def test_a_percentage_change_against_its_two_stated_levels() -> None:
    """dfd4fb585d's second sentence: the level is the one set by 降至, not the 2万亿 in between."""
    text = (
        "9月19日成交额骤降至2.32万亿元，结束了自8月13日以来连续26个交易日破2万亿元的高位成交趋势，"
        "且较前一日3.18万亿元的天量水平缩量{}%。"
    )
    assert not check_text(text.format("27.0")).errors
    assert len(check_text(text.format("25.5")).errors) == 1
    near = check_text(text.format("近25.5"))
    assert not near.errors and len(near.findings) == 1


def test_from_to_forms_with_amounts_percentages_and_points() -> None:
    ok = "两市成交额从1.23万亿元增至1.52万亿元，增加2900亿元，增幅23.6%。"
    assert not check_text(ok).errors
    assert len(check_text(ok.replace("增幅23.6%", "增幅20.6%")).errors) == 1
    assert len(check_text(ok.replace("2900亿元", "2000亿元")).errors) == 1
    assert (
        len(check_text("2008年沪深两市总市值从32.71万亿元缩水至12.14万亿元，蒸发21.57万亿元。").errors) == 1
    )
    assert not check_text("融资余额由1.52万亿元降至1.48万亿元，减少400亿元。").errors
    assert not check_text("毛利率从35.2%下降至33.1%，下降2.1个百分点。").errors
    assert len(check_text("毛利率从35.2%下降至33.1%，下降1.1个百分点。").errors) == 1


def test_a_change_whose_word_contradicts_its_levels_or_units_is_not_read() -> None:
    assert not check_text("成交额从1.23万亿元增至1.52万亿元，减少900亿元。").errors
    assert not check_text("成交额为2.32万亿元，较9月18日的3.18万亿股减少100亿元。").errors
    # the word against its levels is read by the fallback rule comparisons (direction_moves), not as a change
    errors = check_text("成交额为2.32万亿元，较9月18日的3.18万亿元增加100亿元。").errors
    assert len(errors) == 1 and "'增加' says the level rose" in errors[0].message


def test_only_the_change_and_its_percentage_are_read_after_the_levels() -> None:
    ok = "成交额3000亿元，较昨日的2800亿元增加200亿元，其中沪市增加120亿元。"
    assert not check_text(ok).errors  # 120亿 is the 沪市's change, not the whole one's
    assert not check_text("成交额3000亿元，较昨日的2800亿元增加200亿元或7.1%。").errors
    assert len(check_text("成交额3000亿元，较昨日的2800亿元增加200亿元或9.1%。").errors) == 1
    # a base described before its amount (从年初的…)
    assert len(check_text("两市成交额从年初的1.23万亿元增至1.52万亿元，增加2000亿元。").errors) == 1


def test_percentage_points_in_pct() -> None:
    assert not check_text("行业毛利率从35.2%下降至33.1%，同比下降2.1pct。").errors
    assert len(check_text("行业毛利率从35.2%下降至33.1%，下降1.1pct。").errors) == 1


def test_a_base_of_zero_has_no_percentage() -> None:
    for text in ("成交额从0亿元增至5亿元，增幅20%。", "成交额为0亿元，较昨日的5亿元减少5亿元，降幅100%。"):
        assert not check_text(text).errors


def test_an_amount_in_zhao_and_yi_is_read_whole() -> None:
    """15e4678268 (pool B, real): 53兆9125.19亿 − 53兆2331.1亿 = 6794.09亿; 兆 is 万亿, the 亿 part follows it."""
    text = "證交所指出，今天全體上市公司總市值為53兆9125.19億元,較11月5日市值53兆2331.1億元增加6794.09億元,增幅約1.28%。"
    assert not check_text(text).errors
    (error,) = check_text(text.replace("增加6794.09億元", "增加6749.09億元")).errors
    assert "6794.1亿" in error.message and "not 6749.09亿" in error.message
    assert "53兆2331.1亿元增加6749.09亿元" in error.snippet
    # within the printed rounding of 2331.1 (2331.05–2331.15)
    assert not check_text(text.replace("增加6794.09億元", "增加6794.12億元")).errors
