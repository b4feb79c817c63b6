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
