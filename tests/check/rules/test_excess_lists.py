from sectorbrief.check import check_text

_UTILITIES = "市场回顾：本周沪深300指数上涨1.92%，公用事业指数上涨0.07%，环保指数下跌1.62%，周相对收益率分别为{}和-3.54%。"


def test_listed_excess_figures_against_the_one_benchmark_of_their_sentence() -> None:
    """aff51779f3 (holdout4a, real): 0.07-1.92 = -1.85, -1.62-1.92 = -3.54."""
    assert check_text(_UTILITIES.format("-1.85%")).errors == ()
    findings = check_text(_UTILITIES.format("-1.58%")).errors
    assert [f.kind for f in findings] == ["arithmetic"] and "-1.85" in findings[0].message


def test_real_lists_that_agree_pass() -> None:
    for text in (  # 80671e14ad and 123e96d3b3 (holdout4, real)
        "市场回顾：本周沪深300指数上涨0.79%，公用事业指数上涨0.79%，环保指数上涨5.85%，周相对收益率分别为-0.01%和5.05%。",
        "12月沪深300指数上涨2.28%，公用事业指数下跌2.46%，环保指数下跌0.04%，月相对收益率分别为-4.74%和-2.32%。",
    ):
        assert check_text(text).errors == (), text


def test_a_list_against_benchmarks_of_its_own_is_not_read_here() -> None:
    """07dbddcc47 (holdout4, real): 对恒生中国企业指数和沪深300的相对收益 names its two benchmarks."""
    text = (
        "本周恒生物业服务及管理指数涨跌幅为-0.9%，恒生中国企业指数涨跌幅为-1.7%，沪深300指数涨跌幅为+1.5%；"
        "物业指数对恒生中国企业指数和沪深300的相对收益分别为+0.8%和-2.4%。"
    )
    assert check_text(text).errors == ()
