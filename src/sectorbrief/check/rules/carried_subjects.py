"""The subject a paragraph establishes for a figure whose own sentence names none.

沪深300指数本周收于3812点。该指数周涨1.2%: the second sentence's figure is 沪深300's. A figure without a subject
in its clause or earlier in its sentence takes the subject of the nearest sentence before it in the same
paragraph that names one, when that sentence names exactly one and states a figure of it (two names there,
and the reference is ambiguous; a name only compared with, 该股…强于上证指数, is not what a later figure is of). clause_subjects.fits then keeps an index word (该指数) to an index, an industry word
(该板块) to an industry, a company word (公司, 该股) to a name that is no index.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from sectorbrief.check.entities import find_entities
from sectorbrief.check.lazy_regex import lazy_compile
from sectorbrief.check.periods import Sentence
from sectorbrief.check.rules.clause_subjects import GENERIC, entity_subject, open_bracket, phrase


def carried_subject(
    sentences: Sequence[Sentence], position: int, named: Callable[[Sentence], set[str]]
) -> Callable[[], str | None]:
    """A function giving the subject the paragraph of ``sentences[position]`` established before it (read only
    when called): the one subject of the nearest earlier sentence of that paragraph that names any, else None.
    ``named`` gives a sentence's subjects as its figures state them (restatement_figures: each key's subject)."""
    found: list[str | None] = []

    def context() -> str | None:
        if not found:
            found.append(_carried(sentences, position, named))
        return found[0]

    return context


def _carried(
    sentences: Sequence[Sentence], position: int, named: Callable[[Sentence], set[str]]
) -> str | None:
    paragraph = sentences[position].paragraph
    for i in range(position - 1, -1, -1):
        before = sentences[i]
        if before.paragraph != paragraph:
            return None
        stated = named(before)
        names = named_subjects(before) | stated
        if names:
            one = _one(names)
            # the one name must be one the sentence states a figure of (该股…强于上证指数: not the index's)
            return one if one is not None and any(_same(one, s) for s in stated) else None
    return None


def named_subjects(sentence: Sentence) -> set[str]:
    """The indices a sentence names outside brackets, each as a subject, and the name its first clause opens
    with when it names no index there (九牧王今日表现亮眼，…: 九牧王, a name without a figure of its own)."""
    text = sentence.text
    entities = [e for e in find_entities(text) if not open_bracket(text, e.start)]
    names = {entity_subject(e) for e in entities}
    opening = _OPENING.match(text)
    if opening is not None and not any(e.start < opening.end() for e in entities):
        words = phrase(opening.group(0))
        if words is not None and words not in GENERIC and not _MEASURE_WORD.search(words):
            names.add(words)
    return names


# a sentence's first clause up to its first figure; a phrase with a measure word in it is not a name
_OPENING = lazy_compile(r"[^，,；;。:：\d]+")
_MEASURE_WORD = lazy_compile(r"[涨跌升降挫收报]")


def _same(a: str, b: str) -> bool:
    """Whether two subjects are one (申万电子 and 电子 are)."""
    return a == b or (a.startswith("=") and a.rsplit("|", 1)[0] == b.rsplit("|", 1)[0])


def _one(names: set[str]) -> str | None:
    """The one subject of ``names`` (申万电子 and 电子 are one), else None."""
    if len(names) == 1:
        return next(iter(names))
    classified = {n for n in names if not n.endswith("|")}
    unclassified = {n.rsplit("|", 1)[0] for n in names if n.endswith("|")}
    if len(classified) == 1 and unclassified <= {n.rsplit("|", 1)[0] for n in classified}:
        return next(iter(classified))
    return None
