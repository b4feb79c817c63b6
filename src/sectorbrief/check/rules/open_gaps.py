"""A gap at the open (高开/低开) against the close before it and the day's range.

``港股3日高开246点，全日在23328点至23134点间波动，收市报23291点，升209点``: the close before is the day's close less
its move (23291 − 209 = 23082), so the open is 23082 + 246 = 23328, inside the day's range. With 低开 it would be
22836, below the day's low: the word is wrong. ``高开232点至26861`` states the open itself, which must be on the
gap's side of the close before. Read in one sentence, the close being the first after the gap with no other index
named between; a level's rounding (whole points) is allowed for.

An open stated with its gap (``以4882.15点跳空13.54点高开``, ``低开144点，报27087点``) gives the close before as the
open less the gap; a later ``报4915.89点，涨47.28点`` (in any sentence after it) gives it as the level less its move,
4868.61. When exactly one such close before is the gap's size away from the open (4882.15 − 4868.61 = 13.54), the
open is on one side of it, and the word must say that side. A fallback rule.
"""

from __future__ import annotations

import re

from sectorbrief.check.claims import Claims
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


# 以4882.15点跳空13.54点低开 / 低开144点，报27087点: an open stated with its gap
_STATED_OPEN = lazy_compile(
    r"以\s*(?P<o1>\d[\d,]*(?:\.\d+)?)\s*点\s*(?:跳空|裂口)?\s*(?P<x1>\d+(?:\.\d+)?)\s*点\s*(?P<w1>高开|低开)"
    r"|(?P<w2>高开|低开)\s*(?P<x2>\d+(?:\.\d+)?)\s*点\s*[，,]\s*(?:开盘)?报\s*(?P<o2>\d[\d,]*(?:\.\d+)?)\s*点?"
)
# 报4915.89点，涨47.28点 (the close before is the level less its move), in any sentence after the gap
_MOVE_AT = lazy_compile(
    r"(?:收(?:市|盘)?(?:报|于)?|报)\s*(?P<c>\d[\d,]*(?:\.\d+)?)\s*点?\s*[，,]\s*(?:全日|全天)?"
    r"(?P<verb>上涨|下跌|倒跌|下挫|升|涨|跌|挫)\s*(?P<d>\d[\d,]*(?:\.\d+)?)\s*点"
)
_FALLS = ("下跌", "倒跌", "下挫", "跌", "挫")


def _stated_opens(sentence: Sentence, sentences: list[Sentence]) -> list[Finding]:
    """An open stated with its gap against the one close before, derived from a level and its move after it,
    that lies the gap's size away from the open."""
    out = []
    for gap in _STATED_OPEN.finditer(sentence.text):
        word = gap.group("w1") or gap.group("w2")
        (o, o_half), (x, x_half) = (
            printed(gap.group("o1") or gap.group("o2")),
            printed(gap.group("x1") or gap.group("x2")),
        )
        fits = []
        for later in sentences[sentence.index : sentence.index + 8]:
            start = gap.end() if later is sentence else 0
            for move in _MOVE_AT.finditer(later.text, start):
                (c, c_half), (d, d_half) = printed(move.group("c")), printed(move.group("d"))
                before = c + d if move.group("verb") in _FALLS else c - d
                if abs(abs(o - before) - x) <= o_half + x_half + c_half + d_half + 1e-9:
                    fits.append((before, move))
        if len(fits) != 1 or abs(o - fits[0][0]) <= x_half + o_half:
            continue
        before, move = fits[0]
        if (o > before) == (word == "高开"):
            continue
        up = o > before
        out.append(
            finding(
                "error",
                "contradiction",
                f"'{word}' disagrees with the levels: 「{move.group(0)}」 puts the close before at {_pts(before)}, "
                f"and the open {gap.group('o1') or gap.group('o2')} is {_pts(abs(o - before))} points "
                f"{'above' if up else 'below'} it (「{gap.group(0)}」); consistent would be {'高开' if up else '低开'}",
                sentence,
                gap.start(),
                gap.end(),
            )
        )
    return out


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
