"""Comparing two builds: figures that changed, and the view's removed and added sentences."""

from __future__ import annotations

from sectorbrief.ratings.diff import figure_changes, sentence_changes, view_sentences
from sectorbrief.ratings.diff_text import change_line
from tests.factories import make_facts, make_period

REPORT = """# 标题

## 核心观点（草稿）

本周通信下跌。我们维持判断；关注光模块！

## 投资要点

不是观点。

## 1 行业周观点

中长期看好算力。

## 2 市场行情回顾

行情句子。
"""


def test_view_sentences_come_from_the_view_sections_only() -> None:
    assert view_sentences(REPORT) == ["本周通信下跌。", "我们维持判断；", "关注光模块！", "中长期看好算力。"]


def test_sentence_changes_list_removed_then_added() -> None:
    old = ["甲。", "乙。", "丙。"]
    new = ["甲。", "乙二。", "丙。", "丁。"]
    assert [(c.sign, c.sentence) for c in sentence_changes(old, new)] == [
        ("-", "乙。"),
        ("+", "乙二。"),
        ("+", "丁。"),
    ]
    assert sentence_changes(old, old) == []


def test_figure_changes_are_compared_unrounded() -> None:
    old = make_facts(make_period(-9.1749, -0.5351, -4.1551, 31))
    new = make_facts(make_period(-9.3, -0.5351, -4.1551, 12))
    changed = {c.key: c for c in figure_changes(old, new) if c.changed}
    assert set(changed) == {
        "weekly.industry_pct",
        "weekly.excess_pp.沪深300",
        "weekly.excess_pp.创业板指",
        "weekly.rank",
    }
    assert change_line(changed["weekly.rank"]) == "  本周排名: 31 → 12（上升19位）"
    assert change_line(changed["weekly.industry_pct"]) == "  本周涨跌幅（%）: -9.17 → -9.30（-0.13）"
    assert not [c for c in figure_changes(old, old) if c.changed]
    tiny = make_facts(make_period(-9.17491, -0.5351, -4.1551, 31))
    assert [c.key for c in figure_changes(old, tiny) if c.changed][0] == "weekly.industry_pct"
