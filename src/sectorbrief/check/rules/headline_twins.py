"""A headline's figure printed again in its story with two neighbouring digits swapped, or one digit retyped:
``五一假期国内旅游出游2.74亿人次`` over ``全国共有2.47亿人次国内出游``.

A headline (the text's first line: short, without a full stop, with more text after it) restates a figure of
its story, and a restated figure is copied by hand. The headline's wording need not follow the story's (no
verb, the subject after the figure: 出游2.74亿人次 against 2.47亿人次国内出游), so the clause readers of
``swapped_digits`` do not pair them. Here a headline's figure and a story's are one figure printed two ways when

- their digits are the same but for two neighbouring ones swapped, with the decimal point in the same place,
  at least three digits in all, and the same unit (亿人次, 亿元, 点, % …);
- the story's clause (between commas) and the headline share a word of two letters or more that is neither a
  unit, a period nor a generic word (国内 … 出游), and neither says a rise where the other says a fall;
- their periods, if both state one, agree, and neither is an entry of a list (``4.71%、4.59%``).

A figure one digit apart from the headline's (3000亿元 over 逾2000亿元) is read the same way when a second key
holds: the same two-letter verb stands right before both (蒸发, a bound word 逾 or 近 aside) and they share a
word of four letters or more (板块市值).

Such a pair is an error: the headline and its story give one figure two values that differ by a transposition.
Which one is right the text cannot say; both places are quoted.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Callable

from sectorbrief.check.claims import Claims
from sectorbrief.check.lazy_regex import lazy_compile
from sectorbrief.check.periods import PERIOD_RE, Sentence
from sectorbrief.check.report import Finding
from sectorbrief.check.rules.common import finding
from sectorbrief.check.rules.contradictions import one_day_headline
from sectorbrief.check.rules.restatement_figures import day_before
from sectorbrief.check.rules.swapped_digits import DOWN_WORDS, GENERIC_NAMES, UP_WORDS

_BACKGROUND = ("span", "ytd")  # periods a story gives as background (近一个月, 今年以来), not the headline's
_HEADLINE = 60  # characters of a headline line at most
_FIGURE = lazy_compile(
    r"(?<![\d.,])(?P<num>\d[\d,]*\.?\d*)(?![\d.])\s*"
    r"(?P<unit>%|个百分点|点|倍|[万亿]*(?:元|港元|美元|澳门元|吨|人次|辆|台|户|套|股))"
)
_LISTED = lazy_compile(r"[、和及与]\s*[+-]?\d|[+-]?\d[\d,.]*\s*[%点元]?\s*[、和及与]\s*$")
_DIRECTION_BEFORE = lazy_compile(rf"(?:(?P<up>{UP_WORDS})|(?P<down>{DOWN_WORDS}))[了至到逾超近约]?\s*$")
_VERB_BEFORE = lazy_compile(r"(?P<verb>[\u4e00-\u9fff]{2})(?:逾|超|超过|近|约|达|了|至|到)?\s*$")
_CLAUSE_MARK = lazy_compile(r"[,，;；:：。!！?？]")
_NOT_WORD = lazy_compile(
    r"[万亿]*(?:元|港元|美元|吨|人次|股)|个百分点|点|倍|[了的为至近约逾超共有达是在中和及与、]"
)
_WORD = lazy_compile(r"[\u4e00-\u9fffA-Za-z]{2,}")
_MIN_DIGITS = 3


def check_headline_twins(claims: Claims) -> list[Finding]:
    """Only the headline's few figures are compared: each one's transposed printings are looked for as
    substrings of the story before any clause is read."""
    head = headline(claims)
    if head is None:
        return []
    one_day = functools.cache(lambda: one_day_headline(claims) is not None)
    out: list[Finding] = []
    for m in _FIGURE.finditer(head.text):
        number = m.group("num").rstrip(".")
        digits = number.replace(",", "").replace(".", "")
        if len(digits.lstrip("0")) < _MIN_DIGITS or _listed(head.text, m.start(), m.end()):
            continue
        twins, retyped = _twins(number), _retyped(number)
        for sentence in claims.sentences[1:]:
            if not any(t in sentence.text for t in (*twins, *retyped)):
                continue
            out += [
                _finding(head, m, sentence, n, n.group("num").rstrip(".") in twins)
                for n in _FIGURE.finditer(sentence.text)
                if n.group("unit") == m.group("unit")
                and (
                    n.group("num").rstrip(".") in twins
                    or (n.group("num").rstrip(".") in retyped and _same_verb(head, m, sentence, n))
                )
                and _one_figure(
                    head, m, sentence, n, 4 if n.group("num").rstrip(".") in retyped else 2, one_day
                )
            ]
    return out


def headline(claims: Claims) -> Sentence | None:
    """The text's first sentence when it is a headline: short, without a full stop (its line break ends it)."""
    if len(claims.sentences) < 2:
        return None
    head = claims.sentences[0]
    if len(head.text) > _HEADLINE or re.search(r"[。；;]", head.text):
        return None
    return head


def _twins(number: str) -> set[str]:
    """``number`` with each pair of neighbouring (different) digits swapped, separators and point kept."""
    places = [i for i, c in enumerate(number) if c.isdigit()]
    out = set()
    for i, j in zip(places, places[1:], strict=False):
        if number[i] != number[j]:
            chars = list(number)
            chars[i], chars[j] = chars[j], chars[i]
            if chars[0] != "0" or number[0] == "0":
                out.add("".join(chars))
    return out


def _retyped(number: str) -> set[str]:
    """``number`` with one digit typed as another, separators and point kept, no new leading zero."""
    out: set[str] = set()
    for i, c in enumerate(number):
        if c.isdigit():
            out.update(number[:i] + d + number[i + 1 :] for d in "0123456789" if d != c and (i or d != "0"))
    return out


def _same_verb(head: Sentence, m: re.Match[str], sentence: Sentence, n: re.Match[str]) -> bool:
    """Whether the same word of two letters (a verb: 蒸发, 出游) stands right before both figures, a bound
    word (逾, 超, 近, 约) aside."""
    verb = _VERB_BEFORE.search(head.text, 0, m.start())
    other = _VERB_BEFORE.search(sentence.text, 0, n.start())
    return verb is not None and other is not None and verb.group("verb") == other.group("verb")


def _listed(text: str, start: int, end: int) -> bool:
    return bool(_LISTED.match(text, end) or _LISTED.search(text[max(0, start - 12) : start]))


def _direction(text: str, start: int) -> str:
    m = _DIRECTION_BEFORE.search(text[max(0, start - 5) : start])
    return "" if m is None else "up" if m.group("up") else "down"


def _clause(text: str, start: int, end: int) -> str:
    """The clause holding text[start:end], between clause marks."""
    marks = [m.end() for m in _CLAUSE_MARK.finditer(text, 0, start)]
    after = _CLAUSE_MARK.search(text, end)
    return text[marks[-1] if marks else 0 : after.start() if after else len(text)]


def _words(text: str) -> list[str]:
    return [w for w in _WORD.findall(_NOT_WORD.sub(" ", PERIOD_RE.sub(" ", text))) if w not in GENERIC_NAMES]


def _same_time(
    head: Sentence, m: re.Match[str], sentence: Sentence, n: re.Match[str], one_day: Callable[[], bool]
) -> bool:
    """Their periods agree (a headline without one stands for its story's, though not for a background
    period's: 近一个月, 今年以来), and their stated days too (an undated one is a dated one's only in one day's
    story)."""
    periods = {p for p in (head.period_at(m.start()), sentence.period_at(n.start())) if p is not None}
    if len(periods) > 1 or any(p.split("@")[0].split(":")[0] in _BACKGROUND for p in periods):
        return False
    days = (
        (day_before(head.text, m.start()), day_before(sentence.text, n.start())),
        (head.dated, sentence.dated),
    )
    return not any(x != y and (x and y or not one_day()) for x, y in days)


def _one_figure(
    head: Sentence,
    m: re.Match[str],
    sentence: Sentence,
    n: re.Match[str],
    shared: int,
    one_day: Callable[[], bool],
) -> bool:
    """Same direction and period, and a shared word of ``shared`` letters or more (four for a figure one
    digit apart: the verb alone does not make it the same figure)."""
    if _listed(sentence.text, n.start(), n.end()):
        return False
    directions = {_direction(head.text, m.start()), _direction(sentence.text, n.start())}
    if {"up", "down"} <= directions:
        return False
    if not _same_time(head, m, sentence, n, one_day):
        return False
    head_words = _words(head.text[: m.start()] + " " + head.text[m.end() :])
    story_words = _words(_clause(sentence.text, n.start(), n.end()).replace(n.group(), " "))
    return any(_shares(a, b, shared) for a in head_words for b in story_words)


def _shares(a: str, b: str, shared: int) -> bool:
    """Whether two words hold a common stretch of ``shared`` letters or more that is not a generic word."""
    for i in range(len(a) - shared + 1):
        for j in range(i + shared, len(a) + 1):
            if a[i:j] not in b:
                break
            if a[i:j] not in GENERIC_NAMES:
                return True
    return False


def _finding(
    head: Sentence, m: re.Match[str], sentence: Sentence, n: re.Match[str], swapped: bool
) -> Finding:
    quote = sentence.text[max(0, n.start() - 12) : n.end() + 6]
    given, story = m.group("num") + m.group("unit"), n.group("num") + n.group("unit")
    how = (
        "only by two neighbouring digits swapped"
        if swapped
        else "in one digit, with the same verb and subject"
    )
    return finding(
        "error",
        "contradiction",
        f"the headline gives {given} but the story gives {story} in 「{quote}」 at {sentence.location}: the two "
        f"printings of one figure differ {how}, so one of them is mistyped; the headline should read {story} or "
        f"the story {given}",
        head,
        m.start(),
        m.end(),
    )
