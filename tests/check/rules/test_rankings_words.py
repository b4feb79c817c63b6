"""The rankings rule on lists of any measure and on places said in words (g7): lists ranked by amounts, weights or
turnover (成交金额前3名, 十大权重, 资金净流入前五大), places in words held against each other (涨幅最大…涨幅最小, 居首…
其次, 首位…末位), top and bottom groups (居前…较低), a leading group (甲、乙领涨a%、b%) and stocks as a
superlative's peers.

Real sentences are pool-B excerpts, verbatim (corpus id in a comment); the slips are written from them."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from sectorbrief.check import check_text
from sectorbrief.check.claims import extract
from sectorbrief.check.ranked_groups import groups
from sectorbrief.check.read import read_plain
from sectorbrief.check.rules.rankings import check_rankings
from sectorbrief.check.stated_places import places

# 040cf4dd1a
WEIGHTS = (
    "前十大权重包括:宝钢股份(15.54%)、包钢股份(12.97%)、华菱钢铁(6.78%)、久立特材(5.49%)、杭钢股份(5.21%)、"
    "南钢股份(3.85%)、中信特钢(3.66%)、沙钢股份(3.34%)、河钢股份(2.99%)、新兴铸管(2.98%)。"
)
# 15e4678268 (Traditional characters, as printed)
TURNOVER_AMOUNTS = "成交金額前3名依序為半導體類新台幣5670.25億元,占30.67%;航運類4320.51億元,占23.37%;電子零組件類1517.09億元,占8.2%。"
# 68916b7c13
OUTFLOWS = (
    "资金净流出前五大行业依次为:银行(-104.20亿元,跌1.18%)、非银金融(-84.79亿元,跌0.52%)、电力设备(-76.06亿元,涨0.28%)、"
    "食品饮料(-72.02亿元,跌0.90%)、医药生物(-47.48亿元,涨0.89%) [8]"
)
# a79ba5fbb8
FIRST_AND_LAST = "成交额方面,中芯国际成交额30.7亿元,位居首位;呈和科技成交额556.7万元,位居末位。"
# 0d8361589a
LARGEST_AND_SMALLEST = "交运子板块中快递板块 涨幅最大(+4.4%),机场板块涨幅最小(+0.1%)。"
# 943b94c5ee
FALLS_BOTH_ENDS = "交运子板块中铁路板块跌幅最小(-1.4%),公交板块跌幅最大(-17.9%)。"
# 058eab02d1
RISE_AND_FALL_TOPS = "细分子行业方面,渤海节能环保行业子行业涨跌互现,其中固废处理上涨1.98%,涨幅居首;而环境监测下跌2.05%,跌幅居首。"
# 7cda61807a
FIRST_AND_LAST_RETURNS = "金鸿顺以20.48%的涨跌幅排行首位,铁流股份以-16.69%的涨跌幅排行最后。"
# a2351af58e
HEAD_THEN_NEXT = (
    "行业资金流向方面,今日有4个行业主力资金净流入,国防军工行业主力资金净流入规模居首,全天净流入资金5.14亿元,"
    "其次是有色金属行业,净流入资金为3.61亿元。"
)
# b9db6a8ded
TOP_AND_BOTTOM_GROUPS = (
    "据Wind资讯统计,按照算术平均法,申万一级行业指数中,采掘、机械设备和农林牧渔指数的日均换手率居前,分别为4.57%、4.37%和4.37%;"
    "金融服务、公用事业和交通运输指数的日均换手率较低,分别为1.89%、2.09%和2.11%。"
)
# 2b6b6c927e
HEAD_THEN_RESPECTIVELY = "跌幅居前的是亚盛集团,跌6.14%,华泰证券和辽宁成大分别跌4.86%和4.71%。"
# e96deb89bc (Traditional characters and pinyin glosses, as printed)
STOCK_LEADER = (
    "成分股方面漲跌互現(xiàn),鹽湖股份領(lǐng)漲5.66%,銀河磁體上漲5.52%,中國稀土上漲4.46%;"
    "中科磁業(yè)領(lǐng)跌,金力永磁、正海磁材跟跌。"
)
# 6a77b6d58d
LEADING_GROUP = "主要指数普遍上涨,科创50、中证1000领涨12.3%、8.7%,上证指数、创业板指上涨3.8%、4.5% [8]"

REAL = (
    WEIGHTS,
    TURNOVER_AMOUNTS,
    OUTFLOWS,
    FIRST_AND_LAST,
    LARGEST_AND_SMALLEST,
    FALLS_BOTH_ENDS,
    RISE_AND_FALL_TOPS,
    FIRST_AND_LAST_RETURNS,
    HEAD_THEN_NEXT,
    TOP_AND_BOTTOM_GROUPS,
    HEAD_THEN_RESPECTIVELY,
    STOCK_LEADER,
    LEADING_GROUP,
)


def _found(text: str) -> list[str]:
    return [f.message for f in check_rankings(extract(read_plain(text))) if f.severity == "error"]


def _places(text: str) -> list[tuple[str, str, int, str]]:
    return [
        (p.word, p.axis, p.rank, p.figure_text)
        for s in extract(read_plain(text)).sentences
        for p in places(s)
    ]


def test_real_lists_and_places_stay_clean() -> None:
    for text in REAL:
        assert _found(text) == [], text
        assert not check_text(text).errors, text


def test_places_are_read_with_their_measure_and_figure() -> None:
    assert _places(FIRST_AND_LAST) == [
        ("位居首位", "成交额", 1, "30.7亿元"),
        ("末位", "成交额", 99, "556.7万元"),
    ]
    assert _places(FALLS_BOTH_ENDS) == [("最小", "fall", 99, "-1.4%"), ("最大", "fall", 1, "-17.9%")]
    assert _places(HEAD_THEN_NEXT) == [("居首", "净流入", 1, "5.14亿元"), ("其次", "净流入", 2, "3.61亿元")]
    # two subjects given one figure 分别: no single place is read
    assert _places("表现最差的是东方集团，累跌43.31%，其次为南方集团及北方集团，分别跌44.59%。") == [
        ("最差", "rise", 99, "43.31%")
    ]


def test_a_list_of_weights_or_amounts_out_of_order() -> None:
    weights = _found(WEIGHTS.replace("华菱钢铁(6.78%)", "华菱钢铁(13.78%)"))
    assert len(weights) == 1 and "「前十大权重」" in weights[0] and "华菱钢铁(13.78%)" in weights[0]
    assert "from the highest down" in weights[0]
    amounts = _found(TURNOVER_AMOUNTS.replace("航運類4320.51億元", "航運類6320.51億元"))
    assert (
        len(amounts) == 1
        and "航运类6320.51亿元" in amounts[0]
        and "5670.25亿元 then 6320.51亿元" in amounts[0]
    )
    # outflows run from the largest outflow, signed or not
    outflows = _found(OUTFLOWS.replace("食品饮料(-72.02亿元", "食品饮料(-92.02亿元"))
    assert (
        len(outflows) == 1 and "食品饮料(-92.02亿元" in outflows[0] and "from the largest down" in outflows[0]
    )


def test_a_list_of_amounts_alone_is_read() -> None:
    # 68916b7c13's inflow list without its returns: amounts only, no percentage in the sentence
    inflows = "资金净流入前五大行业依次为：电子(240.76亿元)、有色金属(103.65亿元)、机械设备({}亿元)、基础化工(29.87亿元)。"
    assert not _found(inflows.format("92.59"))
    slipped = _found(inflows.format("112.59"))
    assert (
        len(slipped) == 1
        and "机械设备(112.59亿元)" in slipped[0]
        and "103.65亿元 then 112.59亿元" in slipped[0]
    )


def test_a_list_of_another_measure_than_its_figures_is_not_read() -> None:
    # 成交额前三 with percentages: the figures are returns, not 成交额
    assert not _found("成交额前三：甲(+1.2%)、乙(+3.5%)、丙(+2.0%)。")
    # 十大权重 followed by another kind of figure: the list ends there
    assert not _found("十大权重分别为：甲(16.82%)、乙(8.64%)，成交额120亿元。")


def test_places_in_words_against_each_other() -> None:
    first_last = _found(FIRST_AND_LAST.replace("556.7万元", "556.7亿元"))
    assert len(first_last) == 1 and "「呈和科技成交额556.7亿元,位居末位」" in first_last[0].replace("，", ",")
    assert "should be no larger than 30.7亿元" in first_last[0]
    smallest = _found(LARGEST_AND_SMALLEST.replace("(+0.1%)", "(+5.1%)"))
    assert len(smallest) == 1 and "+5.1% did better than +4.4%" in smallest[0]
    falls = _found(FALLS_BOTH_ENDS.replace("(-17.9%)", "(-0.9%)"))
    assert len(falls) == 1 and "-0.9%" in falls[0] and "-1.4%" in falls[0]
    next_above = _found(HEAD_THEN_NEXT.replace("3.61亿元", "6.61亿元"))
    assert (
        len(next_above) == 1
        and "其次" in next_above[0]
        and "6.61亿元 did better than 5.14亿元" in next_above[0]
    )
    last_above = _found(FIRST_AND_LAST_RETURNS.replace("-16.69%", "26.69%"))
    assert len(last_above) == 1 and "排行最后" in last_above[0] and "26.69%" in last_above[0]
    tops = _found(RISE_AND_FALL_TOPS.replace("下跌2.05%", "上涨2.05%"))
    assert len(tops) == 1 and "2.05%" in tops[0] and "1.98%" in tops[0]


def test_top_and_bottom_groups() -> None:
    assert [
        (g.cue, g.top, len(g.items))
        for s in extract(read_plain(TOP_AND_BOTTOM_GROUPS)).sentences
        for g in groups(s)
    ] == [
        ("换手率居前", True, 3),
        ("换手率较低", False, 3),
    ]
    low_top = _found(TOP_AND_BOTTOM_GROUPS.replace("4.37%和4.37%", "4.37%和1.37%"))
    assert (
        len(low_top) == 1
        and "农林牧渔 (1.37%) among the top" in low_top[0]
        and "交通运输 (2.11%)" in low_top[0]
    )


def test_heads_groups_and_stocks() -> None:
    after_head = _found(HEAD_THEN_RESPECTIVELY.replace("分别跌4.86%", "分别跌6.86%"))
    assert len(after_head) == 1 and "华泰证券 6.86%" in after_head[0] and "亚盛集团" in after_head[0]
    stock = _found(STOCK_LEADER.replace("上漲5.52%", "上漲6.52%"))
    assert len(stock) == 1 and "盐湖股份领涨5.66%" in stock[0] and "银河磁体上涨6.52%" in stock[0]
    group = _found(LEADING_GROUP.replace("4.5%", "9.5%"))
    assert len(group) == 1 and "中证1000 8.7%" in group[0] and "创业板指 9.5%" in group[0]
    # the subject's peers given before it in the sentence
    before = "成分股方面涨跌互现，银河磁体上涨{}%，中国稀土上涨4.46%，盐湖股份领涨5.66%。"
    assert not _found(before.format("5.52"))
    ahead = _found(before.format("6.52"))
    assert len(ahead) == 1 and "银河磁体上涨6.52%" in ahead[0] and "盐湖股份领涨5.66%" in ahead[0]
    # …but not the figures of another ranking said before it
    assert not _found("其间电信业务涨幅居首，涨幅到达6.58%；医药职业跌幅最大，跌幅为5.94%。")
    # a board among stocks is compared with nothing
    assert not _found("水务板块领涨，涨幅4.44%，重庆水务上涨9.22%，洪城水业上涨6.1%。")


@given(st.integers(1, 9999), st.integers(1, 9999), st.sampled_from(["成交额", "换手率", "涨幅"]))
def test_first_and_last_are_flagged_exactly_when_the_last_is_higher(a: int, b: int, measure: str) -> None:
    unit = "亿元" if measure == "成交额" else "%"
    x, y = f"{a / 100:.2f}", f"{b / 100:.2f}"
    text = f"{measure}方面，甲{measure}为{x}{unit}，位居首位；乙{measure}为{y}{unit}，位居末位。"
    assert bool(_found(text)) is (b > a)


@given(
    st.text(
        alphabet="甲乙涨跌幅换手率成交额居首位末其次最大小前较低高，；、。%亿元0123456789.分别", max_size=60
    )
)
def test_free_text_never_breaks_the_readers(text: str) -> None:
    for sentence in extract(read_plain(text)).sentences:
        places(sentence)
        groups(sentence)
    check_rankings(extract(read_plain(text)))


# 8d8fe77863
RUNNER_UP_THEN_THIRD = (
    "江苏是本周全国省市电影票房、场次、人次亚军，票房产出达到3557.61万元，放映场次15.17万场，观众数量90.71万人次。"
    "浙江是本周全国省市电影票房、场次、人次季军，产出票房达到3097.66万元，放映场次12.19万场，观众数量达到76.04万人次。"
)
# 73121a8226
SECOND_THEN_FIRST = "截至上一个交易日，三七互娱A股市值以881.87亿元雄踞行业第二名，排名第一的是芒果超媒，A股市值为1226.68亿元。"
# b9b1550881
SECOND_LARGEST_FALL = "其中台资富士康国际是跌幅最大的蓝筹股，全年急挫85%；而炒焦外汇累计期权合约的中信泰富全年跌80%，是第2大跌幅蓝筹股。"


def test_numbered_places_across_two_sentences_and_measures_said_after() -> None:
    for text in (RUNNER_UP_THEN_THIRD, SECOND_THEN_FIRST, SECOND_LARGEST_FALL):
        assert _found(text) == [], text
    third = _found(RUNNER_UP_THEN_THIRD.replace("3097.66万元", "3597.66万元"))
    assert len(third) == 1 and "季军" in third[0] and "3597.66万元 is above 3557.61万元" in third[0]
    # a place and the measure named after it (排名第一的是乙，A股市值为…)
    first = _found(SECOND_THEN_FIRST.replace("1226.68亿元", "826.68亿元"))
    assert len(first) == 1 and "826.68亿元" in first[0] and "881.87亿元" in first[0]
    second = _found(SECOND_LARGEST_FALL.replace("全年跌80%", "全年跌88%"))
    assert len(second) == 1 and "88% fell further than 85%" in second[0] and "no larger in size" in second[0]


# 6f66f5e689 (its list; the place after it is the slip's frame)
LISTED = "有色金属子板块表现分化小金属、贵金属、工业金属、金属新材料和能源金属涨跌幅分别为12.02%、7.22%、6.95%、5.67%、2.89% [6][23]"


def test_a_place_named_in_a_list_given_before() -> None:
    assert not _found(LISTED)
    assert not _found(LISTED.replace(" [6][23]", "，其中小金属涨幅最大。"))
    assert not _found(LISTED.replace(" [6][23]", "。其中能源金属涨幅最小。"))
    top = _found(LISTED.replace(" [6][23]", "，其中贵金属涨幅最大。"))
    assert (
        len(top) == 1
        and "names 贵金属 (7.22%)" in top[0]
        and "小金属 in the list given here rose more (12.02%)" in top[0]
    )
    bottom = _found(LISTED.replace(" [6][23]", "。其中工业金属涨幅最小。"))
    assert len(bottom) == 1 and "names 工业金属 (6.95%)" in bottom[0] and "(2.89%)" in bottom[0]
