"""One market measure's change stated twice with figures that cannot both hold."""

from __future__ import annotations

from sectorbrief.check import check_text


def test_one_change_given_two_amounts() -> None:
    text = "本年度流通市值缩水近6万亿元，股民人均亏损超过4万元。本年度A股市值灰飞烟灭，其中流通市值锐减近3万亿元。"
    found = check_text(text).errors
    assert len(found) == 1 and "近6万亿元" in found[0].message and "近3万亿元" in found[0].snippet
    assert not check_text(text.replace("近3万亿元", "近5.8万亿元")).findings


def test_a_year_to_date_and_a_calendar_year_are_a_warning() -> None:
    """85cf21e1c8 (holdout6, real): 全年 (read as year-to-date) and 从2010年到2011年 may be one period."""
    text = (
        "两市2000多只个股中全年上涨的比例不足一成，流通市值缩水近6万亿元，股民人均亏损超过4万元。"
        "从2010年到2011年，总市值却从30.5万亿元缩水到了24.8万亿元，一年之间，A股近6万亿元市值灰飞烟灭，"
        "其中流通市值锐减近3万亿元。"
    )
    report = check_text(text)
    assert not report.errors and any("流通市值" in f.message for f in report.findings)


def test_other_owners_periods_and_levels_are_not_one_claim() -> None:
    assert not check_text("本周沪市成交额减少1200亿元。深市成交额减少800亿元。").findings
    assert not check_text("本周两市成交额减少1200亿元。本月两市成交额减少800亿元。").findings
    assert not check_text("周一两市成交额为1.2万亿元。周二两市成交额为0.8万亿元。").findings
    assert not check_text("本周两市成交额减少1200亿元，融资余额增加800亿元，两市成交额增加300亿元。").errors
