"""A fund's excess over its 业绩比较基准, read from the performance tables and prose of holdout10's fund digests."""

from hypothesis import given, settings
from hypothesis import strategies as st

from sectorbrief.check import check_text
from sectorbrief.check.fund_excess import fund_excess
from sectorbrief.check.periods import split_sentences
from sectorbrief.check.read import read_plain

# 42541f6820 (holdout10, real): a Markdown table with ① and ③ and ①-③.
_MARKDOWN = """基金净值表现：近三月净值跌2.73% 跑输基准0.04个百分点
| 阶段 | 净值增长率① | 业绩比较基准收益率③ | ①-③ |
|---|---|---|---|
| 过去三个月 | -2.73% | -2.69% | -0.04% |
| 过去六个月 | 49.44% | 49.74% | {six}% |
| 过去一年 | 41.28% | 40.00% | 1.28% |
| 过去三年 | -10.44% | -14.12% | 3.68% |
| 自基金合同生效起至今 | -32.00% | -33.38% | 1.38% |
"""
# 6036e8ec23 (real): plain lines under a header of seven columns, ② and ④ (standard deviations) among them.
_PLAIN = """基金份额净值增长率与业绩比较基准收益率对比
阶段 净值增长率① 净值增长率标准差② 业绩比较基准收益率③ 业绩比较基准收益率标准差④ ①-③ ②-④
过去三个月 -5.27% 1.50% -5.55% 1.52% 0.28% -0.02%
过去六个月 -12.84% 2.38% -13.56% 2.41% {six}% -0.03%
过去一年 -13.24% 2.27% -15.64% 2.30% 2.40% -0.03%
"""
# c2964b9e33 (real): one cell per line, the excess column 净值增长率-基准收益率.
_CELLS = "\n".join(
    ["阶段", "净值增长率", "业绩比较基准收益率", "净值增长率-基准收益率"]
    + ["过去三个月", "-9.27%", "-8.95%", "-0.32%", "过去六个月", "18.49%", "18.68%", "{six}%"]
)
# 45fda8c9e8 and 42541f6820 (real prose).
_PROSE = (
    "过去三个月，基金份额净值增长率为-1.77%，同期业绩比较基准(中证新能源汽车指数)收益率为-1.80%，"
    "基金跑赢基准{three}个百分点，日均跟踪偏离度控制在合同约定范围内。"
)
_FELL_LESS = "过去三年净值下跌10.44%，但较基准(-14.12%)少跌{three}个百分点，长期跟踪效果良好。"


def _verified(text: str) -> list[tuple[str, float | None]]:
    return [(e.period, e.value) for e in check_text(text).extracted if e.kind == "excess" and e.verified]


def test_a_markdown_table_s_excess_column_is_verified_row_by_row() -> None:
    assert len(_verified(_MARKDOWN.format(six="-0.30"))) == 5
    assert check_text(_MARKDOWN.format(six="-0.30")).errors == ()
    assert ("fund:过去六个月", -0.3) in _verified(_MARKDOWN.format(six="-0.30"))


def test_a_wrong_excess_in_a_markdown_table_is_an_error_quoting_both_returns() -> None:
    errors = check_text(_MARKDOWN.format(six="0.30")).errors
    assert len(errors) == 1
    message = errors[0].message
    assert "49.44%" in message and "49.74%" in message and "consistent would be -0.30%" in message
    assert len(_verified(_MARKDOWN.format(six="0.30"))) == 4


def test_a_plain_table_s_columns_are_found_by_their_header_words() -> None:
    """The excess is the sixth figure (①-③), not the last (②-④): found from the header, not by position."""
    assert (
        len(_verified(_PLAIN.format(six="0.72"))) == 3 and check_text(_PLAIN.format(six="0.72")).errors == ()
    )
    errors = check_text(_PLAIN.format(six="0.27")).errors
    assert len(errors) == 1 and "consistent would be 0.72%" in errors[0].message


def test_a_table_of_one_cell_per_line_is_read() -> None:
    assert len(_verified(_CELLS.format(six="-0.19"))) == 2
    errors = check_text(_CELLS.format(six="-0.91")).errors
    assert (
        len(errors) == 1
        and "18.49%" in errors[0].message
        and "consistent would be -0.19%" in errors[0].message
    )


def test_prose_s_outperformance_is_the_difference_of_the_two_returns() -> None:
    assert _verified(_PROSE.format(three="0.03")) == [("fund:过去三个月", 0.03)]
    errors = check_text(_PROSE.format(three="0.30")).errors
    assert len(errors) == 1 and "-1.77%" in errors[0].message and "-1.80%" in errors[0].message


def test_a_smaller_fall_than_the_benchmark_is_a_positive_excess() -> None:
    assert _verified(_FELL_LESS.format(three="3.68")) == [("fund:过去三年", 3.68)]
    assert len(check_text(_FELL_LESS.format(three="3.86")).errors) == 1


def test_a_header_without_an_excess_column_reads_nothing() -> None:
    """78a4574a1d (real): net values and the benchmark, no ①-③ column: nothing is claimed, nothing checked."""
    text = (
        "阶段 指数A净值增长率 指数C净值增长率 业绩比较基准收益率\n"
        "过去三个月 47.53% 47.51% 47.53%\n过去一年 52.23% 51.86% 51.82%\n"
    )
    assert _verified(text) == [] and check_text(text).errors == ()


def test_an_industry_weekly_s_excess_is_not_a_fund_claim() -> None:
    text = "本周，申万电子行业指数上涨2.10%，沪深300指数上涨0.50%，电子跑赢沪深300指数1.60个百分点。"
    report = check_text(text)
    assert report.errors == ()
    assert all(not e.period.startswith("fund") for e in report.extracted if e.kind == "excess")


_CELL = st.one_of(
    st.text(max_size=12),
    st.sampled_from(
        ["过去三个月", "阶段", "净值增长率", "业绩比较基准收益率", "①-③", "-", "1.5%", "-0.3%", "%"]
    ),
    st.floats(allow_nan=True, allow_infinity=True).map(lambda x: f"{x}%"),
)


@settings(max_examples=150, deadline=None)
@given(
    st.lists(st.lists(_CELL, min_size=1, max_size=7), min_size=1, max_size=6),
    st.sampled_from(["| {} |", "{}", "line"]),
)
def test_any_table_cells_never_raise(rows: list[list[str]], form: str) -> None:
    header = ["阶段", "净值增长率①", "业绩比较基准收益率③", "①-③"]
    lines = [header, *rows]
    if form == "line":
        text = "\n".join(cell for row in lines for cell in row)
    else:
        joiner = " | " if form.startswith("|") else " "
        text = "\n".join(form.format(joiner.join(row)) for row in lines)
    found = fund_excess(split_sentences(read_plain(text)))
    assert all(f.claim.value is not None for f in found)
    check_text(text)


_LISTED = (
    "报告期内，富国中证军工指数A、C类份额净值增长率分别为10.67%、10.68%，同期业绩比较基准收益率为10.81%，"
    "两类份额均小幅跑输基准{a}%、0.13%。"
)


def test_a_respectively_list_of_share_classes_is_one_claim_each() -> None:
    """25e994e70c (real): 10.67 − 10.81 = −0.14 and 10.68 − 10.81 = −0.13 (跑输: below the benchmark)."""
    assert sorted(v for _, v in _verified(_LISTED.format(a="0.14"))) == [-0.14, -0.13]
    errors = check_text(_LISTED.format(a="0.41")).errors
    assert (
        len(errors) == 1 and "A类" in errors[0].message and "consistent would be -0.14%" in errors[0].message
    )


# 7b4086c39e (holdout_m23 source, seen): the benchmark's return stated with a verb, 基准增长23.03%.
_BENCHMARK_VERB = (
    "过去三个月,基金份额净值增长率18.21%,同期业绩比较基准(中证2000指数)收益率14.31%,超额收益3.90%;"
    "过去六个月净值增长29.48%,基准增长23.03%,超额{six}%;过去一年净值增长51.64%,基准增长42.80%,超额8.84%,"
    "超额收益呈现持续扩大趋势。"
)
# e549e0f7df (holdout_m23 source, seen): after the first clause names the measure, a stage's own figure
# with its benchmark and excess in brackets.
_STAGE_FIGURE = (
    "拉长时间看,过去六个月净值增长率6.56%(基准6.44%,跑赢0.12%),过去一年12.13%(基准11.85%,跑赢{year}%),"
    "自基金合同生效以来(2021年1月29日至今)净值增长率-13.64%(基准-21.68%,跑赢8.04%)。"
)
# df51d1366d (real, non-reserved): a fall of the fund and of the benchmark, 基准下跌8.23%.
_BENCHMARK_FELL = (
    "拉长周期看,A类过去一年净值下跌4.00%,但业绩比较基准下跌8.23%,超额收益{year}%;"
    "过去三年A类净值增长4.78%,基准下跌7.79%,超额收益达12.57%。"
)


def test_a_benchmark_return_stated_with_a_verb_is_read() -> None:
    assert ("fund:过去六个月", 6.45) in _verified(_BENCHMARK_VERB.format(six="6.45"))
    assert check_text(_BENCHMARK_VERB.format(six="6.45")).errors == ()
    errors = check_text(_BENCHMARK_VERB.format(six="5.45")).errors
    assert len(errors) == 1
    assert "excess 5.45%" in errors[0].message and "29.48%" in errors[0].message
    assert "consistent would be 6.45%" in errors[0].message


def test_a_falling_benchmark_is_a_negative_return() -> None:
    assert _verified(_BENCHMARK_FELL.format(year="4.23")) == [
        ("fund:过去一年", 4.23),
        ("fund:过去三年", 12.57),
    ]
    errors = check_text(_BENCHMARK_FELL.format(year="2.43")).errors
    assert (
        len(errors) == 1
        and "-8.23%" in errors[0].message
        and "consistent would be 4.23%" in errors[0].message
    )


def test_a_stage_s_figure_after_the_measure_was_named_is_read() -> None:
    assert ("fund:过去一年", 0.28) in _verified(_STAGE_FIGURE.format(year="0.28"))
    assert check_text(_STAGE_FIGURE.format(year="0.28")).errors == ()
    errors = check_text(_STAGE_FIGURE.format(year="0.82")).errors
    assert len(errors) == 1 and "基金 过去一年: excess 0.82%" in errors[0].message
    assert "12.13%" in errors[0].message and "11.85%" in errors[0].message
    assert "consistent would be 0.28%" in errors[0].message


def test_a_stage_s_figure_without_a_benchmark_and_excess_is_not_a_claim() -> None:
    text = "过去三个月净值增长率6.56%,过去一年12.13%,过去三年-3.20%。"
    assert _verified(text) == [] and check_text(text).errors == ()


# 05a6235720 (pool B): share classes after the first, with the benchmark's return stated once before them.
_CARRIED = (
    "过去三个月,招商中证煤炭等权指数A份额净值增长率为 -1.43%,业绩比较基准收益率为 -2.72%,A类份额跑赢基准1.29个百分点;"
    "C份额净值增长率为 -1.45%,跑赢基准{c}个百分点;E份额净值增长率为 -1.50%,跑赢基准1.22个百分点 。"
)
# c2964b9e33 (pool B): a table of one cell per line, then prose that states each stage's return and excess
# without the benchmark's return.
_FROM_TABLE = "\n".join(
    ["阶段", "净值增长率", "业绩比较基准收益率", "净值增长率-基准收益率"]
    + ["过去三个月", "-9.27%", "-8.95%", "-0.32%", "过去三年", "47.71%", "44.77%", "2.94%"]
    + [
        "报告期内,基金短期表现弱于基准,过去三个月净值下跌9.27%,跑输业绩比较基准(中证智能汽车主题指数)0.32个百分点;"
        "但长期表现依然占优,过去三年净值增长47.71%,跑赢基准{three}个百分点。"
    ]
)


def test_a_class_s_excess_takes_the_benchmark_return_stated_before_it() -> None:
    assert [v for p, v in _verified(_CARRIED.format(c="1.27"))] == [1.29, 1.27, 1.22]
    errors = check_text(_CARRIED.format(c="1.72")).errors
    assert len(errors) == 1 and "C类 过去三个月: excess 1.72%" in errors[0].message
    assert "-1.45%" in errors[0].message and "-2.72%" in errors[0].message
    assert "consistent would be 1.27%" in errors[0].message


def test_a_prose_excess_without_the_benchmark_takes_its_table_row_s() -> None:
    text = _FROM_TABLE.format(three="2.94")
    assert check_text(text).errors == ()
    assert ("fund:过去三年", 2.94) in _verified(text) and ("fund:过去三个月", -0.32) in _verified(text)
    errors = check_text(_FROM_TABLE.format(three="9.24")).errors
    assert len(errors) == 1 and "excess 9.24%" in errors[0].message and "44.77%" in errors[0].message


def test_a_prose_excess_whose_return_is_no_table_row_s_is_not_settled() -> None:
    """Another return than the row's (another share class, or a slip the restatement rules report) is not
    that row's fund: no benchmark is taken from it."""
    text = _FROM_TABLE.format(three="9.24").replace("过去三年净值增长47.71%", "过去三年净值增长40.71%")
    assert not any("excess 9.24%" in e.message for e in check_text(text).errors)


# 81ea67b925 (pool B): two more classes' returns listed with one shortfall said of both (均), against the
# benchmark's return stated once before them.
_SHARED = (
    "过去三个月,A类份额净值增长率6.25%,业绩比较基准收益率6.90%,跑输基准0.65个百分点;"
    "C类、I类份额净值增长率分别为6.23%、{i}%,均跑输基准0.67个百分点。"
)


def test_one_shortfall_said_of_listed_classes_is_each_class_s() -> None:
    assert [v for p, v in _verified(_SHARED.format(i="6.23"))] == [-0.65, -0.67, -0.67]
    errors = check_text(_SHARED.format(i="6.32")).errors
    assert len(errors) == 1 and "I类 过去三个月" in errors[0].message and "6.32%" in errors[0].message
    assert "consistent would be -0.58%" in errors[0].message
