"""Against market data: the report's returns, excess, ranks and PE-TTM for its week, by the period rules.

The week is inferred from the text: a "年初至M月D日" or "截至…" date is the as-of date; otherwise
the report date, and a report that speaks of 上周 covers the week before the one it is dated in.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

import pandas as pd

from sectorbrief.calendar import Period, trading_sessions, week_period, window_years, ytd_period
from sectorbrief.check.claim_types import ExcessClaim, RankClaim, ReturnClaim
from sectorbrief.check.claims import Claims, Number, Sentence
from sectorbrief.check.entities import Entity, find_entities
from sectorbrief.check.lazy_regex import lazy_compile
from sectorbrief.check.report import Finding
from sectorbrief.check.rules.common import finding
from sectorbrief.market import Market
from sectorbrief.taxonomy import sw2021

_ASOF = lazy_compile(
    r"(?:(?P<y>\d{4})年)?(?:年初至|年初以来至|截至|截止)(?:(?P<y2>\d{4})年)?(?P<m>\d{1,2})月(?P<d>\d{1,2})日"
)
_DATE = lazy_compile(
    r"(?P<y>\d{4})年(?P<m>\d{1,2})月(?P<d>\d{1,2})日|(?P<iy>\d{4})-(?P<im>\d{2})-(?P<id>\d{2})"
)
_PE = lazy_compile(r"PE-TTM(?:为|是|达|：|:)?\s*(?P<v>\d+(?:\.\d+)?)倍")
_PERCENTILE = lazy_compile(
    r"(?P<a>\d{4})-(?P<b>\d{4})年[^。]*?高于(?:该区间|该期间|区间内)?(?P<v>\d+(?:\.\d+)?)%的交易日"
)
_MEAN = lazy_compile(r"(?P<a>\d{4})-(?P<b>\d{4})年[^。；]*?均值(?:为)?\s*(?P<v>\d+(?:\.\d+)?)倍")
PERIOD_NAMES = {"week": "weekly", "ytd": "ytd"}


def infer_as_of(sentences: list[Sentence]) -> dt.date | None:
    """The as-of date the report's figures are for, read from its dates (None when it has none)."""
    year: str | None = None
    for s in sentences:
        m = _ASOF.search(s.text)
        stated = (m.group("y") or m.group("y2") or year) if m else None
        if m and stated:
            return dt.date(int(stated), int(m.group("m")), int(m.group("d")))
        d = _DATE.search(s.text)
        if d and year is None:
            year = d.group("y") or d.group("iy")
    for s in sentences:
        d = _DATE.search(s.text)
        if d:
            day = dt.date(
                int(d.group("y") or d.group("iy")),
                int(d.group("m") or d.group("im")),
                int(d.group("d") or d.group("id")),
            )
            said_last_week = any("上周" in x.text for x in sentences)
            return day - dt.timedelta(days=day.weekday() + 1) if said_last_week else day
    return None


@dataclass(frozen=True)
class _Truth:
    market: Market
    periods: dict[str, Period]
    end: dt.date

    def pct(self, code: str, period: str) -> float | None:
        p = self.periods[period]
        closes = self.market.closes
        base, end = pd.Timestamp(p.base), pd.Timestamp(p.end)
        if code not in closes.columns or base not in closes.index or end not in closes.index:
            return None
        first, last = _value(closes[code], base), _value(closes[code], end)
        if first is None or last is None:
            return None
        return (last / first - 1) * 100

    def rank(self, code: str, period: str) -> int | None:
        values = {c: self.pct(c, period) for c in sw2021().industry_codes}
        mine = values.get(code)
        if mine is None:
            return None
        return 1 + sum(1 for v in values.values() if v is not None and v > mine)


def _value(series: pd.Series, at: pd.Timestamp) -> float | None:
    """The float at ``at`` in ``series``, None when it is missing or NaN."""
    raw = series.get(at)
    if raw is None:
        return None
    value = float(raw)
    return None if value != value else value


def code_of(entity: Entity) -> str | None:
    """The data code of a benchmark or SW level-1 industry mention (None for 中信 or unknown names)."""
    names = {b.name: b.code for b in (*sw2021().benchmarks, *sw2021().industries)}
    if entity.cls == "中信":
        return None
    return names.get(entity.name)


def _close_enough(printed: Number, value: float, *, sign: float = 1.0) -> bool:
    return abs(sign * abs(printed.value) - value) <= 0.5 * 10 ** (-printed.decimals) + 1e-6


def check_data(claims: Claims, frame: pd.DataFrame) -> list[Finding]:
    as_of = infer_as_of(claims.sentences)
    if as_of is None or frame.empty:
        return [_notice("no report date found in the text: market figures were not checked against --data")]
    market = Market.from_long(frame, source="--data")
    sessions = trading_sessions(market.days)
    end = sessions.on_or_before(as_of)
    if pd.Timestamp(end) not in market.closes.index:
        return [_notice(f"the data have no closes for {end}, the report's end session (as of {as_of})")]
    truth = _Truth(market, {"week": week_period(sessions, end), "ytd": ytd_period(sessions, end)}, end)
    return (
        _returns(claims, truth) + _excess(claims, truth) + _ranks(claims, truth) + _valuation(claims, truth)
    )


def _wrong(claim: ReturnClaim | ExcessClaim | RankClaim, message: str) -> Finding:
    """An error: ``claim`` as printed disagrees with the data."""
    return finding("error", "data", message, claim.sentence, claim.start, claim.end)


def _notice(message: str) -> Finding:
    return Finding("warning", "data", message, "", "document")


def _returns(claims: Claims, truth: _Truth) -> list[Finding]:
    out = []
    for r in claims.returns:
        code = code_of(r.entity)
        true = truth.pct(code, r.period) if code and r.period in truth.periods else None
        if true is not None and not _close_enough(r.value, true, sign=1.0 if r.value.value >= 0 else -1.0):
            out.append(
                _wrong(
                    r,
                    f"{r.entity.label} {PERIOD_NAMES[str(r.period)]} return printed "
                    f"{r.value.value:.2f}% but the data give {true:.4f}%",
                )
            )
    return out


def _excess(claims: Claims, truth: _Truth) -> list[Finding]:
    out = []
    for e in claims.excess:
        if e.subject is None or e.value is None or e.period not in truth.periods:
            continue
        mine, theirs = code_of(e.subject), code_of(e.benchmark)
        a = truth.pct(mine, str(e.period)) if mine else None
        b = truth.pct(theirs, str(e.period)) if theirs else None
        if a is not None and b is not None and not _close_enough(e.value, a - b, sign=e.direction):
            out.append(
                _wrong(
                    e,
                    f"excess over {e.benchmark.label} printed {e.word} {e.value.text} "
                    f"but the data give {a - b:+.4f} pp",
                )
            )
    return out


def _ranks(claims: Claims, truth: _Truth) -> list[Finding]:
    out = []
    for r in claims.ranks:
        code = code_of(r.subject) if r.subject else None
        if code is None or r.period not in truth.periods or r.classification[:2] == "中信":
            continue
        true = truth.rank(code, str(r.period))
        if true is not None and true != r.rank:
            out.append(
                _wrong(
                    r,
                    f"{PERIOD_NAMES[str(r.period)]} rank printed {r.rank} but the data give {true}",
                )
            )
    return out


def _valuation(claims: Claims, truth: _Truth) -> list[Finding]:
    out: list[Finding] = []
    pe = truth.market.pe_ttm
    for s in claims.sentences:
        industries = [e for e in find_entities(s.text) if not e.is_benchmark and code_of(e)]
        code = code_of(industries[0]) if industries else None
        if code is None or code not in pe.columns:
            continue
        out += _pe_now(s, pe[code], truth.end) + _pe_mean(s, pe[code], truth.end)
        out += _pe_percentile(s, pe[code], truth.end)
    return out


def _pe_now(s: Sentence, series: pd.Series, end: dt.date) -> list[Finding]:
    m = _PE.search(s.text)
    true = _value(series, pd.Timestamp(end))
    if not m or true is None:
        return []
    printed = Number(float(m.group("v")), len(m.group("v").partition(".")[2]), m.group("v"))
    if _close_enough(printed, true):
        return []
    return [
        finding(
            "error",
            "data",
            f"PE-TTM printed {m.group('v')}倍 but the data give {true:.4f} on {end}",
            s,
            m.start(),
            m.end(),
        )
    ]


def _window(series: pd.Series, first: int, last: int) -> pd.Series:
    """Positive PE-TTM of the years first..last (loss-making sessions carry no multiple, as in Facts)."""
    years = pd.DatetimeIndex(series.index).year
    window = series[(years >= first) & (years <= last)].dropna()
    return window[window > 0]


def _pe_percentile(s: Sentence, series: pd.Series, end: dt.date) -> list[Finding]:
    """ "高于2023-2025年…%的交易日": the share of window sessions with a lower PE-TTM than at the end."""
    m = _PERCENTILE.search(s.text)
    now = _value(series, pd.Timestamp(end))
    window = _window(series, int(m.group("a")), int(m.group("b"))) if m else pd.Series(dtype=float)
    if not m or now is None or window.empty:
        return []
    true = float((window < now).mean() * 100)
    printed = Number(float(m.group("v")), len(m.group("v").partition(".")[2]), m.group("v"))
    if _close_enough(printed, true):
        return []
    return [
        finding(
            "error",
            "data",
            f"PE-TTM percentile printed {m.group('v')}% but the data give {true:.4f}%",
            s,
            m.start(),
            m.end(),
        )
    ]


def _pe_mean(s: Sentence, series: pd.Series, end: dt.date) -> list[Finding]:
    m = _MEAN.search(s.text)
    if not m:
        return []
    first, last = int(m.group("a")), int(m.group("b"))
    window = _window(series, first, last)
    if window.empty:
        return []
    true = float(window.mean())
    printed = Number(float(m.group("v")), len(m.group("v").partition(".")[2]), m.group("v"))
    if _close_enough(printed, true):
        return []
    note = "" if (first, last) == window_years(end) else f" (the period rules use {window_years(end)})"
    return [
        finding(
            "error",
            "data",
            f"PE-TTM mean {first}-{last} printed {m.group('v')}倍 but the data give {true:.4f}{note}",
            s,
            m.start(),
            m.end(),
        )
    ]
