"""Bytes to text for news files: UTF-8 (with or without BOM) first, else the detected encoding."""

from __future__ import annotations

from pathlib import Path

from sectorbrief.errors import DataError


def read_text(path: Path, what: str = "news file") -> str:
    """The text of ``path`` (a ``what``: news file, theme file); GBK/GB18030/Big5 and friends are
    detected. Raises DataError naming the file if it cannot be read or decoded."""
    try:
        raw = path.read_bytes()
    except OSError as exc:
        raise DataError(f"{path}: cannot read {what} ({exc.strerror})") from None
    try:
        return raw.decode("utf-8-sig")
    except UnicodeDecodeError:
        pass
    from charset_normalizer import from_bytes  # only for a file that is not UTF-8 (slow to import)

    best = from_bytes(raw).best()
    if best is None:
        raise DataError(f"{path}: cannot detect the text encoding of this {what} (save it as UTF-8)")
    encoding = "gb18030" if best.encoding in ("gb2312", "gbk") else best.encoding
    try:
        return raw.decode(encoding, errors="strict")
    except (UnicodeDecodeError, LookupError):
        raise DataError(f"{path}: cannot decode this {what} as {encoding} (save it as UTF-8)") from None
