"""A direction word against the two levels of any measure it orders (level_directions.py, levels.py)."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from sectorbrief.check import check_text
from sectorbrief.check.claims import extract
from sectorbrief.check.read import read_plain
from sectorbrief.check.report import Finding
from sectorbrief.check.rules.level_directions import check_level_directions
from sectorbrief.check.rules.levels import amount, level, order


def _errors(text: str) -> list[Finding]:
    return [f for f in check_level_directions(extract(read_plain(text))) if f.severity == "error"]


# Real pool-B sentences, verbatim: each is consistent and must stay clean.
CLEAN = [
    # 778a515a6e: a market value in 兆 and 亿 against last week's
    "114年11月28日全體上市公司市場總值為新台幣89兆9,453.81億元，較上週(114年11月21日)市值85兆5,376.97億元增加4兆4,076.84億元，增幅約為5.15%。",
    # 793b386d77
    "3月13日全體上市公司市場總值為新台幣108兆8,805.86億元，較上周(3月6日)市值109兆5,272.87億元減少6,467.01億元，減幅約為0.59%。",
    # 82ce66b631: an index level without 点 against a peak and a trough in 点
    "8月15日动力煤商品指数为69.79,较昨日下降了0.48点,较周期内最高点103.01点(2011-11-15)下降了32.25%,"
    "较2016年01月20日最低点44.70点上涨了56.13%。",
    # a8da54b2a0: from-to with a comma between the from-level and the verb
    "产能 由 2011 年 28.3 万吨,增至 2021 年 67.1 万吨,复合增速达 9%;产量由 2010 年 16 万吨年产量,增至 2021 年 63 万吨,复合增速达 13%。",
    # c321cfbbce: two verbs, the one before 至 governs
    "從2007年10月16日起,上證綜合指數從6124點的制高點一路下滑,跌至2008年10月29日的1665點,一年多的時間里暴跌73%。",
    # 2e7faa1dbb: PE and PB in x, one from-level written without its unit, one unchanged
    "全部A股(非金融)PB从1.726上行至1.732x[21] - 创业板PE估值从27.56x下行至27.56x,创业板PB从2.554x下行至2.550x[21]",
    # d824c0e1e5: turns from the level stated just before
    "恒指低開413點至26660，早段反彈至全日高位26881，下跌192點，其後壓力不斷加大，午後跌至全日低位26535，大跌538點，"
    "收市反彈至26572，下挫500點，全日成交額減至2328億元。",
    # 816ce07880 and 2bac0491e6: a list under 同步下跌 / 同步上涨
    "行情回顾:上周非银指数下跌1.5%,相较沪深300超跌0.9pp,其中券商与保险指数呈现同步下跌态势,分别为-0.6%和-4%,保险指数超跌明显。",
    "➢行情回顾:上周非银指数上涨2.3%,相较沪深300超涨1pp,其中券商与保险指数呈现同步上涨态势,分别为1.1%和5.1%,保险指数超涨明显。",
    # 72b4253b27: an outflow with a negative net-inflow rate
    "资金结构方面,主力资金净流出0.04亿元,净流入率为-3.72%,属于小幅流出范畴。",
    # 3ad66bb512: a price against its base in the clause before
    "新易盛股價2016年12月最高攀升至55.89元(復權價,下同),較開板價格24.07元上漲132%。",
    # 35de8351b7: a span under its size word
    "沪深300:涨幅152%(从2050点至5178点) 。",
    # 86b570b5dd: a header over its items
    "本旬名酒价格上涨的有:口子窖酒上涨1.49%,绵竹酒上涨0.71%,洋河酒上涨0.62%,习酒上涨0.26%,水井坊上涨0.23%;"
    "本旬名酒价格下跌的有:双沟酒下跌1.97%,今世缘酒下跌1.11%。",
    # 4c5542ded3: ranks are not levels
    "周内板块单日排名持续下滑，从12月29日的第84位降至12月31日的第109位，显示板块走势疲软。",
]


@pytest.mark.parametrize("text", CLEAN)
def test_real_sentences_stay_clean(text: str) -> None:
    assert _errors(text) == []


# Slips written from the sentences above: (text, what the message must quote).
SLIPS = [
    (
        CLEAN[0].replace("增加4兆", "減少4兆"),
        ["'减少' says a fall", "89兆9,453.81亿元", "85兆5,376.97亿元", "上升/增加"],
    ),
    (CLEAN[1].replace("減少6,467", "增加6,467"), ["'增加' says a rise", "108兆8,805.86亿元", "下降/减少"]),
    (CLEAN[2].replace("下降了32.25%", "上升了32.25%"), ["'上升' says a rise", "69.79", "103.01点"]),
    (CLEAN[3].replace("万吨年产量,增至", "万吨年产量,减至"), ["'减' says a fall", "63万吨", "a rise"]),
    (CLEAN[4].replace("跌至2008", "升至2008"), ["'升' says a rise", "6124点 to 1665点", "a fall"]),
    (CLEAN[5].replace("2.554x下行", "2.554x上行"), ["'上行' says a rise", "2.554x to 2.550x"]),
    (CLEAN[6].replace("收市反彈", "收市回落"), ["'回落至26572'", "26535 to 26572 is a rise", "反弹/回升"]),
    (CLEAN[7].replace("同步下跌", "同步上涨"), ["every one listed rose", "「-0.6%」"]),
    (CLEAN[8].replace("1.1%和5.1%", "1.1%和-5.1%"), ["every one listed rose", "「-5.1%」"]),
    (CLEAN[9].replace("净流出0.04", "净流入0.04"), ["net inflow of 0.04", "-3.72%", "净流出"]),
    (CLEAN[10].replace("上漲132%", "下跌132%"), ["'下跌' says a fall", "55.89元", "24.07元"]),
    (CLEAN[11].replace("从2050点至5178点", "从5178点至2050点"), ["'涨幅' says a rise", "5178点 to 2050点"]),
    (CLEAN[12].replace("习酒上涨0.26%", "习酒下跌0.26%"), ["every one listed rose", "习酒下跌0.26%"]),
]


@pytest.mark.parametrize(("text", "quotes"), SLIPS)
def test_slips_are_caught_with_both_figures(text: str, quotes: list[str]) -> None:
    found = _errors(text)
    assert len(found) == 1, found
    for quote in quotes:
        assert quote in found[0].message, (quote, found[0].message)


def test_a_hedged_clause_is_not_read() -> None:
    assert _errors("预计产量由2021年63万吨减至2025年80万吨。") == []


def test_a_level_of_another_unit_is_not_compared() -> None:
    assert _errors("成交额为2.32万亿元，较上周的3141套增加。") == []


def test_amounts_in_zhao_and_yi_read_as_one_value() -> None:
    import re

    m = re.fullmatch(amount("a"), "89兆9,453.81亿元")
    assert m is not None
    assert level(m, "a").value == pytest.approx(89.945381e12)


@given(
    a=st.integers(min_value=100, max_value=99_999),
    b=st.integers(min_value=100, max_value=99_999),
    unit=st.sampled_from(["点", "元/吨", "亿元", "万吨", "x", "份"]),
)
def test_a_from_to_is_flagged_exactly_when_the_verb_goes_the_other_way(a: int, b: int, unit: str) -> None:
    up, down = f"该指标由{a}{unit}上升至{b}{unit}。", f"该指标由{a}{unit}下降至{b}{unit}。"
    # whole numbers: each may be half a unit off, so levels one apart tie
    assert bool(_errors(up)) == (b < a - 1)
    assert bool(_errors(down)) == (b > a + 1)


@given(
    text=st.text(
        alphabet="由从至到较比上升下降增减回落反弹分别为均同步的有净流入率,，。0123456789.%点元亿兆x",
        max_size=60,
    )
)
def test_free_text_never_crashes(text: str) -> None:
    check_level_directions(extract(read_plain(text)))


def test_order_ties_within_the_printed_rounding() -> None:
    import re

    x = level(re.fullmatch(amount("a"), "27.56x"), "a")  # type: ignore[arg-type]
    y = level(re.fullmatch(amount("a"), "27.56x"), "a")  # type: ignore[arg-type]
    assert order(x, y) == 0


# A base written with its date (82ce66b631's shape) and a clause with no figure between the level and its base.
def test_a_dated_base_past_a_clause_with_no_figure() -> None:
    text = "5月31日稀土指數為318點,創下周期內的歷史新低,較2011年12月06日最高點1000點下降了68.20%。"
    assert _errors(text) == []
    found = _errors(text.replace("下降了68.20%", "上升了68.20%"))
    assert len(found) == 1
    assert "'上升' says a rise" in found[0].message and "318点" in found[0].message
    assert "较2011年12月06日最高点1000点" in found[0].message


def test_a_clause_about_something_else_is_not_passed() -> None:
    # the clause between names another figure-free subject: which level the base is compared with is unclear
    assert _errors("稀土指数为318点,钨价也走弱,较最高点1000点上升了68.20%。") == []


# real: holdout_m24 original m24-12-b4adfffeac (pool B; TAIEX weekly, Traditional script, full-width brackets)
TAIEX = (
    "根據臺灣證券交易所統計，115年1月30日發行量加權股價指數收盤32,063.75點，較上週（115年1月23日）31,961.51點"
    "上漲102.24點，週漲幅約0.32%。台灣50指數收盤28,976.87點，較上週28,966.30點上漲10.57點，漲幅約0.04%。"
)


def test_a_close_stated_after_shou_pan_is_a_level() -> None:
    assert not check_text(TAIEX).errors
    # slip: 上漲102.24點 -> 下跌102.24點
    errors = check_text(TAIEX.replace("31,961.51點上漲", "31,961.51點下跌")).errors
    assert len(errors) == 1
    assert (
        "32,063.75点" in errors[0].message
        and "31,961.51点" in errors[0].message
        and "上升" in errors[0].message
    )


# real: holdout_m24 original m24-07-2712018176 (西南 cement, Traditional script with pinyin glosses)
CEMENT = "11月,西南地區(qū)水泥價格指數(shù)月初為98.94點(diǎn),月末為97.04,水泥價格環(huán)比下跌1.92%,跌幅較9、10兩月明顯擴大。"
# real: pool B 1711144a00 and 78f5f2f557: a year's and a report period's first and last levels with their move
YEAR = "上证综指从年初的5261.56点跌至年末的1820.81点，全年跌幅达65.39%，创下A股历史最大年度跌幅。"
SHARES = "报告期内，该基金份额总额从期初的46,755,662.45份增长至期末的51,670,686.26份，增长率达10.51%。"


@pytest.mark.parametrize("text", [CEMENT, YEAR, SHARES])
def test_first_and_last_levels_with_their_own_move_pass(text: str) -> None:
    assert not check_text(text).errors, text


@pytest.mark.parametrize(
    ("slip", "quoted", "fix"),
    [
        (CEMENT.replace("環(huán)比下跌", "環(huán)比上漲"), "上涨1.92%", "下跌1.92%"),
        (YEAR.replace("全年跌幅", "全年涨幅"), "涨幅达65.39%", "跌幅65.39%"),
    ],
)
def test_a_move_the_other_way_from_first_and_last_levels_is_an_error(
    slip: str, quoted: str, fix: str
) -> None:
    errors = check_text(slip).errors
    assert len(errors) == 1 and quoted in errors[0].message and fix in errors[0].message, slip


def test_a_move_of_another_size_than_the_first_and_last_levels_is_not_read() -> None:
    # 环比 of another size: the move may be against another base than the month's first level
    errors = check_text(CEMENT.replace("環(huán)比下跌1.92%", "環(huán)比上漲0.5%")).errors
    assert not [e for e in errors if "月初" in e.message]
    # its word still goes against the size word after it, which is the same move's (move_signs.py)
    assert len(errors) == 1 and "「上涨0.5%」 and 「跌幅较9、10两月明显扩大」" in errors[0].message


def test_an_index_close_written_with_shou_alone_is_a_level() -> None:
    # real: m24-12-b4adfffeac (pool B), its third index; then a slip 上漲118.81點 -> 下跌118.81點
    real = "寶島股價指數收35,759.18點，較上週35,640.37點上漲118.81點。"
    assert not check_text(real).errors
    errors = check_text(real.replace("上漲118.81", "下跌118.81")).errors
    assert len(errors) == 1 and "35,759.18点" in errors[0].message and "35,640.37点" in errors[0].message
