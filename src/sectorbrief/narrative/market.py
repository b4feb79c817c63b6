"""市场行情回顾 and 行业估值 in the house style: sentences built only from Facts."""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache
from typing import Any

import jinja2

from sectorbrief.facts import Facts, PeriodFacts, ValuationFacts
from sectorbrief.narrative.change import rank_change_clause
from sectorbrief.narrative.format import beat_word, cn_date, magnitude, move_word, num, sign
from sectorbrief.templates import CompiledTemplates


@dataclass(frozen=True)
class MarketText:
    """The market-review and valuation paragraphs: a bold lead sentence and its body, per part."""

    weekly_headline: str
    weekly_body: str
    ytd_headline: str
    ytd_body: str
    valuation_headline: str
    valuation_body: str


@cache
def _templates() -> Any:
    env = jinja2.Environment(
        loader=jinja2.PackageLoader("sectorbrief.narrative", "templates"),
        autoescape=False,
        undefined=jinja2.StrictUndefined,
        keep_trailing_newline=False,
        bytecode_cache=CompiledTemplates(),
    )
    return env.get_template("market.j2").module


def comparison_clause(excess: dict[str, float]) -> str:
    """分别跑输A和B x和y个百分点 when every comparison goes one way; one clause each otherwise."""
    words = {name: beat_word(pp) for name, pp in excess.items()}
    if len(set(words.values())) == 1 and "持平" not in words.values():
        word = next(iter(words.values()))
        names = "和".join(excess)
        values = "和".join(magnitude(pp) for pp in excess.values())
        prefix = "分别" if len(excess) > 1 else ""
        return f"{prefix}{word}{names}{values}个百分点"
    return "，".join(
        f"与{name}持平" if words[name] == "持平" else f"{words[name]}{name}{magnitude(pp)}个百分点"
        for name, pp in excess.items()
    )


def verdict(excess: dict[str, float]) -> str:
    """跑输沪深300和创业板指 / 跑赢沪深300、跑输创业板指: the lead sentence's comparison."""
    words = {name: beat_word(pp) for name, pp in excess.items()}
    if len(set(words.values())) == 1 and "持平" not in words.values():
        return next(iter(words.values())) + "和".join(excess)
    return "、".join(f"与{n}持平" if w == "持平" else f"{w}{n}" for n, w in words.items())


def week_label(period: PeriodFacts) -> str:
    """上周 with its dates, and, for a week shortened by holidays, the sessions it covers."""
    first, last = period.sessions[0], period.sessions[-1]
    span = f"{cn_date(first, year=False)}至{cn_date(last, year=False)}"
    if period.short:
        days = "、".join(cn_date(d, year=False) for d in period.sessions)
        return f"上周（{span}，因假期仅{len(period.sessions)}个交易日：{days}）"
    return f"上周（{span}）"


def ytd_label(facts: Facts) -> str:
    return f"{facts.end_session.year}年初至{cn_date(facts.end_session, year=False)}"


def period_context(facts: Facts, period: PeriodFacts, label: str) -> dict[str, Any]:
    return {
        "industry": facts.industry.name,
        "label": label,
        "move": move_word(period.industry_pct),
        "pct": magnitude(period.industry_pct),
        "benchmarks": [
            {"name": name, "move": move_word(pct), "pct": magnitude(pct)}
            for name, pct in period.benchmarks_pct.items()
        ],
        "comparison": comparison_clause(period.excess_pp),
        "verdict": verdict(period.excess_pp),
        "rank": period.rank,
        "universe": period.universe,
    }


def window_label(valuation: ValuationFacts) -> str:
    """2023-2025年 for the rule's full window; the real dates when the history starts inside it."""
    if valuation.window_complete or valuation.window_start is None or valuation.window_end is None:
        return f"{valuation.window[0]}-{valuation.window[1]}年"
    return f"{cn_date(valuation.window_start)}至{cn_date(valuation.window_end)}"


def relation_word(value: float, mean: float) -> str:
    """高于 / 低于 / 持平于: a value against its mean, as printed."""
    return {1: "高于", -1: "低于", 0: "持平于"}[sign(value - mean)]


def valuation_context(facts: Facts, valuation: ValuationFacts | None) -> dict[str, Any]:
    if valuation is None:
        return {"industry": facts.industry.name}
    context: dict[str, Any] = {
        "industry": facts.industry.name,
        "date": cn_date(valuation.session),
        "pe": num(valuation.pe_ttm),
        "since": cn_date(valuation.window_start) if valuation.window_start else None,
        "kind": "loss" if valuation.loss_making else "short" if valuation.window_mean is None else "mean",
    }
    if context["kind"] != "mean":
        return context
    assert valuation.window_mean is not None and valuation.percentile_in_window is not None
    return context | {
        "mean": num(valuation.window_mean),
        "window": window_label(valuation),
        "partial": not valuation.window_complete,
        "relation": relation_word(valuation.pe_ttm, valuation.window_mean),
        "percentile": num(valuation.percentile_in_window),
    }


def period_sentence(facts: Facts, period: PeriodFacts, label: str) -> str:
    """One period's returns, the benchmarks' own first so every excess can be checked in place:
    ``label`` then 沪深300下跌0.54%，…，在申万31个一级行业中排名第31位。(as 市场行情回顾 words them)."""
    return label + str(_templates().period_facts(period_context(facts, period, label)))


def valuation_brief(facts: Facts) -> str:
    """当前行业PE-TTM为x倍，高于/低于…年均值y倍。, or nothing without valuation facts."""
    if facts.valuation is None:
        return ""
    return str(_templates().valuation_brief(valuation_context(facts, facts.valuation)))


def market_text(facts: Facts) -> MarketText:
    """The sentences of 市场行情回顾 and 行业估值 for ``facts``."""
    t = _templates()
    weekly = period_context(facts, facts.weekly, week_label(facts.weekly))
    weekly["rank_change"] = rank_change_clause(facts.previous_week, facts.weekly)
    ytd = period_context(facts, facts.ytd, ytd_label(facts))
    valuation = valuation_context(facts, facts.valuation)
    has_pe = facts.valuation is not None
    return MarketText(
        weekly_headline=str(t.weekly_headline(weekly)),
        weekly_body=str(t.weekly_body(weekly)),
        ytd_headline=str(t.ytd_headline(ytd)),
        ytd_body=str(t.ytd_body(ytd)),
        valuation_headline=str(t.valuation_headline(valuation)) if has_pe else "行业估值",
        valuation_body=str(t.valuation_body(valuation) if has_pe else t.valuation_missing(valuation)),
    )
