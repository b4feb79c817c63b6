"""Findings point at the sentence that holds them."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from sectorbrief.studio.findings import sentence_at

CLAUSE = st.text(alphabet="通信板块下跌跑输沪深个百分点0123456789.%", min_size=1, max_size=12)


def test_sentence_at_finds_the_whole_sentence() -> None:
    text = "第一句话。本周跑输沪深300 9.99个百分点，回撤较大。第三句。"
    start, end = sentence_at(text, "跑输沪深300 9.99个百分点")  # type: ignore[misc]
    assert text[start:end] == "本周跑输沪深300 9.99个百分点，回撤较大。"
    assert sentence_at(text, "不在文中") is None
    assert sentence_at(text, "") is None


@given(st.lists(CLAUSE, min_size=1, max_size=6), st.data())
def test_the_span_is_a_sentence_holding_the_quote(clauses: list[str], data: st.DataObject) -> None:
    text = "".join(f"{c}。" for c in clauses)
    pick = data.draw(st.integers(0, len(clauses) - 1))
    span = sentence_at(text, clauses[pick])
    assert span is not None
    start, end = span
    sentence = text[start:end]
    assert sentence.endswith("。") and sentence.count("。") == 1
    assert text.find(clauses[pick]) + len(clauses[pick]) // 2 in range(start, end)
