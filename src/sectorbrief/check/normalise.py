"""Text normalisation before claim extraction: full-width forms, minus signs, extractor spacing,
Traditional characters (converted to Simplified with OpenCC's t2s tables) and pinyin glosses."""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache
from typing import TYPE_CHECKING

from sectorbrief.check.lazy_regex import lazy_compile

if TYPE_CHECKING:
    from opencc import OpenCC

# Each pattern opens with a lookahead for the characters a match can start with: the scan passes over
# any other character at once instead of trying every branch there (about twice as fast, same matches).
_CJK = r"\u3000-\u303f\u3400-\u9fff\uff00-\uffef"
_SPACE_NEAR_CJK = lazy_compile(rf"(?=[ \t\u00a0])(?:(?<=[{_CJK}])[ \t\u00a0]+|[ \t\u00a0]+(?=[{_CJK}]))")
_SPACE_IN_NUMBER = lazy_compile(r"(?=[ \t])(?:(?<=\d)[ \t]+(?=%)|(?<=[(（][+\-])[ \t]+(?=\d))")
_COMMA = lazy_compile(r"(?=,)(?:(?<=[\u3400-\u9fff]),|,(?=[\u3400-\u9fff]))")
_COLON = lazy_compile(r"(?=:)(?:(?<=[\u3400-\u9fff]):|:(?=\s*[\u3400-\u9fff]))")
_SEMICOLON = lazy_compile(r"(?=;)(?:(?<=[\u3400-\u9fff]);|;(?=\s*[\u3400-\u9fff]))")
_SIGN_SPACE = lazy_compile(r"(?=[+-])(?<=[、，,：:为(（\s])([+-])\s+(?=\d)")
_MARKUP_HINT = lazy_compile(r"[*_`#+-]")  # one search, not six `in` scans
# PDF-to-Markdown extractors write a percentage as LaTeX: $3.33\%$ (or $- 0.57 \%$).
_LATEX_PERCENT = lazy_compile(r"\$\s*([+-]?)\s*(\d+(?:\.\d+)?)\s*\\%\s*\$")
_MARKUP = lazy_compile(r"(?=[*_`#\s+-])(?:\*\*|__|`|^#{1,6}\s*|^\s*[-*+]\s+(?=\S))", re.MULTILINE)
# pdfium writes a hyphen at a line break as U+FFFE; a soft hyphen (U+00AD) is not text at all.
_DASHES = {
    "\u2212": "-",
    "\ufe63": "-",
    "\u2013": "-",
    "\u2014": "—",
    "\uff0d": "-",
    "\ufffe": "-",
    "\u00ad": None,
}
_MINUS = str.maketrans(_DASHES)
_DASH = lazy_compile("[" + "".join(_DASHES) + "]")  # a search for one is faster than translate

# Characters that only Traditional text uses; one of them switches the t2s conversion on, so a
# Simplified report (ours) is never touched by it.
TRADITIONAL = frozenset(
    "們個這來會對時說數據點漲贏輸業報週滬證創醫藥貿電機設備國軍農車環鋼鐵礦築裝飾紡織輕運綜強於領較為與"
    "萬億統計顯間區門類產資開關盤價長東華實現進從後動態況歷氣險號聯網廣發遊貨權當兩檔約維續獲際內負費觀"
    "別並倉勢園圖導層幾張彈應總擴錄陸陽雙雲頭題風節級紅細終經結綠線興蘇虧術補製視規記評說調護財質購賽"
    "軟載輪轉邊釋鏈階隨離難預頻飛養馬驅齊龍墊連塊"
)
_TRADITIONAL = lazy_compile("[" + "".join(sorted(TRADITIONAL)) + "]")
# Mirror sites print a pinyin gloss after some characters: 指數(shù), 點(diǎn).
_GLOSS = lazy_compile(r"\([a-zü]*[āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜ][a-zü]*\)")


@lru_cache(maxsize=1)
def _t2s() -> OpenCC:
    from opencc import OpenCC  # loaded only when a text is Traditional

    return OpenCC("t2s")


def simplified(text: str) -> str:
    """Traditional text as Simplified, its pinyin glosses dropped; other text unchanged."""
    if not _TRADITIONAL.search(text):  # a regex scan: six times faster than TRADITIONAL.isdisjoint
        return text
    return str(_t2s().convert(_GLOSS.sub("", text)))


# Full-width punctuation of Chinese prose with its compatibility decomposition (，-> , ...): one of these
# in a text makes NFKC run its full decompose-and-compose pass over every character.
_COMMON_WIDE = tuple((wide, unicodedata.normalize("NFKD", wide)) for wide in "，：；（）！？\u3000")


def _nfkc(text: str) -> str:
    """``unicodedata.normalize("NFKC", text)``, faster for Chinese prose: the common full-width marks are
    replaced by their decompositions first (which leaves the NFKC form as it is), and then a text that is
    already NFKC (most are) is not normalised again."""
    for wide, narrow in _COMMON_WIDE:
        if wide in text:
            text = text.replace(wide, narrow)
    return text if unicodedata.is_normalized("NFKC", text) else unicodedata.normalize("NFKC", text)


def normalise(text: str) -> str:
    """NFKC (full-width digits and letters to ASCII), one minus sign, no spaces next to CJK.

    Chinese punctuation is kept Chinese (，：；（）) so that sentence splitting sees one form, and
    brackets become ASCII ``(``/``)`` for the regexes: the result is stable under repetition.
    """
    text = _nfkc(text)
    if _DASH.search(text):  # most text has none
        text = text.translate(_MINUS)
    text = simplified(text)
    text = text.replace("（", "(").replace("）", ")")
    if "\\%" in text:
        text = _LATEX_PERCENT.sub(r"\1\2%", text)
    spaced = " " in text or "\t" in text or "\u00a0" in text
    if spaced:
        text = _SPACE_NEAR_CJK.sub("", text)
    if "," in text:
        text = _COMMA.sub("，", text)
    if ":" in text:
        text = _COLON.sub("：", text)
    if ";" in text:
        text = _SEMICOLON.sub("；", text)
    if _MARKUP_HINT.search(text):
        text = _MARKUP.sub("", text)
        text = _SPACE_NEAR_CJK.sub("", text) if spaced else text
    if spaced:
        text = _SIGN_SPACE.sub(r"\1", text)
        text = _SPACE_IN_NUMBER.sub("", text)
    return text
