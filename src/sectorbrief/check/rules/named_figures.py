"""A word of size before a name with no figure beside it, against that name's figure of the same measure stated
just before.

``中证畜牧养殖指数的前十大权重累计占比为70.5%，…。中证农牧主题指数的前十大权重占比仅有48.06%，明显高于中证畜牧养殖指数``:
the right side's figure is not beside its name but was stated for it a sentence or two before, under the same
measure (占比). Read, for 高于, 低于, 超过, 不及, 大于, 小于, 多于, 少于, 超出 followed by a name (… 指数, 板块,
行业, 基金, 公司 …) and a clause end: the left side is the one figure in W's clause (its measure the two
characters before it, past 为/仅有/达 …), the right side the figure of the same unit stated after that name,
with that measure within a few characters, in W's sentence before W's clause or the three sentences before it.
An error when the two figures are the other way round beyond their printed rounding.
"""

from __future__ import annotations

import re

from sectorbrief.check.claim_types import clause_start
from sectorbrief.check.lazy_regex import lazy_compile
from sectorbrief.check.periods import Sentence
from sectorbrief.check.report import Finding
from sectorbrief.check.rules.common import finding, printed

_ABOVE = ("高于", "超过", "大于", "多于", "超出")
_BELOW = ("低于", "不及", "小于", "少于")
_OPPOSITE = {"高于": "低于", "低于": "高于", "超过": "不及", "不及": "超过", "大于": "小于", "小于": "大于",
             "多于": "少于", "少于": "多于", "超出": "不及"}  # fmt: skip
_NAME = lazy_compile(
    r"\s*(?P<name>[\u4e00-\u9fffA-Za-z0-9]{2,14}?(?:指数|板块|行业|基金|ETF|公司|集团))(?=[，。；,;]|$)"
)
_LINK = r"(?:累计|合计|仅有|仅为|仅|高达|约为|约|为|达到|达|有|是|在)*"
_LEFT = lazy_compile(
    rf"(?P<key>[\u4e00-\u9fff]{{2}}){_LINK}\s*(?P<n>\d+(?:\.\d+)?)\s*(?P<u>%|倍|亿元|万元|元|点)"
)


def named_figure(sentence: Sentence, m: re.Match[str], sentences: list[Sentence]) -> Finding | None:
    """W (``m``) before a bare name, against the figure stated for that name under the measure of W's left side."""
    word = m.group("word")
    if word not in _ABOVE and word not in _BELOW:
        return None
    text = sentence.text
    named = _NAME.match(text, m.end())
    if named is None:
        return None
    own = clause_start(text, m.start())
    lefts = list(_LEFT.finditer(text, _lead(text, own, m.start()), m.start()))
    if len(lefts) != 1 or re.search(r"跌幅|降幅|回撤", text[own : m.start()]):
        return None
    left = lefts[0]
    name, key, unit = named.group("name"), _key(left), left.group("u")
    if name in text[: left.start()] and text.rfind(name, 0, left.start()) >= clause_start(text, left.start()):
        return None  # the left side is the name's own figure
    theirs = re.compile(
        rf"{re.escape(name)}[^，。；;,\d]{{0,12}}?{key}{_LINK}\s*(?P<n>\d+(?:\.\d+)?)\s*{re.escape(unit)}"
    )
    places = [(sentence, text[: clause_start(text, left.start())])]
    before = sentences[max(0, sentence.index - 3) : sentence.index]
    places += [(s, s.text) for s in reversed(before) if s.index < sentence.index]
    for where, scope in places:
        found = [x for x in theirs.finditer(scope)]
        if found:
            return _judge(sentence, m, left, named, found[-1], where)
    return None


def _lead(text: str, own: int, end: int) -> int:
    """W's clause, or the clause before it when W's clause opens with W (…48.06%，明显高于…)."""
    return own if re.search(r"\d", text[own:end]) or not own else clause_start(text, own - 1)


def _key(left: re.Match[str]) -> str:
    return re.escape(left.group("key"))


def _judge(
    sentence: Sentence,
    m: re.Match[str],
    left: re.Match[str],
    named: re.Match[str],
    right: re.Match[str],
    where: Sentence,
) -> Finding | None:
    (a, ha), (b, hb) = printed(left.group("n")), printed(right.group("n"))
    above = m.group("word") in _ABOVE
    if abs(a - b) <= ha + hb or (a > b) == above:
        return None
    place = "" if where is sentence else f" (at {where.location})"
    unit = left.group("u")
    return finding(
        "error",
        "arithmetic",
        f"'{m.group('word')}{named.group('name')}' says {left.group('n')}{unit} (「{left.group(0)}」) is "
        f"{'above' if above else 'below'} {named.group('name')}'s figure, but 「{right.group(0)}」{place} gives "
        f"{left.group('n')} − {right.group('n')} = {a - b:.2f}; consistent would be {_OPPOSITE[m.group('word')]}",
        sentence,
        left.start(),
        named.end(),
    )
