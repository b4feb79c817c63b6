from hypothesis import given
from hypothesis import strategies as st

from sectorbrief.check import check_text


def test_summary_and_body_disagree_on_a_market_size() -> None:
    text = (
        "摘要：花旗预计2028年全球光互连市场规模将达到100亿美元。\n\n花旗预计，到2028年，全球光互连市场规模将达到920亿美元。"
        "\n\n3.2 花旗预计2028年全球光互连市场规模将达到920亿美元"
    )
    findings = check_text(text).findings
    assert [(f.kind, f.location) for f in findings] == [("contradiction", "line 1")]


def test_units_are_converted_before_comparing() -> None:
    text = "2027年全球液冷市场规模将达到1200亿元。2027年全球液冷市场规模将达到0.12万亿元。"
    assert check_text(text).findings == ()
    text = "2027年全球液冷市场规模将达到1200亿元。2027年全球液冷市场规模将达到1.2万亿元。"
    assert [f.kind for f in check_text(text).findings] == ["contradiction"]


def test_different_years_or_subjects_do_not_conflict() -> None:
    text = "800G光模块2026年出货量将达到6000万只，1.6T光模块2026年出货量将达到2200万只，1.6T光模块2027年出货量将达到6700万只。"
    assert check_text(text).findings == ()


def test_an_index_return_stated_twice_differently() -> None:
    text = "本周申万钢铁指数上涨2.05%。\n\n本周钢铁板块上涨2.50%，在申万31个一级行业中排名第5位。"
    assert [f.kind for f in check_text(text).findings] == ["contradiction"]


def test_approximate_figures_tolerate_rounding_in_words() -> None:
    text = "2027年全球液冷市场规模约为1200亿元。2027年全球液冷市场规模将达到1180亿元。"
    assert check_text(text).findings == ()


@given(st.integers(1, 99999))
def test_one_amount_in_yi_and_in_wan_never_conflicts(yi: int) -> None:
    text = f"2027年全球液冷市场规模将达到{yi}亿元。2027年全球液冷市场规模将达到{yi * 10000}万元。"
    assert check_text(text).findings == ()


@given(st.integers(1, 9999), st.integers(1, 9999))
def test_two_different_amounts_always_conflict(a: int, b: int) -> None:
    text = f"2027年全球液冷市场规模将达到{a}亿元。2027年全球液冷市场规模将达到{b}亿元。"
    assert len(check_text(text).findings) == (a != b)


_HEADLINE = (
    "科创板收盘播报：科创50指数涨3.53% 半导体股表现分化\n新华财经·2026-01-21 15:34\n"
    "科创50指数1月21日收盘报1535.39点，涨幅{}%，指数振幅为4.27%，总成交额约1173亿元。"
)


def test_a_headline_and_its_story_give_one_index_two_returns() -> None:
    """9ff61850f5 (holdout7, real) and m78-17 (3.53 -> 3.35 in the body): no period anywhere, one day."""
    assert check_text(_HEADLINE.format("3.53")).errors == ()
    findings = check_text(_HEADLINE.format("3.35")).errors
    assert [f.kind for f in findings] == ["contradiction"] and "3.35%" in findings[0].message


def test_undated_returns_outside_a_headline_are_not_compared() -> None:
    """a9e8a81d8f (holdout6, real): 国证航天指数上涨1.76% on the day, 跌幅为9.40% over a span the text names
    in words the period table cannot read; neither is a headline, so they are not one figure."""
    text = (
        "板块表现与资金流向 - 地缘风险升温推动军工板块全线上涨,国证航天指数上涨1.76%。"
        "军工板块自9月3日以来持续回调,其中国证航天指数跌幅为9.40%。"
    )
    assert check_text(text).errors == ()


def test_a_headline_about_another_day_is_not_compared() -> None:
    """Two dates in the text: the headline's move may be of another day."""
    text = "沪指涨1.2%\n1月20日沪指上涨0.5%，1月21日沪指上涨0.7%。"
    assert check_text(text).errors == ()


# 811bb6a2ba (holdout8, real; Traditional characters normalised)
THIS_ISSUE = (
    "上周沪深300指数下跌1.53%。\n"
    "本期(10.19–10.23)上证综指收于3278.00,下跌1.75%;沪深300指数收于4718.49,下跌1.53%;"
    "本期申万医药生物行业指数收于11490.45,下跌{}%。本期医药生物板块下跌6.09%,在申万28个一级行业板块中涨跌幅排名居第28位。"
)


def test_a_bare_move_after_a_close_in_a_clause_opened_by_benqi_is_the_index_s() -> None:
    """本期 (this issue's period) is filler before the index, as 同期 is: the move after its close is its."""
    errors = check_text(THIS_ISSUE.format("6.24")).errors
    assert len(errors) == 1 and "6.24%" in errors[0].message and "6.09%" in errors[0].message
    assert not check_text(THIS_ISSUE.format("6.09")).errors
