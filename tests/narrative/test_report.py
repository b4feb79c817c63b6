import datetime as dt

from hypothesis import given
from hypothesis import strategies as st

from sectorbrief.narrative.report import parse_view, report_date


def test_report_date_is_the_monday_after_the_week() -> None:
    assert report_date(dt.date(2026, 7, 3)) == dt.date(2026, 7, 6)
    assert report_date(dt.date(2026, 7, 1)) == dt.date(2026, 7, 6)


@given(st.dates(min_value=dt.date(2000, 1, 1), max_value=dt.date(2099, 1, 1)))
def test_report_date_is_a_monday_within_a_week_after(day: dt.date) -> None:
    published = report_date(day)
    assert published.weekday() == 0
    assert 1 <= (published - day).days <= 7


def test_view_title_paragraphs_and_risks() -> None:
    view = parse_view(
        "# 算力需求仍处高景气\n\n第一段，\n续行。\n\n**加粗**第二段。\n\n## 风险提示\n\n需求不及预期；竞争加剧\n"
    )
    assert view.title == "算力需求仍处高景气"
    assert view.paragraphs == ["第一段，续行。", "**加粗**第二段。"]
    assert view.risks == ["需求不及预期", "竞争加剧"]
    assert not view.draft


def test_view_without_headings_is_all_paragraphs() -> None:
    view = parse_view("只有一段。")
    assert (view.title, view.paragraphs, view.risks) == (None, ["只有一段。"], [])
