"""The checker's scanning regexes open with a lookahead for the characters a match can start with
(``(?=[…])(?:body)``), so the scan skips every other character at once. That is only the same regex if
the lookahead lets through every character the body can start with: derived here from the parsed body,
so a period word or an alias added with a new first character fails this test instead of going unread."""

from __future__ import annotations

import re
import sys
from re import _compiler, _parser  # type: ignore[attr-defined]
from re import _constants as sre  # type: ignore[attr-defined]
from typing import Any

import pytest

from sectorbrief.check import entities, figures, normalise, periods
from sectorbrief.check.entities import _pattern
from sectorbrief.check.rules import index_moves, order, premiums, shares, typos, wording
from sectorbrief.taxonomy import terms

_CATEGORIES = {
    sre.CATEGORY_DIGIT: r"\d",
    sre.CATEGORY_NOT_DIGIT: r"\D",
    sre.CATEGORY_SPACE: r"\s",
    sre.CATEGORY_NOT_SPACE: r"\S",
    sre.CATEGORY_WORD: r"\w",
    sre.CATEGORY_NOT_WORD: r"\W",
}
_EVERY_CHARACTER = "".join(chr(c) for c in range(sys.maxunicode + 1) if not 0xD800 <= c <= 0xDFFF)


def _class(items: list[tuple[Any, Any]]) -> str:
    """A character class for the items of an IN op (literals, ranges, categories, a leading NEGATE)."""
    out = []
    for op, av in items:
        if op is sre.NEGATE:
            out.append("^")
        elif op is sre.LITERAL:
            out.append(re.escape(chr(av)))
        elif op is sre.RANGE:
            out.append(f"{re.escape(chr(av[0]))}-{re.escape(chr(av[1]))}")
        elif op is sre.CATEGORY:
            out.append(_CATEGORIES[av])
        else:
            raise AssertionError(f"unexpected class item {op}")
    return "[" + "".join(out) + "]"


def _first(sequence: Any) -> tuple[list[str], bool]:
    """The classes of the characters a match of ``sequence`` can start with, and whether it can be empty."""
    classes: list[str] = []
    for op, av in sequence:
        if op in (sre.ASSERT, sre.ASSERT_NOT, sre.AT):
            continue  # zero width: the next item gives the first character
        if op is sre.LITERAL:
            classes.append(re.escape(chr(av)))
        elif op is sre.NOT_LITERAL:
            classes.append(f"[^{re.escape(chr(av))}]")
        elif op is sre.IN:
            classes.append(_class(av))
        elif op is sre.ANY:
            classes.append(r"[\s\S]")
        elif op is sre.BRANCH:
            nullable = False
            for branch in av[1]:
                found, empty = _first(branch)
                classes += found
                nullable = nullable or empty
            if not nullable:
                return classes, False
            continue
        elif op is sre.SUBPATTERN:
            found, empty = _first(av[3])
            classes += found
            if not empty:
                return classes, False
            continue
        elif op in (sre.MAX_REPEAT, sre.MIN_REPEAT, sre.POSSESSIVE_REPEAT):
            found, empty = _first(av[2])
            classes += found
            if av[0] > 0 and not empty:
                return classes, False
            continue
        else:
            raise AssertionError(f"unexpected op {op}")
        return classes, False
    return classes, True


def _characters(classes: list[str]) -> set[str]:
    return set(re.findall("|".join(classes), _EVERY_CHARACTER)) if classes else set()


def _guard_and_body(pattern: re.Pattern[str]) -> tuple[set[str], set[str]]:
    """The characters the lookahead lets through and those the body can start with."""
    parsed = _parser.parse(pattern.pattern, pattern.flags)
    guard_op, guard = parsed[0]
    assert guard_op is sre.ASSERT and guard[0] == 1  # a lookahead first, then the body
    lets_through, _ = _first(guard[1])
    starts, empty = _first(list(parsed)[1:])
    assert not empty
    return _characters(lets_through), _characters(starts)


@pytest.mark.parametrize(
    "pattern",
    [
        periods.PERIOD_RE,
        periods._RANGE_RE,
        periods._UNREAD_TIME,
        figures._PERIOD_RE,
        normalise._SPACE_NEAR_CJK,
        normalise._SPACE_IN_NUMBER,
        normalise._COMMA,
        normalise._COLON,
        normalise._SEMICOLON,
        normalise._SIGN_SPACE,
        normalise._MARKUP,
        entities._EXPLICIT_UNIVERSE,
        typos._SLASH_REPEAT,
        wording._BOTH,
        terms._TOKEN,
        index_moves._ITEM,
        shares._AMOUNT,
        shares._NAMED,
        shares._INLINE,
        shares._BUDGET,
        shares._BUDGET_TOTAL,
        shares._CUMULATIVE,
        premiums._LEVEL,
        premiums._PREMIUM,
        order._PLACED,
        order._PLACED_AFTER,
        order._PLACED_ITEMS,
        order._BY_EACH,
    ],
    ids=lambda p: p.pattern[:30],
)
def test_the_lookahead_lets_through_every_character_a_match_can_start_with(pattern: re.Pattern[str]) -> None:
    lets_through, starts = _guard_and_body(pattern)
    assert starts and starts <= lets_through, sorted(starts - lets_through)


def test_the_entity_lookahead_lets_through_every_first_character_of_a_name() -> None:
    lets_through, starts = _guard_and_body(_pattern())
    assert starts and starts <= lets_through, sorted(starts - lets_through)


def test_the_period_lookahead_is_the_declared_one() -> None:
    body = "|".join(f"(?P<{name}>{rx})" for name, rx in periods.PERIODS)
    assert periods.PERIOD_RE.pattern == f"(?={periods.PERIOD_START})(?:{body})"


def test_a_missing_first_character_is_caught() -> None:
    lets_through, starts = _guard_and_body(re.compile(r"(?=[本上])(?:本周|上周|(?<!截至)下周|\d+日)"))
    assert starts - lets_through == {"下"} | {c for c in starts if c.isdecimal()}


def _body(pattern: re.Pattern[str]) -> re.Pattern[str]:
    """``pattern`` without its lookahead: the parsed items after the first, compiled."""
    parsed = _parser.parse(pattern.pattern, pattern.flags)
    return _compiler.compile(_parser.SubPattern(parsed.state, list(parsed)[1:]), pattern.flags)


def _texts(pattern: re.Pattern[str]) -> list[str]:
    """A number between any two of the pattern's words (its runs of letters and its single characters),
    or after a word and before one: where a lookahead that lets a digit through only before certain
    words could differ from the body."""
    characters = set(pattern.pattern) - set("\\()[]{}?:|!<=*+^$")
    found = set(re.findall(r"[\u4e00-\u9fffA-Za-z]+", pattern.pattern)) | characters
    words = sorted(found | {"-", "至", "，", ".", "%", "3日", "12日", "3月", "2024年", "Q1"})
    numbers = ["3", "12", "2024", "20240513"]
    return [n + b + c for n in numbers for b in words for c in words] + [
        a + n + b for a in words for n in numbers for b in words
    ]


@pytest.mark.parametrize(
    "pattern", [periods.PERIOD_RE, periods._UNREAD_TIME], ids=["PERIOD_RE", "_UNREAD_TIME"]
)
def test_a_lookahead_that_reads_past_the_first_digit_changes_no_match(pattern: re.Pattern[str]) -> None:
    """PERIOD_RE lets a digit through only before 年/月/日 (within four digits) or as 1-4季, _UNREAD_TIME
    only before Q, 季, 年 or 月: the same matches as without the lookahead on every such text."""
    body = _body(pattern)
    for text in _texts(pattern):
        got = [(m.span(), m.lastgroup) for m in pattern.finditer(text)]
        assert got == [(m.span(), m.lastgroup) for m in body.finditer(text)], text
