"""A rise listed among the largest falls: ``跌幅居前：食品饮料(-4.40%)石油石化(2.81%)``.

Only a 跌幅 list headed without a count (跌幅居前, 跌幅靠前, 跌幅较大的, 领跌) whose figures are written
with their sign is checked: when at least one member carries a minus sign, a member printed as a rise
(no sign or a plus sign, above zero) contradicts the heading: without a sign, most often a minus sign
lost in typesetting; with a plus sign, a figure or the heading is wrong. A list
written in sizes (跌幅居前：电子(7.14%)、传媒(6.27%)) has no signs and is left alone, and so is a
counted list (跌幅前五), which may run into risers when fewer than five fell.

A list headed by its direction itself (上涨的有：…；下跌的有：建材(-0.8%)、房地产(-0.2%); 上涨的板块有机场(3.56%)、…) holds
only members of that direction: a member signed the other way contradicts the heading, whatever the others carry.
So does a list whose members and figures come before the word said of all of them (零食(0.61%)、肉制品(2.72%)呈上涨
态势): a member signed the other way, or unsigned where the sentence writes falls with a minus sign, is an error.
"""

from __future__ import annotations

from dataclasses import dataclass

from sectorbrief.check.claim_types import NUMBER, Number, parse_number
from sectorbrief.check.claims import Claims
from sectorbrief.check.lazy_regex import lazy_compile
from sectorbrief.check.periods import Sentence
from sectorbrief.check.report import Finding
from sectorbrief.check.rules.common import finding

_HEADING = lazy_compile(
    r"(?:跌幅(?:居前|靠前|较大|最大|居首)|领跌)(?:的)?(?:板块|行业|子行业|指数)?(?:分别)?(?:为|是|有)?\s*[：:]?\s*"
)
_ITEM = lazy_compile(
    rf"(?P<name>(?:(?![的是为])[\u4e00-\u9fffA-Za-z])(?:(?![的是为])[\u4e00-\u9fffA-Za-z0-9]){{0,11}}?)(?:Ⅱ|Ⅲ)?\s*"
    rf"(?:\((?P<a>{NUMBER})%\)|（(?P<b>{NUMBER})%）|[：:]?\s*(?P<c>{NUMBER})%)"
)
_SEP = lazy_compile(r"\s*(?:、|，|,|；|;|和|及)?\s*")


@dataclass(frozen=True)
class Member:
    name: str
    value: Number
    start: int
    end: int


def fall_lists(sentence: Sentence) -> list[list[Member]]:
    """The members of each uncounted 跌幅 list in ``sentence``, in order."""
    out = []
    text = sentence.text
    for heading in _HEADING.finditer(text):
        members = _members(text, heading.end())
        if len(members) >= 2:
            out.append(members)
    return out


def _members(text: str, pos: int) -> list[Member]:
    """The list's members from ``pos`` on (name, figure, place), as long as items follow each other."""
    members: list[Member] = []
    while (m := _ITEM.match(text, pos)) is not None:
        raw = m.group("a") or m.group("b") or m.group("c")
        members.append(Member(m.group("name"), parse_number(raw), m.start(), m.end()))
        pos = _SEP.match(text, m.end()).end()  # type: ignore[union-attr]
    return members


# 上涨的有：… / 下跌的行业为：…: the heading is the members' direction
_DIRECTED = lazy_compile(
    r"(?P<verb>上涨|下跌)的(?:板块|行业|子行业|指数|个股|股票|品种|产品)?(?:有|为|是)\s*(?:[：:]\s*)?(?=[\u4e00-\u9fffA-Za-z])"
)


def directed_lists(sentence: Sentence) -> list[tuple[bool, list[Member]]]:
    """(falls, members) of each list headed by its direction (下跌的有：…), members as in ``fall_lists``."""
    out = []
    text = sentence.text
    for heading in _DIRECTED.finditer(text):
        members = _members(text, heading.end())
        if members:
            out.append((heading.group("verb") == "下跌", members))
    return out


def _goes(figure: str, signs_falls: bool) -> int:
    """A listed figure's direction: its sign, or a rise when unsigned in a sentence that writes falls with a minus
    sign (0 when unsigned otherwise: a size)."""
    if figure.startswith(("-", "+")):
        return -1 if figure.startswith("-") else 1
    return 1 if signs_falls else 0


def _against_heading(sentence: Sentence) -> list[Finding]:
    out = []
    signs_falls = _SIGNED_FALL.search(sentence.text) is not None
    for falls, members in directed_lists(sentence):
        against = [
            m
            for m in members
            if m.value.value != 0 and _goes(m.value.text, signs_falls) == (1 if falls else -1)
        ]
        if len(against) == len(members) > 1:  # every member: the heading is the slip, one finding
            out.append(
                finding(
                    "error",
                    "contradiction",
                    f"the list under {'下跌' if falls else '上涨'}的 holds only {'rises' if falls else 'falls'} "
                    f"({', '.join(f'{m.name} {m.value.text}%' for m in members)}); the heading or the figures are wrong",
                    sentence,
                    members[0].start,
                    members[-1].end,
                )
            )
            continue
        for m in against:
            out.append(
                finding(
                    "error",
                    "contradiction",
                    f"{m.name} {m.value.text}% is listed under {'下跌' if falls else '上涨'}的, "
                    f"but its figure is a {'rise' if falls else 'fall'}; the figure or the heading is wrong",
                    sentence,
                    m.start,
                    m.end,
                )
            )
    return out


def check_list_signs(claims: Claims) -> list[Finding]:
    out: list[Finding] = []
    for sentence in claims.sentences:
        if "%)" in sentence.text and _LISTED.search(sentence.text):
            out += _listed_before(sentence)
        if "的" in sentence.text and _DIRECTED.search(sentence.text):
            out += _against_heading(sentence)
        if "跌" not in sentence.text:
            continue
        for members in fall_lists(sentence):
            signed = [m for m in members if m.value.text.startswith("-")]
            risers = [m for m in members if not m.value.text.startswith("-") and m.value.value > 0]
            if signed and risers:
                out.extend(_finding(sentence, m, signed[0]) for m in risers)
    return out


def _finding(sentence: Sentence, riser: Member, fall: Member) -> Finding:
    return finding(
        "error",
        "contradiction",
        f"{riser.name} is listed among the largest falls with {riser.value.text}%, a rise, while the list "
        f"writes falls with their sign ({fall.name} {fall.value.text}%); "
        + (
            "the figure or the heading is wrong"
            if riser.value.text.startswith("+")
            else "a minus sign is probably missing"
        ),
        sentence,
        riser.start,
        riser.end,
    )


# members listed with their figures before the word said of all of them: 零食(0.61%)、肉制品(2.72%)呈上涨态势
_MEMBER = r"[\u4e00-\u9fffA-Za-z0-9]{1,10}\(\s*[+-]?\d+(?:\.\d+)?%\s*\)"
_LISTED = lazy_compile(
    rf"(?P<list>(?:{_MEMBER}\s*(?:、|和|及)\s*)+{_MEMBER})\s*(?:等)?(?:板块|行业|指数)?(?:均|都|全部|皆)?"
    r"(?:呈现?|录得|出现|实现)?(?:小幅|大幅)?(?P<word>上涨|下跌|收涨|收跌|上升|下降|走高|走低)"
)
_LISTED_ITEM = lazy_compile(r"(?P<name>[\u4e00-\u9fffA-Za-z0-9]{1,10})\(\s*(?P<n>[+-]?\d+(?:\.\d+)?)%\s*\)")
_SIGNED_FALL = lazy_compile(r"\(\s*-\s*\d")


def _listed_before(sentence: Sentence) -> list[Finding]:
    """A member whose figure goes the other way than the word said of the list (an unsigned figure is a rise
    only where the sentence writes falls with their sign)."""
    text = sentence.text
    signs_falls = _SIGNED_FALL.search(text) is not None
    out = []
    for m in _LISTED.finditer(text):
        rise = m.group("word") in ("上涨", "收涨", "上升", "走高")
        for item in _LISTED_ITEM.finditer(m.group("list")):
            n = item.group("n")
            goes = _goes(n, signs_falls)
            if float(n) == 0 or goes == 0 or (goes > 0) == rise:
                continue
            out.append(
                finding(
                    "error",
                    "contradiction",
                    f"「{m.group(0)}」 says every one listed {'rose' if rise else 'fell'}, but 「{item.group(0)}」 "
                    f"among them {'fell' if rise else 'rose'}"
                    + ("" if n[0] in "+-" else " (the sentence writes falls with a minus sign)")
                    + "; the word or the figure is wrong",
                    sentence,
                    m.start(),
                    m.end(),
                )
            )
            break
    return out
