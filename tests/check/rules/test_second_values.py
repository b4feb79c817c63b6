"""One index and period given two values: spellings of one index meet under one key, and a one-day
story's headline is compared with its story even where the story adds background periods."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from sectorbrief.check import check_text


def _contradictions(text: str) -> list[str]:
    return [f.message for f in check_text(text).errors if f.kind == "contradiction"]


STORY = (
    "{head}指数下跌{a}%，成分股普遍走弱\n"
    "新浪财经5月6日讯，深证成指下跌0.31%，{full}指数({short}，931001)下跌{b}%，报2210.45点。\n"
    "统计显示，{full}指数近一个月下跌3.20%，近三个月上涨5.10%，今年以来下跌8.40%。\n"
    "该指数以2011年12月30日为基日，以1000.0点为基点。"
)


def _story(a: str, b: str) -> str:
    return STORY.format(head="中证光伏产业", full="中证光伏产业", short="光伏产业", a=a, b=b)


def test_a_one_day_headline_against_its_story_with_background_periods_is_an_error() -> None:
    found = _contradictions(_story("1.42", "1.24"))
    assert len(found) == 1 and "1.24" in found[0] and "1.42" in found[0], found


def test_background_periods_are_not_compared_with_the_headline() -> None:
    # 近一个月 / 近三个月 / 今年以来 are other periods; the base date (基日) is not the story's second day
    assert not _contradictions(_story("1.24", "1.24"))


def test_a_story_of_two_dated_days_is_not_one_day() -> None:
    text = _story("1.42", "1.24").replace("近一个月下跌3.20%", "5月7日下跌3.20%")
    assert not _contradictions(text)


def test_a_week_figure_makes_it_no_one_day_story() -> None:
    text = _story("1.42", "1.24").replace("近一个月下跌3.20%", "本周下跌3.20%")
    assert not [m for m in _contradictions(text) if "headline" in m]


@pytest.mark.parametrize("quote", ["“{s}”", '"{s}"', "「{s}」", "{s}"])
def test_a_short_name_the_text_introduces_is_the_same_index(quote: str) -> None:
    short = quote.format(s="电池指数")
    text = f"电池指数涨1.37%\n6月3日，中证新能源汽车电池指数(简称{short})收报1987.20点，涨1.73%，成交额88.1亿元。"
    found = _contradictions(text)
    assert len(found) == 1 and "1.73" in found[0] and "1.37" in found[0], (text, found)


def test_a_short_name_stated_alike_raises_nothing() -> None:
    text = "电池指数涨1.73%\n6月3日，中证新能源汽车电池指数(简称“电池指数”)收报1987.20点，涨1.73%。"
    assert not _contradictions(text)


@settings(max_examples=40, deadline=None)
@given(a=st.integers(min_value=1, max_value=999), b=st.integers(min_value=1, max_value=999))
def test_headline_and_story_disagree_exactly_when_their_figures_differ(a: int, b: int) -> None:
    x, y = f"{a / 100:.2f}", f"{b / 100:.2f}"
    found = _contradictions(_story(x, y))
    assert bool(found) == (x != y), (x, y, found)


def test_a_move_since_the_day_before_is_the_days_return_of_the_index() -> None:
    text = "白酒板块5月12日涨2.31%，主力资金净流入1.2亿元\n白酒板块表现：白酒板块较上一交易日上涨2.13%，领涨个股为舍得酒业。"
    found = _contradictions(text)
    assert len(found) == 1 and "2.13" in found[0] and "2.31" in found[0], found
    assert not _contradictions(text.replace("2.13%", "2.31%"))


def test_a_move_since_the_day_before_is_no_week_figure() -> None:
    text = (
        "本周(5.6-5.10)，申万食品饮料指数上涨1.20%，沪深300指数上涨0.40%。\n"
        "本周(5.6-5.10)，食品饮料板块较上一交易日上涨0.80%的周五表现最强。"
    )
    assert not _contradictions(text)


@pytest.mark.parametrize(
    ("head", "body", "contradicts"),
    [
        ("跑赢大盘2.94pct", "跑赢沪深300指数2.49pct", True),
        ("跑赢大盘2.49pct", "跑赢沪深300指数2.49pct", False),
        ("跑赢大盘2.49个百分点", "跑赢沪深300指数2.49pct", False),
    ],
)
def test_an_excess_over_the_market_meets_the_one_benchmark_the_text_names(
    head: str, body: str, contradicts: bool
) -> None:
    text = (
        f"本周家用电器行业指数维稳，{head}\n"
        f"本周沪深300指数下跌2.49%，家用电器(申万)指数维稳，{body}，在31个申万一级行业中位列第2。"
    )
    assert bool(_contradictions(text)) == contradicts, text


def test_the_market_of_a_text_naming_two_benchmarks_is_not_guessed() -> None:
    text = (
        "本周家用电器行业指数维稳，跑赢大盘2.94pct\n"
        "本周沪深300指数下跌2.49%，上证指数下跌1.20%，家用电器(申万)指数维稳，跑赢沪深300指数2.49pct。"
    )
    assert not _contradictions(text)


def test_weekly_reviews_of_different_weeks_in_one_file_raise_no_contradiction() -> None:
    text = (
        "## 有色金属行业周报(2024.3.4-2024.3.8)\n"
        "有色金属板块跑赢大盘。本周申万有色金属指数上涨2.10%，跑赢沪深300指数1.20个百分点，沪深300指数上涨0.90%。\n"
        "## 有色金属行业周报(2024.3.11-2024.3.15)\n"
        "有色金属板块跑输大盘。本周申万有色金属指数下跌0.40%，跑输沪深300指数1.10个百分点，沪深300指数上涨0.70%。\n"
    )
    assert not check_text(text).errors


def test_a_lead_ending_in_a_full_stop_is_not_taken_for_a_headline() -> None:
    # a dated lead may be another day's story (another close): only a title line is a one-day headline
    text = (
        "新华网3月5日电：权重股护盘，深成指收报9874.10点涨幅0.96%。\n"
        "周二深市小幅低开，随后震荡走高，券商、保险板块领涨。\n"
        "截至收盘，深成指报9884.10点，上涨68.92点，涨幅0.70%；创业板指报1987.42点，涨幅0.92%。"
    )
    assert not [m for m in _contradictions(text) if "headline" in m]
