"""A gap at the open (高开/低开) against the close before it and the day's range.

``港股3日高开246点，全日在23328点至23134点间波动，收市报23291点，升209点``: the close before is the day's close less
its move (23291 − 209 = 23082), so the open is 23082 + 246 = 23328, inside the day's range. With 低开 it would be
22836, below the day's low: the word is wrong. ``高开232点至26861`` states the open itself, which must be on the
gap's side of the close before. Read in one sentence, the close being the first after the gap with no other index
named between; a level's rounding (whole points) is allowed for.

An open stated with its gap (``以4882.15点跳空13.54点高开``, ``低开144点，报27087点``) is read against the close
before that a level and its move give, either way round (``报4915.89点，涨47.28点``: 4868.61; ``最多升149点，高见
17865点``: 17716), in the sentences around it: when those the gap's size away from the open (4882.15 − 4868.61 =
13.54) all give one close, the open is on one side of it, and the word must say that side. An open without its size
(``上证综指以3306.15点低开``) is read against the paragraph's next level and move, when the gap's clause names the
index and no other index is named up to it. A fallback rule.
"""

from __future__ import annotations

import re

from sectorbrief.check.claim_types import clause_start
from sectorbrief.check.claims import Claims
from sectorbrief.check.entities import find_entities
from sectorbrief.check.lazy_regex import lazy_compile
from sectorbrief.check.periods import Sentence
from sectorbrief.check.report import Finding
from sectorbrief.check.rules.common import finding, printed


def check_open_gaps(claims: Claims) -> list[Finding]:
    out: list[Finding] = []
    for sentence in claims.sentences:
        text = sentence.text
        if "开" in text and "收" in text and _GAP.search(text):
            out += _opens(sentence)
        if "开" in text and _STATED_OPEN.search(text):
            out += _stated_opens(sentence, claims.sentences)
    return out


# 港股3日高开246点，全日在23328点至23134点间波动，收市报23291点，升209点: the open (the close before, 23291 − 209,
# plus the gap) must lie in the day's range; 高开232点至26861 states the open itself.
_GAP = lazy_compile(
    r"(?P<word>高开|低开)\s*(?P<x>\d+(?:\.\d+)?)\s*点(?:\s*至\s*(?P<open>\d[\d,]*(?:\.\d+)?)(?![\d.]))?"
)
_CLOSE = lazy_compile(
    r"收(?:市|盘)?(?:报|于)?\s*(?P<c>\d[\d,]*(?:\.\d+)?)\s*点?\s*[，,]\s*(?:全日|全天)?"
    r"(?P<verb>上涨|下跌|倒跌|下挫|升|涨|跌|挫)\s*(?P<d>\d[\d,]*(?:\.\d+)?)\s*点"
)
_RANGE = lazy_compile(
    r"在\s*(?P<a>\d[\d,]*(?:\.\d+)?)\s*点?\s*至\s*(?P<b>\d[\d,]*(?:\.\d+)?)\s*点?\s*(?:之)?间"
)
_HIGH = lazy_compile(r"(?:最高(?:升至|见|报|上探至|到)?|高见|全日高位|日内高点)\s*(?P<n>\d[\d,]*(?:\.\d+)?)")
_LOW = lazy_compile(r"(?:最低(?:跌至|见|报|下探至|到)?|低见|全日低位|日内低点)\s*(?P<n>\d[\d,]*(?:\.\d+)?)")
_OTHER_INDEX = lazy_compile(r"国企指数|国指|期指|科技指数|深成指|创业板|沪指|上证")


def _opens(sentence: Sentence) -> list[Finding]:
    """高开/低开 against the close before (the day's close less its move) and the day's range or the stated open."""
    text = sentence.text
    out = []
    for gap in _GAP.finditer(text):
        close = _CLOSE.search(text, gap.end())
        if close is None or _OTHER_INDEX.search(text, gap.end(), close.start()):
            continue
        basis = _open_against(text, gap, close)
        if basis is not None:
            up = gap.group("word") == "高开"
            out.append(
                finding(
                    "error",
                    "contradiction",
                    f"'{gap.group('word')}' disagrees with the levels: {basis}; consistent would be "
                    f"{'低开' if up else '高开'}",
                    sentence,
                    gap.start(),
                    close.end(),
                )
            )
    return out


def _open_against(text: str, gap: re.Match[str], close: re.Match[str]) -> str | None:
    """Why the gap's direction is wrong (the stated open on the other side of the close before, or the open it
    gives outside the day's range), or None."""
    (c, c_half), (d, d_half) = printed(close.group("c")), printed(close.group("d"))
    x, x_half = printed(gap.group("x"))
    before = c + d if close.group("verb") in ("下跌", "倒跌", "下挫", "跌", "挫") else c - d
    up = gap.group("word") == "高开"
    slack = c_half + d_half + x_half + 1e-9
    if gap.group("open"):
        stated, half = printed(gap.group("open"))
        if abs(stated - before) <= slack + half or (stated > before) == up:
            return None
        return f"the open {gap.group('open')} against the close before, {_pts(before)} ({close.group(0)})"
    opened = before + x if up else before - x
    high, low = _range(text)
    if (high is None or opened <= high + slack + 0.5) and (low is None or opened >= low - slack - 0.5):
        return None
    span = f"{_pts(low) if low is not None else '…'}–{_pts(high) if high is not None else '…'}"
    return (
        f"the close before is {_pts(before)} ({close.group(0)}), so {gap.group(0)} opens at {_pts(opened)}, "
        f"outside the day's range {span}"
    )


# 以4882.15点跳空13.54点低开 / 低开144点，报27087点 / 以3306.15点低开: an open stated (with its gap)
_STATED_OPEN = lazy_compile(
    r"以\s*(?P<o1>\d[\d,]*(?:\.\d+)?)\s*点\s*(?:跳空|裂口)?\s*(?:(?P<x1>\d+(?:\.\d+)?)\s*点\s*)?(?P<w1>高开|低开)"
    r"(?:\s*(?P<x3>\d+(?:\.\d+)?)\s*点)?"
    r"|(?P<w2>高开|低开)\s*(?P<x2>\d+(?:\.\d+)?)\s*点\s*[，,]\s*(?:开盘)?报\s*(?P<o2>\d[\d,]*(?:\.\d+)?)\s*点?"
)
# a level and its move from the close before, either way round: 报4915.89点，涨47.28点 / 最多升149点，高见17865点 /
# 收市跌64点，报27344点 (a hedged move, 升逾200点, is not read)
_MOVE_AT = lazy_compile(
    r"(?:收(?:市|盘)?(?:报|于)?|报)\s*(?P<c>\d[\d,]*(?:\.\d+)?)\s*点?\s*[，,]\s*(?:全日|全天)?"
    r"(?:较(?:前|上)一?(?:个)?交易日|较昨日)?(?P<verb>上涨|下跌|倒跌|下挫|升|涨|跌|挫)\s*(?P<d>\d[\d,]*(?:\.\d+)?)\s*点"
    r"|(?<![涨跌升挫])(?P<verb2>上涨|下跌|倒跌|下挫|升|涨|跌|挫)\s*(?P<d2>\d[\d,]*(?:\.\d+)?)\s*点\s*[，,]?\s*"
    r"(?:至|报|收报|高见|低见)\s*(?P<c2>\d[\d,]*(?:\.\d+)?)(?![\d.])"
)
_FALLS = ("下跌", "倒跌", "下挫", "跌", "挫")


def _stated_opens(sentence: Sentence, sentences: list[Sentence]) -> list[Finding]:
    """An open stated against the close before that a later level and its move give: with its gap, the one such
    close the gap's size away from the open; without, the first close after it in the paragraph, of the index the
    gap's clause names, with no other index named between."""
    out = []
    for gap in _STATED_OPEN.finditer(sentence.text):
        word = gap.group("w1") or gap.group("w2")
        o = printed(gap.group("o1") or gap.group("o2"))
        size = gap.group("x1") or gap.group("x2") or gap.group("x3")
        i = sentence.index
        later = [(x, gap.end() if x is sentence else 0) for x in sentences[i : i + 8]]
        around = [(x, 0, len(x.text)) for x in sentences[max(0, i - 8) : i]]
        around += [(sentence, 0, gap.start())] + [(x, start, len(x.text)) for x, start in later]
        found = _sized(o, printed(size), around) if size else _first(sentence, gap, later)
        if found is None:
            continue
        before, move = found
        if abs(o[0] - before) <= o[1] + 0.5 or (o[0] > before) == (word == "高开"):
            continue
        up = o[0] > before
        out.append(
            finding(
                "error",
                "contradiction",
                f"'{word}' disagrees with the levels: 「{move.group(0)}」 puts the close before at {_pts(before)}, "
                f"and the open {gap.group('o1') or gap.group('o2')} is {_pts(abs(o[0] - before))} points "
                f"{'above' if up else 'below'} it (「{gap.group(0)}」); consistent would be {'高开' if up else '低开'}",
                sentence,
                gap.start(),
                gap.end(),
            )
        )
    return out


def _before(move: re.Match[str]) -> float:
    """The close before a level and its move: 报4915.89点，涨47.28点 gives 4868.61."""
    c, d = printed(move.group("c") or move.group("c2"))[0], printed(move.group("d") or move.group("d2"))[0]
    return c + d if (move.group("verb") or move.group("verb2")) in _FALLS else c - d


def _halves(move: re.Match[str]) -> float:
    """Half a unit of the level's and the move's last printed digits."""
    return printed(move.group("c") or move.group("c2"))[1] + printed(move.group("d") or move.group("d2"))[1]


def _sized(
    o: tuple[float, float], x: tuple[float, float], around: list[tuple[Sentence, int, int]]
) -> tuple[float, re.Match[str]] | None:
    """The close before, among those the levels and moves around give, that is the gap's size from the open, when
    every such one gives the same."""
    fits = []
    for s, start, end in around:
        for move in _MOVE_AT.finditer(s.text, start, end):
            slack = o[1] + x[1] + _halves(move) + 1e-9
            if abs(abs(o[0] - _before(move)) - x[0]) <= slack:
                fits.append((_before(move), move))
    if not fits or any(abs(f[0] - fits[0][0]) > 1.0 for f in fits):
        return None
    return fits[0]


def _first(
    sentence: Sentence, gap: re.Match[str], later: list[tuple[Sentence, int]]
) -> tuple[float, re.Match[str]] | None:
    """The close before the first later level and move of the paragraph gives, when the gap's clause names its
    index and no other index is named up to it."""
    named = find_entities(sentence.text[clause_start(sentence.text, gap.start()) : gap.start()])
    if not named:
        return None
    for s, start in later:
        if s.paragraph != sentence.paragraph:
            return None
        move = _MOVE_AT.search(s.text, start)
        end = move.start() if move else len(s.text)
        if any(e.name != named[-1].name for e in find_entities(s.text[start:end])):
            return None
        if move is not None:
            return _before(move), move
    return None


def _range(text: str) -> tuple[float | None, float | None]:
    """The day's high and low the sentence states (全日在23328点至23134点间, 最高…, 低见…)."""
    highs = [float(m.group("n").replace(",", "")) for m in _HIGH.finditer(text)]
    lows = [float(m.group("n").replace(",", "")) for m in _LOW.finditer(text)]
    for m in _RANGE.finditer(text):
        a, b = float(m.group("a").replace(",", "")), float(m.group("b").replace(",", ""))
        highs.append(max(a, b))
        lows.append(min(a, b))
    return (max(highs) if highs else None), (min(lows) if lows else None)


def _pts(value: float) -> str:
    return f"{value:.2f}".rstrip("0").rstrip(".")
