from hypothesis import given
from hypothesis import strategies as st

from sectorbrief.check import check_text


def test_rank_beyond_the_stated_and_implied_universe() -> None:
    assert [
        f.kind for f in check_text("本周申万煤炭行业上涨4.12%，在31个申万一级行业中排名第33位。").findings
    ] == ["rank"]
    assert [
        f.kind for f in check_text("本周中信综合金融指数上涨3.30%，在中信一级行业中排名第31位。").findings
    ] == ["rank"]


def test_one_period_ranked_twice_differently() -> None:
    text = "本周申万国防军工指数上涨5.60%，在申万一级行业中排名第2位。\n\n本周国防军工行业在申万一级行业中排名第4位。"
    findings = check_text(text).findings
    assert [f.kind for f in findings] == ["rank"] and findings[0].location == "line 3"


def test_week_and_ytd_ranks_may_differ() -> None:
    assert (
        check_text(
            "上周申万通信在申万一级行业中排名第31位；年初至今申万通信在申万一级行业中排名第2位。"
        ).findings
        == ()
    )


def test_rank_of_a_company_is_not_an_industry_rank() -> None:
    assert check_text("英伟达成为数据中心以太网交换领域收入排名第1的供应商。").findings == ()


def test_level_one_and_level_two_ranks_are_different_universes() -> None:
    text = "本周申万通信指数在申万一级行业中排名第3位，申万通信设备指数在申万二级行业中排名第12位。"
    assert check_text(text).findings == ()


def test_ranks_out_of_two_stated_universes_are_two_rankings() -> None:
    """578d81d86f (holdout4a): an A-share industry 23/28 and a Hong Kong index 9/11 are not one ranking."""
    text = (
        "本周，A股医药生物指数上涨0.90%，跑输沪深300指数2.74pp，排名23/28。"
        "港股恒生医疗健康指数收跌0.3%，跑赢恒生国企指数1.2pp，排名9/11。"
    )
    assert [f for f in check_text(text).errors if f.kind == "rank"] == []
    same = "本周医药生物指数上涨0.90%，排名23/28；电子指数下跌0.30%，排名9/28。"
    assert [f.kind for f in check_text(same).errors] == ["rank"]


def test_ranks_listed_for_several_industries_follow_their_returns() -> None:
    from sectorbrief.check import check_text

    text = "通信、电子、计算机板块全天分别收涨3.22%、2.63%和1.92%，涨幅分列申万一级行业第3、第5和第9位。"
    report = check_text(text)
    assert report.errors == ()
    assert sum(1 for e in report.extracted if e.kind == "rank" and e.verified) == 3
    swapped = text.replace("第3、第5和第9位", "第5、第3和第9位")
    errors = check_text(swapped).errors
    assert [f.kind for f in errors] == ["rank"]
    assert "the higher return should have the better rank" in errors[0].message


_THREE_BOARDS = (
    "从指数表现看，近两周(6月27日-7月10日)金融板块整体呈现分化：\n"
    "银行指数：下跌1.24%，在申万31个行业中排名第18位；\n"
    "证券指数：上涨1.15%，排名第{rank}位；\n"
    "保险指数：下跌1.24%，与银行同步承压，排名第18位(与银行并列)。"
)


def test_a_rank_without_a_universe_takes_the_paragraphs_ranking_and_one_odd_rank_is_one_finding() -> None:
    findings = check_text(_THREE_BOARDS.format(rank=27)).errors
    assert [f.kind for f in findings] == ["rank"]
    assert "证券" in findings[0].message and "27" in findings[0].message and "银行" in findings[0].message


def test_ranks_carried_within_a_paragraph_that_agree_with_their_returns_pass() -> None:
    assert check_text(_THREE_BOARDS.format(rank=9)).errors == ()


def test_a_rank_in_a_paragraph_without_a_ranking_is_not_read() -> None:
    text = "证券指数：上涨1.15%，排名第27位；\n保险指数：下跌1.24%，排名第18位。"
    assert check_text(text).errors == ()


def test_two_industries_ranked_with_chu_yu_follow_their_returns() -> None:
    """公用事业及环保涨幅处于第22和第12名: 环保 (short, untagged) is read after the list join."""
    text = (
        "本周沪深300指数上涨1.92%，公用事业指数上涨0.07%，环保指数下跌1.62%。"
        "申万31个一级行业分类板块中，公用事业及环保涨幅处于第{}和第{}名。"
    )
    assert check_text(text.format(12, 22)).errors == ()
    findings = check_text(text.format(22, 12)).errors
    assert [f.kind for f in findings] == ["rank"] and "环保" in findings[0].message


def test_a_rank_given_twice_beside_the_same_return_is_firm() -> None:
    """0d9b52bcb9 (holdout6, real): the advice's 近期 makes its period a guess, but the same +6.04% in the
    same 131-board ranking is the same week, so 第13位 and 第131 cannot both hold."""
    text = (
        "1、酒店餐饮板块本周上涨6.04%，在131个行业中排名第13位，优于沪深300指数的4.18%涨幅。周内8月20日表现突出，"
        "涨跌幅排名第1位，显示市场关注。\n"
        "2、本周板块主力资金净流入5849.75万元，其中8月20日净流入3.07亿元，机构资金青睐明显。\n"
        "投资建议\n"
        "1、短期关注板块强势，适度增持：近期酒店餐饮板块表现强劲，周涨幅达6.04%，在131个板块中排名第131，"
        "尤其是8月20日，板块单日涨跌幅排名跃居首位。"
    )
    errors = check_text(text).errors
    assert len(errors) == 1 and "排名第131" in errors[0].snippet
    # another universe beside the second rank: which ranking it is stays a guess
    other = check_text(text.replace("在131个板块中排名第131", "在31个行业中排名第31"))
    assert not other.errors


def test_ranks_without_a_period_beside_the_same_return_are_one_ranking() -> None:
    """holdout5b's m5b-07 form (real sentence, rank changed): a heading and its body repeat the month's
    return and excess; no period word is read from 9月, but the same +8.98% makes it one ranking."""
    text = (
        "9月中信机械板块上涨8.98%，跑输沪深300指数(11.51%)2.53个百分点，在30个中信一级行业中排名第23名：截止到2024年9月"
        "27日收盘，9月中信机械板块上涨8.98%，跑输沪深300指数(11.51%)2.53个百分点，在30个中信一级行业中排名第{}名。"
    )
    assert not check_text(text.format(23)).errors
    errors = check_text(text.format(13)).errors
    assert len(errors) == 1 and "排名第13名" in errors[0].snippet
    # another return beside it: another period, not one ranking
    assert not check_text(
        text.format(13).replace(
            "上涨8.98%，跑输沪深300指数(11.51%)2.53个百分点，在30个中信一级行业中排名第13",
            "上涨18.98%，在30个中信一级行业中排名第13",
        )
    ).errors


def test_an_sw_universe_written_in_latin_letters() -> None:
    """285a1e8454 (holdout8, real): 31个SW一级行业 is 申万's 31; m78-26 ranks 交通运输 第37位 in it."""
    text = "本周(7月7日-7月11日),31个SW一级行业中,交通运输行业累计涨跌幅为0.76%,位列第{}位;沪深300指数涨跌幅为0.82%。"
    assert check_text(text.format("27")).errors == ()
    findings = check_text(text.format("37")).errors
    assert [f.kind for f in findings] == ["rank"] and "universe of 31" in findings[0].message


def test_a_list_of_ranks_under_one_di_follows_the_list_of_returns() -> None:
    """c24: 甲、乙涨跌幅分别为 a%、b%，…，在中信一级行业中排名第13、26: one 第 for the list; each rank is
    firm, as its subject is one of the list of returns stated just before it."""
    text = (
        "本周中信电子涨跌幅、计算机涨跌幅分别为-4.20%、-1.10%，相对沪深300分别跑输1.5pct、跑赢1.6pct，"
        "在中信一级行业中排名第{}。"
    )
    assert check_text(text.format("24、9")).errors == ()
    errors = check_text(text.format("9、24")).errors
    assert len(errors) == 1 and "ranks 9 with -4.20%" in errors[0].message
    # 第1、2季度 is no list of ranks
    assert check_text("电子行业排名第1、2季度均靠前，本周上涨2.10%。").errors == ()


@given(st.integers(-900, 900), st.integers(-900, 900), st.integers(1, 30), st.integers(1, 30))
def test_a_list_of_ranks_is_an_error_exactly_when_it_contradicts_the_returns(
    a: int, b: int, ra: int, rb: int
) -> None:
    text = (
        f"本周中信电子涨跌幅、计算机涨跌幅分别为{a / 100:.2f}%、{b / 100:.2f}%，"
        f"在中信一级行业中排名第{ra}、{rb}。"
    )
    # one place shared needs one return (c28); else the better place needs the higher return
    contradicts = abs(a - b) > 1 and (ra == rb or (ra < rb) != (a > b))
    assert bool(check_text(text).errors) == contradicts


def _ranks(text: str) -> list[tuple[str, float]]:
    return [(e.subject, e.value) for e in check_text(text).extracted if e.kind == "rank"]


def test_a_bare_number_after_paiming_is_a_rank() -> None:
    """c25: 行业排名20。 / 在28个申万一级行业中排名16 (no 第, no 位/名) ends its clause: a rank like 排名第16."""
    assert _ranks("本周家电行业下跌1.35%，在28个申万一级行业中排名16。") == [("家用电器 (申万一级/28)", 16.0)]
    errors = check_text("本周家电行业下跌1.35%，在28个申万一级行业中排名29。").errors
    assert len(errors) == 1 and "outside a universe of 28" in errors[0].message
    # a number that goes on (a year, a figure, a share) is not a rank
    assert _ranks("本周家电行业下跌1.35%，在28个申万一级行业中排名2024年以来最低。") == []
    assert _ranks("本周家电行业下跌1.35%，行业排名10%分位。") == []


def test_a_bare_list_after_paiming_is_a_list_of_ranks() -> None:
    """收益排名15、6、14名: a list of ranks with no 第, one per listed index before it."""
    text = "本周建筑装饰、建筑材料、钢铁行业涨跌幅分别为1.20%、-0.40%、2.60%，在31个申万一级行业中排名{}名。"
    assert check_text(text.format("9、21、3")).errors == ()
    errors = check_text(text.format("21、9、3")).errors
    assert len(errors) == 1 and "ranks 9 with -0.40%" in errors[0].message
    assert _ranks(text.format("21、9、3"))[1] == ("建筑材料 (申万一级/31)", 9.0)


def test_a_first_place_in_a_stated_universe_is_rank_one() -> None:
    """涨幅在28个申万一级行业中位居首位 is rank 1 of 28; a higher return for another industry beside it, or a better
    rank given to another industry with a higher return, contradicts it."""
    said = "本周煤炭行业上涨3.40%，涨幅在28个申万一级行业中位居首位"
    assert _ranks(said + "。") == [("煤炭 (申万一级/28)", 1.0)]
    assert check_text(said + "；石油石化行业上涨2.10%。").errors == ()
    errors = check_text(said + "；石油石化行业上涨4.10%。").errors
    # told by the rankings rule since rank_returns was folded into it (g7)
    assert len(errors) == 1 and "石油石化(+4.10%)" in errors[0].message and "at least 2" in errors[0].message
    errors = check_text(said + "；石油石化行业上涨4.10%，排名第2。").errors
    assert len(errors) == 1 and "ranks 1 with +3.40%" in errors[0].message
    # the same with 涨幅榜首位 and 涨幅居首
    assert _ranks("本周煤炭行业上涨3.40%，位居申万一级行业涨幅榜首位。") == [("煤炭 (申万一级/31)", 1.0)]
    assert _ranks("本周煤炭行业上涨3.40%，在28个申万一级行业中涨幅居首。") == [("煤炭 (申万一级/28)", 1.0)]


def test_a_first_place_by_fall_is_the_last_rank_and_a_last_place_is_the_universe() -> None:
    """跌幅…位居首位 ranks last by return (28 of 28); 排名垫底 / 位居末位 in a ranking by return too."""
    assert _ranks("本周银行行业下跌2.04%，跌幅在28个申万一级行业中位居首位。") == [
        ("银行 (申万一级/28)", 28.0)
    ]
    assert _ranks("本周银行行业下跌2.04%，涨跌幅在28个申万一级行业中排名垫底。") == [
        ("银行 (申万一级/28)", 28.0)
    ]
    # a last place by fall (跌幅榜末位) says too little: not read
    assert _ranks("本周银行行业下跌0.04%，跌幅在28个申万一级行业中位居末位。") == []


def test_a_first_place_that_is_not_a_return_ranking_is_not_read() -> None:
    """No universe, no return word in its clause, a metric (资金净流入, 成交额) or a day's place: not a rank by return."""
    assert _ranks("本周煤炭行业上涨3.40%，涨幅居首。") == []  # no universe (superlatives.py reads it)
    # the clause before says by what: a rise's first place is rank 1; a fall's first place may be the largest fall
    assert _ranks("本周煤炭行业上涨3.40%，在28个申万一级行业中位居首位。") == [("煤炭 (申万一级/28)", 1.0)]
    assert _ranks("本周煤炭行业下跌3.40%，在28个申万一级行业中位居首位。") == []
    assert _ranks("本周煤炭行业跌幅为3.40%，在28个申万一级行业中位居首位。") == [("煤炭 (申万一级/28)", 28.0)]
    assert _ranks("本周煤炭行业下跌3.40%，在28个申万一级行业中排名垫底。") == [("煤炭 (申万一级/28)", 28.0)]
    assert _ranks("本周煤炭行业市盈率为9.2倍，在28个申万一级行业中排名垫底。") == []
    assert _ranks("本周煤炭行业市盈率为9.2倍，在28个申万一级行业中位居首位。") == []
    assert all(
        "scoped" in subject
        for subject, _ in _ranks("本周煤炭行业上涨3.40%，主力资金净流入规模在28个申万一级行业中位居首位。")
    )
    day = "本周煤炭行业上涨3.40%，在28个申万一级行业中排名第9，其中8月20日单日涨跌幅在28个申万一级行业中位居首位。"
    assert _ranks(day) == [("煤炭 (申万一级/28)", 9.0)]


@given(st.integers(1, 900), st.integers(1, 900))
def test_a_first_place_is_an_error_exactly_when_a_sibling_rose_more(a: int, b: int) -> None:
    text = (
        f"本周煤炭行业上涨{a / 100:.2f}%，涨幅在28个申万一级行业中位居首位；石油石化行业上涨{b / 100:.2f}%。"
    )
    assert bool(check_text(text).errors) == (b - a > 1)  # beyond the rounding of two figures to 0.01


def test_a_rank_without_a_universe_takes_the_size_of_its_paragraphs_one_ranking() -> None:
    """c25: 行业排名33 (a heading with no universe) in a paragraph whose only ranking is 申万31个一级行业 is beyond it;
    only the size is taken, so the heading is not compared as that ranking's rank of the same period."""
    body = "今年以来家电行业排名{}。今年以来家电行业的累计涨幅为12.28%，在申万31个一级行业中排名第20位。"
    errors = check_text(body.format("33")).errors
    assert len(errors) == 1 and "rank 33 is outside a universe of 31" in errors[0].message
    assert check_text(body.format("22")).errors == ()
    # two rankings in the paragraph (一级 and 二级): which one the heading means is unclear, nothing is taken
    two = body.format("33") + "其中白电在124个申万二级行业中排名第8位。"
    assert check_text(two).errors == ()
    # another paragraph's ranking is not this one's
    assert (
        check_text(
            "今年以来家电行业排名33。\n\n家电行业的累计涨幅为12.28%，在申万31个一级行业中排名第20位。"
        ).errors
        == ()
    )


def test_a_place_behind_its_named_leaders() -> None:
    """位居第N，仅次于 names: as many names ahead as places before it (m21-04's shape)."""
    text = "年初至今汽车板块累计上涨21.3%，在申万一级行业中位居第{}，仅次于有色金属、通信、电子。"
    assert not check_text(text.format("四")).errors
    errors = check_text(text.format("五")).errors
    assert len(errors) == 1 and errors[0].kind == "rank" and "3 named" in errors[0].message
    # 和/及/与 join two names, unless the alias table knows them as one (电力设备及新能源)
    assert not check_text("家电板块在中信一级行业中排名第三，仅次于银行及保险板块。").errors
    assert not check_text("家电板块在中信一级行业中排名第二，仅次于电力设备及新能源。").errors
    assert len(check_text("家电板块在中信一级行业中排名第二，仅次于银行及保险板块。").errors) == 1
    # names that may stand for more (等) or a place of another sort (第3大跌幅) are not read
    assert not check_text("家电板块在中信一级行业中排名第五，仅次于银行、保险等板块。").errors
    assert not check_text("恒指全年下跌48%，是历来第3大跌幅，仅次于1974年的跌市。").errors


@given(st.integers(1, 8), st.integers(1, 12))
def test_a_place_behind_names_is_an_error_exactly_when_the_count_disagrees(ahead: int, place: int) -> None:
    names = ["有色金属", "通信", "电子", "传媒", "计算机", "银行", "煤炭", "钢铁"][:ahead]
    text = f"本月汽车板块上涨5.1%，在申万一级行业中排名第{place}位，仅次于{'、'.join(names)}。"
    assert bool(check_text(text).errors) is (place != ahead + 1)


def test_a_rank_over_its_universe_with_no_index_named() -> None:
    """涨幅排名同类基金k/n: a rank given over its universe is read though the sentence names no index (m21-29)."""
    assert not check_text("某红利ETF近1月累计上涨2.31%，涨幅排名同类基金2/5。").errors
    errors = check_text("某红利ETF近1月累计上涨2.31%，涨幅排名同类基金6/5。").errors
    assert [f.kind for f in errors] == ["rank"] and "outside a universe of 5" in errors[0].message
    # a date or a fraction that is not after 排名 is no rank
    assert not check_text("某红利ETF近1月累计上涨2.31%，规模变动6/5。").errors


def test_two_industries_in_one_place_need_one_return() -> None:
    """通信涨幅81.67%，居全行业第一 … 电子涨幅45.9%，排名第一: two first-level industries cannot share a place
    with different returns (m21-24's shape); within their own parents lower levels may."""
    text = "年初至今，有色金属行业上涨52.4%，居全行业第一；国防军工行业上涨{}%，排名第一。"
    assert not check_text(text.format("52.4")).errors
    errors = check_text(text.format("31.6")).errors
    assert len(errors) == 1 and "share a place" in errors[0].message and "+31.6%" in errors[0].message
    assert not check_text(
        "本周半导体上涨5.1%，在电子行业中排名第一；软件开发上涨3.2%，在计算机行业中排名第一。"
    ).errors


@given(st.integers(1, 3000), st.integers(1, 3000))
def test_a_shared_first_place_is_an_error_exactly_when_the_returns_differ(a: int, b: int) -> None:
    text = f"本月，煤炭行业上涨{a / 100:.2f}%，居全行业第一；钢铁行业上涨{b / 100:.2f}%，排名第一。"
    assert bool(check_text(text).errors) is (abs(a - b) > 1)


def test_a_place_on_the_gainers_board_against_the_stated_ranking() -> None:
    """m21-39's shape: 涨幅在28个申万一级行业中位居首位 … (next paragraph) 该指数…成为涨幅榜第二位, the same day:
    a place on the 涨幅榜 with no universe is the one stated ranking's place of the same index and period."""
    first = "钢铁行业昨日大涨4.20%，涨幅在31个申万一级行业中位居首位。\n\n"
    assert not check_text(
        first + "钢铁指数昨日高开高走，午后随着大盘的回暖继续走强，成为涨幅榜第一位。"
    ).errors
    errors = check_text(first + "钢铁指数昨日高开高走，午后随着大盘的回暖继续走强，成为涨幅榜第三位。").errors
    assert [f.kind for f in errors] == ["rank"] and "stated as 3 here but 1" in errors[0].message
    # another index's sentence, or another day: not the same ranking's place
    assert not check_text(first + "煤炭指数昨日高开高走，钢铁随后走强，煤炭成为涨幅榜第三位。").errors
    assert not check_text(first + "钢铁指数上周高开高走，成为涨幅榜第三位。").errors


def test_a_rank_against_a_named_top_list_of_its_sentence() -> None:
    """m21-44's shape: …中0个上涨，跌幅最小的五名是甲、…，其中己下跌7.91%，…位列第4: a place within the list's size
    must be one of its names; a place beyond it must not."""
    text = (
        "本周申万31个一级行业中0个上涨，跌幅最小的三名是银行、煤炭、石油石化，其中{}板块下跌{}%，"
        "在申万一级行业中排名第{}。"
    )
    assert not check_text(text.format("传媒", "7.91", "31")).errors
    assert not check_text(text.format("煤炭", "0.52", "2")).errors
    errors = check_text(text.format("传媒", "7.91", "3")).errors
    assert [f.kind for f in errors] == ["rank"] and "not among the 3 named" in errors[0].message
    assert len(check_text(text.format("煤炭", "0.52", "9")).errors) == 1
    # with some risen, the smallest fallers are not the top of the ranking
    assert not check_text(text.replace("0个上涨", "5个上涨").format("传媒", "7.91", "7")).errors
    top = "本周涨幅前三的行业为银行、煤炭、石油石化，其中传媒板块上涨0.31%，在申万一级行业中排名第{}。"
    assert not check_text(top.format("8")).errors and len(check_text(top.format("2")).errors) == 1


@given(st.integers(1, 31), st.sampled_from(["银行", "传媒"]))
def test_a_rank_against_a_top_list_is_an_error_exactly_when_membership_disagrees(
    rank: int, name: str
) -> None:
    text = (
        f"本周涨幅前三的行业为银行、煤炭、石油石化，其中{name}板块上涨0.31%，在申万一级行业中排名第{rank}。"
    )
    inside = name == "银行"
    assert bool([f for f in check_text(text).errors if "named at the top" in f.message]) is (
        inside is not (rank <= 3)
    )
