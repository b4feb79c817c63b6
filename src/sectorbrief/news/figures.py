"""The figures of a news text (920亿美元, 61.0%, 1.4GW, 22,288,500美元), found, never computed."""

from __future__ import annotations

import re

NUMBER = re.compile(r"(?<![A-Za-z0-9.])\d+(?:[,，]\d{3})*(?:\.\d+)?")
UNIT = r"(?:%|个百分点|倍|亿美元|万美元|亿元|万元|美元|元|亿只|万只|只|亿颗|颗|吉瓦|GW|兆瓦|MW|G\b|T\b|组|名|家|年|个|台|张|颗|项|亿|万)"
FIGURE = re.compile(NUMBER.pattern + r"\s*" + UNIT + "?")


def numbers(text: str) -> list[str]:
    """Every number in ``text`` as written (thousands separators kept)."""
    return NUMBER.findall(text)


def figures(text: str) -> set[str]:
    """Numbers with their units, the marks of one event (years and bare small counts left out)."""
    out = set()
    for match in FIGURE.finditer(text):
        figure = match.group(0).replace(" ", "")
        if figure.endswith("年") or re.fullmatch(r"\d{1,2}", figure):
            continue
        out.add(figure)
    return out
