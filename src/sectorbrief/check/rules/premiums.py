"""A futures premium (高水/升水) or discount (低水/贴水) must be the futures price minus its index.

``恒生科技指数报3668`` and ``即月科指期货新报3682，升22点，高水17点`` cannot both be right: 3682 − 3668 = 14
points. Read: a Hang Seng futures quote (期指 / 恒指期货, 国指期货, 科指期货: the index each is the future of is
a fixed fact) with its premium in the same sentence, against the level (报/收报/收于) the text states for its
index; the index must be given exactly one level in the whole text (two levels may be two moments, and
which one the premium was taken against is then a guess). 高水/升水 is futures − index, 低水/贴水 index −
futures. Whole-point figures may be rounded or truncated (points.py's levels), so 17150 − 17120 = 30 against
高水29点 stands; a premium outside every corner of that rounding is an error.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from sectorbrief.check.claims import Claims, Sentence
from sectorbrief.check.lazy_regex import lazy_compile
from sectorbrief.check.report import Finding
from sectorbrief.check.rules.common import finding
from sectorbrief.check.rules.points import level_bounds

_N = r"(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?(?![\d,.])"  # not 26059,100 (a comma taken for a separator)
_QUOTE = r"(?:新报|现报|收报|收市报|收于|报)"
# the futures each index is the underlying of, and the names the index goes by
_INDICES = {
    "恒生指数": ("恒生指数", "恒指"),
    "国企指数": ("国企指数", "国指", "恒生中国企业指数"),
    "恒生科技指数": ("恒生科技指数", "科指"),
}
_FUTURES = {"期指": "恒生指数", "恒指期货": "恒生指数", "国指期货": "国企指数", "科指期货": "恒生科技指数"}
_LEVEL = lazy_compile(
    r"(?=[恒国科])(?P<name>恒生中国企业指数|恒生科技指数|恒生指数|国企指数|恒指|国指|科指)(?!期)"
    rf"[^，。；\d]{{0,4}}?{_QUOTE}(?P<level>{_N})"
)
_PREMIUM = lazy_compile(
    r"(?=[期恒国科])(?P<future>期指|恒指期货|国指期货|科指期货)"
    rf"[^，。；\d]{{0,4}}?{_QUOTE}(?P<price>{_N})点?(?:[^。；]{{0,16}}?)"
    rf"(?P<word>高水|升水|低水|贴水)(?P<premium>{_N})点"
)
_CANONICAL = {alias: name for name, aliases in _INDICES.items() for alias in aliases}


@dataclass(frozen=True)
class _Premium:
    sentence: Sentence
    match: re.Match[str]
    index: str
    level: str


def _levels(claims: Claims) -> dict[str, set[str]]:
    """Every level each Hang Seng index is given in the text (hard-wrapped lines joined)."""
    paragraphs: dict[int, list[str]] = {}
    for sentence in claims.sentences:
        paragraphs.setdefault(sentence.paragraph, []).append(sentence.text)
    out: dict[str, set[str]] = {}
    for texts in paragraphs.values():
        text = "".join(texts)
        for m in _LEVEL.finditer(text):
            out.setdefault(_CANONICAL[m.group("name")], set()).add(m.group("level").replace(",", ""))
    return out


def check_premiums(claims: Claims) -> list[Finding]:
    quoted = [s for s in claims.sentences if "水" in s.text and _PREMIUM.search(s.text)]
    if not quoted:
        return []
    levels = _levels(claims)
    out: list[Finding] = []
    for sentence in quoted:
        for m in _PREMIUM.finditer(sentence.text):
            index = _FUTURES[m.group("future")]
            stated = levels.get(index, set())
            if len(stated) == 1:
                found = _check(_Premium(sentence, m, index, next(iter(stated))))
                if found is not None:
                    out.append(found)
    return out


def _check(p: _Premium) -> Finding | None:
    (price, price_half), (level, level_half), (premium, premium_half) = (
        level_bounds(p.match.group("price"), False),
        level_bounds(p.level, False),
        level_bounds(p.match.group("premium"), False),
    )
    above = p.match.group("word") in ("高水", "升水")
    gap = price - level if above else level - price
    slack = price_half + level_half
    if gap - slack <= premium + premium_half and premium - premium_half <= gap + slack:
        return None
    price_text, premium_text = p.match.group("price"), p.match.group("premium")
    difference = float(price_text.replace(",", "")) - float(p.level)
    consistent = f"{'高水' if difference >= 0 else '低水'}{abs(difference):g}点"
    return finding(
        "error",
        "arithmetic",
        f"「{p.match.group('word')}{premium_text}点」 but {p.match.group('future')} at {price_text} against "
        f"{p.index} at {p.level} is {price_text} − {p.level} = {_points(difference)}; consistent would be "
        f"{consistent}",
        p.sentence,
        p.match.start(),
        p.match.end(),
    )


def _points(value: float) -> str:
    return f"{value:g} point" if abs(value) == 1 else f"{value:g} points"
