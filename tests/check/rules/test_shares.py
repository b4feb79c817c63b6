"""A stated share of a total must be the part over the total."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from sectorbrief.check import check_text


def _errors(text: str) -> list[str]:
    return [f.message for f in check_text(text).errors]


def test_the_share_of_a_budget_executed() -> None:
    # 412.5 / 735.4 = 56.09 %
    text = (
        "本年前五个月财政收入累计为412.5亿元，按年增加2.1%。全年财政收入预算约735.40亿元，截至上月已完成预算的"
        "进度达{}%。"
    )
    assert not _errors(text.format("56.1"))
    errors = _errors(text.format("59.1"))
    assert len(errors) == 1
    assert "412.5亿元" in errors[0] and "735.40亿元" in errors[0] and "56.09%" in errors[0]
    assert "consistent would be 56.1%" in errors[0]


def test_a_sales_target_completed() -> None:
    # 412 / 800 = 51.5 %
    text = "公司全年销售目标为800亿元。前三季度累计完成412亿元，完成全年销售目标的{}%。"
    assert not _errors(text.format("51.5"))
    errors = _errors(text.format("55.1"))
    assert len(errors) == 1 and "412亿元" in errors[0] and "800亿元" in errors[0]


def test_a_budget_with_two_cumulative_amounts_is_not_read() -> None:
    text = "上半年收入累计为412.5亿元，支出累计为390亿元。全年收入预算约735.40亿元，已完成预算的进度达70.0%。"
    assert not _errors(text)


def test_a_share_of_a_named_total_and_the_next_of_the_list() -> None:
    # 642.18 / 2,315.60 = 27.73 %; 401.25 / 2,315.60 = 17.33 %
    text = (
        "本周全体上市股票成交金额为2,315.60亿元，成交金额前两名为半导体类642.18亿元，占全体上市股票交易金额{}%；"
        "电子零组件类401.25亿元，占比{}%。"
    )
    assert not _errors(text.format("27.73", "17.33"))
    assert len(_errors(text.format("27.73", "13.73"))) == 1
    errors = _errors(text.format("21.73", "17.33"))
    assert len(errors) == 1 and "27.73%" in errors[0]


def test_a_total_in_zhao_and_yi() -> None:
    # 1兆2500亿 = 12500亿; 5000 / 12500 = 40 %
    text = "本周全体上市股票成交金额为3兆1250亿元，半导体类1兆2500亿元，占全体上市股票交易金额{}%。"
    assert not _errors(text.format("40.00"))
    assert len(_errors(text.format("44.00"))) == 1


def test_a_share_with_its_total_inline() -> None:
    text = "北向资金本周成交额为1,208.4亿元，占两市成交总额8,652.7亿元的{}%。"  # 13.97 %
    assert not _errors(text.format("13.97"))
    assert len(_errors(text.format("19.37"))) == 1


def test_shares_whose_total_is_not_stated_or_hedged_are_not_read() -> None:
    for text in (
        "半导体类成交5466亿元，占交易金额比重41.24%。",
        "回购金额上限10亿元，约占公司目前总股本的0.37%。",
        "全体上市股票成交金额为2,315.60亿元，半导体类642.18亿元，约占全体上市股票交易金额20%。",
        "全年预算约700亿元，累计为412.5亿元，已完成预算的进度达80%。",
    ):
        assert not _errors(text), text


@given(
    total=st.integers(min_value=100_00, max_value=99_999_99),
    fraction=st.floats(min_value=0.01, max_value=0.99),
    places=st.sampled_from((1, 2)),
)
def test_a_correctly_printed_share_never_raises(total: int, fraction: float, places: int) -> None:
    whole = total / 100
    part = round(whole * fraction, 2)
    share = part / whole * 100
    text = (
        f"本周全体上市股票成交金额为{whole:.2f}亿元，半导体类{part:.2f}亿元，占全体上市股票交易金额"
        f"{share:.{places}f}%。全年预算约{whole:.2f}亿元，累计为{part:.2f}亿元，已完成预算的比率达{share:.{places}f}%。"
    )
    assert not _errors(text), text


_FRAGMENTS = (
    "本周全体上市股票成交金额为",
    "全体上市股票交易金额",
    "占",
    "占比",
    "的",
    "累计为",
    "全年预算约",
    "已执行预算的比率达",
    "半导体类",
    "亿元",
    "万亿元",
    "兆",
    "0",
    "1",
    "7",
    "0.0",
    "123.45",
    "1,759.87",
    "%",
    "，",
    "。",
    "；",
    "约",
    "\n",
)


@given(st.lists(st.sampled_from(_FRAGMENTS), max_size=30))
def test_any_arrangement_of_share_words_gives_a_clean_finding_list(parts: list[str]) -> None:
    report = check_text("".join(parts))
    assert all(f.message and f.snippet is not None for f in report.findings)
