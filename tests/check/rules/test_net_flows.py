"""A net flow stated after its two gross flows must be their difference."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from sectorbrief.check import check_text

# real, holdout_m24 source (seen): m24-06's original; 174505 − 57377 = 117128万元
BUY_SELL = (
    "根据本周龙虎榜数据显示,本周机构累计买入金额为57377万元,而累计卖出金额为174505万元。"
    "较上周而言,买入金额出现减少,而卖出金额进一步增大。"
    "此外,机构席位净卖出态势进一步扩大,本周净卖出额为117128万元,较上周增加29643万元。"
)
# real, holdout_m24 source (seen): m24-01's original; 219.23 − 262.56 = −43.33亿元
IN_OUT = "沪深300成交496.25亿元,其中,流入性成交219.23亿元,流出性成交262.56亿元,资金净流入-43.33亿元,占总成交比例的8.73%。"
# real, pool B: 73121a8226 (two gross figures, no net: nothing to read)
NO_NET = "盘后数据显示,两机构合计卖出三七互娱8399万元,四机构合计买入2.39亿元,当日成交额高达21.47亿元,是该股前5个交易日平均交易额6.8亿元的3.2倍。"
# real, pool B: g1 68916b7c13's source (nets only, of parts of the day: no gross pair)
NETS_ONLY = "当日A股市场全天主力资金净流入65.08亿元,其中开盘净流出41.97亿元,尾盘转为净流入6.26亿元"


def _errors(text: str) -> list[str]:
    return [f.message for f in check_text(text).errors]


def test_real_flows_are_clean() -> None:
    for text in (BUY_SELL, IN_OUT, NO_NET, NETS_ONLY):
        assert not _errors(text), text


def test_a_net_sale_against_the_purchases_and_sales_before_it() -> None:
    (message,) = _errors(BUY_SELL.replace("净卖出额为117128万元", "净卖出额为117218万元"))
    assert "「净卖出额为117218万元」" in message and "买入金额为57377万元" in message
    assert "卖出金额为174505万元" in message and "consistent would be 净卖出117128万元" in message


def test_a_signed_net_inflow_against_its_inflow_and_outflow() -> None:
    (message,) = _errors(IN_OUT.replace("-43.33亿元", "-34.33亿元"))
    assert "「净流入-34.33亿元」" in message and "流入性成交219.23亿元" in message
    assert "in − out = -43.33亿元" in message and "consistent would be 净流入-43.33亿元" in message


def test_a_net_whose_direction_is_wrong_is_caught() -> None:
    (message,) = _errors(BUY_SELL.replace("净卖出额为117128万元", "净买入额为117128万元"))
    assert "out − in" not in message and "consistent would be 净卖出117128万元" in message


def test_bounds_and_far_or_unpaired_figures_are_not_read() -> None:
    assert not _errors(BUY_SELL.replace("净卖出额为117128万元", "净卖出额为近12亿元"))
    assert not _errors(BUY_SELL.replace("卖出金额为174505万元", "卖出金额为逾17亿元"))
    far = BUY_SELL.replace("较上周而言,", "较上周而言。" * 3)
    assert not _errors(far.replace("净卖出额为117128万元", "净卖出额为117218万元"))
    # two purchases and no sale before the net: no pair
    assert not _errors(
        BUY_SELL.replace("卖出金额为174505万元", "买入金额为174505万元").replace("117128", "117218")
    )


@given(
    st.integers(min_value=1, max_value=10**7),
    st.integers(min_value=1, max_value=10**7),
    st.sampled_from(["万元", "亿元"]),
)
@settings(max_examples=80, deadline=None)
def test_the_difference_is_always_clean_and_a_wrong_one_never(bought: int, sold: int, unit: str) -> None:
    """Figures in hundredths of the unit; the stated net is the difference, then the difference plus 0.1."""
    net = abs(bought - sold)
    word = "净买入" if bought >= sold else "净卖出"
    text = (
        f"机构累计买入金额为{bought / 100:.2f}{unit},而累计卖出金额为{sold / 100:.2f}{unit}。"
        f"本周{word}额为{net / 100:.2f}{unit}。"
    )
    assert not _errors(text), text
    wrong = text.replace(f"{word}额为{net / 100:.2f}", f"{word}额为{(net + 10) / 100:.2f}")
    assert any("consistent would be" in m for m in _errors(wrong)), wrong


@given(st.text(alphabet="净买入卖出流性成交金额为亿万元-，。0123456789.,约近", max_size=80))
@settings(max_examples=200, deadline=None)
def test_the_reader_takes_any_text(text: str) -> None:
    for finding in check_text(text).findings:
        if "consistent would be 净" in finding.message:
            assert "「" in finding.message and "」 and 「" in finding.message


# a221d83348 (pool B, real): two parts of the northbound flow, each with its own net word
PARTS = "沪股通和深股通分别净卖出6.74亿元和净买入10.84亿元。"


def test_parts_with_a_total_that_adds_up_pass() -> None:
    assert not _errors(PARTS)
    # variant: the total the two parts give, after 合计 and before 其中
    assert not _errors(PARTS.replace("。", "，北向资金合计净买入4.10亿元。"))
    assert not _errors("北向资金净买入4.10亿元，其中沪股通净卖出6.74亿元，深股通净买入10.84亿元。")


def test_a_total_with_its_word_flipped_is_an_error_quoting_it() -> None:
    errors = _errors(PARTS.replace("。", "，北向资金合计净卖出4.10亿元。"))
    assert len(errors) == 1
    assert errors[0].startswith("「净卖出4.10亿元」 goes the wrong way")
    assert (
        "「净卖出6.74亿元」 and 「净买入10.84亿元」" in errors[0]
        and "consistent would be 净买入4.10亿元" in errors[0]
    )


def test_a_part_with_its_word_flipped_is_an_error_quoting_the_part() -> None:
    errors = _errors("北向资金净买入4.10亿元，其中沪股通净买入6.74亿元，深股通净买入10.84亿元。")
    assert len(errors) == 1
    assert (
        errors[0].startswith("「净买入6.74亿元」 goes the wrong way")
        and "consistent would be 净卖出6.74亿元" in errors[0]
    )


def test_parts_that_do_not_add_up_either_way_are_left_alone() -> None:
    # 其中 may list only some parts
    assert not _errors("主力资金合计净流出52.3亿元，其中电子净流出20.1亿元，计算机净流入7.4亿元。")


@given(st.integers(1, 99999), st.integers(1, 99999), st.booleans(), st.booleans())
@settings(max_examples=80, deadline=None)
def test_a_total_is_flagged_exactly_when_its_word_is_flipped(a: int, b: int, a_in: bool, flip: bool) -> None:
    sa, total = (a if a_in else -a), (a if a_in else -a) + b
    if total == 0 or abs(total) == abs(sa - b) or abs(total) == abs(-sa + b):
        return  # a part's flip would add up too: which word is wrong is unclear
    word = {True: "净流入", False: "净流出"}
    told = (total > 0) != flip
    text = (
        f"北向资金合计{word[told]}{abs(total) / 100:.2f}亿元，其中沪股通{word[a_in]}{a / 100:.2f}亿元，"
        f"深股通净流入{b / 100:.2f}亿元。"
    )
    assert len(_errors(text)) == (1 if flip else 0), text
