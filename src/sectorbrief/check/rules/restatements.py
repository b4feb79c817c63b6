"""Any figure stated twice in a text with two values that cannot both be printings of one number.

Each sentence's keyed figures (restatement_figures.py: subject, measure, unit, period) are grouped by key; a
figure without a period joins the one period the text states for its subject and measure. A key with two values
is an error when the pair is one fact printed twice (restatement_pairs.py): one misprint apart, a heading and its
body, or each naming its subject and period in its own clause. Two printings agree within half of each one's
last digit, and a tenth either way when either is 近/约/超/逾/左右 (printings.py).

This is a fallback rule: it speaks only where no earlier rule raised an error on the same sentence.
"""

from __future__ import annotations

from sectorbrief.check.claim_types import SCALES
from sectorbrief.check.claims import Claims
from sectorbrief.check.periods import Sentence
from sectorbrief.check.report import Finding
from sectorbrief.check.rules.carried_subjects import carried_subject
from sectorbrief.check.rules.common import finding
from sectorbrief.check.rules.printings import agree
from sectorbrief.check.rules.restatement_figures import MAY_STATE, Keyed, keyed_figures
from sectorbrief.check.rules.restatement_pairs import bound, first_clash, heading_and_body, misprinted

_Key = tuple[str, str, str, str | None]  # subject, measure, unit, period


def check_restatements(claims: Claims) -> list[Finding]:
    """An error for each key stated with two values that cannot both be printings of one number."""
    groups: dict[_Key, list[Keyed]] = {}
    read: set[tuple[object, ...]] = set()  # a sentence the text repeats restates nothing new: read once
    for position, sentence in enumerate(claims.sentences):
        same = (sentence.text, sentence.clause_periods, sentence.dated, sentence.apart)
        if same in read:
            continue
        read.add(same)
        if MAY_STATE.search(sentence.text):
            context = carried_subject(claims.sentences, position, _named)
            for s in keyed_figures(sentence, context):
                groups.setdefault(s.key, []).append(s)
    days = {s.date for stated in groups.values() for s in stated if s.date}
    # a text with a week's or a month's figures may date them by their last day (截至3月5日): a date is then
    # not surely a day's
    weekly = any(key[3] and key[3].split("@")[0] in ("week", "month") for key in groups)
    out: list[Finding] = []
    for stated in _with_unstated_periods(groups).values():
        clash = first_clash(stated, several_days=len(days) > 1, weekly=weekly)
        if clash is not None:
            out.append(_finding(stated, *clash))
    return out


def _named(sentence: Sentence) -> set[str]:
    """The subjects a sentence's own figures name (a company's, a phrase's), as a later sentence borrows them."""
    return {s.lent for s in keyed_figures(sentence)} if MAY_STATE.search(sentence.text) else set()


def _with_unstated_periods(
    groups: dict[_Key, list[Keyed]],
) -> dict[_Key, list[Keyed]]:
    """An undated figure without a period (a headline's 港股跌0.56%) joins its subject's and measure's figures of
    the one period the text states for them, when it states only one and that is a story's day, week or month
    (a figure without a period is never a background one: 近1周, 今年以来). A figure under a date of its own
    (3月5日，创业板指收涨1.62%) stays apart: its day may not be the story's. A period before the text states
    its dates (a headline's 今年来) is the one under them, when they are stated once."""
    periods: dict[tuple[str, str, str], set[str | None]] = {}
    for subject, measure, unit, period in groups:
        periods.setdefault((subject, measure, unit), set()).add(period)
    out: dict[_Key, list[Keyed]] = {}
    for (subject, measure, unit, period), stated in groups.items():
        others = {p for p in periods[(subject, measure, unit)] if p is not None}
        dated = [p for p in others if period and p.startswith(f"{period}@")]
        if len(dated) == 1:  # 今年来 in a headline, 今年来 under the story's stated date: one period
            period = dated[0]
        if period is None and len(others) == 1 and _story_period(story := next(iter(others))):
            out.setdefault((subject, measure, unit, story), []).extend(s for s in stated if not s.date)
            stated = [s for s in stated if s.date]
        out.setdefault((subject, measure, unit, period), []).extend(stated)
    for stated in out.values():
        stated.sort(key=lambda s: (s.sentence.index, s.start))
    return out


def _story_period(period: str | None) -> bool:
    return period is not None and period.split("@")[0] in ("day", "week", "month")


def _finding(stated: list[Keyed], first: Keyed, second: Keyed) -> Finding:
    """One error at the odd printing out (the later one when nothing else tells), quoting both."""
    rest = [s for s in stated if s is not first and s is not second]
    for_first = sum(agree(s, first) for s in rest)
    for_second = sum(agree(s, second) for s in rest)
    odd, other = (first, second) if for_second > for_first else (second, first)
    backers = max(for_first, for_second)
    verdict = (
        f"{backers} other statement{'s' if backers > 1 else ''} of it {'agree' if backers > 1 else 'agrees'} with "
        f"{other.shown}, so 「{odd.quote}」 should likely read {other.shown}"
        if backers > for_first + for_second - backers
        else f"one of the two is wrong: both should read {other.shown} or both {odd.shown}"
    )
    subject, measure, unit, _ = first.key
    return finding(
        "error",
        "contradiction",
        f"「{odd.quote}」 here but 「{other.quote}」 at {other.sentence.location}: "
        f"{subject.lstrip('=').split('|')[0]}'s {measure} ({unit}) for one period printed as {odd.shown} and "
        f"{other.shown} ({_misprint(odd, other)}), {_show_diff(odd, other)} apart, more than their rounding "
        f"allows; {verdict}",
        odd.sentence,
        odd.start,
        odd.end,
    )


def _misprint(a: Keyed, b: Keyed) -> str:
    if not misprinted(a, b):
        if heading_and_body(a, b):
            return "a heading and its body"
        return (
            "each names its subject and period"
            if bound(a) and bound(b)
            else "a one-day story's headline and body"
        )
    if a.digits == b.digits:
        return "the sign differs"
    return (
        "one digit differs"
        if sum(x != y for x, y in zip(a.digits, b.digits, strict=True)) == 1
        else ("two neighbouring digits swapped")
    )


def _show_diff(a: Keyed, b: Keyed) -> str:
    scale = min(a.scale, b.scale)
    word = next((w for w, v in SCALES.items() if v == scale), "")
    return f"{abs(a.value - b.value) / scale:.{max(a.decimals, b.decimals)}f}{word if a.scale != 1 else ''}"
