"""Excess claims read from real sentences (check/excess.py): which figure, which subject, which benchmark."""

from __future__ import annotations

from sectorbrief.check import check_text
from sectorbrief.check.claims import extract
from sectorbrief.check.read import read_plain


def _excess(text: str) -> list[tuple[str | None, str, float | None, str | None]]:
    return [
        (
            e.subject.name if e.subject else None,
            e.benchmark.name,
            None if e.value is None else e.direction * abs(e.value.value),
            e.period,
        )
        for e in extract(read_plain(text)).excess
    ]


def _verified_excess(text: str) -> int:
    return sum(1 for e in check_text(text).extracted if e.kind == "excess" and e.verified)


_UTILITIES = "市场回顾：本周沪深300指数上涨1.92%，公用事业指数上涨0.07%，环保指数下跌1.62%，周相对收益率分别为{}和-3.54%。"


def test_a_listed_excess_goes_to_the_industries_before_it_against_the_one_benchmark() -> None:
    """aff51779f3 (holdout4a, real): 0.07-1.92 = -1.85, -1.62-1.92 = -3.54."""
    text = _UTILITIES.format("-1.85%")
    assert _excess(text) == [("公用事业", "沪深300", -1.85, "week"), ("环保", "沪深300", -3.54, "week")]
    assert check_text(text).errors == () and _verified_excess(text) == 2
    findings = check_text(_UTILITIES.format("-1.58%")).errors
    assert [f.kind for f in findings] == ["arithmetic"] and "consistent would be 1.85" in findings[0].message
    assert "-1.58" in findings[0].message and "-3.54" not in findings[0].message


def test_real_lists_that_agree_pass_and_are_verified() -> None:
    for text in (  # 80671e14ad and 123e96d3b3 (holdout4, real)
        "市场回顾：本周沪深300指数上涨0.79%，公用事业指数上涨0.79%，环保指数上涨5.85%，周相对收益率分别为-0.01%和5.05%。",
        "12月沪深300指数上涨2.28%，公用事业指数下跌2.46%，环保指数下跌0.04%，月相对收益率分别为-4.74%和-2.32%。",
    ):
        assert check_text(text).errors == () and _verified_excess(text) == 2, text


def test_a_list_against_benchmarks_of_its_own_is_not_read_as_one_against_the_sentence_benchmark() -> None:
    """07dbddcc47 (holdout4, real): 对恒生中国企业指数和沪深300的相对收益 names its two benchmarks."""
    text = (
        "本周恒生物业服务及管理指数涨跌幅为-0.9%，恒生中国企业指数涨跌幅为-1.7%，沪深300指数涨跌幅为+1.5%；"
        "物业指数对恒生中国企业指数和沪深300的相对收益分别为+0.8%和-2.4%。"
    )
    assert check_text(text).errors == () and _excess(text) == []


def test_a_list_with_fewer_industry_returns_than_figures_is_not_read() -> None:
    text = "本周沪深300指数上涨1.92%，公用事业指数上涨0.07%，周相对收益率分别为-1.85%和-3.54%。"
    assert _excess(text) == [] and check_text(text).errors == ()
