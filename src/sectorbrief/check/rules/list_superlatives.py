"""A superlative opened by 其中 about the list of figures just given (甲/乙/丙指数分别上涨a%/上涨b%/下跌c%。
其中乙本周涨幅最高): the named member must have the list's largest (or, for 跌幅最大/领跌, lowest) figure.

The list is the last ``names 分别 figures`` statement before the superlative in its sentence, else in the
sentence before it in the same paragraph; names joined by / or 、 (the last may be joined by 和/及), each figure
with or without its own move word (上涨a%/下跌b%). Read only when the names and figures are as many (three or
more), the superlative's name is one of them, and both sentences speak of one period.
"""

from __future__ import annotations

import re

from sectorbrief.check.claim_types import parse_number
from sectorbrief.check.claims import Claims
from sectorbrief.check.lazy_regex import lazy_compile
from sectorbrief.check.periods import Sentence
from sectorbrief.check.ranked_items import Item, listed_before
from sectorbrief.check.report import Finding
from sectorbrief.check.rules.common import finding, tolerance

_TOP = "涨幅最高|涨幅最大|涨幅居首|涨幅第一|领涨|表现最好|表现最佳"
_BOTTOM = "跌幅最大|跌幅最深|跌幅居首|领跌|表现最差"
_CLAIM = lazy_compile(
    r"其中[，,]?\s*(?P<name>[\u4e00-\u9fffA-Za-z0-9()]{2,16}?)(?:指数|板块|行业)?(?:本周|当周|周内|本月|当月|今年以来|年内)?"
    rf"(?:(?P<top>{_TOP})|(?P<bottom>{_BOTTOM}))"
)
_GIVEN = lazy_compile(r"分别")
_NAMES_TAIL = lazy_compile(
    r"(?:指数|板块|行业)?(?:本周|当周|周|本月|月|年内)?(?:的)?(?:涨跌幅|涨幅|收益率)?$"
)
_NAMES_HEAD = lazy_compile(r"^(?:其中|同期|本周|上周|当周|本月|年初至今|今年以来)+")
_TAG = lazy_compile(r"(?:\((?:申万|中信|SW)\)|指数|板块|行业)+$")
_FALLS = ("下跌", "收跌", "跌", "跌幅")


def _listed(text: str, end: int) -> list[tuple[str, float, str]]:
    """The last ``names 分别 figures`` list that ends before ``end``, read by the one reader of names then figures
    (ranked_items.listed_before): each name with its signed figure."""
    found: list[tuple[str, float, str]] = []
    for given in _GIVEN.finditer(text, 0, end):
        items, _ = listed_before(text, given.start(), end)
        names = [_TAG.sub("", _NAMES_HEAD.sub("", _NAMES_TAIL.sub("", i.name))) for i in items]
        if len(names) >= 3 and all(names) and len(set(names)) == len(names):
            found = [(n, _signed(i), i.value.text) for n, i in zip(names, items, strict=True)]
    return found


def _signed(item: Item) -> float:
    falls = item.word in _FALLS and not item.signed
    return -item.value.value if falls else item.value.value


def check_list_superlatives(claims: Claims) -> list[Finding]:
    out: list[Finding] = []
    previous: Sentence | None = None
    for sentence in claims.sentences:
        before, previous = previous, sentence
        if "其中" not in sentence.text:
            continue
        for m in _CLAIM.finditer(sentence.text):
            listed, source = _listed(sentence.text, m.start()), sentence
            if not listed and before is not None and before.paragraph == sentence.paragraph:
                listed, source = _listed(before.text, len(before.text)), before
            found = _judge(sentence, m, listed, source)
            if found is not None:
                out.append(found)
    return out


def _judge(
    sentence: Sentence, m: re.Match[str], listed: list[tuple[str, float, str]], source: Sentence
) -> Finding | None:
    name = _TAG.sub("", m.group("name"))
    own = next((item for item in listed if item[0] == name), None)
    if own is None:
        return None
    mine, there = sentence.period_at(m.start()), source.period_at(len(source.text) - 1)
    if mine is not None and there is not None and mine != there:
        return None
    top = m.group("top") is not None
    for other, value, text in listed:
        gap = tolerance(parse_number(text), parse_number(own[2])) / 2
        if (value > own[1] + gap) if top else (value < own[1] - gap):
            word = "risen the most" if top else "fallen the most"
            return finding(
                "error",
                "rank",
                f"{name} is said to have {word} ({_pct(own[1], own[2])}), but {other}, in the list just given, has "
                f"{_pct(value, text)}; the superlative or one of the figures is wrong",
                sentence,
                m.start(),
                m.end(),
            )
    return None


def _pct(value: float, text: str) -> str:
    """A signed figure as printed: +2.60%, -0.33%."""
    return f"{value:+.{parse_number(text).decimals}f}%"
