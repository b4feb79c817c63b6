"""An index's move in points, its percentage and its level, stated in one run of clauses, must agree.

``上证指数下跌25.31点，跌幅0.83%，收于3050.12点``, ``收报X点，涨Y点或Z%``, ``较上周上涨Y点(+Z%)``,
``波罗的海干散货运价指数上周五下跌77点，当日跌4.1%，至1698点`` and the wire template ``恒生指数报17120，升38点
或升0.2%`` all state a move, its percentage and the level after it (收于/收报/报/至, a level without 点 when its
clause ends there) or before it (``较上周五的3088.37点上涨…``): the percentage is the move over the level
before it, 77 / (1698 + 77) = 4.34 %, not 4.1 %. points.py reads a dozen fixed orders of these; this rule
reads the three in any order, with whatever connects them, as long as they form one run:

- the run starts at a clause holding one of them (its subject and date come before) and goes on while the
  next clause (or what stands between two of them in one clause) is nothing but filler of the same
  statement: a day or week word (当日, 全周), 累计, 较上周, 或 …; another subject (``深成指涨50点``), another
  measure (``成交额增长20%``, ``同比上涨35%``) or a clause without any of them ends it;
- a run whose day and week words disagree is two statements (``下跌77点，当日跌4.1%，至1698点；当周大涨26.8%``);
- a run that states any of the three twice, or whose move and percentage name opposite directions, is not
  read (points.py reports ``上涨163点，跌幅0.83%``);
- a run that names an extreme of the day (一度, 最高 …) is not read, nor one that names a moment before the
  close (早盘, 开盘 …) when its level is a close (收报 …); hedged figures (约, 逾, 近, 左右, 关口) are not read.

The percentage is computed over every corner of the printed figures' rounding, a whole number being rounded
or truncated (points.py's levels; whole points are exact for Baltic indices), and must print from one of
them, rounded or truncated. Runs that points.py reads are left to it.
"""

from __future__ import annotations

from dataclasses import dataclass

from sectorbrief.check.claims import Claims, Number, Sentence, parse_number
from sectorbrief.check.lazy_regex import lazy_compile
from sectorbrief.check.report import Finding
from sectorbrief.check.rules.common import corners, finding, fmt, printed_from
from sectorbrief.check.rules.points import EXTREME, level_bounds, points_returns, whole_points

_N = r"\d[\d,]*(?:\.\d+)?"
_VERB = (
    r"上涨|下跌|上升|下降|大涨|大跌|急涨|急跌|急升|劲升|劲跌|上扬|下挫|回落|回升|反弹|攀升|下滑|滑落|"
    r"重挫|暴涨|暴跌|飙升|走高|走低|涨|跌|(?<![提拉晋跃高])升|(?<![下])降"
)
_FALLS = frozenset(
    (
        "下跌",
        "下降",
        "大跌",
        "急跌",
        "劲跌",
        "下挫",
        "回落",
        "下滑",
        "滑落",
        "重挫",
        "暴跌",
        "走低",
        "跌",
        "降",
    )
)
_FALL_KINDS = frozenset({"跌幅", "降幅"})
# a figure that is not a plain level or move: 3000点关口, 300点左右, 1.5%以上
_NOT_PLAIN = r"(?!位|数|左右|以上|以下|上下|附近|关|大关|整数|多|余|\d)"
_ITEM = lazy_compile(
    r"(?=[上下大急劲回反攀滑重暴飙走涨跌升降收报至到以较相对与和或(])(?:"
    rf"(?<![涨跌升降])(?P<kind>涨幅|跌幅|升幅|降幅)(?:为|达到|达|是)?(?P<khedge>约为?|近)?\s*(?P<kpct>{_N})%{_NOT_PLAIN}"
    rf"|(?P<verb>{_VERB})了?\s*(?P<vnum>{_N})\s*(?:(?P<vpt>点)|(?P<vpc>%)){_NOT_PLAIN}"
    rf"|或(?P<overb>{_VERB})?\s*(?P<opct>{_N})%{_NOT_PLAIN}"
    rf"|\(\s*(?P<sign>[+\-−])?(?P<bpct>{_N})%\)"
    rf"|(?:收于|收报|报收于?|收盘报|收盘于|收盘为|收盘在|收市报|收在|报|收|(?<!截)至|到)\s*(?P<after>{_N})"
    rf"(?:\s*点{_NOT_PLAIN}|(?=[，；。]|[,;](?!\d)|$))"
    rf"|以(?P<after2>{_N})\s*点收(?:盘|市)"
    rf"|(?:较|相较于?|相比于?|对比)(?:[^，。；\d涨跌升降增减]|\d{{1,4}}[年月日]){{0,12}}?的\s*(?P<before>{_N})\s*点"
    rf"{_NOT_PLAIN}"
    rf"|(?:与|和)(?:[^，。；\d涨跌升降增减]|\d{{1,4}}[年月日]){{0,12}}?的\s*(?P<before2>{_N})\s*点(?:相比|相较|比较)"
    r")"
)
# the base of a comparison (较上周): not the period of the statement
_BASE = r"较(?:前|上)一?个?(?:交易日|日|周五|周末|周|星期)|较昨日|较昨天|较上日|较前收|与(?:前|上)一?个?(?:交易日|日|周)相比"
_BASE_RE = lazy_compile(_BASE)
# what may stand between two figures of one statement (besides nothing)
_FILLER = lazy_compile(
    r"(?:当日|当天|全日|全天|日内|单日|本周|当周|全周|全星期|本星期|周|累计|共|合共|再|又|亦|则|仍|即|并|而|且|"
    rf"最终|终|{_BASE}|相比|了|\s)*"
)
_DAY = lazy_compile(r"当日|当天|全日|全天|日内|单日|今日|昨日|周[一二三四五六日]|星期[一二三四五六日]|\d日")
_WEEK = lazy_compile(r"周(?![一二三四五六日末])|星期(?![一二三四五六日])")
# a moment of the day before its close: its figures agree with each other, not with a close stated after them
_MOMENT = lazy_compile(r"盘中|早盘|午盘|午间|午市|早市|半日|开盘|开市|高开|低开|盘初")
_LONGER = lazy_compile(r"月内|本月|当月|全月|上月|年内|今年|全年|年初|年度|以来|至今|季")
_A_MOVE = lazy_compile(r"\d\s*点")  # every statement has a move in points (个百分点 is none)
_MARK = lazy_compile(r"[，；：]|[,;:](?!\d)")  # not the comma of 26,222.40


@dataclass(frozen=True)
class _Item:
    kind: str  # move, pct, after, before
    start: int
    end: int
    text: str  # the figure as printed
    falls: bool | None  # the direction it names, if any
    hedged: bool = False


@dataclass(frozen=True)
class IndexMove:
    """A move in points, its percentage and one level, as one statement of a sentence."""

    sentence: Sentence
    start: int
    end: int
    move: _Item
    pct: _Item
    level: _Item

    @property
    def falls(self) -> bool:
        return bool(self.move.falls)

    def bounds(self) -> tuple[float, float]:
        """The least and greatest magnitude of the percentage the printed move and level allow."""
        exact = whole_points(self.sentence.text, self.end)
        figures = (level_bounds(self.level.text, exact), level_bounds(self.move.text, exact))
        after, falls = self.level.kind == "after", self.falls

        def percent(values: tuple[float, ...]) -> float:
            level, move = values
            start = (level + move if falls else level - move) if after else level
            return move / start * 100.0

        return corners(percent, figures)


def _items(text: str, start: int, end: int) -> list[_Item]:
    out = []
    for m in _ITEM.finditer(text, start, end):
        g = m.groupdict()
        at = (m.start(), m.end())
        if g["kind"]:
            out.append(_Item("pct", *at, g["kpct"], g["kind"] in _FALL_KINDS, bool(g["khedge"])))
        elif g["verb"]:
            out.append(_Item("move" if g["vpt"] else "pct", *at, g["vnum"], g["verb"] in _FALLS))
        elif g["opct"]:
            out.append(_Item("pct", *at, g["opct"], g["overb"] in _FALLS if g["overb"] else None))
        elif g["bpct"]:
            out.append(_Item("pct", *at, g["bpct"], g["sign"] in ("-", "−") if g["sign"] else None))
        else:
            level = g["after"] or g["after2"]
            out.append(
                _Item("after", *at, level, None)
                if level
                else _Item("before", *at, g["before"] or g["before2"], None)
            )
    return out


def _period(prefix: str) -> str | None:
    """The period a clause's words name: day, week or longer (None when they name none)."""
    prefix = _BASE_RE.sub("", prefix)
    if _LONGER.search(prefix):
        return "longer"
    if _WEEK.search(prefix):
        return "week"
    if _DAY.search(prefix):
        return "day"
    return None


@dataclass
class _Run:
    items: list[_Item]
    period: str | None = None  # the day or week (or longer) its words name
    extreme: bool = False  # names an extreme of the day (一度, 最高): never read
    moment: bool = False  # names a moment before the close (早盘, 开盘): read unless its level is a close


def _goes_on(run: _Run, said: str | None) -> bool:
    """Whether a clause that names the period ``said`` goes on ``run``: a clause that names none does, and
    one that names the run's; a run that named none takes 当日 (a day's move is a market review's default)
    and, while it holds only a level (a moment, the end of any period), any period (``收于3050点，周跌25点``);
    not 周涨 after a move (``跌50点，周涨8.5%``: the day and the week)."""
    if said is None or said == run.period:
        return True
    if run.period is not None:
        return False
    return said == "day" or all(i.kind in ("after", "before") for i in run.items)


def _runs(sentence: Sentence) -> list[_Run]:
    """The runs of figures that form one statement each (see the module's docstring)."""
    text = sentence.text
    runs: list[_Run] = []
    run = _Run([])
    for part_start, part_end in _parts(text):
        last_end = None  # the end of the last figure read in this clause
        for item in _items(text, part_start, part_end):
            prefix = text[part_start if last_end is None else last_end : item.start]
            said = _period(prefix)
            if run.items and _FILLER.fullmatch(prefix) and _goes_on(run, said):
                run.period = run.period or said
            else:
                runs.append(run)
                lead = text[part_start : item.start]
                run = _Run([], _period(lead), bool(EXTREME.search(lead)), bool(_MOMENT.search(lead)))
            run.items.append(item)
            last_end = item.end
        if last_end is None or text[last_end:part_end].strip(" 。"):
            runs.append(run)  # a clause without figures, or with words after its last one, ends the run
            run = _Run([])
    runs.append(run)
    return [r for r in runs if r.items and not r.extreme]


def _parts(text: str) -> list[tuple[int, int]]:
    """The clauses of a sentence as (start, end); a hard mark (；：) also ends the run before it, like a
    clause without figures."""
    out = []
    start = 0
    for m in _MARK.finditer(text):
        out.append((start, m.start()))
        if m.group() in "；;：:":
            out.append((m.start(), m.start()))
        start = m.end()
    out.append((start, len(text)))
    return out


def index_moves(sentence: Sentence) -> list[IndexMove]:
    """The statements of a sentence that hold exactly one move in points, one percentage and one level."""
    text = sentence.text
    if "%" not in text or _A_MOVE.search(text) is None:
        return []
    out = []
    for found in _runs(sentence):
        run = found.items
        kinds = [i.kind for i in run]
        levels = [i for i in run if i.kind in ("after", "before")]
        if kinds.count("move") != 1 or kinds.count("pct") != 1 or len(levels) != 1:
            continue
        move = next(i for i in run if i.kind == "move")
        pct = next(i for i in run if i.kind == "pct")
        if pct.hedged or (pct.falls is not None and pct.falls != move.falls):
            continue
        if found.moment and "收" in text[levels[0].start : levels[0].end]:
            continue  # 早盘跌50点，跌幅2%，收报2450点: the morning's move and the close
        out.append(IndexMove(sentence, run[0].start, run[-1].end, move, pct, levels[0]))
    return out


def check_index_moves(claims: Claims) -> list[Finding]:
    out: list[Finding] = []
    for sentence in claims.sentences:
        moves = index_moves(sentence)
        if not moves:
            continue
        read = [(p.start, p.end) for p in points_returns(sentence)]
        for move in moves:
            if any(start < move.end and move.start < end for start, end in read):
                continue
            found = _check(move)
            if found is not None:
                out.append(found)
    return out


def _check(m: IndexMove) -> Finding | None:
    low, high = m.bounds()
    if low != low or high != high or low <= 0:
        return None
    stated: Number = parse_number(m.pct.text)
    if printed_from(stated, low, high):
        return None
    text = m.sentence.text
    move, level = float(m.move.text.replace(",", "")), float(m.level.text.replace(",", ""))
    went = "fell" if m.falls else "rose"
    if m.level.kind == "after":
        start = level + move if m.falls else level - move
        base = f"({m.level.text} {'+' if m.falls else '−'} {m.move.text})"
        path = f"{went} {m.move.text} points to {m.level.text}, so it stood at {fmt(start)} before"
    else:
        start, base = level, m.level.text
        path = f"{went} {m.move.text} points from {m.level.text}"
    computed = move / start * 100.0
    places = stated.decimals
    return finding(
        "error",
        "arithmetic",
        f"「{text[m.pct.start : m.pct.end]}」 does not fit 「{text[m.move.start : m.move.end]}」 and "
        f"「{text[m.level.start : m.level.end]}」: the index {path}, and {m.move.text} / {base} = "
        f"{fmt(computed)}%; consistent would be {computed:.{places}f}%",
        m.sentence,
        m.start,
        m.end,
    )
