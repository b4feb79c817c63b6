"""A bound on an index's return against the exact returns stated for it."""

from __future__ import annotations

from sectorbrief.check import check_text

# 1adb7e9285 (holdout5b, real): the heading's bound against its own body
REAL = (
    "H3军工板块整体涨幅偏上水平\n2. 军工板块年内涨幅超过{}%\n今年以来，军工板块整体涨幅较高。根据数据显示，"
    "截至2023年6月28日，申万国防军工指数的涨幅为4.2%，居于31个一级行业的第11名，属于偏上水平。而同期中证军工"
    "指数的涨幅为1.49%，沪深300的涨幅为-0.8%。"
)


def test_a_heading_bound_that_its_body_breaks_is_an_error() -> None:
    errors = check_text(REAL.format("50")).errors
    assert len(errors) == 1 and "年内涨幅超过50%" in errors[0].message and "4.2" in errors[0].message
    assert not check_text(REAL.format("4")).errors


def test_bounds_on_stocks_and_companies_are_not_read() -> None:
    """Real: 49c6178d34 (stocks), 35de8351b7 (the company 中信证券), 9568d01892 (counts of stocks)."""
    for text in (
        "本周申万环保指数上涨1.2%，东湖高新科林环保涨幅超过3%。",
        "本周申万证券指数上涨1.2%，龙头股如中信证券涨幅超1500%。",
        "本周申万银行指数上涨1.2%，7只股票周涨幅超过3%。",
        "本周申万银行指数上涨1.2%，银行板块涨幅超过3%的个股有5只。",
    ):
        assert not check_text(text).errors, text


def test_a_bound_of_another_period_is_not_compared() -> None:
    text = "银行指数年内累计涨幅超过7%。本周申万银行指数上涨1.2%。"
    assert not check_text(text).errors
    assert check_text("银行指数本周涨幅超过7%。本周申万银行指数上涨1.2%。").errors
