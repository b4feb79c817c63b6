"""A move read from its parts: a level, the change that reached it, the change as a percentage, the level before.

Market reviews state a move in any order and split over clauses: ``恒指新造28596，跌304点或1.05%``,
``小跌38.29点，或0.13%，收市报于29,888.78点``, ``续跌161美元至1154美元，跌幅12.24%``, ``来到2370美元，续弹181美元，
弹幅多达8.27%``, ``收盘为30,454.02点，较上周的30,758.03点下跌304.01点``, ``开市报4.79元，较发行价4.53元，升5.74%``.
Each clause's figures are read by role, not by sentence shape:

- a level ``L`` (after 报, 收于, 收在, 至, 来到, 新造, 见 …; in 点, 元, 美元 … or, for points, bare);
- a change ``D`` (after a direction verb: 升, 跌, 挫, 续弹, 低开 …, with its unit);
- a percentage ``p`` (after 涨幅, 跌幅, 弹幅, 或, or a direction verb);
- a level before ``B`` (after 较/比/与 and a few words: ``较上周的30,758.03点``).

Consecutive clauses form one move until a role would be filled twice, a new index is named, or a close
(收报 …) would join an intraday extreme (一度, 最多 …). A move whose parts determine each other is checked
over every corner of the printed rounding (whole-point levels may also be truncated): ``L``, ``D``, ``p``
gives p = D / (L ∓ D); ``L``, ``B``, ``D`` gives D = |L − B|; ``L``, ``B``, ``p`` gives p = (L − B) / B.
Moves of one index in one sentence measured from the same unnamed base (the previous close: ``高见22414点``
after ``一度升695点``, then ``收市报22229点，升510点``) must imply the same base; an index named again by its short name (恒指 after 恒生指数) is the same
subject, and moves in points stated before a sentence names its one index are that index's. A lot's paper
gain (``收报30.7元，较招股价16.5元…，一手1000股帐面赚1.42万元``) is (L − B) × the lot. Figures after 逾, 近, 约 (a
change) or 超 are bounds and are not read. A general rule: it speaks only where no earlier rule has.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from sectorbrief.check.claims import Claims, Number, Sentence, parse_number
from sectorbrief.check.lazy_regex import lazy_compile
from sectorbrief.check.report import Finding
from sectorbrief.check.rules.common import corners, finding, fmt, printed, printed_from
from sectorbrief.check.rules.points import level_bounds

_N = r"\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?"
_UNIT = r"(?:点|亿港元|亿元|万亿元|美元|港元|元)(?![/\u4e00-\u9fff]*/)"
_RISE = (
    r"上涨|上升|上扬|攀升|大涨|大升|急升|急涨|反弹|回升|续弹|续升|续涨|微升|微涨|小涨|小升|高开|倒升|弹|升|涨"
)
_FALL = r"下跌|下降|下挫|下滑|滑落|回落|大跌|急挫|急跌|续跌|续挫|倒跌|微跌|小跌|低开|挫|跌|降"
_CHANGE = lazy_compile(
    rf"(?:(?P<rise>{_RISE})|(?P<fall>{_FALL}))了?(?P<bound>逾|超|近|约|不足)?(?P<n>{_N})(?P<u>{_UNIT})"
    r"(?![\d%])"
)
_PCT = lazy_compile(
    rf"(?:(?P<rise>{_RISE}|涨幅|升幅|弹幅|增幅)|(?P<fall>{_FALL}|跌幅|降幅)|或)"
    rf"(?:约为|约|为|达到|高达|多达|达)?(?P<bound>逾|超过|超|近|不足)?(?P<p>{_N})%"
)
_LEVEL = lazy_compile(
    r"(?P<w>报收于|报收|收报于?|收市报于?|收盘报|收盘为|收盘于|收于|收在|收至|收造|新造|新报|最新报|来到|"
    r"(?:见|至|到)(?:全日|盘中|日内)?(?:高位|低位|高点|低点)?|报|为)"
    rf"(?:每(?:桶|吨|盎司|箱))?(?P<L>{_N})(?P<u>{_UNIT})?(?![\d.%年月日个倍只家])"
)
_BASE = lazy_compile(
    rf"(?:较|比|与)(?P<w>[^，。；\d]{{0,10}}?)(?:\([^()]{{0,20}}\))?的?(?P<B>{_N})(?P<u>{_UNIT})(?![\d%])"
)
_VERBISH = lazy_compile(r"[涨跌升降挫弹增减]")
# a named base without its level: 比去年底(收市位)升985点 / 较上周下跌27.22点
_SINCE = lazy_compile(
    r"(?:较|比)(?P<k>[^，。；\d()]{1,8}?)(?:收市位|收盘价|收盘|收市|的)?(?=[涨跌升降挫弹上下大急续倒微小])"
)
# 一手1000股帐面赚1.42万元: a lot's paper gain (or loss) at the level against the base
_LOT = lazy_compile(
    rf"[一每]手(?P<shares>{_N})股(?:帐面|账面|纸上)?(?:(?P<gain>赚|获利|盈利|浮盈)|(?P<loss>蚀|亏损|亏|浮亏))了?"
    rf"(?P<bound>约|近|逾|超|不足)?(?P<g>{_N})(?P<s>万)?元(?![\d/])"
)
_CLOSE_WORD = ("收", "新造", "新报", "最新报")
_OPEN = ("高开", "低开")
_EXTREME = lazy_compile(r"一度|最多|最高|最低|高见|低见|曾|盘中|高位|低位|高点|低点")
_PERIOD = lazy_compile(r"周|全月|本月|当月|月内|年内|全年|今年|年初|累计|期间")
_SUBJECT = lazy_compile(
    r"[\u4e00-\u9fffA-Za-z0-9]{1,10}?(?:指数|股指|指)(?![出标导引定向])|"
    r"标普|台股|港股|美西|美东|欧洲|地中海"
)
_CLAUSE = lazy_compile(r"[，；。：;]|,(?!\d)")
# the pre-filter: a move has an amount (a level or a change) and a change or percentage after a verb
_AMOUNT_HINT = lazy_compile(r"\d(?:点|元|亿|美元|港元)")
_HINT = lazy_compile(r"[涨跌升降挫弹开][了逾超近约不足]{0,2}\d|[一每]手\d")


@dataclass
class _Figure:
    value: tuple[float, float]
    text: str
    unit: str
    start: int
    end: int
    sign: int = 0  # +1 a rise, -1 a fall, 0 unstated
    number: Number | None = None  # a percentage's printed figure
    close: bool = False  # a level after 收报, 收于, 新造 …
    opening: bool = False  # a change after 高开/低开
    lot: float = 0.0  # the shares in a lot, for a lot's paper gain (role G)


@dataclass
class _Move:
    roles: dict[str, _Figure] = field(default_factory=dict)
    subject: str | None = None
    extreme: bool = False
    opening: bool = False  # 高开/低开: the move to the open, read with the level of its own clause only
    close: bool = False
    period: bool = False
    since: str | None = None
    start: int = 0


def check_moves(claims: Claims) -> list[Finding]:
    out: list[Finding] = []
    for sentence in claims.sentences:
        text = sentence.text
        if _AMOUNT_HINT.search(text) is None or _HINT.search(text) is None:
            continue
        moves = _moves(text)
        for move in moves:
            found = _check(sentence, move)
            if found is not None:
                out.append(found)
        out += _same_base(sentence, moves)
    return out


def _roles(text: str, start: int, end: int) -> dict[str, _Figure]:
    """The figures of one clause by role; a role found twice, or a bound, leaves the clause unread."""
    roles: dict[str, _Figure] = {}
    taken: list[tuple[int, int]] = []

    def put(role: str, fig: _Figure) -> bool:
        if role in roles or any(a < fig.end and fig.start < b for a, b in taken):
            return False
        roles[role] = fig
        taken.append((fig.start, fig.end))
        return True

    for m in _BASE.finditer(text, start, end):
        if _VERBISH.search(m.group("w")) is None:
            put(
                "B",
                _Figure(
                    _level(m.group("B"), m.group("u")), m.group("B"), m.group("u"), m.start("B"), m.end()
                ),
            )
    for m in _CHANGE.finditer(text, start, end):
        if m.group("bound"):
            return {}
        sign = 1 if m.group("rise") else -1
        fig = _Figure(
            _level(m.group("n"), m.group("u")), m.group("n"), m.group("u"), m.start("n"), m.end(), sign
        )
        fig.opening = m.group("rise") in _OPEN or m.group("fall") in _OPEN
        if not put("D", fig):
            return {}
    for m in _PCT.finditer(text, start, end):
        if m.group("bound"):
            return {}
        after = max([e for _, e in taken if e <= m.start()], default=start)
        if text[after : m.start()].strip(" 、"):
            continue  # 同比上涨15% / 腾讯涨5%: a percentage of another period or another subject
        sign = 1 if m.group("rise") else -1 if m.group("fall") else 0
        number = parse_number(m.group("p"))
        fig = _Figure((number.value, 0.0), m.group("p") + "%", "%", m.start("p"), m.end(), sign, number)
        if not put("p", fig):
            return {}
    if "手" in text[start:end]:
        for m in _LOT.finditer(text, start, end):
            if m.group("bound"):
                return {}
            scale = 1e4 if m.group("s") else 1.0
            value, half = printed(m.group("g"))
            lot = _Figure((value * scale, half * scale), m.group(0), "元", m.start(), m.end())
            lot.sign, lot.lot = (1 if m.group("gain") else -1), float(m.group("shares").replace(",", ""))
            if not put("G", lot):
                return {}
    for m in _LEVEL.finditer(text, start, end):
        unit = m.group("u") or ""
        if not unit and len(m.group("L").split(".")[0].replace(",", "")) < 3:
            continue
        fig = _Figure(_level(m.group("L"), unit), m.group("L"), unit, m.start("L"), m.end())
        fig.close = m.group("w").startswith(_CLOSE_WORD)
        if not put("L", fig):
            return {}
    return roles


def _level(number: str, unit: str) -> tuple[float, float]:
    return level_bounds(number, False) if unit in ("点", "") else printed(number)


def _moves(text: str) -> list[_Move]:
    moves: list[_Move] = []
    current = _Move()
    subject: str | None = None
    start = 0
    for end in [m.start() for m in _CLAUSE.finditer(text)] + [len(text)]:
        roles = _roles(text, start, end)
        named = _SUBJECT.search(text, start, end)
        first = min((f.start for f in roles.values()), default=end)
        new_subject = named is not None and named.start() < first
        extreme = _EXTREME.search(text, start, end) is not None
        close = any(f.close for f in roles.values())
        if (
            current.opening
            or set(roles) & set(current.roles)
            or (new_subject and current.roles and not _same_index(subject, named.group(0) if named else None))
            or (current.extreme and close)
            or (extreme and current.close)
            or (not roles and current.roles)
        ):
            moves.append(current)
            current = _Move()
        if new_subject and named is not None and not _same_index(subject, named.group(0)):
            subject = named.group(0)
        if roles:
            if not current.roles:
                current.subject, current.start = subject, start
            current.roles.update(roles)
            current.extreme |= extreme and ("D" in roles or "L" in roles)
            current.close |= close
            current.opening = "D" in roles and roles["D"].opening
            current.period |= _PERIOD.search(text, start, first) is not None
            since = _SINCE.search(text, start, end) if "D" in roles else None
            current.since = since.group("k") if since is not None else current.since
        start = end + 1
    moves.append(current)
    return _shared_bases(_unnamed_index(text, [m for m in moves if len(m.roles) >= 2]))


def _unnamed_index(text: str, moves: list[_Move]) -> list[_Move]:
    """大市高开257点，…，一度升695点，高见22414点，…，恒指…收市报22229点: moves before the sentence names any index
    in points are those of the one index it names, when it names only one (恒生指数 and 恒指 are one)."""
    named: list[str] = []
    for m in _SUBJECT.finditer(text):
        if not any(_same_index(known, m.group(0)) for known in named):
            named.append(m.group(0))
    if len(named) == 1:
        for move in moves:
            if move.subject is None and _unit(move) == "点":  # a price in 元 is a stock's, not the index's
                move.subject = named[0]
    return moves


def _same_index(known: str | None, named: str | None) -> bool:
    """恒指 after 恒生指数 (or 国指 after 国企指数): a four-character index name and its usual two-character short
    form, first character and 指, name one index."""
    if known is None or named is None:
        return False
    if known == named:
        return True
    short, full = sorted((known, named), key=len)
    return len(short) == 2 and len(full) == 4 and full.endswith("指数") and short == full[0] + "指"


def _shared_bases(moves: list[_Move]) -> list[_Move]:
    """较发行价4.53元，升5.74%，最新报4.65元，升2.65%: a later level and percentage of the same subject share the
    level before of the move just before."""
    for before, after in zip(moves, moves[1:], strict=False):
        if "B" in before.roles and set(after.roles) == {"L", "p"} and after.subject == before.subject:
            after.roles["B"] = before.roles["B"]
    return moves


def _unit(move: _Move) -> str | None:
    """The one unit of the move's amounts (a bare level counts as points), None when they differ."""
    units = {("点" if not f.unit else f.unit) for r, f in move.roles.items() if r not in ("p", "G")}
    return next(iter(units)) if len(units) == 1 else None


def _check(sentence: Sentence, move: _Move) -> Finding | None:
    """The first relation the move's parts determine, as a finding when the printed figures break it."""
    r, unit = move.roles, _unit(move)
    if unit is None or "L" not in r:
        return None
    if "G" in r and "B" in r and unit == "元":
        message = _lot_gain(r["L"], r["B"], r["G"])
        if message is not None:
            return _say(sentence, move, message)
    if "D" in r and "B" not in r and "p" in r and not move.extreme and not move.opening:
        message = _percent_of_change(r["L"], r["D"], r["p"], unit)
    elif "B" in r and "D" in r:
        message = _change_between(r["L"], r["B"], r["D"], unit)
    elif "B" in r and "p" in r:
        message = _percent_between(r["L"], r["B"], r["p"], unit)
    else:
        return None
    return None if message is None else _say(sentence, move, message)


def _percent_of_change(level: _Figure, change: _Figure, pct: _Figure, unit: str) -> str | None:
    """收报L，跌D，跌幅p: p = D / (L + D) (a rise: D / (L - D))."""
    sign = change.sign
    if pct.number is None or pct.sign not in (0, sign) or level.value[0] - sign * change.value[0] <= 0:
        return None

    def percent(v: tuple[float, ...]) -> float:
        return v[1] / (v[0] - sign * v[1]) * 100.0

    low, high = corners(percent, (level.value, change.value))
    if printed_from(pct.number, low, high):
        return None
    before = level.value[0] - sign * change.value[0]
    middle = fmt(change.value[0] / before * 100.0)
    return (
        f"「{pct.text}」 but 「{level.text}{unit}」 after a {'rise' if sign > 0 else 'fall'} of 「{change.text}{unit}」 "
        f"is {middle}% of the level before ({before:.2f}); consistent would be {middle}%"
    )


def _change_between(level: _Figure, base: _Figure, change: _Figure, unit: str) -> str | None:
    """收盘为L，较上周的B下跌D: D = |L - B|, in the direction from B to L."""
    gap = level.value[0] - base.value[0]
    fits = abs(abs(gap) - change.value[0]) <= level.value[1] + base.value[1] + change.value[1] + 1e-9
    rises = gap > 0
    if gap == 0 or (fits and rises == (change.sign > 0)) or (not fits and rises != (change.sign > 0)):
        return None
    went = f"the level went from 「{base.text}{unit}」 to 「{level.text}{unit}」"
    if fits:  # the size fits, the direction does not
        return (
            f"「{change.text}{unit}」 is said to be a {'rise' if change.sign > 0 else 'fall'}, but {went}, a "
            f"{'rise' if rises else 'fall'}; consistent would be {'上涨' if rises else '下跌'}{change.text}{unit}"
        )
    return (
        f"「{change.text}{unit}」 but {went}, a {'rise' if rises else 'fall'} of {abs(gap):.2f}; consistent "
        f"would be {abs(gap):.2f}"
    )


def _percent_between(level: _Figure, base: _Figure, pct: _Figure, unit: str) -> str | None:
    """报L，较发行价B，升p: p = |L - B| / B."""
    gap = level.value[0] - base.value[0]
    if pct.number is None or base.value[0] <= 0 or (pct.sign and (gap > 0) != (pct.sign > 0)):
        return None
    low, high = corners(lambda v: abs(v[0] - v[1]) / v[1] * 100.0, (level.value, base.value))
    if printed_from(pct.number, low, high):
        return None
    middle = fmt(abs(gap) / base.value[0] * 100.0)
    return (
        f"「{pct.text}」 but 「{level.text}{unit}」 against the level before 「{base.text}{unit}」 is {middle}%; "
        f"consistent would be {middle}%"
    )


def _lot_gain(level: _Figure, base: _Figure, lot: _Figure) -> str | None:
    """收报L元，较招股价B元，一手N股帐面赚G元: G = (L - B) × N, a loss when L is below B."""
    gap = level.value[0] - base.value[0]
    if gap == 0 or (gap > 0) != (lot.sign > 0):
        return None
    low, high = corners(lambda v: abs(v[0] - v[1]) * lot.lot, (level.value, base.value))
    if low - lot.value[1] - 1e-9 <= lot.value[0] <= high + lot.value[1] + 1e-9:
        return None
    per_lot = abs(gap) * lot.lot
    consistent = f"{per_lot / 1e4:.2f}万元" if "万" in lot.text else f"{per_lot:.0f}元"
    return (
        f"「{lot.text}」 but 「{level.text}元」 against 「{base.text}元」 is {abs(gap):.4g}元 a share, "
        f"{per_lot:.0f}元 for {lot.lot:.0f} shares; consistent would be {consistent}"
    )


def _say(sentence: Sentence, move: _Move, message: str) -> Finding:
    """An error about ``move``, its snippet around all of the move's figures."""
    start = min(f.start for f in move.roles.values())
    end = max(f.end for f in move.roles.values())
    return finding("error", "arithmetic", message, sentence, start, end)


def _same_base(sentence: Sentence, moves: list[_Move]) -> list[Finding]:
    """Moves of one index from the unnamed base (the previous close) in one sentence must imply one base."""
    out: list[Finding] = []
    seen: dict[tuple[str | None, str | None], tuple[_Move, float, float]] = {}
    for move in moves:
        r = move.roles
        if "L" not in r or "D" not in r or "B" in r or _unit(move) is None:
            continue
        key = (move.since, move.subject)
        if move.subject is None or (move.since is None and move.period):
            continue
        level, change = r["L"], r["D"]
        base = level.value[0] - change.sign * change.value[0]
        half = level.value[1] + change.value[1]
        if key not in seen:
            seen[key] = (move, base, half)
            continue
        first, other, other_half = seen[key]
        intraday = move.since is not None or first.extreme or first.opening or move.extreme or move.opening
        if not intraday or abs(base - other) <= half + other_half + 1e-9:
            continue
        a, b = first.roles, r
        unit = _unit(move)
        out.append(
            _say(
                sentence,
                move,
                f"「{b['L'].text}{unit}」 after 「{'升' if change.sign > 0 else '跌'}{change.text}{unit}」 puts the "
                f"level before at {base:.2f}, but 「{a['L'].text}{unit}」 after "
                f"「{'升' if a['D'].sign > 0 else '跌'}{a['D'].text}{unit}」 earlier in the sentence puts it at "
                f"{other:.2f}; one of the four figures is wrong (consistent would be "
                f"{'升' if change.sign > 0 else '跌'}{abs(level.value[0] - other):.0f}{unit} here, or "
                f"{'升' if a['D'].sign > 0 else '跌'}{abs(a['L'].value[0] - base):.0f}{unit} earlier)",
            )
        )
    return out
