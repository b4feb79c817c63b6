"""A year called an index's worst or best against the other years stated for that index."""

from __future__ import annotations

from sectorbrief.check import check_text

# ad43951be0 (holdout5c, real)
REAL = (
    "根据下图所示收益率表，从2005年到2015年，沪深300指数累计涨幅达到102.82%，年化收益率为6.89%，表现不俗。"
    "其中，2008年金融危机时期，沪深300指数下跌达到65.39%，成为十年表现最糟糕的一年。"
    "而2015年，由于股灾影响，沪深300指数下跌达到10.57%，成为十年表现{}的一年。"
)


def test_a_worst_year_above_another_year_is_an_error() -> None:
    errors = check_text(REAL.format("最差")).errors
    assert len(errors) == 1 and "2015" in errors[0].message and "2008" in errors[0].message


def test_the_span_total_is_not_a_year_and_a_consistent_text_passes() -> None:
    assert not check_text(REAL.format("较差")).errors
    ok = (
        "2020年受疫情影响出现V型反转，创业板指逆势上涨65%，成为近五年表现最好的一年。"
        "2023年数字经济、高端制造等政策支持领域估值修复显著，创业板指年内涨幅达24%。"
    )
    assert not check_text(ok).errors


def test_a_year_outside_the_window_is_not_compared() -> None:
    text = (
        "2008年，沪深300指数下跌65.39%。2018年，沪深300指数下跌25.31%，成为近五年表现最差的一年。"
        "2016年，沪深300指数下跌11.28%。"
    )
    assert not check_text(text).errors
    assert check_text(text.replace("11.28%", "31.28%")).errors
