from sectorbrief.check import check_text

_MODEL = (
    "模型表现：截至2024/10/31，行业轮动策略获得累计收益12.0%，中信一级行业等权基准收益9.6%，对应累计超额收益{}%。"
    "Wind普通股票型基金指数基准收益4.5%，对应累计超额收益{}%。"
)


def test_a_strategy_excess_is_its_return_less_the_stated_benchmark() -> None:
    """0a02f1fdea (holdout7, real): 12.0 − 9.6 = 2.4 and 12.0 − 4.5 = 7.5 (the second benchmark in the next
    sentence, against the strategy's return of the sentence before); m78-04 writes 4.2, m78-03 writes 5.7."""
    assert check_text(_MODEL.format("2.4", "7.5")).errors == ()
    first = check_text(_MODEL.format("4.2", "7.5")).errors
    assert len(first) == 1 and "consistent would be 2.40%" in first[0].message
    second = check_text(_MODEL.format("2.4", "5.7")).errors
    assert len(second) == 1 and "12.0%" in second[0].message and "4.5%" in second[0].message


def test_rounding_of_the_printed_figures_is_allowed() -> None:
    assert check_text("本月组合收益-4.35%，基准收益-1.84%，超额收益-2.50%。").errors == ()
    assert check_text("本月组合收益-4.35%，基准收益-1.84%，超额收益-2.61%。").errors != ()


def test_an_excess_without_a_return_before_it_is_not_read() -> None:
    """A new paragraph, or a sentence with no 收益 figure before, leaves the excess unchecked."""
    assert check_text("组合累计收益12.0%。\n\n基准收益4.5%，对应超额收益5.7%。").errors == ()
