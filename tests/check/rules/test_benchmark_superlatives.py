"""A superlative among the A-share benchmarks against the other benchmarks of its sentence."""

from __future__ import annotations

from sectorbrief.check import check_text


def test_the_best_benchmark_cannot_trail_another_one_in_the_same_sentence() -> None:
    """47380e5bc2 (holdout5c, real): 中证500 +4.34% called 表现最佳 beside 深证成指 +6.76%."""
    text = (
        "上周(2026.01.19-2026.01.23)全球主要市场涨跌互现，A股市场中，中证500指数上涨4.34%，表现最佳，"
        "深证成指上涨{}%，上证50指数下跌1.54%，沪深300指数下跌0.62%。"
    )
    errors = check_text(text.format("6.76")).errors
    assert len(errors) == 1 and "深证成指上涨6.76%" in errors[0].message
    assert not check_text(text.format("2.76")).errors


def test_a_worst_benchmark_and_the_before_form() -> None:
    assert check_text("本周创业板指下跌1.2%，跌幅最大，科创50下跌2.5%，沪深300下跌0.3%。").errors
    assert not check_text("本周创业板指下跌3.2%，跌幅最大，科创50下跌2.5%，沪深300下跌0.3%。").errors
    assert check_text("上周中证500指数涨幅最大，为1.5%，上证指数上涨2.1%。").errors


def test_consistent_real_sentences_and_other_markets_pass() -> None:
    """47380e5bc2's summary (the 恒生指数 is not an A-share benchmark), 6a77b6d58d (a list of two leaders with
    their figures in order) and a sentence with another period for the second figure."""
    for text in (
        "上周A股市场表现分化，中证500指数涨幅最大，为4.34%，而港股恒生指数下跌0.36%。",
        "主要指数普遍上涨，科创50、中证1000领涨12.3%、8.7%，上证指数、创业板指上涨3.8%、4.5%。",
        "本周沪深300上涨1.2%，表现最佳，今年以来创业板指上涨8.5%。",
        "A股市场中，沪深300上涨1.2%，表现最佳，恒生指数上涨3.5%，纳斯达克指数上涨2.1%。",
    ):
        assert not check_text(text).errors, text


def test_a_superlative_that_names_the_next_index_is_not_the_previous_ones() -> None:
    text = "本周上证指数上涨1.2%，表现最佳的是创业板指，上涨3.5%。"
    assert not check_text(text).errors


def test_figures_in_a_list_and_a_superlative_without_its_own_figure() -> None:
    """2f1e6ec4d1 (holdout, real) gives the three indices as a 分别 list; the superlative is added here."""
    listed = "本周上证指数、深证成指、创业板指涨跌幅分别为1.42%、{}%、2.65%，创业板指涨幅最大。"
    assert not check_text(listed.format("1.53")).errors
    assert len(check_text(listed.format("3.53")).errors) == 1
    single = "本周三大指数均上涨，上证指数涨1.29%，深证成指涨{}%，创业板指涨2.53%，其中创业板指涨幅最大。"
    assert not check_text(single.format("1.76")).errors
    assert len(check_text(single.format("2.76")).errors) == 1
