"""A superlative among the A-share benchmarks against the other benchmarks stated in the same sentence.

``A股市场中，中证500指数上涨4.34%，表现最佳，深证成指上涨6.76%`` says 中证500 did best while another
A-share benchmark of the same sentence and period did better. Only the broad A-share indices below are
compared (never industries, stocks, or Hong Kong and overseas indices, which need not be in the scope
of 表现最佳), and only with figures of the same period. The figures may come in 分别 lists
(``上证指数、深证成指、创业板指分别上涨1.29%、1.76%、2.53%``), and a superlative without its own figure
(``其中创业板指涨幅最大``) takes the one figure the sentence gives for that index.
"""

from __future__ import annotations

import re

from sectorbrief.check.claim_types import NUMBER, parse_number
from sectorbrief.check.claims import Claims
from sectorbrief.check.lazy_regex import lazy_compile
from sectorbrief.check.periods import Sentence
from sectorbrief.check.report import Finding
from sectorbrief.check.rules.common import finding
from sectorbrief.check.rules.superlatives import Move, beats
from sectorbrief.taxonomy.aliases import index_name

_BENCHMARK = (
    r"(?P<name>上证50|上证180|上证380|上证综指|上证指数|沪指|深证成指|深成指|深证100|创业板指|创业板综|科创50|"
    r"沪深300|中证A500|中证500|中证1000|中证2000|国证2000|北证50|中小板指|中小100|万得全A|万得微盘)"
)
_MOVE = (
    rf"{_BENCHMARK}(?:指数|综合指数)?(?:本周|上周|当周|全周|本月|周内)?"
    rf"(?P<verb>上涨|下跌|微涨|微跌|大涨|大跌|收涨|收跌|涨|跌)(?:了|幅为|幅)?\s*(?P<num>{NUMBER})%"
)
_TOP = r"涨幅最大|涨幅最高|表现最佳|表现最好|表现最强|领涨|涨幅居首"
_BOTTOM = r"跌幅最大|跌幅最深|表现最差|表现最弱|领跌|跌幅居首"
# 中证500指数上涨4.34%，表现最佳 / 中证500指数涨幅最大，为4.34%
_AFTER = lazy_compile(rf"{_MOVE}[，,]?\s*(?P<word>{_TOP}|{_BOTTOM})(?![的者])")  # not 表现最佳的是X
_BEFORE = lazy_compile(
    rf"{_BENCHMARK}(?:指数)?(?P<word>{_TOP}|{_BOTTOM})[，,]?\s*(?:为|达|达到)?\s*(?P<num>{NUMBER})%"
)
_SIBLING = lazy_compile(_MOVE)
# 上证指数、深证成指、创业板指分别上涨1.29%、1.76%、2.53% / 周涨跌幅分别为+0.5%、-0.3%
_NAMES = rf"{_BENCHMARK}(?:指数)?(?:、{_BENCHMARK.replace('?P<name>', '')}(?:指数)?)+"
_LIST = lazy_compile(
    rf"(?P<names>{_NAMES})(?:本周|上周|当周|全周|周内)?(?:周涨跌幅|涨跌幅)?分别(?:(?P<verb>上涨|下跌|涨|跌)|为)\s*"
    rf"(?P<nums>{NUMBER}%(?:\s*[、，,和]\s*{NUMBER}%)+)"
)
_NAME = lazy_compile(_BENCHMARK)
# 其中创业板指涨幅最大 (its figure stated elsewhere in the sentence)
_BARE = lazy_compile(
    rf"(?<!、){_BENCHMARK}(?:指数)?(?P<word>{_TOP}|{_BOTTOM})(?![的者])(?![，,]?\s*(?:为|达|达到)?\s*{NUMBER}%)"
)
_FALLS = ("下跌", "微跌", "大跌", "收跌", "跌")


def _move(sentence: Sentence, m: re.Match[str], falls: bool) -> Move:
    number = parse_number(m.group("num"))
    signed = -abs(number.value) if falls else number.value
    return Move(m.group("name"), number, signed, sentence.period_at(m.start()), m.start(), m.end())


def _moves(sentence: Sentence) -> list[Move]:
    """Every benchmark move of ``sentence``: single ones and 分别 lists with as many figures as names."""
    text = sentence.text
    out = [_move(sentence, s, s.group("verb") in _FALLS) for s in _SIBLING.finditer(text)]
    for m in _LIST.finditer(text):
        names = [n.group("name") for n in _NAME.finditer(m.group("names"))]
        numbers = [parse_number(x) for x in re.findall(NUMBER, m.group("nums"))]
        if len(names) != len(numbers):
            continue
        falls = m.group("verb") in _FALLS
        period = sentence.period_at(m.start())
        for name, number in zip(names, numbers, strict=True):
            signed = -abs(number.value) if falls and not number.text.startswith(("+", "-")) else number.value
            out.append(Move(name, number, signed, period, m.start(), m.end()))
    return out


def check_benchmark_superlatives(claims: Claims) -> list[Finding]:
    out: list[Finding] = []
    for sentence in claims.sentences:
        text = sentence.text
        if "最" not in text and "领" not in text and "居首" not in text:
            continue
        for m in [*_AFTER.finditer(text), *_BEFORE.finditer(text)]:
            if _in_a_list(text, m):
                continue  # 科创50、中证1000领涨12.3%、8.7%: whose figure is whose is for the list rules
            top = re.fullmatch(_TOP, m.group("word")) is not None
            verb = m.groupdict().get("verb")
            falls = verb in _FALLS if verb else not top and not m.group("num").startswith("+")
            move = _move(sentence, m, falls)
            peers = [s for s in _moves(sentence) if not (s.start < move.end and move.start < s.end)]
            beaten = [
                p
                for p in peers
                if p.period == move.period
                and index_name(p.name) != index_name(move.name)
                and beats(p, move, top)
            ]
            if beaten:
                out.append(_finding(sentence, move, top, beaten[0]))
        out += _bare(sentence)
    return out


def _bare(sentence: Sentence) -> list[Finding]:
    """``其中创业板指涨幅最大`` with the index's figure stated once elsewhere in the sentence."""
    out = []
    for m in _BARE.finditer(sentence.text):
        top = re.fullmatch(_TOP, m.group("word")) is not None
        moves = _moves(sentence)
        own = [x for x in moves if index_name(x.name) == index_name(m.group("name"))]
        if len(own) != 1 or own[0].period != sentence.period_at(m.start()):
            continue
        peers = [
            x for x in moves if index_name(x.name) != index_name(own[0].name) and x.period == own[0].period
        ]
        beaten = [x for x in peers if beats(x, own[0], top)]
        if beaten:
            out.append(_finding(sentence, own[0], top, beaten[0]))
    return out


def _in_a_list(text: str, m: re.Match[str]) -> bool:
    before = text[m.start() - 1] if m.start() > 0 else ""
    return before == "、" or re.match(rf"\s*、\s*{NUMBER}%", text[m.end("num") :]) is not None


def _finding(sentence: Sentence, move: Move, top: bool, other: Move) -> Finding:
    claim = "done best" if top else "done worst"
    than = "better" if top else "worse"
    return finding(
        "error",
        "rank",
        f"{move.name} is said to have {claim} among the benchmarks ({move.signed:+.{move.value.decimals}f}%), "
        f"but {other.name}, in the same sentence for the same period, did {than}: "
        f"{other.signed:+.{other.value.decimals}f}% (「{sentence.text[other.start : other.end]}」); "
        "the superlative or one of the figures is wrong",
        sentence,
        move.start,
        move.end,
    )
