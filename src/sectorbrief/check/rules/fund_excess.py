"""A fund's stated excess over its 业绩比较基准 against the difference of the two returns stated with it.

``| 过去三个月 | -2.73% | -2.69% | -0.04% |`` (净值增长率①, 业绩比较基准收益率③, ①-③) and
``净值增长率为-1.77%，同期业绩比较基准收益率为-1.80%，基金跑赢基准0.03个百分点`` (read by check/fund_excess.py and check/fund_prose.py):
the excess must be ① − ③ within one unit of the coarsest printed digit. A consistent one is marked verified.

A verdict with no figure (``本基金报告期业绩跑输基准指数``) is read against the returns stated in prose from the
sentence before it to the third after it (``本报告期份额净值增长率为-2.51%，同期业绩比较基准收益率为-2.78%``): when
they are all of one stage (本报告期, 报告期内 and none named being one), the verdict's own if it names one, and
every share class's pair goes the other way beyond the printed rounding, the word is wrong.
"""

from __future__ import annotations

from sectorbrief.check.claim_types import Number, clause_start
from sectorbrief.check.claims import Claims
from sectorbrief.check.fund_excess import STAGE, FundExcess
from sectorbrief.check.fund_prose import prose_returns
from sectorbrief.check.lazy_regex import lazy_compile
from sectorbrief.check.periods import Sentence
from sectorbrief.check.report import Finding
from sectorbrief.check.rules.common import finding, fmt, tolerance


def check_fund_excess(claims: Claims) -> list[Finding]:
    out: list[Finding] = []
    for f in claims.funds:
        if f.claim.value is None:
            continue
        difference = f.own.value - f.base.value
        if abs(f.claim.value.value - difference) <= tolerance(f.own, f.base, f.claim.value):
            claims.verify(f.claim)
        else:
            out.append(_finding(f, difference))
    sentences = claims.sentences
    for sentence in sentences:
        if "基准" in sentence.text and _VERDICT.search(sentence.text):
            out += _verdicts(sentence, sentences)
    return out


# 本基金报告期业绩跑输基准指数: a verdict on the fund against its benchmark with no figure after it
_VERDICT = lazy_compile(
    r"(?P<who>本基金|基金|组合|本产品|份额)(?P<what>[^，。；;,:：%\d]{0,10}?)(?<![未不没难])(?P<word>跑赢|跑输|战胜|超越|落后于|落后|"
    r"优于|好于|强于|弱于|逊于|差于|不及)(?:了|于)?(?:同期)?(?:业绩比较|比较)?基准(?:指数)?(?:收益率?)?(?![^，。；;,]{0,6}\d)"
)
_WINS = ("跑赢", "战胜", "超越", "优于", "好于", "强于")
_OTHER_STAGE = lazy_compile(STAGE + r"|今年|本年|年内|近\d|近[一二三两]|长期|短期|成立")


def _verdicts(sentence: Sentence, sentences: list[Sentence]) -> list[Finding]:
    """A verdict with no figure against the returns stated in prose from the sentence before it (same paragraph)
    to the third after it, all of one stage, the verdict's own if it names one (every pair must go the other way)."""
    text = sentence.text
    out = []
    first = (
        sentence.index - 1
        if sentence.index and sentences[sentence.index - 1].paragraph == sentence.paragraph
        else sentence.index
    )
    for m in _VERDICT.finditer(text):
        said = {_stage(x.group(0)) for x in _OTHER_STAGE.finditer(text)}
        if len(said) > 1 or "预计" in text or "若" in text:
            continue
        pairs = [
            (later, *pair) for later in sentences[first : sentence.index + 4] for pair in prose_returns(later)
        ]
        stages = {_stage(pair[1]) for pair in pairs}
        if len(stages) != 1 or (said and said != stages):
            continue  # none, returns of several stages, or of another stage than the verdict's
        wins = m.group("word") in _WINS
        if any(_agrees(own, base, wins) for _, _, own, base, _, _ in pairs):
            continue
        later, _, own, base, start, end = pairs[0]
        out.append(
            finding(
                "error",
                "contradiction",
                f"「{text[clause_start(text, m.start()) : m.end()]}」 says the fund did {'better' if wins else 'worse'} than its benchmark, but "
                f"「{later.text[start:end]}」 gives {own.text}% − ({base.text}%) = {fmt(own.value - base.value)} pp; consistent "
                f"would be {'跑输' if wins else '跑赢'}",
                sentence,
                m.start(),
                m.end(),
            )
        )
    return out


def _finding(f: FundExcess, difference: float) -> Finding:
    claim = f.claim
    stage = claim.period.removeprefix("fund:") if claim.period and claim.period != "fund" else "the period"
    return finding(
        "error",
        "arithmetic",
        f"{claim.subject.label if claim.subject else '基金'} {stage}: excess {claim.value.text}% "  # type: ignore[union-attr]
        f"but the net value's growth {f.own.text}% less the 业绩比较基准's return {f.base.text}% is "
        f"{fmt(difference)}; consistent would be {fmt(difference)}%",
        claim.sentence,
        claim.start,
        claim.end,
    )


def _stage(words: str) -> str:
    """A stage as compared: the report period however written (本报告期, 报告期内, or none named) is one."""
    return "" if words in ("", "本报告期", "报告期内", "报告期") else words


def _agrees(own: Number, base: Number, wins: bool) -> bool:
    """Whether a fund's return against its benchmark's fits 跑赢 (``wins``) or 跑输, or ties within rounding."""
    gap = own.value - base.value
    return abs(gap) <= tolerance(own, base) or (gap > 0) == wins
