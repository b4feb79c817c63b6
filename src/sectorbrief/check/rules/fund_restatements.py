"""A fund's return over one period stated in its headline or summary and again in its body with two values.

A fund report (季报解读) states its net value's return for the quarter in the title (``净值单季跌9.27%``), in a
heading (``过去三月净值涨47.53%``), in the text and in its table. Read: ``净值`` (``净值增长率``, ``份额净值增长率``)
followed by a move word or 为 and a percentage, in a clause that names no benchmark, excess or list (基准, 跑赢,
超额, 分别, 标准差); its share class from the clause (``A类``, ``C类份额``, ``指数A``, ``发起式A``), and its
period from periods.py, where 单季/本季/报告期 and 近3个月 are the quarter in a text that says it reports one.
A statement without a class is the fund's only when the text names one class at most.

Two values of one class and period that differ beyond the coarser printing are an error (fallback rule).
"""

from __future__ import annotations

import re

from sectorbrief.check.claim_types import clause_start
from sectorbrief.check.claims import Claims
from sectorbrief.check.lazy_regex import lazy_compile
from sectorbrief.check.periods import PERIOD_RE, Sentence
from sectorbrief.check.report import Finding
from sectorbrief.check.rules.printings import agree, decimals, printing
from sectorbrief.check.rules.restated import Stated, clashes

_DOWN = "下跌|下滑|下降|回落|跌"
_NAV = lazy_compile(
    r"净值(?:增长率|收益率)?(?:单季|本季|当季)?\s*(?:为|是|达|:|：)?\s*(?P<verb>下跌|下滑|下降|回落|上涨|增长|上升|跌|涨|升)?了?\s*"
    r"(?P<q>约|近)?(?P<num>[+-]?\s?\d+(?:\.\d+)?)%"
)
# C类为 -5.76%: a class's figure after the first class's
_CLASS_ONLY = lazy_compile(r"(?P<cls>[A-Z])类(?:份额)?(?:净值增长率)?为\s*(?P<num>[+-]?\s?\d+(?:\.\d+)?)%")
_CLASS = lazy_compile(r"(?:指数|发起式|份额|基金)?(?P<cls>[A-Z])(?:类|份额|(?=净值))")
_NOT_NAV = lazy_compile(
    r"以来|至今|成立|累计|基准|跑赢|跑输|超额|分别|标准差|偏离|较|相比|同期|平均|最大|最高|最低|累计偏离"
)
_FUND = lazy_compile(r"净值|基金|季报|ETF|LOF")
_QUARTER = lazy_compile(r"单季|本季|当季|报告期")
_QUARTERLY = lazy_compile(r"季报|季度报告|季度")


def check_fund_restatements(claims: Claims) -> list[Finding]:
    if not any(_FUND.search(s.text) for s in claims.sentences[:3]):
        return []  # a fund report says so in its title or lead
    quarterly = any(_QUARTERLY.search(s.text) for s in claims.sentences[:3])
    stated = [
        s
        for sentence in claims.sentences
        if "净值" in sentence.text
        for s in _statements(sentence, quarterly)
    ]
    classes = {s.key[1] for s in stated if s.key[1]}
    groups: dict[tuple[str, ...], list[Stated]] = {}
    unclassed: list[Stated] = []
    for s in stated:
        if s.key[1] or len(classes) <= 1:
            key = (s.key[0], s.key[1] or (next(iter(classes)) if classes else ""), s.key[2])
            groups.setdefault(key, []).append(s)
        else:
            unclassed.append(s)
    return clashes(groups.values()) + _unclassed(unclassed, groups)


def _unclassed(unclassed: list[Stated], groups: dict[tuple[str, ...], list[Stated]]) -> list[Finding]:
    """A figure of no class in a text of several classes (a title's 过去三月净值涨47.53%) states one of them: an
    error when it agrees with none of that period's class figures."""
    out = []
    for s in unclassed:
        figures = [g[0] for key, g in sorted(groups.items()) if key[2] == s.key[2]]
        if figures and not any(agree(s, f) for f in figures):
            nearest = min(figures, key=lambda f: abs(f.value - s.value))
            out += clashes([[nearest, s]], others=len(figures) - 1)
    return out


def _statements(sentence: Sentence, quarterly: bool) -> list[Stated]:
    text = sentence.text
    if "|" in text:
        return []
    out = []
    read: set[int] = set()
    matches = [*_NAV.finditer(text), *_CLASS_ONLY.finditer(text)]
    for m in sorted(matches, key=lambda m: m.start()):
        if m.end() in read:
            continue  # C类份额净值增长率为-5.76% read by both patterns
        read.add(m.end())
        start = clause_start(text, m.start())
        if _NOT_NAV.search(text, start, m.start("num")):
            continue
        period = _period(sentence, m.start("num"), quarterly)
        if period is None:
            continue
        named = list(_CLASS.finditer(text, start, m.start("num")))
        cls = m.groupdict().get("cls") or (named[-1].group("cls") if named else "")
        value, step = printing(m.group("num").replace(" ", ""))
        if re.fullmatch(_DOWN, m.groupdict().get("verb") or "") and value > 0:
            value = -value
        out.append(
            Stated(
                sentence,
                ("fund", cls, period),
                value,
                step,
                bool(m.groupdict().get("q")),
                f"{value:+.{decimals(m.group('num'))}f}%",
                m.start(),
                m.end(),
            )
        )
    return out


def _period(sentence: Sentence, pos: int, quarterly: bool) -> str | None:
    """The figure's period: the last period word before it in its sentence, or the quarter when the last is
    单季/本季/报告期 (or 近3个月) in a quarterly report; None when its sentence states none (a period carried
    from an earlier sentence may be another's)."""
    words = list(PERIOD_RE.finditer(sentence.text, 0, pos))
    quarter = [m.end() for m in _QUARTER.finditer(sentence.text, 0, pos)] if quarterly else []
    if quarter and (not words or quarter[-1] > words[-1].end()):
        return "quarter"
    if not words:
        return None
    period = sentence.period_at(pos) or ""
    if quarterly and period.startswith("span:近3个月"):
        return "quarter"
    return period.split("@")[0] or None
