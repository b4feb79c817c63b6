"""Parts stated as shares of one whole must imply one whole, or fit the whole stated before 其中."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from sectorbrief.check import check_text

# real, pool B: holdout5c 6b005af107
SHARES = (
    "各產業上市股票成交金額前三名依序為,半導體類614.49億元,占全體上市股票交易金額20.95%居冠、光電類為452.53億元,"
    "占全體上市股票交易金額15.43%居次、金融保險類為288.95億元,占全體上市股票交易金額9.85%,居第三位。"
)
# real, pool B: holdout10 78a4574a1d
WHOLE_FIRST = "报告期末,基金总资产84.45亿元,其中权益投资(全部为股票)78.79亿元,占比93.30%;"


def _errors(text: str) -> list[str]:
    return [f.message for f in check_text(text).errors]


def test_real_shares_are_clean() -> None:
    assert not _errors(SHARES)
    assert not _errors(WHOLE_FIRST)


def test_a_share_that_implies_another_whole() -> None:
    (message,) = _errors(SHARES.replace("15.43%", "15.46%"))
    assert "「452.53亿元，占15.46%」" in message and "614.49亿元" in message and "15.43%" in message
    (message,) = _errors(SHARES.replace("288.95億元", "298.95億元"))
    assert "「298.95亿元，占9.85%」" in message and "consistent with the others would be 10.19%" in message


def test_a_share_of_the_whole_before_its_part() -> None:
    (message,) = _errors(WHOLE_FIRST.replace("93.30%", "95.30%"))
    assert (
        "「78.79亿元」" in message and "「84.45亿元」" in message and "consistent would be 93.30%" in message
    )


def test_shares_of_counts_need_their_whole_named() -> None:
    # 认购证 and 认沽证 may be two populations (test_counts); 占全部股票 names one
    assert not _errors("其中上升股有627只，占15.14%；下跌股则有1,210只，占29.91%。")
    text = "其中上升股有627只，占全部股票15.14%；下跌股则有1,210只，占全部股票29.21%。"
    assert not _errors(text)
    (message,) = _errors(text.replace("29.21%", "29.91%"))
    assert "「1,210只，占29.91%」" in message and "627只" in message


@settings(max_examples=80, deadline=None)
@given(whole=st.integers(1000, 90000), a=st.integers(1, 400), b=st.integers(1, 400))
def test_shares_of_one_whole_are_clean(whole: int, a: int, b: int) -> None:
    x, y = whole * a / 1000, whole * b / 1000
    text = f"甲类{x:.2f}亿元，占全部{a / 10:.2f}%；乙类{y:.2f}亿元，占全部{b / 10:.2f}%。"
    assert not _errors(text), text
