"""Excess figures listed after ``相对<benchmark>``: every pair must imply one return for the benchmark.

``社会服务、商贸零售行业涨跌幅分别为6.94%、9.93%，相对沪深300 分别跑赢1.44pct、跑赢4.83pct``: 6.94-1.44 and
9.93-4.83 would give 沪深300 two different returns for one week. Read only when the benchmark is named
right after 相对/相较 and 分别 lists as many figures as there are industries with a return of the same
period before it in the sentence; the implied returns must agree within the rounding of the printed
figures.
"""

from __future__ import annotations

import re

from sectorbrief.check.claim_types import NUMBER, Number, parse_number
from sectorbrief.check.claims import Claims, ReturnClaim
from sectorbrief.check.entities import find_entities
from sectorbrief.check.periods import Sentence
from sectorbrief.check.report import Finding
from sectorbrief.check.rules.common import finding, fmt, tolerance

_LEAD = re.compile(r"(?:相对于?|相较于?)")
_WORDS = r"跑赢|跑输|领先|落后|超越"
_ITEM = re.compile(rf"(?:(?P<word>{_WORDS})\s*)?(?P<num>{NUMBER})\s*(?P<unit>个百分点|pct|pp|%)?")
_SEP = re.compile(r"\s*(?:、|，|,|和|及)\s*")
_NEGATIVE = ("跑输", "落后")


def _items(text: str, pos: int) -> list[tuple[int, Number, int, int]]:
    """(sign, figure, start, end) per listed figure; the first must carry its word, later ones inherit it."""
    out: list[tuple[int, Number, int, int]] = []
    sign = 0
    while (m := _ITEM.match(text, pos)) is not None:
        if m.group("word"):
            sign = -1 if m.group("word") in _NEGATIVE else 1
        if sign == 0:
            return []
        out.append((sign, parse_number(m.group("num")), m.start(), m.end()))
        sep = _SEP.match(text, m.end())
        if sep is None or not _ITEM.match(text, sep.end()):
            break
        pos = sep.end()
    return out


def check_relative_lists(claims: Claims) -> list[Finding]:
    by_sentence: dict[int, list[ReturnClaim]] = {}
    for r in claims.returns:
        by_sentence.setdefault(r.sentence.index, []).append(r)
    out: list[Finding] = []
    for sentence in claims.sentences:
        if "分别" not in sentence.text or sentence.index not in by_sentence:
            continue
        entities = {e.start: e for e in find_entities(sentence.text)}
        for lead in _LEAD.finditer(sentence.text):
            bench = entities.get(lead.end())
            listed = (
                re.compile(r"(?:指数)?\s*[，,]?\s*分别\s*").match(sentence.text, bench.end) if bench else None
            )
            if bench is None or not bench.is_benchmark or listed is None:
                continue
            items = _items(sentence.text, listed.end())
            period = sentence.period_at(lead.start())
            own = [
                r
                for r in by_sentence[sentence.index]
                if r.end <= lead.start() and r.period == period and r.entity.is_industry
            ]
            if len(items) < 2 or len(own) != len(items):
                continue
            found = _disagreement(sentence, bench.label, own, items)
            if found is not None:
                out.append(found)
    return out


def _disagreement(
    sentence: Sentence, bench: str, own: list[ReturnClaim], items: list[tuple[int, Number, int, int]]
) -> Finding | None:
    implied = [
        (r.value.value - sign * abs(n.value), r, n, start, end)
        for r, (sign, n, start, end) in zip(own, items, strict=True)
    ]
    first = implied[0]
    for value, r, n, start, end in implied[1:]:
        gap = tolerance(r.value, n) + tolerance(first[1].value, first[2])
        if abs(value - first[0]) > gap:
            return finding(
                "error",
                "arithmetic",
                f"{first[1].entity.label} {first[1].value.text}% and {first[2].text} imply {bench} {fmt(first[0])}%, "
                f"but {r.entity.label} {r.value.text}% and {n.text} imply {fmt(value)}%: one benchmark, one "
                f"return; one of the figures is wrong",
                sentence,
                start,
                end,
            )
    return None
