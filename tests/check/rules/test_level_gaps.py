from sectorbrief.check import check_text

_CLOSE = (
    "截至今日收盘，创业板指数收盘点位为3459.72点，上证指数收盘点位为3411.72点，创业板指数超过上证指数{}点。"
)


def test_a_gap_in_points_is_the_difference_of_the_two_levels_before_it() -> None:
    """3ed7d0de41 (holdout8, real): 3459.72 − 3411.72 = 48 and 2568.28 − 973.23 = 1595.05; m78-19 writes 46,
    m78-07 writes 1559.05."""
    assert check_text(_CLOSE.format("48")).errors == ()
    findings = check_text(_CLOSE.format("46")).errors
    assert len(findings) == 1 and "48.00 apart" in findings[0].message
    first_day = "创业板指数诞生首日收盘点位为973.23点，上证指数当日收盘点位为2568.28点，两者相差{}点。"
    assert check_text(first_day.format("1595.05")).errors == ()
    assert len(check_text(first_day.format("1559.05")).errors) == 1


def test_hedged_gaps_moves_and_percentage_points_are_not_read() -> None:
    """约/不到 gaps, a move in points between the levels, and 个百分点 are other claims."""
    assert (
        check_text("创业板指报3459.72点，上证指数报3411.72点，两个指数收盘点位相差不到3个点。").errors == ()
    )
    assert check_text("沪指报3411.72点，上涨30.5点，与深成指相差20点。").errors == ()
    assert check_text("电子报3459.72点，计算机报3411.72点，电子超过计算机1.2个百分点。").errors == ()
