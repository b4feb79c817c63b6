"""A PMI (or another diffusion index with a 荣枯线 at 50) said to stand above or below the line while its
stated value is on the other side.

``PMI指数连续3个月位于荣枯线上方，但装备制造业PMI(52.3)显著高于整体(49.7)``: the overall PMI is 49.7, below
50. The claim (``位于/处于/站上/重回荣枯线上方/以上/之上``, ``跌破/低于荣枯线``, ``位于荣枯线以下/下方``) names the
index before it in its clause (``制造业PMI``, ``PMI指数``); its value is the one the sentence states for that
same index (``制造业PMI为49.7%``, ``PMI回升至50.2``: the last before the claim, else the first after it), or
for 整体/总体 when the claim names the PMI without a qualifier. A value of another qualified index
(装备制造业PMI(52.3)) is not its value. A value of exactly 50 is on the line, neither above nor below.
"""

from __future__ import annotations

import re

from sectorbrief.check.claims import Claims
from sectorbrief.check.lazy_regex import lazy_compile
from sectorbrief.check.periods import Sentence
from sectorbrief.check.report import Finding
from sectorbrief.check.rules.common import finding

_INDEX = r"(?P<q>[\u4e00-\u9fff]{0,8}?)(?:PMI|采购经理指数|商务活动指数)(?:指数)?"
_ABOVE = r"(?:位于|处于|站上|站稳|重回|回到|回升至|升至|保持在|维持在|高于|在)?荣枯线(?:以上|上方|之上)|(?:站上|重回|突破|高于)荣枯线"
_BELOW = r"(?:位于|处于|回落至|降至|维持在|保持在|在)?荣枯线(?:以下|下方|之下)|(?:跌破|跌落|低于)荣枯线"
_CLAIM = lazy_compile(rf"(?P<above>{_ABOVE})|(?P<below>{_BELOW})")
_NAMED = lazy_compile(_INDEX)
_VALUE = lazy_compile(
    rf"(?:{_INDEX}|(?P<whole>整体|总体|全部|综合))[^，。；,;\d]{{0,6}}?[(（]?(?P<num>[1-9]\d(?:\.\d+)?)%?[)）]?(?![\d.%]|个|月|年|日|天|家|只)"
    r"(?:[^，。；,;\d]{0,4}?(?:至|到)\s*(?P<to>[1-9]\d(?:\.\d+)?)%?(?![\d.%]))?"
)
_QUALIFIER_NOISE = lazy_compile(
    r"^(?:中国|国家统计局|官方|财新|我国|全国|当月|本月|上月|\d*月)+|的$|^(?:但|而|其中)"
)
_LINE = 50.0
_LOW, _HIGH = 30.0, 70.0  # a diffusion index's plausible values


def check_boom_line(claims: Claims) -> list[Finding]:
    out: list[Finding] = []
    for sentence in claims.sentences:
        if "荣枯线" not in sentence.text:
            continue
        for claim in _CLAIM.finditer(sentence.text):
            found = _check(sentence, claim)
            if found is not None:
                out.append(found)
    return out


def _qualifier(text: str | None) -> str:
    return _QUALIFIER_NOISE.sub("", text or "")


def _check(sentence: Sentence, claim: re.Match[str]) -> Finding | None:
    named = list(_NAMED.finditer(sentence.text, 0, claim.start()))
    if not named:
        return None
    qualifier = _qualifier(named[-1].group("q"))
    claim_start = named[-1].start()
    values = [
        v
        for v in _VALUE.finditer(sentence.text)
        if _LOW <= float(v.group("to") or v.group("num")) <= _HIGH
        and (
            (v.group("whole") and qualifier in ("", "制造业"))
            or (not v.group("whole") and _qualifier(v.group("q")) == qualifier)
        )
    ]
    before = [v for v in values if v.end() <= claim.start()]
    after = [v for v in values if v.start() >= claim.end()]
    value = before[-1] if before else (after[0] if after else None)
    if value is None:
        return None
    printed = value.group("to") or value.group("num")  # 从49.2回升至50.2: the value it moved to
    number = float(printed)
    above = claim.group("above") is not None
    if (number > _LINE) == above or number == _LINE:
        return None
    side, other = ("above", "below") if above else ("below", "above")
    return finding(
        "error",
        "contradiction",
        f"{sentence.text[claim_start : claim.end()]} says the index is {side} the 荣枯线 (50), but its stated value "
        f"{printed} (「{value.group(0)}」) is {other} 50: the value or the claim is wrong",
        sentence,
        min(claim_start, value.start()),
        max(claim.end(), value.end()),
    )
