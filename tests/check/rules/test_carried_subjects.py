"""A figure whose sentence names nothing takes the index its paragraph established (carried_subjects.py)."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from sectorbrief.check import check_text
from sectorbrief.check.periods import Sentence
from sectorbrief.check.rules.carried_subjects import carried_subject
from sectorbrief.check.rules.clause_subjects import fits

# fc6eada97f (holdout11, pool B), verbatim
HANG_SENG = (
    "恒生指数昨日低开109点，报26601点，其后跌幅扩大，最低曾见26313点，挫达397点。最终收报26458点，跌251点。"
)
# 5c1f936a72 (holdout5c, pool B), verbatim
NASDAQ = (
    "纳斯达克指数21日下跌近200点，确认进入熊市区间；收跌195.41点，跌幅2.99%，报6332.99点。周线下跌8.36%。"
)
# 0d8b6ae6e3 (holdout6, pool B), verbatim: the turnover is 九牧王's, not 上证指数's
STOCK = "九牧王今日表现亮眼，股价上涨5.65%，显著优于上证指数0.64%的跌幅。成交额达到5.81亿元，较5日均量放大2.49倍，呈现明显放量态势。"


def test_real_paragraphs_stay_clean() -> None:
    for text in (HANG_SENG, NASDAQ, STOCK):
        assert not check_text(text).errors, text
    assert not check_text(HANG_SENG + "\n\n恒指全日跌251点。").errors
    assert not check_text(NASDAQ + "\n\n纳斯达克指数本周下跌8.36%。").errors


def test_a_carried_move_restated_with_two_digits_swapped() -> None:
    errors = check_text(HANG_SENG + "\n\n恒指全日跌215点。").errors
    assert len(errors) == 1
    message = errors[0].message
    assert "-251点" in message and "-215点" in message and "恒生指数" in message


def test_a_carried_weekly_move_restated_with_two_digits_swapped() -> None:
    errors = check_text(NASDAQ + "\n\n纳斯达克指数本周下跌8.63%。").errors
    assert len(errors) == 1
    message = errors[0].message
    assert "-8.36%" in message and "-8.63%" in message and "纳斯达克" in message


def test_a_stock_report_does_not_lend_the_benchmark_it_compares_with() -> None:
    assert not check_text(STOCK + "\n\n上证指数今日成交额达到5.18亿元。").errors


def test_two_indices_before_make_the_reference_ambiguous() -> None:
    two = "恒生指数昨日报26601点，恒生科技指数报5801点。最终收报26458点，跌251点。"
    assert not check_text(two + "\n\n恒指全日跌215点。").errors


def test_another_paragraph_lends_nothing() -> None:
    text = "恒生指数昨日低开109点，报26601点。\n\n最终收报26458点，跌251点。\n\n恒指全日跌215点。"
    assert not check_text(text).errors


def test_a_referring_word_keeps_its_kind() -> None:
    index, industry = "=恒生指数|benchmark|", "=电子|l1|申万"
    assert fits("该指数", index) and fits("该板块", industry) and not fits("该板块", index)
    assert fits("公司", "九牧王") and not fits("公司", index) and not fits("", "九牧王")
    assert not fits("行业", "=零食|l2|申万")


def _sentence(text: str, paragraph: int, index: int) -> Sentence:
    return Sentence(text, f"line {index + 1}", paragraph, ((0, len(text), None),), index)


@settings(max_examples=60, deadline=None)
@given(st.lists(st.tuples(st.text(min_size=0, max_size=30), st.integers(0, 2)), min_size=1, max_size=5))
def test_the_carried_subject_is_one_of_the_paragraphs_names_or_none(rows: list[tuple[str, int]]) -> None:
    paragraphs = sorted(p for _, p in rows)
    sentences = [_sentence(t, p, i) for i, ((t, _), p) in enumerate(zip(rows, paragraphs, strict=True))]
    for i in range(len(sentences)):
        found = carried_subject(sentences, i, lambda s: set())()
        assert found is None  # no figure stated in an earlier sentence: nothing to carry
