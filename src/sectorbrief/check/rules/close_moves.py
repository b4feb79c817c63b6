"""One index, one close, one move: two moves stated with the same close level must be the same move.

``收跌0.22%至3988.22点`` in the lead and ``收跌0.27%，报3988.22点`` in the story describe one day's close of
one index (the close is printed to the hundredth, so two days closing on the same level are all but
impossible); their moves cannot differ. Read: a return of an index followed in its clause by the close
it moved to (``至X点``, ``，报X点``, ``，收报X点``, ``，收于X点``), the level with two decimals. Two such returns
of one index with the same level and moves differing beyond rounding are an error quoting both, whatever
period each is labelled with (a date the period table cannot read, 今日).
"""

from __future__ import annotations

from sectorbrief.check.claims import Claims, ReturnClaim
from sectorbrief.check.lazy_regex import lazy_compile
from sectorbrief.check.report import Finding
from sectorbrief.check.rules.common import finding, tolerance

_CLOSE_AFTER = lazy_compile(r"\s*(?:至|[，,]\s*(?:报|收报|收于|报收))\s*(?P<level>\d[\d,]*\.\d{2})\s*点")


def check_close_moves(claims: Claims) -> list[Finding]:
    first: dict[tuple[str, str], ReturnClaim] = {}
    out: list[Finding] = []
    for r in claims.returns:
        if r.entity.level not in ("benchmark", "l1", "l2") or r.bracketed:
            continue
        close = _CLOSE_AFTER.match(r.sentence.text, r.end)
        if close is None:
            continue
        key = (r.entity.cls + r.entity.name, close.group("level").replace(",", ""))
        seen = first.setdefault(key, r)
        if seen is r:
            continue
        claims.verify(seen, r)
        if seen.period is not None and seen.period == r.period:
            continue  # one stated period: the contradiction rule compares them
        if abs(seen.value.value - r.value.value) > tolerance(seen.value, r.value) / 2:
            said = seen.sentence.text[seen.start : _CLOSE_AFTER.match(seen.sentence.text, seen.end).end()]  # type: ignore[union-attr]
            out.append(
                finding(
                    "error",
                    "contradiction",
                    f"{r.entity.label} moved {r.value.value:+.{r.value.decimals}f}% to its close of {close.group('level')} points here, but "
                    f"{seen.value.value:+.{seen.value.decimals}f}% to the same close at {seen.sentence.location} (「{said}」); one close is "
                    "one move, so one of the two is wrong",
                    r.sentence,
                    r.start,
                    close.end(),
                )
            )
    return out
