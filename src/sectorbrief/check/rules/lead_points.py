"""An index's day move in points stated twice, where one statement is tied by its own close and percentage:
``上证指数收跌27点`` in the lead against ``上证指数…收报2765点，跌22点或0.81%`` in the body.

A sentence that names one index and gives its close, its move in points and its percentage in one run
(``收报2765点，跌22点或0.81%``; ``跌22点或0.81%，收报2765点``) fixes the move: the three agree (points.py checks
that), so a fall of 22 points on 2765 is 0.79%. Another sentence that gives the same index's move the same
way (both falls or both rises, in points, right after the index's name, without 一度, 最多, 盘中 or a time of
day, and neither clause naming a period of its own) and a figure that the close and percentage cannot give
(27 points is 0.97% of 2792) states the same move with another value.

Such a figure is an error; the message quotes both places and gives the move the close and percentage fix.
A text of more than one dated day is not read.
"""

from __future__ import annotations

import re

from sectorbrief.check.claims import Claims
from sectorbrief.check.entities import find_entities
from sectorbrief.check.lazy_regex import lazy_compile
from sectorbrief.check.periods import PERIOD_RE, Sentence
from sectorbrief.check.report import Finding
from sectorbrief.check.rules.common import finding

_UP = "上涨|涨|升|上升|收涨|收升"
_DOWN = "下跌|跌|降|下降|收跌|收降"
_MOVE = rf"(?:(?P<up>{_UP})|(?P<down>{_DOWN}))(?P<move>\d+(?:\.\d+)?)点"
_CLOSE = r"(?:收报|收于|报收|收市报|报)(?P<close>\d[\d,]*(?:\.\d+)?)点"
_PCT = r"(?:或|，|,)?\s*(?:(?:跌幅|涨幅)(?:为|达)?)?(?P<pct>\d+(?:\.\d+)?)%"
_TIED = (
    lazy_compile(rf"{_CLOSE}[，,]\s*{_MOVE}\s*{_PCT}"),
    lazy_compile(rf"{_MOVE}\s*{_PCT}[，,]\s*{_CLOSE}"),
)
_STATED = lazy_compile(rf"(?<![\d.]){_MOVE}(?!\s*(?:或|，|,)?\s*(?:跌幅|涨幅)?\d+(?:\.\d+)?%)")
_MARKERS = lazy_compile(
    r"一度|最多|盘中|最高|最低|高见|低见|开盘|开市|早盘|午盘|午间|中午|半日|尾盘|累计|[前后]"
)
_CLAUSE = lazy_compile(r"[^，,;；。]*$")


def check_lead_points(claims: Claims) -> list[Finding]:
    if len({s.dated for s in claims.sentences if s.dated}) > 1:
        return []
    tied = [t for s in claims.sentences if "点" in s.text and "%" in s.text for t in _tied(s)]
    if not tied:
        return []
    out: list[Finding] = []
    for sentence in claims.sentences:
        for m in _STATED.finditer(sentence.text) if "点" in sentence.text else ():
            # the arithmetic first: an index's name is read only for a move some tied run cannot give
            against = [
                (other, t, index)
                for other, t, index in tied
                if other is not sentence
                and _direction(t) == _direction(m)
                and not _gives(t, float(m.group("move")), m.group("move"))
            ]
            if not against or _MARKERS.search(_clause_before(sentence.text, m.start())):
                continue
            name = _named_right_before(sentence.text, m.start())
            out += [_finding(sentence, m, other, t) for other, t, index in against if index == name]
    return out


def _tied(sentence: Sentence) -> list[tuple[Sentence, re.Match[str], str]]:
    """The sentence's close-move-percentage runs, with its index when it names one only (大市, the market,
    aside) and no period word or marker stands in the run's clause."""
    runs = [t for pattern in _TIED for t in pattern.finditer(sentence.text)]
    if not runs:
        return []
    names = {e.name for e in find_entities(sentence.text) if e.level not in ("market", "generic")}
    if len(names) != 1:
        return []
    (name,) = names
    out = []
    for t in runs:
        clause = _clause_before(sentence.text, t.start())
        if not _MARKERS.search(clause) and not PERIOD_RE.search(clause):
            out.append((sentence, t, name))
    return out


def _named_right_before(text: str, pos: int) -> str | None:
    """The index named right before a move (上证指数收跌27点; 沪指全日跌22点), if its clause has no period."""
    clause = _clause_before(text, pos)
    entities = find_entities(clause)
    if not entities or len(clause) - entities[-1].end > 2 or PERIOD_RE.search(clause):
        return None
    return entities[-1].name


def _clause_before(text: str, pos: int) -> str:
    m = _CLAUSE.search(text, 0, pos)
    return m.group() if m else ""


def _direction(m: re.Match[str]) -> str:
    return "up" if m.group("up") else "down"


def _points(t: re.Match[str]) -> tuple[float, float]:
    """The move the close and percentage fix, over the rounding of both (a move's low and high)."""
    close, pct = float(t.group("close").replace(",", "")), float(t.group("pct"))
    places = len(t.group("pct").split(".")[1]) if "." in t.group("pct") else 0
    half = 0.5 * 10.0**-places
    sign = -1 if t.group("down") else 1
    moves = [c * p / (100 + sign * p) for c in (close - 0.5, close + 0.5) for p in (pct - half, pct + half)]
    return min(moves), max(moves)


def _gives(t: re.Match[str], move: float, printed: str) -> bool:
    low, high = _points(t)
    unit = 10.0 ** -(len(printed.split(".")[1]) if "." in printed else 0)
    return low - unit <= move <= high + unit


def _finding(sentence: Sentence, m: re.Match[str], other: Sentence, t: re.Match[str]) -> Finding:
    low, high = _points(t)
    return finding(
        "error",
        "contradiction",
        f"{m.group()} here but 「{t.group()}」 at {other.location} for the same index and day: a close of "
        f"{t.group('close')}点 and a move of {t.group('pct')}% give {low:.1f}–{high:.1f} points, so {m.group('move')}点 "
        f"cannot be that move; it should read {t.group('move')}点 as the other place does",
        sentence,
        m.start(),
        m.end(),
    )
