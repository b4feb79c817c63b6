"""The sectorbrief home: cache files are written atomically and a failed write leaves nothing."""

from __future__ import annotations

import errno
import os
from pathlib import Path

import pytest

from sectorbrief import home
from sectorbrief.home import (
    read_sealed_cache,
    read_sealed_cache_bytes,
    write_cache,
    write_cache_bytes,
    write_sealed_cache,
    write_sealed_cache_bytes,
)


def test_cache_write_replaces_the_file_whole(tmp_path: Path) -> None:
    path = tmp_path / "cache" / "fonts" / "a.otf"
    assert write_cache_bytes(path, b"first")
    assert write_cache(path, "second")
    assert path.read_bytes() == b"second"
    assert [p.name for p in path.parent.iterdir()] == ["a.otf"]


class FullDisk:
    """A file object whose writes fail as on a full disk."""

    def __init__(self, fd: int, mode: str) -> None:
        self.fd = fd

    def __enter__(self) -> FullDisk:
        return self

    def __exit__(self, *_: object) -> None:
        os.close(self.fd)

    def write(self, data: bytes) -> int:
        raise OSError(errno.ENOSPC, "No space left on device")


def test_failed_write_leaves_no_temporary_file(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    path = tmp_path / "fonts" / "a.otf"
    monkeypatch.setattr(home.os, "fdopen", FullDisk)
    assert not write_cache_bytes(path, b"data")
    assert list(path.parent.iterdir()) == []


def test_failed_rename_leaves_no_temporary_file(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    def refuse(*_: object) -> None:
        raise OSError(errno.EACCES, "Permission denied")

    monkeypatch.setattr(home.os, "replace", refuse)
    assert not write_cache_bytes(tmp_path / "a.txt", b"data")
    assert list(tmp_path.iterdir()) == []


def test_unwritable_cache_folder_is_only_a_miss(tmp_path: Path) -> None:
    (tmp_path / "cache").write_text("a file where the folder should be")
    assert not write_cache(tmp_path / "cache" / "x.txt", "data")


def test_sealed_cache_reads_back_only_whole(tmp_path: Path) -> None:
    path = tmp_path / "days.txt"
    assert write_sealed_cache(path, "2026-07-02\n2026-07-03")
    assert read_sealed_cache(path) == "2026-07-02\n2026-07-03"
    whole = path.read_text()
    for cut in (len(whole) - 2, whole.index("\n") + 1, 0):
        path.write_text(whole[:cut])
        assert read_sealed_cache(path) is None, cut
    assert read_sealed_cache(tmp_path / "missing.txt") is None


def test_sealed_bytes_read_back_only_whole_and_unaltered(tmp_path: Path) -> None:
    path = tmp_path / "state.bin"
    data = bytes(range(256)) + b"\n# sha256 " + b"\x00" * 64  # binary, even holding the seal's marker
    assert write_sealed_cache_bytes(path, data)
    assert read_sealed_cache_bytes(path) == data
    whole = path.read_bytes()
    for cut in (len(whole) - 2, len(whole) - 30, 300, 10, 0):
        path.write_bytes(whole[:cut])
        assert read_sealed_cache_bytes(path) is None, cut
    path.write_bytes(whole[:5] + bytes([whole[5] ^ 1]) + whole[6:])  # one bit flipped
    assert read_sealed_cache_bytes(path) is None
