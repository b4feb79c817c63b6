"""A record high below a record low of the same index.

An all-time high is above every level before it, and a low reached earlier is one of those levels:
``恒指在2020年3月12日创下33,833点的历史低点…并于2022年1月18日创下30,000点的历史新高`` cannot both be
true. Read within one paragraph, for the index named last before each record in its own sentence (恒指
for both here); a low
written ``历史新低`` needs no date, a ``历史低点`` (which may be any notable past low) must be dated before the
high.
"""

from __future__ import annotations

from dataclasses import dataclass

from sectorbrief.check.claims import Claims
from sectorbrief.check.lazy_regex import lazy_compile
from sectorbrief.check.periods import Sentence
from sectorbrief.check.report import Finding
from sectorbrief.check.rules.common import finding

_DATE = r"(?P<y>\d{4})年(?P<m>\d{1,2})月(?:(?P<d>\d{1,2})日)?"
_RECORD = lazy_compile(
    rf"(?:{_DATE})?[^。；，\d]{{0,6}}?创(?:下|出)?了?(?P<level>\d[\d,]*(?:\.\d+)?)点的?历史(?P<kind>新高|高点|新低|低点)"
)
_INDEX = lazy_compile(
    r"恒指|恒生指数|国企指数|上证指数|上证综指|沪指|深证成指|深成指|创业板指|沪深300|中证500|中证1000|科创50|"
    r"道指|道琼斯指数|纳指|纳斯达克指数|标普500指数|日经225指数|[\u4e00-\u9fff]{2,6}指数"
)


@dataclass(frozen=True)
class Record:
    sentence: Sentence
    index: str
    level: float
    high: bool
    firm: bool  # 历史新高 / 历史新低, not a notable past 高点/低点
    date: tuple[int, int, int] | None
    start: int
    end: int


def _records(sentence: Sentence) -> list[Record]:
    out = []
    for m in _RECORD.finditer(sentence.text):
        names = _INDEX.findall(sentence.text, 0, m.start())
        if not names:
            continue
        date = (int(m.group("y")), int(m.group("m")), int(m.group("d") or 0)) if m.group("y") else None
        kind = m.group("kind")
        level = float(m.group("level").replace(",", ""))
        out.append(
            Record(
                sentence,
                names[-1],
                level,
                kind in ("新高", "高点"),
                kind.startswith("新"),
                date,
                m.start(),
                m.end(),
            )
        )
    return out


def check_records(claims: Claims) -> list[Finding]:
    out: list[Finding] = []
    paragraphs: dict[int, list[Record]] = {}
    for sentence in claims.sentences:
        if "历史" in sentence.text:
            paragraphs.setdefault(sentence.paragraph, []).extend(_records(sentence))
    for records in paragraphs.values():
        for high in [r for r in records if r.high and r.firm]:
            for low in [r for r in records if not r.high and r.index == high.index]:
                before = low.firm or (low.date is not None and high.date is not None and low.date < high.date)
                if before and high.level < low.level:
                    out.append(_finding(high, low))
                    break
    return out


def _finding(high: Record, low: Record) -> Finding:
    return finding(
        "error",
        "contradiction",
        f"{high.index}'s record high 「{high.sentence.text[high.start : high.end]}」 is below its earlier record "
        f"low 「{low.sentence.text[low.start : low.end]}」; a new high must lie above every earlier level",
        high.sentence,
        high.start,
        high.end,
    )
