"""One figure printed twice, once with its decimal point lost (a headline over its body)."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from sectorbrief.check import check_text

# e57c1a34f9 (holdout8, real; a spam repost whose headline lost its decimal points)
HEADLINE = "1000消费(399385)收盘下跌{}%今年来累计下跌{}%\n"
BODY = (
    "2月5日,A股收盘三大指数涨跌不一,1000消费(399385)收盘下跌1.8%,报9276.0点,成交额253.57亿元。\n"
    "从阶段收益率计算,1000消费近1个月下跌7.67%、近3个月下跌7.72%,今年来累计下跌6.31%。"
)
# 52c37ef9df (holdout8, real)
LEVEL = (
    "上证房地产行业分层等权重指数报{}点前十大权重包含海南机场等\n"
    "金融界8月29日消息,A股三大指数收盘涨跌不一,上证房地产行业分层等权重指数 (房地产等权,950218)报370.79点。"
)


def test_a_headline_that_lost_its_decimal_points_is_an_error_for_each_figure() -> None:
    errors = [e for e in check_text(HEADLINE.format("18", "631") + BODY).errors if "decimal" in e.message]
    assert len(errors) == 2
    assert "18%" in errors[0].message and "1.8%" in errors[0].message and "1000消费" in errors[0].message
    assert "631%" in errors[1].message and "6.31%" in errors[1].message


def test_a_level_that_lost_its_decimal_point_is_an_error() -> None:
    errors = check_text(LEVEL.format("37079")).errors
    assert len(errors) == 1 and "37079点" in errors[0].message and "370.79点" in errors[0].message


def test_the_headline_as_printed_in_the_body_passes() -> None:
    assert not check_text(HEADLINE.format("1.8", "6.31") + BODY).errors
    assert not check_text(LEVEL.format("370.79")).errors


def test_other_subjects_verbs_or_periods_are_not_compared() -> None:
    # another index with the same digits
    assert not check_text("沪深300指数本周上涨15%。中证500指数本周上涨1.5%。").errors
    # another verb (a level, not a move)
    assert not check_text("上证指数报3200点。上证指数下跌32.00点。").errors
    # another period of the same index
    assert not check_text("创业板指本周上涨12%。创业板指本月上涨1.2%。").errors


@settings(max_examples=40, deadline=None)
@given(
    name=st.sampled_from(["1000消费", "中证白酒指数", "上证指数", "国证芯片", "恒生科技指数"]),
    whole=st.integers(1, 99),
    fraction=st.integers(1, 9),
)
def test_a_figure_and_its_digits_without_the_point_are_always_caught(
    name: str, whole: int, fraction: int
) -> None:
    kept = f"{whole}.{fraction}"
    body = f"\n3月2日，{name}收盘上涨{kept}%，成交额25.57亿元。"
    assert not [e for e in check_text(f"{name}收盘上涨{kept}%" + body).errors if "decimal" in e.message]
    lost = [
        e for e in check_text(f"{name}收盘上涨{whole}{fraction}%" + body).errors if "decimal" in e.message
    ]
    assert len(lost) == 1 and f"{kept}%" in lost[0].message
