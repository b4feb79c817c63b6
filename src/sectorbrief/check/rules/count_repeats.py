"""The market's count of rising (or falling) stocks given twice for one day, too far apart to be one count.

``沪深京三市近4000只股票下跌`` and, later, ``在两市交易的股票中 … 2714只股票出现下跌``: the two scopes differ
only by the 北交所's few hundred stocks, so the counts cannot both hold. Which scope a writer means by
两市 or 全市场 varies, so this is a warning, never an error: a proof-reader looks, the build does not stop.

Read: a count of stocks (``N只…下跌``, ``上涨个股N只``; 近/约/超 N allowed) in a sentence that names the
whole market (两市, 沪深, 沪深京, 全市场, 全部A股). Two counts of one direction and one day or period (周一,
10月28日, 昨日, 本周, 全年 …: the last named in or before the sentence) are compared; they may differ
by a tenth of the larger when either is rough (近/约/超), plus 300 stocks when their scopes differ (两市 vs
沪深京/全市场). A text that speaks of another time of day (午盘, 上午, 早盘, 半日) is not read, nor a
sentence about the session (盘中): those counts differ from the close's.
"""

from __future__ import annotations

from dataclasses import dataclass

from sectorbrief.check.claims import Claims
from sectorbrief.check.lazy_regex import lazy_compile
from sectorbrief.check.periods import Sentence
from sectorbrief.check.report import Finding
from sectorbrief.check.rules.common import finding

_COUNT = lazy_compile(
    r"(?P<q>近|约|超过|超|逾)?(?<![\d.])(?P<n>\d{3,4})只(?:个股|股票)?(?:实现|出现|录得|收盘)?(?P<dir>上涨|下跌|收涨|收跌)"
    r"(?![\d超逾达幅的中停])"
    r"|(?P<dir2>上涨|下跌)(?:的)?(?:个股|股票)(?:家数|数量)?(?:有|为|达|共计|共)?(?P<q2>近|约|超过|超|逾)?(?P<n2>\d{3,4})只(?![\d.])"
)
_SCOPE = lazy_compile(r"沪深京|京沪深|三市|全市场|全部A股|两市|沪深")
_INTRADAY = lazy_compile(r"午盘|上午|早盘|半日|午间|截至发稿|收盘前")
# the day a count is of: the last day named in its sentence or before it (较前一交易日 is a base, not the
# day; 今日 is the text's own day, so it changes nothing)
_DAY = lazy_compile(
    r"(?<![较比])(?:周[一二三四五六日]|星期[一二三四五六日天]|\d{1,2}月\d{1,2}日|昨日|昨天"
    r"|本周|上周|当周|本月|当月|今年|全年|年内|年初以来|年初至今)"
)
_ROUGH = ("近", "约", "超过", "超", "逾")
_EXCHANGE_GAP = 300  # stocks on the 北交所: the most 两市 and 沪深京 counts may differ by


@dataclass(frozen=True)
class MarketCount:
    sentence: Sentence
    n: int
    rough: bool
    rising: bool
    wide: bool  # 沪深京 / 全市场 rather than 两市
    day: str
    start: int
    end: int


def market_counts(sentence: Sentence, day: str = "") -> list[MarketCount]:
    """The market counts of ``sentence``, of ``day`` (the day named last before it) unless it names one."""
    text = sentence.text
    scopes = [m.group(0) for m in _SCOPE.finditer(text)]
    if not scopes:
        return []
    wide = any(s in ("沪深京", "京沪深", "三市", "全市场", "全部A股") for s in scopes)
    if wide and any(s in ("两市", "沪深") for s in scopes):
        return []  # both scopes in one sentence: which count is which is unclear
    out = []
    for m in _COUNT.finditer(text):
        n = int(m.group("n") or m.group("n2"))
        rough = (m.group("q") or m.group("q2") or "") in _ROUGH
        rising = (m.group("dir") or m.group("dir2")) in ("上涨", "收涨")
        days = _DAY.findall(text, 0, m.start())
        day_of = days[-1] if days else day
        out.append(MarketCount(sentence, n, rough, rising, wide, day_of, m.start(), m.end()))
    return out


def check_count_repeats(claims: Claims) -> list[Finding]:
    if not any("只" in s.text and ("涨" in s.text or "跌" in s.text) for s in claims.sentences):
        return []
    if any(_INTRADAY.search(s.text) for s in claims.sentences):
        return []
    found: list[MarketCount] = []
    day = ""
    for s in claims.sentences:
        if "只" in s.text and ("涨" in s.text or "跌" in s.text) and "盘中" not in s.text:
            found += market_counts(s, day)
        days = _DAY.findall(s.text)
        day = days[-1] if days else day
    out: list[Finding] = []
    for i, a in enumerate(found):
        for b in found[i + 1 :]:
            if a.rising != b.rising or a.day != b.day or a.sentence is b.sentence:
                continue
            slack = (0.1 * max(a.n, b.n) if a.rough or b.rough else 0.0) + (
                _EXCHANGE_GAP if a.wide != b.wide else 0
            )
            if abs(a.n - b.n) <= slack:
                continue
            word = "rising" if a.rising else "falling"
            out.append(
                finding(
                    "warning",
                    "contradiction",
                    f"the market's {word} stocks are counted as 「{b.sentence.text[b.start : b.end]}」 here but "
                    f"「{a.sentence.text[a.start : a.end]}」 at {a.sentence.location}; the scopes differ by at most "
                    f"the 北交所's few hundred stocks, so one of the two counts is likely wrong",
                    b.sentence,
                    b.start,
                    b.end,
                )
            )
            break
    return out
