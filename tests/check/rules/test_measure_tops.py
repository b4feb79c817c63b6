"""Two names each called the top of one measure, with figures that cannot both hold."""

from __future__ import annotations

from sectorbrief.check import check_text

REAL = (  # 7487a9f4d0 (holdout6, real)
    "个股涨跌情况 - 兴森科技成交量215.01万手居首，成交额36.37亿元，涨幅3.29%位列第一[1] - 崇达技术成交量135.41万手，"
    "成交额20.66亿元，跌幅9.97%为板块最低[2] - 方正科技成交量397.81万手为全板块最高，成交额28.96亿元，跌幅5.41%[2]"
)


def test_two_tops_of_one_measure_whose_figures_disagree() -> None:
    errors = check_text(REAL).errors
    assert (
        len(errors) == 1 and "成交量215.01万手居首" in errors[0].snippet and "方正科技" in errors[0].message
    )


def test_consistent_or_unrelated_tops_check_clean() -> None:
    assert not check_text(REAL.replace("397.81万手为全板块最高", "197.81万手")).errors
    # two measures, or one name twice, or a market-wide top against a board's top
    assert not check_text("兴森科技成交量215.01万手居首。方正科技成交额397.81亿元为全板块最高。").errors
    assert not check_text("兴森科技成交量215.01万手居首。兴森科技成交量215.0万手为全板块最高。").errors
    assert not check_text("兴森科技成交量215.01万手居首。方正科技成交量397.81万手为两市最高。").errors
    # the tops of two paragraphs (two boards, two days) are not one claim
    assert not check_text("兴森科技成交量215.01万手居首。\n\n方正科技成交量397.81万手为全板块最高。").errors
    # real (holdout6 0611daa1d7's form): a top volume and a top turnover by two stocks
    assert not check_text("西王食品成交量95.02万手居首，安井食品成交额3.89亿元居首。").errors


def test_bottoms_and_a_wide_claim_that_a_board_figure_beats() -> None:
    assert len(check_text("甲公司换手率1.2%最低，乙公司换手率0.8%为全板块最低。").errors) == 1
    assert len(check_text("甲公司成交额12.5亿元为两市最高，乙公司成交额20.1亿元为板块最高。").errors) == 1


def test_tops_of_two_periods_are_not_one_claim() -> None:
    text = "本周兴森科技成交量215.01万手居首，上周方正科技成交量397.81万手为全板块最高。"
    assert not check_text(text).errors
    assert len(check_text(text.replace("上周", "本周")).errors) == 1
