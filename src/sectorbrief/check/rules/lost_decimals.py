"""One figure printed twice, once with its decimal point lost: ``收盘下跌18%`` beside ``收盘下跌1.8%``.

A reposted headline often drops the decimal points of the body it summarises
(``1000消费(399385)收盘下跌18%今年来累计下跌631%`` over ``收盘下跌1.8%`` … ``今年来累计下跌6.31%``;
``…等权重指数报37079点`` over ``报370.79点``). Two figures are read as one printed two ways when

- their digits are the same and only one has a decimal point (18 and 1.8, 37079 and 370.79),
- they have the same unit (% or 点) and the same verb right before them (收盘下跌, 累计下跌, 报, 收于 …),
- the text before each names the same subject: a name of at least two letters (1000消费, 上证房地产行业分层
  等权重指数) stands in both, after period words, verbs and fillers are taken out, and
- their periods do not differ (a line without a period word, such as a headline, takes the other's).

Such a pair is an error: the subject, verb and period are the same and the values differ tenfold or more.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from sectorbrief.check.claim_types import FILLER
from sectorbrief.check.claims import Claims
from sectorbrief.check.lazy_regex import lazy_compile
from sectorbrief.check.periods import PERIOD_RE, Sentence
from sectorbrief.check.report import Finding
from sectorbrief.check.rules.common import finding

_VERB = (
    r"(?P<verb>(?:收盘|累计|全天|盘中|最终)?(?:上涨|下跌|大涨|大跌|收涨|收跌|涨幅为?|跌幅为?|涨|跌)|"
    r"收报|收于|报收|报)"
)
# the last letter of a verb right before a whole number: a cheap first look for _WHOLE_FIGURE
_CANDIDATE = lazy_compile(r"[涨跌报于幅为了至][1-9]\d+(?![\d.])\s*[%点]")
_DECIMAL_FIGURE = lazy_compile(rf"{_VERB}(?:了|至)?\s*(?P<num>[1-9]\d*\.\d+)(?![\d.])\s*(?P<unit>%|点)")
_WHOLE_FIGURE = lazy_compile(rf"{_VERB}(?:了|至)?\s*(?P<num>[1-9]\d+)(?![\d.])\s*(?P<unit>%|点)")
_NAME_GAP = lazy_compile(r"[^\u4e00-\u9fffA-Za-z0-9]+")
_NOT_NAME = lazy_compile(
    r"收盘|上涨|下跌|大涨|大跌|收涨|收跌|涨幅|跌幅|收报|收于|报收|累计|今年来|来|近|个月|[涨跌报了至为的]"
)
_MIN_NAME = 2
_LETTERS = lazy_compile(r"[\u4e00-\u9fffA-Za-z]{2}")


@dataclass(frozen=True)
class _Printed:
    sentence: Sentence
    start: int
    end: int
    number: str
    unit: str
    verb: str

    @property
    def digits(self) -> str:
        return self.number.replace(".", "")

    @property
    def before(self) -> str:
        """The sentence's text before the figure's verb."""
        return self.sentence.text[: self.start]


def _printed(sentence: Sentence, m: re.Match[str]) -> _Printed:
    verb = m.group("verb").removesuffix("为").removeprefix("收盘").removeprefix("累计")
    return _Printed(sentence, m.start(), m.end(), m.group("num"), m.group("unit"), verb)


def _decimal_forms(digits: str) -> list[str]:
    """18 -> 1.8; 631 -> 6.31, 63.1; 37079 -> 3.7079 … 3707.9 (never a leading zero)."""
    return [f"{digits[:i]}.{digits[i:]}" for i in range(1, len(digits))]


def _names(text: str) -> set[str]:
    """The runs of two or more letters or digits in ``text`` once periods, verbs and fillers are out."""
    text = _NOT_NAME.sub(" ", FILLER.sub(" ", PERIOD_RE.sub(" ", text)))
    return {w for w in _NAME_GAP.split(text) if len(w) >= _MIN_NAME and not w.isdigit()}


def _shared_name(a: str, b: str) -> str:
    """The run of letters (at least two, not all digits) that both texts name, the one nearest the end
    of ``a`` first (the subject named last before the figure), the longest of it."""
    words = _names(a)
    for word in sorted(words, key=a.rfind, reverse=True):
        for size in range(len(word), _MIN_NAME - 1, -1):
            for i in range(len(word) - size + 1):
                part = word[i : i + size]
                if part in b and _LETTERS.search(part):
                    return part
    return ""


def check_lost_decimals(claims: Claims) -> list[Finding]:
    """Whole figures are rare in reports: they are found first, and decimals only looked for when one of
    them could be a whole figure's digits with the point put back."""
    whole: dict[tuple[str, str, str], list[_Printed]] = {}
    for sentence in claims.sentences:
        if "%" not in sentence.text and "点" not in sentence.text:
            continue
        for candidate in _CANDIDATE.finditer(sentence.text):
            m = _WHOLE_FIGURE.search(sentence.text, max(0, candidate.start() - 6), candidate.end())
            if m is None or m.end() != candidate.end():
                continue
            f = _printed(sentence, m)
            whole.setdefault((f.digits, f.unit, f.verb), []).append(f)
    if not whole:
        return []
    forms = {form for digits, _, _ in whole for form in _decimal_forms(digits)}
    out: list[Finding] = []
    for sentence in claims.sentences:
        if not any(form in sentence.text for form in forms):
            continue
        for m in _DECIMAL_FIGURE.finditer(sentence.text):
            if m.group("num") not in forms:
                continue
            d = _printed(sentence, m)
            for w in whole.get((d.digits, d.unit, d.verb), []):
                found = _pair(w, d)
                if found is not None:
                    out.append(found)
                    break
    return out


def _pair(w: _Printed, d: _Printed) -> Finding | None:
    period_d, period_w = d.sentence.period_at(d.start), w.sentence.period_at(w.start)
    if period_d and period_w and period_d != period_w:
        return None
    name = _shared_name(_NAME_GAP.sub(" ", w.before), _NAME_GAP.sub(" ", d.before))
    return _finding(w, d, name) if name else None


def _finding(lost: _Printed, kept: _Printed, name: str) -> Finding:
    snippet = kept.sentence.text[kept.start : kept.end]
    return finding(
        "error",
        "contradiction",
        f"{name} {lost.verb} {lost.number}{lost.unit} here but {kept.number}{kept.unit} at "
        f"{kept.sentence.location} (「{snippet}」): the same figure with its decimal point lost in one "
        f"place; {kept.number}{kept.unit} is probably meant",
        lost.sentence,
        lost.start,
        lost.end,
    )
