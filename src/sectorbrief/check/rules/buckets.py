"""A bucket heading's range against the figures then given for its members.

``消费修复板块(涨幅1%-3%)：纺织服饰、商贸零售、公用事业`` puts three boards in a range; when the text goes
on to give each member's figure right after its name (``纺织服饰(涨幅0.61%)``), before the next bucket
heading, every figure must lie in the range (the range's ends read as printed, the member's figure
within its own rounding). Ranges read: ``涨幅1%-3%``, ``涨幅超4.5%`` / ``涨幅4.5%以上``, ``跌幅超2%``, and
``涨幅低于1%`` / ``涨幅1%以下``.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from sectorbrief.check.claim_types import NUMBER, Number, parse_number
from sectorbrief.check.claims import Claims
from sectorbrief.check.lazy_regex import lazy_compile
from sectorbrief.check.periods import Sentence
from sectorbrief.check.report import Finding
from sectorbrief.check.rules.common import EPSILON, finding

_N = r"\d+(?:\.\d+)?"
_RANGE = (
    rf"(?P<kind>涨幅|跌幅)(?:在)?(?:(?P<lo>{_N})%?\s*[-~～至到]\s*(?P<hi>{_N})%(?:之间)?"
    rf"|(?:超过?|逾|大于|高于)(?P<over>{_N})%|(?P<over2>{_N})%以上"
    rf"|(?:低于|小于|不足)(?P<under>{_N})%|(?P<under2>{_N})%以下)"
)
_NAME = r"[\u4e00-\u9fffA-Za-z][\u4e00-\u9fffA-Za-z0-9Ⅱ]{0,11}"
# 消费修复板块(涨幅1%-3%)：纺织服饰、商贸零售、公用事业
_HEADING = lazy_compile(rf"\((?P<range>{_RANGE})\)[：:]\s*(?P<names>{_NAME}(?:、{_NAME})+)\s*(?:$|[。；])")


@dataclass(frozen=True)
class Bucket:
    falls: bool
    low: float | None
    high: float | None
    text: str


def _bucket(m: re.Match[str]) -> Bucket:
    g = m.groupdict()
    low = g["lo"] or g["over"] or g["over2"]
    high = g["hi"] or g["under"] or g["under2"]
    return Bucket(
        g["kind"] == "跌幅", float(low) if low else None, float(high) if high else None, m.group("range")
    )


def _member(name: str) -> re.Pattern[str]:
    # 纺织服饰(涨幅0.61%) / 有色金属(+6.43%) / 电力设备涨幅5.37%
    return re.compile(
        rf"(?<![\u4e00-\u9fffA-Za-z0-9]){re.escape(name)}(?:板块|行业)?\s*\(?\s*"
        rf"(?P<verb>涨幅|跌幅|上涨|下跌)?(?:为|达)?\s*(?P<num>{NUMBER})%"
    )


def check_buckets(claims: Claims) -> list[Finding]:
    out: list[Finding] = []
    sentences = claims.sentences
    for i, sentence in enumerate(sentences):
        if "%)" not in sentence.text:
            continue
        for m in _HEADING.finditer(sentence.text):
            bucket = _bucket(m)
            names = m.group("names").split("、")
            rest = _until_next_heading(sentences[i:], m.end())
            outside = []
            for name in names:
                found = _first(rest, _member(name))
                if found is None:
                    continue
                number = parse_number(found[1].group("num"))
                if not _inside(_signed(number, found[1].group("verb"), bucket), number, bucket):
                    outside.append((name, found))
            if outside:
                out.append(_finding(outside, bucket))
    return out  # one finding per heading: the heading is the likelier error


def _until_next_heading(sentences: list[Sentence], start: int) -> list[tuple[Sentence, int, int]]:
    """(sentence, from, to) spans after a heading, up to the next bucket heading."""
    spans = []
    for k, sentence in enumerate(sentences):
        begin = start if k == 0 else 0
        nxt = _HEADING.search(sentence.text, begin)
        spans.append((sentence, begin, nxt.start() if nxt else len(sentence.text)))
        if nxt:
            break
    return spans


def _first(
    spans: list[tuple[Sentence, int, int]], pattern: re.Pattern[str]
) -> tuple[Sentence, re.Match[str]] | None:
    for sentence, begin, end in spans:
        m = pattern.search(sentence.text, begin, end)
        if m:
            return sentence, m
    return None


def _signed(number: Number, verb: str | None, bucket: Bucket) -> float:
    if number.text.startswith(("+", "-")):
        return number.value
    if verb in ("跌幅", "下跌"):
        return -number.value
    return -number.value if bucket.falls and verb is None else number.value


def _inside(value: float, number: Number, bucket: Bucket) -> bool:
    size = -value if bucket.falls else value  # a 跌幅 range is a range of sizes of falls
    slack = 0.5 * 10.0**-number.decimals + EPSILON
    if bucket.low is not None and size < bucket.low - slack:
        return False
    return not (bucket.high is not None and size > bucket.high + slack)


def _finding(outside: list[tuple[str, tuple[Sentence, re.Match[str]]]], bucket: Bucket) -> Finding:
    figures = "、".join(f"{name} {move.group('num')}%" for name, (_, move) in outside)
    sentence, first = outside[0][1]
    return finding(
        "error",
        "rank",
        f"the heading puts its members under {bucket.text}, but the text then gives {figures}, outside that "
        "range; the heading or the figures are wrong",
        sentence,
        first.start(),
        first.end(),
    )
