"""A draft 核心观点 when no analyst view is given: the week's market facts and news in one short
paragraph, marked 草稿 so nobody mistakes it for an analyst's opinion.

Figures are printed with 2 decimals, rounded half away from zero (narrative.format), from the
unrounded facts.
"""

from __future__ import annotations

from collections import Counter
from typing import TYPE_CHECKING

from sectorbrief.facts import Facts
from sectorbrief.narrative.market import period_sentence, valuation_brief

if TYPE_CHECKING:  # the news package is loaded by the news step (a process of its own in a build)
    from sectorbrief.news.models import Digest

DRAFT_MARK = "【草稿】"
DRAFT_NOTE = "（草稿：由数据与新闻自动生成，未经分析师审阅。）"
MAX_NEWS_POINTS = 3


def _market(facts: Facts) -> str:
    return (
        period_sentence(facts, facts.weekly, "上周")
        + period_sentence(facts, facts.ytd, "年初至今")
        + valuation_brief(facts)
    )


def _news(digest: Digest | None) -> str:
    if digest is None or not digest.items:
        return ""
    counts = Counter(item.theme for item in digest.items)
    spread = "、".join(f"{theme}{n}条" for theme, n in counts.items())
    firsts: dict[str, str] = {}
    for item in digest.items:
        firsts.setdefault(item.theme, item.key_point.rstrip("。"))
    points = "；".join(list(firsts.values())[:MAX_NEWS_POINTS])
    return f"产业层面，本周动态涉及{spread}，其中{points}。"


def draft_view(facts: Facts, digest: Digest | None) -> str:
    """A short draft 核心观点 paragraph from ``facts`` and the week's key points, marked 草稿."""
    return f"{DRAFT_MARK}{_market(facts)}{_news(digest)}{DRAFT_NOTE}"
