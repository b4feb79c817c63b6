"""A table's year row restated in prose, keyed by a second cell, with one figure's digits reordered."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from sectorbrief.check.claims import extract
from sectorbrief.check.read import read_plain
from sectorbrief.check.rules.year_rows import check_year_rows

# 7e6274aabc (holdout_m24 source, seen): prose over a table flattened to one cell per line (a bare bar starts a row)
PROSE = (
    "在上半年下跌的12年中,有7年在下半年止跌回升,其中有两年(2014年和2020年)出现报复性上涨,涨幅远超上半年的跌幅,"
    "如2014年,上半年跌幅为3.2%,而下半年涨幅达{}%。\n"
)
LINES = (
    "|\n年份 |\n上证指数上半年涨跌幅% |\n上证指数下半年涨跌幅% |\n|\n2015 |\n32.23 |\n-17.26 |\n"
    "|\n2014 |\n-3.20 |\n57.92 |\n|\n2013 |\n-12.78 |\n6.91 |\n"
)
# the same rows as pipe rows on one line each
PIPES = (
    "| 年份 | 上证指数上半年涨跌幅% | 上证指数下半年涨跌幅% |\n| 2015 | 32.23 | -17.26 |\n| 2014 | -3.20 | 57.92 |\n"
    "| 2013 | -12.78 | 6.91 |\n"
)


def _rows(text: str) -> list[str]:
    return [f.message for f in check_year_rows(extract(read_plain(text)))]


def test_a_restated_row_with_a_figure_s_digits_reordered_is_an_error() -> None:
    for table in (LINES, PIPES):
        [message] = _rows(PROSE.format("52.97") + table)
        assert "52.97 here for 2014年 but the table's 2014 row (-3.20 | 57.92) gives 57.92" in message
        assert "it also gives 3.2 (the row's -3.20)" in message and "should read 57.92" in message


def test_the_text_as_printed_passes() -> None:
    for table in (LINES, PIPES):
        assert not _rows(PROSE.format("57.92") + table)


def test_without_a_second_key_or_with_another_year_it_passes() -> None:
    texts = [
        # no cell of the row stated beside it: the figure may be another measure
        PROSE.replace("上半年跌幅为3.2%", "上半年跌幅较大").format("52.97") + LINES,
        # the figure follows another year's mention
        PROSE.replace("而下半年涨幅达", "而2015年下半年涨幅达").format("52.97") + LINES,
        # a date is not a year row's key
        "2014年5月,上半年跌幅为3.2%,成交52.97亿元。\n" + LINES,
    ]
    for text in texts:
        assert not _rows(text), text


@settings(max_examples=60, deadline=None)
@given(st.text(alphabet=st.sampled_from("0123456789.%|年上下半跌涨幅为,。\n -"), max_size=150))
def test_any_text_gives_a_clean_finding_list(text: str) -> None:
    for message in _rows(text):
        assert "here for" in message
