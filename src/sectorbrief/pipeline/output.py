"""What an ``--out`` folder holds: the marker every build leaves there, and which of its files are ours.

A build writes ``.sectorbrief-output`` (JSON) listing every file it wrote, relative to the folder.
Only files a marker lists are ever removed; anything else in the folder is the user's.
"""

from __future__ import annotations

import json
import logging
import os
import time
from dataclasses import dataclass
from pathlib import Path, PurePosixPath
from typing import Literal

log = logging.getLogger(__name__)

MARKER = ".sectorbrief-output"
MARKER_SCHEMA = "sectorbrief.output/1"
# What builds wrote before they left a marker: recognised by facts.json's schema.
LEGACY_FILES = ("facts.json", "report.md", "report.html", "report.pdf", "report.docx")
LEGACY_CHARTS = ("fig1_weekly_returns", "fig2_ytd_returns", "relative_hs300", "fig3_pe_ttm")
FACTS_SCHEMA = "sectorbrief.facts/1"

Kind = Literal["new", "empty", "output", "foreign"]


def write_marker(folder: Path, files: list[str] | None = None) -> list[str]:
    """Write the marker listing ``files`` (default: every file now under ``folder``); return the list."""
    if files is None:
        files = sorted(
            p.relative_to(folder).as_posix()
            for p in folder.rglob("*")
            if p.name != MARKER and (p.is_file() or p.is_symlink())
        )
    record = {"schema": MARKER_SCHEMA, "pid": os.getpid(), "written": time.time(), "files": files}
    (folder / MARKER).write_text(json.dumps(record, ensure_ascii=False, indent=1), encoding="utf-8")
    return files


def read_marker(folder: Path) -> dict[str, object] | None:
    """The marker's record, or None when there is none or it is not one of ours."""
    try:
        record = json.loads((folder / MARKER).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return None
    if not isinstance(record, dict) or record.get("schema") != MARKER_SCHEMA:
        return None
    return record


def safe_relative(name: object) -> str | None:
    """``name`` when it is a plain relative path inside the folder (no ``..``, not absolute)."""
    if not isinstance(name, str) or not name:
        return None
    path = PurePosixPath(name)
    if path.is_absolute() or ".." in path.parts or name == MARKER:
        return None
    return path.as_posix()


def marker_files(folder: Path) -> list[str] | None:
    """The files the marker in ``folder`` lists (unsafe names dropped), or None without a marker."""
    record = read_marker(folder)
    if record is None:
        return None
    listed = record.get("files")
    names = [safe_relative(name) for name in listed] if isinstance(listed, list) else []
    return [name for name in names if name is not None]


def legacy_files(folder: Path) -> list[str] | None:
    """The files of an output written before markers existed, recognised by its facts.json."""
    try:
        facts = json.loads((folder / "facts.json").read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return None
    if not isinstance(facts, dict) or facts.get("schema") != FACTS_SCHEMA:
        return None
    charts = [f"charts/{key}.{ext}" for key in LEGACY_CHARTS for ext in ("png", "svg")]
    return [name for name in (*LEGACY_FILES, *charts) if (folder / name).is_file()]


def our_files(folder: Path) -> list[str] | None:
    """The files a previous build wrote into ``folder``; None when it holds no sectorbrief output."""
    listed = marker_files(folder)
    return listed if listed is not None else legacy_files(folder)


def is_temporary(name: str) -> bool:
    """A build's own working folder inside an output folder (staging, or a commit under way)."""
    return name.startswith((".sectorbrief-stage-", ".sectorbrief-ready-"))


@dataclass(frozen=True)
class FolderState:
    """What ``--out`` holds now: nothing, an empty folder, a previous output, or other files.

    ``ours`` are the files a previous build wrote; ``extras`` the entries it did not write (their
    paths relative to the folder, for the message)."""

    kind: Kind
    ours: tuple[str, ...] = ()
    extras: tuple[str, ...] = ()


def foreign_entries(folder: Path, ours: set[str]) -> list[str]:
    """Entries under ``folder`` that are not in ``ours``: a folder is walked only when some listed file
    lies inside it (so ``/`` is never walked)."""
    inside = {PurePosixPath(name).parts[0] for name in ours if "/" in name}
    extras = []
    for entry in sorted(folder.iterdir()):
        if entry.name == MARKER or is_temporary(entry.name) or entry.name in ours:
            continue
        if entry.is_dir() and not entry.is_symlink() and entry.name in inside:
            extras += [
                p.relative_to(folder).as_posix()
                for p in sorted(entry.rglob("*"))
                if not p.is_dir() and p.relative_to(folder).as_posix() not in ours
            ]
            continue
        extras.append(entry.name)
    return extras


def folder_state(folder: Path) -> FolderState:
    """Classify ``folder`` (resolved, a folder or missing) for the --out rules."""
    if not folder.exists():
        return FolderState("new")
    ours = our_files(folder)
    extras = foreign_entries(folder, set(ours or ()))
    if ours is not None:
        return FolderState("output", tuple(ours), tuple(extras))
    return FolderState("empty" if not extras else "foreign", (), tuple(extras))
