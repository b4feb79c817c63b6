"""Bytes to text for news files: UTF-8 (with or without BOM) first, else the detected encoding."""

from __future__ import annotations

from pathlib import Path

from charset_normalizer import from_bytes

from sectorbrief.errors import DataError


def read_text(path: Path) -> str:
    """The text of ``path``; GBK/GB18030/Big5 and friends are detected. Raises DataError if unreadable."""
    try:
        raw = path.read_bytes()
    except OSError as exc:
        raise DataError(f"{path}: cannot read news file ({exc.strerror})") from None
    try:
        return raw.decode("utf-8-sig")
    except UnicodeDecodeError:
        pass
    best = from_bytes(raw).best()
    if best is None:
        raise DataError(f"{path}: cannot detect the text encoding of this news file")
    encoding = "gb18030" if best.encoding in ("gb2312", "gbk") else best.encoding
    return raw.decode(encoding, errors="strict")
