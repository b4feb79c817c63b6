"""A headline's bound on the stocks it names against the moves its story gives them: ``兖煤、中煤齐泻逾半成``
over ``中煤能源(1898)挫2.53%``.

A headline that says the names it lists all moved by more than an amount (齐泻逾半成, 均升超5%) is a bound on
each name's move; the story's quote of that name must break it. The bound is a percentage or a Hong Kong
wire's tenths (半成 is 5%, 一成 10%, 两成 20%), after 逾, 超, 超过 or 多于 and a verb of one direction. The
headline's names are short forms (兖煤 for 兖州煤业, 中煤 for 中煤能源): a story's name stands for one when it
starts with the short form's first letter and holds all its letters in order. A name the story quotes twice is
read only when every quote breaks the bound.
"""

from __future__ import annotations

import re

from sectorbrief.check.claims import Claims
from sectorbrief.check.lazy_regex import lazy_compile
from sectorbrief.check.periods import Sentence
from sectorbrief.check.report import Finding
from sectorbrief.check.rules.common import EPSILON, finding
from sectorbrief.check.rules.headline_twins import headline

_DOWN = "下跌|急跌|大跌|下挫|跌|泻|挫|插|跳水"
_UP = "上涨|急升|大涨|上升|涨|升|扬|飙|弹"
_BOUND = lazy_compile(
    rf"(?P<names>[\u4e00-\u9fff、和及与]{{2,30}}?)(?:齐|均|同|皆|都|各)?(?:(?P<down>{_DOWN})|(?P<up>{_UP}))"
    r"(?:逾|超过|超|多于)(?:(?P<pct>\d+(?:\.\d+)?)%|(?P<tenths>半|一|两|二|三)成)"
)
_TENTHS = {"半": 5.0, "一": 10.0, "两": 20.0, "二": 20.0, "三": 30.0}
_QUOTE = lazy_compile(
    rf"(?P<name>[\u4e00-\u9fff]{{2,8}})\s*(?:\(\d{{3,5}}\)|\(\d{{3,5}}\.HK\))?\s*"
    rf"(?:(?P<down>{_DOWN})|(?P<up>{_UP}))(?P<num>\d+(?:\.\d+)?)%"
)


def check_headline_bounds(claims: Claims) -> list[Finding]:
    head = headline(claims)
    if head is None or ("逾" not in head.text and "超" not in head.text and "多于" not in head.text):
        return []
    out: list[Finding] = []
    for bound in _BOUND.finditer(head.text):
        amount = float(bound.group("pct")) if bound.group("pct") else _TENTHS[bound.group("tenths")]
        direction = "down" if bound.group("down") else "up"
        for short in _short_names(bound.group("names")):
            quotes = [
                (sentence, q)
                for sentence in claims.sentences[1:]
                for q in _QUOTE.finditer(sentence.text)
                if _stands_for(short, q.group("name")) and sentence.period_at(q.start()) in (None, "day")
            ]
            if quotes and all(_breaks(q, direction, amount) for _, q in quotes):
                out += [_finding(head, bound, short, amount, sentence, q) for sentence, q in quotes]
    return out


def _short_names(names: str) -> list[str]:
    """The listed names: each entry between 、/和/及/与; the first entry, which runs on from the words before
    it, as its last two, three or four letters."""
    entries = [e for e in re.split(r"[、和及与]", names) if len(e) >= 2]
    if not entries:
        return []
    first = [entries[0][-k:] for k in (2, 3, 4) if len(entries[0]) >= k]
    return first + [e for e in entries[1:] if len(e) <= 4]


def _stands_for(short: str, name: str) -> bool:
    """Whether ``short`` is a short form of ``name``: same first letter, all its letters in order, shorter."""
    if len(short) >= len(name) or short[0] != name[0]:
        return False
    rest = iter(name[1:])
    return all(c in rest for c in short[1:])


def _breaks(q: re.Match[str], direction: str, amount: float) -> bool:
    moved = "down" if q.group("down") else "up"
    return moved == direction and float(q.group("num")) < amount - EPSILON


def _finding(
    head: Sentence, bound: re.Match[str], short: str, amount: float, sentence: Sentence, q: re.Match[str]
) -> Finding:
    return finding(
        "error",
        "contradiction",
        f"the headline says {short} moved more than {amount:g}% (「{bound.group()}」) but the story gives "
        f"{q.group('name')} {q.group('num')}%: the headline's bound and the quote cannot both hold; either the "
        f"quote should be at least {amount:g}% or the headline should not include {short}",
        sentence,
        q.start(),
        q.end(),
    )
