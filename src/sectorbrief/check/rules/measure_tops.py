"""Two different names each called the top (or bottom) of one measure, with figures that cannot both hold.

``兴森科技成交量215.01万手居首`` and, in the same paragraph, ``方正科技成交量397.81万手为全板块最高``: only
one stock can lead a board's volume, and 397.81 > 215.01, so the 居首 claim is wrong. Read for measures
other than returns (成交量, 成交额, 换手率, 振幅, 主力/资金净流入, 净流出, 市盈率, 市值 …): a name, the measure,
its figure and unit, then right after it a top word (居首, 最高, 为全板块最高, 位居第一, 排名第一, 位列第一,
居…首位) or a bottom word (最低, 垫底, 居末). Both claims must be in one paragraph and period, of one measure and one
unit; the figures must disagree with the claim (the one called top holds the smaller figure). The claim
with the wider scope must be the wrong one, or both of one scope: a stock that leads 全市场/两市 leads its
board too, but one that leads its board need not lead another board's stock.
"""

from __future__ import annotations

from dataclasses import dataclass

from sectorbrief.check.claim_types import FILLER
from sectorbrief.check.claims import Claims
from sectorbrief.check.lazy_regex import lazy_compile
from sectorbrief.check.periods import PERIOD_RE, Sentence
from sectorbrief.check.report import Finding
from sectorbrief.check.rules.common import finding, printed

_MEASURE = r"成交量|成交额|成交金额|换手率|振幅|主力资金净流入|主力净流入|资金净流入|净流入|主力资金净流出|主力净流出|净流出|总市值|流通市值|市盈率"
_TOP = (
    r"(?P<top>居首|居榜首|位居榜首|排名第一|位居第一|位列第一|排名首位|居首位|最高|最大|最多)"
    r"|(?P<bottom>最低|最小|最少|垫底|居末|排名末位)"
)
_CLAIM = lazy_compile(
    rf"(?P<name>[\u4e00-\u9fffA-Za-z]{{2,8}}?)(?:的|当日|今日)?(?P<measure>{_MEASURE})(?:为|达|达到|约)?"
    rf"(?P<num>\d[\d,]*(?:\.\d+)?)\s*(?P<unit>亿元|万元|万手|手|亿股|万股|%|倍|亿)"
    rf"[，,]?(?P<scope>为|是|位居|居)?(?P<where>全板块|板块内|板块|行业内|全行业|全市场|两市|沪深两市|A股)?(?:中|内)?(?:的)?(?:{_TOP})(?![价点位值涨跌])"
)
_TRIGGER = lazy_compile(r"居首|最高|最大|最多|第一|首位|最低|最小|最少|垫底|居末|榜首")
_MEASURES = lazy_compile(_MEASURE)
_WIDE = ("全市场", "两市", "沪深两市", "A股")


@dataclass(frozen=True)
class Top:
    sentence: Sentence
    name: str
    measure: str
    value: float
    half: float
    unit: str
    top: bool
    wide: bool
    period: str | None
    start: int
    end: int


def tops(sentence: Sentence) -> list[Top]:
    out = []
    for m in _CLAIM.finditer(sentence.text):
        value, half = printed(m.group("num"))
        out.append(
            Top(
                sentence,
                FILLER.sub("", PERIOD_RE.sub("", m.group("name"))) or m.group("name"),
                m.group("measure"),
                value,
                half,
                m.group("unit"),
                m.group("top") is not None,
                (m.group("where") or "") in _WIDE,
                " ".join(w.group(0) for w in PERIOD_RE.finditer(m.group("name")))
                or sentence.period_at(m.start()),
                m.start(),
                m.end(),
            )
        )
    return out


def check_measure_tops(claims: Claims) -> list[Finding]:
    found: list[Top] = []
    for sentence in claims.sentences:
        text = sentence.text
        if _TRIGGER.search(text) and _MEASURES.search(text):
            found += tops(sentence)
    out: list[Finding] = []
    for i, a in enumerate(found):
        for b in found[i + 1 :]:
            if (a.sentence.paragraph, a.measure, a.unit, a.top) != (
                b.sentence.paragraph,
                b.measure,
                b.unit,
                b.top,
            ):
                continue
            if a.name == b.name or abs(a.value - b.value) <= a.half + b.half or a.period != b.period:
                continue
            wrong, right = (a, b) if (a.value < b.value) == a.top else (b, a)
            if right.wide and not wrong.wide:
                continue  # the market's top may sit in another board than the one this board's top leads
            word = "top" if a.top else "bottom"
            out.append(
                finding(
                    "error",
                    "contradiction",
                    f"{wrong.name} is called the {word} on {wrong.measure} with {_shown(wrong)}, but {right.name} is "
                    f"called the {word} on it with {_shown(right)} (at {right.sentence.location}); only one can be, "
                    f"and the figures say {right.name}",
                    wrong.sentence,
                    wrong.start,
                    wrong.end,
                )
            )
    return out


def _shown(t: Top) -> str:
    return f"{t.value:g}{t.unit}"
