"""Performance chains written with ``>`` (各板块表现造纸>包装印刷>家用轻工) against the returns given for them.

A chain of three or more names joined by ``>`` is a claim of order when its clause speaks of 表现 or
涨跌幅, or when ``涨跌幅分别为`` and as many figures follow it. Each name's figure is the one given right
after the chain (分别为 …), else the first move (上涨1.50%, 涨幅-0.3%) that follows the name's next mention
in the same sentence, before another name of the chain is mentioned. Every pair found must keep the
chain's order; names without a figure are left out.

A chain whose names carry their own figures (``韵达(32.7%)>申通(29.5%)>圆通(27.6%)``, also after the index
that stands for the name: ``小盘(恒生小型股+3.6%)>大盘(恒生大型股+3.3%)``) is a claim of order whatever it
measures, and is read from those figures.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from sectorbrief.check.claim_types import NUMBER, Number, parse_number
from sectorbrief.check.claims import Claims
from sectorbrief.check.lazy_regex import lazy_compile
from sectorbrief.check.periods import Sentence
from sectorbrief.check.report import Finding
from sectorbrief.check.rules.common import finding, tolerance

_NAME = r"[\u4e00-\u9fffA-Za-z][\u4e00-\u9fffA-Za-z0-9()Ⅱ]{0,9}"
_CHAIN = lazy_compile(rf"{_NAME}(?:\s*>\s*{_NAME}){{2,}}")
_OWN = (
    rf"(?P<name>[\u4e00-\u9fffA-Za-z][\u4e00-\u9fffA-Za-z0-9]{{0,13}})\s*"
    rf"\((?:[\u4e00-\u9fffA-Za-z][^()\d+-]{{0,9}}?\s*)?(?P<num>{NUMBER})%[^()]{{0,12}}\)"
)
_INLINE = lazy_compile(rf"{_OWN}(?:\s*>\s*{_OWN.replace('?P<name>', '').replace('?P<num>', '')}){{1,}}")
_INLINE_LINK = lazy_compile(_OWN)
_LEAD = lazy_compile(r"^.*(?:表现|来看|看|中|为|是|依次)")
_ABOUT = lazy_compile(r"表现|涨跌幅|涨幅|收益")
_LISTED = lazy_compile(
    rf"\s*[，,]?\s*(?:涨跌幅|涨幅|周涨跌幅)?分别为?\s*[：:]?\s*"
    rf"(?P<nums>{NUMBER}%(?:\s*(?:、|，|,|/)\s*{NUMBER}%)+)"
)
_MOVE = lazy_compile(
    rf"(?P<verb>涨跌幅|涨幅|跌幅|上涨|下跌|收涨|收跌|涨|跌)(?:为|达|了)?\s*(?P<num>{NUMBER})%"
)
_FALLS = ("跌幅", "下跌", "收跌", "跌")


@dataclass(frozen=True)
class Link:
    name: str
    value: Number
    signed: float
    start: int
    end: int


def chains(sentence: Sentence) -> list[list[Link]]:
    """Each order chain of ``sentence`` with the figures found for its names, in the chain's order."""
    text = sentence.text
    out = []
    for m in _CHAIN.finditer(text):
        names = [n.strip() for n in m.group(0).split(">")]
        first = _LEAD.sub("", names[0]) or names[0]  # 各板块表现造纸 -> 造纸
        start = m.start() + len(names[0]) - len(first)
        names[0] = first
        if len(set(names)) != len(names):
            continue
        listed = _LISTED.match(text, m.end())
        clause = max(text.rfind(c, 0, m.start()) for c in "，,；;：:。") + 1
        if listed is None and not _ABOUT.search(text, clause, start):
            continue
        links = _listed(names, listed) if listed else _mentioned(text, names, m.end())
        if len(links) >= 2:
            out.append(links)
    for m in _INLINE.finditer(text):
        own = [_own(link) for link in _INLINE_LINK.finditer(text, m.start(), m.end())]
        if len({link.name for link in own}) == len(own):
            out.append(own)
    return out


def _own(m: re.Match[str]) -> Link:
    number = parse_number(m.group("num"))
    return Link(m.group("name"), number, number.value, m.start(), m.end())


def _listed(names: list[str], listed: re.Match[str]) -> list[Link]:
    numbers = re.findall(NUMBER, listed.group("nums"))
    if len(numbers) != len(names):
        return []
    out = []
    for name, raw in zip(names, numbers, strict=True):
        number = parse_number(raw)
        out.append(Link(name, number, number.value, listed.start(), listed.end()))
    return out


def _mentioned(text: str, names: list[str], after: int) -> list[Link]:
    out = []
    for name in names:
        at = text.find(name, after)
        if at < 0:
            continue
        others = [text.find(n, at + len(name)) for n in names if n != name and name not in n]
        stop = min([o for o in others if o >= 0], default=len(text))
        move = _MOVE.search(text, at + len(name), stop)
        if move is None:
            continue
        number = parse_number(move.group("num"))
        signed = -abs(number.value) if move.group("verb") in _FALLS else number.value
        out.append(Link(name, number, signed, at, move.end()))
    return out


def check_chains(claims: Claims) -> list[Finding]:
    out: list[Finding] = []
    for sentence in claims.sentences:
        if ">" not in sentence.text:
            continue
        for links in chains(sentence):
            broken = _first_break(links)
            if broken is not None:
                out.append(_finding(sentence, *broken))
    return out


def _first_break(links: list[Link]) -> tuple[Link, Link] | None:
    for i, higher in enumerate(links):
        for lower in links[i + 1 :]:
            if lower.signed > higher.signed + tolerance(higher.value, lower.value) / 2:
                return higher, lower
    return None


def _finding(sentence: Sentence, higher: Link, lower: Link) -> Finding:
    return finding(
        "error",
        "rank",
        f"the text orders {higher.name} > {lower.name}, but {higher.name} {higher.signed:+.{higher.value.decimals}f}% "
        f"is below {lower.name} {lower.signed:+.{lower.value.decimals}f}%; the order or a figure is wrong",
        sentence,
        lower.start,
        lower.end,
    )
