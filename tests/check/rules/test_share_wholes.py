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


# real, pool B: holdout8 248a974ee7, 3a2e3ae99f and 11dc389574 (breakdowns of an index's holdings)
BY_EXCHANGE = "从中证环境治理指数持仓的市场板块来看,深圳证券交易所占比63.27%、上海证券交易所占比36.73%。"
THREE_ROUNDED = "深圳证券交易所占比51.57%、上海证券交易所占比48.05%、北京证券交易所占比0.39%。"
BY_INDUSTRY = "房地产开发占比80.86%、园区占比15.81%、房地产服务占比3.32%。"


def test_slices_of_one_breakdown_add_to_at_most_the_whole() -> None:
    for text in (BY_EXCHANGE, THREE_ROUNDED, BY_INDUSTRY):
        assert not _errors(text), text
    (message,) = _errors(BY_EXCHANGE.replace("63.27%", "68.27%"))
    assert "「深圳证券交易所 68.27%、上海证券交易所 36.73%」" in message and "add to 105.00%" in message
    assert "at most 100%" in message
    (message,) = _errors(BY_INDUSTRY.replace("15.81%", "18.81%"))
    assert "园区 18.81%" in message and "102.99%" in message
    # cumulative parts are no slices: 前十大 and 前二十大 overlap
    assert not _errors("前十大权重股占比60.5%、前二十大权重股占比80.2%。")


@given(st.lists(st.integers(1, 9999), min_size=2, max_size=5))
@settings(max_examples=60, deadline=None)
def test_a_breakdown_is_flagged_exactly_when_it_adds_past_the_whole(cents: list[int]) -> None:
    names = ["工业", "原材料", "通信服务", "信息技术", "能源"]
    text = "、".join(f"{n}占比{c / 100:.2f}%" for n, c in zip(names, cents, strict=False)) + "。"
    past = sum(cents) - 0.5 * len(cents) > 10000
    assert bool([m for m in _errors(text) if "add to" in m]) is past
