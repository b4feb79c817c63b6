"""A mark said to be crossed (跌破/失守 below it, 突破/站上 above it) against the level the text then states.

``飞天茅台今日批发价跌破2500元/瓶。…批发价为2590元/瓶`` says the price went below 2500 and then prints it
above: one of the two is wrong. Read:

- the mark: a crossing word (跌破, 失守, 跌穿, 击穿 for below; 突破, 站上, 站稳, 升破, 涨破, 重返, 重回 for
  above) right before an amount of any unit (``2500元/瓶``, ``2600美元关口``, ``3000点大关``), and the
  measure its clause names right before it (``批发价``, ``金价``, ``指数``);
- the level: the first amount of the same unit stated as a level (为, 报, 收于, 收盘 …) after the mark, in its
  sentence or the next three of its paragraph, in a clause that names the mark's measure again (or, in the
  mark's sentence, names no subject: ``科技指数接连突破3600点及3700点关口，收市报3718点``). A mark whose
  clause names no measure (a headline's ``站上2600美元关口``) is read against the first close (收于, 收报,
  收盘, 收市报) of its unit that the text states within the next five sentences, the unit's currency matching a price
  per ounce or barrel (``每盎司2570.10美元``), when it is within a fifth of the mark.

An error when the level is on the wrong side of the mark. Not read: a crossing within the day (一度, 盘中,
曾, 早段, 午后 …), one followed by a later move (跌破…后), a hedged or negated one (有望, 若, 未 …), and a level after
a turn word (随后, 此后, 目前, 回升, 反弹, 尾盘 …) between the two, which may be a later day's.

A level stated in the clause right before a crossing that has no subject of its own (``恒指收报19850点，站上20000点
大关``, ``总市值为新台币91兆942亿元，…，重返90兆元大关之上``: the one amount of the mark's unit there) is read the same
way, when nothing between turns or hedges.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from sectorbrief.check.claim_types import clause_start
from sectorbrief.check.claims import Claims
from sectorbrief.check.lazy_regex import lazy_compile
from sectorbrief.check.periods import Sentence
from sectorbrief.check.report import Finding
from sectorbrief.check.rules.common import finding, printed

_BELOW = ("跌破", "失守", "跌穿", "击穿")
_ABOVE = ("突破", "站上", "站稳", "升破", "涨破", "重返", "重回")
_CURRENCY = r"美元|港元|日元|欧元|英镑|元"
_UNIT = rf"(?:(?:{_CURRENCY})(?:/[\u4e00-\u9fffA-Za-z]{{1,3}})?|点|万吨|吨)"
_AMOUNT = rf"(?P<n>\d[\d,]*(?:\.\d+)?)\s*(?P<s>万亿|亿|万)?\s*(?P<u>{_UNIT})"
_MARK = lazy_compile(
    rf"(?P<verb>{'|'.join(_BELOW + _ABOVE)})\s*(?:每(?P<per>盎司|桶|吨))?\s*{_AMOUNT}"
    r"(?P<tail>[\u4e00-\u9fff]{0,4})"
)
_HINT = lazy_compile(rf"(?:{'|'.join(_BELOW + _ABOVE)})\s*(?:每[\u4e00-\u9fff]{{1,2}})?\s*\d")
_LEVEL = lazy_compile(
    rf"(?P<at>收市报|收盘报|收盘于|为|报|收于|收报|报收|收盘|收市|收在|收至)(?:于)?\s*(?:每(?P<per>盎司|桶|吨))?\s*{_AMOUNT}"
    rf"(?:/(?P<per2>盎司|桶|吨))?"
)
_MEASURE = lazy_compile(r"[\u4e00-\u9fff]{0,2}?(?:价格|均价|价|指数|汇率|市值)(?=[\u4e00-\u9fff]{0,4}$)")
_INTRADAY = lazy_compile(
    r"一度|盘中|曾经?|日内|盘初|早盘|早段|早市|午盘|午后|尾盘|尾市|开盘|开市|最多|最低|最高|一天之内|"
    r"有望|若|如果|预计|或将|可能|未|没有|尚未|能否|是否"
)
_TURN = lazy_compile(
    r"随后|此后|之后|其后|目前|现已|后又|回升|反弹|回落|回调|推高|拉升|翻红|翻绿|收复|最终|尾盘|尾市|反转"
)
_CLOSE = ("收市报", "收盘报", "收盘于", "收于", "收报", "报收", "收盘", "收市", "收在", "收至")
_SCALES = {"万亿": 1e12, "亿": 1e8, "万": 1e4, "": 1.0}


@dataclass(frozen=True, slots=True)
class _Amount:
    value: float
    half: float
    unit: str


def _amount(m: re.Match[str]) -> _Amount:
    value, half = printed(m.group("n"))
    scale = _SCALES[m.group("s") or ""]
    unit = m.group("u")
    if unit == "万吨":
        scale, unit = scale * 1e4, "吨"
    per = m.group("per") or (m.groupdict().get("per2") or "")
    if per and "/" not in unit:
        unit = f"{unit}/{per}"  # 每盎司2570.10美元: a price per ounce
    return _Amount(value * scale, half * scale, unit)


def check_thresholds(claims: Claims) -> list[Finding]:
    out: list[Finding] = []
    sentences = claims.sentences
    for i, sentence in enumerate(sentences):
        if _HINT.search(sentence.text) is None:
            continue
        for m in _MARK.finditer(sentence.text):
            found = _read(sentences, i, m)
            if found is not None:
                out.append(found)
    return out


def _read(sentences: list[Sentence], i: int, m: re.Match[str]) -> Finding | None:
    sentence = sentences[i]
    text = sentence.text
    clause = text[clause_start(text, m.start()) : m.start()]
    if (
        _INTRADAY.search(clause)
        or text.startswith("后", m.end())
        or m.group("tail").startswith(("后", "以后"))
    ):
        return None
    mark = _amount(m)
    before = _level_before(text, m, mark)
    if before is not None:
        return _judge(sentence, m, mark, sentence, before, _amount(before))
    measure = _MEASURE.search(clause)
    later = [s for s in sentences[i : i + 6] if s.paragraph == sentence.paragraph or measure is None]
    for k, where in enumerate(later[: 4 if measure else 6]):
        start = m.end() if where is sentence else 0
        for level in _LEVEL.finditer(where.text, start):
            if _TURN.search(where.text, start, level.start()):
                return None
            found = _amount(level)
            if not _fits(mark, found, measure is None):
                continue
            if measure is not None:
                own = where.text[clause_start(where.text, level.start()) : level.start()]
                if measure.group(0)[-3:] not in own and (where is not sentence or own.strip()):
                    continue  # a clause of its own subject; one with none goes on with the mark's
            elif level.group("at") not in _CLOSE or not 0.8 <= found.value / mark.value <= 1.25:
                continue
            return _judge(sentence, m, mark, where, level, found)
        if k and _TURN.search(where.text):
            return None
    return None


def _level_before(text: str, m: re.Match[str], mark: _Amount) -> re.Match[str] | None:
    """The level of the mark's unit stated in the clause right before the mark's (恒指收报19850点，站上20000点), when
    the mark's clause says nothing but the crossing and nothing between turns, hedges or names another amount."""
    own = clause_start(text, m.start())
    if own == 0 or _BARE_LEAD.fullmatch(text, own, m.start()) is None:
        return None
    lead = clause_start(text, own - 1)
    levels = [x for x in _LEVEL.finditer(text, lead, own) if _amount(x).unit == mark.unit]
    if (
        len(levels) != 1
        or _TURN.search(text, levels[0].end(), m.start())
        or _INTRADAY.search(text, lead, own)
    ):
        return None
    return levels[0]


# what may stand before the crossing word in its own clause: a word of succeeding, nothing that names a subject
_BARE_LEAD = lazy_compile(r"\s*(?:成功|一举|顺利|再度|重新|正式|已经|已|并|且|终于)*\s*")


def _fits(mark: _Amount, level: _Amount, loose: bool) -> bool:
    """One unit, or (for a mark with no measure) the mark's currency that the level prices per ounce or barrel."""
    return level.unit == mark.unit or loose and level.unit.split("/")[0] == mark.unit and mark.value > 0


def _judge(
    sentence: Sentence, m: re.Match[str], mark: _Amount, where: Sentence, level: re.Match[str], found: _Amount
) -> Finding | None:
    below = m.group("verb") in _BELOW
    gap = found.value - mark.value
    if abs(gap) <= found.half + mark.half or (gap < 0) == below:
        return None
    place = "" if where is sentence else f" (at {where.location})"
    return finding(
        "error",
        "contradiction",
        f"「{_quoted(m)}」 says it went {'below' if below else 'above'} {m.group('n')}, but 「{level.group(0)}」"
        f"{place} puts it {'above' if below else 'below'}; consistent would be a level "
        f"{'under' if below else 'at or over'} {m.group('n')}, or {'站上' if below else '跌破'}",
        sentence,
        m.start(),
        m.end() if where is not sentence else level.end(),
    )


_MARK_WORD = lazy_compile(r"(?:整数|心理)?(?:大?关口?|水平|水准|整数位)")


def _quoted(m: re.Match[str]) -> str:
    """The mark through its unit, with the word for a mark after it (关口, 大关) but not the next clause's start."""
    tail = _MARK_WORD.match(m.group("tail"))
    return m.string[m.start() : m.end("u")] + (tail.group(0) if tail else "")
