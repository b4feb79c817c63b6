"""Reading a printed number and whether two printings can be of one value (shared by the restatement rules)."""

from __future__ import annotations

from dataclasses import dataclass

from hypothesis import given
from hypothesis import strategies as st

from sectorbrief.check.rules.printings import agree, decimals, distinct, places, printing, yuan_scale


@dataclass(frozen=True)
class _P:
    value: float
    step: float
    vague: bool = False


def test_printing_reads_value_and_last_digit() -> None:
    assert printing("1,191.54") == (1191.54, 10.0**-2)
    assert printing("27,930") == (27930.0, 1.0)
    assert decimals("2.26") == 2 and decimals("6685") == 0
    assert places(0.01) == 2 and places(1.0) == 0


def test_yuan_scale() -> None:
    assert yuan_scale("万元") == 1e4 and yuan_scale("亿元") == 1e8 and yuan_scale("元") == 1.0
    assert yuan_scale("%") == 1.0


def test_agree_within_half_of_each_last_digit() -> None:
    assert agree(_P(2.35, 0.01), _P(2.3, 0.1)) and agree(_P(2.35, 0.01), _P(2.4, 0.1))
    assert not agree(_P(2.39, 0.01), _P(2.3, 0.1))
    assert agree(_P(5.0, 1.0, vague=True), _P(5.4, 0.1))  # 约5%: a tenth more either way


def test_distinct_keeps_first_of_each_value() -> None:
    a, b, c = _P(1.05, 0.01), _P(1.050, 0.001), _P(1.50, 0.01)
    assert distinct([a, b, c]) == [a, c]


@given(st.floats(-1e6, 1e6), st.floats(-1e6, 1e6), st.sampled_from([1.0, 0.1, 0.01]), st.booleans())
def test_agree_is_symmetric(x: float, y: float, step: float, vague: bool) -> None:
    assert agree(_P(x, step, vague), _P(y, step)) == agree(_P(y, step), _P(x, step, vague))
    assert agree(_P(x, step, vague), _P(x, step))
