"""两市双双下跌: both Shanghai and Shenzhen moved that way, so neither index may be stated moving the other.

``23日两市双双跌幅均高达4%以上`` says 上证指数 and 深证成指 both fell; ``深证成指当日收报6952.91点，涨幅达到4.69%``
in the same paragraph says one rose: one of the two is wrong. Read: 两市 (沪深两市) followed by 双双/均/齐/
同步/全线 and a direction (下跌, 收跌, 跌幅, 上涨, 收涨, 涨幅 …) in its clause; against it, the returns of
上证指数 and 深证成指 in its paragraph stated for the day (当日, 今日) or with no period, beyond rounding.
"""

from __future__ import annotations

from sectorbrief.check.claims import Claims
from sectorbrief.check.lazy_regex import lazy_compile
from sectorbrief.check.report import Finding
from sectorbrief.check.rules.common import finding

_BOTH = lazy_compile(
    r"(?:沪深)?两市(?:股指|指数|大盘)?(?:双双|均|齐|同步|全线)+(?:大幅|小幅|明显)?"
    r"(?P<word>下跌|收跌|走低|跌幅|下挫|上涨|收涨|走高|涨幅|上扬)"
)
_INDICES = ("上证指数", "深证成指")


def check_both_markets(claims: Claims) -> list[Finding]:
    out: list[Finding] = []
    for sentence in claims.sentences:
        if "两市" not in sentence.text:
            continue
        for m in _BOTH.finditer(sentence.text):
            fell = "跌" in m.group("word") or m.group("word") in ("走低", "下挫")
            for r in claims.returns:
                if (
                    r.entity.name not in _INDICES
                    or r.entity.level != "benchmark"
                    or r.sentence.paragraph != sentence.paragraph
                    or (r.period is not None and r.period.split("@")[0] != "day")
                    or r.value.value == 0
                    or (r.value.value < 0) == fell
                ):
                    continue
                quoted = r.sentence.text[r.start : r.end]
                out.append(
                    finding(
                        "error",
                        "contradiction",
                        f"「{m.group(0)}」 says 上证指数 and 深证成指 both {'fell' if fell else 'rose'}, but "
                        f"{r.entity.label} {r.value.value:+.{r.value.decimals}f}% (「{quoted}」 at {r.sentence.location}) "
                        f"{'rose' if fell else 'fell'}; one of the two is wrong",
                        r.sentence,
                        r.start,
                        r.end,
                    )
                )
                break
    return out
