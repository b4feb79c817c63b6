"""A draft 核心观点 when no analyst view is given: the week's market facts and news in one short
paragraph, marked 草稿 so nobody mistakes it for an analyst's opinion.

Figures are printed with 2 decimals, rounded half away from zero, from the unrounded facts.
"""

from __future__ import annotations

from collections import Counter
from decimal import ROUND_HALF_UP, Decimal

from sectorbrief.facts import Facts, PeriodFacts
from sectorbrief.news.models import Digest

DRAFT_MARK = "【草稿】"
DRAFT_NOTE = "（草稿：由数据与新闻自动生成，未经分析师审阅。）"
MAX_NEWS_POINTS = 3


def _magnitude(value: float) -> str:
    """|value| with 2 decimals, half away from zero: -9.1749 -> '9.17', 0.125 -> '0.13'."""
    return f"{abs(Decimal(repr(float(value))).quantize(Decimal('0.01'), rounding=ROUND_HALF_UP)):f}"


def _sign(value: float) -> int:
    printed = Decimal(_magnitude(value))
    return 0 if printed == 0 else (1 if value > 0 else -1)


def _move(pct: float) -> str:
    return {1: "上涨", -1: "下跌", 0: "持平"}[_sign(pct)] + ("" if _sign(pct) == 0 else f"{_magnitude(pct)}%")


def _excess(period: PeriodFacts) -> str:
    """分别跑赢/跑输 A 和 B x 和 y 个百分点 when both go one way; two clauses otherwise."""
    names = list(period.excess_pp)
    signs = {_sign(period.excess_pp[n]) for n in names}
    words = {1: "跑赢", -1: "跑输", 0: "持平于"}
    if len(signs) == 1 and len(names) > 1 and 0 not in signs:
        word = words[signs.pop()]
        values = "和".join(_magnitude(period.excess_pp[n]) for n in names)
        return f"分别{word}{'和'.join(names)}{values}个百分点"
    parts = []
    for name in names:
        pp = period.excess_pp[name]
        parts.append(f"{words[_sign(pp)]}{name}" + ("" if _sign(pp) == 0 else f"{_magnitude(pp)}个百分点"))
    return "，".join(parts)


def _market(facts: Facts) -> str:
    name = facts.industry.name
    week, ytd, val = facts.weekly, facts.ytd, facts.valuation
    benchmarks = "，".join(f"{b}{_move(p)}" for b, p in week.benchmarks_pct.items())
    above = "高于" if val.pe_ttm > val.window_mean else "低于" if val.pe_ttm < val.window_mean else "持平于"
    return (
        f"本周{benchmarks}，申万{name}行业指数{_move(week.industry_pct)}，{_excess(week)}，"
        f"在申万{week.universe}个一级行业中排名第{week.rank}位；年初至今{name}行业{_move(ytd.industry_pct)}，"
        f"{_excess(ytd)}，排名第{ytd.rank}位。当前行业PE-TTM为{_magnitude(val.pe_ttm)}倍，"
        f"{above}{val.window[0]}—{val.window[1]}年均值{_magnitude(val.window_mean)}倍。"
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
