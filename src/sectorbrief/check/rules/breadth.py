"""Ranks against the market breadth stated beside them: when 19 of 28 industries rose, an industry that
rose ranks within the first 19 and one that fell ranks after them.

The breadth is read from ``申万一级28个行业中的19个上涨`` / ``31个行业中有26个上涨`` /
``申万一级31个行业6个上涨，25个下跌`` / ``28个一级行业中，本周上涨的有1个``. A rank is compared with it
when both are in one paragraph, of one period and of one ranking (the same universe size, or both 一级
or both 二级), the ranked industry's return of that period is stated and is not zero, and the rank is
not one of a 跌幅 ranking.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from sectorbrief.check.claims import Claims, RankClaim, ReturnClaim
from sectorbrief.check.lazy_regex import lazy_compile
from sectorbrief.check.periods import Sentence
from sectorbrief.check.report import Finding
from sectorbrief.check.rules.common import finding

_UP = r"上涨|收涨|飘红|收红|录得正收益|实现正收益|实现上涨"
_DOWN = r"下跌|收跌|飘绿|收绿|录得负收益"
_COUNT = lazy_compile(
    r"(?<![\d.])(?P<u>\d{1,3})个(?P<level1>(?:申万|中信)?(?:一级|二级)?)(?:子)?(?:行业|板块)[^，。；\d]{0,8}?"
    rf"(?:(?P<n>\d+)个(?:行业|板块)?(?P<dir>{_UP}|{_DOWN})|(?P<dir2>{_UP}|{_DOWN})的(?:行业|板块)?有(?P<n2>\d+)个)"
)
_MORE = lazy_compile(rf"[，,、]\s*(?:有)?(?P<n>\d+)个(?:行业|板块)?(?P<dir>{_UP}|{_DOWN})")


@dataclass(frozen=True)
class Breadth:
    sentence: Sentence
    universe: int
    level: str  # 一级, 二级 or ""
    risers: int | None
    fallers: int | None
    period: str | None


def breadths(sentence: Sentence) -> list[Breadth]:
    out = []
    text = sentence.text
    for m in _COUNT.finditer(text):
        counts: dict[bool, int] = {}
        rising = re.fullmatch(_UP, m.group("dir") or m.group("dir2")) is not None
        counts[rising] = int(m.group("n") or m.group("n2"))
        more = _MORE.match(text, m.end())
        if more:
            counts.setdefault(re.fullmatch(_UP, more.group("dir")) is not None, int(more.group("n")))
        level = "一级" if "一级" in text[max(0, m.start() - 8) : m.end()] else ""
        level = level or ("二级" if "二级" in text[max(0, m.start() - 8) : m.end()] else "")
        universe = int(m.group("u"))
        if universe < 5 or any(n > universe for n in counts.values()):
            continue
        out.append(
            Breadth(
                sentence, universe, level, counts.get(True), counts.get(False), sentence.period_at(m.start())
            )
        )
    return out


def _same_ranking(b: Breadth, k: RankClaim) -> bool:
    if k.sentence.paragraph != b.sentence.paragraph or k.period != b.period:
        return False
    if k.classification.startswith("scoped"):
        return False
    return k.universe == b.universe or (bool(b.level) and b.level in k.classification)


def _bounds(b: Breadth, rose: bool) -> tuple[int, int]:
    """The ranks a riser (or a faller) can hold in ``b``'s universe, best first."""
    if rose:
        last = b.risers if b.risers is not None else b.universe - (b.fallers or 0)
        return 1, last
    first = (b.risers or 0) + 1
    if b.fallers is not None:
        first = max(first, b.universe - b.fallers + 1)
    return first, b.universe


def check_breadth(claims: Claims) -> list[Finding]:
    found = [b for s in claims.sentences if "个" in s.text for b in breadths(s)]
    if not found:
        return []
    returns: dict[tuple[int, str, str | None], ReturnClaim] = {}
    for claim in claims.returns:
        returns.setdefault((claim.sentence.paragraph, claim.entity.name, claim.period), claim)
    out: list[Finding] = []
    for k in claims.ranks:
        if k.subject is None or "跌幅" in k.sentence.text[max(0, k.start - 6) : k.end]:
            continue
        r = returns.get((k.sentence.paragraph, k.subject.name, k.period))
        if r is None or r.value.value == 0:
            continue
        for b in found:
            if not _same_ranking(b, k):
                continue
            claims.verify(k)
            first, last = _bounds(b, r.value.value > 0)
            if not first <= k.rank <= last:
                out.append(_finding(k, r, b, first, last))
                break
    return out


def _finding(k: RankClaim, r: ReturnClaim, b: Breadth, first: int, last: int) -> Finding:
    moved = "rose" if r.value.value > 0 else "fell"
    told = ", ".join(f"{n} {word}" for n, word in ((b.risers, "rose"), (b.fallers, "fell")) if n is not None)
    return finding(
        "error",
        "rank",
        f"{k.subject.label if k.subject else ''} {moved} ({r.value.value:+.{r.value.decimals}f}%) and ranks "
        f"{k.rank}, but of {b.universe} industries {told} (at {b.sentence.location}): it should rank "
        f"between {first} and {last}",
        k.sentence,
        k.start,
        k.end,
    )
