"""A headline's figure printed again in its story with two neighbouring digits swapped, or one digit retyped."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from sectorbrief.check.claims import extract
from sectorbrief.check.read import read_plain
from sectorbrief.check.rules.headline_twins import check_headline_twins

# 92d229a5e3 (holdout7, pool B, Traditional with pinyin glosses): a headline whose figure has no verb before it
TRIPS = (
    "清明節(jié)假期國(guó)內(nèi)旅游出游{}億人次\n\n"
    "記者5日從文化和旅游部獲悉,經(jīng)文化和旅游部數(shù)據(jù)中心測(cè)算,2021年清明節(jié)假期,"
    "全國(guó)國(guó)內(nèi)旅游出游1.02億人次,按可比口徑同比增長(zhǎng)144.6%,恢復(fù)至疫前同期的94.5%。"
)
# c35214964c (holdout10, pool B): a fund report's headline over its body
PROFIT = (
    "主要财务指标:本期利润298.91万元 期末净值6805.48万元\n"
    "报告期内(2025年10月1日-12月31日),该基金主要财务指标表现如下:本期已实现收益28.94万元,本期利润{}万元,"
    "加权平均基金份额本期利润0.0780元,期末基金资产净值6805.48万元,期末基金份额净值1.6128元。"
)


def _twins(text: str) -> list[str]:
    return [f.message for f in check_headline_twins(extract(read_plain(text)))]


def test_a_headline_figure_with_two_digits_swapped_is_an_error() -> None:
    [message] = _twins(TRIPS.format("1.20"))
    assert "the headline gives 1.20亿人次 but the story gives 1.02亿人次" in message
    assert "two neighbouring digits swapped" in message and "should read 1.02亿人次" in message


def test_a_figure_one_digit_apart_with_the_same_verb_and_subject_is_an_error() -> None:
    [message] = _twins(PROFIT.format("293.91"))
    assert "298.91万元" in message and "293.91万元" in message and "in one digit" in message


def test_the_texts_as_printed_pass() -> None:
    assert not _twins(TRIPS.format("1.02"))
    assert not _twins(PROFIT.format("298.91"))


def test_chance_twins_pass() -> None:
    texts = [
        # one digit apart but another measure (期末净值 is not 本期利润): no shared verb
        PROFIT.replace("本期已实现收益28.94万元", "本期已实现收益293.91万元").format("298.91"),
        # swapped digits but a rise against a fall
        "沪指涨1.23%\n沪指早盘一度跌1.32%,午后翻红。",
        # one digit apart with the same verb but no shared four-letter word
        "白酒板块蒸发3000亿元\n医药行业单日蒸发2000亿元。",
    ]
    for text in texts:
        assert not _twins(text), text


@settings(max_examples=60, deadline=None)
@given(
    st.text(alphabet=st.sampled_from("0123456789.%点亿元人次涨跌出游国内板块市值蒸发逾,。\n"), max_size=100)
)
def test_any_text_gives_a_clean_finding_list(text: str) -> None:
    for message in _twins(text):
        assert message.startswith("the headline gives")
