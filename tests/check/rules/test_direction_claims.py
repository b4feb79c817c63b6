"""Direction words held against the two returns they compare: 差于 as the opposite of 好于."""

from __future__ import annotations

import pytest

from sectorbrief.check import check_text


@pytest.mark.parametrize(
    "text",
    [
        "本周申万电力设备板块上涨2.10%，表现差于大盘，同期沪深300指数上涨1.00%。",
        "本月申万传媒指数下跌0.40%，走势差于沪深300指数(下跌1.60%)。",
        "本周申万医药生物板块累计上涨3.00%。这一涨幅差于大盘，同期上证指数上涨0.97%，沪深300指数上涨1.65%。",
    ],
)
def test_worse_than_said_of_an_index_that_did_better_is_an_error(text: str) -> None:
    errors = check_text(text).errors
    assert len(errors) == 1 and "差于" in errors[0].message, (text, errors)


@pytest.mark.parametrize(
    "text",
    [
        "本周申万电力设备板块上涨0.50%，表现差于大盘，同期沪深300指数上涨1.00%。",
        "本月申万传媒指数下跌2.40%，走势差于沪深300指数(下跌1.60%)。",
        # expectations, not a benchmark
        "本周申万电力设备板块上涨2.10%，装机数据差于预期。",
    ],
)
def test_worse_than_that_agrees_or_compares_no_index_raises_nothing(text: str) -> None:
    assert not check_text(text).errors, text


@pytest.mark.parametrize(
    ("text", "wrong"),
    [
        # 大盘 where the sentence before or after states several benchmarks: wrong against every one
        ("本周上证指数上涨1.10%，深证成指上涨1.30%。申万煤炭板块上涨0.20%，明显跑赢大盘。", True),
        ("本周申万煤炭板块上涨0.20%，明显跑赢大盘。同期上证指数上涨1.10%，深证成指上涨1.30%。", True),
        ("本周上证指数上涨1.10%，深证成指上涨1.30%。申万煤炭板块上涨2.20%，明显跑赢大盘。", False),
        # wrong against one of them only: which one 大盘 is, is not said
        ("本周上证指数上涨1.10%，深证成指上涨0.10%。申万煤炭板块上涨0.20%，明显跑赢大盘。", False),
        # another paragraph's benchmarks are not beside it
        ("本周上证指数上涨1.10%，深证成指上涨1.30%。\n\n申万煤炭板块上涨0.20%，明显跑赢大盘。", False),
    ],
)
def test_the_market_is_every_benchmark_stated_beside_the_claim(text: str, wrong: bool) -> None:
    errors = [f for f in check_text(text).errors if "大盘" in f.message]
    assert bool(errors) == wrong, (text, errors)


@pytest.mark.parametrize("lead", ["三者涨幅分别为", "涨幅分别为", "同期分别上涨"])
def test_returns_listed_after_the_benchmarks_a_word_compares_with_are_theirs(lead: str) -> None:
    text = f"本月申万家用电器指数上涨4.39%，显著跑赢上证综指、沪深300和创业板指，{lead}3.20%、2.30%、5.40%。"
    errors = check_text(text).errors
    assert len(errors) == 1 and "创业板指" in errors[0].message, (text, errors)
    assert not check_text(text.replace("5.40%", "1.40%")).errors


@pytest.mark.parametrize(
    ("text", "conflict"),
    [
        ("本周煤炭板块跑赢大盘，主因动力煤价格企稳。本周申万煤炭指数上涨0.30%，明显跑输大盘。", True),
        ("本周煤炭板块跑赢大盘，主因动力煤价格企稳。本周申万煤炭指数上涨0.30%，明显跑赢大盘。", False),
        # another period, another benchmark: two claims, no conflict
        ("本周煤炭板块跑赢大盘。年初至今申万煤炭指数下跌3.30%，跑输大盘。", False),
        ("本周申万煤炭指数跑赢沪深300指数，跑输创业板指。", False),
        # a rating is not a comparison of returns
        ("年初至今煤炭板块跑输大盘。投资建议：强于大市(维持)。年初至今申万煤炭指数下跌3.30%。", False),
    ],
)
def test_one_index_said_to_beat_and_trail_one_benchmark_over_one_period(text: str, conflict: bool) -> None:
    found = [f for f in check_text(text).errors if f.kind == "contradiction"]
    assert bool(found) == conflict, (text, found)


def test_two_words_held_against_their_returns_are_left_to_the_arithmetic() -> None:
    text = "本周煤炭板块跑赢沪深300指数。本周申万煤炭指数上涨0.30%，沪深300指数上涨1.00%，跑输沪深300指数。"
    kinds = [f.kind for f in check_text(text).errors]
    assert "contradiction" not in kinds and kinds, kinds


def test_a_change_in_size_listed_for_indices_is_their_return() -> None:
    text = "2025年初至11月28日，SW煤炭、SW钢铁、沪深300的变化幅度分别为+10.82%、+14.04%、+15.04%，煤炭与钢铁均跑赢沪深300。"
    errors = check_text(text).errors
    assert len(errors) == 1 and "煤炭" in errors[0].message and "钢铁" in errors[0].message, errors


def test_the_market_before_a_colon_is_the_benchmark_stated_next() -> None:
    text = "- 银行板块表现逊于市场：本周银行板块上涨1.64%，而沪深300指数下跌1.07%。"
    errors = check_text(text).errors
    assert len(errors) == 1 and "逊于" in errors[0].message, errors
    assert not check_text(text.replace("逊于", "优于")).errors


def test_an_index_named_after_the_csi_all_share_universe_is_one_index() -> None:
    # 中证全指 + 医药卫生: 全指 is part of the name, so the index's own return is read
    text = (
        "截至12月30日，中证全指医药卫生指数年内仅微涨3.04%，表现显著领先于大盘。"
        "同期上证指数上涨18.30%，深证成指上涨30.62%。"
    )
    errors = check_text(text).errors
    assert len(errors) == 1 and "领先" in errors[0].message, errors
    assert not check_text(text.replace("领先于", "落后于")).errors


def test_a_comparison_of_sizes_is_not_held_against_a_direction_word() -> None:
    # 跌幅…低于沪深300本周涨幅: which way 低于 points depends on what it compares; left to the arithmetic
    text = (
        "本周电力板块走势优于大盘。本周电力子板块收于3043.94点，下跌20.94点，跌幅0.68%，低于沪深300本周涨幅。"
    )
    assert not [f for f in check_text(text).errors if f.kind == "contradiction"]
