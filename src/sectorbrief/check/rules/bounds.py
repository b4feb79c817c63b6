"""A bound on an index's return (``军工板块年内涨幅超过50%``) against the exact returns stated for it.

The bound's index is read from the words right before it (a whole name the alias table knows, followed by
板块/行业/指数, so neither the stock 科林环保 nor the company 中信证券 is read as an index), its period from its clause; every exact return the text states for that index and period must then
break the bound for a finding (``申万国防军工指数的涨幅为4.2%`` under a heading of 超过50%), so a board
whose SW and CITIC figures differ is left alone when one of them agrees. A bound on something else
(``涨幅超过50%的个股``) is not read.
"""

from __future__ import annotations

import re

from sectorbrief.check.claim_types import NUMBER, ReturnClaim, parse_number
from sectorbrief.check.claims import Claims
from sectorbrief.check.entities import aliases
from sectorbrief.check.lazy_regex import lazy_compile
from sectorbrief.check.periods import Sentence
from sectorbrief.check.report import Finding
from sectorbrief.check.rules.common import EPSILON, finding

_BOUND = lazy_compile(
    r"(?<![\u4e00-\u9fffA-Za-z])(?P<name>[\u4e00-\u9fffA-Za-z0-9]{2,10}?)(?:板块|行业|指数)(?:整体)?"
    r"(?:年内|今年以来|年初至今|年初以来|本周|本月|周内|月内|全年|周|月)?(?:累计)?"
    rf"(?P<kind>涨幅|跌幅)(?P<word>超过|逾|超|高于|大于|不足|低于|小于)(?P<num>{NUMBER})%(?!的|以上的|左右)"
)


_LEAD = lazy_compile(r"^(?:今年以来|年初至今|年初以来|本周|本月|其中|同期|而|但)+")


def _index(raw: str) -> str | None:
    """The canonical name of ``raw`` when the alias table knows all of it (after a period word)."""
    known = aliases().names.get(_LEAD.sub("", raw))
    return known.canonical if known is not None else None


def check_bounds(claims: Claims) -> list[Finding]:
    out: list[Finding] = []
    for sentence in claims.sentences:
        if "涨幅" not in sentence.text and "跌幅" not in sentence.text:
            continue
        for m in _BOUND.finditer(sentence.text):
            name = _index(m.group("name"))
            if name is None:
                continue
            period = sentence.period_at(m.start("kind"))
            exact = [
                r
                for r in claims.returns
                if r.entity.name == name and r.period == period and r.sentence is not sentence
            ]
            if exact and all(not _keeps(r, m) for r in exact):
                out.append(_finding(sentence, m, name, exact[0]))
    return out


def _keeps(claim: ReturnClaim, m: re.Match[str]) -> bool:
    bound = parse_number(m.group("num")).value
    size = -claim.value.value if m.group("kind") == "跌幅" else claim.value.value
    slack = 0.5 * 10.0**-claim.value.decimals + EPSILON
    if m.group("word") in ("不足", "低于", "小于"):
        return size < bound + slack
    return size > bound - slack


def _finding(sentence: Sentence, m: re.Match[str], name: str, claim: ReturnClaim) -> Finding:
    quoted = claim.sentence.text[claim.start : claim.end]
    return finding(
        "error",
        "contradiction",
        f"{m.group(0)} is said of {name}, but the text gives its return for the same period as "
        f"{claim.value.value:+.{claim.value.decimals}f}% (「{quoted}」, {claim.sentence.location}); "
        "the bound or the figure is wrong",
        sentence,
        m.start(),
        m.end(),
    )
