"""A stock's quote (its price and its move) as a sentence states it and as a quote table's row lists it.

Hong Kong market news states a stock's quote in prose, the stock named by its code (``中建材(03323)现价跌6.7%，
报2.24元``, ``理想汽车(02015)升4.9%，报115.4元``, ``报3.86元，升3.5%``), often with the day's range after it
(``盘中高见2.38元，最低见2.24元``), and lists the quote again under ``股份(编号) 现价(元) 变幅(%)``, one stock a
line (``中建材(03323) 2.24元 跌6.67%``, ``中交建(01800) 4.79元 无升跌``; a Markdown row's cells alike).

Lines wrapped by hand (``…升1.8%，报`` / ``392.4元，…``) are read as one: a sentence that does not end a
sentence is read with the next line of its paragraph. A quote after an intraday word (曾, 一度, 高见 …) is the
day's extreme, not the current quote, and is not read; a move after 逾/近/约 is a bound and is read as none.
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Sequence
from dataclasses import dataclass

from sectorbrief.check.lazy_regex import lazy_compile
from sectorbrief.check.periods import Sentence

_NUM = r"\d+(?:\.\d+)?"
_LEAD = r"(?P<lead>[^，。；\d()]{0,6}?)"
_MOVE = rf"(?P<verb>升|跌|涨)(?P<q>逾|近|约|超)?(?P<move>{_NUM})%"
_PRICE = rf"(?:现)?报(?P<price>{_NUM})元"
_PROSE = (
    lazy_compile(rf"\((?P<code>\d{{4,6}})\){_LEAD}{_MOVE}\s*[，,]?\s*{_PRICE}"),
    lazy_compile(rf"\((?P<code>\d{{4,6}})\){_LEAD}{_PRICE}\s*[，,]?\s*{_MOVE}"),
)
_ROW = lazy_compile(
    rf"(?P<name>[^\s()|]{{1,12}})\((?P<code>\d{{4,6}})\)\s*(?P<price>{_NUM})元\s*"
    rf"(?:(?P<verb>升|跌)(?P<move>{_NUM})%|(?P<flat>无升跌))"
)
_INTRADAY = lazy_compile(r"曾|一度|高见|低见|最高|最低|早段|盘中")
_HIGH = lazy_compile(rf"(?:高见|最高见?|最高报)\s*(?P<num>{_NUM})元")
_LOW = lazy_compile(rf"(?:低见|最低见?|最低报)\s*(?P<num>{_NUM})元")
_OTHER_NAME = lazy_compile(r"\(\d{4,6}\)|指数|恒指|国指|科指|期指|大市")
_ENDS = ("。", "！", "？", "!", "?", "；")


@dataclass(frozen=True, slots=True)
class Quote:
    """One quote of the stock ``code``: its price and move as printed (``-6.67``; ``0`` for 无升跌; "" for
    none read), the day's high and low stated after it (""), and where it stands (``end`` may run past the
    sentence into the wrapped line after it)."""

    sentence: Sentence
    code: str
    price: str
    move: str
    high: str
    low: str
    stated_range: str  # the words that state the high and low, as printed
    start: int
    end: int
    row: bool


def quotes(sentences: Sequence[Sentence]) -> Iterator[Quote]:
    """Every quote the sentences state, in prose or as a quote table's row, in document order."""
    for i, sentence in enumerate(sentences):
        text = sentence.text
        if "元" not in text or ")" not in text:
            continue
        row = _row(sentence)
        if row is not None:
            yield row
        elif "报" in text:
            yield from _prose(sentence, _wrapped(sentences, i))


def listed(sentences: Sequence[Sentence]) -> Iterator[Quote]:
    """The quotes of quote tables' rows."""
    for sentence in sentences:
        if "元" in sentence.text and ")" in sentence.text and (row := _row(sentence)) is not None:
            yield row


def _row(sentence: Sentence) -> Quote | None:
    text = sentence.text
    m = _ROW.fullmatch(text.replace("|", " ").strip())
    if m is None:
        return None
    move = "0" if m.group("flat") is not None else _signed(m)
    return Quote(sentence, m.group("code"), m.group("price"), move, "", "", "", 0, len(text), True)


def _wrapped(sentences: Sequence[Sentence], i: int) -> str:
    """The sentence's text, and the next line of its paragraph when the sentence stops mid-sentence."""
    text = sentences[i].text
    if i + 1 < len(sentences) and not text.rstrip().endswith(_ENDS) and "|" not in text:
        after = sentences[i + 1]
        if after.paragraph == sentences[i].paragraph and "|" not in after.text:
            return text + after.text
    return text


def _prose(sentence: Sentence, text: str) -> Iterator[Quote]:
    size = len(sentence.text)
    for pattern in _PROSE:
        for m in pattern.finditer(text, 0, size + 40):
            if m.start() >= size or _INTRADAY.search(m.group("lead")):
                continue
            move = "" if m.group("q") else _signed(m)
            high, low, stated = _range(text, m.end())
            yield Quote(
                sentence,
                m.group("code"),
                m.group("price"),
                move,
                high,
                low,
                stated,
                m.start(),
                m.end(),
                False,
            )


def _range(text: str, pos: int) -> tuple[str, str, str]:
    """The day's high and low stated after a quote at ``pos`` in its sentence, before any other name, and the
    words that state them."""
    stop = next((k + 1 for k, c in enumerate(text[pos:], pos) if c in _ENDS), len(text))
    other = _OTHER_NAME.search(text, pos, stop)
    stop = other.start() if other else stop
    high, low = _HIGH.search(text, pos, stop), _LOW.search(text, pos, stop)
    found = [m for m in (high, low) if m is not None]
    stated = text[min(m.start() for m in found) : max(m.end() for m in found)] if found else ""
    return (high.group("num") if high else ""), (low.group("num") if low else ""), stated


def _signed(m: re.Match[str]) -> str:
    return "-" + m.group("move") if m.group("verb") == "跌" else m.group("move")
