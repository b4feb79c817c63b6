"""A ranked list of amounts (第十一至十五名依次为, 前五名分别为) must run from the largest down.

``本周全国省市票房排名第十一至十五名依次为：重庆440.23万元、安徽423.01万元、福建411.49万元、广西347.96元和
黑龙江329.71万元`` puts 347.96元 above 329.71万元: as written the list is out of order (the 万 is missing).
Read: a header naming places from the top (``第N至M名``, ``前N名/位/强``, ``排名前N``) and then, in the same
clause run, at least three ``name amount`` items in one kind of unit (元, 万元 and 亿元 are one kind; 人次,
场, 辆, 套, 吨, 台 are others). Amounts convert through 万/亿; each must be no larger than the one before,
within the rounding of the two (a list that rises in most places is written smallest first and is not
read). Returns (%) are order.py's.
"""

from __future__ import annotations

import re

from sectorbrief.check.claim_types import SCALES
from sectorbrief.check.claims import Claims
from sectorbrief.check.lazy_regex import lazy_compile
from sectorbrief.check.periods import Sentence
from sectorbrief.check.report import Finding
from sectorbrief.check.rules.common import EPSILON, finding, printed

_COUNT = r"[一二三四五六七八九十百\d]+"
_HEADER = lazy_compile(
    rf"(?:第{_COUNT}(?:至|到|-|~){_COUNT}名|(?<!后)前{_COUNT}(?:名|位|强)|排名前{_COUNT})"
    r"[\u4e00-\u9fff]{0,6}?(?:依次为|依次是|分别为|分别是|依次)[：:]?"
)
_KIND = {
    "元": "元",
    "美元": "美元",
    "人次": "人次",
    "场": "场",
    "辆": "辆",
    "套": "套",
    "吨": "吨",
    "台": "台",
}
_ITEM = lazy_compile(
    r"\s*(?P<name>[\u4e00-\u9fffA-Za-z《》·]{1,15}?)\s*[：:]?\s*\(?(?P<num>\d[\d,]*(?:\.\d+)?)\s*"
    r"(?P<scale>亿|万|千)?(?P<unit>美元|元|人次|场|辆|套|吨|台)\)?"
)
_SEP = lazy_compile(r"\s*(?:、|，|和|及|以及)\s*")
_NOT_TOP_DOWN = lazy_compile(r"倒数|末位|后\d|后[一二三四五六七八九十]")


def check_ranked_amounts(claims: Claims) -> list[Finding]:
    out: list[Finding] = []
    for sentence in claims.sentences:
        text = sentence.text
        if "依次" not in text and "分别为" not in text and "分别是" not in text:
            continue
        for header in _HEADER.finditer(text):
            if _NOT_TOP_DOWN.search(text, max(0, header.start() - 8), header.end()):
                continue
            out += _check(sentence, _items(text, header.end()))
    return out


def _items(text: str, pos: int) -> list[re.Match[str]]:
    items: list[re.Match[str]] = []
    while True:
        m = _ITEM.match(text, pos)
        if m is None:
            return items
        items.append(m)
        sep = _SEP.match(text, m.end())
        if sep is None:
            return items
        pos = sep.end()


def _check(sentence: Sentence, items: list[re.Match[str]]) -> list[Finding]:
    if len(items) < 3 or len({_KIND[m.group("unit")] for m in items}) != 1:
        return []
    values = []
    for m in items:
        value, half = printed(m.group("num"))
        scale = SCALES[m.group("scale") or ""]
        values.append((value * scale, half * scale))
    pairs = list(zip(zip(items, items[1:], strict=False), zip(values, values[1:], strict=False), strict=True))
    rising = [(a, b) for (a, b), (va, vb) in pairs if vb[0] - va[0] > va[1] + vb[1] + EPSILON]
    if 2 * len(rising) > len(pairs):
        return []  # written smallest first: not a slip in one place
    out = []
    for a, b in rising:
        out.append(
            finding(
                "error",
                "rank",
                f"the ranked list puts 「{a.group(0).strip()}」 above 「{b.group(0).strip()}」, but "
                f"{a.group('num')}{a.group('scale') or ''}{a.group('unit')} is less than "
                f"{b.group('num')}{b.group('scale') or ''}{b.group('unit')}; one figure or its unit is wrong",
                sentence,
                a.start("name"),
                b.end(),
            )
        )
    return out
