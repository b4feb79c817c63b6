"""A rank against the returns stated beside it: ranking first while another industry rose more.

``休闲服务板块(4.45%)…排名第3位.本周涨幅最大的板块为食品饮料(6.38%)…图1：休闲服务行业涨跌幅位列一级行业第1位``:
食品饮料's 6.38% is above 休闲服务's 4.45%, so 休闲服务 cannot rank first (and the text's own 第3位 says
it did not). Read within one paragraph: a rank by return (not a scoped or valuation ranking, not a
fall ranking) of an industry whose own return for the rank's period is stated there once; the other
industries of its level and classification with a return of the same period stated there that is
higher beyond the rounding of the two figures. When c of them are higher, a rank of c or better is
impossible: an error, quoting the higher returns, the rank and any other rank the paragraph gives the
same subject and period. When a higher industry's own rank is stated there too, the rank-order rule
compares the two ranks and this one stays silent.
"""

from __future__ import annotations

from sectorbrief.check.claims import Claims, RankClaim, ReturnClaim
from sectorbrief.check.lazy_regex import lazy_compile
from sectorbrief.check.report import Finding
from sectorbrief.check.rules.common import finding, tolerance

_FALLS = lazy_compile(r"(?<!涨)跌幅|倒数|末位")  # a ranking by fall (涨跌幅 is by return)


def check_rank_returns(claims: Claims) -> list[Finding]:
    if not claims.ranks:
        return []
    by_paragraph = claims.returns_by_paragraph
    out: list[Finding] = []
    for k in claims.ranks:
        if k.subject is None or k.period is None or k.classification.startswith("scoped"):
            continue
        text = k.sentence.text
        if _FALLS.search(text, max(0, k.start - 20), k.end):
            continue
        found = _higher(k, by_paragraph.get(k.sentence.paragraph, []))
        if found is not None and not _ranked(claims, k, found[1]):
            out.append(_finding(claims, k, *found))
    return out


def _higher(k: RankClaim, returns: list[ReturnClaim]) -> tuple[ReturnClaim, list[ReturnClaim]] | None:
    """The subject's own return and the other industries' higher ones, when they number ``k.rank`` or more."""
    assert k.subject is not None
    same = [r for r in returns if r.period == k.period]
    own = [r for r in same if r.entity.key == k.subject.key]
    if not own or len({r.value.value for r in own}) != 1:
        return None
    mine = own[0]
    level = k.subject.level
    higher: dict[tuple[str, str], ReturnClaim] = {}
    for r in same:
        e = r.entity
        if e.key == k.subject.key or e.level != level or e.cls != k.subject.cls:
            continue
        if r.value.value - mine.value.value > tolerance(r.value, mine.value):
            higher.setdefault(e.key, r)
    if len(higher) < k.rank:
        return None
    return mine, sorted(higher.values(), key=lambda r: -r.value.value)


def _ranked(claims: Claims, k: RankClaim, higher: list[ReturnClaim]) -> bool:
    """Whether a higher-return industry has its own rank in the paragraph and period: rank order compares those."""
    keys = {r.entity.key for r in higher}
    return any(
        o.subject is not None and o.subject.key in keys and o.period == k.period
        and o.sentence.paragraph == k.sentence.paragraph
        for o in claims.ranks
    )  # fmt: skip


def _finding(claims: Claims, k: RankClaim, mine: ReturnClaim, higher: list[ReturnClaim]) -> Finding:
    assert k.subject is not None
    said = k.sentence.text[k.start : k.end]
    others = "、".join(f"{r.entity.label} {r.value.text}%" for r in higher[:3])
    other_ranks = [
        o for o in claims.ranks
        if o is not k and o.subject is not None and o.subject.key == k.subject.key and o.period == k.period
        and o.sentence.paragraph == k.sentence.paragraph and o.rank != k.rank
    ]  # fmt: skip
    also = (
        f"; the text also ranks it 「{other_ranks[0].sentence.text[other_ranks[0].start : other_ranks[0].end]}」"
        if other_ranks
        else ""
    )
    return finding(
        "error",
        "rank",
        f"「{said}」 ranks {k.subject.label} {k.rank}, but its {mine.value.text}% is below {len(higher)} other "
        f"return(s) stated for the same period ({others}); consistent would be rank {len(higher) + 1} or "
        f"lower{also}",
        k.sentence,
        k.start,
        k.end,
    )
