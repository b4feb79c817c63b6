"""A broad A-share index called the best (or worst) of a period against another index's return for that
period stated elsewhere in the text.

``上证指数上半年算表现最好，涨幅不过3.65%`` cannot stand beside ``科创50指数…上半年涨幅为4.71%``. The claim
names its index, its period word (上半年, 下半年, 全年, 本周, 本月, 今年以来 …) and its return in the clause
after the superlative; the other returns are the moves that sentence-by-sentence follow the same period
word directly (``上半年涨幅为4.71%``, ``上半年微跌0.75%``), owned by the one broad index their sentence
names, or by the index named last before them in their clause. Figures in the claim's own sentence are
left to benchmark_superlatives. Hong Kong, overseas and industry indices are not compared.
"""

from __future__ import annotations

import re

from sectorbrief.check.claim_types import NUMBER
from sectorbrief.check.claims import Claims
from sectorbrief.check.lazy_regex import lazy_compile
from sectorbrief.check.periods import Sentence
from sectorbrief.check.report import Finding
from sectorbrief.check.rules.common import finding
from sectorbrief.taxonomy.aliases import index_name

_BENCH = (
    r"上证50|上证180|上证综指|上证指数|沪指|深证成指|深成指|深证100|创业板指|科创50|沪深300|中证A500|中证500|"
    r"中证1000|中证2000|国证2000|北证50|中小板指|万得全A"
)
_PERIOD = r"(?P<period>上半年|下半年|全年|本周|上周|本月|上月|今年以来|年初以来|年初至今|[一二三四]季度)"
_VERB = r"(?P<verb>涨幅为?|跌幅为?|上涨|下跌|微涨|微跌|大涨|大跌|涨|跌)"
_TOP = r"表现最好|表现最佳|表现最强|涨幅最大|涨幅最高|领涨"
_BOTTOM = r"表现最差|表现最弱|跌幅最大|跌幅最深|领跌"
_CLAIM = lazy_compile(
    rf"(?P<name>{_BENCH})(?:指数|综合指数)?{_PERIOD}[^，。；\d]{{0,4}}?(?P<word>{_TOP}|{_BOTTOM})"
    rf"[，,]?\s*[^，。；\d]{{0,4}}?{_VERB}(?:不过|仅|只有|达到|达|了|为)?\s*(?P<num>{NUMBER})%"
)
_MOVE = lazy_compile(rf"{_PERIOD}(?:最终|累计|整体)?{_VERB}(?:了|达到|达|为)?\s*(?P<num>{NUMBER})%")
_NAME = lazy_compile(rf"(?:{_BENCH})")
_OTHER_MARKET = lazy_compile(r"港股|恒生|恒指|美股|纳斯达克|纳指|标普|道琼斯|日经|欧洲|台股")
_WORDS = ("表现最", "涨幅最", "跌幅最", "领涨", "领跌")  # a cheap first look for _CLAIM
_FALLS = ("跌幅", "下跌", "微跌", "大跌", "跌")


def _signed(verb: str, num: str) -> float:
    value = float(num)
    return -abs(value) if verb.removesuffix("为") in _FALLS and not num.startswith(("+", "-")) else value


def _owner(sentence: Sentence, pos: int) -> str | None:
    text = sentence.text
    names = {index_name(n) for n in _NAME.findall(text)}
    clause = max(text.rfind(c, 0, pos) for c in "，,；;") + 1
    near = _NAME.findall(text, clause, pos)
    if near:
        return index_name(near[-1])
    return next(iter(names)) if len(names) == 1 else None


def check_best_benchmark(claims: Claims) -> list[Finding]:
    claimed = [
        (s, m)
        for s in claims.sentences
        if ("最" in s.text or "领" in s.text) and any(word in s.text for word in _WORDS)
        for m in _CLAIM.finditer(s.text)
    ]
    if not claimed:
        return []
    out: list[Finding] = []
    for sentence, claim in claimed:
        name = index_name(claim.group("name"))
        value = _signed(claim.group("verb"), claim.group("num"))
        top = re.fullmatch(_TOP, claim.group("word")) is not None
        for other in claims.sentences:
            if other is sentence or _OTHER_MARKET.search(other.text):
                continue
            for m in _MOVE.finditer(other.text):
                owner = _owner(other, m.start())
                if m.group("period") != claim.group("period") or owner is None or owner == name:
                    continue
                stated = _signed(m.group("verb"), m.group("num"))
                if (stated > value) if top else (stated < value):
                    word = "best" if top else "worst"
                    out.append(
                        finding(
                            "error",
                            "rank",
                            f"{name} is called the {word} ({claim.group('word')}) in {claim.group('period')} "
                            f"with {value:+g}%, but {owner} {m.group(0)} at {other.location}, "
                            f"{'more' if top else 'less'} than that: the superlative or a figure is wrong",
                            sentence,
                            claim.start(),
                            claim.end(),
                        )
                    )
                    break
            else:
                continue
            break
    return out
