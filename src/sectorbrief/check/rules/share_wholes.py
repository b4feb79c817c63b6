"""Parts stated with their share of a whole must fit that whole, and one whole when they share it.

``半导体类614.49亿元，占全体上市股票交易金额20.95%、光电类为452.53亿元，占…15.43%`` gives the whole as
614.49 / 20.95% = 2933 and 452.53 / 15.43% = 2933: parts of one sentence stated as shares (占, 占比, 占…比重) in the
same unit are of one whole, so the wholes they imply must meet. ``基金总资产84.45亿元，其中权益投资78.79亿元，占比93.30%``
states the whole before 其中: the share is then the part over it. Counts read the same (``38只个股中…22只，占比达58%``
is not checked without a second share, ``上升股有627只，占15.14%…下跌股则有1,210只，占29.21%`` is). Each figure is
taken over its printed rounding, and a share may be truncated (up to one unit of its last digit below). A breakdown
written name by name (``深圳证券交易所占比63.27%、上海证券交易所占比36.73%``) is slices of one whole: its shares add to
at most 100% within their rounding (cumulative parts, 前十大/合计, are no slices). A general rule: it speaks only
where no earlier rule has.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from sectorbrief.check.claims import Claims, Number, Sentence, parse_number
from sectorbrief.check.lazy_regex import lazy_compile
from sectorbrief.check.report import Finding
from sectorbrief.check.rules.common import finding, fmt
from sectorbrief.check.rules.levels import amount, level

_N = r"\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?"
_PART = lazy_compile(
    rf"(?<![\d.,])(?:{amount('a')})(?P<cu>只|家|个)?[^，。；\d%]{{0,4}}?[，、]?(?:共|合计)?占"
    rf"(?P<w>[^，。；%\d]{{0,16}}?)(?:比重|比例|比)?的?(?:为|达|约)?(?P<p>{_N})%"
)
_WHOLE = lazy_compile(rf"(?<![\d.,])(?:{amount('t')})(?P<tu2>只|家|个)?，其中")


_COUNTS = ("只", "家", "个")


@dataclass(frozen=True)
class _Part:
    low: float  # the part's value over its rounding
    high: float
    unit: str
    text: str
    share: Number
    start: int
    end: int
    scale: float  # the part's printed scale (1e8 for 亿元), to state a whole as the text writes it
    scale_text: str
    of: str  # the whole as the text names it after 占 (全体上市股票交易金额), or ""

    def whole(self) -> tuple[float, float]:
        """The whole the part and its share imply: least and greatest over both figures' rounding."""
        unit = 10.0**-self.share.decimals
        return self.low / (self.share.value + unit) * 100.0, self.high / max(
            self.share.value - unit / 2, 1e-9
        ) * 100.0


def check_share_wholes(claims: Claims) -> list[Finding]:
    out: list[Finding] = []
    for sentence in claims.sentences:
        text = sentence.text
        if "占" not in text or "%" not in text:
            continue
        out += [f for run in _SHARE_RUN.finditer(text) if (f := _past_whole(sentence, run)) is not None]
        parts = [p for m in _PART.finditer(text) if (p := _part(m)) is not None]
        if not parts:
            continue
        wholes = [_whole(m) for m in _WHOLE.finditer(text)]
        loose = []
        for part in parts:
            stated = [w for w in wholes if w[3] < part.start and w[2] == part.unit]
            if stated:
                out += _against_whole(sentence, part, stated[-1])
            else:
                loose.append(part)
        out += _one_whole(sentence, loose)
    return out


def _part(m: re.Match[str]) -> _Part | None:
    x = level(m, "a")
    unit = x.unit or m.group("cu") or ""
    if unit not in ("元", "美元", "港元", "只", "家", "个") or x.value <= 0:
        return None
    share = parse_number(m.group("p"))
    if share.value <= 0 or share.value > 100:
        return None
    scale_text = m.group("as") or ""
    scale = x.value / float(m.group("a").replace(",", "")) if not m.group("am") else 1e8
    shown = x.text + (m.group("cu") or "")
    of = m.group("w").strip("的 ")
    return _Part(
        x.value - x.half, x.value + x.half, unit, shown, share, m.start(), m.end(), scale, scale_text, of
    )


def _whole(m: re.Match[str]) -> tuple[float, float, str, int, str]:
    x = level(m, "t")
    return x.value, x.half, x.unit or m.group("tu2") or "", m.start(), x.text + (m.group("tu2") or "")


def _against_whole(
    sentence: Sentence, part: _Part, whole: tuple[float, float, str, int, str]
) -> list[Finding]:
    """基金总资产84.45亿元，其中…78.79亿元，占比93.30%: the share is the part over the whole before 其中."""
    value, half, _, start, shown = whole
    if value <= half:
        return []
    low, high = part.low / (value + half) * 100.0, part.high / (value - half) * 100.0
    unit = 10.0**-part.share.decimals
    if low - unit - 1e-9 <= part.share.value <= high + 0.55 * unit + 1e-9:
        return []
    middle = fmt((part.low + part.high) / 2 / value * 100.0)
    return [
        finding(
            "error",
            "arithmetic",
            f"「{part.text}」 is stated as {part.share.text}% of the whole 「{shown}」 before 其中, but it is {middle}% "
            f"of it; consistent would be {middle}%",
            sentence,
            min(start, part.start),
            part.end,
        )
    ]


def _one_whole(sentence: Sentence, parts: list[_Part]) -> list[Finding]:
    """Shares in one sentence of parts in one unit, of one named whole (or of amounts with none named: a list of
    industries' turnover) must imply one whole; the part whose whole meets none of the others' (or, of two, the
    later) is reported. Counts with no whole named may be of two populations (认购证有…只，占…；认沽证…)."""
    out: list[Finding] = []
    for unit, of in sorted({(p.unit, p.of) for p in parts}):
        same = [p for p in parts if p.unit == unit and p.of == of]
        if len(same) < 2 or (not of and unit in _COUNTS):
            continue
        ranges = [p.whole() for p in same]
        if max(lo for lo, _ in ranges) <= min(hi for _, hi in ranges):
            continue
        odd = _odd_one(ranges)
        if odd is None:
            continue
        part, other = same[odd], same[0 if odd else 1]
        rest = [r for i, r in enumerate(ranges) if i != odd]
        whole = (max(lo for lo, _ in rest) + min(hi for _, hi in rest)) / 2
        middle = fmt((part.low + part.high) / 2 / whole * 100.0)
        lo, hi = (
            f"{w / part.scale:.2f}{part.scale_text if not part.text.count('兆') else '亿'}{unit}"
            for w in part.whole()
        )
        shown = f"{whole / part.scale:.2f}{part.scale_text if not part.text.count('兆') else '亿'}{unit}"
        out.append(
            finding(
                "error",
                "arithmetic",
                f"「{part.text}，占{part.share.text}%」 implies a whole of {lo}–{hi}, "
                f"but 「{other.text}，占{other.share.text}%」 in the same sentence implies {shown}: the shares of "
                f"one whole disagree; consistent with the others would be {middle}%",
                sentence,
                part.start,
                part.end,
            )
        )
    return out


def _odd_one(ranges: list[tuple[float, float]]) -> int | None:
    """The one range whose removal lets all the others meet (the later of two), None when there is no such one."""
    if len(ranges) == 2:
        return 1
    fits = [
        i
        for i in range(len(ranges))
        if max(lo for j, (lo, _) in enumerate(ranges) if j != i)
        <= min(hi for j, (_, hi) in enumerate(ranges) if j != i)
    ]
    return fits[0] if len(fits) == 1 else None


# 深圳证券交易所占比63.27%、上海证券交易所占比36.73%: a breakdown of one whole, name by name (a run of two or more)
_SHARE = r"[\u4e00-\u9fffA-Za-z][^，,。；;、%\d()]{0,15}?占比(?:为|达|约)?\s*\d+(?:\.\d+)?%"
_SHARE_RUN = lazy_compile(rf"(?<![\u4e00-\u9fffA-Za-z]){_SHARE}(?:\s*[、，,]\s*{_SHARE})+")
_SHARE_ONE = lazy_compile(r"(?P<name>[^、，,]+?)占比(?:为|达|约)?\s*(?P<p>\d+(?:\.\d+)?)%")
# a cumulative or overlapping part (前十大占比, 合计占比) is no slice of a breakdown
_NOT_A_SLICE = lazy_compile(r"前|合计|累计|共计|其中|以上|以下|超过|不足|较|同比|环比|提升|下降|增加|减少")


def _past_whole(sentence: Sentence, run: re.Match[str]) -> Finding | None:
    """The shares of a breakdown's slices add to at most 100% (each may be rounded half a unit up)."""
    slices = list(_SHARE_ONE.finditer(run.group(0)))
    if any(_NOT_A_SLICE.search(m.group("name")) for m in slices):
        return None
    shares = [parse_number(m.group("p")) for m in slices]
    total = sum(x.value for x in shares)
    slack = sum(0.5 * 10.0**-x.decimals for x in shares)
    if total - slack <= 100.0 + 1e-9:
        return None
    listed = "、".join(f"{m.group('name').strip()} {m.group('p')}%" for m in slices)
    return finding(
        "error",
        "arithmetic",
        f"the shares 「{listed}」 are slices of one whole but add to {fmt(total)}%, more than 100% even within "
        f"their rounding: one of them is wrong (consistent would be a sum of at most 100%)",
        sentence,
        run.start(),
        run.end(),
    )
