"""What the checker will read: bounded input sizes, archives guarded before they are inflated.

MAX_TEXT_BYTES (20 MB) is the documented limit for a report's text: a larger text file, HTML page or
extracted text is refused with a DataError (exit 2). A DOCX is a zip archive: every part's inflated
size is checked from the archive's directory and while it is read, so a zip bomb is refused in
milliseconds instead of filling memory. The checker itself is linear in the text's size.
"""

from __future__ import annotations

import zipfile
from pathlib import Path

from sectorbrief.errors import DataError

MAX_TEXT_BYTES = 20_000_000
MAX_PART_BYTES = 5 * MAX_TEXT_BYTES  # an XML part carries markup around its text
MAX_ARCHIVE_BYTES = 10 * MAX_TEXT_BYTES
MAX_RATIO = 500  # deflate of a real document part stays below this; a bomb sits near deflate's 1000x
_MB = 1_000_000


def check_text_size(text: str, name: str) -> None:
    size = len(text.encode("utf-8", errors="replace"))
    if size > MAX_TEXT_BYTES:
        raise DataError(
            f"{name}: {size / _MB:.1f} MB of text is over the checker's limit of {MAX_TEXT_BYTES // _MB} MB"
        )


def check_file_size(path: Path, limit: int = MAX_TEXT_BYTES) -> None:
    size = path.stat().st_size
    if size > limit:
        raise DataError(
            f"{path}: {size / _MB:.1f} MB is over the checker's limit of {limit // _MB} MB for this format"
        )


def guard_archive(path: Path) -> None:
    """Refuse an archive whose parts would inflate beyond the limits (declared sizes, then actual)."""
    with zipfile.ZipFile(path) as archive:
        total = 0
        for info in archive.infolist():
            ratio = info.file_size / max(info.compress_size, 1)
            if info.file_size > MAX_PART_BYTES or (info.file_size > 20 * _MB and ratio > MAX_RATIO):
                raise DataError(
                    f"{path}: part {info.filename} inflates to {info.file_size / _MB:,.0f} MB "
                    f"({ratio:,.0f}x its stored size): refused as a zip bomb"
                )
            total += info.file_size
            if total > MAX_ARCHIVE_BYTES:
                raise DataError(
                    f"{path}: the archive inflates to over {MAX_ARCHIVE_BYTES // _MB} MB: refused"
                )
        for info in archive.infolist():
            if info.filename.endswith(".xml"):
                _read_bounded(archive, info, path)


def _read_bounded(archive: zipfile.ZipFile, info: zipfile.ZipInfo, path: Path) -> None:
    """Inflate one part in chunks and stop at the limit (a directory can understate a size)."""
    seen = 0
    with archive.open(info) as part:
        while chunk := part.read(1 << 20):
            seen += len(chunk)
            if seen > MAX_PART_BYTES:
                raise DataError(
                    f"{path}: part {info.filename} inflates beyond {MAX_PART_BYTES // _MB} MB: refused"
                )
