"""One market measure's change stated twice in a text with figures that cannot both hold.

``流通市值缩水近6万亿元`` in the lead and ``其中流通市值锐减近3万亿元`` in the body are one change of one
measure; 近6万亿 and 近3万亿 cannot both describe it. Read: a market measure (流通市值, 总市值, 成交额,
成交金额, 融资余额, 两融余额, 北向资金净流入 …) followed directly by a change word (缩水, 锐减, 蒸发, 减少,
增加, 增长 …) and an amount in 万亿/亿/万元. Two such statements are one claim when their measure, the
direction of their change and the words before the measure in their clause (两市, 沪市; other than
其中/同时/而 … and period words) are the same; a level (``成交额为…``) is never read, since a text gives many days' levels.

The figures must differ by more than their rounding, and by more than a tenth when either is 近/约/超.
Of one stated period (or none in either), a disagreement is an error; of two periods that may be one
(全年 and 2011年, a year-to-date and a calendar year), a warning.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from sectorbrief.check.claim_types import FILLER, SCALES, clause_start
from sectorbrief.check.claims import Claims
from sectorbrief.check.lazy_regex import lazy_compile
from sectorbrief.check.periods import PERIOD_RE, Sentence
from sectorbrief.check.report import Finding
from sectorbrief.check.rules.common import finding, printed

_MEASURE = r"流通市值|总市值|成交额|成交金额|融资余额|两融余额|融资融券余额|北向资金净流入|北向资金净流出|主力资金净流入|主力资金净流出"
_DOWN = r"缩水|锐减|蒸发|减少|下降|萎缩|缩减|骤降|缩量|回落"
_UP = r"增加|增长|上升|放量|扩大|攀升|增多|激增"
_STATED = lazy_compile(
    rf"(?P<measure>{_MEASURE})(?:合计|共计|累计)?(?P<verb>{_DOWN}|{_UP})了?(?P<q>近|约|超过|超|逾|达|高达)?"
    rf"(?<![\d.])(?P<num>\d[\d,]*(?:\.\d+)?)(?P<scale>万亿|亿|万)元"
)
_VAGUE = ("近", "约", "超过", "超", "逾")
_YEARS = lazy_compile(r"^(?:ytd|year:.*)$")


@dataclass(frozen=True)
class Stated:
    sentence: Sentence
    key: tuple[str, bool, str]
    value: float
    half: float
    vague: bool
    period: str | None
    text: str
    start: int
    end: int


def statements(sentence: Sentence) -> list[Stated]:
    out = []
    text = sentence.text
    for m in _STATED.finditer(text):
        owner = FILLER.sub("", PERIOD_RE.sub("", text[clause_start(text, m.start()) : m.start()]))
        value, half = printed(m.group("num"))
        scale = SCALES[m.group("scale")]
        down = re.fullmatch(_DOWN, m.group("verb")) is not None
        out.append(
            Stated(
                sentence,
                (m.group("measure"), down, owner),
                value * scale,
                half * scale,
                (m.group("q") or "") in _VAGUE,
                sentence.period_at(m.start()),
                m.group(0),
                m.start(),
                m.end(),
            )
        )
    return out


def check_measure_repeats(claims: Claims) -> list[Finding]:
    found: list[Stated] = []
    for sentence in claims.sentences:
        if "元" in sentence.text and ("市值" in sentence.text or "额" in sentence.text):
            found += statements(sentence)
    out: list[Finding] = []
    seen: dict[tuple[str, bool, str], Stated] = {}
    for s in found:
        first = seen.setdefault(s.key, s)
        if first is s:
            continue
        slack = first.half + s.half + (0.1 * max(first.value, s.value) if first.vague or s.vague else 0.0)
        if abs(first.value - s.value) <= slack:
            continue
        same = first.period == s.period
        if not same and not (
            first.period and s.period and _YEARS.match(first.period) and _YEARS.match(s.period)
        ):
            continue
        out.append(
            finding(
                "error" if same else "warning",
                "contradiction",
                f"「{s.text}」 here but 「{first.text}」 at {first.sentence.location}: one change of {s.key[0]} "
                f"given two amounts that cannot both hold; one of the two is wrong",
                s.sentence,
                s.start,
                s.end,
            )
        )
    return out
