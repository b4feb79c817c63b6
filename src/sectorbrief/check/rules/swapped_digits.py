"""One figure printed twice with two neighbouring digits swapped: ``寒武纪股价报1578.91元`` beside
``股价收报1587.91元``, ``新业务价值更升18.6%`` beside ``新业务价值322.62亿元,上升16.8%``.

A figure a text repeats (the lead and the body, a summary and its list) is copied by hand, and the
commonest slip of a copy is two digits transposed. Two printings are read as one figure printed two
ways when

- their digits are the same but for two neighbouring ones swapped, with the decimal point in the same
  place, at least three digits in all, and the same unit (1578.91元 and 1587.91元, 18.6% and 16.8%);
- the words right before them say the same thing: both a rise (涨, 上涨, 升, 上升, 增长 …), both a
  fall, or both a level (报, 收报, 收于, 为 …; a quote table's first figure after its name cell,
  ``中建材(03323) 2.24元``, is a level), and the same extreme or time of day if any (开盘, 最高, 最低,
  午间 …);
- each names the same subject: the text between the figure and the figure before it (or, when that
  text holds only a verb, the stretch before that) shares a name of at least two letters with the
  other's, and no other letters tell them apart (A类 and C类 份额 are two subjects);
- neither is an entry of a list (``4.71%、4.59%和4.17%``), and their periods and stated days agree.

Bare table rows (``2 030910 10180.31 -236.51 -2.14``) are read too: two rows of two tables that share a
key (a date, a code, a name) and hold such a pair of figures of four digits or more (10180.31 and 10810.31)
are one row printed twice.

Such a pair is an error: the same subject, verb and period with two values that differ only by a
transposition are one figure mistyped once. Which of the two is right the text cannot say; both places
are quoted. Chance pairs (``跌958点`` for the year and ``升985点`` since the year's start; A and C
shares; 开市报18100点 and 午收报18010点) differ in verb, subject, time of day or period and stay clean.
"""

from __future__ import annotations

import functools
import itertools
from collections.abc import Callable
from dataclasses import dataclass

from sectorbrief.check.claim_types import FILLER
from sectorbrief.check.claims import Claims
from sectorbrief.check.entities import find_entities
from sectorbrief.check.lazy_regex import lazy_compile
from sectorbrief.check.periods import PERIOD_RE, Sentence
from sectorbrief.check.report import Finding
from sectorbrief.check.rules.clause_subjects import GENERIC
from sectorbrief.check.rules.common import finding
from sectorbrief.check.rules.contradictions import one_day_headline
from sectorbrief.check.rules.named_entries import named_entries
from sectorbrief.check.rules.restatement_figures import day_before

UP_WORDS = "上涨|大涨|劲升|飙升|上升|上扬|收涨|收升|增长|增加|反弹|回升|涨|升|增"
DOWN_WORDS = "下跌|大跌|暴跌|下挫|下降|下滑|回落|收跌|减少|跌|降|减"
_LEVEL = "收盘价为|收盘价|收盘于|收报|报收|收于|收至|报|为|达到|达"
_VERBS: dict[str, str] = {
    **{w: "up" for w in UP_WORDS.split("|")},
    **{w: "down" for w in DOWN_WORDS.split("|")},
    **{w: "level" for w in _LEVEL.split("|")},
}
_FIGURE = lazy_compile(
    rf"(?:(?P<verb>{UP_WORDS}|{DOWN_WORDS}|{_LEVEL})(?:了|至|到|为)?\s*|(?<=[)）]\s)|(?<=\|\s)|(?<=\|))"
    r"(?<![\d.,])(?P<num>\d[\d,]*\.?\d*)(?![\d.])\s*"
    r"(?P<unit>%|个百分点|点|倍|[万亿]*(?:元|港元|美元|澳门元|吨|人次|手|股))"
)
# words that make a figure an extreme or a time of day's value: they must agree between the two
_MARKERS = lazy_compile(
    r"开盘|开市|高开|低开|最高|最低|高见|低见|盘中|一度|中午|午间|午盘|午市|早盘|半日|尾盘"
)
# a bare table row: tokens parted by spaces or bars, at least four of them
_ROW = lazy_compile(r"\|?\s*(?:[^\s|]+\s*\|?\s+){3,}[^\s|]+\s*\|?")
_TOKEN = lazy_compile(r"[^\s|]+")
_NUMBER = lazy_compile(r"[+-]?\d[\d,]*(?:\.\d+)?%?")
# a row's key: a date or code of four digits or more, or a name
_KEY = lazy_compile(r"\d{4,}|[\u4e00-\u9fffA-Za-z][\u4e00-\u9fffA-Za-z0-9()（）]{1,20}")
# the rest of a figure's clause, and a close stated in it (收涨1.26%，报2011.35点; 收涨1.62%至2011.35点)
_CLAUSE = lazy_compile(r"[^。；;]*")
_CLAUSE_BEFORE = lazy_compile(r"[^。；;]*$")
_CLOSE = lazy_compile(r"(?:至|报|收于|收报|报收)\s*(?P<close>\d[\d,]*\.?\d*)\s*点")
# a list's next entry right after the figure (``2.1%、3.4%``, ``2.1%和3.4%``), or its separator
_LISTED_AFTER = lazy_compile(r"\s*(?:[、/／和及与]\s*[+-]?\d|[、和及与])")
_LIST_MARK = lazy_compile(r"[、和及与]|分别|依次|各(?=[上下涨跌升降增减录])")
_NAME_GAP = lazy_compile(r"[^\u4e00-\u9fffA-Za-z]+")
_NOT_NAME = lazy_compile(
    rf"较[^,，。;；\s]{{0,6}}?(?:交易日|周|月|日|期|年)|同比|环比|"
    rf"{UP_WORDS}|{DOWN_WORDS}|收盘|收报|收于|报收|涨幅|跌幅|今日|今天|昨日|昨天|全日|全周|当日|"
    r"[万亿]*(?:元|港元|美元|吨|股)|点|倍|[了的为至近约逾超更再则亦仍]"
)
# names that say which figure but not whose (股价, 指数 …: clause_subjects' own, and measures and firm words)
GENERIC_NAMES = GENERIC | {
    "成交", "成交额", "市值", "总市值", "净值", "份额", "基金", "收益率", "增长率", "股份", "集团", "控股", "报价",
    "现价", "最新",
}  # fmt: skip
_MIN_DIGITS = 3


@dataclass(frozen=True)
class _Printed:
    sentence: Sentence
    start: int  # where its verb starts
    num_start: int
    end: int
    number: str
    digits: str  # the number's digits without its point and separators
    point: int  # how many digits follow its decimal point
    unit: str
    verb: str
    own: tuple[int, int]  # the text between the figure before it and its verb
    earlier: tuple[int, int] | None  # the figure before it's own stretch, when there is one
    keys: frozenset[str] = frozenset()  # a table row's keys (its dates, codes and names), for a cell


@dataclass(frozen=True)
class _Setting:
    """What, besides its value, makes two printings one figure: verb, extremes, subject, period and day."""

    verb: str
    markers: frozenset[str]
    names: frozenset[str]
    period: str | None
    dated: str
    close: str = ""  # the level its clause gives a move (至2011.35点), if any
    day: str = ""  # the day its sentence names before it (6月27日), if any


def check_swapped_digits(claims: Claims) -> list[Finding]:
    """Figures are grouped by unit, decimal places and the multiset of their digits (each also under its
    printing rounded to one place less: a table's 4.91% is the prose's 4.9%), so only possible twins are
    compared, and only their settings are read; printings of one value in one setting are compared once."""
    groups: dict[tuple[str, int, str], dict[str, list[tuple[_Printed, bool]]]] = {}
    for sentence in claims.sentences:
        for f in [*_printings(sentence), *_cells(sentence), *_entries(sentence)]:
            for point, digits, rounded in _forms(f):
                values = groups.setdefault((f.unit, point, "".join(sorted(digits))), {})
                values.setdefault(digits, []).append((f, rounded))
    settings: dict[int, _Setting | None] = {}
    one_day = functools.cache(lambda: one_day_headline(claims) is not None)
    out: list[Finding] = []
    for values in groups.values():
        if len(values) < 2:
            continue
        for digits_a, digits_b in itertools.combinations(values, 2):
            if not _transposed(digits_a, digits_b):
                continue
            side_a, side_b = _settled(values[digits_a], settings), _settled(values[digits_b], settings)
            out += [
                _finding(*sorted((a, b), key=_place))
                for (a, rounded_a, setting_a) in side_a
                for (b, rounded_b, setting_b) in side_b
                if not (rounded_a and rounded_b)
                and max(len(a.digits.lstrip("0")), len(b.digits.lstrip("0"))) >= _MIN_DIGITS
                and _one_figure(a, setting_a, b, setting_b, one_day)
            ]
    return out


def _settled(
    printings: list[tuple[_Printed, bool]], settings: dict[int, _Setting | None]
) -> list[tuple[_Printed, bool, _Setting]]:
    """The printings of one value that have a setting, one per setting (read once per printing)."""
    out: dict[tuple[_Setting, bool], tuple[_Printed, bool, _Setting]] = {}
    for f, rounded in printings:
        if id(f) not in settings:
            settings[id(f)] = _setting(f)
        setting = settings[id(f)]
        if setting is not None:
            out.setdefault((setting, rounded), (f, rounded, setting))
    return list(out.values())


def _place(f: _Printed) -> tuple[int, int]:
    return f.sentence.index, f.start


def _forms(f: _Printed) -> list[tuple[int, str, bool]]:
    """The figure's digits as printed, and rounded half away from zero to one decimal place less."""
    forms = [(f.point, f.digits, False)]
    if f.point >= 1:
        kept, last = divmod(int(f.digits), 10)
        forms.append((f.point - 1, str(kept + (last >= 5)).zfill(len(f.digits) - 1), True))
    return forms


def _printings(sentence: Sentence) -> list[_Printed]:
    """The sentence's figures after a verb, less entries of a list."""
    text = sentence.text
    out: list[_Printed] = []
    previous_end, previous_own = 0, None
    for m in _FIGURE.finditer(text):
        own, earlier = (previous_end, m.start()), previous_own
        previous_end, previous_own = m.end(), own
        number = m.group("num").rstrip(".")
        digits = number.replace(",", "").replace(".", "")
        if len(digits.lstrip("0")) < 2 or _LIST_MARK.search(text, *own) or _LISTED_AFTER.match(text, m.end()):
            continue
        point = len(number) - number.index(".") - 1 if "." in number else 0  # 3,506 has none
        out.append(
            _Printed(
                sentence,
                m.start(),
                m.start("num"),
                m.end(),
                number,
                digits,
                point,
                m.group("unit"),
                _VERBS[m.group("verb")] if m.group("verb") else "level",
                own,
                earlier,
            )
        )
    return out


def _cells(sentence: Sentence) -> list[_Printed]:
    """A bare table row's figures (``2 030910 10180.31 -236.51 -2.14``), keyed by its dates, codes and names:
    its decimal figures of four digits or more, when the row has a key and three figures or more."""
    if _ROW.fullmatch(sentence.text) is None:
        return []
    tokens = list(_TOKEN.finditer(sentence.text))
    keys = frozenset(t.group() for t in tokens if _KEY.fullmatch(t.group()))
    figures = [t for t in tokens if _NUMBER.fullmatch(t.group())]
    if not keys or len(figures) < 3:
        return []
    out = []
    for t in figures:
        number = t.group().lstrip("+-")
        digits = number.replace(",", "").replace(".", "")
        if "." in number and not number.endswith("%") and len(digits.lstrip("0")) >= 4:
            point = len(number) - number.index(".") - 1
            start = t.start() + len(t.group()) - len(number)
            out.append(
                _Printed(
                    sentence, start, start, t.end(), number, digits, point, "", "cell", (0, 0), None, keys
                )
            )
    return out


def _entries(sentence: Sentence) -> list[_Printed]:
    """A list's ``name(figure)`` entries, keyed by their names."""
    out = []
    for e in named_entries(sentence.text):
        number = e.number.rstrip(".")
        digits = number.replace(",", "").replace(".", "")
        point = len(number) - number.index(".") - 1 if "." in number else 0
        out.append(
            _Printed(
                sentence,
                e.start,
                e.num_start,
                e.end,
                number,
                digits,
                point,
                e.unit,
                "named",
                (0, 0),
                None,
                frozenset({e.name}),
            )
        )
    return out


def _setting(f: _Printed) -> _Setting | None:
    """The printing's setting, or None when no name stands before it: its own stretch's last name, else
    (when that stretch holds only a verb) the stretch before it's, unless that one is a list."""
    if f.keys:
        period = f.sentence.period_at(f.start) if f.verb == "named" else None
        return _Setting(f.verb, frozenset(), f.keys, period, f.sentence.dated)
    text = f.sentence.text
    names = _names(text[f.own[0] : f.own[1]])
    if not names and f.earlier is not None and not _LIST_MARK.search(text, *f.earlier):
        names = _names(text[f.earlier[0] : f.earlier[1]])
    if not names:
        return None
    clause = _CLAUSE.match(text, f.end)
    close = _CLOSE.search(text, f.own[0], clause.end() if clause else f.end) if f.verb != "level" else None
    return _Setting(
        f.verb,
        frozenset(_MARKERS.findall(text, max(0, f.start - 6), f.num_start)),
        frozenset(names),
        f.sentence.period_at(f.start),
        f.sentence.dated,
        close.group("close") if close else "",
        day_before(text, f.start),
    )


def _names(text: str) -> set[str]:
    """The name nearest the end of ``text``: its last run of two or more letters once periods, verbs, units,
    fillers and generic words are out, and the index it names if any (沪指, 沪综指 and 上证指数 are one)."""
    entities = find_entities(text)
    named = (
        {f"={entities[-1].name}"}
        if entities and len(_NOT_NAME.sub("", text[entities[-1].end :]).strip(" ,，:：")) <= 2
        else set()
    )
    owner, _, measure = text.rpartition("的")  # 中证甲指数的前十大权重占比: the measure's owner names it too
    words = _words(measure)
    if owner and words and measure.strip().startswith(words[-1][:1]) and (owners := _words(owner)):
        return named | {f"{owners[-1]}的{words[-1]}"}
    return named | set(_words(text)[-1:])


def _words(text: str) -> list[str]:
    """The runs of two or more letters in ``text`` once periods, verbs, units, fillers and generic words are out."""
    text = _NOT_NAME.sub(" ", FILLER.sub(" ", PERIOD_RE.sub(" ", text)))
    return [w for w in _NAME_GAP.split(text) if len(w) >= 2 and w not in GENERIC_NAMES]


def _transposed(a: str, b: str) -> bool:
    """Whether ``b`` is ``a`` with two neighbouring (different) digits swapped."""
    if len(a) != len(b) or a == b:
        return False
    diff = [i for i, (x, y) in enumerate(zip(a, b, strict=True)) if x != y]
    return len(diff) == 2 and diff[1] == diff[0] + 1 and a[diff[0]] == b[diff[1]] and a[diff[1]] == b[diff[0]]


def _one_figure(
    a: _Printed, setting_a: _Setting, b: _Printed, setting_b: _Setting, one_day: Callable[[], bool]
) -> bool:
    if "named" in (setting_a.verb, setting_b.verb):
        return _named_twins(a, setting_a, b, setting_b)
    if setting_a.verb == setting_b.verb == "cell":  # two rows of one key (a day's close in two tables)
        return a.sentence is not b.sentence and not setting_a.names.isdisjoint(setting_b.names)
    if setting_a.verb != setting_b.verb or setting_a.markers != setting_b.markers:
        return False
    text = a.sentence.text
    if a.sentence is b.sentence and _LIST_MARK.search(text, min(a.end, b.end), max(a.start, b.start)):
        return False
    if setting_a.close and setting_b.close and setting_a.close != setting_b.close:
        return False  # a move to another close is another day's
    # another period, day or dated heading is another figure's; a figure without a period is a day's at most
    # (a headline's move is not the story's month)
    periods = {setting_a.period, setting_b.period}
    if len(periods - {None}) > 1 or (None in periods and periods - {None, "day"}):
        return False
    days = ((setting_a.day, setting_b.day), (setting_a.dated, setting_b.dated))
    if any(x != y and (x and y or not one_day()) for x, y in days):
        return False  # an undated figure is a dated one's only in one day's story
    return _shared_subject(setting_a.names, setting_b.names) != ""


def _named_twins(a: _Printed, setting_a: _Setting, b: _Printed, setting_b: _Setting) -> bool:
    """A list entry's figure against another printing in another sentence that names the entry's name in its
    clause before the figure (its whole name, not a part), in the same period."""
    if a.sentence is b.sentence or "cell" in (setting_a.verb, setting_b.verb):
        return False
    periods = {setting_a.period, setting_b.period} - {None}
    if len(periods) > 1 or setting_a.dated != setting_b.dated:
        return False
    if setting_a.verb == setting_b.verb:  # two lists' entries of one name
        return setting_a.names == setting_b.names
    entry, other = (a, b) if setting_a.verb == "named" else (b, a)
    (name,) = entry.keys
    clause = _CLAUSE_BEFORE.search(other.sentence.text, 0, other.num_start)
    return clause is not None and name in clause.group()


def _shared_subject(a: frozenset[str], b: frozenset[str]) -> str:
    """The longest name (at least two letters, not generic) both sides hold, when nothing else in the two
    words that hold it tells them apart (``A类份额净值`` against ``C类份额净值``)."""
    best = ""
    for word_a in a:
        for word_b in b:
            shared = _longest_common(word_a, word_b)
            if len(shared) < 2 or shared in GENERIC_NAMES or len(shared) <= len(best):
                continue
            rest_a, rest_b = _rest(word_a, shared), _rest(word_b, shared)
            if rest_a and rest_b and rest_a.isdisjoint(rest_b):
                continue
            best = shared
    return best


def _rest(word: str, shared: str) -> set[str]:
    """What of ``word`` is left besides ``shared`` and generic words (A类份额净值 less 类份额净值: A)."""
    return {w for w in word.replace(shared, " ").split() if w not in GENERIC_NAMES}


def _longest_common(a: str, b: str) -> str:
    best = ""
    for i in range(len(a)):
        for j in range(i + len(best) + 1, len(a) + 1):
            if a[i:j] in b:
                best = a[i:j]
            else:
                break
    return best


def _finding(a: _Printed, b: _Printed) -> Finding:
    quote = b.sentence.text[max(0, b.start - 12) : b.end]
    return finding(
        "error",
        "contradiction",
        f"{a.number}{a.unit} here but {b.number}{b.unit} in 「{quote}」 at {b.sentence.location}, for the same "
        f"subject and measure: the two printings differ only by two neighbouring digits swapped, so one of "
        f"them is mistyped; both should read the same",
        a.sentence,
        a.start,
        a.end,
    )
