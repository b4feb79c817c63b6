"""Where sectorbrief keeps its files: $SECTORBRIEF_HOME, else ~/.sectorbrief."""

from __future__ import annotations

import contextlib
import hashlib
import logging
import os
import tempfile
from pathlib import Path

log = logging.getLogger(__name__)

HOME_VARIABLE = "SECTORBRIEF_HOME"
SEAL = "# sha256 "


def sectorbrief_home() -> Path:
    """The folder for the store and caches (not created here)."""
    home = os.environ.get(HOME_VARIABLE)
    return Path(home).expanduser() if home else Path.home() / ".sectorbrief"


def cache_path(name: str) -> Path:
    """A file in sectorbrief's cache folder (not created here)."""
    return sectorbrief_home() / "cache" / name


def write_cache(path: Path, text: str) -> bool:
    """Write ``text`` atomically; False when it cannot be written (a cache miss is only slower)."""
    return write_cache_bytes(path, text.encode("utf-8"))


def write_sealed_cache(path: Path, text: str) -> bool:
    """Write ``text`` and a checksum line after it, so that reading can tell a whole file from a cut one."""
    return write_cache(path, f"{text}\n{SEAL}{checksum(text)}\n")


def read_sealed_cache(path: Path) -> str | None:
    """The text ``write_sealed_cache`` stored at ``path``; None when missing, cut short or altered."""
    try:
        raw = path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError):
        return None
    text, sealed, digest = raw.removesuffix("\n").rpartition(f"\n{SEAL}")
    if not sealed or digest != checksum(text):
        log.debug("cache %s is damaged: ignored", path)
        return None
    return text


def checksum(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def write_cache_bytes(path: Path, data: bytes) -> bool:
    """Write ``data`` atomically (a temporary file in the same folder, then one rename); False when it
    cannot be written (a cache miss is only slower). A failed write leaves no temporary file."""
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        fd, name = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
    except OSError as exc:
        log.debug("cache %s not written: %s", path, exc)
        return False
    done = False
    try:
        with os.fdopen(fd, "wb") as handle:
            handle.write(data)
        os.replace(name, path)
        done = True
    except OSError as exc:
        log.debug("cache %s not written: %s", path, exc)
    finally:
        if not done:
            with contextlib.suppress(OSError):
                Path(name).unlink(missing_ok=True)
    return done
