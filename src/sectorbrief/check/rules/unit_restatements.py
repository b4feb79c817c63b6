"""One amount restated in another unit must convert to the restatement, within its printed precision.

``本期利润为-14,362,077.44元(即亏损1.44亿元)`` restates 14,362,077.44元 = 0.1436亿元 as 1.44亿元: ten times
too large. Read in one sentence, an amount with its unit (元, 万元, 亿元, 万亿元; 份, 万份, 亿份) and right
after it, in the other unit of the same kind:

- a bracket holding only the restatement (``5,042,500.59元(0.50亿元)``, ``(即亏损1.44亿元)``, ``(约0.5亿元)``);
- a clause opened by 即/约合/折合/相当于 (``本期利润为-13,538,555.83元，即单季亏损1.35亿元``).

The text itself says the two are one amount, so any gap beyond the coarser figure's rounding (rounded,
rounded twice or truncated) is an error; the sign is not compared (亏损1.44亿元 restates -1.44亿元).

The same measure named twice in one text, once in each unit (a digest's heading ``本期利润1.43亿元`` and
its body's ``本期利润14,317,892.08元``), is compared too, but only reported when the two differ by a
power of ten within the rounding, one of them a bare 元 or 份 figure (figures in 亿元 and
万亿元 are the contradictions rule's): a unit slipped in the conversion. Figures of one label that merely
differ may belong to other share classes or periods, and are not read.
"""

from __future__ import annotations

import math
import re
from dataclasses import dataclass

from sectorbrief.check.claims import Claims, Number, parse_number
from sectorbrief.check.lazy_regex import lazy_compile
from sectorbrief.check.periods import Sentence
from sectorbrief.check.report import Finding
from sectorbrief.check.rules.common import EPSILON, finding, printed_from

_N = r"[+-]?\d[\d,]*(?:\.\d+)?"
UNITS = {"万亿元": 1e12, "亿元": 1e8, "万元": 1e4, "元": 1.0, "亿份": 1e8, "万份": 1e4, "份": 1.0}
UNIT = "万亿元|亿元|万元|元|亿份|万份|份"
# the amount: not a part of a longer number, nor 美元/港元 (another currency), nor a price (元/吨)
_AMOUNT = rf"(?<![\d.,])(?P<{{g}}>{_N})\s*(?P<{{g}}u>{UNIT})(?!/)"
_WORDS = r"(?:即|约|约合|折合|合计?|相当于)?(?:单季|本期|期内|季度)?(?:净?亏损|净?盈利|净?利润|收益|亏|盈)?(?:约|为)?"
_BRACKET = lazy_compile(rf"{_AMOUNT.format(g='a')}\s*\(\s*{_WORDS}\s*{_AMOUNT.format(g='b')}\s*\)")
_CLAUSE = lazy_compile(
    rf"{_AMOUNT.format(g='a')}\s*[，,]\s*(?:即|约合|折合|相当于)[\u4e00-\u9fff]{{0,6}}?{_AMOUNT.format(g='b')}"
)
# a measure's label right before its amount: 本期利润1.43亿元 / 本期利润为-13,538,555.83元
_LABELLED = lazy_compile(
    rf"(?P<label>[\u4e00-\u9fffA-Za-z]{{2,12}}?)(?:为|达|达到|约)?{_AMOUNT.format(g='a')}(?![\d.,%])"
)
# the pre-filters: an amount's unit right before a bracket or 即/约合…, and a bare amount of four digits or more
_HINT = lazy_compile(r"[元份]\s*(?:\(|[，,]\s*(?:即|约合|折合|相当于))")
_BIG_BARE = lazy_compile(r"\d[\d,]{3,}(?:\.\d+)?\s*[元份]")
_LABEL_CUT = lazy_compile(r"^.*?(?:报告期内|截至报告期末|具体数据显示|数据显示|其中|期内|实现|录得)")
# figures.py compares scaled amounts (亿元 vs 万亿元) itself; a bare 元/份 figure it does not read
_BARE_UNITS = ("元", "份")
_POWERS = (10.0, 100.0, 1000.0, 0.1, 0.01, 0.001)


@dataclass(frozen=True)
class _Amount:
    text: str
    number: Number
    unit: str
    start: int
    end: int

    @property
    def base(self) -> float:
        return abs(self.number.value) * UNITS[self.unit]

    @property
    def half(self) -> float:
        return 0.5 * 10.0 ** (-self.number.decimals) * UNITS[self.unit]

    @property
    def kind(self) -> str:
        return "份" if self.unit.endswith("份") else "元"


def check_unit_restatements(claims: Claims) -> list[Finding]:
    out: list[Finding] = []
    labelled: list[tuple[str, _Amount, Sentence]] = []
    amounts: list[Sentence] = []
    bare = False
    for sentence in claims.sentences:
        text = sentence.text
        if "元" not in text and "份" not in text:
            continue
        amounts.append(sentence)
        bare = bare or _BIG_BARE.search(text) is not None
        if _HINT.search(text) is None:
            continue
        for pattern in (_BRACKET, _CLAUSE):
            for m in pattern.finditer(text):
                a, b = _amount(m, "a"), _amount(m, "b")
                if a.kind == b.kind and a.unit != b.unit and not _agrees(a, b):
                    out.append(_restated(sentence, a, b, m.start(), m.end()))
    if bare:  # a measure's two figures can only be a unit slip apart when one is a bare 元/份 amount
        labelled = [(label, a, sentence) for sentence in amounts for label, a in _labelled(sentence.text)]
    return out + _label_slips(labelled)


def _amount(m: re.Match[str], g: str) -> _Amount:
    number = parse_number(m.group(g).replace(",", ""))
    return _Amount(m.group(g) + m.group(g + "u"), number, m.group(g + "u"), m.start(g), m.end(g + "u"))


def _agrees(a: _Amount, b: _Amount, factor: float = 1.0) -> bool:
    """Whether the coarser of the two prints from the finer's value range (times ``factor``)."""
    fine, coarse = (a, b) if a.half <= b.half else (b, a)
    if fine is b:
        factor = 1.0 / factor
    scale = UNITS[coarse.unit]
    low = (fine.base - fine.half) * factor / scale
    high = (fine.base + fine.half) * factor / scale
    stated = Number(abs(coarse.number.value), coarse.number.decimals, coarse.number.text)
    return printed_from(stated, low, high)


def _in(value: float, unit: str) -> str:
    scaled = value / UNITS[unit]
    digits = max(2, 2 - math.floor(math.log10(scaled)) if scaled > EPSILON else 2)
    return f"{scaled:.{min(digits, 6)}f}{unit}"


def _restated(sentence: Sentence, a: _Amount, b: _Amount, start: int, end: int) -> Finding:
    coarse, fine = (b, a) if a.half <= b.half else (a, b)
    ratio = coarse.base / fine.base if fine.base > 0 else float("inf")
    times = (
        f"; the restatement is about {ratio:.3g} times the amount" if ratio >= 1.5 or ratio <= 0.67 else ""
    )
    return finding(
        "error",
        "contradiction",
        f"「{a.text}」 is {_in(a.base, b.unit)}, but the same amount is restated as 「{b.text}」{times}; "
        f"consistent would be {_in(fine.base, coarse.unit)}",
        sentence,
        start,
        end,
    )


def _labelled(text: str) -> list[tuple[str, _Amount]]:
    found = []
    for m in _LABELLED.finditer(text):
        label = _LABEL_CUT.sub("", m.group("label"))
        if len(label) >= 4:
            found.append((label, _amount(m, "a")))
    return found


def _label_slips(labelled: list[tuple[str, _Amount, Sentence]]) -> list[Finding]:
    """A measure's two figures in two units a power of ten apart: a unit slip in one of them."""
    out: list[Finding] = []
    by_label: dict[str, list[tuple[_Amount, Sentence]]] = {}
    for label, amount, sentence in labelled:
        by_label.setdefault(label, []).append((amount, sentence))
    for label, stated in by_label.items():
        units = {a.unit for a, _ in stated}
        if len(stated) > 4 or len(units) < 2:
            continue
        for i, (a, sa) in enumerate(stated):
            for b, sb in stated[i + 1 :]:
                if (
                    a.kind != b.kind
                    or a.unit == b.unit
                    or not {a.unit, b.unit} & set(_BARE_UNITS)
                    or _agrees(a, b)
                ):
                    continue
                factor = next((f for f in _POWERS if _agrees(a, b, f)), None)
                if factor is None:
                    continue
                coarse, fine = (b, a) if a.half <= b.half else (a, b)
                where = sa if coarse is a else sb
                other = sb if where is sa else sa
                out.append(
                    finding(
                        "error",
                        "contradiction",
                        f"「{label}{coarse.text}」 and 「{label}{fine.text}」 (at {other.location}) state one measure "
                        f"{round(max(factor, 1 / factor))} times apart: {fine.text} is {_in(fine.base, coarse.unit)}; "
                        f"consistent would be {_in(fine.base, coarse.unit)}",
                        where,
                        coarse.start,
                        coarse.end,
                    )
                )
    return out
