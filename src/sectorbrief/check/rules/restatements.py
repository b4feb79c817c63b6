"""Any figure stated twice in a text with two values that cannot both be printings of one number.

A figure is a number with its unit read right after the measure word that names it: ``上证汽车指数报6248.55点``,
``西山煤电收跌2.26%``, ``九牧王成交额达到5.81亿元``, ``主力资金净流入56.08亿元``, ``国防军工板块2.21%的跌幅``. Its key:

- measure: the word before the number, normalised (上涨/涨幅/收涨 → a move, 下跌/跌幅/下挫 with the sign turned;
  报/收于/收盘价 → a level; 成交额, 换手率, 市盈率, 市值, 净流入/净流出 (signed), 均价 …) and the unit's kind
  (% , 点, 元 scaled to yuan and per-unit prices, 倍, 家/只, 手);
- subject: the index the clause names (entities.find_entities), else the noun phrase that opens the clause
  (period words, dates, brackets, FILLER and 板块/行业/指数 endings taken off), else the subject of an earlier
  figure or index in the same sentence;
- period: what periods.py gives the clause (with its stated dates).

Two figures of one key are one number printed twice: their values must agree within the coarser printing's
last digit (and a tenth either way when either is 近/约/超/逾/左右). A figure is not read where the clause
makes it something else: a list (分别, 2.1%、3.4%), a bracket, a change or comparison (较/环比/同比/跑赢),
an extreme or average (最高/盘中/平均/日均), an earlier period's value (上周/去年/前值) or a forecast.

This is a fallback rule: it speaks only where no earlier rule raised an error on the same sentence.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from sectorbrief.check.claim_types import FILLER, SCALES, clause_start
from sectorbrief.check.claims import Claims
from sectorbrief.check.entities import Entity, find_entities
from sectorbrief.check.lazy_regex import lazy_compile
from sectorbrief.check.periods import PERIOD_RE, Sentence
from sectorbrief.check.report import Finding
from sectorbrief.check.rules.common import EPSILON, finding

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
_MAY_STATE = lazy_compile(rf"(?:{_MEASURE})\D{{0,6}}\d|\d[%元]的")

# a clause that makes its figure something other than the measure's one value
_NOT_ONE_VALUE = lazy_compile(
    r"分别|较|环比|同比|相比|比上|相对|超额|跑赢|跑输|领先|落后|最高|最低|盘中|一度|日内|最大|最小|高点|低点|"
    r"峰值|平均|均值|中位|日均|上年|去年|前值|此前|之前|前一|上期|昨|预计|预期|目标|有望|将|预测|"
    r"假设|若|如果|扩大|收窄|缩小|增加|减少|增长|超过|高于|低于|排名|第"
)
_IN_LIST = lazy_compile(r"\s*[、/／]\s*[+-]?\d")
_LISTED = lazy_compile(r".*[\d%]\s*[、/／]\s*$")
_DATES = lazy_compile(
    r"\d{4}[-./年]\d{1,2}(?:[-./月]\d{1,2}日?)?|\d{4}年|\d{1,2}月\d{1,2}日|\d{1,2}月|\d{1,2}日|\d{1,2}[:：]\d{2}"
)
_ONE_DAY = r"(?:\d{4}\s*年\s*)?\d{1,2}\s*月\s*\d{1,2}\s*日|\d{4}[./-]\d{1,2}[./-]\d{1,2}(?!\d)"
_DAY = lazy_compile(rf"(?:{_ONE_DAY})(?:\s*[-至到~]\s*(?:{_ONE_DAY}|\d{{1,2}}\s*日))?")
_BRACKETS = lazy_compile(r"\([^()]*\)|【[^】]*】|\[[^\]]*\]")
_NOISE = lazy_compile(
    r"截至收盘|截止收盘|收盘时|收盘|收市|今日|今天|目前|最新|当前|全天|全日|半日|午间|早盘|尾盘|上午|下午|截至|截止|"
    r"数据显示|消息|统计|显示|方面|来看|看|的|以|今|为|在|了|报告期内|报告期|[\s\-—|｜:：“”\"'、·]"
)
_ENDINGS = lazy_compile(r"(?:板块|行业|指数|整体)+$")
_GENERIC = frozenset(
    {"", "股价", "个股", "该股", "公司", "市场", "两市", "整体", "价格", "指数", "行业", "板块"}
)
_WORD = lazy_compile(r"[\u4e00-\u9fffA-Za-z0-9]{2,12}")
# a phrase with a digit or a time word (上半年, 单日, 最多) is not a name
_NOT_A_NAME = lazy_compile(r"[\d年月周季日期次最单多少前后内间]")
_VAGUE = frozenset({"近", "约", "超过", "超", "逾", "接近", "左右", "以上", "多"})


@dataclass(frozen=True)
class Stated:
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


def check_restatements(claims: Claims) -> list[Finding]:
    """An error for each key stated with two values that cannot both be printings of one number."""
    groups: dict[tuple[str, str, str, str | None], list[Stated]] = {}
    read: set[tuple[object, ...]] = set()  # a sentence the text repeats restates nothing new: read once
    for sentence in claims.sentences:
        same = (sentence.text, sentence.clause_periods, sentence.dated, sentence.apart)
        if same in read:
            continue
        read.add(same)
        if _MAY_STATE.search(sentence.text):
            for s in statements(sentence):
                groups.setdefault(s.key, []).append(s)
    days = {s.date for stated in groups.values() for s in stated if s.date}
    # a text with a week's or a month's figures may date them by their last day (截至3月5日): a date is then
    # not surely a day's
    weekly = any(key[3] and key[3].split("@")[0] in ("week", "month") for key in groups)
    out: list[Finding] = []
    for stated in _with_unstated_periods(groups).values():
        clash = _first_clash(stated, several_days=len(days) > 1, weekly=weekly)
        if clash is not None:
            out.append(_finding(stated, *clash))
    return out


def _with_unstated_periods(
    groups: dict[tuple[str, str, str, str | None], list[Stated]],
) -> dict[tuple[str, str, str, str | None], list[Stated]]:
    """An undated figure without a period (a headline's 港股跌0.56%) joins its subject's and measure's figures of
    the one period the text states for them, when it states only one and that is a story's day, week or month
    (a figure without a period is never a background one: 近1周, 今年以来). A figure under a date of its own
    (3月5日，创业板指收涨1.62%) stays apart: its day may not be the story's. A period before the text states
    its dates (a headline's 今年来) is the one under them, when they are stated once."""
    periods: dict[tuple[str, str, str], set[str | None]] = {}
    for subject, measure, unit, period in groups:
        periods.setdefault((subject, measure, unit), set()).add(period)
    out: dict[tuple[str, str, str, str | None], list[Stated]] = {}
    for (subject, measure, unit, period), stated in groups.items():
        others = {p for p in periods[(subject, measure, unit)] if p is not None}
        dated = [p for p in others if period and p.startswith(f"{period}@")]
        if len(dated) == 1:  # 今年来 in a headline, 今年来 under the story's stated date: one period
            period = dated[0]
        if period is None and len(others) == 1 and _story_period(story := next(iter(others))):
            out.setdefault((subject, measure, unit, story), []).extend(s for s in stated if not s.date)
            stated = [s for s in stated if s.date]
        out.setdefault((subject, measure, unit, period), []).extend(stated)
    for stated in out.values():
        stated.sort(key=lambda s: (s.sentence.index, s.start))
    return out


def _story_period(period: str | None) -> bool:
    return period is not None and period.split("@")[0] in ("day", "week", "month")


def statements(sentence: Sentence) -> list[Stated]:
    """The keyed figures of one sentence, left to right."""
    text = sentence.text
    entities: list[Entity] | None = None
    out: list[Stated] = []
    matches = [*_BEFORE.finditer(text), *_AFTER.finditer(text), *_OR.finditer(text)]
    for m in sorted(matches, key=lambda m: m.start("num")):
        start = clause_start(text, m.start())
        if not _one_value(text, m, start):
            continue
        if entities is None:
            entities = find_entities(text)
        stated = _stated(sentence, m, start, entities, out)
        if stated is not None:
            out.append(stated)
    if "分别" in text:
        out += _respectively(sentence)
    return out


_NAME = r"[\u4e00-\u9fffA-Za-z0-9]{2,10}"
_LIST_NUMBER = r"[+-]?\d+(?:\.\d+)?%"
# 恒指、国指分别下跌0.23%及0.13%: each name's move, in order
_RESPECTIVELY = lazy_compile(
    rf"(?P<names>{_NAME}(?:[、和与及]{_NAME})+)(?:指数)?分别(?P<measure>{_UP}|{_DOWN})"
    rf"(?P<nums>{_LIST_NUMBER}(?:[、和与及,，]{_LIST_NUMBER})+)"
)


def _respectively(sentence: Sentence) -> list[Stated]:
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
            subject = _entity_subject(named[0]) if len(named) == 1 else _phrase(name)
            if subject is None or subject in _GENERIC:
                continue
            raw = n.group(0)[:-1]
            value = float(raw)
            value = -abs(value) if sign < 0 else value
            start, end = m.start("nums") + n.start(), m.start("nums") + n.end()
            out.append(
                Stated(
                    sentence,
                    (subject.rsplit("|", 1)[0], "move", "%", period),
                    subject.rsplit("|", 1)[1] if subject.startswith("=") else "",
                    value,
                    10.0 ** -(len(raw.split(".")[1]) if "." in raw else 0),
                    False,
                    _date_before(text, start),
                    f"{'-' if value < 0 else '+'}{raw.lstrip('+-')}%",
                    raw.lstrip("+-"),
                    1.0,
                    len(raw.split(".")[1]) if "." in raw else 0,
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
        or _open_bracket(text, m.start())
        or (text.startswith("的", m.end()) and m.group("unit") != "%")
        or (m.group("measure") in _MOVES and m.group("unit") not in ("%", "点"))
    )


def _stated(
    sentence: Sentence, m: re.Match[str], start: int, entities: list[Entity], earlier: list[Stated]
) -> Stated | None:
    text = sentence.text
    measure, sign = _measure(m.group("measure"))
    subject = _subject(text, start, min(m.start("measure"), m.start()), entities, earlier)
    if subject is None:
        return None
    raw = m.group("num").replace(",", "")
    decimals = len(raw.split(".")[1]) if "." in raw else 0
    scale = SCALES[m.groupdict().get("scale") or ""]
    value = float(raw) * scale
    if sign < 0 and value > 0:
        value = -value
    unit = "元" + m.group("unit")[1:] if m.group("unit").startswith("元") else m.group("unit")
    period = sentence.period_at(m.start("num"))
    vague = bool({m.group("q"), m.groupdict().get("tail")} & _VAGUE)
    quote_start = max(text.rfind("。", 0, m.start()) + 1, m.start() - 30)
    return Stated(
        sentence,
        (subject.rsplit("|", 1)[0], measure, unit, period),
        subject.rsplit("|", 1)[1] if subject.startswith("=") else "",
        value,
        10.0**-decimals * scale,
        vague,
        _date_before(text, m.start()),
        f"{'-' if value < 0 else '+' if measure == 'move' else ''}{raw.lstrip('+-')}{m.groupdict().get('scale') or ''}{m.group('unit')}",
        raw.lstrip("+-"),
        scale,
        decimals,
        text[quote_start : m.end()].strip(),
        m.start(),
        m.end(),
    )


def _date_before(text: str, pos: int) -> str:
    """The last day (or range of days) the sentence names before ``pos``, as its month and day numbers
    (2025-11-12 and 11月12日 are both 11/12)."""
    if "日" not in text and "-" not in text and "." not in text and "/" not in text:
        return ""
    dates = _DAY.findall(text, 0, pos)
    return "/".join(n for n in re.findall(r"\d+", dates[-1]) if len(n) < 4) if dates else ""


def _measure(word: str) -> tuple[str, int]:
    """A measure word's measure and the sign it gives its number (0: the number carries its own)."""
    return _MEASURES.get(word) or ({"成交金额": "成交额", "PE": "市盈率", "PB": "市净率"}.get(word, word), 1)


def _subject(text: str, start: int, end: int, entities: list, earlier: list[Stated]) -> str | None:
    """The clause's index, else its opening noun phrase, else the subject of the sentence so far."""
    own = [e for e in entities if start <= e.start and e.end <= end and not _open_bracket(text, e.start)]
    if own:
        if re.search(r"\d", _DATES.sub("", _BRACKETS.sub("", text[own[-1].end : end]))):
            return None
        return _entity_subject(own[-1])
    phrase = _phrase(text[start:end])
    if phrase is None:
        return None
    if phrase not in _GENERIC:
        return phrase
    # only the clause just before lends its subject (沪指报3028.04点，涨幅0.38%)
    previous = clause_start(text, start - 1) if start > 0 else start
    before = [
        e for e in entities if previous <= e.start and e.end <= start and not _open_bracket(text, e.start)
    ]
    candidates = [(e.end, _entity_subject(e)) for e in before]
    candidates += [
        (s.end, f"{s.key[0]}|{s.cls}" if s.cls or s.key[0].startswith("=") else s.key[0])
        for s in earlier
        if s.start >= previous
    ]
    return max(candidates)[1] if candidates else None


def _entity_subject(e: Entity) -> str:
    """An index as a subject: its name and level, and its classification when stated (申万 and 中信 机械 are two
    indices; an unprefixed 机械 is compared with either)."""
    return f"={e.name}|{e.level}|{e.cls}"


def _open_bracket(text: str, pos: int) -> bool:
    """Whether ``pos`` is inside a bracket (基础化工(29.87亿元,涨1.04%) is a list entry, not a statement)."""
    wrapped = text.startswith("(") and text.endswith(")")  # (原标题：港股收评：恒指跌0.45%，…): a headline
    return text.count("(", 0, pos) - wrapped > text.count(")", 0, pos)


def _phrase(lead: str) -> str | None:
    """The noun phrase that opens a clause, written one way; None when it is not a plain name."""
    if "看" in lead:  # 从分类指数看，… opens a list, not a subject
        return None
    words = _BRACKETS.sub("", lead)
    words = _DATES.sub("", words)
    words = PERIOD_RE.sub("", words)
    words = FILLER.sub("", words)
    words = _NOISE.sub("", words)
    words = _ENDINGS.sub("", words)
    if words in _GENERIC:
        return words
    return words if _WORD.fullmatch(words) and not _NOT_A_NAME.search(words) else None


def _agree(a: Stated, b: Stated) -> bool:
    # each printing is its value rounded: 2.35 and 2.3 (or 2.4) agree, 2.39 and 2.3 do not
    slack = (a.step + b.step) / 2 + EPSILON * max(1.0, abs(a.value), abs(b.value))
    if a.vague or b.vague:
        slack += 0.1 * max(abs(a.value), abs(b.value))
    return abs(a.value - b.value) <= slack


def _one_subject(a: Stated, b: Stated) -> bool:
    """Whether two statements of one key name one index: not two classifications' indices of one name."""
    x, y = a.cls, b.cls
    return not (x and y and x != y)


def _one_day(a: Stated, b: Stated, several_days: bool, weekly: bool) -> bool:
    """Whether two statements may be of one day: not under two different dates (3月9日-3月13日, 3月16日-3月20日);
    one dated and one not only in a text that names no other day (nor gives a week's or a month's figures,
    which a date may end), and under a range of days (a week, which may head only its own paragraph) only in
    one paragraph; two under one date without a period word not in a text of several days or weeks either."""
    if a.date == b.date:
        return not (a.date and weekly and a.key[3] is None)
    if a.date and b.date:
        return False
    if a.key[3] is not None:  # a stated period: one of them dated within it (统计区间2026/3/2-2026/3/6)
        return True
    if several_days or weekly:
        return False
    ranged = (a.date + b.date).count("/") > 1  # 3/9/3/13: a range of days
    return not ranged or a.sentence.paragraph == b.sentence.paragraph


def _misprinted(a: Stated, b: Stated) -> bool:
    """Whether two disagreeing printings read as one number misprinted: one digit changed or two neighbours
    swapped (1.05 and 1.50, 6685.81 and 6658.81, 2.43 and 24.3), or the same magnitude with the
    other sign (涨0.42% and 跌0.42%). Values further apart are more often two quantities the reader could not
    tell apart (two years, two funds) than one number printed twice."""
    if a.scale != b.scale:
        return False
    if (a.value < 0) != (b.value < 0):  # a sign flipped keeps its digits; both changed is no one misprint
        return a.digits == b.digits
    return (
        a.digits != b.digits and len(a.digits) >= 3 and len(b.digits) >= 3 and _one_edit(a.digits, b.digits)
    )


_HEADING = 60  # characters of a heading or title line at most
_SINCE = lazy_compile(r"以来|至今|成立")
# 核心观点：…, 投资要点：…: a summary of the body below it
_SUMMARY = lazy_compile(
    r"\s*[【\[(]?(?:核心观点|投资要点|本周要点|要点|摘要|概览|重点关注|报告摘要|主要观点)[】\])]?\s*[：:]"
)


def _heading_and_body(a: Stated, b: Stated) -> bool:
    """Whether one of two statements is a heading or title (a short line without a full stop) and the other
    body text, each with its period word in its own clause or neither with a period or a date (a one-day story's
    headline): a heading restates its body's figure, so any disagreement is a slip, not two quantities
    (建材行业周度跌幅1.88% … 本周建筑材料指数下跌1.88%; 恒指跌0.23% … 恒指、国指分别下跌0.23%及0.13%)."""
    if _heading(a.sentence) == _heading(b.sentence):
        return False
    if a.key[3] is None and not a.date and not b.date and not a.vague and not b.vague:
        return True
    return _own_period(a) and _own_period(b)


# a clause whose figure is of a span the period table does not name, or of a contract, not the index
_NOT_BOUND = lazy_compile(r"以来|至今|成立|同期|区间|期内|从|自|期货|合约")


def _bound(s: Stated) -> bool:
    """Whether a statement carries its whole key in its own clause: its subject named there (an index, or a
    plain name, not lent by the clause before), its period word there, no span the period table cannot read
    (同期, 区间, 自…以来), not a contract's, not an entry of a 、 list, and not 约/近. Two such statements of one
    key are one fact whatever their values (本周建筑材料指数下跌1.88% … 本周建材行业下跌1.52%)."""
    text = s.sentence.text
    start = clause_start(text, s.start)
    if (
        s.vague
        or not s.sentence.periods_in(start, s.start)
        or _NOT_BOUND.search(text, start, s.end)
        or text.startswith("、", s.end)
        or text[start - 1 : start] == "、"
    ):
        return False
    if s.key[0].startswith("="):
        return any(start <= e.start and e.end <= s.start for e in find_entities(text))
    phrase = _phrase(text[start : s.start])
    return phrase is not None and phrase not in _GENERIC


def _heading(sentence: Sentence) -> bool:
    text = sentence.text
    return (len(text) <= _HEADING and not any(mark in text for mark in "。；;")) or bool(_SUMMARY.match(text))


def _own_period(s: Stated) -> bool:
    """A period word in the statement's own clause, and no since-date (自基金合同生效以来 is no period's)."""
    start = clause_start(s.sentence.text, s.start)
    return bool(s.sentence.periods_in(start, s.start)) and not _SINCE.search(s.sentence.text, start, s.start)


def _one_edit(x: str, y: str) -> bool:
    """Whether ``x`` becomes ``y`` by one digit changed or two neighbours swapped (a digit added or dropped,
    8.98% and 18.98%, is as often another figure)."""
    if len(x) != len(y):
        return False
    diff = [i for i in range(len(x)) if x[i] != y[i]]
    return len(diff) == 1 or (
        len(diff) == 2 and diff[1] == diff[0] + 1 and x[diff[0]] == y[diff[1]] and x[diff[1]] == y[diff[0]]
    )


def _first_clash(
    stated: list[Stated], *, several_days: bool = False, weekly: bool = False
) -> tuple[Stated, Stated] | None:
    """The first statement that disagrees with an earlier one (the odd one out when others agree); None when
    the statements hold three values or more that all differ: a series (three bull markets, three funds, a
    year by year table) the text tells apart by something this rule cannot read."""
    values: list[Stated] = []
    for s in stated:
        if all(not _agree(s, v) for v in values):
            values.append(s)
    if len(values) != 2:
        return None
    for i, s in enumerate(stated):
        for first in stated[:i]:
            if (
                not _agree(first, s)
                and (_misprinted(first, s) or _heading_and_body(first, s) or (_bound(first) and _bound(s)))
                and _one_subject(first, s)
                and _one_day(first, s, several_days, weekly)
            ):
                return first, s
    return None


def _finding(stated: list[Stated], first: Stated, second: Stated) -> Finding:
    """One error at the odd printing out (the later one when nothing else tells), quoting both."""
    rest = [s for s in stated if s is not first and s is not second]
    for_first = sum(_agree(s, first) for s in rest)
    for_second = sum(_agree(s, second) for s in rest)
    odd, other = (first, second) if for_second > for_first else (second, first)
    backers = max(for_first, for_second)
    verdict = (
        f"{backers} other statement{'s' if backers > 1 else ''} of it {'agree' if backers > 1 else 'agrees'} with "
        f"{other.shown}, so 「{odd.quote}」 should likely read {other.shown}"
        if backers > for_first + for_second - backers
        else f"one of the two is wrong: both should read {other.shown} or both {odd.shown}"
    )
    subject, measure, unit, _ = first.key
    return finding(
        "error",
        "contradiction",
        f"「{odd.quote}」 here but 「{other.quote}」 at {other.sentence.location}: "
        f"{subject.lstrip('=').split('|')[0]}'s {measure} ({unit}) for one period printed as {odd.shown} and "
        f"{other.shown} ({_misprint(odd, other)}), {_show_diff(odd, other)} apart, more than their rounding "
        f"allows; {verdict}",
        odd.sentence,
        odd.start,
        odd.end,
    )


def _misprint(a: Stated, b: Stated) -> str:
    if not _misprinted(a, b):
        if _heading_and_body(a, b):
            return "a heading and its body"
        return (
            "each names its subject and period"
            if _bound(a) and _bound(b)
            else "a one-day story's headline and body"
        )
    if a.digits == b.digits:
        return "the sign differs"
    return (
        "one digit differs"
        if sum(x != y for x, y in zip(a.digits, b.digits, strict=True)) == 1
        else ("two neighbouring digits swapped")
    )


def _show_diff(a: Stated, b: Stated) -> str:
    scale = min(a.scale, b.scale)
    word = next((w for w, v in SCALES.items() if v == scale), "")
    return f"{abs(a.value - b.value) / scale:.{max(a.decimals, b.decimals)}f}{word if a.scale != 1 else ''}"
