"""A price's summary direction word against the change stated for it right after.

``动力煤价格微跌，截至2月6日，秦港Q5500动力煤平仓价为695元/吨，环比上涨3元/吨`` calls the week a slight fall
and then states a rise: one of the two is wrong. Read within one sentence:

- the summary: a price or index (``X价格``, ``X价``, ``X均价``, ``X运价``, ``X指数``) whose clause ends with a
  direction word right after it (微跌, 小幅上涨, 回落, 走强, 持平 …; not 未下跌, 基本持平 or 有望回升);
- the change: the first signed change after it in the sentence (``环比上涨3元/吨``, ``较上周下跌1.2%``,
  ``周跌5点``, ``环比持平``); a year-on-year change (同比) is another period's and ends the reading.

A summary that ends its sentence (``鸡蛋价格小幅上涨。全国鸡蛋平均价格8.08元/公斤，比上周上涨0.1%``) is read
against the next sentence of its paragraph, which must name the subject again. The two sides are firm, an
error, when they have opposite signs and the change's clauses name the summary's subject again (动力煤 …
动力煤平仓价). When the change directly follows in the next clause without naming it, it is probably the
same price's but may be another's: a warning; so is 持平 against a move, or a move against 环比持平 (how
small a move is flat is a judgement). An index's word with only its close between it and its week's or day's
percentage move (``沪深300指数小幅上升，周五收盘3898.50点，全周下跌0.16%``) is firm: a clause with no subject of
its own goes on with the index's.
"""

from __future__ import annotations

import re

from sectorbrief.check.claims import Claims
from sectorbrief.check.lazy_regex import lazy_compile
from sectorbrief.check.periods import Sentence
from sectorbrief.check.report import Finding
from sectorbrief.check.rules.common import finding

_FALL_WORDS = "微跌|小跌|略跌|下跌|下降|回落|下行|走弱|走低|下挫|下滑|回调|走跌|阴跌"
_RISE_WORDS = "微涨|小涨|略涨|上涨|上升|回升|上行|走强|走高|上扬|反弹|攀升|走升"
_SUMMARY = lazy_compile(
    r"(?P<subject>[\u4e00-\u9fffA-Za-z0-9]{1,10}?)(?P<attr>价格|均价|运价|报价|价|指数)"
    r"(?P<adverb>整体|总体|继续|延续|再度|本周|小幅|窄幅|略有|有所|震荡|稳中)?"
    rf"(?P<word>{_FALL_WORDS}|{_RISE_WORDS}|持平)(?=[，。；：]|$)"
)
_LEAD = lazy_compile(r"^(?:本周|上周|当周|近期|本月|今日|目前|整体|总体|其中)+")
_CHANGE = lazy_compile(
    r"(?P<since>同比|环比|周环比|较上周|较上期|较前一周|较上一周|较前一交易日|较上月|周|日)?"
    r"(?:分别)?(?P<verb>上涨|下跌|上升|下降|增加|减少|回落|回升|涨|跌|持平)"
    r"(?:(?P<n>\d[\d,]*(?:\.\d+)?)\s*(?P<unit>元/吨|元/千克|元/公斤|元/平方米|美元/吨|美元/桶|美元|元|点|%|个百分点))?"
)
_FALL_CHANGE = ("下跌", "下降", "减少", "回落", "跌")
_TRIGGER = lazy_compile(
    rf"(?:价|指数)[\u4e00-\u9fff]{{0,4}}?(?:{_FALL_WORDS}|{_RISE_WORDS}|持平)(?=[，。；：]|$)"
)


def _direction(word: str) -> int:
    if word == "持平":
        return 0
    return -1 if re.fullmatch(_FALL_WORDS, word) else 1


def check_direction_words(claims: Claims) -> list[Finding]:
    out: list[Finding] = []
    sentences = claims.sentences
    for i, sentence in enumerate(sentences):
        text = sentence.text
        if ("价" not in text and "指数" not in text) or _TRIGGER.search(text) is None:
            continue
        for m in _SUMMARY.finditer(sentence.text):
            found = _read(sentence, m, sentence, m.end())
            if found is None and _ENDS.fullmatch(sentence.text, m.end()) and i + 1 < len(sentences):
                after = sentences[i + 1]  # 鸡蛋价格小幅上涨。全国鸡蛋平均价格8.08元/公斤，比上周上涨0.1%
                if after.paragraph == sentence.paragraph:
                    found = _read(sentence, m, after, 0)
            if found is not None:
                out.append(found)
    return out


_ENDS = lazy_compile(r"[。；]?\s*")


def _read(sentence: Sentence, m: re.Match[str], where: Sentence, start: int) -> Finding | None:
    """The summary ``m`` in ``sentence`` against the first stated change in ``where`` from ``start``."""
    text = sentence.text
    clause = max(text.rfind(c, 0, m.end("subject")) for c in "，。；：") + 1
    subject = _LEAD.sub("", text[clause : m.start("attr")])
    said = _direction(m.group("word"))
    for change in _CHANGE.finditer(where.text, start):
        if change.group("verb") == "持平":
            stated = 0
        elif change.group("n") is None:
            continue  # 上涨 with no amount: a word, not a stated change
        else:
            value = float(change.group("n").replace(",", ""))
            stated = 0 if value == 0 else (-1 if change.group("verb") in _FALL_CHANGE else 1)
        if change.group("since") == "同比":
            return None
        if stated == said or (said == 0 and stated != 0 and change.group("unit") == "%"):
            return None  # agrees, or 持平 against a small percentage (a judgement, not a sign)
        opposite = said * stated < 0  # 持平 against a small move, or a move against 持平, is a judgement
        between = where.text[start : change.start()]
        named = len(subject) >= 2 and (subject in between or _index_close(m, change, between))
        if not named and (where is not sentence or between.count("，") + between.count("；") > 2):
            return None
        place = "" if where is sentence else f" (at {where.location})"
        return finding(
            "error" if named and opposite else "warning",
            "contradiction",
            f"「{m.group(0)}」 says the {_THING[m.group('attr')]} {_WORDS[said]} but 「{change.group(0)}」 after it{place} says it "
            f"{_WORDS[stated]}; one of the two is wrong",
            sentence,
            m.start(),
            change.end() if where is sentence else m.end(),
        )
    return None


_WORDS = {-1: "fell", 0: "was flat", 1: "rose"}
_THING = {"指数": "index", "价格": "price", "均价": "price", "运价": "price", "报价": "price", "价": "price"}

# Only the index's own close between its summary word and its period's percentage move
# (沪深300指数小幅上升，周五收盘3898.50点，全周下跌0.16%): a clause with no subject of its own goes on with the
# index's, so the move is the index's.
_CLOSE_BETWEEN = lazy_compile(
    r"[，,]\s*(?:周[一二三四五]|当日|今日)?(?:收盘|收报|收于|报收)(?:于|在|为)?\s*\d[\d,]*(?:\.\d+)?\s*点"
    r"[，,]\s*(?:全|本|当)?"
)


def _index_close(m: re.Match[str], change: re.Match[str], between: str) -> bool:
    """An index's summary word and, after only its close, the index's own percentage move of a week or day."""
    return (
        m.group("attr") == "指数"
        and change.group("unit") == "%"
        and change.group("since") in (None, "周", "日")
        and _CLOSE_BETWEEN.fullmatch(between) is not None
    )
