"""SHA-256 digests of what decides a batch's reports: an input file's bytes, the program's own source."""

from __future__ import annotations

import hashlib
from functools import cache
from pathlib import Path

CODE_SUFFIXES = {".py", ".j2", ".typ", ".yaml", ".md", ".jsonl"}


def file_digest(path: Path | None) -> str | None:
    """SHA-256 of a file's bytes, or None for no file."""
    if path is None:
        return None
    return hashlib.sha256(path.read_bytes()).hexdigest()


@cache
def code_digest() -> str:
    """SHA-256 over sectorbrief's own source, templates and text data: a changed program redoes reports."""
    root = Path(__file__).resolve().parents[1]
    digest = hashlib.sha256()
    for path in sorted(p for p in root.rglob("*") if p.suffix in CODE_SUFFIXES and p.is_file()):
        digest.update(path.relative_to(root).as_posix().encode() + b"\0" + path.read_bytes())
    return digest.hexdigest()
