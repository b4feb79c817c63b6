"""Index names in report text: benchmarks, SW level-1 and level-2 industries, and unnamed indices.

Every mention resolves through the alias table (taxonomy/aliases.yaml) to a canonical name:
电新板块 -> ("", 电力设备), 申万医药 -> (申万, 医药生物), 沪指 -> ("", 上证指数), 造纸II -> level 2 造纸.
An entity's key is (classification, name); classification-free industry keys are resolved per
document by the rules. 大盘/大市 is a "market" entity: the benchmark named beside it.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

from sectorbrief.check.lazy_regex import lazy_compile
from sectorbrief.taxonomy.aliases import aliases

UNIVERSE = {("申万", "一级"): 31, ("中信", "一级"): 30}
# A mention without a 申万/中信 prefix counts only after one of these (or at a non-CJK boundary), so
# 消费电子板块 or 光通信板块 is not 电子/通信.
_BEFORE_BARE = (
    "周月年日天期今内中的和与及来看好注配于而但则其为是在从对较即股均各近同本上了名、，,：:；;（(）)|"
)
_CLS = {"SW": "申万", "CS": "中信"}
_TAG = r"行业指数|行业|子板块|板块|指数|\((?:申万|中信)\)"
_ROMAN = r"\s?(?:Ⅱ|Ⅲ|III|II)"
_GENERIC_STOP = lazy_compile(r"[\d各个级行业板块中的在与和及排名第位涨跌幅年月日周上下本当同期其该]")


@dataclass(frozen=True, slots=True)
class Entity:
    start: int
    end: int
    cls: str
    name: str
    level: str = "l1"  # "l1", "l2", "benchmark", "market" or "generic"

    @property
    def is_benchmark(self) -> bool:
        return self.level in ("benchmark", "market")

    @property
    def is_industry(self) -> bool:
        return self.level in ("l1", "l2", "generic")

    @property
    def key(self) -> tuple[str, str]:
        return (self.cls, self.name)

    @property
    def label(self) -> str:
        return f"{self.cls}{self.name}" + ("(二级)" if self.level == "l2" else "")


def _alternation(names: list[str]) -> str:
    """A regex matching any of ``names``, longest first, as a prefix tree (much faster than a flat list)."""
    trie: dict[str, dict] = {}
    for name in set(names):
        node = trie
        for ch in name:
            node = node.setdefault(ch, {})
        node[""] = {}
    return _trie_pattern(trie)


def _trie_pattern(node: dict[str, dict]) -> str:
    branches = [re.escape(ch) + _trie_pattern(child) for ch, child in sorted(node.items()) if ch]
    if not branches:
        return ""
    body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
    return f"(?:{body})?" if "" in node else body


@cache
def _pattern() -> re.Pattern[str]:
    names = _alternation(list(aliases().names))
    market = _alternation(list(aliases().market))
    # The characters a mention can start with, looked ahead for first: the scan passes over any other
    # character at once instead of trying every branch there (three times faster, the same matches).
    starts = re.escape(
        "".join(sorted({w[0] for w in (*aliases().names, *aliases().market)} | set("申中SC一二三行")))
    )
    return re.compile(
        rf"(?=[\s{starts}])(?:"
        rf"(?P<cls>申万|中信|SW|CS)?\s?(?:一级|二级|三级)?(?:行业)?(?P<name>{names})(?P<roman>{_ROMAN})?"
        rf"(?:\((?P<cls2>申万|中信)\))?(?P<tag>{_TAG})?(?:(?<=[块业数])\((?P<cls3>申万|中信)\))?"
        rf"|(?P<market>{market})(?:指数)?)"
    )


_GENERIC_BOUNDARY = lazy_compile(r"[，,、和与及。；;：:(（ \n|｜]")
_GENERIC = lazy_compile(r"(?P<name>[\u4e00-\u9fffA-Za-z]{2,6}?)(?:行业指数|指数|板块)")
# A short benchmark name running on into another index's name (上证电子指数, 中小板综指数, 沪深300非银指数);
# not across 但 or 于 (强于上证指数但弱于创业板指 names two benchmarks).
_LONGER_INDEX = lazy_compile(
    r"[A-Za-z]|\d+\s*(?:指数|指|ETF)|(?:(?![和与及、跑涨跌上下收报较相但于])[\u4e00-\u9fff]){1,6}?(?:指数|指(?![标出]))"
)


def _bare_ok(text: str, start: int) -> bool:
    return start == 0 or not ("\u4e00" <= text[start - 1] <= "\u9fff") or text[start - 1] in _BEFORE_BARE


# A themed or foreign index (中证军工, 国证芯片, 恒生医疗保健, 费城半导体) is its own subject: nothing inside
# its name is an SW industry. Known benchmarks (中证500, 上证综指, 恒生科技) keep their table entry.
_THEMED = lazy_compile(  # not 其中证券板块 (其中 + 证券板块); 中证全指证券公司指数 keeps its 全指
    r"(?:中证(?<!其中证)|国证|中华(?<!其中华)|恒生|标普|纳斯达克|纳指|费城|道琼斯|日经|MSCI|富时|上证|深证|Wind|WIND|wind|万得|同花顺|通达信|巨潮)"
    r"(?:全指(?!数))?(?:(?![涨跌升降收报较相和与及指周月年上下的为是在、，,。；;：:()\s])[\u4e00-\u9fffA-Za-z0-9]){1,8}?"
    r"(?:指数|指(?![标出])|(?=上涨|下跌|涨|跌|收|[，,。；;、(]))"
)


# An index of another market (港股教育指数, 美股半导体板块) is not the A-share industry of that name.
_MARKET_NAMED = lazy_compile("港股|美股|H股|台股|中概")
_FOREIGN_MARKET = lazy_compile(
    r"(?:港股通?|美股|H股|台股|中概股?)(?:(?![跑涨跌升降收较相和与及指的为是在、，,。；;：:()\s])[\u4e00-\u9fffA-Za-z]){2,6}?"
    r"(?:指数|板块)"
)


@cache
def _foreign_benchmarks() -> tuple[str, ...]:
    """Benchmarks' written names that end in 指数 (加权股价指数): a 台股…指数 span ending in one is that index."""
    return tuple(w for w, n in aliases().names.items() if n.level == "benchmark" and w.endswith("指数"))


def _themed(sentence: str) -> list[Entity]:
    out = []
    names = aliases().names
    foreign = _FOREIGN_MARKET.finditer(sentence) if _MARKET_NAMED.search(sentence) else ()
    for m in [*_THEMED.finditer(sentence), *foreign]:
        span = m.group(0)
        if span in names or span.removesuffix("指数") in names or span.removesuffix("指") in names:
            continue
        if any(
            span.endswith(b) for b in _foreign_benchmarks()
        ):  # 台股上周加权股价指数: that market's benchmark
            continue
        start = _fund_manager_start(sentence, m.start(), span)
        out.append(
            Entity(start, m.end(), "", sentence[start : m.start()] + span.removesuffix("指数"), "generic")
        )
    return out


_FUND = lazy_compile(r"(?:ETF|LOF|基金)(?:联接)?$")


def _fund_manager_start(sentence: str, start: int, span: str) -> int:
    """富国中证旅游主题ETF and 华夏中证旅游主题ETF are two funds: a fund's name starts at its manager."""
    if _FUND.search(span) is None:
        return start
    head = _unknown_head(sentence[:start])
    return start if _HEAD_LEAD.fullmatch(sentence, head, start) else head


def find_entities(sentence: str) -> list[Entity]:
    """Index mentions in ``sentence``, left to right, non-overlapping."""
    themed = _themed(sentence)
    found: list[Entity] = []
    # another index's name (上证电子指数, 中证军工指数, 汽车与零部件): nothing inside is an entity
    blocked: list[tuple[int, int]] = [(e.start, e.end) for e in themed]
    for m in _pattern().finditer(sentence):
        if any(a <= m.start() < b for a, b in blocked):
            continue
        if m.group("market"):
            found.append(Entity(m.start(), m.end(), "", "大盘", "market"))
            continue
        head = _compound_head(sentence, m)
        if head is not None:  # 汽车与零部件指数, 重卡及零部件板块: one name the table does not know
            found = [e for e in found if e.end <= head]
            blocked.append((head, m.end()))
            compound = sentence[head : m.end("name")]
            found.append(Entity(head, m.end(), "", compound, "generic"))
            continue
        entity, block = _named(sentence, m)
        if block:
            blocked.append((m.start(), block))
        if entity is not None:
            found.append(entity)
    found = _expand_lists(sentence, found) + themed
    if "申万" in sentence or "中信" in sentence:
        found += _truncated(sentence, found + [Entity(a, b, "", "", "generic") for a, b in blocked])
    return _without_bracketed_aliases(
        sentence, sorted(found + _generic(sentence, found, blocked), key=lambda e: e.start)
    )


# 中证软件服务指数(中证软件，930601): an index's short name and code in the bracket right after its full name
_CODE_BRACKET = lazy_compile(r"[^()]{0,16}?(?<!\d)\d{6}(?:\.[A-Za-z]{2})?\)")


def _without_bracketed_aliases(sentence: str, found: list[Entity]) -> list[Entity]:
    """Drop a name inside a bracket that opens right after another index's name and holds a six-digit code or
    opens with 简称: it is that index's short name, not a second index (the figure after the bracket is the
    full name's)."""
    if "(" not in sentence or len(found) < 2:
        return found
    ends = {e.end for e in found}
    return [
        e
        for e in found
        if not (
            e.start > 0
            and sentence[e.start - 1] == "("
            and e.start - 1 in ends
            and _CODE_BRACKET.match(sentence, e.start) is not None
        )
        and not _short_name(sentence, e, ends)
    ]


# 中证新能源汽车电池指数(简称“电池指数”): the short name a text introduces for the index named before it
_SHORT_OPEN = lazy_compile(r"\((?:以下)?简称\s*[“\"「『]?$")


def _short_name(sentence: str, e: Entity, ends: set[int]) -> bool:
    """A name inside a 简称 bracket that opens right after another index's name: that index's short name."""
    if "简称" not in sentence:
        return False
    m = _SHORT_OPEN.search(sentence, max(0, e.start - 8), e.start)
    if m is not None:
        return m.start() in ends
    # (简称电池指数) unquoted: the name read from the bracket's start takes 简称 in
    return (
        e.start - 1 in ends
        and sentence[e.start - 1] == "("
        and sentence.startswith(("简称", "以下简称"), e.start)
    )


_COMPOUND_JOIN = "与及"
_TAG_END = lazy_compile(rf"(?:{_TAG}|{_ROMAN})$")


_HEAD_STOP = "，,、；;：:。()的了是为在和与及从对较除"
_HEAD_LEAD = lazy_compile(r"^(?:上周|本周|当周|本月|上月|当月|年初至今|今年以来|其中|同期|而|但|则|其|即)+")


def _unknown_head(before: str) -> int:
    """Where an unknown first half of a compound name starts: up to six CJK characters back, after a
    boundary, without a leading period word (上周重卡 -> 重卡)."""
    start = len(before)
    while start > 0 and len(before) - start < 6 and "\u4e00" <= before[start - 1] <= "\u9fff":
        if before[start - 1] in _HEAD_STOP:
            break
        start -= 1
    lead = _HEAD_LEAD.match(before, start)
    return lead.end() if lead and lead.end() < len(before) else start


def _compound_head(text: str, m: re.Match[str]) -> int | None:
    """Where the compound name ending in ``m`` starts (汽车与零部件, 乘用车及零部件), or None.

    ``X与Y``/``X及Y`` is one name when X is not a tagged name of its own (钢铁板块与有色板块 is a list)
    and X is either unknown (重卡及零部件) or of Y's own family (汽车与零部件, 证券及保险); two
    industries of different families (钢铁与有色金属板块) are a list.
    """
    start = m.start()
    if m.group("cls") or start < 2 or text[start - 1] not in _COMPOUND_JOIN:
        return None
    before = text[: start - 1]
    if not ("\u4e00" <= before[-1] <= "\u9fff") or _TAG_END.search(before) or before[-1] in "的了是为在":
        return None
    name = aliases().names.get(m.group("name"))
    if name is None or name.level == "benchmark":
        return None
    written = _name_ending(before)
    if written is None:
        return _unknown_head(before)
    head = aliases().names[written]
    if head.level == "benchmark" or head.parent != name.parent:
        return None
    return start - 1 - len(written)


_CLAUSE_OPEN = lazy_compile(r"(?:^|[，,。；;：:\n]|其中|同期)\s*(?:但是|但|而|不过)?$")
_DIRECTION_NEXT = lazy_compile(
    r"(?:板块|行业)?(?:也|则|均|仍|亦|同样|明显|大幅)*(?:跑赢|跑输|强于|弱于|优于|劣于|好于|差于|落后于?|领先于?)"
    # or its own move with a percent: 电子上涨3.2%, 银行下跌1.10%, 钢铁涨0.5%
    r"|(?:本周|上周|当周|本月|全周)?(?:也|则|均|仍|亦|同样|小幅|大幅)*(?:上涨|下跌|收涨|收跌|涨|跌)了?"
    r"\s?[-+−]?\d+(?:\.\d+)?\s?%"
)


def _opens_a_comparison(text: str, m: re.Match[str], level: str) -> bool:
    """电子跑赢沪深300, 但医药也跑输上证指数 or 银行下跌1.10% opening a clause: a short level-1 name is the
    index there (消费电子 is not)."""
    return (
        level == "l1"
        and _CLAUSE_OPEN.search(text, 0, m.start()) is not None
        and _DIRECTION_NEXT.match(text, m.end()) is not None
    )


_LATIN_OR_DIGIT = lazy_compile(r"[A-Za-z0-9]")
# Listed CITIC Group companies whose names are 中信 + an index name.
_CITIC_COMPANIES = frozenset({"银行", "证券", "出版", "特钢", "金属"})


def _named(text: str, m: re.Match[str]) -> tuple[Entity | None, int]:
    """The entity ``m`` stands for, or None; and the position up to which nothing else may start."""
    written = m.group("name")
    name = aliases().names[written]
    prefix = _CLS.get(m.group("cls") or "", m.group("cls") or "")
    cls = prefix or m.group("cls2") or m.group("cls3") or ""  # 环保板块(中信)
    tag = m.group("tag") or m.group("roman") or m.group("cls2")
    tag = tag or ("行业" if written.endswith(("行业", "板块", "指数")) else None)  # an alias 计算机行业
    if name.level == "benchmark":
        if not m.group("tag"):
            longer = _LONGER_INDEX.match(text, m.end())
            if longer:
                return None, longer.end()
        return Entity(m.start(), m.end(), "", name.canonical, "benchmark"), 0
    # 中信银行, 中信证券 untagged are CITIC Group companies, not CITIC indices (中信银行指数 is one)
    if m.group("cls") == "中信" and not tag and written in _CITIC_COMPANIES:
        return None, m.end()
    if not prefix and not _bare_ok(text, m.start()):
        return None, 0
    short = len(written) < 3 or name.level == "l2"
    if not prefix and not tag and short and not _opens_a_comparison(text, m, name.level):
        return None, 0
    if not tag and _LATIN_OR_DIGIT.match(text, m.end()):
        return None, m.end()
    return Entity(m.start(), m.end(), cls, name.canonical, name.level), 0


_LIST_JOIN = lazy_compile(r"(?:、|和|与|及)$")  # searched from two characters back: a join, maybe a newline


def _expand_lists(text: str, found: list[Entity]) -> list[Entity]:
    """证券、保险和多元金融板块: the names before a tagged one in a 、/和 list are entities too."""
    names = aliases().names
    out = list(found)
    for entity in found:
        if entity.level not in ("l1", "l2"):
            continue
        pos = entity.start
        while pos > 0 and _LIST_JOIN.search(text, max(0, pos - 2), pos):
            written = _name_ending(text[: pos - 1])
            if written is None or names[written].level == "benchmark":
                break
            start = pos - 1 - len(written)
            if any(e.start < pos - 1 and start < e.end for e in out) or not _bare_ok(text, start):
                break
            name = names[written]
            out.append(Entity(start, pos - 1, entity.cls, name.canonical, name.level))
            pos = start
    return out + _list_tail(text, found, out)


_TAIL_END = lazy_compile(r"板块|行业|指数|分别|涨幅|跌幅|涨跌幅|上涨|下跌|[，,、。；;(（和与及]|$")


def _list_tail(text: str, found: list[Entity], taken: list[Entity]) -> list[Entity]:
    """公用事业及环保涨幅处于…: a known name right after an industry and a list join, of the same level,
    ending the list (a tag, a list join, a figure's word or a stop next), is an entity too."""
    names = aliases().names
    out: list[Entity] = []
    for entity in found:
        join = text[entity.end : entity.end + 1]
        if entity.level not in ("l1", "l2") or not join or join not in "、和与及":
            continue
        written = _name_starting(text[entity.end + 1 :])
        if written is None or names[written].level != entity.level:
            continue
        start, end = entity.end + 1, entity.end + 1 + len(written)
        if _TAIL_END.match(text, end) is None or any(e.start < end and start < e.end for e in taken + out):
            continue
        name = names[written]
        out.append(Entity(start, end, entity.cls, name.canonical, name.level))
    return out


_TRUNCATED = lazy_compile(r"(?P<cls>申万|中信)(?P<head>[\u4e00-\u9fff]{2,3}?)(?=指数|板块|行业)")


def _truncated(text: str, taken: list[Entity]) -> list[Entity]:
    """申万社会指数: a 申万/中信 name cut short before its 指数/板块/行业 tag is the one industry whose name
    (or alias) it begins, when it begins only one (申万食品 begins 食品饮料 and 食品加工: not read)."""
    out: list[Entity] = []
    for m in _TRUNCATED.finditer(text):
        if any(e.start < m.end() and m.start() < e.end for e in taken):
            continue
        meant = _completions(m.group("head"))
        if len(meant) == 1:
            name, level = next(iter(meant))
            out.append(Entity(m.start(), m.end(), m.group("cls"), name, level))
    return out


@cache
def _completions(head: str) -> frozenset[tuple[str, str]]:
    """The industries (canonical name, level) with a written name that begins with ``head`` and is longer."""
    return frozenset(
        (name.canonical, name.level)
        for written, name in aliases().names.items()
        if name.level != "benchmark" and written.startswith(head) and len(written) > len(head)
    )


@cache
def _lengths() -> tuple[int, ...]:
    """The lengths of the written names, longest first."""
    return tuple(sorted({len(w) for w in aliases().names}, reverse=True))


def _name_ending(text: str) -> str | None:
    """The longest written name ``text`` ends with (one lookup per name length, not one per name)."""
    names = aliases().names
    return next((text[-n:] for n in _lengths() if n <= len(text) and text[-n:] in names), None)


def _name_starting(text: str) -> str | None:
    """The longest written name ``text`` starts with."""
    names = aliases().names
    return next((text[:n] for n in _lengths() if n <= len(text) and text[:n] in names), None)


def _generic(text: str, found: list[Entity], blocked: list[tuple[int, int]]) -> list[Entity]:
    """Indices the table does not know (新能源汽车指数, 智能车指数), after a clause or list boundary."""
    if "指数" not in text and "板块" not in text:
        return []
    taken = [(e.start, e.end) for e in found] + blocked
    out: list[Entity] = []
    starts = [0] + [m.end() for m in _GENERIC_BOUNDARY.finditer(text)]
    for start in starts:
        m = _GENERIC.match(text, start)
        if m is None or _GENERIC_STOP.search(m.group("name")):
            continue
        if any(a < m.end() and start < b for a, b in taken + [(e.start, e.end) for e in out]):
            continue
        out.append(Entity(start, m.end(), "", m.group("name"), "generic"))
    return out


_EXPLICIT_UNIVERSE = lazy_compile(
    r"(?=[申中SCA全所\d])(?:(申万|中信|SW|CS|A股)?(?:全部|所有)?(\d+)个(申万|中信|SW|CS)?\s?(一级|二级)?(?:子)?(?:行业|板块))"
)
_IMPLIED_UNIVERSE = lazy_compile(r"(申万|中信|SW|CS)\s?(?:各|所有|全部)?(一级|二级)")


def universe_near(text: str) -> tuple[int | None, str]:
    """The size of the ranking universe a text states (``申万31个一级行业``) or implies (申万一级), nearest its end."""
    explicit = list(_EXPLICIT_UNIVERSE.finditer(text))
    implied = list(_IMPLIED_UNIVERSE.finditer(text))
    # 28个申万一级行业: the 申万一级 inside the explicit phrase does not override its 28
    if explicit and (not implied or explicit[-1].end() >= implied[-1].end()):
        m = explicit[-1]
        cls = m.group(1) if m.group(1) in ("申万", "中信", "SW", "CS") else (m.group(3) or "")
        cls = _CLS.get(cls, cls)  # 31个SW一级行业 is 申万's
        return int(m.group(2)), f"{cls}{m.group(4) or ''}"
    if implied:
        m = implied[-1]
        cls = _CLS.get(m.group(1), m.group(1))
        return UNIVERSE.get((cls, m.group(2))), cls + m.group(2)
    return None, ""
