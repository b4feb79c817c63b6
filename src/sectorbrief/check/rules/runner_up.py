"""A leader and the names said to follow it (其次为/其次是/随后是/紧随其后的是/次之的是) must be in order.

``其中铅锌板块领涨，周涨幅达12.87%，其次为小金属(+11.67%)、金属新材料(+9.02%)和铝(+9.12%)`` says the
list after 其次 falls from the leader down: 铝 +9.12% cannot come after 金属新材料 +9.02%. The leader is
a 领涨/涨幅最大/涨幅居首/涨幅最高/涨幅第一 (or 领跌/跌幅最大/跌幅居首/跌幅最深) earlier in the sentence, its
figure the last percentage between that word and 其次; the followers are ``name figure%`` items right
after 其次为 (order.py's listed items). For a fall the order is by size (-5.1% before -4.2%). Two figures may
tie within half a unit of their last digit. Names need not be known: the claim is about the list.
"""

from __future__ import annotations

import re

from sectorbrief.check.claim_types import NUMBER, Number, clause_start, parse_number
from sectorbrief.check.claims import Claims
from sectorbrief.check.lazy_regex import lazy_compile
from sectorbrief.check.periods import Sentence
from sectorbrief.check.report import Finding
from sectorbrief.check.rules.common import finding, tolerance
from sectorbrief.check.rules.order import listed_items, names_then_values

_LEAD = lazy_compile(
    r"(?P<up>领涨|涨幅最大|涨幅居首|涨幅最高|涨幅第一|表现最好|表现最佳|表现(?:比较|较为|最为|尤为|尤其|格外|最)?突出|涨幅[^，。；\d]{0,16}?(?:榜首位|榜首|首位))"
    r"|(?P<down>领跌|跌幅最大|跌幅居首|跌幅最深|跌幅最高|跌幅第一|表现最差|跌幅[^，。；\d]{0,16}?(?:榜首位|榜首|首位))"
)
_NEXT = lazy_compile(
    r"(?:其次为|其次是|其次|随后是|随后为|紧随其后的是|紧随其后的为|紧随其后|紧跟在后|紧跟其后|次之的是|次之的为)[：:]?\s*"
)
_MOVE = lazy_compile(
    r"本周|上周|昨日|今日|当日|全日|仅|微涨|上涨|下跌|涨|跌|以(?=[+-]?\d)"
)  # where a leader's name ends
_FOLLOWER_MEASURE = lazy_compile(r"(?:平均)?(?:涨跌幅|涨幅|跌幅|上涨|下跌|涨|跌)?(?:约为|为|达|约)?$")
# a percentage, or tenths and hundredths in words as Hong Kong reports write them (跌八成半 = 85%, 跌幅约四成八 = 48%;
# a bare 三成 is too coarse to rank)
_FIGURE = lazy_compile(
    rf"(?<![\d.])(?P<num>{NUMBER})%|(?<![一二三四五六七八九十百千万])(?P<tens>[一二三四五六七八九])成"
    r"(?P<ones>[一二三四五六七八九]|半)(?![交功本立绩员为熟长都])"
)
_DIGIT = "一二三四五六七八九"


def _number(figure: re.Match[str]) -> Number:
    """The figure's percentage: 3.2% -> 3.2, 八成半 -> 85, 四成八 -> 48."""
    if figure.group("num") is not None:
        return parse_number(figure.group("num"))
    ones = figure.group("ones")
    value = 10 * (_DIGIT.index(figure.group("tens")) + 1) + (5 if ones == "半" else _DIGIT.index(ones) + 1)
    return parse_number(str(value))


_NAMED_AFTER = lazy_compile(
    r"的(?:是|为)(?P<name>[\u4e00-\u9fffA-Za-z]{2,12}?)(?=[(（，,]|上涨|下跌|涨|跌|累)"
)


def check_runner_up(claims: Claims) -> list[Finding]:
    out: list[Finding] = []
    for sentence in claims.sentences:
        text = sentence.text
        if (
            "其次" not in text
            and "随后" not in text
            and "紧随其后" not in text
            and "次之" not in text
            and "紧跟" not in text
        ):
            continue
        for after in _NEXT.finditer(text):
            found = _judge(sentence, after)
            if found is not None:
                out.append(found)
    for sentence in claims.sentences:
        if "第二" not in sentence.text and "第2" not in sentence.text:
            continue
        for second in _SECOND.finditer(sentence.text):  # …居首；机械设备排名第二，涨幅10.6%
            name, number = second.group("name"), parse_number(second.group("num"))
            found = _judge(sentence, second, [(name, number, second.start("name"), second.end())])
            if found is not None:
                out.append(found)
    return out


# A leader's runner-up named by its place: ；机械设备排名第二，涨幅10.6%
_SECOND = lazy_compile(
    r"(?<=[；;，,])\s*(?P<name>[\u4e00-\u9fffA-Za-z]{2,8}?)(?:排名|位列|位居|排)第(?:二|2)(?:名|位)?[，,]?\s*"
    rf"(?:涨幅|跌幅|涨跌幅)?(?:为|达)?\s*(?P<num>{NUMBER})%"
)


def _one_follower(
    sentence: Sentence, pos: int, lead: list[re.Match[str]]
) -> list[tuple[str, Number, int, int]]:
    """``紧随其后的还有X，全日涨幅也仅为0.47%``: one name and the one percentage of the rest of the sentence
    (up to ；), of the leader's period; none when there are several figures or another superlative."""
    text = sentence.text
    end = min((i for i in (text.find("；", pos), text.find(";", pos)) if i >= 0), default=len(text))
    figures = list(_FIGURE.finditer(text, pos, end))
    if len(figures) != 1 or len(lead) != 1 or _LEAD.search(text, pos, end) or "分别" in text[pos:end]:
        return []
    figure = figures[0]
    if sentence.period_at(figure.start()) != sentence.period_at(lead[0].start()):
        return []
    name = re.split(r"[，,]", text[pos : figure.start()])[0].lstrip("的还有是为")
    if not name:  # 紧跟在后，电脑平均涨幅为0.3%: the name opens the figure's own clause
        name = _FOLLOWER_MEASURE.sub("", text[clause_start(text, figure.start()) : figure.start()])
    return [(name or "the next", _number(figure), figure.start(), figure.end())]


def _judge(
    sentence: Sentence, after: re.Match[str], followers: list[tuple[str, Number, int, int]] | None = None
) -> Finding | None:
    text = sentence.text
    leads = list(_LEAD.finditer(text, 0, after.start()))
    if not leads:
        return None
    lead = leads[-1]
    falls = lead.group("down") is not None
    # the leader's figure: the one percentage from the clause before the superlative's up to 其次
    # (中信银行指数仅微涨0.08%，涨幅位居…榜首位，紧随其后 / 铅锌板块领涨，周涨幅达12.87%，其次为)
    own = clause_start(text, lead.start())
    figures = list(_FIGURE.finditer(text, clause_start(text, max(own - 1, 0)), after.start()))
    items = (
        followers
        or listed_items(text, after.end())
        or names_then_values(text, after.end())  # 其次为乙及丙，分别升a%及b%
        or _one_follower(sentence, after.end(), figures)
    )
    if not items:
        return None
    listed: list[tuple[str, Number, int, int]] = []
    if len(figures) == 1:  # several figures (本周…，年初至今…) leave the leader's own unclear
        first = figures[0]
        leader = text[own : lead.start()] or text[clause_start(text, first.start()) : first.start()]
        leader = _MOVE.split(leader)[0].removesuffix("的")  # 金属新材料的表现尤为突出
        named = _NAMED_AFTER.match(text, lead.end())
        if named is not None:  # 表现最佳的是甲(2269)，累升212.62%: the leader is named after its place
            leader = named.group("name")
        listed.append((leader or "the leader", _number(first), first.start(), first.end()))
    listed += items
    if len(listed) < 2:
        return None
    values = [n.value for _, n, _, _ in listed]
    # a leader's 跌幅5.21% is a size beside the followers' signed -4.33%; the followers' own signs must agree
    signs = values[1:] if falls else values
    if any(v > 0 for v in signs) and any(v < 0 for v in signs):
        return None
    sizes = [abs(v) for v in values] if falls else values
    for (a, b), x, y in zip(zip(listed, listed[1:], strict=False), sizes, sizes[1:], strict=False):
        gap = tolerance(a[1], b[1]) / 2
        if y > x + gap:
            word = "fall" if falls else "rise"
            return finding(
                "error",
                "rank",
                f"after {lead.group(0)} … {after.group(0).rstrip('：: ')} the names follow in falling order of "
                f"{word}, but {b[0]} {_shown(text, b)} comes after {a[0]} {_shown(text, a)}: a larger {word} should "
                f"come first",
                sentence,
                a[2],
                b[3],
            )
    return None


def _shown(text: str, item: tuple[str, Number, int, int]) -> str:
    """A figure as a percentage, with its words when written in tenths (跌近八成九 -> 89% (八成九))."""
    printed = text[item[2] : item[3]]
    return f"{item[1].text}% ({printed})" if printed.endswith(_WORDED) else f"{item[1].text}%"


_WORDED = ("半", *"一二三四五六七八九")
