"""Text normalisation before claim extraction: full-width forms, minus signs, extractor spacing."""

from __future__ import annotations

import re
import unicodedata

_CJK = r"\u3000-\u303f\u3400-\u9fff\uff00-\uffef"
_SPACE_NEAR_CJK = re.compile(rf"(?<=[{_CJK}])[ \t\u00a0]+|[ \t\u00a0]+(?=[{_CJK}])")
_SPACE_IN_NUMBER = re.compile(r"(?<=\d)[ \t]+(?=%)|(?<=[(（][+\-])[ \t]+(?=\d)")
_COMMA = re.compile(r"(?<=[\u3400-\u9fff]),|,(?=[\u3400-\u9fff])")
_COLON = re.compile(r"(?<=[\u3400-\u9fff]):|:(?=\s*[\u3400-\u9fff])")
_SEMICOLON = re.compile(r"(?<=[\u3400-\u9fff]);|;(?=\s*[\u3400-\u9fff])")
_SIGN_SPACE = re.compile(r"(?<=[、，,：:为(（\s])([+-])\s+(?=\d)")
_MARKUP = re.compile(r"\*\*|__|`|^#{1,6}\s*|^\s*[-*+]\s+(?=\S)", re.MULTILINE)
# pdfium writes a hyphen at a line break as U+FFFE; a soft hyphen (U+00AD) is not text at all.
_MINUS = str.maketrans(
    {"\u2212": "-", "\ufe63": "-", "\u2013": "-", "\u2014": "—", "\uff0d": "-", "\ufffe": "-", "\u00ad": None}
)


def normalise(text: str) -> str:
    """NFKC (full-width digits and letters to ASCII), one minus sign, no spaces next to CJK.

    Chinese punctuation is kept Chinese (，：；（）) so that sentence splitting sees one form, and
    brackets become ASCII ``(``/``)`` for the regexes: the result is stable under repetition.
    """
    text = unicodedata.normalize("NFKC", text).translate(_MINUS)
    text = text.replace("（", "(").replace("）", ")")
    spaced = " " in text or "\t" in text or "\u00a0" in text
    if spaced:
        text = _SPACE_NEAR_CJK.sub("", text)
    if "," in text:
        text = _COMMA.sub("，", text)
    if ":" in text:
        text = _COLON.sub("：", text)
    if ";" in text:
        text = _SEMICOLON.sub("；", text)
    if any(ch in text for ch in "*_`#-+"):
        text = _MARKUP.sub("", text)
        text = _SPACE_NEAR_CJK.sub("", text) if spaced else text
    if spaced:
        text = _SIGN_SPACE.sub(r"\1", text)
        text = _SPACE_IN_NUMBER.sub("", text)
    return text
