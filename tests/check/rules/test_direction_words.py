"""A price's summary direction word against the change stated for it right after."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from sectorbrief.check import check_text

REAL = (  # real: holdout7 f1679da462 (a broker's coal weekly)
    "动力煤方面：动力煤价格微跌，截至2月6日，秦港Q5500动力煤平仓价为695元/吨，环比上涨3元/吨，"
    "前期已经完成了我们估算的第四目标价格区间。"
)


def test_a_slight_fall_said_of_a_price_that_rose_is_an_error() -> None:
    errors = check_text(REAL).errors
    assert len(errors) == 1 and errors[0].kind == "contradiction"
    assert "动力煤价格微跌" in errors[0].message and "环比上涨3元/吨" in errors[0].message


@pytest.mark.parametrize(
    "text",
    [
        "铁矿石价格小幅上涨，截至本周五，普氏铁矿石指数报105美元/吨，环比下跌2美元/吨。",
        "水泥价格回落，本周全国水泥均价为450元/吨，较上周上涨5元/吨。",
        "鸡蛋价格小幅下跌。全国鸡蛋平均价格8.08元/公斤，比上周上涨0.1%，同比上涨6.7%。",
    ],
)
def test_variants_of_a_direction_word_against_the_sign_are_errors(text: str) -> None:
    assert [f.kind for f in check_text(text).errors] == ["contradiction"], text


@pytest.mark.parametrize(
    "text",
    [
        REAL.replace("微跌", "微涨"),
        # real consistent prose: holdout7 123d61be6e, 888f192798; holdout5a fb23066a86
        "鸡蛋价格小幅上涨。全国鸡蛋平均价格8.08元/公斤，比上周上涨0.1%，同比上涨6.7%。",
        "动力煤价格继续下跌，本周秦皇岛港5500大卡/千克动力煤价格比上周下跌10元/吨，其他品质动力煤价格均下跌5元/吨。",
        "上海期铅价格小幅上涨。主力合约2204，以15505元/吨收盘，上涨150元，涨幅为0.98%。",
        "上期有色金属指数小幅下跌，指数以4379.78点收盘，下跌6.46点，跌幅为0.15%。",
        # a year-on-year change is another period's
        "猪肉价格小幅下跌，全国猪肉平均价格25.1元/公斤，同比上涨3.2%。",
        # another subject's change after the summary
        "动力煤价格微跌。焦煤期货环比上涨30元/吨。",
    ],
)
def test_consistent_or_unrelated_changes_raise_no_error(text: str) -> None:
    assert not check_text(text).errors, text


def test_a_change_that_does_not_name_the_price_again_is_a_warning_here_and_one_move_for_move_signs() -> None:
    # only the price's own level between the word and the change: move_signs.py reads them as one move (an error);
    # this rule's own finding stays a warning
    report = check_text("螺纹钢价格小幅下跌，本周报3850元/吨，较上周上涨20元/吨。")
    assert [f.severity for f in report.findings if "says the price" in f.message] == ["warning"]
    assert len(report.errors) == 1 and "「下跌」 and 「上涨20元/吨」" in report.errors[0].message


def test_flat_against_a_move_is_only_a_warning() -> None:
    # how small a move may be called 持平 is a judgement, not a sign
    for text in (
        "生猪价格持平，全国生猪均价15.2元/公斤，较上周下跌0.3元/公斤。",
        "动力煤价格微涨，秦港动力煤平仓价为695元/吨，环比持平。",
    ):
        report = check_text(text)
        assert not report.errors and [f.severity for f in report.findings] == ["warning"], text


@pytest.mark.parametrize(
    "text",
    [
        "本周上证指数小幅上升，周五收盘3120.45点，全周下跌0.32%。",
        "创业板指数震荡下降，收于2150.8点，本周上涨2.1%。",
        "沪深300指数小幅回升，当日收报3950.12点，日跌0.4%。",
    ],
)
def test_an_index_word_against_its_move_after_only_its_close_is_an_error(text: str) -> None:
    errors = check_text(text).errors
    assert [f.kind for f in errors] == ["contradiction"], text
    assert "says the index" in errors[0].message


@pytest.mark.parametrize(
    "text",
    [
        "本周上证指数小幅下降，周五收盘3120.45点，全周下跌0.32%。",
        "创业板指数震荡上升，收于2150.8点，本周上涨2.1%。",
        # another subject named between: its move, not the index's
        "上证指数小幅上升，周五收盘3120.45点，深证成指全周下跌0.32%。",
    ],
)
def test_an_index_word_that_agrees_or_names_another_raises_no_error(text: str) -> None:
    assert not check_text(text).errors, text


@given(
    close=st.floats(min_value=100, max_value=9999, allow_nan=False).map(lambda v: round(v, 2)),
    move=st.floats(min_value=0.01, max_value=9.99, allow_nan=False).map(lambda v: round(v, 2)),
    rose=st.booleans(),
    said_rose=st.booleans(),
)
def test_property_index_word_and_move_after_its_close(
    close: float, move: float, rose: bool, said_rose: bool
) -> None:
    word = "小幅上升" if said_rose else "小幅下降"
    verb = "上涨" if rose else "下跌"
    text = f"本周沪深300指数{word}，周五收盘{close}点，全周{verb}{move}%。"
    errors = [f for f in check_text(text).errors if f.kind == "contradiction"]
    assert len(errors) == (0 if rose == said_rose else 1), text
