"""A headline or summary figure against the body's figure for the same index and period."""

from __future__ import annotations

from sectorbrief.check import check_text

# 3da1ee5c9e (holdout4b, real)
SUMMARY = (
    "投资要点: 申万计算机指数上涨{}%,行业排名第2位。3月1日至3月31日,上证指数下跌0.21%,沪深300指数下跌0.46%,"
    "创业板指下跌1.22%,申万计算机指数上涨10.45%,领先上证指数10.66个百分点,领先沪深300指数10.91个百分点,"
    "在申万一级行业中排名第2位。"
)
# m5a-09 (holdout5a_mutations, a real weekly with its summary figure changed)
WEEKLY = (
    "行业核心观点:\n上周申万纺织服装指数下跌{}%,跑输上证综指0.17个百分点,在申万28个一级行业指数涨跌幅排第13。\n"
    "投资要点:\n行情回顾:上周(11月9日-11月13日)申万纺织服装指数下跌0.23%,跑输上证综指0.17个百分点,"
    "在申万28个一级行业指数涨跌幅排第13。"
)


def test_a_summary_line_without_a_period_against_the_body() -> None:
    errors = check_text(SUMMARY.format("15.11")).errors
    assert len(errors) == 1 and "15.11%" in errors[0].message and "10.45%" in errors[0].message
    assert not check_text(SUMMARY.format("10.45")).errors


def test_an_undated_week_against_the_week_the_body_dates() -> None:
    errors = check_text(WEEKLY.format("0.32")).errors
    assert len(errors) == 1 and "0.32%" in errors[0].message and "0.23%" in errors[0].message
    assert not check_text(WEEKLY.format("0.23")).errors


def test_a_page_of_several_dated_weeks_is_not_read_this_way() -> None:
    text = WEEKLY.format("0.23") + "\n上周(11月2日-11月6日)申万纺织服装指数上涨1.45%。"
    assert not check_text(text).findings


def test_a_first_line_with_a_date_is_not_a_summary_of_the_body() -> None:
    # a8b382a653 (holdout4b, real): three different periods
    text = (
        "2022 年10 月至春节前,主要指数均出现反弹,其中计算机板块大幅上涨28.41%,显著跑赢其他主要指数。\n"
        "截至5 月4 日,计算机(申万)显著跑赢大盘,年初以来涨幅达25.81%,位列申万一级行业第3 位。"
    )
    assert not check_text(text).findings


def test_a_headline_after_a_pipe_against_a_body_dated_with_full_dates() -> None:
    """c24: 行业周报|X指数跌a% heads a body dated 2025年3月3日-2025年3月7日: the pipe opens the headline's
    clause (X is an index the table does not know) and a range of full dates is read, not a guess."""
    text = (
        "行业周报|船舶制造指数{}, 跑输上证指数2.10%\n本周行情回顾:\n"
        "2025年3月3日-2025年3月7日,上证指数涨0.50%,报3372.55点。船舶制造指数跌1.60%,跑输上证指数2.10%。"
    )
    errors = check_text(text.format("跌1.06%")).errors
    assert len(errors) == 1 and "1.06%" in errors[0].message and "1.60%" in errors[0].message
    assert check_text(text.format("跌1.60%")).errors == ()
    assert check_text(text.format("跌-1.60%")).errors == ()
