"""A comparison word against the bracketed figures of what it compares with.

``医药的涨幅为2.89%，稍强于计算机(2.06%)和纺织服装(2.59%)`` says 2.89% beat both 2.06% and 2.59%; 稍弱于
there would be wrong. Read within one sentence:

- the word: 强于, 弱于, 优于, 逊于, 好于, 劣于, 差于, 不及, 超越, 超过, 胜过 (稍/略/明显 before it change nothing; a negation before it,
  未强于, leaves it unread);
- what it compares with: one or more ``name(figure%)`` items right after it, joined by 和/、/及, each
  figure alone in its brackets or after its verb (沪深300指数(下跌3.94%)), whatever the names (the alias
  table need not know them);
- the subject's figure: the one percentage of the word's clause and the clause before it (two or more
  leave it unclear, none leaves nothing to compare), signed by a fall word just before it (下跌1.07%).

An error when the word's direction disagrees with a difference larger than the figures' rounding
(a tie within one unit of the last digit is not judged). 跑赢/跑输/领先/落后 are left to the excess rules,
and so is a word the excess rules already read as a claim against a benchmark.
"""

from __future__ import annotations

from sectorbrief.check.claim_types import NUMBER, Number, clause_start, parse_number
from sectorbrief.check.claims import Claims
from sectorbrief.check.lazy_regex import lazy_compile
from sectorbrief.check.report import Finding
from sectorbrief.check.rules.common import finding, fmt, tolerance

_WORD = lazy_compile(
    r"(?=[强弱优逊好劣差不超胜])(?<![未不没])(?P<word>强于|弱于|优于|逊于|逊色于|好于|劣于|差于|不及|超越|超过|胜过)"
)
_BETTER = ("强于", "优于", "好于", "超越", "超过", "胜过")
_FIGURE = lazy_compile(rf"(?<![\d.])(?P<num>{NUMBER})\s*%")
_FALL = lazy_compile(r"(?:下跌|(?<!涨)跌幅为?|(?<!涨)跌|下降|回落)\s*$")
_ITEM = lazy_compile(
    r"\s*(?P<name>[\u4e00-\u9fffA-Za-z0-9]{2,16}?)\s*\(\s*(?P<verb>上涨|下跌|涨|跌|涨幅为?|跌幅为?)?\s*"
    rf"(?P<num>{NUMBER})\s*%\s*\)"
)
_JOIN = lazy_compile(r"\s*(?:和|、|及|以及|与)\s*")


def _items(text: str, pos: int) -> list[tuple[str, Number, int]]:
    """The ``name(figure%)`` items from ``pos``: name, signed figure, end."""
    out = []
    while (m := _ITEM.match(text, pos)) is not None:
        number = parse_number(m.group("num"))
        if m.group("verb") and "跌" in m.group("verb"):
            number = Number(-abs(number.value), number.decimals, number.text)
        out.append((m.group("name"), number, m.end()))
        join = _JOIN.match(text, m.end())
        if join is None:
            break
        pos = join.end()
    return out


def check_bracket_comparisons(claims: Claims) -> list[Finding]:
    out: list[Finding] = []
    for sentence in claims.sentences:
        text = sentence.text
        if "%" not in text or ")" not in text or _WORD.search(text) is None:
            continue
        read = {e.start for e in claims.excess if e.sentence is sentence}
        for m in _WORD.finditer(text):
            items = _items(text, m.end())
            own = clause_start(text, m.start())
            figures = list(_FIGURE.finditer(text, clause_start(text, max(own - 1, 0)), m.start()))
            if not items or len(figures) != 1 or m.start() in read:
                continue
            subject = parse_number(figures[0].group("num"))
            if _FALL.search(text, 0, figures[0].start()):
                subject = Number(-abs(subject.value), subject.decimals, subject.text)
            better = m.group("word") in _BETTER
            for name, other, end in items:
                gap = subject.value - other.value
                if abs(gap) <= tolerance(subject, other) or (gap > 0) == better:
                    continue
                said = "did better" if better else "did worse"
                out.append(
                    finding(
                        "error",
                        "arithmetic",
                        f"'{m.group('word')}' says {fmt(subject.value)}% {said} than {name} "
                        f"{other.text}%, but the difference is {fmt(gap)} pp; consistent would be "
                        f"{'弱于' if better else '强于'}",
                        sentence,
                        figures[0].start(),
                        end,
                    )
                )
                break
    return out
