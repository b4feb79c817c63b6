"""Report folders appear whole or not at all: each is written into a temporary folder under the batch's
``.staging`` and renamed into ``<end_session>/<code>``."""

from __future__ import annotations

import os
import shutil
import tempfile
from pathlib import Path

from sectorbrief.pipeline import stages

STAGING = ".staging"


def staging_folder(out: Path) -> Path:
    """``out/.staging``, emptied of what a killed run left there (only ever our temporary folders)."""
    folder = out / STAGING
    shutil.rmtree(folder, ignore_errors=True)
    folder.mkdir(parents=True)
    return folder


def remove_staging(out: Path) -> None:
    shutil.rmtree(out / STAGING, ignore_errors=True)


def place(folder: Path, destination: Path) -> None:
    """Rename the complete ``folder`` to ``destination``, replacing an older report there.

    The older one is first renamed aside (into the same staging folder) and removed after: a kill in
    between leaves no report at ``destination``, which the next run builds again.
    """
    destination.parent.mkdir(parents=True, exist_ok=True)
    if destination.exists():
        old = Path(tempfile.mkdtemp(prefix="old-", dir=folder.parent))
        os.replace(destination, old / "report")
        os.replace(folder, destination)
        shutil.rmtree(old, ignore_errors=True)
        return
    os.replace(folder, destination)


def write_files(files: dict[str, bytes], staging: Path, prefix: str) -> Path:
    """Write ``files`` (relative path -> bytes) into a new temporary folder under ``staging``."""
    folder = Path(tempfile.mkdtemp(prefix=prefix, dir=staging))
    stages.write_files(folder, files)
    return folder
