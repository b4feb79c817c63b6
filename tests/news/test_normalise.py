from __future__ import annotations

import datetime as dt

from hypothesis import given
from hypothesis import strategies as st

from sectorbrief.news.models import NewsItem
from sectorbrief.news.normalise import CHINESE_PUNCTUATION, normalise_item, normalise_text, to_half_width

FULL_WIDTH_ASCII = st.characters(min_codepoint=0xFF01, max_codepoint=0xFF5E)


@given(st.text())
def test_normalise_is_idempotent(text: str) -> None:
    once = normalise_text(text)
    assert normalise_text(once) == once


@given(st.text(alphabet=st.sampled_from("０１２９ＡＢＺａｚ％＋－．／")))
def test_full_width_letters_digits_and_symbols_become_half_width(text: str) -> None:
    half = to_half_width(text)
    assert all(ord(ch) < 0x80 for ch in half)
    assert len(half) == len(text)


@given(st.text(alphabet=FULL_WIDTH_ASCII | st.sampled_from("光模块，。：；（）")))
def test_nothing_full_width_but_chinese_punctuation_survives(text: str) -> None:
    assert all(not 0xFF01 <= ord(ch) <= 0xFF5E or ch in CHINESE_PUNCTUATION for ch in to_half_width(text))


def test_examples() -> None:
    assert normalise_text("８００Ｇ光模块　出货，同比增长６５％。") == "800G光模块 出货，同比增长65%。"
    assert normalise_text("第一段\r\n\r\n\r\n第二段  含  空格") == "第一段\n\n第二段 含 空格"


def test_item_typos_fixed_with_a_warning_naming_the_item() -> None:
    item = NewsItem("n1", "ＣＰ0进展", "NP0与CP0方案", "x", dt.date(2026, 7, 1), origin="f.jsonl line 4")
    fixed, warnings = normalise_item(item)
    assert (fixed.title, fixed.body) == ("CPO进展", "NPO与CPO方案")
    assert len(warnings) == 3
    assert warnings[0] == "f.jsonl line 4: item n1 title: typo 'CP0' normalised to 'CPO'"
