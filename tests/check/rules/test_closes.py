"""One index, one stated day, two different closes."""

from __future__ import annotations

from sectorbrief.check import check_text

# 23d70d4c00 (holdout3, real) gives the day and the close in one sentence; the second sentence is added.
REAL = "【香港中通社6月28日電】(記者 徐嘉儀)港股28日半年結，恒指先跌後回升，恆生指數收市報17718點，升2點。"


def test_two_closes_of_one_day_must_agree() -> None:
    assert not check_text(REAL).errors
    assert not check_text(REAL + "6月28日，恒指收报17718.35点。").errors  # within the rounding of 17718
    errors = check_text(REAL + "6月28日，恒指收报17781点，半年累计下跌。").errors
    assert len(errors) == 1 and "17781" in errors[0].message and "17718" in errors[0].message


def test_other_days_midday_closes_and_undated_closes_are_not_compared() -> None:
    for extra in (
        "6月27日，恒指收报17781点。",
        "6月28日，恒指午间收市报17781点。",
        "港股上半年累计下跌，恒指收报17781点。",
    ):
        assert not check_text(REAL + extra).errors, extra
