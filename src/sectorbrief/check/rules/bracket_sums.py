"""A bracketed sum or difference written after an amount must give that amount.

``本期公允价值变动收益为-151,051,176.79元(-1.87亿元-1.32亿元)`` shows its working: -1.87 - 1.32 = -3.19亿元,
not the -1.51亿元 it explains. Read: an amount with its unit (元, 万元, 亿元, 万亿元; 份, 万份, 亿份) right
before a bracket that holds only two or more amounts of the same kind joined by + and -. The terms are
summed over every corner of their printed rounding; the amount must print from that range (or, when
it is the coarser, the range from it). The text itself presents the bracket as the amount's working,
so a gap beyond the rounding is an error.
"""

from __future__ import annotations

from sectorbrief.check.claims import Claims, parse_number
from sectorbrief.check.lazy_regex import lazy_compile
from sectorbrief.check.report import Finding
from sectorbrief.check.rules.common import corners, finding, printed
from sectorbrief.check.rules.unit_restatements import UNIT, UNITS

_N = r"\d[\d,]*(?:\.\d+)?"
_TERM = rf"[+-]?\s*{_N}\s*(?:{UNIT})"
_BRACKET = lazy_compile(
    rf"(?<![\d.,])(?P<a>[+-]?{_N})\s*(?P<au>{UNIT})(?!/)\s*\(\s*(?P<terms>{_TERM}(?:\s*[+-]\s*{_N}\s*(?:{UNIT}))+)\s*\)"
)
_HINT = lazy_compile(r"[元份]\s*\(\s*[+-]?\d")  # the pre-filter: an amount right before a bracketed figure
_TERMS = lazy_compile(rf"(?P<sign>[+-])?\s*(?P<n>{_N})\s*(?P<u>{UNIT})")


def check_bracket_sums(claims: Claims) -> list[Finding]:
    out: list[Finding] = []
    for sentence in claims.sentences:
        text = sentence.text
        if "(" not in text or _HINT.search(text) is None:
            continue
        for m in _BRACKET.finditer(text):
            terms = [
                (t.group("sign") or "+", t.group("n"), t.group("u"))
                for t in _TERMS.finditer(m.group("terms"))
            ]
            kinds = {u[-1] for _, _, u in terms} | {m.group("au")[-1]}
            if len(kinds) > 1:
                continue
            figures = tuple(_signed(sign, n, u) for sign, n, u in terms)
            low, high = corners(sum, figures)
            value, half = _signed("+", m.group("a"), m.group("au"))
            if low - half <= value <= high + half:
                continue
            unit = terms[0][2]
            scale = UNITS[unit]
            decimals = parse_number(terms[0][1].replace(",", "")).decimals
            total = sum(v for v, _ in figures)
            out.append(
                finding(
                    "error",
                    "arithmetic",
                    f"「{m.group('a')}{m.group('au')}」 is {value / scale:.{decimals + 1}f}{unit}, but its bracketed working "
                    f"「{m.group('terms')}」 gives {total / scale:.{decimals}f}{unit}; consistent would be terms that "
                    f"sum to {value / scale:.{decimals + 1}f}{unit}",
                    sentence,
                    m.start(),
                    m.end(),
                )
            )
    return out


def _signed(sign: str, number: str, unit: str) -> tuple[float, float]:
    value, half = printed(number.lstrip("+-"))
    negative = (sign == "-") != number.startswith("-")
    return (-value if negative else value) * UNITS[unit], half * UNITS[unit]
