"""The claim types the checker reads from report text (returns, excess, ranks) and their numbers."""

from __future__ import annotations

import re
from dataclasses import dataclass

from sectorbrief.check.entities import Entity
from sectorbrief.check.lazy_regex import lazy_compile
from sectorbrief.check.periods import PERIOD_RE, Sentence

NUMBER = r"[+-]?\d+(?:\.\d+)?"
# The scale words of Chinese amounts and what they multiply by (3.18万亿 = 3.18e12); "" is none.
SCALES = {
    "万亿": 1e12,
    "千亿": 1e11,
    "百亿": 1e10,
    "亿": 1e8,
    "千万": 1e7,
    "百万": 1e6,
    "万": 1e4,
    "千": 1e3,
    "": 1.0,
}
# Words that open a clause without naming a subject (其中, 同期, 板块, 整体, 累计 …).
FILLER = lazy_compile(
    r"其中|同期|本期|同时|此外|另外|该|其|整体|板块|行业|指数|累计|表现|一周|全周|单周|周内|当周|随后|此后|之后|期间|区间|"
    r"继续|小幅|大幅|微幅|明显|分别|均|则|而|也|又|仍|全天|盘中|收盘|最终|合计|共计|平均|逆市|逆势|但是|但|不过|然而"
)


@dataclass(frozen=True, slots=True)
class Number:
    value: float
    decimals: int
    text: str


def parse_number(text: str) -> Number:
    text = text.strip().replace(" ", "")
    decimals = len(text.split(".")[1]) if "." in text else 0
    return Number(float(text), decimals, text)


@dataclass(frozen=True, slots=True)
class ReturnClaim:
    entity: Entity
    value: Number
    period: str | None
    sentence: Sentence
    start: int
    end: int
    bracketed: bool = False
    guessed: bool = False  # the owner was borrowed from further back than the clause just before


@dataclass(frozen=True, slots=True)
class ExcessClaim:
    subject: Entity | None
    benchmark: Entity
    value: Number | None  # None: a direction only (跑输上证综指)
    direction: int
    unit: str
    period: str | None
    sentence: Sentence
    start: int
    end: int
    word: str
    guessed: bool = False  # the subject is not named in the claim's clause nor the return just before it


@dataclass(frozen=True, slots=True)
class RankClaim:
    subject: Entity | None
    rank: int
    universe: int | None
    classification: str
    period: str | None
    sentence: Sentence
    start: int
    end: int


_CLAUSE_MARKS = "，,；;：:"
_UP_TO_LAST_MARK = lazy_compile(rf".*[{_CLAUSE_MARKS}]", re.DOTALL)
# the same, where a comma inside a number (1,191.54点) is a thousands separator, not a clause mark
_UP_TO_LAST_CLAUSE_MARK = lazy_compile(r".*(?:[，；;：:]|(?<!\d),|,(?!\d{3}(?!\d)))", re.DOTALL)


_THOUSANDS = lazy_compile(r"\d,\d{3}(?!\d)")


def clause_start(text: str, pos: int) -> int:
    """Where the clause holding ``pos`` starts: after the last ，；： before it that is not inside
    brackets (本周(2.24-2.27,下同)、年初至今 … is one clause)."""
    last = _UP_TO_LAST_MARK.match(text, 0, pos)
    if last and text[last.end() - 1] == "," and _THOUSANDS.match(text, last.end() - 2):
        last = _UP_TO_LAST_CLAUSE_MARK.match(text, 0, pos)  # rare: read again without thousands separators
    start = last.end() if last else 0
    if text.find(")", start, pos) < 0:
        return start
    depth = 0
    for i in range(pos - 1, -1, -1):
        c = text[i]
        if c == ")":
            depth += 1
        elif c == "(":
            depth = max(depth - 1, 0)
        elif depth == 0 and c in _CLAUSE_MARKS and not _THOUSANDS.match(text, i - 1):
            return i + 1
    return 0


_CLAUSE_SUBJECT = lazy_compile(
    r"(?P<name>[\u4e00-\u9fffA-Za-z]{2,10}?)(?:指数|板块|行业)?(?:累计)?"
    r"(?:上涨|下跌|大涨|大跌|收涨|收跌|上升|下降|涨|跌)\s*[+-]?\d"
)


_COMMA_OR_SEMICOLON = lazy_compile(r"[，,；;]")


def other_subject_between(text: str, start: int, end: int) -> bool:
    """True when a clause between ``start`` and ``end`` opens with a subject of its own that the alias
    table does not know (…，黑色金属下跌3.5%，排名第十四位): what follows is not about the earlier index."""
    return any(clause_subject_at(text, m.end(), end) for m in _COMMA_OR_SEMICOLON.finditer(text, start, end))


def clause_subject_at(text: str, pos: int, end: int) -> bool:
    """True when the clause at ``pos`` (before ``end``) opens with a name and its own move (半导体下跌1.2%)."""
    m = _CLAUSE_SUBJECT.match(text, pos)
    return m is not None and m.start() < end and len(FILLER.sub("", PERIOD_RE.sub("", m.group("name")))) >= 2
