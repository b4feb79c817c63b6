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


def test_a_headline_and_its_story_are_compared_by_one_rule_only() -> None:
    """m78-22 (holdout78_mutations, a mutation of real prose): the contradiction rule's headline-and-story
    case and the summary rule's undated-summary case both read this text; it is said once."""
    text = (
        "《Ａ股行情》滬綜指半日收升0.25%，醫藥、農牧股爆發\n"
        "A股三大指數低開高走、盤中集體翻紅，滬綜指半日收升{}%，報4118.68點，深成指揚0.8%，創業板指升0.85%。"
    )
    assert check_text(text.format("0.25")).errors == ()
    errors = check_text(text.format("0.52")).errors
    assert len(errors) == 1 and "0.52%" in errors[0].message and "0.25%" in errors[0].message


def test_two_returns_under_one_stated_date_range_are_one_period() -> None:
    """c21: a return with no period word under a date range its paragraph states is of that range; the same
    index given two values there (one unprefixed, one 申万) is a contradiction."""
    text = "3月9日-3月13日，有色金属行业上涨{}，领涨全市场。根据Wind，申万有色金属行业上涨4.12%，跑赢沪深300指数3.0个百分点。"
    assert check_text(text.format("4.12%")).errors == ()
    errors = check_text(text.format("4.21%")).errors
    assert len(errors) == 1 and "4.21%" in errors[0].message and "3月9日-3月13日" in errors[0].message
    # another range is another period; a range stated in another paragraph does not date this one
    other = "3月9日-3月13日，有色金属行业上涨4.21%。\n3月16日-3月20日，申万有色金属行业上涨4.12%。"
    assert check_text(other).errors == ()
    assert check_text("3月9日-3月13日，有色金属行业上涨4.21%。\n\n申万有色金属行业上涨4.12%。").errors == ()


def test_an_index_takes_one_figure_per_period_in_its_clause() -> None:
    """c21: 零食板块上涨3.71%烘焙食品上涨0.77% (spaces dropped between bullets): the second figure is not 零食's."""
    text = "8月4日-8月8日 子板块表现：零食板块上涨3.71% 烘焙食品上涨0.77% 乳品上涨0.29%"
    assert check_text(text).errors == ()


@given(st.integers(1, 999), st.integers(1, 999))
def test_two_returns_under_one_range_conflict_exactly_when_they_differ(a: int, b: int) -> None:
    text = f"5月6日-5月10日，传媒行业上涨{a / 100:.2f}%。申万传媒行业上涨{b / 100:.2f}%。"
    assert bool(check_text(text).errors) == (a != b)


def test_a_headline_and_a_story_whose_benchmarks_are_of_the_day() -> None:
    """c21: the story's 当日 benchmark returns have a day's period; the text is still one day's story."""
    text = "游戏板块3月5日涨1.35%，两股涨停\n3月5日游戏板块整体上涨{}%，当日上证指数下跌0.21%，创业板指上涨0.40%。"
    assert check_text(text.format("1.35")).errors == ()
    errors = check_text(text.format("1.53")).errors
    assert len(errors) == 1 and "1.53%" in errors[0].message
    # a week's figure in the story: not one day's story, the headline is not compared
    weekly = "游戏板块3月5日涨1.35%\n3月5日游戏板块整体上涨1.53%，本周上证指数下跌0.21%。"
    # (both name 3月5日 and differ by two swapped digits: swapped_digits reports that slip, this rule does not)
    assert [e for e in check_text(weekly).errors if "digits swapped" not in e.message] == []


CONCEPT_STORY = (
    "储能行业指数涨{a}%，个股多数上涨\n18日收盘，储能概念板块指数报1820.50点，涨幅{b}%，成交312.4亿元。"
)


def test_a_concept_board_in_the_story_is_the_headlines_board() -> None:
    assert not check_text(CONCEPT_STORY.format(a="2.31", b="2.31")).errors
    errors = check_text(CONCEPT_STORY.format(a="2.31", b="2.13")).errors
    assert [f.kind for f in errors] == ["contradiction"] and "2.13" in errors[0].message


@given(
    a=st.floats(min_value=0.01, max_value=9.99, allow_nan=False).map(lambda v: round(v, 2)),
    b=st.floats(min_value=0.01, max_value=9.99, allow_nan=False).map(lambda v: round(v, 2)),
)
def test_property_concept_board_headline_and_story(a: float, b: float) -> None:
    errors = check_text(CONCEPT_STORY.format(a=f"{a:.2f}", b=f"{b:.2f}")).errors
    assert len([f for f in errors if f.kind == "contradiction"]) == (0 if a == b else 1)
