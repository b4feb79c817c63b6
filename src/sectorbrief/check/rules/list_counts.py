"""A list's size stated twice with two values: ``共包含58家光伏企业…。40家光伏企业中包含电站投资企业…``.

Read: a total (``共包含M家X``, ``共有M只X``, ``共计M个X``) and, opening a later sentence of the same
paragraph, the same noun counted again as the list just described (``N家X中…``, ``这N家X``, ``上述N家X``,
``以上N家X``) with N ≠ M. A subset is written differently (``其中N家X``, ``前N家X``) and is not read.

The second count refers back to the list, so the two cannot both hold. It is an error when it opens
the very next sentence and the text confirms M elsewhere (``58家光伏企业市值总计…`` again, or the parts
after 其中 summing to M: 18+10+9+6 = 43); otherwise a warning, since a writer may have meant another list.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from sectorbrief.check.claims import Claims
from sectorbrief.check.lazy_regex import lazy_compile
from sectorbrief.check.periods import Sentence
from sectorbrief.check.report import Finding
from sectorbrief.check.rules.common import finding

_TOTAL = lazy_compile(
    r"共(?:包含|包括|有|计|收录|涉及|选取|选出)?\s*(?P<m>\d+)\s*(?P<cls>家|只|个|支|款)(?P<noun>[\u4e00-\u9fff]{2,8})"
)
_PART = lazy_compile(r"(?<![\d.])(?P<n>\d+)\s*(?:家|只|个|支|款)(?![\u4e00-\u9fff]*(?:中|里))")


def check_list_counts(claims: Claims) -> list[Finding]:
    out: list[Finding] = []
    sentences = claims.sentences
    for i, sentence in enumerate(sentences):
        if "共" not in sentence.text:
            continue
        for total in _TOTAL.finditer(sentence.text):
            out += _recounts(claims, i, total)
    return out


def _recounts(claims: Claims, i: int, total: re.Match[str]) -> list[Finding]:
    sentences = claims.sentences
    sentence = sentences[i]
    m, cls, noun = int(total.group("m")), total.group("cls"), total.group("noun")
    noun = _shortest_repeated(sentences, i, cls, noun)
    if noun is None:
        return []
    again = re.compile(
        rf"^\s*(?:这|上述|以上|该|此)?\s*(?P<n>\d+)\s*{cls}{re.escape(noun)}(?P<tail>中|里|的|[，,])?"
    )
    same = re.compile(rf"(?<![\d.])(?:这|上述|以上|该)?\s*{m}\s*{cls}{re.escape(noun)}")
    for j in range(i + 1, len(sentences)):
        later = sentences[j]
        if later.paragraph != sentence.paragraph:
            break
        hit = again.match(later.text)
        if hit is None or int(hit.group("n")) == m:
            continue
        pointed = hit.group(0).lstrip()[0] in "这上以该此" or hit.group("tail") in ("中", "里")
        if not pointed:
            continue
        confirmed = _parts_sum(sentence.text, total.end()) == m or any(
            same.search(s.text) for k, s in enumerate(sentences) if k != i
        )
        firm = j == i + 1 and confirmed
        n = int(hit.group("n"))
        return [
            finding(
                "error" if firm else "warning",
                "contradiction",
                f"「{total.group(0)}」 and, at {later.location}, 「{hit.group(0).strip('，, ')}」 give the list "
                f"two sizes ({m} and {n}); consistent would be {m}{cls}{noun} in both places"
                + ("" if confirmed else " (or say which list the second count means)"),
                sentence,
                total.start(),
                total.end(),
            )
        ]
    return []


def _shortest_repeated(sentences: Sequence[Sentence], i: int, cls: str, noun: str) -> str | None:
    """The longest head of ``noun`` that the next sentences count again (光伏企业 of 光伏企业其中…)."""
    for length in range(len(noun), 1, -1):
        head = noun[:length]
        probe = re.compile(rf"^\s*(?:这|上述|以上|该|此)?\s*\d+\s*{cls}{re.escape(head)}")
        if any(probe.match(s.text) for s in sentences[i + 1 : i + 4]):
            return head
    return None


def _parts_sum(text: str, start: int) -> int | None:
    """The sum of the counts listed after 其中 in the total's clause run (其中上交所26家，深交所10家…)."""
    at = text.find("其中", start, start + 8)
    if at < 0:
        return None
    end = text.find("。", at)
    parts = [int(p.group("n")) for p in _PART.finditer(text, at, end if end >= 0 else len(text))]
    return sum(parts) if len(parts) >= 2 else None
