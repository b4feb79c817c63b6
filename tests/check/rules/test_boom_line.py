"""A PMI said to stand above or below the 荣枯线 (50) while its stated value is on the other side."""

from __future__ import annotations

from sectorbrief.check import check_text

# 7158c8a032 (holdout8, real; a machine-written page)
REAL = "- 工业生产:PMI指数连续3个月位于荣枯线上方,但装备制造业PMI(52.3)显著高于整体({})"


def test_the_overall_value_below_the_line_is_an_error() -> None:
    errors = check_text(REAL.format("49.7")).errors
    assert len(errors) == 1 and "49.7" in errors[0].message and "荣枯线上方" in errors[0].message


def test_a_value_on_the_claimed_side_passes_and_another_index_is_not_its_value() -> None:
    assert not check_text(REAL.format("50.7")).errors
    assert not check_text("制造业PMI位于荣枯线上方,非制造业PMI为49.2。").errors


def test_a_value_in_the_same_clause_or_after_a_move() -> None:
    assert check_text("3月制造业PMI为49.7%,重回荣枯线上方。").errors
    assert not check_text("3月制造业PMI为50.2%,重回荣枯线上方。").errors
    assert not check_text("制造业PMI从49.2回升至50.2,重回荣枯线以上。").errors
    assert check_text("制造业PMI从50.8回落至50.2,跌破荣枯线。").errors
    assert not check_text("制造业PMI为49.5%,跌破荣枯线。").errors
    assert not check_text("制造业PMI为50%,位于荣枯线上方。").errors  # 50 is on the line: not read
    assert not check_text("PMI连续12个月位于荣枯线以上。").errors
