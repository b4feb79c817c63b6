"""A comparison or direction word against the figures it compares, wherever the text states them.

One general reading of "which of two is larger" words, for any wording the construct rules do not know:

- a comparison word W (跑赢, 强于, 优于, 领先, 高于, 超过 … and their opposites) between the figure before it and
  the thing after it. The right side's figure is written beside its name (``沪深300指数的-0.59%``), read with
  the figure before W by comparison_figures.py. Or the right side is an index named
  after W with no figure (``弱于创业板指``; ``跑赢大盘`` against every benchmark stated around it), read against
  the same period's returns the text states: the subject's is the named index's of W's clause (before W, after
  it, or in the sentence before), else the sentence's last industry return, else the one industry of the
  sentence before when W's clause opens the sentence or says 板块/行业. 跌幅大于/小于 reads a larger fall as a
  lower return. A word with its excess figure stated (跑赢沪深300 1.00个百分点) is left to the excess rules.
- a direction word against its own levels or move in one sentence (由 a 增至 b, 较上周的 a 下跌, 较沪深300的 a 高出,
  上涨…点，跌幅…, a summary word before its index's move), and listed indices said to move together
  (电子、计算机和通信均上涨): direction_moves.py, run from here.

An error when the word's direction disagrees with the figures' difference beyond their rounding. Not read: a
negated or hedged word (未跑赢, 相对…), a forecast or condition for a named index (预计, 若), figures of another
period than the word's, a 高于 with no measure named before it, or another measure (业绩好于市场预期).
"""

from __future__ import annotations

import re

from sectorbrief.check.claim_types import (
    ReturnClaim,
    clause_start,
    other_subject_between,
)
from sectorbrief.check.claims import Claims
from sectorbrief.check.entities import Entity, find_entities
from sectorbrief.check.lazy_regex import lazy_compile
from sectorbrief.check.periods import Sentence
from sectorbrief.check.report import Finding
from sectorbrief.check.rules.common import finding, fmt, tolerance
from sectorbrief.check.rules.comparison_figures import (
    BETTER,
    FALL_SIZE,
    MAGNITUDE,
    OPPOSITE,
    WORD,
    explicit_comparison,
    right_figure,
)
from sectorbrief.check.rules.direction_moves import HEDGE, check_moves, check_together
from sectorbrief.check.rules.named_figures import named_figure


def check_comparisons(claims: Claims) -> list[Finding]:
    """Every comparison word of the text against the figures it compares, and every direction word against
    its own levels (a fallback rule: it speaks only where no earlier rule raised an error on the sentence)."""
    out: list[Finding] = []
    returns = claims.returns_by_sentence
    # a word with its excess figure stated (跑赢沪深300 1.00个百分点) is the excess rules' to judge, size and sign
    sized = {(e.sentence.index, e.start) for e in claims.excess if e.value is not None}
    by_paragraph = claims.returns_by_paragraph
    sentences = claims.sentences
    for sentence in sentences:
        text = sentence.text
        out += check_moves(sentence)
        if _TOGETHER_HINT.search(text):
            out += check_together(sentence, by_paragraph.get(sentence.paragraph, []))
        if not any(w in text for w in _WORD_PARTS):
            continue
        for m in WORD.finditer(text):
            if _NEGATED.search(text, max(m.start() - 4, 0), m.start()):
                continue
            right = right_figure(text, m)
            if right is not None:
                found = explicit_comparison(sentence, m, right)
            elif (sentence.index, m.start()) not in sized:
                found = _named(sentence, m, sentences, returns) or named_figure(sentence, m, sentences)
            else:
                found = None
            if found is not None:
                out.append(found)
    return out


_TOGETHER_HINT = lazy_compile(r"(?:均|都|全部|全线|悉数|集体|皆)(?:小幅|大幅|明显)?[上下收走回飘]")
# every comparison word holds one of these (a substring test is much faster than the word pattern)
_WORD_PARTS = ("于", "跑", "领先", "落后", "超", "不及", "不敌")
_NEGATED = lazy_compile(r"(?:未能|未|不能|不|没有|没|难以|难|无法|并未|并非)\s*$")
_RETURN_SIZE = lazy_compile(r"涨幅|收益|回报|表现")


def _named(
    sentence: Sentence, m: re.Match[str], sentences: list[Sentence], returns: dict[int, list[ReturnClaim]]
) -> Finding | None:
    """W before a named index with no figure beside it: the subject's return against that index's return of
    the same period stated in the sentence or next to it in the paragraph (大盘: every benchmark stated)."""
    text = sentence.text
    if not any(i in returns for i in (sentence.index - 1, sentence.index, sentence.index + 1)):
        return None  # no return stated around: nothing to compare (and no names to look up)
    if HEDGE.search(text, 0, m.start()):
        return None
    own = clause_start(text, m.start())
    better = m.group("word") in BETTER
    if m.group("word") in MAGNITUDE:
        falls = FALL_SIZE.search(text, own, m.start()) is not None
        if not falls and not _RETURN_SIZE.search(text, own, m.start()):
            return None  # 高于 with no measure named: which is compared is unclear
        better = better != falls  # 跌幅大于中小板指数: a larger fall is a lower return
    theirs = None if _OTHER_MEASURE.search(text, own, m.end() + 8) else _name_after(text, m.end())
    mine = _subject_return(sentence, m, sentences, returns) if theirs is not None else None
    if theirs is None or mine is None or mine.entity.name == theirs.name:
        return None
    said = sentence.period_at(m.start())
    others = [] if said not in (None, mine.period) else _others(sentence, mine, theirs, returns)
    if not others or any(_agrees(mine, r, better) for r in others):
        return None
    basis = "; ".join(
        f"{mine.entity.label} {fmt(mine.value.value)}% − {o.entity.label} {fmt(o.value.value)}% = "
        f"{fmt(mine.value.value - o.value.value)} pp"
        for o in {o.entity.key: o for o in others}.values()
    )
    return finding(
        "error",
        "arithmetic",
        f"'{_measure_before(text, own, m.start())}{text[m.start() : theirs.end]}' says {mine.entity.label} did "
        f"{'better' if better else 'worse'}, but the returns stated give {basis}; "
        f"consistent would be {OPPOSITE.get(m.group('word'), '')}",
        sentence,
        own,
        theirs.end,
    )


def _agrees(mine: ReturnClaim, theirs: ReturnClaim, better: bool) -> bool:
    """Whether ``better`` (or worse) fits the two returns, or they tie within their rounding."""
    gap = mine.value.value - theirs.value.value
    return abs(gap) <= tolerance(mine.value, theirs.value) or (gap > 0) == better


def _name_after(text: str, pos: int) -> Entity | None:
    """The index named right at ``pos`` (大盘 for 市场/大市/大盘), looked up in a short stretch (fast)."""
    after = text[pos : pos + 24]
    found = next((e for e in find_entities(after) if not after[: e.start].strip()), None)
    if found is None and _MARKET.match(after):
        found = Entity(0, 2, "", "大盘", "market")
    if found is None:
        return None
    return Entity(found.start + pos, found.end + pos, found.cls, found.name, found.level)


def _others(
    sentence: Sentence, mine: ReturnClaim, theirs: Entity, returns: dict[int, list[ReturnClaim]]
) -> list[ReturnClaim]:
    """The returns of ``theirs`` (of every benchmark for 大盘) of ``mine``'s period in the sentence or next to it
    in its paragraph; none when an index has two different ones (which is meant is unclear)."""
    period = mine.period
    near = [
        r
        for i in (sentence.index - 1, sentence.index, sentence.index + 1)
        for r in returns.get(i, [])
        if r.sentence.paragraph == sentence.paragraph
        and r is not mine
        and (
            r.period == period
            and (period is not None or r.sentence is sentence)
            or _one_day(r, period, sentence)
        )
    ]
    if theirs.level == "market":
        return [r for r in near if r.entity.is_benchmark]
    others = [r for r in near if r.entity.name == theirs.name and r.entity.level == theirs.level]
    if any(abs(r.value.value - others[0].value.value) > tolerance(r.value, others[0].value) for r in others):
        return []
    return others


def _measure_before(text: str, own: int, pos: int) -> str:
    """跌幅/涨幅 right before the word, quoted with it (跌幅小于中小板指数)."""
    two = text[max(own, pos - 2) : pos]
    return two if two in ("跌幅", "涨幅", "降幅", "回撤") else ""


def _one_day(r: ReturnClaim, period: str | None, sentence: Sentence) -> bool:
    """A return stated for a day in the word's sentence, where the subject's states no period (当日上证指数下跌
    0.07% beside 化妆品板块整体上涨0.24%): a one-day wrap's."""
    return period is None and r.sentence is sentence and (r.period or "").split("@")[0] == "day"


# 板块强于上证指数但弱于创业板指: the industry the sentence before gave a return for
_ANAPHOR = lazy_compile(r"\s*(?:但|而|则)?(?:该)?(?:板块|行业)(?:整体|指数)?(?:表现)?[^，,；;]{0,12}$")
_WORD_BEFORE = lazy_compile(r"(?:跑赢|跑输|于|领先|落后|超过|不及|不敌)\s*(?:同期)?\s*$")
_MARKET = lazy_compile(r"(?:市场|大市|大盘)(?!预期|一致|预测|平均|估计)")
# a measure other than the return named before the word (业绩好于市场预期, 利润高于同行)
_OTHER_MEASURE = lazy_compile(r"业绩|利润|营收|收入|估值|市盈|销量|产量|成交|盈利|基本面|需求|景气|预期")


def _subject_return(
    sentence: Sentence,
    m: re.Match[str],
    sentences: list[Sentence],
    returns: dict[int, list[ReturnClaim]],
) -> ReturnClaim | None:
    """The return of W's subject: the index W's clause names before W, else the last industry return before W
    in the sentence, else the only industry the sentence before (same paragraph) gives a return for, when W's
    clause opens the sentence (这一表现明显逊于大盘，同期上证指数累计上涨2.19%)."""
    own = clause_start(sentence.text, m.start())
    before = sentence.text[own : m.start()]
    named = (
        [e for e in find_entities(before) if not _WORD_BEFORE.search(before, 0, e.start)] if before else []
    )
    here = [r for r in returns.get(sentence.index, []) if r.end <= m.start()]
    previous = sentences[sentence.index - 1] if sentence.index > 0 else None
    if previous is not None and previous.paragraph != sentence.paragraph:
        previous = None
    if named:
        return _named_return(named[-1], sentence, m, previous, returns)
    industries = [r for r in here if not r.entity.is_benchmark]
    if industries:
        last = industries[
            -1
        ]  # …；半导体下跌1.2%，跑输沪深300指数: another subject, unknown to the table, between
        return None if other_subject_between(sentence.text, last.end, m.start()) else last
    if previous is None or (here or own > 0) and not _ANAPHOR.match(before):
        return None  # only a sentence that opens with the word, or 板块… , goes on with the sentence before's
    theirs = [r for r in returns.get(previous.index, []) if not r.entity.is_benchmark]
    if len({r.entity.key for r in theirs}) != 1 or theirs[-1].period is None:
        return None
    return theirs[-1]


def _named_return(
    named: Entity,
    sentence: Sentence,
    m: re.Match[str],
    previous: Sentence | None,
    returns: dict[int, list[ReturnClaim]],
) -> ReturnClaim | None:
    """The return of the index W's clause names: the last before W in the sentence, else the first after it
    (银行板块表现优于市场：本周银行板块上涨1.64%…), else the last in the sentence before (医药板块也明显跑赢大盘，…)."""
    mine = [r for r in returns.get(sentence.index, []) if r.entity.name == named.name]
    before = [r for r in mine if r.end <= m.start()]
    if before:
        return before[-1]
    if mine:
        return mine[0]
    if previous is None:
        return None
    earlier = [
        r for r in returns.get(previous.index, []) if r.entity.name == named.name and r.period is not None
    ]
    return earlier[-1] if earlier else None
