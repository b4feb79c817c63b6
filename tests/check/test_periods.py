"""Periods from the figure's own clause, stated date ranges and dated headings."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from sectorbrief.check import check_text
from sectorbrief.check.claims import extract
from sectorbrief.check.read import read_plain

WEEK_ONE = "本周申万通信指数上涨2.11%，沪深300下跌2.23%，跑赢沪深300指数4.34个百分点。"
WEEK_TWO = "本周申万通信指数下跌1.02%，沪深300上涨0.50%，跑输沪深300指数1.52个百分点。"


def test_weekly_reviews_under_dated_headings_are_not_compared() -> None:
    text = (
        f"## 行业周报(2016.5.9-2016.5.13)\n\n{WEEK_ONE}\n\n## 行业周报(2016.5.16-2016.5.20)\n\n{WEEK_TWO}\n"
    )
    assert check_text(text).findings == ()


def test_the_same_reviews_without_dates_contradict_each_other() -> None:
    report = check_text(f"{WEEK_ONE}\n\n{WEEK_TWO}\n")
    assert {f.kind for f in report.errors} == {"contradiction"}
    assert any("2.11%" in f.message or "-1.02" in f.message or "1.02" in f.message for f in report.errors)


def test_a_period_word_in_an_unrelated_clause_does_not_tag_the_figure() -> None:
    claims = extract(
        read_plain(
            "近期农业板块整体下跌0.48%，沪深300上涨0.62%；本周猪价持续走低；农业板块跑赢沪深300指数0.89个百分点。"
        )
    )
    assert [e.period for e in claims.excess] == [None]
    assert [
        f.kind
        for f in check_text(
            "近期农业板块整体下跌0.48%，沪深300上涨0.62%；本周猪价持续走低；农业板块跑赢沪深300指数0.89个百分点。"
        ).errors
    ] == ["arithmetic"]


def test_several_periods_in_one_list_are_assigned_in_order() -> None:
    claims = extract(
        read_plain(
            "银行业指数本周、本月、年初至今的涨幅分别为-0.22%、- 4.70%、-1.51%，在31个申万一级行业中排名分别为第7、8、3名。"
        )
    )
    assert [(r.entity.name, r.value.value, r.period) for r in claims.returns] == [
        ("银行", -0.22, "week"),
        ("银行", -4.70, "month"),
        ("银行", -1.51, "ytd"),
    ]
    assert [(r.rank, r.period) for r in claims.ranks] == [(7, "week"), (8, "month"), (3, "ytd")]


@settings(max_examples=200, deadline=None)
@given(st.text(max_size=300))
def test_any_text_gives_a_clean_report(text: str) -> None:
    report = check_text(text)
    assert report.claims >= 0 and all(f.severity in ("error", "warning") for f in report.findings)


@settings(max_examples=150, deadline=None)
@given(
    st.lists(
        st.sampled_from(
            [
                "本周",
                "申万",
                "通信",
                "沪深300",
                "跑赢",
                "跑输",
                "上涨",
                "下跌",
                "分别为",
                "、",
                "，",
                "。",
                "1.5%",
                "-2.0%",
                "3个百分点",
                "排名第",
                "31",
                "(",
                ")",
                "板块",
                "指数",
                "大盘",
                "第二十八",
            ]
        ),
        max_size=40,
    )
)
def test_claim_like_text_never_raises(parts: list[str]) -> None:
    check_text("".join(parts))


@given(st.integers(2015, 2029), st.integers(1, 12), st.integers(1, 21))
def test_a_range_of_full_dates_is_a_read_period_not_a_guess(year: int, month: int, day: int) -> None:
    """c24: 2025年3月3日-2025年3月7日 dates the week; neither date is a time the table cannot read."""
    text = f"{year}年{month}月{day}日-{year}年{month}月{day + 4}日,上证指数涨0.50%,申万银行指数跌1.60%。"
    claims = extract(read_plain(text))
    assert claims.returns and not any(r.sentence.period_guessed(r.end - 1) for r in claims.returns)
