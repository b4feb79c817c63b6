"""A draft 核心观点 when no analyst view is given: the week's market facts and news in one short
paragraph, marked 草稿 so nobody mistakes it for an analyst's opinion.

Figures are printed with 2 decimals, rounded half away from zero (narrative.format), from the
unrounded facts.
"""

from __future__ import annotations

from collections import Counter

from sectorbrief.facts import Facts, PeriodFacts, ValuationFacts
from sectorbrief.narrative.format import magnitude, move_word, sign
from sectorbrief.narrative.market import comparison_clause
from sectorbrief.news.models import Digest

DRAFT_MARK = "【草稿】"
DRAFT_NOTE = "（草稿：由数据与新闻自动生成，未经分析师审阅。）"
MAX_NEWS_POINTS = 3


def _move(pct: float) -> str:
    """下跌9.17% / 上涨54.50% / 持平."""
    return move_word(pct) + ("" if sign(pct) == 0 else f"{magnitude(pct)}%")


def _valuation(val: ValuationFacts | None) -> str:
    if val is None:
        return ""
    above = {1: "高于", -1: "低于", 0: "持平于"}[sign(val.pe_ttm - val.window_mean)]
    return (
        f"当前行业PE-TTM为{magnitude(val.pe_ttm)}倍，"
        f"{above}{val.window[0]}-{val.window[1]}年均值{magnitude(val.window_mean)}倍。"
    )


def _period(facts: Facts, period: PeriodFacts, label: str) -> str:
    """One period's returns, stated with the benchmarks' own so every excess can be checked in place."""
    benchmarks = "，".join(f"{b}{_move(p)}" for b, p in period.benchmarks_pct.items())
    return (
        f"{label}{benchmarks}，申万{facts.industry.name}行业指数{_move(period.industry_pct)}，"
        f"{comparison_clause(period.excess_pp)}，在申万{period.universe}个一级行业中排名第{period.rank}位。"
    )


def _market(facts: Facts) -> str:
    return (
        _period(facts, facts.weekly, "上周")
        + _period(facts, facts.ytd, "年初至今")
        + _valuation(facts.valuation)
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
