"""A top place said with its figure in one sentence, held against the peers the next sentence of its paragraph gives
(永泰生物-B涨幅最大，高达14.94%。此外，和珀医药-B上涨15.32%，… / 房地产板块表现最好，上涨3.27%。材料板块本周上涨4.00% /
中证有色矿业指数年内涨幅最高，达到93.55%。其他主要有色指数…，如有色金属涨96.79%，…): a peer of the same kind (a board,
industry or index beside one; a stock beside one) and period that moved further than the top contradicts its place.

The top is a place of stated_places.py (居首, 涨幅最大, 表现最好, 领涨; 跌幅最大, 领跌) on returns, the only top place of its
sentence. The peers are items of ranked_items.py said with a move word (涨, 上涨, 跌幅 …) in a sentence that states no
place of its own and opens on no scope of its own (二级行业中，/ 个股方面，); bounds (涨逾3%) and ranges (在90%至97%之间)
are not peers, nor a level-1 industry beside a level-2 one.
"""

from __future__ import annotations

from sectorbrief.check.claims import Claims
from sectorbrief.check.entities import find_entities
from sectorbrief.check.lazy_regex import lazy_compile
from sectorbrief.check.periods import Sentence
from sectorbrief.check.ranked_items import BEGIN, FALL_WORDS, Item, segments, sentence_end
from sectorbrief.check.report import Finding
from sectorbrief.check.rules.common import EPSILON, finding
from sectorbrief.check.stated_places import MAY_PLACE, Place, places

# a board, industry, index or fund: compared with its own kind only
_GROUP = lazy_compile(r"板块|指数|行业|概念|ETF|基金|大盘|市场|类")
# a market other than the A-share one (港股, 美股 …): compared with its own market only
_MARKET = lazy_compile(
    r"(?P<hk>恒生|恒指|港股|H股|\.HK)|(?P<us>纳斯达克|纳指|标普|道琼斯|道指|美股|\.US|\.O\b|\.N\b)"
)
# a figure that is no move of its own: a bound, an approximation or one end of a range
_NOT_A_MOVE = lazy_compile(r"\s*(?:至|到|-|~|以上|以下|左右|之间)")


def check_later_peers(claims: Claims) -> list[Finding]:
    out: list[Finding] = []
    sentences = claims.sentences
    for sentence, after in zip(sentences, sentences[1:], strict=False):
        if after.paragraph != sentence.paragraph or "%" not in after.text or "%" not in sentence.text:
            continue
        if not MAY_PLACE.search(sentence.text) or MAY_PLACE.search(after.text) or _SCOPE.match(after.text):
            continue
        top = _top(sentence)
        if top is None:
            continue
        found = _beaten(sentence, top, after)
        if found is not None:
            out.append(found)
    return out


def _top(sentence: Sentence) -> Place | None:
    """The sentence's one top place on returns (rank 1 on rises or falls), said of one name."""
    tops = [p for p in places(sentence) if p.rank == 1 and p.axis in ("rise", "fall") and not p.several]
    return tops[0] if len(tops) == 1 else None


def _peers(after: Sentence) -> list[Item]:
    return clause_items(after.text, 0)


def clause_items(text: str, pos: int) -> list[Item]:
    """The items said with a move word from any clause start after ``pos``, each once."""
    end = len(text)
    seen: dict[int, Item] = {}
    for begin in [pos, *(m.end() for m in BEGIN.finditer(text, pos))]:
        for item in segments(text, begin, sentence_end(text, begin) if begin < end else end):
            if item.word and not item.floor and not _NOT_A_MOVE.match(text, item.end):
                seen.setdefault(item.figure, item)
    return list(seen.values())


# the next sentence opens on a scope of its own (二级行业中，/ 个股方面，/ 从成分股来看，): other names than the top's
_SCOPE = lazy_compile(r"[^，,。；;%\d]{0,12}?(?:中|方面|来看|而言)[，,]")
# words that open a clause before its name (如有色金属, 此外，甲)
_OPENER = lazy_compile(r"^(?:如|例如|比如|诸如|其中|此外|另外|同时|而)[，,]?\s*")


def kind(name: str) -> tuple[str, str, str]:
    """A name's kind (a group: board, industry, index; or a stock), its market, and its level when the alias
    table knows it (l1, l2, a benchmark) or "?"."""
    name = _OPENER.sub("", name)
    found = find_entities(name)
    group = "group" if _GROUP.search(name) or found else "stock"
    market = _MARKET.search(name)
    return group, (market.lastgroup or "") if market else "a", found[-1].level if found else "?"


def same_kind(a: tuple[str, str, str], b: tuple[str, str, str]) -> bool:
    """One kind and market, and not a level-1 industry beside a level-2 one (电子 beside 半导体)."""
    return a[:2] == b[:2] and {a[2], b[2]} != {"l1", "l2"}


def signed(item: Item) -> float:
    v = item.value.value
    return -abs(v) if not item.signed and item.word in FALL_WORDS else v


def _beaten(sentence: Sentence, top: Place, after: Sentence) -> Finding | None:
    text = sentence.text
    head = text[top.start : top.word_start]
    if "、" in head or "等" in head:
        return None  # 甲上涨0.25%，乙、丙等成分股领涨: the place is of other names than the figure's
    own = kind(head)
    period = sentence.period_at(top.figure_start)
    for peer in _peers(after):
        name = after.text[peer.start : peer.figure]
        if not same_kind(kind(name), own) or after.period_at(peer.figure) != period:
            continue
        v = signed(peer)
        beyond = v - top.signed if top.axis == "rise" else top.signed - v
        # figures printed to one digit may tie, not invert; to different digits, by one unit of the coarser
        slack = (
            EPSILON
            if peer.value.decimals == top.decimals
            else 10.0 ** -min(peer.value.decimals, top.decimals)
        )
        if beyond > slack:
            return _finding(sentence, top, after, peer, v)
    return None


def _finding(sentence: Sentence, top: Place, after: Sentence, peer: Item, v: float) -> Finding:
    text = sentence.text
    own = text[top.start : max(top.figure_end, top.word_start + len(top.word))].strip("，, ")
    quoted = after.text[peer.start : peer.end]
    rise = top.axis == "rise"
    shown = f"{v:+.{peer.value.decimals}f}%"
    more = "a larger rise" if rise else "a larger fall"
    message = (
        f"「{own}」 ({sentence.location}) is placed {top.word}, but the next sentence gives 「{quoted}」 ({shown}), "
        f"{more} than its {top.figure_text}: if the place is right, that {'figure' if rise else 'fall'} should be "
        f"at most {top.figure_text}; one figure or the place is wrong"
    )
    return finding("error", "rank", message, after, peer.start, peer.end)
