"""One ranking, one place, two titles: two items cannot both be third for the same week.

``《复仇者联盟3》…回升至季军，单周票房7441万元`` and ``《厕所英雄》单周排名第三`` give the same week's third place
to two films. Read: a place word (冠军, 亚军, 季军, 第N名, 排名第N, 位列第N; not a span such as 第四和五名 or
第十一至十五名, and not 并列) and the 《title》 it is said of (in its clause, else the last one before it in
the sentence, else the first after it), or the name opening its clause (``湖南是本周全国省市票房第八名``). Two places are one ranking's when their sentences carry the same
measure word (票房, 销量, 收视 …, the last before the place in its clause, else the sentence's first) and the same period word (单周, 本周, 首周, 累计 … the one in the place's
clause, else the sentence's first), under the same stated dates. The same place for two different titles
is an error; the same title twice is one claim.
"""

from __future__ import annotations

from dataclasses import dataclass

from sectorbrief.check.claims import Claims
from sectorbrief.check.lazy_regex import lazy_compile
from sectorbrief.check.periods import Sentence
from sectorbrief.check.report import Finding
from sectorbrief.check.rules.common import finding

_NUMERALS = "一二三四五六七八九十"
_PLACE = lazy_compile(
    r"(?P<medal>冠军|亚军|季军)"
    rf"|(?:(?:排名|排在|位列|位居|名列|居于?|升至|降至|回升至|跌至|占据)第(?P<n>[{_NUMERALS}\d]{{1,3}})(?:名|位)?"
    rf"|第(?P<n2>[{_NUMERALS}\d]{{1,3}})(?:名|位))"
    rf"(?![{_NUMERALS}\d]|[和、至到\-~]|名?[和、至到])"
)
_MEDALS = {"冠军": 1, "亚军": 2, "季军": 3}
_TITLE = lazy_compile(r"《[^《》]{1,30}》")
_MEASURE = lazy_compile(r"票房|销量|收视|播放量|观影人次|场次|人次|榜单|排行榜")
_PERIOD = lazy_compile(r"单周|本周|上周|当周|首周|周末|单日|当日|今日|累计|年度|月度|本月|上月|全年")
_CLAUSE = lazy_compile(r"[，。；：]")


@dataclass(frozen=True)
class Place:
    rank: int
    title: str
    key: tuple[str, str, str]
    sentence: Sentence
    start: int
    end: int
    text: str


_CHINESE_NUMBER = lazy_compile(rf"(?P<tens>[{_NUMERALS[:9]}]?十)?(?P<units>[{_NUMERALS[:9]}])?")


def _number(text: str) -> int | None:
    """第三 → 3, 第十一 → 11, 第二十 → 20, 第8 → 8; None for what is no number (三三)."""
    if text.isdigit():
        return int(text)
    m = _CHINESE_NUMBER.fullmatch(text)
    if m is None or not text:
        return None
    tens = m.group("tens")
    value = (_NUMERALS.index(tens[0]) + 1 if tens and len(tens) == 2 else 1) * 10 if tens else 0
    return value + (_NUMERALS.index(m.group("units")) + 1 if m.group("units") else 0)


def _places(sentence: Sentence) -> list[Place]:
    text = sentence.text
    measure = _MEASURE.search(text)
    if measure is None or "并列" in text:
        return []
    out = []
    for m in _PLACE.finditer(text):
        number = m.group("n") or m.group("n2")
        rank = _MEDALS[m.group("medal")] if m.group("medal") else _number(number)
        if rank is None:
            continue
        start = max((c.end() for c in _CLAUSE.finditer(text, 0, m.start())), default=0)
        stop = next((c.start() for c in _CLAUSE.finditer(text, m.end())), len(text))
        title = _title(text, m.start(), start, stop) or _named(text, start, m.start())
        own, every = _PERIOD.findall(text, start, stop), _PERIOD.findall(text)
        if title is None or not every:
            continue
        measures = _MEASURE.findall(text, start, m.start())
        key = (measures[-1] if measures else measure.group(0), own[-1] if own else every[0], sentence.dated)
        out.append(Place(rank, title, key, sentence, m.start(), m.end(), m.group(0)))
    return out


_NAMED = lazy_compile(r"(?P<name>[\u4e00-\u9fff]{2,6}?)(?:是|为|位列|位居|排名|名列)")


def _named(text: str, start: int, at: int) -> str | None:
    """A subject that opens the place's clause: 湖南是本周全国省市票房第八名."""
    m = _NAMED.match(text, start, at)
    return m.group("name") if m else None


def _title(text: str, at: int, start: int, stop: int) -> str | None:
    own = _TITLE.findall(text, start, stop)
    if len(own) == 1:
        return own[0]
    before = _TITLE.findall(text, 0, at)
    if before:
        return before[-1]
    after = _TITLE.search(text, at)
    return after.group(0) if after else None


def check_places(claims: Claims) -> list[Finding]:
    out: list[Finding] = []
    seen: dict[tuple[int, tuple[str, str, str]], Place] = {}
    for sentence in claims.sentences:
        text = sentence.text
        if ("第" not in text and "军" not in text) or _MEASURE.search(text) is None:  # cheap test first
            continue
        for place in _places(sentence):
            first = seen.setdefault((place.rank, place.key), place)
            if first.title == place.title:
                continue
            out.append(
                finding(
                    "error",
                    "rank",
                    f"{place.title} is given place {place.rank} (「{place.text}」) in the {place.key[1]}{place.key[0]} "
                    f"ranking, but {first.title} already holds it (「{first.text}」 at {first.sentence.location}); "
                    "two items cannot share one place",
                    sentence,
                    place.start,
                    place.end,
                )
            )
    return out
