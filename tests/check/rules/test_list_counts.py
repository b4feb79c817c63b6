"""A list's size given twice (共包含58家… then 40家…中) is a contradiction."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from sectorbrief.check import check_text

# real: holdout10 c73d465c37 (weekly 光伏 ranking, 2022-04-15)
REAL = (
    "排行榜共进行了第六次修正，共包含43家光伏企业，其中上海证券交易所18家，深圳证券交易所10家，深交所创业板9家，"
    "科创板6家，不包含港交所和美股上市的光伏企业。40家光伏企业中包含电站投资企业、逆变器生产企业、组件生产企业等，"
    "具有较好的代表性。"
)


def test_a_recount_of_the_list_the_next_sentence_is_an_error_quoting_both() -> None:
    errors = check_text(REAL).errors
    assert len(errors) == 1
    assert "共包含43家光伏企业" in errors[0].message and "40家光伏企业中" in errors[0].message


def test_the_same_count_passes() -> None:
    assert not check_text(REAL.replace("40家", "43家")).findings


def test_an_unconfirmed_total_is_only_a_warning() -> None:
    # variant: the parts do not sum to the total and it is not restated: which list is meant is open
    text = "本次榜单共收录30家券商，其中上交所12家，深交所9家。25家券商中有10家实现净利润增长。"
    report = check_text(text)
    assert not report.errors and len(report.warnings) == 1 and "30" in report.warnings[0].message


@pytest.mark.parametrize(
    "text",
    [
        REAL.replace("。40家光伏企业中", "。其中40家光伏企业中"),  # a subset
        REAL.replace("。40家光伏企业中", "。前40家光伏企业中"),
        REAL.replace("。40家光伏企业中包含", "。\n\n40家光伏企业中包含"),  # another paragraph
    ],
)
def test_subsets_and_other_paragraphs_are_not_read(text: str) -> None:
    assert not check_text(text).findings, text


@given(st.integers(2, 300), st.integers(2, 300))
def test_reported_exactly_when_the_two_sizes_differ(m: int, n: int) -> None:
    text = f"榜单共包含{m}家公司，其中主板{m - 1}家，创业板1家。{n}家公司中包含多个细分领域的企业。"
    assert len(check_text(text).errors) == (0 if m == n else 1), text
