from sectorbrief.check import check_text
from sectorbrief.check.entities import find_entities, universe_near


def test_benchmarks_and_industries_are_keyed() -> None:
    found = find_entities("沪深300指数、创业板指、申万通信行业指数、中信电子、家电板块、医药生物(申万)")
    assert [e.key for e in found] == [
        ("", "沪深300"),
        ("", "创业板指"),
        ("申万", "通信"),
        ("中信", "电子"),
        ("", "家用电器"),
        ("申万", "医药生物"),
    ]


def test_ranking_phrases_are_not_industries() -> None:
    assert find_entities("在申万各一级行业中排名第31位") == []


def test_universe_is_stated_or_implied() -> None:
    assert universe_near("在申万31个一级行业中排名第2位") == (31, "申万一级")
    assert universe_near("在中信一级行业中排名第3位") == (30, "中信一级")
    assert universe_near("排名第3位") == (None, "")


def test_an_alias_ending_in_hangye_may_be_followed_by_its_figure() -> None:
    from sectorbrief.check.entities import find_entities

    assert [e.name for e in find_entities("计算机行业0.11%，行业排名第18")] == ["计算机"]


def test_an_explicit_universe_is_not_overridden_by_the_words_inside_it() -> None:
    assert universe_near("在28个申万一级行业中排名倒数第三") == (28, "申万一级")
    assert universe_near("在28个行业中，申万一级行业排名第3") == (31, "申万一级")


def test_a_short_name_closing_a_list_after_an_industry_is_an_entity() -> None:
    assert [e.name for e in find_entities("公用事业及环保涨幅处于第22和第12名")] == ["公用事业", "环保"]
    assert [e.name for e in find_entities("公用事业及环保政策持续加码")] == ["公用事业"]


def test_a_level2_trade_named_with_ye_is_that_level2_industry() -> None:
    """饲料业指数 (holdout6, 879606.com) is SW level-2 饲料, not a figure carried from 种植业 before it."""
    found = find_entities("种植业指数涨跌幅-12.7%、饲料业指数涨跌幅-14.4%，动物保健业指数涨跌幅为-0.9%")
    assert [(e.name, e.level) for e in found] == [("种植业", "l2"), ("饲料", "l2"), ("动物保健", "l2")]


def test_two_funds_on_one_index_are_two_subjects() -> None:
    """富国中证旅游主题ETF(-6.18%)、华夏中证旅游主题ETF(-6.0%) (holdout6): a fund is named from its manager;
    a period word before it is not part of the name."""
    found = find_entities("跌幅最大的为：富国中证旅游主题ETF(-6.18%)、华夏中证旅游主题ETF(-6.0%)")
    assert [e.name for e in found] == ["富国中证旅游主题ETF", "华夏中证旅游主题ETF"]
    assert [e.name for e in find_entities("本周中证旅游主题ETF下跌1%")] == ["中证旅游主题ETF"]


def test_a_sw_name_cut_short_before_its_tag_is_the_one_industry_it_begins() -> None:
    """a776c49188, 6527d09e54 (holdout4a), bd389772e7 (holdout6): 万联's weekly writes 申万社会服务指数 in
    one clause and 申万社会指数 in the next; 申万食品指数 begins 食品饮料 and 食品加工, so it is no one."""
    text = "年初至今沪深300指数下跌3.43%、申万社会服务指数下跌15.09%,申万社会指数跑输沪深300指数11.66个百分点"
    assert [e.key for e in find_entities(text)] == [
        ("", "沪深300"),
        ("申万", "社会服务"),
        ("申万", "社会服务"),
        ("", "沪深300"),
    ]
    assert [(e.name, e.level) for e in find_entities("申万食品指数上涨1.2%")] == [("申万食品", "generic")]
    assert [(e.name, e.level) for e in find_entities("申万社会责任指数上涨1.2%")] == [
        ("申万社会责任", "generic")
    ]


def test_a_cut_short_name_makes_its_excess_figure_verifiable() -> None:
    from sectorbrief.check import check_text

    text = (
        "年初至今沪深300指数下跌3.43%、申万社会服务指数下跌15.09%,申万社会指数跑输沪深300指数11.66个百分点。"
    )
    report = check_text(text)
    assert report.errors == ()
    assert [(e.subject, e.verified) for e in report.extracted if e.kind == "excess"] == [
        ("申万社会服务 vs 沪深300", True)
    ]
    wrong = check_text(text.replace("11.66", "12.66")).errors
    assert len(wrong) == 1 and "consistent would be 11.66" in wrong[0].message


def test_the_old_sw_level2_environmental_name_is_the_level1_environment_industry() -> None:
    """1de0bae7fb (holdout4b): SW 2014's 环保工程及服务Ⅱ became SW 2021's level-1 环保; the weekly calls it
    环保板块 in the next clause."""
    from sectorbrief.check import check_text

    text = "上周环保工程及服务Ⅱ(申万)指数上涨1.02%,沪深300指数上涨0.47%,环保板块跑赢大盘0.55%。"
    assert [(e.name, e.level) for e in find_entities(text)][:1] == [("环保", "l1")]
    report = check_text(text)
    assert report.errors == () and [e.verified for e in report.extracted if e.kind == "excess"] == [True]
    assert len(check_text(text.replace("0.55%", "0.65%")).errors) == 1


def test_a_short_name_after_but_and_before_also_underperformed_opens_a_comparison() -> None:
    """a70e38c2bf (holdout6): 大盘整体下跌，但医药也跑输上证指数1.6个百分点."""
    from sectorbrief.check import check_text

    text = "本周申万一级医药生物行业指数累计下跌3.14%。大盘整体下跌，但医药也跑输上证指数1.6个百分点，沪指本周累计跌幅为1.54%。"
    assert ("", "医药生物") in [e.key for e in find_entities(text.split("。")[1])]
    report = check_text(text)
    assert report.errors == () and [e.verified for e in report.extracted if e.kind == "excess"] == [True]
    assert [e.level for e in find_entities("但医药股也跑输上证指数")] == ["benchmark"]  # 医药股: stocks


def test_an_unknown_board_is_its_own_subject() -> None:
    """wanglu.net 482691 (holdout8): 电力板块上涨1.64%(火电板块上涨0.98%、水电板块上涨0.85%): 火电 and 水电 are
    boards the table does not know, not more figures of 电力."""
    found = find_entities("电力板块上涨1.64%(火电板块上涨0.98%、水电板块上涨0.85%)")
    assert [(e.name, e.level) for e in found] == [("电力", "l2"), ("火电", "generic"), ("水电", "generic")]


def test_a_name_after_a_place_in_a_ranking_is_read() -> None:
    """c21: a heading 第二名有色金属年内涨幅30.10% names 有色金属 right after 名."""
    assert [e.name for e in find_entities("第二名有色金属年内涨幅30.10%")] == ["有色金属"]
    text = "第二名有色金属年内涨幅30.10%\n2010年以来，有色金属指数累计上涨{}%。"
    assert check_text(text.format("30.10")).errors == ()
    assert "31.10%" in check_text(text.format("31.10")).errors[0].message


def test_a_short_name_and_code_in_brackets_after_an_index_are_that_index() -> None:
    """c24: 中证传媒娱乐指数(中证传媒，931199)下跌1.20%: the bracket's short name is the full name's alias, so
    the figure after the bracket is the full name's, not a second index's."""
    text = "今日上证指数下跌0.30%，中证传媒娱乐指数(中证传媒，931199)下跌1.20%，报980.12点"
    names = [e.name for e in find_entities(text)]
    assert "中证传媒娱乐" in names and "中证传媒" not in names
    # a bracket without a code is not an alias: 中证传媒 stays an index of its own there
    assert "中证传媒" in [e.name for e in find_entities("中证传媒娱乐指数(中证传媒下跌0.90%)下跌1.20%")]


def test_a_benchmark_then_but_weaker_than_another_is_two_benchmarks() -> None:
    # 上证指数 runs on into 但弱于创业板指 only as wording, not as one longer index's name
    found = find_entities("板块强于上证指数但弱于创业板指")
    assert [e.name for e in found] == ["上证指数", "创业板指"]
    assert [e.name for e in find_entities("行业跑赢沪深300但跑输中证500")] == ["沪深300", "中证500"]
    # a longer index's name still blocks the benchmark inside it
    assert [e.name for e in find_entities("上证电子指数上涨1.2%")] != ["上证指数"]


def test_a_short_name_opening_a_clause_with_its_own_percent_move_is_that_industry() -> None:
    """电子上涨3.2%, 银行下跌1.10%: bare two-character level-1 names read when a clause opens with their move."""
    assert [e.key for e in find_entities("电子上涨3.2%，银行下跌1.10%，钢铁涨0.5%")] == [
        ("", "电子"),
        ("", "银行"),
        ("", "钢铁"),
    ]
    assert all(e.name != "电子" for e in find_entities("消费电子上涨3.2%"))
    assert all(e.name != "银行" for e in find_entities("招商银行上涨1.2%"))
    assert all(e.name != "电子" for e in find_entities("电子产品销量上涨3%"))  # no move of its own
    report = check_text("电子上涨3.2%，沪深300上涨1.0%。电子跑输沪深300 2.2个百分点。")
    assert [f.kind for f in report.errors] == ["arithmetic"] and "跑赢" in report.errors[0].message
