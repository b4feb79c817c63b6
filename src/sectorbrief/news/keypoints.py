"""One line per item in the manner of 投资要点 entries: who + what + the key figure.

Extractive only: a key point is the item's title (or its lead sentence) and, when that carries no
figure or a better one is in the body, one clause of the body that does. Every character, and so
every number, is copied from the item; nothing is computed or reworded.
"""

from __future__ import annotations

import re

from sectorbrief.news.figures import NUMBER, figures
from sectorbrief.news.models import NewsItem

MAX_TITLE = 40
MAX_POINT = 90
MAX_CLAUSE = 45
_SENTENCE = re.compile(r"(?<=[。！？!?；;])")
_CLAUSE = re.compile(r"[，。；;！？!?：:]|(?<!\d),|,(?!\d)")
_LEAD = re.compile(
    r"^(?:(?:据|根据)[^，,。]{1,20}(?:消息|报道|显示|获悉)|(?:当地时间)?\d{1,2}月\d{1,2}日|近日|日前|本周|(?:\d{4}年)?\d{1,2}月\d{1,2}日\d{1,2}时\d{1,2}分)[，,\s]*"
)
_STRONG = re.compile(r"%|亿|万|美元|元|GW|吉瓦|兆瓦|倍")
_END = "。！？!?，,；;：: "


def lead_sentence(text: str) -> str:
    """The first sentence of ``text`` without its reporting prefix (据…消息，6月24日，近日，)."""
    first = next((s for s in _SENTENCE.split(text.strip()) if s.strip()), "")
    previous = None
    while previous != first:
        previous, first = first, _LEAD.sub("", first.strip(), count=1)
    return first.strip().rstrip(_END)


def _clip(text: str, limit: int) -> str:
    """``text`` cut at the last clause boundary before ``limit`` characters (whole if it fits)."""
    if len(text) <= limit:
        return text
    cut = max((m.start() for m in _CLAUSE.finditer(text) if m.start() <= limit), default=0)
    return text[:cut] if cut else text[:limit]


def section_title(item: NewsItem) -> str:
    """The 3.N heading's text: the item's title, or its lead sentence cut at a clause."""
    if item.title:
        return item.title.rstrip(_END)
    return _clip(lead_sentence(item.body), MAX_TITLE).rstrip(_END)


def _who(title: str) -> str:
    """The subject a title starts with: its leading Latin word (Meta, AXT) or first two characters."""
    latin = re.match(r"[A-Za-z][A-Za-z0-9\-]*", title)
    return latin.group(0) if latin else title[:2]


def _figure_clause(body: str, base: str) -> str | None:
    """The body clause that best adds a figure to ``base``: it must bring a number ``base`` lacks with
    a strong unit (%, 亿, 美元, GW…); one naming the title's subject, then one with a %, wins; then
    the earliest."""
    have = set(numbers_in(base))
    who = _who(base)
    best: tuple[int, str] | None = None
    for clause in _CLAUSE.split(body):
        clause = clause.strip()
        new = [f for f in figures(clause) if _STRONG.search(f) and not set(numbers_in(f)) <= have]
        if not new or not 6 <= len(clause) <= MAX_CLAUSE:
            continue
        score = 2 * (bool(who) and who in clause) + ("%" in clause)
        if best is None or score > best[0]:
            best = (score, clause)
    return best[1] if best else None


def key_point(item: NewsItem) -> str:
    """Who + what + the key figure, one line ending in 。, copied from the item."""
    base = (
        item.title.rstrip(_END)
        if item.title
        else _clip(lead_sentence(item.body), MAX_POINT - 20).rstrip(_END)
    )
    extra = _figure_clause(item.body, base)
    has_figure = any(_STRONG.search(f) for f in figures(base))
    if extra and (not has_figure or "%" in extra) and len(base) + len(extra) < MAX_POINT:
        base = f"{base}，{extra}"
    return base.rstrip(_END) + "。"


def numbers_in(text: str) -> list[str]:
    """The numbers written in ``text`` (for checks that key points copy them verbatim)."""
    return NUMBER.findall(text)
