"""One index, one close, one move."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from sectorbrief.check import check_text

TEXT = "2026年3月5日，创业板指收涨{}%至2011.35点。\n\n创业板指今日冲高回落，收涨1.26%，报2011.35点；深成指收涨0.80%。"


def test_the_same_close_with_the_same_move_is_clean_and_another_move_an_error() -> None:
    assert check_text(TEXT.format("1.26")).errors == ()
    errors = check_text(TEXT.format("1.62")).errors
    assert len(errors) == 1 and "+1.26%" in errors[0].message and "2011.35" in errors[0].message


def test_another_close_is_another_day() -> None:
    assert check_text(TEXT.format("1.62").replace("2011.35点。", "2021.35点。")).errors == ()


@given(st.integers(-500, 500), st.integers(-500, 500))
def test_two_moves_to_one_close_conflict_exactly_when_they_differ(a: int, b: int) -> None:
    def move(x: int) -> str:
        return f"{'收涨' if x >= 0 else '收跌'}{abs(x) / 100:.2f}%"

    text = f"3月5日，创业板指{move(a)}至2011.35点。\n\n创业板指今日{move(b)}，报2011.35点。"
    assert bool(check_text(text).errors) == (a != b)
