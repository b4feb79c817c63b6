"""A net flow stated after its two gross flows must be their difference.

``机构累计买入金额为57377万元，而累计卖出金额为174505万元。…本周净卖出额为117128万元`` says 174505 − 57377 =
117128万元; ``流入性成交219.23亿元，流出性成交262.56亿元，资金净流入-43.33亿元`` says 219.23 − 262.56 = −43.33亿元.
Read in one paragraph: the gross figures (买入/卖出 or 流入/流出, not after 净, with 金额/额/性成交 and 为/达) and a
net figure of the same pair (净买入/净卖出 or 净流入/净流出, its minus sign kept). The net is read against the two
figures of its pair stated right before it, one each way, within a few sentences; a figure after 约, 近, 逾 or
超 is a bound and leaves the pair unread. Amounts in 亿元/万元/元 convert; the difference is taken over the
corners of the printed rounding. A net of the wrong size or direction is an error.

A total net and its parts stated in one sentence (``北向资金净流入52.3亿元，其中沪股通净流出20.1亿元，深股通净流入72.4亿
元``; ``沪股通和深股通分别净卖出6.74亿元和净买入10.84亿元，北向资金合计净卖出4.10亿元``) must add up with their words'
signs (净流入/净买入 +, 净流出/净卖出 −): the total is the net after 合计/共计/总计/整体 or the one that 其中 follows, the
parts are the sentence's other nets of the same pair. When the parts' sizes add up to the total's only with one
word the other way (one part's, or the total's), that word is wrong: an error quoting it. Sizes that do not add
up either way are left alone (其中 may list only some parts).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from sectorbrief.check.claims import Claims, Sentence
from sectorbrief.check.lazy_regex import lazy_compile
from sectorbrief.check.report import Finding
from sectorbrief.check.rules.common import corners, finding, printed

_N = r"\d[\d,]*(?:\.\d+)?"
_SCALE = {"亿元": 1e8, "万元": 1e4, "元": 1.0}
_FIELD = r"(?:性成交|成交)?(?:金额|额|资金)?(?:为|达|达到|是)?"
_FLOW = lazy_compile(
    rf"(?P<net>净)?(?P<way>买入|卖出|流入|流出){_FIELD}(?P<bound>约|近|逾|超过|超)?\s*(?P<sign>-)?"
    rf"(?P<n>{_N})\s*(?P<u>亿元|万元|元)(?![\d/])"
)
_NET_HINT = lazy_compile(r"净(?:买入|卖出|流入|流出)")  # the pre-filter: a paragraph with a net flow
_IN = ("买入", "流入")
_OTHER = {"买入": "卖出", "卖出": "买入", "流入": "流出", "流出": "流入"}
_PAIR = {"买入": "买卖", "卖出": "买卖", "流入": "流入流出", "流出": "流入流出"}
_REACH = 2  # the net may come this many sentences after the later gross figure


@dataclass
class _Flow:
    m: re.Match[str]
    sentence: int

    @property
    def inward(self) -> bool:
        return self.m.group("way") in _IN

    @property
    def value(self) -> tuple[float, float]:
        v, half = printed(self.m.group("n"))
        scale = _SCALE[self.m.group("u")]
        return (-v if self.m.group("sign") else v) * scale, half * scale

    @property
    def shown(self) -> str:
        return self.m.group(0)


def check_net_flows(claims: Claims) -> list[Finding]:
    out: list[Finding] = []
    nets = {s.paragraph for s in claims.sentences if "净" in s.text and _NET_HINT.search(s.text) is not None}
    seen: dict[tuple[int, str], list[_Flow]] = {}
    for i, sentence in enumerate(claims.sentences):
        text = sentence.text
        if sentence.paragraph not in nets or ("入" not in text and "出" not in text):
            continue
        out += _sums(sentence)
        for m in _FLOW.finditer(text):
            flow = _Flow(m, i)
            key = (sentence.paragraph, _PAIR[m.group("way")])
            before = seen.setdefault(key, [])
            if m.group("net") is None:
                before.append(flow)
                continue
            gross = before[-2:]
            before.clear()
            found = _check(sentence, flow, gross)
            if found is not None:
                out.append(found)
    return out


_TOTAL_BEFORE = lazy_compile(r"(?:合计|共计|总计|整体|总体|全天|全日)\s*$")
_PARTS_AFTER = lazy_compile(r"\s*[，,]?\s*其中")


def _sums(sentence: Sentence) -> list[Finding]:
    """A total net against its parts in one sentence: the one word whose flip makes them add up is wrong."""
    text = sentence.text
    flows = [_Flow(m, sentence.index) for m in _FLOW.finditer(text) if m.group("net")]
    totals = [
        f
        for f in flows
        if _TOTAL_BEFORE.search(text, max(0, f.m.start() - 8), f.m.start())
        or _PARTS_AFTER.match(text, f.m.end())
    ]
    if len(totals) != 1 or any(f.m.group("bound") for f in flows):
        return []
    total = totals[0]
    parts = [f for f in flows if f is not total and _PAIR[f.m.group("way")] == _PAIR[total.m.group("way")]]
    if len(parts) < 2:
        return []
    signed = [_signed(f) for f in parts]
    want, total_half = _signed(total)
    got, slack = sum(v for v, _ in signed), sum(h for _, h in signed) + total_half + 1e-9
    if abs(got - want) <= slack:
        return []
    fits = [f for f, (v, _) in zip(parts, signed, strict=True) if abs(got - 2 * v - want) <= slack]
    if abs(got + want) <= slack:
        fits.append(total)
    if len(fits) != 1:
        return []
    wrong = fits[0]
    other = f"净{_OTHER[wrong.m.group('way')]}"
    listed = " and ".join(f"「{f.shown}」" for f in parts)
    return [
        finding(
            "error",
            "arithmetic",
            f"「{wrong.shown}」 goes the wrong way: the parts {listed} add up to the total 「{total.shown}」 only "
            f"with {other} here (in − out, 净流入/净买入 + and 净流出/净卖出 −); consistent would be "
            f"{other}{wrong.m.group('n')}{wrong.m.group('u')}",
            sentence,
            wrong.m.start(),
            wrong.m.end(),
        )
    ]


def _signed(f: _Flow) -> tuple[float, float]:
    """A net's value with its word's sign: 净流入 +, 净流出 − (a written minus turns it again)."""
    value, half = f.value
    return (value if f.inward else -value), half


def _check(sentence: Sentence, net: _Flow, gross: list[_Flow]) -> Finding | None:
    """The net against the two gross flows right before it, one each way."""
    if len(gross) != 2 or gross[0].inward == gross[1].inward or net.sentence - gross[0].sentence > _REACH:
        return None
    if any(f.m.group("bound") or f.m.group("sign") for f in gross) or net.m.group("bound"):
        return None
    inflow, outflow = (gross[0], gross[1]) if gross[0].inward else (gross[1], gross[0])
    way = 1.0 if net.inward else -1.0  # 净卖出/净流出 X is outflow − inflow
    low, high = corners(lambda v: way * (v[0] - v[1]), (inflow.value, outflow.value))
    stated, half = net.value
    if low - half - 1e-9 <= stated <= high + half + 1e-9:
        return None
    scale = _SCALE[net.m.group("u")]
    middle = way * (inflow.value[0] - outflow.value[0]) / scale
    unit = net.m.group("u")
    places = len(net.m.group("n").split(".")[1]) if "." in net.m.group("n") else 0
    consistent = f"{middle:.{places}f}{unit}"
    said = f"净{net.m.group('way')}{consistent}"
    if middle < 0 and not net.m.group("sign"):  # 净买入 of a net sale: the other word, unsigned
        said = f"净{_OTHER[net.m.group('way')]}{-middle:.{places}f}{unit}"
    return finding(
        "error",
        "arithmetic",
        f"「{net.shown}」 but 「{inflow.shown}」 and 「{outflow.shown}」 before it give "
        f"{'in − out' if way > 0 else 'out − in'} = {consistent}; consistent would be {said}",
        sentence,
        net.m.start(),
        net.m.end(),
    )
