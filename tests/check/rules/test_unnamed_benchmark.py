from sectorbrief.check import check_text

_BANKS = (
    "全市场资金流向：本周沪指报收于2160.03点，深成指报收于8472.20点，分别比上周下跌了1.45%、0.10%。\n\n"
    "银行业资金流向：本周中信银行指数周跌幅为4.73%，沪深300指数周跌幅为1.54%。银行业实现净流出资金35.48亿元。\n\n"
    "本周银行业区间超额收益率为{}%。"
)


def test_an_excess_without_a_benchmark_against_the_pair_stated_before_it() -> None:
    """4af6283afc (holdout4b, real): -4.73 - (-1.54) = -3.19, printed -3.17."""
    findings = check_text(_BANKS.format("-3.17")).errors
    assert [f.kind for f in findings] == ["arithmetic"] and "-3.19" in findings[0].message
    assert check_text(_BANKS.format("-3.19")).errors == ()


def test_the_ratio_form_is_accepted() -> None:
    """(1-0.0473)/(1-0.0154)-1 = -3.24%: some houses compute excess as a ratio."""
    assert check_text(_BANKS.format("-3.24")).errors == ()


def test_no_benchmark_beside_the_return_or_two_of_them_is_not_checked() -> None:
    for text in (
        "建筑材料板块本周上涨+0.03%，超额收益为+0.14%。",
        "本周中信银行指数周跌幅为4.73%，沪深300指数周跌幅为1.54%，上证指数下跌1.45%。\n\n本周银行业超额收益率为-1.00%。",
    ):
        assert check_text(text).errors == (), text
