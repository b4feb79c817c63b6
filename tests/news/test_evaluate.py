from __future__ import annotations

import pytest

from sectorbrief.news.evaluate import evaluate


def test_accuracy_and_macro_f1() -> None:
    result = evaluate(["a", "a", "b", "c"], ["a", "b", "b", "c"], ["a", "b", "c"])
    assert result.accuracy == 0.75
    assert result.per_label["a"].recall == 0.5 and result.per_label["b"].precision == 0.5
    assert result.macro_f1 == pytest.approx((2 / 3 + 2 / 3 + 1) / 3)
    assert result.errors == [(1, "a", "b")]


def test_empty_input_is_refused() -> None:
    with pytest.raises(ValueError):
        evaluate([], [], ["a"])
