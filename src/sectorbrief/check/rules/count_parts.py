"""Counts of a stated universe by state (上涨, 下跌, 持平, 停牌) against the universe.

``零售行业主要的97家上市公司中，21家公司上涨，76家公司下跌，1家公司停牌`` gives 21 + 76 + 1 = 98 of 97: a
stock, company or industry is in one state only, so the parts cannot add to more than the whole; when
all four states are given (``36家公司上涨，1家公司持平，59家公司下跌，1家公司停牌``) they add to it exactly.
The universe is a count ending in ``中`` (``97家上市公司(不含…)中``, ``29个中信一级行业中``); its parts are
the counts in the same sentence after it, each a count and its unit directly before the state word
(``21家公司上涨``, ``0个行业上涨``) or the state and its count (``上涨21家``), of the same unit. A count of a
subset (``10家涨幅超过5%``, ``涨停``) is not a state and is not read. Each state is read once.
"""

from __future__ import annotations

import re

from sectorbrief.check.claims import Claims
from sectorbrief.check.lazy_regex import lazy_compile
from sectorbrief.check.periods import Sentence
from sectorbrief.check.report import Finding
from sectorbrief.check.rules.common import finding

_NOUN = r"(?:上市公司|公司|个股|股票|只股票|成分股|样本股|行业|板块|子行业)?"
_STATE = r"(?P<state>上涨|下跌|持平|平盘|停牌)"
_UNIVERSE = lazy_compile(
    rf"(?<![\d.])(?P<n>\d{{1,5}})(?P<unit>家|只|个)[^，。；,;\d]{{0,12}}?{_NOUN}(?:\([^()]{{0,30}}\))?(?:中|当中)[，,]?"
)
_PART = lazy_compile(
    rf"(?<![\d.])(?P<n>\d{{1,5}})(?P<unit>家|只|个){_NOUN}{_STATE}(?![\d幅超逾达的中停])"
    rf"|(?<![\u4e00-\u9fff])(?P<state2>上涨|下跌|持平|平盘|停牌)(?:的有|的)?(?P<n2>\d{{1,5}})(?P<unit2>家|只|个)(?![\d.])"
)
_SAME = {"平盘": "持平"}
_ALL_STATES = {"上涨", "下跌", "持平", "停牌"}
_WORDS = ("上涨", "下跌", "持平", "平盘", "停牌")


def check_count_parts(claims: Claims) -> list[Finding]:
    out: list[Finding] = []
    for sentence in claims.sentences:
        text = sentence.text
        if "中" not in text or sum(word in text for word in _WORDS) < 2:
            continue
        for universe in _UNIVERSE.finditer(sentence.text):
            found = _parts(sentence, universe)
            if found is not None:
                out.append(found)
    return out


def _parts(sentence: Sentence, universe: re.Match[str]) -> Finding | None:
    text = sentence.text
    end = min((i for i in (text.find(c, universe.end()) for c in "。；;") if i >= 0), default=len(text))
    nxt = _UNIVERSE.search(text, universe.end(), end)
    end = nxt.start() if nxt else end
    rest = text[universe.end() : end]
    if sum(word in rest for word in _WORDS) < 2:
        return None  # fewer than two states named: nothing to add up
    parts: dict[str, tuple[int, re.Match[str]]] = {}
    for m in _PART.finditer(text, universe.end(), end):
        state = _SAME.get(m.group("state") or m.group("state2"), m.group("state") or m.group("state2"))
        unit = m.group("unit") or m.group("unit2")
        if unit != universe.group("unit") or state in parts:
            return None
        parts[state] = (int(m.group("n") or m.group("n2")), m)
    if len(parts) < 2:
        return None
    whole = int(universe.group("n"))
    total = sum(n for n, _ in parts.values())
    if total <= whole and not (set(parts) == _ALL_STATES and total != whole):
        return None
    unit = universe.group("unit")
    sums = " + ".join(f"{n}{unit}{state}" for state, (n, _) in parts.items())
    last = max(m.end() for _, m in parts.values())
    stated = universe.group(0).rstrip("，,")
    bound = "add to" if set(parts) == _ALL_STATES else "add to at most"
    return finding(
        "error",
        "arithmetic",
        f"{sums} = {total}{unit}, but the universe is stated as {whole}{unit} (「{stated}」); each is in one "
        f"state only, so the counts should {bound} {whole}{unit}: one count or the universe is "
        f"{abs(total - whole)} off",
        sentence,
        universe.start(),
        last,
    )
