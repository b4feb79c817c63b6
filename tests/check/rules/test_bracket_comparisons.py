"""强于/弱于 … against the bracketed figures of what the subject is compared with."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from sectorbrief.check import check_text

TEMPLATE = "本月有色金属板块的涨幅为{own}，{word}钢铁(2.10% )和建材(1.45%)。"


def test_a_comparison_word_that_agrees_with_the_bracketed_figures_is_clean() -> None:
    assert check_text(TEMPLATE.format(own="3.60%", word="略强于")).errors == ()
    assert check_text(TEMPLATE.format(own="0.80%", word="明显弱于")).errors == ()
    # a fall word signs the subject's figure; a verb inside the brackets signs the other's
    assert check_text("本周煤炭板块下跌1.20%，表现优于化工(下跌2.40%)和钢铁(下跌3.10%)。").errors == ()


def test_a_comparison_word_against_the_figures_is_an_error_quoting_both() -> None:
    errors = check_text(TEMPLATE.format(own="3.60%", word="稍弱于")).errors
    assert len(errors) == 1 and "钢铁 2.10%" in errors[0].message and "3.60%" in errors[0].message
    errors = check_text("本周煤炭板块下跌1.20%，表现逊于化工(下跌2.40%)和钢铁(下跌3.10%)。").errors
    assert len(errors) == 1 and "强于" in errors[0].message


def test_unclear_or_unclaimed_comparisons_are_not_judged() -> None:
    # two figures before the word: whose is compared is unclear
    assert check_text("有色金属本周、年初至今分别上涨3.60%、9.10%，弱于钢铁(2.10%)。").errors == ()
    # a tie within the rounding, a negated word, no bracketed figure
    assert check_text("本月有色金属板块的涨幅为2.11%，弱于钢铁(2.10%)。").errors == ()
    assert check_text("有色金属的涨幅为3.60%，未强于钢铁(5.10%)。").errors == ()
    assert check_text("有色金属的涨幅为3.60%，弱于钢铁板块。").errors == ()


@given(st.integers(-999, 999), st.integers(-999, 999), st.booleans())
def test_an_error_exactly_when_the_word_disagrees_with_the_difference(
    own: int, other: int, better: bool
) -> None:
    word = "强于" if better else "弱于"
    text = f"本周电子板块的涨跌幅为{own / 100:.2f}%，{word}通信({other / 100:.2f}%)。"
    wrong = (own - other > 1) if not better else (other - own > 1)
    assert bool(check_text(text).errors) == wrong


# 51ff70914a
SURPASSED = (
    "据统计,自7月14日至7月28日的两周内,化工ETF(516020)所追踪的细分化工指数实现了7.73%的累计涨幅,"
    "这一表现明显超越了同期的上证指数(2.5%)和沪深300指数(3.01%)等A股主要指数。"
)


def test_surpassing_a_bracketed_peer_is_a_claim_to_have_done_better() -> None:
    assert check_text(SURPASSED).errors == ()
    errors = check_text(SURPASSED.replace("7.73%", "2.73%")).errors
    assert len(errors) == 1 and "沪深300指数 3.01%" in errors[0].message and "超越" in errors[0].message
    errors = check_text("有色金属年度涨幅高达72.67%,超越通信板块(72.97%),位居全市场第一。").errors
    assert len(errors) == 1 and "通信板块 72.97%" in errors[0].message and "-0.30 pp" in errors[0].message
