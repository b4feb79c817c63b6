"""A net flow stated after its two gross flows must be their difference.

``机构累计买入金额为57377万元，而累计卖出金额为174505万元。…本周净卖出额为117128万元`` says 174505 − 57377 =
117128万元; ``流入性成交219.23亿元，流出性成交262.56亿元，资金净流入-43.33亿元`` says 219.23 − 262.56 = −43.33亿元.
Read in one paragraph: the gross figures (买入/卖出 or 流入/流出, not after 净, with 金额/额/性成交 and 为/达) and a
net figure of the same pair (净买入/净卖出 or 净流入/净流出, its minus sign kept). The net is read against the two
figures of its pair stated right before it, one each way, within a few sentences; a figure after 约, 近, 逾 or
超 is a bound and leaves the pair unread. Amounts in 亿元/万元/元 convert; the difference is taken over the
corners of the printed rounding. A net of the wrong size or direction is an error.
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
