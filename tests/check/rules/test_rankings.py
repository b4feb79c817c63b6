"""The general rankings rule: ranked lists in their cue's order, superlatives above the items after them,
stated ranks within their universe and in the order of their returns.

Real sentences are pool-B excerpts, verbatim (corpus id in a comment); the slips are written from them."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from sectorbrief.check import check_text
from sectorbrief.check.claims import extract
from sectorbrief.check.rankings import rankings
from sectorbrief.check.read import read_plain
from sectorbrief.check.rules.rankings import check_rankings

# 199496bf69
TOP_BY_RESPECTIVELY = (
    "从行业表现来看,各行业普涨,涨幅最大的行业为军工、医药生物、家用电器,涨幅分别为7.76%、7.71%、7.55%;"
    "从行业换手率来看,军工、日用化学品最为活跃,换手率分别超过15%"
)
# a89430900e
TOP_AND_BOTTOM = (
    "涨幅最大的三个子行业分别为氟化工及制冷剂(申万)(5.25%) 、石油化工(申万)(4.41%)、改性塑料(申万)(3.3%);"
    "跌幅最大的三个子行业分别为涂料油漆油墨制造(申万)(-4.43%)、日用化学产品(申万)(-4.27%)、农药(申万)(-4.25%)。"
)
# 3d4cc82e65
NAMES_BEFORE_CUE = "其中,三维丝、聚光科技涨幅居前,分别上涨7.95%和3.27%;相对而言,启源装备、盛运环保逆市下跌,不过跌幅均未超过0.2%。"
# 8c4cec4b15
LEADERS = "关个股标的中小崧股份、三花智控、飞科电器、兆驰股份、四川长虹领涨,涨幅分别为8.43%、6.97%、4.73%、4.52%、4.3%。"
# 659f64ce8c
MOVE_WORDS = (
    "涨幅榜前5位的个股分别是:酿酒商南非米勒股价上涨1.30%、英国航空航天系统公司股价上涨1.02%、电视运营商ITV股价上涨0.93%、"
    "英国国家电网公司股价上涨0.80%、威廉莫里森超市连锁公司股价上涨0.78%。"
)
# bd1db88426
RANK_OF_31 = "本周(8月28日—9月1日),医药生物板块累计上涨2.34%,在31个申万一级行业板块中,周表现排名第19位。"
# 7ae3a05477
RANK_OF_131 = "1、本周炼化及贸易板块周涨幅达2.63%,超过沪深300指数的1.64%涨幅,在131个板块中排名第90位。"
# cc1d5596ab
LEADER_FIRST = (
    "韩国服务分项指数领涨,环比增长7.5%,紧随其后的是欧洲和波斯湾/红海航线,较前一周分别增长1.7%和1.5%。"
)

REAL = (
    TOP_BY_RESPECTIVELY,
    TOP_AND_BOTTOM,
    NAMES_BEFORE_CUE,
    LEADERS,
    MOVE_WORDS,
    RANK_OF_31,
    RANK_OF_131,
    LEADER_FIRST,
)


def _found(text: str) -> list[str]:
    return [f.message for f in check_rankings(extract(read_plain(text))) if f.severity == "error"]


def test_real_rankings_are_read_and_stay_clean() -> None:
    for text in REAL:
        assert _found(text) == [], text
        assert not check_text(text).errors, text
    read = [r for s in extract(read_plain(TOP_AND_BOTTOM)).sentences for r in rankings(s)]
    assert [(r.cue, r.direction, len(r.items)) for r in read] == [
        ("涨幅最大", "down", 3),
        ("跌幅最大", "falls", 3),
    ]


def test_a_figure_out_of_its_cues_order_is_quoted_with_its_neighbour() -> None:
    swapped = _found(TOP_BY_RESPECTIVELY.replace("7.76%、7.71%", "7.71%、7.76%"))
    assert (
        len(swapped) == 1 and "「涨幅最大」" in swapped[0] and "7.71%" in swapped[0] and "7.76%" in swapped[0]
    )
    assert "from the highest down" in swapped[0]
    bracketed = _found(TOP_AND_BOTTOM.replace("(4.41%)", "(5.41%)"))
    assert len(bracketed) == 1 and "石油化工(申万)(5.41%)" in bracketed[0]
    # a fall list ranks the largest fall first
    falls = _found(TOP_AND_BOTTOM.replace("(-4.27%)", "(-4.57%)"))
    assert len(falls) == 1 and "from the largest fall down" in falls[0] and "-4.57%" in falls[0]
    moves = _found(MOVE_WORDS.replace("上涨0.93%", "上涨1.93%"))
    assert len(moves) == 1 and "电视运营商ITV股价上涨1.93%" in moves[0]


def test_names_before_the_cue_and_two_item_lists() -> None:
    # two names 涨幅居前 are often given in no order (test_order): not read; a counted place is
    assert not _found(NAMES_BEFORE_CUE.replace("7.95%和3.27%", "3.27%和7.95%"))
    assert (
        "3.27%"
        in _found(NAMES_BEFORE_CUE.replace("涨幅居前", "涨幅居前二").replace("7.95%和3.27%", "3.27%和7.95%"))[
            0
        ]
    )
    assert "5.52%" in _found(LEADERS.replace("4.52%", "5.52%"))[0]


def test_a_list_written_from_the_other_end_is_not_a_slip() -> None:
    assert not _found("涨幅后五：甲(-7.76%)、乙(-6.72%)、丙(-6.20%)。")
    assert not _found("涨幅后五：甲(-4.97%)、乙(-5.24%)、丙(-6.20%)。")
    assert _found("涨幅后五：甲(-4.97%)、乙(-6.24%)、丙(-5.20%)。")
    # whole lists reversed under a top cue are read as written from the other end (three or more items)
    assert not _found("跌幅前三：甲(-1.2%)、乙(-2.5%)、丙(-3.1%)。")


def test_lists_that_are_not_ranked_by_their_figures_are_not_read() -> None:
    # examples (包括, 等), another measure (成交额), periods of their own, ties within rounding
    assert not _found("涨幅靠前的包括甲(+11.29%)、乙(+5.75%)、丙(+5.89%)。")
    assert not _found("甲(+3.1%)、乙(+3.5%)、丙(+2.0%)等涨幅居前。")
    assert not _found("成交额前三：甲(+1.2%)、乙(+3.5%)、丙(+2.0%)。")
    assert not _found("涨幅居前：甲本周上涨1.2%，乙年初至今上涨3.5%。")
    assert not _found("涨幅前三：甲(3%)、乙(3.4%)、丙(2.0%)。")
    # a bound (跌超5%) is not a figure to rank
    assert not _found("白酒板块全线回调，贵州茅台早盘一度跌超5%，山西汾酒跌逾6%，领跌白酒板块。")


def test_a_superlatives_subject_must_top_the_items_after_it() -> None:
    # holdout5c 47380e5bc2's shape: the subject in the clause before the cue
    text = "A股市场中，中证500指数上涨{}%，表现最佳，深证成指上涨6.76%，上证50指数下跌1.54%。"
    assert not _found(text.format("7.34"))
    beaten = _found(text.format("4.34"))
    assert len(beaten) == 1 and "中证500指数上涨4.34%" in beaten[0] and "深证成指上涨6.76%" in beaten[0]
    assert "at least 6.76%" in beaten[0]
    # only the head is ranked when the rest are not said to follow it (no 其次)
    assert not _found("国有行涨幅最大(+3.30%)，城商行(+1.21%)、股份行(+1.95%)。")
    assert _found("国有行涨幅最大(+3.30%)，其次是城商行(+1.21%)、股份行(+1.95%)。")
    # 涨幅最大为甲…，跌幅最大则是乙…: two superlatives, no list
    assert not _found("本周涨幅最大为油电燃气类指数上涨12.64%，跌幅最大则是电机机械类指数下跌9.36%。")


def test_chains_and_names_ordered_by_a_cue() -> None:
    assert _found("快递业务量同比增速，韵达(32.7%)>申通(29.5%)>圆通(30.6%)。")
    assert not _found("快递业务量同比增速，韵达(32.7%)>申通(29.5%)>圆通(27.6%)。")
    text = "本周轻工四大子板块按涨幅由大到小排名依次为：造纸、{}和文娱用品，其中造纸板块上涨3.01%，家具、包装印刷和文娱用品板块分别下跌1.27%、1.42%和2.57%。"
    assert not _found(text.format("家具、包装印刷"))
    swapped = _found(text.format("包装印刷、家具"))
    assert len(swapped) == 1 and "1.42%" in swapped[0] and "1.27%" in swapped[0]


def test_stated_ranks_within_their_universe() -> None:
    assert "runs from 1 to 31" in _found(RANK_OF_31.replace("第19位", "第39位"))[0]
    assert "runs from 1 to 131" in _found(RANK_OF_131.replace("第90位", "第190位"))[0]


def test_two_ranks_of_one_ranking_against_their_returns() -> None:
    text = (
        "本周证券指数上涨1.15%，在申万31个一级行业中排名第{}位。"
        "本周保险指数下跌1.24%，在申万31个一级行业中排名第18位。"
    )
    assert not _found(text.format("7"))
    wrong = _found(text.format("27"))
    assert len(wrong) == 1 and "排名第18位" in wrong[0] and "排名第27位" in wrong[0] and "-1.24%" in wrong[0]
    twice = "本周银行指数上涨2.10%，在申万31个一级行业中排名第5位。本周银行指数上涨2.10%，在申万31个一级行业中排名第{}位。"
    assert not _found(twice.format("5"))
    assert "two places in one ranking" in _found(twice.format("15"))[0]


@given(
    st.lists(st.integers(1, 9999), min_size=3, max_size=6, unique=True),
    st.sampled_from(["涨幅前{}：", "跌幅前{}："]),
)
def test_a_top_list_is_flagged_exactly_when_it_is_out_of_order_both_ways(values: list[int], cue: str) -> None:
    falls = cue.startswith("跌")
    shown = [f"-{v / 100:.2f}" if falls else f"+{v / 100:.2f}" for v in values]
    names = ["甲", "乙", "丙", "丁", "戊", "己"]
    text = (
        cue.format(len(values)) + "、".join(f"{n}({v}%)" for n, v in zip(names, shown, strict=False)) + "。"
    )
    falling = all(a > b for a, b in zip(values, values[1:], strict=False))
    rising = all(a < b for a, b in zip(values, values[1:], strict=False))
    assert bool(_found(text)) is not (falling or rising)


@given(st.text(alphabet="甲乙丙涨跌幅前三居领最大为：，、。()%+-0123456789.分别和依次>", max_size=60))
def test_free_text_never_breaks_the_reader(text: str) -> None:
    check_rankings(extract(read_plain(text)))


def test_a_counted_list_reads_no_further_than_its_count_nor_past_a_change_of_shape() -> None:
    # 前三 promises three items: a fourth figure after them is another statement
    assert not _found("涨幅前三：甲(+5.1%)、乙(+4.2%)、丙(+3.3%)、沪深300(+6.0%)。")
    # bracketed items, then a clause with a move word: the list has ended
    assert not _found("涨幅居前的是甲(+5.1%)、乙(+4.2%)、丙(+3.3%)，沪深300上涨6.0%。")
    assert _found("涨幅居前的是甲(+5.1%)、乙(+4.2%)、丙(+5.3%)，沪深300上涨6.0%。")


def test_places_stated_one_per_statement() -> None:
    """holdout78 e409bb2038's shape: 甲以a%涨幅居首；乙排名第二，涨幅b%: the second place cannot rise more."""
    text = "单就2025年两会期间，国防军工以9.8%涨幅居首；机械设备排名第二，涨幅{}%；排名第三至第五的是有色金属、美容护理和社会服务。"
    assert not _found(text.format("6.6"))
    wrong = _found(text.format("10.6"))
    assert len(wrong) == 1 and "「居首」 is at 9.8%" in wrong[0] and "10.6%" in wrong[0]
    # one subject's places for different periods are different rankings
    periods = "本月至今上涨2.36%，在申万31个行业中排名第4名；年初至今上涨21.43%，在申万31个行业中排名第26名。"
    assert not _found(periods)


# --- moved from test_rank_returns.py when rules/rank_returns.py was folded into this rule (g7) ---------------

# real: holdout9 5c47bcc880 (安信 社会服务 weekly, 2018-05-12), with the extractor's break inside 第\n\n3 位
RANK_BELOW_A_STATED_RETURN = (
    "本周28 个申万一级行业：休闲服务板块(4.45%)在28 个申万一级行业中的排名第\n\n3 位.本 周涨幅最大的板块为"
    "食品饮料(6.38%) ，涨幅最小的板块为国防军工(-0.73%) . 图1：休闲服务行业涨跌幅位列一级行业第\n\n"
    "1 位(2018/5/12) 资料来源：Wind"
)


def test_a_first_place_below_another_industrys_stated_return_is_an_error() -> None:
    errors = [f for f in check_text(RANK_BELOW_A_STATED_RETURN).errors if f.kind == "rank"]
    assert len(errors) == 1
    message = errors[0].message
    assert "第1位" in message and "6.38%" in message and "4.45%" in message and "at least 2" in message


@pytest.mark.parametrize(
    "text",
    [
        RANK_BELOW_A_STATED_RETURN.replace("第\n\n1 位", "第\n\n3 位"),
        RANK_BELOW_A_STATED_RETURN.replace("6.38%", "4.40%").replace(
            "第\n\n3 位", "第\n\n1 位"
        ),  # then it is first
        # a ranking by fall is not read against rises
        "本周申万一级行业中，电子下跌3.2%，计算机下跌1.1%，电子跌幅排名第1位。",
    ],
)
def test_ranks_the_stated_returns_allow_pass(text: str) -> None:
    assert not _found(text), text
    assert not [f for f in check_text(text).errors if f.kind == "rank"], text


@given(st.integers(-900, 900), st.integers(-900, 900), st.integers(1, 3))
def test_reported_exactly_when_enough_others_rose_more(a: int, b: int, rank: int) -> None:
    text = (
        f"本周申万一级行业中，计算机上涨{a / 100:.2f}%，食品饮料上涨{b / 100:.2f}%，"
        f"计算机在31个申万一级行业中排名第{rank}位。"
    )
    impossible = b - a >= 2 and rank == 1  # beyond one unit of the last printed digit
    assert any("排名第1位" in m for m in _found(text)) == impossible, text


# holdout5b 7d2c9b4076 (pool B), verbatim: the head's figure is written before 领跌 as "x%的跌幅"
HEAD_SIZE_BEFORE = (
    "从细分行业来看,7个子行业(中信)均下跌,其中卡车行业和汽车零部件行业的跌幅低于汽车行业,分别为5.24%和5.36%,"
    "客车行业8.85%的跌幅领跌。"
)


def test_a_head_written_as_its_figure_of_the_measure_then_the_cue() -> None:
    """客车行业8.85%的跌幅领跌 / 以x%的涨幅领涨: the head is read, against peers the table does not know either."""
    assert not _found(HEAD_SIZE_BEFORE)
    slip = _found(HEAD_SIZE_BEFORE.replace("8.85%", "5.08%"))
    assert len(slip) == 1 and "「客车行业5.08%」 is said to be 领跌" in slip[0] and "5.24%" in slip[0]
    assert "at most -5.24%" in slip[0]
    # with 以, and a rise
    assert not _found("卡车行业上涨5.24%,客车行业以8.85%的涨幅领涨。")
    rise = _found("卡车行业上涨5.24%,客车行业以4.85%的涨幅领涨。")
    assert len(rise) == 1 and "4.85%" in rise[0] and "5.24%" in rise[0]
    # a board the table lacks is still not ranked against a stock
    assert not _found("海螺水泥上涨5.24%,水务板块以4.85%的涨幅领涨。")


# holdout4a 616795cd90 (pool B), verbatim: a head ranked first, then a > chain of the rest given 分别
HEAD_THEN_CHAIN = "社会服务:餐饮板块涨跌幅第一(+12.39%),免税>景区>出境游> 酒店, 涨跌幅分别为+10.95% 、+10.44% 、+7.76% 、+4.21%。"
HEAD_THEN_CHAIN_AND = (
    "商贸零售:专业市场经营板块涨跌幅第一(+15.69%),一般零售>电商及服务>专营连锁>贸易, "
    "涨跌幅分别为+12.31%、+11.96%、+5.80%、+5.61%。"
)


def test_a_head_ranked_first_must_top_the_chain_after_it() -> None:
    """涨跌幅第一(+x%), A>B>C 涨跌幅分别为…: the head against the chain's figures (a name with 及 is one name)."""
    assert not _found(HEAD_THEN_CHAIN)
    assert not _found(HEAD_THEN_CHAIN_AND)
    slip = _found(HEAD_THEN_CHAIN.replace("+12.39%", "+10.39%"))
    assert len(slip) == 1 and "涨跌幅第一(+10.39%)" in slip[0] and "「免税 +10.95%」" in slip[0]
    assert "at least +10.95%" in slip[0]
    slip = _found(HEAD_THEN_CHAIN_AND.replace("+15.69%", "+11.69%"))
    assert len(slip) == 1 and "「一般零售 +12.31%」" in slip[0]
    read = [r for s in extract(read_plain(HEAD_THEN_CHAIN_AND)).sentences for r in rankings(s)]
    assert [i.name for i in read[0].items[1:]] == ["一般零售", "电商及服务", "专营连锁", "贸易"]


# --- ranks and ordered lists in more shapes (h11r): any measure, places in any form -------------------------------

# 2b6b6c927e
FALLS_GIVEN_AS_SIZES = "跌幅居前的是电信、券商和期货板块,幅度为4.76%、4.04%和3.73%。"
# 77dd7077ff
TOP_WEIGHTS = (
    "从指数持仓来看,上证380通信服务指数十大权重分别为:亨通光电(16.82%)、烽火通信(8.64%)、移远通信(7.29%)、"
    "中南传媒(6.05%)、国网信通(6.02%)、浙数文化(5.38%)、剑桥科技(5.23%)、吉比特(5.14%)、凤凰传媒(5.09%)、七一二(4.86%)。"
)
# 66e9ee168b: bounds (跌超5%, 跌逾6%) beside a leader with no figure of its own
BOUNDS_BESIDE_A_LEADER = (
    "3月28日,白酒板塊全線回調,貴州茅臺早盤一度跌超5%,山西汾酒跌逾6%,領跌白酒板塊,"
    "瀘州老窖、古井貢酒、五糧液現分別跌5%、4%、2%。"
)
# 77e0b05ca7: a first place, then the names that follow it in the next sentence
FIRST_THEN_FOLLOWERS = "其中,前海开源大海洋基金三季度收益高达46.94%,业绩排名第一。紧随其后的是国投瑞银国家安全42.57%,博时军工主题41.57%。"
# 69e9a6a06a: a place of 28 and the group word said after it (11 of 28 called 靠前: writers are loose)
PLACE_AND_GROUP = (
    "在28个申万一级行业中位列第11位,排名靠前;二级行业中,造纸II(申万)指数上涨3.01%,跑赢沪深300指数5.50pct。"
)

MORE_REAL = (FALLS_GIVEN_AS_SIZES, TOP_WEIGHTS, BOUNDS_BESIDE_A_LEADER, FIRST_THEN_FOLLOWERS, PLACE_AND_GROUP)


def _errors(text: str) -> list[str]:
    return [f.message for f in check_text(text).errors]


def test_more_real_shapes_stay_clean() -> None:
    for text in MORE_REAL:
        assert _errors(text) == [], text


def test_a_change_size_list_is_ranked_by_its_own_figures() -> None:
    # written from 2b6b6c927e: the size of a change (回落幅度) of another measure, given 分别 as 下降幅度
    clean = "换手率较前一周回落幅度居前的是电信、券商和期货板块,下降幅度分别为4.76%、4.04%和3.73%。"
    assert _errors(clean) == []
    slip = _errors(clean.replace("4.76%", "3.76%"))
    assert len(slip) == 1 and "「回落幅度居前」" in slip[0] and "from the largest fall down" in slip[0]
    assert "3.76%" in slip[0] and "4.04%" in slip[0]
    # the changed measure's own levels given after the cue are another measure's: not read
    assert _errors("换手率回落幅度居前的是电信、券商和期货板块,换手率分别为3.76%、4.04%和3.73%。") == []


def test_places_from_n_to_m_and_another_measures_top_group() -> None:
    # written from 38d891fc25's 涨幅居前 list: places 2 to 4 in one list
    clean = "周涨幅第二至四名为快递3.16%、铁路运输1.67%、高速公路1.09%。"
    assert _errors(clean) == []
    slip = _errors(clean.replace("1.67%", "3.67%"))
    assert len(slip) == 1 and "「涨幅第二至四名」" in slip[0] and "铁路运输3.67%" in slip[0]
    # an outflow's top group (净流出靠前), amounts given 分别: the largest first
    flows = "主力资金净流出靠前的还有电子、机械设备、房地产,净流出金额分别为13.15亿元、7.29亿元、6.9亿元。"
    assert _errors(flows) == []
    slip = _errors(flows.replace("6.9亿元", "9.6亿元"))
    assert len(slip) == 1 and "「净流出靠前」" in slip[0] and "7.29亿元 then 9.6亿元" in slip[0]


def test_a_weight_list_whose_first_bracket_says_its_measure() -> None:
    clean = TOP_WEIGHTS.replace("十大权重分别为:亨通光电(16.82%)", "前十大权重股依次为亨通光电(占比16.82%)")
    assert _errors(clean) == []
    slip = _errors(clean.replace("(8.64%)", "(18.64%)"))
    assert len(slip) == 1 and "亨通光电(占比16.82%)" in slip[0] and "烽火通信(18.64%)" in slip[0]


def test_a_leader_must_beat_a_peers_stated_lower_bound() -> None:
    # written from 66e9ee168b's bounds: a leader with a figure, then peers said to move at least a figure
    clean = "白酒板块全线回调,山西汾酒(600809.SH)跌6.31%领跌,贵州茅台跌逾5%,泸州老窖、五粮液跌超4%。"
    assert _errors(clean) == []
    slip = _errors(clean.replace("跌6.31%", "跌3.61%"))
    assert len(slip) == 1 and "贵州茅台跌逾5%" in slip[0] and "at least" in slip[0]
    # a bound on the other side says nothing (a leader of rises beside 跌逾5%)
    assert _errors("山西汾酒涨1.31%领涨,贵州茅台跌逾5%。") == []


def test_numbered_places_across_sentences_and_a_place_given_twice() -> None:
    # 77e0b05ca7, slip written from it
    slip = _errors(FIRST_THEN_FOLLOWERS.replace("42.57%", "47.57%"))
    assert len(slip) == 1 and "47.57%" in slip[0] and "46.94%" in slip[0] and "排名第一" in slip[0]
    # 第一名 … 。第二名 … : a numbered place goes on with the measure of the sentence before
    places = (
        "成交金额前三名,第一名,半导体类8,822.64亿元,占全体上市股票交易金额44.13%。"
        "第二名,电子零组件类2,829.52亿元,占全体上市股票交易金额14.15%。"
    )
    assert _errors(places) == []
    slip = _errors(places.replace("2,829.52", "9,829.52"))
    assert len(slip) == 1 and "第二名，电子零组件类9,829.52亿元" in slip[0] and "8,822.64亿元" in slip[0]
    # 次席 and 第二位 are one place: two statements of one measure cannot both hold it
    twice = "工商银行A股总市值19492.96亿元居首,农业银行A股总市值17973.45亿元位居次席,中国银行A股总市值11950.40亿元位居第二位。"
    found = _errors(twice)
    assert (
        len(found) == 1
        and "位居次席" in found[0]
        and "11950.40亿元位居第二位" in found[0]
        and "并列" in found[0]
    )
    assert _errors(twice.replace("第二位", "第三位")) == []
    assert _errors(twice.replace("中国银行A股", "中国银行同样").replace("11950.40", "17973.45")) == []
    assert _errors(twice.replace("位居第二位", "并列第二位")) == []


def test_names_following_the_top_together() -> None:
    clean = "恒指成分股多数下跌,信和置业逆势成为涨幅最大成分股,收盘涨0.87%。中国旺旺与恒安国际紧追在后,各涨0.82%和0.19%。"
    assert _errors(clean) == []
    slip = _errors(clean.replace("0.87%", "0.78%"))
    assert len(slip) == 1 and "0.82%" in slip[0] and "0.78%" in slip[0] and "紧追在后" in slip[0]
    # two names given one figure 分别 after 其次: no single place is read
    assert _errors("表现最好的是甲集团,累涨43.31%。其次为乙集团及丙集团,分别涨44.59%。") == []


def test_a_place_against_the_group_word_said_after_it() -> None:
    assert _errors(PLACE_AND_GROUP.replace("第11位", "第24位")) != []
    found = _errors("在申万28个一级行业指数中,医药指数最近一月超额收益排名第26位,涨幅居中。")
    assert len(found) == 1 and "「排名第26位，涨幅居中」" in found[0] and "between 4 and 25" in found[0]
    assert _errors("在申万28个一级行业指数中,医药指数最近一月超额收益排名第16位,涨幅居中。") == []
    # a leaning word (中等偏下) or a hedge (接近中游) is not judged
    assert _errors("在申万31个行业中排名第29位(中等偏下)。") == []
    assert _errors("在申万31个行业中排名第29位(接近中游)。") == []


@given(st.integers(1, 31), st.sampled_from(["涨幅居中", "排名靠前", "排名靠后"]))
def test_a_group_word_is_judged_only_near_the_far_ends(rank: int, word: str) -> None:
    found = _errors(f"在申万31个一级行业中，医药生物排名第{rank}位，{word}。")
    if word == "涨幅居中":
        assert bool(found) == (rank <= 4 or rank > 27)
    elif word == "排名靠前":
        assert bool(found) == (rank > 20)
    else:
        assert bool(found) == (rank < 11)


# 8d8fe77863: numbered places further down, one per statement
PLACES_FURTHER_DOWN = "湖北是本周全国省市票房第八名,票房产出达到1754.59万元;第九名河南产出票房1647.02万元;第十名福建产出票房1543.90万元。"


def test_numbered_places_further_down_are_in_the_order_of_their_figures() -> None:
    assert _errors(PLACES_FURTHER_DOWN) == []
    slip = _errors(PLACES_FURTHER_DOWN.replace("1647.02", "1847.02"))
    assert len(slip) == 1 and "第九名河南产出票房1847.02万元" in slip[0] and "1754.59万元" in slip[0]
    # across sentences of one paragraph too
    apart = PLACES_FURTHER_DOWN.replace(";第九名", "。第九名").replace("1647.02", "1847.02")
    assert len(_errors(apart)) == 1
    # a numbered place beside a fall may count returns: not read (holdout3 bd55475450's shape)
    assert (
        _errors("电子下跌1.23%,排名第三。有色金属大跌7.56%排名倒数第一,黑色金属下跌3.5%,排名第十四位。") == []
    )


def test_more_wordings_of_the_same_shapes() -> None:
    # places N to M written with 第 twice; an inflow list given 分别净流入; followers named before 分别
    assert _errors("涨幅第四至第六名分别为甲股份12.1%、乙科技13.5%、丙电子10.2%。")
    assert not _errors("涨幅第四至第六名分别为甲股份13.5%、乙科技12.1%、丙电子10.2%。")
    inflow = "净流入前三的行业依次为电子、计算机、传媒,分别净流入6.2亿元、5.1亿元、3.3亿元。"
    assert not _errors(inflow)
    assert "5.1亿元 then 6.2亿元" in _errors(inflow.replace("6.2亿元、5.1亿元", "5.1亿元、6.2亿元"))[0]
    followers = "甲股份涨幅最大,上涨5.91%。紧随其后的是乙科技和丙电子,分别上涨5.62%和4.10%。"
    assert not _errors(followers)
    assert "5.62%" in _errors(followers.replace("5.91%", "5.21%"))[0]


# 4af6283afc
NEXT_BY_CIZHI = "金融业全周实现资金净出132.46亿元,按净流出额排名首位,工业行业次之,为92.10亿元。"


def test_places_said_as_cizhi_or_weiju_and_exact_bounds() -> None:
    assert _errors(NEXT_BY_CIZHI) == []
    assert "152.10亿元" in _errors(NEXT_BY_CIZHI.replace("92.10", "152.10"))[0]
    assert _errors("电子行业本周涨幅位居第一,上涨3.2%。计算机行业位居第二,上涨3.5%。")
    # a bound is exact: 跌逾4% beats a leader's 3.2% fall though 4 has no decimals
    assert "at least" in _errors("煤炭行业跌3.2%领跌,钢铁行业跌逾4%。")[0]
    assert _errors("煤炭行业跌4.2%领跌,钢铁行业跌逾4%。") == []
    # a size said 依次为 after the names
    named = "涨幅前三的个股分别是甲股份、乙科技、丙电子,区间涨幅依次为46.2%、35.1%、33.3%。"
    assert _errors(named) == []
    assert _errors(named.replace("46.2%、35.1%", "35.1%、46.2%"))


@given(
    st.text(
        alphabet="甲乙丙涨跌幅第二至十名位居次席首紧随其后追在各分别逾超中游靠前亿元占比()%,.，。；0123456789",
        max_size=80,
    )
)
def test_free_text_with_places_and_bounds_never_breaks_the_readers(text: str) -> None:
    for sentence in extract(read_plain(text)).sentences:
        rankings(sentence)
    check_text(text)


def test_valuation_top_lists_and_a_share_said_of_the_net_value() -> None:
    valued = "从估值看,市盈率最高的三个行业依次为国防军工(90.2倍)、计算机(80.1倍)、传媒(50.3倍)。"
    assert _errors(valued) == []
    slip = _errors(valued.replace("90.2倍", "70.2倍"))
    assert len(slip) == 1 and "国防军工(70.2倍)" in slip[0] and "计算机(80.1倍)" in slip[0]
    held = "前五大重仓股依次为:甲股份(占净值比9.3%)、乙科技(8.1%)、丙电子(6.2%)。"
    assert _errors(held) == []
    assert "乙科技(10.1%)" in _errors(held.replace("(8.1%)", "(10.1%)"))[0]


def test_a_group_word_said_before_the_place() -> None:
    found = _errors("医药指数本月涨幅居中,在申万28个一级行业中排名第26位。")
    assert len(found) == 1 and "「医药指数本月涨幅居中，在申万28个一级行业中排名第26位」" in found[0]
    assert _errors("医药指数本月涨幅居中,在申万28个一级行业中排名第16位。") == []
    # a group the place sits in, not a word about the place (涨幅居前的行业中)
    assert _errors("涨幅居前的行业中,医药在申万28个一级行业中排名第26位。") == []


# --- h12r: top lists closed by 等, names following together (次之), places that describe one name -------------

# real, consistent (holdout_m24 originals m24-05-243b1a2fad, m24-35-a12f0c890d, m24-14-298f065dcc)
OUTFLOWS = (
    "净流出资金居前的概念有央企国资改革、一季报预增、一带一路、统一大市场、光伏概念等,净流出资金分别为27.45亿元、24.71亿元、"
    "20.44亿元、18.80亿元、16.27亿元。"
)
RUNNERS_UP = (
    "招商移动互联网A、英大国企改革主题、中银证券优势制造A、富国新兴产业A、招商专精特新A、景顺长城沪港深精选收益率次之,"
    "分别为 7.51%、7.36%、3.38%、3.35%、3.20%、3.03%。"
)
RAIL = (
    "鐵路運輸板塊的個股卻整體走高,其中,*ST國恒漲幅居首,達5.21%,而總市值位居A股前30位的大秦鐵路,更是逆勢大漲4.52%,"
    "直接拉動板塊強勢上行。"
)


def test_h12r_consistent_real_lists_check_clean() -> None:
    for text in (OUTFLOWS, RUNNERS_UP, RAIL):
        assert not check_text(text).errors, text


def test_a_top_list_closed_by_deng_is_in_order() -> None:
    errors = check_text(OUTFLOWS.replace("20.44亿元", "25.44亿元")).errors
    assert len(errors) == 1 and "24.71亿元、25.44亿元" in errors[0].snippet
    assert "「净流出资金居前」 promises a list from the largest down" in errors[0].message
    # examples (如甲、乙等) are still not a ranking
    assert not check_text(OUTFLOWS.replace("的概念有", "的概念如").replace("20.44亿元", "25.44亿元")).errors


def test_names_following_together_are_in_falling_order() -> None:
    errors = check_text(RUNNERS_UP.replace("3.38%、3.35%", "3.38%、3.53%")).errors
    assert len(errors) == 1 and "3.38%、3.53%" in errors[0].snippet and "「收益率次之」" in errors[0].message
    falls = "甲、乙、丙跌幅紧随其后,分别为5.1%、4.2%、4.6%。"
    assert len(check_text(falls).errors) == 1
    assert not check_text(falls.replace("4.6%", "3.6%")).errors


def test_a_place_describing_one_name_does_not_end_the_list() -> None:
    errors = check_text(RAIL.replace("大漲4.52%", "大漲5.52%")).errors
    assert len(errors) == 1 and "大涨5.52%" in errors[0].message and "涨幅居首" in errors[0].message
