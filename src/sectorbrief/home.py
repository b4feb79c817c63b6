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
STORE_FILE = "store.duckdb"


def sectorbrief_home() -> Path:
    """The folder for the store and caches (not created here)."""
    home = os.environ.get(HOME_VARIABLE)
    return Path(home).expanduser() if home else Path.home() / ".sectorbrief"


def default_store_path() -> Path:
    """``$SECTORBRIEF_HOME/store.duckdb``, else ``~/.sectorbrief/store.duckdb``."""
    return sectorbrief_home() / STORE_FILE


def cache_path(name: str) -> Path:
    """A file in sectorbrief's cache folder (not created here)."""
    return sectorbrief_home() / "cache" / name


def write_cache(path: Path, text: str) -> bool:
    """Write ``text`` atomically; False when it cannot be written (a cache miss is only slower)."""
    return write_cache_bytes(path, text.encode("utf-8"))


def write_sealed_cache(path: Path, text: str) -> bool:
    """Write ``text`` and a checksum line after it, so that reading can tell a whole file from a cut one."""
    return write_sealed_cache_bytes(path, text.encode("utf-8"))


def read_sealed_cache(path: Path) -> str | None:
    """The text ``write_sealed_cache`` stored at ``path``; None when missing, cut short or altered."""
    data = read_sealed_cache_bytes(path)
    if data is None:
        return None
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        return None


def write_sealed_cache_bytes(path: Path, data: bytes) -> bool:
    """Write ``data`` and a checksum line after it (as ``write_sealed_cache`` does for text)."""
    return write_cache_bytes(
        path, b"%s\n%s%s\n" % (data, SEAL.encode(), hashlib.sha256(data).hexdigest().encode())
    )


def read_sealed_cache_bytes(path: Path) -> bytes | None:
    """The bytes ``write_sealed_cache_bytes`` stored at ``path``; None when missing, cut short or altered."""
    try:
        raw = path.read_bytes()
    except OSError:
        return None
    data, sealed, digest = raw.removesuffix(b"\n").rpartition(b"\n" + SEAL.encode())
    if not sealed or digest != hashlib.sha256(data).hexdigest().encode():
        log.debug("cache %s is damaged: ignored", path)
        return None
    return data


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
