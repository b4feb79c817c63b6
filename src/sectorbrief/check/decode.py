"""Bytes to text for the checker: BOM, a declared charset (HTML meta), UTF-8, then detection.

A file that decodes to no readable text (binary data, a wrong encoding) is a DataError, never a
checked document: garbage must not produce findings.
"""

from __future__ import annotations

import codecs
import re
import unicodedata
from pathlib import Path

from sectorbrief.errors import DataError

_META_CHARSET = re.compile(rb"""<meta[^>]{0,200}?charset\s*=\s*["']?\s*([A-Za-z0-9_\-]+)""", re.IGNORECASE)


def decode(path: Path, raw: bytes, *, html: bool = False) -> str:
    """The text of ``raw``: a declared charset wins, then UTF-8, then charset-normalizer's best guess."""
    for encoding in _candidates(raw, html):
        try:
            return raw.decode(encoding)
        except (UnicodeDecodeError, LookupError):
            continue
    from charset_normalizer import from_bytes

    best = from_bytes(raw).best()
    if best is None or best.chaos > 0.2:
        raise DataError(f"{path}: not readable text (binary data or an unknown encoding)")
    return str(best)


def _candidates(raw: bytes, html: bool) -> list[str]:
    if raw.startswith(codecs.BOM_UTF8):
        return ["utf-8-sig"]
    declared = _META_CHARSET.search(raw[:4096]) if html else None
    out = [declared.group(1).decode("ascii").lower()] if declared else []
    if out and out[0] in ("gb2312", "gbk"):
        out = ["gb18030"]  # the superset: pages declared GB2312 often hold GBK characters
    return out + ["utf-8"]


def require_readable(path: Path, text: str) -> None:
    """DataError when ``text`` is mostly replacement characters, controls or unassigned code points."""
    sample = text[:200_000]
    if not sample.strip():
        raise DataError(f"{path}: no text found")
    bad = sum(
        1
        for ch in sample
        if ch == "\ufffd" or (unicodedata.category(ch) in ("Cc", "Co", "Cn") and ch not in "\n\r\t")
    )
    if bad > 0.02 * len(sample):
        raise DataError(
            f"{path}: not readable text ({bad} of {len(sample)} characters are binary or undecodable)"
        )
