"""One index, one stated day, two different closes.

``6月30日，国企指数收报12981点`` and, elsewhere in the text, ``6月30日国企指数收报12891点`` cannot both be
right. Only day closes are read (收报, 收于, 收市报, 报收, 收盘报; not 午间收市 or 早盘), each with the date
(月 and 日) stated in its own sentence before the index, and no other date between them; two closes of one
index and date must agree within the rounding of the coarser one. A close whose day is not stated (``半年
累计升996点，收报12891点``) is not compared: tying it to a day would be a guess.
"""

from __future__ import annotations

from dataclasses import dataclass

from sectorbrief.check.claims import Claims
from sectorbrief.check.lazy_regex import lazy_compile
from sectorbrief.check.periods import Sentence
from sectorbrief.check.report import Finding
from sectorbrief.check.rules.common import EPSILON, finding, printed
from sectorbrief.taxonomy.aliases import index_name

_DATE = lazy_compile(r"(?<!\d)(?P<m>\d{1,2})月(?P<d>\d{1,2})日")
_CLOSE = lazy_compile(
    r"(?P<index>恒生指数|恒指|国企指数|国指|恒生科技指数|上证指数|上证综指|沪指|深证成指|深成指|创业板指|沪深300|"
    r"科创50|中证500|中证1000)(?:指数)?[^，。；\d]{0,8}?(?<![午早])(?:收报|收于|收市报|报收于?|收盘报|收盘于)"
    r"(?P<level>\d[\d,]*(?:\.\d+)?)点"
)
_NOT_A_DAY_CLOSE = lazy_compile(r"午间|午盘|早盘|早市|半日|盘中")


@dataclass(frozen=True)
class Close:
    index: str
    day: tuple[int, int]
    level: tuple[float, float]
    text: str
    sentence: Sentence
    start: int
    end: int


def _closes(sentence: Sentence) -> list[Close]:
    out = []
    for m in _CLOSE.finditer(sentence.text):
        dates = list(_DATE.finditer(sentence.text, 0, m.start()))
        if not dates:
            continue
        clause = sentence.text[dates[-1].end() : m.end()]
        if _NOT_A_DAY_CLOSE.search(clause):
            continue
        day = (int(dates[-1].group("m")), int(dates[-1].group("d")))
        index = index_name(m.group("index"))
        out.append(Close(index, day, printed(m.group("level")), m.group(0), sentence, m.start(), m.end()))
    return out


def check_closes(claims: Claims) -> list[Finding]:
    out: list[Finding] = []
    seen: dict[tuple[str, tuple[int, int]], Close] = {}
    for sentence in claims.sentences:
        if "收" not in sentence.text or "日" not in sentence.text:
            continue
        for close in _closes(sentence):
            first = seen.setdefault((close.index, close.day), close)
            allowed = first.level[1] + close.level[1] + EPSILON
            if first is not close and abs(first.level[0] - close.level[0]) > allowed:
                out.append(
                    finding(
                        "error",
                        "contradiction",
                        f"{close.index}'s close on {close.day[0]}月{close.day[1]}日 is 「{close.text}」 here but "
                        f"「{first.text}」 at {first.sentence.location}; one of the two is wrong",
                        sentence,
                        close.start,
                        close.end,
                    )
                )
    return out
