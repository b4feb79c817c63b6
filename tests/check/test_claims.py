from hypothesis import given
from hypothesis import strategies as st

from sectorbrief.check import check_text
from sectorbrief.check.claims import extract
from sectorbrief.check.read import read_plain


def test_seed_sentence_pairs_excess_in_order() -> None:
    claims = extract(
        read_plain(
            "上周，沪深 300 下跌 0.54%，创业板指下跌 4.16%，申万通信行业指数下跌 9.17%，"
            "分别跑输沪深 300 和创业板指 8.64 和 5.02 个百分点，在申万各一级行业中排名第 31 位。"
        )
    )
    assert [(r.entity.name, r.value.value, r.period) for r in claims.returns] == [
        ("沪深300", -0.54, "week"),
        ("创业板指", -4.16, "week"),
        ("通信", -9.17, "week"),
    ]
    assert [
        (e.subject.name if e.subject else None, e.benchmark.name, e.direction, e.value.value)
        for e in claims.excess
    ] == [("通信", "沪深300", -1, 8.64), ("通信", "创业板指", -1, 5.02)]
    assert [(r.rank, r.universe) for r in claims.ranks] == [(31, 31)]


def test_bracketed_benchmark_return_is_a_return_claim() -> None:
    claims = extract(read_plain("本周申万计算机指数上涨2.11%，跑赢沪深300指数涨幅（-2.23%）4.34个百分点。"))
    assert sorted((r.entity.name, r.value.value) for r in claims.returns) == [
        ("沪深300", -2.23),
        ("计算机", 2.11),
    ]
    assert claims.excess[0].value.value == 4.34


def test_rating_definitions_are_not_returns() -> None:
    claims = extract(
        read_plain("买入：未来6个月内公司相对大盘涨幅15%以上；\n观望：未来6个月内公司相对大盘涨幅-5%至5%；")
    )
    assert claims.count == 0


def test_period_carries_to_the_next_sentence_of_a_paragraph() -> None:
    claims = extract(read_plain("年初至今，沪深300上涨4.58%。申万通信行业上涨54.50%。"))
    assert [r.period for r in claims.returns] == ["ytd", "ytd"]


def test_bracket_with_a_verb_and_slash_ranks() -> None:
    claims = extract(
        read_plain("本周申万通信指数下跌9.17%，跑输沪深300指数（下跌0.54%）8.63个百分点，排名31/31。")
    )
    assert sorted((r.entity.name, r.value.value) for r in claims.returns) == [
        ("沪深300", -0.54),
        ("通信", -9.17),
    ]
    assert [(r.rank, r.universe) for r in claims.ranks] == [(31, 31)]


def test_a_month_name_is_a_month_period_but_a_date_is_not() -> None:
    claims = extract(read_plain("5月申万银行指数上涨2.40%。6月24日申万银行指数上涨1.00%。"))
    assert [r.period for r in claims.returns] == ["month", "month"]
    claims = extract(read_plain("6月24日申万银行指数上涨1.00%。"))
    assert [r.period for r in claims.returns] == [None]


def test_turnover_and_valuation_changes_are_not_index_returns() -> None:
    claims = extract(
        read_plain("本周沪深300下跌0.54%，沪深300成交额环比上涨20.00%，申万通信行业估值下跌3.00%。")
    )
    assert [(r.entity.name, r.value.value) for r in claims.returns] == [("沪深300", -0.54)]


def test_list_values_go_to_subjects_in_order() -> None:
    claims = extract(
        read_plain(
            "通信、电子、计算机板块全天分别收涨3.22%、2.63%和1.92%，分别跑赢上证综指1.78、1.19和0.47个百分点。"
        )
    )
    assert [(r.entity.name, r.value.value) for r in claims.returns] == [
        ("通信", 3.22),
        ("电子", 2.63),
        ("计算机", 1.92),
    ]
    assert [
        (e.subject.name if e.subject else None, e.benchmark.name, e.value.value if e.value else None)
        for e in claims.excess
    ] == [
        ("通信", "上证指数", 1.78),
        ("电子", "上证指数", 1.19),
        ("计算机", "上证指数", 0.47),
    ]


def test_a_benchmarks_bracketed_return_is_not_the_excess() -> None:
    claims = extract(read_plain("今年以来通信行业(申万)上涨了1.43%，跑输沪深300(涨幅4.97%)3.54个百分点。"))
    assert [(e.benchmark.name, e.direction, e.value.value if e.value else None) for e in claims.excess] == [
        ("沪深300", -1, 3.54)
    ]
    assert ("沪深300", 4.97) in [(r.entity.name, r.value.value) for r in claims.returns]


def test_sub_industries_are_not_their_parent() -> None:
    claims = extract(
        read_plain(
            "本周沪深300指数下跌2.49%，轻工制造(申万)指数维稳；二级行业中，造纸II(申万)指数上涨3.01%，跑赢沪深300指数5.50pct。"
        )
    )
    assert [(e.subject.name, e.subject.level) for e in claims.excess if e.subject] == [("造纸", "l2")]


def test_scoped_ranks_are_not_level_one_ranks() -> None:
    claims = extract(read_plain("本周通信板块上涨3.00%，在TMT行业内排名第1，在申万31个一级行业中排名第5。"))
    assert [(r.rank, r.classification.startswith("scoped")) for r in claims.ranks] == [(1, True), (5, False)]


def test_shorthand_and_variants_resolve_to_one_name() -> None:
    from sectorbrief.check.entities import find_entities

    names = [
        e.name
        for e in find_entities(
            "农业板块、电新行业、交运指数、非银板块、申万医药、中信电子、医药生物(申万)、沪指、上证综指、深成指、Wind全A"
        )
    ]
    assert names == [
        "农林牧渔",
        "电力设备",
        "交通运输",
        "非银金融",
        "医药生物",
        "电子",
        "医药生物",
        "上证指数",
        "上证指数",
        "深证成指",
        "万得全A",
    ]


def _returns(text: str) -> list[tuple[str, float, str | None]]:
    return [(r.entity.name, r.value.value, r.period) for r in extract(read_plain(text)).returns]


def test_an_evaluative_jiao_does_not_keep_a_bare_clause_from_its_index() -> None:
    """e33c34d630 (holdout5b), 0140288e7b (holdout6): 表现较好 is praise, not a comparison (较上周)."""
    text = "上周，传媒板块表现较好，上涨4.49%，跑赢创业板约6.36个百分点(创业板指下跌1.87%)。"
    assert _returns(text) == [("传媒", 4.49, "week"), ("创业板指", -1.87, "week")]
    assert _returns("上周，传媒板块成交较上周放大，上涨4.49%。") == []


def test_a_bare_clause_after_but_and_against_the_market_belongs_to_the_index_before() -> None:
    """6888e7e700 (real): 但传媒板块逆市飘红，整体逆市上涨0.97%, the 传媒 board's own move."""
    text = (
        "1月28日,沪指下跌47.22点,跌幅达1.41%,但传媒板块逆市飘红,整体逆市上涨0.97%,远远跑赢大盘2.38个百分点。"
    )
    assert _returns(text) == [("上证指数", -1.41, None), ("传媒", 0.97, None)]
    from sectorbrief.check import check_text

    assert check_text(text).errors == ()
    wrong = check_text(text.replace("2.38", "2.83")).errors
    assert len(wrong) == 1 and "consistent would be 2.38" in wrong[0].message


def test_indices_then_a_respectively_list_of_signed_figures_are_their_returns() -> None:
    """de61544163 (holdout5b): 上证综指和创业板指分别-0.94%、-3.64% has no verb; a list read so needs its
    indices right before 分别, and 收益率分别为 (no index before it) stays unread."""
    text = "本周(4.4~4.8),申万美容护理板块下跌-3.52%。上证综指和创业板指分别-0.94%、-3.64%,申万美容护理板块跑输上证综指2.58pct。"
    assert _returns(text)[1:] == [("上证指数", -0.94, "week@4.4~4.8"), ("创业板指", -3.64, "week@4.4~4.8")]
    assert _returns("上证综指和创业板指成交额分别1.2%、3.4%。") == []


def test_a_benchmark_or_vendor_index_opening_its_clause_with_a_signed_figure_has_that_return() -> None:
    """de61544163 (holdout5b): 本周，沪深300指数-1.06%，wind医美指数-3.34%，跑输沪深300大盘2.28pct."""
    text = "本周，沪深300指数-1.06%,wind医美指数-3.34%，跑输沪深300大盘2.28pct;wind化妆品指数-4.28%，跑输沪深300大盘3.21pct。"
    assert _returns(text) == [
        ("沪深300", -1.06, "week"),
        ("wind医美", -3.34, "week"),
        ("wind化妆品", -4.28, "week"),
    ]
    from sectorbrief.check import check_text

    report = check_text(text)
    assert report.errors == ()
    assert [(e.subject, e.value, e.verified) for e in report.extracted if e.kind == "excess"] == [
        ("wind医美 vs 沪深300", -2.28, True),
        ("wind化妆品 vs 沪深300", -3.21, True),
    ]
    assert _returns("本周跑赢沪深300指数+1.06%。") == []  # the excess, not 沪深300's return


def test_a_close_then_its_move_since_the_last_close_is_the_index_return() -> None:
    """c0ee7fe73d (holdout4a): 本期SW轻工制造指数收于2608.36点,较上期(9月25日)上涨1.05%,板块整体跑输市场(沪深300)
    1.38个百分点; 较上周上涨0.65点 (points, no percentage) is not a return."""
    text = "本期SW轻工制造指数收于2608.36点,较上期(9月25日)上涨1.05%,板块整体跑输市场(沪深300)1.38个百分点。沪深300指数收于4681.14点,上涨2.43%。"
    assert _returns(text) == [("轻工制造", 1.05, None), ("沪深300", 2.43, None)]
    from sectorbrief.check import check_text

    report = check_text(text)
    assert report.errors == () and [e.verified for e in report.extracted if e.kind == "excess"] == [True]
    assert _returns("本周基础化工行业指数收4633.49点,较上周+0.90%。") == [("基础化工", 0.90, "week")]
    assert _returns("本周煤炭板块指数报收2578.75点,较上周下跌1.54点。") == []


def test_a_move_then_the_close_it_reached_and_a_half_day_close() -> None:
    """cd3817d3a0 and b709f61693 (holdout8, real): 收跌0.22%至3988.22点 is a move (至 a level, not a range),
    and 收升 is a verb; 涨幅0.5%至1% is still a range."""
    claims = extract(
        read_plain("滬綜指衝高回落收跌0.22%至3988.22點。滬綜指半日收升0.25%，報4118.68點。預計漲幅0.5%至1%。")
    )
    assert [(r.entity.name, r.value.value) for r in claims.returns] == [
        ("上证指数", -0.22),
        ("上证指数", 0.25),
    ]


def test_a_rank_in_a_stated_universe_is_read_without_a_named_subject() -> None:
    """c21: 截至月末板块市盈率为18倍 在申万一级行业中排名第12位 names no index, yet its rank must lie within 31."""
    text = "截至月末 板块市盈率为18倍 在申万一级行业中排名第{}位"
    assert [(k.rank, k.universe, k.subject) for k in extract(read_plain(text.format(12))).ranks] == [
        (12, 31, None)
    ]
    assert check_text(text.format(12)).errors == ()
    assert "rank 33" in check_text(text.format(33)).errors[0].message
    # no universe stated or implied: nothing to bound it by, not read
    assert extract(read_plain("截至月末 市盈率为18倍 排名第33位")).ranks == []


@given(st.integers(1, 80), st.sampled_from([28, 30, 31]))
def test_an_unnamed_rank_is_an_error_exactly_outside_its_universe(rank: int, universe: int) -> None:
    text = f"本月涨跌幅在{universe}个申万一级行业中排名第{rank}位。"
    assert bool(check_text(text).errors) == (rank > universe)


def test_a_move_whose_percent_sign_was_left_out_is_read_where_the_excess_is_in_points() -> None:
    """c21: 电子行业上涨4.25，跑赢沪深300 3.05个百分点 states the return without its %."""
    text = "本周沪深300指数上涨1.20%，电子行业上涨4.25，跑赢沪深300 {}个百分点。"
    returns = extract(read_plain(text.format("3.05"))).returns
    assert [(r.entity.name, r.value.value) for r in returns] == [("沪深300", 1.2), ("电子", 4.25)]
    assert check_text(text.format("3.05")).errors == ()
    assert "consistent would be 3.05" in check_text(text.format("3.50")).errors[0].message
    # without an excess in points after it, or for a benchmark, a bare figure is not read as a return
    assert [r.entity.name for r in extract(read_plain("电子行业上涨4.25，成交额放大。")).returns] == []
    assert [r.entity.name for r in extract(read_plain("沪深300上涨4.25，跑赢3.05个百分点。")).returns] == []


@given(st.integers(-900, 900), st.integers(1, 900))
def test_a_bare_move_and_its_stated_excess_agree_exactly_when_the_difference_is_the_excess(
    bench: int, own: int
) -> None:
    excess = own - bench
    word = "跑赢" if excess >= 0 else "跑输"
    text = f"本周沪深300指数涨跌幅为{bench / 100:.2f}%，电子行业上涨{own / 100:.2f}，{word}沪深300 {abs(excess) / 100:.2f}个百分点。"
    assert check_text(text).errors == ()
    wrong = text.replace(f"{abs(excess) / 100:.2f}个", f"{(abs(excess) + 7) / 100:.2f}个")
    assert len(check_text(wrong).errors) == 1


def test_a_weekly_close_against_last_week_with_points_then_size() -> None:
    """c21: 收盘为X点，较上周(date)的Y点上涨Z点，涨幅约为W% is the index's week; 约为 before a figure; a
    thousands separator (1,191点) does not end a clause; 台股…加权股价指数 is the TAIEX."""
    text = (
        "台股本周加权股价指数上涨1,205点，涨幅约为{}%。\n\n"
        "12月5日发行量加权股价指数收盘为27,300.10点，较上周(11月28日)的26,095.10点上涨1,205.00点，涨幅约为4.62%。"
    )
    returns = extract(read_plain(text.format("4.62"))).returns
    assert [(r.entity.name, r.value.value, r.period) for r in returns] == [
        ("台湾加权指数", 4.62, "week"),
        ("台湾加权指数", 4.62, "week"),
    ]
    assert check_text(text.format("4.62")).errors == ()
    errors = check_text(text.format("4.26")).errors
    assert (
        len(errors) == 1
        and errors[0].kind == "contradiction"
        and "4.26%" in errors[0].message + errors[0].snippet
    )


def test_a_thousands_separator_is_not_a_clause_mark() -> None:
    from sectorbrief.check.claim_types import clause_start

    text = "指数上涨1,205.00点，涨幅4.62%"
    assert clause_start(text, text.index("点") + 1) == 0
    assert clause_start(text, text.index("涨幅")) == text.index("涨幅")
    assert clause_start("甲,乙", 2) == 2  # a comma between words is one


def test_a_concluding_clause_sums_up_the_index_its_sentence_narrates() -> None:
    """c21: X走势震荡，5月8日冲高回落，5月9日续跌，最终周内累计下跌1.20%: the figure is X's."""
    text = "本周有色金属走势震荡，5月8日早盘板块冲高回落，5月9日续跌，最终周内累计下跌1.20%。"
    assert [(r.entity.name, r.value.value, r.guessed) for r in extract(read_plain(text)).returns] == [
        ("有色金属", -1.2, False)
    ]
    # a figure between, or no 最终: the subject is not carried that far
    assert all(
        r.value.value != -1.2
        for r in extract(read_plain(text.replace("冲高回落", "上涨0.50%后回落"))).returns
    )
    assert extract(read_plain(text.replace("最终", ""))).returns == []


def test_this_performance_opening_a_sentence_is_the_industry_of_the_sentence_before() -> None:
    """c21: 这一表现明显强于大盘，同期上证指数…，沪深300… judges the sentence before's industry against both."""
    text = "本周(5月6日-5月10日)有色金属走势震荡，最终周内累计下跌1.20%。这一表现明显{}大盘，同期上证指数上涨0.80%，沪深300指数涨0.95%。"
    assert check_text(text.format("弱于")).errors == ()
    errors = check_text(text.format("强于")).errors
    assert (
        len(errors) == 1 and "有色金属 -1.20%" in errors[0].message and "上证指数 +0.80%" in errors[0].message
    )
    # in another paragraph, 这一表现 names nothing
    assert check_text(text.format("强于").replace("。这一", "。\n\n这一")).errors == ()


SECTOR_WORD = (
    "上周申万电子板块上涨{x}%。同期上证指数下跌{y}%，创业板指上涨{z}%，板块{w1}上证指数但{w2}创业板指。"
)


def test_a_bare_sector_word_after_the_benchmarks_is_the_industry_of_the_sentence_before() -> None:
    text = SECTOR_WORD.format(x="1.20", y="0.30", z="2.10", w1="强于", w2="弱于")
    claims = extract(read_plain(text))
    assert [
        (e.subject.name if e.subject else None, e.benchmark.name, e.direction) for e in claims.excess
    ] == [
        ("电子", "上证指数", 1),
        ("电子", "创业板指", -1),
    ]
    assert not check_text(text).errors
    wrong = check_text(text.replace("但弱于", "但强于")).errors
    assert [f.kind for f in wrong] == ["arithmetic"] and "创业板指" in wrong[0].message


def test_a_bare_sector_word_is_not_read_when_the_sentence_names_an_industry() -> None:
    text = "上周申万电子板块上涨1.20%。同期计算机板块上涨3.00%，创业板指上涨2.10%，板块强于创业板指。"
    claims = extract(read_plain(text))
    assert all(e.subject is None or e.subject.name != "电子" for e in claims.excess)


@given(
    x=st.floats(min_value=-9.99, max_value=9.99, allow_nan=False).map(lambda v: round(v, 2)),
    z=st.floats(min_value=-9.99, max_value=9.99, allow_nan=False).map(lambda v: round(v, 2)),
    stronger=st.booleans(),
)
def test_property_sector_word_direction_against_the_benchmark(x: float, z: float, stronger: bool) -> None:
    word = "强于" if stronger else "弱于"
    text = f"上周申万电子板块{'上涨' if x >= 0 else '下跌'}{abs(x):.2f}%。同期创业板指{'上涨' if z >= 0 else '下跌'}{abs(z):.2f}%，板块{word}创业板指。"
    errors = [f for f in check_text(text).errors if f.kind == "arithmetic"]
    gap = x - z
    if abs(gap) > 0.02:
        assert len(errors) == (0 if (gap > 0) == stronger else 1), text


def test_a_bare_sector_word_is_not_read_after_a_sentence_of_two_industries() -> None:
    # 板块 may be 电子 or its 半导体: neither is taken
    text = "本周电子板块下跌1.00%，其中半导体板块上涨5.00%。同期沪深300上涨2.00%，板块跑输沪深300。"
    claims = extract(read_plain(text))
    assert not [e for e in claims.excess if e.subject is not None]
    assert not check_text(text).errors
