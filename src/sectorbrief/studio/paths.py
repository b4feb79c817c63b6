"""Every path the studio derives from a request stays under its home folder."""

from __future__ import annotations

import re
from pathlib import Path

from sectorbrief.errors import UsageError

SAFE_PART = re.compile(r"^[0-9A-Za-z\u4e00-\u9fff][0-9A-Za-z\u4e00-\u9fff._-]*$")


def under(root: Path, *parts: str) -> Path:
    """``root/part/...``; UsageError when a part is empty, absolute, ``..``, holds a separator or odd
    characters, or the result (symlinks resolved) leaves ``root``."""
    for part in parts:
        if not SAFE_PART.match(part) or ".." in part:
            raise UsageError(f"path part {part!r} is not allowed")
    path = root.joinpath(*parts)
    base = root.resolve()
    if not path.resolve().is_relative_to(base):
        raise UsageError(f"path {'/'.join(parts)!r} leaves the studio's home")
    return path


def relative_file(root: Path, relative: str) -> Path:
    """A file named by a request's relative path (``charts/fig1.png``) under ``root``."""
    if relative.startswith(("/", "\\")) or "\\" in relative or "\x00" in relative:
        raise UsageError(f"path {relative!r} is not allowed")
    return under(root, *relative.split("/"))
