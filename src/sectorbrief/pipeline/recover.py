"""Sweep what killed builds left around an --out folder, and finish or undo a publish they interrupted.

Only our own folders are touched, recognised by all of: the name (``.<out>-stage-<pid>-*`` and
``.<out>-old-<pid>-*`` beside the folder, ``.sectorbrief-stage-<pid>-*`` and
``.sectorbrief-ready-<pid>-*`` inside it), the marker inside, and a build that is gone (its pid no
longer runs, or the folder is older than a day, so a reused pid cannot keep it forever).
"""

from __future__ import annotations

import logging
import os
import re
import shutil
import time
from pathlib import Path

from sectorbrief.pipeline.moves import discard_listed, finish_in_place
from sectorbrief.pipeline.output import marker_files, read_marker

log = logging.getLogger(__name__)

MAX_AGE = 24 * 3600.0  # seconds after which a leftover is swept even if its pid runs again


def recover(out: Path) -> None:
    """Clean up after builds of ``out`` that were killed: run before a new build of ``out``."""
    if out.parent != out and out.parent.is_dir():
        beside = re.compile(rf"\.{re.escape(out.name)}-(stage|old)-(\d+)-\w+")
        for entry, role in leftovers(out.parent, beside):
            if role == "old" and not out.exists():
                log.warning("restoring %s from an interrupted build", out)
                os.rename(entry, out)
            elif role == "old":
                discard_listed(entry, marker_files(entry) or [])
            else:
                shutil.rmtree(entry, ignore_errors=True)
    if out.is_dir():
        inside = re.compile(r"\.sectorbrief-(stage|ready)-(\d+)-\w+")
        for entry, role in leftovers(out, inside):
            if role == "ready":
                log.warning("finishing the publish an interrupted build began in %s", out)
                finish_in_place(entry, out)
            else:
                shutil.rmtree(entry, ignore_errors=True)


def leftovers(folder: Path, pattern: re.Pattern[str]) -> list[tuple[Path, str]]:
    """The folders in ``folder`` whose name matches, that carry our marker and whose build is gone."""
    found: list[tuple[Path, str]] = []
    try:
        entries = sorted(folder.iterdir())
    except OSError:  # a folder we may write in but not list: nothing of ours can be found there
        return found
    for entry in entries:
        match = pattern.fullmatch(entry.name)
        if match is None or entry.is_symlink() or not entry.is_dir() or read_marker(entry) is None:
            continue
        if not build_is_gone(int(match.group(2)), entry):
            continue
        log.info("sweeping %s, left by a build that was stopped", entry)
        found.append((entry, match.group(1)))
    return found


def build_is_gone(pid: int, folder: Path) -> bool:
    """True when process ``pid`` no longer runs, or ``folder`` is older than MAX_AGE."""
    try:
        if time.time() - folder.stat().st_mtime > MAX_AGE:
            return True
    except OSError:
        return False
    if pid == os.getpid():
        return False
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return True
    except OSError:
        return False  # it runs under another user
    return False
