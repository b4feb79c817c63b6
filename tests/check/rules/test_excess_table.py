from sectorbrief.check import check_text

_GOLD = (
    "| 股票名称 | 当月收益 | 当月超额收益 |\n|---|---|---|\n"
    "| 亚钾国际 | 5.22% | 7.94% |\n| 禾望电气 | -1.26% | {}% |\n| 泰凌微 | -4.96% | -2.24% |\n"
    "| 药明康德 | -5.41% | -2.69% |\n| 中芯国际 | -5.50% | -2.78% |\n"
)


def test_every_row_of_a_return_and_excess_table_implies_one_benchmark() -> None:
    """0c736739dd (holdout8, real): every row's return less excess is -2.72 (沪深300's month); m78-06 writes
    禾望电气's excess 1.64 for 1.46."""
    assert check_text(_GOLD.format("1.46")).errors == ()
    findings = check_text(_GOLD.format("1.64")).errors
    assert len(findings) == 1 and "consistent would be 1.46%" in findings[0].message


def test_rounding_and_too_few_agreeing_rows_are_not_errors() -> None:
    """A cent of rounding per figure passes; with two rows against two, no row is the odd one."""
    assert check_text(_GOLD.format("1.47")).errors == ()
    split = (
        "| 组合 | 收益 | 超额收益 |\n|---|---|---|\n| A | 1.00% | 2.00% |\n| B | 2.00% | 3.00% |\n"
        "| C | 1.00% | 3.00% |\n| D | 2.00% | 4.00% |\n"
    )
    assert check_text(split).errors == ()


def test_a_table_without_an_excess_column_is_not_read() -> None:
    table = "| 指数 | 本周涨跌幅 | 年初至今 |\n|---|---|---|\n| A | 1.00% | 2.00% |\n| B | 2.00% | 9.00% |\n"
    assert check_text(table).errors == ()
