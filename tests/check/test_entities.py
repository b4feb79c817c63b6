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
