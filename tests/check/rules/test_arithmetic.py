from hypothesis import given
from hypothesis import strategies as st

from sectorbrief.check import check_text


def _kinds(text: str) -> list[str]:
    return [f.kind for f in check_text(text).findings]


def test_rounded_differences_within_one_hundredth_pass() -> None:
    # 9.17 - 0.54 = 8.63 printed as 8.64 from unrounded returns: within rounding
    assert _kinds("上周沪深300下跌0.54%，申万通信行业指数下跌9.17%，跑输沪深300 8.64个百分点。") == []


def test_two_hundredths_off_is_an_error() -> None:
    report = check_text("上周沪深300下跌0.54%，申万通信行业指数下跌9.17%，跑输沪深300 8.65个百分点。")
    assert [f.kind for f in report.findings] == ["arithmetic"]
    assert "8.63" in report.findings[0].message


def test_one_decimal_figures_get_a_coarser_tolerance() -> None:
    assert _kinds("本周申万电子指数上涨3.2%，沪深300上涨1.1%，跑赢沪深300 2.2个百分点。") == []
    assert _kinds("本周申万电子指数上涨3.2%，沪深300上涨1.1%，跑赢沪深300 2.4个百分点。") == ["arithmetic"]


def test_direction_word_must_agree_with_the_sign() -> None:
    report = check_text("本周申万煤炭指数下跌3.15%，沪深300上涨4.58%，跑赢沪深300 7.73个百分点。")
    assert "disagrees" in report.findings[0].message


def test_excess_can_refer_to_returns_earlier_in_the_paragraph() -> None:
    text = "上周沪深300下跌0.54%，创业板指下跌4.16%。申万通信行业指数下跌9.17%，跑输沪深300 5.00个百分点。"
    assert _kinds(text) == ["arithmetic"]


@given(st.integers(-2000, 2000), st.integers(-2000, 2000))
def test_any_correct_excess_passes(a: int, b: int) -> None:
    x, y = a / 100, b / 100
    word = "跑赢" if x >= y else "跑输"
    verb_x, verb_y = ("上涨" if x >= 0 else "下跌"), ("上涨" if y >= 0 else "下跌")
    text = f"本周申万电子指数{verb_x}{abs(x):.2f}%，沪深300{verb_y}{abs(y):.2f}%，{word}沪深300 {abs(x - y):.2f}个百分点。"
    assert _kinds(text) == []


def test_direction_word_without_a_figure_is_checked_against_the_returns() -> None:
    from sectorbrief.check import check_text

    text = "本周农林牧渔(申万)指数收于2941.27点(周环比+3.72%)，上证综指收于3825.76点(周环比+3.49%)，农林牧渔行业指数跑输上证综指。"
    errors = check_text(text).errors
    assert [f.kind for f in errors] == ["arithmetic"]
    assert "consistent would be 跑赢/强于 0.23" in errors[0].message


def test_excess_figures_implying_different_benchmark_returns_disagree() -> None:
    from sectorbrief.check import check_text

    text = "新能源汽车指数和智能车指数累计分别上涨3.4%和5.2%，分别跑输沪深300指数1.7%和3.5%。"
    assert [f.kind for f in check_text(text).errors] == ["arithmetic"]
    clean = "新能源汽车指数和智能车指数累计分别上涨3.4%和5.2%，分别跑输沪深300指数1.7%和0.1%。"
    assert check_text(clean).errors == ()


def test_both_directions_for_one_figure_is_an_error() -> None:
    from sectorbrief.check import check_text

    assert [f.kind for f in check_text("本周申万通信指数下跌上涨0.90%。").errors] == ["contradiction"]
    assert check_text("本周申万通信指数涨跌幅为0.90%。").errors == ()


def test_messages_quote_both_places_and_the_consistent_value() -> None:
    from sectorbrief.check import check_text

    errors = check_text("本周申万计算机指数上涨2.11%，沪深300下跌2.23%，跑赢沪深300指数4.43个百分点。").errors
    assert len(errors) == 1
    assert "+2.11% (at line 1, 「申万计算机指数上涨2.11%」)" in errors[0].message
    assert "-2.23% (at line 1, 「沪深300下跌2.23%」)" in errors[0].message
    assert "consistent would be 4.34" in errors[0].message


def test_a_word_against_the_market_is_judged_against_every_benchmark_its_sentence_gives() -> None:
    """c21: 表现强于大盘，当日上证指数…，深证成指… makes 大盘 both indices; wrong only when it is wrong for both."""
    text = "3月5日游戏板块整体上涨{own}%，表现{word}大盘，当日上证指数下跌0.21%，深证成指上涨0.40%。"
    assert check_text(text.format(own="1.35", word="强于")).errors == ()
    errors = check_text(text.format(own="1.35", word="弱于")).errors
    assert (
        len(errors) == 1 and "上证指数 -0.21%" in errors[0].message and "深证成指 +0.40%" in errors[0].message
    )
    # between the two: 大盘 could be either, nothing is judged
    assert check_text(text.format(own="0.10", word="强于")).errors == ()
    assert check_text(text.format(own="0.10", word="弱于")).errors == ()
    # a benchmark of another period is not the claim's 大盘
    assert (
        check_text(
            "游戏板块整体上涨1.35%，表现弱于大盘，年初至今上证指数下跌0.21%，深证成指上涨0.40%。"
        ).errors
        == ()
    )


@given(st.integers(-500, 500), st.integers(-500, 500), st.integers(-500, 500), st.booleans())
def test_a_word_against_several_benchmarks_is_an_error_exactly_when_wrong_for_all(
    own: int, a: int, b: int, better: bool
) -> None:
    word = "强于" if better else "弱于"
    text = (
        f"游戏板块整体涨跌幅为{own / 100:.2f}%，表现{word}大盘，"
        f"当日上证指数涨跌幅为{a / 100:.2f}%，深证成指涨跌幅为{b / 100:.2f}%。"
    )
    gaps = [own - a, own - b]
    wrong = all(abs(g) > 1 and (g > 0) != better for g in gaps)
    assert bool(check_text(text).errors) == wrong


MONTH_SUMMARY = (
    "2024年3月，电子行业指数{word}沪深300指数。电子行业指数3月{verb}{x}%，同期沪深300指数上涨{y}%。"
)


def test_a_dated_month_summary_word_is_read_against_the_next_sentences_returns() -> None:
    wrong = check_text(MONTH_SUMMARY.format(word="弱于", verb="上涨", x="6.40", y="1.20")).errors
    assert [f.kind for f in wrong] == ["arithmetic"] and "弱于" in wrong[0].message
    assert not check_text(MONTH_SUMMARY.format(word="强于", verb="上涨", x="6.40", y="1.20")).errors


def test_a_summary_word_without_a_dated_month_or_with_another_period_after_is_not_read() -> None:
    # no month of a year opens the sentence: which period the word is about is not known
    assert not check_text(
        "电子行业指数弱于沪深300指数。电子行业指数3月上涨6.40%，同期沪深300指数上涨1.20%。"
    ).errors
    # the next sentence gives the year to date, not the month
    text = "2024年3月，电子行业指数弱于沪深300指数。年初至今电子行业指数上涨6.40%，沪深300指数上涨1.20%。"
    assert not check_text(text).errors


@given(
    x=st.floats(min_value=-9.99, max_value=9.99, allow_nan=False).map(lambda v: round(v, 2)),
    stronger=st.booleans(),
)
def test_property_dated_month_summary_word(x: float, stronger: bool) -> None:
    word = "强于" if stronger else "弱于"
    verb = "上涨" if x >= 0 else "下跌"
    text = MONTH_SUMMARY.format(word=word, verb=verb, x=f"{abs(x):.2f}", y="1.20")
    errors = [f for f in check_text(text).errors if f.kind == "arithmetic"]
    gap = x - 1.20
    if abs(gap) > 0.02:
        assert len(errors) == (0 if (gap > 0) == stronger else 1), text


def test_three_excesses_over_sw_all_a_that_imply_different_returns_disagree() -> None:
    # 申万全A (SW全A) is a benchmark: -2.5 - 0.5 and -3.9 + 0.9 put it at -3.0, 0.9 over -2.1 at -3.0 too
    text = (
        "本周SW 家用电器指数下跌2.5%，跑赢SW 全A 指数0.5pct。其中，SW 白色家电指数下跌2.1%，"
        "跑赢SW 全A 指数{x}pct；SW 黑色家电指数下跌3.9%，跑输SW 全A 指数0.9pct。"
    )
    assert not check_text(text.format(x="0.9")).errors
    wrong = check_text(text.format(x="0.4")).errors
    assert [f.kind for f in wrong] == ["arithmetic"] and "申万全A" in wrong[0].message


@given(
    x=st.floats(min_value=0.01, max_value=19.99, allow_nan=False).map(lambda v: round(v, 2)),
    y=st.floats(min_value=0.01, max_value=19.99, allow_nan=False).map(lambda v: round(v, 2)),
    beat=st.booleans(),
)
def test_property_the_markets_own_return_after_the_word(x: float, y: float, beat: bool) -> None:
    # 跑赢大盘1.06%区间涨幅: 1.06% is the market's return, not the excess
    word = "跑赢" if beat else "跑输"
    text = f"本周申万电子指数累计上涨{x:.2f}%，显著{word}大盘{y:.2f}%区间涨幅。"
    errors = [f for f in check_text(text).errors if f.kind == "arithmetic"]
    if abs(x - y) > 0.02:
        assert len(errors) == (0 if (x > y) == beat else 1), text
    assert not [f for f in check_text(text).findings if f.kind == "typo"], text


def test_the_markets_own_return_with_de_is_not_the_excess() -> None:
    assert not check_text("本周申万电子指数上涨5.20%，跑赢大盘1.10%的涨幅。").errors
    wrong = check_text("本周申万电子指数上涨0.20%，跑赢大盘1.10%的涨幅。").errors
    assert [f.kind for f in wrong] == ["arithmetic"] and "1.10" in wrong[0].message
