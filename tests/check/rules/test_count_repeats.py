"""The market's count of rising or falling stocks given twice for one day: a warning, never an error."""

from __future__ import annotations

from sectorbrief.check import check_text

REAL = (  # 89649084dd (holdout6, real), shortened
    "10月28日，A股市场呈现震荡走势。沪指全天在窄幅区间内波动，盘中一度突破4000点大关。整体来看，个股表现普遍不佳，"
    "沪深京三市近4000只股票下跌，全天成交额达到2.16万亿元人民币。\n"
    "据统计，在两市交易的股票中，共有2284只实现上涨，其中70只股票成功涨停；与此同时，2714只股票出现下跌，其中有10只股票跌停。"
)


def test_two_counts_of_the_days_decliners_too_far_apart_are_a_warning() -> None:
    report = check_text(REAL)
    assert not report.errors
    warned = [f for f in report.findings if "2714只股票出现下跌" in f.snippet]
    assert len(warned) == 1 and "近4000只股票下跌" in warned[0].message


def test_counts_that_may_be_one_or_that_are_not_comparable_pass() -> None:
    # within a tenth (近) plus the 北交所's few hundred stocks
    assert not check_text(REAL.replace("近4000只", "近3000只")).findings
    # a midday count: the text speaks of another time of day
    assert not check_text(REAL.replace("10月28日，", "10月28日午盘，")).findings
    # two days
    two_days = "周一两市2714只个股下跌。周二两市3900只个股下跌。"
    assert not check_text(two_days).findings
    assert len(check_text("两市2714只个股下跌。两市3900只个股下跌。").findings) == 1


def test_today_is_the_texts_own_day_and_yesterday_another() -> None:
    text = "10月28日，两市2714只个股下跌。今日军工板块走强。两市3900只个股下跌。"
    assert len(check_text(text).findings) == 1
    assert not check_text(text.replace("今日军工板块走强", "昨日军工板块走强")).findings
