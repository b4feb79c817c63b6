"""The keyed figures of a sentence: a number with its unit read right after the measure word that names it.

``上证汽车指数报6248.55点``, ``西山煤电收跌2.26%``, ``九牧王成交额达到5.81亿元``, ``主力资金净流入56.08亿元``,
``国防军工板块2.21%的跌幅``, and each name's move of a 分别 list (``恒指、国指分别下跌0.23%及0.13%``). Its key:

- measure: the word before the number, normalised (上涨/涨幅/收涨 → a move, 下跌/跌幅/下挫 with the sign turned;
  报/收于/收盘价 → a level; 成交额, 换手率, 市盈率, 市值, 净流入/净流出 (signed), 均价 …) and the unit's kind
  (% , 点, 元 scaled to yuan and per-unit prices, 倍, 家/只, 手);
- subject: clause_subjects.subject;
- period: what periods.py gives the clause (with its stated dates).

A figure is not read where the clause makes it something else: a list (分别, 2.1%、3.4%), a bracket, a change or
comparison (较/环比/同比/跑赢), an extreme or average (最高/盘中/平均/日均), a midday level (午间收市报), an earlier period's value
(上周/去年/前值) or a forecast.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass

from sectorbrief.check.claim_types import SCALES, clause_start
from sectorbrief.check.entities import Entity, find_entities
from sectorbrief.check.lazy_regex import lazy_compile
from sectorbrief.check.periods import Sentence
from sectorbrief.check.rules.clause_subjects import GENERIC, entity_subject, open_bracket, phrase, subject
from sectorbrief.check.rules.printings import decimals, printing

# measure word -> (measure, sign): a move's falling words turn its sign
_UP = "涨幅|周涨幅|月涨幅|累计涨幅|上涨|大涨|微涨|收涨|收升|上扬|累涨|涨|上升"
_DOWN = "跌幅|周跌幅|月跌幅|累计跌幅|下跌|大跌|微跌|收跌|累跌|暴跌|下挫|重挫|跌|下降|回落"
_SIGNED = "涨跌幅|周涨跌幅|月涨跌幅"
_LEVEL = "收盘价为|收盘价|收盘于|收报|收于|收至|报"
_NAMED = "成交额|成交金额|成交量|换手率|市盈率|市净率|PE|PB|总市值|流通市值|市值|均价|净流入|净流出"
_MEASURE = f"{_SIGNED}|{_UP}|{_DOWN}|{_LEVEL}|{_NAMED}"
_MEASURES: dict[str, tuple[str, int]] = {
    **{w: ("move", 0) for w in _SIGNED.split("|")},
    **{w: ("move", 1) for w in _UP.split("|")},
    **{w: ("move", -1) for w in _DOWN.split("|")},
    **{w: ("level", 1) for w in _LEVEL.split("|")},
    "净流出": ("净流入", -1),
}
_MOVES = frozenset(w for w, (measure, _) in _MEASURES.items() if measure == "move")
_GAP = r"(?:了|为|是|达到|达|至|到|仅|:|\s)*"
_QUALIFIER = r"(?P<q>近|约|超过|超|逾|接近)?"
_NUMBER = r"(?P<num>[+-]?\d[\d,]*(?:\.\d+)?)\s*"
_UNIT = (
    r"(?P<scale>万亿|亿|万)?(?P<unit>%|点|元(?:/[\u4e00-\u9fff]{1,3})?|倍|家|只|手)(?P<tail>左右|以上|多)?"
)
_BEFORE = lazy_compile(
    rf"(?P<measure>{_MEASURE}){_GAP}{_QUALIFIER}(?:为|是|达)?(?<![\d.,]){_NUMBER}(?!\d){_UNIT}"
)
# 国防军工板块2.21%的跌幅, 九牧王今日5.81亿元的成交额: the figure before its measure
_AFTER = lazy_compile(
    rf"{_QUALIFIER}(?<![\d.,+\-]){_NUMBER}{_UNIT}的(?P<measure>涨幅|跌幅|成交额|成交金额|换手率|市值|总市值|流通市值|净流入|净流出)"
)
# 上涨41.16点,或2.43%: the percentage of a move stated in points first
_OR = lazy_compile(rf"(?P<measure>{_UP}|{_DOWN})[\d,.]+点\s*[,，]?\s*或{_QUALIFIER}{_NUMBER}(?P<unit>%)")
MAY_STATE = lazy_compile(rf"(?:{_MEASURE})\D{{0,6}}\d|\d[%元]的")

# a clause that makes its figure something other than the measure's one value
_NOT_ONE_VALUE = lazy_compile(
    r"分别|较|环比|同比|相比|比上|相对|超额|跑赢|跑输|领先|落后|最高|最低|盘中|一度|日内|最大|最小|高点|低点|"
    r"峰值|平均|均值|中位|日均|上年|去年|前值|此前|之前|前一|上期|昨|预计|预期|目标|有望|将|预测|"
    r"假设|若|如果|扩大|收窄|缩小|增加|减少|增长|超过|高于|低于|排名|第"
)
# 恒指午间收市报17781点: a midday level, not the day's close (a midday move may be a midday story's headline)
_MIDDAY = lazy_compile(r"午间|午盘|午市|半日|早盘|早市")
_LEVELS = frozenset(_LEVEL.split("|"))
_IN_LIST = lazy_compile(r"\s*[、/／]\s*[+-]?\d")
_LISTED = lazy_compile(r".*[\d%]\s*[、/／]\s*$")
_ONE_DAY = r"(?:\d{4}\s*年\s*)?\d{1,2}\s*月\s*\d{1,2}\s*日|\d{4}[./-]\d{1,2}[./-]\d{1,2}(?!\d)"
_DAY = lazy_compile(rf"(?:{_ONE_DAY})(?:\s*[-至到~]\s*(?:{_ONE_DAY}|\d{{1,2}}\s*日))?")
_VAGUE = frozenset({"近", "约", "超过", "超", "逾", "接近", "左右", "以上", "多"})

_NAME = r"[\u4e00-\u9fffA-Za-z0-9]{2,10}"
_LIST_NUMBER = r"[+-]?\d+(?:\.\d+)?%"
# 恒指、国指分别下跌0.23%及0.13%: each name's move, in order
_RESPECTIVELY = lazy_compile(
    rf"(?P<names>{_NAME}(?:[、和与及]{_NAME})+)(?:指数)?分别(?P<measure>{_UP}|{_DOWN})"
    rf"(?P<nums>{_LIST_NUMBER}(?:[、和与及,，]{_LIST_NUMBER})+)"
)


@dataclass(frozen=True)
class Keyed:
    sentence: Sentence
    key: tuple[str, str, str, str | None]  # subject, measure, unit, period
    cls: str  # the subject's classification (申万, 中信) when it is an index and one is stated
    value: float
    step: float  # one unit of the printing's last digit, in the key's unit
    vague: bool
    date: str  # the last day its sentence names before it (11月12日, 3月9日-3月13日), or ""
    shown: str  # the value as printed, signed (-2.26%, 56.08亿元)
    digits: str  # the number as printed, unsigned, without thousands separators (2.26, 6685.81)
    scale: float
    decimals: int
    quote: str
    start: int
    end: int
    carried: bool = False  # the subject is the one its paragraph established (carried_subjects.py)

    @property
    def lent(self) -> str:
        """The subject as a later clause without one of its own borrows it (an index with its classification)."""
        subject = self.key[0]
        return f"{subject}|{self.cls}" if self.cls or subject.startswith("=") else subject


def keyed_figures(sentence: Sentence, context: Callable[[], str | None] | None = None) -> list[Keyed]:
    """The keyed figures of one sentence, left to right; ``context`` gives the subject its paragraph
    established, for a figure whose sentence names none before it (carried_subjects.py)."""
    text = sentence.text
    entities: list[Entity] | None = None
    out: list[Keyed] = []
    matches = [*_BEFORE.finditer(text), *_AFTER.finditer(text), *_OR.finditer(text)]
    for m in sorted(matches, key=lambda m: m.start("num")):
        start = clause_start(text, m.start())
        if not _one_value(text, m, start):
            continue
        if entities is None:
            entities = find_entities(text)
        stated = _keyed(sentence, m, start, entities, out, context)
        if stated is not None:
            out.append(stated)
    if "分别" in text:
        out += _respectively(sentence)
    return out


def _respectively(sentence: Sentence) -> list[Keyed]:
    """The moves of a 分别 list, one per name when the names and the percentages are as many: each name's own
    (its period the clause's; an index's name read as that index)."""
    text = sentence.text
    out = []
    for m in _RESPECTIVELY.finditer(text):
        names = re.split("[、和与及]", m.group("names"))
        numbers = list(re.finditer(_LIST_NUMBER, text[m.start("nums") : m.end("nums")]))
        if len(names) != len(numbers) or _NOT_ONE_VALUE.search(
            text, clause_start(text, m.start()), m.start()
        ):
            continue
        sign = -1 if re.fullmatch(_DOWN, m.group("measure")) else 1
        period = sentence.period_at(m.start("nums"))
        for name, n in zip(names, numbers, strict=True):
            named = find_entities(name)
            name_subject = entity_subject(named[0]) if len(named) == 1 else phrase(name)
            if name_subject is None or name_subject in GENERIC:
                continue
            raw = n.group(0)[:-1]
            value, step = printing(raw)
            value = -abs(value) if sign < 0 else value
            start, end = m.start("nums") + n.start(), m.start("nums") + n.end()
            out.append(
                Keyed(
                    sentence,
                    (name_subject.rsplit("|", 1)[0], "move", "%", period),
                    name_subject.rsplit("|", 1)[1] if name_subject.startswith("=") else "",
                    value,
                    step,
                    False,
                    day_before(text, start),
                    f"{'-' if value < 0 else '+'}{raw.lstrip('+-')}%",
                    raw.lstrip("+-"),
                    1.0,
                    decimals(raw),
                    text[m.start() : end],
                    start,
                    end,
                )
            )
    return out


def _one_value(text: str, m: re.Match[str], start: int) -> bool:
    """Whether the figure ``m`` is a measure's one value, not a list's entry, a change, an extreme …"""
    return not (
        _NOT_ONE_VALUE.search(text, start, m.start("num"))
        or _IN_LIST.match(text, m.end("unit"))
        or _LISTED.match(text, max(0, m.start() - 3), m.start())
        or open_bracket(text, m.start())
        or (text.startswith("的", m.end()) and m.group("unit") != "%")
        or (m.group("measure") in _MOVES and m.group("unit") not in ("%", "点"))
        or (m.group("measure") in _LEVELS and _MIDDAY.search(text, start, m.start("num")) is not None)
    )


def _keyed(
    sentence: Sentence,
    m: re.Match[str],
    start: int,
    entities: list[Entity],
    earlier: list[Keyed],
    context: Callable[[], str | None] | None,
) -> Keyed | None:
    text = sentence.text
    measure, sign = _measure(m.group("measure"))
    lent = [(s.start, s.end, s.lent) for s in earlier]
    end = min(m.start("measure"), m.start())
    found = subject(text, start, end, entities, lent)
    carried = found is None and context is not None
    if carried:
        found = subject(text, start, end, entities, lent, context)
    if found is None:
        return None
    carried = carried or any(e.carried and e.lent == found for e in earlier)  # lent on by a carried one
    raw = m.group("num").replace(",", "")
    scale = SCALES[m.groupdict().get("scale") or ""]
    value, step = printing(raw)
    value, step = value * scale, step * scale
    if sign < 0 and value > 0:
        value = -value
    unit = "元" + m.group("unit")[1:] if m.group("unit").startswith("元") else m.group("unit")
    period = sentence.period_at(m.start("num"))
    vague = bool({m.group("q"), m.groupdict().get("tail")} & _VAGUE)
    quote_start = max(text.rfind("。", 0, m.start()) + 1, m.start() - 30)
    return Keyed(
        sentence,
        (found.rsplit("|", 1)[0], measure, unit, period),
        found.rsplit("|", 1)[1] if found.startswith("=") else "",
        value,
        step,
        vague,
        day_before(text, m.start()),
        f"{'-' if value < 0 else '+' if measure == 'move' else ''}{raw.lstrip('+-')}{m.groupdict().get('scale') or ''}{m.group('unit')}",
        raw.lstrip("+-"),
        scale,
        decimals(raw),
        text[quote_start : m.end()].strip(),
        m.start(),
        m.end(),
        carried,
    )


def day_before(text: str, pos: int) -> str:
    """The last day (or range of days) the sentence names before ``pos``, as its month and day numbers
    (2025-11-12 and 11月12日 are both 11/12)."""
    if "日" not in text and "-" not in text and "." not in text and "/" not in text:
        return ""
    dates = _DAY.findall(text, 0, pos)
    return "/".join(n for n in re.findall(r"\d+", dates[-1]) if len(n) < 4) if dates else ""


def _measure(word: str) -> tuple[str, int]:
    """A measure word's measure and the sign it gives its number (0: the number carries its own)."""
    return _MEASURES.get(word) or ({"成交金额": "成交额", "PE": "市盈率", "PB": "市净率"}.get(word, word), 1)
