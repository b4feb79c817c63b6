"""Sentences and the periods their figures belong to.

A figure's period comes from its own clause (本周 / 本月 / 年初至今 …); a clause without one takes
the last period named in an earlier clause that spoke about an index (本周猪价 does not count). A
stated date range — (2016.5.9-2016.5.13), 本周(20200427-20200503), a dated heading — tags the
periods that follow it, so two weekly reviews of different weeks in one file are never compared.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from sectorbrief.check.lazy_regex import lazy_compile
from sectorbrief.check.normalise import normalise
from sectorbrief.check.read import Paragraph

PERIODS = (
    (
        "ytd",
        r"年初至今|年初至|年初以来|年初迄今|年初到现在|自年初|今年以来|今年来|今年迄今|今年(?!\d)|本年以来|本年初以来|本年迄今|"
        r"\d{4}年(?:初)?(?:至今|以来|迄今)|"
        r"本年度|本年(?![\d度])|年内累计|年初累计|年度累计|YTD|\d{4}年以来|\d{4}年初|全年|年内",
    ),
    (
        "month",
        r"本月|上月|当月|月度|(?<![个\d])月内|月涨跌幅|全月|(?<![\d年至-])\d{1,2}月(?![\d份日底末初中]|以来|至今)",
    ),
    (
        "week",
        r"(?:上周|本周|当周)(?![一二三四五六日](?![个级季度十百千万次成期批]))|周内|周涨跌幅|周度|(?:过去|最近|近)?(?<!第)一周|周五收盘|周线|周环比|"
        r"近5个交易日|最近5个交易日",
    ),
    # Any other span is its own period, named by its words (近一个月, 三季度以来, 9月以来, 节后).
    (
        "span",
        r"(?:最?近|过去)[一二三四五六七八九十两\d]+个?(?:交易日|日|天|周|月|季度|年)|双周|(?<![月\d.\-/])\d{1,3}日(?=涨|跌|累计|收益)|周[一二三四五六日][至到-]周[一二三四五六日]|"
        r"(?:[一二三四1-4]季度|Q[1-4]|[上下]半年|\d{1,2}月份?|月初|季初|节后|春节后|国庆后|年中)初?(?:至今|以来)",
    ),
    # A calendar year (2023年上涨7.1%) is a period of its own; 2024年3月 is a date, 2024年以来 year-to-date.
    ("year", r"(?<![\d.\-/])\d{4}年(?![\d初内底末中以至迄度]|前|后)"),
    # 截至周五 is a cut-off, not a day's figure.
    (
        "day",
        r"昨日|今日|当日|全天|日内|(?<!截至)(?<!截止)(?:上|本)周[一二三四五六日](?![个级季度十百千万次成期批])|"
        r"(?<![截至止本上])周[一二三四五六日](?![个级季度十百千万次成期批])|星期[一二三四五六日]",
    ),
)
# The characters a period word can start with, looked ahead for first: the scan passes over any other
# character at once instead of trying every word there (three times faster, the same matches; a test
# derives the set from PERIODS, so a new word cannot be missed). A digit starts one only as a date's
# number (2024年, 3月, 15日, 1季度): the figures' digits (1.23%) are passed over as well.
PERIOD_START = r"(?:[QY一二三四上下今全双周国季年当日星春昨最月本自节过近]|\d{1,4}[年月日]|[1-4]季)"
PERIOD_RE = lazy_compile(
    f"(?={PERIOD_START})(?:" + "|".join(f"(?P<{name}>{rx})" for name, rx in PERIODS) + ")"
)


def period_label(m: re.Match[str], apart: frozenset[str] = frozenset()) -> str:
    """ytd, month, week or day; any other span is labelled with its own words, written one way
    (过去两周, 最近2周 and 近两周 are all span:近2周; 双周 is span:近2周 too). ``apart`` (from
    distinct_periods) holds 上周/上月 when the text also gives 本周/本月 figures: then 上周 is the week before
    (prev-week); and month/ytd/day when it names two of them: then 3月 is month:3月."""
    name = str(m.lastgroup)
    if name == "span":
        return f"span:{_span_words(m.group(0))}"
    if name == "year":
        return f"year:{m.group(0)}"
    if m.group(0)[:2] in apart and not _compared_base(m):
        return f"prev-{name}"
    return _named(name, m.group(0)) if name in apart else name


_NAMED_MONTH = lazy_compile(r"\d{1,2}月")
_NAMED_YEAR = lazy_compile(r"(\d{4})年")
_WEEKDAY = lazy_compile(r"(?:上|本)?(?:周|星期)([一二三四五六日])")


def _named(name: str, words: str) -> str:
    """A period named by its date is that date (3月 is not 2月, 2023年以来 is not 2024年以来, 周一 is not
    周二): month:3月, ytd:2023年, day:周一; 本月, 年初至今, 昨日 keep the plain label."""
    if name == "month" and _NAMED_MONTH.fullmatch(words):
        return f"month:{words}"
    year = _NAMED_YEAR.match(words) if name == "ytd" else None
    if year:
        return f"ytd:{year.group(1)}年"
    weekday = _WEEKDAY.fullmatch(words) if name == "day" else None
    if weekday:
        return f"day:{words[:1] if words[0] == '上' else ''}周{weekday.group(1)}"
    return name


def _compared_base(m: re.Match[str]) -> bool:
    """较上周 / 比上周 / 环比上周: last week as the base of this week's change, not a period of its own."""
    return m.string[max(0, m.start() - 1) : m.start()] in ("较", "比", "于", "与", "同", "对")


_THIS_AND_LAST = (("本周", "上周"), ("本月", "上月"))
_HAS_FIGURE = lazy_compile(r"%(?<=\d%)")  # from its %, a literal the scan jumps to, not from every digit


def distinct_periods(texts: list[str], *, dated: bool | None = None) -> frozenset[str]:
    """What tells periods apart in this text. 上周/上月 when sentences with figures use both 本周 and 上周
    (本月 and 上月) as period words and no date range is stated: two weeks are then reviewed, and a figure
    of the week before is not this week's. month / ytd / day when they name two different months (2月 … 3月), years (2023年以来 …
    2024年以来) or weekdays (周一 … 周二): each named one is then a period of its own."""
    if dated is None:  # whether any text states a date range (split_sentences knows it already)
        dated = any(_RANGE_RE.search(text) for text in texts)
    return _distinct([list(PERIOD_RE.finditer(text)) for text in texts if _HAS_FIGURE.search(text)], dated)


def _distinct(words: list[list[re.Match[str]]], dated: bool) -> frozenset[str]:
    """distinct_periods from the period words of each sentence with figures."""
    used: set[str] = set()
    named: dict[str, set[str]] = {}
    for found in words:
        for m in found:
            name = str(m.lastgroup)
            if name in ("week", "month") and not _compared_base(m):
                used.add(m.group(0)[:2])
            label = _named(name, m.group(0))
            if label != name:
                named.setdefault(name, set()).add(label)
    # a stated date range dates the week instead (上周（6月29日至7月3日）… then 本周 in an analyst's note
    # written the same week): 本周 and 上周 are then told apart by nothing but the dates
    last = {last for this, last in _THIS_AND_LAST if this in used and last in used and not dated}
    return frozenset(last | {name for name, labels in named.items() if len(labels) > 1})


_CN_COUNT = {c: str(i) for i, c in enumerate("一二三四五六七八九十", 1)} | {"两": "2"}


def _span_words(words: str) -> str:
    if words == "双周":
        return "近2周"
    lead = re.match(r"(?:最近|过去|近)(?P<n>[一二三四五六七八九十两]|\d+)个?(?P<unit>.+)$", words)
    if lead is None:
        return words
    unit = "个月" if lead.group("unit") == "月" else lead.group("unit")
    return f"近{_CN_COUNT.get(lead.group('n'), lead.group('n'))}{unit}"


_SENTENCE_RE = lazy_compile(r"[^。！？!?\n]{1,1000}[。！？!?]?")
# A list marker run into the text by extraction (…周涨幅0.90% [10] -石油石化指数…, 总结*板块行情：…) starts a
# new item: what follows is another sentence, whatever its punctuation (not *跌幅, a masked word).
_MARKER = lazy_compile(r"[-•*]")
_BULLET_RE = lazy_compile(r"(?<=[\u4e00-\u9fff%)\]】])\s*(?:[-•]|\*(?![涨跌]))\s*(?=[\u4e00-\u9fff])")
_CLAUSE_RE = lazy_compile(r"[，,；;：:]")
_DATE = r"(?:\d{4}[.\-/年]?)?\d{1,2}[.\-/月]\d{1,2}日?"
_RANGE_RE = lazy_compile(  # every date starts with a digit, looked ahead for first (as PERIOD_RE)
    rf"(?=\d)(?:(?P<range>{_DATE}\s*[-–—~至到]\s*(?:{_DATE}|\d{{1,2}}日?))|(?P<compact>\d{{8}}\s*[-–—]\s*\d{{8}}))"
)
_RANGE_DASH = lazy_compile(r"[-–—~至到]")  # what joins a range's two dates (_RANGE_RE's both forms)
_INDEXISH = lazy_compile(r"指数|板块|行业|沪深|上证|深证|创业板|涨|跌|跑赢|跑输|收益")


@dataclass(frozen=True, slots=True)
class Sentence:
    text: str
    location: str
    paragraph: int
    clause_periods: tuple[tuple[int, int, str | None], ...] = field(default=())
    index: int = 0
    dated: str = ""
    apart: frozenset[str] = frozenset()
    # starts of the clauses whose period was carried past a time the table cannot read (从2月19日的高点算起)
    unsure: frozenset[int] = frozenset()

    def period_at(self, pos: int) -> str | None:
        """The period of the clause holding ``pos`` (tagged with the stated dates, if any): the last period
        word before ``pos`` in that clause (近1个月上涨10.91%、近3个月上涨3.77%), else the clause's own."""
        for start, end, period in self.clause_periods:
            if start <= pos < end or (pos == end == len(self.text)):
                words = _period_words(self.text[start:pos])
                return self.tag(period_label(words[-1], self.apart) if words else period)
        return self.tag(self.clause_periods[-1][2]) if self.clause_periods else None

    def period_guessed(self, pos: int) -> bool:
        """True when the period of the clause holding ``pos`` is not stated in it and was carried past a
        time the table cannot read (从2021年2月高点算起, 25Q3, 同期 after either): the figure's period is
        then a guess, whatever label it carries."""
        for start, end, _ in self.clause_periods:
            if start <= pos < end or (pos == end == len(self.text)):
                return start in self.unsure and not _period_words(self.text[start:pos])
        return False

    def periods_in(self, start: int, end: int) -> list[str]:
        """Every period word between ``start`` and ``end`` (本周、本月、年初至今的涨幅分别为 …)."""
        return [str(self.tag(period_label(m, self.apart))) for m in PERIOD_RE.finditer(self.text, start, end)]

    def tag(self, period: str | None) -> str | None:
        return f"{period}@{self.dated}" if period and self.dated else period


def split_sentences(paragraphs: list[Paragraph]) -> list[Sentence]:
    """Normalised sentences with clause periods; a stated date range dates what follows it."""
    out: list[Sentence] = []
    dated = ""
    texts = [
        [
            item.strip()
            for found in _SENTENCE_RE.findall(normalise(paragraph.text))
            for item in (_BULLET_RE.split(found) if _MARKER.search(found) else [found])
        ]
        for paragraph in paragraphs
    ]
    # each sentence's stated date ranges, read once for what dates it and for its clauses; a range holds
    # one of its dashes (or 至/到), so a sentence without one is not scanned (most are not, and the scan
    # tries every digit)
    ranges = {
        text: list(_RANGE_RE.finditer(text)) if _RANGE_DASH.search(text) else []
        for sentences in texts
        for text in sentences
    }
    # each sentence's period words, read once for both what tells periods apart and its clauses
    words = [[list(PERIOD_RE.finditer(text)) for text in sentences] for sentences in texts]
    figured = [
        found
        for sentences, founds in zip(texts, words, strict=True)
        for text, found in zip(sentences, founds, strict=True)
        if _HAS_FIGURE.search(text)
    ]
    apart = _distinct(figured, any(ranges.values()))
    for index, (paragraph, sentences) in enumerate(zip(paragraphs, texts, strict=True)):
        carried: str | None = None
        unsure = False
        for text, found in zip(sentences, words[index], strict=True):
            if not text:
                continue
            stated = ranges[text]
            if stated:
                dated = re.sub(r"\s", "", stated[0].group(0))
            clauses, carried, lasts = _clauses(text, found, stated, carried, apart)
            guessed, unsure = _unsure_clauses(text, clauses, lasts, unsure)
            out.append(Sentence(text, paragraph.location, index, clauses, len(out), dated, apart, guessed))
    return out


# Times the period table does not read: a start point (从2021年2月高点算起, 自3月23日低点以来), a quarter
# (25Q3, 二季度), a half year, the n-th week or wave, a month of a year (2025年12月) or one day (1月16日).
# A clause naming one without a period word of its own is about that time.
_UNREAD_TIME = lazy_compile(
    # the characters it can start with, looked ahead for first (a digit only before Q, 季, 年 or 月)
    r"(?=[从自高低底顶Q一二三四上下第]|\d{1,4}[Q季年月])(?:"
    r"从[^，,；;。]{1,20}?(?:算起|起算|以来|开始|起)|自[^，,；;。]{1,20}?(?:以来|起)|(?:高点|低点|底部|顶部)(?:以来|算起|起)?|"
    r"(?<![A-Za-z])(?:\d{2,4})?Q[1-4](?!\d)|[一二三四1-4]季度|[上下]半年|第[一二三四五六七八九十\d]+[波周]|"
    r"(?<![\-–—~至到])(?:19|20)\d{2}年\d{1,2}月(?!\d{1,2}日\s*[-–—~至到])|(?<![\d年月.\-/至到~–—])\d{1,2}月\d{1,2}日(?!\s*[-–—~至到]))"
)


_UNREAD_HINT = lazy_compile(r"[从自点部Q季半第月]")
# what most sentences hold as their unsure clause starts: one empty set for all of them, not one each
# (an empty frozenset is a new object of some 200 bytes every time)
_NO_STARTS: frozenset[int] = frozenset()


def _unsure_clauses(
    text: str, clauses: tuple[tuple[int, int, str | None], ...], lasts: tuple[LastWord, ...], unsure: bool
) -> tuple[frozenset[int], bool]:
    """The starts of the clauses whose period is a guess, and whether the guess goes on to the next
    sentence: from a clause naming an unread time (and no period word after it) up to the next period
    word."""
    ends = [m.end() for m in _UNREAD_TIME.finditer(text)] if _UNREAD_HINT.search(text) else []
    if not unsure and not ends:
        return _NO_STARTS, False
    out: set[int] = set()
    for (start, end, _), last in zip(clauses, lasts, strict=True):
        unread = [e for e in ends if start < e <= end]
        # 从1月高点算起: the month is part of the start point; 截至2026年1月16日当周: the week is stated after
        # the date; 自年初以来: the start point is read (ytd)
        if unread and (last is None or (unread[-1] > start + last[0] and last[1] not in ("ytd", "span"))):
            unsure = True
        elif last is not None:
            unsure = False
        if unsure:
            out.add(start)
    return frozenset(out) if out else _NO_STARTS, unsure


LastWord = tuple[int, str] | None  # where a clause's last period word starts, and its kind (ytd, span …)


def _clauses(
    text: str,
    words: list[re.Match[str]],
    ranges: list[re.Match[str]],
    carried: str | None,
    apart: frozenset[str],
) -> tuple[tuple[tuple[int, int, str | None], ...], str | None, tuple[LastWord, ...]]:
    """(start, end, period) per clause, the period carried on to the next clause, and each clause's
    last period word; ``words`` are the sentence's period words (PERIOD_RE over ``text``), ``ranges``
    its stated date ranges (_RANGE_RE over ``text``).

    The period words and dates are read once over the whole sentence: none of them holds a clause mark
    or looks past one, so a clause's words are the sentence's words between its marks."""
    if not words:
        return ((0, len(text) + 1, carried),), carried, (None,)
    dates = [m.span() for m in ranges] if "月" in text else []
    out = []
    lasts: list[LastWord] = []
    start = 0
    for end in [m.start() for m in _CLAUSE_RE.finditer(text)] + [len(text)]:
        last = _last_word(text, words, dates, start, end)
        period = period_label(last, apart) if last else carried
        # 上周(11月9日-11月13日) is a period word alone
        if last and (
            start == 0
            or _INDEXISH.search(text, start, end)
            or len(_BRACKETS.sub("", text[start:end])) - len(last.group(0)) <= 2
        ):
            carried = period
        out.append((start, end + 1, period))
        lasts.append((last.start() - start, str(last.lastgroup)) if last else None)
        start = end + 1
    return tuple(out), carried, tuple(lasts)


def _last_word(
    text: str, words: list[re.Match[str]], dates: list[tuple[int, int]], start: int, end: int
) -> re.Match[str] | None:
    """The last of ``words`` between ``start`` and ``end``, without months inside a date (3月14日—18日)."""
    month = text.find("月", start, end) >= 0
    for m in reversed(words):
        if m.start() < start:
            return None
        if m.start() < end and not (month and any(a <= m.start() < b for a, b in dates)):
            return m
    return None


_BRACKETS = lazy_compile(r"\([^()]*\)")


def _period_words(clause: str) -> list[re.Match[str]]:
    """The period words of a clause, without months inside a date (3月14日—18日)."""
    words = list(PERIOD_RE.finditer(clause))
    if words and "月" in clause:
        dates = [m.span() for m in _RANGE_RE.finditer(clause)]
        words = [m for m in words if not any(a <= m.start() < b for a, b in dates)]
    return words
