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
    # with 恒生中国企业指数 a known benchmark (国指), each figure is read against its own benchmark, never both
    # against the sentence's last one
    assert check_text(text).errors == ()
    assert _excess(text) == [("管理", "恒生中国企业指数", 0.8, "week"), ("管理", "沪深300", -2.4, "week")]


def test_a_list_with_fewer_industry_returns_than_figures_is_not_read() -> None:
    text = "本周沪深300指数上涨1.92%，公用事业指数上涨0.07%，周相对收益率分别为-1.85%和-3.54%。"
    assert _excess(text) == [] and check_text(text).errors == ()


def test_a_move_relative_to_a_benchmark_is_the_excess() -> None:
    """e33c34d630 (holdout5b), 0140288e7b (holdout6), 5fe4ad3558 (holdout5a): 相对于沪深300指数上涨3.45%,
    相对于沪深300指数下跌3.52% and the doubled sign of 相较沪深 300指数下跌-1.07PCT are all signed excess."""
    text = (
        "上周沪深300上涨2.63%。中信游戏指数(CI005577)上涨3.34%,相对于沪深300指数上涨0.71%。"
        "中信教育指数(CI005816)下跌0.89%,相对于沪深300指数下跌3.52%。"
    )
    assert _excess(text) == [("游戏", "沪深300", 0.71, "week"), ("教育", "沪深300", -3.52, "week")]
    assert check_text(text).errors == () and _verified_excess(text) == 2
    wrong = check_text(text.replace("下跌3.52%", "上涨3.52%")).errors
    assert len(wrong) == 1 and "consistent would be 跑输/弱于 3.52" in wrong[0].message
    doubled = (
        "本周商业贸易(sw)指数上涨 0.26%,同期沪深 300上涨1.33%。商业贸易板块相较沪深 300指数下跌-1.07PCT。"
    )
    assert _excess(doubled) == [("商贸零售", "沪深300", -1.07, "week")]
    assert check_text(doubled).errors == () and _verified_excess(doubled) == 1


def test_the_market_after_a_direction_word_is_the_benchmark_stated_beside_it() -> None:
    """e33c34d630 (holdout5b): 跑赢市场约3.93个百分点(沪深300上涨0.56%) names its benchmark in the bracket
    after the figure, though the sentence names 创业板指 too; ade7f3d484 (holdout4a): 跑输市场0.78% is
    against the paragraph's one benchmark; c0ee7fe73d (holdout4a): 市场(沪深300) names it in brackets."""
    text = (
        "上周，传媒板块表现较好，上涨4.49%，跑赢创业板约6.36个百分点(创业板指下跌1.87%)；"
        "跑赢市场约3.93个百分点(沪深300上涨0.56%)。"
    )
    assert _excess(text) == [("传媒", "创业板指", 6.36, "week"), ("传媒", "沪深300", 3.93, "week")]
    assert check_text(text).errors == () and _verified_excess(text) == 2
    wrong = check_text(text.replace("3.93", "3.39")).errors
    assert len(wrong) == 1 and "consistent would be 3.93" in wrong[0].message
    plain = "本周轻工制造板块整体下跌1.28%，同期沪深300指数下跌0.50%，跑输市场0.78%。"
    assert _excess(plain) == [("轻工制造", "大盘", -0.78, "week")] and _verified_excess(plain) == 1
    named = "本周SW轻工制造指数上涨1.05%，板块整体跑输市场(沪深300)1.38个百分点，上证综指上涨1.64%，沪深300上涨2.43%。"
    assert _excess(named) == [("轻工制造", "沪深300", -1.38, "week")] and _verified_excess(named) == 1


def test_the_market_word_before_expectations_is_no_benchmark() -> None:
    text = "本周电子板块上涨2.00%，沪深300上涨3.00%，业绩好于市场预期。"
    assert _excess(text) == [] and check_text(text).errors == ()
