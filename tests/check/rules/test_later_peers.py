"""A top place said with its figure, held against the moves the next sentence of its paragraph gives."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from sectorbrief.check import check_text

# real, consistent (holdout_m24 originals m24-29-058e66ea86, m24-39-8e33bf03e1, m24-09-4a41718723; fd77b31e28: an
# industry's top place, then its stocks, which may rise more)
SP500 = (
    "本周,房地產板塊表現最好,上漲5.27%,年初至今累計上漲7.36%。材料板塊本周上漲4.00%,年初至今上漲9.16%。"
    "金融、可選消費品板塊本周均漲逾3%,能源、信息技術板塊本周均漲逾2%。"
)
HK = (
    "永泰生物-B(06978.HK)漲幅最大,高達14.94%。此外,和珀醫藥-B(02142.HK)上漲5.32%,藥捷安康(02617.HK)上漲5.02%,"
    "基石藥業-B(02616.HK)上漲3.92%。"
)
METALS = (
    "在6大有色指数中,中证有色矿业指数(931892.CSI)年内涨幅最高,达到103.55%。其他主要有色指数年内涨幅在90%至97%之间,"
    "如有色金属(000819.SH)涨96.79%,细分有色(000811.CSI)涨94.14%,工业有色(H11059.CSI)涨93.26%。"
)
STOCKS_AFTER = (
    "其中，公用事业指数涨幅最大，为1.71%。成份股中，巴安水务洪城水业深圳燃气涨停，江南水务万邦达分别大涨7.43%和7.12%，"
    "东江环保申能股份桑德环境国祯环保首创股份的涨幅都在6%以上。"
)


def test_consistent_real_tops_and_next_sentences_check_clean() -> None:
    for text in (SP500, HK, METALS, STOCKS_AFTER):
        assert not check_text(text).errors, text


def test_a_board_beating_the_best_in_the_next_sentence_is_an_error() -> None:
    errors = check_text(SP500.replace("上漲5.27%", "上漲3.27%")).errors
    assert len(errors) == 1
    assert "材料板块本周上涨4.00%" in errors[0].message and "3.27%" in errors[0].message
    assert "should be at most 3.27%" in errors[0].message


def test_a_stock_and_an_index_beyond_the_top_are_errors() -> None:
    errors = check_text(HK.replace("上漲5.32%", "上漲15.32%")).errors
    assert len(errors) == 1 and "(02142.HK)上涨15.32%" in errors[0].snippet
    errors = check_text(METALS.replace("103.55%", "95.55%")).errors
    assert len(errors) == 1 and "涨96.79%" in errors[0].snippet


def test_other_periods_other_kinds_and_ranges_are_not_peers() -> None:
    # the year-to-date 9.16% is not the week's; a stock is no peer of an index; a range is no move
    assert not check_text(SP500.replace("年初至今上漲9.16%", "年初至今上漲19.16%")).errors
    assert not check_text(STOCKS_AFTER.replace("7.43%", "17.43%")).errors
    assert not check_text(METALS.replace("90%至97%", "90%至117%")).errors


def test_a_top_fall_against_a_larger_fall_next() -> None:
    text = "本周煤炭板块跌幅最大，下跌4.20%。钢铁板块本周下跌5.10%，有色金属板块本周下跌3.30%。"
    errors = check_text(text).errors
    assert len(errors) == 1 and "钢铁板块本周下跌5.10%" in errors[0].message
    assert "that fall should be at most 4.20%" in errors[0].message
    assert not check_text(text.replace("5.10%", "4.10%")).errors


@given(top=st.integers(100, 900), other=st.integers(100, 900))
def test_the_next_board_is_an_error_exactly_when_it_rose_more(top: int, other: int) -> None:
    text = f"本周，房地产板块表现最好，上涨{top / 100:.2f}%。材料板块本周上涨{other / 100:.2f}%。"
    assert bool(check_text(text).errors) == (other > top)


def test_a_next_sentence_with_a_scope_of_its_own_is_not_of_peers() -> None:
    assert not check_text("申万一级行业中，电子涨幅最大，为5.00%。二级行业中，半导体板块上涨8.00%。").errors
    assert not check_text("本周计算机行业涨幅最大，为5.00%。个股方面，甲股份上涨8.00%。").errors
