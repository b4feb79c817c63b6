"""A weighted portfolio's return against its parts: 50%电子+25%有色金属+25%黑色金属 and 组合平均下跌3.42%.

When a paragraph states a portfolio as weights of industries that add up to 100 %, states every one
of those industries' returns, and then states the portfolio's return, that return must be the
weighted sum. The tolerance is what rounding allows: half a unit of each printed return, weighted,
plus half a unit of the stated portfolio return, so a consistent text never fails.
"""

from __future__ import annotations

import re
from collections import defaultdict

from sectorbrief.check.claim_types import NUMBER, parse_number
from sectorbrief.check.claims import Claims, ReturnClaim
from sectorbrief.check.lazy_regex import lazy_compile
from sectorbrief.check.periods import Sentence
from sectorbrief.check.report import Finding
from sectorbrief.check.rules.common import EPSILON, finding, fmt
from sectorbrief.taxonomy.aliases import aliases

_WEIGHT = lazy_compile(r"(?P<w>\d+(?:\.\d+)?)%")
_JOIN = lazy_compile(r"\s*(?:\+|＋|、|和|与|及)\s*")
_PORTFOLIO = lazy_compile(
    rf"组合[^，。；\d%]{{0,8}}?(?P<verb>上涨|下跌|收涨|收跌|涨幅为?|跌幅为?|收益率?为?|回报为?)(?P<num>{NUMBER})%"
)
_FALLS = ("下跌", "收跌", "跌幅", "跌幅为")


def _weights(text: str) -> list[tuple[float, str, int, int]] | None:
    """The first run of ``N%name`` joined by +/、 whose weights add up to 100, as (weight, name, start, end)."""
    by_length = aliases().by_length()
    for start in (m.start() for m in _WEIGHT.finditer(text)):
        run: list[tuple[float, str, int, int]] = []
        pos = start
        while True:
            m = _WEIGHT.match(text, pos)
            written = next((w for w in by_length if text.startswith(w, m.end())), None) if m else None
            if m is None or written is None:
                break
            name = aliases().names[written]
            if name.level == "benchmark":
                break
            run.append((float(m.group("w")), name.canonical, m.start(), m.end() + len(written)))
            join = _JOIN.match(text, m.end() + len(written))
            if join is None:
                break
            pos = join.end()
        if len(run) >= 2 and abs(sum(w for w, _, _, _ in run) - 100.0) < 1e-6:
            return run
    return None


def _half_unit(decimals: int) -> float:
    return 0.5 * 10.0**-decimals


def check_portfolio(claims: Claims) -> list[Finding]:
    by_paragraph: dict[int, list[Sentence]] = defaultdict(list)
    for sentence in claims.sentences:
        by_paragraph[sentence.paragraph].append(sentence)
    returns: dict[tuple[int, str], list[ReturnClaim]] = defaultdict(list)
    for r in claims.returns:
        returns[(r.sentence.paragraph, r.entity.name)].append(r)
    out: list[Finding] = []
    for paragraph, sentences in by_paragraph.items():
        if not any("组合" in s.text for s in sentences):
            continue
        out += _check_paragraph(claims, paragraph, sentences, returns)
    return out


def _check_paragraph(
    claims: Claims,
    paragraph: int,
    sentences: list[Sentence],
    returns: dict[tuple[int, str], list[ReturnClaim]],
) -> list[Finding]:
    for i, sentence in enumerate(sentences):
        run = _weights(sentence.text)
        if run is None:
            continue
        parts: list[tuple[float, ReturnClaim]] = []
        for weight, name, _, _ in run:
            stated = returns.get((paragraph, name), [])
            if len({r.value.value for r in stated}) != 1:
                return []  # a part without one stated return: nothing to compare
            parts.append((weight / 100.0, stated[0]))
        for later in sentences[i:]:
            m = _PORTFOLIO.search(later.text, run[-1][3] if later is sentence else 0)
            if m is None:
                continue
            return _compare(claims, parts, later, m)
    return []


def _compare(
    claims: Claims, parts: list[tuple[float, ReturnClaim]], sentence: Sentence, m: re.Match[str]
) -> list[Finding]:
    number = parse_number(m.group("num"))
    falls = m.group("verb") in _FALLS
    stated = -abs(number.value) if falls else number.value
    computed = sum(w * r.value.value for w, r in parts)
    allowed = sum(w * _half_unit(r.value.decimals) for w, r in parts) + _half_unit(number.decimals) + EPSILON
    claims.verify(*(r for _, r in parts))
    if abs(stated - computed) <= allowed:
        return []
    terms = " + ".join(f"{w:.0%}×({r.value.value:+.{r.value.decimals}f}%)" for w, r in parts)
    return [
        finding(
            "error",
            "arithmetic",
            f"the portfolio's return is stated as {stated:+.{number.decimals}f}% but its weights and the returns "
            f"stated for its parts give {terms} = {fmt(computed)}%; consistent would be {fmt(computed)}% "
            f"(rounding allows ±{allowed:.3f})",
            sentence,
            m.start(),
            m.end(),
        )
    ]
