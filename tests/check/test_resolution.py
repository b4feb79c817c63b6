"""Subjects and periods of real-report figures that once raised false alarms (issue #10, holdout4 round):
brackets inside a clause, per-period lists, per-verb lists, CITIC company names, and guessed subjects."""

from __future__ import annotations

from sectorbrief.check import check_text
from sectorbrief.check.claim_types import clause_start
from sectorbrief.check.claims import extract
from sectorbrief.check.read import read_plain


def _returns(text: str) -> list[tuple[str, float, str | None]]:
    return [(r.entity.name, r.value.value, r.period) for r in extract(read_plain(text)).returns]


def _excess(text: str) -> list[tuple[str | None, str, float | None, str | None]]:
    return [
        (
            e.subject.name if e.subject else None,
            e.benchmark.name,
            e.value.value if e.value else None,
            e.period,
        )
        for e in extract(read_plain(text)).excess
    ]


def test_a_comma_inside_brackets_does_not_end_the_clause() -> None:
    text = "本周(2.24-2.27,下同)、年初至今医药指数"
    assert clause_start(text, len(text)) == 0
    assert clause_start("本周上涨，医药指数", 8) == 5
    assert _returns("本周(2.24-2.27,下同)、年初至今申万医药指数涨幅分别为0.5%、3.0%。") == [
        ("医药生物", 0.5, "week@2.24-2.27"),
        ("医药生物", 3.0, "ytd@2.24-2.27"),
    ]


def test_an_excess_list_of_one_subject_goes_one_figure_per_period() -> None:
    text = "本周、年初至今申万医药指数涨幅分别为0.5%、3.0%，相对沪深300的超额收益分别为-0.6%、1.2%。"
    assert _excess(text) == [("医药生物", "沪深300", -0.6, "week"), ("医药生物", "沪深300", 1.2, "ytd")]
    assert check_text(text).errors == ()
    # the same list with a wrong figure for one period is still caught against that period's return
    wrong = "本周、年初至今申万医药指数涨幅分别为0.5%、3.0%，沪深300涨幅分别为1.1%、1.8%，相对沪深300的超额收益分别为-0.6%、2.2%。"
    assert [f.kind for f in check_text(wrong).errors] == ["arithmetic"]
    assert "2.2" in check_text(wrong).errors[0].message


def test_an_excess_list_without_its_periods_is_never_one_period_twice() -> None:
    text = "申万医药指数相对沪深300的超额收益分别为-0.6%、1.2%。"
    assert _excess(text) == [("医药生物", "沪深300", -0.6, None), ("医药生物", "沪深300", 1.2, None)]
    assert check_text(text).errors == ()


def test_a_list_of_moves_each_with_its_verb_goes_to_the_listed_indices() -> None:
    text = "本周沪深300/房地产(申万)/高速公路(申万)指数分别上涨1.23%/下跌0.19%/上涨0.92%。"
    assert _returns(text) == [
        ("沪深300", 1.23, "week"),
        ("房地产", -0.19, "week"),
        ("高速公路", 0.92, "week"),
    ]
    assert check_text(text).errors == ()
    # a name the table lacks (中债十年期国债) breaks the list: nothing is read rather than a wrong owner
    text = "本周沪深300/中债十年期国债/高速公路(申万)指数分别上涨1.23%/下跌0.19%/上涨0.92%。"
    assert _returns(text) == []
    assert check_text(text).errors == ()


def test_an_untagged_citic_name_is_the_company_not_the_index() -> None:
    text = "昨日中信银行指数上涨0.08%，中信银行大跌6.75%。中信机械行业下跌4.91%。"
    assert _returns(text) == [("银行", 0.08, "day"), ("机械设备", -4.91, "day")]
    assert check_text(text).errors == ()
    assert _returns("中信证券下跌2.1%，中信电子上涨1.5%。") == [("电子", 1.5, None)]


def test_a_guessed_excess_subject_gives_a_warning_not_an_error() -> None:
    text = (
        "本周申万医药生物板块累计下跌0.93%，同期上证指数累计下跌0.36%。细分来看，中药本周涨幅0.62%；"
        "医药商业则一骑绝尘，不仅在医药板块内部显著领涨，周度表现也明显好于大盘。"
    )
    report = check_text(text)
    assert report.errors == ()
    assert [f.kind for f in report.warnings] == ["arithmetic"]
    # named in its own clause, the same disagreement is an error
    firm = "本周申万医药生物板块累计下跌0.93%，同期上证指数累计下跌0.36%，医药生物板块好于大盘。"
    assert [f.kind for f in check_text(firm).errors] == ["arithmetic"]


def test_a_return_borrowed_from_two_clauses_back_contradicts_with_a_warning() -> None:
    guessed = "本周计算机行业下跌0.33%。本周计算机行业收于3418点，排名第18，跌幅0.11%。"
    report = check_text(guessed)
    assert report.errors == () and [f.kind for f in report.warnings] == ["contradiction"]
    # from the clause just before, the owner is firm: an error
    firm = "本周计算机行业下跌0.33%。本周计算机行业收于3418点，跌幅0.11%。"
    assert [f.kind for f in check_text(firm).errors] == ["contradiction"]


def test_an_implied_benchmark_disagreement_names_the_consistent_direction() -> None:
    text = (
        "近两周银行指数下跌1.24%，跑输沪深300指数2.86个百分点；"
        "证券指数上涨1.15%，跑赢沪深300指数0.47个百分点。"
    )
    errors = check_text(text).errors
    assert len(errors) == 1
    assert "跑赢沪深300指数0.47个百分点" in errors[0].snippet
    assert "consistent would be 跑输/弱于 0.47" in errors[0].message


def test_a_signed_figure_the_direction_word_contradicts_is_the_benchmarks_return() -> None:
    text = "本周交通运输行业涨幅0.38%，表现优于沪深300指数-0.44%。"
    assert _returns(text) == [("交通运输", 0.38, "week"), ("沪深300", -0.44, "week")]
    assert _excess(text) == [("交通运输", "沪深300", None, "week")]
    assert check_text(text).errors == ()
    assert [f.kind for f in check_text(text.replace("0.38%", "-0.58%")).errors] == ["arithmetic"]
    # an unsigned or agreeing figure stays the excess
    assert _excess("本周交通运输行业上涨0.38%，跑赢沪深300指数0.82%。")[0][2] == 0.82
    assert _excess("本周交通运输行业下跌1.38%，跑输沪深300指数-0.82%。")[0][2] == -0.82


def test_two_weeks_is_its_own_span_whatever_the_wording() -> None:
    from sectorbrief.check.periods import PERIOD_RE, period_label

    labels = {w: period_label(PERIOD_RE.search(w)) for w in ("近两周", "过去两周", "最近2周", "双周")}  # type: ignore[arg-type]
    assert set(labels.values()) == {"span:近2周"}
    assert period_label(PERIOD_RE.search("近一个月")) == period_label(PERIOD_RE.search("近1个月"))  # type: ignore[arg-type]
    # a two-week return never contradicts the same index's one-week return
    text = "本周申万银行指数下跌0.35%。近两周申万银行指数下跌1.24%。"
    assert _returns(text) == [("银行", -0.35, "week"), ("银行", -1.24, "span:近2周")]
    assert check_text(text).errors == ()


def test_two_disagreeing_implied_returns_blame_the_one_the_document_contradicts() -> None:
    # 证券 implies 沪深300 0.95, 银行 implies 0.50; the summary states 0.50, so 证券's figure is the slip
    text = (
        "过去两周银行指数下跌1.24%，证券指数上涨1.15%，同期沪深300指数上涨0.50%。\n\n"
        "证券指数上涨1.15%，跑赢沪深300指数0.20个百分点；银行指数下跌1.24%，跑输沪深300指数1.74个百分点。"
    )
    errors = check_text(text).errors
    assert len(errors) == 1 and "跑赢沪深300指数0.20个百分点" in errors[0].snippet
    assert "consistent would be 跑赢/强于 0.65" in errors[0].message


def test_last_week_is_another_week_when_the_text_also_reviews_this_week() -> None:
    text = "本周申万汽车指数上涨2.10%，跑赢沪深300指数1.5个百分点。上周申万汽车指数下跌1.05%，跑输沪深300指数0.3个百分点。"
    assert _returns(text) == [("汽车", 2.10, "week"), ("汽车", -1.05, "prev-week")]
    assert check_text(text).errors == ()
    # a Monday report reviewing 上周 alone: 上周 is the week under review
    assert _returns("上周申万汽车指数下跌1.05%。") == [("汽车", -1.05, "week")]
    assert _returns("本月申万汽车指数上涨3.2%，上月下跌1.1%。") == [
        ("汽车", 3.2, "month"),
        ("汽车", -1.1, "prev-month"),
    ]
    # a stated date range dates the week: the generated 上周（…） paragraph and an analyst's 本周 note
    dated = "上周(6月29日至7月3日)，申万通信行业指数下跌9.17%。\n\n本周通信板块下跌9.17%，跑输沪深300 9.99个百分点。"
    assert {p for _, _, p in _returns(dated)} == {"week@6月29日至7月3日"}


def test_an_excess_of_one_period_is_not_checked_against_a_return_of_another() -> None:
    text = (
        "本周申万传媒指数上涨4.5%，沪深300上涨1.0%，传媒跑赢沪深300 3.5个百分点；"
        "年初以来传媒累计上涨20.1%，跑赢沪深300 15.1个百分点。"
    )
    assert check_text(text).errors == ()
    assert [f.kind for f in check_text(text.replace("300 3.5", "300 3.8")).errors] == ["arithmetic"]


def test_compared_with_last_week_is_not_a_review_of_last_week() -> None:
    from sectorbrief.check.periods import distinct_periods

    assert distinct_periods(["本周申万建筑指数上涨0.9%，成交额较上周减少10%。"]) == frozenset()
    assert distinct_periods(["本周申万建筑指数上涨0.9%。", "上周申万建筑指数下跌1.1%。"]) == {"上周"}


def test_two_named_months_years_or_weekdays_are_two_periods() -> None:
    for text in (
        "2月申万医药指数下跌5.2%。3月申万医药指数上涨2.1%。",
        "2023年以来申万医药指数下跌5.2%。2024年以来申万医药指数上涨2.1%。",
        "本周一申万医药指数下跌1.2%，本周二申万医药指数上涨0.8%。",
        "第一周申万医药指数下跌1.2%，第二周申万医药指数上涨0.8%。",
    ):
        assert check_text(text).errors == (), text
    assert [p for _, _, p in _returns("2月申万医药指数下跌5.2%。3月申万医药指数上涨2.1%。")] == [
        "month:2月",
        "month:3月",
    ]
    # one named month in the text is the month of every monthly figure: a second value still contradicts
    text = "5月申万医药指数下跌5.2%。本月申万医药指数上涨2.1%。"
    assert [f.kind for f in check_text(text).errors] == ["contradiction"]


def test_an_excess_whose_clause_opens_with_an_unknown_name_is_a_guess() -> None:
    text = (
        "本周银行指数上涨1.0%，其中国有大行指数上涨1.5%，农商行指数上涨1.1%；"
        "国有大行跑赢沪深300指数1.0个百分点，沪深300上涨0.5%。"
    )
    report = check_text(text)
    assert report.errors == () and [f.kind for f in report.warnings] == ["arithmetic"]
    # a name the table knows (农商行), or adverbs only (不仅显著跑赢), keeps the subject firm
    firm = "本周申万银行指数上涨1.0%，农商行指数上涨1.1%；农商行跑赢沪深300指数1.0个百分点，沪深300上涨0.5%。"
    assert [f.kind for f in check_text(firm).errors] == ["arithmetic"]
    firm = "本周申万计算机指数累计上涨2.86%，不仅显著跑赢沪深300指数1.06个百分点。沪深300指数上涨0.8%。"
    assert [f.kind for f in check_text(firm).errors] == ["arithmetic"]


def test_a_calendar_year_is_a_period_of_its_own() -> None:
    text = (
        "2024年申万电子指数上涨18.5%，跑赢沪深300指数3.8个百分点；2023年上涨7.1%，跑输沪深300指数2.3个百分点。"
        "2024年沪深300上涨14.7%，2023年下跌11.4%。"
    )
    assert check_text(text).errors == ()
    assert [p for _, _, p in _returns("2024年申万电子指数上涨18.5%。")] == ["year:2024年"]
    # a date or a year-to-date span is not a calendar year
    assert [p for _, _, p in _returns("2024年以来申万电子指数上涨18.5%。")] == ["ytd"]
    assert [p for _, _, p in _returns("截至2024年12月13日，本周申万电子指数上涨1.5%。")] == ["week"]


def test_a_run_of_repeated_direction_words_after_a_relative_clause() -> None:
    text = (
        "本周申万社会服务、商贸零售行业涨跌幅分别为6.94%、9.93%，相对上证综指，分别跑赢1.43pct、跑赢4.42pct，"
        "相对沪深300 分别跑赢1.44pct、跑赢4.43pct。"
    )
    assert _excess(text) == [
        ("社会服务", "上证指数", 1.43, "week"),
        ("商贸零售", "上证指数", 4.42, "week"),
        ("社会服务", "沪深300", 1.44, "week"),
        ("商贸零售", "沪深300", 4.43, "week"),
    ]
    assert check_text(text).errors == ()
    wrong = text.replace("跑赢4.43pct", "跑赢4.83pct")
    assert ["4.83" in f.snippet for f in check_text(wrong).errors] == [True]


def test_a_short_name_opening_a_clause_before_a_direction_word_is_the_index() -> None:
    text = "本周各指数表现：沪深300(+0.8%)、创业板指(+2.1%)、申万电子(+5.1%)。电子跑赢沪深300 4.3个百分点。"
    assert _excess(text) == [("电子", "沪深300", 4.3, "week")]
    assert check_text(text).errors == ()
    assert [f.kind for f in check_text(text.replace("4.3个", "5.3个")).errors] == ["arithmetic"]
    # inside a longer name or without a direction word after it, a short name is not an index
    assert [s for s, _, _, _ in _excess("本周消费电子跑赢沪深300 4.3个百分点。")] == [None]


def test_a_benchmark_return_in_brackets_and_a_bare_excess_figure() -> None:
    text = "本周申万电子指数上涨5.1%(沪深300 +0.8%)，超额4.3pct。"
    assert ("沪深300", 0.8, "week") in _returns(text)
    assert _excess(text) == [("电子", "沪深300", 4.3, "week")]
    assert check_text(text).errors == ()
    assert [f.kind for f in check_text(text.replace("4.3pct", "4.9pct")).errors] == ["arithmetic"]
    assert ("沪深300", -0.8, "week") in _returns("本周申万电子指数上涨5.1%(沪深300下跌0.8%)，超额5.9pct。")


def test_a_clause_with_its_own_unknown_subject_and_move_makes_the_next_subject_a_guess() -> None:
    text = "本周申万电子指数上涨5.1%，跑赢沪深300指数，沪深300上涨0.8%；半导体下跌1.2%，跑输沪深300指数。"
    report = check_text(text)
    assert report.errors == () and [f.kind for f in report.warnings] == ["arithmetic"]
    # benchmarks in between are not subjects of their own: still an error when the figure is wrong
    text = "本周电子行业上涨2.00%，沪深300上涨1.00%，创业板指上涨0.50%，跑赢沪深300 1.50个百分点。"
    assert [f.kind for f in check_text(text).errors] == ["arithmetic"]


def test_a_bare_clause_after_the_same_index_of_another_period_is_that_index() -> None:
    text = (
        "本周申万医药生物指数下跌1.5%，跑输沪深300指数2.1个百分点；年初至今医药生物指数下跌12.3%，"
        "跑输沪深300指数15.6个百分点。沪深300本周上涨0.6%，年初以来上涨3.3%。"
    )
    assert ("沪深300", 3.3, "ytd") in _returns(text)
    assert check_text(text).errors == ()
    assert [f.kind for f in check_text(text.replace("15.6", "16.6")).errors] == ["arithmetic"]
    # the same period twice is not borrowed: a second figure of one period is left unread
    assert _returns("沪深300本周上涨0.6%，本周上涨3.3%。") == [("沪深300", 0.6, "week")]


def test_a_run_of_bare_clauses_of_other_periods_and_its_per_period_excess_list() -> None:
    text = (
        "截至12月13日，申万电子指数本周上涨5.1%，本月上涨7.2%，年初以来上涨25.1%，"
        "分别跑赢沪深300指数4.3、5.1、19.9个百分点。本周沪深300上涨0.8%。"
    )
    assert _returns(text)[:3] == [("电子", 5.1, "week"), ("电子", 7.2, "month"), ("电子", 25.1, "ytd")]
    assert [p for *_, p in _excess(text)] == ["week", "month", "ytd"]
    assert check_text(text).errors == ()
    assert [f.kind for f in check_text(text.replace("4.3、", "4.8、")).errors] == ["arithmetic"]


_NEXT_YEAR = (
    "2008年,涨跌幅排名靠后的五个申万一级行业依次为有色金属、国防军工、钢铁、汽车、休闲服务,"
    "其年度跌幅分别为77.30%、72.01%、70.88%、70.01%、68.81%。"
    "而在2009年,这五个行业的涨幅分别为180.03%、130.90%、96.16%、241.00%、133.53%,"
    "年度涨跌幅排名分别为第2、第{}、第21、第1、第6。"
)


def test_these_five_industries_are_the_five_listed_in_the_sentence_before() -> None:
    """0783e6621a (holdout8, real): 这五个行业 takes the five names before, in order, for its 分别 figures and
    its rank list (第2、第7、… without 位); m78-29 ranks 国防军工 (+130.90%) 第3 above 休闲服务 (+133.53%, 第6)."""
    claims = extract(read_plain(_NEXT_YEAR.format("7")))
    year = [(r.entity.name, r.value.value) for r in claims.returns if r.period == "year:2009年"]
    assert year == [
        ("有色金属", 180.03),
        ("国防军工", 130.9),
        ("钢铁", 96.16),
        ("汽车", 241.0),
        ("社会服务", 133.53),
    ]
    assert [(k.subject.name if k.subject else None, k.rank) for k in claims.ranks][:2] == [
        ("有色金属", 2),
        ("国防军工", 7),
    ]
    assert check_text(_NEXT_YEAR.format("7")).errors == ()
    findings = check_text(_NEXT_YEAR.format("3")).errors
    assert [f.kind for f in findings] == ["rank"] and "国防军工 ranks 3" in findings[0].message


def test_these_n_industries_with_another_count_or_a_cut_list_are_not_read() -> None:
    """A count that is not the list's, and four ranks for five names (a page cut mid-list), stay unread;
    分别为下跌18.68%、上涨13.64%… is one run of moves, one per listed name."""
    text = (
        "2011年,涨跌幅排名靠后的五个行业依次为电气设备、有色金属、电子、机械设备、计算机。"
        "而在2012年,这五个行业的涨跌幅情况分别为下跌18.68%、上涨13.64%、下跌0.74%、下跌5.57%、下跌4.52%,"
        "涨跌幅排名分别为第27、第6、第13、第23、"
    )
    claims = extract(read_plain(text))
    assert [(r.entity.name, r.value.value) for r in claims.returns] == [
        ("电力设备", -18.68),
        ("有色金属", 13.64),
        ("电子", -0.74),
        ("机械设备", -5.57),
        ("计算机", -4.52),
    ]
    assert claims.ranks == []
    assert extract(read_plain("电子、通信、传媒表现较好。这两个行业分别上涨1.2%、2.3%。")).returns == []
