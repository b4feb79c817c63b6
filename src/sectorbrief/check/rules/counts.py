"""Counts of rising and falling stocks against the shares and ratios stated beside them.

A market wrap states how many stocks rose or fell and then a share or a ratio of those counts:
``两市2320家上市公司中，仅有217只个股上涨，占比仅6.5%`` (217 / 2320 is 9.35%),
``全市场4596只个股下跌，占比超90%，仅588家上涨`` (4596 of at least 4596 + 588 stocks is at most 88.7%),
``涨跌比达到1:7.95`` beside 588 risers and 4596 decliners (1:7.82). All three are read in one sentence:

- a share (``占比X%``, ``占比超X%``, ``占比不足X%``) right after a count is that count's share of the
  total stated before it in the sentence (``N家上市公司中``, ``N只个股中``); without a total it is at most
  the count over the counts of both directions (and 平盘 stocks) the sentence gives, since the market
  holds at least those;
- a 涨跌比 (or 跌涨比) is the risers over the decliners when the sentence gives exactly one count of each.

A count is a whole number of stocks (只/家) right before or after its direction word (上涨/下跌/收涨/收跌/
飘红/飘绿); a count of a subset (``120只个股上涨超过5%``, ``上涨的个股中``) or of limit moves (涨停) is not
read. The tolerance comes from the printed share or ratio (one unit of its last digit, as in 占比6.5%
→ ±0.1; a bound such as 超90% only half of that), since counts are exact; 约/近 allow 5 % of the
figure more.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from sectorbrief.check.claim_types import parse_number
from sectorbrief.check.claims import Claims
from sectorbrief.check.lazy_regex import lazy_compile
from sectorbrief.check.periods import Sentence
from sectorbrief.check.report import Finding
from sectorbrief.check.rules.common import finding, fmt, tolerance

_UNIT = r"(?:家|只|个)"
_STOCKS = r"(?:A股|个股|股票|上市公司|公司)"
_UP = r"上涨|收涨|飘红|收红|上升"
_DOWN = r"下跌|收跌|飘绿|收绿|下降"
_FLAT = r"平盘|持平"
# 217只个股上涨 / 2714只股票出现下跌 / 588家上涨 ; 上涨个股2284只 / 上涨家数为2284家 / 上涨的有2284只
_COUNT = lazy_compile(
    rf"(?<![\d.])(?P<n>\d{{2,5}}){_UNIT}{_STOCKS}?(?:实现|出现|录得|收盘)?(?P<dir>{_UP}|{_DOWN}|{_FLAT})"
    rf"(?![\d超逾达幅的中停])"
    rf"|(?P<dir2>{_UP}|{_DOWN}|{_FLAT})(?:的|者)?{_STOCKS}?(?:家数|数量)?(?:有|为|达|共计|共)?(?P<n2>\d{{2,5}}){_UNIT}(?![\d.])"
)
# 两市2320家上市公司中 / 135只正常交易的鲁股中 / 38只个股中
_TOTAL = lazy_compile(
    rf"(?<![\d.])(?P<t>\d{{2,5}}){_UNIT}[\u4e00-\u9fff]{{0,6}}?(?:{_STOCKS}|股)(?:中|里|当中)"
)
# a scope that makes every count of its part of the sentence one market's (全市场4596只个股下跌)
_MARKET = lazy_compile(r"全市场|两市|沪深|A股|全部|个股|股票")
_SHARE = lazy_compile(
    rf"{_STOCKS}?\s*[，,]?\s*(?:占比|占(?:全部|全市场|总数|全体)?(?:个股|股票|公司)?(?:的)?(?:比例|比重)?)"
    r"(?:为|达|达到|是)?(?P<q>仅|约|近|超过|超|逾|不足|不到|高达|达)?(?:为)?(?P<x>\d+(?:\.\d+)?)%"
)
_RATIO = lazy_compile(
    r"(?P<word>涨跌比|跌涨比)(?:例)?(?:为|达到|达|约|是|高达|仅)*(?P<a>\d+(?:\.\d+)?)\s*[:：比]\s*(?P<b>\d+(?:\.\d+)?)"
)
_VAGUE = ("约", "近")
_ROUGH = lazy_compile(r"(?:超|逾|近|约|超过|不足|不到|上|余)$")
_ABOVE = ("超过", "超", "逾")
_BELOW = ("不足", "不到")


@dataclass(frozen=True)
class Count:
    n: int
    direction: str  # up, down or flat
    start: int
    end: int


def _direction(word: str) -> str:
    if re.fullmatch(_UP, word):
        return "up"
    return "down" if re.fullmatch(_DOWN, word) else "flat"


def counts(text: str) -> list[Count]:
    """The exact counts of ``text`` (超4000只 / 近4000只 are bounds, not counts: not read)."""
    out = []
    for m in _COUNT.finditer(text):
        if _ROUGH.search(text, max(m.start() - 2, 0), m.start()) and m.group("n"):
            continue
        if m.group("n2") and _ROUGH.search(text, max(m.start("n2") - 2, 0), m.start("n2")):
            continue
        n = m.group("n") or m.group("n2")
        out.append(Count(int(n), _direction(m.group("dir") or m.group("dir2")), m.start(), m.end()))
    return out


def check_counts(claims: Claims) -> list[Finding]:
    out: list[Finding] = []
    for sentence in claims.sentences:
        text = sentence.text
        if ("只" not in text and "家" not in text) or (
            "占" not in text and "涨比" not in text and "跌比" not in text
        ):
            continue
        found = counts(text)
        if not found:
            continue
        out += _shares(sentence, found)
        out += _ratios(sentence, found)
    return out


def _shares(sentence: Sentence, found: list[Count]) -> list[Finding]:
    out: list[Finding] = []
    text = sentence.text
    for c in found:
        m = _SHARE.match(text, c.end)
        if m is None:
            continue
        # the last total before the count, with no other count of this direction between them
        # (全市场5000只个股中，上涨3000只；创业板上涨800只: the 800 are not a count of the 5000)
        totals = list(_TOTAL.finditer(text, 0, c.start))
        if totals and any(
            o is not c and o.direction == c.direction and totals[-1].end() <= o.start < c.start for o in found
        ):
            continue
        if totals:
            wrong = _share_of_total(sentence, c, int(totals[-1].group("t")), m)
        else:
            wrong = _share_bound(sentence, c, found, m)
        out += [wrong] if wrong is not None else []
    return out


def _share_of_total(sentence: Sentence, c: Count, total: int, m: re.Match[str]) -> Finding | None:
    """``2320家上市公司中，仅有217只个股上涨，占比仅6.5%``: the count over the total."""
    stated, q = parse_number(m.group("x")), m.group("q") or ""
    if total < c.n:
        return None
    share = 100.0 * c.n / total
    if _agrees(share, stated.value, tolerance(stated), q):
        return None
    return finding(
        "error",
        "arithmetic",
        f"{c.n} of {total} stocks is {fmt(share)}%, not {q}{stated.text}% "
        f"(「{sentence.text[c.start : c.end]}」 of 「{total}」); consistent would be {fmt(share)}%",
        sentence,
        c.start,
        m.end(),
    )


def _share_bound(sentence: Sentence, c: Count, found: list[Count], m: re.Match[str]) -> Finding | None:
    """``4596只个股下跌，占比超90%，仅588家上涨``: at most the count over the counts of its ；-part, which
    must name the whole market (认购证…；认沽证… are two populations)."""
    text = sentence.text
    stated, q = parse_number(m.group("x")), m.group("q") or ""
    part = (
        text.rfind("；", 0, c.start) + 1,
        len(text) if text.find("；", c.end) < 0 else text.find("；", c.end),
    )
    if not _MARKET.search(text, *part):
        return None
    others = [o for o in found if o.direction != c.direction and part[0] <= o.start < part[1]]
    if not others or any(sum(o.direction == d for o in others) > 1 for d in {o.direction for o in others}):
        return None
    at_least = c.n + sum(o.n for o in others)
    most = 100.0 * c.n / at_least
    unit = tolerance(stated) / 2 if q in _ABOVE else tolerance(stated)
    if q in _BELOW or stated.value <= most + unit + (0.05 * stated.value if q in _VAGUE else 0):
        return None
    listed = " + ".join(str(o.n) for o in [c, *others])
    return finding(
        "error",
        "arithmetic",
        f"{c.n} stocks are at most {c.n}/({listed}) = {fmt(most)}% of a market that holds at least the "
        f"{at_least} stocks counted in this sentence, not {q}{stated.text}%",
        sentence,
        c.start,
        m.end(),
    )


def _agrees(share: float, stated: float, unit: float, q: str) -> bool:
    slack = unit + (0.05 * stated if q in _VAGUE else 0.0)
    if q in _ABOVE:  # a bound is exact: only its last digit's rounding is allowed
        return share > stated - unit / 2
    if q in _BELOW:
        return share < stated + unit / 2
    if q == "近":
        return stated - slack <= share <= stated + unit
    return abs(share - stated) <= slack


def _ratios(sentence: Sentence, found: list[Count]) -> list[Finding]:
    text = sentence.text
    if "比" not in text:
        return []
    ups = [c for c in found if c.direction == "up"]
    downs = [c for c in found if c.direction == "down"]
    if len(ups) != 1 or len(downs) != 1:
        return []
    out: list[Finding] = []
    for m in _RATIO.finditer(text):
        a, b = parse_number(m.group("a")), parse_number(m.group("b"))
        if a.value <= 0 or b.value <= 0:
            continue
        rises, falls = (ups[0].n, downs[0].n) if m.group("word") == "涨跌比" else (downs[0].n, ups[0].n)
        if rises == 0:
            continue
        # the stated ratio as 1:r (or r:1), against the counts' own
        if a.value == 1:
            stated, actual, side = b, falls / rises, "second"
        elif b.value == 1:
            stated, actual, side = a, rises / falls, "first"
        else:
            stated, actual, side = b, falls / rises * a.value, "second"
        slack = tolerance(stated) + (0.05 * stated.value if "约" in text[m.start() : m.start("a")] else 0.0)
        if abs(actual - stated.value) <= slack:
            continue
        right = f"{m.group('a')}:{fmt(actual)}" if side == "second" else f"{fmt(actual)}:{m.group('b')}"
        out.append(
            finding(
                "error",
                "arithmetic",
                f"{m.group('word')} {m.group('a')}:{m.group('b')}, but the sentence counts {ups[0].n} risers and "
                f"{downs[0].n} decliners: the ratio is {right}",
                sentence,
                m.start(),
                m.end(),
            )
        )
    return out
