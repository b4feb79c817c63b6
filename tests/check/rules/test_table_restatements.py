"""A table's cell (its row's labels and its column's header) and a sentence stating it with two values."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from sectorbrief.check import check_text
from sectorbrief.check.claims import extract
from sectorbrief.check.read import read_plain
from sectorbrief.check.rules.table_restatements import check_table_restatements

# 81ea67b925 (pool B): each share class's figures in prose and in a table, 万元/亿元 against 元
_FUND = (
    "报告期内,基金各份额类别财务数据呈现分化。A类份额本期已实现收益2959.26万元,本期利润4277.55万元,加权平均基金份额本期利润"
    "0.0780元,期末基金资产净值6.84亿元,份额净值1.3627元;C类份额本期已实现收益7267.61万元,本期利润8785.94万元,加权平均"
    "0.0460元,期末资产净值14.02亿元,份额净值1.0883元;I类份额规模较小,本期利润3.02万元,期末资产净值42.64万元,份额净值1.0839元。\n"
    "| 份额类别 | 本期已实现收益(元) | 本期利润(元) | 加权平均基金份额本期利润(元) | 期末基金资产净值(元) | 期末基金份额净值(元) |\n"
    "|---|---|---|---|---|---|\n"
    "| A类 | 29,592,587.50 | 42,775,522.81 | 0.0780 | 683,823,407.83 | 1.3627 |\n"
    "| C类 | 72,676,068.37 | 87,859,389.16 | 0.0460 | 1,402,489,474.25 | 1.0883 |\n"
    "| I类 | 14,734.54 | 30,154.20 | 0.0841 | 426,388.91 | 1.0839 |\n"
)


def _errors(text: str) -> list:
    return check_table_restatements(extract(read_plain(text)))


def test_real_table_and_prose_stay_clean() -> None:
    assert not _errors(_FUND)
    assert not check_text(_FUND).errors


def test_a_class_figure_against_its_cell() -> None:
    found = _errors(_FUND.replace("本期利润8785.94万元", "本期利润8105.20万元"))
    assert len(found) == 1
    message = found[0].message
    assert "本期利润8105.20万元" in message and "87,859,389.16元" in message
    assert "the table's cell (C类、本期利润)" in message


def test_a_name_ending_stands_for_its_column() -> None:
    # 份额净值 is the ending of the column 期末基金份额净值(元), of I类 by the last class named
    found = _errors(_FUND.replace("份额净值1.0839元", "份额净值1.0938元"))
    assert (
        len(found) == 1 and "1.0938元" in found[0].message and "(I类、期末基金份额净值)" in found[0].message
    )


def test_rounding_to_wan_agrees() -> None:
    # 2959.26万元 is 29,592,587.50元 to the nearest 100 yuan; 2959.30万元 is not
    assert not _errors(_FUND.replace("2959.26万元", "2959.2587万元"))
    assert _errors(_FUND.replace("2959.26万元", "2959.30万元"))


@settings(max_examples=60, deadline=None)
@given(st.text(alphabet="|-本期利润A类C类份额净值元万亿%0123456789., \n", max_size=120))
def test_free_text_never_raises(text: str) -> None:
    _errors(text)


# 81ea67b925 (pool B): the excess column (净值增长率-基准收益率) against 跑输基准 in prose, by class and period
_EXCESS = (
    "长期来看,A类过去一年跑输基准0.77%,过去五年跑输2.28%,自成立以来累计跑输10.60%,持续存在一定跟踪偏离。\n"
    "| 份额类别 | 阶段 | 净值增长率 | 业绩比较基准收益率 | 净值增长率-基准收益率 |\n"
    "|---|---|---|---|---|\n"
    "| A类 | 过去三个月 | 6.25% | 6.90% | -0.65% |\n"
    "| C类 | 过去三个月 | 6.23% | 6.90% | -0.67% |\n"
    "| A类 | 过去一年 | 23.78% | 24.55% | -0.77% |\n"
    "| A类 | 自成立以来 | 36.27% | 46.87% | -10.60% |\n"
)


def test_an_excess_column_read_from_trailing_words() -> None:
    assert not _errors(_EXCESS)
    found = _errors(_EXCESS.replace("累计跑输10.60%", "累计跑输12.40%"))
    assert len(found) == 1
    message = found[0].message
    assert (
        "累计跑输12.40%" in message
        and "-10.60%" in message
        and "(A类、自成立以来、净值增长率-基准收益率)" in message
    )


def test_a_figure_of_another_period_is_not_a_period_less_tables() -> None:
    # 606a7e124a (visible): the table gives each class's quarter; 过去五年…跑输基准 is another period's
    text = (
        "过去三个月,A类份额净值增长率为-7.61%。过去五年净值下跌8.66%,跑输基准4.24个百分点。\n"
        "| 份额 | 净值增长率 | 基准收益率 | 偏离度(净值-基准) |\n|---|---|---|---|\n| A类 | -7.61% | -7.42% | -0.19% |\n"
    )
    assert not _errors(text)
