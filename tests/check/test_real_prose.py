"""Real-report phrasings that once raised false alarms or went unread (issue #10, holdout3 round)."""

from __future__ import annotations

from sectorbrief.check import check_text
from sectorbrief.check.claims import extract
from sectorbrief.check.entities import find_entities
from sectorbrief.check.read import read_plain


def _returns(text: str) -> list[tuple[str, float, str | None]]:
    return [(r.entity.name, r.value.value, r.period) for r in extract(read_plain(text)).returns]


def test_a_weight_before_a_name_is_not_a_return() -> None:
    text = "上周组合是50%电子+25%有色金属+25%钢铁。有色金属大跌7.56%。"
    assert _returns(text) == [("有色金属", -7.56, "week")]
    assert check_text(text).errors == ()


def test_a_rank_after_another_subjects_clause_is_not_the_first_subjects() -> None:
    text = "本周有色金属大跌7.56%在23个行业中排名倒数第一，黑色金属下跌3.5%，排名第十四位。"
    ranks = extract(read_plain(text)).ranks
    assert [(k.subject.name if k.subject else None, k.rank) for k in ranks] == [
        ("有色金属", 23),
        ("钢铁", 14),
    ]
    text = "本周有色金属大跌7.56%在23个行业中排名倒数第一，稀土永磁下跌3.5%，排名第十四位。"
    assert [k.subject.name if k.subject else None for k in extract(read_plain(text)).ranks] == [
        "有色金属",
        None,
    ]
    assert check_text(text).errors == ()


def test_a_compound_name_is_not_the_shorter_name_inside_it() -> None:
    names = [
        e.name
        for e in find_entities(
            "上周汽车与零部件指数下跌1.42%，乘用车及零部件板块下跌2.39%、重卡及零部件板块下跌4.98%"
        )
    ]
    assert "零部件" not in names
    assert [e.name for e in find_entities("证券、保险和多元金融板块")] == ["证券", "保险", "多元金融"]
    assert [e.name for e in find_entities("钢铁与有色金属板块")] == ["钢铁", "有色金属"]


def test_year_to_date_words() -> None:
    for word in (
        "本年以来",
        "今年以来",
        "年内",
        "年初以来",
        "本年度",
        "今年迄今",
        "年初迄今",
        "2024年初至今",
    ):
        assert _returns(f"上周申万汽车指数下跌1.42%。{word}，申万汽车指数累计下跌22.34%。") == [
            ("汽车", -1.42, "week"),
            ("汽车", -22.34, "ytd"),
        ], word


def test_a_percent_before_its_fall_is_negative() -> None:
    assert _returns("上周申万国防军工板块2.21%的跌幅在31个申万一级行业中排名第13位。") == [
        ("国防军工", -2.21, "week")
    ]
    text = "上周申万国防军工指数下跌2.21%。国防军工板块2.21%的跌幅在31个申万一级行业中排名第13位。"
    assert check_text(text).errors == ()


def test_a_larger_fall_is_underperformance() -> None:
    ok = "本周商贸零售指数下跌3.31%，表现优于深证成指(-3.45%)，但跌幅高于上证指数(-2.95%)。"
    assert check_text(ok).errors == ()
    wrong = "本周商贸零售指数下跌3.31%，跌幅小于上证指数(-2.95%)。"
    assert len(check_text(wrong).errors) == 1
    wrong = "本周商贸零售指数下跌3.31%，跌幅大于深证成指(-3.45%)。"
    assert len(check_text(wrong).errors) == 1


def test_a_themed_index_is_its_own_subject() -> None:
    text = "上周申万国防军工指数下跌2.21%，从构建的军工集团指数看，上周中证民参军指数平均跌幅为6.12%。"
    assert check_text(text).errors == ()
    for name in (
        "中证军工指数",
        "中证白酒指数",
        "中证医疗指数",
        "国证芯片指数",
        "费城半导体指数",
        "中证军工龙头指数",
    ):
        found = find_entities(f"本周{name}上涨1.2%")
        assert all(e.level == "generic" for e in found) and len(found) == 1, (name, found)


def test_a_benchmark_return_written_before_the_excess_is_read() -> None:
    ok = "年初至今，银行板块整体下跌9.69%，跑输沪深300指数10.39%的涨幅20.08个百分点。"
    report = check_text(ok)
    assert report.errors == ()
    assert [e.verified for e in report.extracted if e.kind == "excess"] == [True]
    assert len(check_text(ok.replace("20.08", "20.80")).errors) == 1


def test_a_bracketed_benchmark_return_may_name_its_period() -> None:
    ok = "本周(8月11日-8月15日)，商贸零售指数报收2214.55点，上涨0.44%，跑输上证综指(本周上涨0.86%)0.42个百分点。"
    assert check_text(ok).errors == ()
    assert len(check_text(ok.replace("0.42个", "0.24个")).errors) == 1
    traditional = (
        "本周(8月11日-8月15日),商貿零售指數報收2214.55點,上漲0.44%,跑輸上證綜指(本周上漲0.86%)0.24個百分點。"
    )
    assert len(check_text(traditional).errors) == 1


def test_a_list_is_read_only_from_the_clause_just_before() -> None:
    text = (
        "餐饮旅游、食品饮料和家用电器比较抗跌，跌幅分别为1.21%、2.12%和2.82%，"
        "而综合行业、房地产和交运设备板块表现相对较弱，分别大跌4.76%、4.46%和4.38%。"
    )
    assert check_text(text).errors == ()
    assert ("家用电器", -2.82, None) in _returns(text)


def test_a_clause_opening_with_its_verb_belongs_to_the_clause_subject_before_it() -> None:
    assert _returns("本周商贸零售指数报收2214.55点，上涨0.44%。") == [("商贸零售", 0.44, "week")]
    text = "本周医药生物板块上涨2.34%。化学制药是本周医药行业表现最好的二级板块，周内累计上涨3.03%。"
    assert _returns(text) == [("医药生物", 2.34, "week")]


def test_industry_names_as_real_reports_write_them() -> None:
    text = "本周中信电新指数上涨1.2%，申万交运板块下跌0.5%，非银行业上涨2%，农业板块上涨0.3%，医药板块下跌1%，环保板块上涨0.2%。"
    assert [(n, v) for n, v, _ in _returns(text)] == [
        ("电力设备", 1.2),
        ("交通运输", -0.5),
        ("非银金融", 2.0),
        ("农林牧渔", 0.3),
        ("医药生物", -1.0),
        ("环保", 0.2),
    ]
    found = extract(
        read_plain("本周医药生物(申万)上涨1.5%，电力设备(中信)下跌0.2%，申万医药指数上涨1.5%。")
    ).returns
    assert [r.entity.key for r in found] == [("申万", "医药生物"), ("中信", "电力设备"), ("申万", "医药生物")]


def test_sub_industries_are_not_their_parent() -> None:
    text = "本周证券、保险和多元金融板块分别上涨1.2%、0.5%和-0.3%，非银金融板块上涨0.9%。本周造纸II下跌1.2%，轻工制造板块上涨0.5%。"
    found = extract(read_plain(text)).returns
    assert [(r.entity.name, r.entity.level) for r in found] == [
        ("证券", "l2"),
        ("保险", "l2"),
        ("多元金融", "l2"),
        ("非银金融", "l1"),
        ("造纸", "l2"),
        ("轻工制造", "l1"),
    ]
    assert check_text(text).errors == ()


def test_scoped_ranks_are_not_level_one_ranks() -> None:
    ranks = extract(read_plain("本周计算机板块上涨2%，在TMT行业内排名第1，在申万一级行业中排名第5。")).ranks
    assert [(k.rank, k.classification.startswith("scoped")) for k in ranks] == [(1, True), (5, False)]
    ranks = extract(read_plain("本周光伏设备指数上涨2%，在124个二级行业中排名第3。")).ranks
    assert [(k.rank, k.universe) for k in ranks] == [(3, 124)]
    assert check_text("本周计算机板块上涨2%，在TMT行业内排名第1，在申万一级行业中排名第5。").errors == ()


def test_periods_listed_before_the_index_are_assigned_in_order() -> None:
    text = "本周、本月、年初至今申万电子行业指数涨幅分别为-0.22%、-4.70%、-1.51%。"
    assert _returns(text) == [("电子", -0.22, "week"), ("电子", -4.70, "month"), ("电子", -1.51, "ytd")]


def test_stated_weeks_are_different_periods() -> None:
    text = "本周(2016.5.9-2016.5.13)申万电子指数上涨1%。本周(2016.5.16-2016.5.20)申万电子指数上涨2%。"
    assert check_text(text).errors == ()
    assert len(check_text("本周申万电子指数上涨1%。本周申万电子指数上涨2%。").errors) == 1


def test_a_list_of_excess_figures_is_assigned_by_position() -> None:
    text = (
        "本周申万电子、计算机、通信指数分别上涨1.2%、2.3%、3.4%，分别跑赢沪深300指数0.2、1.3和2.4个百分点，"
        "沪深300上涨1.0%。"
    )
    assert check_text(text).errors == ()
    assert len(check_text(text.replace("1.3和", "3.1和")).errors) == 1


def test_other_spans_are_their_own_periods() -> None:
    text = (
        "本周申万电子指数上涨1.2%。近一个月，申万电子指数上涨5.6%；三季度以来，申万电子指数上涨8.1%，"
        "9月以来申万电子指数上涨3.3%。周四申万电子指数下跌1.8%。"
    )
    assert [p for _, _, p in _returns(text)] == [
        "week",
        "span:近1个月",  # spans are labelled one way (近一个月, 过去1个月, 最近1月)
        "span:三季度以来",
        "span:9月以来",
        "day",
    ]
    assert check_text(text).errors == ()
    assert [p for _, _, p in _returns("本周五个交易日申万电子指数上涨1.2%。")] == ["week"]


def test_week_spans_written_other_ways() -> None:
    assert [p for _, _, p in _returns("过去一周(12.01-12.07)，申万建筑材料行业指数上涨1.55%。")] == [
        "week@12.01-12.07"
    ]
    text = "代表权重股表现的中证100指数周二至周五累计反而下跌0.87%。本周中证100指数上涨2.54%。"
    assert [p for _, _, p in _returns(text)] == ["span:周二至周五", "week"]
    assert check_text(text).errors == ()


def test_a_benchmark_named_before_the_direction_word() -> None:
    text = "本周，医药生物板块累计下跌2.29%，与沪指相比仍跑输1.76个百分点。沪指本周累计下跌0.53%。"
    report = check_text(text)
    assert report.errors == ()
    assert [e.verified for e in report.extracted if e.kind == "excess"] == [True]
    assert len(check_text(text.replace("1.76", "1.67")).errors) == 1


def test_a_figure_after_a_non_return_noun_is_not_the_index_return() -> None:
    text = "螺纹钢价格3070元/吨，年内涨幅-22.5%；钢铁行业综合毛利249元/吨，7日涨幅4.0%，年内涨幅8.3%。"
    assert _returns(text) == []
    text = "有色金属行业主力资金净流入规模居首，该行业本周上涨7.08%。"
    assert _returns(text) == [("有色金属", 7.08, "week")]


def test_a_cut_off_weekday_is_not_a_day_period_and_data_vendor_indices_are_their_own() -> None:
    text = (
        "科创50指数本周再遭重挫，截至周五，大跌37.58点，跌幅为3.76%。Wind半导体指数跌236.49点，跌幅为4.16%。"
    )
    assert _returns(text) == [("科创50", -3.76, "week"), ("Wind半导体", -4.16, "week")]


def test_each_figure_takes_the_period_word_just_before_it_in_its_clause() -> None:
    text = "从阶段收益率计算，文化指数近1个月上涨10.91%、近3个月上涨3.77%，今年来累计上涨10.91%。"
    assert [p for _, _, p in _returns(text)] == [
        "span:近1个月",
        "span:近3个月",
        "ytd",
    ]  # 今年来 read since c11
    assert check_text(text).errors == ()
    text = "本周家电板块周涨跌幅-1.89%。2024年至今家电板块累计涨跌幅+30.31%。"
    assert [p for _, _, p in _returns(text)] == ["week", "ytd"]
    assert check_text(text).errors == ()
    text = "图表1：上周(11月9日-11月13日)，家用电器板块下跌0.45%，位列第14。"
    assert [p for _, _, p in _returns(text)] == ["week@11月9日-11月13日"]


def test_a_week_word_before_a_level_word_is_not_a_weekday() -> None:
    text = "上周二级细分行业中，商用车板块(+3.64%)实现上涨。"
    assert [p for _, _, p in _returns(text)] == ["week"]
    # with 本周 figures beside it, 上周 is the week before (c11: test_resolution.py), still not a weekday
    text += "本周一级行业中，申万汽车指数上涨1.2%。"
    assert [p for _, _, p in _returns(text)] == ["prev-week", "week"]


def test_more_verbs_of_a_move_are_read_with_their_sign() -> None:
    text = "上周沪深300指数小幅上涨0.01%，申万汽车行业指数回落1.03%，落后大盘1.05个百分点。"
    assert ("汽车", -1.03, "week") in _returns(text)
    assert check_text(text).errors == ()
    assert len(check_text(text.replace("1.05个", "1.50个")).errors) == 1


def test_a_negated_direction_word_claims_the_opposite() -> None:
    text = "本周医药生物板块累计上涨2.76%，涨幅未能跑赢大市，上证指数本周累计上涨3.42%。"
    assert check_text(text).errors == ()
    assert len(check_text(text.replace("未能跑赢", "跑赢")).errors) == 1
    assert len(check_text(text.replace("2.76%", "3.76%")).errors) == 1


def test_a_clause_naming_its_own_subject_does_not_borrow_the_earlier_index() -> None:
    text = "本周生物制品板块大幅领涨，涨幅为7.30%；医疗器械周涨幅4.26%。"
    assert _returns(text) == [("生物制品", 7.30, "week")]


def test_weekly_move_nouns() -> None:
    assert _returns("本周生物制品板块大幅领涨，周涨幅达到7.30%。") == [("生物制品", 7.30, "week")]
    assert _returns("本周申万煤炭指数周跌幅为2.10%。") == [("煤炭", -2.10, "week")]


def test_a_comparison_word_in_the_previous_clause_does_not_block_the_next_index() -> None:
    text = "本周环保(申万)行业指数上涨3.17%，相较市场整体涨幅较大；公用事业(申万)行业指数上涨1.11%，涨幅相对较小。"
    assert [(n, v) for n, v, _ in _returns(text)] == [("环保", 3.17), ("公用事业", 1.11)]


def test_shanghai_composite_written_with_zhishu() -> None:
    assert _returns("本周上证综指数下跌1.80%，深证成指下跌3.24%。") == [
        ("上证指数", -1.80, "week"),
        ("深证成指", -3.24, "week"),
    ]
