"""A stated share of a total must be the part over the total, when both amounts are stated.

Three ways of stating it are read (amounts in 万/亿/万亿/兆 of one unit, 元, 美元, 港元, 吨, 股 …):

- inline: ``半导体类成交额303亿元，占全市场1759.87亿元的17.22%`` (the part, then 占 the total 的 the share);
- against a named total stated before it in the same or the previous sentence: ``全体上市股票成交金额为
  1,759.87亿元，…半导体类303.00亿元，占全体上市股票交易金额17.22%``, where the total's label and the name
  after 占 open with the same four characters; a following ``占比12.19%`` right after another amount of the
  same list takes the same total;
- the part of a budget or target executed: ``首七个月累计为533.7亿元。…全年预算约931.16亿元，截至上月已执行
  预算的比率达60.3%`` (533.7 / 931.16 = 57.3 %), ``累计完成销售额412亿元，完成全年销售目标的51.5%``: the total
  is the one amount stated after 预算/目标/计划 in this or the previous sentence, the part the one amount
  stated after 累计 (完成/实现) in this or the two sentences before, in the same unit.

The share is computed over every corner of the amounts' printed rounding and must print from one of them,
rounded or truncated. A hedged amount (约, 近, 逾) is read only when printed to at least four significant
digits (约931.16亿元: its digits state its precision); a hedged share (约, 超, 近) is not read.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from sectorbrief.check.claim_types import SCALES
from sectorbrief.check.claims import Claims, Number, Sentence, parse_number
from sectorbrief.check.lazy_regex import lazy_compile
from sectorbrief.check.report import Finding
from sectorbrief.check.rules.common import corners, finding, fmt, printed_from

_UNIT = r"(?P<unit>澳门元|美元|港元|元|吨|股|手)"
_AMOUNT = lazy_compile(
    r"(?=[约近逾\d])(?P<hedge>约|近|逾)?(?<![\d.,兆])(?:(?P<zhao>\d+)兆)?(?P<num>\d[\d,]*(?:\.\d+)?)\s*"
    rf"(?P<scale>万亿|亿|千万|百万|万)?{_UNIT}"
)
_PCT = r"(?P<phedge>约|超过|超|近|逾)?(?P<pct>\d+(?:\.\d+)?)%"
# 占全体上市股票交易金额17.22% / 占全体上市股票交易金额比重37.84% / 占比12.19%
_NAMED = lazy_compile(
    r"(?=占)占(?P<name>[\u4e00-\u9fff]{0,16}?)(?:的)?(?:比重|比例|比率)?(?:为|达|约为)?" + _PCT
)
_INLINE = lazy_compile(
    r"(?=占)占(?:[^，。；\d]{0,12}?)(?P<total>(?:约|近|逾)?\d[^，。；%]{0,20}?)的(?:比重|比例)?(?:为|达)?"
    + _PCT
)
_BUDGET = lazy_compile(
    r"(?=[执完达])(?:执行|完成|达成)了?(?:全年|年度)?[\u4e00-\u9fff]{0,4}?(?:预算|目标|计划)(?:的)?(?:比率|比例|进度)?"
    r"(?:为|达|约为|达到)?" + _PCT
)
_BUDGET_TOTAL = lazy_compile(r"(?=[预目计])(?:预算|目标|计划)[^，。；\d]{0,4}?(?=[约近逾\d])")
_CUMULATIVE = lazy_compile(r"(?=累)累计(?:完成|实现)?(?:为|达|录得|达到)?(?=[约近逾\d])")


@dataclass(frozen=True)
class _Amount:
    start: int
    end: int
    text: str
    unit: str
    value: float
    half: float  # half a unit of its last printed digit


def _amount_at(text: str, pos: int, end: int | None = None) -> _Amount | None:
    m = _AMOUNT.match(text, pos, len(text) if end is None else end)
    if m is None:
        return None
    num = m.group("num").replace(",", "")
    scale = SCALES[m.group("scale") or ""]
    decimals = len(num.split(".")[1]) if "." in num else 0
    if m.group("hedge") and len(num.replace(".", "").lstrip("0")) < 4:
        return None  # 约30亿元: how far it may be is not stated
    zhao = float(m.group("zhao")) * 1e12 if m.group("zhao") else 0.0
    value = zhao + float(num) * scale
    return _Amount(m.start(), m.end(), m.group(0), m.group("unit"), value, 0.5 * 10.0**-decimals * scale)


def _amounts(text: str, start: int = 0, end: int | None = None) -> list[_Amount]:
    out = []
    for m in _AMOUNT.finditer(text, start, len(text) if end is None else end):
        found = _amount_at(text, m.start(), m.end())
        if found is not None:
            out.append(found)
    return out


@dataclass(frozen=True)
class _Share:
    sentence: Sentence
    start: int
    end: int
    stated: Number
    part: _Amount
    total: _Amount
    total_text: str  # where the total was stated, quoted in the message


def _shares(sentences: list[Sentence], i: int) -> list[_Share]:
    sentence = sentences[i]
    text = sentence.text
    out: list[_Share] = []
    previous = sentences[i - 1].text if i and sentences[i - 1].paragraph == sentence.paragraph else ""
    last_total: _Amount | None = None
    for m in _NAMED.finditer(text):
        part = _part_before(text, m.start())
        if part is None or m.group("phedge"):
            last_total = None
            continue
        name = m.group("name")
        total = (
            last_total
            if name in ("", "比")
            else _named_total(text[: part.start], name) or _named_total(previous, name)
        )
        last_total = total
        if total is not None and total.unit == part.unit:
            out.append(
                _Share(sentence, part.start, m.end(), parse_number(m.group("pct")), part, total, total.text)
            )
    for m in _INLINE.finditer(text):
        part = _part_before(text, m.start())
        total = _amount_at(text, m.start("total"))
        if (
            part
            and total
            and total.end == m.end("total")
            and not m.group("phedge")
            and total.unit == part.unit
        ):
            out.append(
                _Share(sentence, part.start, m.end(), parse_number(m.group("pct")), part, total, total.text)
            )
    for m in _BUDGET.finditer(text):
        if m.group("phedge"):
            continue
        window = [s.text for s in sentences[max(0, i - 2) : i] if s.paragraph == sentence.paragraph]
        totals = _labelled(_BUDGET_TOTAL, [*window[-1:], text[: m.start()]])
        parts = _labelled(_CUMULATIVE, [*window, text[: m.start()]])
        if len(totals) == 1 and len(parts) == 1 and totals[0].unit == parts[0].unit:
            out.append(
                _Share(sentence, m.start(), m.end(), parse_number(m.group("pct")), parts[0], totals[0], "")
            )
    return out


def _part_before(text: str, pos: int) -> _Amount | None:
    """The amount that ends right before ``pos`` (a comma or 、 between them at most)."""
    found = [a for a in _amounts(text, max(0, pos - 40), pos) if not text[a.end : pos].strip("，,、 ")]
    return found[-1] if found else None


def _named_total(text: str, name: str) -> _Amount | None:
    """The amount stated after a label that opens with the name's first four characters (全体上市股票成交
    金额为1,759.87亿元 for 全体上市股票交易金额), if the text states exactly one."""
    if len(name) < 4:
        return None
    found = []
    for m in re.finditer(re.escape(name[:4]) + r"[\u4e00-\u9fff]{0,8}?(?:为|是|达)?(?=[约近逾\d])", text):
        amount = _amount_at(text, m.end())
        if amount is not None:
            found.append(amount)
    return found[0] if len(found) == 1 else None


def _labelled(label: re.Pattern[str], texts: list[str]) -> list[_Amount]:
    out = []
    for text in texts:
        for m in label.finditer(text):
            amount = _amount_at(text, m.end())
            if amount is not None:
                out.append(amount)
    return out


def check_shares(claims: Claims) -> list[Finding]:
    out: list[Finding] = []
    sentences = claims.sentences
    for i, sentence in enumerate(sentences):
        text = sentence.text
        if "%" not in text or not ("占" in text or "预算" in text or "目标" in text or "计划" in text):
            continue
        for share in _shares(sentences, i):
            found = _check(share)
            if found is not None:
                out.append(found)
    return out


def _check(s: _Share) -> Finding | None:
    low, high = corners(
        lambda v: v[0] / v[1] * 100.0, ((s.part.value, s.part.half), (s.total.value, s.total.half))
    )
    if s.total.value <= s.total.half or low != low or high != high or printed_from(s.stated, low, high):
        return None
    computed = s.part.value / s.total.value * 100.0
    others = ""
    if s.stated.value > 0:
        others = (
            f" (or a part of {_scaled(s.stated.value / 100.0 * s.total.value, s.part)}, or a total of "
            f"{_scaled(s.part.value / (s.stated.value / 100.0), s.part)})"
        )
    return finding(
        "error",
        "arithmetic",
        f"a share of {s.stated.text}% but the part {s.part.text} over the total {s.total.text} is "
        f"{fmt(computed)}%; consistent would be {computed:.{s.stated.decimals}f}%{others}",
        s.sentence,
        s.start,
        s.end,
    )


def _scaled(value: float, like: _Amount) -> str:
    """``value`` in the scale and unit ``like`` was printed in."""
    m = _AMOUNT.match(like.text)
    scale = m.group("scale") if m else ""
    return f"{value / SCALES[scale or '']:.2f}{scale or ''}{like.unit}"
