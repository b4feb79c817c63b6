"""Parse single cell values of a market data file: dates, index codes and header names.

Pure functions of one value each; ``files.py`` applies them to the distinct values of a column,
so a 60k-row file costs a few thousand calls, not sixty thousand.
"""

from __future__ import annotations

import datetime as dt
import math
import re
import unicodedata

FIELDS = ("date", "code", "name", "close", "pe_ttm")
REQUIRED = ("date", "code", "name", "close")

_HEADER_ALIASES = {
    "date": ("date", "日期", "交易日期"),
    "code": ("code", "代码", "指数代码"),
    "name": ("name", "名称", "指数名称"),
    "close": ("close", "收盘", "收盘价", "收盘指数"),
    "pe_ttm": ("pettm", "市盈率ttm"),
}
_HEADER_PUNCT = re.compile(r"[\s_\-()]+")
_ALIAS_TO_FIELD = {alias: field for field, aliases in _HEADER_ALIASES.items() for alias in aliases}

_SEPARATED = re.compile(r"(\d{4})([-/])(\d{1,2})\2(\d{1,2})")
_COMPACT = re.compile(r"(\d{4})(\d{2})(\d{2})")
_MIDNIGHT = re.compile(r"[ T]00:00(:00(\.0+)?)?$")

_BARE_CODE = re.compile(r"\d{6}")
_EXCHANGE_BY_PREFIX = (("80", ".SI"), ("85", ".SI"), ("000", ".SH"), ("399", ".SZ"))


def header_field(header: object) -> str | None:
    """The canonical field a column header stands for, or None for a column we do not use.

    Case, whitespace, ``_ - ( )`` and full-width forms do not matter: ``PE-TTM``, ``pe_ttm``,
    ``市盈率（TTM）`` and ``ＰＥ＿ＴＴＭ`` all give ``pe_ttm``.
    """
    if header is None:
        return None
    key = _HEADER_PUNCT.sub("", unicodedata.normalize("NFKC", str(header)).lower())
    return _ALIAS_TO_FIELD.get(key)


def parse_date(value: object) -> dt.date | None:
    """A calendar date from YYYY-MM-DD, YYYY/MM/DD, YYYYMMDD (text or integer) or a date object.

    A trailing midnight time (``2026-07-03 00:00:00``, as spreadsheets export) is accepted.
    Anything else, including impossible dates such as 2026-02-30, gives None.
    """
    if isinstance(value, dt.datetime):
        return value.date()
    if isinstance(value, dt.date):
        return value
    if isinstance(value, bool) or value is None:
        return None
    if isinstance(value, float):
        if not math.isfinite(value) or not value.is_integer():
            return None
        value = int(value)
    text = _MIDNIGHT.sub("", unicodedata.normalize("NFKC", str(value)).strip())
    match = _SEPARATED.fullmatch(text)
    if match:
        year, month, day = match.group(1), match.group(3), match.group(4)
    else:
        match = _COMPACT.fullmatch(text)
        if not match:
            return None
        year, month, day = match.groups()
    try:
        return dt.date(int(year), int(month), int(day))
    except ValueError:
        return None


def parse_code(value: object) -> str | None:
    """An index code in upper case with its exchange suffix, or None when there is none.

    ``801770.si`` → ``801770.SI``; a bare six-digit code gets the suffix its family implies
    (80xxxx/85xxxx → .SI, 000xxx → .SH, 399xxx → .SZ); integers from spreadsheets are
    zero-padded back to six digits first (300 → 000300 → 000300.SH).
    """
    if value is None or isinstance(value, bool):
        return None
    value = _text_of_bytes(value)
    if isinstance(value, float):
        if not math.isfinite(value) or not value.is_integer():
            return None
        value = int(value)
    if isinstance(value, int):
        value = f"{value:06d}"
    text = unicodedata.normalize("NFKC", str(value)).strip().upper()
    if not text:
        return None
    if _BARE_CODE.fullmatch(text):
        for prefix, suffix in _EXCHANGE_BY_PREFIX:
            if text.startswith(prefix):
                return text + suffix
    return text


def parse_name(value: object) -> str | None:
    """An index name with surrounding whitespace removed, or None when blank."""
    if value is None or (isinstance(value, float) and math.isnan(value)):
        return None
    text = str(_text_of_bytes(value)).strip()
    return text or None


def _text_of_bytes(value: object) -> object:
    """Bytes (a Parquet binary column) as UTF-8 text, else GB18030; anything else unchanged."""
    if not isinstance(value, (bytes, bytearray)):
        return value
    try:
        return bytes(value).decode("utf-8")
    except UnicodeDecodeError:
        return bytes(value).decode("gb18030", errors="replace")
