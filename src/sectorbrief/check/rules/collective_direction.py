"""A direction word said of several indices at once, against each one's stated return.

``纺织制造与服装家纺均跑输沪深300`` or ``电子、计算机板块涨幅分别为…，均跑赢沪深300指数`` says each listed index did
better or worse than the benchmark; ``非银金融各子板块均跑输沪深300指数。证券行业下跌…，保险行业下跌…`` says it of
every part whose return follows. The excess reader gives such a claim one subject (the last name, or the
whole industry), so the other members' returns are never held against the word. Read here:

- the claim: 均 / 都 / 皆 / 全部 / 全都 right before 跑赢, 跑输, 强于, 弱于, 优于, 逊于, 劣于, 好于 or 差于, and the
  benchmark named right after the word (大盘 is the one benchmark its paragraph states a return for);
- its members: the names listed before 均 in its clause (joined by 、 和 与 及, each one the table knows), or,
  when the clause says 各 / 所有 / 全部 … (子板块, 子行业, 细分行业, 板块), the indices whose returns its sentence
  and the next one in its paragraph state, other than the benchmark, the industry named before 各 and a
  whole industry (整体);
- each member's return and the benchmark's of the claim's period, stated in its paragraph (the same
  sentence first).

A member on the other side of the benchmark by more than the rounding of the two printed figures is an
error, one finding per claim naming every such member. A member the excess reader already compared with
the benchmark at this claim is left to it.
"""

from __future__ import annotations

import re

from sectorbrief.check.claim_types import FILLER, clause_start
from sectorbrief.check.claims import Claims, ReturnClaim
from sectorbrief.check.entities import Entity, find_entities
from sectorbrief.check.lazy_regex import lazy_compile
from sectorbrief.check.periods import Sentence
from sectorbrief.check.report import Finding
from sectorbrief.check.rules.common import finding, fmt, tolerance
from sectorbrief.taxonomy.aliases import aliases

_WORDS = {
    "跑赢": 1,
    "强于": 1,
    "优于": 1,
    "好于": 1,
    "跑输": -1,
    "弱于": -1,
    "逊于": -1,
    "劣于": -1,
    "差于": -1,
}
_CLAIM = lazy_compile(
    r"(?:均|都|皆|全部|全都)(?:明显|大幅|小幅|略微|略|显著|有所)?(?P<word>"
    + "|".join(_WORDS)
    + r")(?:了|于)?"
)
_COLLECTIVE = lazy_compile(r"均|都|皆|全部")
_EVERY = lazy_compile(
    r"(?:各|所有|全部)(?:申万|中信|SW)?(?:一级|二级|三级)?(?:子板块|子行业|细分行业|细分板块|板块|行业)"
)
_FIGURES = lazy_compile(r"(?:的)?(?:涨跌幅|涨幅|跌幅|收益率|分别|上涨|下跌|[+-]?\d)")
_WHOLE = lazy_compile(r"整体|全行业")
_LIST_SPLIT = lazy_compile(r"、|和|与|及|以及")
_TAGS = lazy_compile(r"^(?:申万|中信|SW|CS)?\s*|(?:\((?:申万|中信)\))?(?:行业指数|行业|子板块|板块|指数)?$")


def check_collective_direction(claims: Claims) -> list[Finding]:
    out: list[Finding] = []
    by_paragraph = claims.returns_by_paragraph
    for sentence in claims.sentences:
        for m in _CLAIM.finditer(sentence.text) if _COLLECTIVE.search(sentence.text) else ():
            out += _check_claim(claims, by_paragraph.get(sentence.paragraph, []), sentence, m)
        for m in _ALL_MOVED.finditer(sentence.text) if _EVERY_MOVED.search(sentence.text) else ():
            out += _check_all_moved(claims, by_paragraph.get(sentence.paragraph, []), sentence, m)
    return out


# 医药二级板块周线悉数收跌 / 各子行业均上涨: every sub-industry of one industry moved one way
_MOVED = (
    r"(?:二级|三级|子)(?:板块|行业)(?:周线|本周|当周|全周|当日|月内|本月)?(?:悉数|全部|全线|均|全都|都)"
    r"(?P<word>收涨|收跌|上涨|下跌|收红|收绿|飘红|飘绿)"
)
_EVERY_MOVED = lazy_compile(_MOVED)  # found first from its literal start, then read with the name before it
_ALL_MOVED = lazy_compile(r"(?P<parent>[\u4e00-\u9fff]{2,4}?)(?:各|下属各?)?" + _MOVED)
_RISE = ("收涨", "上涨", "收红", "飘红")


def _check_all_moved(
    claims: Claims, returns: list[ReturnClaim], sentence: Sentence, m: re.Match[str]
) -> list[Finding]:
    """Every sub-industry of ``parent`` said to have risen (fallen), against a sub-industry's return of
    the claim's period, in its sentence after it or the next one of its paragraph, with the other sign."""
    parent = aliases().names.get(m.group("parent"))
    if parent is None or parent.level != "l1":
        return []
    said = 1 if m.group("word") in _RISE else -1
    period = (sentence.period_at(m.start()) or "").split("@")[0]
    names = aliases().names
    wrong = [
        r
        for r in returns
        if (r.sentence is sentence and r.start >= m.end() or r.sentence.index == sentence.index + 1)
        and r.entity.level in ("l2", "l3")
        and r.entity.name in names
        and names[r.entity.name].parent == parent.canonical
        and (r.period or "").split("@")[0] == period
        and not r.guessed
        and r.value.value * said < 0
    ]
    if not wrong:
        return []
    claims.verify(*wrong)
    basis = "; ".join(
        f"{r.entity.label} {r.value.value:+.{r.value.decimals}f}% (at {r.sentence.location}, "
        f"「{r.sentence.text[r.start : r.end]}」)"
        for r in wrong
    )
    return [
        finding(
            "error",
            "contradiction",
            f"'{m.group(0)}' says every sub-industry of {parent.canonical} {'rose' if said > 0 else 'fell'}, "
            f"but {basis} {'fell' if said > 0 else 'rose'}; the word or the figure is wrong",
            sentence,
            m.start(),
            m.end(),
        )
    ]


def _check_claim(
    claims: Claims, returns: list[ReturnClaim], sentence: Sentence, m: re.Match[str]
) -> list[Finding]:
    text = sentence.text
    bench = _benchmark_after(text, m.end())
    if bench is None:
        return []
    period = sentence.period_at(m.start())
    theirs = _return_of(returns, sentence, bench.name, period, benchmark=True)
    if theirs is None:
        return []
    clause = clause_start(text, m.start())
    members = _listed(text[clause : m.start()]) or _every(text, clause, m.start(), returns, sentence, bench)
    if not members and clause > 0 and not FILLER.sub("", text[clause : m.start()]):
        # 电子、计算机板块涨幅分别为…，均跑赢…: the list opens the clause before
        before = text[clause_start(text, clause - 1) : clause - 1]
        members = _listed(_FIGURES.split(before, maxsplit=1)[0])
    if not members:
        return []
    said = _WORDS[m.group("word")]
    compared = {
        e.subject.name
        for e in claims.excess
        if e.sentence is sentence and e.subject is not None and e.start <= m.end() and m.start() <= e.end
    }
    wrong: list[tuple[ReturnClaim, float]] = []
    for name in members:
        if name in compared:
            continue
        mine = _return_of(returns, sentence, name, period, benchmark=False)
        if mine is None or mine.guessed:
            continue
        gap = mine.value.value - theirs.value.value
        if abs(gap) > tolerance(mine.value, theirs.value) and (gap > 0) != (said > 0):
            wrong.append((mine, gap))
    if not wrong:
        return []
    claims.verify(theirs, *(mine for mine, _ in wrong))
    basis = "; ".join(
        f"{mine.entity.label} {mine.value.value:+.{mine.value.decimals}f}% (at {mine.sentence.location}, "
        f"「{mine.sentence.text[mine.start : mine.end]}」) − {bench.label} "
        f"{theirs.value.value:+.{theirs.value.decimals}f}% = {fmt(gap)} pp"
        for mine, gap in wrong
    )
    return [
        finding(
            "error",
            "arithmetic",
            f"'{m.group(0)}' {bench.label} is said of each of them, but {basis}; consistent would be "
            f"{'跑输/弱于' if said > 0 else '跑赢/强于'} for " + ("it" if len(wrong) == 1 else "these"),
            sentence,
            m.start(),
            m.end(),
        )
    ]


def _benchmark_after(text: str, pos: int) -> Entity | None:
    """The benchmark named right after the direction word (沪深300指数, 上证综指), not 大盘."""
    found = [e for e in find_entities(text[pos : pos + 16]) if e.start <= 1]
    return found[0] if found and found[0].level == "benchmark" else None


def _listed(lead: str) -> list[str]:
    """The canonical names of a list that makes up ``lead`` (纺织制造与服装家纺, 电子、计算机板块), after
    its period words and filler; none unless every item is a name the table knows."""
    lead = re.sub(r"^.*?(?:其中|同期|本周|上周|本月|当周|年初至今|今年以来)", "", lead)
    items = [_TAGS.sub("", item.strip()) for item in _LIST_SPLIT.split(lead)]
    names = aliases().names
    if len(items) < 2 or not all(item in names and names[item].level != "benchmark" for item in items):
        return []
    return [names[item].canonical for item in items]


def _every(
    text: str, clause: int, pos: int, returns: list[ReturnClaim], sentence: Sentence, bench: Entity
) -> list[str]:
    """各子板块均跑输…: the indices whose returns this sentence and the next one of its paragraph state."""
    every = _EVERY.search(text, clause, pos)
    if every is None:
        return []
    parents = {e.name for e in find_entities(text[clause : every.start()])}
    members: list[str] = []
    for r in returns:
        if not sentence.index <= r.sentence.index <= sentence.index + 1 or r.entity.is_benchmark:
            continue
        if r.sentence is sentence and r.start < pos:
            continue
        whole = _WHOLE.search(r.sentence.text, r.entity.end, r.end)
        if r.entity.name in parents or r.entity.name == bench.name or whole or r.bracketed:
            continue
        if r.entity.name not in members:
            members.append(r.entity.name)
    return members


def _return_of(
    returns: list[ReturnClaim], sentence: Sentence, name: str, period: str | None, *, benchmark: bool
) -> ReturnClaim | None:
    """The return of ``name`` for ``period`` in the paragraph: in ``sentence`` first, then the nearest; none
    when the paragraph states two different values of it."""
    found = [
        r
        for r in returns
        if r.entity.name == name and r.period == period and r.entity.is_benchmark == benchmark
    ]
    if not found or len({r.value.value for r in found}) > 1:
        return None
    return min(found, key=lambda r: abs(r.sentence.index - sentence.index))
